/**
 * Writes `dist/_headers` at the end of `astro build`: the security headers of
 * src/lib/securite/csp.ts, for the hosts that read such a file (Cloudflare Pages, Netlify).
 * An integration rather than a page: Astro does not build pages whose name starts with `_`.
 * The tile server comes from `carte.tuiles` in content/collectif.yaml, like the pages' `<meta>`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { fichierHeaders } from '../lib/securite/csp.ts';

export default function enTetes(): AstroIntegration {
  let base = '/';
  let racine: URL;
  return {
    name: 'en-tetes',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        racine = config.root;
      },
      'astro:build:done': ({ dir, logger }) => {
        // A broken or incomplete collectif.yaml has already failed the build (validation integration).
        const collectif = parse(readFileSync(new URL('content/collectif.yaml', racine), 'utf8')) as { carte: { tuiles: string } };
        writeFileSync(new URL('_headers', dir), fichierHeaders({ tuiles: collectif.carte.tuiles }, base));
        logger.info(`En-têtes de sécurité écrits dans ${fileURLToPath(new URL('_headers', dir))}.`);
      },
    },
  };
}
