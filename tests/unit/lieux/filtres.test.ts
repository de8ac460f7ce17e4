import { describe, expect, it } from 'vitest';
import { compter, correspond, FACETTES, indicesDuMasque, masqueBesoin, masquesDe, type Criteres, type LieuFiltrable } from '../../../src/lib/lieux/filtres.ts';
import { BESOINS } from '../../../src/lib/standard/valeurs.ts';

const f = (colonne: string) => FACETTES.findIndex((x) => x.colonne === colonne);
const SERVICES = f('services');
const PUBLICS = f('publics_specifiquement_adresses');
const FRAIS = f('frais_a_charge');

/** Criteria from `colonne: [values]`. */
function criteres(choix: Record<string, string[]>, communes: string[] = []): Criteres {
  const masques = masquesDe(choix as never);
  return { masques, communes };
}

function lieu(commune: string, colonnes: Record<string, string[]>): LieuFiltrable {
  return { commune, masques: masquesDe(colonnes as never) };
}

const LIEUX = {
  mediatheque: lieu('caen', { services: ['Aide aux démarches administratives'], publics_specifiquement_adresses: ['Seniors'], frais_a_charge: ['Gratuit'] }),
  franceServices: lieu('bayeux', {
    services: ['Aide aux démarches administratives', 'Insertion professionnelle via le numérique'],
    frais_a_charge: ['Gratuit'],
  }),
  fablab: lieu('caen', { services: ['Loisirs et créations numériques'], publics_specifiquement_adresses: ['Jeunes'], frais_a_charge: ['Payant'] }),
  ressourcerie: lieu('vire-normandie', { services: ['Acquisition de matériel informatique à prix solidaire'] }),
};
const TOUS = Object.values(LIEUX);
const noms = (retenus: LieuFiltrable[]) =>
  Object.entries(LIEUX)
    .filter(([, l]) => retenus.includes(l))
    .map(([n]) => n);

