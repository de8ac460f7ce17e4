/**
 * Links from each validation message to the section of CONTRIBUTING.md that explains the field
 * or the rule, so that a contributor who reads `content/lieux/x.md › horaires : …` in a terminal
 * or in a pull request knows where to read how to fix it.
 *
 * Anchors are explicit (`<a id="lieux-horaires"></a>` in CONTRIBUTING.md) rather than the
 * forges' generated heading anchors: GitHub and GitLab build those differently, and a heading
 * « `nom` » appears in several collections.
 */
import { COLLECTIONS, NOMS_COLLECTIONS, type NomCollection } from './collections.ts';
import { formeSchema, type NomAide } from '../contribution/champs.ts';
import { FICHIER_COLLECTIF } from './chargement.ts';
import { cheminsDesChamps, decrireChamps } from './introspection.ts';
import { formaterProbleme, type Probleme } from './validation.ts';

/** The contribution guide, relative to the project's root: the rules' sections. */
export const FICHIER_AIDE = 'CONTRIBUTING.md';
/** The field reference, generated from the schemas (`node src/cli/documenter.ts`): the fields' sections. */
export const FICHIER_CHAMPS = 'docs/champs.md';

/** Sections of CONTRIBUTING.md on rules that are not one field's. */
export const ANCRES_REGLES = {
  lecture: 'erreur-lecture',
  champInconnu: 'erreur-champ-inconnu',
  nomDeFichier: 'erreur-nom-de-fichier',
  doublon: 'erreur-identifiant-en-double',
  html: 'erreur-html',
  reference: 'erreur-reference-introuvable',
  dossier: 'erreur-dossier',
  general: 'lire-les-erreurs',
} as const;

const memo = new Map<NomAide, readonly string[]>();

/** Every field path of a kind of content (`horaires`, `departement.code`), from its schema. */
export function cheminsConnus(nom: NomAide): readonly string[] {
  let chemins = memo.get(nom);
  if (!chemins) {
    chemins = cheminsDesChamps(decrireChamps(formeSchema(nom)));
    memo.set(nom, chemins);
  }
  return chemins;
}

/** Anchor of a field's section: `lieux-horaires`, `collectif-departement-code`. */
export function ancreChamp(nom: NomAide, chemin: string): string {
  return `${nom}-${chemin.replace(/[._]/g, '-')}`;
}

/** Kind of content a path belongs to (`content/lieux/x.md` → `lieux`), if any. */
export function nomAideDuFichier(fichier: string): NomAide | undefined {
  if (fichier === FICHIER_COLLECTIF || fichier.endsWith('/collectif.yaml')) return 'collectif';
  const dossier = /(?:^|\/)content\/([^/]+)\//.exec(fichier)?.[1];
  return NOMS_COLLECTIONS.find((nom: NomCollection) => COLLECTIONS[nom].dossier === dossier);
}

/** `courriels[2]` → `courriels`; `animateurs[1].membres[2]` → `animateurs.membres`. */
export function cheminSansRang(champ: string): string {
  return champ.replace(/\[\d+\]/g, '');
}

/**
 * Anchor of the CONTRIBUTING.md section that helps with a problem. `nom` forces the kind of
 * content (the `nouveau` command validates a JSON file that is not under `content/`).
 */
export function ancreAide(probleme: Probleme, nom = nomAideDuFichier(probleme.fichier)): string {
  const { champ, message } = probleme;
  if (message.startsWith('champ inconnu')) return ANCRES_REGLES.champInconnu;
  if (champ === 'nom du fichier') return ANCRES_REGLES.nomDeFichier;
  if (message.includes('est déjà utilisé par')) return ANCRES_REGLES.doublon;
  if (champ === 'texte (sous les champs)') return ANCRES_REGLES.html;
  if (champ === '') return probleme.fichier.endsWith('/') ? ANCRES_REGLES.dossier : ANCRES_REGLES.lecture;
  const chemin = cheminSansRang(champ);
  if (nom !== undefined && cheminsConnus(nom).includes(chemin)) return ancreChamp(nom, chemin);
  if (message.includes('référence introuvable')) return ANCRES_REGLES.reference;
  return ANCRES_REGLES.general;
}

/** The document that holds an anchor: the field reference for a field, else the guide. */
export function fichierDeLAncre(ancre: string): string {
  return (Object.values(ANCRES_REGLES) as string[]).includes(ancre) || ancre === 'commande-nouveau' ? FICHIER_AIDE : FICHIER_CHAMPS;
}

/** The link appended to a message: `docs/champs.md#lieux-horaires`, `CONTRIBUTING.md#erreur-lecture`, or a full address. */
export function lienAide(ancre: string, base = fichierDeLAncre(ancre)): string {
  return `${base}#${ancre}`;
}

/**
 * A problem as `check:content` prints it: the usual line, then ` → aide : docs/champs.md#…`.
 * The start of the line is exactly `formaterProbleme()`'s, which scripts may already read.
 */
export function formaterAvecAide(probleme: Probleme, options: { nom?: NomAide; base?: string } = {}): string {
  const ancre = ancreAide(probleme, options.nom ?? nomAideDuFichier(probleme.fichier));
  return `${formaterProbleme(probleme)} → aide : ${lienAide(ancre, options.base)}`;
}
