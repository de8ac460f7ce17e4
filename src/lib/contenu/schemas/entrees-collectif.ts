/**
 * Schemas of the collective's own entries: members, working groups, news, resources, meetings,
 * and the charter and convention. References between collections are plain ids here;
 * `validation.ts` checks that they exist (Astro's `reference()` only logs a dangling one).
 */
import { z } from 'astro/zod';
import { cite, dateCalendrier, dateHeure, identifiant, liste, listeNonVide, sansDoublons, texte, url, valeurDe } from './communs.ts';

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

/** The keys of a table of labels, as the list of allowed values. */
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
    logo: z
      .string()
      .regex(/^\/[\w./-]+\.(svg|png|jpe?g|webp)$/i, {
        error: (iss) => `${cite(iss.input)} doit être le chemin d'une image du dossier public/ (exemple : /logos/caf.svg)`,
      })
      .optional(),
    /** One or two sentences on the organisation's role in digital inclusion. Required. */
    description: texte({ max: 400, multiligne: true }),
  })
  .refine((m) => m.date_sortie === undefined || m.date_sortie >= m.date_adhesion, {
    path: ['date_sortie'],
    error: 'la date de sortie est antérieure à la date d’adhésion',
  });
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
  resume: texte({ max: 280, multiligne: true }),
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
    fichier: z
      .string()
      .regex(/^\/[\w./-]+\.[a-z0-9]{2,5}$/i, {
        error: (iss) => `${cite(iss.input)} doit être le chemin d'un fichier du dossier public/ (exemple : /ressources/fichiers/guide.pdf)`,
      })
      .optional(),
    /** Id of the member that published it. Required. */
    auteur: identifiant(),
    /** Publication date. Required. */
    date: dateCalendrier(),
    /** Summary, at most 280 characters. Required. */
    resume: texte({ max: 280, multiligne: true }),
  })
  .refine((r) => (r.lien === undefined) !== (r.fichier === undefined), {
    path: ['lien'],
    error: 'indiquez soit un lien (lien), soit un fichier (fichier), l’un des deux seulement',
  });
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
    if (r.type === 'groupe-de-travail' && r.groupe === undefined)
      ctx.addIssue({ code: 'custom', path: ['groupe'], message: 'une réunion de groupe de travail doit indiquer son groupe (identifiant du groupe)' });
    if (r.type === 'pleniere' && r.groupe !== undefined)
      ctx.addIssue({ code: 'custom', path: ['groupe'], message: 'une séance plénière ne concerne pas un groupe : retirez le champ groupe' });
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
