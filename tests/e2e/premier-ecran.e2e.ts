/**
 * Le premier écran d'un téléphone (360 × 740) : un en-tête compact sur chaque modèle de page
 * (au plus le quart de l'écran), « Menu » qui ouvre et ferme la navigation au clavier (et sans
 * JavaScript), « Où êtes-vous ? » et « Autour de moi » visibles sans défiler sur l'accueil, et
 * axe (WCAG 2.2 A et AA, plus les règles de repères `region` et `landmark-unique`) sans violation
 * sur chaque modèle de page à cette taille. Lancer `npm run build` avant.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { formatViolations, newPage, siteEtNavigateur } from './harness.ts';
import { pageTypes } from './routes.ts';

const TELEPHONE = { width: 360, height: 740 };
/** L'en-tête (bandeau de démonstration compris) laisse au moins les trois quarts de l'écran à la page. */
const ENTETE_MAX = TELEPHONE.height / 4;
const TAGS_WCAG22 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Règles de bonne pratique sur les repères, que les étiquettes WCAG ne couvrent pas. */
const REGLES_REPERES = ['region', 'landmark-unique'];

const { pages } = pageTypes(['admin/']);

const site = siteEtNavigateur();

async function ouvrir(
  t: { after: (fn: () => Promise<void>) => void },
  url: string,
  options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<Page> {
  const { context, page, externalRequests } = await newPage(site.browser, { viewport: TELEPHONE, baseURL: site.server.url, ...options });
  t.after(async () => {
    assert.deepEqual(externalRequests, [], `requêtes vers des tiers sur ${url}`);
    await context.close();
  });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

async function violationsWcag22(page: Page) {
  // One after the other: axe refuses two runs at once on a page.
  const wcag = await new AxeBuilder({ page }).withTags(TAGS_WCAG22).analyze();
  const reperes = await new AxeBuilder({ page }).withRules(REGLES_REPERES).analyze();
  return [...wcag.violations, ...reperes.violations];
}

describe('en-tête compact à 360 × 740, axe WCAG 2.2', () => {
  let context: BrowserContext;
  let page: Page;
  before(async () => {
    ({ context, page } = await newPage(site.browser, { viewport: TELEPHONE, baseURL: site.server.url }));
  });
  after(() => context?.close());

  for (const { route, url } of pages) {
    test(`${url} (${route}) : en-tête d'au plus ${ENTETE_MAX} px, contenu dès le premier écran, aucune violation axe`, { timeout: 60_000 }, async () => {
      await page.goto(url, { waitUntil: 'networkidle' });
      const mesures = await page.evaluate(() => ({
        entete: document.querySelector('header.entete')?.getBoundingClientRect().bottom ?? null,
        contenu: document.querySelector('main')?.getBoundingClientRect().top ?? null,
        h1: document.querySelector('main h1')?.getBoundingClientRect().top ?? null,
      }));
      assert.ok(mesures.entete !== null && mesures.contenu !== null, `${url} : en-tête ou <main> introuvable`);
      assert.ok(
        mesures.entete <= ENTETE_MAX,
        `${url} : l'en-tête descend jusqu'à ${Math.round(mesures.entete)} px (maximum ${ENTETE_MAX} px sur ${TELEPHONE.height})`,
      );
      assert.ok(mesures.contenu < 200, `${url} : le contenu commence à ${Math.round(mesures.contenu)} px`);
      if (mesures.h1 !== null)
        assert.ok(mesures.h1 < TELEPHONE.height / 2, `${url} : le titre commence à ${Math.round(mesures.h1)} px, sous la moitié de l'écran`);
      const violations = await violationsWcag22(page);
      assert.equal(violations.length, 0, `${url} à 360 × 740 : ${formatViolations(violations)}`);
    });
  }
});

describe('« Menu » ouvre et ferme la navigation', () => {
  test('au clavier : Entrée ouvre, Tab parcourt les rubriques, Échap ferme et rend le focus au bouton', async (t) => {
    const page = await ouvrir(t, '/charte/');
    const bouton = page.getByRole('button', { name: 'Menu' });
    const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
    assert.equal(await bouton.getAttribute('aria-expanded'), 'false');
    assert.equal(await bouton.getAttribute('aria-controls'), await page.locator('nav.navigation').getAttribute('id'));
    assert.ok(await navigation.isHidden(), 'la navigation doit être fermée au chargement');
    const boite = await bouton.boundingBox();
    assert.ok(boite && boite.width >= 44 && boite.height >= 44, `bouton Menu trop petit : ${JSON.stringify(boite)}`);

    await bouton.focus();
    await page.keyboard.press('Enter');
    assert.equal(await bouton.getAttribute('aria-expanded'), 'true');
    assert.ok(await navigation.isVisible(), 'Entrée doit ouvrir la navigation');
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label')),
      'Navigation principale',
      'Tab doit mener aux rubriques',
    );
    const violations = await violationsWcag22(page);
    assert.equal(violations.length, 0, `menu ouvert : ${formatViolations(violations)}`);

    await page.keyboard.press('Escape');
    assert.equal(await bouton.getAttribute('aria-expanded'), 'false');
    assert.ok(await navigation.isHidden(), 'Échap doit fermer la navigation');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Menu', 'Échap doit rendre le focus au bouton');

    await page.keyboard.press('Space');
    assert.ok(await navigation.isVisible(), 'Espace doit ouvrir la navigation');
    await page.keyboard.press('Space');
    assert.ok(await navigation.isHidden(), 'Espace doit refermer la navigation');
  });

  test('sans JavaScript : « Menu » est un lien qui montre la navigation', async (t) => {
    const page = await ouvrir(t, '/charte/', { javaScriptEnabled: false });
    const navigation = page.locator('nav.navigation');
    assert.ok(await navigation.isHidden());
    await page.getByRole('link', { name: 'Menu' }).click();
    assert.ok(await navigation.isVisible(), 'le lien Menu doit afficher la navigation');
    assert.ok(await navigation.getByRole('link', { name: 'Le collectif' }).isVisible());
  });

  test('« Rechercher » mène à la page de recherche ; sur grand écran, le champ et la navigation sont là, sans bouton', async (t) => {
    const page = await ouvrir(t, '/charte/');
    const rechercher = page.getByRole('link', { name: 'Rechercher', exact: true });
    assert.equal(await rechercher.getAttribute('href'), '/recherche/');
    const boite = await rechercher.boundingBox();
    assert.ok(boite && boite.height >= 44, `lien Rechercher trop petit : ${JSON.stringify(boite)}`);

    const large = await ouvrir(t, '/charte/', { viewport: { width: 1280, height: 720 } });
    assert.ok(await large.getByLabel('Rechercher sur le site').isVisible());
    assert.ok(await large.locator('nav.navigation').isVisible());
    assert.ok(await large.getByRole('button', { name: 'Menu' }).isHidden());
    const violations = await violationsWcag22(large);
    assert.equal(violations.length, 0, `1280 × 720 : ${formatViolations(violations)}`);
  });
});

describe('accueil : la recherche d’un lieu dès le premier écran', () => {
  for (const largeur of [360, 320]) {
    test(`à ${largeur} × 740, « Où êtes-vous ? » et « Autour de moi » sont visibles sans défiler`, async (t) => {
      const page = await ouvrir(t, '/', { viewport: { width: largeur, height: 740 } });
      const champ = page.getByRole('combobox', { name: 'Commune ou code postal' });
      const autour = page.getByRole('button', { name: 'Autour de moi' });
      await autour.waitFor({ state: 'visible' });
      for (const [nom, element] of [
        ['le champ « Commune ou code postal »', champ],
        ['le bouton « Autour de moi »', autour],
      ] as const) {
        const boite = await element.boundingBox();
        assert.ok(boite, `${nom} est introuvable`);
        assert.ok(
          boite.y >= 0 && boite.y + boite.height <= 740,
          `${nom} est hors du premier écran (de ${Math.round(boite.y)} à ${Math.round(boite.y + boite.height)} px)`,
        );
      }
      assert.equal(await page.locator('h1').textContent(), 'Trouver de l’aide avec le numérique');
    });
  }
});
