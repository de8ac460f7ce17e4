/**
 * Content collections: files of `content/`, validated with the schemas of `src/lib/contenu/schemas/`
 * (the same ones `npm run check:content` uses). References between collections are plain ids,
 * checked by `src/lib/contenu/validation.ts` before the build starts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, DOSSIER_CONTENU, idEntree, motifCollection, type NomCollection } from './lib/contenu/collections.ts';
import { chargerCollectif } from './lib/contenu/chargement.ts';
import { aujourdhuiParis } from './lib/commun/date.ts';
import { schemaLieu } from './lib/contenu/schemas/lieu.ts';
import { schemaActualite, schemaDocument, schemaGroupe, schemaMembre, schemaReunion, schemaRessource } from './lib/contenu/schemas/entrees-collectif.ts';
import { schemaCollectif } from './lib/contenu/schemas/configuration.ts';
import { contexteLieu } from './lib/contenu/validation.ts';

const collectif = schemaCollectif.safeParse(chargerCollectif(process.cwd()).donnees);

function chargeur(nom: NomCollection) {
  return glob({
    base: `./${DOSSIER_CONTENU}/${COLLECTIONS[nom].dossier}`,
    pattern: motifCollection(nom),
    generateId: ({ entry, data }) => idEntree(nom, entry, data),
  });
}

export const collections = {
  lieux: defineCollection({
    loader: chargeur('lieux'),
    schema: schemaLieu(contexteLieu(collectif.success ? collectif.data : undefined, aujourdhuiParis())),
  }),
  membres: defineCollection({ loader: chargeur('membres'), schema: schemaMembre }),
  groupes: defineCollection({ loader: chargeur('groupes'), schema: schemaGroupe }),
  actualites: defineCollection({ loader: chargeur('actualites'), schema: schemaActualite }),
  ressources: defineCollection({ loader: chargeur('ressources'), schema: schemaRessource }),
  reunions: defineCollection({ loader: chargeur('reunions'), schema: schemaReunion }),
  charte: defineCollection({ loader: chargeur('charte'), schema: schemaDocument }),
  convention: defineCollection({ loader: chargeur('convention'), schema: schemaDocument }),
};
