/**
 * Banc d'essai des bibliothèques : `npm run bench:bibliotheques`.
 *
 * Pour chacun des modules écrits à la main (lecture et écriture CSV, fichiers iCalendar, amas
 * de la carte, encodage des fichiers importés, valeur la plus proche), compare la version du
 * projet à la bibliothèque reconnue de son domaine (adaptateurs de `bench/bibliotheques/`) :
 *
 * 1. justesse : les tests unitaires du projet, lancés une fois tels quels puis une fois avec le
 *    module remplacé par l'adaptateur (`bench/bibliotheques/vitest.config.ts`) ; on liste les
 *    tests qui passent avec le projet et échouent avec la bibliothèque ;
 * 2. poids dans le navigateur, pour ce qui y est envoyé (les amas de la carte) : paquet esbuild
 *    minifié pour le navigateur, puis compressé par gzip ;
 * 3. vitesse à 20 000 lieux : médiane de 5 mesures après un tour de chauffe.
 *
 * Les bibliothèques comparées ne sont pas des dépendances du projet : installez-les d'abord
 * (`npm install --no-save …`, commande donnée par `bench/bibliotheques/paquets.ts` et rappelée
 * si l'une manque). Options : `--lieux=N` (20 000 par défaut), `--sans-tests` (vitesse et poids
 * seulement), `--seulement=csv,ical,amas,encodage,suggestion`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { distance as distanceBibliotheque } from 'fastest-levenshtein';
import * as amasProjet from '../src/lib/lieux/amas-carte.ts';
import * as csvProjet from '../src/lib/commun/csv.ts';
import * as icalProjet from '../src/lib/collectif/ical.ts';
import * as encodageProjet from '../src/lib/import/encodage.ts';
import * as suggestionProjet from '../src/lib/commun/suggestion.ts';
import { COLONNES } from '../src/lib/standard/valeurs.ts';
import { communesDuDepartement } from '../src/lib/territoire/communes.ts';
import { distanceEditionMaison } from './bibliotheques/levenshtein-maison.ts';
import { COMMANDE_INSTALLATION, importer, PAQUETS } from './bibliotheques/paquets.ts';

const RACINE = fileURLToPath(new URL('../', import.meta.url));
const options = new Map(
  process.argv.slice(2).map((a) => {
    const [cle, valeur = 'oui'] = a.replace(/^--/, '').split('=');
    return [cle!, valeur];
  }),
);
const N = Number(options.get('lieux') ?? 20_000);
const SUJETS = ['csv', 'ical', 'amas', 'encodage', 'suggestion'] as const;
type Sujet = (typeof SUJETS)[number];
const retenus = new Set<string>(options.get('seulement')?.split(',') ?? SUJETS);

// Les adaptateurs chargent leurs bibliothèques ; s'il en manque une, on s'arrête tout de suite.
for (const nom of Object.keys(PAQUETS)) await importer(nom === 'csv-parse' ? 'csv-parse/sync' : nom);

const fr = (n: number, chiffres = 1) => n.toLocaleString('fr-FR', { maximumFractionDigits: chiffres });

/* -------------------------------------------------------------------------------------- */
/* Mesures                                                                                */
/* -------------------------------------------------------------------------------------- */

/** Médiane, en millisecondes, de `fois` exécutions après un tour de chauffe. */
function chrono(fn: () => unknown, fois = 5): number {
  fn();
  const durees: number[] = [];
  for (let k = 0; k < fois; k++) {
    const debut = performance.now();
    fn();
    durees.push(performance.now() - debut);
  }
  durees.sort((a, b) => a - b);
  return durees[Math.floor(durees.length / 2)]!;
}

