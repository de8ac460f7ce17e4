/**
 * `check:content --format github`: the same French messages, written as GitHub Actions
 * workflow commands (`::error file=…,line=…,title=…::message`) so that each problem shows on the
 * line of the file in the pull request's « Files changed » tab.
 */
import { LineCounter, parseDocument } from 'yaml';
import { cheminSansRang, formaterAvecAide } from './aide.ts';
import type { Probleme } from './validation.ts';
import { neutraliserControles } from './schemas/communs.ts';

/** Escapes the message part of a workflow command (GitHub's `escapeData`). */
export function echapperDonnee(texte: string): string {
  return texte.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property of a workflow command (GitHub's `escapeProperty`). */
export function echapperPropriete(texte: string): string {
  return echapperDonnee(texte).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `animateurs[1].membres[2]` → `['animateurs', 0, 'membres', 1]`, the path in the YAML document. */
export function cheminYaml(champ: string): (string | number)[] {
  const chemin: (string | number)[] = [];
  for (const morceau of champ.split('.')) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(morceau);
    if (!m) return [];
    if (m[1] !== '') chemin.push(m[1]!);
    for (const rang of m[2]!.matchAll(/\[(\d+)\]/g)) chemin.push(Number(rang[1]) - 1);
  }
  return chemin;
}

/**
 * Line (from 1) of a field in a content file: in the front matter of a Markdown file, or in a
 * YAML file. Falls back to the field's parent, then to nothing (a missing field has no line).
 */
export function ligneDuChamp(texte: string, champ: string, yamlSeul = false): number | undefined {
  let yaml = texte;
  let decalage = 0;
  if (!yamlSeul) {
    const debut = /^\uFEFF?---[ \t]*\r?\n/.exec(texte);
    if (!debut) return undefined;
    const fin = /^---[ \t]*$/m.exec(texte.slice(debut[0].length));
    yaml = texte.slice(debut[0].length, fin ? debut[0].length + fin.index : undefined);
    decalage = 1;
  }
  const compteur = new LineCounter();
  const document = parseDocument(yaml, { lineCounter: compteur, uniqueKeys: false });
  if (document.errors.length > 0) return undefined;
  const chemin = cheminYaml(champ);
  for (let n = chemin.length; n > 0; n--) {
    const noeud = document.getIn(chemin.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    const cle = n === chemin.length ? trouverCle(document, chemin.slice(0, n)) : undefined;
    const position = cle ?? noeud?.range?.[0];
    if (position !== undefined) return compteur.linePos(position).line + decalage;
  }
  return undefined;
}

/** Offset of the key of a mapping entry, so that the annotation points at `horaires:` itself. */
function trouverCle(document: ReturnType<typeof parseDocument>, chemin: (string | number)[]): number | undefined {
  const dernier = chemin[chemin.length - 1];
  if (typeof dernier !== 'string') return undefined;
  const parent = chemin.length === 1 ? document.contents : document.getIn(chemin.slice(0, -1), true);
  const items = (parent as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null)?.items;
  return items?.find((paire) => paire.key?.value === dernier)?.key?.range?.[0];
}

/** One `::error` line for a problem; `ligne` places it in the file. */
export function annotationGithub(probleme: Probleme, ligne?: number): string {
  // Control characters of a file name are shown, not written (the message already is, by formaterAvecAide).
  const proprietes = [`file=${echapperPropriete(neutraliserControles(probleme.fichier))}`];
  if (ligne !== undefined) proprietes.push(`line=${ligne}`);
  const titre = probleme.champ === '' ? 'Contenu à corriger' : `Champ ${cheminSansRang(probleme.champ)} à corriger`;
  proprietes.push(`title=${echapperPropriete(titre)}`);
  return `::error ${proprietes.join(',')}::${echapperDonnee(formaterAvecAide(probleme))}`;
}
