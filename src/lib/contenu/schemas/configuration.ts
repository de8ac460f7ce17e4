/** Schema of the site configuration, `content/collectif.yaml`: the collective, its département, its convention, its map. */
import { z } from 'astro/zod';
import { fuseauConnu } from '../../horaires/fuseau.ts';
import { cite, code, courriel, dateCalendrier, identifiant, liste, telephone, texte, url } from './communs.ts';

export const schemaCollectif = z.strictObject({
  /** Full name of the collective. Required. */
  nom: texte({ max: 150 }),
  /** Short name, shown in the header. Required. */
  nom_court: texte({ max: 60 }),
  /** The département the collective covers. Required. */
  departement: z.strictObject({
    /** INSEE code of the département: "14", "2A", "971". */
    code: code(/^(\d{2}|2[AB]|97\d)$/, '14', 'code de département'),
    /** Name of the département. */
    nom: texte({ max: 60 }),
    /** Name with its article, for sentences: "le Calvados", "la Manche", "l'Orne", "les Landes", "Paris". */
    avec_article: texte({ max: 70 }).optional(),
    /**
     * IANA time zone of the places (« America/Guadeloupe »), only for a collective whose
     * département does not say it: by default it comes from the code (`horaires/fuseau.ts`).
     */
    fuseau_horaire: z
      .string()
      .refine(fuseauConnu, {
        error: (iss) =>
          `${cite(iss.input)} n'est pas un fuseau horaire connu : écrivez-le comme Europe/Paris, America/Guadeloupe, America/Martinique, America/Cayenne, Indian/Reunion ou Indian/Mayotte`,
      })
      .optional(),
  }),
  /** Creation date of the collective. Required. */
  date_creation: dateCalendrier(),
  /**
   * SIRET (14 digits) of the organisation that publishes the open data: the collective, or the
   * member that holds its secretariat. It is the « idProducteur » of the national file name
   * `AAAA-MM-JJ_<siret>_lieux-de-mediation-numerique_<territoire>.csv`; without it the data
   * page offers the file under its short name only.
   */
  siret: code(/^\d{14}$/, '21140118500017', 'SIRET (14 chiffres)').optional(),
  /** Public address of the site (used for the sitemap, feeds and canonical links). Required. */
  site_url: url(),
  /** Source repository, for « Modifier cette page » links. */
  depot: z.strictObject({
    /** Web address of the repository (GitHub, GitLab…). */
    url: url(),
    /** Branch holding the published content. */
    branche: texte({ max: 100 }).default('main'),
    /** Whether « Mettre à jour cette fiche » opens a pre-filled issue on the forge (GitHub, GitLab) instead of an e-mail to the secretariat. */
    demandes_par_ticket: z.boolean({ error: (iss) => `${cite(iss.input)} doit valoir true ou false` }).default(false),
  }),
  /** The secretariat's contact. Required. */
  secretariat: z.strictObject({
    /** E-mail address of the secretariat. Required. */
    courriel: courriel(),
    /** Telephone of the secretariat. */
    telephone: telephone().optional(),
    /** Postal address of the secretariat. Required. */
    adresse: texte({ max: 250 }),
  }),
  /** Facts of the convention (Article 5). Required. */
  convention: z.strictObject({
    /** Date the convention was signed by all parties. Required. */
    date_signature: dateCalendrier(),
    /** Where it was signed. */
    lieu_signature: texte({ max: 100 }).optional(),
    /** Initial duration in years. */
    duree_initiale_annees: z.number().int().min(1).max(10).default(1),
    /** Maximum number of tacit one-year renewals (five in the model convention). */
    reconductions_max: z.number().int().min(0).max(10).default(5),
    /** Date of an early termination by common agreement, if any: the day it takes effect, from which the convention is no longer in force. */
    resiliation: dateCalendrier().optional(),
    /** Amendments, with their date. */
    avenants: liste(z.strictObject({ date: dateCalendrier(), titre: texte({ max: 150 }), objet: texte({ max: 500 }).optional() })).default([]),
  }),
  /** Pairs of facilitators designated each year in plenary (Article 4). */
  animateurs: liste(
    z.strictObject({
      /** Year of the mandate. */
      annee: z.number().int().min(2000).max(2100),
      /** Ids of the two facilitating members. */
      membres: liste(identifiant()),
      /** Date of the plenary that designated them. */
      designe_le: dateCalendrier().optional(),
    }),
  ).default([]),
  /** Map settings. Required. */
  carte: z.strictObject({
    /** Tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png. */
    tuiles: z.string().regex(/^https:\/\/[^\s]+\{z\}[^\s]*\{x\}[^\s]*\{y\}/, {
      error: (iss) => `${cite(iss.input)} doit être un modèle d'adresse de tuiles en https avec {z}, {x} et {y}`,
    }),
    /** Attribution text of the tiles (plain text). */
    attribution: texte({ max: 300 }),
    /** Default centre [latitude, longitude]. */
    centre: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]),
    /** Default zoom level. */
    zoom: z.number().int().min(1).max(18),
  }),
  /** Demonstration site with fictitious data: shows a banner on every page. */
  demonstration: z.boolean().default(false),
});
export type Collectif = z.output<typeof schemaCollectif>;
