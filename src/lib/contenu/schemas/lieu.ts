/**
 * Schemas of the site's content (`content/`), in pure TypeScript so that the build, the
 * `check:content` command, the import tool and the unit tests all validate with the same rules.
 *
 * Messages are in French and name the wrong value: they are read by the collective's members,
 * who edit these files without being developers. References between collections are plain ids
 * here; `validation.ts` checks that they exist (Astro's `reference()` only logs a dangling one).
 */
import { z } from 'astro/zod';
import { verifierPosition, type Commune } from '../../territoire/geo.ts';
import { validerHoraires } from '../../horaires/validation.ts';
import { normaliserTelephone } from '../../territoire/telephone.ts';
import { valeurLaPlusProche } from '../../commun/suggestion.ts';
import { LISTES_DE_VALEURS, type ColonneAListe } from '../../standard/valeurs.ts';

/* ------------------------------------------------------------------------------------------ */
/* Building blocks                                                                             */
/* ------------------------------------------------------------------------------------------ */

/** Quotes a value the French way for messages: « valeur ». */
export function cite(valeur: unknown): string {
  const texte = typeof valeur === 'string' ? valeur : JSON.stringify(valeur);
  return `« ${texte.length > 80 ? `${texte.slice(0, 77)}…` : texte} »`;
}

const BALISE_HTML = /<\s*\/?\s*[a-z!][^>]*>/i;
const CODE_DANGEREUX = /javascript\s*:|data\s*:\s*text\/html|on[a-z]+\s*=/i;

/**
 * A plain-text field: trimmed, not empty, and without HTML. Text fields are exported as they
 * are to the national data and to other sites, where markup could be interpreted.
 */
export function texte(options: { max?: number } = {}) {
  let schema = z.string({ error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} doit être un texte`) }).trim();
  schema = schema.min(1, { error: 'ne doit pas être vide' });
  if (options.max !== undefined) {
    const max = options.max;
    schema = schema.max(max, { error: (iss) => `le texte fait ${String(iss.input).length} caractères, le maximum est ${max}` });
  }
  return schema.superRefine((valeur, ctx) => {
    if (BALISE_HTML.test(valeur) || CODE_DANGEREUX.test(valeur)) {
      ctx.addIssue({ code: 'custom', message: `${cite(valeur)} contient du HTML ou du code : écrivez du texte simple, sans balise` });
    }
  });
}

/**
 * A closed list of values. The message names the wrong value, suggests the closest allowed
 * one and, for short lists, gives them all.
 */
export function valeurDe<const T extends readonly [string, ...string[]]>(valeurs: T, nomListe: string) {
  return z.enum(valeurs, {
    error: (iss) => {
      if (iss.input === undefined) return 'champ obligatoire manquant';
      const proche = typeof iss.input === 'string' ? valeurLaPlusProche(iss.input, valeurs) : undefined;
      const conseil = proche ? ` Vouliez-vous dire ${cite(proche)} ?` : '';
      const liste = valeurs.length <= 12 ? ` Valeurs autorisées : ${valeurs.map((v) => cite(v)).join(', ')}.` : ' La liste complète est dans CONTRIBUTING.md.';
      return `${cite(iss.input)} n'est pas une valeur autorisée pour ${nomListe}.${conseil}${liste}`;
    },
  });
}

/** A YAML list; a single value is accepted and read as a one-item list (friendlier to write). */
export function liste<T extends z.ZodType>(element: T) {
  return z.preprocess((v) => (v === null ? undefined : typeof v === 'string' ? [v] : v), z.array(element, { error: 'doit être une liste de valeurs' }));
}

/** A YAML list with at least one value. */
export function listeNonVide<T extends z.ZodType>(element: T, message: string) {
  return z.preprocess((v) => (v === null ? undefined : typeof v === 'string' ? [v] : v), z.array(element, { error: 'doit être une liste de valeurs' }).min(1, { error: message }));
}

/** Remove duplicates while keeping the order: the standard's lists are sets. */
function sansDoublons<T>(valeurs: T[]): T[] {
  return [...new Set(valeurs)];
}

const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `AAAA-MM-JJ` is a date that exists (no 31 April, no 29 February 2025). */
export function estDateReelle(texteDate: string): boolean {
  const m = DATE_ISO.exec(texteDate);
  if (!m) return false;
  const [annee, mois, jour] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(annee, mois - 1, jour));
  return d.getUTCFullYear() === annee && d.getUTCMonth() === mois - 1 && d.getUTCDate() === jour;
}

