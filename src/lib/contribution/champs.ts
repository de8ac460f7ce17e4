/**
 * What a contributor reads about each field of each kind of content: a label, one or two
 * sentences of help and a valid example. Shared by the `nouveau` command, the `/admin/` forms,
 * the `_modele.md` templates and CONTRIBUTING.md, so that they all say the same thing.
 *
 * The fields themselves (names, required, allowed values) come from `contenu/schemas/`: the unit
 * tests check that every field of every schema is described here, and nothing else.
 */
import type { z } from 'astro/zod';
import { COLLECTIONS, schemaCollection, type NomCollection } from '../contenu/collections.ts';
import { champsLieu, type ContexteLieu } from '../contenu/schemas/lieu.ts';
import { PUBLICS_ACTUALITE, ROLES_MEMBRE, STATUTS_GROUPE, TYPES_MEMBRE, TYPES_RESSOURCE, TYPES_REUNION } from '../contenu/schemas/entrees-collectif.ts';
import { schemaCollectif } from '../contenu/schemas/configuration.ts';
import { TYPOLOGIES } from '../standard/valeurs.ts';

/** Help for one field. */
export interface AideChamp {
  /** Short label, as a form shows it. */
  libelle: string;
  /** What to write, in plain French. */
  aide: string;
  /** A valid value, as it is written in the file. */
  exemple: unknown;
  /**
   * The help of the `/admin/` form, when {@link aide} speaks of the file (quotes, `true`,
   * file names, date formats): a form has a date picker, a tick box, a list of members.
   */
  formulaire?: string;
}

/** The help shown under a field of the `/admin/` form. */
export function aideFormulaire(aide: AideChamp): string {
  return aide.formulaire ?? aide.aide;
}

/** Kinds of content that have help: the collections, and the collective's configuration. */
export type NomAide = NomCollection | 'collectif';

/** Context used when no département is known: the position check is then skipped. */
export const CONTEXTE_NEUTRE: ContexteLieu = { communes: [], nomDepartement: '', aujourdhui: '2999-12-31' };

/** The schema of a kind of content (places need the département and today's date): the registry's, or the configuration's. */
export function schemaDe(nom: NomAide, contexte: ContexteLieu = CONTEXTE_NEUTRE): z.ZodType {
  return nom === 'collectif' ? schemaCollectif : schemaCollection(nom, contexte);
}

/** Field schemas of a kind of content, in the order of the schema. */
export function formeSchema(nom: NomAide, contexte: ContexteLieu = CONTEXTE_NEUTRE): Record<string, z.ZodType> {
  if (nom === 'lieux') return champsLieu(contexte);
  return (schemaDe(nom, contexte) as z.ZodObject).shape as Record<string, z.ZodType>;
}

/** References between collections: the field holds the id of an entry of that collection. */
export const REFERENCES: Partial<Record<NomAide, Record<string, NomCollection>>> = {
  lieux: { membre: 'membres' },
  groupes: { pilotes: 'membres', participants: 'membres', livrables: 'ressources' },
  ressources: { auteur: 'membres' },
  reunions: { groupe: 'groupes' },
  collectif: { 'animateurs.membres': 'membres' },
};

/** Labels of coded values (`ccas-cias` → « CCAS ou CIAS »); other lists are their own labels. */
export const LIBELLES_VALEURS: Partial<Record<NomAide, Record<string, Record<string, string>>>> = {
  lieux: { typologie: TYPOLOGIES },
  membres: { type: TYPES_MEMBRE, roles: ROLES_MEMBRE },
  groupes: { statut: STATUTS_GROUPE },
  actualites: { publics: PUBLICS_ACTUALITE },
  ressources: { type: TYPES_RESSOURCE },
  reunions: { type: TYPES_REUNION },
};

/** Label of an allowed value. */
export function libelleValeur(nom: NomAide, champ: string, valeur: string): string {
  return LIBELLES_VALEURS[nom]?.[champ]?.[valeur] ?? valeur;
}

