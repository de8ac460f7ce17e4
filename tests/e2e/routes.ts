/**
 * Une page construite par modèle de page (route) du site : les modèles sont lus dans
 * `src/pages/` (fichiers `.astro`, `.md`, `.mdx`), les pages dans le site construit. Une page
 * ajoutée au site est donc couverte sans toucher aux tests qui s'en servent.
 *
 * Fichier d'outillage (pas de test) : seulement de la syntaxe TypeScript effaçable.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_DIR } from './harness.ts';

const PAGES_DIR = fileURLToPath(new URL('../../src/pages/', import.meta.url));
const PAGE_EXTENSIONS = ['.astro', '.md', '.mdx'];

/** Un modèle de page et la page construite qui le représente. */
export interface PageType {
  /** Fichier du modèle, relatif à `src/pages/`, par exemple `lieux/[...id].astro`. */
  route: string;
  /**
   * Chemin de la page choisie, par exemple `/lieux/ccas-bayeux/` : la plus lourde du modèle (la plus
   * riche en contenu, donc la plus exposée aux mots longs et aux tableaux larges).
   */
  url: string;
}

interface Route {
  file: string;
  pattern: RegExp;
  /** Segments fixes, paramètres simples, paramètres « reste » (`[...x]`) : le plus précis l'emporte, comme dans Astro. */
  rank: [number, number, number];
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `lieux/commune/[commune]/[...page].astro` → `^/lieux/commune/[^/]+/(?:.+/)?$`. */
function toRoute(file: string): Route {
  const segments = file.replace(/\.[^./]+$/, '').split('/');
  if (segments.at(-1) === 'index') segments.pop();
  let fixed = 0;
  let params = 0;
  let rest = 0;
  let source = '^/';
  for (const segment of segments) {
    if (/^\[\.\.\.[^\]]+\]$/.test(segment)) {
      source += '(?:.+/)?';
      rest++;
    } else if (/^\[[^\]]+\]$/.test(segment)) {
      source += '[^/]+/';
      params++;
    } else {
      source += `${escapeRegExp(segment)}/`;
      fixed++;
    }
  }
  return { file, pattern: new RegExp(`${source}$`), rank: [fixed, params, rest] };
}

/** Pages HTML construites (`/`, `/charte/`… et `/404.html`), de la plus lourde à la plus légère. */
function builtPages(siteDir: string): string[] {
  const pages: { url: string; size: number }[] = [];
  const walk = (dir: string, url: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${url}${entry.name}/`);
      else if (entry.name === 'index.html') pages.push({ url, size: statSync(path.join(dir, entry.name)).size });
    }
  };
  walk(siteDir, '/');
  const notFound = path.join(siteDir, '404.html');
  if (existsSync(notFound)) pages.push({ url: '/404.html', size: statSync(notFound).size });
  return pages.sort((a, b) => b.size - a.size || a.url.localeCompare(b.url)).map((p) => p.url);
}

/**
 * Une page construite par modèle de `src/pages/`, sauf ceux dont le chemin commence par l'un
 * des `excluded` (par exemple `admin/`). Le modèle `404.astro` est représenté par `/404.html`.
 * @returns les pages, et les modèles sans aucune page construite.
 */
export function pageTypes(excluded: readonly string[] = [], siteDir: string = SITE_DIR): { pages: PageType[]; withoutPage: string[] } {
  const routes = listFiles(PAGES_DIR)
    .filter((file) => PAGE_EXTENSIONS.includes(path.extname(file)) && !excluded.some((prefix) => file.startsWith(prefix)))
    .map(toRoute);
  // The heaviest page of each route comes first, so it is the one kept.
  const byRoute = new Map<string, string>();
  for (const url of builtPages(siteDir)) {
    const candidates = url === '/404.html' ? routes.filter((r) => r.file === '404.astro') : routes.filter((r) => r.pattern.test(url));
    const best = candidates.sort((a, b) => b.rank[0] - a.rank[0] || a.rank[2] - b.rank[2] || b.rank[1] - a.rank[1])[0];
    if (best && !byRoute.has(best.file)) byRoute.set(best.file, url);
  }
  return {
    pages: routes.filter((r) => byRoute.has(r.file)).map((r) => ({ route: r.file, url: byRoute.get(r.file)! })),
    withoutPage: routes.filter((r) => !byRoute.has(r.file)).map((r) => r.file),
  };
}
