/**
 * Fiches des lieux, pages par commune et par besoin, navigation sans JavaScript, point d'entrée
 * de l'accueil : contenu attendu (depuis content/), axe sans violation, liens d'itinéraire et de
 * signalement, JSON-LD, impression sur une page A4, poids du JavaScript d'une fiche.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import { collectif, lieuxDuContenu, type LieuContenu } from './annuaire-donnees.ts';
import { checkA11y, formatViolations, newPage, SITE_DIR, siteEtNavigateur } from './harness.ts';

const site = siteEtNavigateur();

const LIEUX = lieuxDuContenu();
/** Le lieu au fichier le plus long : le plus dur à faire tenir sur une page imprimée. */
const PLUS_LONG = [...LIEUX].sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0]!;
const AVEC_HORAIRES = LIEUX.find((l) => l.horaires && l.courriels?.length && l.telephone && l.latitude !== undefined) ?? LIEUX[0]!;

function premiereCommune(): string {
  const dossier = path.join(SITE_DIR, 'lieux', 'commune');
  const slug = readdirSync(dossier)
    .filter((d) => existsSync(path.join(dossier, d, 'index.html')))
    .sort()[0];
  assert.ok(slug, `aucune page de commune dans ${dossier}`);
  return slug;
}

test('fiche lieu : statut, contacts, itinéraire, signalement, JSON-LD, aucune violation axe', async (t) => {
  const lieu: LieuContenu = AVEC_HORAIRES;
  const { context, page, externalRequests } = await newPage(site.browser, { baseURL: site.server.url });
  t.after(() => context.close());

  const reponse = await page.goto(`/lieux/${lieu.id}/`, { waitUntil: 'networkidle' });
  assert.equal(reponse?.status(), 200);

  assert.equal((await page.locator('h1').textContent())?.trim(), lieu.nom);
  const statut = ((await page.locator('.statut-horaires').first().textContent()) ?? '').trim();
  assert.match(
    statut,
    lieu.horaires
      ? /^(Ouvert · (ferme (à|demain à|[a-z]+ à|le .+ à) (\d+ h \d\d|minuit)|en continu)|Fermé · (ouvre (aujourd’hui à|demain à|[a-z]+ à|le .+ à) (\d+ h \d\d|minuit)|aucune ouverture prévue))$/
      : /^Horaires non renseignés$/,
  );
  if (lieu.telephone) {
    const tel = page.locator('.fiche-lieu a[href^="tel:"]');
    assert.equal(await tel.count(), 1, 'un lien tel:');
    assert.match((await tel.getAttribute('href')) ?? '', /^tel:\+33\d{9}$/, 'au format international');
    assert.equal(
      (await page.locator('.fiche-lieu .numero-telephone').textContent())?.replace(/\D/g, ''),
      String(lieu.telephone).replace(/\D/g, '').replace(/^33/, '0'),
      'affiché à la française',
    );
  }
  assert.equal(await page.locator('.tableau-horaires tr').count(), lieu.horaires ? 7 : 0);
  if (lieu.latitude !== undefined) {
    assert.equal(await page.locator(`a[href^="geo:${lieu.latitude},${lieu.longitude}"]`).count(), 1, 'lien geo:');
    assert.equal(await page.locator('a[href^="https://www.openstreetmap.org/directions"]').count(), 1, 'itinéraire OpenStreetMap');
  }
  const signaler = new URL((await page.getByRole('link', { name: 'Signaler une erreur sur cette fiche' }).getAttribute('href'))!);
  assert.equal(signaler.pathname, collectif().secretariat.courriel);
  assert.deepEqual(signaler.searchParams.get('cc')?.split(',') ?? [], lieu.courriels ?? []);
  assert.ok(signaler.searchParams.get('body')?.includes(`/lieux/${lieu.id}/`), 'l’adresse de la fiche est dans le message');

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
    '@context': string;
    '@graph': Record<string, any>[];
  };
  assert.equal(jsonLd['@context'], 'https://schema.org');
  const [pageWeb, lieuLd] = jsonLd['@graph'];
  assert.equal(pageWeb!['@type'], 'WebPage');
  assert.equal(pageWeb!['dateModified'], lieu.date_maj);
  assert.ok(['LocalBusiness', 'Library', 'GovernmentOffice'].includes(lieuLd!['@type']));
  assert.equal(lieuLd!['name'], lieu.nom);
  assert.equal(lieuLd!['address']['@type'], 'PostalAddress');
  assert.equal(lieuLd!['address']['postalCode'], lieu.code_postal);
  if (lieu.horaires)
    assert.ok(
      lieuLd!['openingHoursSpecification'].every(
        (s: Record<string, unknown>) => s['@type'] === 'OpeningHoursSpecification' && /^\d\d:\d\d$/.test(String(s['opens'])),
      ),
    );

  const violations = await checkA11y(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  assert.deepEqual(externalRequests, []);
});

