/**
 * Import of a file of places in the national standard (CSV v1.0.x, or legacy v0.1.x) into
 * `content/lieux/`: the analysis, without any disk access. It reads the decoded text, maps
 * legacy columns and values, validates every row with the site's own place schema
 * (`schemaLieu`, the one the build uses), and returns the files to write, the places that are
 * already up to date and the rejected rows with every problem, located by line and column.
 * `import-ecriture.ts` reads the disk and writes the files, all or nothing.
 *
 * Rules that protect the collective's content:
 * - a place that exists (same `id`) is never overwritten without `miseAJour` (`--update`);
 *   an import that would change nothing is « inchangé » and needs no option;
 * - with `miseAJour`, the fields the import does not give (column absent or cell empty) and
 *   the Markdown body (unless the file has a `presentation_detail`) are kept: an empty cell
 *   never deletes anything;
 * - every conversion (legacy value, `;` between values, decimal comma…) is reported.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { lireCsv, ErreurCsv, type Separateur } from '../commun/csv.ts';
import { COLONNES_ANCIENNES, RENOMMAGES, equivalentAncien, type ColonneAncienne } from './ancien-standard.ts';
import { fichierLieu } from './markdown.ts';
import { cite } from '../contenu/schemas/communs.ts';
import { problemePosition, schemaLieu, type ContexteLieu } from '../contenu/schemas/lieu.ts';
import { slugifier } from '../commun/slug.ts';
import { COLONNES, COLONNES_MULTIPLES, listeDe, type Colonne } from '../standard/valeurs.ts';
import { valeurLaPlusProche } from '../commun/suggestion.ts';
import { normaliserTelephone, formaterTelephone } from '../territoire/telephone.ts';
import { HTML_DANGEREUX, problemesZod } from '../contenu/validation.ts';

/** A file of `content/lieux/` as found on disk. */
export interface LieuExistant {
  /** Path relative to the project, `content/lieux/x.md`. */
  chemin: string;
  /** Id of the place (front matter `id`, or the file name when it cannot be read). */
  id: string;
  donnees: unknown;
  corps: string;
  /** SHA-1 of the file's text: a file the import would write identically is « inchangé » at once. */
  empreinte?: string;
  erreurLecture?: string;
}

/** Fingerprint of a file's text, for `LieuExistant.empreinte`. */
export function empreinte(texte: string): string {
  return createHash('sha1').update(texte).digest('hex');
}

export interface OptionsImport {
  /** `--update`: update the places that already exist. */
  miseAJour?: boolean;
  /** Skip the rejected rows instead of importing nothing. */
  ignorerRejets?: boolean;
}

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

/** A file the import creates or updates. */
export interface Operation {
  ligne: number;
  id: string;
  chemin: string;
  action: 'creation' | 'mise-a-jour';
  contenu: string;
  champsModifies: string[];
}

export interface RejetLigne {
  ligne: number;
  id?: string;
  problemes: ProblemeLigne[];
}

export interface AnalyseImport {
  /** A problem with the whole file: nothing can be imported. */
  fatal?: string;
  version: 'v1.0.x' | 'v0.1.x';
  separateur: Separateur;
  avertissements: string[];
  conversions: Conversion[];
  operations: Operation[];
  inchanges: { ligne: number; id: string; chemin: string }[];
  rejets: RejetLigne[];
  /** Rows of the file, blank rows excluded. */
  nombreLignes: number;
  lignesVides: number;
}

export interface EntreeAnalyse {
  texte: string;
  contexte: ContexteLieu;
  existants: readonly LieuExistant[];
  options?: OptionsImport;
  /** Folder of the places, relative to the project. */
  dossier?: string;
  surProgression?: (fait: number, total: number) => void;
}

/** `ligne 4, colonne code_postal : …`. */
export function formaterProblemeLigne(p: ProblemeLigne): string {
  return `ligne ${p.ligne}${p.colonne ? `, colonne ${p.colonne}` : ''} : ${p.message}`;
}

