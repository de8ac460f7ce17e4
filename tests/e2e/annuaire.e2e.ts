/**
 * L'annuaire `/lieux/` dans Chromium : besoins et filtres (liste et carte), adresse partageable,
 * recherche par code postal, « Autour de moi » (position simulée, refus), « ouvert maintenant »
 * à une heure fixée, carte complète et utilisable au clavier, axe sans violation.
 * Les valeurs attendues viennent du contenu et des données construites (annuaire-donnees.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import OpeningHours from 'opening_hours';
import type { Page } from 'playwright-core';
import { adresseOpeningHours } from '../../src/lib/horaires/compilation.ts';
import { BESOINS } from '../../src/lib/standard/valeurs.ts';
import { collectif, communesConstruites, lieuxDuContenu, plusProche, pointsConstruits, positionsConstruites, ouvrirFiltres } from './annuaire-donnees.ts';
import { checkA11y, formatViolations, newPage, siteEtNavigateur } from './harness.ts';

const site = siteEtNavigateur();

const LIEUX = lieuxDuContenu();
const VIEWPORT = { width: 1280, height: 1000 };

/** Attend que l'annuaire ait appliqué une recherche (attribut posé après chaque rendu). */
async function attendreResultats(page: Page): Promise<number> {
  await page.waitForSelector('annuaire-lieux[data-etat="pret"]');
  return Number(await page.getAttribute('annuaire-lieux', 'data-resultats'));
}

/** Fait venir la carte à l'écran et attend ses repères. */
async function afficherCarte(page: Page): Promise<void> {
  await page.locator('[data-carte]').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-carte][data-etat="prete"]');
}

/** Somme des nombres portés par les repères de la carte (un lieu seul compte 1). */
function sommeCarte(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-carte] .leaflet-marker-icon')].reduce((s, e) => s + Number(e.dataset['nombre']), 0),
  );
}

/** Noms des cartes de la liste, dans l'ordre. */
function nomsListe(page: Page): Promise<string[]> {
  return page
    .locator('.liste-lieux .vignette-titre')
    .allTextContents()
    .then((t) => t.map((s) => s.trim()));
}

test('la carte compte chaque lieu : la somme des amas égale le nombre de lieux', async (t) => {
  const { context, page, externalRequests } = await newPage(site.browser, { baseURL: site.server.url, viewport: VIEWPORT });
  t.after(() => context.close());
  const attendus = positionsConstruites().filter((l) => l.latitude !== undefined).length;

  await page.goto('/lieux/');
  await afficherCarte(page);

  assert.equal(LIEUX.length, pointsConstruits().lieux.length, 'points.json doit contenir tous les lieux du contenu');
  assert.equal(await sommeCarte(page), attendus);
  assert.ok((await page.locator('[data-carte] .marqueur-amas').count()) > 0 || attendus < 5, 'des lieux proches sont regroupés');
  // Les icônes sont servies par le site (pas de CDN) et se chargent.
  const icones = await page.$$eval('[data-carte] img.marqueur-lieu', (imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
  assert.ok(
    icones.every((w) => w > 0),
    'icônes des repères chargées',
  );
  assert.deepEqual(externalRequests, []);
});

for (const besoin of BESOINS) {
  test(`choisir le besoin « ${besoin.libelle} » réduit la liste et la carte au nombre attendu`, async (t) => {
    const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: VIEWPORT });
    t.after(() => context.close());
    const attendu = LIEUX.filter((l) => l.services?.some((s) => (besoin.services as readonly string[]).includes(s))).length;
    const avecPosition = positionsConstruites();

    await page.goto('/lieux/');
    await afficherCarte(page);
    await ouvrirFiltres(page);
    await page.getByLabel(besoin.libelle, { exact: false }).first().check();
    await page.waitForURL(`**/lieux/?besoin=${besoin.id}`);
    const resultats = await attendreResultats(page);

    assert.equal(resultats, attendu);
    assert.match((await page.locator('[data-resume]').textContent()) ?? '', new RegExp(attendu === 0 ? 'Aucun lieu' : `^${attendu} lieu`));
    assert.equal(await page.locator('.liste-lieux > li').count(), Math.min(attendu, 50));
    const noms = await nomsListe(page);
    const retenus = new Set(LIEUX.filter((l) => l.services?.some((s) => (besoin.services as readonly string[]).includes(s))).map((l) => l.nom));
    assert.ok(
      noms.every((n) => retenus.has(n)),
      'chaque lieu listé offre un service du besoin',
    );
    const attendusCarte = LIEUX.filter((l) => retenus.has(l.nom)).length - avecPosition.filter((p) => retenus.has(p.nom) && p.latitude === undefined).length;
    assert.equal(await sommeCarte(page), attendusCarte);
  });
}

