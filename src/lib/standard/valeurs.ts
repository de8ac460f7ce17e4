/**
 * Value lists of the national data standard for digital-mediation places
 * (« Standard de données de l'offre de médiation numérique », LaMednum/standard-mediation-num,
 * schema.json v1.0.2, Licence Ouverte etalab-2.0).
 *
 * Values are copied verbatim from the patterns of schema.json: they are case- and
 * accent-sensitive and are exported as they are. Labels for display live beside them.
 */

/** The 32 columns of the standard v1.0.x, in the order a CSV file must follow. */
export const COLONNES = [
  'id',
  'pivot',
  'nom',
  'commune',
  'code_postal',
  'code_insee',
  'adresse',
  'complement_adresse',
  'latitude',
  'longitude',
  'typologie',
  'telephone',
  'courriels',
  'site_web',
  'horaires',
  'presentation_resume',
  'presentation_detail',
  'source',
  'itinerance',
  'structure_parente',
  'date_maj',
  'services',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'autres_formations_labels',
  'modalites_acces',
  'modalites_accompagnement',
  'fiche_acces_libre',
  'prise_rdv',
] as const;

export type Colonne = (typeof COLONNES)[number];

export const SERVICES = [
  'Aide aux démarches administratives',
  'Maîtrise des outils numériques du quotidien',
  'Insertion professionnelle via le numérique',
  'Utilisation sécurisée du numérique',
  'Parentalité et éducation avec le numérique',
  'Loisirs et créations numériques',
  'Compréhension du monde numérique',
  'Accès internet et matériel informatique',
  'Acquisition de matériel informatique à prix solidaire',
] as const;
export type Service = (typeof SERVICES)[number];

export const PUBLICS = ['Jeunes', 'Étudiants', 'Familles et/ou enfants', 'Seniors', 'Femmes'] as const;
export type Public = (typeof PUBLICS)[number];

export const PRISES_EN_CHARGE = [
  'Surdité',
  'Handicaps moteurs',
  'Handicaps mentaux',
  'Illettrisme',
  'Langues étrangères (anglais)',
  'Langues étrangères (autres)',
  'Déficience visuelle',
] as const;
export type PriseEnCharge = (typeof PRISES_EN_CHARGE)[number];

export const FRAIS = ['Gratuit', 'Gratuit sous condition', 'Payant'] as const;
export type Frais = (typeof FRAIS)[number];

export const DISPOSITIFS = [
  'Aidants Connect',
  'Bibliothèques numérique de référence',
  'Certification PIX',
  'Conseillers numériques',
  'Emmaüs Connect',
  'France Services',
  'Grande école du numérique',
  'La Croix Rouge',
  "Point d'accès numérique CAF",
  'Promeneurs du net',
  'Relais numérique (Emmaüs Connect)',
] as const;
export type Dispositif = (typeof DISPOSITIFS)[number];

/**
 * `Étapes numériques (La Poste)` is written with a space before the bracket, as in the
 * standard's description and the reference library. schema.json v1.0.2 has no space in its
 * pattern (facts sheet §5.1): the CSV validator handles that inconsistency explicitly.
 */
export const FORMATIONS_LABELS = [
  'Formé à « Mon Espace Santé »',
  'Formé à « DUPLEX » (illettrisme)',
  'Arnia/MedNum BFC (Bourgogne-Franche-Comté)',
  'Collectif ressources et acteurs réemploi (Normandie)',
  'Étapes numériques (La Poste)',
  'Fabriques de Territoire',
  'Les Éclaireurs du numérique (Drôme)',
  'Mes Papiers (Métropole de Lyon)',
  'ORDI 3.0',
  'SUD LABS (PACA)',
] as const;
export type FormationLabel = (typeof FORMATIONS_LABELS)[number];

