/**
 * Données ouvertes et plan du site, sur le site construit : la page /donnees/ (accessibilité,
 * liens de téléchargement, tailles annoncées), les fichiers publiés (CSV conforme au schéma du
 * standard, JSON, GeoJSON, data·inclusion) et sitemap.xml. Lancer `npm run build` avant.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { lireCsv } from '../../src/lib/commun/csv.ts';
import { validerCsvStandard } from '../../src/lib/standard/schema-publie.ts';
import { formaterErreurTable } from '../../src/lib/standard/table-schema.ts';
import { COLONNES } from '../../src/lib/standard/valeurs.ts';
import { SITE_DIR, checkA11y, formatViolations, newPage, siteEtNavigateur } from './harness.ts';

const DONNEES = path.join(SITE_DIR, 'donnees');
const INDEX_LIEUX = new Set(['commune', 'service']);

/** Ids of the places that have a page (`dist/lieux/<id>/index.html`). */
function idsDesFiches(): string[] {
  const dossier = path.join(SITE_DIR, 'lieux');
  return readdirSync(dossier, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !INDEX_LIEUX.has(e.name) && existsSync(path.join(dossier, e.name, 'index.html')))
    .map((e) => e.name)
    .sort();
}

/** Pages that ask search engines not to index them (`<meta name="robots" content="noindex…">`). */
const NON_INDEXEE = /<meta\s+name="robots"\s+content="[^"]*noindex/i;

/** Every HTML page of the built site, as a path (`/lieux/x/`), with whether it may be indexed. */
function pagesHtml(dossier = SITE_DIR, prefixe = '/'): { chemin: string; indexable: boolean }[] {
  const pages: { chemin: string; indexable: boolean }[] = [];
  for (const entree of readdirSync(dossier, { withFileTypes: true })) {
    if (entree.isDirectory()) {
      if (entree.name === 'pagefind' || entree.name === '_astro') continue;
      pages.push(...pagesHtml(path.join(dossier, entree.name), `${prefixe}${entree.name}/`));
    } else if (entree.name === 'index.html') {
      pages.push({ chemin: prefixe, indexable: !NON_INDEXEE.test(readFileSync(path.join(dossier, entree.name), 'utf8')) });
    }
  }
  return pages.sort((a, b) => a.chemin.localeCompare(b.chemin));
}

const site = siteEtNavigateur(SITE_DIR);

test('le CSV publié respecte le schéma du standard et contient un lieu par fiche', () => {
  const texte = readFileSync(path.join(DONNEES, 'lieux-de-mediation-numerique.csv'), 'utf8');
  const { erreurs, nombreLignes } = validerCsvStandard(texte);
  assert.deepEqual(erreurs.map(formaterErreurTable), []);
  const lecture = lireCsv(texte, ',');
  assert.deepEqual(lecture.entete, [...COLONNES]);
  assert.equal(nombreLignes, idsDesFiches().length);
  assert.deepEqual(lecture.enregistrements.map((e) => e.valeurs[0]).sort(), idsDesFiches());
});

test('JSON, GeoJSON et data·inclusion décrivent les mêmes lieux que le CSV', () => {
  const lire = (nom: string) => JSON.parse(readFileSync(path.join(DONNEES, nom), 'utf8')) as unknown;
  const ids = idsDesFiches();
  const json = lire('lieux-de-mediation-numerique.json') as { id: string }[];
  assert.deepEqual(json.map((l) => l.id).sort(), ids);
  const geojson = lire('lieux-de-mediation-numerique.geojson') as {
    type: string;
    features: { geometry: { type: string; coordinates: number[] }; properties: { url_fiche: string } }[];
  };
  assert.equal(geojson.type, 'FeatureCollection');
  for (const f of geojson.features) {
    assert.equal(f.geometry.type, 'Point');
    assert.equal(f.geometry.coordinates.length, 2);
    assert.match(f.properties.url_fiche, /^https?:\/\/.+\/lieux\/[^/]+\/$/);
  }
  const structures = lire('data-inclusion-structures.json') as { id: string }[];
  const services = lire('data-inclusion-services.json') as { structure_id: string }[];
  assert.equal(structures.length, ids.length);
  assert.deepEqual(services.map((s) => s.structure_id).sort(), structures.map((s) => s.id).sort());
});

