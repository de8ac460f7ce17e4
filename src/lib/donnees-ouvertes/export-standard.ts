/**
 * Export of the places in the national standard v1.0.x: the CSV file the national map and
 * data.gouv.fr expect (32 columns in order, UTF-8, comma, `|` between the values of a list,
 * quotes where needed, ISO dates) and the same records as JSON.
 *
 * Places come as the site validated them (`schemaLieu` output: telephone in international
 * form, lists without duplicates) with their Markdown body, which is the standard's
 * `presentation_detail`. Every other column has the name of a front-matter field.
 */
import { ecrireCsv } from '../commun/csv.ts';
import type { LieuSaisi } from '../contenu/schemas/lieu.ts';
import { COLONNES, COLONNES_MULTIPLES, type Colonne } from '../standard/valeurs.ts';

/** A place to export: its validated front matter and its Markdown body. */
export interface LieuPourExport {
  donnees: LieuSaisi;
  /** Markdown body of the file: the standard's `presentation_detail`. */
  corps?: string | undefined;
}

/** The record of a place in the standard: a column → a value, empty columns left out. */
export type EnregistrementStandard = Partial<Record<Colonne, string | number>>;

/** Separator between the values of a list, in a cell of the standard (v1.0.x). */
export const SEPARATEUR_VALEURS = '|';

const MULTIPLES = new Set<string>(COLONNES_MULTIPLES);

/**
 * The values of one place, column by column. A `|` inside a web address would split it in
 * two for the readers of the file: it is written `%7C`, which is the same address.
 */
export function enregistrementStandard(lieu: LieuPourExport): EnregistrementStandard {
  const donnees = lieu.donnees as Record<string, unknown>;
  const enregistrement: EnregistrementStandard = {};
  for (const colonne of COLONNES) {
    const valeur = colonne === 'presentation_detail' ? lieu.corps?.trim() : donnees[colonne];
    if (valeur === undefined || valeur === null || valeur === '') continue;
    if (MULTIPLES.has(colonne)) {
      const liste = (Array.isArray(valeur) ? valeur : [valeur]).map(String);
      if (liste.length === 0) continue;
      enregistrement[colonne] = (colonne === 'site_web' ? liste.map((url) => url.replaceAll('|', '%7C')) : liste).join(SEPARATEUR_VALEURS);
    } else if (typeof valeur === 'number') {
      enregistrement[colonne] = valeur;
    } else {
      enregistrement[colonne] = String(valeur);
    }
  }
  return enregistrement;
}

/** The 32 cells of a place, in the standard's column order (empty string for no value). */
export function ligneStandard(lieu: LieuPourExport): string[] {
  const enregistrement = enregistrementStandard(lieu);
  return COLONNES.map((colonne) => {
    const valeur = enregistrement[colonne];
    return valeur === undefined ? '' : String(valeur);
  });
}

/** Places in a stable order (by id), so that two builds of the same content give the same files. */
export function trierLieux<T extends LieuPourExport>(lieux: readonly T[]): T[] {
  return [...lieux].sort((a, b) => (a.donnees.id < b.donnees.id ? -1 : a.donnees.id > b.donnees.id ? 1 : 0));
}

/** The CSV file of the standard: header line, then one line per place. */
export function csvStandard(lieux: readonly LieuPourExport[]): string {
  return ecrireCsv([[...COLONNES], ...trierLieux(lieux).map(ligneStandard)]);
}

/**
 * The same records as JSON: an array of objects whose keys are the standard's columns, with
 * the same values as the CSV (lists joined by `|`, as in the national API), latitude and
 * longitude as numbers, empty columns left out. One record per line, for readable diffs.
 */
export function jsonStandard(lieux: readonly LieuPourExport[]): string {
  const lignes = trierLieux(lieux).map((l) => JSON.stringify(enregistrementStandard(l)));
  return lignes.length === 0 ? '[]\n' : `[\n${lignes.join(',\n')}\n]\n`;
}

/** Most recent `date_maj` of the places: the date of the data, `undefined` without places. */
export function dateDesDonnees(lieux: readonly LieuPourExport[]): string | undefined {
  let plusRecente: string | undefined;
  for (const lieu of lieux) if (plusRecente === undefined || lieu.donnees.date_maj > plusRecente) plusRecente = lieu.donnees.date_maj;
  return plusRecente;
}

/**
 * The territory part of the standard's file name: the name without accents, spaces or
 * punctuation, each word capitalised (« Côtes-d'Armor » → `CotesDArmor`, like the standard's
 * example `BordeauxMetropole`).
 */
export function territoireSansAccents(nom: string): string {
  return nom
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'Oe')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((mot) => mot !== '')
    .map((mot) => mot[0]!.toUpperCase() + mot.slice(1))
    .join('');
}

/**
 * File name of the standard's naming convention:
 * `AAAA-MM-JJ_idProducteur_lieux-de-mediation-numerique_territoire.csv`, where `idProducteur`
 * is the SIRET (or RNA number) of the producer.
 */
export function nomFichierStandard(parametres: { date: string; idProducteur: string; territoire: string }, extension = 'csv'): string {
  return `${parametres.date}_${parametres.idProducteur}_lieux-de-mediation-numerique_${territoireSansAccents(parametres.territoire)}.${extension}`;
}
