/**
 * Les parcours du public sur un téléphone (360 × 740) : la travailleuse sociale de Vire
 * (gratuit, samedi matin, à 20 km, puis impression de tous les lieux retenus), la personne de
 * Lisieux (accueil → commune → « Gratuit »), la recherche de commune qui pardonne, et sans
 * JavaScript le formulaire de l'accueil et les liens « besoin ». Les attendus viennent du
 * contenu et des données construites (annuaire-donnees.ts), les horaires de la bibliothèque
 * opening_hours complète.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import OpeningHours from 'opening_hours';
import type { Page } from 'playwright-core';
import { adresseOpeningHours } from '../../src/lib/horaires/compilation.ts';
import { collectif, communesConstruites, distance, lieuxDuContenu, pointsConstruits, positionsConstruites, ouvrirFiltres } from './annuaire-donnees.ts';
import { checkA11y, formatViolations, newPage, siteEtNavigateur } from './harness.ts';

const site = siteEtNavigateur();

const TELEPHONE = { width: 360, height: 740 };
/**
 * Ce que l'en-tête du site peut prendre au plus sur le premier écran (nom, bouton « Menu »,
 * bandeau de démonstration d'une ligne : le compte rendu du parcours). Le reste de l'écran,
 * du haut du contenu principal au premier résultat, est celui de l'annuaire.
 */
const ENTETE_MAX = 140;
const LIEUX = lieuxDuContenu();

async function attendreResultats(page: Page): Promise<number> {
  await page.waitForSelector('annuaire-lieux[data-etat="pret"]');
  return Number(await page.getAttribute('annuaire-lieux', 'data-resultats'));
}

/** Haut du premier résultat, compté depuis le haut du contenu principal (page en haut). */
async function hautPremierResultat(page: Page): Promise<number> {
  return page.evaluate(() => {
    scrollTo(0, 0);
    const main = document.querySelector('main')!.getBoundingClientRect().top;
    return document.querySelector('.liste-lieux > li')!.getBoundingClientRect().top - main;
  });
}

/** Un mercredi 10 h (heure de Paris) après la construction, et le samedi qui le suit. */
function mercrediApresConstruction(): { instant: Date; samedi: [number, number, number] } {
  const jour = new Date(`${pointsConstruits().genere}T12:00:00Z`);
  do jour.setUTCDate(jour.getUTCDate() + 1);
  while (jour.getUTCDay() !== 3);
  const [a, m, j] = [jour.getUTCFullYear(), jour.getUTCMonth(), jour.getUTCDate()];
  const instant = [1, 2]
    .map((decalage) => new Date(Date.UTC(a, m, j, 10 - decalage, 0)))
    .find((d) => new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(d) === '10:00')!;
  const samedi = new Date(Date.UTC(a, m, j + 3));
  return { instant, samedi: [samedi.getUTCFullYear(), samedi.getUTCMonth(), samedi.getUTCDate()] };
}

