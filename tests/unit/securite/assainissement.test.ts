/**
 * The sanitiser, as the build runs it: bodies rendered by Sätteri with the plugins and features
 * that astro.config.mjs gives it, for `.md` and `.mdx`. Hostile bodies come out harmless; the
 * real content comes out unchanged; `check:content`'s report and the sanitiser agree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToHtml, mdxToJs, type MarkdownToHtmlResult, type MdxToJsResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import configuration from '../../../astro.config.mjs';
import { FONCTIONS_MARKDOWN, imageDuSite, lienAutorise, pluginsAssainissement, problemesAssainissement } from '../../../src/lib/securite/assainissement.ts';
import { lireFrontmatter } from '../../../src/lib/contenu/frontmatter.ts';
import { CAS_HOSTILES } from './corpus-hostile.ts';

function rendre(corps: string, assaini = true): string {
  // The plugins are synchronous: the result is not a promise.
  return (
    markdownToHtml(corps, {
      features: FONCTIONS_MARKDOWN,
      ...(assaini ? { mdastPlugins: pluginsAssainissement.mdast, hastPlugins: pluginsAssainissement.hast } : {}),
    }) as MarkdownToHtmlResult
  ).html;
}

/** What must never reach a page from a body. */
const DANGEREUX =
  /<(base|script|iframe|object|embed|form|input|textarea|plaintext|style|meta|link|svg)\b|\son[a-z]+=|\sstyle=|href="[^"]*(script|data):|src="(?!\/[^/])|\sid="(?!user-content-|footnote-label)/i;

describe('assainissement au rendu', () => {
  const corpsHostiles = CAS_HOSTILES.filter((c) => c.fichier.startsWith('lieux/') && typeof c.contenu === 'string' && c.champ !== '');

  it.each(corpsHostiles.map((c) => [c.fichier, c] as const))('%s : rendu inoffensif', (_, cas) => {
    const lecture = lireFrontmatter(cas.contenu as string);
    if (!lecture.ok) throw new Error(lecture.message);

    expect(rendre(lecture.corps, false)).toMatch(DANGEREUX);
    expect(rendre(lecture.corps)).not.toMatch(DANGEREUX);
  });

  it('garde le texte et les liens autorisés', () => {
    const html = rendre(
      '**Gras** [site](https://exemple.fr) [page](/lieux/) [écrire](mailto:a@b.fr) [appeler](tel:+33231000000) ![logo](/logos/x.png)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nNote[^1]\n\n[^1]: La note.\n',
    );

    expect(html).toContain('<strong>Gras</strong>');
    expect(html).toContain('href="https://exemple.fr"');
    expect(html).toContain('href="/lieux/"');
    expect(html).toContain('href="mailto:a@b.fr"');
    expect(html).toContain('href="tel:+33231000000"');
    expect(html).toContain('<img src="/logos/x.png" alt="logo">');
    expect(html).toContain('<table>');
    expect(html).toContain('id="user-content-fn-1"');
  });

  it('rend le texte d’un .md tel quel : accolades, < et import ne sont pas du code', () => {
    const html = rendre('Dossier : {process.env.HOME}, moins de <5000 habitants.\n\nimport fs from "node:fs"\n');

    expect(html).toContain('{process.env.HOME}');
    expect(html).toContain('&lt;5000');
    expect(html).toContain('import fs from');
  });

  it('retire d’un .mdx tout code qui aurait échappé à la vérification', () => {
    const { code } = <MdxToJsResult>(
      mdxToJs(
        'import fs from "node:fs"\n\nexport const x = process.env.PATH\n\n{process.env.HOME}\n\n<Fragment set:html={"<img onerror=alert(1)>"} />\n\nTexte.\n',
        {
          mdastPlugins: pluginsAssainissement.mdast,
          hastPlugins: pluginsAssainissement.hast,
        },
      )
    );

    expect(code).not.toMatch(/node:fs|process\.env|onerror|set:html/);
    expect(code).toContain('Texte.');
  });

  it('est le processeur Markdown du site (et donc celui des .mdx)', () => {
    const options = (configuration.markdown?.processor as { options?: { hastPlugins?: unknown[]; mdastPlugins?: unknown[]; features?: unknown } } | undefined)
      ?.options;

    expect(options?.hastPlugins).toEqual(pluginsAssainissement.hast);
    expect(options?.mdastPlugins).toEqual(pluginsAssainissement.mdast);
    expect(options?.features).toMatchObject({ rawHtml: true });
  });
});

describe('le contenu du site', () => {
  const dossier = join(import.meta.dirname, '../../../content');
  const fichiers = readdirSync(dossier, { recursive: true, encoding: 'utf8' }).filter(
    (f) => /\.mdx?$/.test(f) && !f.split('/').pop()!.startsWith('_') && f !== 'README.md',
  );

  it.each(fichiers)('%s : rien à retirer, rendu identique', (fichier) => {
    const lecture = lireFrontmatter(readFileSync(join(dossier, fichier), 'utf8'));
    if (!lecture.ok) throw new Error(lecture.message);

    expect(problemesAssainissement(lecture.corps, fichier.endsWith('.mdx') ? 'mdx' : 'md')).toEqual([]);
    if (fichier.endsWith('.md')) expect(rendre(lecture.corps)).toBe(rendre(lecture.corps, false));
  });
});

describe('adresses', () => {
  it.each(['https://exemple.fr', 'http://exemple.fr', 'mailto:a@b.fr', 'tel:+33231', '/lieux/', '#section', 'page/', '?q=1', 'HTTPS://EXEMPLE.FR'])(
    'lien autorisé : %s',
    (adresse) => {
      expect(lienAutorise(adresse)).toBe(true);
    },
  );

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:x',
    'JaVaScRiPt:x',
    'data:text/html,x',
    'vbscript:x',
    'file:///etc/passwd',
    'java script:x',
    '\u0001javascript:x',
  ])('lien refusé : %j', (adresse) => {
    expect(lienAutorise(adresse)).toBe(false);
  });

  it.each([
    ['/logo.png', true],
    ['/images/a b.png', true],
    ['//evil.example/x.png', false],
    ['/\\evil.example/x.png', false],
    ['https://exemple.fr/x.png', false],
    ['x.png', false],
    ['../x.png', false],
    ['data:image/png;base64,AAAA', false],
  ] as const)('image %s : %s', (adresse, attendu) => {
    expect(imageDuSite(adresse)).toBe(attendu);
  });
});