export const MODALITES_ACCES = [
  'Se présenter',
  'Téléphoner',
  'Contacter par mail',
  'Prendre un RDV en ligne',
  "Ce lieu n'accueille pas de public",
  'Envoyer un mail avec une fiche de prescription',
] as const;
export type ModaliteAcces = (typeof MODALITES_ACCES)[number];

export const MODALITES_ACCOMPAGNEMENT = ['En autonomie', 'Accompagnement individuel', 'Dans un atelier collectif', 'À distance'] as const;
export type ModaliteAccompagnement = (typeof MODALITES_ACCOMPAGNEMENT)[number];

export const ITINERANCES = ['Itinérant', 'Fixe'] as const;
export type Itinerance = (typeof ITINERANCES)[number];

/**
 * Structure typologies (codes of the data·inclusion list used by the standard's `typologie`
 * column, as in the reference library's enum), with their labels in plain French.
 */
export const TYPOLOGIES = {
  ACI: "Atelier chantier d'insertion",
  ACIPHC: "Atelier chantier d'insertion premières heures en chantier",
  AFPA: 'Agence nationale pour la formation professionnelle des adultes',
  AI: 'Association intermédiaire',
  ASE: "Aide sociale à l'enfance",
  ASSO: 'Association',
  ASSO_CHOMEUR: 'Association de chômeurs',
  Autre: 'Autre',
  AVIP: "Crèche à vocation d'insertion professionnelle",
  BIB: 'Bibliothèque, médiathèque',
  CAARUD: "Centre d'accueil et d'accompagnement à la réduction des risques pour usagers de drogues",
  CADA: "Centre d'accueil de demandeurs d'asile",
  CAF: "Caisse d'allocations familiales",
  CAP_EMPLOI: 'Cap emploi',
  CAVA: "Centre d'adaptation à la vie active",
  CC: 'Communauté de communes',
  CCAS: "Centre communal d'action sociale",
  CCONS: 'Chambre consulaire',
  CD: 'Conseil départemental',
  CDAS: "Centre départemental d'action sociale",
  CFP: 'Centre des finances publiques',
  CHRS: "Centre d'hébergement et de réinsertion sociale",
  CHU: "Centre d'hébergement d'urgence",
  CIAS: "Centre intercommunal d'action sociale",
  CIDFF: "Centre d'information sur les droits des femmes et des familles",
  CITMET: 'Cité des métiers',
  CMP: 'Centre médico-psychologique',
  CMS: 'Centre médico-social',
  CPAM: "Caisse primaire d'assurance maladie",
  CPH: "Centre provisoire d'hébergement",
  CS: 'Centre social',
  CSAPA: "Centre de soins, d'accompagnement et de prévention en addictologie",
  CSC: 'Centre socioculturel',
  DEETS: "Direction de l'économie, de l'emploi, du travail et des solidarités",
  DEPT: 'Services sociaux du conseil départemental',
  DIPLP: 'Délégation interministérielle à la prévention et à la lutte contre la pauvreté',
  E2C: 'École de la deuxième chance',
  EA: 'Entreprise adaptée',
  EATT: 'Entreprise adaptée de travail temporaire',
  EI: "Entreprise d'insertion",
  EITI: "Entreprise d'insertion par le travail indépendant",
  ENM: 'Espace numérique mobile',
  EPCI: 'Intercommunalité (EPCI)',
  EPI: 'Espace public internet',
  EPIDE: "Établissement pour l'insertion dans l'emploi",
  EPN: 'Espace public numérique',
  ES: 'Épicerie solidaire',
  ESAT: "Établissement et service d'aide par le travail",
  ESS: "Structure de l'économie sociale et solidaire",
  ETTI: "Entreprise de travail temporaire d'insertion",
  EVS: 'Espace de vie sociale',
  FABLAB: 'Fablab, atelier de fabrication numérique',
  FABRIQUE: 'Fabrique de territoire',
  FAIS: "Fédération d'acteurs de l'insertion et de la solidarité",
  FT: 'France Travail',
  GEIQ: "Groupement d'employeurs pour l'insertion et la qualification",
  HUDA: "Hébergement d'urgence pour demandeurs d'asile",
  LA_POSTE: 'La Poste',
  MDE: "Maison de l'emploi",
  MDH: 'Maison des habitants',
  MDEF: "Maison de l'emploi et de la formation",
  MDPH: 'Maison départementale des personnes handicapées',
  MDS: 'Maison départementale des solidarités',
  MJC: 'Maison des jeunes et de la culture',
  ML: 'Mission locale',
  MQ: 'Maison de quartier',
  MSA: 'Mutualité sociale agricole',
  MSAP: 'Maison de services au public',
  MUNI: 'Mairie, municipalité',
  OACAS: "Organisme d'accueil communautaire et d'activités solidaires",
  ODC: 'Organisation de consommateurs',
  OF: 'Organisme de formation',
  OIL: "Opérateur d'intermédiation locative",
  OPCS: 'Organisme pratiquant le conseil en santé',
  PAD: "Point d'accès au droit",
  PENSION: 'Pension de famille, résidence accueil',
  PI: "Point d'information",
  PIJ_BIJ: 'Point ou bureau information jeunesse',
  PIMMS: 'Point information médiation multi-services',
  PJJ: 'Protection judiciaire de la jeunesse',
  PLIE: "Plan local pour l'insertion et l'emploi",
  PREF: 'Préfecture, sous-préfecture',
  PREVENTION: 'Service ou club de prévention',
  REG: 'Région',
  RELAIS_LECTURE: 'Relais lecture',
  RESSOURCERIE: 'Ressourcerie',
  RFS: 'France Services',
  RS_FJT: 'Résidence sociale, foyer de jeunes travailleurs',
  SCP: 'Service communal de proximité',
  SPIP: "Service pénitentiaire d'insertion et de probation",
  TIERS_LIEUX: 'Tiers-lieu',
  UDAF: 'Union départementale des associations familiales',
} as const;
export type Typologie = keyof typeof TYPOLOGIES;
export const CODES_TYPOLOGIE = /* @__PURE__ */ Object.keys(TYPOLOGIES) as [Typologie, ...Typologie[]];

