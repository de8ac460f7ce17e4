import { describe, expect, it } from 'vitest';
import { formaterTelephone, MOTIF_TELEPHONE_STANDARD, normaliserTelephone } from '../../../src/lib/territoire/telephone.ts';

describe('normaliserTelephone', () => {
  it.each([
    ['02 31 12 34 56', '+33231123456'],
    ['02.31.12.34.56', '+33231123456'],
    ['02-31-12-34-56', '+33231123456'],
    ['0231123456', '+33231123456'],
    ['+33 2 31 12 34 56', '+33231123456'],
    ['+33 (0)2 31 12 34 56', '+33231123456'],
    ['0033 2 31 12 34 56', '+33231123456'],
    ['06 12 34 56 78', '+33612345678'],
    // 0639 is Mayotte's mobile prefix (+262 639), which holds ARCEP's range for fiction.
    ['06 39 98 12 34', '+262639981234'],
    ['02 62 12 34 56', '+262262123456'],
    ['0590 12 34 56', '+590590123456'],
    ['+33231123456', '+33231123456'],
  ])('%s → %s', (saisie, attendu) => {
    const canonique = normaliserTelephone(saisie);

    expect(canonique).toBe(attendu);
    expect(canonique).toMatch(MOTIF_TELEPHONE_STANDARD);
  });

  it.each(['12 34', '3949', '02 31 12 34', '+33 2 31 12 34 56 78', 'téléphone', '+44 20 7946 0958', '00 31 12 34 56'])('refuse %s', (saisie) => {
    expect(normaliserTelephone(saisie)).toBeNull();
  });
});

describe('formaterTelephone', () => {
  it.each([
    ['+33231123456', '02 31 12 34 56'],
    ['+262639981234', '06 39 98 12 34'],
    ['+262262123456', '02 62 12 34 56'],
    ['+687123456', '+687 12 34 56'],
  ])('%s → %s', (canonique, attendu) => {
    expect(formaterTelephone(canonique)).toBe(attendu);
  });
});
