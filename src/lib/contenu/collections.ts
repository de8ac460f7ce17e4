/**
 * The content collections: where their files live and how an entry gets its id. Shared by
 * `src/content.config.ts` (the Astro build) and the `check:content` command, so both read the
 * same files.
 */

export const DOSSIER_CONTENU = 'content';

export const COLLECTIONS = {
  lieux: { dossier: 'lieux', extensions: ['md'] },
  membres: { dossier: 'membres', extensions: ['md'] },
  groupes: { dossier: 'groupes', extensions: ['md'] },
  actualites: { dossier: 'actualites', extensions: ['md'] },
  ressources: { dossier: 'ressources', extensions: ['md'] },
  reunions: { dossier: 'reunions', extensions: ['md'] },
  charte: { dossier: 'charte', extensions: ['md', 'mdx'] },
  convention: { dossier: 'convention', extensions: ['md', 'mdx'] },
} as const satisfies Record<string, { dossier: string; extensions: readonly string[] }>;

export type NomCollection = keyof typeof COLLECTIONS;
export const NOMS_COLLECTIONS = Object.keys(COLLECTIONS) as NomCollection[];

/**
 * Glob pattern of a collection's entries. Files whose name starts with `_` (the `_modele.md`
 * templates) are not entries.
 */
export function motifCollection(nom: NomCollection): string {
  const { extensions } = COLLECTIONS[nom];
  return extensions.length === 1 ? `**/[^_]*.${extensions[0]}` : `**/[^_]*.{${extensions.join(',')}}`;
}

/**
 * Id of an entry: for places, the standard's `id` column (their primary key, also used in
 * exports); for the other collections, the file name without extension.
 */
export function idEntree(nom: NomCollection, cheminRelatif: string, donnees: unknown): string {
  if (nom === 'lieux' && donnees !== null && typeof donnees === 'object' && 'id' in donnees && typeof donnees.id === 'string') {
    return donnees.id;
  }
  const base = cheminRelatif.split('/').pop() ?? cheminRelatif;
  return base.replace(/\.[^.]+$/, '');
}
