/**
 * « Où êtes-vous ? »: finding a commune of the département by name or postcode in the offline
 * gazetteer (no geocoding service is called, nothing typed leaves the browser), and sorting
 * places by distance. Shipped to the browser.
 */
import type { Ou } from '../lieux/etat-url.ts';
import { distanceKm } from './geo.ts';

/** A commune (or a delegated commune) of the département, as shipped in `/lieux/communes.json`. */
export interface CommuneGazetteer {
  nom: string;
  /** Its identifier in addresses (`ou=bayeux`). */
  slug: string;
  codesPostaux: string[];
  latitude: number;
  longitude: number;
  population: number;
  /** For a delegated commune: the name of the commune it belongs to. */
  communeNouvelle?: string | undefined;
}

/**
 * Text for comparisons: lower case, no accents, « saint », « sainte » written out, hyphens and
 * apostrophes as spaces (« St-Lô », « saint lo » and « Saint-Lô » compare equal).
 */
export function normaliser(texte: string): string {
  return ` ${texte
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `
    .replace(/ st /g, ' saint ')
    .replace(/ ste /g, ' sainte ')
    .trim();
}

/** How a commune matched what was typed: lower is better. */
const Score = {
  Exact: 0,
  Debut: 1,
  DebutDeMot: 2,
  Dedans: 3,
  /** Found once the last words were dropped (« Caen centre », « Airan, commune déléguée… »). */
  MotsEnTrop: 4,
  /** Spelt a little differently (« lizieux »), the distance added. */
  Approchee: 5,
} as const;

/** Typing mistakes allowed for a word of that length (none under 4 letters: « ifs » is not « ife »). */
function fautesPermises(longueur: number): number {
  return longueur < 4 ? 0 : longueur < 7 ? 1 : 2;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), stopping early
 * above `max`: « lizieux » is 1 from « lisieux », « lisiuex » 1 too.
 */
export function distanceEdition(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let avant = new Array<number>(b.length + 1).fill(0);
  let ligne = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const suivante = new Array<number>(b.length + 1).fill(0);
    suivante[0] = i;
    let minimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cout = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(ligne[j]! + 1, suivante[j - 1]! + 1, ligne[j - 1]! + cout);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, avant[j - 2]! + 1);
      suivante[j] = d;
      minimum = Math.min(minimum, d);
    }
    if (minimum > max) return max + 1;
    avant = ligne;
    ligne = suivante;
  }
  return ligne[b.length]!;
}

function scoreNom(nom: string, q: string): number {
  if (nom === q) return Score.Exact;
  if (nom.startsWith(q)) return Score.Debut;
  if (` ${nom}`.includes(` ${q}`)) return Score.DebutDeMot;
  if (nom.includes(q)) return Score.Dedans;
  return -1;
}

/** What was typed, split into the name and the postcodes (« Lisieux (14100) », « 14400 Bayeux »). */
export function decouperSaisie(texte: string): { nom: string; codes: string[] } {
  const codes = texte.match(/\d+/g) ?? [];
  return { nom: normaliser(texte.replace(/\d+/g, ' ')), codes };
}

/** Suggestions for what was typed, and whether they are only close to it. */
export interface Propositions {
  communes: CommuneGazetteer[];
  /**
   * The best suggestion does not contain what was typed: spelt differently (« lizieux ») or
   * found without some words (« Caen centre »). The page then says which commune it took.
   */
  approchee: boolean;
}

/**
 * Suggestions for what was typed, forgiving: a name with or without its postcode (« Bayeux
 * 14400 », « 14400 Bayeux », « Lisieux (14100) », the wording of the suggestions), postcodes
 * by prefix, names by start of the name, then start of a word (« lô » finds Saint-Lô), then
 * anywhere; then without the last words (« Caen centre »); then with a typing mistake or two
 * (« lizieux »). Delegated communes are in the gazetteer under their own, older name
 * (« Saint-Pierre-sur-Dives »). The most populated first in each group; a commune with the
 * postcode typed before the others.
 */
