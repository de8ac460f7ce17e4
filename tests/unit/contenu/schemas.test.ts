import { describe, expect, it } from 'vitest';
import { schemaLieu } from '../../../src/lib/contenu/schemas/lieu.ts';
import { schemaMembre, schemaReunion, schemaRessource } from '../../../src/lib/contenu/schemas/entrees-collectif.ts';
import { schemaCollectif } from '../../../src/lib/contenu/schemas/configuration.ts';
import { contexteLieu, validerContenu, type FichierContenu } from '../../../src/lib/contenu/validation.ts';
import { chargerCollectif, chargerFichiers } from '../../../src/lib/contenu/chargement.ts';
import { COLONNES } from '../../../src/lib/standard/valeurs.ts';
import { join } from 'node:path';

const VALIDE = join(import.meta.dirname, '../fixtures/valide');
const collectif = schemaCollectif.parse(chargerCollectif(VALIDE).donnees);
const schema = schemaLieu(contexteLieu(collectif, '2026-11-26'));

const lieuMinimal = {
  id: 'lieu-test',
  pivot: '21140118500017',
  nom: 'Lieu de test',
  commune: 'Caen',
  code_postal: '14000',
  adresse: '1 rue de Test',
  date_maj: '2026-01-15',
};

describe('schéma des lieux', () => {
  it('accepte un lieu minimal (champs obligatoires du standard)', () => {
    expect(schema.safeParse(lieuMinimal).success).toBe(true);
  });

  it.each(['id', 'pivot', 'nom', 'commune', 'code_postal', 'adresse', 'date_maj'])('le champ %s est obligatoire', (champ) => {
    const { [champ as keyof typeof lieuMinimal]: _retire, ...reste } = lieuMinimal;
    const resultat = schema.safeParse(reste);

    expect(resultat.success).toBe(false);
    expect(resultat.error?.issues[0]?.path).toEqual([champ]);
  });

  it('ses champs portent les noms des colonnes du standard (sauf presentation_detail, le texte du fichier, et membre)', () => {
    const champs = Object.keys(schema.shape);

    expect(champs.filter((c) => c !== 'membre').sort()).toEqual(COLONNES.filter((c) => c !== 'presentation_detail').sort());
  });

  it('range le téléphone sous sa forme canonique et lit une valeur seule comme une liste', () => {
    const lieu = schema.parse({
      ...lieuMinimal,
      telephone: '02.61.91.12.34',
      services: 'Aide aux démarches administratives',
      frais_a_charge: ['Gratuit', 'Gratuit'],
    });

    expect(lieu.telephone).toBe('+33261911234');
    expect(lieu.services).toEqual(['Aide aux démarches administratives']);
    expect(lieu.frais_a_charge).toEqual(['Gratuit']);
  });

  it('accepte un pivot RNA et un SIRET écrit en nombre ou avec des espaces', () => {
    expect(schema.parse({ ...lieuMinimal, pivot: 'W143001234' }).pivot).toBe('W143001234');
    expect(schema.parse({ ...lieuMinimal, pivot: 21140118500017 }).pivot).toBe('21140118500017');
    expect(schema.parse({ ...lieuMinimal, pivot: '211 401 185 00017' }).pivot).toBe('21140118500017');
  });

  it('lit une date YAML (objet Date) comme une date du calendrier', () => {
    expect(schema.parse({ ...lieuMinimal, date_maj: new Date('2026-01-15T00:00:00Z') }).date_maj).toBe('2026-01-15');
  });

  it('accepte le libellé « Étapes numériques (La Poste) » du standard v1.0.2', () => {
    expect(schema.safeParse({ ...lieuMinimal, formations_labels: ['Étapes numériques (La Poste)'] }).success).toBe(true);
  });

  it("accepte « Point d'accès numérique CAF » avec l'apostrophe droite du standard", () => {
    expect(schema.safeParse({ ...lieuMinimal, dispositif_programmes_nationaux: ["Point d'accès numérique CAF"] }).success).toBe(true);
  });

  it.each([
    ['fiche_acces_libre', 'javascript:alert(1)'],
    ['prise_rdv', 'data:text/html,<script>alert(1)</script>'],
  ])('refuse %s = %s', (champ, valeur) => {
    expect(schema.safeParse({ ...lieuMinimal, [champ]: valeur }).success).toBe(false);
  });
});

describe('autres schémas', () => {
  it('membre : une date de sortie avant l’adhésion est refusée', () => {
    const membre = { nom: 'M', type: 'commune', roles: ['expert'], date_adhesion: '2023-01-01', description: 'D' };

    expect(schemaMembre.safeParse(membre).success).toBe(true);
    expect(schemaMembre.safeParse({ ...membre, date_sortie: '2022-12-31' }).success).toBe(false);
  });

  it('ressource : un lien ou un fichier, pas les deux', () => {
    const ressource = { titre: 'R', type: 'guide', themes: ['T'], auteur: 'a', date: '2026-01-01', resume: 'R' };

    expect(schemaRessource.safeParse({ ...ressource, lien: 'https://example.org' }).success).toBe(true);
    expect(schemaRessource.safeParse({ ...ressource, lien: 'https://example.org', fichier: '/a.pdf' }).success).toBe(false);
    expect(schemaRessource.safeParse(ressource).success).toBe(false);
  });

  it('réunion : une heure invalide est refusée', () => {
    const reunion = { titre: 'R', type: 'pleniere', debut: '2026-12-10T14:00', fin: '2026-12-10T16:00', lieu: 'Caen' };

    expect(schemaReunion.safeParse(reunion).success).toBe(true);
    expect(schemaReunion.safeParse({ ...reunion, debut: '2026-12-10T25:00' }).success).toBe(false);
  });

  it('collectif : un modèle de tuiles sans {z}/{x}/{y} est refusé', () => {
    const donnees = chargerCollectif(VALIDE).donnees as Record<string, Record<string, unknown>>;

    expect(schemaCollectif.safeParse({ ...donnees, carte: { ...donnees['carte'], tuiles: 'https://tiles.example.org/carte.png' } }).success).toBe(false);
  });
});

