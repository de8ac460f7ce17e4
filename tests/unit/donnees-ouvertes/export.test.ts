import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lireCsv } from '../../../src/lib/commun/csv.ts';
import {
  MODE_MOBILISATION_PAR_MODALITE,
  PUBLIC_PAR_VALEUR,
  RESEAU_PAR_DISPOSITIF,
  serviceDataInclusion,
  servicesDataInclusion,
  structureDataInclusion,
  structuresDataInclusion,
  THEMATIQUES_PAR_SERVICE,
  TYPE_PAR_MODALITE,
} from '../../../src/lib/donnees-ouvertes/export-data-inclusion.ts';
import { fichiersOuverts, formaterTaille, nomFichierNational, sourceDataInclusion, tailleOctets } from '../../../src/lib/donnees-ouvertes/fichiers.ts';
import { collectionGeojson, geojsonLieux } from '../../../src/lib/donnees-ouvertes/export-geojson.ts';
import {
  csvStandard,
  dateDesDonnees,
  jsonStandard,
  ligneStandard,
  nomFichierStandard,
  territoireSansAccents,
  type LieuPourExport,
} from '../../../src/lib/donnees-ouvertes/export-standard.ts';
import { schemaLieu, type LieuSaisi } from '../../../src/lib/contenu/schemas/lieu.ts';
import { validerCsvStandard } from '../../../src/lib/standard/schema-publie.ts';
import { COLONNES, DISPOSITIFS, MODALITES_ACCES, MODALITES_ACCOMPAGNEMENT, PRISES_EN_CHARGE, PUBLICS, SERVICES } from '../../../src/lib/standard/valeurs.ts';
import { arbLieux, CONTEXTE_CALVADOS } from '../outils/generateurs.ts';
import { validerJsonSchema } from '../outils/json-schema.ts';

const schema = schemaLieu(CONTEXTE_CALVADOS);
const lieu = (front: Record<string, unknown>, corps?: string): LieuPourExport => ({ donnees: schema.parse(front) as LieuSaisi, corps });
const minimal = { id: 'lieu-a', pivot: 'W143001234', nom: 'Lieu A', commune: 'Caen', code_postal: '14000', adresse: '1 rue de Caen', date_maj: '2025-01-10' };
const complet = lieu(
  {
    ...minimal,
    code_insee: '14118',
    latitude: 49.18,
    longitude: -0.37,
    telephone: '02 31 00 00 00',
    site_web: ['https://exemple.fr/a|b', 'https://exemple.org'],
    horaires: 'Mo-Fr 09:00-12:00,14:00-17:00; Sa 10:00-12:00',
    presentation_resume: 'Un lieu, avec des « guillemets » et des "doubles".',
    services: ['Aide aux démarches administratives', 'Compréhension du monde numérique'],
    publics_specifiquement_adresses: ['Seniors', 'Étudiants'],
    prise_en_charge_specifique: ['Surdité', 'Illettrisme'],
    frais_a_charge: ['Gratuit sous condition', 'Payant'],
    dispositif_programmes_nationaux: ['France Services', 'Certification PIX'],
    formations_labels: ['Étapes numériques (La Poste)'],
    modalites_acces: ['Se présenter', 'Prendre un RDV en ligne'],
    modalites_accompagnement: ['Accompagnement individuel', 'À distance'],
    prise_rdv: 'https://rdv.exemple.fr',
    fiche_acces_libre: 'https://acceslibre.beta.gouv.fr/app/erp/x/',
  },
  '\nPrésentation sur\ndeux lignes.\n\n',
);

