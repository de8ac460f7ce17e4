/**
 * Import of a file of places in the national standard (CSV v1.0.x, or legacy v0.1.x) into
 * `content/lieux/`: the analysis, without any disk access. It reads the decoded text, maps
 * legacy columns and values, validates every row with the site's own place schema
 * (`schemaLieu`, the one the build uses), and returns the files to write, the places that are
 * already up to date and the rejected rows with every problem, located by line and column.
 * `ecriture.ts` reads the disk and writes the files, all or nothing. The header is mapped by
 * `colonnes.ts`, each row read by `lecture-ligne.ts`, and the messages of a rejected row completed
 * by `conseils.ts`.
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
import { slugifier, slugLieu } from '../commun/slug.ts';
import { cite } from '../contenu/schemas/communs.ts';
import { problemePosition, schemaLieu, type ContexteLieu } from '../contenu/schemas/lieu.ts';
import { problemeMemeAdresse } from '../contenu/adresses-reservees.ts';
import { aVacancesScolaires, REMARQUE_VACANCES_SCOLAIRES } from '../horaires/validation.ts';
import { formaterTelephone } from '../territoire/telephone.ts';
import { HTML_DANGEREUX, problemesZod } from '../contenu/validation.ts';
import type { Colonne } from '../standard/valeurs.ts';
import { COLONNES_ANCIENNES } from './ancien-standard.ts';
import { analyserEntete } from './colonnes.ts';
import { conseil } from './conseils.ts';
import { Constats, lireLigne, type Conversion, type ProblemeLigne } from './lecture-ligne.ts';
import { fichierLieu } from './markdown.ts';

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
  /** Comment lines (`# …`) of its front matter: `--update` rewrites the file from its fields, without them. */
  commentaires?: number;
}

