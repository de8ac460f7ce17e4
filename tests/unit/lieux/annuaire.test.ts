import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cheminPage,
  communesProches,
  construireAnnuaire,
  fichierContacts,
  fichierPoints,
  ErreurAnnuaire,
  lieuxDuService,
  paginer,
  slugCourtService,
  slugService,
  valeursPresentes,
} from '../../../src/lib/lieux/annuaire.ts';
import { toutesLesCommunes } from '../../../src/lib/territoire/communes.ts';
import { FACETTES } from '../../../src/lib/lieux/filtres.ts';
import {
  ajouterContacts,
  decoderFacettes,
  decoderId,
  decoderNom,
  decoderPoints,
  encoderFacettes,
  encoderId,
  encoderNom,
} from '../../../src/lib/lieux/points.ts';
import { schemaLieu, type LieuSaisi } from '../../../src/lib/contenu/schemas/lieu.ts';
import { contexteLieu } from '../../../src/lib/contenu/validation.ts';

const AUJOURDHUI = '2026-06-01';
const schema = schemaLieu(contexteLieu({ departement: { code: '14', nom: 'Calvados' } } as never, AUJOURDHUI));

// A place whose commune is unknown is refused by the schema; the directory must still keep it
// when built from unchecked entries: it is parsed without the département's gazetteer.
const schemaSansCommunes = schemaLieu({ communes: [], nomDepartement: '', aujourdhui: AUJOURDHUI });

function lieu(donnees: Record<string, unknown>, s: typeof schema = schema): { id: string; data: LieuSaisi } {
  const base = { pivot: '21140118500017', code_postal: '14000', adresse: '1 rue de Test', date_maj: '2026-01-01' };
  const data = s.parse({ ...base, ...donnees });
  return { id: data.id, data };
}

const ENTREES = [
  lieu({
    id: 'mediatheque-caen',
    nom: 'Médiathèque de Caen',
    commune: 'Caen',
    code_insee: '14118',
    latitude: 49.1829,
    longitude: -0.3707,
    typologie: ['BIB'],
    horaires: 'Mo-Fr 09:00-17:00; PH off',
    services: ['Aide aux démarches administratives'],
    frais_a_charge: ['Gratuit'],
  }),
  lieu({
    id: 'bus-numerique',
    nom: 'Bus numérique',
    commune: 'Bayeux',
    code_postal: '14400',
    itinerance: ['Itinérant'],
    services: ['Accès internet et matériel informatique'],
  }),
  lieu({
    id: 'france-services-vire',
    nom: 'France Services',
    commune: 'Vire Normandie',
    code_postal: '14500',
    latitude: 48.8387,
    longitude: -0.8893,
    typologie: ['RFS', 'MUNI'],
    horaires: 'Mo-Fr 09:00-17:00; PH off',
    formations_labels: ['Formé à « Mon Espace Santé »'],
  }),
  lieu({ id: 'atelier-inconnu', nom: 'Atelier', commune: 'Ville Imaginaire', code_postal: '14999', horaires: 'Sa 10:00-12:00' }, schemaSansCommunes),
];
const OPTIONS = { departement: '14', communes: toutesLesCommunes(), aujourdhui: AUJOURDHUI };