test('fiche lieu : l’avertissement de fraîcheur suit la date de mise à jour', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url });
  t.after(() => context.close());
  const aujourdhui = new Date().toISOString().slice(0, 10);
  const ilYAUnAn = `${Number(aujourdhui.slice(0, 4)) - 1}${aujourdhui.slice(4)}`;

  for (const lieu of [LIEUX.find((l) => l.date_maj < ilYAUnAn), LIEUX.find((l) => l.date_maj > ilYAUnAn)].filter((l) => l !== undefined)) {
    await page.goto(`/lieux/${lieu.id}/`);
    const visible = await page.locator('.fraicheur').isVisible();
    assert.equal(visible, lieu.date_maj < ilYAUnAn, `${lieu.id} (mis à jour le ${lieu.date_maj})`);
  }
});

test('fiche lieu : l’impression tient sur une page A4', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url });
  t.after(() => context.close());

  await page.goto(`/lieux/${PLUS_LONG.id}/`, { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });

  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  assert.equal(pages, 1, `${PLUS_LONG.id} s’imprime sur ${pages} pages`);
});

test('fiche lieu : au plus 15 Ko de JavaScript compressé', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url });
  t.after(() => context.close());
  const scripts = new Set<string>();
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  });

  await page.goto(`/lieux/${AVEC_HORAIRES.id}/`, { waitUntil: 'networkidle' });
  const html = readFileSync(path.join(SITE_DIR, 'lieux', AVEC_HORAIRES.id, 'index.html'), 'utf8');
  const enLigne = [...html.matchAll(/<script(?![^>]*(?:src=|application\/(?:ld\+)?json))[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  const octets = [...scripts].reduce(
    (s, chemin) => s + gzipSync(readFileSync(path.join(SITE_DIR, decodeURIComponent(chemin)))).length,
    gzipSync(enLigne).length,
  );

  assert.ok(scripts.size > 0, 'la fiche charge au moins le script du statut');
  assert.ok(![...scripts].some((s) => /leaflet|carte-client/.test(s)), 'pas de Leaflet sur une fiche');
  assert.ok(octets <= 15 * 1024, `${octets} octets compressés (${[...scripts].join(', ')})`);
});

test('page de commune : les lieux de la commune avec leurs horaires, aucune violation axe', async (t) => {
  const { context, page, externalRequests } = await newPage(site.browser, { baseURL: site.server.url });
  t.after(() => context.close());
  const slug = premiereCommune();

  await page.goto(`/lieux/commune/${slug}/`, { waitUntil: 'networkidle' });
  const noms = (await page.locator('.liste-lieux .vignette-titre').allTextContents()).map((n) => n.trim());
  const commune = (await page.locator('h1').textContent())!
    .replace(/^Lieux de médiation numérique à /, '')
    .replace(/ \(page.*$/, '')
    .trim();
  const attendus = LIEUX.filter((l) => l.commune.localeCompare(commune, 'fr', { sensitivity: 'base' }) === 0).map((l) => l.nom);

  assert.ok(attendus.length > 0, `des lieux du contenu à ${commune}`);
  assert.deepEqual([...noms].sort(), [...attendus].sort().slice(0, 50));
  const violations = await checkA11y(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  assert.deepEqual(externalRequests, []);
});

test('sans JavaScript : la liste, ses pages, les communes et les besoins se parcourent', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, javaScriptEnabled: false });
  t.after(() => context.close());

  await page.goto('/lieux/');
  assert.equal(await page.locator('form.recherche-lieux').isVisible(), false, 'le formulaire, inutilisable sans script, est caché');
  const premierePage = await page.locator('.liste-lieux > li').count();
  assert.equal(premierePage, Math.min(LIEUX.length, 50));
  if (LIEUX.length > 50) {
    await page.getByRole('link', { name: 'Page suivante' }).click();
    assert.equal(await page.locator('.liste-lieux > li').count(), Math.min(LIEUX.length - 50, 50));
  }

  await page.goto('/lieux/service/');
  const liens = await page.locator('main a[href*="/lieux/service/"]').count();
  assert.equal(liens, 9, 'les neuf services du standard');
  await page.locator('main a[href*="/lieux/service/"]').first().click();
  assert.ok((await page.locator('.liste-lieux > li').count()) > 0 || (await page.getByText('Aucun lieu ne propose').count()) === 1);

  await page.goto('/lieux/commune/');
  const communes = new Set(LIEUX.map((l) => l.commune.toLowerCase()));
  assert.equal(await page.locator('main ul a[href*="/lieux/commune/"]').count(), communes.size);
});

test('accueil : « Où êtes-vous ? » mène à l’annuaire trié par distance', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url });
  t.after(() => context.close());
  const code = LIEUX[0]!.code_postal;

  await page.goto('/');
  const champ = page.getByRole('combobox', { name: 'Commune ou code postal' });
  await champ.fill(code);
  await page.waitForSelector('[role="listbox"]:not([hidden]) [role="option"]');
  await champ.press('ArrowDown');
  assert.match((await champ.getAttribute('aria-activedescendant')) ?? '', /-option-0$/);
  await Promise.all([page.waitForURL(/\/lieux\/\?ou=[a-z0-9-]+$/), champ.press('Enter')]);
  await page.waitForSelector('annuaire-lieux[data-etat="pret"]');
  assert.match((await page.locator('[data-resume]').textContent()) ?? '', /du plus proche au plus loin de/);
});
