/**
 * The file `npm run nouveau` writes: its name under `content/`, its text (front matter in the
 * order of the schema, then the Markdown body), and writing it without overwriting anything.
 */
import { existsSync, linkSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { TYPES_NOUVEAU, dossierDe, formeSchema, type TypeNouveau } from '../champs.ts';
import { nomSur } from './questions.ts';

/** Name of the file to create, relative to the project (`content/lieux/x.md`). */
export function cheminPour(type: TypeNouveau, donnees: Record<string, unknown>): string {
  const nom = TYPES_NOUVEAU[type];
  const texte = (cle: string) => (typeof donnees[cle] === 'string' ? (donnees[cle] as string) : '');
  const base =
    nom === 'lieux'
      ? texte('id')
      : nom === 'actualites'
        ? `${texte('date')}-${nomSur(texte('titre'), 'actualite')}`
        : nom === 'reunions'
          ? `${texte('debut').slice(0, 10)}-${nomSur(texte('titre'), 'reunion')}`
          : nomSur(texte(nom === 'membres' ? 'nom' : 'titre'), type);
  return `${dossierDe(nom)}/${base}.md`;
}

/** `content/x/nom.md`, or `nom-2.md`, `nom-3.md`… if taken. */
export function cheminLibre(chemin: string, existe: (chemin: string) => boolean): string {
  if (!existe(chemin)) return chemin;
  const base = chemin.replace(/\.md$/, '');
  let n = 2;
  while (existe(`${base}-${n}.md`)) n++;
  return `${base}-${n}.md`;
}

/** Values the schema fills by itself when absent: they are not written. */
function estVide(valeur: unknown): boolean {
  return valeur === undefined || (Array.isArray(valeur) && valeur.length === 0);
}

/**
 * The file's text: YAML front matter with the entry's values in the schema's order (strings in
 * double quotes, so that a postcode or a date stays a string for every YAML reader), then the
 * Markdown text.
 */
export function texteDuFichier(type: TypeNouveau, donnees: Record<string, unknown>, corps: string): string {
  const ordre = Object.keys(formeSchema(TYPES_NOUVEAU[type]));
  const propres = Object.fromEntries(ordre.filter((cle) => !estVide(donnees[cle])).map((cle) => [cle, donnees[cle]]));
  const yaml = stringify(propres, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  const texte = corps.trim();
  return `---\n${yaml}---\n${texte === '' ? '' : `${texte}\n`}`;
}

/**
 * Writes a new file without ever replacing one, and never half-written: the text goes to a
 * temporary file, then is linked to its name (which fails if the name exists), then the
 * temporary file is removed. Returns false if the name was taken in the meantime.
 */
export function ecrireSansEcraser(cheminAbsolu: string, contenu: string): boolean {
  mkdirSync(dirname(cheminAbsolu), { recursive: true });
  const temporaire = join(dirname(cheminAbsolu), `.nouveau-${process.pid}-${Date.now()}.tmp`);
  writeFileSync(temporaire, contenu, { flag: 'wx' });
  try {
    linkSync(temporaire, cheminAbsolu);
    return true;
  } catch (erreur) {
    if ((erreur as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw erreur;
  } finally {
    unlinkSync(temporaire);
  }
}

/** Existence of a path relative to a project folder. */
export function existeSous(racine: string): (chemin: string) => boolean {
  return (chemin) => existsSync(join(racine, chemin));
}
