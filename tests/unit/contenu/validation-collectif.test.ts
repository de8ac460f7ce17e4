import { describe, expect, it } from 'vitest';
import { chargerCollectif, chargerFichiers, chargerFichiersPublics } from '../../../src/lib/contenu/chargement.ts';
import { formaterProbleme, validerContenu } from '../../../src/lib/contenu/validation.ts';

// The valid fixture, then one change at a time: the rules of the convention reach the build's
// report, in French, naming content/collectif.yaml or the entry's file.
const RACINE = 'tests/unit/fixtures/valide';
const AUJOURDHUI = '2026-11-26';

function valider(modifier: (collectif: Record<string, any>, fichiers: ReturnType<typeof chargerFichiers>) => void) {
  const collectif = structuredClone(chargerCollectif(RACINE));
  const fichiers = structuredClone(chargerFichiers(RACINE));
  modifier(collectif.donnees as Record<string, any>, fichiers);
  return validerContenu({ collectif, fichiers, fichiersPublics: chargerFichiersPublics(RACINE), aujourdhui: AUJOURDHUI }).problemes.map(formaterProbleme);
}

describe('validation du contenu : règles de la convention', () => {
  it('le contenu de référence est valide', () => {
    expect(valider(() => {})).toEqual([]);
  });

  it.each([
    [
      'résiliation avant la signature',
      (c: Record<string, any>) => (c['convention'].resiliation = '2021-12-31'),
      'content/collectif.yaml › convention.resiliation : la résiliation (2021-12-31) doit prendre effet après la signature',
    ],
    [
      'avenant antérieur à la signature',
      (c: Record<string, any>) => (c['convention'].avenants = [{ date: '2020-01-01', titre: 'Avenant n° 1' }]),
      'content/collectif.yaml › convention.avenants[1].date : l’avenant Avenant n° 1 est daté du 2020-01-01, avant la signature',
    ],
    [
      'binôme d’un seul membre',
      (c: Record<string, any>) => (c['animateurs'] = [{ annee: 2026, membres: ['ville-de-caen'] }]),
      'content/collectif.yaml › animateurs[1].membres : le secrétariat 2026 doit compter exactement deux membres différents',
    ],
    [
      'animateur sorti du collectif',
      (c: Record<string, any>) => (c['animateurs'] = [{ annee: 2026, membres: ['ville-de-caen', 'ancien-membre'] }]),
      "content/collectif.yaml › animateurs[1].membres[2] : « ancien-membre » n'est pas membre du collectif le 2026-01-01 (adhésion le 2022-01-20, sortie le 2024-06-30)",
    ],
  ])('%s', (_cas, modifier, debut) => {
    const problemes = valider(modifier);

    expect(problemes).toHaveLength(1);
    expect(problemes[0]).toContain(debut);
  });

  it('un membre nommé « liste » est refusé : son adresse est celle de la liste imprimable', () => {
    const problemes = valider((_c, fichiers) => {
      const membre = fichiers.find((f) => f.chemin.endsWith('/asso-test.md'))!;
      fichiers.push({ ...membre, chemin: 'content/membres/liste.md' });
    });

    expect(problemes).toEqual([expect.stringContaining('content/membres/liste.md › nom du fichier : « liste » est réservé à la page /membres/liste/')]);
  });
});
