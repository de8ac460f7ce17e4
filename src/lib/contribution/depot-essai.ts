/**
 * The files of `/admin/?test`: Decap's `test-repo` backend works on `window.repoFiles`, an
 * in-memory tree of the repository. Built at build time from the demonstration content, so that
 * anyone can practise on real-looking records (places, members, news…) without an account.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, DOSSIER_CONTENU } from '../contenu/collections.ts';

/** A folder of the tree: files `{ content }` and sub-folders. */
export type DossierEssai = { [nom: string]: DossierEssai | { content: string } };

/**
 * The tree of every content file under `racine/content/<collection>/`, nested by path segment
 * (how `test-repo` opens and saves an entry). The browser then links the collection folders (`src/pages/admin/_cms.ts`).
 */
export function depotEssai(racine: string): DossierEssai {
  const contenu: DossierEssai = {};
  const arbre: DossierEssai = { [DOSSIER_CONTENU]: contenu };
  for (const { dossier, extensions } of Object.values(COLLECTIONS)) {
    const chemin = join(racine, DOSSIER_CONTENU, dossier);
    if (!existsSync(chemin)) continue;
    const fichiers: DossierEssai = {};
    for (const nom of readdirSync(chemin).sort()) {
      const complet = join(chemin, nom);
      if (!statSync(complet).isFile() || !(extensions as readonly string[]).includes(nom.split('.').pop() ?? '')) continue;
      fichiers[nom] = { content: readFileSync(complet, 'utf8') };
    }
    contenu[dossier] = fichiers;
  }
  return arbre;
}
