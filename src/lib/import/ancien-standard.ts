/**
 * Conversion of the legacy standard v0.1.x (2022), still found in hub exports, to the current
 * v1.0.x (facts sheet §6). Renamed columns, split columns and old values are converted
 * explicitly, value by value, and every conversion is reported to the user; a legacy value
 * with no current equivalent is either kept as free text (`autres_formations_labels`) or, for
 * « Adultes » only, dropped with a notice (a place welcomes every adult by default).
 *
 * Sources of the correspondences: the reference library's v0 → data·inclusion map for the
 * services, mednum-cli configurations for the « modalités » and fees; the others follow the
 * change log `descriptif-des-evolutions` (values « extracted » from the old fields).
 */
import type { Colonne, Frais, ModaliteAccompagnement, Service } from '../standard/valeurs.ts';

/** Columns of v0.1.x that no longer exist in v1.0.x. */
export const COLONNES_ANCIENNES = [
  'cle_ban',
  'courriel',
  'publics_accueillis',
  'conditions_acces',
  'labels_nationaux',
  'labels_autres',
  'accessibilite',
] as const;
export type ColonneAncienne = (typeof COLONNES_ANCIENNES)[number];

/** Where a renamed v0.1.x column goes; `null` for `cle_ban`, which the standard removed. */
export const RENOMMAGES: Readonly<Record<ColonneAncienne, Colonne | null>> = {
  cle_ban: null,
  courriel: 'courriels',
  publics_accueillis: 'publics_specifiquement_adresses',
  conditions_acces: 'frais_a_charge',
  labels_nationaux: 'dispositif_programmes_nationaux',
  labels_autres: 'autres_formations_labels',
  accessibilite: 'fiche_acces_libre',
};

/** A legacy value's current equivalent: a value of a column (possibly another one), or nothing. */
export type Equivalent = { colonne: Colonne; valeur: string } | { colonne: null; raison: string };

const service = (valeur: Service): Equivalent => ({ colonne: 'services', valeur });
const frais = (valeur: Frais): Equivalent => ({ colonne: 'frais_a_charge', valeur });
const accompagnement = (valeur: ModaliteAccompagnement): Equivalent => ({ colonne: 'modalites_accompagnement', valeur });

/** The 15 services of v0.1.1 (facts sheet §6, « Old → new services mapping »). */
export const SERVICES_V0: Readonly<Record<string, Equivalent>> = {
  'Devenir autonome dans les démarches administratives': service('Aide aux démarches administratives'),
  'Réaliser des démarches administratives avec un accompagnement': service('Aide aux démarches administratives'),
  'Accompagner les démarches de santé': service('Aide aux démarches administratives'),
  'Prendre en main un smartphone ou une tablette': service('Maîtrise des outils numériques du quotidien'),
  'Prendre en main un ordinateur': service('Maîtrise des outils numériques du quotidien'),
  'Utiliser le numérique au quotidien': service('Maîtrise des outils numériques du quotidien'),
  'Approfondir ma culture numérique': service('Compréhension du monde numérique'),
  'Promouvoir la citoyenneté numérique': service('Compréhension du monde numérique'),
  'Favoriser mon insertion professionnelle': service('Insertion professionnelle via le numérique'),
  'Créer et développer mon entreprise': service('Insertion professionnelle via le numérique'),
  'Accéder à une connexion internet': service('Accès internet et matériel informatique'),
  'Accéder à du matériel': service('Accès internet et matériel informatique'),
  "S'équiper en matériel informatique": service('Acquisition de matériel informatique à prix solidaire'),
  'Créer avec le numérique': service('Loisirs et créations numériques'),
  "Soutenir la parentalité et l'éducation avec le numérique": service('Parentalité et éducation avec le numérique'),
};

/**
 * The 11 « publics accueillis » of v0.1.1, split in v1.0 between the publics specifically
 * addressed and the specific support (change log). « Handicaps psychiques » has no value of
 * its own any more: the closest, « Handicaps mentaux », is used.
 */
export const PUBLICS_V0: Readonly<Record<string, Equivalent>> = {
  'Seniors (+ 65 ans)': { colonne: 'publics_specifiquement_adresses', valeur: 'Seniors' },
  'Familles/enfants': { colonne: 'publics_specifiquement_adresses', valeur: 'Familles et/ou enfants' },
  Adultes: { colonne: null, raison: 'le standard actuel n’a pas cette valeur : un lieu accueille tout public par défaut' },
  'Jeunes (16-26 ans)': { colonne: 'publics_specifiquement_adresses', valeur: 'Jeunes' },
  'Uniquement femmes': { colonne: 'publics_specifiquement_adresses', valeur: 'Femmes' },
  'Public langues étrangères': { colonne: 'prise_en_charge_specifique', valeur: 'Langues étrangères (autres)' },
  'Déficience visuelle': { colonne: 'prise_en_charge_specifique', valeur: 'Déficience visuelle' },
  Surdité: { colonne: 'prise_en_charge_specifique', valeur: 'Surdité' },
  'Handicaps psychiques : troubles psychiatriques donnant lieu à des atteintes comportementales': {
    colonne: 'prise_en_charge_specifique',
    valeur: 'Handicaps mentaux',
  },
  "Handicaps mentaux : déficiences limitant les activités d'une personne": { colonne: 'prise_en_charge_specifique', valeur: 'Handicaps mentaux' },
  "Personnes en situation d'illettrisme": { colonne: 'prise_en_charge_specifique', valeur: 'Illettrisme' },
};