/** A column of the standard whose values come from a closed list. */
export interface ListeDeValeurs {
  /** The allowed values, verbatim and in the standard's order. */
  readonly valeurs: readonly [string, ...string[]];
  /** True when a cell holds several values (joined with `|` in CSV, a YAML list in content). */
  readonly multiple: boolean;
  /** How messages name the list: « n'est pas une valeur autorisée pour les services ». */
  readonly nom: string;
}

/**
 * The closed lists the directory filters on: every one but the typology. Declared apart only so
 * that the filters, shipped to the browser, do not carry the typology labels (the bundler keeps
 * a whole object); {@link LISTES_DE_VALEURS} holds these very entries.
 */
export const LISTES_DES_FILTRES = {
  itinerance: { valeurs: ITINERANCES, multiple: true, nom: 'l’itinérance' },
  services: { valeurs: SERVICES, multiple: true, nom: 'les services' },
  publics_specifiquement_adresses: { valeurs: PUBLICS, multiple: true, nom: 'les publics' },
  prise_en_charge_specifique: { valeurs: PRISES_EN_CHARGE, multiple: true, nom: 'les prises en charge spécifiques' },
  frais_a_charge: { valeurs: FRAIS, multiple: true, nom: 'les frais à charge' },
  dispositif_programmes_nationaux: { valeurs: DISPOSITIFS, multiple: true, nom: 'les dispositifs et programmes nationaux' },
  formations_labels: { valeurs: FORMATIONS_LABELS, multiple: true, nom: 'les formations et labels' },
  modalites_acces: { valeurs: MODALITES_ACCES, multiple: true, nom: 'les modalités d’accès' },
  modalites_accompagnement: { valeurs: MODALITES_ACCOMPAGNEMENT, multiple: true, nom: 'les modalités d’accompagnement' },
} as const satisfies { readonly [C in Colonne]?: ListeDeValeurs };

