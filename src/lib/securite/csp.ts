/**
 * The site's Content-Security-Policy and security headers, written once. Three outputs come
 * from here, so that they cannot drift apart:
 * - the `<meta http-equiv="Content-Security-Policy">` of every public page (src/layouts/Base.astro),
 *   which protects the site on hosts that let us send no header (GitHub Pages, GitLab Pages);
 * - the `_headers` file written into `dist/` at the end of the build (src/integrations/en-tetes.ts),
 *   for hosts that read one (Cloudflare Pages, Netlify);
 * - the nginx example of docs/deploiement.md, which tests/unit/securite/csp.test.ts compares with
 *   what this module produces.
 *
 * The only outside server the public pages use is the map's tile server, named by its exact
 * origin, taken from `carte.tuiles` in content/collectif.yaml (`*.tile.openstreetmap.org` would
 * not match `tile.openstreetmap.org`). Pure functions: no file read here.
 */

/** What the policy depends on: the map's tile URL template (`carte.tuiles`). */
export interface ParametresPolitique {
  tuiles: string;
}

export type Directives = readonly (readonly [nom: string, valeurs: readonly string[]])[];

/**
 * Origin of a tile URL template, for `img-src`: `https://tile.openstreetmap.org/{z}/{x}/{y}.png`
 * → `https://tile.openstreetmap.org`. A `{s}` sub-domain placeholder (Leaflet's a, b, c) becomes
 * a `*.` wildcard, the only way to name all of them.
 * @throws {Error} in French when the template is not an https address.
 */
export function origineTuiles(modele: string): string {
  const avecSousDomaine = /^https:\/\/\{s\}\./.test(modele);
  const adresse = modele.replace(/\{[a-z]+\}/g, 'x');
  let url: URL;
  try {
    url = new URL(adresse);
  } catch {
    throw new Error(
      `carte.tuiles (content/collectif.yaml) : « ${modele} » n'est pas une adresse de tuiles valide (attendu : https://serveur/{z}/{x}/{y}.png).`,
    );
  }
  if (url.protocol !== 'https:') throw new Error(`carte.tuiles (content/collectif.yaml) : « ${modele} » doit commencer par https://.`);
  return avecSousDomaine ? `https://*.${url.host.replace(/^x\./, '')}` : url.origin;
}

/**
 * Directives of the public pages that a `<meta>` may carry. Why each one:
 * - `script-src 'wasm-unsafe-eval'`: the site search (Pagefind) runs WebAssembly; nothing else,
 *   the pages have no inline script (checked by tests/e2e/securite.e2e.ts);
 * - `style-src 'self'`: stylesheets are files (astro.config.mjs, `inlineStylesheets: 'never'`),
 *   and the map's positions are set from script (allowed: CSSOM, not style attributes);
 * - `img-src data:`: Leaflet's and the stylesheets' small embedded images;
 * - `form-action 'self'`: every form of the site (search, directory) sends to the site itself.
 */
export function directivesPubliques({ tuiles }: ParametresPolitique): Directives {
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:', origineTuiles(tuiles)]],
    ['connect-src', ["'self'"]],
    ['font-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
}

/** Directives that browsers ignore in a `<meta>`: sent as a header only (`_headers`, nginx). */
export const DIRECTIVES_EN_TETE_SEULEMENT: Directives = [['frame-ancestors', ["'none'"]]];

/**
 * Policy of the editing interface (/admin/, Decap CMS), looser and limited to that folder:
 * Decap evaluates code and injects styles (`'unsafe-eval'`, `'unsafe-inline'`), shows images
 * from the forge and from entries (`https:`, `blob:`), and talks to the forges' APIs. Add the
 * address of your login service (`CMS_AUTH_URL`) or GitLab instance to `connect-src`.
 */
export const DIRECTIVES_ADMIN: Directives = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'", "'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:', 'blob:', 'https:']],
  ['connect-src', ["'self'", 'https://api.github.com', 'https://github.com', 'https://gitlab.com']],
  ['frame-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['frame-ancestors', ["'none'"]],
];

/** `default-src 'self'; script-src …`: the text of a policy. */
export function ecrire(directives: Directives): string {
  return directives.map(([nom, valeurs]) => [nom, ...valeurs].join(' ')).join('; ');
}

/** Policy of the `<meta http-equiv="Content-Security-Policy">` of the public pages. */
export function politiqueMeta(parametres: ParametresPolitique): string {
  return ecrire(directivesPubliques(parametres));
}

/** Policy sent as a header with the public pages: the `<meta>`'s, plus the header-only directives. */
export function politiqueEnTete(parametres: ParametresPolitique): string {
  return ecrire([...directivesPubliques(parametres), ...DIRECTIVES_EN_TETE_SEULEMENT]);
}

export const POLITIQUE_ADMIN: string = ecrire(DIRECTIVES_ADMIN);

/**
 * The other security headers, for every response. Geolocation is allowed to the site itself
 * (« Autour de moi »); the position never leaves the browser.
 */
export const AUTRES_EN_TETES: readonly (readonly [nom: string, valeur: string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()'],
  ['X-Frame-Options', 'DENY'],
];

/** Headers of a public page, in order. */
export function enTetesPublics(parametres: ParametresPolitique): [string, string][] {
  return [['Content-Security-Policy', politiqueEnTete(parametres)], ...AUTRES_EN_TETES.map(([n, v]): [string, string] => [n, v])];
}

/**
 * The `_headers` file (format of Cloudflare Pages and Netlify): the public headers for every
 * path, and the editing interface's own policy for `<base>admin/*`. `! Content-Security-Policy`
 * (Cloudflare Pages) removes the public policy there first, otherwise both would apply and the
 * stricter one would block the CMS.
 * @param base the site's base path (`/` or `/nom-du-depot/`), as Astro's `base`.
 */
export function fichierHeaders(parametres: ParametresPolitique, base = '/'): string {
  const prefixe = base.endsWith('/') ? base : `${base}/`;
  const lignes = [
    '# Généré par la construction du site (src/lib/securite/csp.ts) : ne pas modifier ce fichier,',
    '# modifier csp.ts ou carte.tuiles dans content/collectif.yaml.',
    `${prefixe}*`,
    ...enTetesPublics(parametres).map(([n, v]) => `  ${n}: ${v}`),
    `${prefixe}admin/*`,
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${POLITIQUE_ADMIN}`,
    '  X-Robots-Tag: noindex',
  ];
  return `${lignes.join('\n')}\n`;
}