/** Comment lines of a file's front matter (between its two `---` lines). */
export function commentairesYaml(texte: string): number {
  const lignes = texte.split(/\r?\n/);
  if (lignes[0]?.trim() !== '---') return 0;
  const fin = lignes.indexOf('---', 1);
  return lignes.slice(1, fin === -1 ? undefined : fin).filter((l) => /^\s*#/.test(l)).length;
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
  const vide = (fatal: string, separateur: Separateur = ','): AnalyseImport => ({
    fatal,
    version: 'v1.0.x',
    separateur,
    avertissements: [],
    conversions: [],
    operations: [],
    inchanges: [],
    rejets: [],
    nombreLignes: 0,
    lignesVides: 0,
  });

  let table: ReturnType<typeof lireCsv>;
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
    avertissements.push(
      `les colonnes sont séparées par des ${separateur === ';' ? 'points-virgules (« ; »)' : 'tabulations'} et non par des virgules comme le demande le standard : le fichier a été lu avec ce séparateur`,
    );
  }
  if (en.ancienne) {
    avertissements.push(
      'le fichier suit l’ancienne version 0.1 du standard (colonnes ' +
        COLONNES_ANCIENNES.filter((c) => entete.some((e) => e.trim() === c)).join(', ') +
        ') : ses colonnes et ses valeurs sont converties vers la version 1.0 (détail ci-dessous)',
    );
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
  // Different ids with the same slug would be the same page and the same file.
  const premierParSlug = new Map<string, { id: string; ligne: number }>();
  for (const [id, lignes] of lignesParId) if (!premierParSlug.has(slugLieu(id))) premierParSlug.set(slugLieu(id), { id, ligne: lignes[0]! });

  const constats = { conversions: new Constats(), separateurs: new Constats() };
  const operations: Operation[] = [];
  const inchanges: AnalyseImport['inchanges'] = [];
  const rejets: RejetLigne[] = [];
  let lignesVides = 0;
  const total = enregistrements.length;
  /** Rows accepted with school-holiday (`SH`) rules, for one note. */
  const lignesVacances: number[] = [];

  enregistrements.forEach(({ ligne, valeurs: cellules }, rang) => {
    if (rang % 200 === 0) entree.surProgression?.(rang, total);
    if (cellules.every((c) => c.trim() === '')) {
      lignesVides++;
      return;
    }
    if (cellules.length !== entete.length) {
      rejets.push({
        ligne,
        problemes: [
          {
            ligne,
            message: `${cellules.length} valeurs au lieu de ${entete.length} (une par colonne de la première ligne) : vérifiez les séparateurs et les guillemets de cette ligne`,
          },
        ],
      });
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
      problemes.push({
        ligne,
        colonne: 'id',
        valeur: id,
        message: `l'identifiant ${cite(id)} figure sur plusieurs lignes (${doublons.join(', ')}) : chaque lieu doit avoir un identifiant unique`,
      });
    }

    const premier = id === undefined ? undefined : premierParSlug.get(slugLieu(id));
    if (id !== undefined && premier && premier.id !== id) {
      problemes.push({ ligne, colonne: 'id', valeur: id, message: problemeMemeAdresse(id, premier.id, `la ligne ${premier.ligne}`) });
    }

    // `--update` matches on the id as written, never on its slug.
    const existant = id === undefined ? undefined : existantsParId.get(id);
    const chemin = existant?.chemin ?? `${dossier}/${id === undefined ? '' : slugLieu(id)}.md`;
    if (!existant && id !== undefined && existantsParChemin.has(chemin)) {
      const occupant = existantsParChemin.get(chemin)!;
      problemes.push({
        ligne,
        colonne: 'id',
        valeur: id,
        message: `le fichier ${chemin} existe déjà et décrit un autre lieu (${occupant.erreurLecture ? `illisible : ${occupant.erreurLecture}` : `id ${cite(occupant.id)}`}) : changez l'identifiant ou le nom du fichier`,
      });
    }
    if (existant?.erreurLecture !== undefined) {
      problemes.push({
        ligne,
        colonne: 'id',
        valeur: id!,
        message: `le fichier existant ${existant.chemin} ne peut pas être lu (${existant.erreurLecture}) : corrigez-le avant l'import`,
      });
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
      problemes.push({
        ligne,
        colonne: 'presentation_detail',
        message: 'le texte contient du code HTML interdit (script, iframe, formulaire, attribut on…=, lien javascript:) : écrivez du texte simple',
      });
    }

    if (problemes.length > 0 || !resultat.success) {
      rejets.push({ ligne, ...(id === undefined ? {} : { id }), problemes });
      return;
    }
    const donnees = resultat.data as Record<string, unknown>;
    if (typeof donnees['horaires'] === 'string' && aVacancesScolaires(donnees['horaires'])) lignesVacances.push(ligne);
    // An overseas number written with +33 gets its own country code: say so, with the form shown.
    const telephoneEcrit = lecture.valeurs.get('telephone');
    if (
      typeof telephoneEcrit === 'string' &&
      /^(\+|00)\s*33/.test(telephoneEcrit.trim()) &&
      typeof donnees['telephone'] === 'string' &&
      !donnees['telephone'].startsWith('+33')
    ) {
      constats.conversions.noter(
        {
          colonneSource: nomColonne('telephone'),
          valeurSource: telephoneEcrit,
          colonneCible: 'telephone',
          valeurCible: donnees['telephone'],
          raison: `numéro d’outre-mer écrit avec l’indicatif +33 : son indicatif est ${/^\+\d{3}/.exec(donnees['telephone'])?.[0] ?? ''} (affiché ${formaterTelephone(donnees['telephone'])})`,
        },
        ligne,
      );
    }
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
          problemes: [
            {
              ligne,
              colonne: 'id',
              valeur: id!,
              message: `le lieu ${cite(id!)} existe déjà (${existant.chemin}) et le fichier importé le modifie${champsModifies.length > 0 ? ` (${champsModifies.join(', ')})` : ''} : relancez avec --update pour le mettre à jour`,
            },
          ],
        });
        return;
      }
      operations.push({ ligne, id: id!, chemin: existant.chemin, action: 'mise-a-jour', contenu, champsModifies });
      // Said before anything is written: the file is rewritten from its fields, so its YAML comments go.
      if (existant.commentaires)
        avertissements.push(
          `${existant.chemin} : ${existant.commentaires === 1 ? 'sa ligne de commentaire (commençant par #) sera retirée' : `ses ${existant.commentaires} lignes de commentaire (commençant par #) seront retirées`}, car --update réécrit le fichier à partir de ses champs ; recopiez-les après l’import si vous y tenez`,
        );
      return;
    }
    operations.push({ ligne, id: id!, chemin, action: 'creation', contenu, champsModifies: [] });
  });
  entree.surProgression?.(total, total);
  if (lignesVacances.length > 0) avertissements.push(`horaires des lignes ${lignesVacances.join(', ')} : ${REMARQUE_VACANCES_SCOLAIRES}`);

  const conversions = [...constats.separateurs.liste(), ...constats.conversions.liste()];
  return { version, separateur, avertissements, conversions, operations, inchanges, rejets, nombreLignes: total - lignesVides, lignesVides };
}

function champsDifferents(avant: Record<string, unknown>, apres: Record<string, unknown>): string[] {
  const cles = new Set([...Object.keys(avant), ...Object.keys(apres)]);
  return [...cles].filter((c) => JSON.stringify(avant[c]) !== JSON.stringify(apres[c]));
}
