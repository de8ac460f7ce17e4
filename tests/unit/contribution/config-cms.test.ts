/**
 * The `/admin/` configuration agrees with the schemas. Properties, checked against the schemas
 * and the standard's lists themselves rather than recomputed with the generator's own code:
 * every schema field has a field of the right kind, required exactly when the schema requires
 * it; every closed list is a select with exactly the standard's values; hints speak to people,
 * without file syntax; patterns accept the documented example and refuse what is too long.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { AIDE_CHAMPS, CONTEXTE_NEUTRE, formeSchema } from '../../../src/lib/contribution/champs.ts';
import { NOMS_COLLECTIONS, type NomCollection } from '../../../src/lib/contenu/collections.ts';
import { backendPour, genererConfigCms, type ChampCms } from '../../../src/lib/contribution/config-cms.ts';
import { LISTES_DE_VALEURS } from '../../../src/lib/standard/valeurs.ts';
import {
  ROLES_MEMBRE,
  STATUTS_GROUPE,
  TYPES_MEMBRE,
  TYPES_RESSOURCE,
  TYPES_REUNION,
  PUBLICS_ACTUALITE,
} from '../../../src/lib/contenu/schemas/entrees-collectif.ts';
import type { z } from 'astro/zod';

const OPTIONS = { depot: 'https://github.com/collectif-14/site', branche: 'main', siteUrl: 'https://exemple.fr', departement: '14' };
// The configuration as Decap reads it: through YAML.
const CONFIG = parse(stringify(genererConfigCms(OPTIONS))) as {
  collections: { name: string; folder?: string; fields?: ChampCms[]; files?: { name: string; file: string; fields: ChampCms[] }[] }[];
  [cle: string]: unknown;
};

function formulaire(nom: NomCollection): ChampCms[] {
  const dossier = CONFIG.collections.find((c) => c.name === nom);
  if (dossier) return dossier.fields!;
  return CONFIG.collections.find((c) => c.name === 'documents')!.files!.find((f) => f.name === nom)!.fields;
}

const accepte = (schema: z.ZodType, valeur: unknown) => schema.safeParse(valeur).success;

/** Widgets allowed for a field, from what its schema accepts (not from the introspection the generator uses). */
function widgetsPossibles(schema: z.ZodType, exemple: unknown): string[] {
  if (typeof exemple === 'boolean') return ['boolean'];
  if (typeof exemple === 'number') return ['number'];
  if (Array.isArray(exemple)) return ['select', 'list', 'relation'];
  if (typeof exemple === 'string' && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(exemple) && !accepte(schema, 'texte quelconque')) return ['datetime'];
  if (typeof exemple === 'string' && exemple.startsWith('/')) return ['image', 'file'];
  return ['string', 'text', 'select', 'relation', 'horaires'];
}

/** The closed lists, written where they are defined: the standard's lists and the collective's own. */
const LISTES_FERMEES: Partial<Record<NomCollection, Record<string, readonly string[]>>> = {
  lieux: Object.fromEntries(Object.entries(LISTES_DE_VALEURS).map(([colonne, liste]) => [colonne, liste.valeurs])),
  membres: { type: Object.keys(TYPES_MEMBRE), roles: Object.keys(ROLES_MEMBRE) },
  groupes: { statut: Object.keys(STATUTS_GROUPE) },
  actualites: { publics: Object.keys(PUBLICS_ACTUALITE) },
  ressources: { type: Object.keys(TYPES_RESSOURCE) },
  reunions: { type: Object.keys(TYPES_REUNION) },
};