export function proposerCommunes(gazetteer: readonly CommuneGazetteer[], texte: string, max = 8): Propositions {
  const { nom: q, codes } = decouperSaisie(texte.slice(0, 200));
  const avecCode = (c: CommuneGazetteer) => codes.length > 0 && codes.some((code) => c.codesPostaux.some((cp) => cp.startsWith(code)));
  const scores: [CommuneGazetteer, number][] = [];
  if (q === '') {
    const code = codes[0];
    if (!code || code.length > 5) return { communes: [], approchee: false };
    for (const c of gazetteer) {
      const cp = c.codesPostaux.find((x) => x.startsWith(code));
      if (cp) scores.push([c, cp === code ? Score.Exact : Score.Debut]);
    }
  } else {
    const mots = q.split(' ');
    for (const c of gazetteer) {
      const nom = normaliser(c.nom);
      let score = scoreNom(nom, q);
      // « Caen centre », « Vire Normandie (14500), commune déléguée… »: the first words alone.
      for (let n = mots.length - 1; score < 0 && n >= 1; n--) {
        const debut = mots.slice(0, n).join(' ');
        if (debut.length >= 3 && nom.startsWith(debut)) score = Score.MotsEnTrop + (mots.length - n) / 100;
      }
      if (score < 0) {
        const max = fautesPermises(q.length);
        if (max > 0) {
          const entier = distanceEdition(q, nom, max);
          // While typing: the start of the name, spelt a little differently.
          const debut = q.length >= 4 && nom.length > q.length ? distanceEdition(q, nom.slice(0, q.length), max) : max + 1;
          if (entier <= max || debut <= max) score = Score.Approchee + Math.min(entier, debut + 0.5);
        }
      }
      if (score >= 0) scores.push([c, score]);
    }
  }
  const tries = scores
    .sort(
      (a, b) => Number(avecCode(b[0])) - Number(avecCode(a[0])) || a[1] - b[1] || b[0].population - a[0].population || a[0].nom.localeCompare(b[0].nom, 'fr'),
    )
    .slice(0, max);
  return { communes: tries.map(([c]) => c), approchee: tries.length > 0 && tries[0]![1] >= Score.MotsEnTrop };
}

/** The suggestions alone (see {@link proposerCommunes}). */
export function rechercherCommunes(gazetteer: readonly CommuneGazetteer[], texte: string, max = 8): CommuneGazetteer[] {
  return proposerCommunes(gazetteer, texte, max).communes;
}

/** « Bayeux (14400) », « Airan (14370), commune déléguée de Valambray ». */
export function libelleCommune(c: CommuneGazetteer): string {
  const codes = c.codesPostaux.length > 0 ? ` (${c.codesPostaux.join(', ')})` : '';
  return `${c.nom}${codes}${c.communeNouvelle ? `, commune déléguée de ${c.communeNouvelle}` : ''}`;
}

/** Where distances are measured from, with what to call it. */
export interface Position {
  latitude: number;
  longitude: number;
  /** « Bayeux (14400) », « votre position ». */
  libelle: string;
  /** The commune, when the position is one. */
  commune?: CommuneGazetteer;
  /** What was typed, when the commune is only close to it (« lizieux » for Lisieux): the page says so. */
  approchee?: string;
}

/**
 * The position meant by the address's `ou`: a commune slug, a postcode or name typed (the
 * first suggestion, as if chosen), or coordinates. `undefined` when nothing matches.
 */
export function resoudreOu(gazetteer: readonly CommuneGazetteer[], ou: Ou): Position | undefined {
  if ('latitude' in ou) return { latitude: ou.latitude, longitude: ou.longitude, libelle: 'votre position' };
  const parSlug = 'commune' in ou ? gazetteer.find((c) => c.slug === ou.commune) : undefined;
  const texte = 'commune' in ou ? ou.commune.replace(/-/g, ' ') : ou.texte;
  const propositions = parSlug ? { communes: [parSlug], approchee: false } : proposerCommunes(gazetteer, texte, 1);
  const commune = propositions.communes[0];
  if (!commune) return undefined;
  return {
    latitude: commune.latitude,
    longitude: commune.longitude,
    libelle: libelleCommune(commune),
    commune,
    ...(propositions.approchee ? { approchee: texte } : {}),
  };
}

/**
 * Indices of the places sorted by distance from a position (places without a position last,
 * in their order), with the distances; `rayon` in km keeps only the places within it; `rang`
 * sorts before the distance (places that receive the public before the others).
 */
export function trierParDistance(
  lieux: readonly { latitude?: number | undefined; longitude?: number | undefined }[],
  position: { latitude: number; longitude: number },
  indices: readonly number[],
  rayon?: number,
  rang: (i: number) => number = () => 0,
): { indices: number[]; distances: Float64Array } {
  const distances = new Float64Array(lieux.length).fill(Number.POSITIVE_INFINITY);
  const retenus: number[] = [];
  for (const i of indices) {
    const l = lieux[i]!;
    if (l.latitude !== undefined && l.longitude !== undefined) distances[i] = distanceKm(position.latitude, position.longitude, l.latitude, l.longitude);
    if (rayon === undefined || distances[i]! <= rayon) retenus.push(i);
  }
  // Stable sort: equal distances keep the alphabetical order of the list.
  retenus.sort((a, b) => rang(a) - rang(b) || (distances[a]! < distances[b]! ? -1 : distances[a]! > distances[b]! ? 1 : 0));
  return { indices: retenus, distances };
}
