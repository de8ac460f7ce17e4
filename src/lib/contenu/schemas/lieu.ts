/**
 * Schema of a place (`content/lieux/*.md`): the 32 columns of the national standard, checked
 * against the configured département and today's date. The import validates every row with it,
 * as the build validates every file.
 */
import { z } from 'astro/zod';
import { verifierPosition, type Commune, type Contour } from '../../territoire/geo.ts';
import { contourDuDepartement } from '../../territoire/contours.ts';
import { toutesLesCommunes } from '../../territoire/communes.ts';
import { indexerCommunes, problemesAdresse, type IndexCommunes } from '../../territoire/adresse-commune.ts';
import { erreurHoraires } from '../../horaires/saisie-francaise.ts';
import { LISTES_DE_VALEURS, type ColonneAListe } from '../../standard/valeurs.ts';
import { cite, code, courriel, dateCalendrier, identifiant, liste, sansDoublons, telephone, texte, url, valeurDe } from './communs.ts';

/**
 * The standard's local id of a place: free text in the standard (« structure-1 », UUIDs, hub
 * ids such as « Hinaura_123 », « …_bibliothèque-universitaire… », « …lab'o »), kept verbatim:
 * a later `--update` import matches on it. The page's address is its slug (`slugLieu`).
 * Only what no file can carry is refused: nothing but spaces, line breaks and control
 * characters, spaces around it (invisible in a spreadsheet, they would make two ids).
 */
