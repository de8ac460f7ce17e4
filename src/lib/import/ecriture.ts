/**
 * Disk side of the import: reading the existing places and the collective's configuration,
 * and writing the files all or nothing.
 *
 * Writing goes through a staging folder (`content/.import-en-cours/`), under a lock that keeps
 * a second import out (see {@link ecrireToutOuRien} and {@link prendreVerrou}): an import
 * stopped at any point, even killed, leaves `content/lieux/` as it was, at once or after the
 * next run has put it back.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { chargerCollectif } from '../contenu/chargement.ts';
import { COLLECTIONS, DOSSIER_CONTENU, idEntree } from '../contenu/collections.ts';
import { lireFrontmatter } from '../contenu/frontmatter.ts';
import { commentairesYaml, empreinte, type LieuExistant, type Operation } from './import-lieux.ts';
import { schemaCollectif } from '../contenu/schemas/configuration.ts';
import { contexteLieu } from '../contenu/validation.ts';
import type { ContexteLieu } from '../contenu/schemas/lieu.ts';

/** Folder of the places, relative to the project. */
export const DOSSIER_LIEUX = `${DOSSIER_CONTENU}/${COLLECTIONS.lieux.dossier}`;

/** Every `*.md` file of `content/lieux/` (templates `_*.md` excluded, as in the build). */
export function chargerLieuxExistants(racine: string, surProgression?: (fait: number, total: number) => void): LieuExistant[] {
  const dossier = join(racine, DOSSIER_LIEUX);
  if (!existsSync(dossier)) return [];
  const lieux: LieuExistant[] = [];
  const noms = readdirSync(dossier, { recursive: true, encoding: 'utf8' })
    .sort()
    .filter((nom) => {
      const fichier = basename(nom);
      // lstat: a symbolic link (refused by check:content) is neither read nor followed, even broken.
      return fichier.endsWith('.md') && !fichier.startsWith('_') && !fichier.startsWith('.') && lstatSync(join(dossier, nom)).isFile();
    });
  for (const [rang, nom] of noms.entries()) {
    if (rang % 200 === 0) surProgression?.(rang, noms.length);
    const complet = join(dossier, nom);
    const chemin = relative(racine, complet).split(sep).join('/');
    const texte = readFileSync(complet, 'utf8');
    const lecture = lireFrontmatter(texte);
    const relatif = relative(dossier, complet).split(sep).join('/');
    if (lecture.ok) {
      // The YAML parser's strings keep its whole working text alive (about 18 kB per file):
      // a copy keeps only the values, so that 20 000 places fit in about 100 MB.
      const { donnees, corps } = structuredClone({ donnees: lecture.donnees, corps: lecture.corps });
      const commentaires = commentairesYaml(texte);
      lieux.push({
        chemin,
        id: idEntree('lieux', relatif, donnees),
        donnees,
        corps,
        empreinte: empreinte(texte),
        ...(commentaires > 0 ? { commentaires } : {}),
      });
    } else {
      lieux.push({ chemin, id: idEntree('lieux', relatif, undefined), donnees: undefined, corps: '', erreurLecture: lecture.message });
    }
  }
  surProgression?.(noms.length, noms.length);
  return lieux;
}

/**
 * The place schema's context for the project under `racine`: the département of
 * `content/collectif.yaml`. Throws a French message when the configuration is missing or wrong,
 * since places cannot be checked without it.
 */
export function contexteDuProjet(racine: string, aujourdhui: string): ContexteLieu {
  const lecture = chargerCollectif(racine);
  if (lecture.erreurLecture !== undefined) throw new Error(`${lecture.chemin} : ${lecture.erreurLecture}`);
  const collectif = schemaCollectif.safeParse(lecture.donnees);
  if (!collectif.success) {
    throw new Error(
      `${lecture.chemin} n'est pas valide (lancez npm run check:content pour le détail) : impossible de savoir dans quel département les lieux doivent se trouver`,
    );
  }
  return contexteLieu(collectif.data, aujourdhui);
}