/**
 * A calendar date, kept as the string `AAAA-MM-JJ` so that no time zone can shift it. YAML
 * parsers may hand over a `Date` for an unquoted date: it is read back in UTC, as they made it.
 */
export function dateCalendrier() {
  return z.preprocess(
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
    z
      .string({ error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} n'est pas une date (format attendu : AAAA-MM-JJ, par exemple 2026-03-15)`) })
      .refine(estDateReelle, { error: (iss) => `${cite(iss.input)} n'est pas une date valide (format attendu : AAAA-MM-JJ, par exemple 2026-03-15)` }),
  );
}

const DATE_HEURE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$/;

/** A local date and time in Europe/Paris, written `AAAA-MM-JJTHH:MM`. */
export function dateHeure() {
  return z.string({ error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} doit être une date et une heure entre guillemets, par exemple "2026-12-10T14:00"`) }).refine(
    (v) => {
      const m = DATE_HEURE.exec(v);
      return m !== null && estDateReelle(m[1]!) && Number(m[2]) < 24 && Number(m[3]) < 60;
    },
    { error: (iss) => `${cite(iss.input)} n'est pas une date et heure valide (format attendu : "AAAA-MM-JJTHH:MM", par exemple "2026-12-10T14:00")` },
  ).transform((v) => v.replace(' ', 'T'));
}

/** An `http:` or `https:` address; any other scheme (`javascript:`, `data:`…) is refused. */
export function url() {
  return z.string({ error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} doit être une adresse web`) }).trim().refine(
    (v) => {
      try {
        const u = new URL(v);
        return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
      } catch {
        return false;
      }
    },
    { error: (iss) => `${cite(iss.input)} n'est pas une adresse web valide : elle doit commencer par https:// (ou http://)` },
  );
}

const MOTIF_COURRIEL = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

export function courriel() {
  return z.string({ error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} doit être une adresse e-mail`) }).trim().regex(MOTIF_COURRIEL, {
    error: (iss) => `${cite(iss.input)} n'est pas une adresse e-mail valide (exemple : contact@exemple.fr)`,
  });
}

/** An identifier used in addresses of the site: lower-case letters, digits and hyphens. */
export function identifiant() {
  return z.string({ error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} doit être un identifiant`) }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (iss) => `${cite(iss.input)} n'est pas un identifiant valide : lettres minuscules sans accent, chiffres et tirets (exemple : mediatheque-bayeux)`,
  });
}

/**
 * The standard's local id of a place: free in the standard (« structure-1 », UUIDs, hub ids
 * such as « Hinaura_123 »), kept here to the characters that are safe in a file name and a web
 * address, so that national and hub files import without renaming every place.
 */
export function identifiantLieu() {
  return z.string({ error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} doit être un identifiant`) }).regex(/^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,126}[A-Za-z0-9])?$/, {
    error: (iss) => `${cite(iss.input)} n'est pas un identifiant valide : lettres sans accent, chiffres, tirets, points ou soulignés, sans espace (exemple : mediatheque-bayeux)`,
  });
}

/** A telephone number written the usual French ways, stored in the standard's international form. */
export function telephone() {
  return z
    .union([z.string(), z.number()], { error: 'doit être un numéro de téléphone' })
    .transform((v, ctx) => {
      const saisie = String(v);
      const canonique = normaliserTelephone(typeof v === 'number' ? `0${saisie}` : saisie);
      if (canonique === null) {
        ctx.addIssue({ code: 'custom', message: `${cite(saisie)} n'est pas un numéro de téléphone français valide (exemple : 02 31 12 34 56 ou +33 2 31 12 34 56)` });
        return z.NEVER;
      }
      return canonique;
    });
}

