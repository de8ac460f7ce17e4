/**
 * Accessibilité des pages types du site construit : structure (langue, `<main>`,
 * `<h1>`, lien d'évitement), audit axe (WCAG 2.1 A et AA) et absence de requêtes
 * vers des tiers. Lancer `npm run build` avant ; la variable `SITE_DIR` vise un autre dossier.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { SITE_DIR, checkA11y, formatViolations, newPage, siteEtNavigateur } from './harness.ts';

/** Dossiers de `lieux/` qui sont des index (par commune, par service), pas des fiches. */
const INDEX_FOLDERS = new Set(['commune', 'service']);

/**
 * Premier sous-dossier (ordre alphabétique) de `SITE_DIR/<section>/` qui contient
 * une page, hors dossiers d'index. `undefined` si la section n'existe pas : le test
 * concerné échoue alors avec un message clair au lieu de faire échouer tout le fichier.
 */
function firstPageIn(section: string, skip: Set<string> = new Set()): string | undefined {
  const dir = path.join(SITE_DIR, section);
  if (!existsSync(dir)) return undefined;
  const id = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !skip.has(entry.name))
    .map((entry) => entry.name)
    .sort()
    .find((name) => existsSync(path.join(dir, name, 'index.html')));
  return id === undefined ? undefined : `/${section}/${id}/`;
}

const PAGES: { name: string; url: string | undefined; missing: string }[] = [
  { name: "page d'accueil", url: '/', missing: '' },
  {
    name: 'première fiche lieu',
    url: firstPageIn('lieux', INDEX_FOLDERS),
    missing: `aucune fiche lieu dans ${SITE_DIR}/lieux/ (dossiers ${[...INDEX_FOLDERS].join(', ')} exclus)`,
  },
  {
    name: 'première page membre',
    url: firstPageIn('membres'),
    missing: `aucune page membre dans ${SITE_DIR}/membres/`,
  },
  { name: 'charte', url: '/charte/', missing: '' },
];

const site = siteEtNavigateur(SITE_DIR);

for (const { name, url, missing } of PAGES) {
  test(`${name} (${url ?? 'introuvable'}) : structure, axe, aucun tiers`, { timeout: 60_000 }, async (t) => {
    assert.ok(url, `Page introuvable : ${missing}.`);
    const { context, page, externalRequests } = await newPage(site.browser, { baseURL: site.server.url });
    t.after(() => context.close());

    // networkidle : les scripts chargés en différé (carte, recherche) ont eu le temps de partir.
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    assert.equal(response?.status(), 200, `${url} doit répondre 200`);

    // Les problèmes sont cumulés puis signalés ensemble : un seul passage de CI les montre tous.
    const problems: string[] = [];

    const lang = await page.locator('html').getAttribute('lang');
    if (lang !== 'fr') problems.push(`<html> doit porter lang="fr" (trouvé : ${lang === null ? 'aucun' : `"${lang}"`})`);
    const mains = await page.locator('main').count();
    if (mains !== 1) problems.push(`il faut exactement un <main> (trouvé : ${mains})`);
    const h1s = await page.locator('h1').count();
    if (h1s !== 1) problems.push(`il faut exactement un <h1> (trouvé : ${h1s})`);

    const violations = await checkA11y(page);
    if (violations.length > 0) problems.push(formatViolations(violations));

    // Le lien d'évitement est le premier élément atteint au clavier et mène à une cible existante.
    await page.keyboard.press('Tab');
    const skipLink = await page.evaluate(() => {
      const active = document.activeElement;
      const href = active instanceof HTMLAnchorElement ? active.getAttribute('href') : null;
      const targetId = href?.startsWith('#') ? decodeURIComponent(href.slice(1)) : null;
      return {
        element: active && active !== document.body ? active.outerHTML.slice(0, 120) : 'aucun',
        href,
        targetExists: targetId ? document.getElementById(targetId) !== null : false,
      };
    });
    if (!skipLink.href?.startsWith('#')) {
      problems.push(`le premier élément focalisable doit être un lien d'évitement a[href^="#"] (trouvé : ${skipLink.element})`);
    } else if (!skipLink.targetExists) {
      problems.push(`la cible du lien d'évitement ${skipLink.href} n'existe pas dans la page`);
    }

    if (externalRequests.length > 0) {
      problems.push(`requêtes vers des tiers (bloquées) :\n${externalRequests.map((u) => `  - ${u}`).join('\n')}`);
    }

    assert.equal(problems.length, 0, `${url} :\n\n${problems.join('\n\n')}`);
  });
}

test('une adresse inconnue renvoie la page 404 avec le statut 404', async () => {
  const response = await fetch(`${site.server.url}/page-qui-n-existe-pas-${Date.now()}/`);
  assert.equal(response.status, 404);
  const custom404 = path.join(SITE_DIR, '404.html');
  assert.ok(existsSync(custom404), `${custom404} manque : ajoutez src/pages/404.astro`);
  assert.equal(await response.text(), readFileSync(custom404, 'utf8'), 'le corps doit être celui de 404.html');
});
