/**
 * Row conversion of an import: the cells of one row of the file read as the values of a place's
 * columns (numbers with a decimal comma, several values in one cell, legacy v0.1 values and their
 * current equivalents), with the conversions noted once for the whole file.
 */
import { cite } from '../contenu/schemas/communs.ts';
import { COLONNES_MULTIPLES, listeDe, type Colonne } from '../standard/valeurs.ts';
import { equivalentAncien } from './ancien-standard.ts';
import type { Destination } from './colonnes.ts';

/** A problem of one row, in the user's terms: line of the file, column, value. */
export interface ProblemeLigne {
  ligne: number;
  colonne?: string;
  valeur?: string;
  message: string;
}

/** A legacy or non-standard value that was converted, with the lines where it occurs. */
export interface Conversion {
  colonneSource: string;
  valeurSource: string;
  colonneCible: string | null;
  valeurCible?: string;
  raison?: string;
  lignes: number[];
}

/** `ligne 4, colonne code_postal : …`. */
export function formaterProblemeLigne(p: ProblemeLigne): string {
  return `ligne ${p.ligne}${p.colonne ? `, colonne ${p.colonne}` : ''} : ${p.message}`;
}

const MULTIPLES = new Set<string>(COLONNES_MULTIPLES);
const NOMBRE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NOMBRE_VIRGULE = /^[+-]?\d+,\d+$/;

/** A value read from a cell: text, number (coordinates) or list. */
export type Valeur = string | number | string[];

/** Accumulates the notices that concern many rows, to report them once with their lines. */
export class Constats {
  private readonly groupes = new Map<string, Conversion>();
  noter(conversion: Omit<Conversion, 'lignes'>, ligne: number): void {
    const cle = JSON.stringify([conversion.colonneSource, conversion.valeurSource, conversion.colonneCible, conversion.valeurCible]);
    const groupe = this.groupes.get(cle);
    if (groupe) groupe.lignes.push(ligne);
    else this.groupes.set(cle, { ...conversion, lignes: [ligne] });
  }
  liste(): Conversion[] {
    return [...this.groupes.values()];
  }
}

/** A row read: its values by column, the file column each came from, its Markdown body, its problems. */
export interface LectureLigne {
  valeurs: Map<Colonne, Valeur>;
  origine: Map<Colonne, string>;
  corps?: string;
  problemes: ProblemeLigne[];
}

/** Reads the cells of one row (line `ligne` of the file) into the values of the standard's columns. */
export function lireLigne(
  ligne: number,
  cellules: readonly string[],
  destinations: readonly Destination[],
  entete: readonly string[],
  ancienne: boolean,
  constats: { conversions: Constats; separateurs: Constats },
): LectureLigne {
  const valeurs = new Map<Colonne, Valeur>();
  const origine = new Map<Colonne, string>();
  const problemes: ProblemeLigne[] = [];
  let corps: string | undefined;
  const ajouter = (colonne: Colonne, source: string, valeur: string | number) => {
    if (!origine.has(colonne)) origine.set(colonne, source);
    if (MULTIPLES.has(colonne)) {
      const liste = (valeurs.get(colonne) as string[] | undefined) ?? [];
      liste.push(String(valeur));
      valeurs.set(colonne, liste);
      return;
    }
    const deja = valeurs.get(colonne);
    if (deja !== undefined && deja !== valeur) {
      problemes.push({
        ligne,
        colonne: source,
        valeur: String(valeur),
        message: `deux colonnes donnent une valeur différente pour ${colonne} (${cite(String(deja))} et ${cite(String(valeur))}) : gardez-en une seule`,
      });
      return;
    }
    valeurs.set(colonne, valeur);
  };

  destinations.forEach((destination, i) => {
    const source = entete[i]!.trim();
    const brute = (cellules[i] ?? '').trim();
    if (brute === '') return;
    if (destination.colonne === null) {
      constats.conversions.noter(
        { colonneSource: source, valeurSource: '', colonneCible: null, raison: 'la clé BAN n’existe plus dans le standard v1.0 : colonne ignorée' },
        ligne,
      );
      return;
    }
    const colonne = destination.colonne;
    if (colonne === 'presentation_detail') {
      corps = brute;
      return;
    }
    if (colonne === 'latitude' || colonne === 'longitude') {
      if (NOMBRE.test(brute)) ajouter(colonne, source, Number(brute));
      else if (NOMBRE_VIRGULE.test(brute)) {
        constats.separateurs.noter(
          {
            colonneSource: source,
            valeurSource: 'virgule décimale',
            colonneCible: colonne,
            raison: 'la virgule décimale a été remplacée par un point (le standard écrit 49.18, pas 49,18)',
          },
          ligne,
        );
        ajouter(colonne, source, Number(brute.replace(',', '.')));
      } else ajouter(colonne, source, brute);
      return;
    }
    if (!MULTIPLES.has(colonne)) {
      ajouter(colonne, source, brute);
      return;
    }
    for (const element of decouper(colonne, source, brute, ancienne, ligne, constats.separateurs)) {
      const autorisees: readonly string[] | undefined = listeDe(colonne)?.valeurs;
      if (!autorisees || autorisees.includes(element)) {
        ajouter(colonne, source, element);
        continue;
      }
      const equivalent = equivalentAncien(destination.ancienne ?? colonne, element) ?? equivalentAncien(colonne, element);
      if (!equivalent) {
        ajouter(colonne, source, element);
        continue;
      }
      if (equivalent.colonne === null) {
        constats.conversions.noter({ colonneSource: source, valeurSource: element, colonneCible: null, raison: equivalent.raison }, ligne);
      } else {
        constats.conversions.noter({ colonneSource: source, valeurSource: element, colonneCible: equivalent.colonne, valeurCible: equivalent.valeur }, ligne);
        ajouter(equivalent.colonne, source, equivalent.valeur);
      }
    }
  });
  return corps === undefined ? { valeurs, origine, problemes } : { valeurs, origine, corps, problemes };
}

/**
 * The values of a multi-valued cell. v1.0 separates them with `|`; the legacy v0.1 and the
 * standard's own (stale) README use `;`, so a cell without `|` is also split on `;` (except
 * the free-text labels of a current file), with a notice in a current file.
 */
function decouper(colonne: Colonne, source: string, brute: string, ancienne: boolean, ligne: number, separateurs: Constats): string[] {
  let elements = brute.split('|');
  if (elements.length === 1 && brute.includes(';') && (colonne !== 'autres_formations_labels' || ancienne)) {
    elements = brute.split(';');
    if (!ancienne)
      separateurs.noter(
        {
          colonneSource: source,
          valeurSource: '« ; » entre les valeurs',
          colonneCible: colonne,
          raison: 'les valeurs séparées par « ; » ont été séparées ; le standard v1.0 utilise « | »',
        },
        ligne,
      );
  } else if (colonne === 'site_web' && elements.length === 1 && brute.includes(',')) {
    const morceaux = brute.split(/\s*,\s*/);
    if (morceaux.every((m) => /^https?:\/\//i.test(m))) {
      elements = morceaux;
      separateurs.noter(
        {
          colonneSource: source,
          valeurSource: '« , » entre les adresses',
          colonneCible: colonne,
          raison: 'les adresses séparées par « , » ont été séparées ; le standard v1.0 utilise « | »',
        },
        ligne,
      );
    }
  }
  return elements.map((e) => e.trim()).filter((e) => e !== '');
}
