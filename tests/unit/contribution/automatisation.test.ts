/**
 * The forge automation (.github/workflows/, .gitlab-ci.yml) and the issue forms: valid YAML,
 * only the project's own npm scripts, actions pinned to a commit, minimal permissions, one
 * deployment at a time, and the « Proposer un lieu » form's lists taken from the standard.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { FRAIS, MODALITES_ACCES, SERVICES } from '../../../src/lib/standard/valeurs.ts';

const RACINE = new URL('../../..', import.meta.url);
const lire = (chemin: string) => readFileSync(new URL(chemin, RACINE), 'utf8');
const SCRIPTS = Object.keys((JSON.parse(lire('package.json')) as { scripts: Record<string, string> }).scripts);
/** npm's own commands a workflow may use (installing the locked dependencies). */
const COMMANDES_NPM = new Set(['ci']);
/** `npm test`, `npm start`: shorthands of the scripts of the same name. */
const RACCOURCIS = new Set(['test', 'start', 'stop', 'restart']);

const WORKFLOWS = readdirSync(new URL('.github/workflows/', RACINE))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `.github/workflows/${f}`);
const FICHIERS_CI = [...WORKFLOWS, '.gitlab-ci.yml'];

/** Every shell command of a workflow (`run:`) or of a GitLab job (`script`, `before_script`…). */
function commandes(chemin: string): string[] {
  const yaml = parse(lire(chemin)) as Record<string, unknown>;
  const trouvees: string[] = [];
  const parcourir = (noeud: unknown, cle = ''): void => {
    if (typeof noeud === 'string') {
      if (cle === 'run' || /script$/.test(cle)) trouvees.push(...noeud.split('\n'));
    } else if (Array.isArray(noeud)) {
      noeud.forEach((n) => parcourir(n, cle));
    } else if (noeud && typeof noeud === 'object') {
      for (const [k, v] of Object.entries(noeud)) parcourir(v, k);
    }
  };
  parcourir(yaml);
  return trouvees.map((c) => c.trim()).filter((c) => c !== '');
}

/** `npm run x -- --y` → `run x`; `npm ci --no-audit` → `ci`. */
function appelsNpm(commande: string): { sousCommande: string; script?: string }[] {
  return [...commande.matchAll(/\bnpm\s+(?:--?[\w-]+\s+)*([\w:-]+)(?:\s+([\w:-]+))?/g)].map((m) =>
    m[1] === 'run' || m[1] === 'run-script' ? { sousCommande: 'run', script: m[2]! } : { sousCommande: m[1]! },
  );
}

describe.each(FICHIERS_CI)('%s', (chemin) => {
  it('est du YAML valide', () => {
    const document = parseDocument(lire(chemin));
    expect(document.errors.map((e) => e.message)).toEqual([]);
    expect(document.toJS()).toBeTypeOf('object');
  });

  it('n’appelle que des scripts npm du projet', () => {
    const appels = commandes(chemin).flatMap(appelsNpm);
    expect(appels.length).toBeGreaterThan(0);
    for (const appel of appels) {
      if (appel.sousCommande === 'run') expect(SCRIPTS, `npm run ${appel.script}`).toContain(appel.script);
      else if (RACCOURCIS.has(appel.sousCommande)) expect(SCRIPTS, `npm ${appel.sousCommande}`).toContain(appel.sousCommande);
      else expect(COMMANDES_NPM, `npm ${appel.sousCommande} n’est pas un script du projet`).toContain(appel.sousCommande);
    }
    // Aucun outil du projet lancé sans passer par ses scripts.
    for (const commande of commandes(chemin)) expect(commande, commande).not.toMatch(/\b(npx|astro|vitest|node --test|node src\/)/);
  });
});

