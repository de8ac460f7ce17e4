// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { parse } from 'yaml';
import validationContenu from './src/integrations/validation-contenu.ts';
import adminCms from './src/integrations/admin-cms.ts';
import indexRecherche from './src/integrations/pagefind.ts';
import { FONCTIONS_MARKDOWN, pluginsAssainissement } from './src/lib/securite/assainissement.ts';
import enTetes from './src/integrations/en-tetes.ts';

// The public address comes from the collective's own configuration, so that an adopting
// collective edits one file. A broken file is reported by the validation integration.
const collectif = (() => {
  try {
    return parse(readFileSync('./content/collectif.yaml', 'utf8')) ?? {};
  } catch {
    return {};
  }
})();

export default defineConfig({
  site: process.env.SITE_URL ?? collectif.site_url ?? 'https://example.org',
  // Hosting under a sub-path (GitHub Pages project sites): BASE_PATH=/nom-du-depot/.
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'ignore',
  // Stylesheets as files, never inlined: at thousands of place pages, inlining repeats the
  // same few kilobytes of CSS in every page, while one cached file serves them all.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts as files too, never inlined in the page: the recommended Content-Security-Policy
  // (docs/deploiement.md) allows scripts from the site only ('self'), without 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Every body (of every collection, .md and .mdx: the MDX integration reuses this processor)
  // goes through the allowlist sanitiser, whose schema check:content also applies.
  markdown: {
    processor: satteri({ features: FONCTIONS_MARKDOWN, mdastPlugins: pluginsAssainissement.mdast, hastPlugins: pluginsAssainissement.hast }),
  },
  // /admin/ (the editing interface) and the update forms are not content pages: kept out of the sitemap.
  integrations: [
    validationContenu(),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/admin/') && !page.includes('/mettre-a-jour/') }),
    adminCms(),
    indexRecherche(),
    enTetes(),
  ],
});
