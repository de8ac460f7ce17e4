/**
 * The one sanitising schema of the Markdown bodies, for every collection.
 *
 * Every content file comes from people we do not control (pull requests, `/admin/`, imports):
 * its body is rendered through an allowlist (`hast-util-sanitize`, the library behind
 * `rehype-sanitize`, with the schema below) so that only the HTML a document needs reaches the
 * page. The same schema serves twice:
 * - in the build, as Sätteri plugins (`pluginsAssainissement`, see astro.config.mjs), for `.md`
 *   and `.mdx` alike;
 * - in `check:content`, which lists in French what the build would remove
 *   (`problemesAssainissement`), so that a contributor sees it before the build does.
 *
 * Astro 7 renders Markdown with Sätteri, which does not run unified (rehype) plugins: the
 * sanitiser is called from a Sätteri HAST plugin instead, on the whole tree, after the raw HTML
 * of the body has been parsed into elements (`rawHtml`), as a browser would parse it.
 */
import { sanitize, type Schema } from 'hast-util-sanitize';
import type { Element, Nodes, Root, RootContent } from 'hast';
import { createRequire } from 'node:module';
import type * as Satteri from 'satteri';
import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';
import { cite } from '../contenu/schemas/communs.ts';

/** Attributes that a document needs on any element (no event, style, form or focus attributes). */
const ATTRIBUTS_COMMUNS = [
  'alt',
  'title',
  'lang',
  'dir',
  'abbr',
  'colSpan',
  'rowSpan',
  'headers',
  'scope',
  'dateTime',
  'start',
  'reversed',
  'width',
  'height',
  'open',
];

/**
 * Tags are only those of a text document. Absent, among others: `base`, `form`, `input`,
 * `textarea`, `plaintext`, `style`, `iframe`, `object`, `embed`, `script`, `link`, `meta`,
 * `svg`, `math`, `picture`/`source` (images from elsewhere).
 */