test('/donnees/ : accessible, chaque lien de téléchargement fonctionne et annonce la bonne taille', { timeout: 60_000 }, async (t) => {
  const { context, page, externalRequests } = await newPage(site.browser, { baseURL: site.server.url });
  t.after(() => context.close());
  const response = await page.goto('/donnees/', { waitUntil: 'networkidle' });
  assert.equal(response?.status(), 200);

  const violations = await checkA11y(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  assert.deepEqual(externalRequests, []);

  const texte = await page.locator('main').innerText();
  for (const attendu of ['Licence Ouverte', 'data.gouv.fr', 'data·inclusion', 'Dernière mise à jour des données', 'cartographie nationale']) {
    assert.ok(texte.includes(attendu), `la page doit parler de « ${attendu} »`);
  }

  const liens = await page
    .locator('a[download]')
    .evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href') ?? '', taille: Number(a.closest('tr')?.querySelector('[data-taille]')?.getAttribute('data-taille')) })),
    );
  const noms = liens.map((l) => path.posix.basename(l.href));
  for (const nom of [
    'lieux-de-mediation-numerique.csv',
    'lieux-de-mediation-numerique.json',
    'lieux-de-mediation-numerique.geojson',
    'data-inclusion-structures.json',
    'data-inclusion-services.json',
  ]) {
    assert.ok(noms.includes(nom), `lien de téléchargement manquant : ${nom}`);
  }
  for (const { href, taille } of liens) {
    const reponse = await fetch(new URL(href, site.server.url));
    assert.equal(reponse.status, 200, `${href} doit répondre 200`);
    const octets = (await reponse.arrayBuffer()).byteLength;
    assert.equal(octets, taille, `${href} : taille annoncée ${taille}, réelle ${octets}`);
    assert.equal(octets, statSync(path.join(SITE_DIR, decodeURIComponent(new URL(href, site.server.url).pathname))).size);
  }
  // The file under the standard's naming pattern, when the collective's SIRET is configured.
  for (const nom of noms.filter((n) => /^\d{4}-\d{2}-\d{2}_/.test(n))) {
    assert.match(nom, /^\d{4}-\d{2}-\d{2}_(\d{14})_lieux-de-mediation-numerique_[A-Za-z0-9]+\.csv$/);
    assert.equal(readFileSync(path.join(DONNEES, nom), 'utf8'), readFileSync(path.join(DONNEES, 'lieux-de-mediation-numerique.csv'), 'utf8'));
  }
});

test('sitemap.xml : l’index pointe vers le plan, qui liste toutes les pages indexables du site, et elles seules', () => {
  const index = readFileSync(path.join(SITE_DIR, 'sitemap-index.xml'), 'utf8');
  const plans = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  assert.ok(plans.length >= 1, 'sitemap-index.xml ne référence aucun plan');
  const adresses = new Set<string>();
  let origine: string | undefined;
  for (const plan of plans) {
    const url = new URL(plan);
    origine = url.origin;
    const fichier = path.join(SITE_DIR, path.posix.basename(url.pathname));
    assert.ok(existsSync(fichier), `${plan} est référencé mais ${fichier} n'existe pas`);
    for (const m of readFileSync(fichier, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) adresses.add(new URL(m[1]!).pathname);
  }
  assert.ok(origine && !origine.includes('127.0.0.1'), 'les adresses du plan doivent être celles du site public');
  const pages = pagesHtml();
  assert.deepEqual(
    pages.filter((p) => p.indexable && !adresses.has(p.chemin)).map((p) => p.chemin),
    [],
    'pages absentes de sitemap.xml',
  );
  // A page marked noindex (the editing interface /admin/) must not be proposed to search engines.
  assert.deepEqual(
    pages.filter((p) => !p.indexable && adresses.has(p.chemin)).map((p) => p.chemin),
    [],
    'pages « noindex » présentes dans sitemap.xml',
  );
  for (const attendue of ['/', '/donnees/', '/lieux/']) assert.ok(adresses.has(attendue), `${attendue} absent du plan du site`);
  for (const id of idsDesFiches()) assert.ok(adresses.has(`/lieux/${id}/`), `/lieux/${id}/ absent du plan du site`);
  assert.ok(![...adresses].some((a) => a.includes('404')), 'la page 404 ne doit pas figurer dans le plan');
});