/** Octets gzip d'un paquet esbuild minifié pour le navigateur (le code que le site enverrait). */
async function poidsNavigateur(source: string): Promise<{ brut: number; gzip: number }> {
  const resultat = await build({
    stdin: { contents: source, resolveDir: RACINE, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = resultat.outputFiles[0]!.contents;
  return { brut: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

interface ResultatTests {
  reussis: number;
  echoues: string[];
}

/** Lance des fichiers de tests unitaires, tels quels ou avec un module remplacé par un adaptateur. */
function lancerTests(fichiers: readonly string[], remplacement?: { module: string; adaptateur: string }): ResultatTests {
  const dossier = mkdtempSync(path.join(tmpdir(), 'bench-bibliotheques-'));
  const sortie = path.join(dossier, 'resultats.json');
  const env = { ...process.env, MODULE_REMPLACE: remplacement?.module ?? '', ADAPTATEUR: remplacement?.adaptateur ?? '' };
  spawnSync(
    process.execPath,
    [
      path.join(RACINE, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--config',
      'bench/bibliotheques/vitest.config.ts',
      '--reporter=json',
      `--outputFile=${sortie}`,
      '--testTimeout=60000',
      ...fichiers,
    ],
    { cwd: RACINE, env, encoding: 'utf8' },
  );
  let json: { testResults: { assertionResults: { fullName: string; status: string }[]; message?: string; name: string }[] };
  try {
    json = JSON.parse(readFileSync(sortie, 'utf8'));
  } catch {
    throw new Error(`les tests ${fichiers.join(' ')} n'ont rien produit${remplacement ? ` avec ${remplacement.adaptateur}` : ''}`);
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
  const resultats = json.testResults.flatMap((f) =>
    f.assertionResults.length > 0
      ? f.assertionResults
      : [{ fullName: `${path.relative(RACINE, f.name)} (ne se charge pas : ${f.message?.split('\n')[0]})`, status: 'failed' }],
  );
  return { reussis: resultats.filter((r) => r.status === 'passed').length, echoues: resultats.filter((r) => r.status === 'failed').map((r) => r.fullName) };
}

/* -------------------------------------------------------------------------------------- */
/* Données à l'échelle : N lieux fictifs répartis sur les communes du Calvados              */
/* -------------------------------------------------------------------------------------- */

let graine = 42;
const hasard = () => (graine = (graine * 16807) % 2147483647) / 2147483647;
const communes = communesDuDepartement('14');
const lieux = Array.from({ length: N }, (_, i) => {
  const c = communes[i % communes.length]!;
  return {
    i,
    nom: `Espace numérique ${c.nom} n° ${i}`,
    commune: c.nom,
    latitude: c.latitude + (hasard() - 0.5) * 0.05,
    longitude: c.longitude + (hasard() - 0.5) * 0.05,
  };
});

/* -------------------------------------------------------------------------------------- */
/* Les comparaisons                                                                       */
/* -------------------------------------------------------------------------------------- */

interface Ligne {
  mesure: string;
  valeurs: Record<string, string>;
}
interface Comparaison {
  sujet: Sujet;
  module: string;
  tests: string[];
  adaptateurs: Record<string, string>;
  mesures: () => Promise<Ligne[]>;
}

const ms = (n: number) => `${fr(n)} ms`;

const COMPARAISONS: Comparaison[] = [
  {
    sujet: 'csv',
    module: 'src/lib/commun/csv.ts',
    // Les tests du module et ceux qui lisent ou écrivent du CSV à travers lui.
    tests: [
      'tests/unit/commun/csv.test.ts',
      'tests/unit/import',
      'tests/unit/standard',
      'tests/unit/donnees-ouvertes',
      'tests/unit/collectif/listes-collectif.test.ts',
    ],
    adaptateurs: { 'csv-parse': 'bench/bibliotheques/csv-parse.ts', papaparse: 'bench/bibliotheques/csv-papaparse.ts' },
    async mesures() {
      const csvParse = await import('./bibliotheques/csv-parse.ts');
      const papa = await import('./bibliotheques/csv-papaparse.ts');
      const lignes = [
        [...COLONNES],
        ...lieux.map((l) =>
          COLONNES.map((c, k) =>
            c === 'nom'
              ? l.nom
              : c === 'commune'
                ? l.commune
                : c === 'horaires'
                  ? 'Mo-Fr 09:00-12:00,14:00-17:30; Sa 10:00-12:00'
                  : k % 5 === 0
                    ? `valeur "${k}", avec virgule`
                    : `valeur ${k}`,
          ),
        ),
      ];
      const texte = csvProjet.ecrireCsv(lignes);
      return [
        {
          mesure: `lecture de ${fr(N, 0)} lignes (${fr(texte.length / 1e6)} Mo)`,
          valeurs: {
            projet: ms(chrono(() => csvProjet.lireCsv(texte))),
            'csv-parse': ms(chrono(() => csvParse.lireCsv(texte))),
            papaparse: ms(chrono(() => papa.lireCsv(texte))),
          },
        },
        {
          mesure: `écriture de ${fr(N, 0)} lignes`,
          valeurs: {
            projet: ms(chrono(() => csvProjet.ecrireCsv(lignes))),
            'csv-parse': '(csv-stringify)',
            papaparse: ms(chrono(() => papa.ecrireCsv(lignes))),
          },
        },
      ];
    },
  },
  {
    sujet: 'ical',
    module: 'src/lib/collectif/ical.ts',
    tests: ['tests/unit/collectif/ical.test.ts'],
    adaptateurs: { 'ical-generator': 'bench/bibliotheques/ical-generator.ts' },
    async mesures() {
      const bibliotheque = await import('./bibliotheques/ical-generator.ts');
      const evenements = lieux.map((l) => ({
        uid: `reunion-${l.i}@exemple.org`,
        debut: '2026-12-10T14:00',
        fin: '2026-12-10T16:30',
        titre: `Réunion ${l.nom}`,
        lieu: `${l.nom}, ${l.commune}`,
        description: 'Ordre du jour :\n- Bilan, perspectives\n- Questions diverses',
        url: `https://exemple.org/reunions/${l.i}/`,
      }));
      const o = { produit: '-//Collectif//Site//FR', nom: 'Réunions', horodatage: new Date('2026-11-26T08:30:00Z') };
      return [
        {
          mesure: `fichier de ${fr(N, 0)} événements`,
          valeurs: {
            projet: ms(chrono(() => icalProjet.calendrierIcs(evenements, o))),
            'ical-generator': ms(chrono(() => bibliotheque.calendrierIcs(evenements, o))),
          },
        },
      ];
    },
  },
  {
    sujet: 'amas',
    module: 'src/lib/lieux/amas-carte.ts',
    tests: ['tests/unit/lieux/amas-carte.test.ts'],
    adaptateurs: { supercluster: 'bench/bibliotheques/amas-supercluster.ts' },
    async mesures() {
      const sc = await import('./bibliotheques/amas-supercluster.ts');
      // La fonction d'amas du projet, sous son nom du moment (regrouper, puis amasser).
      const projet = amasProjet as unknown as Record<
        string,
        ((xs: Float64Array, ys: Float64Array, indices: readonly number[], zoom: number) => unknown[]) | undefined
      >;
      const amasser = projet['amasser'] ?? projet['regrouper'];
      if (!amasser) throw new Error('src/lib/lieux/amas-carte.ts n’exporte ni amasser ni regrouper');
      const xs = new Float64Array(N);
      const ys = new Float64Array(N);
      lieux.forEach((l) => ([xs[l.i], ys[l.i]] = amasProjet.mercator(l.latitude, l.longitude)));
      const tous = lieux.map((l) => l.i);
      const filtres = tous.filter((i) => i % 3 !== 0);
      const index = sc.index(xs, ys, filtres);
      const poidsProjet = await poidsNavigateur(`export * from './src/lib/lieux/amas-carte.ts';`);
      const poidsSc = await poidsNavigateur(
        `export { mercator, inverseMercator } from './src/lib/lieux/amas-carte.ts'; export { default } from 'supercluster';`,
      );
      return [
        {
          mesure: `changement de filtre (${fr(filtres.length, 0)} lieux), amas au zoom 10`,
          valeurs: {
            projet: ms(chrono(() => amasser(xs, ys, filtres, 10))),
            supercluster: `${ms(chrono(() => sc.index(xs, ys, filtres).getClusters([-180, -85, 180, 85], 10)))} (index de tous les zooms)`,
          },
        },
        {
          mesure: 'changement de zoom (9 → 12), mêmes lieux',
          valeurs: {
            projet: ms(chrono(() => [9, 10, 11, 12].map((z) => amasser(xs, ys, filtres, z)))),
            supercluster: ms(chrono(() => [9, 10, 11, 12].map((z) => index.getClusters([-180, -85, 180, 85], z)))),
          },
        },
        {
          mesure: 'amas dans la forme du projet (avec leurs lieux), zooms 5 à 18',
          valeurs: {
            projet: ms(
              chrono(() => {
                for (let z = 5; z <= 18; z++) amasser(xs, ys, tous, z);
              }, 3),
            ),
            supercluster: ms(
              chrono(() => {
                const idx = sc.index(xs, ys, tous);
                for (let z = 5; z <= 18; z++) sc.amasDeLIndex(idx, xs, ys, z);
              }, 3),
            ),
          },
        },
        {
          mesure: 'poids envoyé au navigateur (esbuild minifié, gzip)',
          valeurs: {
            projet: `${fr(poidsProjet.gzip / 1024, 2)} Ko (${fr(poidsProjet.brut / 1024, 2)} Ko brut)`,
            supercluster: `${fr(poidsSc.gzip / 1024, 2)} Ko (${fr(poidsSc.brut / 1024, 2)} Ko brut, kdbush compris)`,
          },
        },
      ];
    },
  },
  {
    sujet: 'encodage',
    module: 'src/lib/import/encodage.ts',
    tests: ['tests/unit/import/encodage.test.ts', 'tests/unit/import/import-lieux.test.ts'],
    adaptateurs: { 'chardet + iconv-lite': 'bench/bibliotheques/encodage-chardet.ts' },
    async mesures() {
      const bibliotheque = await import('./bibliotheques/encodage-chardet.ts');
      const iconv = await importer<{ encode(texte: string, encodage: string): Buffer }>('iconv-lite');
      const texte = `id,nom,commune\r\n${lieux.map((l) => `${l.i},${l.nom} – médiathèque à côté,${l.commune}`).join('\r\n')}\r\n`;
      const utf8 = new TextEncoder().encode(texte);
      const windows = new Uint8Array(iconv.encode(texte.replaceAll('–', '-'), 'windows-1252'));
      return [
        {
          mesure: `fichier UTF-8 de ${fr(N, 0)} lignes (${fr(utf8.length / 1e6)} Mo)`,
          valeurs: {
            projet: ms(chrono(() => encodageProjet.decoderFichier(utf8))),
            'chardet + iconv-lite': ms(chrono(() => bibliotheque.decoderFichier(utf8))),
          },
        },
        {
          mesure: `fichier Windows-1252 de ${fr(N, 0)} lignes`,
          valeurs: {
            projet: ms(chrono(() => encodageProjet.decoderFichier(windows))),
            'chardet + iconv-lite': ms(chrono(() => bibliotheque.decoderFichier(windows))),
          },
        },
      ];
    },
  },
  {
    sujet: 'suggestion',
    module: 'src/lib/commun/suggestion.ts',
    // Le module et tout ce qui propose « vouliez-vous dire … ? » à travers lui.
    tests: [
      'tests/unit/commun/outils.test.ts',
      'tests/unit/standard',
      'tests/unit/contenu',
      'tests/unit/import',
      'tests/unit/contribution',
      'tests/unit/collectif/secretariat.test.ts',
    ],
    adaptateurs: { 'fuse.js': 'bench/bibliotheques/suggestion-fuse.ts' },
    async mesures() {
      const fuse = await import('./bibliotheques/suggestion-fuse.ts');
      const noms = lieux.map((l) => l.nom);
      const paires = noms.map((n, k) => [n, noms[(k * 7919) % noms.length]!] as const);
      const identiques = paires.every(([a, b]) => distanceEditionMaison(a, b) === distanceBibliotheque(a, b));
      const fautes = communes.slice(0, 200).map((c) => c.nom.replace(/e/, 'é').replace(/[aeiou](?=[^aeiou]*$)/, ''));
      return [
        {
          mesure: `distance d'édition, ${fr(N, 0)} paires de noms`,
          valeurs: {
            'ancienne (écrite à la main)': ms(chrono(() => paires.map(([a, b]) => distanceEditionMaison(a, b)))),
            'fastest-levenshtein (adoptée)': `${ms(chrono(() => paires.map(([a, b]) => distanceBibliotheque(a, b))))}${identiques ? ', résultats identiques' : ', RÉSULTATS DIFFÉRENTS'}`,
          },
        },
        {
          mesure: `valeur la plus proche : 20 fautes parmi ${fr(N, 0)} valeurs`,
          valeurs: {
            projet: ms(chrono(() => fautes.slice(0, 20).map((f) => suggestionProjet.valeurLaPlusProche(f, noms)), 3)),
            'fuse.js': ms(chrono(() => fautes.slice(0, 20).map((f) => fuse.valeurLaPlusProche(f, noms)), 3)),
          },
        },
        {
          mesure: 'valeur la plus proche : 200 noms de commune mal écrits parmi les communes du Calvados',
          valeurs: {
            projet: ms(
              chrono(() =>
                fautes.map((f) =>
                  suggestionProjet.valeurLaPlusProche(
                    f,
                    communes.map((c) => c.nom),
                  ),
                ),
              ),
            ),
            'fuse.js': ms(
              chrono(() =>
                fautes.map((f) =>
                  fuse.valeurLaPlusProche(
                    f,
                    communes.map((c) => c.nom),
                  ),
                ),
              ),
            ),
          },
        },
      ];
    },
  },
];

/* -------------------------------------------------------------------------------------- */
/* Rapport                                                                                */
/* -------------------------------------------------------------------------------------- */

console.log(
  `Banc d'essai des bibliothèques : ${fr(N, 0)} lieux, Node ${process.versions.node}, ${cpus().length} cœurs, charge ${loadavg()
    .map((l) => fr(l, 2))
    .join(' / ')}`,
);
console.log(
  `Bibliothèques : ${Object.entries(PAQUETS)
    .map(([n, v]) => `${n} ${v}`)
    .join(', ')} (installation : ${COMMANDE_INSTALLATION})\n`,
);

for (const c of COMPARAISONS.filter((c) => retenus.has(c.sujet))) {
  console.log(`## ${c.module}`);
  if (!options.has('sans-tests')) {
    const projet = lancerTests(c.tests);
    console.log(`Justesse (${c.tests.join(' ')}) :`);
    console.log(
      `  projet : ${projet.reussis} tests réussis, ${projet.echoues.length} échoués${projet.echoues.length > 0 ? ` (${projet.echoues.join(' ; ')})` : ''}`,
    );
    for (const [nom, adaptateur] of Object.entries(c.adaptateurs)) {
      const r = lancerTests(c.tests, { module: c.module, adaptateur });
      const propres = r.echoues.filter((t) => !projet.echoues.includes(t));
      console.log(`  ${nom} : ${r.reussis} réussis, ${propres.length} échoués qui passent avec le projet${propres.length > 0 ? ' :' : ''}`);
      for (const t of propres) console.log(`    - ${t}`);
    }
  }
  console.log('Vitesse (médiane de 5 mesures) et poids :');
  for (const l of await c.mesures())
    console.log(
      `  ${l.mesure} : ${Object.entries(l.valeurs)
        .map(([n, v]) => `${n} ${v}`)
        .join(' · ')}`,
    );
  console.log('');
}
