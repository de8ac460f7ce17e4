/**
 * Weight budgets of the built demonstration site, for people on cheap phones and slow networks:
 * gzip-compressed HTML + CSS + JavaScript that each page type loads at first (the page, its
 * stylesheets, its scripts and their static imports; what a script loads later on demand, such
 * as the map's Leaflet or the search index, is not counted). And no page loads a script that
 * has nothing to do on it.
 *
 * Each budget is the measured value (written beside it, with the date) plus about 20 %: a
 * change that makes a page much heavier fails here and must say why, in the same commit that
 * raises the budget. No browser: files read from dist/. Run `npm run build` first.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { SITE_DIR } from './harness.ts';

/** Astro's `base`: the pages' addresses start with it, the files of dist/ do not. */
const BASE = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

const premiere = (section: string, saufs: string[] = []) =>
  readdirSync(path.join(SITE_DIR, section), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !saufs.includes(e.name) && existsSync(path.join(SITE_DIR, section, e.name, 'index.html')))
    .map((e) => `${section}/${e.name}/index.html`)
    .sort()[0]!;

/**
 * Budgets in bytes, compressed with gzip (level 9).
 * Measured on 2026-12-02 with `node --test tests/e2e/budgets.e2e.ts` (demonstration content: 90 places),
 * once the round's features were merged: compact header with its « Menu » script, « Filtrer (n) »
 * panel, « Quand ? » slots, printed table, place cards with « Appeler », local time zones. Those
 * raised each page by 0.3–10 kB; the budgets keep ~20 % above the new measure.
 */
const BUDGETS: { type: string; fichier: () => string; html: number; css: number; js: number }[] = [
  // Measured: html 4323, css 4310, js 7402.
  { type: 'accueil', fichier: () => 'index.html', html: 5200, css: 5200, js: 8900 },
  // Measured: html 14475, css 9738, js 26552.
  { type: 'annuaire', fichier: () => 'lieux/index.html', html: 17400, css: 11700, js: 31900 },
  // Measured: html 5675, css 4981, js 7062.
  { type: 'fiche lieu', fichier: () => premiere('lieux', ['commune', 'service']), html: 6900, css: 6000, js: 8500 },
  // Measured: html 3747, css 4005, js 6117.
  { type: 'page membre', fichier: () => premiere('membres'), html: 4500, css: 4900, js: 7400 },
  // Measured: html 4648, css 3743, js 3010.
  { type: 'charte', fichier: () => 'charte/index.html', html: 5600, css: 4500, js: 3700 },
  // Measured: html 4956, css 3959, js 26696.
  { type: 'recherche', fichier: () => 'recherche/index.html', html: 6000, css: 4800, js: 32100 },
];

/**
 * Each script of a page belongs to a component, and only runs where that component is: its
 * root element (or the markup it works on) must be in the page. Keyed by the component's name,
 * as it appears in the built file's name (`RechercheEntete.astro_astro_type_script…js`).
 */
const MARQUES_DES_SCRIPTS: Record<string, RegExp> = {
  RechercheEntete: /<recherche-entete[\s>]/,
  RechercheSite: /<recherche-site[\s>]/,
  Annuaire: /<annuaire-lieux[\s>]/,
  OuEtesVous: /<recherche-commune[\s>]/,
  FiltreListe: /<filtre-liste[\s>]/,
  BoutonImprimer: /<bouton-imprimer[\s>]/,
  StatutHoraires: /<statut-horaires[\s>]/,
  FicheLieu: /\sdata-date-maj="/,
  OutilsFiche: /class="outils-fiche[\s"]/,
  Entete: /<menu-site[\s>]/,
  BoutonCopierLien: /<bouton-copier-lien[\s>]/,
  VignetteLieu: /<statut-horaires[\s>]/,
  // A page's own script is named after its file: `[id].astro` → `_id_`. The only one today is the
  // update form (`src/pages/mettre-a-jour/[id].astro`); another `[id]` page with a script fails here.
  _id_: /\sid="formulaire-maj"/,
};

const gzip = (fichier: string) => gzipSync(readFileSync(path.join(SITE_DIR, fichier)), { level: 9 }).length;

/** File of dist/ for an absolute path of the site (`/_astro/x.js`). */
function fichierDe(adresse: string): string {
  assert.ok(adresse.startsWith(BASE), `adresse hors du site : ${adresse}`);
  return adresse.slice(BASE.length);
}

/** Stylesheets and scripts a page loads first, the scripts with their static imports, each once. */
function ressources(page: string): { css: string[]; js: string[]; entrees: string[] } {
  const html = readFileSync(path.join(SITE_DIR, page), 'utf8');
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => fichierDe(m[1]!));
  const entrees = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => fichierDe(m[1]!));
  const preloads = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => fichierDe(m[1]!));
  const js = new Set<string>();
  const suivre = (fichier: string) => {
    if (js.has(fichier)) return;
    js.add(fichier);
    const code = readFileSync(path.join(SITE_DIR, fichier), 'utf8');
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`); `import("…")` loads later.
    for (const [, cible] of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)) {
      suivre(path.posix.join(path.posix.dirname(fichier), cible!));
    }
  };
  for (const f of [...entrees, ...preloads]) suivre(f);
  return { css: [...new Set(css)], js: [...js], entrees };
}

function mesurer(page: string) {
  const { css, js } = ressources(page);
  return { html: gzip(page), css: css.reduce((s, f) => s + gzip(f), 0), js: js.reduce((s, f) => s + gzip(f), 0) };
}

for (const { type, fichier, ...budget } of BUDGETS) {
  test(`${type} : HTML, CSS et JavaScript compressés dans leur budget`, (t) => {
    const page = fichier();
    const mesure = mesurer(page);
    t.diagnostic(`${type} (${page}) : html ${mesure.html}, css ${mesure.css}, js ${mesure.js} octets compressés`);
    const depassements = (['html', 'css', 'js'] as const)
      .filter((k) => mesure[k] > budget[k])
      .map((k) => `${k} : ${mesure[k]} octets compressés pour un budget de ${budget[k]}`);
    assert.deepEqual(depassements, [], `${page} dépasse son budget (relevez-le seulement avec la raison, dans le même commit)`);
  });
}

test('aucune page ne charge de script qui n’a rien à faire sur elle', () => {
  const pages = readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
  assert.ok(pages.length > 10);
  const fautes: string[] = [];
  for (const page of pages) {
    const html = readFileSync(path.join(SITE_DIR, page), 'utf8');
    for (const entree of ressources(page).entrees) {
      const composant = /^_astro\/([A-Za-z_]+)\.astro_astro_type_script/.exec(entree)?.[1];
      const marque = composant ? MARQUES_DES_SCRIPTS[composant] : undefined;
      if (!marque) fautes.push(`${page} : script ${entree} d’un composant inconnu de ce test (ajoutez-le à MARQUES_DES_SCRIPTS)`);
      else if (!marque.test(html)) fautes.push(`${page} : script de ${composant} chargé alors que la page n’a pas son élément`);
    }
  }
  assert.deepEqual(fautes.slice(0, 20), [], `${fautes.length} script(s) en trop`);
});
