/**
 * Filters of the directory: the facets (columns of the standard with a closed list of values),
 * their values as bit masks, and the matching rule: **OR within a facet, AND across facets**
 * (ticking « Jeunes » and « Seniors » finds places for young people or for seniors; adding
 * « Gratuit » keeps only those that are also free). Shipped to the browser: keep it lean.
 */
import { slugifier } from '../commun/slug.ts';
import { type BESOINS, LISTES_DES_FILTRES, SERVICES_COURTS, type Service } from '../standard/valeurs.ts';

/** Column whose only filter value says the building's accessibility is described (see {@link ACCESSIBILITE_DECRITE}). */
export const COLONNE_ACCES_LIBRE = 'fiche_acces_libre';

/**
 * The one value of the accessibility facet. `fiche_acces_libre` is a link, not a closed list:
 * a place « has » this value when it links its record on acceslibre.beta.gouv.fr, so that a
 * person in a wheelchair can keep the places where she can check the entrance beforehand.
 */
export const ACCESSIBILITE_DECRITE = 'Accessibilité du bâtiment décrite (fiche Accès libre)';

/** A facet: a column of the standard whose values are a closed list (or the link to the accessibility record). */
export interface Facette {
  /** Column of the standard: every closed list but the typology, which is not a filter; and `fiche_acces_libre`. */
  colonne: keyof typeof LISTES_DES_FILTRES | typeof COLONNE_ACCES_LIBRE;
  /** Name of the URL parameter. */
  parametre: string;
  /** Title of the group of check boxes. */
  titre: string;
  /** Values of the standard, in its order (bit `i` of a mask is value `i`): the very list of the standard's map (`LISTES_DE_VALEURS`). */
  valeurs: readonly string[];
  /** The value as shown (the standard's values are already plain French, except services). */
  libelles: readonly string[];
  /** The value in URLs. */
  slugs: readonly string[];
}

function facette(colonne: keyof typeof LISTES_DES_FILTRES, parametre: string, titre: string, libelles?: (valeur: string) => string): Facette {
  const valeurs = LISTES_DES_FILTRES[colonne].valeurs;
  const affichees = libelles ? valeurs.map(libelles) : valeurs;
  return { colonne, parametre, titre, valeurs, libelles: affichees, slugs: affichees.map(slugifier) };
}

/** Every facet, in the order of the filter form. Services come first: they are the needs. */
export const FACETTES: readonly Facette[] = [
  facette('services', 'service', 'Besoin', (s) => SERVICES_COURTS[s as Service]),
  facette('publics_specifiquement_adresses', 'public', 'Publics accueillis en particulier'),
  facette('prise_en_charge_specifique', 'prise-en-charge', 'Accompagnement adapté'),
  facette('frais_a_charge', 'frais', 'Coût'),
  facette('modalites_accompagnement', 'accompagnement', 'Façon d’être accompagné'),
  facette('modalites_acces', 'acces', 'Comment y accéder'),
  facette('itinerance', 'itinerance', 'Lieu fixe ou itinérant'),
  facette('dispositif_programmes_nationaux', 'dispositif', 'Dispositifs et programmes nationaux'),
  facette('formations_labels', 'label', 'Formations et labels'),
  {
    colonne: COLONNE_ACCES_LIBRE,
    parametre: 'accessibilite',
    titre: 'Accessibilité',
    valeurs: [ACCESSIBILITE_DECRITE],
    libelles: [ACCESSIBILITE_DECRITE],
    slugs: ['decrite'],
  },
];

/** Index of the services facet in {@link FACETTES}. */
export const FACETTE_SERVICES = 0;

/** One mask per facet, in the order of {@link FACETTES}. */
export type Masques = number[];

/** What {@link masquesDe} reads of a place: its closed lists, and the link to its accessibility record. */
export type ColonnesFiltrees = Partial<Record<keyof typeof LISTES_DES_FILTRES, readonly string[] | undefined>> & { fiche_acces_libre?: string | undefined };

/** Masks of a place from its columns (unknown values are ignored: the schema refused them). */
export function masquesDe(lieu: ColonnesFiltrees): Masques {
  return FACETTES.map((f) => {
    let masque = 0;
    const valeurs = f.colonne === COLONNE_ACCES_LIBRE ? (lieu.fiche_acces_libre ? [ACCESSIBILITE_DECRITE] : []) : (lieu[f.colonne] ?? []);
    for (const v of valeurs) {
      const i = f.valeurs.indexOf(v);
      if (i >= 0) masque |= 1 << i;
    }
    return masque;
  });
}

