/**
 * « Mettre à jour cette fiche », la voie sans compte : depuis la fiche d'un lieu, un court
 * formulaire rempli avec la fiche ; on change le téléphone et les horaires du samedi, on décoche
 * un service, et le courriel préparé au secrétariat marque ces changements. Sans JavaScript, la
 * page propose le courriel direct. Accessibilité (axe) et largeur de 320 px.
 * Lancer `npm run build` avant.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SITE_DIR, checkA11y, formatViolations, newPage, siteEtNavigateur } from './harness.ts';

const site = siteEtNavigateur(SITE_DIR);

test('depuis la fiche, le formulaire prérempli prépare un courriel qui marque les changements', { timeout: 60_000 }, async (t) => {
  const { context, page, externalRequests } = await newPage(site.browser, { baseURL: site.server.url, viewport: { width: 320, height: 740 } });
  t.after(() => context.close());
  await page.goto('/lieux/ccas-bayeux/');
  await page.getByRole('link', { name: 'Mettre à jour cette fiche' }).click();
  await page.waitForURL('**/mettre-a-jour/ccas-bayeux/');
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Mettre à jour la fiche « CCAS de Bayeux »');

  // Rempli avec la fiche, en français.
  assert.equal(await page.getByLabel('Nom du lieu').inputValue(), 'CCAS de Bayeux');
  const horaires = page.getByLabel('Horaires d’ouverture');
  assert.match(await horaires.inputValue(), /^Lundi : 9 h 00 – 12 h 00 et 13 h 30 – 17 h 00\n[\s\S]*Samedi : Fermé\n[\s\S]*Fermé les jours fériés$/);
  assert.ok(await page.getByRole('checkbox', { name: 'Aide aux démarches administratives' }).isChecked());

  const telephone = page.getByRole('textbox', { name: 'Téléphone' });
  assert.equal(await telephone.inputValue(), '02 61 91 24 31', 'le téléphone écrit à la française');
  await telephone.fill('02 31 00 00 00');
  await horaires.fill((await horaires.inputValue()).replace('Samedi : Fermé', 'Samedi : de 10h à 12h'));
  await page.getByRole('checkbox', { name: 'Acquisition de matériel informatique à prix solidaire' }).uncheck();
  // La messagerie ne s'ouvre pas dans le navigateur de test : on lit le lien de secours.
  await page.getByRole('button', { name: 'Préparer le courriel' }).click();
  const lien = page.getByRole('link', { name: 'ouvrir le message préparé' });
  await lien.waitFor();
  const courriel = new URL((await lien.getAttribute('href'))!);
  assert.equal(courriel.protocol, 'mailto:');
  assert.equal(courriel.pathname, 'secretariat@example.org');
  assert.equal(courriel.searchParams.get('subject'), 'Mise à jour de la fiche « CCAS de Bayeux »');
  const corps = courriel.searchParams.get('body')!.replace(/\r\n/g, '\n');
  assert.match(corps, /CHANGEMENTS DEMANDÉS \(3\)/);
  assert.match(corps, />>> TÉLÉPHONE : À MODIFIER\n {4}Avant : 02 61 91 24 31\n {4}Après : 02 31 00 00 00/);
  assert.match(corps, /Après : [\s\S]*Samedi : de 10h à 12h/);
  assert.match(corps, /- à retirer : Acquisition de matériel informatique à prix solidaire/);
  assert.match(corps, /\/lieux\/ccas-bayeux\//);

  // Le contenu de la page (l'en-tête commun n'est pas de cette page) tient dans 320 px.
  const depasse = await page.evaluate(() =>
    [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > 320.5).map((e) => e.tagName),
  );
  assert.deepEqual(depasse, [], 'rien du formulaire ne dépasse 320 px');
  const violations = await checkA11y(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  assert.deepEqual(externalRequests, []);
});

test('sans JavaScript, la page propose d’écrire directement au secrétariat', { timeout: 30_000 }, async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, javaScriptEnabled: false });
  t.after(() => context.close());
  await page.goto('/mettre-a-jour/ccas-bayeux/');
  const direct = page.getByRole('link', { name: 'écrire directement au secrétariat' });
  assert.match((await direct.getAttribute('href'))!, /^mailto:secretariat@example\.org\?/);
});
