/**
 * Closest allowed value for a misspelt one, so that an error message can say
 * « vouliez-vous dire … ? ». Comparison ignores case, accents and punctuation.
 */

function normaliser(texte: string): string {
  return texte
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Levenshtein distance, two rows at a time. */
export function distanceEdition(a: string, b: string): number {
  let precedente = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const courante = [i];
    for (let j = 1; j <= b.length; j++) {
      const cout = a[i - 1] === b[j - 1] ? 0 : 1;
      courante[j] = Math.min(precedente[j]! + 1, courante[j - 1]! + 1, precedente[j - 1]! + cout);
    }
    precedente = courante;
  }
  return precedente[b.length]!;
}

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
