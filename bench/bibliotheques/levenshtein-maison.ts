/**
 * La distance d'édition écrite à la main que le projet utilisait avant d'adopter
 * fastest-levenshtein (même code, deux lignes de la matrice à la fois) : gardée ici seulement
 * pour que le banc d'essai compare les deux.
 */
export function distanceEditionMaison(a: string, b: string): number {
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