/**
 * The one map from each column with a closed list to its allowed values. The content schema,
 * the import, the directory's filters and the tests' generators all derive from it, so that a
 * column cannot accept a value here and refuse it there. In the order of {@link COLONNES}.
 */
export const LISTES_DE_VALEURS = {
  typologie: { valeurs: CODES_TYPOLOGIE, multiple: true, nom: 'les typologies' },
  ...LISTES_DES_FILTRES,
} as const satisfies { readonly [C in Colonne]?: ListeDeValeurs };

/** A column whose values come from a closed list. */
export type ColonneAListe = keyof typeof LISTES_DE_VALEURS;

/** Columns with a closed list, in the order of {@link COLONNES}. */
export const COLONNES_A_LISTE = /* @__PURE__ */ Object.keys(LISTES_DE_VALEURS) as ColonneAListe[];

/** The closed list of a column, or `undefined` for a free column (text, number, date…). */
export function listeDe(colonne: string): ListeDeValeurs | undefined {
  return Object.hasOwn(LISTES_DE_VALEURS, colonne) ? LISTES_DE_VALEURS[colonne as ColonneAListe] : undefined;
}

/** Free-text columns that hold several values. */
const TEXTES_MULTIPLES: readonly Colonne[] = ['courriels', 'site_web', 'autres_formations_labels'];

/** Columns whose value is a list (joined with `|` in CSV): the multiple closed lists and a few free ones. */
export const COLONNES_MULTIPLES: readonly Colonne[] = /* @__PURE__ */ COLONNES.filter((c) => listeDe(c)?.multiple ?? TEXTES_MULTIPLES.includes(c));

/** Short labels of the services, for badges in lists. */
export const SERVICES_COURTS: Record<Service, string> = {
  'Aide aux démarches administratives': 'Démarches',
  'Maîtrise des outils numériques du quotidien': 'Outils du quotidien',
  'Insertion professionnelle via le numérique': 'Emploi',
  'Utilisation sécurisée du numérique': 'Sécurité',
  'Parentalité et éducation avec le numérique': 'Parentalité',
  'Loisirs et créations numériques': 'Loisirs',
  'Compréhension du monde numérique': 'Culture numérique',
  'Accès internet et matériel informatique': 'Accès internet et matériel',
  'Acquisition de matériel informatique à prix solidaire': 'Matériel à prix solidaire',
};

/**
 * The 4 plain-language needs of the national map, each grouping standard services
 * (facts sheet §3.1, from the ANCT orientation pages).
 */
export const BESOINS = [
  {
    id: 'demarches',
    libelle: 'Faire mes démarches',
    aide: 'CAF, CPAM, France Travail, impôts, CV, recherche d’emploi…',
    services: ['Aide aux démarches administratives', 'Insertion professionnelle via le numérique'],
  },
  {
    id: 'apprendre',
    libelle: 'Apprendre les bases',
    aide: 'Mails, réseaux sociaux, rendez-vous en ligne, ordinateur, smartphone…',
    services: ['Maîtrise des outils numériques du quotidien'],
  },
  {
    id: 'culture-numerique',
    libelle: 'Comprendre et bien utiliser le numérique',
    aide: 'Sécurité, fausses informations, données personnelles, photo, vidéo, parentalité…',
    services: [
      'Compréhension du monde numérique',
      'Utilisation sécurisée du numérique',
      'Loisirs et créations numériques',
      'Parentalité et éducation avec le numérique',
    ],
  },
  {
    id: 'materiel',
    libelle: 'Accéder à un ordinateur ou à internet',
    aide: 'Ordinateur, imprimante, scanner, wifi, matériel à prix solidaire…',
    services: ['Accès internet et matériel informatique', 'Acquisition de matériel informatique à prix solidaire'],
  },
] as const satisfies readonly { id: string; libelle: string; aide: string; services: readonly Service[] }[];