/** A code that must keep its leading zeros; a YAML number is accepted only if nothing was lost. */
function code(motif: RegExp, exemple: string, description: string) {
  return z
    .union([z.string(), z.number()], { error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} doit être un ${description}`) })
    .transform((v) => String(v).replace(/\s/g, ''))
    .refine((v) => motif.test(v), { error: (iss) => `${cite(iss.input)} n'est pas un ${description} valide (exemple : "${exemple}", entre guillemets)` });
}

/* ------------------------------------------------------------------------------------------ */
/* Places (`content/lieux/*.md`): the 32 columns of the national standard                     */
/* ------------------------------------------------------------------------------------------ */

/**
 * A column with a closed list of the standard, from {@link LISTES_DE_VALEURS}: a YAML list of
 * allowed values, duplicates removed. Every closed list of the standard is multi-valued; a
 * single-valued one would need its own builder (the place's type would change).
 */
function champListe<C extends ColonneAListe>(colonne: C) {
  const { valeurs, nom } = LISTES_DE_VALEURS[colonne] satisfies { multiple: true };
  return liste(valeurDe(valeurs as (typeof LISTES_DE_VALEURS)[C]['valeurs'], nom)).transform(sansDoublons).optional();
}

/** Everything the place schema needs to know about the site it is validated for. */
export interface ContexteLieu {
  /** Communes of the configured département, to check that places lie in it. */
  communes: readonly Commune[];
  /** Name of the département, for messages. */
  nomDepartement: string;
  /** Today's date `AAAA-MM-JJ`: `date_maj` cannot be later. */
  aujourdhui: string;
}

const MOTIF_SIRET = /^\d{14}$/;
const MOTIF_RNA = /^W[0-9A-Z]{9}$/i;

/** Fields of a place's front matter, named exactly like the standard's columns. */
export function champsLieu(contexte: ContexteLieu) {
  return {
    /** Local unique identifier of the place (the standard's primary key); also its address on the site. Required. */
    id: identifiantLieu(),
    /** SIRET (14 digits) of the structure, or its RNA number (W + 9 characters) for an association without SIRET. Required. */
    pivot: z
      .union([z.string(), z.number()], { error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} doit être un SIRET ou un numéro RNA`) })
      .transform((v) => String(v).replace(/\s/g, ''))
      .refine((v) => MOTIF_SIRET.test(v) || MOTIF_RNA.test(v), {
        error: (iss) => `${cite(iss.input)} n'est ni un SIRET (14 chiffres, exemple "43493312300029") ni un numéro RNA (W suivi de 9 caractères, exemple "W143001234")`,
      }),
    /** Name of the place. Required. */
    nom: texte({ max: 150 }),
    /** Commune where the place is. Required. */
    commune: texte({ max: 100 }),
    /** Postcode, 5 digits. Required. */
    code_postal: code(/^\d{5}$/, '14000', 'code postal (5 chiffres)'),
    /** INSEE code of the commune (Code officiel géographique). */
    code_insee: code(/^([013-9]\d|2[AB1-9])\d{3}$/, '14118', 'code INSEE de commune (5 caractères)').optional(),
    /** Street address: number, street type and name. Required. */
    adresse: texte({ max: 250 }),
    /** Floor, building, lieu-dit… */
    complement_adresse: texte({ max: 250 }).optional(),
    /** Latitude WGS84 in decimal degrees (e.g. 49.18). */
    latitude: z.number({ error: (iss) => `${cite(iss.input)} doit être un nombre décimal avec un point (exemple : 49.18231)` }).min(-90, { error: 'une latitude est comprise entre -90 et 90' }).max(90, { error: 'une latitude est comprise entre -90 et 90' }).optional(),
    /** Longitude WGS84 in decimal degrees (e.g. -0.37). */
    longitude: z.number({ error: (iss) => `${cite(iss.input)} doit être un nombre décimal avec un point (exemple : -0.37012)` }).min(-180, { error: 'une longitude est comprise entre -180 et 180' }).max(180, { error: 'une longitude est comprise entre -180 et 180' }).optional(),
    /** Typology codes of the structure (BIB, CCAS, RFS…). */
    typologie: champListe('typologie'),
    /** Telephone number; written freely, stored as +33XXXXXXXXX. */
    telephone: telephone().optional(),
    /** E-mail addresses of the place. */
    courriels: liste(courriel()).transform(sansDoublons).optional(),
    /** Web site and social network pages. */
    site_web: liste(url()).transform(sansDoublons).optional(),
    /** Opening hours in the OpenStreetMap `opening_hours` syntax (e.g. `Mo-Fr 09:00-12:00,14:00-17:00; PH off`). */
    horaires: z
      .string({ error: (iss) => `${cite(iss.input)} doit être un texte entre guillemets au format OpenStreetMap (exemple : "Mo-Fr 09:00-12:00")` })
      .trim()
      .superRefine((valeur, ctx) => {
        const resultat = validerHoraires(valeur);
        if (!resultat.ok) {
          const conseil = resultat.suggestion ? ` ; vouliez-vous dire ${cite(resultat.suggestion)} ?` : '';
          ctx.addIssue({ code: 'custom', message: `${cite(valeur)} n'est pas au format OpenStreetMap (exemple : Mo-Fr 09:00-12:00)${conseil} Détail : ${resultat.raison}` });
        }
      })
      .optional(),
    /** Short presentation, at most 280 characters. */
    presentation_resume: texte({ max: 280 }).optional(),
    /** Who collected the data (the place itself, a collectivity, a network). */
    source: texte({ max: 150 }).optional(),
    /** Whether the place is itinerant (a bus) or fixed. */
    itinerance: champListe('itinerance'),
    /** Network or parent organisation (name or SIRET). */
    structure_parente: texte({ max: 150 }).optional(),
    /** Date of the last update of this record, `AAAA-MM-JJ`, not in the future. Required. */
    date_maj: dateCalendrier().refine((d) => d <= contexte.aujourdhui, {
      error: (iss) => `${cite(iss.input)} est dans le futur : indiquez la date de la dernière vérification des informations (au plus tard ${contexte.aujourdhui})`,
    }),
    /** Kinds of help offered (9 values of the standard). */
    services: champListe('services'),
    /** Publics specifically welcomed (a place welcomes everybody by default). */
    publics_specifiquement_adresses: champListe('publics_specifiquement_adresses'),
    /** Specific support the place can provide. */
    prise_en_charge_specifique: champListe('prise_en_charge_specifique'),
    /** Fees for the public. */
    frais_a_charge: champListe('frais_a_charge'),
    /** National schemes and programmes the place takes part in. */
    dispositif_programmes_nationaux: champListe('dispositif_programmes_nationaux'),
    /** Trainings and labels of the standard's list. */
    formations_labels: champListe('formations_labels'),
    /** Other trainings and labels, free text. */
    autres_formations_labels: liste(
      texte({ max: 150 }).refine((v) => !v.includes('|'), {
        error: (iss) => `${cite(iss.input)} contient le caractère « | », qui sépare les valeurs dans les fichiers du standard : écrivez chaque label comme un élément de la liste`,
      }),
    )
      .transform(sansDoublons)
      .optional(),
    /** How to get access to the place. */
    modalites_acces: champListe('modalites_acces'),
    /** How the public is accompanied. */
    modalites_accompagnement: champListe('modalites_accompagnement'),
    /** Address of the place's record on acceslibre.beta.gouv.fr (accessibility of the building). */
    fiche_acces_libre: url().optional(),
    /** Address of the online booking page. */
    prise_rdv: url().optional(),
    /** Id of the member organisation (`content/membres/<id>.md`) that runs the place. Not a column of the standard. */
    membre: identifiant().optional(),
  };
}

