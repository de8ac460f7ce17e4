/**
 * The public pages work under the Content-Security-Policy recommended in docs/deploiement.md
 * (`script-src 'self'`, no 'unsafe-inline' for scripts) and load nothing from elsewhere:
 * checked on every built page except /admin/ (the CMS has its own, looser policy).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { SITE_DIR } from './harness.ts';

function pagesPubliques(): string[] {
  return readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith(`admin${path.sep}`))
    .map((f) => path.join(SITE_DIR, f));
}

test('aucune page publique n’a de script intégré exécutable, d’attribut on…= ni de ressource d’un autre site', () => {
  const pages = pagesPubliques();
  assert.ok(pages.length > 10, `le site construit dans ${SITE_DIR} doit compter des pages`);
  const fautes: string[] = [];
  for (const fichier of pages) {
    const html = readFileSync(fichier, 'utf8');
    const relatif = path.relative(SITE_DIR, fichier);
    for (const [balise] of html.matchAll(/<script\b[^>]*>/g)) {
      const donnees = /type="application\/(ld\+)?json"/.test(balise);
      if (!donnees && !/\ssrc="/.test(balise)) fautes.push(`${relatif} : script intégré ${balise}`);
      const src = /\ssrc="([^"]+)"/.exec(balise)?.[1];
      if (src && /^(https?:)?\/\//.test(src)) fautes.push(`${relatif} : script d’un autre site ${src}`);
    }
    for (const [lienCss] of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
      if (/href="(https?:)?\/\//.test(lienCss)) fautes.push(`${relatif} : feuille de style d’un autre site ${lienCss}`);
    }
    for (const [attribut] of html.matchAll(/<[a-z][^>]*\son[a-z]+="[^"]*"/gi)) fautes.push(`${relatif} : attribut d’évènement ${attribut.slice(0, 80)}`);
  }
  assert.deepEqual(fautes.slice(0, 20), [], `${fautes.length} problème(s)`);
});
