/**
 * `npm run nouveau -- lieu|membre|actualite|ressource|reunion`: creates a content file by asking
 * one question per field, with the site's own schemas to check each answer, or from a JSON file
 * (`--depuis`) for scripts. The terminal is behind a small interface (`Dialogue`) so that the
 * whole session is tested without one; `src/cli/nouveau.ts` only wires it to stdin/stdout.
 */
import { existsSync, linkSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { ancreChamp, formaterAvecAide, lienAide } from '../../contenu/aide.ts';
import { AIDE_CHAMPS, REFERENCES, TEXTE_SOUS_LES_CHAMPS, TYPES_NOUVEAU, dossierDe, formeSchema, libelleValeur, schemaDe, type TypeNouveau } from '../champs.ts';
import type { NomCollection } from '../../contenu/collections.ts';
import type { Commune } from '../../territoire/geo.ts';
import { lireFrontmatter } from '../../contenu/frontmatter.ts';
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
  const brut = texte.trim().replace(/^"(.*)"$/s, '$1').replace(/^«\s*(.*?)\s*»$/s, '$1');
  if (brut === '') return undefined;
  const d = question.description;
  const unChoix = (morceau: string): string => {
    const n = /^\d+$/.test(morceau) ? Number(morceau) : NaN;
    return options.length > 0 && n >= 1 && n <= options.length ? options[n - 1]!.valeur : morceau;
  };
  if (d.liste && options.length > 0) return brut.split(',').map((m) => unChoix(m.trim())).filter((m) => m !== '');
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
  if (!resultat.success) return problemesZod('', resultat.error, question.description.schema, valeur).map((p) => (p.champ === '' ? p.message : `${p.champ} : ${p.message}`));
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

/** The terminal, as the session sees it. */
export interface Dialogue {
  /** Shows `invite` and returns the typed line, or null when the input is closed. */
  demander(invite: string): Promise<string | null>;
  /** Writes a line of text. */
  dire(texte: string): void;
}

/** Raised when the input ends before the last question: nothing is written. */
export class SaisieInterrompue extends Error {}

/** Result of a session: the file to write and its text. */
export interface Creation {
  chemin: string;
  contenu: string;
}

function afficherValeur(valeur: unknown): string {
  if (Array.isArray(valeur)) return valeur.join(', ');
  if (typeof valeur === 'boolean') return valeur ? 'oui' : 'non';
  return String(valeur);
}

/**
 * Asks every question of a type of content, re-asking a refused answer with the schema's
 * message, then checks the whole entry (re-asking the fields a rule between fields names), and
 * returns the file to create. Throws `SaisieInterrompue` if the input ends.
 */
export async function questionner(type: TypeNouveau, dialogue: Dialogue, contexte: ContexteNouveau): Promise<Creation> {
  const nom = TYPES_NOUVEAU[type];
  const questions = questionsPour(type, contexte);
  const reponses: Record<string, unknown> = {};
  const lire = async (invite: string): Promise<string> => {
    const ligne = await dialogue.demander(invite);
    if (ligne === null) throw new SaisieInterrompue('La saisie s’est arrêtée avant la dernière question : aucun fichier n’a été écrit.');
    return ligne;
  };

  dialogue.dire(`Nouveau fichier : ${nom === 'actualites' || nom === 'ressources' || nom === 'reunions' ? 'une' : 'un'} ${type === 'actualite' ? 'actualité' : type === 'reunion' ? 'réunion' : type} dans ${dossierDe(nom)}/.`);
  dialogue.dire('Appuyez sur Entrée pour garder la valeur proposée entre crochets, ou pour passer un champ facultatif.');

  const poser = async (question: Question): Promise<void> => {
    const options = choix(question, contexte, nom);
    const d = question.description;
    const statut = d.auMoinsUn ? 'obligatoire, au moins une valeur' : d.obligatoire ? 'obligatoire' : 'facultatif';
    dialogue.dire('');
    dialogue.dire(`${question.libelle} (${question.champ}, ${statut})`);
    dialogue.dire(`  ${question.aide}`);
    if (options.length > 0) {
      options.forEach((o, i) => dialogue.dire(`  ${String(i + 1).padStart(3)}. ${o.libelle === o.valeur ? o.valeur : `${o.libelle} (${o.valeur})`}`));
      dialogue.dire(d.liste ? '  Tapez un ou plusieurs numéros séparés par des virgules (ou les valeurs).' : '  Tapez le numéro (ou la valeur).');
    } else if (d.liste) {
      dialogue.dire('  Une valeur par ligne ; une ligne vide pour terminer.');
    }
    if (question.exemple !== undefined && options.length === 0) dialogue.dire(`  Exemple : ${afficherValeur(question.exemple)}`);
    for (;;) {
      const defaut = question.defaut?.(reponses);
      const invite = defaut === undefined ? '> ' : `[${afficherValeur(defaut)}] > `;
      let valeur: unknown;
      if (d.liste && options.length === 0) {
        const lignes: string[] = [];
        for (let ligne = (await lire(invite)).trim(); ligne !== ''; ligne = (await lire('+ ')).trim()) lignes.push(ligne);
        valeur = lignes.length > 0 ? lignes : undefined;
      } else {
        valeur = interpreter(await lire(invite), question, options);
      }
      if (valeur === undefined && defaut !== undefined) valeur = defaut;
      const erreurs = verifierReponse(valeur, question, contexte, nom);
      if (erreurs.length === 0) {
        if (valeur === undefined) delete reponses[question.champ];
        else reponses[question.champ] = valeur;
        return;
      }
      for (const erreur of erreurs) dialogue.dire(`  ✗ ${erreur}`);
      dialogue.dire(`  Aide : ${lienAide(ancreChamp(nom, question.champ))}. Recommencez :`);
    }
  };

  for (const question of questions) await poser(question);

  // Rules between fields: re-ask the field each problem names until the entry passes.
  for (let problemes = verifierEntree(type, reponses, contexte); problemes.length > 0; problemes = verifierEntree(type, reponses, contexte)) {
    dialogue.dire('');
    for (const p of problemes) dialogue.dire(`✗ ${p.champ === '' ? '' : `${p.champ} : `}${p.message}`);
    const champ = problemes[0]!.champ.replace(/[[.].*$/, '');
    const question = questions.find((q) => q.champ === champ);
    if (!question) throw new Error(`problème sur un champ inattendu : ${problemes[0]!.champ}`);
    await poser(question);
  }

  dialogue.dire('');
  dialogue.dire(`Texte sous les champs : ${TEXTE_SOUS_LES_CHAMPS[nom]}`);
  dialogue.dire('  Une ou plusieurs lignes ; une ligne vide pour terminer (vous pourrez compléter le fichier ensuite).');
  const corps: string[] = [];
  for (let ligne = await lire('> '); ligne.trim() !== ''; ligne = await lire('+ ')) corps.push(ligne);

  const donnees = (schemaDe(nom, contexte.contexteLieu).parse(reponses) ?? {}) as Record<string, unknown>;
  let chemin = cheminPour(type, reponses);
  if (contexte.existe(chemin)) {
    const libre = cheminLibre(chemin, contexte.existe);
    dialogue.dire('');
    dialogue.dire(`Le fichier ${chemin} existe déjà : il ne sera pas remplacé.`);
    for (;;) {
      const reponse = (await lire(`Nom du nouveau fichier, sans .md [${libre.split('/').pop()!.replace(/\.md$/, '')}] > `)).trim();
      const candidat = reponse === '' ? libre : `${dossierDe(nom)}/${reponse.replace(/\.md$/, '')}.md`;
      const base = candidat.split('/').pop()!.replace(/\.md$/, '');
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(base)) dialogue.dire(`  ✗ ${cite(base)} n'est pas un nom de fichier valide : lettres minuscules sans accent, chiffres et tirets`);
      else if (contexte.existe(candidat)) dialogue.dire(`  ✗ ${candidat} existe aussi.`);
      else {
        chemin = candidat;
        break;
      }
    }
  }
  return { chemin, contenu: verifierTexte(type, texteDuFichier(type, donnees, corps.join('\n')), contexte, chemin) };
}

/** Reads the written text back and validates it: the file is valid as written, not only in memory. */
function verifierTexte(type: TypeNouveau, contenu: string, contexte: ContexteNouveau, chemin: string): string {
  const lecture = lireFrontmatter(contenu);
  if (!lecture.ok) throw new Error(`${chemin} : ${lecture.message}`);
  const problemes = verifierEntree(type, lecture.donnees as Record<string, unknown>, contexte, chemin);
  if (problemes.length > 0) throw new Error(problemes.map((p) => formaterAvecAide(p, { nom: TYPES_NOUVEAU[type] })).join('\n'));
  return contenu;
}

/** Defaults applied to the fields a JSON file leaves out (today's date…). */
function avecDefauts(type: TypeNouveau, donnees: Record<string, unknown>, contexte: ContexteNouveau): Record<string, unknown> {
  const complet = { ...donnees };
  for (const question of questionsPour(type, contexte)) {
    if (complet[question.champ] === undefined && question.defaut) {
      const defaut = question.defaut(complet);
      if (defaut !== undefined) complet[question.champ] = defaut;
    }
  }
  return complet;
}

/**
 * `--depuis fichier.json`: the same checks without questions. Returns the file to create, or
 * every problem (in the `check:content` format, with the link to the help) and nothing to write.
 * A taken name gets a suffix (`-2`); so does a place's taken id, with a notice.
 */
export function depuisJson(
  type: TypeNouveau,
  json: unknown,
  source: string,
  contexte: ContexteNouveau,
): { ok: true; creation: Creation; avis: string[] } | { ok: false; lignes: string[] } {
  const nom = TYPES_NOUVEAU[type];
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, lignes: [`${source} : le fichier doit contenir un objet JSON { "champ": valeur, … }`] };
  }
  const { texte = '', ...champs } = json as Record<string, unknown>;
  const avis: string[] = [];
  const donnees = avecDefauts(type, champs, contexte);
  if (nom === 'lieux' && typeof donnees['id'] === 'string') {
    const libre = idLibre(donnees['id'], contexte.existants.lieux ?? []);
    if (libre !== donnees['id']) {
      avis.push(`L'identifiant ${cite(donnees['id'])} est déjà utilisé par un autre lieu : le lieu est créé sous l'identifiant ${cite(libre)}.`);
      donnees['id'] = libre;
    }
  }
  const problemes: Probleme[] = [...verifierEntree(type, donnees, contexte, source)];
  if (typeof texte !== 'string') problemes.push({ fichier: source, champ: 'texte', message: 'doit être un texte (le texte Markdown sous les champs)' });
  for (const question of questionsPour(type, contexte)) {
    if (!question.reference || problemes.some((p) => p.champ.startsWith(question.champ))) continue;
    for (const message of verifierReponse(donnees[question.champ], question, contexte, nom)) problemes.push({ fichier: source, champ: question.champ, message });
  }
  if (problemes.length > 0) return { ok: false, lignes: problemes.map((p) => formaterAvecAide(p, { nom })) };
  const sortie = schemaDe(nom, contexte.contexteLieu).parse(donnees) as Record<string, unknown>;
  const voulu = cheminPour(type, donnees);
  const chemin = cheminLibre(voulu, contexte.existe);
  if (chemin !== voulu) avis.push(`Le fichier ${voulu} existe déjà : il n'est pas remplacé, le nouveau fichier est ${chemin}.`);
  return { ok: true, creation: { chemin, contenu: verifierTexte(type, texteDuFichier(type, sortie, texte as string), contexte, chemin) }, avis };
}