/**
 * Problem with a place's position, if any: both coordinates or none, and inside the configured
 * département (catching swapped latitude and longitude). Also used on entries that fail other
 * rules, so that every problem of a file is reported at once.
 */
export function problemePosition(latitude: unknown, longitude: unknown, contexte: ContexteLieu): { champ: 'latitude' | 'longitude'; message: string } | undefined {
  if ((latitude === undefined) !== (longitude === undefined)) {
    return { champ: latitude === undefined ? 'latitude' : 'longitude', message: 'la latitude et la longitude vont ensemble : indiquez les deux ou aucune' };
  }
  if (typeof latitude !== 'number' || typeof longitude !== 'number' || contexte.communes.length === 0) return undefined;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  const position = verifierPosition(latitude, longitude, contexte.communes);
  if (position.ok) return undefined;
  return {
    champ: 'latitude',
    message: position.inversee
      ? `la position (${latitude}, ${longitude}) est hors du département ; la latitude et la longitude semblent inversées : essayez latitude: ${longitude} et longitude: ${latitude}`
      : `la position (${latitude}, ${longitude}) est hors du département ${contexte.nomDepartement} (à ${position.distanceKm} km de ${position.communeProche}) : vérifiez la latitude et la longitude`,
  };
}

/** Schema of a place's front matter, for the given département and date. */
export function schemaLieu(contexte: ContexteLieu) {
  return z.strictObject(champsLieu(contexte)).superRefine((lieu, ctx) => {
    const probleme = problemePosition(lieu.latitude, lieu.longitude, contexte);
    if (probleme) ctx.addIssue({ code: 'custom', path: [probleme.champ], message: probleme.message });
  });
}

export type LieuSaisi = z.output<ReturnType<typeof schemaLieu>>;

/* ------------------------------------------------------------------------------------------ */
/* Members, groups, news, resources, meetings, charter and convention                          */
/* ------------------------------------------------------------------------------------------ */

