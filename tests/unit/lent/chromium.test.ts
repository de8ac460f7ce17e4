/**
 * tools/chromium.ts, run by `npm test` before any test: which browser the e2e tests use, and
 * what happens on a machine without one (install as root with apt, otherwise one French line
 * and a failure), on faked machines since this one has a Chromium.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM_CANDIDATES, MESSAGE_INTROUVABLE, decider, findChromium, preparerChromium, type Effets, type Environnement } from '../../../tools/chromium.ts';

/** A machine where only the given files are executable. */
function machine(executables: string[], autres: Partial<Environnement> = {}): Environnement {
  return { cheminChromium: undefined, estExecutable: (chemin) => executables.includes(chemin), uid: 1000, aptGet: true, ...autres };
}

describe('decider', () => {
  it('prend le premier emplacement usuel présent, dans l’ordre de la liste', () => {
    expect(decider(machine(['/usr/bin/google-chrome', '/snap/bin/chromium']))).toEqual({ action: 'utiliser', chemin: '/usr/bin/google-chrome' });
    expect(decider(machine([...CHROMIUM_CANDIDATES]))).toEqual({ action: 'utiliser', chemin: '/usr/bin/chromium' });
  });

  it('préfère CHROMIUM_PATH aux emplacements usuels', () => {
    const env = machine(['/usr/bin/chromium', '/opt/chrome/chrome'], { cheminChromium: '/opt/chrome/chrome' });
    expect(decider(env)).toEqual({ action: 'utiliser', chemin: '/opt/chrome/chrome' });
  });

  it('signale un CHROMIUM_PATH erroné sans installer ni chercher ailleurs, même en root', () => {
    const env = machine(['/usr/bin/chromium'], { cheminChromium: '/nulle/part', uid: 0 });
    expect(decider(env)).toEqual({ action: 'arreter', message: 'CHROMIUM_PATH désigne un fichier introuvable ou non exécutable : /nulle/part' });
  });

  it('ignore un CHROMIUM_PATH vide', () => {
    expect(decider(machine(['/usr/bin/chromium'], { cheminChromium: '' }))).toEqual({ action: 'utiliser', chemin: '/usr/bin/chromium' });
  });

  it('installe quand Chromium manque, en root avec apt-get', () => {
    expect(decider(machine([], { uid: 0, aptGet: true }))).toEqual({ action: 'installer' });
  });

  it.each([
    ['sans être root', { uid: 1000, aptGet: true }],
    ['en root sans apt-get', { uid: 0, aptGet: false }],
    ['sans identifiant d’utilisateur (Windows)', { uid: undefined, aptGet: false }],
  ])('s’arrête avec la commande à lancer quand Chromium manque, %s', (_cas, autres) => {
    expect(decider(machine([], autres))).toEqual({ action: 'arreter', message: MESSAGE_INTROUVABLE });
  });

  it('donne un message d’une ligne, en français, qui nomme la commande et CHROMIUM_PATH', () => {
    expect(MESSAGE_INTROUVABLE).not.toContain('\n');
    expect(MESSAGE_INTROUVABLE).toContain('« sudo apt-get install chromium »');
    expect(MESSAGE_INTROUVABLE).toContain('CHROMIUM_PATH');
  });
});

describe('findChromium (harnais des tests de bout en bout)', () => {
  it('renvoie le chemin trouvé', () => {
    expect(findChromium(machine(['/usr/bin/chromium-browser']))).toBe('/usr/bin/chromium-browser');
  });

  it('n’installe jamais : lève le message même en root avec apt-get', () => {
    expect(() => findChromium(machine([], { uid: 0 }))).toThrow(MESSAGE_INTROUVABLE);
    expect(() => findChromium(machine([], { cheminChromium: '/nulle/part' }))).toThrow('/nulle/part');
  });
});

/** Fake side effects: `installe` makes /usr/bin/chromium appear after a successful `apt-get install`. */
function effets(depart: Environnement, codes: { update?: number[]; install?: number[]; installe?: boolean } = {}) {
  const executables = new Set<string>();
  const appels: { commande: string; args: string[]; env: Record<string, string> }[] = [];
  const attentes: number[] = [];
  const infos: string[] = [];
  const erreurs: string[] = [];
  const resteUpdate = [...(codes.update ?? [])];
  const resteInstall = [...(codes.install ?? [])];
  const fx: Effets = {
    environnement: () => ({ ...depart, estExecutable: (chemin) => executables.has(chemin) || depart.estExecutable(chemin) }),
    executer: (commande, args, env) => {
      appels.push({ commande, args, env });
      const code = (args.includes('install') ? resteInstall.shift() : resteUpdate.shift()) ?? 0;
      if (code === 0 && args.includes('install') && (codes.installe ?? true)) executables.add('/usr/bin/chromium');
      return code;
    },
    attendre: async (ms) => {
      attentes.push(ms);
    },
    info: (ligne) => infos.push(ligne),
    erreur: (ligne) => erreurs.push(ligne),
  };
  return { fx, appels, attentes, infos, erreurs };
}

