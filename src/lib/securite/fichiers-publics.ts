/**
 * Files of `public/` that the content points to (members' logos, resources' files) are served
 * from the site's own origin: an `.html`, `.js` or scripted `.svg` file would run there. They
 * are accepted by what their content is (its signature, the first bytes), not by their
 * extension, and only of the kinds a document or a logo needs. An SVG is read as a drawing:
 * no script, no event attribute, no reference outside the file.
 */
import { analyseurMarkdown } from './assainissement.ts';
import type { Element, Nodes, Root } from 'hast';

export type NatureFichier = 'png' | 'jpeg' | 'webp' | 'gif' | 'pdf' | 'zip' | 'svg' | 'texte' | 'inconnue';

function commencePar(octets: Uint8Array, signature: readonly number[], decalage = 0): boolean {
  return signature.every((o, i) => octets[decalage + i] === o);
}

const ASCII = (texte: string) => [...texte].map((c) => c.charCodeAt(0));

/** What a file is, from its first bytes (and, for text, from all of it). */
export function natureFichier(octets: Uint8Array): NatureFichier {
  if (commencePar(octets, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (commencePar(octets, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (commencePar(octets, ASCII('RIFF')) && commencePar(octets, ASCII('WEBP'), 8)) return 'webp';
  if (commencePar(octets, ASCII('GIF87a')) || commencePar(octets, ASCII('GIF89a'))) return 'gif';
  if (commencePar(octets, ASCII('%PDF-'))) return 'pdf';
  if (commencePar(octets, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (octets.includes(0)) return 'inconnue';
  let texte: string;
  try {
    texte = new TextDecoder('utf-8', { fatal: true }).decode(octets);
  } catch {
    return 'inconnue';
  }
  // Markup with an <svg> element near the start (after an XML declaration, comments, a doctype).
  const debut = texte.slice(0, 4096);
  if (/^\uFEFF?\s*</.test(debut) && /<svg[\s>]/i.test(debut)) return 'svg';
  return 'texte';
}

/** Kinds accepted for each extension: the extension says how the host serves it, the content must agree. */
const NATURES_PAR_EXTENSION: Record<string, NatureFichier> = {
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  webp: 'webp',
  gif: 'gif',
  svg: 'svg',
  pdf: 'pdf',
  odt: 'zip',
  ods: 'zip',
  odp: 'zip',
  docx: 'zip',
  xlsx: 'zip',
  pptx: 'zip',
  csv: 'texte',
  txt: 'texte',
};

export const EXTENSIONS_LOGO = ['png', 'jpg', 'jpeg', 'webp', 'svg'] as const;
export const EXTENSIONS_RESSOURCE = Object.keys(NATURES_PAR_EXTENSION);

/** Markup that a text file (`.txt`, `.csv`) must not carry: a browser that sniffs it would render it as a page. */
const BALISAGE_ACTIF = /<\s*(html|head|body|script|iframe|svg|object|embed|meta|a\s|img\s)/i;

/** SVG elements of a drawing; anything else (script, foreignObject, iframe, use of another file…) is refused. */
const ELEMENTS_SVG = new Set([
  'svg',
  'g',
  'defs',
  'title',
  'desc',
  'metadata',
  'symbol',
  'use',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textpath',
  'lineargradient',
  'radialgradient',
  'stop',
  'clippath',
  'mask',
  'pattern',
  'filter',
  'marker',
  'style',
  'fegaussianblur',
  'feoffset',
  'feblend',
  'fecolormatrix',
  'fecomposite',
  'feflood',
  'femerge',
  'femergenode',
  'femorphology',
]);

/** Why an SVG is not a plain drawing, or `undefined`. */
export function problemeSvg(texte: string): string | undefined {
  if (/<!ENTITY|<!DOCTYPE[^>]*\[/i.test(texte)) return 'le dessin SVG déclare des entités (<!ENTITY>) : elles sont refusées';
  if (/<\?xml-stylesheet/i.test(texte)) return 'le dessin SVG appelle une feuille de style extérieure (<?xml-stylesheet?>) : elle est refusée';
  const arbre = analyseurMarkdown().htmlToHast(texte, { fragment: true }) as unknown as Root;
  let probleme: string | undefined;
  const parcourir = (noeud: Nodes) => {
    if (probleme) return;
    if (noeud.type === 'element') {
      const element = noeud as Element;
      const nom = element.tagName.toLowerCase();
      if (!ELEMENTS_SVG.has(nom)) {
        probleme = `le dessin SVG contient l’élément <${element.tagName}>, refusé (seuls les éléments de dessin sont acceptés : pas de script ni de contenu extérieur)`;
        return;
      }
      for (const [propriete, valeur] of Object.entries(element.properties)) {
        const attribut = propriete.toLowerCase();
        const texteValeur = Array.isArray(valeur) ? valeur.join(' ') : String(valeur);
        if (attribut.startsWith('on')) probleme = `le dessin SVG contient l’attribut ${attribut}, qui lance un script : il est refusé`;
        else if (/href$/.test(attribut) && !texteValeur.trim().startsWith('#'))
          probleme = `le dessin SVG renvoie à ${JSON.stringify(texteValeur.slice(0, 60))} : seules les références internes (#…) sont acceptées`;
        else if (/url\(\s*['"]?\s*(?!#)/i.test(texteValeur) || /javascript:|@import/i.test(texteValeur))
          probleme = `le dessin SVG charge un contenu extérieur dans l’attribut ${attribut} : il est refusé`;
        if (probleme) return;
      }
      if (nom === 'style') {
        const css = element.children.map((c) => ('value' in c ? String(c.value) : '')).join('');
        if (/@import|url\(\s*['"]?\s*(?!#)|expression\(|javascript:/i.test(css)) {
          probleme = 'le dessin SVG charge un contenu extérieur dans sa feuille de style (<style>) : il est refusé';
          return;
        }
      }
    }
    if ('children' in noeud) noeud.children.forEach(parcourir);
  };
  parcourir(arbre);
  return probleme;
}

/** Why a file cannot be published as a logo (`logo`) or a resource (`ressource`), or `undefined`. */
export function problemeFichierPublic(chemin: string, octets: Uint8Array, usage: 'logo' | 'ressource'): string | undefined {
  const extension = (chemin.split('.').pop() ?? '').toLowerCase();
  const acceptees: readonly string[] = usage === 'logo' ? EXTENSIONS_LOGO : EXTENSIONS_RESSOURCE;
  const liste = acceptees.map((e) => `.${e}`).join(', ');
  if (!acceptees.includes(extension)) {
    return `les fichiers .${extension} ne sont pas acceptés comme ${usage === 'logo' ? 'logo' : 'ressource'} (ils pourraient lancer du code sur le site) ; types acceptés : ${liste}`;
  }
  const nature = natureFichier(octets);
  const attendue = NATURES_PAR_EXTENSION[extension];
  if (nature !== attendue) {
    const lu = nature === 'inconnue' ? 'un fichier de type inconnu' : nature === 'texte' ? 'du texte' : `un fichier ${nature.toUpperCase()}`;
    return `le contenu du fichier ne correspond pas à son extension .${extension} (c’est ${lu}) : enregistrez-le de nouveau dans le bon format`;
  }
  const texte = () => new TextDecoder().decode(octets);
  if (nature === 'svg') return problemeSvg(texte());
  if (nature === 'texte' && BALISAGE_ACTIF.test(texte()))
    return `le fichier .${extension} contient des balises HTML : un navigateur pourrait l’afficher comme une page ; retirez-les`;
  return undefined;
}