test('Vire : gratuit, samedi matin, à 20 km, puis la liste imprimée contient chaque lieu retenu', async (t) => {
  const { context, page, externalRequests } = await newPage(site.browser, { baseURL: site.server.url, viewport: TELEPHONE });
  t.after(() => context.close());
  const { instant, samedi } = mercrediApresConstruction();
  await page.clock.setFixedTime(instant);
  // Attendu recalculé : gratuit, ouvert à un moment entre 8 h et 12 h le samedi (jours fériés
  // compris, heure murale), à 20 km au plus du centre de Vire Normandie.
  const vire = communesConstruites().find((c) => c.slug === 'vire-normandie')!;
  const positions = new Map(positionsConstruites().map((p) => [p.nom, p]));
  const adresse = adresseOpeningHours(collectif().departement.code);
  const [a, m, j] = samedi;
  const attendus = LIEUX.filter((l) => {
    const p = positions.get(l.nom);
    if (!l.frais_a_charge?.includes('Gratuit') || !l.horaires || p?.latitude === undefined) return false;
    if (distance(vire, { latitude: p.latitude, longitude: p.longitude! }) > 20) return false;
    return new OpeningHours(l.horaires, adresse, { mode: 0 } as never).getOpenIntervals(new Date(a, m, j, 8, 0), new Date(a, m, j, 12, 0)).length > 0;
  }).map((l) => l.nom);
  assert.ok(attendus.length > 0, 'le parcours doit retenir au moins un lieu, sinon il ne prouve rien');

  await page.goto('/lieux/');
  const champ = page.getByRole('combobox', { name: 'Commune ou code postal' });
  await champ.fill('Vire Normandie');
  await champ.press('Enter');
  await page.waitForURL('**/lieux/?ou=vire-normandie');
  await attendreResultats(page);
  await ouvrirFiltres(page);
  await page.locator('input[name="frais"][value="gratuit"]').check();
  await page.waitForURL(/frais=gratuit/);
  await page.getByLabel('Ouvert', { exact: true }).selectOption('samedi');
  await page.getByLabel('Moment de la journée').selectOption('matin');
  await page.waitForURL(/ouvert=samedi-matin/);
  await page.getByLabel('Distance maximale').selectOption('20');
  await page.waitForURL(/rayon=20/);
  assert.equal(await attendreResultats(page), attendus.length);
  assert.deepEqual(new URL(page.url()).search, '?ou=vire-normandie&rayon=20&frais=gratuit&ouvert=samedi-matin');
  // Le panneau compte ses filtres et dit le nombre de lieux sans quitter l'écran.
  assert.match((await page.locator('details[data-filtres] > summary').textContent()) ?? '', /^Filtrer \(3\)/);
  const compte = page.locator('[data-compte-filtres]');
  assert.match((await compte.textContent()) ?? '', new RegExp(`^${attendus.length} lieux? correspond`));
  assert.ok(await compte.isVisible(), 'le nombre de lieux est visible dans le panneau ouvert');
  const boite = (await compte.boundingBox())!;
  assert.ok(boite.y >= 0 && boite.y + boite.height <= TELEPHONE.height, `le nombre de lieux reste à l’écran (y = ${boite.y})`);
  await page.getByRole('button', { name: 'Voir les résultats' }).click();
  assert.equal(await page.locator('details[data-filtres]').getAttribute('open'), null, '« Voir les résultats » referme le panneau');

  // Impression : le tableau est rempli avant, depuis toutes les données filtrées.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const tableau = page.locator('.tableau-impression');
  assert.ok(await tableau.isVisible(), 'le tableau s’imprime');
  assert.equal(await page.locator('.liste-lieux').isVisible(), false, 'les vignettes ne s’impriment pas : le tableau les remplace');
  const imprimes = (await tableau.locator('tbody th').allTextContents()).map((n) => n.trim());
  assert.deepEqual([...imprimes].sort(), [...attendus].sort());
  const texte = (await page.locator('[data-impression]').innerText()).replace(/\s+/g, ' ');
  assert.match(texte, /Près de Vire Normandie \(14500\), à 20 km au plus/);
  assert.match(texte, /Ouverts le samedi \d+ \S+ le matin/);
  assert.match(texte, /Coût : Gratuit/);
  assert.match(texte, /Liste imprimée le mercredi \d+ \S+ \d{4} à 10 h 00/);
  assert.ok(texte.includes(collectif().secretariat.courriel), 'le contact du collectif est imprimé');
  assert.doesNotMatch(texte, /Ouvert ·|Fermé ·|ferme à|ouvre (aujourd|demain)/, 'aucun statut relatif au moment de l’impression');
  const coupes = await page.evaluate(() => [...document.querySelectorAll('.tableau-impression tr')].map((tr) => getComputedStyle(tr).breakInside));
  assert.ok(
    coupes.every((c) => c === 'avoid'),
    'aucune ligne coupée entre deux pages',
  );
  assert.deepEqual(externalRequests, []);
});