/** Lowest version allowed by `engines.node` (only the `>=X.Y.Z` form the project uses is read). */
function versionMinimale(): [number, number, number] {
  const engines = (JSON.parse(lire('package.json')) as { engines: { node: string } }).engines.node;
  const m = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(engines.trim());
  if (!m) throw new Error(`engines.node de package.json (« ${engines} ») : seule la forme >=X.Y.Z est lue par ce test`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** True when a version named by a pipeline (`24`, `24.3`, `24.21.0`) is at least `minimale`, whatever its unnamed parts. */
function satisfait(version: string, minimale: [number, number, number]): boolean {
  const parties = version.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    // An unnamed part may be anything: the lowest is 0 (`24` may be 24.0.0).
    const v = parties[i] ?? 0;
    if (v !== minimale[i]) return v > minimale[i]!;
  }
  return true;
}

/** Node versions a pipeline runs: setup-node's `node-version(-file)`, GitLab's `image: node:NN`. */
function versionsDeNode(chemin: string): string[] {
  const texte = lire(chemin);
  const versions = [...texte.matchAll(/node-version:\s*['"]?([\d.]+)/g)].map((m) => m[1]!);
  for (const [, fichier] of texte.matchAll(/node-version-file:\s*(\S+)/g)) versions.push(lire(fichier!).trim().replace(/^v/, ''));
  for (const [, version] of texte.matchAll(/image:\s*['"]?node:([\d.]+)/g)) versions.push(version!);
  return versions;
}

describe.each(FICHIERS_CI)('%s (propriétés)', (chemin) => {
  it('fait tourner un Node qui satisfait engines.node de package.json', () => {
    const versions = versionsDeNode(chemin);
    expect(versions.length, 'version de Node introuvable').toBeGreaterThan(0);
    for (const version of versions) expect(satisfait(version, versionMinimale()), `Node ${version}`).toBe(true);
  });

  it('ne télécharge aucun navigateur (playwright install, curl, wget) : tools/chromium.ts le trouve ou l’installe par apt', () => {
    for (const commande of commandes(chemin))
      expect(commande, commande).not.toMatch(/playwright\s+install|\b(curl|wget)\b|puppeteer|chromedriver|browser-actions\//);
    expect(lire(chemin)).not.toMatch(/uses:\s*browser-actions\//);
  });
});

it('la version de Node apportée par npm (dépendance « node ») satisfait engines.node', () => {
  const paquet = JSON.parse(lire('package.json')) as { optionalDependencies?: Record<string, string> };
  const version = paquet.optionalDependencies?.['node'];
  expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  expect(satisfait(version!, versionMinimale())).toBe(true);
});

describe.each(WORKFLOWS)('%s (GitHub Actions)', (chemin) => {
  const texte = lire(chemin);
  const workflow = parse(texte) as {
    on: unknown;
    permissions: Record<string, string>;
    concurrency: { group: string };
    jobs: Record<string, { permissions?: Record<string, string>; steps: { uses?: string; run?: string }[] }>;
  };

  it('épingle chaque action à un commit (40 caractères hexadécimaux), avec sa version en commentaire', () => {
    const usages = [...texte.matchAll(/uses:\s*(\S+)(.*)$/gm)];
    expect(usages.length).toBeGreaterThan(0);
    for (const [, action, reste] of usages) {
      expect(action, action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(reste, action).toMatch(/# v\d+\.\d+\.\d+/);
    }
  });

  it('a des permissions minimales en tête (lecture du dépôt) et une concurrence', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.concurrency.group).toBeTruthy();
    for (const [nom, tache] of Object.entries(workflow.jobs)) {
      for (const droit of Object.values(tache.permissions ?? {})) expect(['read', 'write', 'none'], nom).toContain(droit);
    }
  });
});

/**
 * The npm scripts that `npm test` runs, in order (`npm run x` parts of its command line). The
 * pull-request checks must run each of them, so that a step added to `npm test` cannot be
 * forgotten by the forges' pipelines; they may add steps of their own (annotated content check).
 */
function etapesDeNpmTest(): string[] {
  const scripts = (JSON.parse(lire('package.json')) as { scripts: Record<string, string> }).scripts;
  return scripts['test']!.split('&&')
    .map((partie) => partie.trim())
    .filter((partie) => partie.startsWith('npm run '));
}

/** True when `attendues` appear in `etapes` in the same order (other steps may come between). */
function dansLOrdre(etapes: readonly string[], attendues: readonly string[]): boolean {
  let i = 0;
  for (const etape of etapes) if (i < attendues.length && etape.split(' -- ')[0] === attendues[i]) i++;
  return i === attendues.length;
}

describe('vérification des propositions (.github/workflows/verification.yml)', () => {
  const workflow = parse(lire('.github/workflows/verification.yml')) as { on: Record<string, unknown>; jobs: Record<string, { steps: { run?: string }[] }> };
  const etapes = Object.values(workflow.jobs).flatMap((j) => j.steps.map((s) => s.run).filter(Boolean));

  it('tourne sur chaque pull request : installation, contenu annoté, puis chaque étape de npm test dans son ordre', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(etapes[0]).toMatch(/^npm ci\b/);
    expect(etapes).toContain('npm run check:content -- --format github');
    expect(etapesDeNpmTest().length).toBeGreaterThan(2);
    expect(dansLOrdre(etapes as string[], etapesDeNpmTest()), `étapes : ${etapes.join(' ; ')}`).toBe(true);
  });
});

describe('déploiement GitHub Pages (.github/workflows/deploiement.yml)', () => {
  const texte = lire('.github/workflows/deploiement.yml');
  const workflow = parse(texte) as {
    on: { push: { branches: string[] } };
    concurrency: { group: string; 'cancel-in-progress': boolean };
    jobs: Record<string, { permissions?: Record<string, string>; steps: { uses?: string; with?: Record<string, string>; env?: Record<string, string> }[] }>;
  };

  it('déploie main, un déploiement à la fois jamais interrompu, le dossier construit avec l’adresse et le chemin du site', () => {
    expect(workflow.on.push.branches).toContain('main');
    expect(workflow.concurrency['cancel-in-progress']).toBe(false);
    const etapes = Object.values(workflow.jobs).flatMap((j) => j.steps);
    // The build that is published knows where it lives (sub-path of a project site), whatever the expression.
    const construction = etapes.find((e) => (e as { run?: string }).run === 'npm run build');
    expect(Object.keys(construction?.env ?? {})).toEqual(expect.arrayContaining(['BASE_PATH', 'SITE_URL']));
    expect(etapes.find((e) => e.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.['path']).toBe('dist');
    expect(etapes.some((e) => e.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('ne donne le droit d’écrire sur Pages qu’à la tâche de mise en ligne', () => {
    const ecrivains = Object.entries(workflow.jobs).filter(([, j]) => j.permissions?.['pages'] === 'write');
    expect(ecrivains.map(([nom]) => nom)).toEqual(['deploiement']);
    expect(ecrivains[0]![1].permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(ecrivains[0]![1].steps.every((e) => e.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});

describe('GitLab (.gitlab-ci.yml)', () => {
  const ci = parse(lire('.gitlab-ci.yml')) as Record<string, { script?: string[]; artifacts?: { paths: string[] }; rules?: { if: string }[] }>;

  it('vérifie comme GitHub : contenu, puis chaque étape de npm test dans son ordre', () => {
    expect(ci['verification']!.script).toContain('npm run check:content');
    expect(dansLOrdre(ci['verification']!.script!, etapesDeNpmTest()), ci['verification']!.script!.join(' ; ')).toBe(true);
  });

  it('publie depuis la branche par défaut seulement ce que npm run build a produit (dist/ devenu public/, dossier lu par GitLab Pages)', () => {
    const pages = ci['pages']!;
    expect(pages.artifacts!.paths).toEqual(['public']);
    const script = pages.script!;
    const construction = script.indexOf('npm run build');
    expect(construction).toBeGreaterThanOrEqual(0);
    // After the build, public/ is replaced by dist/: the repository's own public/ (Astro's static files) is never published as is.
    expect(script.slice(construction + 1).some((c) => /rm -rf public\b.*mv dist public/.test(c))).toBe(true);
    expect(pages.rules?.every((r) => r.if.includes('$CI_DEFAULT_BRANCH'))).toBe(true);
  });
});

describe('formulaires de tickets', () => {
  type Formulaire = {
    name: string;
    description: string;
    body: { type: string; id?: string; attributes: { label?: string; value?: string; options?: (string | { label: string })[] } }[];
  };
  const formulaires = readdirSync(new URL('.github/ISSUE_TEMPLATE/', RACINE))
    .filter((f) => f !== 'config.yml')
    .map((f) => parse(lire(`.github/ISSUE_TEMPLATE/${f}`)) as Formulaire);

  it('propose « Signaler une erreur sur un lieu », « Proposer un lieu » et celui de « Mettre à jour cette fiche »', () => {
    expect(formulaires.map((f) => f.name).sort()).toEqual(['Mettre à jour la fiche d’un lieu', 'Proposer un lieu', 'Signaler une erreur sur un lieu']);
  });

  it.each(formulaires.map((f) => [f.name, f] as const))('%s : éléments valides, identifiants uniques, étiquettes', (_nom, formulaire) => {
    expect(formulaire.description).toBeTruthy();
    const ids = formulaire.body.filter((e) => e.type !== 'markdown').map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const element of formulaire.body) {
      expect(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']).toContain(element.type);
      if (element.type === 'markdown') expect(element.attributes.value).toBeTruthy();
      else expect(element.attributes.label, element.id).toBeTruthy();
    }
  });

  it('« Proposer un lieu » reprend les listes du standard national', () => {
    const formulaire = formulaires.find((f) => f.name === 'Proposer un lieu')!;
    const options = (id: string) => formulaire.body.find((e) => e.id === id)!.attributes.options!.map((o) => (typeof o === 'string' ? o : o.label));
    expect(options('services')).toEqual([...SERVICES]);
    expect(options('modalites_acces')).toEqual([...MODALITES_ACCES]);
    expect(options('frais_a_charge')).toEqual([...FRAIS]);
  });
});