describe('preparerChromium', () => {
  it('ne fait et n’affiche rien quand Chromium est là', async () => {
    const { fx, appels, infos, erreurs } = effets(machine(['/usr/bin/chromium'], { uid: 0 }));
    expect(await preparerChromium(fx)).toBe(0);
    expect({ appels, infos, erreurs }).toEqual({ appels: [], infos: [], erreurs: [] });
  });

  it('sans root : une ligne d’erreur, un échec, aucune commande lancée', async () => {
    const { fx, appels, infos, erreurs } = effets(machine([], { uid: 1000 }));
    expect(await preparerChromium(fx)).toBe(1);
    expect(appels).toEqual([]);
    expect(infos).toEqual([]);
    expect(erreurs).toEqual([MESSAGE_INTROUVABLE]);
  });

  it('en root avec apt-get : apt-get update puis install -y chromium, sans question, puis le chemin installé', async () => {
    const { fx, appels, attentes, infos, erreurs } = effets(machine([], { uid: 0 }));
    expect(await preparerChromium(fx)).toBe(0);
    expect(appels.map((a) => [a.commande, ...a.args].join(' '))).toEqual(['apt-get update', 'apt-get -o DPkg::Lock::Timeout=120 install -y chromium']);
    for (const appel of appels) expect(appel.env).toEqual({ DEBIAN_FRONTEND: 'noninteractive' });
    expect(attentes).toEqual([]);
    expect(erreurs).toEqual([]);
    expect(infos.at(-1)).toBe('Chromium installé : /usr/bin/chromium');
  });

  it('reprend une commande apt qui échoue (3 essais, 10 s puis 20 s d’attente)', async () => {
    const { fx, appels, attentes, erreurs } = effets(machine([], { uid: 0 }), { update: [100, 100, 0], install: [0] });
    expect(await preparerChromium(fx)).toBe(0);
    expect(appels.map((a) => a.args.at(-1))).toEqual(['update', 'update', 'update', 'chromium']);
    expect(attentes).toEqual([10_000, 20_000]);
    expect(erreurs).toEqual([
      'Échec de « apt-get update » (essai 1/3), nouvel essai dans 10 s…',
      'Échec de « apt-get update » (essai 2/3), nouvel essai dans 20 s…',
    ]);
  });

  it('échoue après trois essais manqués, sans lancer l’installation', async () => {
    const { fx, appels, erreurs } = effets(machine([], { uid: 0 }), { update: [100, 100, 100] });
    expect(await preparerChromium(fx)).toBe(1);
    expect(appels.map((a) => a.args.at(-1))).toEqual(['update', 'update', 'update']);
    expect(erreurs.at(-1)).toBe('L’installation de Chromium a échoué (« apt-get update ») : installez-le vous-même ou indiquez son chemin dans CHROMIUM_PATH.');
  });

  it('échoue si Chromium reste introuvable après une installation réussie', async () => {
    const { fx, erreurs } = effets(machine([], { uid: 0 }), { installe: false });
    expect(await preparerChromium(fx)).toBe(1);
    expect(erreurs).toEqual(['Chromium reste introuvable après « apt-get install chromium » : indiquez son chemin dans CHROMIUM_PATH.']);
  });
});

describe('node tools/chromium.ts', () => {
  const SCRIPT = fileURLToPath(new URL('../../../tools/chromium.ts', import.meta.url));
  let dossier: string;
  beforeEach(() => {
    dossier = mkdtempSync(join(tmpdir(), 'chromium-'));
  });
  afterEach(() => rmSync(dossier, { recursive: true, force: true }));
  const lancer = (cheminChromium: string) =>
    spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: cheminChromium } });

  it('réussit en silence avec un CHROMIUM_PATH exécutable', () => {
    const faux = join(dossier, 'chrome');
    writeFileSync(faux, '#!/bin/sh\n');
    chmodSync(faux, 0o755);
    const r = lancer(faux);
    expect({ code: r.status, sortie: r.stdout, erreurs: r.stderr }).toEqual({ code: 0, sortie: '', erreurs: '' });
  });

  it('échoue avec une ligne en français pour un CHROMIUM_PATH non exécutable', () => {
    const faux = join(dossier, 'chrome');
    writeFileSync(faux, '');
    const r = lancer(faux);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`CHROMIUM_PATH désigne un fichier introuvable ou non exécutable : ${faux}\n`);
  });
});