test('OU dans une facette, ET entre facettes, et l’adresse restitue la recherche au rechargement', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: VIEWPORT });
  t.after(() => context.close());
  const [b1, b2] = [BESOINS[0]!, BESOINS[3]!];
  const offre = (l: (typeof LIEUX)[number], b: (typeof BESOINS)[number]) => l.services?.some((s) => (b.services as readonly string[]).includes(s)) ?? false;
  const ouAttendu = LIEUX.filter((l) => offre(l, b1) || offre(l, b2)).length;
  const etAttendu = LIEUX.filter((l) => (offre(l, b1) || offre(l, b2)) && l.frais_a_charge?.includes('Gratuit')).length;

  await page.goto('/lieux/');
  await ouvrirFiltres(page);
  await page.getByLabel(b1.libelle).first().check();
  await attendreResultats(page);
  await page.getByLabel(b2.libelle).first().check();
  await page.waitForURL(/besoin=/);
  assert.equal(await attendreResultats(page), ouAttendu, 'deux besoins : l’un ou l’autre');
  await page.locator('input[name="frais"][value="gratuit"]').check();
  await page.waitForURL(/frais=gratuit/);
  assert.equal(await attendreResultats(page), etAttendu, 'besoins et coût : les deux');
  assert.match(
    (await page.locator('[data-compte-filtres]').textContent()) ?? '',
    new RegExp(etAttendu === 0 ? 'Aucun lieu' : `^${etAttendu} lieu`),
    'le nombre de lieux se lit dans le panneau ouvert',
  );
  // Le nombre est annoncé aux lecteurs d'écran (zone role="status"), une fois les choix finis.
  await page.waitForFunction(
    (n) => document.querySelector('[data-annonce-resultats]')?.textContent?.startsWith(n === 0 ? 'Aucun lieu' : `${n} lieu`),
    etAttendu,
  );
  assert.equal(await page.locator('[data-annonce-resultats]').getAttribute('role'), 'status');
  const avant = await nomsListe(page);
  const adresse = page.url();

  await page.reload();
  assert.equal(await attendreResultats(page), etAttendu);
  assert.match((await page.locator('details[data-filtres] > summary').textContent()) ?? '', /^Filtrer \(3\)/, 'le panneau replié compte les filtres choisis');
  await ouvrirFiltres(page);
  assert.equal(page.url(), adresse);
  assert.deepEqual(await nomsListe(page), avant);
  assert.equal(await page.getByLabel(b1.libelle).first().isChecked(), true);
  assert.equal(await page.locator('input[name="frais"][value="gratuit"]').isChecked(), true);

  // Retour arrière : la recherche précédente revient.
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('frais'));
  assert.equal(await attendreResultats(page), ouAttendu);
  await ouvrirFiltres(page);
  assert.equal(await page.locator('input[name="frais"][value="gratuit"]').isChecked(), false);
});

