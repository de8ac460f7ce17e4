import { describe, expect, it } from 'vitest';
import { toutesLesCommunes } from '../../../src/lib/territoire/communes.ts';
import { distanceKm, type Commune } from '../../../src/lib/territoire/geo.ts';
import {
  distanceEdition,
  libelleCommune,
  normaliser,
  proposerCommunes,
  rechercherCommunes,
  resoudreOu,
  trierParDistance,
  type CommuneGazetteer,
} from '../../../src/lib/territoire/localisation.ts';
import { communeDuLieu, construireRepertoire } from '../../../src/lib/territoire/repertoire-communes.ts';

const CALVADOS = construireRepertoire(toutesLesCommunes(), '14');
const MANCHE = construireRepertoire(toutesLesCommunes(), '50');
const noms = (communes: CommuneGazetteer[]) => communes.map((c) => c.nom);

describe('normaliser', () => {
  it.each([
    ['Saint-Lô', 'saint lo'],
    ['St Lô', 'saint lo'],
    ['  SAINTE-MÈRE-ÉGLISE ', 'sainte mere eglise'],
    ['Ste-Honorine', 'sainte honorine'],
    ['L’Œuvre', 'l oeuvre'],
    ['Vire Normandie', 'vire normandie'],
  ])('%s → %s', (texte, attendu) => {
    expect(normaliser(texte)).toBe(attendu);
  });
});

