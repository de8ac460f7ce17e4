/**
 * La fiche d'un lieu sur un téléphone (360 × 740) : le premier écran dit si l'on peut y aller et
 * comment (nom, statut, adresse, « Appeler », « Itinéraire ») ; les identifiants techniques
 * sont repliés à la fin sous « Informations techniques » ; à 320 px rien ne déborde de la fiche ;
 * axe sans violation.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { lieuxDuContenu } from './annuaire-donnees.ts';
import { checkA11y, formatViolations, newPage, siteEtNavigateur } from './harness.ts';

const site = siteEtNavigateur();

const LIEUX = lieuxDuContenu();
const TELEPHONE = { width: 360, height: 740 };
/** Un lieu où l'on peut aller, avec un téléphone et des coordonnées : la fiche la plus complète en haut. */
const LIEU = LIEUX.find(
  (l) =>
    l.telephone &&
    l.latitude !== undefined &&
    !(l['itinerance'] as string[] | undefined)?.includes('Itinérant') &&
    !(l['modalites_acces'] as string[] | undefined)?.some((m) => m.includes('accueille pas')),
)!;

async function boite(page: Page, selecteur: string) {
  const b = await page.locator(selecteur).first().boundingBox();
  assert.ok(b, `${selecteur} affiché`);
  return b;
}

test('360 × 740 : nom, statut, adresse, « Appeler » et « Itinéraire » dans le premier écran de la fiche', async (t) => {
  const { context, page, externalRequests } = await newPage(site.browser, { baseURL: site.server.url, viewport: TELEPHONE, isMobile: true, hasTouch: true });
  t.after(() => context.close());

  await page.goto(`/lieux/${LIEU.id}/`);

  for (const selecteur of ['h1', '.fiche-lieu .statut-horaires', '.fiche-lieu .adresse', '.fiche-lieu .bouton-appeler', '.fiche-lieu .bouton-itineraire']) {
    const b = await boite(page, selecteur);
    assert.ok(
      b.y >= 0 && b.y + b.height <= TELEPHONE.height,
      `${selecteur} dans le premier écran (de ${Math.round(b.y)} à ${Math.round(b.y + b.height)} px, écran de ${TELEPHONE.height} px)`,
    );
  }
  const appeler = await boite(page, '.fiche-lieu .bouton-appeler');
  assert.ok(appeler.width >= 44 && appeler.height >= 44, `« Appeler » : ${appeler.width} × ${appeler.height} px`);
  assert.match((await page.locator('.fiche-lieu .bouton-appeler').getAttribute('href')) ?? '', /^tel:\+\d+$/);
  assert.match((await page.locator('.fiche-lieu .bouton-itineraire').getAttribute('href')) ?? '', /^https:\/\/www\.openstreetmap\.org\/directions\?/);
  // Rien n'est demandé à OpenStreetMap à l'ouverture : le lien n'est suivi que si on le touche.
  assert.deepEqual(externalRequests, []);
});

test('la fiche elle-même tient dans ses 360 px : du nom à « Itinéraire » en moins de 420 px de haut', async (t) => {
  // Ce que la fiche garantit seule, quel que soit l'en-tête du site au-dessus d'elle.
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: TELEPHONE, isMobile: true, hasTouch: true });
  t.after(() => context.close());

  await page.goto(`/lieux/${LIEU.id}/`);
  const nom = await boite(page, 'h1');
  const itineraire = await boite(page, '.fiche-lieu .bouton-itineraire');

  assert.ok(
    itineraire.y + itineraire.height - nom.y <= 420,
    `${Math.round(itineraire.y + itineraire.height - nom.y)} px du haut du nom au bas de « Itinéraire »`,
  );
});

test('identifiants techniques repliés à la fin, sous « Informations techniques »', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: TELEPHONE });
  t.after(() => context.close());

  await page.goto(`/lieux/${LIEU.id}/`);
  const details = page.locator('.fiche-lieu details.informations-techniques');
  assert.equal(await details.count(), 1);
  assert.equal((await details.locator('summary').textContent())?.trim(), 'Informations techniques');
  assert.equal(await details.evaluate((d) => (d as HTMLDetailsElement).open), false, 'replié');
  assert.equal(
    await page
      .locator('.fiche-lieu > *')
      .last()
      .evaluate((e) => e.matches('details.informations-techniques')),
    true,
    'à la fin de la fiche',
  );
  assert.equal(await page.getByText(LIEU.id, { exact: true }).isVisible(), false, 'l’identifiant de la fiche n’est pas visible replié');
  await details.locator('summary').click();
  for (const terme of ['SIRET', 'Identifiant de la fiche'])
    assert.ok(await details.getByText(terme, { exact: false }).first().isVisible(), `${terme} visible une fois déplié`);
  assert.doesNotMatch((await page.title()).toLowerCase(), /lieu de médiation numérique/);
});

test('320 px : aucun élément de la fiche ne déborde ; axe sans violation à 360 px', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  t.after(() => context.close());

  await page.goto(`/lieux/${LIEU.id}/`);
  // Mesuré contre 320 px et non `innerWidth`, qu'un téléphone élargit quand la page déborde.
  const debords = await page.$$eval('.fiche-lieu *', (elements) =>
    elements
      .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().right > 320 + 1)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} « ${e.textContent?.slice(0, 30)} »`),
  );
  assert.deepEqual(debords, [], 'rien ne dépasse à droite');
  await page.setViewportSize(TELEPHONE);
  const violations = await checkA11y(page);
  assert.deepEqual(violations, [], formatViolations(violations));
});
