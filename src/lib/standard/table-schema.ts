/**
 * A small validator for Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/),
 * the format of the national standard's `schema.json`: header (every column, in order), number
 * of values per row, types (string, number, integer, boolean, date, datetime, year) and
 * constraints (required, unique, pattern, minLength, maxLength, enum, minimum, maximum),
 * primary key. It covers what the standard uses and refuses, rather than ignores, a schema
 * feature it does not know, so that a newer schema cannot be validated half-way in silence.
 *
 * Like the reference implementation (frictionless-py), a `pattern` must match the whole value
 * and an empty cell is a missing value. Messages are in French and name the line, the column,
 * the value, the allowed values and the closest one.
 */
import { lireCsv, ErreurCsv, type LectureCsv } from '../commun/csv.ts';
import { valeurLaPlusProche } from '../commun/suggestion.ts';

export interface ContraintesChamp {
  required?: boolean;
  unique?: boolean;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  enum?: readonly (string | number)[];
  minimum?: string | number;
  maximum?: string | number;
}

export interface ChampTableSchema {
  name: string;
  title?: string;
  description?: string;
  type?: string;
  format?: string;
  example?: string;
  constraints?: ContraintesChamp;
  trueValues?: readonly string[];
  falseValues?: readonly string[];
  decimalChar?: string;
  groupChar?: string;
  [autre: string]: unknown;
}

export interface TableSchema {
  fields: readonly ChampTableSchema[];
  primaryKey?: string | readonly string[];
  missingValues?: readonly string[];
  [autre: string]: unknown;
}

export type CodeErreurTable = 'entete' | 'nombre-de-valeurs' | 'obligatoire' | 'type' | 'motif' | 'longueur' | 'enumeration' | 'borne' | 'unique' | 'lecture';

/** One problem of a table, located by the line of the file. */
export interface ErreurTable {
  ligne: number;
  colonne?: string;
  valeur?: string;
  code: CodeErreurTable;
  message: string;
  valeursAutorisees?: readonly string[];
  suggestion?: string;
}

/** `ligne 5, colonne services : « … » n'est pas…`. */
export function formaterErreurTable(erreur: ErreurTable): string {
  return `ligne ${erreur.ligne}${erreur.colonne !== undefined ? `, colonne ${erreur.colonne}` : ''} : ${erreur.message}`;
}

const TYPES_CONNUS = new Set(['string', 'number', 'integer', 'boolean', 'date', 'datetime', 'year', 'any']);
const CONTRAINTES_CONNUES = new Set(['required', 'unique', 'pattern', 'minLength', 'maxLength', 'enum', 'minimum', 'maximum']);
const NOMBRE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_ISO = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const COURRIEL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Values of an « enumeration » pattern of the form `(?:(?:^|\|)(V1|V2|…))+$`, the form every
 * closed list of the standard uses (one or more values joined by `|`), or `undefined` for any
 * other pattern. Used to name the wrong value inside a list and suggest the closest one.
 */
export function valeursDuMotif(motif: string): string[] | undefined {
  const m = /^\(\?:\(\?:\^\|\\\|\)\((.*)\)\)\+\$$/s.exec(motif);
  if (!m) return undefined;
  const valeurs: string[] = [];
  let courante = '';
  const interieur = m[1]!;
  for (let i = 0; i < interieur.length; i++) {
    const c = interieur[i]!;
    if (c === '\\') {
      courante += interieur[i + 1] ?? '';
      i++;
    } else if (c === '(' || c === ')' || c === '[' || c === '*' || c === '+' || c === '?') {
      // A real regular expression inside a value: this reading would be wrong, give up.
      return undefined;
    } else if (c === '|') {
      valeurs.push(courante);
      courante = '';
    } else {
      courante += c;
    }
  }
  valeurs.push(courante);
  return valeurs;
}

function dateReelle(annee: number, mois: number, jour: number): boolean {
  const d = new Date(Date.UTC(annee, mois - 1, jour));
  return d.getUTCFullYear() === annee && d.getUTCMonth() === mois - 1 && d.getUTCDate() === jour;
}

type Lecture = { ok: true; valeur: string | number | boolean } | { ok: false; message: string };

interface ChampCompile {
  nom: string;
  requis: boolean;
  unique: boolean;
  lire: (brute: string) => Lecture;
  verifier: (brute: string, lue: string | number | boolean) => Omit<ErreurTable, 'ligne' | 'colonne' | 'valeur'> | undefined;
}

function citer(valeur: string): string {
  return `« ${valeur.length > 80 ? `${valeur.slice(0, 77)}…` : valeur} »`;
}

