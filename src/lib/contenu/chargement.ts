/**
 * Reads `content/` from disk for the validation: the site configuration, every entry of every
 * collection (templates `_*.md` excluded, as in the Astro build) and the list of `public/` files.
 *
 * Nothing is trusted: symbolic links are reported and never followed (a link named `logo.png`
 * could publish any file of the build machine), files must be UTF-8, and names are bounded.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { COLLECTIONS, DOSSIER_CONTENU, NOMS_COLLECTIONS } from './collections.ts';
import { lireFrontmatter, lireYaml } from './frontmatter.ts';
import { decoderFichier } from '../import/encodage.ts';
import type { FichierContenu, Probleme } from './validation.ts';

export const FICHIER_COLLECTIF = `${DOSSIER_CONTENU}/collectif.yaml`;

/** Longest file name accepted (in characters, extension included): the name becomes an address and a folder of the built site. */
export const LONGUEUR_MAX_NOM_FICHIER = 100;

/** Largest content file read (bytes): a page of text is a few kilobytes. */
export const TAILLE_MAX_FICHIER_CONTENU = 1_000_000;

const MESSAGE_LIEN = 'ce fichier est un lien symbolique : il est refusé (il pourrait publier un autre fichier de la machine) ; déposez le fichier lui-même';

/** Every regular file under a folder, and the symbolic links met (never followed). */
export function parcourirDossier(dossier: string): { fichiers: string[]; liens: string[] } {
  const fichiers: string[] = [];
  const liens: string[] = [];
  if (!lstatExiste(dossier)) return { fichiers, liens };
  if (lstatSync(dossier).isSymbolicLink()) return { fichiers, liens: [dossier] };
  const parcourir = (courant: string) => {
    for (const entree of readdirSync(courant, { withFileTypes: true })) {
      const chemin = join(courant, entree.name);
      if (entree.isSymbolicLink()) liens.push(chemin);
      else if (entree.isDirectory()) parcourir(chemin);
      else if (entree.isFile()) fichiers.push(chemin);
    }
  };
  parcourir(dossier);
  return { fichiers: fichiers.sort(), liens: liens.sort() };
}

function lstatExiste(chemin: string): boolean {
  try {
    lstatSync(chemin);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a content file as UTF-8 text. A file in another encoding would be published with
 * broken accents: it is refused with the way to convert it.
 */
export function lireTexteContenu(chemin: string): { ok: true; texte: string } | { ok: false; message: string } {
  const taille = lstatSync(chemin).size;
  if (taille > TAILLE_MAX_FICHIER_CONTENU) {
    return {
      ok: false,
      message: `le fichier fait ${taille} octets, le maximum est ${TAILLE_MAX_FICHIER_CONTENU} (1 Mo) : un texte de cette taille n'est pas une page du site`,
    };
  }
  const octets = readFileSync(chemin);
  try {
    return { ok: true, texte: new TextDecoder('utf-8', { fatal: true }).decode(octets) };
  } catch {
    const lecture = decoderFichier(octets);
    const encodage =
      lecture.ok && lecture.encodage !== 'utf-8'
        ? ` (il semble en ${lecture.encodage === 'windows-1252' ? 'Windows-1252, ou Latin-1' : lecture.encodage.toUpperCase()})`
        : '';
    return {
      ok: false,
      message: `le fichier n'est pas en UTF-8${encodage} : ses accents seraient publiés abîmés. Enregistrez-le en UTF-8 (éditeur de texte : Enregistrer sous › Encodage « UTF-8 » ; ou en ligne de commande : iconv -f WINDOWS-1252 -t UTF-8 ancien.md > nouveau.md)`,
    };
  }
}

/** Reads the site configuration `content/collectif.yaml` under `racine`. */
export function chargerCollectif(racine: string): { chemin: string; donnees: unknown; erreurLecture?: string } {
  const chemin = join(racine, FICHIER_COLLECTIF);
  if (!lstatExiste(chemin))
    return { chemin: FICHIER_COLLECTIF, donnees: undefined, erreurLecture: 'fichier absent : la configuration du collectif est obligatoire' };
  if (lstatSync(chemin).isSymbolicLink()) return { chemin: FICHIER_COLLECTIF, donnees: undefined, erreurLecture: MESSAGE_LIEN };
  const texte = lireTexteContenu(chemin);
  if (!texte.ok) return { chemin: FICHIER_COLLECTIF, donnees: undefined, erreurLecture: texte.message };
  // Lines of a YAML file are its own: no front matter line before them.
  const lecture = lireYaml(texte.texte, 0);
  return lecture.ok
    ? { chemin: FICHIER_COLLECTIF, donnees: lecture.donnees }
    : { chemin: FICHIER_COLLECTIF, donnees: undefined, erreurLecture: lecture.message };
}

/** Reads every entry of every collection under `racine/content`. */
export function chargerFichiers(racine: string): FichierContenu[] {
  const fichiers: FichierContenu[] = [];
  for (const collection of NOMS_COLLECTIONS) {
    const { dossier, extensions } = COLLECTIONS[collection];
    const contenu = parcourirDossier(join(racine, DOSSIER_CONTENU, dossier));
    const cheminRelatif = (chemin: string) => relative(racine, chemin).split(sep).join('/');
    for (const lien of contenu.liens) {
      fichiers.push({ chemin: cheminRelatif(lien), collection, donnees: undefined, erreurLecture: MESSAGE_LIEN, corps: '' });
    }
    for (const chemin of contenu.fichiers) {
      const nom = chemin.split(sep).pop() ?? '';
      const extension = nom.split('.').pop() ?? '';
      if (nom.startsWith('_') || nom.startsWith('.') || !(extensions as readonly string[]).includes(extension)) continue;
      const relatif = cheminRelatif(chemin);
      const echec = (message: string) => fichiers.push({ chemin: relatif, collection, donnees: undefined, erreurLecture: message, corps: '' });
      if ([...nom].length > LONGUEUR_MAX_NOM_FICHIER) {
        echec(`le nom du fichier fait ${[...nom].length} caractères, le maximum est ${LONGUEUR_MAX_NOM_FICHIER} : raccourcissez-le`);
        continue;
      }
      const texte = lireTexteContenu(chemin);
      if (!texte.ok) {
        echec(texte.message);
        continue;
      }
      const lecture = lireFrontmatter(texte.texte);
      if (!lecture.ok) {
        echec(lecture.message);
        continue;
      }
      // Line of the file where the body starts, so that body problems name the file's own lines.
      const ligneCorps = texte.texte.slice(0, texte.texte.length - lecture.corps.length).split('\n').length;
      fichiers.push({ chemin: relatif, collection, donnees: lecture.donnees, corps: lecture.corps, ligneCorps });
    }
  }
  return fichiers;
}

/** Paths of the files of `public/`, as the site serves them (`/ressources/fichiers/x.pdf`). */
export function chargerFichiersPublics(racine: string): Set<string> {
  const dossier = join(racine, 'public');
  return new Set(parcourirDossier(dossier).fichiers.map((f) => `/${relative(dossier, f).split(sep).join('/')}`));
}

/** Symbolic links of `public/`: Astro would copy the file they point to into the site. */
export function problemesLiensPublics(racine: string): Probleme[] {
  return parcourirDossier(join(racine, 'public')).liens.map((lien) => ({
    fichier: relative(racine, lien).split(sep).join('/'),
    champ: '',
    message: MESSAGE_LIEN,
  }));
}