export function identifiantLieu() {
  return z
    .string({ error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} doit être un identifiant (un texte)`) })
    .min(1, { error: 'l’identifiant est vide : donnez au lieu un identifiant unique (exemple : mediatheque-bayeux)' })
    .max(250, { error: (iss) => `${cite(iss.input)} est trop long : 250 caractères au plus` })
    .refine((v) => v.trim() === v && v.trim() !== '', {
      error: (iss) => `${cite(iss.input)} commence ou finit par une espace : enlevez-la (un identifiant doit se retrouver à l’identique d’un import à l’autre)`,
    })
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), {
      error: (iss) => `${cite(iss.input)} contient un retour à la ligne ou un caractère de contrôle : écrivez l’identifiant sur une seule ligne`,
    });
}

/**
 * A column with a closed list of the standard, from {@link LISTES_DE_VALEURS}: a YAML list of
 * allowed values, duplicates removed. Every closed list of the standard is multi-valued; a
 * single-valued one would need its own builder (the place's type would change).
 */
function champListe<C extends ColonneAListe>(colonne: C) {
  const { valeurs, nom } = LISTES_DE_VALEURS[colonne] satisfies { multiple: true };
  return liste(valeurDe(valeurs as (typeof LISTES_DE_VALEURS)[C]['valeurs'], nom))
    .transform(sansDoublons)
    .optional();
}

/** Everything the place schema needs to know about the site it is validated for. */
export interface ContexteLieu {
  /** Communes of the configured département, to check that places lie in it. */
  communes: readonly Commune[];
  /** Name of the département, for messages. */
  nomDepartement: string;
  /** Today's date `AAAA-MM-JJ`: `date_maj` cannot be later. */
  aujourdhui: string;
  /** Code of the département; by default, that of the communes. */
  departement?: string | undefined;
  /** Outline of the département; by default, read from `src/data/contours-departements.json`. */
  contour?: Contour | undefined;
}

/** The département the context is for, `undefined` for a context without communes (the CMS's). */
function departementDu(contexte: ContexteLieu): string | undefined {
  return contexte.departement ?? contexte.communes[0]?.departement;
}

function contourDu(contexte: ContexteLieu): Contour | undefined {
  if (contexte.contour) return contexte.contour;
  const code = departementDu(contexte);
  return code ? contourDuDepartement(code) : undefined;
}

const index = new Map<string, IndexCommunes>();

/** The gazetteer index of the context's département, built once per département. */
function indexDu(contexte: ContexteLieu): IndexCommunes | undefined {
  const code = departementDu(contexte);
  if (!code || contexte.communes.length === 0) return undefined;
  let i = index.get(code);
  if (!i) {
    i = indexerCommunes(toutesLesCommunes(), code);
    index.set(code, i);
  }
  return i;
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
      .union([z.string(), z.number()], {
        error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} doit être un SIRET ou un numéro RNA`),
      })
      .transform((v) => String(v).replace(/\s/g, ''))
      .refine((v) => MOTIF_SIRET.test(v) || MOTIF_RNA.test(v), {
        error: (iss) =>
          `${cite(iss.input)} n'est ni un SIRET (14 chiffres, exemple "43493312300029") ni un numéro RNA (W suivi de 9 caractères, exemple "W143001234")`,
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
    latitude: z
      .number({ error: (iss) => `${cite(iss.input)} doit être un nombre décimal avec un point (exemple : 49.18231)` })
      .min(-90, { error: 'une latitude est comprise entre -90 et 90' })
      .max(90, { error: 'une latitude est comprise entre -90 et 90' })
      .optional(),
    /** Longitude WGS84 in decimal degrees (e.g. -0.37). */
    longitude: z
      .number({ error: (iss) => `${cite(iss.input)} doit être un nombre décimal avec un point (exemple : -0.37012)` })
      .min(-180, { error: 'une longitude est comprise entre -180 et 180' })
      .max(180, { error: 'une longitude est comprise entre -180 et 180' })
      .optional(),
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
        // The rule and its message live with the French converter: the /admin/ editor uses them too.
        const message = erreurHoraires(valeur);
        if (message) ctx.addIssue({ code: 'custom', message });
      })
      .optional(),
    /** Short presentation, at most 280 characters. */
    presentation_resume: texte({ max: 280, multiligne: true }).optional(),
    /** Who collected the data (the place itself, a collectivity, a network). */
    source: texte({ max: 150 }).optional(),
    /** Whether the place is itinerant (a bus) or fixed. */
    itinerance: champListe('itinerance'),
    /** Network or parent organisation (name or SIRET). */
    structure_parente: texte({ max: 150 }).optional(),
    /** Date of the last update of this record, `AAAA-MM-JJ`, not in the future. Required. */
    date_maj: dateCalendrier().refine((d) => d <= contexte.aujourdhui, {
      error: (iss) =>
        `${cite(iss.input)} est dans le futur : indiquez la date de la dernière vérification des informations (au plus tard ${contexte.aujourdhui})`,
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
        error: (iss) =>
          `${cite(iss.input)} contient le caractère « | », qui sépare les valeurs dans les fichiers du standard : écrivez chaque label comme un élément de la liste`,
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
export function problemePosition(
  latitude: unknown,
  longitude: unknown,
  contexte: ContexteLieu,
): { champ: 'latitude' | 'longitude'; message: string } | undefined {
  if ((latitude === undefined) !== (longitude === undefined)) {
    return { champ: latitude === undefined ? 'latitude' : 'longitude', message: 'la latitude et la longitude vont ensemble : indiquez les deux ou aucune' };
  }
  if (typeof latitude !== 'number' || typeof longitude !== 'number' || contexte.communes.length === 0) return undefined;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  const position = verifierPosition(latitude, longitude, contexte.communes, contourDu(contexte));
  if (position.ok) return undefined;
  const distance = String(position.distanceKm).replace('.', ',');
  const ou = position.contour
    ? `à ${distance} km de sa limite${position.communeProche ? ` ; commune la plus proche : ${position.communeProche}` : ''}`
    : `à ${distance} km de ${position.communeProche}`;
  return {
    champ: 'latitude',
    message: position.inversee
      ? `la position (${latitude}, ${longitude}) est hors du département ; la latitude et la longitude semblent inversées : essayez latitude: ${longitude} et longitude: ${latitude}`
      : `la position (${latitude}, ${longitude}) est hors du département ${contexte.nomDepartement} (${ou}) : vérifiez la latitude et la longitude`,
  };
}

/**
 * Problems of the commune, postcode and INSEE code of a place (see `territoire/adresse-commune.ts`):
 * what locates a place without coordinates, and what its commune page is chosen by.
 */
export function problemesCommune(lieu: { commune: string; code_postal: string; code_insee?: string | undefined }, contexte: ContexteLieu) {
  const i = indexDu(contexte);
  // A malformed value has its own message already (the whole-object rules also run then).
  const bienForme =
    typeof lieu.commune === 'string' &&
    /^\d{5}$/.test(String(lieu.code_postal)) &&
    (lieu.code_insee === undefined || /^([013-9]\d|2[AB1-9])\d{3}$/.test(String(lieu.code_insee)));
  return i && bienForme ? problemesAdresse(lieu, i, contexte.nomDepartement) : [];
}

/** Schema of a place's front matter, for the given département and date. */
export function schemaLieu(contexte: ContexteLieu) {
  return z.strictObject(champsLieu(contexte)).superRefine((lieu, ctx) => {
    const probleme = problemePosition(lieu.latitude, lieu.longitude, contexte);
    if (probleme) ctx.addIssue({ code: 'custom', path: [probleme.champ], message: probleme.message });
    for (const p of problemesCommune(lieu, contexte)) ctx.addIssue({ code: 'custom', path: [p.champ], message: p.message });
  });
}

export type LieuSaisi = z.output<ReturnType<typeof schemaLieu>>;