test('la liste imprimée contient tous les lieux, au-delà des 50 affichés', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: TELEPHONE });
  t.after(() => context.close());

  await page.goto('/lieux/?ou=caen');
  const total = await attendreResultats(page);
  assert.ok(total > 50, `il faut plus de 50 lieux pour le prouver (${total})`);
  assert.equal(await page.locator('.liste-lieux > li').count(), 50);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });

  assert.equal(await page.locator('.tableau-impression tbody tr').count(), total);
  assert.equal(await page.locator('.tableau-impression thead th').filter({ hasText: 'Distance' }).isVisible(), true);
});

test('Lisieux : de l’accueil à la commune puis « Gratuit », le premier résultat au premier écran', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: TELEPHONE });
  t.after(() => context.close());
  const gratuits = LIEUX.filter((l) => l.frais_a_charge?.includes('Gratuit')).length;

  await page.goto('/');
  const champ = page.getByRole('combobox', { name: 'Commune ou code postal' });
  await champ.fill('Lisieux');
  await champ.press('Enter');
  await page.waitForURL('**/lieux/?ou=lisieux');
  await attendreResultats(page);
  const apresCommune = await hautPremierResultat(page);
  assert.ok(apresCommune <= TELEPHONE.height - ENTETE_MAX, `après la commune, le premier résultat commence à ${apresCommune} px du haut du contenu`);
  assert.match((await page.locator('.liste-lieux > li').first().textContent()) ?? '', /Lisieux/);

  await ouvrirFiltres(page);
  await page.locator('input[name="frais"][value="gratuit"]').check();
  await page.waitForURL(/frais=gratuit/);
  assert.equal(await attendreResultats(page), gratuits);
  await page.getByRole('button', { name: 'Voir les résultats' }).click();
  const apresGratuit = await hautPremierResultat(page);
  assert.ok(apresGratuit <= TELEPHONE.height - ENTETE_MAX, `après « Gratuit », le premier résultat commence à ${apresGratuit} px du haut du contenu`);
  // « Voir les résultats » amène la liste à l'écran : le premier lieu et son bouton « Appeler » y sont.
  await page.locator('details[data-filtres] > summary').click();
  await page.getByRole('button', { name: 'Voir les résultats' }).click();
  const premier = page.locator('.liste-lieux > li').first();
  const appeler = premier.locator('a[href^="tel:"]');
  assert.equal(await appeler.count(), 1, 'le premier lieu de Lisieux a un bouton « Appeler »');
  const [carte, bouton] = await Promise.all([premier.boundingBox(), appeler.boundingBox()]);
  assert.ok(carte!.y >= 0 && carte!.y < TELEPHONE.height, `le premier lieu est à l’écran (y = ${carte!.y})`);
  assert.ok(
    bouton!.y >= 0 && bouton!.y + bouton!.height <= TELEPHONE.height,
    `le bouton « Appeler » est à l’écran (de ${bouton!.y} à ${bouton!.y + bouton!.height})`,
  );
  assert.ok(bouton!.height >= 44 && bouton!.width >= 44, 'le bouton « Appeler » fait au moins 44 × 44 px');
});

