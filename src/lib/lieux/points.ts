/**
 * The compact point data of the directory (`/lieux/points.json`), written at build time and
 * read by the map and the interactive list. At 20 000 places it must stay small (target
 * 1.5 MB before compression), hence a positional format:
 *
 * - a place is a row `[nom, id, dLat, dLon, commune, typologie, facettes, horaires]`;
 * - in `nom`, the name of the commune is written `¤1` (« Médiathèque de ¤1 »), a real `¤` `¤0`:
 *   most names contain their commune;
 * - `id` is written relative to the slug of the name and of the commune: `""` when the id is
 *   the slug of the name, else `~` followed by its words, each word found in the name or the
 *   commune written as one capital letter (its position), the others as they are
 *   (`mediatheque-bayeux` for « Médiathèque de Bayeux » in Bayeux is `~AC`): ids only have
 *   lower-case letters, digits and hyphens, so capitals and `~` cannot be mistaken;
 * - coordinates are integers in 1/10 000 of a degree (about 11 m) from `origine`; `null` when
 *   the place has no coordinates (it is then at the centre of its commune, « approximative »);
 * - `commune`, `typologie` and `horaires` are indices into shared tables (many places share
 *   them), `horaires` 0 meaning « non renseignés »;
 * - `facettes` packs the masks of every facet (57 bits) in base 64, trailing zeros dropped.
 *
 * What a card needs to act (address, phone, accessibility record) is in a second file,
 * `/lieux/points/contacts.json` ({@link FichierContacts}): it would double this one (measured
 * at 20 000 places: 1.22 MB without, 2.40 MB with), and the map does not need it.
 */
import { FACETTES, type Masques } from './filtres.ts';
import type { HorairesCompacts } from '../horaires/evaluation.ts';
import { slugifier } from '../commun/slug.ts';
import { fuseauHoraire } from '../horaires/fuseau.ts';

export const VERSION_POINTS = 1;
export const VERSION_CONTACTS = 1;

/** Start of the acceslibre records' addresses, written `~` in `points.json`. */
export const ACCES_LIBRE = 'https://acceslibre.beta.gouv.fr/';

/** Hours as shipped: the compact form and a one-line summary. */
export type HorairesPoint = HorairesCompacts & { r: string };

/** `[nom, slug, dLat, dLon]`: a commune, its centre relative to the origin. */
export type CommunePoint = [string, string, number | null, number | null];

/** A place row, see the module comment. */
export type LignePoint = [string, string, number | null, number | null, number, number, string, number];

/**
 * `[adresse, codePostal, telephone, ficheAccesLibre]`, trailing empty strings dropped; the
 * postcode is `""` when it is its commune's usual one, a metropolitan phone is written `0…`
 * instead of `+33…`, an acceslibre address starts with `~` instead of {@link ACCES_LIBRE}.
 */
export type ContactPoint = string[];

/** The file `/lieux/points/contacts.json`: the places' contacts, in the order of `points.json`. */
export interface FichierContacts {
  v: number;
  /** Usual postcode of each commune, in the order of {@link FichierPoints.communes}. */
  codesPostaux: string[];
  lieux: ContactPoint[];
}

/** The file `/lieux/points.json`. */
export interface FichierPoints {
  v: number;
  /** Département code: public holidays depend on it. */
  departement: string;
  /** IANA time zone of the places: statuses are computed in it, whatever the device's zone. */
  fuseau: string;
  /** Build date, `AAAA-MM-JJ`. */
  genere: string;
  /** Origin of the coordinates, degrees. */
  origine: [number, number];
  communes: CommunePoint[];
  typologies: string[];
  horaires: (HorairesPoint | null)[];
  lieux: LignePoint[];
}

/** A place as the browser uses it. */
export interface PointLieu {
  /** Position in the list (alphabetical order). */
  index: number;
  id: string;
  nom: string;
  latitude?: number | undefined;
  longitude?: number | undefined;
  /** The position is the centre of the commune. */
  approximative: boolean;
  /** Index in {@link PointsDecodes.communes}. */
  commune: number;
  /** Slug of the commune, for the commune filter. */
  communeSlug: string;
  typologie: string;
  masques: Masques;
  /** Index in {@link PointsDecodes.horaires}; 0: none. */
  horaires: number;
  /** Street and number (from {@link ajouterContacts}; empty before). */
  adresse: string;
  codePostal: string;
  /** International form. */
  telephone?: string | undefined;
  ficheAccesLibre?: string | undefined;
}