function lecteur(champ: ChampTableSchema): (brute: string) => Lecture {
  const type = champ.type ?? 'string';
  const format = champ.format ?? 'default';
  switch (type) {
    case 'any':
      return (v) => ({ ok: true, valeur: v });
    case 'string':
      if (format === 'default') return (v) => ({ ok: true, valeur: v });
      if (format === 'email') return (v) => (COURRIEL.test(v) ? { ok: true, valeur: v } : { ok: false, message: `${citer(v)} n'est pas une adresse e-mail` });
      if (format === 'uuid') return (v) => (UUID.test(v) ? { ok: true, valeur: v } : { ok: false, message: `${citer(v)} n'est pas un UUID` });
      if (format === 'uri')
        return (v) => {
          try {
            new URL(v);
            return { ok: true, valeur: v };
          } catch {
            return { ok: false, message: `${citer(v)} n'est pas une adresse (URI)` };
          }
        };
      break;
    case 'number': {
      const decimal = champ.decimalChar ?? '.';
      const groupe = champ.groupChar;
      return (v) => {
        if (v === 'NaN' || v === 'INF' || v === '-INF') return { ok: true, valeur: v === 'NaN' ? Number.NaN : v === 'INF' ? Infinity : -Infinity };
        let texte = groupe ? v.split(groupe).join('') : v;
        if (decimal !== '.') texte = texte.replace(decimal, '.');
        if (!NOMBRE.test(texte)) {
          const conseil = /^[+-]?\d+,\d+$/.test(v)
            ? ` : le séparateur décimal est le point, vouliez-vous dire ${citer(v.replace(',', '.'))} ?`
            : ' (exemple : 49.18)';
          return { ok: false, message: `${citer(v)} n'est pas un nombre${conseil}` };
        }
        return { ok: true, valeur: Number(texte) };
      };
    }
    case 'integer':
      return (v) => (/^[+-]?\d+$/.test(v) ? { ok: true, valeur: Number(v) } : { ok: false, message: `${citer(v)} n'est pas un nombre entier` });
    case 'boolean': {
      const vrais = champ.trueValues ?? ['true', 'True', 'TRUE', '1'];
      const faux = champ.falseValues ?? ['false', 'False', 'FALSE', '0'];
      return (v) =>
        vrais.includes(v)
          ? { ok: true, valeur: true }
          : faux.includes(v)
            ? { ok: true, valeur: false }
            : { ok: false, message: `${citer(v)} n'est pas un booléen (valeurs : ${[...vrais, ...faux].join(', ')})` };
    }
    case 'date':
      if (format === 'default')
        return (v) => {
          const m = DATE_ISO.exec(v);
          if (m && dateReelle(Number(m[1]), Number(m[2]), Number(m[3]))) return { ok: true, valeur: v };
          const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
          const conseil = fr ? ` ; vouliez-vous dire ${citer(`${fr[3]}-${fr[2]!.padStart(2, '0')}-${fr[1]!.padStart(2, '0')}`)} ?` : ' (exemple : 2024-04-02)';
          return { ok: false, message: `${citer(v)} n'est pas une date au format AAAA-MM-JJ${conseil}` };
        };
      if (format === 'any') return (v) => (Number.isNaN(Date.parse(v)) ? { ok: false, message: `${citer(v)} n'est pas une date` } : { ok: true, valeur: v });
      break;
    case 'datetime':
      if (format === 'default')
        return (v) =>
          DATETIME_ISO.test(v) && !Number.isNaN(Date.parse(v))
            ? { ok: true, valeur: v }
            : { ok: false, message: `${citer(v)} n'est pas une date et heure ISO 8601 (exemple : 2024-04-02T14:30:00Z)` };
      break;
    case 'year':
      return (v) => (/^\d{4}$/.test(v) ? { ok: true, valeur: Number(v) } : { ok: false, message: `${citer(v)} n'est pas une année (4 chiffres)` });
  }
  throw new Error(`schéma : le type « ${type} » au format « ${format} » du champ « ${champ.name} » n'est pas pris en charge par ce validateur`);
}