for (const [saisie, slug] of [
  ['Bayeux 14400', 'bayeux'],
  ['14400 Bayeux', 'bayeux'],
  ['Lisieux (14100)', 'lisieux'],
  ['lizieux', 'lisieux'],
  ['saint pierre en auge', 'saint-pierre-en-auge'],
  ['St-Pierre-en-Auge', 'saint-pierre-en-auge'],
  ['Caen centre', 'caen'],
  ['Saint-Pierre-sur-Dives', 'saint-pierre-sur-dives'],
] as const) {
  test(`la recherche de commune pardonne : « ${saisie} »`, async (t) => {
    const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: TELEPHONE });
    t.after(() => context.close());
    const commune = communesConstruites().find((c) => c.slug === slug);
    assert.ok(commune, `${slug} est dans le répertoire publié`);

    await page.goto('/lieux/');
    const champ = page.getByRole('combobox', { name: 'Commune ou code postal' });
    await champ.fill(saisie);
    // La commune est proposée…
    await page.locator('[role="listbox"]:not([hidden]) [role="option"]').first().waitFor();
    const propositions = await page.locator('[role="listbox"] [role="option"]').allTextContents();
    assert.ok(
      propositions.some((p) => p.startsWith(commune.nom)),
      `« ${saisie} » propose ${commune.nom} : ${propositions.join(' ; ')}`,
    );
    // … et « Chercher » la prend.
    await page.getByRole('button', { name: 'Chercher', exact: true }).click();
    await page.waitForURL(`**/lieux/?ou=${slug}`);
    assert.ok((await attendreResultats(page)) > 0);
    assert.match((await page.locator('[data-resume]').textContent()) ?? '', new RegExp(`de ${commune.nom}`));
  });
}

test('une commune introuvable : le texte reste, la page le dit, et aucune liste complète n’est donnée pour résultat', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: TELEPHONE });
  t.after(() => context.close());

  await page.goto('/lieux/');
  const champ = page.getByRole('combobox', { name: 'Commune ou code postal' });
  await champ.fill('Trifouillis');
  await page.getByRole('button', { name: 'Chercher', exact: true }).click();
  await page.waitForURL(/ou=Trifouillis/);
  assert.equal(await attendreResultats(page), 0);
  assert.equal(await champ.inputValue(), 'Trifouillis');
  assert.match((await page.locator('.message-position').textContent()) ?? '', /Nous n’avons pas trouvé la commune « Trifouillis »/);
  assert.match((await page.locator('[data-resume]').textContent()) ?? '', /Nous n’avons pas trouvé la commune « Trifouillis »/);
  assert.equal(await page.locator('.liste-lieux > li').count(), 0);

  // Le même lien, rechargé ou partagé, dit la même chose.
  await page.reload();
  assert.equal(await attendreResultats(page), 0);
  assert.equal(await champ.inputValue(), 'Trifouillis');
  assert.equal(await page.locator('.liste-lieux > li').count(), 0);
});

test('à l’accueil avec JavaScript : une commune mal écrite mène à l’annuaire, une commune introuvable est dite', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: TELEPHONE });
  t.after(() => context.close());

  await page.goto('/');
  const champ = page.getByRole('combobox', { name: 'Commune ou code postal' });
  await champ.fill('Trifouillis');
  await champ.press('Enter');
  await page.locator('.message-position').filter({ hasText: 'Nous n’avons pas trouvé la commune « Trifouillis »' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/');
  assert.equal(await champ.inputValue(), 'Trifouillis');

  await champ.fill('lizieux');
  await champ.press('Enter');
  await page.waitForURL('**/lieux/?ou=lisieux');
  // Les liens « besoin » filtrent l'annuaire sur tous les services du besoin.
  await page.goto('/');
  assert.match((await page.locator('.trouver-besoins a').first().getAttribute('href')) ?? '', /\/lieux\/\?besoin=/);
});