describe('construireAnnuaire', () => {
  const annuaire = construireAnnuaire(ENTREES, OPTIONS);

  it('trie les lieux par nom', () => {
    expect(annuaire.lieux.map((l) => l.id)).toEqual(['atelier-inconnu', 'bus-numerique', 'france-services-vire', 'mediatheque-caen']);
  });

  it('donne les valeurs que porte au moins un lieu, pour n’offrir que celles-là', () => {
    const presentes = valeursPresentes(annuaire.lieux);
    const labels = FACETTES.findIndex((f) => f.colonne === 'formations_labels');
    const frais = FACETTES.findIndex((f) => f.colonne === 'frais_a_charge');

    expect(presentes[labels]).toBe(1 << FACETTES[labels]!.valeurs.indexOf('Formé à « Mon Espace Santé »'));
    expect(presentes[frais]).toBe(1 << FACETTES[frais]!.valeurs.indexOf('Gratuit'));
  });

  it('met après les autres un lieu qui n’accueille pas de public', () => {
    const siege = lieu({ id: 'aaa-siege', nom: 'Aaa siège', commune: 'Caen', code_insee: '14118', modalites_acces: ["Ce lieu n'accueille pas de public"] });

    expect(
      construireAnnuaire([siege, ...ENTREES], OPTIONS)
        .lieux.map((l) => l.id)
        .at(-1),
    ).toBe('aaa-siege');
  });

  it('rattache chaque lieu à sa commune', () => {
    expect(annuaire.lieux.map((l) => l.commune.slug)).toEqual(['ville-imaginaire', 'bayeux', 'vire-normandie', 'caen']);
    expect(annuaire.communes.map((c) => `${c.commune.nom} (${c.lieux.length})`)).toEqual([
      'Bayeux (1)',
      'Caen (1)',
      'Ville Imaginaire (1)',
      'Vire Normandie (1)',
    ]);
  });

  it('mène le nom de commune écrit autrement vers la page de la commune', () => {
    const autre = construireAnnuaire(
      [
        ...ENTREES,
        lieu({ id: 'caen-la-mer', nom: 'Point numérique', commune: 'Caen la mer', code_insee: '14118', horaires: 'Sa 10:00-12:00' }, schemaSansCommunes),
      ],
      OPTIONS,
    );

    expect(autre.aliasCommunes.get('caen-la-mer')).toBe('caen');
    expect(annuaire.aliasCommunes.size).toBe(0);
  });

  it('place un lieu sans coordonnées au centre de sa commune, en le disant', () => {
    const bus = annuaire.lieux.find((l) => l.id === 'bus-numerique')!;
    const inconnu = annuaire.lieux.find((l) => l.id === 'atelier-inconnu')!;

    expect(bus.position).toMatchObject({ approximative: true });
    expect(bus.position!.latitude).toBeCloseTo(49.27, 1);
    expect(inconnu.position).toBeUndefined();
  });

  it('écrit les typologies en mots', () => {
    expect(annuaire.lieux.find((l) => l.id === 'france-services-vire')!.typologie).toBe('France Services, Mairie, municipalité');
  });

  it('compile une seule fois des horaires identiques', () => {
    const [caen, vire] = ['mediatheque-caen', 'france-services-vire'].map((id) => annuaire.lieux.find((l) => l.id === id)!);

    expect(annuaire.horaires).toHaveLength(3); // null, the office hours, the Saturday
    expect(caen!.indexHoraires).toBe(vire!.indexHoraires);
    expect(caen!.horaires).toBe(vire!.horaires);
    expect(annuaire.lieux.find((l) => l.id === 'bus-numerique')!.indexHoraires).toBe(0);
  });

  it('donne les communes proches qui ont des lieux, de la plus proche à la plus loin', () => {
    const caen = annuaire.communes.find((c) => c.commune.slug === 'caen')!;

    const proches = communesProches(caen, annuaire.communes);

    expect(proches.map((p) => p.slug)).toEqual(['bayeux', 'vire-normandie']); // « Ville Imaginaire » has no position
    expect(proches[0]!.km).toBeGreaterThan(20);
    expect(proches[0]!.km).toBeLessThan(proches[1]!.km);
  });

  it('liste les lieux d’un service', () => {
    expect(lieuxDuService(annuaire, 0).map((l) => l.id)).toEqual(['mediatheque-caen']);
    expect(slugService(0)).toBe('aide-aux-demarches-administratives');
    expect(slugCourtService(0)).toBe('demarches');
  });

  it.each(['commune', 'service', 'page', 'points', 'communes'])('refuse l’identifiant réservé « %s » avec un message en français', (id) => {
    const entree = { ...lieu({ id: 'x', nom: 'X', commune: 'Caen' }), id, filePath: `content/lieux/${id}.md` };

    expect(() => construireAnnuaire([entree], OPTIONS)).toThrow(ErreurAnnuaire);
    expect(() => construireAnnuaire([entree], OPTIONS)).toThrow(`content/lieux/${id}.md › id : « ${id} » est réservé`);
  });
});

