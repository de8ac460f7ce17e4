/**
 * Une seule vignette de lieu : pour CHAQUE lieu de la démonstration, la vignette écrite par le
 * serveur (listes parcourables sans JavaScript) et celle qu'écrit le script de l'annuaire
 * disent la même chose et mènent aux mêmes liens ; la bulle de la carte est cette même
 * vignette. Sur téléphone (360 × 740), « Appeler » fait au moins 44 × 44 px et dit quel lieu
 * il appelle.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { lieuxDuContenu, ouvrirFiltres } from './annuaire-donnees.ts';
import { checkA11y, formatViolations, newPage, siteEtNavigateur } from './harness.ts';

const site = siteEtNavigateur();

const LIEUX = lieuxDuContenu();
/** Un instant fixe : les statuts (« Ouvert · ferme à… ») des deux vignettes sont calculés au même moment. */
const INSTANT = new Date();

/** Ce qu'une personne lit et peut suivre dans une vignette. */
interface Lecture {
  texte: string;
  liens: string[];
}

/**
 * Les vignettes de la page, par identifiant : texte normalisé et liens (adresse et nom
 * accessible). « Voir sur la carte » est retiré : il n'existe qu'avec la carte du script.
 */
function lire(page: Page, selecteur: string): Promise<Record<string, Lecture>> {
  return page.$$eval(selecteur, (articles) =>
    Object.fromEntries(
      articles.map((a) => {
        const copie = a.cloneNode(true) as HTMLElement;
        copie.querySelectorAll('[data-action="voir-sur-carte"]').forEach((b) => b.remove());
        const liens = [...copie.querySelectorAll('a')].map((l) => `${l.getAttribute('href')} ${l.textContent?.replace(/\s+/g, ' ').trim()}`);
        return [a.getAttribute('data-id') ?? '', { texte: (copie.textContent ?? '').replace(/\s+/g, ' ').trim(), liens }];
      }),
    ),
  );
}

/** Les vignettes du serveur, de toutes les pages de la liste parcourable sans JavaScript. */
async function vignettesServeur(page: Page): Promise<Record<string, Lecture>> {
  const toutes: Record<string, Lecture> = {};
  // La première page est l'annuaire lui-même ; les suivantes, /lieux/page/2/…, jusqu'à la dernière.
  let adresse: string | undefined = '/lieux/';
  while (adresse) {
    await page.goto(adresse);
    // Les statuts sont écrits par le navigateur à l'ouverture de la page.
    await page.waitForFunction(() => [...document.querySelectorAll('.liste-lieux statut-horaires')].every((s) => s.textContent !== ''));
    Object.assign(toutes, await lire(page, '.liste-lieux .vignette-lieu'));
    const suivante = page.locator('.pagination a[rel="next"]');
    adresse = (await suivante.count()) > 0 ? ((await suivante.first().getAttribute('href')) ?? undefined) : undefined;
  }
  return toutes;
}

/** Les vignettes écrites par le script de l'annuaire, toutes (« Afficher plus » jusqu'au bout). */
async function vignettesScript(page: Page): Promise<Record<string, Lecture>> {
  await page.goto('/lieux/');
  await page.waitForSelector('annuaire-lieux[data-etat="interactif"]', { state: 'attached' });
  // « Effacer la recherche » fait écrire la liste complète par le script.
  await ouvrirFiltres(page);
  await page.locator('[data-action="effacer"]').click();
  await page.waitForSelector('annuaire-lieux[data-etat="pret"]');
  while (await page.locator('.afficher-plus').isVisible()) await page.locator('.afficher-plus').click();
  return lire(page, '.liste-lieux .vignette-lieu');
}

test('chaque lieu : la vignette du serveur et celle du script disent la même chose et mènent aux mêmes liens', async (t) => {
  const { context, page, externalRequests } = await newPage(site.browser, { baseURL: site.server.url, viewport: { width: 1280, height: 1000 } });
  t.after(() => context.close());
  await page.clock.setFixedTime(INSTANT);

  const serveur = await vignettesServeur(page);
  const script = await vignettesScript(page);

  assert.deepEqual(Object.keys(serveur).sort(), LIEUX.map((l) => l.id).sort(), 'le serveur écrit une vignette par lieu du contenu');
  assert.deepEqual(Object.keys(script).sort(), Object.keys(serveur).sort(), 'le script écrit une vignette par lieu');
  for (const id of Object.keys(serveur)) assert.deepEqual(script[id], serveur[id], `vignette de ${id}`);
  // Ce que la vignette doit dire, vérifié sur le contenu : l'adresse, et « Appeler » quand il y a un téléphone.
  for (const l of LIEUX) {
    assert.match(serveur[l.id]!.texte, new RegExp(`${String(l['adresse']).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, ${l.code_postal} `), `${l.id} : adresse`);
    assert.equal(
      serveur[l.id]!.liens.some((x) => x.startsWith('tel:')),
      Boolean(l.telephone),
      `${l.id} : « Appeler » si et seulement si un téléphone`,
    );
  }
  assert.deepEqual(externalRequests, []);
});

