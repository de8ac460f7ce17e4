/**
 * The directory's search in the page address, so that a search can be bookmarked, sent to a
 * colleague or to the person being helped, and restored by the back and forward buttons:
 * `/lieux/?ou=bayeux&rayon=10&besoin=demarches&public=seniors&ouvert=samedi-matin`.
 *
 * Values are readable slugs; a need whose services are all chosen is written as the need.
 * A position from « Autour de moi » is rounded to 0.01° (about 1 km) before it goes into the
 * address, which people may share: the exact position stays in the page's memory.
 */
import { BESOINS } from '../standard/valeurs.ts';
import { FACETTE_SERVICES, FACETTES, masqueBesoin, type Masques } from './filtres.ts';
import { decoderQuand, encoderQuand, type Quand } from '../horaires/creneaux.ts';

/** Radius choices, in kilometres. */
export const RAYONS = [5, 10, 20, 30, 50] as const;

export type Ou =
  /** A commune of the gazetteer, by its slug. */
  | { commune: string }
  /** A position (from geolocation, or a shared address). */
  | { latitude: number; longitude: number }
  /** Text typed by someone (a name or a postcode) still to be looked up in the gazetteer. */
  | { texte: string };

export interface EtatAnnuaire {
  /** Chosen values, one mask per facet (see `filtres.ts`). */
  masques: Masques;
  /** Slugs of the chosen communes. */
  communes: string[];
  /** « Ouvert maintenant », « ouvert aujourd'hui », « ouvert samedi matin » (`ouvert=samedi-matin`). */
  ouvert?: Quand | undefined;
  /** With `ouvert`: also keep places whose hours are not given. */
  sansHoraires: boolean;
  /** Where the person is, to sort by distance. */
  ou?: Ou | undefined;
  /** Maximum distance in km, with `ou`. */
  rayon?: (typeof RAYONS)[number] | undefined;
}

/** The state with nothing chosen. */
export function etatVide(): EtatAnnuaire {
  return { masques: FACETTES.map(() => 0), communes: [], sansHoraires: false };
}

/** True when nothing is chosen. */
export function estVide(etat: EtatAnnuaire): boolean {
  return encoderEtat(etat) === '';
}

const COORDONNEES = /^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const arrondi = (n: number) => Math.round(n * 100) / 100;

/** The query string of a state, without `?`; empty when nothing is chosen. Parameters in a fixed order. */
export function encoderEtat(etat: EtatAnnuaire): string {
  const parties: string[] = [];
  // Slugs and coordinates are safe in a URL as they are; a comma separates several values.
  const ajouter = (nom: string, valeurs: readonly string[]) => {
    if (valeurs.length > 0) parties.push(`${nom}=${valeurs.join(',')}`);
  };
  if (etat.ou) {
    if ('commune' in etat.ou) ajouter('ou', [etat.ou.commune]);
    else if ('texte' in etat.ou) ajouter('ou', [encodeURIComponent(etat.ou.texte)]);
    else ajouter('ou', [`${arrondi(etat.ou.latitude)},${arrondi(etat.ou.longitude)}`]);
    if (etat.rayon !== undefined) ajouter('rayon', [String(etat.rayon)]);
  }
  FACETTES.forEach((f, i) => {
    let masque = etat.masques[i] ?? 0;
    if (i === FACETTE_SERVICES) {
      const besoins = BESOINS.filter((b) => (masque & masqueBesoin(b)) === masqueBesoin(b));
      for (const b of besoins) masque &= ~masqueBesoin(b);
      ajouter(
        'besoin',
        besoins.map((b) => b.id),
      );
    }
    ajouter(
      f.parametre,
      f.slugs.filter((_, bit) => masque & (1 << bit)),
    );
  });
  ajouter('commune', [...new Set(etat.communes)].sort());
  if (etat.ouvert) {
    ajouter('ouvert', [encoderQuand(etat.ouvert)]);
    if (etat.sansHoraires) ajouter('sans-horaires', ['oui']);
  }
  return parties.join('&');
}

/** Result of reading an address: the state, and the values that were not understood. */
export interface EtatDecode {
  etat: EtatAnnuaire;
  /** `parametre=valeur` pairs that were ignored (a mistyped or outdated link). */
  ignores: string[];
}

/**
 * Reads a query string (`?…` or a URLSearchParams). Accepts values separated by commas or
 * repeated parameters (a plain HTML form sends those). Unknown values are ignored and listed.
 */
export function decoderEtat(recherche: string | URLSearchParams): EtatDecode {
  const params = typeof recherche === 'string' ? new URLSearchParams(recherche) : recherche;
  const etat = etatVide();
  const ignores: string[] = [];
  const valeurs = (nom: string) =>
    params
      .getAll(nom)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v !== '');

  for (const id of valeurs('besoin')) {
    const besoin = BESOINS.find((b) => b.id === id);
    if (besoin) etat.masques[FACETTE_SERVICES]! |= masqueBesoin(besoin);
    else ignores.push(`besoin=${id}`);
  }
  FACETTES.forEach((f, i) => {
    for (const slug of valeurs(f.parametre)) {
      const bit = f.slugs.indexOf(slug);
      if (bit >= 0) etat.masques[i]! |= 1 << bit;
      else ignores.push(`${f.parametre}=${slug}`);
    }
  });
  for (const slug of valeurs('commune')) {
    if (SLUG.test(slug)) etat.communes.push(slug);
    else ignores.push(`commune=${slug}`);
  }
  etat.communes = [...new Set(etat.communes)].sort();

  const ouvert = params.get('ouvert');
  const quand = ouvert === null ? undefined : decoderQuand(ouvert);
  if (quand) {
    etat.ouvert = quand;
    etat.sansHoraires = params.get('sans-horaires') === 'oui';
  } else if (ouvert !== null) ignores.push(`ouvert=${ouvert}`);

  const ou = params.get('ou')?.trim();
  if (ou) {
    const coordonnees = COORDONNEES.exec(ou);
    const [latitude, longitude] = coordonnees ? [Number(coordonnees[1]), Number(coordonnees[2])] : [NaN, NaN];
    if (coordonnees && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) etat.ou = { latitude, longitude };
    else if (SLUG.test(ou) && !/^\d+$/.test(ou)) etat.ou = { commune: ou };
    else etat.ou = { texte: ou.slice(0, 100) };
  }
  const rayon = params.get('rayon');
  if (rayon !== null) {
    const km = RAYONS.find((r) => String(r) === rayon);
    if (km !== undefined && etat.ou) etat.rayon = km;
    else ignores.push(`rayon=${rayon}`);
  }
  return { etat, ignores };
}

/**
 * How many filters are on, for « Filtrer (3) »: each need, service, value and commune ticked,
 * « Quand ? » and the maximum distance. Where one is (`ou`) is not a filter of the panel.
 */
export function nombreDeFiltres(etat: EtatAnnuaire): number {
  let n = 0;
  FACETTES.forEach((_, i) => {
    let masque = etat.masques[i] ?? 0;
    if (i === FACETTE_SERVICES) {
      for (const b of BESOINS) {
        if ((masque & masqueBesoin(b)) === masqueBesoin(b)) {
          n++;
          masque &= ~masqueBesoin(b);
        }
      }
    }
    for (; masque !== 0; masque &= masque - 1) n++;
  });
  return n + etat.communes.length + (etat.ouvert ? 1 : 0) + (etat.ou && etat.rayon !== undefined ? 1 : 0);
}