describe('construireRepertoire', () => {
  it('prend les communes du département et leurs communes déléguées', () => {
    const caen = CALVADOS.communes.find((c) => c.insee === '14118');

    expect(caen).toMatchObject({ nom: 'Caen', slug: 'caen' });
    expect(CALVADOS.communes.every((c) => c.insee.startsWith('14'))).toBe(true);
    expect(CALVADOS.gazetteer.length).toBeGreaterThan(CALVADOS.communes.length);
    expect(CALVADOS.gazetteer.find((c) => c.nom === 'Airan')).toMatchObject({ communeNouvelle: 'Valambray', insee: '14005' });
  });

  it('donne des slugs uniques, avec le code INSEE pour les homonymes du département', () => {
    for (const repertoire of [CALVADOS, MANCHE]) {
      const slugs = repertoire.gazetteer.map((c) => c.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
    // No two communes of one département share a slug today; the rule is there for tomorrow.
    const commune = (insee: string, nom: string): Commune => ({
      insee,
      departement: '99',
      nom,
      codesPostaux: ['99000'],
      latitude: 0,
      longitude: 0,
      superficieKm2: 1,
      type: 'COM',
      population: 1,
    });
    const homonymes = construireRepertoire([commune('99001', 'Saint-Martin'), commune('99002', 'Saint Martin'), commune('99003', 'Vire')], '99').communes;
    expect(homonymes.map((c) => c.slug).sort()).toEqual(['saint-martin-99001', 'saint-martin-99002', 'vire']);
  });
});

describe('communeDuLieu', () => {
  it.each([
    ['par le code INSEE', { commune: 'Caen la mer', code_postal: '14000', code_insee: '14118' }, 'caen', 'Caen'],
    ['par le nom', { commune: 'Bayeux', code_postal: '14400' }, 'bayeux', 'Bayeux'],
    ['par le nom écrit autrement', { commune: 'HONFLEUR', code_postal: '14600' }, 'honfleur', 'Honfleur'],
    ['par une commune déléguée', { commune: 'Airan', code_postal: '14370' }, 'valambray', 'Valambray'],
    ['hors répertoire : gardée telle quelle', { commune: 'Ville Imaginaire', code_postal: '14999' }, 'ville-imaginaire', 'Ville Imaginaire'],
  ])('%s', (_cas, lieu, slug, nom) => {
    const commune = communeDuLieu(lieu, CALVADOS);

    expect(commune.slug).toBe(slug);
    expect(commune.nom).toBe(nom);
  });
});

describe('rechercherCommunes', () => {
  const gazetteer = CALVADOS.gazetteer;

  it.each([
    ['un nom exact en premier', 'Bayeux', 'Bayeux'],
    ['sans accent ni majuscule', 'lisieux', 'Lisieux'],
    ['le début d’un nom', 'hon', 'Honfleur'],
    ['un code postal', '14400', 'Bayeux'],
    ['le début d’un code postal, la plus peuplée d’abord', '140', 'Caen'],
    ['« st » pour saint', 'st pierre en auge', 'Saint-Pierre-en-Auge'],
  ])('%s (%s → %s)', (_cas, saisie, premier) => {
    expect(noms(rechercherCommunes(gazetteer, saisie))[0]).toBe(premier);
  });

  it('limite le nombre de propositions', () => {
    expect(rechercherCommunes(gazetteer, 'saint', 5)).toHaveLength(5);
  });

  it.each([[''], ['   '], ['zzzz'], ['99999'], ['---']])('ne propose rien pour %j', (saisie) => {
    expect(rechercherCommunes(gazetteer, saisie)).toEqual([]);
  });

  it('tous les résultats d’un code postal ont ce code', () => {
    const resultats = rechercherCommunes(gazetteer, '14400', 50);

    expect(resultats.length).toBeGreaterThan(1);
    for (const c of resultats) expect(c.codesPostaux).toContain('14400');
  });

  it('libelle une commune déléguée', () => {
    expect(libelleCommune(gazetteer.find((c) => c.nom === 'Airan')!)).toBe('Airan (14190, 14370, 14540), commune déléguée de Valambray');
  });
});

describe('une recherche de commune qui pardonne', () => {
  const gazetteer = CALVADOS.gazetteer;

  it.each([
    ['le nom puis le code postal', 'Bayeux 14400', 'Bayeux', false],
    ['le code postal puis le nom', '14400 Bayeux', 'Bayeux', false],
    ['le libellé des propositions, code entre parenthèses', 'Lisieux (14100)', 'Lisieux', false],
    ['une faute de frappe', 'lizieux', 'Lisieux', true],
    ['deux lettres inversées', 'lisiuex', 'Lisieux', true],
    ['sans tiret, sans majuscule', 'saint pierre en auge', 'Saint-Pierre-en-Auge', false],
    ['« St » abrégé, avec tirets', 'St-Pierre-en-Auge', 'Saint-Pierre-en-Auge', false],
    ['un quartier après le nom', 'Caen centre', 'Caen', true],
    ['l’ancien nom d’une commune déléguée', 'Saint-Pierre-sur-Dives', 'Saint-Pierre-sur-Dives', false],
    ['l’ancien nom, mal écrit', 'st pierre sur dive', 'Saint-Pierre-sur-Dives', false],
    ['le libellé d’une commune déléguée', 'Airan (14190, 14370, 14540), commune déléguée de Valambray', 'Airan', true],
    ['le nom d’une commune déléguée', 'Vire', 'Vire', false],
  ])('%s (%s → %s)', (_cas, saisie, premier, approchee) => {
    const propositions = proposerCommunes(gazetteer, saisie);

    expect(noms(propositions.communes)[0]).toBe(premier);
    expect(propositions.approchee).toBe(approchee);
  });

  it('une commune déléguée mène à la commune dont elle fait partie', () => {
    expect(proposerCommunes(gazetteer, 'Saint-Pierre-sur-Dives').communes[0]?.communeNouvelle).toBe('Saint-Pierre-en-Auge');
    expect(proposerCommunes(gazetteer, 'Vire').communes.map((c) => c.nom)).toContain('Vire Normandie');
  });

  it('le code postal tapé fait passer devant les communes qui l’ont', () => {
    const communes = rechercherCommunes(gazetteer, 'saint 14140', 20);

    expect(communes.length).toBeGreaterThan(1);
    expect(communes[0]!.codesPostaux.some((cp) => cp === '14140')).toBe(true);
  });

  it('en cours de frappe, le début du nom mal écrit suffit', () => {
    expect(noms(rechercherCommunes(gazetteer, 'lizie'))).toContain('Lisieux');
  });

  it.each([['Paris'], ['Marseille'], ['zzzzzz'], ['ife']])('ne propose rien de loin pour %j', (saisie) => {
    expect(rechercherCommunes(gazetteer, saisie)).toEqual([]);
  });

  it('distanceEdition', () => {
    expect(distanceEdition('lizieux', 'lisieux', 2)).toBe(1);
    expect(distanceEdition('lisiuex', 'lisieux', 2)).toBe(1);
    expect(distanceEdition('caen', 'caen', 0)).toBe(0);
    expect(distanceEdition('paris', 'lisieux', 2)).toBe(3);
  });
});

describe('resoudreOu', () => {
  const gazetteer = CALVADOS.gazetteer;

  it.each([
    ['un slug de commune', { commune: 'bayeux' }, 'Bayeux (14400)'],
    ['un code postal tapé', { texte: '14400' }, 'Bayeux (14400)'],
    ['un nom tapé', { texte: 'honfleur' }, 'Honfleur (14600)'],
    ['un slug inconnu lu comme un texte', { commune: 'honfl' }, 'Honfleur (14600)'],
    ['une position', { latitude: 49.18, longitude: -0.37 }, 'votre position'],
  ])('%s', (_cas, ou, libelle) => {
    expect(resoudreOu(gazetteer, ou)?.libelle).toBe(libelle);
  });

  it.each([
    ['Bayeux 14400', 'Bayeux', undefined],
    ['14400 Bayeux', 'Bayeux', undefined],
    ['Lisieux (14100)', 'Lisieux', undefined],
    ['lizieux', 'Lisieux', 'lizieux'],
    ['saint pierre en auge', 'Saint-Pierre-en-Auge', undefined],
    ['St-Pierre-en-Auge', 'Saint-Pierre-en-Auge', undefined],
    ['Caen centre', 'Caen', 'Caen centre'],
    ['Saint-Pierre-sur-Dives', 'Saint-Pierre-sur-Dives', undefined],
  ])('le texte %j mène à %s', (texte, nom, approchee) => {
    const position = resoudreOu(gazetteer, { texte });

    expect(position?.commune?.nom).toBe(nom);
    expect(position?.approchee).toBe(approchee);
  });

  it('ne trouve rien pour un texte sans commune', () => {
    expect(resoudreOu(gazetteer, { texte: 'Paris' })).toBeUndefined();
  });
});

describe('trierParDistance', () => {
  const caen = { latitude: 49.1829, longitude: -0.3707 };
  const lieux = [
    { nom: 'Lisieux', latitude: 49.1466, longitude: 0.2252 },
    { nom: 'sans position' },
    { nom: 'Bayeux', latitude: 49.2764, longitude: -0.7024 },
    { nom: 'Caen', latitude: 49.1829, longitude: -0.3707 },
    { nom: 'Caen bis', latitude: 49.1829, longitude: -0.3707 },
  ];
  const tous = lieux.map((_, i) => i);

  it('trie du plus proche au plus loin, à égalité dans l’ordre reçu, sans position en dernier', () => {
    const { indices, distances } = trierParDistance(lieux, caen, tous);

    expect(indices.map((i) => lieux[i]!.nom)).toEqual(['Caen', 'Caen bis', 'Bayeux', 'Lisieux', 'sans position']);
    expect(distances[3]).toBe(0);
    expect(distances[2]).toBeCloseTo(distanceKm(caen.latitude, caen.longitude, 49.2764, -0.7024), 6);
  });

  it.each([
    [1, ['Caen', 'Caen bis']],
    [30, ['Caen', 'Caen bis', 'Bayeux']],
    [50, ['Caen', 'Caen bis', 'Bayeux', 'Lisieux']],
  ])('dans un rayon de %i km', (rayon, attendus) => {
    expect(trierParDistance(lieux, caen, tous, rayon).indices.map((i) => lieux[i]!.nom)).toEqual(attendus);
  });

  it('trie d’abord par rang (les lieux qui accueillent le public avant les autres), puis par distance', () => {
    const rang = (i: number) => (lieux[i]!.nom === 'Caen' ? 2 : lieux[i]!.nom === 'Bayeux' ? 1 : 0);

    expect(trierParDistance(lieux, caen, tous, undefined, rang).indices.map((i) => lieux[i]!.nom)).toEqual([
      'Caen bis',
      'Lisieux',
      'sans position',
      'Bayeux',
      'Caen',
    ]);
  });

  it('ne garde que les indices donnés (les autres filtres)', () => {
    expect(trierParDistance(lieux, caen, [0, 2]).indices).toEqual([2, 0]);
  });
});
