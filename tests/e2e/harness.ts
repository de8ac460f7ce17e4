/**
 * Outillage partagé des tests de bout en bout : un serveur statique pour `dist/`,
 * un Chromium sans tête, des pages isolées d'Internet et une vérification axe.
 *
 * Ce fichier est exécuté directement par `node --test` (Node 24 retire les types) :
 * seulement de la syntaxe TypeScript effaçable (pas d'`enum`, pas de propriétés de
 * paramètre), et les imports locaux gardent l'extension `.ts`.
 */
import { existsSync, statSync } from 'node:fs';
import { after, before } from 'node:test';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
// Même liste d'emplacements que l'étape qui précède les tests (`node tools/chromium.ts`).
import { findChromium } from '../../tools/chromium.ts';

/** Racine du dépôt : les chemins relatifs en dépendent, pas du dossier courant. */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Chemin absolu du site construit : `dist/` du dépôt, ou la variable d'environnement
 * `SITE_DIR` (relative à la racine du dépôt) pour viser un autre dossier.
 */
export const SITE_DIR: string = path.resolve(PROJECT_ROOT, process.env['SITE_DIR'] || 'dist');

/** Serveur statique lancé par {@link startServer}. */
export interface StaticServer {
  /** Origine du serveur, sans barre finale, par exemple `http://127.0.0.1:41234`. */
  url: string;
  /** Arrête le serveur et coupe les connexions encore ouvertes. */
  close(): Promise<void>;
}

const TEXT = '; charset=utf-8';
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html' + TEXT,
  '.css': 'text/css' + TEXT,
  '.js': 'text/javascript' + TEXT,
  '.mjs': 'text/javascript' + TEXT,
  '.json': 'application/json' + TEXT,
  '.geojson': 'application/geo+json' + TEXT,
  '.xml': 'application/xml' + TEXT,
  '.txt': 'text/plain' + TEXT,
  '.csv': 'text/csv' + TEXT,
  '.ics': 'text/calendar' + TEXT,
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  // Fichiers d'index Pagefind : binaires compressés, lus par son WASM.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/**
 * Fichier à servir pour un chemin d'URL déjà décodé, comme un hébergeur
 * statique : `/x/` → `/x/index.html`, `/x` → `/x`, `/x/index.html` ou `/x.html`.
 * Renvoie `null` si rien ne correspond.
 */
function resolveFile(root: string, urlPath: string): string | null {
  const target = path.join(root, urlPath);
  const candidates = urlPath.endsWith('/') ? [path.join(target, 'index.html')] : [target, path.join(target, 'index.html'), target + '.html'];
  return candidates.find(isFile) ?? null;
}

/**
 * Lance un serveur HTTP statique sur 127.0.0.1, port aléatoire, pour le site construit.
 * Sert `404.html` (statut 404) pour les chemins inconnus et refuse de sortir de `root`.
 * @param root dossier du site, absolu ou relatif à la racine du dépôt. Par défaut {@link SITE_DIR}.
 * @throws {Error} si le dossier n'existe pas (site non construit).
 */
