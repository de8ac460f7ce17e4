/**
 * `csv.ts` réécrit avec csv-parse (lecture) : la détection du séparateur et l'écriture restent
 * celles du projet (csv-parse ne détecte pas le séparateur ; l'écriture est l'affaire de
 * csv-stringify). Options : marque UTF-8 retirée, nombre de colonnes libre (le projet signale
 * lui-même une ligne trop courte ou trop longue), guillemets tolérés au milieu d'un champ comme
 * le fait le projet, et `info` pour connaître la ligne de chaque enregistrement.
 */
import * as maison from '../../src/lib/commun/csv.ts';
import { importer } from './paquets.ts';

interface InfoCsvParse {
  record: string[];
  info: { lines: number };
}
const { parse } = await importer<{ parse(texte: string, options: object): InfoCsvParse[] }>('csv-parse/sync');

export const { SEPARATEURS, nomSeparateur, detecterSeparateur, champCsv, ecrireCsv, ErreurCsv } = maison;
export type Separateur = maison.Separateur;
export type EnregistrementCsv = maison.EnregistrementCsv;
export type LectureCsv = maison.LectureCsv;

export function lireCsv(texte: string, separateur: maison.Separateur = detecterSeparateur(texte)): maison.LectureCsv {
  let lus: InfoCsvParse[];
  try {
    lus = parse(texte, { delimiter: separateur, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true });
  } catch (erreur) {
    // Même phrase que le projet : seule la ligne vient de la bibliothèque (`lines` de son erreur).
    const e = erreur as { code?: string; lines?: number; message: string };
    if (e.code !== 'CSV_QUOTE_NOT_CLOSED') throw erreur;
    throw new ErreurCsv(`ligne ${e.lines ?? '?'} : un guillemet (") ouvert ici n'est jamais refermé ; vérifiez les guillemets de cette ligne`, e.lines ?? 0);
  }
  const enregistrements = lus
    .filter((l) => !(l.record.length === 1 && l.record[0]!.trim() === ''))
    // csv-parse donne la dernière ligne de l'enregistrement : on retire les retours à la ligne qu'il contient.
    .map((l) => ({ ligne: l.info.lines - l.record.reduce((n, v) => n + (v.match(/\r\n|\r|\n/g)?.length ?? 0), 0), valeurs: l.record }));
  const [entete, ...reste] = enregistrements;
  return { separateur, entete: entete?.valeurs ?? [], ligneEntete: entete?.ligne ?? 1, enregistrements: reste };
}
