/**
 * Configuration of the web editing interface (`/admin/`, Decap CMS), generated from the site's
 * schemas: the same fields, required or not, the same value lists, the references between
 * collections as relation widgets. A form that Decap accepts thus gives a file that
 * `check:content` accepts: the opening hours have a widget of their own that applies the same
 * rule (`horaires/saisie-francaise.ts`).
 *
 * Served at `/admin/config.yml` by `src/pages/admin/config.yml.ts`.
 */
import { AIDE_CHAMPS, REFERENCES, TEXTE_SOUS_LES_CHAMPS, aideFormulaire, formeSchema, libelleValeur, type NomAide } from './champs.ts';
import { COLLECTIONS, type NomCollection } from '../contenu/collections.ts';
import { decrireChamps, type ChampSchema } from '../contenu/introspection.ts';

/** Where the repository is and how contributors sign in. */
export interface OptionsCms {
  /** Web address of the repository (`content/collectif.yaml` › `depot.url`). */
  depot: string;
  /** Branch that holds the published content. */
  branche: string;
  /** Public address of the site. */
  siteUrl: string;
  /**
   * Address of the OAuth service that signs GitHub users in (Decap's `base_url`); for
   * GitLab, the id of the OAuth application (PKCE, no server needed).
   */
  authUrl?: string | undefined;
  gitlabAppId?: string | undefined;
  /** Code of the collective's département (`content/collectif.yaml`): public holidays of the hours preview. */
  departement?: string | undefined;
}

/** A Decap field (the subset of options this site uses). */
export interface ChampCms {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  value_type?: 'int' | 'float';
  pattern?: [string, string];
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  field?: ChampCms;
  format?: string;
  date_format?: string;
  time_format?: string | boolean;
  picker_utc?: boolean;
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
  modes?: string[];
  /** Option of the `horaires` widget (`src/pages/admin/_widget-horaires.ts`). */
  departement?: string;
}

/** Backend part of the configuration, from the repository's address. */
export function backendPour(options: OptionsCms): Record<string, unknown> {
  const url = new URL(options.depot);
  const repo = url.pathname.replace(/^\/|\/$/g, '').replace(/\.git$/, '');
  if (url.hostname === 'github.com') {
    return { name: 'github', repo, branch: options.branche, open_authoring: true, ...(options.authUrl ? { base_url: options.authUrl } : {}) };
  }
  if (/gitlab/i.test(url.hostname)) {
    return {
      name: 'gitlab',
      repo,
      branch: options.branche,
      ...(url.hostname === 'gitlab.com' ? {} : { api_root: `${url.origin}/api/v4`, base_url: url.origin }),
      auth_type: 'pkce',
      auth_endpoint: 'oauth/authorize',
      ...(options.gitlabAppId ? { app_id: options.gitlabAppId } : {}),
    };
  }
  // Gitea and Forgejo instances (Decap's gitea backend has no editorial workflow yet).
  return { name: 'gitea', repo, branch: options.branche, api_root: `${url.origin}/api/v1`, base_url: options.authUrl ?? url.origin };
}

/** Files uploaded through the form, and where they go (the schemas' paths under `public/`). */
export const MEDIAS: Partial<Record<NomAide, Record<string, { widget: 'image' | 'file'; dossier: string }>>> = {
  membres: { logo: { widget: 'image', dossier: '/logos' } },
  ressources: { fichier: { widget: 'file', dossier: '/ressources/fichiers' } },
};

/** Text fields longer than this are multi-line text areas. */
const TEXTE_LONG = 150;

/** Field of the form used to show an entry of each collection in lists and relations. */
export const CHAMP_TITRE: Record<NomCollection, string> = {
  lieux: 'nom',
  membres: 'nom',
  groupes: 'nom',
  actualites: 'titre',
  ressources: 'titre',
  reunions: 'titre',
  charte: 'titre',
  convention: 'titre',
};

