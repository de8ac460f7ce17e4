/**
 * Writes a place's Markdown file as the import creates or updates it: the front matter in the
 * standard's column order (other fields, like `membre`, after), every text in double quotes
 * (so that « 01000 », « +33231… », « 2025-01-10 » or « oui » stay texts for every YAML reader),
 * lists as YAML block lists, and the standard's `presentation_detail` as the Markdown body.
 */
import { stringify } from 'yaml';
import { COLONNES } from '../standard/valeurs.ts';

const ORDRE = new Map<string, number>(COLONNES.map((c, i) => [c, i]));

/** Front matter fields in the standard's order, then the others in their own order. */
export function ordonnerChamps(donnees: Record<string, unknown>): Record<string, unknown> {
  const cles = Object.keys(donnees).filter((c) => donnees[c] !== undefined);
  const standard = cles.filter((c) => ORDRE.has(c)).sort((a, b) => ORDRE.get(a)! - ORDRE.get(b)!);
  const autres = cles.filter((c) => !ORDRE.has(c));
  return Object.fromEntries([...standard, ...autres].map((c) => [c, donnees[c]]));
}

/** The text of a place's file. */
export function fichierLieu(donnees: Record<string, unknown>, corps: string | undefined): string {
  const yaml = stringify(ordonnerChamps(donnees), { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  // Blank lines around the body go; leading spaces of its first line stay (Markdown indentation).
  const texte = (corps ?? '').replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
  return `---\n${yaml}---\n${texte === '' ? '' : `${texte}\n`}`;
}
