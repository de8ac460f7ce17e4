/**
 * The `/admin/` configuration agrees with the schemas: every field, required or not, the allowed
 * values, lists, references between collections, dates.
 */
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { AIDE_CHAMPS, REFERENCES, formeSchema } from '../../../src/lib/contribution/champs.ts';
import type { NomCollection } from '../../../src/lib/contenu/collections.ts';
import { MEDIAS, backendPour, genererConfigCms, type ChampCms } from '../../../src/lib/contribution/config-cms.ts';
import { decrireChamps } from '../../../src/lib/contenu/introspection.ts';

const OPTIONS = { depot: 'https://github.com/collectif-14/site', branche: 'main', siteUrl: 'https://exemple.fr' };
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

const COLLECTIONS: NomCollection[] = ['lieux', 'membres', 'groupes', 'actualites', 'ressources', 'reunions', 'charte', 'convention'];

describe.each(COLLECTIONS)('formulaire %s', (nom) => {
  const champs = decrireChamps(formeSchema(nom));
  const champsCms = formulaire(nom);

  it('a un champ par champ du schéma, dans l’ordre, puis le texte', () => {
    expect(champsCms.map((c) => c.name)).toEqual([...Object.keys(champs), 'body']);
    expect(champsCms.at(-1)).toMatchObject({ widget: 'markdown', required: false });
  });

  it.each(Object.keys(champs))('%s : obligatoire, libellé, liste de valeurs, liste, référence', (champ) => {
    const c = champs[champ]!;
    const cms = champsCms.find((f) => f.name === champ)!;
    expect(cms.required).toBe(c.obligatoire);
    expect(cms.label).toBe(AIDE_CHAMPS[nom][champ]!.libelle);
    const reference = REFERENCES[nom]?.[champ];
    if (reference) {
      expect(cms).toMatchObject({ widget: 'relation', collection: reference, value_field: '{{slug}}' });
      expect(CONFIG.collections.map((col) => col.name)).toContain(reference);
    } else if (c.valeurs) {
      expect(cms.widget).toBe('select');
      expect(cms.options!.map((o) => o.value)).toEqual([...c.valeurs]);
    } else if (MEDIAS[nom]?.[champ]) {
      const media = MEDIAS[nom]![champ]!;
      expect(cms).toMatchObject({ widget: media.widget, public_folder: media.dossier, media_folder: `/public${media.dossier}` });
      // A file uploaded there gets a path the schema accepts.
      expect(c.schema.safeParse(`${media.dossier}/fichier-depose.${media.widget === 'image' ? 'png' : 'pdf'}`).success).toBe(true);
    } else if (c.liste) {
      expect(cms).toMatchObject({ widget: 'list', field: { widget: 'string' } });
    }
    if (c.liste && (reference || c.valeurs)) expect(cms.multiple).toBe(true);
    if (c.auMoinsUn) expect(cms.min).toBe(1);
    if (c.nature === 'date') {
      expect(cms).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
      // An optional date stays empty instead of today.
      if (!c.obligatoire) expect(cms.default).toBe('');
    }
    if (c.nature === 'date-heure') expect(cms).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm' });
    if (c.nature === 'booleen') expect(cms).toMatchObject({ widget: 'boolean', default: c.defaut });
    if (c.nature === 'nombre') expect(cms.widget).toBe('number');
    if (cms.pattern) expect(new RegExp(cms.pattern[0]).test(String(AIDE_CHAMPS[nom][champ]!.exemple))).toBe(true);
  });
});

describe('configuration générale', () => {
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
    expect(CONFIG.collections.find((c) => c.name === 'documents')!.files!.map((f) => f.file)).toEqual(['content/charte/charte.mdx', 'content/convention/convention.mdx']);
  });

  it.each<[string, Record<string, string | undefined>, Record<string, unknown>]>([
    ['GitHub, ouverture aux contributeurs sans droits (open authoring)', {}, { name: 'github', repo: 'collectif-14/site', branch: 'main', open_authoring: true }],
    ['GitHub avec service de connexion', { authUrl: 'https://auth.exemple.fr' }, { name: 'github', base_url: 'https://auth.exemple.fr' }],
    ['gitlab.com', { depot: 'https://gitlab.com/groupe/sous-groupe/site', gitlabAppId: 'abc' }, { name: 'gitlab', repo: 'groupe/sous-groupe/site', auth_type: 'pkce', app_id: 'abc' }],
    ['GitLab auto-hébergé', { depot: 'https://gitlab.exemple.fr/collectif/site.git' }, { name: 'gitlab', repo: 'collectif/site', api_root: 'https://gitlab.exemple.fr/api/v4', base_url: 'https://gitlab.exemple.fr' }],
    ['Forgejo', { depot: 'https://forge.exemple.fr/collectif/site' }, { name: 'gitea', repo: 'collectif/site', api_root: 'https://forge.exemple.fr/api/v1' }],
  ])('backend : %s', (_cas, options, attendu) => {
    expect(backendPour({ ...OPTIONS, ...options } as typeof OPTIONS)).toMatchObject(attendu);
  });

  it('n’active jamais le dépôt d’essai dans la configuration réelle', () => {
    expect((CONFIG['backend'] as { name: string }).name).not.toBe('test-repo');
  });
});