function compilerChamp(champ: ChampTableSchema, clePrimaire: readonly string[]): ChampCompile {
  const type = champ.type ?? 'string';
  if (!TYPES_CONNUS.has(type)) throw new Error(`schéma : le type « ${type} » du champ « ${champ.name} » n'est pas pris en charge par ce validateur`);
  const c = champ.constraints ?? {};
  for (const cle of Object.keys(c)) {
    if (!CONTRAINTES_CONNUES.has(cle))
      throw new Error(`schéma : la contrainte « ${cle} » du champ « ${champ.name} » n'est pas prise en charge par ce validateur`);
  }
  const motif = c.pattern !== undefined ? new RegExp(`^(?:${c.pattern})$`, 'u') : undefined;
  const listeDuMotif = c.pattern !== undefined ? valeursDuMotif(c.pattern) : undefined;
  const enumeration = c.enum?.map(String);
  const verifier: ChampCompile['verifier'] = (brute, lue) => {
    if (motif && type === 'string' && !motif.test(brute)) {
      if (listeDuMotif) return erreurListe(brute, listeDuMotif);
      return { code: 'motif', message: `${citer(brute)} ne respecte pas le format attendu (motif ${c.pattern})` };
    }
    const longueur = typeof lue === 'string' ? [...lue].length : undefined;
    if (longueur !== undefined && c.maxLength !== undefined && longueur > c.maxLength) {
      return { code: 'longueur', message: `le texte fait ${longueur} caractères, le maximum est ${c.maxLength}` };
    }
    if (longueur !== undefined && c.minLength !== undefined && longueur < c.minLength) {
      return { code: 'longueur', message: `le texte fait ${longueur} caractères, le minimum est ${c.minLength}` };
    }
    if (enumeration && !enumeration.includes(String(lue))) {
      const proche = valeurLaPlusProche(brute, enumeration);
      return {
        code: 'enumeration',
        message: `${citer(brute)} n'est pas une valeur autorisée.${proche ? ` Vouliez-vous dire ${citer(proche)} ?` : ''} Valeurs autorisées : ${enumeration.map(citer).join(', ')}.`,
        valeursAutorisees: enumeration,
        ...(proche ? { suggestion: proche } : {}),
      };
    }
    if (c.minimum !== undefined && lue < c.minimum) return { code: 'borne', message: `${citer(brute)} est inférieur au minimum ${c.minimum}` };
    if (c.maximum !== undefined && lue > c.maximum) return { code: 'borne', message: `${citer(brute)} est supérieur au maximum ${c.maximum}` };
    return undefined;
  };
  return {
    nom: champ.name,
    requis: c.required === true || clePrimaire.includes(champ.name),
    unique: c.unique === true || (clePrimaire.length === 1 && clePrimaire[0] === champ.name),
    lire: lecteur(champ),
    verifier,
  };
}

/** Problem of a cell of an « enumeration » column: names the wrong item and the closest value. */
function erreurListe(brute: string, autorisees: readonly string[]): Omit<ErreurTable, 'ligne' | 'colonne' | 'valeur'> {
  const elements = brute.split('|');
  const faux = elements.find((e) => !autorisees.includes(e));
  const liste = autorisees.length <= 12 ? ` Valeurs autorisées : ${autorisees.map(citer).join(', ')}.` : '';
  if (faux === undefined || faux === '') {
    return {
      code: 'enumeration',
      message: `${citer(brute)} contient une valeur vide : les valeurs sont séparées par un seul « | », sans « | » au début ni à la fin.${liste}`,
      valeursAutorisees: autorisees,
    };
  }
  const proche = valeurLaPlusProche(faux, autorisees);
  const separateur = !faux.includes(';') ? '' : ' Les valeurs multiples sont séparées par « | », pas par « ; ».';
  return {
    code: 'enumeration',
    message: `${citer(faux)} n'est pas une valeur autorisée.${proche ? ` Vouliez-vous dire ${citer(proche)} ?` : ''}${separateur}${liste}`,
    valeursAutorisees: autorisees,
    ...(proche ? { suggestion: proche } : {}),
  };
}

/** A schema prepared once (regular expressions compiled) for many tables. */
export interface ValidateurTable {
  colonnes: readonly string[];
  valider(table: Pick<LectureCsv, 'entete' | 'ligneEntete' | 'enregistrements'>): ErreurTable[];
}

