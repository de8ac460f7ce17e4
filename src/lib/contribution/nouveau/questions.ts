/**
 * The questions of `npm run nouveau`: one per field of the schema, with the site's help, the
 * allowed choices, the reading of an answer and its check with the field's own schema.
 */
import { z } from 'astro/zod';
import { AIDE_CHAMPS, REFERENCES, TYPES_NOUVEAU, dossierDe, formeSchema, libelleValeur, schemaDe, type TypeNouveau } from '../champs.ts';
import type { NomCollection } from '../../contenu/collections.ts';
import type { Commune } from '../../territoire/geo.ts';
import { decrireChamps, type ChampSchema } from '../../contenu/introspection.ts';
import { cite } from '../../contenu/schemas/communs.ts';
import type { ContexteLieu } from '../../contenu/schemas/lieu.ts';
import { slugifier } from '../../commun/slug.ts';
import { valeurLaPlusProche } from '../../commun/suggestion.ts';
import { problemesZod, type Probleme } from '../../contenu/validation.ts';

/** An entry another one can point to: its id and what to show. */
export interface Cible {
  id: string;
  libelle: string;
}

/** What the session needs to know about the project. */
export interface ContexteNouveau {
  /** Today, `AAAA-MM-JJ` (Europe/Paris). */
  aujourdhui: string;
  /** Département and date for the place schema. */
  contexteLieu: ContexteLieu;
  /** Existing entries, by collection, for references and unique ids. */
  existants: Partial<Record<NomCollection, readonly Cible[]>>;
  /** Whether a path relative to the project exists (never overwrite a file). */
  existe: (chemin: string) => boolean;
}

/** One question: a field of the schema with its help. */
export interface Question {
  champ: string;
  libelle: string;
  aide: string;
  exemple: unknown;
  description: ChampSchema;
  /** Collection the field points to. */
  reference?: NomCollection;
  /** Suggested answer, computed from the answers already given. */
  defaut?: (reponses: Record<string, unknown>) => unknown;
}

/** Types of content the command creates, in the order of the usage message. */
export const TYPES = Object.keys(TYPES_NOUVEAU) as TypeNouveau[];

/** Longest slug used for a file name, cut at a hyphen. */
const LONGUEUR_NOM = 60;

/** A file name (without `.md`) from a title: `Médiathèque « Les 7 Lieux »` → `mediatheque-les-7-lieux`. */
export function nomSur(texte: string, repli: string): string {
  let nom = slugifier(texte);
  if (nom.length > LONGUEUR_NOM) nom = nom.slice(0, LONGUEUR_NOM).replace(/-[^-]*$/, '') || nom.slice(0, LONGUEUR_NOM);
  return nom === '' ? repli : nom;
}

/** Communes of the département whose name matches, ignoring case and accents. */
function communeNommee(communes: readonly Commune[], nom: unknown): Commune | undefined {
  if (typeof nom !== 'string' || nom.trim() === '') return undefined;
  const cle = slugifier(nom);
  const trouvees = communes.filter((c) => slugifier(c.nom) === cle && c.type === 'COM');
  return trouvees.length === 1 ? trouvees[0] : communes.find((c) => slugifier(c.nom) === cle);
}

/** Questions for a type of content, in the order they are asked. */
export function questionsPour(type: TypeNouveau, contexte: ContexteNouveau): Question[] {
  const nom = TYPES_NOUVEAU[type];
  const champs = decrireChamps(formeSchema(nom, contexte.contexteLieu));
  const ordre = Object.keys(champs);
  // A place's id is suggested from its name: ask the name first.
  if (nom === 'lieux') {
    ordre.splice(ordre.indexOf('nom'), 1);
    ordre.splice(ordre.indexOf('id'), 0, 'nom');
  }
  const defauts: Record<string, Question['defaut']> = {
    id: (r) => (typeof r['nom'] === 'string' ? idLibre(nomSur(r['nom'], 'lieu'), contexte.existants.lieux ?? []) : undefined),
    code_postal: (r) => communeNommee(contexte.contexteLieu.communes, r['commune'])?.codesPostaux[0],
    code_insee: (r) => communeNommee(contexte.contexteLieu.communes, r['commune'])?.insee,
    date_maj: () => contexte.aujourdhui,
    date_adhesion: () => contexte.aujourdhui,
    date: () => contexte.aujourdhui,
  };
  return ordre.map((champ) => {
    const aide = AIDE_CHAMPS[nom][champ]!;
    const question: Question = { champ, libelle: aide.libelle, aide: aide.aide, exemple: aide.exemple, description: champs[champ]! };
    const reference = REFERENCES[nom]?.[champ];
    if (reference) question.reference = reference;
    const defaut = defauts[champ];
    if (defaut) question.defaut = defaut;
    return question;
  });
}

