/**
 * Reads the YAML front matter of a Markdown or MDX file. YAML 1.2 (the `yaml` package, core
 * schema): unquoted dates stay strings and `01400` is not read as an octal number.
 */
import { parse, YAMLParseError } from 'yaml';

export type LectureFrontmatter =
  | { ok: true; donnees: unknown; corps: string }
  | { ok: false; message: string };

const DEBUT = /^\uFEFF?---[ \t]*\r?\n/;

export function lireFrontmatter(texte: string): LectureFrontmatter {
  const debut = DEBUT.exec(texte);
  if (!debut) return { ok: false, message: 'le fichier doit commencer par une ligne --- suivie des champs, puis une autre ligne ---' };
  const reste = texte.slice(debut[0].length);
  const fin = /^---[ \t]*$/m.exec(reste);
  if (!fin) return { ok: false, message: 'la ligne --- qui ferme les champs en tête du fichier est absente' };
  const yaml = reste.slice(0, fin.index);
  const corps = reste.slice(fin.index + fin[0].length).replace(/^\r?\n/, '');
  const lecture = lireYaml(yaml);
  if (!lecture.ok) return lecture;
  return { ok: true, donnees: lecture.donnees ?? {}, corps };
}

/** Parses YAML and turns syntax errors into a French message with the line number. */
export function lireYaml(yaml: string, decalageLignes = 1): { ok: true; donnees: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, donnees: parse(yaml, { prettyErrors: true, uniqueKeys: true }) };
  } catch (erreur) {
    if (erreur instanceof YAMLParseError) {
      const ligne = (erreur.linePos?.[0]?.line ?? 0) + decalageLignes;
      const cause = erreur.code === 'DUPLICATE_KEY' ? 'un champ est écrit deux fois' : 'syntaxe YAML incorrecte (vérifiez les deux-points, les guillemets et l’indentation)';
      return { ok: false, message: `ligne ${ligne} : ${cause}` };
    }
    throw erreur;
  }
}