/** Prepares a schema. Throws when it uses a feature this validator does not know. */
export function compilerTableSchema(schema: TableSchema): ValidateurTable {
  const clePrimaire = schema.primaryKey === undefined ? [] : typeof schema.primaryKey === 'string' ? [schema.primaryKey] : [...schema.primaryKey];
  const champs = schema.fields.map((f) => compilerChamp(f, clePrimaire));
  const manquantes = new Set(schema.missingValues ?? ['']);
  const colonnes = champs.map((c) => c.nom);
  return {
    colonnes,
    valider(table) {
      const erreurs: ErreurTable[] = [];
      erreurs.push(...verifierEntete(colonnes, table.entete, table.ligneEntete));
      const dejaVus = champs.map(() => new Map<string, number>());
      const clesVues = new Map<string, number>();
      const indicesCle = clePrimaire.map((nom) => colonnes.indexOf(nom));
      for (const { ligne, valeurs } of table.enregistrements) {
        if (valeurs.length !== champs.length) {
          erreurs.push({
            ligne,
            code: 'nombre-de-valeurs',
            message: `${valeurs.length} valeurs au lieu de ${champs.length} : vérifiez les séparateurs et les guillemets de cette ligne`,
          });
        }
        champs.forEach((champ, i) => {
          const brute = valeurs[i] ?? '';
          const localiser = { ligne, colonne: champ.nom, valeur: brute };
          if (manquantes.has(brute)) {
            if (champ.requis) erreurs.push({ ...localiser, code: 'obligatoire', message: 'valeur obligatoire manquante' });
            return;
          }
          const lue = champ.lire(brute);
          if (!lue.ok) {
            erreurs.push({ ...localiser, code: 'type', message: lue.message });
            return;
          }
          const probleme = champ.verifier(brute, lue.valeur);
          if (probleme) erreurs.push({ ...localiser, ...probleme });
          if (champ.unique) {
            const premiere = dejaVus[i]!.get(brute);
            if (premiere !== undefined)
              erreurs.push({
                ...localiser,
                code: 'unique',
                message: `${citer(brute)} figure déjà ligne ${premiere} : chaque valeur de cette colonne doit être unique`,
              });
            else dejaVus[i]!.set(brute, ligne);
          }
        });
        if (indicesCle.length > 1) {
          const cle = JSON.stringify(indicesCle.map((i) => valeurs[i] ?? ''));
          const premiere = clesVues.get(cle);
          if (premiere !== undefined)
            erreurs.push({ ligne, code: 'unique', message: `la clé primaire (${clePrimaire.join(', ')}) figure déjà ligne ${premiere}` });
          else clesVues.set(cle, ligne);
        }
      }
      return erreurs;
    },
  };
}

function verifierEntete(attendues: readonly string[], entete: readonly string[], ligne: number): ErreurTable[] {
  const erreurs: ErreurTable[] = [];
  const manquantes = attendues.filter((c) => !entete.includes(c));
  const inconnues = entete.filter((c) => !attendues.includes(c));
  for (const c of manquantes)
    erreurs.push({
      ligne,
      colonne: c,
      code: 'entete',
      message: `la colonne ${citer(c)} est absente de l'en-tête : le fichier doit contenir toutes les colonnes du schéma`,
    });
  for (const c of inconnues) {
    const proche = valeurLaPlusProche(c, manquantes);
    erreurs.push({
      ligne,
      colonne: c,
      valeur: c,
      code: 'entete',
      message: `la colonne ${citer(c)} n'appartient pas au schéma.${proche ? ` Vouliez-vous dire ${citer(proche)} ?` : ''}`,
      ...(proche ? { suggestion: proche } : {}),
    });
  }
  if (manquantes.length === 0 && inconnues.length === 0) {
    const rang = attendues.findIndex((c, i) => entete[i] !== c);
    if (rang !== -1) {
      erreurs.push({
        ligne,
        colonne: entete[rang]!,
        code: 'entete',
        message: `les colonnes ne sont pas dans l'ordre du schéma : la colonne ${rang + 1} devrait être ${citer(attendues[rang]!)}, pas ${citer(entete[rang]!)}`,
      });
    }
    const doublon = entete.find((c, i) => entete.indexOf(c) !== i);
    if (doublon !== undefined)
      erreurs.push({ ligne, colonne: doublon, code: 'entete', message: `la colonne ${citer(doublon)} figure deux fois dans l'en-tête` });
  }
  return erreurs;
}

/**
 * Validates a CSV text against a schema. The separator is the comma, as in the standard: a
 * file with another separator fails on its header.
 */
export function validerCsvAvecSchema(schema: TableSchema | ValidateurTable, texte: string): { erreurs: ErreurTable[]; nombreLignes: number } {
  const validateur = 'valider' in schema ? (schema as ValidateurTable) : compilerTableSchema(schema as TableSchema);
  let table: LectureCsv;
  try {
    table = lireCsv(texte, ',');
  } catch (erreur) {
    if (erreur instanceof ErreurCsv) return { erreurs: [{ ligne: erreur.ligne, code: 'lecture', message: erreur.message }], nombreLignes: 0 };
    throw erreur;
  }
  return { erreurs: validateur.valider(table), nombreLignes: table.enregistrements.length };
}
