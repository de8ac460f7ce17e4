/**
 * Disk side of the import: reading the existing places and the collective's configuration,
 * and writing the files all or nothing.
 *
 * Writing happens in two phases. Every file is first written next to its destination under a
 * hidden temporary name (`.x.md.import-<pid>.tmp`, ignored by the site, which only reads
 * `*.md`); if one write fails, the temporary files are removed and `content/` is untouched.
 * Then each temporary file takes its final name: a new file by a hard link, which fails
 * rather than replace a file that appeared meanwhile, an updated one by an atomic rename. If
 * that phase fails half-way, the files already placed are put back as they were.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { chargerCollectif } from '../contenu/chargement.ts';
import { COLLECTIONS, DOSSIER_CONTENU, idEntree } from '../contenu/collections.ts';
import { lireFrontmatter } from '../contenu/frontmatter.ts';
import { empreinte, type LieuExistant, type Operation } from './import-lieux.ts';
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
      return fichier.endsWith('.md') && !fichier.startsWith('_') && !fichier.startsWith('.') && statSync(join(dossier, nom)).isFile();
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
      lieux.push({ chemin, id: idEntree('lieux', relatif, donnees), donnees, corps, empreinte: empreinte(texte) });
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
    throw new Error(`${lecture.chemin} n'est pas valide (lancez npm run check:content pour le détail) : impossible de savoir dans quel département les lieux doivent se trouver`);
  }
  return contexteLieu(collectif.data, aujourdhui);
}

/** Writes the files of an import, all or nothing (see the module comment). */
export function ecrireToutOuRien(racine: string, operations: readonly Operation[], surProgression?: (fait: number, total: number) => void): void {
  const prets: { operation: Operation; temporaire: string; final: string; ancienTexte?: string }[] = [];
  try {
    for (const operation of operations) {
      const final = join(racine, operation.chemin);
      mkdirSync(dirname(final), { recursive: true });
      const temporaire = join(dirname(final), `.${basename(final)}.import-${process.pid}.tmp`);
      writeFileSync(temporaire, operation.contenu, { encoding: 'utf8', flag: 'wx' });
      prets.push({ operation, temporaire, final });
      if (prets.length % 500 === 0) surProgression?.(prets.length, operations.length * 2);
    }
  } catch (erreur) {
    for (const { temporaire } of prets) supprimerSansErreur(temporaire);
    throw new Error(`écriture impossible (${(erreur as Error).message}) : aucun fichier de content/ n'a été modifié`);
  }

  const places: typeof prets = [];
  try {
    for (const pret of prets) {
      if (pret.operation.action === 'creation') {
        linkSync(pret.temporaire, pret.final);
        unlinkSync(pret.temporaire);
      } else {
        // Read just before the replacement: this is the text to put back if a later file fails.
        pret.ancienTexte = readFileSync(pret.final, 'utf8');
        renameSync(pret.temporaire, pret.final);
      }
      places.push(pret);
      if (places.length % 500 === 0) surProgression?.(operations.length + places.length, operations.length * 2);
    }
  } catch (erreur) {
    const echecs: string[] = [];
    for (const { operation, final, ancienTexte } of places) {
      try {
        if (operation.action === 'creation') unlinkSync(final);
        else writeFileSync(final, ancienTexte ?? '', 'utf8');
      } catch {
        echecs.push(operation.chemin);
      }
    }
    for (const { temporaire } of prets) supprimerSansErreur(temporaire);
    const etat = echecs.length === 0 ? "les fichiers déjà écrits ont été remis dans leur état d'origine" : `ATTENTION, ces fichiers n'ont pas pu être remis dans leur état d'origine : ${echecs.join(', ')}`;
    throw new Error(`écriture interrompue (${(erreur as Error).message}) : ${etat}`);
  }
  surProgression?.(operations.length * 2, operations.length * 2);
}

function supprimerSansErreur(chemin: string): void {
  try {
    unlinkSync(chemin);
  } catch {
    // Already gone.
  }
}
