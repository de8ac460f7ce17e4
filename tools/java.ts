/**
 * The Java runtime of the HTML checker (the Nu HTML Checker, npm `vnu-jar`, is a Java program):
 * found on the PATH, or installed from Debian (`default-jre-headless`) as root with apt, the way
 * tools/chromium.ts provides the e2e tests' browser. Otherwise one French line says what to run.
 *
 * `vnu-jar`'s own install script, which downloads a Java from GitHub, is disabled in
 * package.json (`allowScripts`): the project downloads nothing outside npm and the distribution.
 * Run directly by Node 24 (types stripped): erasable TypeScript syntax only.
 *
 * Usage: node tools/java.ts
 */
import { spawnSync } from 'node:child_process';
import { avecReprises, type Effets as EffetsCommuns } from './chromium.ts';

export const MESSAGE_INTROUVABLE =
  'Java est introuvable (il faut Java 17 ou plus pour vérifier le HTML) : installez-le avec « sudo apt-get install default-jre-headless » (Debian, Ubuntu).';

export interface EnvironnementJava {
  /** True when a `java` that runs (`java -version` exits with 0) is on the PATH. */
  java: boolean;
  uid: number | undefined;
  aptGet: boolean;
}

export type DecisionJava = { action: 'utiliser' } | { action: 'installer' } | { action: 'arreter'; message: string };

export function deciderJava(env: EnvironnementJava): DecisionJava {
  if (env.java) return { action: 'utiliser' };
  // Without root, installing would need sudo, which may prompt for a password: say what to run instead.
  if (env.uid === 0 && env.aptGet) return { action: 'installer' };
  return { action: 'arreter', message: MESSAGE_INTROUVABLE };
}

const reussit = (commande: string, args: string[]) => spawnSync(commande, args, { stdio: 'ignore' }).status === 0;

export function environnementJava(): EnvironnementJava {
  return { java: reussit('java', ['-version']), uid: process.getuid?.(), aptGet: reussit('apt-get', ['--version']) };
}

export interface EffetsJava extends Omit<EffetsCommuns, 'environnement'> {
  environnement: () => EnvironnementJava;
}

/** Returns the exit code: 0 when `java` is ready. */
export async function preparerJava(effets: EffetsJava): Promise<number> {
  const decision = deciderJava(effets.environnement());
  if (decision.action === 'utiliser') return 0;
  if (decision.action === 'arreter') {
    effets.erreur(decision.message);
    return 1;
  }
  effets.info('Java est introuvable : installation du paquet Debian « default-jre-headless » avec apt-get.');
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['-o', 'DPkg::Lock::Timeout=120', 'install', '-y', '--no-install-recommends', 'default-jre-headless']]) {
    if (!(await avecReprises(effets, 'apt-get', args, env))) {
      effets.erreur(`L’installation de Java a échoué (« apt-get ${args.join(' ')} ») : installez default-jre-headless vous-même.`);
      return 1;
    }
  }
  if (deciderJava(effets.environnement()).action !== 'utiliser') {
    effets.erreur('Java reste introuvable après « apt-get install default-jre-headless ».');
    return 1;
  }
  effets.info('Java installé.');
  return 0;
}

if (import.meta.main) {
  process.exitCode = await preparerJava({
    environnement: environnementJava,
    executer: (commande, args, env) => spawnSync(commande, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } }).status ?? 1,
    attendre: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    info: (ligne) => console.log(ligne),
    erreur: (ligne) => console.error(ligne),
  });
}
