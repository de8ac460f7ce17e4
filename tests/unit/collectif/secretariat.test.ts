import { describe, expect, it } from 'vitest';
import type { DatesAdhesion } from '../../../src/lib/collectif/adhesion.ts';
import {
  anneesAnimation,
  binomeEnFonction,
  debutMandat,
  historiqueSecretariat,
  verifierAnimateurs,
  type Binome,
} from '../../../src/lib/collectif/secretariat.ts';

const CHEMIN = 'content/collectif.yaml';
const membres = new Map<string, DatesAdhesion>([
  ['caf', { date_adhesion: '2022-01-20' }],
  ['departement', { date_adhesion: '2022-01-20' }],
  ['asso', { date_adhesion: '2023-05-01' }],
  ['partie', { date_adhesion: '2022-01-20', date_sortie: '2024-06-30' }],
]);

describe('verifierAnimateurs', () => {
  it('accepte un binôme de deux membres distincts, membres à la date de désignation', () => {
    const animateurs: Binome[] = [
      { annee: 2024, membres: ['caf', 'partie'], designe_le: '2024-01-15' },
      { annee: 2025, membres: ['caf', 'asso'], designe_le: '2024-12-10' },
      { annee: 2026, membres: ['departement', 'asso'] },
    ];

    expect(verifierAnimateurs(CHEMIN, animateurs, membres)).toEqual([]);
  });

  it.each([
    ['un seul membre', { annee: 2026, membres: ['caf'] }, 'animateurs[1].membres', 'exactement deux membres différents'],
    ['trois membres', { annee: 2026, membres: ['caf', 'asso', 'departement'] }, 'animateurs[1].membres', '3 indiqué(s)'],
    ['deux fois le même', { annee: 2026, membres: ['caf', 'caf'] }, 'animateurs[1].membres', 'exactement deux membres différents'],
    ['membre inconnu, avec suggestion', { annee: 2026, membres: ['caf', 'asso2'] }, 'animateurs[1].membres[2]', 'Vouliez-vous dire « asso » ?'],
    [
      'pas encore membre',
      { annee: 2023, membres: ['caf', 'asso'], designe_le: '2023-01-10' },
      'animateurs[1].membres[2]',
      "n'est pas membre du collectif le 2023-01-10 (adhésion le 2023-05-01)",
    ],
    ['déjà sorti', { annee: 2025, membres: ['caf', 'partie'] }, 'animateurs[1].membres[2]', 'sortie le 2024-06-30'],
    [
      'sorti le jour de la désignation',
      { annee: 2024, membres: ['caf', 'partie'], designe_le: '2024-06-30' },
      'animateurs[1].membres[2]',
      "n'est pas membre du collectif le 2024-06-30",
    ],
    ['désignation trop ancienne', { annee: 2026, membres: ['caf', 'asso'], designe_le: '2024-11-01' }, 'animateurs[1].designe_le', 'en 2025 ou en 2026'],
    [
      'désignation postérieure à l’année',
      { annee: 2025, membres: ['caf', 'asso'], designe_le: '2026-01-10' },
      'animateurs[1].designe_le',
      'ne correspond pas au mandat 2025',
    ],
  ] as const)('refuse : %s', (_cas, binome, champ, extrait) => {
    const problemes = verifierAnimateurs(CHEMIN, [binome], membres);

    expect(problemes).toHaveLength(1);
    expect(problemes[0]).toMatchObject({ fichier: CHEMIN, champ });
    expect(problemes[0]!.message).toContain(extrait);
  });

  it('refuse deux binômes pour la même année', () => {
    const problemes = verifierAnimateurs(
      CHEMIN,
      [
        { annee: 2026, membres: ['caf', 'asso'] },
        { annee: 2026, membres: ['departement', 'asso'] },
      ],
      membres,
    );

    expect(problemes).toEqual([
      { fichier: CHEMIN, champ: 'animateurs[2].annee', message: "l'année 2026 a déjà un binôme d'animateurs : un seul binôme par année" },
    ]);
  });
});

describe('binôme en fonction à une date', () => {
  const animateurs: Binome[] = [
    { annee: 2024, membres: ['caf', 'partie'], designe_le: '2024-01-15' },
    { annee: 2025, membres: ['caf', 'asso'], designe_le: '2024-12-10' },
    { annee: 2026, membres: ['departement', 'asso'], designe_le: '2026-02-03' },
  ];

  it.each([
    ['2023-12-31', undefined, undefined],
    ['2024-01-14', undefined, undefined],
    ['2024-01-15', 2024, true],
    ['2024-12-20', 2024, true],
    ['2025-01-01', 2025, true],
    ['2026-01-10', 2025, false],
    ['2026-02-03', 2026, true],
    ['2028-05-01', 2026, false],
  ])('le %s : binôme %s (à jour : %s)', (date, annee, aJour) => {
    const enFonction = binomeEnFonction(animateurs, date);

    expect(enFonction?.binome.annee).toBe(annee);
    expect(enFonction?.aJour).toBe(aJour);
  });

  it('début du mandat : 1er janvier, ou la désignation si elle a lieu dans l’année', () => {
    expect(animateurs.map(debutMandat)).toEqual(['2024-01-15', '2025-01-01', '2026-02-03']);
    expect(debutMandat({ annee: 2027, membres: [] })).toBe('2027-01-01');
  });

  it('historique de l’année la plus récente à la plus ancienne, et années d’un membre', () => {
    expect(historiqueSecretariat([animateurs[1]!, animateurs[2]!, animateurs[0]!]).map((b) => b.annee)).toEqual([2026, 2025, 2024]);
    expect(anneesAnimation(animateurs, 'caf')).toEqual([2025, 2024]);
    expect(anneesAnimation(animateurs, 'inconnu')).toEqual([]);
  });
});
