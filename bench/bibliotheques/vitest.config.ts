/**
 * Vitest pour `npm run bench:bibliotheques` : lance les tests unitaires du projet en remplaçant
 * un module de `src/lib` par sa version écrite avec une bibliothèque (un adaptateur de ce
 * dossier), pour comparer leur justesse sur les mêmes tests. Le remplacement vaut pour tout
 * import du module (tests et autres modules du projet), sauf depuis les adaptateurs, qui
 * reprennent parfois des fonctions du projet que la bibliothèque n'a pas.
 *
 * Variables : MODULE_REMPLACE (chemin depuis la racine, `src/lib/commun/csv.ts`) et
 * ADAPTATEUR (chemin depuis la racine, `bench/bibliotheques/csv-parse.ts`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const RACINE = fileURLToPath(new URL('../../', import.meta.url));
const DOSSIER_ADAPTATEURS = path.join(RACINE, 'bench/bibliotheques') + path.sep;
const remplace = process.env['MODULE_REMPLACE'] ? path.join(RACINE, process.env['MODULE_REMPLACE']) : undefined;
const adaptateur = process.env['ADAPTATEUR'] ? path.join(RACINE, process.env['ADAPTATEUR']) : undefined;

export default defineConfig({
  root: RACINE,
  // No shared cache of transforms: a cached test file keeps the module it resolved, so a run with
  // one library would silently reuse another's (Vite's cache per replacement, Vitest's disabled).
  cacheDir: path.join(RACINE, 'node_modules/.vite/bibliotheques', path.basename(adaptateur ?? 'projet', '.ts')),
  plugins: [
    {
      name: 'remplacer-par-une-bibliotheque',
      enforce: 'pre',
      async resolveId(source, importeur) {
        if (!remplace || !adaptateur || !importeur) return null;
        const depuis = decodeURIComponent(
          importeur
            .replace(/^file:\/\//, '')
            .replace(/^\/@fs/, '')
            .split('?')[0]!,
        );
        if (depuis.startsWith(DOSSIER_ADAPTATEURS)) return null;
        const resolu = await this.resolve(source, importeur, { skipSelf: true });
        return resolu && resolu.id.split('?')[0] === remplace ? adaptateur : null;
      },
    },
  ],
  test: { environment: 'node', include: ['tests/unit/**/*.test.ts'], fsModuleCache: false },
});