export async function startServer(root: string = SITE_DIR): Promise<StaticServer> {
  const absRoot = path.resolve(PROJECT_ROOT, root);
  if (!existsSync(absRoot) || !statSync(absRoot).isDirectory()) {
    throw new Error(`Le site n'est pas construit : lancez npm run build (dossier introuvable : ${absRoot})`);
  }
  const notFoundPage = path.join(absRoot, '404.html');

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      let urlPath: string;
      try {
        urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      } catch {
        res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Requête invalide');
        return;
      }
      if (urlPath.includes('\0')) {
        res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Requête invalide');
        return;
      }
      // Refuse `..` (même encodé en %2e%2e ou ..%2f) : rien ne doit sortir de la racine.
      const target = path.join(absRoot, urlPath);
      if (target !== absRoot && !target.startsWith(absRoot + path.sep)) {
        res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Accès refusé');
        return;
      }
      const file = resolveFile(absRoot, urlPath);
      const status = file ? 200 : 404;
      const servedFile = file ?? (isFile(notFoundPage) ? notFoundPage : null);
      const body = servedFile ? await readFile(servedFile) : Buffer.from('404 : page introuvable');
      res.writeHead(status, {
        'Content-Type': servedFile ? contentType(servedFile) : 'text/plain; charset=utf-8',
        'Content-Length': body.length,
        // Chaque test doit voir la dernière construction, jamais un cache.
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Sans cela, les connexions keep-alive de Chromium retardent close().
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * Lance le Chromium du système, sans tête, sans réseau d'arrière-plan.
 * `--no-sandbox` : la CI tourne en root ; `--disable-dev-shm-usage` : le /dev/shm
 * de Docker ne fait que 64 Mo.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Page isolée renvoyée par {@link newPage}. */
export interface IsolatedPage {
  /** Contexte propre à la page ; le fermer après le test (`context.close()`). */
  context: BrowserContext;
  page: Page;
  /** URL des requêtes vers des tiers, bloquées. Un test doit vérifier qu'il est vide. */
  externalRequests: string[];
  /** URL des tuiles de carte demandées (remplacées par une image vide). */
  tileRequests: string[];
}

/** PNG transparent de 1×1 pixel, servi à la place des tuiles de carte. */
const TRANSPARENT_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** `tile.openstreetmap.org`, `a.tile.openstreetmap.fr`, `tile.example.com`… */
const TILE_HOST = /(^|\.)tile\./;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Ouvre une page dans un nouveau contexte (axe l'exige) en français, heure de Paris,
 * coupée d'Internet : les tuiles de carte reçoivent un PNG vide (pas de réseau en CI),
 * toute autre requête hors du serveur local est bloquée et notée dans `externalRequests`.
 * @param options options du contexte Playwright. Passer `baseURL: server.url` permet
 *   `page.goto('/charte/')` et limite les requêtes autorisées à cette origine ;
 *   sans `baseURL`, toute adresse locale (127.0.0.1, localhost) est autorisée.
 */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<IsolatedPage> {
  const context = await browser.newContext({
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    // Un service worker répondrait sans passer par context.route() : on les bloque.
    serviceWorkers: 'block',
    ...options,
  });
  const allowedOrigin = options.baseURL ? new URL(options.baseURL).origin : null;
  const externalRequests: string[] = [];
  const tileRequests: string[] = [];

  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (allowedOrigin ? url.origin === allowedOrigin : LOOPBACK_HOSTS.has(url.hostname)) {
      return route.continue();
    }
    if (TILE_HOST.test(url.hostname)) {
      tileRequests.push(url.href);
      return route.fulfill({ status: 200, contentType: 'image/png', body: TRANSPARENT_PNG });
    }
    // Le site doit fonctionner sans tiers (vie privée, CI hors ligne) : on bloque et on note.
    externalRequests.push(url.href);
    return route.abort('blockedbyclient');
  });

  const page = await context.newPage();
  return { context, page, externalRequests, tileRequests };
}

/** Violation renvoyée par axe-core. */
export type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/**
 * Audite la page avec axe-core sur les critères WCAG 2.0 et 2.1, niveaux A et AA
 * (ceux que reprend le RGAA), et renvoie les violations (tableau vide si conforme).
 */
export async function checkA11y(page: Page): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations;
}

const IMPACTS: Record<string, string> = {
  critical: 'critique',
  serious: 'grave',
  moderate: 'modéré',
  minor: 'mineur',
};
/** Au-delà, les éléments fautifs sont résumés : le message d'échec reste lisible. */
const MAX_NODES = 5;

/**
 * Résumé lisible, en français, des violations axe, à utiliser comme message d'assertion :
 * règle, gravité, aide, lien vers la documentation et sélecteurs des éléments fautifs.
 */
export function formatViolations(violations: AxeViolation[]): string {
  if (violations.length === 0) return 'Aucune violation d’accessibilité.';
  const lines = [`${violations.length} règle(s) d’accessibilité non respectée(s) :`];
  for (const violation of violations) {
    const impact = violation.impact ? (IMPACTS[violation.impact] ?? violation.impact) : 'inconnue';
    lines.push(`\n• ${violation.id} (gravité : ${impact}) : ${violation.help}`);
    lines.push(`  ${violation.helpUrl}`);
    for (const node of violation.nodes.slice(0, MAX_NODES)) {
      // Un sélecteur par cadre ; un sous-tableau traverse un shadow DOM.
      lines.push(`  - ${node.target.flat().join(' ')}`);
    }
    if (violation.nodes.length > MAX_NODES) {
      lines.push(`  … et ${violation.nodes.length - MAX_NODES} autre(s) élément(s)`);
    }
  }
  return lines.join('\n');
}

/**
 * The built site served and one Chromium, for a whole test file: started before its first test
 * and closed after its last, so that each file does not write the same two hooks again.
 */
export function siteEtNavigateur(root: string = SITE_DIR): { readonly server: StaticServer; readonly browser: Browser } {
  const etat = {} as { server: StaticServer; browser: Browser };
  before(async () => {
    etat.server = await startServer(root);
    etat.browser = await launchBrowser();
  });
  after(async () => {
    await etat.browser?.close();
    await etat.server?.close();
  });
  return etat;
}