export const SCHEMA_ASSAINISSEMENT: Schema = {
  tagNames: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'pre',
    'code',
    'kbd',
    'samp',
    'var',
    'strong',
    'b',
    'em',
    'i',
    's',
    'del',
    'ins',
    'strike',
    'sub',
    'sup',
    'small',
    'mark',
    'abbr',
    'q',
    'cite',
    'time',
    'span',
    'div',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'a',
    'img',
    'figure',
    'figcaption',
    'details',
    'summary',
    'section',
    'table',
    'caption',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
  ],
  attributes: {
    a: ['href', 'hrefLang', 'dataFootnoteBackref', 'dataFootnoteRef', ['className', 'data-footnote-backref'], 'ariaDescribedBy', 'ariaLabel'],
    img: ['src'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite'],
    ins: ['cite'],
    code: [['className', /^language-[\w-]+$/]],
    h2: [['className', 'sr-only']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    // Ids only as the footnotes write them, so that a body cannot clobber the page's own ids
    // (the headings get theirs after the sanitiser, from their text).
    '*': [...ATTRIBUTS_COMMUNS, ['id', /^user-content-/, 'footnote-label']],
  },
  // Footnote ids already carry Sätteri's `user-content-` prefix: no second one.
  clobber: [],
  clobberPrefix: '',
  ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'], caption: ['table'] },
  protocols: { href: ['http', 'https', 'mailto', 'tel'], cite: ['http', 'https'] },
  // Removed with their content, which is code or would swallow the rest of the page.
  strip: [
    'script',
    'style',
    'textarea',
    'plaintext',
    'xmp',
    'template',
    'noscript',
    'noembed',
    'noframes',
    'iframe',
    'object',
    'embed',
    'title',
    'svg',
    'math',
  ],
  allowComments: false,
  allowDoctypes: false,
};

const PROTOCOLES_LIENS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * An address as a browser reads it: the URL parser drops leading and trailing control
 * characters and spaces, and tabs and newlines anywhere (`java&#09;script:` is `javascript:`).
 * Entities are already decoded in the tree.
 */
function normaliser(adresse: string): string {
  return adresse.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** A link: `https:`, `http:`, `mailto:`, `tel:` or an address without scheme (of the site). */
export function lienAutorise(adresse: string): boolean {
  const normale = normaliser(adresse);
  const schema = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(normale);
  if (schema) return PROTOCOLES_LIENS.has(`${schema[1]!.toLowerCase()}:`);
  // A `:` before any `/`, `?` or `#` that is not a valid scheme (`java script:`): not a link.
  return !/^[^/?#]*:/.test(normale);
}

/** An image of the site itself: `/chemin/image.png`, never `//autre-site`, `https:` or relative. */
export function imageDuSite(adresse: string): boolean {
  return /^\/(?![/\\])/.test(normaliser(adresse)) && !/[\\]/.test(adresse);
}

function estElement(noeud: Nodes): noeud is Element {
  return noeud.type === 'element';
}

/**
 * Sanitises a HAST tree with the schema, then removes what needs a judgement of the address
 * (links to other schemes, images from elsewhere). Returns a new tree.
 */
export function assainirArbre(racine: Root): Root {
  const propre = sanitize(racine, SCHEMA_ASSAINISSEMENT) as Root;
  const filtrer = (enfants: RootContent[]): RootContent[] =>
    enfants.flatMap((enfant): RootContent[] => {
      if (!estElement(enfant)) return [enfant];
      if (enfant.tagName === 'img' && !(typeof enfant.properties['src'] === 'string' && imageDuSite(enfant.properties['src']))) return [];
      for (const cle of ['href', 'cite'] as const) {
        const valeur = enfant.properties[cle];
        if (valeur !== undefined && !(typeof valeur === 'string' && lienAutorise(valeur))) delete enfant.properties[cle];
      }
      enfant.children = filtrer(enfant.children) as Element['children'];
      return [enfant];
    });
  propre.children = filtrer(propre.children);
  return propre;
}

/** HAST property name → the HTML attribute a contributor wrote (`onClick` → `onclick`). */
function nomAttribut(propriete: string): string {
  if (propriete === 'className') return 'class';
  if (propriete === 'htmlFor') return 'for';
  if (/^(aria|data)[A-Z]/.test(propriete)) return propriete.replace(/[A-Z]/g, (l) => `-${l.toLowerCase()}`);
  return propriete.toLowerCase();
}

/** True when the schema allows this property with this value on this tag. */
function attributAutorise(balise: string, propriete: string, valeur: unknown): boolean {
  const definitions = [...(SCHEMA_ASSAINISSEMENT.attributes?.[balise] ?? []), ...(SCHEMA_ASSAINISSEMENT.attributes?.['*'] ?? [])];
  for (const definition of definitions) {
    if (typeof definition === 'string') {
      if (definition === propriete) return true;
      continue;
    }
    const [nom, ...valeurs] = definition;
    if (nom !== propriete) continue;
    const accepte = (v: unknown) => valeurs.some((permise) => (permise instanceof RegExp ? typeof v === 'string' && permise.test(v) : permise === v));
    if (Array.isArray(valeur) ? valeur.every(accepte) : accepte(valeur)) return true;
  }
  return false;
}

/**
 * What the sanitiser would remove from a body's tree, in French, one sentence per kind of
 * removal (comments are removed silently: they are not shown anyway).
 */
export function retraitsAssainissement(racine: Root): string[] {
  const retraits = new Set<string>();
  const balisesPermises = new Set(SCHEMA_ASSAINISSEMENT.tagNames);
  const balisesRetireesAvecContenu = new Set(SCHEMA_ASSAINISSEMENT.strip);
  const parcourir = (noeud: Nodes) => {
    if (noeud.type === 'raw') retraits.add(`code HTML ${cite(noeud.value)} retiré`);
    if (!estElement(noeud)) {
      if ('children' in noeud) noeud.children.forEach(parcourir);
      return;
    }
    const balise = noeud.tagName;
    if (balisesRetireesAvecContenu.has(balise)) {
      retraits.add(`balise <${balise}> retirée avec son contenu : elle n'est pas autorisée dans le texte`);
      return;
    }
    if (!balisesPermises.has(balise) && noeud.children.length === 0) {
      retraits.add(`balise <${balise}> retirée : elle n'est pas autorisée dans le texte`);
    } else if (!balisesPermises.has(balise)) {
      retraits.add(`balise <${balise}> retirée (son texte est gardé) : elle n'est pas autorisée dans le texte ; écrivez en Markdown simple`);
    } else {
      for (const [propriete, valeur] of Object.entries(noeud.properties)) {
        if (valeur === undefined || valeur === null) continue;
        if (!attributAutorise(balise, propriete, valeur)) {
          const nom = nomAttribut(propriete);
          const raison = nom.startsWith('on')
            ? 'le texte ne peut pas lancer de script'
            : nom === 'style'
              ? 'la mise en forme vient du site, pas du texte'
              : "cet attribut n'est pas autorisé";
          retraits.add(`attribut ${nom} retiré de <${balise}> : ${raison}`);
        }
      }
      const src = noeud.properties['src'];
      if (balise === 'img' && !(typeof src === 'string' && imageDuSite(src))) {
        retraits.add(
          `image ${cite(String(src ?? ''))} retirée : une image doit être un fichier du site (déposez-la dans public/ et écrivez son adresse /images/exemple.png)`,
        );
      }
      for (const cle of ['href', 'cite'] as const) {
        const valeur = noeud.properties[cle];
        if (typeof valeur === 'string' && !lienAutorise(valeur)) {
          retraits.add(`lien ${cite(valeur)} retiré : une adresse commence par https://, http://, mailto:, tel: ou / (page du site)`);
        }
      }
    }
    noeud.children.forEach(parcourir);
  };
  parcourir(racine);
  return [...retraits];
}

let satteri: typeof Satteri | undefined;

/**
 * Sätteri (the build's Markdown parser, a native module), loaded on first use: what only needs
 * the schemas (the build's configuration, the content collections, many tests) does not pay
 * for its loading, about a second on a busy machine.
 */
export function analyseurMarkdown(): typeof Satteri {
  satteri ??= createRequire(import.meta.url)('satteri') as typeof Satteri;
  return satteri;
}

/** The features the site renders Markdown with (Astro's defaults, plus raw HTML parsed as HTML). */
export const FONCTIONS_MARKDOWN = { gfm: true, smartPunctuation: true, rawHtml: true } as const;

/** The tree of a body as the build sees it before the plugins. */
export function arbreDuCorps(corps: string, format: 'md' | 'mdx'): Root {
  const { gfm, rawHtml } = FONCTIONS_MARKDOWN;
  const { markdownToHast, mdxToHast } = analyseurMarkdown();
  return (format === 'mdx' ? mdxToHast(corps, { features: { gfm } }) : markdownToHast(corps, { features: { gfm, rawHtml } })) as unknown as Root;
}

/** What the build would remove from a body, for `check:content`. */
export function problemesAssainissement(corps: string, format: 'md' | 'mdx'): string[] {
  let arbre: Root;
  try {
    arbre = arbreDuCorps(corps, format);
  } catch (erreur) {
    // The build would stop on the same error: said here first, in French.
    return [`le texte ne peut pas être lu (${erreur instanceof Error ? cite(erreur.message) : 'erreur inconnue'}) : vérifiez les signes <, >, { et }`];
  }
  return retraitsAssainissement(arbre);
}

/**
 * Sätteri plugins of the build. The MDAST one drops images that are not files of the site
 * before Astro collects them (a relative image would be imported from the build machine); the
 * HAST one sanitises the whole tree. In `.mdx`, the sanitiser also removes every node it does
 * not know (`import`/`export`, `{…}` expressions, JSX), which `check:content` refuses first.
 */
export const pluginsAssainissement: { mdast: MdastPluginDefinition[]; hast: HastPluginDefinition[] } = {
  mdast: [
    {
      name: 'images-du-site',
      image(noeud, ctx) {
        if (!imageDuSite(noeud.url)) ctx.removeNode(noeud);
      },
    },
  ],
  hast: [
    {
      name: 'assainissement',
      after(racine, ctx) {
        ctx.replaceNode(racine, assainirArbre(racine as Root) as never);
      },
    },
  ],
};