/** Kinds of member organisations named by the convention (Article 1), with their labels. */
export const TYPES_MEMBRE = {
  etat: 'Service de l’État',
  departement: 'Département',
  commune: 'Commune',
  epci: 'Intercommunalité (EPCI)',
  'ccas-cias': 'CCAS ou CIAS',
  'centre-social': 'Centre social',
  association: 'Association',
  'operateur-public': 'Opérateur public',
  'operateur-prive': 'Opérateur privé',
  autre: 'Autre',
} as const;
export type TypeMembre = keyof typeof TYPES_MEMBRE;

/** Roles a member plays in the collective (Article 1 of the convention). */
export const ROLES_MEMBRE = { financeur: 'Financeur', animateur: 'Animateur', coordinateur: 'Coordinateur', expert: 'Expert' } as const;
export type RoleMembre = keyof typeof ROLES_MEMBRE;

function cles<T extends Record<string, string>>(objet: T) {
  return Object.keys(objet) as [keyof T & string, ...(keyof T & string)[]];
}

export const schemaMembre = z
  .strictObject({
    /** Full name of the organisation. Required. */
    nom: texte({ max: 150 }),
    /** Short name or acronym. */
    nom_court: texte({ max: 60 }).optional(),
    /** Kind of organisation. Required. */
    type: valeurDe(cles(TYPES_MEMBRE), 'les types de membre'),
    /** Roles in the collective: financeur, animateur, coordinateur, expert. At least one. */
    roles: listeNonVide(valeurDe(cles(ROLES_MEMBRE), 'les rôles'), 'indiquez au moins un rôle').transform(sansDoublons),
    /** Date the organisation joined the collective (signature of the convention). Required. */
    date_adhesion: dateCalendrier(),
    /** Date the organisation left the collective, if it did: the day its written request was received (Article 3: « prend effet dès réception »), from which it is no longer a member. */
    date_sortie: dateCalendrier().optional(),
    /** Whether the organisation signed the convention. */
    signataire: z.boolean({ error: 'doit valoir true ou false' }).default(false),
    /** Function of the person who represents the organisation (never a personal name). */
    representant_fonction: texte({ max: 150 }).optional(),
    /** Web site of the organisation. */
    site_web: url().optional(),
    /** Logo, a path under `public/` (e.g. `/logos/caf.svg`). */
    logo: z.string().regex(/^\/[\w./-]+\.(svg|png|jpe?g|webp)$/i, { error: (iss) => `${cite(iss.input)} doit être le chemin d'une image du dossier public/ (exemple : /logos/caf.svg)` }).optional(),
    /** One or two sentences on the organisation's role in digital inclusion. Required. */
    description: texte({ max: 400 }),
  })
  .refine((m) => m.date_sortie === undefined || m.date_sortie >= m.date_adhesion, { path: ['date_sortie'], error: 'la date de sortie est antérieure à la date d’adhésion' });
export type MembreSaisi = z.output<typeof schemaMembre>;

export const STATUTS_GROUPE = { 'en-preparation': 'En préparation', actif: 'Actif', termine: 'Terminé' } as const;

export const schemaGroupe = z
  .strictObject({
    /** Name of the working group. Required. */
    nom: texte({ max: 150 }),
    /** Theme of the group. Required. */
    theme: texte({ max: 150 }),
    /** Status: en-preparation, actif or termine. Required. */
    statut: valeurDe(cles(STATUTS_GROUPE), 'les statuts de groupe'),
    /** Ids of the pilot members. At least one. */
    pilotes: listeNonVide(identifiant(), 'indiquez au moins un membre pilote'),
    /** Ids of the participant members. */
    participants: liste(identifiant()).default([]),
    /** Start date. Required. */
    date_debut: dateCalendrier(),
    /** End date, for a finished group. */
    date_fin: dateCalendrier().optional(),
    /** Objectives, one sentence each. */
    objectifs: liste(texte({ max: 300 })).default([]),
    /** Ids of the resources the group produced (`content/ressources/<id>.md`). */
    livrables: liste(identifiant()).default([]),
  })
  .refine((g) => g.date_fin === undefined || g.date_fin >= g.date_debut, { path: ['date_fin'], error: 'la date de fin est antérieure à la date de début' });
export type GroupeSaisi = z.output<typeof schemaGroupe>;

export const PUBLICS_ACTUALITE = { professionnels: 'Professionnels', elus: 'Élus', 'grand-public': 'Grand public' } as const;