/** Singular name of an entry of each kind, for sentences (« un lieu », « une actualité »). */
export const NOMS_SINGULIERS: Record<NomAide, string> = {
  lieux: 'lieu',
  membres: 'membre',
  groupes: 'groupe de travail',
  actualites: 'actualité',
  ressources: 'ressource',
  reunions: 'réunion',
  charte: 'charte',
  convention: 'convention',
  collectif: 'configuration du collectif',
};

/** What the Markdown text under the fields is for, per collection. */
export const TEXTE_SOUS_LES_CHAMPS: Record<NomCollection, string> = {
  lieux: 'Présentation détaillée du lieu (facultative) : ce qu’on y trouve, comment s’y rendre, les ateliers proposés.',
  membres: 'Présentation de l’organisation (facultative) : ses actions d’inclusion numérique, ses contacts publics.',
  groupes: 'Description du groupe de travail : son fonctionnement, ses travaux en cours.',
  actualites: 'Texte de l’actualité.',
  ressources: 'Présentation de la ressource (facultative) : à qui elle sert, comment l’utiliser.',
  reunions: 'Compte rendu de la réunion, à ajouter après la séance (facultatif).',
  charte: 'Texte de la charte.',
  convention: 'Texte de la convention.',
};

const DOCUMENT: Record<string, AideChamp> = {
  titre: { libelle: 'Titre', aide: 'Titre du document, affiché en haut de la page.', exemple: 'Charte du collectif' },
  date_adoption: {
    libelle: 'Date d’adoption',
    aide: 'Date à laquelle le document a été adopté, au format AAAA-MM-JJ.',
    formulaire: 'Date à laquelle le document a été adopté.',
    exemple: '2022-01-20',
  },
};