describe('CSV au standard', () => {
  it('32 colonnes dans l’ordre, listes jointes par « | », texte Markdown en presentation_detail, téléphone international', () => {
    const ligne = ligneStandard(complet);
    expect(ligne).toHaveLength(32);
    const valeur = (c: string) => ligne[COLONNES.indexOf(c as never)];
    expect(valeur('telephone')).toBe('+33231000000');
    expect(valeur('services')).toBe('Aide aux démarches administratives|Compréhension du monde numérique');
    expect(valeur('presentation_detail')).toBe('Présentation sur\ndeux lignes.');
    expect(valeur('latitude')).toBe('49.18');
    // A « | » inside an address would split it for the readers: written %7C, the same address.
    expect(valeur('site_web')).toBe('https://exemple.fr/a%7Cb|https://exemple.org');
    expect(valeur('complement_adresse')).toBe('');
  });

  it('écrit l’en-tête exact, des guillemets seulement où il faut, CRLF, et passe le schéma du standard', () => {
    const csv = csvStandard([complet, lieu({ ...minimal, id: 'lieu-b' })]);
    expect(csv.startsWith(`${COLONNES.join(',')}\r\n`)).toBe(true);
    expect(csv).toContain(',"Mo-Fr 09:00-12:00,14:00-17:00; Sa 10:00-12:00",');
    expect(csv).toContain(',"Un lieu, avec des « guillemets » et des ""doubles"".",');
    expect(csv).toContain('\r\nlieu-b,W143001234,Lieu A,Caen,14000,,1 rue de Caen,,,,,,,,,,,,,,2025-01-10,,,,,,,,,,,\r\n');
    expect(validerCsvStandard(csv)).toEqual({ erreurs: [], nombreLignes: 2 });
  });

  it('tout lieu valide pour le site donne un CSV valide pour le standard', () => {
    fc.assert(
      fc.property(arbLieux(8), (generes) => {
        const { erreurs } = validerCsvStandard(csvStandard(generes.map((g) => lieu(g.front, g.corps))));
        expect(erreurs).toEqual([]);
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it('trie les lieux par identifiant : deux constructions du même contenu donnent le même fichier', () => {
    const b = lieu({ ...minimal, id: 'b' });
    const a = lieu({ ...minimal, id: 'a' });
    expect(csvStandard([b, a])).toBe(csvStandard([a, b]));
    expect(lireCsv(csvStandard([b, a])).enregistrements.map((e) => e.valeurs[0])).toEqual(['a', 'b']);
  });

  it('un fichier sans lieu n’a que l’en-tête', () => {
    expect(csvStandard([])).toBe(`${COLONNES.join(',')}\r\n`);
  });
});

describe('JSON au standard', () => {
  it('les mêmes valeurs que le CSV, coordonnées en nombres, colonnes vides omises', () => {
    const objets = JSON.parse(jsonStandard([complet, lieu(minimal)])) as Record<string, unknown>[];
    expect(objets[1]).toEqual({ ...minimal });
    expect(objets[0]).toMatchObject({
      latitude: 49.18,
      longitude: -0.37,
      services: 'Aide aux démarches administratives|Compréhension du monde numérique',
      presentation_detail: 'Présentation sur\ndeux lignes.',
    });
    const ligne = ligneStandard(complet);
    for (const [cle, valeur] of Object.entries(objets[0]!)) expect(String(valeur)).toBe(ligne[COLONNES.indexOf(cle as never)]);
    expect(jsonStandard([])).toBe('[]\n');
  });
});

describe('GeoJSON', () => {
  it('un point [longitude, latitude] par lieu situé, propriétés du standard et adresse de la fiche', () => {
    const collection = collectionGeojson([complet, lieu({ ...minimal, id: 'sans-position' })], (id) => `https://site.example/lieux/${id}/`);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(1);
    const [entite] = collection.features;
    expect(entite).toMatchObject({ type: 'Feature', id: 'lieu-a', geometry: { type: 'Point', coordinates: [-0.37, 49.18] } });
    expect(entite!.properties).toMatchObject({
      nom: 'Lieu A',
      url_fiche: 'https://site.example/lieux/lieu-a/',
      services: 'Aide aux démarches administratives|Compréhension du monde numérique',
    });
    expect(entite!.properties['latitude']).toBeUndefined();
    expect(JSON.parse(geojsonLieux([complet], () => 'u'))).toEqual(JSON.parse(JSON.stringify(collectionGeojson([complet], () => 'u'))));
  });
});

describe('nom de fichier du standard', () => {
  it.each([
    ['Calvados', 'Calvados'],
    ['Côtes-d’Armor', 'CotesDArmor'],
    ["Côtes-d'Armor", 'CotesDArmor'],
    ['Seine-Saint-Denis', 'SeineSaintDenis'],
    ['Bordeaux Métropole', 'BordeauxMetropole'],
    ['Corse-du-Sud', 'CorseDuSud'],
  ])('territoire %s → %s', (nom, attendu) => {
    expect(territoireSansAccents(nom)).toBe(attendu);
  });

  it('AAAA-MM-JJ_idProducteur_lieux-de-mediation-numerique_territoire.csv, daté de la dernière mise à jour des lieux', () => {
    expect(nomFichierStandard({ date: '2022-07-25', idProducteur: '24330031600011', territoire: 'Bordeaux Métropole' })).toBe(
      '2022-07-25_24330031600011_lieux-de-mediation-numerique_BordeauxMetropole.csv',
    );
    const lieux = [lieu({ ...minimal, date_maj: '2025-03-01' }), lieu({ ...minimal, id: 'b', date_maj: '2025-11-30' })];
    expect(dateDesDonnees(lieux)).toBe('2025-11-30');
    expect(nomFichierNational(lieux, { nom_court: 'C', departement: { code: '14', nom: 'Calvados' }, siret: '21140118500017' })).toBe(
      '2025-11-30_21140118500017_lieux-de-mediation-numerique_Calvados.csv',
    );
    expect(nomFichierNational(lieux, { nom_court: 'C', departement: { code: '14', nom: 'Calvados' } })).toBeUndefined();
  });
});

describe('fichiers publiés', () => {
  const parametres = {
    producteur: { nom_court: 'Collectif numérique 14', departement: { code: '14', nom: 'Calvados' }, siret: '21140118500017' },
    urlFiche: (id: string) => `https://x.fr/lieux/${id}/`,
  };

  it('le CSV nommé selon le standard est le même fichier que le CSV principal', () => {
    const fichiers = fichiersOuverts([complet], parametres);
    expect(fichiers.map((f) => f.nom)).toEqual([
      'lieux-de-mediation-numerique.csv',
      '2025-01-10_21140118500017_lieux-de-mediation-numerique_Calvados.csv',
      'lieux-de-mediation-numerique.json',
      'lieux-de-mediation-numerique.geojson',
      'data-inclusion-structures.json',
      'data-inclusion-services.json',
    ]);
    expect(fichiers[1]!.contenu).toBe(fichiers[0]!.contenu);
    expect(sourceDataInclusion(parametres.producteur)).toBe('collectif-numerique-14');
  });

  it('arrête la construction si le CSV ne passait pas le schéma du standard', () => {
    const faux = { donnees: { ...complet.donnees, code_postal: '1400' } as LieuSaisi };
    expect(() => fichiersOuverts([faux], parametres)).toThrow(/ne respecte pas le schéma du standard :\nligne 2, colonne code_postal/);
  });

  it.each([
    [0, '0 octet'],
    [812, '812 octets'],
    [24_500, '24,5 ko'],
    [3_210_000, '3,2 Mo'],
  ])('taille %d → %s', (octets, texte) => {
    expect(formaterTaille(octets)).toBe(texte);
  });

  it('mesure la taille en octets UTF-8, comme l’encodeur', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom('a', 'é', '€', '😀'),
            fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
          ),
        }),
        (texte) => {
          expect(tailleOctets(texte)).toBe(new TextEncoder().encode(texte).length);
        },
      ),
    );
    expect(tailleOctets('aé€😀')).toBe(1 + 2 + 3 + 4);
    expect(fichiersOuverts([complet], parametres).every((f) => f.taille === new TextEncoder().encode(f.contenu).length)).toBe(true);
  });
});

