/**
 * axe (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every page of the built site, not only a few
 * page types: every URL of the sitemap, plus the directory in five filter states, the search
 * page with a query and the 404 page, at desktop (1280×720) and phone (360×740) sizes.
 * The best-practice rules `region` (all content inside a landmark) and `landmark-unique` must
 * pass too; the other best-practice rules are printed, not enforced.
 *
 * One browser and one page per size, reused from URL to URL: about 500 audits stay within a few
 * minutes. Run `npm run build` first; `SITE_DIR` points at another folder.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { SITE_DIR, formatViolations, newPage, type AxeViolation, siteEtNavigateur } from './harness.ts';

/** WCAG A and AA, 2.0 to 2.2: what the RGAA asks for, plus WCAG 2.2's new AA criteria (target size). */
const TAGS_WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Best-practice rules that the site must pass as well (issue 14). */
const BONNES_PRATIQUES_EXIGEES = new Set(['region', 'landmark-unique']);

const TAILLES = [
  { nom: 'ordinateur', viewport: { width: 1280, height: 720 } },
  { nom: 'téléphone', viewport: { width: 360, height: 740 } },
];

/** Paths of every page in the sitemaps of SITE_DIR, relative to the site's address (`/`, `/lieux/`…). */
function cheminsDuPlanDuSite(): string[] {
  const fichiers = readdirSync(SITE_DIR).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const chemins: string[] = [];
  for (const fichier of fichiers) {
    const xml = readFileSync(path.join(SITE_DIR, fichier), 'utf8');
    for (const [, adresse] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) chemins.push(new URL(adresse!).pathname);
  }
  // Under a base path (BASE_PATH=/depot/), the sitemap's paths start with it: so does the server's.
  return chemins;
}

/** A commune that has a page in the built directory, for the « où » filter state. */
function uneCommune(): string {
  const communes = readdirSync(path.join(SITE_DIR, 'lieux', 'commune'), { withFileTypes: true }).filter((e) => e.isDirectory());
  assert.ok(communes.length > 0, `aucune commune dans ${SITE_DIR}/lieux/commune/`);
  return communes[0]!.name;
}

interface Cas {
  chemin: string;
  /** Waits until the page's script has done its work (results shown, directory interactive). */
  pret?: (page: Page) => Promise<unknown>;
}

/** The directory has read the address: `interactif` with nothing chosen, `pret` once a search is shown. */
const annuairePret = (page: Page) =>
  page.waitForSelector(new URL(page.url()).search ? 'annuaire-lieux[data-etat="pret"]' : 'annuaire-lieux:is([data-etat="interactif"], [data-etat="pret"])', {
    state: 'attached',
    timeout: 20_000,
  });

function cas(): Cas[] {
  const duPlan: Cas[] = cheminsDuPlanDuSite().map((chemin) => ({ chemin, ...(/\/lieux\/$/.test(chemin) ? { pret: annuairePret } : {}) }));
  const base = duPlan[0]?.chemin.replace(/\/$/, '') ?? '';
  const commune = uneCommune();
  const etatsAnnuaire = [
    '?besoin=demarches',
    '?public=jeunes&frais=gratuit',
    '?ouvert=maintenant&sans-horaires=oui',
    `?ou=${commune}&rayon=10`,
    // So many criteria that no place matches: the « no result » state.
    '?besoin=materiel&prise-en-charge=surdite&itinerance=itinerant&label=forme-a-duplex-illettrisme',
  ].map((requete) => ({ chemin: `${base}/lieux/${requete}`, pret: annuairePret }));
  return [
    ...duPlan,
    ...etatsAnnuaire,
    {
      chemin: `${base}/recherche/?q=caf`,
      pret: (page) =>
        page.waitForFunction(() => (document.querySelector('recherche-site .statut')?.textContent ?? '').includes('« caf »'), undefined, { timeout: 15_000 }),
    },
    { chemin: `${base}/page-qui-n-existe-pas/` },
  ];
}

const site = siteEtNavigateur(SITE_DIR);

/** Violations that fail the test, and the other best-practice ones, printed for information. */
async function auditer(page: Page): Promise<{ exigees: AxeViolation[]; conseils: AxeViolation[] }> {
  const { violations } = await new AxeBuilder({ page }).withTags([...TAGS_WCAG, 'best-practice']).analyze();
  const exigee = (v: AxeViolation) => v.tags.some((t) => TAGS_WCAG.includes(t)) || BONNES_PRATIQUES_EXIGEES.has(v.id);
  return { exigees: violations.filter(exigee), conseils: violations.filter((v) => !exigee(v)) };
}

