/**
 * Links of the built site: every internal address in the HTML pages (`href`, `src`, `action`,
 * `srcset`), the stylesheets (`url(…)`), the sitemaps, the RSS feed and the calendar files
 * (.ics) leads to a file of `dist/`, and every `#fragment` exists on its page; outside addresses
 * are well formed (https with a host name, mailto: with an address, tel: with digits). And the
 * 404 page is kept out of search engines: `noindex`, no canonical address.
 *
 * No browser: the files are read as they are served. Not read: the editing interface's copied
 * files (dist/admin/cms/, Decap CMS's code) and Pagefind's index. Run `npm run build` first.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { SITE_DIR } from './harness.ts';

const RACINE = fileURLToPath(new URL('../../', import.meta.url));
/** The site's public origin, as astro.config.mjs computes it: absolute links to it are internal. */
const ORIGINE_SITE = new URL(
  process.env['SITE_URL'] ??
    (parse(readFileSync(path.join(RACINE, 'content/collectif.yaml'), 'utf8')) as { site_url?: string }).site_url ??
    'https://example.org',
).origin;
/** Astro's `base`: internal paths start with it, files of dist/ do not. */
const BASE = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

const fichiers = readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' })
  .map((f) => f.split(path.sep).join('/'))
  .filter((f) => !/^(admin\/cms|pagefind)\//.test(f))
  .sort();

const ENTITES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'" };
const decoderEntites = (texte: string) => texte.replace(/&(amp|quot|apos|lt|gt|#39);/g, (_, e: string) => ENTITES[e]!);

/** Ids (and `<a name>`) of each HTML page, read once. */
const idsParPage = new Map<string, Set<string>>();
function idsDe(fichier: string): Set<string> {
  let ids = idsParPage.get(fichier);
  if (!ids) {
    const html = readFileSync(path.join(SITE_DIR, fichier), 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decoderEntites(m[1]!)));
    idsParPage.set(fichier, ids);
  }
  return ids;
}

const estFichier = (relatif: string) => existsSync(path.join(SITE_DIR, relatif)) && statSync(path.join(SITE_DIR, relatif)).isFile();

/** File of dist/ served for a path of the site, as a static host does; `null` if none. */
function fichierServi(chemin: string): string | null {
  if (!chemin.startsWith(BASE)) return null;
  const relatif = decodeURIComponent(chemin.slice(BASE.length));
  const candidats = relatif === '' || relatif.endsWith('/') ? [`${relatif}index.html`] : [relatif, `${relatif}/index.html`, `${relatif}.html`];
  return candidats.find(estFichier) ?? null;
}

/**
 * What is wrong with one address found in `source` (a file of dist/), or `null` if nothing.
 * Relative addresses are resolved against the source's own address.
 */
function probleme(adresse: string, source: string): string | null {
  if (adresse === '' || /^data:/.test(adresse)) return null;
  if (/^javascript:/i.test(adresse)) return 'lien javascript:';
  // mailto: with an address, or with a subject only (« Envoyer par courriel » lets people choose the recipient).
  if (/^mailto:/.test(adresse)) return /^mailto:(?:[^@\s?]+@[^@\s?]+\.[a-z]{2,}(\?\S*)?|\?\S+)$/i.test(adresse) ? null : 'adresse de courriel mal formée';
  if (/^tel:/.test(adresse)) return /^tel:\+?[\d.-]{4,}$/.test(adresse) ? null : 'numéro de téléphone mal formé';
  if (/^geo:/.test(adresse)) return /^geo:-?\d+(\.\d+)?,-?\d+(\.\d+)?([;?]\S*)?$/.test(adresse) ? null : 'coordonnées geo: mal formées';
  const adresseSource = new URL(BASE + source.replace(/(^|\/)index\.html$/, '$1'), ORIGINE_SITE);
  let url: URL;
  try {
    url = new URL(adresse, adresseSource);
  } catch {
    return 'adresse mal formée';
  }
  if (url.origin !== ORIGINE_SITE) {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return `protocole inattendu ${url.protocol}`;
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) || /\s/.test(adresse)) return 'adresse extérieure mal formée';
    return null;
  }
  const cible = fichierServi(url.pathname);
  if (!cible) return `aucun fichier de dist/ pour ${url.pathname}`;
  if (url.hash.length > 1 && cible.endsWith('.html')) {
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (!idsDe(cible).has(fragment)) return `#${fragment} n’existe pas dans ${cible}`;
  }
  return null;
}

