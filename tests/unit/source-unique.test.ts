/**
 * One source per fact, checked on the source tree: a second copy of the place card, of the
 * « Horaires non renseignés » fallback, of the print or copy-link code, or a component that
 * queries the content itself, fails here with the file to fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const RACINE = fileURLToPath(new URL('../../', import.meta.url));
const SRC = path.join(RACINE, 'src');

/** Files of `src/` (relative to the repository), with their text. */
const FICHIERS = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ts|astro|mjs|js)$/.test(f))
  // Style sheets name the card's classes to style them: only markup and code count here.
  .map((f) => ({
    chemin: path.posix.join('src', f.split(path.sep).join('/')),
    texte: readFileSync(path.join(SRC, f), 'utf8').replace(/<style[\s\S]*?<\/style>/g, ''),
  }));

const sansCommentaires = (texte: string) => texte.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** Files whose text matches `motif`. */
const contenant = (motif: RegExp) => FICHIERS.filter((f) => motif.test(f.texte)).map((f) => f.chemin);

/**
 * Components that still query the content, each with the reason (none today: keep it that way).
 */
const COMPOSANTS_QUI_INTERROGENT: readonly string[] = [];

describe('une seule source', () => {
  it('les composants reçoivent leurs données en props : ni astro:content, ni annuaire(), ni getCollection', () => {
    const fautifs = FICHIERS.filter((f) => f.chemin.startsWith('src/components/'))
      // Comments may name a query (« the pair in office, `secretariatEnFonction()` »): only code counts.
      .filter((f) =>
        /from ['"]astro:content['"]|\bannuaire\(\)|\bgetCollection\(|\b(tousLes|toutesLes)\w+\(|\bmembresDuCollectif\(|\bsecretariatEnFonction\(/.test(
          sansCommentaires(f.texte),
        ),
      )
      .map((f) => f.chemin);

    expect(fautifs.filter((f) => !COMPOSANTS_QUI_INTERROGENT.includes(f))).toEqual([]);
  });

  it('« Horaires non renseignés » est écrit une fois, dans horaires/evaluation.ts', () => {
    expect(contenant(/Horaires non renseignés/)).toEqual(['src/lib/horaires/evaluation.ts']);
  });

  it('la vignette d’un lieu est écrite une fois, dans lieux/vignette-lieu.ts', () => {
    // Its markers: the card's classes and the fallback status element.
    expect(contenant(/vignette-titre|vignette-adresse|bouton-appeler|'Appeler'|>Appeler</)).toEqual(['src/lib/lieux/vignette-lieu.ts']);
    expect(contenant(/statut-inconnu['"`]|class="statut-etat statut-inconnu"|'statut-etat statut-inconnu'/)).toEqual(['src/lib/lieux/vignette-lieu.ts']);
  });

  it('imprimer et copier un lien : un seul script, boutons-client.ts', () => {
    expect(contenant(/window\.print\(|\bprint\(\)/)).toEqual(['src/components/boutons-client.ts']);
    expect(contenant(/navigator\.clipboard/)).toEqual(['src/components/boutons-client.ts']);
  });
});
