import { describe, expect, it } from 'vitest';
import { estMembreLe, membresLe, quorum, repartirMembres, texteQuorum } from '../../../src/lib/collectif/adhesion.ts';

const membre = (id: string, date_adhesion: string, date_sortie?: string) => ({ id, data: { date_adhesion, date_sortie } });

describe('estMembreLe', () => {
  it.each([
    ['la veille de l’adhésion', '2023-05-01', undefined, '2023-04-30', false],
    ['le jour de l’adhésion', '2023-05-01', undefined, '2023-05-01', true],
    ['longtemps après, sans sortie', '2023-05-01', undefined, '2040-01-01', true],
    ['la veille de la sortie', '2023-05-01', '2024-06-30', '2024-06-29', true],
    ['le jour de la sortie (effet dès réception)', '2023-05-01', '2024-06-30', '2024-06-30', false],
    ['après la sortie', '2023-05-01', '2024-06-30', '2025-01-01', false],
    ['adhésion un 29 février', '2024-02-29', undefined, '2024-02-29', true],
  ])('%s', (_cas, adhesion, sortie, date, attendu) => {
    expect(estMembreLe({ date_adhesion: adhesion, date_sortie: sortie }, date)).toBe(attendu);
  });
});

describe('membresLe et repartirMembres', () => {
  const membres = [
    membre('fondateur', '2022-01-20'),
    membre('parti-tot', '2022-01-20', '2023-03-01'),
    membre('parti-tard', '2022-01-20', '2025-09-15'),
    membre('nouveau', '2025-01-10'),
    membre('futur', '2027-01-01'),
  ];

  it.each([
    ['2022-01-19', []],
    ['2022-01-20', ['fondateur', 'parti-tot', 'parti-tard']],
    ['2023-03-01', ['fondateur', 'parti-tard']],
    ['2025-01-10', ['fondateur', 'parti-tard', 'nouveau']],
    ['2025-09-15', ['fondateur', 'nouveau']],
    ['2027-01-01', ['fondateur', 'nouveau', 'futur']],
  ])('membres le %s', (date, ids) => {
    expect(membresLe(membres, date).map((m) => m.id)).toEqual(ids);
  });

  it('sépare membres actuels, anciens (sortie la plus récente d’abord) et futurs', () => {
    const { actuels, anciens, futurs } = repartirMembres(membres, '2026-01-01');

    expect(actuels.map((m) => m.id)).toEqual(['fondateur', 'nouveau']);
    expect(anciens.map((m) => m.id)).toEqual(['parti-tard', 'parti-tot']);
    expect(futurs.map((m) => m.id)).toEqual(['futur']);
  });

  it('chaque organisation est dans exactement une catégorie', () => {
    for (const date of ['2022-01-19', '2023-03-01', '2025-09-15', '2030-01-01']) {
      const { actuels, anciens, futurs } = repartirMembres(membres, date);
      expect([...actuels, ...anciens, ...futurs].map((m) => m.id).sort()).toEqual(membres.map((m) => m.id).sort());
    }
  });
});

describe('quorum : au moins la moitié des membres, arrondie au supérieur', () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 1],
    [3, 2],
    [22, 11],
    [23, 12],
    [24, 12],
    [101, 51],
  ])('%i membres → %i présents', (n, attendu) => {
    expect(quorum(n)).toBe(attendu);
    expect(2 * quorum(n)).toBeGreaterThanOrEqual(n);
    expect(2 * (quorum(n) - 1)).toBeLessThan(n === 0 ? 1 : n);
  });

  it.each([-1, 2.5, Number.NaN])('refuse %s', (n) => {
    expect(() => quorum(n)).toThrow(RangeError);
  });

  it.each([
    [23, 'quorum : 12 membres présents sur 23'],
    [2, 'quorum : 1 membre présent sur 2'],
    [1, 'quorum : 1 membre présent sur 1'],
  ])('texte pour %i membres', (n, attendu) => {
    expect(texteQuorum(n)).toBe(attendu);
  });
});
