/**
 * `npm run nouveau -- lieu|membre|actualite|ressource|reunion`: creates a content file by asking
 * one question per field, with the site's own schemas to check each answer, or from a JSON file
 * (`--depuis`) for scripts. The terminal is behind a small interface (`Dialogue`) so that the
 * whole session is tested without one; `src/cli/nouveau.ts` only wires it to stdin/stdout.
 * The questions are in `questions.ts`, the file written in `fichier.ts`.
 */
import { ancreChamp, formaterAvecAide, lienAide } from '../../contenu/aide.ts';
import { TEXTE_SOUS_LES_CHAMPS, TYPES_NOUVEAU, dossierDe, schemaDe, type TypeNouveau } from '../champs.ts';
import { lireFrontmatter } from '../../contenu/frontmatter.ts';
import { cite } from '../../contenu/schemas/communs.ts';
import { valeurLaPlusProche } from '../../commun/suggestion.ts';
import type { Probleme } from '../../contenu/validation.ts';
import { TYPES, choix, idLibre, interpreter, questionsPour, verifierEntree, verifierReponse, type ContexteNouveau, type Question } from './questions.ts';
import { cheminLibre, cheminPour, texteDuFichier } from './fichier.ts';

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

  dialogue.dire(
    `Nouveau fichier : ${nom === 'actualites' || nom === 'ressources' || nom === 'reunions' ? 'une' : 'un'} ${type === 'actualite' ? 'actualité' : type === 'reunion' ? 'réunion' : type} dans ${dossierDe(nom)}/.`,
  );
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
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(base))
        dialogue.dire(`  ✗ ${cite(base)} n'est pas un nom de fichier valide : lettres minuscules sans accent, chiffres et tirets`);
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
    for (const message of verifierReponse(donnees[question.champ], question, contexte, nom))
      problemes.push({ fichier: source, champ: question.champ, message });
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
