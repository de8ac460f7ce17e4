/**
 * Reads `content/` from disk for the validation: the site configuration, every entry of every
 * collection (templates `_*.md` excluded, as in the Astro build) and the list of `public/` files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { COLLECTIONS, DOSSIER_CONTENU, NOMS_COLLECTIONS } from './collections.ts';
import { lireFrontmatter, lireYaml } from './frontmatter.ts';
import type { FichierContenu } from './validation.ts';

export const FICHIER_COLLECTIF = `${DOSSIER_CONTENU}/collectif.yaml`;

function fichiersSous(dossier: string): string[] {
  if (!existsSync(dossier)) return [];
  return readdirSync(dossier, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dossier, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

/** Reads the site configuration `content/collectif.yaml` under `racine`. */
export function chargerCollectif(racine: string): { chemin: string; donnees: unknown; erreurLecture?: string } {
  const chemin = join(racine, FICHIER_COLLECTIF);
  if (!existsSync(chemin)) return { chemin: FICHIER_COLLECTIF, donnees: undefined, erreurLecture: 'fichier absent : la configuration du collectif est obligatoire' };
  const lecture = lireYaml(readFileSync(chemin, 'utf8'));
  return lecture.ok ? { chemin: FICHIER_COLLECTIF, donnees: lecture.donnees } : { chemin: FICHIER_COLLECTIF, donnees: undefined, erreurLecture: lecture.message };
}

/** Reads every entry of every collection under `racine/content`. */
export function chargerFichiers(racine: string): FichierContenu[] {
  const fichiers: FichierContenu[] = [];
  for (const collection of NOMS_COLLECTIONS) {
    const { dossier, extensions } = COLLECTIONS[collection];
    for (const chemin of fichiersSous(join(racine, DOSSIER_CONTENU, dossier))) {
      const nom = chemin.split(sep).pop() ?? '';
      const extension = nom.split('.').pop() ?? '';
      if (nom.startsWith('_') || nom.startsWith('.') || !(extensions as readonly string[]).includes(extension)) continue;
      const cheminRelatif = relative(racine, chemin).split(sep).join('/');
      const lecture = lireFrontmatter(readFileSync(chemin, 'utf8'));
      fichiers.push(
        lecture.ok
          ? { chemin: cheminRelatif, collection, donnees: lecture.donnees, corps: lecture.corps }
          : { chemin: cheminRelatif, collection, donnees: undefined, erreurLecture: lecture.message, corps: '' },
      );
    }
  }
  return fichiers;
}

/** Paths of the files of `public/`, as the site serves them (`/ressources/fichiers/x.pdf`). */
export function chargerFichiersPublics(racine: string): Set<string> {
  const dossier = join(racine, 'public');
  return new Set(fichiersSous(dossier).map((f) => `/${relative(dossier, f).split(sep).join('/')}`));
}
