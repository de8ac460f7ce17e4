/**
 * The one registry of the content collections: where their files live, which schema validates
 * them and how an entry gets its id. `src/content.config.ts` (the Astro build), the
 * `check:content` command, the import and the contribution tools all read it, so a collection
 * is declared once and validated the same way everywhere.
 */
import type { z } from 'astro/zod';
import { schemaLieu, type ContexteLieu } from './schemas/lieu.ts';
import { schemaActualite, schemaDocument, schemaGroupe, schemaMembre, schemaReunion, schemaRessource } from './schemas/entrees-collectif.ts';

export const DOSSIER_CONTENU = 'content';

/** What the registry says about one collection. */
export interface DefinitionCollection {
  /** Folder under `content/`. */
  dossier: string;
  /** Extensions of its entries. */
  extensions: readonly string[];
  /** Its schema; only places depend on the site (département, today's date). */
  schema: (contexte: ContexteLieu) => z.ZodType;
}

export const COLLECTIONS = {
  lieux: { dossier: 'lieux', extensions: ['md'], schema: schemaLieu },
  membres: { dossier: 'membres', extensions: ['md'], schema: () => schemaMembre },
  groupes: { dossier: 'groupes', extensions: ['md'], schema: () => schemaGroupe },
  actualites: { dossier: 'actualites', extensions: ['md'], schema: () => schemaActualite },
  ressources: { dossier: 'ressources', extensions: ['md'], schema: () => schemaRessource },
  reunions: { dossier: 'reunions', extensions: ['md'], schema: () => schemaReunion },
  charte: { dossier: 'charte', extensions: ['md', 'mdx'], schema: () => schemaDocument },
  convention: { dossier: 'convention', extensions: ['md', 'mdx'], schema: () => schemaDocument },
} as const satisfies Record<string, DefinitionCollection>;

export type NomCollection = keyof typeof COLLECTIONS;
export const NOMS_COLLECTIONS = Object.keys(COLLECTIONS) as NomCollection[];

/** The schema of a collection, with its precise type (the build types each collection's entries from it). */
export type SchemaCollection<N extends NomCollection> = ReturnType<(typeof COLLECTIONS)[N]['schema']>;

/** The schema of one collection for a site. */
export function schemaCollection<N extends NomCollection>(nom: N, contexte: ContexteLieu): SchemaCollection<N> {
  return COLLECTIONS[nom].schema(contexte) as SchemaCollection<N>;
}

/** The schema of every collection for a site, built once (a place's schema is built per département and day). */
export function schemasCollections(contexte: ContexteLieu): { [N in NomCollection]: SchemaCollection<N> } {
  return Object.fromEntries(NOMS_COLLECTIONS.map((nom) => [nom, schemaCollection(nom, contexte)])) as { [N in NomCollection]: SchemaCollection<N> };
}

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
