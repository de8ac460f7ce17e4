/**
 * Every HTML page of the built site, and our own CSS, checked by the Nu HTML Checker (the W3C's
 * validator, npm `vnu-jar`): zero errors. One Java process checks all the files at once, which
 * takes seconds where one process per page would take minutes.
 *
 * Not checked: the editing interface's copied files (dist/admin/cms/, Decap CMS's own code) and
 * Leaflet's stylesheet, which the map script imports (`carte-client.*.css`): both are other
 * projects' files, written for browsers' quirks (vendor prefixes, old hacks) that a validator
 * reports as errors and that we must not edit.
 *
 * Run after `npm run build` (`SITE_DIR` points at another folder), by `npm run test:html`, which
 * first makes sure Java is there (tools/java.ts).
 * Usage: node tools/verifier-html.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RACINE = fileURLToPath(new URL('../', import.meta.url));
const SITE = path.resolve(RACINE, process.env['SITE_DIR'] || 'dist');

/** Files of others, not ours to fix (see above). Paths relative to the site, with `/`. */
export const EXCLUS: readonly RegExp[] = [/^admin\/cms\//, /^_astro\/carte-client\.[\w-]+\.css$/];

/** The built pages and stylesheets to check, relative to the site folder. */
export function fichiersAVerifier(site: string): { html: string[]; css: string[] } {
  const tous = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => !EXCLUS.some((motif) => motif.test(f)))
    .sort();
  return { html: tous.filter((f) => f.endsWith('.html')), css: tous.filter((f) => f.endsWith('.css')) };
}

interface Message {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

if (import.meta.main) {
  if (!existsSync(SITE)) {
    console.error(`Le site n'est pas construit : lancez npm run build (dossier introuvable : ${SITE})`);
    process.exit(1);
  }
  const { html, css } = fichiersAVerifier(SITE);
  const jar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
  const debut = Date.now();
  const resultat = spawnSync(
    'java',
    ['-Xss1024k', '-jar', jar, '--errors-only', '--format', 'json', '--also-check-css', ...[...html, ...css].map((f) => path.join(SITE, f))],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (resultat.error || resultat.stderr === null) {
    console.error(`Impossible de lancer le vérificateur HTML (java -jar vnu.jar) : ${resultat.error?.message ?? 'pas de sortie'}. Lancez node tools/java.ts.`);
    process.exit(1);
  }
  // vnu writes its JSON report on stderr.
  let messages: Message[];
  try {
    messages = (JSON.parse(resultat.stderr) as { messages: Message[] }).messages;
  } catch {
    console.error(`Réponse illisible du vérificateur HTML :\n${resultat.stderr.slice(0, 2000)}`);
    process.exit(1);
  }
  const erreurs = messages.filter((m) => m.type !== 'info');
  const secondes = ((Date.now() - debut) / 1000).toFixed(1);
  if (erreurs.length === 0) {
    console.log(`HTML valide : ${html.length} pages et ${css.length} feuilles de style vérifiées par le Nu HTML Checker en ${secondes} s, aucune erreur.`);
  } else {
    console.error(`${erreurs.length} erreur(s) du Nu HTML Checker (${html.length} pages et ${css.length} feuilles de style vérifiées) :`);
    for (const m of erreurs) {
      const fichier = m.url ? path.relative(SITE, fileURLToPath(m.url)) : '?';
      console.error(
        `- ${fichier}${m.lastLine ? `, ligne ${m.lastLine}` : ''} : ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim().slice(0, 160)}` : ''}`,
      );
    }
    process.exitCode = 1;
  }
}
