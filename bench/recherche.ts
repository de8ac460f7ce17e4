/**
 * Banc d'essai de la recherche à grande échelle : `npm run bench:recherche`.
 *
 * 1. Copie le projet dans un dossier temporaire (sans toucher à `content/` du dépôt) et y
 *    génère N lieux fictifs valides (20 000 par défaut, `--lieux=N`), répartis sur les
 *    communes du département du collectif, à partir du répertoire officiel des communes.
 * 2. Construit ce site (`npm run build` : validation, Astro, index Pagefind) et mesure
 *    la taille de l'index sur le disque.
 * 3. Dans Chromium sans tête, mesure pour des requêtes d'un mot le temps jusqu'aux premiers
 *    résultats affichés et les octets transférés, dans trois situations :
 *    - la page `/recherche/?q=…` ouverte à froid (cache vide) ;
 *    - la saisie dans le champ d'en-tête d'une autre page (Pagefind chargé au focus) ;
 *    - la saisie sur `/recherche/` une fois l'index préchargé pendant l'inactivité.
 *
 * Options : `--lieux=N`, `--repetitions=N` (médiane de N mesures, 5 par défaut),
 * `--garder` (ne pas effacer le dossier temporaire), `--dossier=CHEMIN` (réutiliser un site
 * déjà construit par une exécution précédente avec --garder, sans reconstruire).
 * Le serveur de test ne compresse pas : les octets « servis » sont bruts ; la colonne
 * « gzip » estime ce qu'un hébergeur qui compresse (GitHub Pages, Netlify…) transférerait.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { communesDuDepartement } from '../src/lib/territoire/communes.ts';
import { slugifier } from '../src/lib/commun/slug.ts';
import { SERVICES } from '../src/lib/standard/valeurs.ts';
import { launchBrowser, newPage, startServer } from '../tests/e2e/harness.ts';

const RACINE = fileURLToPath(new URL('../', import.meta.url));

const options = new Map(
  process.argv.slice(2).map((a) => {
    const [cle, valeur = 'oui'] = a.replace(/^--/, '').split('=');
    return [cle!, valeur];
  }),
);
const N = Number(options.get('lieux') ?? 20_000);
const REPETITIONS = Number(options.get('repetitions') ?? 5);
if (!Number.isInteger(N) || N < 1 || !Number.isInteger(REPETITIONS) || REPETITIONS < 1) {
  console.error('Usage : npm run bench:recherche -- [--lieux=20000] [--repetitions=5] [--garder] [--dossier=CHEMIN]');
  process.exit(2);
}

// Génération ---------------------------------------------------------------------------------

/** Générateur pseudo-aléatoire à graine (mulberry32) : le même site à chaque exécution. */
function aleatoire(graine: number): () => number {
  return () => {
    graine = (graine + 0x6d2b79f5) | 0;
    let t = Math.imul(graine ^ (graine >>> 15), 1 | graine);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GENRES = [
  ['Médiathèque', 'BIB'],
  ['Bibliothèque municipale', 'BIB'],
  ['Espace France Services', 'RFS'],
  ['CCAS', 'CCAS'],
  ['Espace public numérique', 'EPN'],
  ['Centre social', 'CS'],
  ['Association numérique', 'ASSO'],
  ['Mairie', 'MUNI'],
  ['Tiers-lieu', 'TIERS_LIEUX'],
  ['Maison des solidarités', 'MDS'],
] as const;
const HORAIRES = [
  'Mo-Fr 09:00-12:00,13:30-17:00; PH off',
  'Tu-Fr 10:00-12:30,14:00-18:00; Sa 10:00-17:00; PH off',
  'Mo,We,Fr 14:00-18:00; PH off',
  'Mo-Fr 08:30-12:30,13:30-17:30; Sa 09:00-12:00; PH off',
  'Tu,Th 09:00-12:00',
];
const PHRASES = [
  'Accompagnement aux démarches administratives en ligne : CAF, CPAM, impôts, retraite, France Travail.',
  'Ateliers collectifs pour apprendre à utiliser une tablette, un smartphone ou un ordinateur.',
  'Accès libre à des ordinateurs, une imprimante et un scanner, avec un conseiller sur place.',
  'Aide à la création d’une adresse électronique et à la prise de rendez-vous médical en ligne.',
  'Sensibilisation à la sécurité numérique : mots de passe, arnaques, protection des données personnelles.',
  'Permanences d’écrivain public numérique sur rendez-vous, pour les personnes éloignées du numérique.',
  'Prêt de matériel et vente d’ordinateurs reconditionnés à prix solidaire.',
  'Accompagnement des parents à l’usage des espaces numériques de travail des collèges et lycées.',
];

/** Un lieu fictif au format de `content/lieux/`, valide pour la validation du site. */
function lieuGenere(i: number, commune: ReturnType<typeof communesDuDepartement>[number], rang: number, hasard: () => number): [string, string] {
  const [genre, typologie] = GENRES[Math.floor(hasard() * GENRES.length)]!;
  const nom = `${genre} de ${commune.nom}${rang > 1 ? ` n° ${rang}` : ''}`;
  const id = `bench-${String(i).padStart(5, '0')}-${slugifier(nom)}`.slice(0, 80).replace(/-+$/, '');
  const services = SERVICES.filter(() => hasard() < 0.35);
  if (services.length === 0) services.push(SERVICES[Math.floor(hasard() * SERVICES.length)]!);
  const corps = Array.from({ length: 3 }, () => PHRASES[Math.floor(hasard() * PHRASES.length)]).join('\n\n');
  const jitter = () => (hasard() - 0.5) * 0.004;
  const texte = `---
id: ${id}
pivot: "W14${String(i).padStart(7, '0')}"
nom: ${JSON.stringify(nom)}
commune: ${JSON.stringify(commune.nom)}
code_postal: "${commune.codesPostaux[0] ?? '14000'}"
code_insee: "${commune.insee}"
adresse: "${1 + (i % 120)} rue de la Mairie"
latitude: ${(commune.latitude + jitter()).toFixed(5)}
longitude: ${(commune.longitude + jitter()).toFixed(5)}
typologie: [${typologie}]
horaires: ${JSON.stringify(HORAIRES[i % HORAIRES.length])}
presentation_resume: ${JSON.stringify(PHRASES[i % PHRASES.length])}
itinerance: ["Fixe"]
date_maj: "2026-10-01"
services: ${JSON.stringify(services)}
frais_a_charge: ["Gratuit"]
modalites_acces: ["Se présenter", "Téléphoner"]
---
${corps}
`;
  return [id, texte];
}

/** Copie du projet (sans node_modules, lié, ni les lieux) avec N lieux générés. */
function preparerSite(): string {
  const dossier = mkdtempSync(path.join(tmpdir(), 'bench-recherche-'));
  for (const nom of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) {
    cpSync(path.join(RACINE, nom), path.join(dossier, nom), { recursive: true, filter: (source) => !source.startsWith(path.join(RACINE, 'content', 'lieux')) });
  }
  symlinkSync(path.join(RACINE, 'node_modules'), path.join(dossier, 'node_modules'), 'dir');
  const collectif = parse(readFileSync(path.join(RACINE, 'content', 'collectif.yaml'), 'utf8')) as { departement: { code: string } };
  const communes = communesDuDepartement(collectif.departement.code).filter((c) => c.codesPostaux.length > 0);
  if (communes.length === 0) throw new Error(`Aucune commune connue pour le département ${collectif.departement.code}.`);
  const hasard = aleatoire(20_000);
  const dossierLieux = path.join(dossier, 'content', 'lieux');
  mkdirSync(dossierLieux, { recursive: true });
  // Plus de lieux dans les communes peuplées, comme dans un vrai annuaire (poids : racine de la population).
  const cumul: number[] = [];
  for (const c of communes) cumul.push((cumul.at(-1) ?? 0) + Math.sqrt(Math.max(c.population, 1)));
  const tirerCommune = () => {
    const cible = hasard() * cumul.at(-1)!;
    let bas = 0;
    let haut = cumul.length - 1;
    while (bas < haut) {
      const milieu = (bas + haut) >> 1;
      if (cumul[milieu]! < cible) bas = milieu + 1;
      else haut = milieu;
    }
    return communes[bas]!;
  };
  const rangs = new Map<string, number>();
  for (let i = 1; i <= N; i++) {
    const commune = tirerCommune();
    const rang = (rangs.get(commune.insee) ?? 0) + 1;
    rangs.set(commune.insee, rang);
    const [id, texte] = lieuGenere(i, commune, rang, hasard);
    writeFileSync(path.join(dossierLieux, `${id}.md`), texte);
  }
  console.log(`${N} lieux générés dans ${rangs.size} communes : ${dossierLieux}`);
  return dossier;
}

// Mesures --------------------------------------------------------------------------------------

function fichiers(dossier: string): string[] {
  return readdirSync(dossier, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? fichiers(path.join(dossier, e.name)) : [path.join(dossier, e.name)]));
}

const ko = (octets: number) => `${(octets / 1024).toFixed(1)} Ko`;
const mediane = (valeurs: number[]) => [...valeurs].sort((a, b) => a - b)[Math.floor(valeurs.length / 2)]!;

/** Octets que transférerait un hébergeur qui compresse : gzip pour le texte, tel quel pour les fichiers déjà compressés de Pagefind. */
function octetsCompresses(url: string, corps: Buffer): number {
  return /\.(js|css|json|html|svg)$/.test(new URL(url).pathname) ? gzipSync(corps).length : corps.length;
}

interface Mesure {
  ms: number;
  servis: number;
  gzip: number;
  /** Part de l'index et du moteur Pagefind (`/pagefind/…`) dans `gzip`. */
  pagefind: number;
  requetes: number;
}

/** Une situation mesurée : renvoie la durée en ms ; `recommencer()` oublie les réponses déjà reçues. */
type Scenario = (page: import('playwright-core').Page, recommencer: () => void) => Promise<number>;

/** Ouvre un contexte vierge (cache vide), lance `scenario` et compte les réponses reçues. */
async function mesurer(navigateur: Awaited<ReturnType<typeof launchBrowser>>, base: string, scenario: Scenario): Promise<Mesure> {
  const { context, page } = await newPage(navigateur, { baseURL: base });
  let corps: Promise<[string, Buffer]>[] = [];
  page.on('response', (r) => {
    if (r.status() === 200)
      corps.push(
        r
          .body()
          .then((b) => [r.url(), b] as [string, Buffer])
          .catch(() => [r.url(), Buffer.alloc(0)] as [string, Buffer]),
      );
  });
  const ms = await scenario(page, () => (corps = []));
  const recus = await Promise.all(corps);
  await context.close();
  return {
    ms,
    servis: recus.reduce((s, [, b]) => s + b.length, 0),
    gzip: recus.reduce((s, [u, b]) => s + octetsCompresses(u, b), 0),
    pagefind: recus.filter(([u]) => new URL(u).pathname.includes('/pagefind/')).reduce((s, [u, b]) => s + octetsCompresses(u, b), 0),
    requetes: recus.length,
  };
}

/** Enregistre dans la page l'instant où un élément apparaît (MutationObserver), et celui de la dernière saisie. */
const SONDE = `
  window.__saisie = 0;
  document.addEventListener('input', () => { window.__saisie = performance.now(); }, true);
  window.__premier = new Promise((resoudre) => {
    const voir = () => {
      if (document.querySelector(window.__selecteur || '.resultat')) { resoudre(performance.now()); return true; }
      return false;
    };
    new MutationObserver(() => voir()).observe(document, { childList: true, subtree: true });
  });
`;

async function main() {
  const reutilise = options.get('dossier');
  const dossier = reutilise ? path.resolve(reutilise) : preparerSite();
  const dist = path.join(dossier, 'dist');
  try {
    if (!reutilise) {
      console.log('Construction du site (npm run build)…');
      const debut = performance.now();
      const build = spawnSync('npm', ['run', 'build'], {
        cwd: dossier,
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
        maxBuffer: 256 * 1024 * 1024,
      });
      if (build.status !== 0) {
        console.error(build.stdout.toString().split('\n').slice(-40).join('\n'));
        throw new Error(`La construction a échoué (code ${build.status}).`);
      }
      const ligne = build.stdout
        .toString()
        .split('\n')
        .find((l) => l.includes('Index de recherche écrit'));
      console.log(`Construction : ${((performance.now() - debut) / 1000).toFixed(1)} s. ${ligne?.replace(/^.*\] /, '') ?? ''}`);
    }
    if (!existsSync(path.join(dist, 'pagefind', 'pagefind.js'))) throw new Error(`Index absent : ${dist}/pagefind/`);

    // Taille de l'index.
    const index = fichiers(path.join(dist, 'pagefind'));
    const parType = new Map<string, [number, number]>();
    for (const f of index) {
      const rel = path.relative(path.join(dist, 'pagefind'), f);
      const groupe = rel.includes(path.sep)
        ? rel.split(path.sep)[0]!
        : rel.startsWith('wasm')
          ? 'wasm'
          : rel.endsWith('.pf_meta')
            ? 'méta'
            : 'scripts et interfaces';
      const [n, o] = parType.get(groupe) ?? [0, 0];
      parType.set(groupe, [n + 1, o + statSync(f).size]);
    }
    const total = index.reduce((s, f) => s + statSync(f).size, 0);
    const du = execFileSync('du', ['-sk', path.join(dist, 'pagefind')])
      .toString()
      .split('\t')[0];
    console.log(`\nIndex sur le disque : ${(total / 1024 / 1024).toFixed(2)} Mo en ${index.length} fichiers (du : ${(Number(du) / 1024).toFixed(1)} Mio).`);
    for (const [groupe, [n, o]] of [...parType].sort())
      console.log(`  ${groupe.padEnd(24)} ${String(n).padStart(6)} fichiers ${(o / 1024 / 1024).toFixed(2).padStart(8)} Mo`);

    // Mots cherchés : un mot courant, un mot plus rare, le nom de la commune qui a le plus de lieux.
    const communes = new Map<string, number>();
    for (const f of readdirSync(path.join(dossier, 'content', 'lieux'))) {
      const m = /^commune: "(.*)"$/m.exec(readFileSync(path.join(dossier, 'content', 'lieux', f), 'utf8'));
      if (m) communes.set(m[1]!, (communes.get(m[1]!) ?? 0) + 1);
    }
    const communeMax = [...communes].sort((a, b) => b[1] - a[1])[0]![0].split(/[\s-]/)[0]!;
    const mots = ['démarches', 'tablette', communeMax];

    const chargeDebut = loadavg()[0]!;
    const serveur = await startServer(dist);
    const navigateur = await launchBrowser();
    try {
      const lignes: string[][] = [];
      for (const mot of mots) {
        const scenarios: [string, Scenario][] = [
          [
            'page /recherche/?q= à froid (depuis le début de la navigation)',
            async (page) => {
              await page.addInitScript(SONDE);
              await page.goto(`/recherche/?q=${encodeURIComponent(mot)}`);
              return page.evaluate(() => (window as unknown as { __premier: Promise<number> }).__premier);
            },
          ],
          [
            'champ d’en-tête d’une autre page (depuis la frappe)',
            async (page, recommencer) => {
              await page.addInitScript(`window.__selecteur = 'recherche-entete .resultat';${SONDE}`);
              await page.goto('/charte/', { waitUntil: 'networkidle' });
              recommencer();
              // Un seul évènement input (comme un collage) : la mesure part de la requête complète.
              await page.getByLabel('Rechercher sur le site').fill(mot);
              return page.evaluate(async () => {
                const w = window as unknown as { __premier: Promise<number>; __saisie: number };
                const fin = await w.__premier;
                return fin - w.__saisie;
              });
            },
          ],
          [
            '/recherche/ après préchargement (depuis la frappe)',
            async (page, recommencer) => {
              await page.addInitScript(SONDE);
              await page.goto('/recherche/', { waitUntil: 'networkidle' });
              // L'index est préchargé pendant l'inactivité : attendre que ses métadonnées soient arrivées.
              await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('.pf_meta')));
              await page.waitForLoadState('networkidle');
              recommencer();
              await page.getByLabel(/^Rechercher un lieu/).fill(mot);
              return page.evaluate(async () => {
                const w = window as unknown as { __premier: Promise<number>; __saisie: number };
                const fin = await w.__premier;
                return fin - w.__saisie;
              });
            },
          ],
        ];
        for (const [nom, scenario] of scenarios) {
          const mesures: Mesure[] = [];
          for (let i = 0; i < REPETITIONS; i++) mesures.push(await mesurer(navigateur, serveur.url, scenario));
          const ms = mesures.map((x) => x.ms);
          lignes.push([
            mot,
            nom,
            `${Math.round(mediane(ms))} ms`,
            `${Math.round(Math.min(...ms))}–${Math.round(Math.max(...ms))} ms`,
            ko(mediane(mesures.map((x) => x.servis))),
            ko(mediane(mesures.map((x) => x.gzip))),
            ko(mediane(mesures.map((x) => x.pagefind))),
            String(mediane(mesures.map((x) => x.requetes))),
          ]);
        }
      }
      const entetes = ['requête', 'situation', 'médiane', 'min–max', 'octets servis', 'gzip estimé', 'dont Pagefind', 'requêtes'];
      const largeurs = entetes.map((e, i) => Math.max(e.length, ...lignes.map((l) => l[i]!.length)));
      console.log(`\nPremiers résultats dans Chromium sans tête, ${N} lieux, médiane de ${REPETITIONS} mesures (cache vide à chaque mesure) :`);
      // Les durées dépendent de la charge de la machine : elle est rappelée avec les chiffres.
      console.log(
        `Charge moyenne (1 min) : ${chargeDebut.toFixed(1)} au début des mesures, ${loadavg()[0]!.toFixed(1)} à la fin, pour ${cpus().length} cœurs.`,
      );
      console.log(entetes.map((e, i) => e.padEnd(largeurs[i]!)).join(' | '));
      console.log(largeurs.map((l) => '-'.repeat(l)).join('-|-'));
      for (const l of lignes) console.log(l.map((c, i) => c.padEnd(largeurs[i]!)).join(' | '));
      console.log(
        '\nOctets : toutes les réponses de la situation (page, CSS et scripts compris « à froid » ; à partir de la saisie sinon).\n' +
          'Durées « depuis la frappe » : de l’évènement input (requête complète) aux premiers résultats affichés, délai de saisie de 150 ms compris.',
      );
    } finally {
      await navigateur.close();
      await serveur.close();
    }
  } finally {
    if (options.has('garder') || reutilise) console.log(`\nSite conservé : ${dossier} (relancer avec --dossier=${dossier})`);
    else rmSync(dossier, { recursive: true, force: true });
  }
}

await main();
