import { describe, expect, it } from 'vitest';
import { aUnCompteRendu } from '../../../src/lib/collectif/agenda.ts';
import { productionsGroupe } from '../../../src/lib/collectif/productions.ts';

const reunion = (id: string, groupe: string | undefined, jour: string, body = '') => ({
  id,
  body,
  data: { groupe, debut: `${jour}T09:30`, fin: `${jour}T12:00` },
});
const ressources = new Map([
  ['guide', { id: 'guide' }],
  ['fiche', { id: 'fiche' }],
  ['autre-groupe', { id: 'autre-groupe' }],
]);
const reunions = [
  reunion('ancienne', 'aidants', '2026-03-12', 'Compte rendu…'),
  reunion('recente', 'aidants', '2026-09-17', '\n## Présents\n…'),
  reunion('sans-compte-rendu', 'aidants', '2026-06-11', '  \n'),
  reunion('a-venir', 'aidants', '2026-12-10', 'Ordre du jour détaillé'),
  reunion('autre', 'annuaire', '2026-05-05', 'Compte rendu d’un autre groupe'),
  reunion('pleniere', undefined, '2026-01-22', 'Compte rendu de la plénière'),
];
const groupe = { id: 'aidants', data: { livrables: ['fiche', 'guide', 'supprimee'] } };

describe('productionsGroupe : ce qu’un groupe a produit', () => {
  it('livrables dans l’ordre du groupe, comptes rendus publiés de ses réunions passées, le plus récent d’abord', () => {
    const p = productionsGroupe(groupe, ressources, reunions, '2026-12-02');

    expect(p.livrables.map((r) => r.id)).toEqual(['fiche', 'guide']);
    expect(p.comptesRendus.map((r) => r.id)).toEqual(['recente', 'ancienne']);
  });

  it('une réunion à venir n’est pas une production, même si son fichier a déjà un texte', () => {
    expect(productionsGroupe(groupe, ressources, reunions, '2026-09-17').comptesRendus.map((r) => r.id)).toEqual(['ancienne']);
  });

  it('un groupe sans livrable ni réunion n’a rien produit', () => {
    expect(productionsGroupe({ id: 'nouveau', data: { livrables: [] } }, ressources, reunions, '2026-12-02')).toEqual({ livrables: [], comptesRendus: [] });
  });
});

describe('aUnCompteRendu', () => {
  it.each([
    ['', false],
    ['  \n\t', false],
    [undefined, false],
    ['## Relevé de décisions', true],
  ])('corps %j → %s', (body, attendu) => {
    expect(aUnCompteRendu({ body })).toBe(attendu);
  });
});
