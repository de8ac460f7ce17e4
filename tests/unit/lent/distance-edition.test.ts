/**
 * Propriétés de la distance d'édition (`distanceEdition`, de fastest-levenshtein) : égale à la
 * définition de Levenshtein calculée par la matrice complète, et c'est une distance (nulle
 * seulement entre chaînes égales, symétrique, inégalité triangulaire, bornée par les longueurs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceEdition } from '../../../src/lib/commun/suggestion.ts';

/** Levenshtein par la définition : matrice complète (a.length + 1) × (b.length + 1). */
function levenshteinReference(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}

// Petit alphabet (beaucoup de lettres communes, donc des cas intéressants), accents, emoji
// (deux unités UTF-16) et chaînes longues (fastest-levenshtein change d'algorithme au-delà de 32 caractères).
const lettre = fc.constantFrom('a', 'b', 'c', 'é', 'e', ' ', '-', 'É', '😀');
const chaine = fc.oneof(fc.string({ unit: lettre, maxLength: 12 }), fc.string({ unit: lettre, minLength: 30, maxLength: 80 }), fc.string({ maxLength: 40 }));

describe('distanceEdition', () => {
  it('vaut la distance de Levenshtein de la définition', () => {
    fc.assert(
      fc.property(chaine, chaine, (a, b) => {
        expect(distanceEdition(a, b)).toBe(levenshteinReference(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('est nulle seulement entre chaînes égales, et symétrique', () => {
    fc.assert(
      fc.property(chaine, chaine, (a, b) => {
        expect(distanceEdition(a, a)).toBe(0);
        expect(distanceEdition(a, b) === 0).toBe(a === b);
        expect(distanceEdition(a, b)).toBe(distanceEdition(b, a));
      }),
      { numRuns: 1000 },
    );
  });

  it('respecte l’inégalité triangulaire et les bornes des longueurs', () => {
    fc.assert(
      fc.property(chaine, chaine, chaine, (a, b, c) => {
        const d = distanceEdition(a, b);
        expect(d).toBeLessThanOrEqual(distanceEdition(a, c) + distanceEdition(c, b));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
      { numRuns: 1000 },
    );
  });

  it('une insertion ou une substitution d’un caractère (une unité UTF-16) coûte 1', () => {
    fc.assert(
      fc.property(chaine, fc.nat(), fc.constantFrom('a', 'b', 'é', ' '), (a, position, c) => {
        const k = a.length === 0 ? 0 : position % (a.length + 1);
        expect(distanceEdition(a, a.slice(0, k) + c + a.slice(k))).toBe(1);
        if (k < a.length && a[k] !== c && a.charCodeAt(k) < 0xd800) expect(distanceEdition(a, a.slice(0, k) + c + a.slice(k + 1))).toBe(1);
      }),
      { numRuns: 1000 },
    );
  });
});
