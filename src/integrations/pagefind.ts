/**
 * Builds the site search index with Pagefind at the end of `astro build`, so that
 * `npm run build` produces a searchable site without any manual step.
 *
 * Only the main content of each page is indexed: `<main>` carries `data-pagefind-body` in
 * `src/layouts/Base.astro` (unless the page sets `indexer={false}`), and the banners inside
 * it carry `data-pagefind-ignore`. The whole site is indexed as French (`forceLanguage`), so
 * that French stemming applies (« démarche » finds « démarches ») whatever a page declares.
 *
 * Any Pagefind error fails the build: a site whose search silently returns nothing is worse
 * than a failed build.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Folder of the index inside the built site: the search scripts load `<base>pagefind/pagefind.js`. */
export const DOSSIER_INDEX = 'pagefind';

/** Throws a French error listing Pagefind's own messages when a step reported any. */
function verifier(etape: string, reponse: { errors: string[] }): void {
  if (reponse.errors.length > 0) {
    throw new Error(`Pagefind a échoué (${etape}) :\n- ${reponse.errors.join('\n- ')}`);
  }
}

export default function indexRecherche(): AstroIntegration {
  return {
    name: 'index-recherche',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const debut = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
          verifier('création de l’index', { errors });
          if (!index) throw new Error('Pagefind a échoué (création de l’index) : aucun index renvoyé.');
          const ajout = await index.addDirectory({ path: site });
          verifier(`indexation de ${site}`, ajout);
          if (ajout.page_count === 0) {
            throw new Error(`Pagefind n’a trouvé aucune page HTML à indexer dans ${site}.`);
          }
          const ecriture = await index.writeFiles({ outputPath: path.join(site, DOSSIER_INDEX) });
          verifier('écriture des fichiers', ecriture);
          const duree = Math.round(performance.now() - debut);
          logger.info(`Index de recherche écrit dans ${DOSSIER_INDEX}/ (${ajout.page_count} fichiers HTML lus, ${duree} ms).`);
        } catch (erreur) {
          // Logged here as well: Astro shows a thrown error without the integration's name.
          logger.error(erreur instanceof Error ? erreur.message : String(erreur));
          throw erreur;
        } finally {
          // Stops Pagefind's binary, otherwise the build process would not exit.
          await pagefind.close();
        }
      },
    },
  };
}
