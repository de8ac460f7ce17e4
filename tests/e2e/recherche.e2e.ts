/**
 * Recherche sur tout le site (Pagefind), dans Chromium, sur le site construit.
 *
 * Les valeurs attendues sont calculées à partir de `dist/` (noms des lieux et des membres,
 * communes, mots de la charte) : les tests valent pour le contenu de démonstration comme
 * pour celui d'un autre collectif. Lancer `npm run build` avant ; `SITE_DIR` vise un autre dossier.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { slugifier } from '../../src/lib/commun/slug.ts';
import { SITE_DIR, checkA11y, formatViolations, launchBrowser, newPage, startServer, type StaticServer } from './harness.ts';

// Site construit -----------------------------------------------------------------------

const ENTITES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Texte d'un fragment HTML : balises retirées, entités décodées, espaces réduits. */
function texte(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entite, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
      return ENTITES[code.toLowerCase()] ?? entite;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function lire(url: string): string {
  return readFileSync(path.join(SITE_DIR, url, 'index.html'), 'utf8');
}

/** Contenu de `<main>` d'une page construite. */
function principal(html: string): string {
  return /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
}

function titre(html: string): string {
  return texte(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(principal(html))?.[1] ?? '');
}

/** Valeur d'une métadonnée de recherche déclarée par une page (`data-pagefind-meta`). */
function meta(html: string, nom: string): string | undefined {
  const m = new RegExp(`data-pagefind-meta="${nom}"[^>]*>([^<]*)<`).exec(html);
  return m ? texte(m[1]!) : undefined;
}

/** Type de contenu qu'une page déclare à la recherche (`data-pagefind-filter="type"`). */
function typeDe(url: string): string | undefined {
  return /data-pagefind-filter="type"[^>]*>([^<]*)</.exec(lire(url))?.[1];
}

/** Pages indexées d'un type (`lieu`, `membre`…), triées par adresse. */
function pagesDuType(type: string): string[] {
  return indexees.filter((url) => typeDe(url) === type).sort();
}

/** Toutes les pages HTML indexées (celles dont `<main>` porte `data-pagefind-body`). */
function pagesIndexees(): string[] {
  const urls: string[] = [];
  const parcourir = (dossier: string) => {
    for (const e of readdirSync(path.join(SITE_DIR, dossier), { withFileTypes: true })) {
      const relatif = path.posix.join(dossier, e.name);
      if (e.isDirectory() && e.name !== 'pagefind' && e.name !== '_astro') parcourir(relatif);
      else if (e.name === 'index.html' && /<main\b[^>]*data-pagefind-body/.test(readFileSync(path.join(SITE_DIR, relatif), 'utf8'))) {
        urls.push(`/${dossier}${dossier ? '/' : ''}`.replace('//', '/'));
      }
    }
  };
  parcourir('');
  return urls;
}

/** Sans accents ni majuscules, pour comparer des mots comme le fait la recherche. */
function normaliser(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Pages dont le titre n'est celui d'aucune autre page indexée : leur nom désigne une seule page. */
function titresUniques(urls: string[], toutes: string[]): { url: string; nom: string }[] {
  const compte = new Map<string, number>();
  for (const url of toutes) {
    const cle = slugifier(titre(lire(url)));
    compte.set(cle, (compte.get(cle) ?? 0) + 1);
  }
  return urls.map((url) => ({ url, nom: titre(lire(url)) })).filter(({ nom }) => nom !== '' && compte.get(slugifier(nom)) === 1);
}

// Navigateur -------------------------------------------------------------------------------

let server: StaticServer;
let browser: Browser;
let indexees: string[];

before(async () => {
  assert.ok(existsSync(path.join(SITE_DIR, 'pagefind', 'pagefind.js')), `Index de recherche absent de ${SITE_DIR}/pagefind/ : lancez npm run build.`);
  indexees = pagesIndexees();
  server = await startServer(SITE_DIR);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Ouvre une page du site (JavaScript actif) et note les requêtes vers des tiers. */
async function ouvrir(url: string, options: { javaScriptEnabled?: boolean } = {}) {
  const isolee = await newPage(browser, { baseURL: server.url, ...options });
  isolee.page.on('pageerror', (e) => assert.fail(`Erreur JavaScript sur ${url} : ${e.message}`));
  await isolee.page.goto(url);
  return isolee;
}

/** Attend que la page de recherche annonce les résultats de `q` (et d'un filtre, le cas échéant). */
async function attendreStatut(page: Page, q: string, contient = ''): Promise<string> {
  const statut = page.locator('recherche-site .statut');
  await page.waitForFunction(
    ([q, contient]) => {
      const t = document.querySelector('recherche-site .statut')?.textContent ?? '';
      return t.includes(`« ${q} »`) && t.includes(contient);
    },
    [q, contient] as const,
    { timeout: 10_000 },
  );
  return (await statut.textContent()) ?? '';
}

/** Tape une requête dans le champ de la page de recherche et attend ses résultats. */
async function rechercher(page: Page, q: string): Promise<string> {
  await page.getByLabel(/^Rechercher un lieu/).fill(q);
  return attendreStatut(page, q);
}

/** Adresses (chemins) des résultats affichés, dans l'ordre. */
async function resultats(page: Page): Promise<string[]> {
  return page.locator('recherche-site .resultat-titre a').evaluateAll((liens) => liens.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Nombre annoncé par le statut (« 12 résultats… » → 12, « Aucun résultat » → 0). */
function nombre(statut: string): number {
  const m = /^([\d\s\u202f\u00a0]+) résultat/.exec(statut);
  return m ? Number(m[1]!.replace(/\D/g, '')) : 0;
}

// Tests ------------------------------------------------------------------------------------

test('l’index ne contient que le contenu principal, avec le type de chaque page', { timeout: 30_000 }, async (t) => {
  const { page, context } = await ouvrir('/recherche/');
  t.after(() => context.close());
  const charte = lire('/charte/');
  const pied = texte(/<footer\b[^>]*>([\s\S]*?)<\/footer>/.exec(charte)?.[1] ?? '').slice(0, 40);
  assert.ok(pied.length > 10, 'pied de page introuvable dans /charte/');

  const { filtres, contenu } = await page.evaluate(async (titreCharte) => {
    const module = '/pagefind/pagefind.js';
    const pagefind = await import(module);
    const filtres = await pagefind.filters();
    const r = await pagefind.search(titreCharte);
    const donnees = await Promise.all(r.results.map((x: { data(): Promise<{ url: string; content: string }> }) => x.data()));
    return { filtres, contenu: donnees.find((d: { url: string }) => d.url === '/charte/')?.content ?? '' };
  }, titre(charte));

  assert.ok(
    contenu.startsWith(titre(charte)),
    `le contenu indexé de la charte doit commencer par son titre (fil d'Ariane exclu) : « ${contenu.slice(0, 80)} »`,
  );
  assert.ok(!contenu.includes(pied), `le pied de page ne doit pas être indexé (« ${pied} »)`);
  assert.ok(!contenu.includes('Aller au contenu'), 'le lien d’évitement ne doit pas être indexé');
  // Chaque page indexée déclare exactement un type, et l'index les compte tous.
  const attendus: Record<string, number> = {};
  for (const url of indexees) {
    const type = typeDe(url);
    assert.ok(type, `${url} est indexée sans type`);
    attendus[type] = (attendus[type] ?? 0) + 1;
  }
  assert.deepEqual(filtres.type, attendus);
  assert.ok((attendus['lieu'] ?? 0) > 0 && (attendus['membre'] ?? 0) > 0, 'des fiches lieu et des pages membre doivent être indexées');
});

test('le nom exact d’un lieu renvoie sa fiche en premier', { timeout: 60_000 }, async (t) => {
  const lieux = titresUniques(pagesDuType('lieu'), indexees);
  assert.ok(lieux.length > 0, `aucune fiche lieu au nom unique dans ${SITE_DIR}/lieux/`);
  // Le premier, celui du milieu et le dernier : des noms variés sans parcourir tout l'annuaire.
  const choisis = [...new Set([lieux[0]!, lieux[Math.floor(lieux.length / 2)]!, lieux.at(-1)!])];
  const { page, context } = await ouvrir('/recherche/');
  t.after(() => context.close());

  for (const { url, nom } of choisis) {
    await rechercher(page, nom);

    const urls = await resultats(page);
    assert.equal(urls[0], url, `« ${nom} » doit renvoyer ${url} en premier (reçu : ${urls.slice(0, 3).join(', ')})`);
    const premier = page.locator('recherche-site .resultat').first();
    assert.equal(await premier.locator('.resultat-type').textContent(), 'Lieu');
    const commune = meta(lire(url), 'commune');
    assert.ok(commune, `${url} doit déclarer sa commune à la recherche`);
    assert.match((await premier.locator('.resultat-infos').textContent()) ?? '', new RegExp(`· ${commune.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    if (meta(lire(url), 'semaine')) {
      assert.match((await premier.locator('.resultat-infos').textContent()) ?? '', /(Ouvert|Fermé)/, `${url} : le statut d’ouverture doit être affiché`);
    }
  }
});

test('« démarches » filtré sur une commune ne renvoie que des lieux de cette commune ; l’URL garde l’état', { timeout: 60_000 }, async (t) => {
  const parCommune = new Map<string, string[]>();
  for (const url of pagesDuType('lieu')) {
    const commune = meta(lire(url), 'commune');
    if (commune) parCommune.set(commune, [...(parCommune.get(commune) ?? []), url]);
  }
  const [commune, lieux] = [...parCommune].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0] ?? [];
  assert.ok(commune && lieux, 'aucune fiche lieu ne déclare sa commune');
  // Lieux de la commune qui parlent de démarches : tous doivent être trouvés.
  const attendus = lieux.filter((url) => /d[ée]marche/i.test(texte(principal(lire(url)))));
  assert.ok(attendus.length > 0, `aucun lieu de ${commune} ne mentionne de démarches : choisissez un autre contenu de test`);

  const { page, context } = await ouvrir('/recherche/?q=d%C3%A9marches');
  t.after(() => context.close());
  const sansFiltre = nombre(await attendreStatut(page, 'démarches'));
  await page.getByLabel('Commune (lieux)').selectOption(slugifier(commune));
  let statut = await attendreStatut(page, 'démarches', `commune : ${commune}`);
  // Tous les résultats, page après page.
  while (await page.locator('recherche-site .plus').isVisible()) {
    const avant = await page.locator('recherche-site .resultat').count();
    await page.locator('recherche-site .plus').click();
    await page.waitForFunction((n) => document.querySelectorAll('recherche-site .resultat').length > n, avant);
  }

  const urls = await resultats(page);
  assert.equal(urls.length, nombre(statut), `le statut annonce ${nombre(statut)} résultats, ${urls.length} affichés`);
  assert.ok(urls.length < sansFiltre, 'le filtre doit réduire les résultats');
  const horsCommune = urls.filter((u) => !lieux.includes(u));
  assert.deepEqual(horsCommune, [], `résultats hors de ${commune}`);
  assert.deepEqual(
    attendus.filter((u) => !urls.includes(u)),
    [],
    `lieux de ${commune} parlant de démarches non trouvés`,
  );
  const types = await page.locator('recherche-site .resultat-type').allTextContents();
  assert.ok(
    types.every((ty) => ty === 'Lieu'),
    `types : ${types.join(', ')}`,
  );
  const adresse = new URL(page.url());
  assert.equal(adresse.searchParams.get('q'), 'démarches');
  assert.equal(adresse.searchParams.get('commune'), slugifier(commune));

  // Recharger l'adresse redonne la même recherche.
  await page.reload();
  statut = await attendreStatut(page, 'démarches', `commune : ${commune}`);
  assert.equal(nombre(statut), urls.length);
  assert.equal(await page.getByLabel('Commune (lieux)').inputValue(), slugifier(commune));
  assert.deepEqual((await resultats(page)).slice(0, 10), urls.slice(0, 10));

  // Précédent : retour à la recherche sans filtre.
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('commune='));
  statut = await attendreStatut(page, 'démarches');
  await page.waitForFunction((n) => {
    const t = document.querySelector('recherche-site .statut')?.textContent ?? '';
    return Number((/^[\d\s\u202f]+/.exec(t)?.[0] ?? '').replace(/\D/g, '')) === n;
  }, sansFiltre);
  assert.equal(await page.getByLabel('Commune (lieux)').inputValue(), '');
  // Suivant : de nouveau filtré.
  await page.goForward();
  await attendreStatut(page, 'démarches', `commune : ${commune}`);
  assert.equal(await page.getByLabel('Commune (lieux)').inputValue(), slugifier(commune));
});

test('le nom d’un membre trouve sa page', { timeout: 30_000 }, async (t) => {
  const membres = titresUniques(pagesDuType('membre'), indexees);
  assert.ok(membres.length > 0, `aucune page membre au nom unique dans ${SITE_DIR}/membres/`);
  const { url, nom } = membres[0]!;
  const { page, context } = await ouvrir('/recherche/');
  t.after(() => context.close());

  await rechercher(page, nom);

  const urls = await resultats(page);
  assert.equal(urls[0], url, `« ${nom} » doit renvoyer ${url} en premier (reçu : ${urls.slice(0, 3).join(', ')})`);
  assert.equal(await page.locator('recherche-site .resultat-type').first().textContent(), 'Membre');
});

test('un mot présent seulement dans la charte trouve la charte', { timeout: 30_000 }, async (t) => {
  const charte = principal(lire('/charte/'))
    .replace(/<nav\b[\s\S]*?<\/nav>/g, ' ')
    .replace(/<div hidden data-pagefind-ignore[\s\S]*?<\/div>/g, ' ');
  // Le reste du site, en entier (débordements compris) : un mot absent de tout cela n'est que dans la charte.
  const ailleurs = normaliser(
    indexees
      .filter((u) => u !== '/charte/')
      .map((u) => texte(principal(lire(u))))
      .join(' '),
  );
  // La recherche trouve les mots par leur début : même les 5 premières lettres doivent être absentes ailleurs.
  // Whole words only: Pagefind keeps « l’origine » as one word, so a word glued to an
  // apostrophe or a hyphen would not be found on its own.
  const mot = texte(charte)
    .split(/[\s,.;:!?«»()"\u00a0\u202f]+/u)
    .find((m) => /^\p{L}{6,}$/u.test(m) && !ailleurs.includes(normaliser(m).slice(0, 5)));
  assert.ok(mot, 'aucun mot propre à la charte : le test n’a rien à chercher');
  const { page, context } = await ouvrir('/recherche/');
  t.after(() => context.close());

  const statut = await rechercher(page, mot);

  assert.deepEqual(await resultats(page), ['/charte/'], `« ${mot} » ne doit renvoyer que la charte (${statut})`);
});

test('une recherche sans résultat le dit et propose de parcourir par commune', { timeout: 30_000 }, async (t) => {
  const tout = indexees.map((u) => normaliser(lire(u))).join(' ');
  let mot = 'zqxwkv';
  while (tout.includes(mot)) mot += 'q';
  const { page, context } = await ouvrir('/recherche/');
  t.after(() => context.close());

  const statut = await rechercher(page, mot);

  assert.equal(statut, `Aucun résultat pour « ${mot} ».`);
  assert.equal(await page.locator('recherche-site .resultat').count(), 0);
  const aucun = page.locator('recherche-site .aucun');
  assert.ok(await aucun.isVisible(), 'le message « aucun résultat » doit être visible');
  const parCommune = aucun.getByRole('link', { name: /par commune/ });
  assert.equal(await parCommune.getAttribute('href'), '#parcourir');
  assert.ok(await aucun.getByRole('link', { name: /annuaire des lieux/ }).isVisible());

  // La suggestion mène à la liste des lieux par commune, et chaque lien de cette liste existe.
  await parCommune.click();
  const section = page.locator('#parcourir');
  assert.ok(await section.isVisible());
  const liens = await section.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  assert.ok(liens.includes('/lieux/'), 'la section propose l’annuaire des lieux');
  const communes = path.join(SITE_DIR, 'lieux', 'commune');
  if (existsSync(communes)) {
    assert.ok(
      liens.some((l) => l.startsWith('/lieux/commune/')),
      'les pages par commune existent : la section doit les proposer',
    );
  }
  const casses = liens.filter((l) => {
    const fichier = path.join(SITE_DIR, l, 'index.html');
    return !existsSync(fichier) || !statSync(fichier).isFile();
  });
  assert.deepEqual(casses, [], 'liens de la section « Parcourir » sans page');
});

test('page de recherche avec résultats et filtres : zéro violation axe, clavier, aucun tiers', { timeout: 60_000 }, async (t) => {
  const { page, context, externalRequests } = await ouvrir('/recherche/?q=d%C3%A9marches');
  t.after(() => context.close());
  await attendreStatut(page, 'démarches');
  assert.ok((await page.locator('recherche-site .resultat').count()) > 0, 'des résultats doivent être affichés');
  assert.ok(await page.locator('recherche-site .filtres').isVisible(), 'les filtres doivent être affichés');

  const violations = await checkA11y(page);
  assert.equal(violations.length, 0, formatViolations(violations));

  const statut = page.locator('recherche-site .statut');
  assert.equal(await statut.getAttribute('role'), 'status');
  assert.equal(await statut.getAttribute('aria-live'), 'polite');

  // Flèches entre le champ et les liens des résultats ; Entrée ouvre le résultat.
  const champ = page.getByLabel(/^Rechercher un lieu/);
  await champ.focus();
  await page.keyboard.press('ArrowDown');
  const liens = await resultats(page);
  const actif = () =>
    page.evaluate(() => (document.activeElement instanceof HTMLAnchorElement ? new URL(document.activeElement.href).pathname : document.activeElement?.id));
  assert.equal(await actif(), liens[0]);
  await page.keyboard.press('ArrowDown');
  assert.equal(await actif(), liens[1] ?? liens[0]);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.equal(await actif(), 'recherche-q');
  await page.keyboard.press('ArrowDown');
  await Promise.all([page.waitForURL((u) => u.pathname === liens[0]), page.keyboard.press('Enter')]);

  assert.deepEqual(externalRequests, []);
});

test('champ de l’en-tête : aperçu des résultats à la saisie, accessible, Échap le ferme', { timeout: 30_000 }, async (t) => {
  const membre = titresUniques(pagesDuType('membre'), indexees)[0];
  assert.ok(membre, 'aucune page membre au nom unique');
  const { page, context } = await ouvrir('/charte/');
  t.after(() => context.close());
  const champ = page.getByLabel('Rechercher sur le site');

  await champ.fill(membre.nom);
  const apercu = page.locator('recherche-entete .apercu');
  await apercu.waitFor({ state: 'visible' });

  const premier = apercu.locator('.resultat-titre a').first();
  assert.equal(new URL((await premier.getAttribute('href'))!, server.url).pathname, membre.url);
  const tout = new URL((await apercu.locator('.tout a').getAttribute('href'))!, server.url);
  assert.equal(tout.pathname, '/recherche/');
  assert.equal(tout.searchParams.get('q'), membre.nom);
  await page.waitForFunction(() => (document.querySelector('recherche-entete [role="status"]')?.textContent ?? '').includes('résultat'));
  const violations = await checkA11y(page);
  assert.equal(violations.length, 0, formatViolations(violations));

  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('.resultat-titre') !== null), true);
  await page.keyboard.press('Escape');
  assert.ok(await apercu.isHidden(), 'Échap doit fermer l’aperçu');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'recherche-entete-champ');

  // Entrée ouvre la page de recherche sur la même requête.
  await Promise.all([page.waitForURL((u) => u.pathname === '/recherche/'), champ.press('Enter')]);
  await attendreStatut(page, membre.nom);
});

test('sans JavaScript : le champ d’en-tête mène à /recherche/?q=…, qui explique et propose de parcourir', { timeout: 30_000 }, async (t) => {
  const { page, context } = await ouvrir('/charte/', { javaScriptEnabled: false });
  t.after(() => context.close());

  await page.getByLabel('Rechercher sur le site').fill('caf');
  await Promise.all([page.waitForURL((u) => u.pathname === '/recherche/'), page.getByLabel('Rechercher sur le site').press('Enter')]);

  assert.equal(new URL(page.url()).searchParams.get('q'), 'caf');
  const avis = page.locator('.sans-js');
  assert.ok(await avis.isVisible(), 'la page doit expliquer que la recherche a besoin de JavaScript');
  assert.match((await avis.textContent()) ?? '', /besoin de JavaScript/);
  assert.equal(await avis.getByRole('link', { name: /annuaire des lieux/ }).getAttribute('href'), '/lieux/');
  assert.equal(await avis.getByRole('link', { name: /par commune et par service/ }).getAttribute('href'), '#parcourir');
  assert.ok(await page.locator('#parcourir').isVisible());
});

test('quand le script de recherche ne se charge pas, la page l’explique sans violation axe', { timeout: 30_000 }, async (t) => {
  // axe a besoin de JavaScript : on simule son absence en bloquant le script de la page.
  const { page, context } = await newPage(browser, { baseURL: server.url });
  t.after(() => context.close());
  await context.route(/\/_astro\/[^/]*\.js$/, (route) => route.abort());

  await page.goto('/recherche/?q=caf');

  assert.ok(await page.locator('.sans-js').isVisible(), 'l’avis « besoin de JavaScript » doit s’afficher');
  assert.ok(await page.locator('.filtres').isHidden(), 'les filtres, inutilisables sans script, restent cachés');
  const violations = await checkA11y(page);
  assert.equal(violations.length, 0, formatViolations(violations));
});
