/**
 * The Chromium of the end-to-end tests: where to look for it, and what to do when it is missing.
 *
 * `npm test` (and `npm run test:e2e`) run this file first, so that a machine without a browser
 * stops before the first test with one French line saying what to run, instead of failing
 * minutes later in the middle of the e2e tests. As root with apt (a fresh Debian or Ubuntu
 * CI container), it installs Debian's `chromium` itself. When a browser is found it prints
 * nothing: machines that already have one see no difference.
 *
 * tests/e2e/harness.ts imports `findChromium()` from here, so the list of places is written
 * once. Run directly by Node 24 (types stripped): erasable TypeScript syntax only.
 *
 * Usage: node tools/chromium.ts
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

/** Usual places of Chromium or Chrome on Linux, in order of preference (`CHROMIUM_PATH` first). */
export const CHROMIUM_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/** The one line printed when Chromium is missing and cannot be installed here. */
export const MESSAGE_INTROUVABLE =
  'Chromium est introuvable : installez-le avec « sudo apt-get install chromium » (Debian, Ubuntu) ou indiquez son chemin dans CHROMIUM_PATH.';

/** What the decision depends on; injected so that the unit tests can fake a bare machine. */
export interface Environnement {
  /** Value of `CHROMIUM_PATH` (empty or undefined: not set). */
  cheminChromium: string | undefined;
  /** True for an existing, executable file. */
  estExecutable: (chemin: string) => boolean;
  /** `process.getuid()`, undefined where it does not exist (Windows). */
  uid: number | undefined;
  /** True when `apt-get` is on the PATH. */
  aptGet: boolean;
}

export type Decision = { action: 'utiliser'; chemin: string } | { action: 'installer' } | { action: 'arreter'; message: string };

/** Chooses the browser, or whether to install it (root with apt only) or stop with a message. */
export function decider(env: Environnement): Decision {
  if (env.cheminChromium) {
    // An explicit path that is wrong is a mistake to report, not a reason to install another browser.
    return env.estExecutable(env.cheminChromium)
      ? { action: 'utiliser', chemin: env.cheminChromium }
      : { action: 'arreter', message: `CHROMIUM_PATH désigne un fichier introuvable ou non exécutable : ${env.cheminChromium}` };
  }
  const trouve = CHROMIUM_CANDIDATES.find((candidat) => env.estExecutable(candidat));
  if (trouve) return { action: 'utiliser', chemin: trouve };
  // Without root, installing would need sudo, which may prompt for a password: say what to run instead.
  if (env.uid === 0 && env.aptGet) return { action: 'installer' };
  return { action: 'arreter', message: MESSAGE_INTROUVABLE };
}

function estExecutable(chemin: string): boolean {
  try {
    accessSync(chemin, constants.X_OK);
    return statSync(chemin).isFile();
  } catch {
    return false;
  }
}

function surLePath(commande: string, cheminPath: string | undefined): boolean {
  return (cheminPath ?? '').split(path.delimiter).some((dossier) => dossier !== '' && estExecutable(path.join(dossier, commande)));
}

/** The environment of this process. */
export function environnementReel(): Environnement {
  return {
    cheminChromium: process.env['CHROMIUM_PATH'],
    estExecutable,
    uid: process.getuid?.(),
    aptGet: surLePath('apt-get', process.env['PATH']),
  };
}

/**
 * Path of the Chromium executable: `CHROMIUM_PATH`, else the first usual place that exists.
 * playwright-core downloads no browser.
 * @throws {Error} with the French explanation of what to do.
 */
export function findChromium(env: Environnement = environnementReel()): string {
  const decision = decider(env);
  if (decision.action === 'utiliser') return decision.chemin;
  // Installing is this file's job when run before the tests, never the test harness's.
  throw new Error(decision.action === 'arreter' ? decision.message : MESSAGE_INTROUVABLE);
}

/** Side effects of {@link preparerChromium}, injected for the unit tests. */
export interface Effets {
  /** Environment as it is now (read again after the installation). */
  environnement: () => Environnement;
  /** Runs a command, output to the terminal, no input; returns its exit code. */
  executer: (commande: string, args: string[], env: Record<string, string>) => number;
  attendre: (ms: number) => Promise<void>;
  info: (ligne: string) => void;
  erreur: (ligne: string) => void;
}

const ESSAIS = 3;

/** Runs a command up to 3 times (10 s, then 20 s between tries): apt mirrors sometimes fail. */
export async function avecReprises(
  effets: Pick<Effets, 'executer' | 'attendre' | 'erreur'>,
  commande: string,
  args: string[],
  env: Record<string, string>,
): Promise<boolean> {
  for (let essai = 1; essai <= ESSAIS; essai++) {
    if (effets.executer(commande, args, env) === 0) return true;
    if (essai < ESSAIS) {
      effets.erreur(`Échec de « ${[commande, ...args].join(' ')} » (essai ${essai}/${ESSAIS}), nouvel essai dans ${essai * 10} s…`);
      await effets.attendre(essai * 10_000);
    }
  }
  return false;
}

/**
 * Makes sure the e2e tests will find a browser: nothing to do if one is there; installs Debian's
 * `chromium` as root with apt; otherwise prints one line. Returns the exit code (0: ready).
 */
export async function preparerChromium(effets: Effets): Promise<number> {
  const decision = decider(effets.environnement());
  if (decision.action === 'utiliser') return 0;
  if (decision.action === 'arreter') {
    effets.erreur(decision.message);
    return 1;
  }
  effets.info('Chromium est introuvable : installation du paquet Debian « chromium » avec apt-get.');
  // Never wait for an answer (CI has no input); wait for a dpkg lock held by another apt instead of failing at once.
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const etapes: string[][] = [['update'], ['-o', 'DPkg::Lock::Timeout=120', 'install', '-y', 'chromium']];
  for (const args of etapes) {
    if (!(await avecReprises(effets, 'apt-get', args, env))) {
      effets.erreur(`L’installation de Chromium a échoué (« apt-get ${args.join(' ')} ») : installez-le vous-même ou indiquez son chemin dans CHROMIUM_PATH.`);
      return 1;
    }
  }
  const apres = decider(effets.environnement());
  if (apres.action !== 'utiliser') {
    effets.erreur('Chromium reste introuvable après « apt-get install chromium » : indiquez son chemin dans CHROMIUM_PATH.');
    return 1;
  }
  effets.info(`Chromium installé : ${apres.chemin}`);
  return 0;
}

if (import.meta.main) {
  process.exitCode = await preparerChromium({
    environnement: environnementReel,
    executer: (commande, args, env) => spawnSync(commande, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } }).status ?? 1,
    attendre: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    info: (ligne) => console.log(ligne),
    erreur: (ligne) => console.error(ligne),
  });
}