test('une recherche par code postal trie par distance, le lieu attendu en premier', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: VIEWPORT });
  t.after(() => context.close());
  // Le code postal de la commune du premier lieu ; la commune retenue est la plus peuplée de ce code.
  const code = LIEUX[0]!.code_postal;
  const commune = communesConstruites()
    .filter((c) => c.codesPostaux.includes(code))
    .sort((a, b) => b.population - a.population)[0]!;
  const attendu = plusProche(commune);

  await page.goto('/lieux/');
  const champ = page.getByRole('combobox', { name: 'Commune ou code postal' });
  await champ.fill(code);
  await page.waitForSelector('[role="listbox"]:not([hidden]) [role="option"]');
  await champ.press('Enter');
  await page.waitForURL(`**/lieux/?ou=${commune.slug}`);
  await attendreResultats(page);

  const premier = page.locator('.liste-lieux > li').first();
  assert.equal((await premier.locator('.vignette-titre').textContent())?.trim(), attendu.nom);
  assert.match((await premier.locator('.meta').textContent()) ?? '', / · à( environ)? \d/);
  assert.match((await page.locator('[data-resume]').textContent()) ?? '', new RegExp(`du plus proche au plus loin de ${commune.nom}`));
  const vignettes = await page.$$eval('.liste-lieux .vignette-lieu', (vs) =>
    vs.map((v) => {
      const m = /à (?:environ )?([\d,]+) (k?m)/.exec(v.querySelector('.meta')?.textContent ?? '');
      return { km: m ? Number(m[1]!.replace(',', '.')) * (m[2] === 'm' ? 0.001 : 1) : NaN, texte: v.textContent ?? '' };
    }),
  );
  // Un lieu où l'on ne peut pas se rendre (itinérant, sans accueil du public) n'a pas de distance.
  const sansDistance = vignettes.filter((v) => Number.isNaN(v.km));
  assert.ok(
    sansDistance.every((v) => / · Itinérant · |n’accueille pas de public/.test(v.texte)),
    `seuls les lieux itinérants ou sans public n’ont pas de distance : ${sansDistance.map((v) => v.texte).join(' | ')}`,
  );
  const distances = vignettes.map((v) => v.km).filter((d) => !Number.isNaN(d));
  assert.ok(
    distances.every((d, i) => i === 0 || d >= distances[i - 1]! - 0.05),
    `distances croissantes : ${distances.join(', ')}`,
  );

  // Un rayon limite les résultats.
  await ouvrirFiltres(page);
  await page.locator('select[name="rayon"]').selectOption('5');
  await page.waitForURL(/rayon=5/);
  const dansLeRayon = positionsConstruites().filter((l) => l.latitude !== undefined && distanceKm(commune, l) <= 5).length;
  assert.equal(await attendreResultats(page), dansLeRayon);
});

