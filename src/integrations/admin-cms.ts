/**
 * Serves the editing interface's script (the `decap-cms` npm package, about 5 MB) under
 * `/admin/cms/`, from the project itself: no CDN. It is copied into `dist/admin/cms/` after the
 * build and served from `node_modules` by `astro dev`. Only `/admin/` loads it.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Files of the package's `dist/` the browser loads: the bundle, its lazy chunks and WebAssembly. */
export function fichiersCms(dossier: string): string[] {
  return readdirSync(dossier).filter((f) => /^(?:\d+\.)?decap-cms\.js$|\.wasm$/.test(f));
}

function dossierCms(): string {
  return dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
}

export default function adminCms(): AstroIntegration {
  let base = '/';
  return {
    name: 'admin-cms',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:server:setup': ({ server }) => {
        const prefixe = `${base}admin/cms/`;
        server.middlewares.use((req, res, next) => {
          const chemin = (req.url ?? '').split('?')[0]!;
          if (!chemin.startsWith(prefixe)) return next();
          const fichier = chemin.slice(prefixe.length);
          const source = join(dossierCms(), fichier);
          if (!fichiersCms(dossierCms()).includes(fichier) || !existsSync(source)) return next();
          res.setHeader('Content-Type', fichier.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8');
          res.end(readFileSync(source));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const source = dossierCms();
        const cible = join(fileURLToPath(dir), 'admin', 'cms');
        mkdirSync(cible, { recursive: true });
        const fichiers = fichiersCms(source);
        for (const fichier of fichiers) copyFileSync(join(source, fichier), join(cible, fichier));
        logger.info(`Interface d'édition : ${fichiers.length} fichiers de decap-cms copiés dans admin/cms/.`);
      },
    },
  };
}