describe('paginer', () => {
  it.each([
    [0, 50, [0]],
    [1, 50, [1]],
    [50, 50, [50]],
    [51, 50, [50, 1]],
    [120, 50, [50, 50, 20]],
  ])('%i éléments par pages de %i → %j', (n, taille, tailles) => {
    const pages = paginer(
      Array.from({ length: n }, (_, i) => i),
      taille,
    );

    expect(pages.map((p) => p.elements.length)).toEqual(tailles);
    expect(pages.map((p) => p.numero)).toEqual(tailles.map((_, i) => i + 1));
    expect(pages.every((p) => p.total === tailles.length)).toBe(true);
    expect(pages.map((p) => p.premier)).toEqual(tailles.map((_, i) => i * taille + 1));
  });

  it.each([
    ['/lieux/', 1, '/lieux/'],
    ['/lieux/', 2, '/lieux/page/2/'],
    ['/lieux/commune/caen/', 3, '/lieux/commune/caen/page/3/'],
  ])('cheminPage(%s, %i) → %s', (base, numero, attendu) => {
    expect(cheminPage(base, numero)).toBe(attendu);
  });
});

describe('points : format compact', () => {
  it.each([
    ['mediatheque-de-caen', 'Médiathèque de Caen', 'Caen', ''],
    ['mediatheque-caen', 'Médiathèque de Caen', 'Caen', '~AC'],
    ['mediatheque-de-caen-2', 'Médiathèque de Caen', 'Caen', '~ABC-2'],
    ['atelier-numerique-plateau-colombelles', 'Atelier numérique du Plateau', 'Colombelles', '~ABDE'],
    ['france-services-vire', 'France Services', 'Vire Normandie', '~ABC'],
    ['bus-14', 'Bus numérique', 'Bayeux', '~A-14'],
    ['ab', 'Abeille', 'Caen', 'ab'], // no shorter than the id itself
    ['x', '???', 'Caen', 'x'],
    ['espace-caen-2-nord', 'Espace numérique', 'Caen', '~AC-2-nord'],
  ])('l’identifiant %s de « %s » à %s s’écrit %j', (id, nom, commune, code) => {
    expect(encoderId(id, nom, commune)).toBe(code);
    expect(decoderId(code, nom, commune)).toBe(id);
  });

  it.each([
    ['Médiathèque de Caen', 'Caen', 'Médiathèque de ¤1'],
    ['France Services Vire Normandie', 'Vire Normandie', 'France Services ¤1'],
    ['Atelier du Plateau', 'Colombelles', 'Atelier du Plateau'],
    ['Espace ¤ de Caen', 'Caen', 'Espace ¤0 de ¤1'],
    ['Caen¤', 'Caen', '¤1¤0'],
    ['¤1 Caen', 'Caen', '¤01 ¤1'],
  ])('le nom « %s » à %s s’écrit %j', (nom, commune, code) => {
    expect(encoderNom(nom, commune)).toBe(code);
    expect(decoderNom(code, commune)).toBe(nom);
  });

  it('un nom quelconque fait l’aller-retour, quelle que soit la commune', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('¤', '0', '1', 'a', 'C', ' ') }),
        fc.string({ unit: fc.constantFrom('a', 'C', '1', ' ', '¤') }),
        (nom, commune) => {
          expect(decoderNom(encoderNom(nom, commune), commune)).toBe(nom);
        },
      ),
    );
  });

  it('un identifiant quelconque fait l’aller-retour, quels que soient le nom et la commune', () => {
    const mot = fc.stringMatching(/^[a-z0-9]{1,8}$/);
    const identifiant = fc.array(mot, { minLength: 1, maxLength: 6 }).map((m) => m.join('-'));
    fc.assert(
      fc.property(identifiant, fc.string(), fc.string(), (id, nom, commune) => {
        expect(decoderId(encoderId(id, nom, commune), nom, commune)).toBe(id);
      }),
    );
  });

  it('les facettes font l’aller-retour, quelles que soient les valeurs', () => {
    const masques = fc.tuple(...FACETTES.map((f) => fc.integer({ min: 0, max: 2 ** f.valeurs.length - 1 })));
    fc.assert(
      fc.property(masques, (m) => {
        expect(decoderFacettes(encoderFacettes(m))).toEqual(m);
      }),
    );
    expect(encoderFacettes(FACETTES.map(() => 0))).toBe('');
  });

  it('l’annuaire fait l’aller-retour', () => {
    const annuaire = construireAnnuaire(ENTREES, OPTIONS);
    const fichier = fichierPoints(annuaire);

    const points = decoderPoints(JSON.parse(JSON.stringify(fichier)));

    expect(points.lieux.map((p) => p.id)).toEqual(annuaire.lieux.map((l) => l.id));
    expect(points.lieux.map((p) => p.masques)).toEqual(annuaire.lieux.map((l) => l.masques));
    expect(points.lieux.map((p) => p.communeSlug)).toEqual(annuaire.lieux.map((l) => l.commune.slug));
    expect(points.lieux.map((p) => p.typologie)).toEqual(annuaire.lieux.map((l) => l.typologie));
    expect(points.lieux.map((p) => p.approximative)).toEqual(annuaire.lieux.map((l) => l.position?.approximative ?? true));
    annuaire.lieux.forEach((l, i) => {
      if (!l.position) return expect(points.lieux[i]!.latitude).toBeUndefined();
      expect(Math.abs(points.lieux[i]!.latitude! - l.position.latitude)).toBeLessThanOrEqual(0.00005);
      expect(Math.abs(points.lieux[i]!.longitude! - l.position.longitude)).toBeLessThanOrEqual(0.00005);
    });
    expect(points.horaires[points.lieux[3]!.horaires]?.r).toBe('Du lundi au vendredi : 9 h 00 – 17 h 00 ; fermé les jours fériés');
  });

  it('adresse, code postal, téléphone et fiche acceslibre font l’aller-retour, en peu d’octets', () => {
    const acces = 'https://acceslibre.beta.gouv.fr/app/14-caen/a/bibliotheque/erp/mediatheque/';
    const entrees = [
      lieu({
        id: 'a',
        nom: 'A',
        commune: 'Aurseulles',
        code_postal: '14240',
        adresse: '1 place de la Gare',
        telephone: '02 31 12 34 56',
        fiche_acces_libre: acces,
      }),
      lieu({ id: 'b', nom: 'B', commune: 'Aurseulles', code_postal: '14240', adresse: '2 rue Basse' }),
      lieu({ id: 'c', nom: 'C', commune: 'Aurseulles', code_postal: '14250', adresse: '3 rue Haute', telephone: '+262 262 12 34 56' }),
    ];
    const annuaire = construireAnnuaire(entrees, OPTIONS);
    const fichier = fichierContacts(annuaire);

    const points = decoderPoints(JSON.parse(JSON.stringify(fichierPoints(annuaire))));
    ajouterContacts(points, JSON.parse(JSON.stringify(fichier)));

    expect(points.lieux.map(({ adresse, codePostal, telephone, ficheAccesLibre }) => ({ adresse, codePostal, telephone, ficheAccesLibre }))).toEqual([
      { adresse: '1 place de la Gare', codePostal: '14240', telephone: '+33231123456', ficheAccesLibre: acces },
      { adresse: '2 rue Basse', codePostal: '14240', telephone: undefined, ficheAccesLibre: undefined },
      { adresse: '3 rue Haute', codePostal: '14250', telephone: '+262262123456', ficheAccesLibre: undefined },
    ]);
    // The commune's postcode is not repeated, nor +33, nor acceslibre's address.
    expect(fichier.codesPostaux).toEqual(['14240']);
    expect(fichier.lieux).toEqual([
      ['1 place de la Gare', '', '0231123456', '~app/14-caen/a/bibliotheque/erp/mediatheque/'],
      ['2 rue Basse'],
      ['3 rue Haute', '14250', '+262262123456'],
    ]);
  });
});