// The two sizes run side by side (one page each): the audits are the browser's work, two cores share it.
test('axe WCAG 2.2 AA sur toutes les pages, aux deux tailles', { timeout: 2_400_000, concurrency: TAILLES.length }, async (parent) => {
  await Promise.all(
    TAILLES.map(({ nom, viewport }) =>
      parent.test(`${nom} (${viewport.width}×${viewport.height})`, async (t) => {
        const liste = cas();
        assert.ok(liste.length > 20, `le plan du site de ${SITE_DIR} doit compter des pages`);
        const { context, page, externalRequests } = await newPage(site.browser, { baseURL: site.server.url, viewport });
        t.after(() => context.close());
        const erreursJs: string[] = [];
        page.on('pageerror', (e) => erreursJs.push(`${page.url()} : ${e.message}`));

        const debut = Date.now();
        const problemes: string[] = [];
        const conseils = new Map<string, Set<string>>();
        let faites = 0;
        for (const { chemin, pret } of liste) {
          const reponse = await page.goto(chemin, { waitUntil: 'load' });
          const attendu = chemin.includes('page-qui-n-existe-pas') ? 404 : 200;
          if (reponse?.status() !== attendu) problemes.push(`${chemin} : statut ${reponse?.status()} au lieu de ${attendu}`);
          try {
            await pret?.(page);
          } catch (erreur) {
            problemes.push(`${chemin} : la page n’est pas prête (${erreur instanceof Error ? erreur.message.split('\n')[0] : erreur})`);
            continue;
          }
          const resultat = await auditer(page);
          if (++faites % 50 === 0) process.stderr.write(`axe ${nom} : ${faites}/${liste.length} pages en ${((Date.now() - debut) / 1000).toFixed(0)} s\n`);
          if (resultat.exigees.length > 0) problemes.push(`${chemin} :\n${formatViolations(resultat.exigees)}`);
          for (const v of resultat.conseils) {
            if (!conseils.has(v.id)) conseils.set(v.id, new Set());
            conseils.get(v.id)!.add(chemin);
          }
        }
        const duree = ((Date.now() - debut) / 1000).toFixed(0);
        t.diagnostic(`${liste.length} pages auditées en ${duree} s`);
        for (const [regle, pages] of conseils)
          t.diagnostic(`bonne pratique axe non suivie (non bloquante) : ${regle} sur ${pages.size} page(s), dont ${[...pages][0]}`);

        assert.deepEqual(erreursJs, [], 'aucune erreur JavaScript');
        assert.deepEqual(externalRequests, [], 'aucune requête vers des tiers');
        assert.equal(problemes.length, 0, `${problemes.length} page(s) en défaut sur ${liste.length} :\n\n${problemes.slice(0, 15).join('\n\n')}`);
      }),
    ),
  );
});

/**
 * The editing interface (Decap CMS, not in the sitemap): its login screen and its list of
 * collections, in trial mode. Decap's own markup has no landmarks (best practices not asked
 * here) and its entry forms have faults of their own that we cannot fix from outside (toggle
 * buttons without a name, nested interactive elements), so only these two screens are audited.
 */
test('interface d’édition (/admin/?test) : connexion et liste des collections, WCAG 2.2 AA, aux deux tailles', { timeout: 180_000 }, async (t) => {
  const problemes: string[] = [];
  for (const { nom, viewport } of TAILLES) {
    const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport });
    t.after(() => context.close());
    await page.goto('/admin/?test', { waitUntil: 'networkidle' });
    const connexion = page.getByRole('button', { name: 'Se connecter' });
    await connexion.waitFor({ timeout: 60_000 });
    const titres = await page.locator('h1').allTextContents();
    if (titres.length !== 1) problemes.push(`${nom} : il faut un seul <h1> (trouvés : ${titres.length})`);
    const auditer = async (ecran: string) => {
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS_WCAG).analyze();
      if (violations.length > 0) problemes.push(`${nom}, ${ecran} :\n${formatViolations(violations)}`);
    };
    await auditer('écran de connexion');
    await connexion.click();
    await page.locator('[class*="-SidebarNavLink"]').first().waitFor({ timeout: 60_000 });
    await auditer('liste des collections');
  }
  assert.equal(problemes.length, 0, problemes.join('\n\n'));
});
