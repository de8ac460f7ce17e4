/**
 * Benchmark of the open-data import and export at 20 000 places (or `--lieux=N`).
 *
 *   npm run bench:donnees [-- --lieux=20000] [-- --site]
 *
 * In `bench/out/` (ignored by git), outside `content/`: generates a CSV file of N valid places
 * of the Calvados in the national standard (seeded, so every run uses the same file), creates
 * a project with the demonstration `collectif.yaml`, then measures, each in its own process
 * (wall time, CPU time and peak memory from process.resourceUsage; /usr/bin/time -v too when it
 * exists):
 *   1. `npm run import` of the file into the empty project (N files written);
 *   2. the same import again with --dry-run (N places « inchangés »);
 *   3. the export: reading and validating the N files, building every file of /donnees/;
 *   4. with --site: `astro build` of the whole site with the N places (pages and files).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { csvStandard, type LieuPourExport } from '../src/lib/donnees-ouvertes/export-standard.ts';
import { schemaLieu, type LieuSaisi } from '../src/lib/contenu/schemas/lieu.ts';
import { arbLieu, CONTEXTE_CALVADOS } from '../tests/unit/outils/generateurs.ts';

const RACINE_DEPOT = fileURLToPath(new URL('../', import.meta.url));
const SORTIE = join(RACINE_DEPOT, 'bench/out');
const PROJET = join(SORTIE, 'projet');
const args = process.argv.slice(2);
const nombre = Number(args.find((a) => a.startsWith('--lieux='))?.split('=')[1] ?? 20000);
const avecSite = args.includes('--site');
const TIME = '/usr/bin/time';

function generer(n: number): string {
  const schema = schemaLieu(CONTEXTE_CALVADOS);
  const generes = fc.sample(arbLieu, { numRuns: n, seed: 20260630 });
  const lieux: LieuPourExport[] = generes.map((g, i) => ({ donnees: schema.parse({ ...g.front, id: `${g.front['id']}-${i}` }) as LieuSaisi, corps: g.corps }));
  return csvStandard(lieux);
}

interface Mesure {
  secondes: number;
  cpuSecondes: number;
  memoireMaxMo: number;
  time?: { secondes: string; memoireMaxMo: number };
}

function mesurer(libelle: string, script: string, scriptArgs: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Mesure {
  const commande = [process.execPath, '--import', join(RACINE_DEPOT, 'bench/donnees-mesure.ts'), script, ...scriptArgs];
  const avecTime = existsSync(TIME);
  const r = spawnSync(avecTime ? TIME : commande[0]!, avecTime ? ['-v', ...commande] : commande.slice(1), {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 512 * 1024 * 1024,
  });
  const ligne = r.stderr.split('\n').find((l) => l.startsWith('MESURE '));
  if (!ligne) throw new Error(`${libelle} : pas de mesure (code ${r.status})\n${r.stderr.slice(-3000)}`);
  const mesure = JSON.parse(ligne.slice(7)) as Mesure;
  if (avecTime) {
    const horloge = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)/.exec(r.stderr)?.[1];
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
    if (horloge && rss) mesure.time = { secondes: horloge, memoireMaxMo: Number(rss) / 1024 };
  }
  const resume = r.stdout
    .split('\n')
    .filter((l) => /^(Bilan|Import de| {2}[a-z0-9])/.test(l) || /\/donnees\/.*\(\+|pages? built in/.test(l))
    .slice(0, 20)
    .join('\n');
  process.stdout.write(`\n## ${libelle}\n${resume}\n`);
  process.stdout.write(
    `→ ${mesure.secondes.toFixed(1)} s, CPU ${mesure.cpuSecondes.toFixed(1)} s, mémoire max ${mesure.memoireMaxMo.toFixed(0)} Mo${mesure.time ? ` (/usr/bin/time -v : ${mesure.time.secondes}, ${mesure.time.memoireMaxMo.toFixed(0)} Mo)` : ''}\n`,
  );
  if (r.status !== 0) throw new Error(`${libelle} : code de sortie ${r.status}\n${r.stderr.slice(-3000)}`);
  return mesure;
}

rmSync(SORTIE, { recursive: true, force: true });
mkdirSync(join(PROJET, 'content/lieux'), { recursive: true });
cpSync(join(RACINE_DEPOT, 'content/collectif.yaml'), join(PROJET, 'content/collectif.yaml'));

let t = performance.now();
const csv = generer(nombre);
const fichier = join(SORTIE, `lieux-${nombre}.csv`);
writeFileSync(fichier, csv);
process.stdout.write(
  `# Banc d'essai des données ouvertes : ${nombre} lieux\nFichier généré : ${fichier} (${(Buffer.byteLength(csv) / 1e6).toFixed(1)} Mo) en ${((performance.now() - t) / 1000).toFixed(1)} s\nNode ${process.version}\n`,
);

const cli = join(RACINE_DEPOT, 'src/cli/import.ts');
mesurer(`1. import de ${nombre} lieux dans un projet vide`, cli, [fichier], PROJET);
mesurer(`2. le même import relancé (--dry-run, ${nombre} inchangés)`, cli, [fichier, '--dry-run'], PROJET);
mesurer(`3. export de ${nombre} lieux (lecture, validation, fichiers de /donnees/)`, join(RACINE_DEPOT, 'bench/donnees-export.ts'), [PROJET], RACINE_DEPOT);

if (avecSite) {
  // A copy of the site whose content is the demonstration content with the N places.
  for (const element of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(RACINE_DEPOT, element), join(PROJET, element), { recursive: true });
  for (const element of readdirSync(join(RACINE_DEPOT, 'content'))) {
    if (element !== 'lieux' && element !== 'collectif.yaml')
      cpSync(join(RACINE_DEPOT, 'content', element), join(PROJET, 'content', element), { recursive: true });
  }
  symlinkSync(join(RACINE_DEPOT, 'node_modules'), join(PROJET, 'node_modules'));
  t = performance.now();
  try {
    mesurer(`4. astro build du site avec ${nombre} lieux`, join(RACINE_DEPOT, 'node_modules/astro/bin/astro.mjs'), ['build'], PROJET, {
      ASTRO_TELEMETRY_DISABLED: '1',
    });
  } finally {
    // The copy of the code would be checked by `astro check` and `tsc` (tsconfig includes **/*).
    for (const element of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'node_modules', 'dist', '.astro'])
      rmSync(join(PROJET, element), { recursive: true, force: true });
  }
}
