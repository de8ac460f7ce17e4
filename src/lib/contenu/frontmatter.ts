/**
 * Reads the YAML front matter of a Markdown or MDX file. YAML 1.2 (the `yaml` package, core
 * schema): unquoted dates stay strings and `01400` is not read as an octal number.
 */
import { LineCounter, parseDocument, visit } from 'yaml';

export type LectureFrontmatter = { ok: true; donnees: unknown; corps: string } | { ok: false; message: string };

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

/**
 * Aliases (`*nom`) a content file may resolve: a few are plenty for hand-written files, and the
 * limit stops a « billion laughs » file (aliases of aliases) before it fills the memory.
 */
export const MAX_ALIAS_YAML = 50;

/** The only explicit tag accepted: `!!str`, which forces a string. */
const ETIQUETTES_ACCEPTEES = new Set(['tag:yaml.org,2002:str']);

/**
 * Parses YAML and turns syntax errors into a French message with the line number. Custom tags
 * (`!evil`, `!!binary`…) are refused: the build's own YAML reader does not know them and stops.
 */
export function lireYaml(yaml: string, decalageLignes = 1): { ok: true; donnees: unknown } | { ok: false; message: string } {
  const compteur = new LineCounter();
  const document = parseDocument(yaml, { prettyErrors: true, uniqueKeys: true, lineCounter: compteur });
  const [erreur] = document.errors;
  if (erreur) {
    const ligne = (erreur.linePos?.[0]?.line ?? 0) + decalageLignes;
    const cause =
      erreur.code === 'DUPLICATE_KEY' ? 'un champ est écrit deux fois' : 'syntaxe YAML incorrecte (vérifiez les deux-points, les guillemets et l’indentation)';
    return { ok: false, message: `ligne ${ligne} : ${cause}` };
  }
  let etiquette: { tag: string; ligne: number } | undefined;
  visit(document, {
    Node(_, noeud) {
      if (noeud.tag !== undefined && !ETIQUETTES_ACCEPTEES.has(noeud.tag)) {
        etiquette = { tag: noeud.tag, ligne: compteur.linePos(noeud.range?.[0] ?? 0).line + decalageLignes };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (etiquette) {
    const nom = etiquette.tag.replace(/^tag:yaml\.org,2002:/, '!!');
    return {
      ok: false,
      message: `ligne ${etiquette.ligne} : l’étiquette YAML ${nom.length > 40 ? `${nom.slice(0, 37)}…` : nom} n’est pas acceptée : écrivez la valeur seule, entre guillemets si besoin`,
    };
  }
  try {
    return { ok: true, donnees: document.toJS({ maxAliasCount: MAX_ALIAS_YAML }) };
  } catch (erreurAlias) {
    if (erreurAlias instanceof ReferenceError) {
      return {
        ok: false,
        message: `trop de renvois YAML (alias *nom, plus de ${MAX_ALIAS_YAML}) : écrivez chaque valeur en entier au lieu de renvoyer à une autre`,
      };
    }
    throw erreurAlias;
  }
}
