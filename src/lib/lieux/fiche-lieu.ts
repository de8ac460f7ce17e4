/**
 * Links and notices of a place's page: how to get there, how to report an error, whether the
 * record is old. Pure functions; the freshness check also runs in the browser.
 */

/** What the links need to know of a place. */
export interface LieuLocalisable {
  nom: string;
  adresse: string;
  complement_adresse?: string | undefined;
  code_postal: string;
  commune: string;
  latitude?: number | undefined;
  longitude?: number | undefined;
}

/** « 1 place de la Gare, 14400 Bayeux » (the floor or building is left out: maps don't know it). */
export function adressePostale(lieu: LieuLocalisable): string {
  return `${lieu.adresse}, ${lieu.code_postal} ${lieu.commune}`;
}

/** Links to see the place on a map and get directions. */
export interface LiensItineraire {
  /** The place on OpenStreetMap. */
  carte: string;
  /** Directions on OpenStreetMap (the starting point is chosen there, nothing is sent from here). */
  itineraire: string;
  /** `geo:` URI: opens the phone's own map or navigation app. */
  geo: string;
}

/**
 * OpenStreetMap and `geo:` links, from the coordinates when given, else from the address (an
 * OpenStreetMap search, and a `geo:0,0?q=` query as RFC 5870 and Android allow).
 */
export function liensItineraire(lieu: LieuLocalisable): LiensItineraire {
  if (lieu.latitude !== undefined && lieu.longitude !== undefined) {
    const { latitude: la, longitude: lo } = lieu;
    return {
      carte: `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=18/${la}/${lo}`,
      itineraire: `https://www.openstreetmap.org/directions?route=${encodeURIComponent(`;${la},${lo}`)}`,
      geo: `geo:${la},${lo}?q=${la},${lo}(${encodeURIComponent(lieu.nom)})`,
    };
  }
  const recherche = encodeURIComponent(adressePostale(lieu));
  return {
    carte: `https://www.openstreetmap.org/search?query=${recherche}`,
    itineraire: `https://www.openstreetmap.org/search?query=${recherche}`,
    geo: `geo:0,0?q=${recherche}`,
  };
}

/**
 * « Signaler une erreur »: an e-mail to the secretariat, with the place's own addresses in
 * copy (they know best and can answer), naming the place and its page.
 */
export function mailtoSignalement(options: { secretariat: string; copie: readonly string[]; nom: string; adressePage: string }): string {
  const sujet = `Erreur sur la fiche « ${options.nom} »`;
  const corps = [
    'Bonjour,',
    '',
    `Je signale une erreur sur la fiche « ${options.nom} » de l’annuaire :`,
    options.adressePage,
    '',
    'Ce qui est inexact (adresse, horaires, téléphone, services…) :',
    '',
    '',
    'Ce qu’il faudrait indiquer à la place :',
    '',
    '',
    'Merci.',
  ].join('\r\n');
  const copie = [...new Set(options.copie)].filter((c) => c !== options.secretariat);
  const champs = [
    ...(copie.length > 0 ? [`cc=${copie.map(encodeURIComponent).join(',')}`] : []),
    `subject=${encodeURIComponent(sujet)}`,
    `body=${encodeURIComponent(corps)}`,
  ];
  return `mailto:${encodeURIComponent(options.secretariat).replace('%40', '@')}?${champs.join('&')}`;
}

/** Age after which a record is shown as possibly out of date, in months. */
export const FRAICHEUR_MOIS = 12;

/**
 * True when the record was last checked more than {@link FRAICHEUR_MOIS} months before
 * `aujourdhui` (both `AAAA-MM-JJ`).
 */
export function fraicheurDepassee(dateMaj: string, aujourdhui: string, mois = FRAICHEUR_MOIS): boolean {
  const limite = new Date(`${aujourdhui}T00:00:00Z`);
  const jour = limite.getUTCDate();
  limite.setUTCDate(1);
  limite.setUTCMonth(limite.getUTCMonth() - mois);
  // 29 February minus a year is 28 February, not 1 March.
  const dernierJour = new Date(Date.UTC(limite.getUTCFullYear(), limite.getUTCMonth() + 1, 0)).getUTCDate();
  limite.setUTCDate(Math.min(jour, dernierJour));
  return dateMaj < limite.toISOString().slice(0, 10);
}