/** What a form hint must not ask of people: quotes, YAML, file names, true/false, date formats. */
const SYNTAXE_DE_FICHIER = /guillemets|["[\]{}]|\btrue\b|\bfalse\b|\.mdx?\b|content\/|public\/|AAAA|YAML|deux-points/;

describe.each(NOMS_COLLECTIONS)('formulaire %s', (nom) => {
  const schemas = formeSchema(nom, { ...CONTEXTE_NEUTRE, aujourdhui: '2999-12-31' });
  const champs = formulaire(nom);

  it('a un champ par champ du schéma, dans l’ordre, puis le texte sous les champs', () => {
    expect(champs.map((c) => c.name)).toEqual([...Object.keys(schemas), 'body']);
    expect(champs.at(-1)).toMatchObject({ widget: 'markdown', required: false });
  });

  it('chaque champ est obligatoire exactement quand le schéma l’exige, et a le libellé de l’aide', () => {
    for (const [champ, schema] of Object.entries(schemas)) {
      const cms = champs.find((c) => c.name === champ)!;
      expect(cms.required, `${nom}.${champ}`).toBe(!accepte(schema, undefined));
      expect(cms.label).toBe(AIDE_CHAMPS[nom][champ]!.libelle);
    }
  });

  it('chaque champ a un widget qui convient à ce que le schéma accepte', () => {
    for (const [champ, schema] of Object.entries(schemas)) {
      const cms = champs.find((c) => c.name === champ)!;
      expect(widgetsPossibles(schema, AIDE_CHAMPS[nom][champ]!.exemple), `${nom}.${champ}`).toContain(cms.widget);
      // A list in the file is a multiple choice or a list in the form, and vice versa.
      const estListe = Array.isArray(AIDE_CHAMPS[nom][champ]!.exemple);
      expect(cms.widget === 'list' || cms.multiple === true, `${nom}.${champ}`).toBe(estListe);
      if (estListe && !accepte(schema, [])) expect(cms.min, `${nom}.${champ} : au moins un`).toBe(1);
    }
  });

  it('chaque liste fermée est un choix parmi exactement les valeurs de sa liste de référence', () => {
    for (const [champ, valeurs] of Object.entries(LISTES_FERMEES[nom] ?? {})) {
      const cms = champs.find((c) => c.name === champ)!;
      expect(cms.widget, `${nom}.${champ}`).toBe('select');
      expect(cms.options!.map((o) => o.value)).toEqual([...valeurs]);
      // Each option is accepted by the schema, and a value outside the list is not.
      const schema = schemas[champ]!;
      for (const v of valeurs) expect(accepte(schema, cms.multiple ? [v] : v), `${nom}.${champ} = ${v}`).toBe(true);
      expect(accepte(schema, cms.multiple ? ['valeur-inventee'] : 'valeur-inventee')).toBe(false);
    }
  });

  it('les aides s’adressent aux personnes, sans syntaxe de fichier', () => {
    for (const c of champs) expect(c.hint ?? '', `${nom}.${c.name}`).not.toMatch(SYNTAXE_DE_FICHIER);
  });

  it('les motifs acceptent l’exemple de l’aide et refusent un texte plus long que le schéma ne le permet', () => {
    for (const c of champs) {
      const motif = c.pattern ?? c.field?.pattern;
      if (!motif) continue;
      const exemple = AIDE_CHAMPS[nom][c.name]!.exemple;
      const regle = new RegExp(motif[0]);
      expect(regle.test(String(Array.isArray(exemple) ? exemple[0] : exemple)), `${nom}.${c.name}`).toBe(true);
      const schema = schemas[c.name]!;
      fc.assert(
        fc.property(fc.string({ minLength: 1, maxLength: 400 }), (texte) => {
          // The pattern is never stricter than the schema: what the schema accepts, it accepts.
          const valeur = Array.isArray(exemple) ? [texte] : texte;
          if (accepte(schema, valeur)) expect(regle.test(texte), `${nom}.${c.name} : ${JSON.stringify(texte)}`).toBe(true);
        }),
        { numRuns: 100 },
      );
      expect(regle.test('x'.repeat(1000)), `${nom}.${c.name} : 1000 caractères`).toBe(
        accepte(schema, Array.isArray(exemple) ? ['x'.repeat(1000)] : 'x'.repeat(1000)),
      );
    }
  });
});

describe('configuration générale', () => {
  it('édite les horaires avec le widget du site, qui connaît le département', () => {
    expect(formulaire('lieux').find((c) => c.name === 'horaires')).toMatchObject({ widget: 'horaires', departement: '14' });
  });

  it('passe par des propositions relues, en français, dans les bons dossiers', () => {
    expect(CONFIG).toMatchObject({ publish_mode: 'editorial_workflow', locale: 'fr', essai: { backend: { name: 'test-repo' } } });
    expect(CONFIG.collections.filter((c) => c.folder).map((c) => c.folder)).toEqual([
      'content/lieux',
      'content/membres',
      'content/actualites',
      'content/ressources',
      'content/reunions',
      'content/groupes',
    ]);
    expect(CONFIG.collections.find((c) => c.name === 'documents')!.files!.map((f) => f.file)).toEqual([
      'content/charte/charte.mdx',
      'content/convention/convention.mdx',
    ]);
  });

  it.each<[string, Record<string, string | undefined>, Record<string, unknown>]>([
    [
      'GitHub, ouverture aux contributeurs sans droits (open authoring)',
      {},
      { name: 'github', repo: 'collectif-14/site', branch: 'main', open_authoring: true },
    ],
    ['GitHub avec service de connexion', { authUrl: 'https://auth.exemple.fr' }, { name: 'github', base_url: 'https://auth.exemple.fr' }],
    [
      'gitlab.com',
      { depot: 'https://gitlab.com/groupe/sous-groupe/site', gitlabAppId: 'abc' },
      { name: 'gitlab', repo: 'groupe/sous-groupe/site', auth_type: 'pkce', app_id: 'abc' },
    ],
    [
      'GitLab auto-hébergé',
      { depot: 'https://gitlab.exemple.fr/collectif/site.git' },
      { name: 'gitlab', repo: 'collectif/site', api_root: 'https://gitlab.exemple.fr/api/v4', base_url: 'https://gitlab.exemple.fr' },
    ],
    ['Forgejo', { depot: 'https://forge.exemple.fr/collectif/site' }, { name: 'gitea', repo: 'collectif/site', api_root: 'https://forge.exemple.fr/api/v1' }],
  ])('backend : %s', (_cas, options, attendu) => {
    expect(backendPour({ ...OPTIONS, ...options } as typeof OPTIONS)).toMatchObject(attendu);
  });

  it('n’active jamais le dépôt d’essai dans la configuration réelle', () => {
    expect((CONFIG['backend'] as { name: string }).name).not.toBe('test-repo');
  });
});