/** Fields edited with a widget of the site's own (registered by `src/pages/admin/_cms.ts`). */
export const WIDGETS_DU_SITE: Partial<Record<NomAide, Record<string, string>>> = {
  lieux: { horaires: 'horaires' },
};

/**
 * The pattern Decap checks before saving: the schema's regular expression and its maximum
 * length (Decap compiles the pattern without flags, so a case-insensitive one is left to the
 * check before saving, `verification-formulaire.ts`).
 */
export function motifCms(description: ChampSchema, exemple: unknown): [string, string] | undefined {
  const motif = description.motif && !description.motif.flags.includes('i') ? description.motif.source : undefined;
  const max = description.max;
  const unExemple = Array.isArray(exemple) ? exemple[0] : exemple;
  if (motif && max !== undefined)
    return [`^(?=[\\s\\S]{0,${max}}$)(?:${motif})`, `Format attendu, par exemple : ${String(unExemple)} (${max} caractères au plus)`];
  if (motif) return [motif, `Format attendu, par exemple : ${String(unExemple)}`];
  if (max !== undefined) return [`^[\\s\\S]{0,${max}}$`, `${max} caractères au plus`];
  return undefined;
}

/** Decap field for one field of a schema. */
export function champCms(nom: NomAide, champ: string, description: ChampSchema, options: Pick<OptionsCms, 'departement'> = {}): ChampCms {
  const aide = AIDE_CHAMPS[nom][champ]!;
  const base = { name: champ, label: aide.libelle, hint: aideFormulaire(aide), required: description.obligatoire } satisfies Partial<ChampCms>;
  const widget = WIDGETS_DU_SITE[nom]?.[champ];
  if (widget) return { ...base, widget, ...(options.departement ? { departement: options.departement } : {}) };
  const reference = REFERENCES[nom]?.[champ];
  if (reference) {
    const titre = CHAMP_TITRE[reference];
    return {
      ...base,
      widget: 'relation',
      collection: reference,
      // The entry's id is its file name (the places' `id` field is the file name too).
      value_field: '{{slug}}',
      search_fields: [titre],
      display_fields: [titre],
      ...(description.liste ? { multiple: true, ...(description.auMoinsUn ? { min: 1 } : {}) } : {}),
    };
  }
  const media = MEDIAS[nom]?.[champ];
  if (media) return { ...base, widget: media.widget, media_folder: `/public${media.dossier}`, public_folder: media.dossier, choose_url: false };
  if (description.valeurs) {
    return {
      ...base,
      widget: 'select',
      options: description.valeurs.map((v) => ({ label: libelleValeur(nom, champ, v), value: v })),
      ...(description.liste ? { multiple: true, ...(description.auMoinsUn ? { min: 1 } : {}) } : {}),
    };
  }
  if (description.liste) {
    const motif = motifCms(description, aide.exemple);
    return {
      ...base,
      widget: 'list',
      field: { name: champ, label: aide.libelle, widget: 'string', ...(motif ? { pattern: motif } : {}) },
      ...(description.auMoinsUn ? { min: 1 } : {}),
    };
  }
  switch (description.nature) {
    case 'booleen':
      return { ...base, widget: 'boolean', default: description.defaut ?? false };
    case 'nombre':
      return { ...base, widget: 'number', value_type: 'float' };
    case 'date':
      // `default: ''` leaves an optional date empty (Decap would fill in today).
      return {
        ...base,
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'YYYY-MM-DD',
        time_format: false,
        picker_utc: true,
        ...(description.obligatoire ? {} : { default: '' }),
      };
    case 'date-heure':
      return {
        ...base,
        widget: 'datetime',
        format: 'YYYY-MM-DDTHH:mm',
        date_format: 'YYYY-MM-DD',
        time_format: 'HH:mm',
        picker_utc: false,
        ...(description.obligatoire ? {} : { default: '' }),
      };
    default: {
      const champCms: ChampCms = { ...base, widget: description.max !== undefined && description.max > TEXTE_LONG ? 'text' : 'string' };
      const motif = motifCms(description, aide.exemple);
      if (motif) champCms.pattern = motif;
      return champCms;
    }
  }
}

