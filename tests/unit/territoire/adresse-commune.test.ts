import { describe, expect, it } from 'vitest';
import { toutesLesCommunes } from '../../../src/lib/territoire/communes.ts';
import { indexerCommunes, problemesAdresse } from '../../../src/lib/territoire/adresse-commune.ts';

const GUYANE = indexerCommunes(toutesLesCommunes(), '973');
const CREUSE = indexerCommunes(toutesLesCommunes(), '23');
const SSD = indexerCommunes(toutesLesCommunes(), '93');
const MAYOTTE = indexerCommunes(toutesLesCommunes(), '976');
const CALVADOS = indexerCommunes(toutesLesCommunes(), '14');

describe('commune, code postal et code INSEE d’un lieu', () => {
  it.each([
    [GUYANE, { commune: 'Cayenne', code_postal: '97300' }],
    [GUYANE, { commune: 'Kourou', code_postal: '97310', code_insee: '97304' }],
    [GUYANE, { commune: 'saint georges', code_postal: '97313' }],
    [MAYOTTE, { commune: 'Mamoudzou', code_postal: '97605' }],
    // The delegated commune of a commune nouvelle, with its postcode.
    [CALVADOS, { commune: 'Vire', code_postal: '14500' }],
    [CALVADOS, { commune: 'Vire Normandie', code_postal: '14500', code_insee: '14762' }],
    [SSD, { commune: 'Saint-Denis', code_postal: '93200' }],
  ])('accepte un lieu cohérent (%#)', (index, lieu) => {
    expect(problemesAdresse(lieu, index, 'X')).toEqual([]);
  });

  it('refuse un nom qui n’est pas une commune et propose la plus proche', () => {
    expect(problemesAdresse({ commune: 'Saint-Vaury  Numéro de téléphone', code_postal: '23320' }, CREUSE, 'Creuse (23)')).toEqual([
      {
        champ: 'commune',
        message: "« Saint-Vaury  Numéro de téléphone » n'est pas une commune du département Creuse (23) ; vouliez-vous dire « Saint-Vaury » ?",
      },
    ]);
    expect(problemesAdresse({ commune: 'Kouru', code_postal: '97310' }, GUYANE, 'Guyane (973)')[0]?.message).toMatch(/vouliez-vous dire « Kourou » \?$/);
  });

  it('refuse un code postal qui n’existe pas, en donnant celui de la commune', () => {
    expect(problemesAdresse({ commune: 'Cayenne', code_postal: '97399' }, GUYANE, 'Guyane (973)')).toEqual([
      { champ: 'code_postal', message: "le code postal 97399 n'existe pas ; pour Cayenne : 97300" },
    ]);
  });

  it('refuse un code postal d’un autre département', () => {
    expect(problemesAdresse({ commune: 'Saint-Denis', code_postal: '75015' }, SSD, 'Seine-Saint-Denis (93)')).toEqual([
      {
        champ: 'code_postal',
        message:
          'le code postal 75015 est celui de Paris 15e Arrondissement (75), hors du département Seine-Saint-Denis (93) ; pour Saint-Denis : 93200, 93210',
      },
    ]);
  });

  it('refuse un code postal du département qui n’est pas celui de la commune, en nommant la sienne', () => {
    expect(problemesAdresse({ commune: 'Kourou', code_postal: '97300' }, GUYANE, 'Guyane (973)')).toEqual([
      { champ: 'code_postal', message: "le code postal 97300 n'est pas celui de Kourou (97310) mais de Cayenne : corrigez le code postal ou la commune" },
    ]);
  });

  it('refuse un code INSEE d’un autre département ou d’une autre commune', () => {
    expect(problemesAdresse({ commune: 'Kourou', code_postal: '97310', code_insee: '14118' }, GUYANE, 'Guyane (973)')).toEqual([
      { champ: 'code_insee', message: 'le code INSEE 14118 est celui de Caen (14), hors du département Guyane (973) ; pour Kourou : 97304' },
    ]);
    expect(problemesAdresse({ commune: 'Kourou', code_postal: '97310', code_insee: '97302' }, GUYANE, 'Guyane (973)')).toEqual([
      { champ: 'code_insee', message: 'le code INSEE 97302 est celui de Cayenne, pas de Kourou (97304)' },
    ]);
  });
});
