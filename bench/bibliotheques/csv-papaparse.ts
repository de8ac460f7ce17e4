/**
 * `csv.ts` réécrit avec Papa Parse (lecture, détection du séparateur et écriture). Papa Parse
 * ne donne pas la ligne de chaque enregistrement : elle est retrouvée depuis la position de fin
 * de chaque ligne lue (`meta.cursor`, avec l'option `step`), en comptant les fins de ligne.
 */
import * as maison from '../../src/lib/commun/csv.ts';
import { importer } from './paquets.ts';

interface ResultatPapa {
  data: string[];
  errors: { code: string; row?: number; message: string }[];
  meta: { delimiter: string; cursor: number };
}
interface Papa {
  parse(texte: string, options: object): { data: string[][]; errors: ResultatPapa['errors']; meta: ResultatPapa['meta'] };
  unparse(lignes: readonly (readonly string[])[], options: object): string;
}
const { default: Papa } = await importer<{ default: Papa }>('papaparse');

export const { SEPARATEURS, nomSeparateur, ErreurCsv } = maison;
export type Separateur = maison.Separateur;
export type EnregistrementCsv = maison.EnregistrementCsv;
export type LectureCsv = maison.LectureCsv;

export function detecterSeparateur(texte: string): maison.Separateur {
  // Papa Parse devine sur les 10 premières lignes (son fonctionnement par défaut).
  const { meta } = Papa.parse(texte.replace(/^\uFEFF/, ''), { delimitersToGuess: [...SEPARATEURS], preview: 10 });
  return (SEPARATEURS as readonly string[]).includes(meta.delimiter) ? (meta.delimiter as maison.Separateur) : ',';
}

function finsDeLigne(texte: string, debut: number, fin: number): number {
  let n = 0;
  for (let k = debut; k < fin; k++) {
    const c = texte.charCodeAt(k);
    if (c === 10 || (c === 13 && texte.charCodeAt(k + 1) !== 10)) n++;
  }
  return n;
}

export function lireCsv(texte: string, separateur: maison.Separateur = detecterSeparateur(texte)): maison.LectureCsv {
  const sansMarque = texte.replace(/^\uFEFF/, '');
  const enregistrements: maison.EnregistrementCsv[] = [];
  let position = 0;
  let ligne = 1;
  let erreur: ResultatPapa['errors'][number] | undefined;
  Papa.parse(sansMarque, {
    delimiter: separateur,
    skipEmptyLines: false,
    step: (r: ResultatPapa) => {
      // Les fins de ligne avant le début de cet enregistrement (lignes vides comprises).
      let debut = position;
      while (debut < sansMarque.length && (sansMarque[debut] === '\n' || sansMarque[debut] === '\r')) debut++;
      ligne += finsDeLigne(sansMarque, position, debut);
      if (r.errors.length > 0 && !erreur) erreur = { ...r.errors[0]!, row: ligne };
      if (!(r.data.length === 1 && r.data[0]!.trim() === '')) enregistrements.push({ ligne, valeurs: r.data });
      ligne += finsDeLigne(sansMarque, debut, r.meta.cursor);
      position = r.meta.cursor;
    },
  });
  if (erreur && erreur.code === 'MissingQuotes')
    // Même phrase que le projet : seule la ligne vient de la bibliothèque.
    throw new ErreurCsv(`ligne ${erreur.row} : un guillemet (") ouvert ici n'est jamais refermé ; vérifiez les guillemets de cette ligne`, erreur.row ?? 0);
  const [entete, ...reste] = enregistrements;
  return { separateur, entete: entete?.valeurs ?? [], ligneEntete: entete?.ligne ?? 1, enregistrements: reste };
}

export function ecrireCsv(lignes: readonly (readonly string[])[], separateur: maison.Separateur = ','): string {
  if (lignes.length === 0) return '';
  return `${Papa.unparse(lignes, { delimiter: separateur, newline: '\r\n', quotes: false, escapeFormulae: false })}\r\n`;
}

export function champCsv(valeur: string, separateur: maison.Separateur = ','): string {
  return Papa.unparse([[valeur]], { delimiter: separateur, newline: '\r\n', quotes: false });
}