/** `base`, or `base-2`, `base-3`… when `base` is taken. */
export function idLibre(base: string, existants: readonly Cible[]): string {
  const pris = new Set(existants.map((c) => c.id));
  if (!pris.has(base)) return base;
  let n = 2;
  while (pris.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Choices offered for a question (allowed values, or existing entries of a reference). */
export function choix(question: Question, contexte: ContexteNouveau, nom: NomCollection): { valeur: string; libelle: string }[] {
  if (question.description.valeurs) {
    return question.description.valeurs.map((v) => ({ valeur: v, libelle: libelleValeur(nom, question.champ, v) }));
  }
  if (question.reference) return (contexte.existants[question.reference] ?? []).map((c) => ({ valeur: c.id, libelle: c.libelle }));
  return [];
}

const OUI = new Set(['o', 'oui', 'y', 'yes', 'true', 'vrai', '1']);
const NON = new Set(['n', 'non', 'no', 'false', 'faux', '0']);

/**
 * Turns one typed answer into the value to validate: a number picks a choice (several,
 * separated by commas, for a list), « oui »/« non » a boolean, a decimal comma a point.
 * An empty answer gives `undefined` (the caller applies the default).
 */
export function interpreter(texte: string, question: Question, options: readonly { valeur: string }[]): unknown {
  // The help says « entre guillemets » for the file; typed here, the quotes are not part of the value.
  const brut = texte
    .trim()
    .replace(/^"(.*)"$/s, '$1')
    .replace(/^«\s*(.*?)\s*»$/s, '$1');
  if (brut === '') return undefined;
  const d = question.description;
  const unChoix = (morceau: string): string => {
    const n = /^\d+$/.test(morceau) ? Number(morceau) : NaN;
    return options.length > 0 && n >= 1 && n <= options.length ? options[n - 1]!.valeur : morceau;
  };
  if (d.liste && options.length > 0)
    return brut
      .split(',')
      .map((m) => unChoix(m.trim()))
      .filter((m) => m !== '');
  if (options.length > 0) return unChoix(brut);
  if (d.nature === 'booleen') return OUI.has(brut.toLowerCase()) ? true : NON.has(brut.toLowerCase()) ? false : brut;
  if (d.nature === 'nombre') {
    const nombre = Number(brut.replace(',', '.'));
    return Number.isFinite(nombre) ? nombre : brut;
  }
  return brut;
}

const LOCALE = { error: z.locales.fr().localeError, reportInput: true } as const;

/**
 * French messages for one answer, from the field's own schema; then, for a reference, whether
 * the entry exists, and for a place's id, whether it is free. Empty when the answer is valid.
 */
export function verifierReponse(valeur: unknown, question: Question, contexte: ContexteNouveau, nom: NomCollection): string[] {
  if (valeur === undefined) {
    return question.description.obligatoire ? ['champ obligatoire manquant'] : [];
  }
  const resultat = question.description.schema.safeParse(valeur, LOCALE);
  if (!resultat.success)
    return problemesZod('', resultat.error, question.description.schema, valeur).map((p) => (p.champ === '' ? p.message : `${p.champ} : ${p.message}`));
  if (question.reference) {
    const cibles = (contexte.existants[question.reference] ?? []).map((c) => c.id);
    const valeurs = Array.isArray(valeur) ? valeur : [valeur];
    return valeurs
      .filter((v): v is string => typeof v === 'string' && !cibles.includes(v))
      .map((v) => {
        const proche = valeurLaPlusProche(v, cibles);
        return `${cite(v)} ne correspond à aucun fichier de ${dossierDe(question.reference!)}/ (référence introuvable).${proche ? ` Vouliez-vous dire ${cite(proche)} ?` : ''}`;
      });
  }
  if (nom === 'lieux' && question.champ === 'id' && (contexte.existants.lieux ?? []).some((c) => c.id === valeur)) {
    return [`l'identifiant ${cite(valeur)} est déjà utilisé par un autre lieu : chaque lieu doit avoir un identifiant unique`];
  }
  return [];
}

/** Problems of the whole entry (rules between fields: dates in order, a link or a file…). */
export function verifierEntree(type: TypeNouveau, donnees: Record<string, unknown>, contexte: ContexteNouveau, fichier = ''): Probleme[] {
  const schema = schemaDe(TYPES_NOUVEAU[type], contexte.contexteLieu);
  const resultat = schema.safeParse(donnees, LOCALE);
  return resultat.success ? [] : problemesZod(fichier, resultat.error, schema, donnees);
}