describe('les facettes', () => {
  it.each(FACETTES.map((x) => [x.parametre, x]))('%s : des slugs uniques et non vides, un par valeur', (_nom, facette) => {
    expect(facette.slugs).toHaveLength(facette.valeurs.length);
    expect(new Set(facette.slugs).size).toBe(facette.slugs.length);
    for (const slug of facette.slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('tiennent chacune dans un entier 32 bits', () => {
    for (const facette of FACETTES) expect(facette.valeurs.length).toBeLessThanOrEqual(31);
  });

  it('nomment les services par leur libellé court dans les adresses', () => {
    expect(FACETTES[SERVICES]!.slugs).toContain('demarches');
    expect(FACETTES[SERVICES]!.slugs).toContain('materiel-a-prix-solidaire');
  });

  it('chaque besoin regroupe des services, et les quatre besoins couvrent les neuf services', () => {
    const union = BESOINS.reduce((m, b) => m | masqueBesoin(b), 0);

    expect(indicesDuMasque(union)).toHaveLength(9);
    for (const b of BESOINS) expect(masqueBesoin(b)).not.toBe(0);
  });
});

describe('correspond : OU dans une facette, ET entre facettes', () => {
  it.each<[string, Record<string, string[]>, string[], string[]]>([
    ['rien de choisi : tout', {}, [], ['mediatheque', 'franceServices', 'fablab', 'ressourcerie']],
    ['un service', { services: ['Aide aux démarches administratives'] }, [], ['mediatheque', 'franceServices']],
    [
      'deux services : l’un ou l’autre',
      { services: ['Insertion professionnelle via le numérique', 'Loisirs et créations numériques'] },
      [],
      ['franceServices', 'fablab'],
    ],
    ['deux publics : l’un ou l’autre', { publics_specifiquement_adresses: ['Jeunes', 'Seniors'] }, [], ['mediatheque', 'fablab']],
    [
      'service et coût : les deux',
      { services: ['Aide aux démarches administratives', 'Loisirs et créations numériques'], frais_a_charge: ['Gratuit'] },
      [],
      ['mediatheque', 'franceServices'],
    ],
    ['un lieu sans la donnée ne correspond pas', { frais_a_charge: ['Gratuit', 'Payant'] }, [], ['mediatheque', 'franceServices', 'fablab']],
    ['une commune', {}, ['caen'], ['mediatheque', 'fablab']],
    ['deux communes : l’une ou l’autre', {}, ['caen', 'bayeux'], ['mediatheque', 'franceServices', 'fablab']],
    ['commune et public', { publics_specifiquement_adresses: ['Jeunes'] }, ['caen'], ['fablab']],
    ['aucun résultat', { publics_specifiquement_adresses: ['Femmes'] }, [], []],
  ])('%s', (_cas, choix, communes, attendus) => {
    const c = criteres(choix, communes);

    expect(noms(TOUS.filter((l) => correspond(l, c)))).toEqual(attendus);
  });
});

describe('compter : ce que donnerait chaque option', () => {
  it('compte les options d’une facette sans tenir compte de son propre choix', () => {
    const c = criteres({ publics_specifiquement_adresses: ['Seniors'] });

    const comptes = compter(TOUS, c);

    expect(comptes.total).toBe(1);
    // Ticking « Jeunes » too would add the fablab: the count of Jeunes is 1, Seniors 1.
    const publics = FACETTES[PUBLICS]!;
    expect(comptes.parFacette[PUBLICS]![publics.valeurs.indexOf('Jeunes')]).toBe(1);
    expect(comptes.parFacette[PUBLICS]![publics.valeurs.indexOf('Seniors')]).toBe(1);
    // Other facets are counted among the results only.
    const frais = FACETTES[FRAIS]!;
    expect(comptes.parFacette[FRAIS]![frais.valeurs.indexOf('Gratuit')]).toBe(1);
    expect(comptes.parFacette[FRAIS]![frais.valeurs.indexOf('Payant')]).toBe(0);
    expect(comptes.parCommune.get('caen')).toBe(1);
  });

  it('compte les communes comme une facette', () => {
    const comptes = compter(TOUS, criteres({}, ['bayeux']));

    expect(comptes.total).toBe(1);
    expect(Object.fromEntries(comptes.parCommune)).toEqual({ caen: 2, bayeux: 1, 'vire-normandie': 1 });
  });

  it('compte un besoin comme l’union de ses services', () => {
    const demarches = BESOINS.find((b) => b.id === 'demarches')!;
    const c = criteres({ services: ['Loisirs et créations numériques'], frais_a_charge: ['Gratuit'] });

    const comptes = compter(TOUS, c, undefined, [{ facette: SERVICES, masque: masqueBesoin(demarches) }]);

    // Free places offering « démarches » or « emploi »: the médiathèque and France Services, once each.
    expect(comptes.parGroupe).toEqual([2]);
    expect(comptes.total).toBe(0);
  });

  it('applique d’abord le filtre `retenu` (ouvert, rayon)', () => {
    const comptes = compter(TOUS, criteres({}), (i) => i !== 0);

    expect(comptes.total).toBe(3);
  });

  it('donne les mêmes résultats que correspond, option par option', () => {
    // Property: the count of an option is the number of results with that option as the facet's only choice.
    const c = criteres({ services: ['Aide aux démarches administratives'], frais_a_charge: ['Gratuit'] });
    const comptes = compter(TOUS, c);

    FACETTES.forEach((facette, fi) => {
      facette.valeurs.forEach((_v, bit) => {
        const sansLaFacette: Criteres = { masques: c.masques.map((m, k) => (k === fi ? 1 << bit : m)), communes: [] };
        const attendu = TOUS.filter((l) => correspond(l, sansLaFacette)).length;
        expect(comptes.parFacette[fi]![bit], `${facette.parametre}=${facette.slugs[bit]}`).toBe(attendu);
      });
    });
  });
});

describe('la facette de l’accessibilité', () => {
  it('l’accessibilité décrite est une facette : le lien vers la fiche Accès libre suffit', () => {
    const i = FACETTES.findIndex((x) => x.parametre === 'accessibilite');

    expect(masquesDe({ fiche_acces_libre: 'https://acceslibre.beta.gouv.fr/app/x/' })[i]).toBe(1);
    expect(masquesDe({})[i]).toBe(0);
  });
});
