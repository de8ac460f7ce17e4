/**
 * Child process of import-interrompu.test.ts: takes the lock and writes an import of
 * `IMPORT_CREATIONS` new places plus an update of every existing one, as `npm run import` does,
 * then prints « fini ». The test kills it at random points.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ecrireToutOuRien, prendreVerrou, reprendreImportInterrompu } from '../../../src/lib/import/ecriture.ts';
import type { Operation } from '../../../src/lib/import/import-lieux.ts';

const racine = process.argv[2]!;
const creations = Number(process.env['IMPORT_CREATIONS'] ?? '2000');
const verrou = prendreVerrou(racine);
if (!verrou.ok) {
  process.stderr.write(`${verrou.message}\n`);
  process.exit(1);
}
if (process.env['IMPORT_ATTENDRE']) {
  // Holds the lock until killed (test of a second import).
  process.stdout.write('verrou pris\n');
  setInterval(() => undefined, 1000);
} else {
  reprendreImportInterrompu(racine);
  const existants = readdirSync(join(racine, 'content/lieux')).filter((n) => n.endsWith('.md'));
  const operations: Operation[] = [
    ...existants.map(
      (nom): Operation => ({
        ligne: 2,
        id: nom.slice(0, -3),
        chemin: `content/lieux/${nom}`,
        action: 'mise-a-jour',
        contenu: `---\nid: "${nom.slice(0, -3)}"\n---\nNouveau texte\n`,
        champsModifies: ['presentation_detail'],
      }),
    ),
    ...Array.from(
      { length: creations },
      (_, i): Operation => ({
        ligne: 3 + i,
        id: `nouveau-${i}`,
        chemin: `content/lieux/nouveau-${i}.md`,
        action: 'creation',
        contenu: `---\nid: "nouveau-${i}"\n---\n`,
        champsModifies: [],
      }),
    ),
  ];
  ecrireToutOuRien(racine, operations);
  verrou.liberer();
  process.stdout.write('fini\n');
}