/** Usage message of the command. */
export const USAGE = [
  'Usage : npm run nouveau -- <type> [--depuis fichier.json]',
  `  <type> : ${TYPES.join(', ')}`,
  '  Sans --depuis, la commande pose une question par champ.',
  '  --depuis fichier.json : crée le fichier sans question, à partir des champs du fichier JSON',
  '                          (et "texte" pour le texte sous les champs).',
  'Aide : CONTRIBUTING.md#commande-nouveau',
].join('\n');

/** Reads the command line: the type of content and the optional `--depuis` file. */
export function lireArgumentsNouveau(args: readonly string[]): { ok: true; type: TypeNouveau; depuis?: string } | { ok: false; message: string; aide?: true } {
  let type: string | undefined;
  let depuis: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--aide' || arg === '-h' || arg === '--help') return { ok: false, message: USAGE, aide: true };
    if (arg === '--depuis' || arg.startsWith('--depuis=')) {
      depuis = arg === '--depuis' ? args[++i] : arg.slice('--depuis='.length);
      if (depuis === undefined || depuis === '') return { ok: false, message: `--depuis attend le chemin d'un fichier JSON.\n${USAGE}` };
    } else if (arg.startsWith('-')) return { ok: false, message: `Option inconnue : ${cite(arg)}.\n${USAGE}` };
    else if (type === undefined) type = arg;
    else return { ok: false, message: `Un seul type à la fois (reçu ${cite(type)} et ${cite(arg)}).\n${USAGE}` };
  }
  if (type === undefined) return { ok: false, message: `Indiquez le type de contenu à créer.\n${USAGE}` };
  if (!(TYPES as string[]).includes(type)) {
    const proche = valeurLaPlusProche(type, TYPES);
    return { ok: false, message: `Type inconnu : ${cite(type)}.${proche ? ` Vouliez-vous dire ${cite(proche)} ?` : ''}\n${USAGE}` };
  }
  return depuis === undefined ? { ok: true, type: type as TypeNouveau } : { ok: true, type: type as TypeNouveau, depuis };
}

/** Existence of a path relative to a project folder. */
export function existeSous(racine: string): (chemin: string) => boolean {
  return (chemin) => existsSync(join(racine, chemin));
}