/** Help for every field, per kind of content. */
export const AIDE_CHAMPS: Record<NomAide, Record<string, AideChamp>> = {
  lieux: {
    id: {
      libelle: 'Identifiant',
      aide: 'Identifiant unique du lieu, gardé tel quel dans les données (le standard le laisse libre : accents, espaces, apostrophes sont admis). L’adresse de sa page et le nom de son fichier en sont tirés, sans accents ni majuscules (« Médiathèque l’Atelier » donne /lieux/mediatheque-l-atelier/) ; de préférence en minuscules avec des tirets ; ne le changez plus une fois publié.',
      exemple: 'mediatheque-bayeux',
    },
    pivot: {
      libelle: 'SIRET ou RNA de la structure',
      aide: 'Numéro SIRET (14 chiffres) de la structure qui porte le lieu, ou son numéro RNA (W suivi de 9 caractères) pour une association sans SIRET. Écrivez-le entre guillemets. Vous le trouvez sur annuaire-entreprises.data.gouv.fr.',
      formulaire:
        'Numéro SIRET (14 chiffres) de la structure qui porte le lieu, ou son numéro RNA (W suivi de 9 caractères) pour une association sans SIRET. Vous le trouvez sur annuaire-entreprises.data.gouv.fr.',
      exemple: '21140047200019',
    },
    nom: { libelle: 'Nom du lieu', aide: 'Nom du lieu tel que le public le connaît.', exemple: 'Médiathèque Les 7 Lieux' },
    commune: { libelle: 'Commune', aide: 'Commune où se trouve le lieu, écrite en toutes lettres.', exemple: 'Bayeux' },
    code_postal: {
      libelle: 'Code postal',
      aide: 'Code postal à 5 chiffres, entre guillemets pour garder le zéro de tête éventuel.',
      formulaire: 'Code postal à 5 chiffres.',
      exemple: '14400',
    },
    code_insee: {
      libelle: 'Code INSEE de la commune',
      aide: 'Code officiel géographique de la commune (5 caractères, différent du code postal), entre guillemets. Il permet de classer le lieu dans la bonne commune sans ambiguïté.',
      formulaire:
        'Code officiel géographique de la commune (5 caractères, différent du code postal). Il permet de classer le lieu dans la bonne commune sans ambiguïté ; vous le trouvez sur la fiche de la commune de l’Insee ou de Wikipédia.',
      exemple: '14047',
    },
    adresse: { libelle: 'Adresse', aide: 'Numéro et nom de la voie.', exemple: '36 rue Saint-Patrice' },
    complement_adresse: { libelle: 'Complément d’adresse', aide: 'Étage, bâtiment, lieu-dit…', exemple: 'Rez-de-chaussée, entrée par la cour' },
    latitude: {
      libelle: 'Latitude',
      aide: 'Latitude en degrés décimaux, avec un point (pas de virgule). Indiquez la latitude et la longitude ensemble, ou aucune des deux. Sur openstreetmap.org, clic droit sur le lieu puis « Afficher l’adresse » donne les deux nombres.',
      exemple: 49.27643,
    },
    longitude: {
      libelle: 'Longitude',
      aide: 'Longitude en degrés décimaux, avec un point ; négative à l’ouest du méridien de Greenwich (c’est le cas dans tout l’ouest de la France).',
      exemple: -0.70317,
    },
    typologie: {
      libelle: 'Type de structure',
      aide: 'Un ou plusieurs codes de la liste nationale des typologies de structures (BIB pour une médiathèque, CCAS, RFS pour France Services…).',
      exemple: ['BIB'],
    },
    telephone: {
      libelle: 'Téléphone',
      aide: 'Numéro de téléphone du lieu, écrit comme d’habitude (02 31 12 34 56) ; il est enregistré au format international.',
      exemple: '02 31 51 20 29',
    },
    courriels: {
      libelle: 'Adresses e-mail',
      aide: 'Une ou plusieurs adresses e-mail de contact du lieu. Jamais d’adresse personnelle.',
      exemple: ['mediatheque@exemple.fr'],
    },
    site_web: {
      libelle: 'Sites web',
      aide: 'Adresses du site du lieu et de ses pages de réseaux sociaux, commençant par https://.',
      exemple: ['https://www.exemple.fr/mediatheque'],
    },
    horaires: {
      libelle: 'Horaires d’ouverture',
      aide: 'Horaires au format OpenStreetMap, entre guillemets : jours en anglais abrégés (Mo Tu We Th Fr Sa Su), heures sur 24 h avec deux-points, plages séparées par des virgules, règles séparées par des points-virgules. Voir le tableau d’aide des horaires.',
      formulaire:
        'Cochez les jours d’ouverture et indiquez les heures de chaque plage, ou écrivez les horaires en français (par exemple : du lundi au vendredi de 9h à 12h) puis « Convertir ». Le tableau du bas montre ce que verra le public.',
      exemple: 'Tu-Fr 10:00-12:30,14:00-18:00; Sa 10:00-17:00; PH off',
    },
    presentation_resume: {
      libelle: 'Présentation courte',
      aide: 'Une ou deux phrases sur ce que le lieu propose (280 caractères au plus). La présentation longue va dans le texte sous les champs.',
      exemple: 'Accès libre aux ordinateurs, aide aux démarches en ligne et ateliers d’initiation.',
    },
    source: {
      libelle: 'Source des informations',
      aide: 'Qui a fourni ces informations : le lieu lui-même, une collectivité, un réseau.',
      exemple: 'Ville de Bayeux',
    },
    itinerance: { libelle: 'Itinérance', aide: '« Fixe » pour un lieu, « Itinérant » pour un bus ou une permanence qui se déplace.', exemple: ['Fixe'] },
    structure_parente: { libelle: 'Structure parente', aide: 'Réseau ou organisation dont dépend le lieu (nom ou SIRET).', exemple: 'Ville de Bayeux' },
    date_maj: {
      libelle: 'Date de mise à jour',
      aide: 'Date à laquelle ces informations ont été vérifiées pour la dernière fois, au format AAAA-MM-JJ, entre guillemets. Pas de date future.',
      formulaire: 'Date à laquelle ces informations ont été vérifiées pour la dernière fois. Pas de date future.',
      exemple: '2026-09-12',
    },
    services: {
      libelle: 'Services proposés',
      aide: 'Un ou plusieurs des 9 services du standard national, écrits exactement comme dans la liste.',
      exemple: ['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien'],
    },
    publics_specifiquement_adresses: {
      libelle: 'Publics spécifiquement accueillis',
      aide: 'Seulement si le lieu s’adresse en particulier à certains publics : un lieu accueille tout le monde par défaut.',
      exemple: ['Seniors'],
    },
    prise_en_charge_specifique: {
      libelle: 'Prises en charge spécifiques',
      aide: 'Accompagnements adaptés que le lieu sait proposer (handicap, langue, illettrisme).',
      exemple: ['Surdité'],
    },
    frais_a_charge: { libelle: 'Frais pour le public', aide: 'Gratuit, gratuit sous condition, ou payant.', exemple: ['Gratuit'] },
    dispositif_programmes_nationaux: {
      libelle: 'Dispositifs nationaux',
      aide: 'Dispositifs et programmes nationaux auxquels le lieu participe.',
      exemple: ['Conseillers numériques'],
    },
    formations_labels: {
      libelle: 'Formations et labels',
      aide: 'Formations et labels de la liste du standard national.',
      exemple: ['Étapes numériques (La Poste)'],
    },
    autres_formations_labels: {
      libelle: 'Autres formations et labels',
      aide: 'Formations et labels qui ne sont pas dans la liste, en texte libre.',
      exemple: ['Label Bibliothèque numérique de Normandie'],
    },
    modalites_acces: {
      libelle: 'Modalités d’accès',
      aide: 'Comment venir : se présenter, téléphoner, prendre rendez-vous en ligne…',
      exemple: ['Se présenter', 'Téléphoner'],
    },
    modalites_accompagnement: {
      libelle: 'Modalités d’accompagnement',
      aide: 'Comment le public est accompagné : en autonomie, individuellement, en atelier collectif, à distance.',
      exemple: ['Accompagnement individuel', 'Dans un atelier collectif'],
    },
    fiche_acces_libre: {
      libelle: 'Fiche Acceslibre',
      aide: 'Adresse de la fiche du bâtiment sur acceslibre.beta.gouv.fr, qui décrit son accessibilité (rampe, ascenseur, toilettes adaptées).',
      exemple: 'https://acceslibre.beta.gouv.fr/app/14-bayeux/a/bibliotheque-mediatheque/erp/mediatheque-exemple/',
    },
    prise_rdv: {
      libelle: 'Prise de rendez-vous en ligne',
      aide: 'Adresse de la page de prise de rendez-vous en ligne.',
      exemple: 'https://rdv.exemple.fr/mediatheque',
    },
    membre: {
      libelle: 'Membre gestionnaire',
      aide: 'Identifiant du membre du collectif qui gère le lieu : le nom de son fichier dans content/membres/, sans « .md ».',
      formulaire: 'Le membre du collectif qui gère le lieu, à choisir dans la liste des membres.',
      exemple: 'ville-de-bayeux',
    },
  },
  membres: {
    nom: { libelle: 'Nom de l’organisation', aide: 'Nom complet de l’organisation membre.', exemple: 'Centre communal d’action sociale de Lisieux' },
    nom_court: {
      libelle: 'Nom court ou sigle',
      aide: 'Sigle ou nom court, affiché quand la place manque (60 caractères au plus).',
      exemple: 'CCAS de Lisieux',
    },
    type: { libelle: 'Type d’organisation', aide: 'Catégorie de l’organisation, parmi celles de la convention (article 1).', exemple: 'ccas-cias' },
    roles: {
      libelle: 'Rôles dans le collectif',
      aide: 'Un ou plusieurs rôles : financeur, animateur, coordinateur, expert (article 1 de la convention).',
      exemple: ['expert'],
    },
    date_adhesion: {
      libelle: 'Date d’adhésion',
      aide: 'Date à laquelle l’organisation a rejoint le collectif (signature de la convention), au format AAAA-MM-JJ.',
      formulaire: 'Date à laquelle l’organisation a rejoint le collectif (signature de la convention).',
      exemple: '2023-05-11',
    },
    date_sortie: {
      libelle: 'Date de sortie',
      aide: 'Seulement si l’organisation a quitté le collectif : date de sortie, après la date d’adhésion.',
      exemple: '2025-12-31',
    },
    signataire: {
      libelle: 'Signataire de la convention',
      aide: 'true si l’organisation a signé la convention, false sinon (false par défaut).',
      formulaire: 'À activer si l’organisation a signé la convention.',
      exemple: true,
    },
    representant_fonction: {
      libelle: 'Fonction du représentant',
      aide: 'Fonction de la personne qui représente l’organisation au collectif. Jamais de nom de personne : le site est public.',
      exemple: 'Directrice du CCAS',
    },
    site_web: { libelle: 'Site web', aide: 'Adresse du site de l’organisation, commençant par https://.', exemple: 'https://www.exemple.fr/ccas' },
    logo: {
      libelle: 'Logo',
      aide: 'Chemin du logo déposé dans le dossier public/logos/ (SVG, PNG, JPEG ou WebP), commençant par /logos/.',
      formulaire: 'Logo de l’organisation (SVG, PNG, JPEG ou WebP).',
      exemple: '/logos/ccas-lisieux.svg',
    },
    description: {
      libelle: 'Description',
      aide: 'Une ou deux phrases sur le rôle de l’organisation dans l’inclusion numérique (400 caractères au plus).',
      exemple: 'Le CCAS accompagne les habitants dans leurs démarches en ligne et finance des ateliers numériques.',
    },
  },
  groupes: {
    nom: { libelle: 'Nom du groupe', aide: 'Nom du groupe de travail.', exemple: 'Démarches en ligne' },
    theme: { libelle: 'Thème', aide: 'Thème du groupe, en quelques mots.', exemple: 'Accès aux droits' },
    statut: { libelle: 'Statut', aide: 'En préparation, actif ou terminé.', exemple: 'actif' },
    pilotes: {
      libelle: 'Membres pilotes',
      aide: 'Identifiants des membres qui pilotent le groupe (noms de fichiers de content/membres/, sans « .md ») ; au moins un.',
      formulaire: 'Les membres qui pilotent le groupe, à choisir dans la liste des membres ; au moins un.',
      exemple: ['ccas-lisieux'],
    },
    participants: { libelle: 'Membres participants', aide: 'Identifiants des autres membres qui participent.', exemple: ['ville-de-bayeux'] },
    date_debut: {
      libelle: 'Date de début',
      aide: 'Date de lancement du groupe, au format AAAA-MM-JJ.',
      formulaire: 'Date de lancement du groupe.',
      exemple: '2024-02-01',
    },
    date_fin: { libelle: 'Date de fin', aide: 'Pour un groupe terminé : date de fin, après la date de début.', exemple: '2025-06-30' },
    objectifs: {
      libelle: 'Objectifs',
      aide: 'Objectifs du groupe, une phrase chacun.',
      exemple: ['Partager les pratiques d’accompagnement aux démarches en ligne'],
    },
    livrables: {
      libelle: 'Livrables',
      aide: 'Identifiants des ressources produites par le groupe (noms de fichiers de content/ressources/, sans « .md »).',
      formulaire: 'Les ressources produites par le groupe, à choisir dans la liste des ressources.',
      exemple: ['guide-demarches-en-ligne'],
    },
  },
  actualites: {
    titre: { libelle: 'Titre', aide: 'Titre de l’actualité (150 caractères au plus).', exemple: 'Ouverture d’un nouvel espace numérique à Vire' },
    date: { libelle: 'Date de publication', aide: 'Date de publication, au format AAAA-MM-JJ.', formulaire: 'Date de publication.', exemple: '2026-10-14' },
    publics: {
      libelle: 'Publics',
      aide: 'À qui s’adresse l’actualité : professionnels, élus, grand public ; au moins un.',
      exemple: ['professionnels', 'grand-public'],
    },
    resume: {
      libelle: 'Résumé',
      aide: 'Une phrase de résumé, affichée dans les listes et le flux RSS (280 caractères au plus).',
      exemple: 'La médiathèque de Vire ouvre un espace numérique en accès libre, avec des ateliers chaque mercredi.',
    },
  },
  ressources: {
    titre: { libelle: 'Titre', aide: 'Titre de la ressource.', exemple: 'Guide de l’accompagnement aux démarches en ligne' },
    type: { libelle: 'Type de ressource', aide: 'Guide, fiche pratique, retour d’expérience, veille ou outil.', exemple: 'guide' },
    themes: { libelle: 'Thèmes', aide: 'Un ou plusieurs thèmes, en texte libre.', exemple: ['Démarches en ligne'] },
    lien: {
      libelle: 'Lien',
      aide: 'Adresse web de la ressource. Indiquez soit un lien, soit un fichier, pas les deux.',
      exemple: 'https://www.exemple.fr/guide-demarches',
    },
    fichier: {
      libelle: 'Fichier',
      aide: 'Chemin du fichier déposé dans public/ressources/fichiers/, commençant par /ressources/fichiers/. Indiquez soit un fichier, soit un lien, pas les deux.',
      formulaire: 'Fichier à déposer (PDF, document…). Indiquez soit un fichier, soit un lien, pas les deux.',
      exemple: '/ressources/fichiers/guide-demarches.pdf',
    },
    auteur: {
      libelle: 'Membre auteur',
      aide: 'Identifiant du membre qui publie la ressource (nom de son fichier dans content/membres/, sans « .md »).',
      formulaire: 'Le membre qui publie la ressource, à choisir dans la liste des membres.',
      exemple: 'ccas-lisieux',
    },
    date: { libelle: 'Date de publication', aide: 'Date de publication, au format AAAA-MM-JJ.', formulaire: 'Date de publication.', exemple: '2026-05-04' },
    resume: {
      libelle: 'Résumé',
      aide: 'Une ou deux phrases sur la ressource (280 caractères au plus).',
      exemple: 'Un guide pas à pas pour accompagner une personne dans ses démarches CAF et Ameli.',
    },
  },
  reunions: {
    titre: { libelle: 'Titre', aide: 'Titre de la réunion.', exemple: 'Séance plénière de décembre' },
    type: { libelle: 'Type de réunion', aide: 'Séance plénière, ou réunion d’un groupe de travail.', exemple: 'pleniere' },
    groupe: {
      libelle: 'Groupe de travail',
      aide: 'Pour une réunion de groupe de travail seulement : identifiant du groupe (nom de son fichier dans content/groupes/, sans « .md »). À retirer pour une séance plénière.',
      formulaire: 'Pour une réunion de groupe de travail seulement : le groupe, à choisir dans la liste. À laisser vide pour une séance plénière.',
      exemple: 'demarches-en-ligne',
    },
    debut: {
      libelle: 'Début',
      aide: 'Date et heure de début, heure de Paris, au format "AAAA-MM-JJTHH:MM" entre guillemets (la lettre T sépare la date de l’heure).',
      formulaire: 'Date et heure de début, heure de Paris.',
      exemple: '2026-12-10T14:00',
    },
    fin: { libelle: 'Fin', aide: 'Date et heure de fin, même format, après le début.', exemple: '2026-12-10T16:30' },
    lieu: { libelle: 'Lieu', aide: 'Adresse de la réunion, ou « En visioconférence ».', exemple: 'Hôtel du Département, 9 rue Saint-Laurent, Caen' },
    ordre_du_jour: { libelle: 'Ordre du jour', aide: 'Points de l’ordre du jour, un par ligne.', exemple: ['Bilan de l’année', 'Désignation des animateurs'] },
  },
  charte: DOCUMENT,
  convention: DOCUMENT,
  collectif: {
    nom: { libelle: 'Nom du collectif', aide: 'Nom complet du collectif.', exemple: 'Collectif calvadosien pour l’inclusion numérique' },
    nom_court: { libelle: 'Nom court', aide: 'Nom court, affiché dans l’en-tête du site.', exemple: 'Collectif inclusion numérique 14' },
    departement: { libelle: 'Département', aide: 'Le département couvert par le collectif : son code et son nom.', exemple: { code: '14', nom: 'Calvados' } },
    'departement.code': { libelle: 'Code du département', aide: 'Code INSEE du département, entre guillemets : "14", "2A", "971".', exemple: '14' },
    'departement.nom': { libelle: 'Nom du département', aide: 'Nom du département.', exemple: 'Calvados' },
    'departement.avec_article': {
      libelle: 'Nom avec son article',
      aide: 'Nom du département précédé de son article, pour les phrases du site : « le Calvados », « la Manche », « l’Orne » (facultatif).',
      exemple: 'le Calvados',
    },
    'departement.fuseau_horaire': {
      libelle: 'Fuseau horaire',
      aide: 'À laisser vide en général : le fuseau horaire des lieux se déduit du code du département (Europe/Paris, America/Guadeloupe, America/Martinique, America/Cayenne, Indian/Reunion, Indian/Mayotte). À remplir seulement pour un autre territoire, au format IANA.',
      exemple: 'America/Guadeloupe',
    },
    date_creation: { libelle: 'Date de création', aide: 'Date de création du collectif, au format AAAA-MM-JJ.', exemple: '2021-03-18' },
    siret: {
      libelle: 'SIRET du producteur des données',
      aide: 'SIRET (14 chiffres, entre guillemets) de la structure qui publie les données ouvertes : le collectif, ou le membre qui tient son secrétariat. Il entre dans le nom du fichier national des lieux, AAAA-MM-JJ_SIRET_lieux-de-mediation-numerique_Departement.csv, proposé sur la page « Données ouvertes ».',
      exemple: '21140118500017',
    },
    site_url: {
      libelle: 'Adresse du site',
      aide: 'Adresse publique du site (pour le plan du site, les flux et les liens canoniques).',
      exemple: 'https://inclusion-numerique-14.fr',
    },
    depot: {
      libelle: 'Dépôt des sources',
      aide: 'Dépôt Git du site, pour les liens « Modifier cette page » et l’interface d’édition.',
      exemple: { url: 'https://github.com/collectif-14/site', branche: 'main' },
    },
    'depot.url': { libelle: 'Adresse du dépôt', aide: 'Adresse web du dépôt (GitHub, GitLab…).', exemple: 'https://github.com/collectif-14/site' },
    'depot.branche': { libelle: 'Branche publiée', aide: 'Branche qui contient le contenu publié (main par défaut).', exemple: 'main' },
    'depot.demandes_par_ticket': {
      libelle: 'Demandes de mise à jour par ticket',
      aide: 'true pour que « Mettre à jour cette fiche » prépare un ticket sur le dépôt (GitHub ou GitLab seulement) ; false (par défaut) pour un courriel au secrétariat.',
      exemple: false,
    },
    secretariat: {
      libelle: 'Secrétariat',
      aide: 'Coordonnées du secrétariat du collectif, affichées en bas de chaque page.',
      exemple: { courriel: 'secretariat@exemple.fr', adresse: '9 rue Saint-Laurent, 14000 Caen' },
    },
    'secretariat.courriel': { libelle: 'E-mail du secrétariat', aide: 'Adresse e-mail du secrétariat.', exemple: 'secretariat@exemple.fr' },
    'secretariat.telephone': { libelle: 'Téléphone du secrétariat', aide: 'Téléphone du secrétariat (facultatif).', exemple: '02 31 00 00 00' },
    'secretariat.adresse': { libelle: 'Adresse du secrétariat', aide: 'Adresse postale du secrétariat.', exemple: '9 rue Saint-Laurent, 14000 Caen' },
    convention: { libelle: 'Convention', aide: 'Les faits de la convention du collectif (article 5).', exemple: { date_signature: '2022-01-20' } },
    'convention.date_signature': { libelle: 'Date de signature', aide: 'Date à laquelle toutes les parties ont signé la convention.', exemple: '2022-01-20' },
    'convention.lieu_signature': { libelle: 'Lieu de signature', aide: 'Commune où la convention a été signée.', exemple: 'Caen' },
    'convention.duree_initiale_annees': { libelle: 'Durée initiale (années)', aide: 'Durée initiale de la convention, en années (1 par défaut).', exemple: 1 },
    'convention.reconductions_max': {
      libelle: 'Reconductions au plus',
      aide: 'Nombre maximal de reconductions tacites d’un an (5 dans la convention type).',
      exemple: 5,
    },
    'convention.resiliation': {
      libelle: 'Date de résiliation',
      aide: 'Seulement en cas de fin anticipée d’un commun accord : sa date.',
      exemple: '2027-06-30',
    },
    'convention.avenants': {
      libelle: 'Avenants',
      aide: 'Avenants à la convention : date, titre et objet de chacun.',
      exemple: [{ date: '2024-06-13', titre: 'Avenant n° 1' }],
    },
    'convention.avenants.date': { libelle: 'Date de l’avenant', aide: 'Date de signature de l’avenant.', exemple: '2024-06-13' },
    'convention.avenants.titre': { libelle: 'Titre de l’avenant', aide: 'Titre de l’avenant.', exemple: 'Avenant n° 1' },
    'convention.avenants.objet': { libelle: 'Objet de l’avenant', aide: 'Ce que l’avenant change (facultatif).', exemple: 'Ajout d’un rôle d’expert' },
    animateurs: {
      libelle: 'Binômes d’animateurs',
      aide: 'Chaque année, deux membres désignés en plénière pour animer le collectif (article 4).',
      exemple: [{ annee: 2026, membres: ['ville-de-caen', 'ccas-lisieux'] }],
    },
    'animateurs.annee': { libelle: 'Année', aide: 'Année du mandat.', exemple: 2026 },
    'animateurs.membres': {
      libelle: 'Membres animateurs',
      aide: 'Identifiants des deux membres animateurs (noms de fichiers de content/membres/).',
      exemple: ['ville-de-caen', 'ccas-lisieux'],
    },
    'animateurs.designe_le': { libelle: 'Désignés le', aide: 'Date de la plénière qui les a désignés.', exemple: '2026-01-15' },
    carte: {
      libelle: 'Carte',
      aide: 'Réglages de la carte des lieux.',
      exemple: {
        tuiles: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
        attribution: '© les contributeurs d’OpenStreetMap',
        centre: [49.09, -0.36],
        zoom: 9,
      },
    },
    'carte.tuiles': {
      libelle: 'Serveur de tuiles',
      aide: 'Modèle d’adresse des tuiles de carte, en https, avec {z}, {x} et {y}. C’est le seul serveur extérieur que le site contacte : déclarez-le aussi dans l’en-tête de sécurité (docs/deploiement.md).',
      exemple: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    },
    'carte.attribution': {
      libelle: 'Attribution',
      aide: 'Mention des auteurs du fond de carte, en texte simple.',
      exemple: '© les contributeurs d’OpenStreetMap',
    },
    'carte.centre': { libelle: 'Centre', aide: 'Centre de la carte par défaut : [latitude, longitude].', exemple: [49.09, -0.36] },
    'carte.zoom': { libelle: 'Zoom', aide: 'Niveau de zoom par défaut, de 1 (monde) à 18 (rue).', exemple: 9 },
    demonstration: { libelle: 'Site de démonstration', aide: 'true pour afficher sur chaque page le bandeau « données fictives ».', exemple: false },
  },
};

/** Kinds of content the `nouveau` command and the templates cover, with their command name. */
export const TYPES_NOUVEAU = {
  lieu: 'lieux',
  membre: 'membres',
  actualite: 'actualites',
  ressource: 'ressources',
  reunion: 'reunions',
} as const satisfies Record<string, NomCollection>;
export type TypeNouveau = keyof typeof TYPES_NOUVEAU;

/** Collections that get a `_modele.md` template (every folder collection). */
export const COLLECTIONS_A_MODELE = ['lieux', 'membres', 'groupes', 'actualites', 'ressources', 'reunions'] as const satisfies readonly NomCollection[];

/** Folder of a collection under `content/`. */
export function dossierDe(nom: NomCollection): string {
  return `content/${COLLECTIONS[nom].dossier}`;
}
