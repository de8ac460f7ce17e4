/**
 * The registry of collections (`lib/contenu/collections.ts`) is the one list of collections:
 * every folder of `content/` has exactly one entry, and the build (`src/content.config.ts`), the
 * validation and the contribution tools take their collections and schemas from it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  COLLECTIONS,
  DOSSIER_CONTENU,
  NOMS_COLLECTIONS,
  idEntree,
  motifCollection,
  schemaCollection,
  schemasCollections,
} from '../../../src/lib/contenu/collections.ts';
import { formeDe } from '../../../src/lib/contenu/introspection.ts';
import { CONTEXTE_NEUTRE, schemaDe } from '../../../src/lib/contribution/champs.ts';

// `astro:content` exists only inside the Astro build: stand-ins that return what they are given,
// so that the test reads the collections `content.config.ts` defines.
vi.mock('astro:content', () => ({ defineCollection: (definition: unknown) => definition }));
vi.mock('astro/loaders', () => ({ glob: (options: unknown) => ({ name: 'glob', options }) }));

const RACINE = join(import.meta.dirname, '../../..');

function dossiersDe(racine: string): string[] {
  return readdirSync(join(racine, DOSSIER_CONTENU), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

describe('registre des collections', () => {
  it.each([
    ['content/', RACINE],
    ['le corpus valide des tests', join(RACINE, 'tests/unit/fixtures/valide')],
    ['le corpus invalide des tests', join(RACINE, 'tests/unit/fixtures/invalide')],
  ])('chaque dossier de %s a exactement une entrée du registre', (_, racine) => {
    const dossiers = NOMS_COLLECTIONS.map((nom) => COLLECTIONS[nom].dossier);

    expect(new Set(dossiers).size).toBe(dossiers.length);
    expect(dossiersDe(racine)).toEqual([...dossiers].sort());
  });

  it('donne un schéma objet à chaque collection, construit une fois par site', () => {
    const schemas = schemasCollections(CONTEXTE_NEUTRE);

    expect(Object.keys(schemas)).toEqual(NOMS_COLLECTIONS);
    for (const nom of NOMS_COLLECTIONS) expect(Object.keys(formeDe(schemas[nom])).length).toBeGreaterThan(1);
    expect(schemas.membres).toBe(schemaCollection('membres', CONTEXTE_NEUTRE));
  });

  it('les outils de contribution prennent leurs schémas au registre', () => {
    for (const nom of NOMS_COLLECTIONS) {
      if (nom === 'lieux') expect(Object.keys(formeDe(schemaDe(nom)))).toEqual(Object.keys(formeDe(schemaCollection(nom, CONTEXTE_NEUTRE))));
      else expect(schemaDe(nom)).toBe(schemaCollection(nom, CONTEXTE_NEUTRE));
    }
  });
});

describe('src/content.config.ts', () => {
  it('définit ses collections à partir du registre : mêmes noms, dossiers, motifs, identifiants et schémas', async () => {
    const { collections } = (await import('../../../src/content.config.ts')) as unknown as {
      collections: Record<
        string,
        { loader: { options: { base: string; pattern: string; generateId: (e: { entry: string; data: unknown }) => string } }; schema: unknown }
      >;
    };

    expect(Object.keys(collections)).toEqual(NOMS_COLLECTIONS);
    for (const nom of NOMS_COLLECTIONS) {
      const { loader, schema } = collections[nom]!;
      expect(loader.options.base).toBe(`./${DOSSIER_CONTENU}/${COLLECTIONS[nom].dossier}`);
      expect(loader.options.pattern).toBe(motifCollection(nom));
      expect(loader.options.generateId({ entry: 'x/fichier.md', data: { id: 'lieu-1' } })).toBe(idEntree(nom, 'x/fichier.md', { id: 'lieu-1' }));
      if (nom === 'lieux') expect(Object.keys(formeDe(schema as never))).toEqual(Object.keys(formeDe(schemaCollection(nom, CONTEXTE_NEUTRE))));
      else expect(schema).toBe(schemaCollection(nom, CONTEXTE_NEUTRE));
    }
  });
});
