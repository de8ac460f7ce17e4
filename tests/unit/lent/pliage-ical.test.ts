/**
 * Propriétés du pliage des lignes iCalendar (RFC 5545, 3.1) sur des textes quelconques : au plus
 * 75 octets UTF-8 par ligne physique, suites commençant par une espace, caractère jamais coupé,
 * et texte rendu intact une fois déplié.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plierLigne } from '../../../src/lib/collectif/ical.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;
const texte = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', ' '), maxLength: 200 }),
);

describe('plierLigne', () => {
  it('lignes de 75 octets au plus, texte intact une fois déplié, aucun caractère coupé', () => {
    fc.assert(
      fc.property(texte, (ligne) => {
        const physiques = plierLigne(ligne).split('\r\n');
        for (const p of physiques) expect(octets(p)).toBeLessThanOrEqual(75);
        for (const p of physiques.slice(1)) expect(p.startsWith(' ')).toBe(true);
        expect(physiques.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(ligne);
        // Aucune moitié de paire de substitution seule en fin ou en début de ligne physique.
        for (const p of physiques) expect(/[\ud800-\udbff]$/.test(p) || /^ ?[\udc00-\udfff]/.test(p)).toBe(false);
        if (octets(ligne) <= 75) expect(physiques).toHaveLength(1);
      }),
      { numRuns: 2000 },
    );
  });
});