test('un lieu itinérant dit « Itinérant » dans les deux vignettes, sans distance à son adresse de rattachement', async (t) => {
  const itinerants = LIEUX.filter((l) => (l['itinerance'] as string[] | undefined)?.includes('Itinérant') && !(l['itinerance'] as string[]).includes('Fixe'));
  assert.ok(itinerants.length > 0, 'la démonstration a un lieu itinérant');
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: { width: 1280, height: 1000 } });
  t.after(() => context.close());
  const bus = itinerants[0]!;

  const serveur = (await vignettesServeur(page))[bus.id];
  // Une recherche près de la commune du lieu : le script trie par distance.
  await page.goto(`/lieux/?ou=${encodeURIComponent(bus.code_postal)}`);
  await page.waitForSelector('annuaire-lieux[data-etat="pret"]');
  while (await page.locator('.afficher-plus').isVisible()) await page.locator('.afficher-plus').click();
  const script = (await lire(page, '.liste-lieux .vignette-lieu'))[bus.id];

  for (const [ou, v] of [
    ['serveur', serveur],
    ['script', script],
  ] as const) {
    assert.ok(v, `${ou} : vignette de ${bus.id}`);
    assert.match(v.texte, / · Itinérant · /, `${ou} : « Itinérant »`);
    assert.doesNotMatch(v.texte, /à (environ )?[\d,]+ k?m/, `${ou} : pas de distance`);
  }
  // Les lieux fixes voisins ont, eux, leur distance.
  assert.ok(Object.values(await lire(page, '.liste-lieux .vignette-lieu')).some((v) => /à (environ )?[\d,]+ k?m/.test(v.texte)));
});

test('la bulle d’un lieu sur la carte est sa vignette', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: { width: 1280, height: 1000 } });
  t.after(() => context.close());
  await page.clock.setFixedTime(INSTANT);

  await page.goto('/lieux/');
  await ouvrirFiltres(page);
  await page.locator('[data-action="effacer"]').click();
  await page.waitForSelector('annuaire-lieux[data-etat="pret"]');
  const liste = await lire(page, '.liste-lieux .vignette-lieu');
  // « Voir sur la carte » ouvre la bulle du premier lieu de la liste.
  const premier = page.locator('.liste-lieux .vignette-lieu').first();
  const id = await premier.getAttribute('data-id');
  await premier.locator('[data-action="voir-sur-carte"]').click();
  await page.waitForSelector('.leaflet-popup .vignette-lieu');
  const bulle = await lire(page, '.leaflet-popup .vignette-lieu');

  assert.deepEqual(Object.keys(bulle), [id]);
  assert.deepEqual(bulle[id!], liste[id!], 'même texte et mêmes liens que la vignette de la liste');
  // Les styles de la carte (Leaflet colore tous ses liens) ne doivent pas rendre « Appeler » illisible.
  assert.ok(
    bulle[id!]!.liens.some((l) => l.startsWith('tel:')),
    'le lieu de la bulle a « Appeler »',
  );
  const violations = await checkA11y(page);
  assert.deepEqual(violations, [], formatViolations(violations));
});

test('360 × 740 : « Appeler » fait au moins 44 × 44 px et nomme le lieu ; axe sans violation', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  t.after(() => context.close());

  await page.goto('/lieux/');
  const boutons = page.locator('.liste-lieux .bouton-appeler');
  const n = await boutons.count();
  assert.ok(n > 0, 'au moins une vignette a « Appeler »');
  for (let i = 0; i < n; i++) {
    const b = boutons.nth(i);
    const boite = await b.boundingBox();
    assert.ok(boite && boite.width >= 44 && boite.height >= 44, `« Appeler » n° ${i + 1} : ${boite?.width} × ${boite?.height} px`);
    const nom = await b.evaluate((a) => a.closest('.vignette-lieu')!.querySelector('.vignette-titre')!.textContent!.trim());
    assert.equal((await b.textContent())?.replace(/\s+/g, ' ').trim(), `Appeler ${nom}`, 'nom accessible : « Appeler » et le nom du lieu');
  }
  const violations = await checkA11y(page);
  assert.deepEqual(violations, [], formatViolations(violations));
});

test('un lieu trouvé par la recherche du site montre l’adresse et « Appeler » de sa vignette', async (t) => {
  const lieu = LIEUX.find((l) => l.telephone)!;
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  t.after(() => context.close());

  // La vignette du serveur, sur la page de sa commune.
  await page.goto(`/lieux/${lieu.id}/`);
  await page.locator('.fil-ariane a').last().click();
  const vignette = page.locator(`.vignette-lieu[data-id="${lieu.id}"]`);
  const attendu = { adresse: await vignette.locator('.vignette-adresse').textContent(), appeler: await vignette.locator('.vignette-actions').innerHTML() };

  await page.goto('/recherche/');
  await page.getByLabel(/^Rechercher un lieu/).fill(lieu.nom);
  const resultat = page.locator(`recherche-site .resultat:has(a[href$="/lieux/${lieu.id}/"])`).first();
  await resultat.locator('.bouton-appeler').waitFor();

  assert.equal(await resultat.locator('.vignette-adresse').textContent(), attendu.adresse);
  assert.equal(await resultat.locator('.vignette-actions').innerHTML(), attendu.appeler);
  const boite = await resultat.locator('.bouton-appeler').boundingBox();
  assert.ok(boite && boite.width >= 44 && boite.height >= 44, `« Appeler » : ${boite?.width} × ${boite?.height} px`);
});