/* ------------------------------------------------------------------------------------------ */
/* Header                                                                                      */
/* ------------------------------------------------------------------------------------------ */

type Destination = { colonne: Colonne; ancienne?: ColonneAncienne } | { colonne: null; ancienne: ColonneAncienne };

const CONNUES: readonly string[] = [...COLONNES, ...COLONNES_ANCIENNES];

function nomNormalise(nom: string): string {
  return nom
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

function analyserEntete(entete: readonly string[]): { destinations: Destination[]; avertissements: string[]; fatal?: string; ancienne: boolean } {
  const avertissements: string[] = [];
  const inconnues: string[] = [];
  const destinations: Destination[] = [];
  const vues = new Map<string, number>();
  entete.forEach((brut, i) => {
    const nom = brut.trim();
    const connu = CONNUES.includes(nom) ? nom : CONNUES.find((c) => nomNormalise(c) === nomNormalise(nom));
    if (connu === undefined) {
      inconnues.push(nom);
      return;
    }
    if (connu !== nom) avertissements.push(`la colonne ${cite(nom)} a été lue comme ${cite(connu)}, le nom exact du standard`);
    const deja = vues.get(connu);
    if (deja !== undefined) {
      inconnues.push(`${nom} (deux fois : colonnes ${deja + 1} et ${i + 1})`);
      return;
    }
    vues.set(connu, i);
    if ((COLONNES as readonly string[]).includes(connu)) destinations[i] = { colonne: connu as Colonne };
    else {
      const ancienne = connu as ColonneAncienne;
      const cible = RENOMMAGES[ancienne];
      destinations[i] = cible === null ? { colonne: null, ancienne } : { colonne: cible, ancienne };
    }
  });
  if (inconnues.length > 0) {
    const details = inconnues.map((nom) => {
      const proche = valeurLaPlusProche(nom, CONNUES);
      return `${cite(nom)}${proche ? ` (vouliez-vous dire ${cite(proche)} ?)` : ''}`;
    });
    return {
      destinations,
      avertissements,
      ancienne: false,
      fatal: `la première ligne contient des colonnes inconnues ou en double : ${details.join(', ')}. Renommez-les avec les noms du standard (${COLONNES.length} colonnes : ${COLONNES.join(', ')}) ou supprimez-les.`,
    };
  }
  if (!vues.has('id')) {
    return { destinations, avertissements, ancienne: false, fatal: 'la colonne « id » est absente : elle donne l’identifiant unique de chaque lieu (et le nom de son fichier dans content/lieux/).' };
  }
  const ancienne = COLONNES_ANCIENNES.some((c) => vues.has(c));
  if (!ancienne) {
    const absentes = COLONNES.filter((c) => !vues.has(c));
    if (absentes.length > 0) {
      avertissements.push(`le fichier n'a pas toutes les colonnes du standard (absentes : ${absentes.join(', ')}) : ces champs ne sont pas modifiés`);
    }
  }
  return { destinations, avertissements, ancienne };
}

/* ------------------------------------------------------------------------------------------ */
/* Cells                                                                                       */
/* ------------------------------------------------------------------------------------------ */

const MULTIPLES = new Set<string>(COLONNES_MULTIPLES);
const NOMBRE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NOMBRE_VIRGULE = /^[+-]?\d+,\d+$/;

type Valeur = string | number | string[];

/** Accumulates the notices that concern many rows, to report them once with their lines. */
class Constats {
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

/** Lines of a notice, shortened for large files: « 2, 5, 9 » or « 2, 5, 9… (1 204 lignes) ». */
export function resumeLignes(lignes: readonly number[]): string {
  const n = lignes.length;
  const debut = lignes.slice(0, 8).join(', ');
  return n <= 8 ? `ligne${n > 1 ? 's' : ''} ${debut}` : `lignes ${debut}… (${new Intl.NumberFormat('fr-FR').format(n)} lignes)`;
}

interface LectureLigne {
  valeurs: Map<Colonne, Valeur>;
  origine: Map<Colonne, string>;
  corps?: string;
  problemes: ProblemeLigne[];
}

function lireLigne(
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
      problemes.push({ ligne, colonne: source, valeur: String(valeur), message: `deux colonnes donnent une valeur différente pour ${colonne} (${cite(String(deja))} et ${cite(String(valeur))}) : gardez-en une seule` });
      return;
    }
    valeurs.set(colonne, valeur);
  };

  destinations.forEach((destination, i) => {
    const source = entete[i]!.trim();
    const brute = (cellules[i] ?? '').trim();
    if (brute === '') return;
    if (destination.colonne === null) {
      constats.conversions.noter({ colonneSource: source, valeurSource: '', colonneCible: null, raison: 'la clé BAN n’existe plus dans le standard v1.0 : colonne ignorée' }, ligne);
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
        constats.separateurs.noter({ colonneSource: source, valeurSource: 'virgule décimale', colonneCible: colonne, raison: 'la virgule décimale a été remplacée par un point (le standard écrit 49.18, pas 49,18)' }, ligne);
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
    if (!ancienne) separateurs.noter({ colonneSource: source, valeurSource: '« ; » entre les valeurs', colonneCible: colonne, raison: 'les valeurs séparées par « ; » ont été séparées ; le standard v1.0 utilise « | »' }, ligne);
  } else if (colonne === 'site_web' && elements.length === 1 && brute.includes(',')) {
    const morceaux = brute.split(/\s*,\s*/);
    if (morceaux.every((m) => /^https?:\/\//i.test(m))) {
      elements = morceaux;
      separateurs.noter({ colonneSource: source, valeurSource: '« , » entre les adresses', colonneCible: colonne, raison: 'les adresses séparées par « , » ont été séparées ; le standard v1.0 utilise « | »' }, ligne);
    }
  }
  return elements.map((e) => e.trim()).filter((e) => e !== '');
}

/* ------------------------------------------------------------------------------------------ */
/* Messages                                                                                    */
/* ------------------------------------------------------------------------------------------ */

/**
 * Advice for the mistakes spreadsheets make, added to (or replacing) the schema's message:
 * leading zeros eaten (postcodes, INSEE codes, phone numbers, SIRET), SIRET in scientific
 * notation, French dates, several phone numbers in one cell.
 */
function conseil(colonne: string, valeur: string, message: string, ligne: Map<Colonne, Valeur>, contexte: ContexteLieu): string {
  const commune = typeof ligne.get('commune') === 'string' ? (ligne.get('commune') as string) : undefined;
  if ((colonne === 'code_postal' || colonne === 'code_insee') && /^\d{4}$/.test(valeur)) {
    const corrige = `0${valeur}`;
    const communes = contexte.communes.filter((c) => (colonne === 'code_postal' ? c.codesPostaux.includes(corrige) : c.insee === corrige));
    const confirme = communes.find((c) => commune !== undefined && nomNormalise(c.nom) === nomNormalise(commune));
    const preuve = confirme ? ` (c'est bien ${colonne === 'code_postal' ? 'le code postal' : 'le code INSEE'} ${/^[aeiouyhâéèêîôûAEIOUYHÂÉÈÊÎÔÛ]/.test(confirme.nom) ? 'd’' : 'de '}${confirme.nom})` : communes.length > 0 ? ` (${communes.slice(0, 3).map((c) => c.nom).join(', ')})` : '';
    return `${cite(valeur)} n'a que 4 chiffres : le zéro du début a sans doute été supprimé par le tableur. Vouliez-vous dire ${cite(corrige)}${preuve} ? Dans le tableur, mettez la colonne au format Texte avant de saisir ou d'enregistrer.`;
  }
  if (colonne === 'pivot' && /^\d+(?:[.,]\d+)?E\+?\d+$/i.test(valeur)) {
    return `${cite(valeur)} est un SIRET que le tableur a transformé en nombre en notation scientifique : ses derniers chiffres sont perdus. Reprenez le SIRET (14 chiffres) sur annuaire-entreprises.data.gouv.fr et mettez la colonne au format Texte.`;
  }
  if (colonne === 'pivot' && /^\d{13}$/.test(valeur)) {
    return `${message} Il manque un chiffre : si le SIRET commence par 0, le tableur l'a supprimé ; vouliez-vous dire ${cite(`0${valeur}`)} ?`;
  }
  if (colonne === 'telephone') {
    if (/^[1-9]\d{8}$/.test(valeur)) {
      const corrige = normaliserTelephone(`0${valeur}`);
      if (corrige) return `${cite(valeur)} n'a que 9 chiffres : le zéro du début a sans doute été supprimé par le tableur. Vouliez-vous dire ${cite(formaterTelephone(corrige))} ?`;
    }
    if (/[|;/]|\d{10}.*\d{10}/.test(valeur.replace(/[\s.]/g, ''))) {
      return `${message} Le standard n'admet qu'un seul numéro par lieu : gardez le numéro principal.`;
    }
  }
  if (colonne === 'date_maj') {
    const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(valeur);
    if (fr) return `${cite(valeur)} n'est pas au format AAAA-MM-JJ du standard. Vouliez-vous dire ${cite(`${fr[3]}-${fr[2]!.padStart(2, '0')}-${fr[1]!.padStart(2, '0')}`)} ?`;
  }
  if (colonne === 'id' && valeur !== '') {
    const slug = slugifier(valeur);
    if (slug !== '' && slug !== valeur) return `${message} Vouliez-vous dire ${cite(slug)} ?`;
  }
  // The schema's messages are written for YAML files; quotes mean nothing in a CSV cell.
  return message.replace(/", entre guillemets\)/g, '")');
}

/* ------------------------------------------------------------------------------------------ */
/* Analysis                                                                                    */
/* ------------------------------------------------------------------------------------------ */

function corpsNormalise(corps: string | undefined): string {
  return (corps ?? '').trim();
}

function estObjet(valeur: unknown): valeur is Record<string, unknown> {
  return valeur !== null && typeof valeur === 'object' && !Array.isArray(valeur);
}

/** Analyses a decoded CSV text: what would be created, updated, left unchanged or rejected. */
export function analyserImport(entree: EntreeAnalyse): AnalyseImport {
  const options = entree.options ?? {};
  const dossier = entree.dossier ?? 'content/lieux';
  const vide = (fatal: string, separateur: Separateur = ','): AnalyseImport => ({ fatal, version: 'v1.0.x', separateur, avertissements: [], conversions: [], operations: [], inchanges: [], rejets: [], nombreLignes: 0, lignesVides: 0 });

  let table;
  try {
    table = lireCsv(entree.texte);
  } catch (erreur) {
    if (erreur instanceof ErreurCsv) return vide(erreur.message);
    throw erreur;
  }
  const { separateur, entete, enregistrements } = table;
  if (entete.length === 0) return vide('le fichier est vide', separateur);
  const en = analyserEntete(entete);
  const version = en.ancienne ? 'v0.1.x' : 'v1.0.x';
  const avertissements: string[] = [];
  if (separateur !== ',') {
    avertissements.push(`les colonnes sont séparées par des ${separateur === ';' ? 'points-virgules (« ; »)' : 'tabulations'} et non par des virgules comme le demande le standard : le fichier a été lu avec ce séparateur`);
  }
  if (en.ancienne) {
    avertissements.push('le fichier suit l’ancienne version 0.1 du standard (colonnes ' + COLONNES_ANCIENNES.filter((c) => entete.some((e) => e.trim() === c)).join(', ') + ') : ses colonnes et ses valeurs sont converties vers la version 1.0 (détail ci-dessous)');
  }
  avertissements.push(...en.avertissements);
  if (en.fatal) return { ...vide(en.fatal, separateur), version, avertissements };

  const schema = schemaLieu(entree.contexte);
  const existantsParId = new Map<string, LieuExistant>();
  const existantsParChemin = new Map<string, LieuExistant>();
  for (const existant of entree.existants) {
    if (!existantsParId.has(existant.id)) existantsParId.set(existant.id, existant);
    existantsParChemin.set(existant.chemin, existant);
  }

  // Ids used more than once in the file: every such row is rejected (which one is right?).
  const colonneId = en.destinations.findIndex((d) => d?.colonne === 'id');
  const lignesParId = new Map<string, number[]>();
  for (const { ligne, valeurs } of enregistrements) {
    const id = (valeurs[colonneId] ?? '').trim();
    if (id !== '') lignesParId.set(id, [...(lignesParId.get(id) ?? []), ligne]);
  }

  const constats = { conversions: new Constats(), separateurs: new Constats() };
  const operations: Operation[] = [];
  const inchanges: AnalyseImport['inchanges'] = [];
  const rejets: RejetLigne[] = [];
  let lignesVides = 0;
  const total = enregistrements.length;

  enregistrements.forEach(({ ligne, valeurs: cellules }, rang) => {
    if (rang % 200 === 0) entree.surProgression?.(rang, total);
    if (cellules.every((c) => c.trim() === '')) {
      lignesVides++;
      return;
    }
    if (cellules.length !== entete.length) {
      rejets.push({ ligne, problemes: [{ ligne, message: `${cellules.length} valeurs au lieu de ${entete.length} (une par colonne de la première ligne) : vérifiez les séparateurs et les guillemets de cette ligne` }] });
      return;
    }
    const lecture = lireLigne(ligne, cellules, en.destinations, entete, en.ancienne, constats);
    const problemes = lecture.problemes;
    const id = typeof lecture.valeurs.get('id') === 'string' ? (lecture.valeurs.get('id') as string) : undefined;
    const nomColonne = (colonne: string) => {
      const source = lecture.origine.get(colonne as Colonne);
      return source === undefined || source === colonne ? colonne : `${source} → ${colonne}`;
    };

    const doublons = id === undefined ? undefined : lignesParId.get(id);
    if (id !== undefined && doublons && doublons.length > 1) {
      problemes.push({ ligne, colonne: 'id', valeur: id, message: `l'identifiant ${cite(id)} figure sur plusieurs lignes (${doublons.join(', ')}) : chaque lieu doit avoir un identifiant unique` });
    }

    const existant = id === undefined ? undefined : existantsParId.get(id);
    const chemin = existant?.chemin ?? `${dossier}/${id ?? ''}.md`;
    if (!existant && id !== undefined && existantsParChemin.has(chemin)) {
      const occupant = existantsParChemin.get(chemin)!;
      problemes.push({ ligne, colonne: 'id', valeur: id, message: `le fichier ${chemin} existe déjà et décrit un autre lieu (${occupant.erreurLecture ? `illisible : ${occupant.erreurLecture}` : `id ${cite(occupant.id)}`}) : changez l'identifiant ou le nom du fichier` });
    }
    if (existant?.erreurLecture !== undefined) {
      problemes.push({ ligne, colonne: 'id', valeur: id!, message: `le fichier existant ${existant.chemin} ne peut pas être lu (${existant.erreurLecture}) : corrigez-le avant l'import` });
    }

    const importees = Object.fromEntries(lecture.valeurs);
    const base = existant && estObjet(existant.donnees) ? existant.donnees : {};
    const fusion: Record<string, unknown> = { ...base, ...importees };
    const corps = lecture.corps ?? existant?.corps ?? '';

    const resultat = schema.safeParse(fusion, { reportInput: true, error: z.locales.fr().localeError });
    if (!resultat.success) {
      for (const p of problemesZod(chemin, resultat.error, schema, fusion)) {
        const m = /^([^[.]+)(?:\[(\d+)\])?/.exec(p.champ);
        const colonne = m?.[1] ?? p.champ;
        const brute = m?.[2] !== undefined ? (fusion[colonne] as unknown[] | undefined)?.[Number(m[2]) - 1] : fusion[colonne];
        const valeur = brute === undefined ? undefined : Array.isArray(brute) ? brute.join('|') : String(brute);
        const venantDuFichier = existant !== undefined && !lecture.valeurs.has(colonne as Colonne);
        let message = conseil(colonne, valeur ?? '', p.message, lecture.valeurs, entree.contexte);
        if (colonne === 'id' && valeur === undefined) {
          const nom = lecture.valeurs.get('nom');
          if (typeof nom === 'string' && slugifier(nom) !== '') message += ` : indiquez un identifiant unique, par exemple ${cite(slugifier(nom))}`;
        }
        if (valeur !== undefined && !message.includes(cite(valeur)) && !message.includes(valeur)) message = `${cite(valeur)} : ${message}`;
        if (venantDuFichier) message += ` (valeur actuelle de ${existant.chemin}, absente du fichier importé)`;
        problemes.push({ ligne, colonne: nomColonne(colonne), ...(valeur === undefined ? {} : { valeur }), message });
      }
      // Zod skips the whole-object position rule when a field fails: check it on its own.
      if (!resultat.error.issues.some((i) => i.path[0] === 'latitude' || i.path[0] === 'longitude')) {
        const position = problemePosition(fusion['latitude'], fusion['longitude'], entree.contexte);
        if (position) problemes.push({ ligne, colonne: nomColonne(position.champ), valeur: String(fusion[position.champ] ?? ''), message: position.message });
      }
    }
    if (lecture.corps !== undefined && HTML_DANGEREUX.test(lecture.corps)) {
      problemes.push({ ligne, colonne: 'presentation_detail', message: 'le texte contient du code HTML interdit (script, iframe, formulaire, attribut on…=, lien javascript:) : écrivez du texte simple' });
    }

    if (problemes.length > 0 || !resultat.success) {
      rejets.push({ ligne, ...(id === undefined ? {} : { id }), problemes });
      return;
    }
    const donnees = resultat.data as Record<string, unknown>;
    const contenu = fichierLieu(donnees, corps);
    if (existant && existant.empreinte !== undefined && existant.empreinte === empreinte(contenu)) {
      inchanges.push({ ligne, id: id!, chemin: existant.chemin });
      return;
    }
    if (existant) {
      const actuel = schema.safeParse(existant.donnees);
      const champsModifies = actuel.success ? champsDifferents(actuel.data as Record<string, unknown>, donnees) : [];
      const corpsModifie = corpsNormalise(corps) !== corpsNormalise(existant.corps);
      if (actuel.success && champsModifies.length === 0 && !corpsModifie) {
        inchanges.push({ ligne, id: id!, chemin: existant.chemin });
        return;
      }
      if (corpsModifie) champsModifies.push('presentation_detail');
      if (!options.miseAJour) {
        rejets.push({
          ligne,
          id: id!,
          problemes: [{ ligne, colonne: 'id', valeur: id!, message: `le lieu ${cite(id!)} existe déjà (${existant.chemin}) et le fichier importé le modifie${champsModifies.length > 0 ? ` (${champsModifies.join(', ')})` : ''} : relancez avec --update pour le mettre à jour` }],
        });
        return;
      }
      operations.push({ ligne, id: id!, chemin: existant.chemin, action: 'mise-a-jour', contenu, champsModifies });
      return;
    }
    operations.push({ ligne, id: id!, chemin, action: 'creation', contenu, champsModifies: [] });
  });
  entree.surProgression?.(total, total);

  const conversions = [...constats.separateurs.liste(), ...constats.conversions.liste()];
  return { version, separateur, avertissements, conversions, operations, inchanges, rejets, nombreLignes: total - lignesVides, lignesVides };
}

function champsDifferents(avant: Record<string, unknown>, apres: Record<string, unknown>): string[] {
  const cles = new Set([...Object.keys(avant), ...Object.keys(apres)]);
  return [...cles].filter((c) => JSON.stringify(avant[c]) !== JSON.stringify(apres[c]));
}
