/**
 * The Content-Security-Policy of src/lib/securite/csp.ts, enforced as a header (as nginx or
 * `_headers` send it) on top of the pages' own `<meta>`: each page type loads in Chromium with
 * zero `securitypolicyviolation` event, the search (Pagefind, WebAssembly) finds results and the
 * map draws its markers and asks for tiles (stubbed by the harness). /admin/ gets its own
 * policy. Also: every public page carries the `<meta>`, and dist/_headers is what csp.ts says.
 * Run `npm run build` first; `SITE_DIR` points at another folder.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { POLITIQUE_ADMIN, fichierHeaders, politiqueEnTete, politiqueMeta } from '../../src/lib/securite/csp.ts';
import { SITE_DIR, newPage, siteEtNavigateur } from './harness.ts';

const RACINE = fileURLToPath(new URL('../../', import.meta.url));
const TUILES = (parse(readFileSync(path.join(RACINE, 'content/collectif.yaml'), 'utf8')) as { carte: { tuiles: string } }).carte.tuiles;
const PARAMETRES = { tuiles: TUILES };

/** The first place page of the built site (folders other than the index folders). */
function unePage(section: string, saufs: string[] = []): string {
  const id = readdirSync(path.join(SITE_DIR, section), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !saufs.includes(e.name))
    .map((e) => e.name)
    .sort()[0];
  assert.ok(id, `aucune page dans ${SITE_DIR}/${section}/`);
  return `/${section}/${id}/`;
}

const site = siteEtNavigateur(SITE_DIR);

/**
 * Opens `chemin` with the policy sent as a header on every document of the site, and collects
 * the policy violations the page reports (events and console messages).
 */
async function ouvrirSousPolitique(chemin: string, politique: string) {
  const isolee = await newPage(site.browser, { baseURL: site.server.url, viewport: { width: 1280, height: 900 } });
  const { context, page } = isolee;
  const violations: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const liste = ((window as unknown as { __violations?: string[] }).__violations ??= []);
      liste.push(`${e.violatedDirective} : ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console : ${message.text()}`);
  });
  // Registered after the harness's route: Playwright tries the latest route first.
  await context.route(
    (url) => url.origin === site.server.url,
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const reponse = await route.fetch();
      await route.fulfill({ response: reponse, headers: { ...reponse.headers(), 'content-security-policy': politique } });
    },
  );
  await page.goto(chemin);
  const lire = async () => [...violations, ...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []))];
  return { ...isolee, lire };
}

const CAS: { nom: string; chemin: () => string; verifier?: (page: Page, tuiles: string[]) => Promise<void> }[] = [
  { nom: 'accueil', chemin: () => '/' },
  {
    nom: 'annuaire avec la carte',
    chemin: () => '/lieux/',
    verifier: async (page, tuiles) => {
      // « interactif » once the script runs, « pret » once the places are loaded: on a wide screen the
      // map asks for them at once, so the first state may already be gone.
      await page.waitForSelector('annuaire-lieux:is([data-etat="interactif"], [data-etat="pret"])', { state: 'attached', timeout: 15_000 });
      await page.locator('[data-carte]').scrollIntoViewIfNeeded();
      await page.waitForSelector('[data-carte][data-etat="prete"] .leaflet-marker-icon', { timeout: 15_000 });
      await page.waitForFunction(() => document.querySelectorAll('[data-carte] img.leaflet-tile-loaded').length > 0, undefined, { timeout: 15_000 });
      assert.ok(tuiles.length > 0, 'la carte doit demander des tuiles');
      assert.ok(
        tuiles.every((t) => t.startsWith(new URL(TUILES.replace(/\{[a-z]+\}/g, '0')).origin)),
        `tuiles demandées ailleurs qu’au serveur de carte.tuiles : ${tuiles[0]}`,
      );
    },
  },
  { nom: 'fiche lieu', chemin: () => unePage('lieux', ['commune', 'service']) },
  { nom: 'page membre', chemin: () => unePage('membres') },
  { nom: 'charte', chemin: () => '/charte/' },
  { nom: 'données ouvertes', chemin: () => '/donnees/' },
  { nom: 'réunion', chemin: () => unePage('reunions') },
  {
    nom: 'recherche avec une requête',
    chemin: () => '/recherche/?q=caf',
    verifier: async (page) => {
      await page.waitForFunction(() => (document.querySelector('recherche-site .statut')?.textContent ?? '').includes('« caf »'), undefined, {
        timeout: 15_000,
      });
      assert.ok((await page.locator('recherche-site li').count()) > 0, 'la recherche doit afficher des résultats');
    },
  },
  { nom: 'page introuvable', chemin: () => '/page-qui-n-existe-pas/' },
];

for (const { nom, chemin, verifier } of CAS) {
  test(`${nom} : aucune violation de la politique de sécurité envoyée en en-tête`, { timeout: 60_000 }, async (t) => {
    const { context, page, lire, tileRequests, externalRequests } = await ouvrirSousPolitique(chemin(), politiqueEnTete(PARAMETRES));
    t.after(() => context.close());
    const erreurs: string[] = [];
    page.on('pageerror', (e) => erreurs.push(e.message));
    await page.waitForLoadState('networkidle');
    // A blocked script or tile makes the check below time out: report the violations first, they say why.
    const echec = await verifier?.(page, tileRequests).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.deepEqual(await lire(), [], 'violations de la politique de sécurité');
    if (echec) throw echec;
    assert.deepEqual(erreurs, [], 'erreurs JavaScript');
    assert.deepEqual(externalRequests, [], 'requêtes vers des tiers');
  });
}

test('/admin/ : l’interface d’édition fonctionne sous sa propre politique', { timeout: 120_000 }, async (t) => {
  const { context, page, lire } = await ouvrirSousPolitique('/admin/?test', POLITIQUE_ADMIN);
  t.after(() => context.close());
  await page.getByRole('button', { name: 'Se connecter' }).waitFor({ timeout: 60_000 });
  assert.deepEqual(await lire(), [], 'violations de la politique de /admin/');
});

test('chaque page publique porte la politique dans une balise <meta>, la première de son en-tête après le jeu de caractères', () => {
  const pages = readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith(`admin${path.sep}`));
  assert.ok(pages.length > 10);
  const attendue = `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${politiqueMeta(PARAMETRES)}">`;
  const sans = pages.filter((f) => !readFileSync(path.join(SITE_DIR, f), 'utf8').includes(attendue));
  assert.deepEqual(sans.slice(0, 10), [], `${sans.length} page(s) sans la politique attendue en tête`);
});

test('dist/_headers est celui que produit csp.ts', () => {
  const base = process.env['BASE_PATH'] ?? '/';
  assert.equal(readFileSync(path.join(SITE_DIR, '_headers'), 'utf8'), fichierHeaders(PARAMETRES, base));
});