/** Indices of the bits set in a mask. */
export function indicesDuMasque(masque: number): number[] {
  const indices: number[] = [];
  for (let i = 0; masque >>> i !== 0; i++) if (masque & (1 << i)) indices.push(i);
  return indices;
}

/** Mask of the services of a plain-language need. */
export function masqueBesoin(besoin: (typeof BESOINS)[number]): number {
  const services = FACETTES[FACETTE_SERVICES]!.valeurs;
  return besoin.services.reduce((m, s) => m | (1 << services.indexOf(s)), 0);
}

/** What the user chose. Empty masks and an empty commune list constrain nothing. */
export interface Criteres {
  masques: Masques;
  /** Keys of the chosen communes. */
  communes: readonly string[];
}

/** A place as the filters see it. */
export interface LieuFiltrable {
  masques: Masques;
  commune: string;
}

/** True when the place matches every facet where something is chosen (OR inside a facet). */
export function correspond(lieu: LieuFiltrable, criteres: Criteres): boolean {
  for (let f = 0; f < criteres.masques.length; f++) {
    const choisi = criteres.masques[f]!;
    if (choisi !== 0 && (lieu.masques[f]! & choisi) === 0) return false;
  }
  return criteres.communes.length === 0 || criteres.communes.includes(lieu.commune);
}

/** Counts shown beside each option. */
export interface Comptes {
  /** Places matching everything. */
  total: number;
  /** For each facet and value: the places that would match if that value were also ticked. */
  parFacette: number[][];
  /** Same, by commune key. */
  parCommune: Map<string, number>;
  /** Same, for groups of values of one facet taken together (the needs: several services). */
  parGroupe: number[];
}

/** Several values of one facet counted as one option (a need groups services). */
export interface GroupeValeurs {
  facette: number;
  masque: number;
}

/**
 * Counts for each option, as an option would change the results (« disjunctive » counts: a
 * facet's own choice is ignored when counting its options, since they add up with OR). One
 * pass over the places: a place that fails only facet F counts for F's options only.
 * `retenu` filters the places first (open now, within the radius).
 */
export function compter(
  lieux: readonly LieuFiltrable[],
  criteres: Criteres,
  retenu: (i: number) => boolean = () => true,
  groupes: readonly GroupeValeurs[] = [],
): Comptes {
  const parFacette = FACETTES.map((f) => new Array<number>(f.valeurs.length).fill(0));
  const parGroupe = groupes.map(() => 0);
  const parCommune = new Map<string, number>();
  const communes = criteres.communes.length > 0 ? new Set(criteres.communes) : undefined;
  const nbFacettes = FACETTES.length;
  let total = 0;
  const ajouter = (f: number, masque: number) => {
    const compte = parFacette[f]!;
    for (let i = 0; masque >>> i !== 0; i++) if (masque & (1 << i)) compte[i]!++;
  };
  for (let i = 0; i < lieux.length; i++) {
    if (!retenu(i)) continue;
    const lieu = lieux[i]!;
    let echec = -1;
    let echecs = 0;
    for (let f = 0; f < nbFacettes && echecs < 2; f++) {
      const choisi = criteres.masques[f]!;
      if (choisi !== 0 && (lieu.masques[f]! & choisi) === 0) {
        echec = f;
        echecs++;
      }
    }
    if (communes && !communes.has(lieu.commune)) {
      echec = nbFacettes;
      echecs++;
    }
    if (echecs === 0) {
      total++;
      for (let f = 0; f < nbFacettes; f++) ajouter(f, lieu.masques[f]!);
      parCommune.set(lieu.commune, (parCommune.get(lieu.commune) ?? 0) + 1);
    } else if (echecs === 1) {
      if (echec === nbFacettes) parCommune.set(lieu.commune, (parCommune.get(lieu.commune) ?? 0) + 1);
      else ajouter(echec, lieu.masques[echec]!);
    }
    if (echecs === 0 || (echecs === 1 && echec < nbFacettes)) {
      for (let g = 0; g < groupes.length; g++) {
        const groupe = groupes[g]!;
        if ((echecs === 0 || echec === groupe.facette) && (lieu.masques[groupe.facette]! & groupe.masque) !== 0) parGroupe[g]!++;
      }
    }
  }
  return { total, parFacette, parCommune, parGroupe };
}
