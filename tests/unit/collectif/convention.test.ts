import { describe, expect, it } from 'vitest';
import { ajouterJours, anniversaire, calendrierConvention, verifierConvention, type ParametresConvention } from '../../../src/lib/collectif/convention.ts';

const base: ParametresConvention = { date_signature: '2022-01-20', duree_initiale_annees: 1, reconductions_max: 5, avenants: [] };
const avec = (p: Partial<ParametresConvention>): ParametresConvention => ({ ...base, ...p });

describe('anniversaire et ajouterJours', () => {
  it.each([
    ['2022-01-20', 1, '2023-01-20'],
    ['2024-02-29', 1, '2025-03-01'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-29', 100, '2124-02-29'],
    ['2000-02-29', 100, '2100-03-01'],
    ['2023-12-31', 1, '2024-12-31'],
  ])('%s + %i an(s) = %s', (date, annees, attendu) => {
    expect(anniversaire(date, annees)).toBe(attendu);
  });

  it.each([
    ['2024-03-01', -1, '2024-02-29'],
    ['2023-03-01', -1, '2023-02-28'],
    ['2023-12-31', 1, '2024-01-01'],
  ])('%s %+i jour = %s', (date, jours, attendu) => {
    expect(ajouterJours(date, jours)).toBe(attendu);
  });
});

describe('calendrierConvention : périodes', () => {
  it('durée initiale d’un an puis cinq reconductions tacites d’un an, calculées depuis la signature', () => {
    const c = calendrierConvention(base, '2022-06-01');

    expect(c.periodes.map((p) => [p.rang, p.debut, p.fin])).toEqual([
      [0, '2022-01-20', '2023-01-19'],
      [1, '2023-01-20', '2024-01-19'],
      [2, '2024-01-20', '2025-01-19'],
      [3, '2025-01-20', '2026-01-19'],
      [4, '2026-01-20', '2027-01-19'],
      [5, '2027-01-20', '2028-01-19'],
    ]);
    expect(c.finTermeInitial).toBe('2023-01-19');
    expect(c.finAuPlusTard).toBe('2028-01-19');
  });

  it('une durée initiale de plusieurs années décale toutes les reconductions', () => {
    const c = calendrierConvention(avec({ duree_initiale_annees: 3, reconductions_max: 2 }), '2022-06-01');

    expect(c.periodes.map((p) => [p.debut, p.fin])).toEqual([
      ['2022-01-20', '2025-01-19'],
      ['2025-01-20', '2026-01-19'],
      ['2026-01-20', '2027-01-19'],
    ]);
  });

  it('signature un 29 février : chaque terme finit le dernier jour de février et les années bissextiles ne dérivent pas', () => {
    const c = calendrierConvention(avec({ date_signature: '2024-02-29' }), '2024-03-01');

    expect(c.periodes.map((p) => [p.debut, p.fin])).toEqual([
      ['2024-02-29', '2025-02-28'],
      ['2025-03-01', '2026-02-28'],
      ['2026-03-01', '2027-02-28'],
      ['2027-03-01', '2028-02-28'],
      ['2028-02-29', '2029-02-28'],
      ['2029-03-01', '2030-02-28'],
    ]);
  });

  it('les périodes se suivent sans trou ni chevauchement, quelle que soit la date de signature', () => {
    for (const signature of ['2020-02-29', '2021-12-31', '2023-03-01', '2024-01-01']) {
      const { periodes } = calendrierConvention(avec({ date_signature: signature }), signature);
      for (let i = 1; i < periodes.length; i++) expect(periodes[i]!.debut).toBe(ajouterJours(periodes[i - 1]!.fin, 1));
    }
  });

  it('sans reconduction possible, seule la durée initiale existe', () => {
    const c = calendrierConvention(avec({ reconductions_max: 0 }), '2022-06-01');

    expect(c.periodes).toHaveLength(1);
    expect(c.finAuPlusTard).toBe('2023-01-19');
    expect(c.reconductionsRestantes).toBe(0);
  });
});

describe('calendrierConvention : état à une date', () => {
  it.each([
    // date, état, en vigueur, période en cours, reconductions effectuées, restantes, fin actuelle
    ['2022-01-19', 'pas-encore-signee', false, undefined, 0, 5, '2023-01-19'],
    ['2022-01-20', 'en-vigueur', true, 0, 0, 5, '2023-01-19'],
    ['2023-01-19', 'en-vigueur', true, 0, 0, 5, '2023-01-19'],
    ['2023-01-20', 'en-vigueur', true, 1, 1, 4, '2024-01-19'],
    ['2026-11-26', 'en-vigueur', true, 4, 4, 1, '2027-01-19'],
    ['2027-01-20', 'en-vigueur', true, 5, 5, 0, '2028-01-19'],
    ['2028-01-19', 'en-vigueur', true, 5, 5, 0, '2028-01-19'],
    ['2028-01-20', 'echue', false, undefined, 5, 0, '2028-01-19'],
    ['2035-06-01', 'echue', false, undefined, 5, 0, '2028-01-19'],
  ] as const)('au %s : %s', (date, etat, enVigueur, rang, effectuees, restantes, finActuelle) => {
    const c = calendrierConvention(base, date);

    expect(c.etat).toBe(etat);
    expect(c.enVigueur).toBe(enVigueur);
    expect(c.periodeEnCours?.rang).toBe(rang);
    expect(c.reconductionsEffectuees).toBe(effectuees);
    expect(c.reconductionsRestantes).toBe(restantes);
    expect(c.finActuelle).toBe(finActuelle);
  });

  it('reconductions épuisées : toutes les périodes sont passées', () => {
    const c = calendrierConvention(base, '2030-01-01');

    expect(c.periodes.every((p) => p.statut === 'passee')).toBe(true);
    expect(c.reconductionsEffectuees).toBe(c.reconductionsMax);
  });
});

describe('calendrierConvention : résiliation anticipée d’un commun accord', () => {
  const resiliee = avec({ resiliation: '2024-07-01' });

  it.each([
    ['2024-06-30', 'en-vigueur', true, '2024-06-30'],
    ['2024-07-01', 'resiliee', false, '2024-06-30'],
    ['2029-01-01', 'resiliee', false, '2024-06-30'],
  ] as const)('au %s : %s', (date, etat, enVigueur, finActuelle) => {
    const c = calendrierConvention(resiliee, date);

    expect(c.etat).toBe(etat);
    expect(c.enVigueur).toBe(enVigueur);
    expect(c.finActuelle).toBe(finActuelle);
  });

  it('écourte la période en cours et annule les reconductions suivantes', () => {
    const c = calendrierConvention(resiliee, '2025-01-01');

    expect(c.periodes.map((p) => [p.rang, p.fin, p.statut])).toEqual([
      [0, '2023-01-19', 'passee'],
      [1, '2024-01-19', 'passee'],
      [2, '2024-06-30', 'passee'],
      [3, '2026-01-19', 'annulee'],
      [4, '2027-01-19', 'annulee'],
      [5, '2028-01-19', 'annulee'],
    ]);
    expect(c.periodes[2]!.finPrevue).toBe('2025-01-19');
    expect(c.reconductionsEffectuees).toBe(2);
    expect(c.reconductionsRestantes).toBe(0);
  });

  it('une résiliation au premier jour d’une reconduction annule cette reconduction', () => {
    const c = calendrierConvention(avec({ resiliation: '2024-01-20' }), '2024-02-01');

    expect(c.periodes[1]!.fin).toBe('2024-01-19');
    expect(c.periodes[2]!.statut).toBe('annulee');
    expect(c.reconductionsEffectuees).toBe(1);
    expect(c.etat).toBe('resiliee');
  });

  it('une résiliation à venir laisse la convention en vigueur jusqu’à la veille', () => {
    const c = calendrierConvention(resiliee, '2024-03-01');

    expect(c.etat).toBe('en-vigueur');
    expect(c.finActuelle).toBe('2024-06-30');
    expect(c.reconductionsRestantes).toBe(0);
  });
});

describe('calendrierConvention : avenants', () => {
  it('listés par date, numérotés, signés ou non à la date de référence', () => {
    const c = calendrierConvention(
      avec({
        avenants: [
          { date: '2025-03-10', titre: 'Avenant n° 2', objet: 'Durée' },
          { date: '2023-06-13', titre: 'Avenant n° 1' },
          { date: '2026-12-01', titre: 'Avenant n° 3' },
        ],
      }),
      '2026-01-01',
    );

    expect(c.avenants.map((a) => [a.numero, a.date, a.titre, a.signe])).toEqual([
      [1, '2023-06-13', 'Avenant n° 1', true],
      [2, '2025-03-10', 'Avenant n° 2', true],
      [3, '2026-12-01', 'Avenant n° 3', false],
    ]);
    expect(c.avenants[1]!.objet).toBe('Durée');
  });
});

describe('verifierConvention', () => {
  const chemin = 'content/collectif.yaml';

  it('accepte des dates cohérentes', () => {
    expect(
      verifierConvention(
        chemin,
        avec({
          resiliation: '2025-01-01',
          avenants: [
            { date: '2022-01-20', titre: 'A' },
            { date: '2024-12-31', titre: 'B' },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    [{ resiliation: '2022-01-20' }, 'convention.resiliation', 'après la signature'],
    [{ resiliation: '2021-05-01' }, 'convention.resiliation', 'après la signature'],
    [{ resiliation: '2028-01-20' }, 'convention.resiliation', 'au plus tard le 2028-01-19'],
    [{ avenants: [{ date: '2021-12-01', titre: 'Avenant n° 1' }] }, 'convention.avenants[1].date', 'avant la signature'],
    [{ avenants: [{ date: '2028-01-20', titre: 'Avenant n° 1' }] }, 'convention.avenants[1].date', 'après la fin de la convention'],
    [
      {
        resiliation: '2024-07-01',
        avenants: [
          { date: '2024-01-01', titre: 'A' },
          { date: '2024-07-01', titre: 'B' },
        ],
      },
      'convention.avenants[2].date',
      'dernier jour en vigueur : 2024-06-30',
    ],
  ] as const)('refuse %j (%s)', (modif, champ, extrait) => {
    const problemes = verifierConvention(chemin, avec(modif as Partial<ParametresConvention>));

    expect(problemes).toHaveLength(1);
    expect(problemes[0]!.fichier).toBe(chemin);
    expect(problemes[0]!.champ).toBe(champ);
    expect(problemes[0]!.message).toContain(extrait);
  });
});
