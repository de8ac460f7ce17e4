/**
 * Export to the data·inclusion schema v1 (structures and services, JSON), following the
 * official mapping that data·inclusion applies to the national digital-mediation data
 * (gip-inclusion/data-inclusion, `pipeline/dbt/models/intermediate/v1/001_mappings/
 * mediation_numerique/`, facts sheet §7): one structure and one service per place, with the
 * same identifier `source--id`.
 *
 * Departures from that pipeline, each for a reason:
 * - `publics`: the pipeline joins the standard's publics on the wrong column, so that only
 *   the « prise en charge » values reach data·inclusion; the mapping table it defines
 *   (Étudiants → etudiants…) is applied here as intended.
 * - `zone_eligibilite`: without an INSEE code the pipeline leaves it empty; the place is known
 *   to be in the collective's département, whose code is used.
 * - `frais`: when a place lists both « Gratuit sous condition » and « Payant », the pipeline's
 *   choice depends on row order; here any free option gives `gratuit`, as its ordering intends.
 * - texts are cut to the schema's limits (description 5–10 000 characters, name 3–150) rather
 *   than producing records that data·inclusion would reject.
 */
import type { LieuPourExport } from './export-standard.ts';
import { trierLieux } from './export-standard.ts';

/** Thématiques of each service of the standard (`_map_mediation_numerique__thematiques.sql`). */
export const THEMATIQUES_PAR_SERVICE: Readonly<Record<string, readonly string[]>> = {
  'Accès internet et matériel informatique': ['numerique--acceder-a-une-connexion-internet', 'numerique--acquerir-un-equipement'],
  'Acquisition de matériel informatique à prix solidaire': ['numerique--acquerir-un-equipement'],
  'Aide aux démarches administratives': [
    'difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives',
    'numerique--acceder-a-des-services-en-ligne',
  ],
  'Compréhension du monde numérique': ['numerique--maitriser-les-fondamentaux-du-numerique'],
  'Insertion professionnelle via le numérique': [
    'preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi',
    'numerique--maitriser-les-fondamentaux-du-numerique',
  ],
  'Loisirs et créations numériques': ['remobilisation--activites-sportives-et-culturelles', 'numerique--maitriser-les-fondamentaux-du-numerique'],
  'Maîtrise des outils numériques du quotidien': ['numerique--maitriser-les-fondamentaux-du-numerique', 'numerique--acceder-a-des-services-en-ligne'],
  'Parentalité et éducation avec le numérique': ['famille--soutien-a-la-parentalite-et-a-leducation', 'numerique--maitriser-les-fondamentaux-du-numerique'],
  'Utilisation sécurisée du numérique': ['numerique--maitriser-les-fondamentaux-du-numerique'],
};

/** Type of service of each « modalité d'accompagnement » (`_map_mediation_numerique__types.sql`); « À distance » has none. */
export const TYPE_PAR_MODALITE: Readonly<Record<string, string>> = {
  'Accompagnement individuel': 'accompagnement',
  'Dans un atelier collectif': 'atelier',
  'En autonomie': 'aide-materielle',
};

/** Modes de mobilisation of each « modalité d'accès » (`_map_mediation_numerique__modes_mobilisation.sql`). */
export const MODE_MOBILISATION_PAR_MODALITE: Readonly<Record<string, string>> = {
  'Contacter par mail': 'envoyer-un-courriel',
  'Envoyer un mail avec une fiche de prescription': 'envoyer-un-courriel',
  'Prendre un RDV en ligne': 'utiliser-lien-mobilisation',
  'Se présenter': 'se-presenter',
  Téléphoner: 'telephoner',
};

/** Publics (`_map_mediation_numerique__publics.sql` and `…__publics__prise_en_charge.sql`). */
export const PUBLIC_PAR_VALEUR: Readonly<Record<string, string>> = {
  Étudiants: 'etudiants',
  'Familles et/ou enfants': 'familles',
  Femmes: 'femmes',
  Jeunes: 'jeunes',
  Seniors: 'seniors',
  'Déficience visuelle': 'personnes-en-situation-de-handicap',
  'Handicaps mentaux': 'personnes-en-situation-de-handicap',
  'Handicaps moteurs': 'personnes-en-situation-de-handicap',
  Surdité: 'personnes-en-situation-de-handicap',
  'Langues étrangères (anglais)': 'personnes-exilees',
  'Langues étrangères (autres)': 'personnes-exilees',
};

/** Réseaux porteurs of the national schemes (`_map_mediation_numerique__reseaux_porteurs.sql`); the others have none. */
export const RESEAU_PAR_DISPOSITIF: Readonly<Record<string, string>> = {
  'Aidants Connect': 'aidants-connect',
  'Conseillers numériques': 'conseillers-numeriques',
  'France Services': 'france-service',
  'Grande école du numérique': 'grandes-ecoles-du-numerique',
  'La Croix Rouge': 'croix-rouge',
};

/** Name of the one service of each place, as in the official pipeline. */
export const NOM_SERVICE = "Service d'accompagnement au numérique";

export interface ParametresDataInclusion {
  /** Identifier of the producer in data·inclusion (`source`), also the prefix of the ids. */
  source: string;
  /** Absolute address of a place's page (`lien_source`). */
  urlFiche: (id: string) => string;
  /** Code of the collective's département, for `zone_eligibilite` when a place has no INSEE code. */
  codeDepartement: string;
}

type Objet = Record<string, unknown>;

