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

/**
 * Suggestions for what was typed: postcodes by prefix, names by start of the name, then start
 * of a word (« lô » finds Saint-Lô), then anywhere; the most populated first in each group.
 */
export function rechercherCommunes(gazetteer: readonly CommuneGazetteer[], texte: string, max = 8): CommuneGazetteer[] {
  const saisie = texte.trim();
  if (saisie === '') return [];
  const scores: [CommuneGazetteer, number][] = [];
  if (/^\d{1,5}$/.test(saisie)) {
    for (const c of gazetteer) {
      const code = c.codesPostaux.find((cp) => cp.startsWith(saisie));
      if (code) scores.push([c, code === saisie ? 0 : 1]);
    }
  } else {
    const q = normaliser(saisie);
    if (q === '') return [];
    for (const c of gazetteer) {
      const nom = normaliser(c.nom);
      const score = nom === q ? 0 : nom.startsWith(q) ? 1 : ` ${nom}`.includes(` ${q}`) ? 2 : nom.includes(q) ? 3 : -1;
      if (score >= 0) scores.push([c, score]);
    }
  }
  return scores
    .sort((a, b) => a[1] - b[1] || b[0].population - a[0].population || a[0].nom.localeCompare(b[0].nom, 'fr'))
    .slice(0, max)
    .map(([c]) => c);
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
}

/**
 * The position meant by the address's `ou`: a commune slug, a postcode or name typed (the
 * first suggestion, as if chosen), or coordinates. `undefined` when nothing matches.
 */
export function resoudreOu(gazetteer: readonly CommuneGazetteer[], ou: Ou): Position | undefined {
  if ('latitude' in ou) return { latitude: ou.latitude, longitude: ou.longitude, libelle: 'votre position' };
  const commune = ('commune' in ou ? gazetteer.find((c) => c.slug === ou.commune) : undefined) ?? rechercherCommunes(gazetteer, 'commune' in ou ? ou.commune.replace(/-/g, ' ') : ou.texte, 1)[0];
  return commune && { latitude: commune.latitude, longitude: commune.longitude, libelle: libelleCommune(commune), commune };
}

/**
 * Indices of the places sorted by distance from a position (places without a position last,
 * in their order), with the distances; `rayon` in km keeps only the places within it.
 */
export function trierParDistance(
  lieux: readonly { latitude?: number | undefined; longitude?: number | undefined }[],
  position: { latitude: number; longitude: number },
  indices: readonly number[],
  rayon?: number,
): { indices: number[]; distances: Float64Array } {
  const distances = new Float64Array(lieux.length).fill(Number.POSITIVE_INFINITY);
  const retenus: number[] = [];
  for (const i of indices) {
    const l = lieux[i]!;
    if (l.latitude !== undefined && l.longitude !== undefined) distances[i] = distanceKm(position.latitude, position.longitude, l.latitude, l.longitude);
    if (rayon === undefined || distances[i]! <= rayon) retenus.push(i);
  }
  // Stable sort: equal distances keep the alphabetical order of the list.
  retenus.sort((a, b) => (distances[a]! < distances[b]! ? -1 : distances[a]! > distances[b]! ? 1 : 0));
  return { indices: retenus, distances };
}
