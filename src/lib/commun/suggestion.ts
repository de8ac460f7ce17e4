/*
 * Bibliothèques comparées (`npm run bench:bibliotheques`, 20 000 valeurs, 2 décembre 2026) :
 * - la distance d'édition vient de fastest-levenshtein 1.0.16 : résultats identiques à notre
 *   ancienne version écrite à la main sur 20 000 paires de noms, 7 à 14 fois plus rapide
 *   (0,1 à 0,2 s contre 1,3 à 1,6 s) ; un test de propriétés la compare à la définition ;
 * - le choix de la valeur la plus proche reste le nôtre, face à fuse.js 7.5.0 : fuse.js est 3 à
 *   9 fois plus lent (200 noms de commune mal écrits : 2,3 à 2,5 s contre 0,25 à 0,48 s) et
 *   propose une autre valeur que celle attendue dans 2 de nos 869 tests (service inconnu,
 *   colonne inconnue de l'import).
 */
/**
 * Closest allowed value for a misspelt one, so that an error message can say
 * « vouliez-vous dire … ? ». Comparison ignores case, accents and punctuation.
 */
import { distance } from 'fastest-levenshtein';

function normaliser(texte: string): string {
  return texte
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Levenshtein distance (UTF-16 code units), from fastest-levenshtein: same results as the
 * hand-written two-row version it replaced, and faster (`npm run bench:bibliotheques`).
 */
export const distanceEdition: (a: string, b: string) => number = distance;

/**
 * The allowed value nearest to `valeur`, or `undefined` when none is reasonably close
 * (more than a quarter of the characters would have to change).
 */
export function valeurLaPlusProche(valeur: string, autorisees: readonly string[]): string | undefined {
  const cible = normaliser(valeur);
  let meilleure: string | undefined;
  let meilleureDistance = Number.POSITIVE_INFINITY;
  let meilleureEdition = Number.POSITIVE_INFINITY;
  for (const candidate of autorisees) {
    const normalisee = normaliser(candidate);
    const edition = normalisee === cible ? 0 : distanceEdition(cible, normalisee);
    const distance = edition === 0 ? 0 : normalisee.includes(cible) || cible.includes(normalisee) ? Math.min(1, edition) : edition;
    // Ties (several values containing the input) go to the one with fewer edits: « Gratuit sous
    // conditon » suggests « Gratuit sous condition », not « Gratuit ».
    if (distance < meilleureDistance || (distance === meilleureDistance && edition < meilleureEdition)) {
      meilleure = candidate;
      meilleureDistance = distance;
      meilleureEdition = edition;
    }
  }
  if (meilleure === undefined) return undefined;
  return meilleureDistance <= Math.max(2, Math.ceil(cible.length / 4)) ? meilleure : undefined;
}