function uniquesTries(valeurs: Iterable<string | undefined>): string[] {
  return [...new Set([...valeurs].filter((v): v is string => v !== undefined))].sort();
}

function couper(texte: string | undefined, min: number, max: number): string | undefined {
  if (texte === undefined) return undefined;
  const t = texte.trim();
  if ([...t].length < min) return undefined;
  return [...t].length > max ? `${[...t].slice(0, max - 1).join('')}…` : t;
}

/** Leaves out the keys without value: every optional field of the schema defaults to null. */
function sansVides(objet: Objet): Objet {
  return Object.fromEntries(Object.entries(objet).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)));
}

function adresse(lieu: LieuPourExport): Objet {
  const d = lieu.donnees;
  return {
    commune: d.commune,
    code_postal: d.code_postal,
    code_insee: d.code_insee,
    adresse: d.adresse,
    complement_adresse: d.complement_adresse,
    latitude: d.latitude,
    longitude: d.longitude,
  };
}

/** Name between 3 and 150 characters: a very short name gets its commune. */
function nomStructure(lieu: LieuPourExport): string {
  const nom = lieu.donnees.nom;
  return [...nom].length >= 3 ? nom : `${nom} (${lieu.donnees.commune})`;
}

/** The data·inclusion structure of a place. */
export function structureDataInclusion(lieu: LieuPourExport, p: ParametresDataInclusion): Objet {
  const d = lieu.donnees;
  const description = couper(lieu.corps, 5, 10000) ?? couper(d.presentation_resume, 5, 10000);
  return sansVides({
    source: p.source,
    id: `${p.source}--${d.id}`,
    nom: nomStructure(lieu),
    date_maj: d.date_maj,
    lien_source: p.urlFiche(d.id),
    siret: /^\d{14}$/.test(d.pivot) ? d.pivot : undefined,
    telephone: d.telephone,
    courriel: d.courriels?.[0],
    site_web: d.site_web?.find((u) => u.length <= 2083),
    description,
    horaires_accueil: d.horaires,
    accessibilite_lieu: d.fiche_acces_libre,
    reseaux_porteurs: uniquesTries((d.dispositif_programmes_nationaux ?? []).map((v) => RESEAU_PAR_DISPOSITIF[v])),
    ...adresse(lieu),
  });
}

/** The one data·inclusion service of a place. */
export function serviceDataInclusion(lieu: LieuPourExport, p: ParametresDataInclusion): Objet {
  const d = lieu.donnees;
  const services = d.services ?? [];
  const modalites = d.modalites_accompagnement ?? [];
  const types = new Set(modalites.map((m) => TYPE_PAR_MODALITE[m]));
  // The pipeline's order of preference when a place offers several kinds of help.
  const type = ['aide-materielle', 'atelier', 'accompagnement'].find((t) => types.has(t));
  const frais = d.frais_a_charge ?? [];
  const publicsBruts = [...(d.publics_specifiquement_adresses ?? []), ...(d.prise_en_charge_specifique ?? [])];
  const publics = uniquesTries(publicsBruts.map((v) => PUBLIC_PAR_VALEUR[v]));
  const insee = d.code_insee;
  const description =
    couper(lieu.corps, 5, 10000) ??
    couper(d.presentation_resume, 5, 10000) ??
    couper([...services].sort().join(', '), 5, 10000) ??
    `Accompagnement au numérique proposé par ${d.nom}.`;
  return sansVides({
    source: p.source,
    id: `${p.source}--${d.id}`,
    structure_id: `${p.source}--${d.id}`,
    nom: NOM_SERVICE,
    description,
    date_maj: d.date_maj,
    lien_source: p.urlFiche(d.id),
    type,
    thematiques: uniquesTries(services.flatMap((s) => THEMATIQUES_PAR_SERVICE[s] ?? [])),
    frais: frais.length === 0 ? undefined : frais.some((f) => f === 'Gratuit' || f === 'Gratuit sous condition') ? 'gratuit' : 'payant',
    publics: publics.length > 0 ? publics : ['tous-publics'],
    publics_precisions: publicsBruts.length > 0 ? [...publicsBruts].sort().join(', ') : undefined,
    telephone: d.telephone,
    courriel: d.courriels?.[0],
    modes_mobilisation: uniquesTries((d.modalites_acces ?? []).map((m) => MODE_MOBILISATION_PAR_MODALITE[m])),
    lien_mobilisation: d.prise_rdv,
    mobilisable_par: ['usagers', 'professionnels'],
    modes_accueil: modalites.includes('À distance') ? ['a-distance', 'en-presentiel'] : ['en-presentiel'],
    zone_eligibilite: [insee === undefined ? p.codeDepartement : insee.startsWith('97') ? insee.slice(0, 3) : insee.slice(0, 2)],
    horaires_accueil: d.horaires,
    ...adresse(lieu),
  });
}

function jsonLignes(objets: readonly Objet[]): string {
  return objets.length === 0 ? '[]\n' : `[\n${objets.map((o) => JSON.stringify(o)).join(',\n')}\n]\n`;
}

/** `structures.json`: the places as data·inclusion structures. */
export function structuresDataInclusion(lieux: readonly LieuPourExport[], p: ParametresDataInclusion): string {
  return jsonLignes(trierLieux(lieux).map((l) => structureDataInclusion(l, p)));
}

/** `services.json`: one data·inclusion service per place. */
export function servicesDataInclusion(lieux: readonly LieuPourExport[], p: ParametresDataInclusion): string {
  return jsonLignes(trierLieux(lieux).map((l) => serviceDataInclusion(l, p)));
}