/** Fields of a collection's form: its schema's, then the text under the fields. */
export function champsCms(nom: NomCollection, options: Pick<OptionsCms, 'departement'> = {}): ChampCms[] {
  const champs = decrireChamps(formeSchema(nom));
  const document = nom === 'charte' || nom === 'convention';
  return [
    ...Object.entries(champs).map(([champ, description]) => champCms(nom, champ, description, options)),
    {
      name: 'body',
      label: 'Texte sous les champs',
      widget: 'markdown',
      required: false,
      hint: TEXTE_SOUS_LES_CHAMPS[nom],
      // MDX: the raw Markdown is kept as written; the rich-text editor could rewrite it.
      ...(document ? { modes: ['raw'] } : {}),
    },
  ];
}

const LIBELLES: Record<Exclude<NomCollection, 'charte' | 'convention'>, [string, string]> = {
  lieux: ['Lieux', 'Lieu'],
  membres: ['Membres', 'Membre'],
  actualites: ['Actualités', 'Actualité'],
  ressources: ['Ressources', 'Ressource'],
  reunions: ['Réunions', 'Réunion'],
  groupes: ['Groupes de travail', 'Groupe de travail'],
};

/** File name of a new entry, as `npm run nouveau` names it. */
const SLUGS: Record<keyof typeof LIBELLES, string> = {
  lieux: '{{id}}',
  membres: '{{slug}}',
  actualites: '{{year}}-{{month}}-{{day}}-{{slug}}',
  ressources: '{{slug}}',
  reunions: '{{year}}-{{month}}-{{day}}-{{slug}}',
  groupes: '{{slug}}',
};

/** Name of the configuration variant used by `/admin/?test` (Decap's `CMS_ENV`). */
export const ENV_ESSAI = 'essai';

/** The whole Decap configuration. */
export function genererConfigCms(options: OptionsCms): Record<string, unknown> {
  const dossiers = (Object.keys(LIBELLES) as (keyof typeof LIBELLES)[]).map((nom) => ({
    name: nom,
    label: LIBELLES[nom][0],
    label_singular: LIBELLES[nom][1],
    folder: `content/${COLLECTIONS[nom].dossier}`,
    extension: 'md',
    format: 'frontmatter',
    create: true,
    slug: SLUGS[nom],
    identifier_field: CHAMP_TITRE[nom],
    summary: nom === 'lieux' ? '{{nom}} ({{commune}})' : `{{${CHAMP_TITRE[nom]}}}`,
    sortable_fields: [CHAMP_TITRE[nom]],
    editor: { preview: false },
    fields: champsCms(nom, options),
  }));
  const documents = {
    name: 'documents',
    label: 'Charte et convention',
    editor: { preview: false },
    files: (['charte', 'convention'] as const).map((nom) => ({
      name: nom,
      label: nom === 'charte' ? 'Charte' : 'Convention',
      file: `content/${COLLECTIONS[nom].dossier}/${nom}.mdx`,
      format: 'frontmatter',
      fields: champsCms(nom, options),
    })),
  };
  return {
    backend: backendPour(options),
    publish_mode: 'editorial_workflow',
    locale: 'fr',
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    media_folder: 'public/ressources/fichiers',
    public_folder: '/ressources/fichiers',
    // File names without accents or spaces, like the ones `check:content` accepts.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [...dossiers, documents],
    // `/admin/?test` sets window.CMS_ENV = 'essai': Decap then replaces the keys below, so the
    // trial mode uses its in-memory backend while the real configuration stays as it is.
    [ENV_ESSAI]: { backend: { name: 'test-repo' } },
  };
}