export interface PointsDecodes {
  departement: string;
  fuseau: string;
  genere: string;
  communes: { nom: string; slug: string; latitude?: number | undefined; longitude?: number | undefined }[];
  horaires: (HorairesPoint | null)[];
  lieux: PointLieu[];
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LARGEURS = FACETTES.map((f) => f.valeurs.length);
const ECHELLE = 10_000;

/** Packs the masks of every facet into a short base-64 string. */
export function encoderFacettes(masques: Masques): string {
  let texte = '';
  let tampon = 0;
  let bits = 0;
  LARGEURS.forEach((largeur, f) => {
    for (let b = 0; b < largeur; b++) {
      if ((masques[f]! >>> b) & 1) tampon |= 1 << bits;
      if (++bits === 6) {
        texte += BASE64[tampon];
        tampon = 0;
        bits = 0;
      }
    }
  });
  if (bits > 0) texte += BASE64[tampon];
  return texte.replace(/A+$/, '');
}

/** Inverse of {@link encoderFacettes}. */
export function decoderFacettes(texte: string): Masques {
  const valeurs = Array.from(texte, (c) => BASE64.indexOf(c));
  let debut = 0;
  return LARGEURS.map((largeur) => {
    let masque = 0;
    for (let b = 0; b < largeur; b++) {
      const position = debut + b;
      if (((valeurs[Math.floor(position / 6)] ?? 0) >>> (position % 6)) & 1) masque |= 1 << b;
    }
    debut += largeur;
    return masque;
  });
}

/** The name with its commune written `¤1` (and a real `¤` written `¤0`). */
export function encoderNom(nom: string, commune: string): string {
  const echappe = nom.replace(/¤/g, '¤0');
  return commune === '' || commune.includes('¤') ? echappe : echappe.replace(commune, '¤1');
}

/** Inverse of {@link encoderNom}. */
export function decoderNom(code: string, commune: string): string {
  return code.replace(/¤([01])/g, (_, c: string) => (c === '1' ? commune : '¤'));
}

/** Words an id may borrow: those of the name's slug, then those of the commune's. */
function motsDeReference(nom: string, commune: string): string[] {
  return [...slugifier(nom).split('-'), ...slugifier(commune).split('-')].filter((m) => m !== '');
}

/** The id relative to the name and the commune (see the module comment). */
export function encoderId(id: string, nom: string, commune = ''): string {
  if (id === slugifier(nom)) return '';
  const mots = motsDeReference(nom, commune);
  const parties: string[] = [];
  for (const mot of id.split('-')) {
    const i = mots.indexOf(mot);
    const ref = i >= 0 && i < 26 ? String.fromCharCode(65 + i) : undefined;
    if (ref && parties.length > 0 && /^[A-Z]+$/.test(parties.at(-1)!)) parties[parties.length - 1] += ref;
    else parties.push(ref ?? mot);
  }
  const code = `~${parties.join('-')}`;
  return code.length < id.length ? code : id;
}

/** Inverse of {@link encoderId}. */
export function decoderId(code: string, nom: string, commune = ''): string {
  if (code === '') return slugifier(nom);
  if (!code.startsWith('~')) return code;
  const mots = motsDeReference(nom, commune);
  return code
    .slice(1)
    .split('-')
    .flatMap((partie) => (/^[A-Z]+$/.test(partie) ? Array.from(partie, (c) => mots[c.charCodeAt(0) - 65]!) : [partie]))
    .join('-');
}

/** What {@link encoderPoints} needs of a place. */
export interface LieuAEncoder {
  id: string;
  nom: string;
  latitude?: number | undefined;
  longitude?: number | undefined;
  commune: { nom: string; slug: string; latitude?: number | undefined; longitude?: number | undefined };
  typologie: string;
  masques: Masques;
  indexHoraires: number;
}

/** What {@link encoderContacts} needs of a place. */
export interface ContactAEncoder {
  communeSlug: string;
  adresse: string;
  codePostal: string;
  telephone?: string | undefined;
  ficheAccesLibre?: string | undefined;
}

function encoderContact(l: ContactAEncoder, codePostalCommune: string): ContactPoint {
  const telephone = l.telephone?.startsWith('+33') ? `0${l.telephone.slice(3)}` : (l.telephone ?? '');
  const acces = l.ficheAccesLibre?.startsWith(ACCES_LIBRE) ? `~${l.ficheAccesLibre.slice(ACCES_LIBRE.length)}` : (l.ficheAccesLibre ?? '');
  const contact = [l.adresse, l.codePostal === codePostalCommune ? '' : l.codePostal, telephone, acces];
  while (contact.length > 1 && contact.at(-1) === '') contact.pop();
  return contact;
}

function decoderContact(
  [adresse = '', codePostal = '', telephone = '', acces = '']: ContactPoint,
  codePostalCommune: string,
): Pick<PointLieu, 'adresse' | 'codePostal' | 'telephone' | 'ficheAccesLibre'> {
  return {
    adresse,
    codePostal: codePostal || codePostalCommune,
    telephone: telephone === '' ? undefined : telephone.startsWith('0') ? `+33${telephone.slice(1)}` : telephone,
    ficheAccesLibre: acces === '' ? undefined : acces.startsWith('~') ? `${ACCES_LIBRE}${acces.slice(1)}` : acces,
  };
}

/** Writes the point data; places in the order given (alphabetical). */
export function encoderPoints(
  lieux: readonly LieuAEncoder[],
  horaires: readonly (HorairesPoint | null)[],
  meta: { departement: string; fuseau?: string | undefined; genere: string },
): FichierPoints {
  const latitudes = lieux.flatMap((l) => (l.latitude !== undefined ? [l.latitude] : l.commune.latitude !== undefined ? [l.commune.latitude] : []));
  const longitudes = lieux.flatMap((l) => (l.longitude !== undefined ? [l.longitude] : l.commune.longitude !== undefined ? [l.commune.longitude] : []));
  const origine: [number, number] = [
    latitudes.length > 0 ? Math.floor(Math.min(...latitudes) * 100) / 100 : 0,
    longitudes.length > 0 ? Math.floor(Math.min(...longitudes) * 100) / 100 : 0,
  ];
  const dLat = (v: number | undefined) => (v === undefined ? null : Math.round((v - origine[0]) * ECHELLE));
  const dLon = (v: number | undefined) => (v === undefined ? null : Math.round((v - origine[1]) * ECHELLE));

  const communes: CommunePoint[] = [];
  const indexCommune = new Map<string, number>();
  const typologies: string[] = [''];
  const indexTypologie = new Map<string, number>([['', 0]]);
  const lignes = lieux.map((l): LignePoint => {
    let c = indexCommune.get(l.commune.slug);
    if (c === undefined) {
      c = communes.push([l.commune.nom, l.commune.slug, dLat(l.commune.latitude), dLon(l.commune.longitude)]) - 1;
      indexCommune.set(l.commune.slug, c);
    }
    let t = indexTypologie.get(l.typologie);
    if (t === undefined) {
      t = typologies.push(l.typologie) - 1;
      indexTypologie.set(l.typologie, t);
    }
    return [
      encoderNom(l.nom, l.commune.nom),
      encoderId(l.id, l.nom, l.commune.nom),
      dLat(l.latitude),
      dLon(l.longitude),
      c,
      t,
      encoderFacettes(l.masques),
      l.indexHoraires,
    ];
  });
  return {
    v: VERSION_POINTS,
    departement: meta.departement,
    fuseau: fuseauHoraire(meta.departement, meta.fuseau),
    genere: meta.genere,
    origine,
    communes,
    typologies,
    horaires: [...horaires],
    lieux: lignes,
  };
}

/**
 * Writes the contacts file for the places of `points` (same places, same order): the usual
 * postcode of a commune is that of its first place.
 */
export function encoderContacts(lieux: readonly ContactAEncoder[], points: FichierPoints): FichierContacts {
  const indexCommune = new Map(points.communes.map((c, i) => [c[1], i]));
  const codesPostaux = points.communes.map(() => '');
  for (const l of lieux) {
    const i = indexCommune.get(l.communeSlug)!;
    if (codesPostaux[i] === '') codesPostaux[i] = l.codePostal;
  }
  return { v: VERSION_CONTACTS, codesPostaux, lieux: lieux.map((l) => encoderContact(l, codesPostaux[indexCommune.get(l.communeSlug)!]!)) };
}

/** Adds the contacts to decoded points (the card needs them; the map does not). */
export function ajouterContacts(points: PointsDecodes, fichier: FichierContacts): void {
  if (fichier.v !== VERSION_CONTACTS) throw new Error(`Version des contacts des lieux inattendue : ${fichier.v}`);
  points.lieux.forEach((l, i) => Object.assign(l, decoderContact(fichier.lieux[i] ?? [], fichier.codesPostaux[l.commune] ?? '')));
}

/** Reads the point data. */
export function decoderPoints(fichier: FichierPoints): PointsDecodes {
  if (fichier.v !== VERSION_POINTS) throw new Error(`Version des données de la carte inattendue : ${fichier.v}`);
  const [lat0, lon0] = fichier.origine;
  const lat = (d: number | null) => (d === null ? undefined : Math.round((lat0 + d / ECHELLE) * ECHELLE) / ECHELLE);
  const lon = (d: number | null) => (d === null ? undefined : Math.round((lon0 + d / ECHELLE) * ECHELLE) / ECHELLE);
  const communes = fichier.communes.map(([nom, slug, dla, dlo]) => ({ nom, slug, latitude: lat(dla), longitude: lon(dlo) }));
  const lieux = fichier.lieux.map(([nomCode, code, dla, dlo, commune, typologie, facettes, horaires], index): PointLieu => {
    const c = communes[commune]!;
    const nom = decoderNom(nomCode, c.nom);
    const exacte = dla !== null && dlo !== null;
    return {
      index,
      id: decoderId(code, nom, c.nom),
      nom,
      latitude: exacte ? lat(dla) : c.latitude,
      longitude: exacte ? lon(dlo) : c.longitude,
      approximative: !exacte,
      commune,
      communeSlug: c.slug,
      typologie: fichier.typologies[typologie] ?? '',
      masques: decoderFacettes(facettes),
      horaires,
      adresse: '',
      codePostal: '',
    };
  });
  return {
    departement: fichier.departement,
    fuseau: fichier.fuseau ?? fuseauHoraire(fichier.departement),
    genere: fichier.genere,
    communes,
    horaires: fichier.horaires,
    lieux,
  };
}