/** Addresses found in one file of dist/, by kind of file. */
function adressesDe(fichier: string): string[] {
  const texte = readFileSync(path.join(SITE_DIR, fichier), 'utf8');
  if (fichier.endsWith('.html')) {
    const adresses = [...texte.matchAll(/\s(?:href|src|action|poster)="([^"]*)"/g)].map((m) => decoderEntites(m[1]!));
    for (const [, srcset] of texte.matchAll(/\ssrcset="([^"]*)"/g))
      adresses.push(
        ...decoderEntites(srcset!)
          .split(',')
          .map((p) => p.trim().split(/\s+/)[0]!),
      );
    return adresses;
  }
  if (fichier.endsWith('.css')) return [...texte.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!.trim());
  if (fichier.endsWith('.xml'))
    return [...texte.matchAll(/<(?:loc|link|guid[^>]*)>([^<]+)<\/|\s(?:href|url)="([^"]+)"/g)]
      .map((m) => decoderEntites((m[1] ?? m[2])!).trim())
      .filter((a) => !a.startsWith('http://www.w3.org/') && !a.includes('sitemaps.org/schemas') && !a.includes('google.com/schemas'));
  // iCalendar: `URL:` lines, folded at 75 octets (a continuation line starts with a space).
  if (fichier.endsWith('.ics')) return [...texte.replace(/\r?\n[ \t]/g, '').matchAll(/^URL(?:;[^:]*)?:(.+)$/gm)].map((m) => m[1]!.trim());
  return [];
}

for (const [nature, extensions] of [
  ['pages HTML', ['.html']],
  ['feuilles de style', ['.css']],
  ['plans du site et fil RSS', ['.xml']],
  ['agendas (.ics)', ['.ics']],
] as const) {
  test(`liens des ${nature} : chaque adresse interne mène à un fichier, chaque ancre existe, les adresses extérieures sont bien formées`, () => {
    const sources = fichiers.filter((f) => extensions.some((e) => f.endsWith(e)));
    assert.ok(sources.length > 0, `aucun fichier ${extensions.join(', ')} dans ${SITE_DIR}`);
    const fautes: string[] = [];
    let nombre = 0;
    for (const source of sources) {
      for (const adresse of adressesDe(source)) {
        nombre++;
        const p = probleme(adresse, source);
        if (p) fautes.push(`${source} : « ${adresse} » : ${p}`);
      }
    }
    assert.ok(nombre > 0, `aucune adresse trouvée dans les ${nature}`);
    assert.deepEqual(fautes.slice(0, 30), [], `${fautes.length} lien(s) en défaut sur ${nombre} dans ${sources.length} fichier(s)`);
  });
}

test('le fil RSS et les plans du site sont lus (pas de liste vide par erreur de chemin)', () => {
  assert.ok(fichiers.includes('actualites/rss.xml'), 'actualites/rss.xml manque');
  assert.ok(adressesDe('actualites/rss.xml').length > 1);
  assert.ok(adressesDe('sitemap-0.xml').length > 100);
});

test('la page 404 n’est pas référencée : noindex, pas d’adresse canonique', () => {
  const html = readFileSync(path.join(SITE_DIR, '404.html'), 'utf8');
  assert.match(html, /<meta name="robots" content="noindex"/);
  assert.doesNotMatch(html, /rel="canonical"/);
});