describe('secrétariat (article 4)', () => {
  const fichiers: FichierContenu[] = chargerFichiers(VALIDE);
  const donnees = chargerCollectif(VALIDE).donnees as Record<string, unknown>;
  const valider = (animateurs: unknown) =>
    validerContenu({ collectif: { chemin: 'content/collectif.yaml', donnees: { ...donnees, animateurs } }, fichiers, aujourdhui: '2026-11-26' }).problemes;

  it('accepte un binôme de deux membres à la date de désignation', () => {
    expect(valider([{ annee: 2026, membres: ['ville-de-caen', 'asso-test'], designe_le: '2026-01-15' }])).toEqual([]);
  });

  it.each([
    [[{ annee: 2026, membres: ['ville-de-caen'] }], 'animateurs[1].membres', 'exactement deux'],
    [[{ annee: 2026, membres: ['ville-de-caen', 'ville-de-caen'] }], 'animateurs[1].membres', 'exactement deux'],
    [
      [{ annee: 2023, membres: ['ville-de-caen', 'asso-test'], designe_le: '2023-01-10' }],
      'animateurs[1].membres[2]',
      "n'est pas membre du collectif le 2023-01-10",
    ],
    [[{ annee: 2025, membres: ['ville-de-caen', 'ancien-membre'], designe_le: '2025-01-10' }], 'animateurs[1].membres[2]', 'sortie le 2024-06-30'],
    [[{ annee: 2026, membres: ['ville-de-caen', 'inconnu'] }], 'animateurs[1].membres[2]', 'introuvable'],
    [
      [
        { annee: 2026, membres: ['ville-de-caen', 'asso-test'] },
        { annee: 2026, membres: ['ville-de-caen', 'asso-test'] },
      ],
      'animateurs[2].annee',
      'déjà un binôme',
    ],
  ])('refuse %j', (animateurs, champ, fragment) => {
    const problemes = valider(animateurs);

    expect(problemes).toHaveLength(1);
    expect(problemes[0]).toMatchObject({ fichier: 'content/collectif.yaml', champ });
    expect(problemes[0]!.message).toContain(fragment);
  });
});

describe('identifiant d’un lieu (libre dans le standard)', () => {
  it.each([
    'structure-1',
    'Hinaura_123',
    '7f3c2a1e-9b4d-4c1a-8e2f-0a1b2c3d4e5f',
    'cnfs.1234',
    // Real hub files: accents, apostrophes, spaces, slashes are all free text in the standard.
    'Médiathèque Caen',
    'HUB_bibliothèque-universitaire-campus-1',
    "fablab-lab'o",
    'lieu/1',
    '-debut',
    '../secret',
  ])('accepte %j tel quel', (id) => {
    const resultat = schema.safeParse({ ...lieuMinimal, id });
    expect(resultat.success).toBe(true);
    expect(resultat.data?.id).toBe(id);
  });

  it.each([
    ['', 'l’identifiant est vide'],
    [' lieu-1', 'commence ou finit par une espace'],
    ['lieu 1 ', 'commence ou finit par une espace'],
    ['lieu\n1', 'retour à la ligne'],
    ['x'.repeat(251), '250 caractères au plus'],
  ])('refuse %j', (id, message) => {
    const resultat = schema.safeParse({ ...lieuMinimal, id });
    expect(resultat.success).toBe(false);
    expect(resultat.error?.issues[0]?.message).toContain(message);
  });

  it('signale deux lieux dont les identifiants ne diffèrent que par la casse', () => {
    const fichiers = ['Lieu-1', 'lieu-1'].map(
      (id, i): FichierContenu => ({
        chemin: `content/lieux/f${i}.md`,
        collection: 'lieux',
        donnees: { ...lieuMinimal, id },
        corps: '',
      }),
    );

    const problemes = validerContenu({
      collectif: { chemin: 'content/collectif.yaml', donnees: chargerCollectif(VALIDE).donnees },
      fichiers,
      aujourdhui: '2026-11-26',
    }).problemes.filter((p) => p.champ === 'id');

    expect(problemes.map((p) => p.fichier)).toEqual(['content/lieux/f0.md', 'content/lieux/f1.md']);
    expect(problemes[0]!.message).toBe(
      "l'identifiant « Lieu-1 » donne la même adresse de page, /lieux/lieu-1/, que l'identifiant « lieu-1 » de content/lieux/f1.md : changez l'un des deux identifiants (les accents, les majuscules et la ponctuation ne comptent pas dans l'adresse)",
    );
  });
});