export const schemaActualite = z.strictObject({
  /** Title. Required. */
  titre: texte({ max: 150 }),
  /** Publication date. Required. */
  date: dateCalendrier(),
  /** Audiences: professionnels, elus, grand-public. At least one. */
  publics: listeNonVide(valeurDe(cles(PUBLICS_ACTUALITE), 'les publics d’une actualité'), 'indiquez au moins un public'),
  /** One-sentence summary, at most 280 characters. Required. */
  resume: texte({ max: 280 }),
});
export type ActualiteSaisie = z.output<typeof schemaActualite>;

export const TYPES_RESSOURCE = {
  guide: 'Guide',
  'fiche-pratique': 'Fiche pratique',
  'retour-experience': 'Retour d’expérience',
  veille: 'Veille',
  outil: 'Outil',
} as const;

export const schemaRessource = z
  .strictObject({
    /** Title. Required. */
    titre: texte({ max: 200 }),
    /** Kind: guide, fiche-pratique, retour-experience, veille, outil. Required. */
    type: valeurDe(cles(TYPES_RESSOURCE), 'les types de ressource'),
    /** Themes, free text. At least one. */
    themes: listeNonVide(texte({ max: 80 }), 'indiquez au moins un thème'),
    /** Link to the resource (web address). Either `lien` or `fichier`. */
    lien: url().optional(),
    /** File of the resource, a path under `public/` (e.g. `/ressources/fichiers/guide.pdf`). Either `lien` or `fichier`. */
    fichier: z.string().regex(/^\/[\w./-]+\.[a-z0-9]{2,5}$/i, { error: (iss) => `${cite(iss.input)} doit être le chemin d'un fichier du dossier public/ (exemple : /ressources/fichiers/guide.pdf)` }).optional(),
    /** Id of the member that published it. Required. */
    auteur: identifiant(),
    /** Publication date. Required. */
    date: dateCalendrier(),
    /** Summary, at most 280 characters. Required. */
    resume: texte({ max: 280 }),
  })
  .refine((r) => (r.lien === undefined) !== (r.fichier === undefined), { path: ['lien'], error: 'indiquez soit un lien (lien), soit un fichier (fichier), l’un des deux seulement' });
export type RessourceSaisie = z.output<typeof schemaRessource>;

export const TYPES_REUNION = { pleniere: 'Séance plénière', 'groupe-de-travail': 'Groupe de travail' } as const;

export const schemaReunion = z
  .strictObject({
    /** Title. Required. */
    titre: texte({ max: 200 }),
    /** Kind: pleniere or groupe-de-travail. Required. */
    type: valeurDe(cles(TYPES_REUNION), 'les types de réunion'),
    /** Id of the working group, required for a group meeting. */
    groupe: identifiant().optional(),
    /** Start, local time in Europe/Paris: "AAAA-MM-JJTHH:MM". Required. */
    debut: dateHeure(),
    /** End, local time in Europe/Paris. Required. */
    fin: dateHeure(),
    /** Where: address, or « En visioconférence ». Required. */
    lieu: texte({ max: 250 }),
    /** Agenda items. */
    ordre_du_jour: liste(texte({ max: 300 })).default([]),
  })
  .superRefine((r, ctx) => {
    if (r.fin <= r.debut) ctx.addIssue({ code: 'custom', path: ['fin'], message: `la fin (${r.fin}) doit être après le début (${r.debut})` });
    if (r.type === 'groupe-de-travail' && r.groupe === undefined) ctx.addIssue({ code: 'custom', path: ['groupe'], message: 'une réunion de groupe de travail doit indiquer son groupe (identifiant du groupe)' });
    if (r.type === 'pleniere' && r.groupe !== undefined) ctx.addIssue({ code: 'custom', path: ['groupe'], message: 'une séance plénière ne concerne pas un groupe : retirez le champ groupe' });
  });
export type ReunionSaisie = z.output<typeof schemaReunion>;

/** Charter and convention (MDX documents). */
export const schemaDocument = z.strictObject({
  /** Title of the document. Required. */
  titre: texte({ max: 200 }),
  /** Adoption date. */
  date_adoption: dateCalendrier().optional(),
});
export type DocumentSaisi = z.output<typeof schemaDocument>;

/* ------------------------------------------------------------------------------------------ */
/* Site configuration (`content/collectif.yaml`)                                               */
/* ------------------------------------------------------------------------------------------ */

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
    tuiles: z.string().regex(/^https:\/\/[^\s]+\{z\}[^\s]*\{x\}[^\s]*\{y\}/, { error: (iss) => `${cite(iss.input)} doit être un modèle d'adresse de tuiles en https avec {z}, {x} et {y}` }),
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
