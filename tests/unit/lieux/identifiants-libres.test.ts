import { describe, expect, it } from 'vitest';
import { construireAnnuaire, ErreurAnnuaire, fichierPoints } from '../../../src/lib/lieux/annuaire.ts';
import { decoderPoints } from '../../../src/lib/lieux/points.ts';
import { csvStandard } from '../../../src/lib/donnees-ouvertes/export-standard.ts';
import { collectionGeojson } from '../../../src/lib/donnees-ouvertes/export-geojson.ts';
import { schemaLieu, type LieuSaisi } from '../../../src/lib/contenu/schemas/lieu.ts';
import { communesDuDepartement, toutesLesCommunes } from '../../../src/lib/territoire/communes.ts';
import { lireCsv } from '../../../src/lib/commun/csv.ts';
import { slugLieu } from '../../../src/lib/commun/slug.ts';

const AUJOURDHUI = '2026-06-01';
const schema = schemaLieu({ communes: communesDuDepartement('14'), nomDepartement: 'Calvados (14)', aujourdhui: AUJOURDHUI });
const lieu = (id: string, filePath = `content/lieux/${slugLieu(id)}.md`): { id: string; data: LieuSaisi; filePath: string } => ({
  id,
  filePath,
  data: schema.parse({
    id,
    pivot: '21140118500017',
    nom: `Lieu ${id}`,
    commune: 'Caen',
    code_postal: '14000',
    adresse: '1 rue de Test',
    date_maj: '2026-01-01',
    latitude: 49.1829,
    longitude: -0.3707,
  }),
});
const OPTIONS = { departement: '14', communes: toutesLesCommunes(), aujourdhui: AUJOURDHUI };
const IDS = ["HUB_bibliothèque-universitaire l'Atelier", 'Hinaura_123', 'mediatheque-bayeux'];

describe('identifiants libres : gardés tels quels, adresse tirée de l’identifiant', () => {
  it('la carte et la liste reçoivent l’adresse de chaque page', () => {
    const annuaire = construireAnnuaire(
      IDS.map((id) => lieu(id)),
      OPTIONS,
    );
    const points = decoderPoints(fichierPoints(annuaire));
    expect(points.lieux.map((l) => l.id).sort()).toEqual(['hinaura-123', 'hub-bibliotheque-universitaire-l-atelier', 'mediatheque-bayeux']);
    expect(annuaire.lieux.map((l) => l.donnees.id).sort()).toEqual([...IDS].sort());
  });

  it('refuse deux lieux dont les identifiants mènent à la même page, en nommant les deux fichiers', () => {
    expect(() => construireAnnuaire([lieu('Médiathèque', 'content/lieux/a.md'), lieu('mediatheque', 'content/lieux/b.md')], OPTIONS)).toThrow(ErreurAnnuaire);
    expect(() => construireAnnuaire([lieu('Médiathèque', 'content/lieux/a.md'), lieu('mediatheque', 'content/lieux/b.md')], OPTIONS)).toThrow(
      "content/lieux/b.md › id : l'identifiant « mediatheque » donne la même adresse de page, /lieux/mediatheque/, que l'identifiant « Médiathèque » de content/lieux/a.md",
    );
  });

  it('les fichiers ouverts gardent l’identifiant d’origine et donnent l’adresse de la page', () => {
    const lieux = IDS.map((id) => ({ donnees: lieu(id).data }));
    const csv = lireCsv(csvStandard(lieux));
    const colonne = csv.entete.indexOf('id');
    expect(csv.enregistrements.map((e) => e.valeurs[colonne]).sort()).toEqual([...IDS].sort());
    const geojson = collectionGeojson(lieux, (id) => `https://exemple.fr/lieux/${slugLieu(id)}/`);
    const atelier = geojson.features.find((f) => f.id === IDS[0]);
    expect(atelier?.properties['url_fiche']).toBe('https://exemple.fr/lieux/hub-bibliotheque-universitaire-l-atelier/');
  });
});