/** Staging folder of an import in progress: hidden, outside the collections' folders, never read by the site. */
export const DOSSIER_PREPARATION = `${DOSSIER_CONTENU}/.import-en-cours`;
/** Lock file of the import in progress. */
export const FICHIER_VERROU = `${DOSSIER_CONTENU}/.import.verrou`;

interface EntreeJournal {
  chemin: string;
  action: Operation['action'];
}

/** True while the process `pid` runs (on this machine). */
function processusVivant(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (erreur) {
    return (erreur as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the import lock, so that two imports never write at once (one would lose the other's
 * changes). A lock left by a process that no longer runs (killed) is taken over. Returns the
 * function that frees it, or the French reason why another import holds it.
 */
export function prendreVerrou(racine: string): { ok: true; liberer: () => void; repris?: string } | { ok: false; message: string } {
  const chemin = join(racine, FICHIER_VERROU);
  mkdirSync(dirname(chemin), { recursive: true });
  let repris: string | undefined;
  for (let essai = 0; essai < 2; essai++) {
    try {
      writeFileSync(chemin, JSON.stringify({ pid: process.pid, debut: new Date().toISOString() }), { flag: 'wx' });
      const liberer = () => supprimerSansErreur(chemin);
      return repris === undefined ? { ok: true, liberer } : { ok: true, liberer, repris };
    } catch (erreur) {
      if ((erreur as NodeJS.ErrnoException).code !== 'EEXIST') throw erreur;
    }
    let detenteur: { pid?: number; debut?: string } = {};
    try {
      detenteur = JSON.parse(readFileSync(chemin, 'utf8')) as typeof detenteur;
    } catch {
      // Unreadable: written by a process killed while writing it.
    }
    if (typeof detenteur.pid === 'number' && detenteur.pid !== process.pid && processusVivant(detenteur.pid)) {
      return {
        ok: false,
        message: `un autre import est en cours (processus ${detenteur.pid}, commencé ${detenteur.debut ?? 'à une heure inconnue'}) : attendez qu'il se termine, puis relancez. Rien n'a été écrit.`,
      };
    }
    repris = `le verrou d'un import arrêté avant la fin${typeof detenteur.pid === 'number' ? ` (processus ${detenteur.pid})` : ''} a été retiré`;
    supprimerSansErreur(chemin);
  }
  return { ok: false, message: `le verrou ${FICHIER_VERROU} ne peut pas être pris : supprimez-le s'il n'y a aucun import en cours. Rien n'a été écrit.` };
}

/**
 * Puts `content/` back as it was before an import that was stopped before the end (killed,
 * machine stopped), from its staging folder; does nothing when there is none. Safe to run
 * again if it is itself stopped. Returns what it did, in French, or `undefined`.
 */
export function reprendreImportInterrompu(racine: string): string | undefined {
  // Hidden temporary files of the earlier way of writing (`.x.md.import-<pid>.tmp`), left by a killed import.
  const lieux = join(racine, DOSSIER_LIEUX);
  const anciensTemporaires = existsSync(lieux) ? readdirSync(lieux).filter((nom) => /^\..+\.import-\d+\.tmp$/.test(nom)) : [];
  for (const nom of anciensTemporaires) supprimerSansErreur(join(lieux, nom));
  const dossier = join(racine, DOSSIER_PREPARATION);
  if (!existsSync(dossier))
    return anciensTemporaires.length > 0
      ? `${anciensTemporaires.length} fichiers temporaires d'un import arrêté avant la fin ont été supprimés de ${DOSSIER_LIEUX}/`
      : undefined;
  const journal = join(dossier, 'journal.json');
  const termine = existsSync(join(dossier, 'termine'));
  if (termine || !existsSync(journal)) {
    // Not yet started moving files (content untouched), or all moved: only the folder is left.
    rmSync(dossier, { recursive: true, force: true });
    return termine ? undefined : `un import arrêté avant la fin a laissé ${DOSSIER_PREPARATION}/ : il a été supprimé (content/ n'avait pas été modifié)`;
  }
  const entrees = JSON.parse(readFileSync(journal, 'utf8')) as EntreeJournal[];
  entrees.forEach((entree, rang) => {
    const final = join(racine, entree.chemin);
    if (entree.action === 'creation') {
      // Ours only if it is the staged file itself (same inode: placed by a hard link).
      const prepare = join(dossier, 'nouveaux', String(rang));
      if (existsSync(final) && existsSync(prepare) && statSync(final).ino === statSync(prepare).ino) unlinkSync(final);
    } else {
      const ancien = join(dossier, 'anciens', String(rang));
      if (existsSync(ancien)) writeFileSync(final, readFileSync(ancien));
    }
  });
  rmSync(dossier, { recursive: true, force: true });
  return `un import arrêté avant la fin avait commencé à écrire : les ${entrees.length} fichiers concernés ont été remis dans leur état d'origine`;
}

/**
 * Writes the files of an import, all or nothing. Everything is first written to a staging
 * folder (the new texts, a copy of each file to replace, and the list of files, last): if the
 * import stops there, `content/` is untouched and the next run deletes the folder. Then each
 * file takes its place (a new one by a hard link, which fails rather than replace a file that
 * appeared meanwhile; an updated one by an atomic rename). If that phase fails, or the import
 * is killed during it, the files are put back as they were, at once or by the next run
 * ({@link reprendreImportInterrompu}).
 */
export function ecrireToutOuRien(racine: string, operations: readonly Operation[], surProgression?: (fait: number, total: number) => void): void {
  const dossier = join(racine, DOSSIER_PREPARATION);
  if (existsSync(dossier))
    throw new Error(
      `${DOSSIER_PREPARATION}/ existe déjà (import arrêté avant la fin) : relancez l'import, qui remettra content/ en état. Aucun fichier de content/ n'a été modifié`,
    );
  const total = operations.length * 2;
  try {
    mkdirSync(join(dossier, 'nouveaux'), { recursive: true });
    mkdirSync(join(dossier, 'anciens'), { recursive: true });
    operations.forEach((operation, rang) => {
      const final = join(racine, operation.chemin);
      mkdirSync(dirname(final), { recursive: true });
      writeFileSync(join(dossier, 'nouveaux', String(rang)), operation.contenu, { encoding: 'utf8', flag: 'wx' });
      if (operation.action !== 'creation') copyFileSync(final, join(dossier, 'anciens', String(rang)));
      if (rang % 500 === 0) surProgression?.(rang, total);
    });
    const journal: EntreeJournal[] = operations.map((o) => ({ chemin: o.chemin, action: o.action }));
    writeFileSync(join(dossier, 'journal.json.tmp'), JSON.stringify(journal));
    // From this rename on, the next run knows which files to put back.
    renameSync(join(dossier, 'journal.json.tmp'), join(dossier, 'journal.json'));
  } catch (erreur) {
    rmSync(dossier, { recursive: true, force: true });
    throw new Error(`écriture impossible (${(erreur as Error).message}) : aucun fichier de content/ n'a été modifié`);
  }

  try {
    operations.forEach((operation, rang) => {
      const final = join(racine, operation.chemin);
      const prepare = join(dossier, 'nouveaux', String(rang));
      if (operation.action === 'creation') linkSync(prepare, final);
      else {
        // The staged file is consumed by the rename: keep a link for the rollback's records.
        linkSync(prepare, `${prepare}.place`);
        renameSync(`${prepare}.place`, final);
      }
      if (rang % 500 === 0) surProgression?.(operations.length + rang, total);
    });
    writeFileSync(join(dossier, 'termine'), '');
  } catch (erreur) {
    let message: string;
    try {
      reprendreImportInterrompu(racine);
      message = "les fichiers déjà écrits ont été remis dans leur état d'origine";
    } catch (erreurRetour) {
      message = `ATTENTION, les fichiers n'ont pas tous pu être remis dans leur état d'origine (${(erreurRetour as Error).message}) : relancez l'import pour terminer`;
    }
    throw new Error(`écriture interrompue (${(erreur as Error).message}) : ${message}`);
  }
  rmSync(dossier, { recursive: true, force: true });
  surProgression?.(total, total);
}

function supprimerSansErreur(chemin: string): void {
  try {
    unlinkSync(chemin);
  } catch {
    // Already gone.
  }
}
