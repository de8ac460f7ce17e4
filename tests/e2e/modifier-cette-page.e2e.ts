/**
 * « Modifier cette page » : sur chaque page de contenu (lieu, membre, groupe, actualité,
 * ressource, réunion, charte, convention), le lien ouvre l'éditeur de la forge sur le fichier de
 * cette page, d'après `depot` de content/collectif.yaml. Vérifie toutes les pages du site
 * construit (lancer `npm run build` avant).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chargerCollectif, chargerFichiers } from '../../src/lib/contenu/chargement.ts';
import { COLLECTIONS, idEntree, type NomCollection } from '../../src/lib/contenu/collections.ts';
import { SITE_DIR } from './harness.ts';

const RACINE = fileURLToPath(new URL('../../', import.meta.url));
const collectif = chargerCollectif(RACINE).donnees as { depot: { url: string; branche?: string } };
const depot = collectif.depot.url.replace(/\/$/, '');
const branche = collectif.depot.branche ?? 'main';
const fichiers = chargerFichiers(RACINE);

/** Adresse de l'éditeur web de la forge pour un fichier du dépôt. */
function editeur(chemin: string): string {
  return /gitlab/i.test(depot) ? `${depot}/-/edit/${branche}/${chemin}` : `${depot}/edit/${branche}/${chemin}`;
}

/** Page construite d'une entrée : `lieux/<id>/index.html`, `charte/index.html`. */
function page(collection: NomCollection, id: string): string {
  const dossier = COLLECTIONS[collection].dossier;
  return collection === 'charte' || collection === 'convention' ? path.join(dossier, 'index.html') : path.join(dossier, id, 'index.html');
}

const TYPES: NomCollection[] = ['lieux', 'membres', 'groupes', 'actualites', 'ressources', 'reunions', 'charte', 'convention'];

for (const collection of TYPES) {
  test(`${collection} : chaque page a « Modifier cette page » vers son propre fichier`, () => {
    const entrees = fichiers.filter((f) => f.collection === collection);
    assert.ok(entrees.length > 0, `aucun fichier dans content/${COLLECTIONS[collection].dossier}/`);
    const problemes: string[] = [];
    for (const fichier of entrees) {
      const html = path.join(SITE_DIR, page(collection, idEntree(collection, fichier.chemin, fichier.donnees)));
      if (!existsSync(html)) {
        problemes.push(`${fichier.chemin} : page ${html} introuvable`);
        continue;
      }
      const liens = [...readFileSync(html, 'utf8').matchAll(/<a href="([^"]*)"[^>]*>Modifier cette page<\/a>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
      if (liens.length !== 1) problemes.push(`${fichier.chemin} : ${liens.length} lien(s) « Modifier cette page » au lieu de 1`);
      else if (liens[0] !== editeur(fichier.chemin)) problemes.push(`${fichier.chemin} : lien ${liens[0]}, attendu ${editeur(fichier.chemin)}`);
      else if (!existsSync(path.join(RACINE, fichier.chemin))) problemes.push(`${fichier.chemin} : le fichier visé n'existe pas`);
    }
    assert.deepEqual(problemes, []);
  });
}