describe('data·inclusion v1', () => {
  const lireSchema = (nom: string) =>
    JSON.parse(readFileSync(new URL(`../fixtures/data-inclusion/${nom}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
  const schemaStructure = lireSchema('structure');
  const schemaService = lireSchema('service');
  const p = { source: 'collectif-test', urlFiche: (id: string) => `https://x.fr/lieux/${id}/`, codeDepartement: '14' };
  const defs = (s: Record<string, unknown>, nom: string) => (s['$defs'] as Record<string, { enum: string[] }>)[nom]!.enum;

  it('les tables de correspondance couvrent toutes les valeurs du standard et ne donnent que des valeurs de data·inclusion', () => {
    expect(Object.keys(THEMATIQUES_PAR_SERVICE).sort()).toEqual([...SERVICES].sort());
    for (const t of Object.values(THEMATIQUES_PAR_SERVICE).flat()) expect(defs(schemaService, 'Thematique')).toContain(t);
    expect(Object.keys(MODE_MOBILISATION_PAR_MODALITE).sort()).toEqual(MODALITES_ACCES.filter((m) => m !== "Ce lieu n'accueille pas de public").sort());
    for (const m of Object.values(MODE_MOBILISATION_PAR_MODALITE)) expect(defs(schemaService, 'ModeMobilisation')).toContain(m);
    expect(Object.keys(TYPE_PAR_MODALITE).sort()).toEqual(MODALITES_ACCOMPAGNEMENT.filter((m) => m !== 'À distance').sort());
    for (const t of Object.values(TYPE_PAR_MODALITE)) expect(defs(schemaService, 'TypeService')).toContain(t);
    for (const cle of Object.keys(PUBLIC_PAR_VALEUR)) expect([...PUBLICS, ...PRISES_EN_CHARGE]).toContain(cle);
    for (const v of Object.values(PUBLIC_PAR_VALEUR)) expect(defs(schemaService, 'Public')).toContain(v);
    for (const cle of Object.keys(RESEAU_PAR_DISPOSITIF)) expect(DISPOSITIFS).toContain(cle);
    for (const v of Object.values(RESEAU_PAR_DISPOSITIF)) expect(defs(schemaStructure, 'ReseauPorteur')).toContain(v);
  });

  it('applique la correspondance officielle (facts sheet §7)', () => {
    expect(structureDataInclusion(complet, p)).toMatchObject({
      source: 'collectif-test',
      id: 'collectif-test--lieu-a',
      lien_source: 'https://x.fr/lieux/lieu-a/',
      description: 'Présentation sur\ndeux lignes.',
      reseaux_porteurs: ['france-service'],
      accessibilite_lieu: 'https://acceslibre.beta.gouv.fr/app/erp/x/',
    });
    expect(structureDataInclusion(complet, p)['siret']).toBeUndefined();
    expect(serviceDataInclusion(complet, p)).toMatchObject({
      structure_id: 'collectif-test--lieu-a',
      nom: "Service d'accompagnement au numérique",
      type: 'accompagnement',
      thematiques: [
        'difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives',
        'numerique--acceder-a-des-services-en-ligne',
        'numerique--maitriser-les-fondamentaux-du-numerique',
      ],
      frais: 'gratuit',
      publics: ['etudiants', 'personnes-en-situation-de-handicap', 'seniors'],
      publics_precisions: 'Illettrisme, Seniors, Surdité, Étudiants',
      modes_mobilisation: ['se-presenter', 'utiliser-lien-mobilisation'],
      lien_mobilisation: 'https://rdv.exemple.fr',
      modes_accueil: ['a-distance', 'en-presentiel'],
      zone_eligibilite: ['14'],
    });
    const simple = serviceDataInclusion(lieu(minimal), p);
    expect(simple).toMatchObject({
      publics: ['tous-publics'],
      modes_accueil: ['en-presentiel'],
      description: 'Accompagnement au numérique proposé par Lieu A.',
    });
    expect(simple['type']).toBeUndefined();
    expect(structureDataInclusion(lieu({ ...minimal, pivot: '21140118500017', nom: 'AB' }), p)).toMatchObject({ siret: '21140118500017', nom: 'AB (Caen)' });
  });

  it('toute structure et tout service exportés respectent les schémas JSON de data·inclusion', () => {
    fc.assert(
      fc.property(arbLieux(5), (generes) => {
        const lieux = generes.map((g) => lieu(g.front, g.corps));
        for (const s of JSON.parse(structuresDataInclusion(lieux, p)) as unknown[]) expect(validerJsonSchema(s, schemaStructure)).toEqual([]);
        for (const s of JSON.parse(servicesDataInclusion(lieux, p)) as unknown[]) expect(validerJsonSchema(s, schemaService)).toEqual([]);
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it('le validateur de test détecte bien un écart', () => {
    expect(validerJsonSchema({ source: 's', id: 'i', nom: 'ab', date_maj: '2025-01-01', code_postal: '1400' }, schemaStructure)).toEqual([
      '$.nom : trop court (2)',
      expect.stringContaining('$.code_postal : aucune des variantes'),
    ]);
  });
});