test('sans JavaScript : le formulaire de l’accueil et les liens « besoin » mènent à des pages qui répondent', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: TELEPHONE, javaScriptEnabled: false });
  t.after(() => context.close());

  await page.goto('/');
  await page.getByRole('combobox', { name: 'Commune ou code postal' }).fill('Lisieux');
  await Promise.all([page.waitForURL(/\/lieux\/commune\/\?ou=Lisieux/), page.getByRole('button', { name: 'Chercher', exact: true }).click()]);
  // La liste des communes qui ont des lieux, et non la liste de tous les lieux.
  assert.equal((await page.locator('h1').textContent())?.trim(), 'Lieux par commune');
  await Promise.all([page.waitForURL('**/lieux/commune/lisieux/'), page.getByRole('link', { name: 'Lisieux', exact: true }).click()]);
  const lisieux = LIEUX.filter((l) => l.commune === 'Lisieux').length;
  assert.equal(await page.locator('.liste-lieux > li').count(), lisieux);

  await page.goto('/');
  const besoins = await page.locator('.trouver-besoins a').evaluateAll((liens) => liens.map((a) => a.getAttribute('href')!));
  assert.ok(besoins.length > 0);
  for (const href of besoins) {
    assert.match(href, /^\/lieux\/service\/[a-z0-9-]+\/$/, `${href} : la page d’un service`);
    await page.goto(href);
    assert.ok((await page.locator('.liste-lieux > li').count()) > 0, `${href} liste des lieux`);
  }

  // Un lien de recherche ouvert sans JavaScript ne présente pas la liste complète comme un résultat.
  await page.goto('/lieux/?ou=vire-normandie&frais=gratuit');
  const avis = page.locator('.sans-js');
  assert.ok(await avis.isVisible(), 'l’avis sans JavaScript est affiché');
  assert.match((await avis.textContent()) ?? '', /La recherche n’a pas pu être faite/);
  assert.match((await avis.textContent()) ?? '', /tous les lieux/);
  assert.equal(await page.locator('.recherche-lieux').isVisible(), false);
});

test('axe : aucune violation sur le panneau « Filtrer » ouvert et sur une commune introuvable, à 360 px', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: TELEPHONE });
  t.after(() => context.close());
  const problemes: string[] = [];
  const auditer = async (etape: string) => {
    const violations = await checkA11y(page);
    if (violations.length > 0) problemes.push(`${etape} :\n${formatViolations(violations)}`);
  };

  await page.goto('/lieux/?ou=vire-normandie&rayon=20&frais=gratuit&ouvert=samedi-matin');
  await attendreResultats(page);
  await ouvrirFiltres(page);
  await auditer('panneau ouvert');
  // Cases et étiquettes : des cibles d'au moins 24 × 24 px (WCAG 2.2, 2.5.8).
  const petites = await page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLInputElement>('.panneau-filtres input[type="checkbox"]')]
        .filter((c) => c.offsetParent !== null)
        .map((c) => c.getBoundingClientRect())
        .filter((r) => r.width < 24 || r.height < 24).length,
  );
  assert.equal(petites, 0, 'des cases de moins de 24 px');
  // Aucune option ne propose « (0) ».
  const zeros = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.panneau-filtres [data-option]')]
      .filter((o) => o.offsetParent !== null && o.querySelector(':scope > label > .compte')?.textContent?.trim() === '(0)')
      .map((o) => o.dataset['option']),
  );
  assert.deepEqual(zeros, [], 'une option visible annonce (0)');
  assert.ok((await page.locator('.panneau-filtres [data-option][hidden]').count()) > 0, 'des options sans lieu ont bien été masquées');
  await page.goto('/lieux/?ou=Trifouillis');
  await attendreResultats(page);
  await auditer('commune introuvable');

  assert.equal(problemes.length, 0, problemes.join('\n\n'));
});

test('à 320 px, le formulaire, le panneau « Filtrer » ouvert et la liste ne débordent pas de l’annuaire', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: { width: 320, height: 740 } });
  t.after(() => context.close());

  await page.goto('/lieux/?ou=vire-normandie&rayon=20&frais=gratuit&ouvert=samedi-matin');
  await attendreResultats(page);
  await ouvrirFiltres(page);
  await page.locator('.besoin details > summary').first().click();
  // Le bord de l'annuaire, et non celui du document : l'en-tête du site est mesuré ailleurs.
  const debordent = await page.evaluate(() => {
    const bord = document.querySelector('annuaire-lieux')!.getBoundingClientRect().right;
    return [...document.querySelectorAll<HTMLElement>('annuaire-lieux *')]
      .filter((e) => e.offsetParent !== null && e.getBoundingClientRect().right > bord + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
  });
  assert.deepEqual(debordent, []);
});
