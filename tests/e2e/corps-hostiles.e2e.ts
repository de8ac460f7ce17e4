/**
 * The hostile bodies of the corpus (tests/unit/securite/corpus-hostile.ts), rendered by the
 * build's own Markdown pipeline (Sätteri with the plugins of astro.config.mjs), then opened in
 * Chromium: no dialog, no navigation, no request to another site, every link of an allowed
 * scheme, the page's own content not swallowed. The same bodies rendered without the
 * sanitiser do open dialogs and call other sites: the test would see an attack that got through.
 *
 * Unit-level on the rendering pipeline rather than a built fixture site: the build refuses
 * these files (check:content runs first), so no built site can carry them.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, startServer, type StaticServer } from './harness.ts';
import { FONCTIONS_MARKDOWN, pluginsAssainissement } from '../../src/lib/securite/assainissement.ts';
import { lireFrontmatter } from '../../src/lib/contenu/frontmatter.ts';
import { CAS_HOSTILES } from '../unit/securite/corpus-hostile.ts';

/** Bodies that can run script or navigate once the page is open, without a click. */
const SANS_CLIC = [
  '<img src="/absente.png" onerror="alert(\'onerror\')">',
  '<svg><script>alert("svg")</script></svg>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<iframe src="javascript:alert(\'iframe\')"></iframe>',
  '<object data="javascript:alert(\'object\')"></object>',
  '<details open ontoggle="alert(\'toggle\')"><summary>x</summary></details>',
];

function corpsDuCorpus(): string[] {
  return CAS_HOSTILES.filter((c) => c.fichier.startsWith('lieux/') && typeof c.contenu === 'string' && c.champ !== '').map((c) => {
    const lecture = lireFrontmatter(c.contenu as string);
    if (!lecture.ok) throw new Error(lecture.message);
    return lecture.corps;
  });
}

function rendre(corps: string, assaini: boolean): string {
  return (
    markdownToHtml(corps, {
      features: FONCTIONS_MARKDOWN,
      ...(assaini ? { mdastPlugins: pluginsAssainissement.mdast, hastPlugins: pluginsAssainissement.hast } : {}),
    }) as MarkdownToHtmlResult
  ).html;
}

/** Every body in its own <article>, followed by a marker that a swallowing tag would hide. */
function page(html: string[]): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Corps</title></head><body><main>${html.map((h) => `<article>${h}</article>`).join('')}<p id="temoin">Suite de la page</p></main></body></html>`;
}

let browser: Browser;
let server: StaticServer;
let dossier: string;
const corps = [...corpsDuCorpus(), ...SANS_CLIC];

before(async () => {
  dossier = mkdtempSync(path.join(tmpdir(), 'corps-hostiles-'));
  writeFileSync(path.join(dossier, 'assaini.html'), page(corps.map((c) => rendre(c, true))));
  // The control page: the bodies that act without a click (but the refresh, which would leave
  // the page before the others act) and the tracker image.
  const temoins = [...SANS_CLIC.filter((c) => !c.includes('refresh')), '![](https://tracker.example/p.gif)'];
  writeFileSync(path.join(dossier, 'brut.html'), page(temoins.map((c) => rendre(c, false))));
  server = await startServer(dossier);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dossier, { recursive: true, force: true });
});

/** Opens a page, clicks every link (in a way that cannot leave the page unnoticed) and reports what happened. */
async function ouvrir(nom: string) {
  const { context, page: onglet, externalRequests } = await newPage(browser, { baseURL: server.url });
  const dialogues: string[] = [];
  const navigations: string[] = [];
  onglet.on('dialog', (d) => {
    dialogues.push(d.message());
    void d.dismiss();
  });
  onglet.on('framenavigated', (cadre) => {
    if (cadre === onglet.mainFrame() && !cadre.url().endsWith(`/${nom}`)) navigations.push(cadre.url());
  });
  await onglet.goto(`/${nom}`);
  await onglet.waitForTimeout(300);
  const liens = await onglet.$$eval('a', (as) => as.map((a) => a.getAttribute('href')));
  const temoin = await onglet.locator('#temoin').isVisible();
  const base = await onglet.$$eval('base', (b) => b.length);
  // Links with a script scheme run on click: click them (the others would leave the page).
  for (let i = 0; i < liens.length; i++) {
    if (liens[i] !== null && !/^\s*(https?:|mailto:|tel:|\/|#)/i.test(liens[i]!))
      await onglet
        .locator('a')
        .nth(i)
        .click({ timeout: 2000 })
        .catch(() => undefined);
  }
  await onglet.waitForTimeout(200);
  await context.close();
  return { dialogues, navigations, externes: externalRequests, liens, temoin, base };
}

test('les corps hostiles assainis ne lancent rien, ne naviguent pas et n’appellent aucun autre site', async () => {
  const r = await ouvrir('assaini.html');

  assert.deepEqual(r.dialogues, [], 'boîtes de dialogue');
  assert.deepEqual(r.navigations, [], 'navigations');
  assert.deepEqual(r.externes, [], 'requêtes vers d’autres sites');
  assert.equal(r.base, 0, 'élément <base>');
  assert.ok(r.temoin, 'la suite de la page est avalée');
  assert.deepEqual(
    r.liens.filter((lien) => lien !== null && !/^(https?:|mailto:|tel:|\/|#)/.test(lien)),
    [],
    'liens d’un autre protocole',
  );
  assert.ok(r.liens.length >= 5, 'les liens autorisés restent (texte gardé)');
});

test('sans assainissement, les mêmes corps lancent du script et appellent d’autres sites (le test voit une attaque)', async () => {
  const r = await ouvrir('brut.html');

  assert.ok(r.dialogues.length >= 3, `au moins trois boîtes de dialogue attendues, vues : ${r.dialogues.join(', ')}`);
  assert.ok(r.externes.length >= 1, 'au moins une requête vers un autre site attendue');
});