/**
 * The 5 « conditions d'accès » of v0.1.1 → « frais à charge ». Adhésion → Payant (mednum-cli);
 * the Pass numérique is a voucher that makes the service free for its holder: « Gratuit sous
 * condition ».
 */
export const CONDITIONS_ACCES_V0: Readonly<Record<string, Equivalent>> = {
  'Gratuit : Je peux accéder gratuitement au lieu et à ses services': frais('Gratuit'),
  'Gratuit sous condition : La gratuité est conditionnée à des critères (situation familiale, convention avec un organisme social...)':
    frais('Gratuit sous condition'),
  "Payant : L'accès au lieu et/ou à ses services est payant": frais('Payant'),
  "Accepte le Pass numérique : Il est possible d'utiliser un Pass numérique pour accéder au lieu": frais('Gratuit sous condition'),
  "Adhésion : L'accès au lieu et/ou à ses services nécessite d'y adhérer": frais('Payant'),
};

/**
 * The 11 « labels nationaux » of v0.1.1, split in v1.0 between the national schemes and the
 * trainings and labels; those without a current value are kept as « autres formations et
 * labels » so that nothing is lost.
 */
export const LABELS_NATIONAUX_V0: Readonly<Record<string, Equivalent>> = {
  'France Services': { colonne: 'dispositif_programmes_nationaux', valeur: 'France Services' },
  CNFS: { colonne: 'dispositif_programmes_nationaux', valeur: 'Conseillers numériques' },
  APTIC: { colonne: 'autres_formations_labels', valeur: 'APTIC' },
  'Aidants Connect': { colonne: 'dispositif_programmes_nationaux', valeur: 'Aidants Connect' },
  'Fabriques de Territoire': { colonne: 'formations_labels', valeur: 'Fabriques de Territoire' },
  'Grandes écoles du numérique': { colonne: 'dispositif_programmes_nationaux', valeur: 'Grande école du numérique' },
  'Point relais CAF': { colonne: 'dispositif_programmes_nationaux', valeur: "Point d'accès numérique CAF" },
  'Point numérique CAF': { colonne: 'dispositif_programmes_nationaux', valeur: "Point d'accès numérique CAF" },
  'Relais pôle emploi': { colonne: 'autres_formations_labels', valeur: 'Relais pôle emploi' },
  'French Tech': { colonne: 'autres_formations_labels', valeur: 'French Tech' },
  'Campus connecté': { colonne: 'autres_formations_labels', valeur: 'Campus connecté' },
};

/** The 4 long « modalités d'accompagnement » of v0.1.1 (mednum-cli, Vendée configuration). */
export const MODALITES_ACCOMPAGNEMENT_V0: Readonly<Record<string, Equivalent>> = {
  "Seul : j'ai accès à du matériel et une connexion": accompagnement('En autonomie'),
  "Avec de l'aide : je suis accompagné seul dans l'usage du numérique": accompagnement('Accompagnement individuel'),
  "Dans un atelier : j'apprends collectivement à utiliser le numérique": accompagnement('Dans un atelier collectif'),
  'A ma place : une personne habilitée fait les démarches à ma place': accompagnement('Accompagnement individuel'),
};

/** Legacy tables that apply to the values of a (current or legacy) column. */
const TABLES_PAR_COLONNE: Readonly<Record<string, readonly Readonly<Record<string, Equivalent>>[]>> = {
  services: [SERVICES_V0],
  publics_accueillis: [PUBLICS_V0],
  publics_specifiquement_adresses: [PUBLICS_V0],
  prise_en_charge_specifique: [PUBLICS_V0],
  conditions_acces: [CONDITIONS_ACCES_V0],
  frais_a_charge: [CONDITIONS_ACCES_V0],
  labels_nationaux: [LABELS_NATIONAUX_V0],
  dispositif_programmes_nationaux: [LABELS_NATIONAUX_V0],
  formations_labels: [LABELS_NATIONAUX_V0],
  modalites_accompagnement: [MODALITES_ACCOMPAGNEMENT_V0],
};

/**
 * Key for comparing legacy values as hubs wrote them: case, typographic apostrophes, spaces,
 * and the explanation after « : » (files often hold « Payant » or « Seul » alone) ignored.
 */
function cle(valeur: string): string {
  return valeur.normalize('NFC').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').split(' : ')[0]!.replace(/^À /, 'A ').trim().toLowerCase();
}

const INDEX = new Map<Readonly<Record<string, Equivalent>>, Map<string, Equivalent>>();
function index(table: Readonly<Record<string, Equivalent>>): Map<string, Equivalent> {
  let i = INDEX.get(table);
  if (!i) {
    i = new Map(Object.entries(table).map(([valeur, equivalent]) => [cle(valeur), equivalent]));
    INDEX.set(table, i);
  }
  return i;
}

/**
 * The current equivalent of a legacy value found in `colonne` (a column of either version),
 * or `undefined` when the value is not a legacy value of that column.
 */
export function equivalentAncien(colonne: string, valeur: string): Equivalent | undefined {
  for (const table of TABLES_PAR_COLONNE[colonne] ?? []) {
    const equivalent = index(table).get(cle(valeur));
    if (equivalent) return equivalent;
  }
  return undefined;
}
