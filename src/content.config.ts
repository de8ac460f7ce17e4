/**
 * Content collections: the files of `content/`, each collection defined from the registry of
 * `src/lib/contenu/collections.ts` (folder, schema, id), the one `npm run check:content` reads
 * too. References between collections are plain ids, checked by `src/lib/contenu/validation.ts`
 * before the build starts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  COLLECTIONS,
  DOSSIER_CONTENU,
  NOMS_COLLECTIONS,
  idEntree,
  motifCollection,
  schemasCollections,
  type NomCollection,
  type SchemaCollection,
} from './lib/contenu/collections.ts';
import { chargerCollectif } from './lib/contenu/chargement.ts';
import { aujourdhuiParis } from './lib/commun/date.ts';
import { schemaCollectif } from './lib/contenu/schemas/configuration.ts';
import { contexteLieu } from './lib/contenu/validation.ts';

const collectif = schemaCollectif.safeParse(chargerCollectif(process.cwd()).donnees);
const schemas = schemasCollections(contexteLieu(collectif.success ? collectif.data : undefined, aujourdhuiParis()));

function definir(nom: NomCollection) {
  return defineCollection({
    loader: glob({
      base: `./${DOSSIER_CONTENU}/${COLLECTIONS[nom].dossier}`,
      pattern: motifCollection(nom),
      generateId: ({ entry, data }) => idEntree(nom, entry, data),
    }),
    schema: schemas[nom],
  });
}

/** A collection as defined below, typed with its own schema (the build types each collection's entries from it). */
type CollectionDefinie<N extends NomCollection> = { loader: ReturnType<typeof glob>; schema: SchemaCollection<N> };

export const collections = Object.fromEntries(NOMS_COLLECTIONS.map((nom) => [nom, definir(nom)])) as { [N in NomCollection]: CollectionDefinie<N> };