function distanceKm(a: { latitude: number; longitude: number }, b: { latitude?: number; longitude?: number }): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.latitude! - a.latitude) * r) / 2) ** 2 +
    Math.cos(a.latitude * r) * Math.cos(b.latitude! * r) * Math.sin(((b.longitude! - a.longitude) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

test('« Autour de moi » avec une position simulée met le lieu le plus proche en premier', async (t) => {
  // Un point à quelques centaines de mètres d'un lieu pris au milieu de la liste.
  const cible = positionsConstruites().filter((l) => l.latitude !== undefined)[Math.floor(LIEUX.length / 2)]!;
  const position = { latitude: cible.latitude! + 0.002, longitude: cible.longitude! - 0.003 };
  const attendu = plusProche(position);
  const { context, page, externalRequests } = await newPage(site.browser, {
    baseURL: site.server.url,
    viewport: VIEWPORT,
    geolocation: position,
    permissions: ['geolocation'],
  });
  t.after(() => context.close());

  await page.goto('/lieux/');
  await page.getByRole('button', { name: 'Autour de moi' }).click();
  await page.waitForURL(/\?ou=-?\d+\.\d+,-?\d+\.\d+/);
  await attendreResultats(page);

  assert.equal((await page.locator('.liste-lieux .vignette-titre').first().textContent())?.trim(), attendu.nom);
  assert.match((await page.locator('[data-resume]').textContent()) ?? '', /du plus proche au plus loin de votre position/);
  // Dans l'adresse, la position est arrondie à 0,01° ; rien n'est parti vers un tiers.
  const [la, lo] = new URL(page.url()).searchParams.get('ou')!.split(',').map(Number);
  assert.equal(la, Math.round(position.latitude * 100) / 100);
  assert.equal(lo, Math.round(position.longitude * 100) / 100);
  assert.deepEqual(externalRequests, []);
});

test('« Autour de moi » refusé : un message en français explique quoi faire', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: VIEWPORT });
  t.after(() => context.close());
  await context.grantPermissions([]);

  await page.goto('/lieux/');
  await page.evaluate(() => {
    // Refus de l'utilisateur, comme le navigateur le signale.
    navigator.geolocation.getCurrentPosition = (_ok, erreur) =>
      erreur?.({ code: 1, message: 'User denied Geolocation', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
  });
  await page.getByRole('button', { name: 'Autour de moi' }).click();

  const message = page.locator('.message-position');
  await message.filter({ hasText: 'autorisé' }).waitFor();
  assert.match((await message.textContent()) ?? '', /Vous n’avez pas autorisé ce site à connaître votre position/);
  assert.match((await message.textContent()) ?? '', /commune ou votre code postal/);
});

test('« Ouvert maintenant » à une heure fixée garde les lieux ouverts, et sur demande ceux sans horaires', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: VIEWPORT });
  t.after(() => context.close());
  // Un moment de la semaine qui suit la construction où une partie seulement des lieux est
  // ouverte (sinon le test ne prouverait rien) : mardi 10 h 30, mercredi 15 h, samedi 11 h…
  const adresse = adresseOpeningHours(collectif().departement.code);
  const genere = pointsConstruits().genere;
  const candidats = [
    [2, 10, 30],
    [3, 15, 0],
    [6, 11, 0],
    [4, 17, 45],
  ].map(([jourSemaine, heure, minute]) => {
    const jour = new Date(`${genere}T12:00:00Z`);
    do jour.setUTCDate(jour.getUTCDate() + 1);
    while (jour.getUTCDay() !== jourSemaine);
    const [a, m, j] = [jour.getUTCFullYear(), jour.getUTCMonth(), jour.getUTCDate()];
    const affiche = `${String(heure).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    const instant = [1, 2]
      .map((decalage) => new Date(Date.UTC(a, m, j, heure! - decalage, minute)))
      .find((d) => new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(d) === affiche)!;
    // Attendu calculé avec la bibliothèque opening_hours complète (heure locale du processus = heure murale).
    const murale = new Date(a, m, j, heure, minute);
    const ouverts = LIEUX.filter((l) => l.horaires && new OpeningHours(l.horaires, adresse, { mode: 0 } as never).getState(murale)).length;
    return { instant, ouverts };
  });
  const avecHoraires = LIEUX.filter((l) => l.horaires).length;
  const { instant, ouverts } = candidats.find((c) => c.ouverts > 0 && c.ouverts < avecHoraires) ?? candidats[0]!;
  const sansHoraires = LIEUX.length - avecHoraires;
  await page.clock.setFixedTime(instant);

  await page.goto('/lieux/');
  await ouvrirFiltres(page);
  await page.getByLabel('Ouvert', { exact: true }).selectOption('maintenant');
  await page.waitForURL(/ouvert=maintenant/);
  assert.equal(await attendreResultats(page), ouverts);
  const statuts = await page.locator('.liste-lieux .statut-horaires').allTextContents();
  assert.ok(
    statuts.every((s) => s.trim().startsWith('Ouvert')),
    'chaque lieu listé est ouvert',
  );

  await page.getByLabel('Garder aussi les lieux dont les horaires ne sont pas renseignés').check();
  await page.waitForURL(/sans-horaires=oui/);
  assert.equal(await attendreResultats(page), ouverts + sansHoraires);
});

test('au clavier : de la liste à une fiche, et de la carte à une fiche', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: VIEWPORT });
  t.after(() => context.close());
  const ids = new Set(LIEUX.map((l) => l.id));

  // Depuis la liste : lien d'accès direct, Tab, Entrée.
  await page.goto('/lieux/');
  await page.getByRole('link', { name: 'Aller directement à la liste des lieux' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'liste-resultats');
  await page.keyboard.press('Tab');
  const lien = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
  assert.match(lien ?? '', /\/lieux\/[A-Za-z0-9_.-]+\/$/, 'Tab mène au premier lieu de la liste');
  await Promise.all([page.waitForURL(/\/lieux\/[A-Za-z0-9_.-]+\/$/), page.keyboard.press('Enter')]);
  assert.ok(ids.has(new URL(page.url()).pathname.split('/')[2]!));

  // Depuis la carte : lien « Aller à la carte », Tab jusqu'à un repère, Entrée (un amas zoome,
  // un lieu ouvre sa bulle), Entrée sur le lien de la bulle.
  await page.goto('/lieux/');
  await page.getByRole('link', { name: 'Aller à la carte' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-carte][data-etat="prete"]');
  let fiche: string | undefined;
  for (let essais = 0; essais < 60 && !fiche; essais++) {
    const focus = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      return {
        repere: e?.classList.contains('leaflet-marker-icon') ?? false,
        amas: e?.classList.contains('marqueur-amas') ?? false,
        lien: e instanceof HTMLAnchorElement && e.closest('.leaflet-popup') ? e.getAttribute('href') : null,
      };
    });
    if (focus.lien) {
      fiche = focus.lien;
      break;
    }
    await page.keyboard.press(focus.repere ? 'Enter' : 'Tab');
    if (focus.amas) await page.waitForTimeout(50);
  }
  assert.ok(fiche, 'une bulle de lieu a reçu le focus');
  await Promise.all([page.waitForURL(/\/lieux\/[A-Za-z0-9_.-]+\/$/), page.keyboard.press('Enter')]);
  assert.ok(ids.has(new URL(page.url()).pathname.split('/')[2]!));
});

test('axe : aucune violation sur l’annuaire avec la carte, une bulle et des suggestions ouvertes', async (t) => {
  const { context, page, externalRequests } = await newPage(site.browser, { baseURL: site.server.url, viewport: VIEWPORT });
  t.after(() => context.close());

  await page.goto(`/lieux/?besoin=${BESOINS[0]!.id}`);
  await afficherCarte(page);
  const problemes: string[] = [];
  const auditer = async (etape: string) => {
    const violations = await checkA11y(page);
    if (violations.length > 0) problemes.push(`${etape} :\n${formatViolations(violations)}`);
  };
  await auditer('carte affichée');
  await page.locator('.liste-lieux .voir-sur-carte').first().click();
  await page.waitForSelector('.leaflet-popup .popup-lieu');
  await auditer('bulle ouverte');
  await ouvrirFiltres(page);
  const champ = page.getByRole('combobox', { name: 'Commune ou code postal' });
  await champ.fill(communesConstruites()[0]!.nom.slice(0, 3));
  await page.waitForSelector('[role="listbox"]:not([hidden]) [role="option"]');
  await auditer('suggestions et critères ouverts');

  assert.equal(problemes.length, 0, problemes.join('\n\n'));
  assert.deepEqual(externalRequests, []);
});

test('sur téléphone, la carte est repliée et « Aller à la carte » la déplie', async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, viewport: { width: 390, height: 844 } });
  t.after(() => context.close());

  await page.goto('/lieux/');
  // Nothing is loaded before the user asks: the folded map does not fetch its points.
  await page.waitForSelector('annuaire-lieux[data-etat="interactif"]', { state: 'attached' });
  assert.equal(await page.locator('#section-carte').isHidden(), true, 'la carte est repliée au chargement sur un petit écran');

  // Lien d'évitement : il apparaît quand le clavier l'atteint.
  await page.getByRole('link', { name: 'Aller à la carte' }).focus();
  await page.keyboard.press('Enter');

  assert.equal(await page.locator('#section-carte').isVisible(), true, '« Aller à la carte » doit déplier la carte');
  assert.equal(await page.getAttribute('[data-action="carte"]', 'aria-expanded'), 'true');
  await page.waitForSelector('[data-carte][data-etat="prete"]');
});
