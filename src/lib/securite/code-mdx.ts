/**
 * No code in content: the charter and the convention are `.mdx` files, editable from `/admin/`,
 * and MDX runs at build time what it finds in `import`/`export` lines, `{…}` expressions and
 * JSX attributes. They are accepted as Markdown only, checked on the MDX syntax tree given by
 * Sätteri, the parser the build itself uses (so what this check accepts, the build parses).
 */
import { analyseurMarkdown } from './assainissement.ts';
import { cite } from '../contenu/schemas/communs.ts';

/**
 * The project's own presentational components that a document may use. None so far: the
 * charter and the convention are plain text. A name added here must be a component with no
 * attribute that takes code.
 */
export const COMPOSANTS_AUTORISES: readonly string[] = [];

export interface ProblemeMdx {
  /** Line in the file (from 1). */
  ligne: number | undefined;
  message: string;
}

interface NoeudMdast {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number } };
  attributes?: { type: string; value?: unknown }[];
  children?: NoeudMdast[];
}

const COMMENT_ECRIRE = 'la charte et la convention s’écrivent en Markdown simple, sans code';

/** Explains a Sätteri syntax error in French, with how to write the same thing as text. */
function expliquerErreur(message: string): string {
  if (/expression|Unexpected (lazy line|end of file) in expression|`\{`|`\}`/i.test(message)) {
    return 'une accolade { ouvre du code en MDX : pour l’écrire comme texte, écrivez \\{à définir\\} ou [à définir]';
  }
  if (/after `<`|before name|JSX|tag/i.test(message)) {
    if (/`!`/.test(message)) return 'les commentaires <!-- … --> ne sont pas acceptés en MDX : supprimez-les';
    return 'un signe < ouvre une balise en MDX : pour l’écrire comme texte, écrivez \\< (par exemple \\<5000) ou « moins de 5000 »';
  }
  return 'le texte ne peut pas être lu (syntaxe MDX incorrecte) : vérifiez les signes <, >, { et } ; écrivez-les \\<, \\>, \\{ et \\}';
}

/**
 * Problems of an MDX body; `ligneDebut` is the line of the file where the body starts, so that
 * the lines given are those of the file.
 */
export function problemesMdx(corps: string, ligneDebut = 1): ProblemeMdx[] {
  const decaler = (ligne: number | undefined) => (ligne === undefined ? undefined : ligne + ligneDebut - 1);
  let arbre: NoeudMdast;
  try {
    arbre = analyseurMarkdown().mdxToMdast(corps) as unknown as NoeudMdast;
  } catch (erreur) {
    const texte = erreur instanceof Error ? erreur.message : String(erreur);
    const position = /^(\d+):(\d+)/.exec(texte);
    return [{ ligne: decaler(position ? Number(position[1]) : undefined), message: expliquerErreur(texte) }];
  }
  const problemes: ProblemeMdx[] = [];
  const parcourir = (noeud: NoeudMdast) => {
    const ligne = decaler(noeud.position?.start.line);
    switch (noeud.type) {
      case 'mdxjsEsm':
        problemes.push({
          ligne,
          message: `la ligne ${cite((noeud.value ?? '').split('\n')[0] ?? '')} est lue comme du code (import/export), refusé : ${COMMENT_ECRIRE} ; supprimez-la, ou, si c’est une phrase, commencez-la par une majuscule (Import…, Export…)`,
        });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problemes.push({
          ligne,
          message: `l’expression ${cite(`{${noeud.value ?? ''}}`)} est du code, refusé : pour écrire des accolades comme texte, écrivez \\{à définir\\} ou [à définir]`,
        });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const nom = noeud.name ?? '';
        if (
          !COMPOSANTS_AUTORISES.includes(nom) ||
          (noeud.attributes ?? []).some((a) => a.type !== 'mdxJsxAttribute' || (a.value != null && typeof a.value !== 'string'))
        ) {
          problemes.push({
            ligne,
            message: `la balise ${cite(`<${nom}>`)} n’est pas acceptée : ${COMMENT_ECRIRE} (**gras**, *italique*, [lien](https://…)) ; pour écrire le signe < comme texte, écrivez \\<`,
          });
          return;
        }
        break;
      }
    }
    noeud.children?.forEach(parcourir);
  };
  parcourir(arbre);
  return problemes;
}
