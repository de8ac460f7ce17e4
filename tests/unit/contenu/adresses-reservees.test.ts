/**
 * Ids reserved by the site's own pages, for every collection: the table follows the files of
 * `src/pages/<collection>/`, and `check:content` refuses an entry that takes one of these names
 * (a place `points` used to pass the check and only break the build).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADRESSES_RESERVEES, nomsReservesDesPages, problemeIdReserve } from '../../../src/lib/contenu/adresses-reservees.ts';
import { NOMS_COLLECTIONS } from '../../../src/lib/contenu/collections.ts';
import { chargerCollectif, chargerFichiers, chargerFichiersPublics } from '../../../src/lib/contenu/chargement.ts';
import { validerContenu } from '../../../src/lib/contenu/validation.ts';

const PAGES = join(import.meta.dirname, '../../../src/pages');
const RACINE = 'tests/unit/fixtures/valide';

function entreesDe(dossier: string) {
  return existsSync(dossier) ? readdirSync(dossier, { withFileTypes: true }).map((e) => ({ nom: e.name, dossier: e.isDirectory() })) : [];
}

describe('table des noms réservés', () => {
  it.each(NOMS_COLLECTIONS)('%s : la table suit les fichiers de src/pages/', (nom) => {
    expect(Object.keys(ADRESSES_RESERVEES[nom]).sort()).toEqual(nomsReservesDesPages(entreesDe(join(PAGES, nom))));
  });

  it('lit les pages, les dossiers et les fichiers produits, avec et sans extension', () => {
    const entrees = [
      { nom: '[...id].astro', dossier: false },
      { nom: '[id].ics.ts', dossier: false },
      { nom: 'index.astro', dossier: false },
      { nom: '_donnees.ts', dossier: false },
      { nom: 'commune', dossier: true },
      { nom: 'Liste.astro', dossier: false },
      { nom: 'points.json.ts', dossier: false },
      { nom: 'lisez-moi.txt', dossier: false },
    ];

    expect(nomsReservesDesPages(entrees)).toEqual(['commune', 'liste', 'points', 'points.json']);
  });
});

describe('identifiants réservés refusés par check:content', () => {
  function valider(collection: string, chemin: string, modifier: (donnees: Record<string, unknown>) => void = () => {}) {
    const fichiers = structuredClone(chargerFichiers(RACINE));
    const modele = fichiers.find((f) => f.collection === collection)!;
    const copie = structuredClone(modele);
    modifier(copie.donnees as Record<string, unknown>);
    fichiers.push({ ...copie, chemin });
    return validerContenu({
      collectif: chargerCollectif(RACINE),
      fichiers,
      fichiersPublics: chargerFichiersPublics(RACINE),
      aujourdhui: '2026-11-26',
    }).problemes.filter((p) => p.fichier === chemin);
  }

  it.each(['points', 'commune', 'service', 'page', 'communes', 'points.json', 'communes.json', 'Points', 'COMMUNE', 'Points.Json'])(
    'un lieu d’identifiant « %s » est refusé sur son champ id',
    (id) => {
      const problemes = valider('lieux', 'content/lieux/lieu-reserve.md', (d) => (d['id'] = id));

      expect(problemes.map((p) => p.champ)).toEqual(['id']);
      const message = problemes[0]!.message;
      expect(message).toContain(`« ${id} » est réservé`);
      expect(message).toMatch(/\/lieux\/(points\.json|communes\.json|commune\/|service\/|page\/2\/)/);
      expect(message).toContain('choisissez un autre identifiant (par exemple « ');
      expect(message).toContain(
        'Identifiants réservés aux pages de l’annuaire, en minuscules comme en majuscules : commune, communes, communes.json, page, points, points.json, service.',
      );
    },
  );

  it('propose un identifiant formé avec la commune du lieu', () => {
    expect(problemeIdReserve('lieux', 'points.json', 'Hérouville-Saint-Clair')).toContain('par exemple « points-herouville-saint-clair »');
  });

  it.each([
    ['membres', 'content/membres/liste.md', '/membres/liste/'],
    ['membres', 'content/membres/roles.md', '/membres/roles/'],
    ['ressources', 'content/ressources/veille.md', '/ressources/veille/'],
    ['ressources', 'content/ressources/themes.md', '/ressources/themes/'],
    ['reunions', 'content/reunions/calendrier.md', '/reunions/calendrier.ics'],
    ['actualites', 'content/actualites/rss.md', '/actualites/rss.xml'],
  ])('%s : %s est refusé sur son nom de fichier', (collection, chemin, adresse) => {
    const problemes = valider(collection, chemin);

    expect(problemes.map((p) => p.champ)).toEqual(['nom du fichier']);
    expect(problemes[0]!.message).toContain(adresse);
    expect(problemes[0]!.message).toContain('renommez le fichier');
  });

  it('un nom proche mais libre est accepté', () => {
    expect(valider('lieux', 'content/lieux/points-caen.md', (d) => (d['id'] = 'points-caen'))).toEqual([]);
    expect(valider('membres', 'content/membres/listes.md')).toEqual([]);
  });
});
