/**
 * Pure logic of the site search, shared by the pages (build time) and the search scripts
 * (browser): content types, names of the Pagefind filters and metadata, the search state
 * kept in the URL, and the open status of a place result (evaluated by `horaires.ts`).
 *
 * Client-safe: no `astro:*` import and no heavy dependency (the `opening_hours` parser stays
 * on the build side).
 */
import { ligneStatut, momentLocal, statutHoraires, type HorairesCompacts } from '../horaires/evaluation.ts';
import { fuseauAppareil, fuseauHoraire, precisionHeureLocale } from '../horaires/fuseau.ts';
import { slugifier } from '../commun/slug.ts';

/** Content types a page can declare to the search (`type` prop of `Base.astro`). */
export const TYPES_CONTENU = ['lieu', 'membre', 'groupe', 'ressource', 'actualite', 'reunion', 'page'] as const;
export type TypeContenu = (typeof TYPES_CONTENU)[number];

/** Labels of the content types, as shown on results and in the type filter. */
export const LIBELLES_TYPES: Record<TypeContenu, string> = {
  lieu: 'Lieu',
  membre: 'Membre',
  groupe: 'Groupe de travail',
  ressource: 'Ressource',
  actualite: 'Actualité',
  reunion: 'Réunion',
  page: 'Page',
};

/**
 * Names of the Pagefind filters (`data-pagefind-filter`) and of the URL parameters that
 * select them. `commune` and `service` only exist on place pages.
 */
export const FILTRES = ['type', 'commune', 'service'] as const;
export type Filtre = (typeof FILTRES)[number];

/**
 * Names of the Pagefind metadata (`data-pagefind-meta`) read by the result list:
 * `commune` of a place, `horaires`, its compiled hours (JSON of `HorairesCompacts`), and `departement`, for its public holidays, and `fuseau`, the time zone its status is computed in (see {@link statutResultat}).
 */
export const METAS = { commune: 'commune', horaires: 'horaires', departement: 'departement', fuseau: 'fuseau' } as const;

/** Id of the « browse instead » section of the search page, target of its links. */
export const ID_PARCOURIR = 'parcourir';

/** Is this string a known content type? */
export function estTypeContenu(valeur: string): valeur is TypeContenu {
  return (TYPES_CONTENU as readonly string[]).includes(valeur);
}

/** Label of a content type, or « Page » for an unknown value (an index built by an older version). */
export function libelleType(valeur: string | undefined): string {
  return valeur !== undefined && estTypeContenu(valeur) ? LIBELLES_TYPES[valeur] : LIBELLES_TYPES.page;
}

/**
 * What the search page shows, as kept in its URL: `?q=…&type=…&commune=…&service=…`.
 * `type` is a {@link TypeContenu}; `commune` and `service` are slugs (`vire-normandie`,
 * `aide-aux-demarches-administratives`), readable and stable in a shared link.
 */
export interface EtatRecherche {
  q: string;
  type?: string;
  commune?: string;
  service?: string;
}

/** Longest query kept from a URL: longer text is not a search, and would bloat the history. */
export const LONGUEUR_MAX_REQUETE = 200;

/** Reads the search state from a query string (`?q=caf&type=lieu`), ignoring empty and unknown parameters. */
export function lireEtat(parametres: string | URLSearchParams): EtatRecherche {
  const p = typeof parametres === 'string' ? new URLSearchParams(parametres) : parametres;
  const etat: EtatRecherche = { q: (p.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, LONGUEUR_MAX_REQUETE) };
  for (const filtre of FILTRES) {
    const valeur = p.get(filtre)?.trim();
    if (valeur) etat[filtre] = filtre === 'type' ? valeur : slugifier(valeur);
  }
  return etat;
}

/**
 * The query string of a search state, always in the same order (`q`, `type`, `commune`,
 * `service`) so that equal states give equal URLs; `''` for the empty state.
 */
export function ecrireEtat(etat: EtatRecherche): string {
  const p = new URLSearchParams();
  const q = etat.q.trim();
  if (q) p.set('q', q);
  for (const filtre of FILTRES) {
    const valeur = etat[filtre];
    if (valeur) p.set(filtre, valeur);
  }
  const texte = p.toString();
  return texte ? `?${texte}` : '';
}

/** Are two states the same search? */
export function memeEtat(a: EtatRecherche, b: EtatRecherche): boolean {
  return ecrireEtat(a) === ecrireEtat(b);
}

/** Is there anything to search (a query or at least one filter)? */
export function estRechercheVide(etat: EtatRecherche): boolean {
  return etat.q.trim() === '' && FILTRES.every((f) => !etat[f]);
}

/** The value kept in the URL for a filter value: the type id itself, a slug for the others. */
export function cleFiltre(filtre: Filtre, valeur: string): string {
  return filtre === 'type' ? valeur : slugifier(valeur);
}

/**
 * The Pagefind filters of a state: each URL key resolved against the values the index
 * actually has (`vire-normandie` → `Vire Normandie`). A key no value matches is reported in
 * `inconnus`, so the page can say the filter was dropped instead of silently showing nothing.
 */
export function filtresPagefind(
  etat: EtatRecherche,
  disponibles: Partial<Record<string, Record<string, number>>>,
): { filtres: Partial<Record<Filtre, string>>; inconnus: Filtre[] } {
  const filtres: Partial<Record<Filtre, string>> = {};
  const inconnus: Filtre[] = [];
  for (const filtre of FILTRES) {
    const cle = etat[filtre];
    if (!cle) continue;
    const valeur = Object.keys(disponibles[filtre] ?? {}).find((v) => cleFiltre(filtre, v) === cle);
    if (valeur === undefined) inconnus.push(filtre);
    else filtres[filtre] = valeur;
  }
  return { filtres, inconnus };
}

/**
 * Puts first the results whose title is exactly the query (ignoring case, accents and
 * punctuation), keeping the engine's order otherwise. Someone who types a place's full name
 * wants that place, even when another page mentions the name more often.
 */
export function titresExactsDabord<T extends { titre: string }>(resultats: readonly T[], q: string): T[] {
  const cle = slugifier(q);
  if (cle === '') return [...resultats];
  const exacts = resultats.filter((r) => slugifier(r.titre) === cle);
  return [...exacts, ...resultats.filter((r) => !exacts.includes(r))];
}

/** « 3 résultats pour « caf » », « Aucun résultat pour « xyz » », « 1 résultat » (filters only). */
export function phraseResultats(total: number, q: string): string {
  const nombre = total === 0 ? 'Aucun résultat' : `${new Intl.NumberFormat('fr-FR').format(total)} résultat${total > 1 ? 's' : ''}`;
  return q.trim() ? `${nombre} pour « ${q.trim()} »` : nombre;
}

// Open status -----------------------------------------------------------------------------

export interface StatutOuverture {
  ouvert: boolean;
  /** « Ouvert · ferme à 12 h 30 », « Fermé · ouvre mardi à 10 h 00 » (see `ligneStatut`). */
  libelle: string;
}

/**
 * Open status of a search result at an instant, from the compact hours stored in its
 * metadata: the same evaluation as the directory and the place page (`horaires.ts`).
 * `undefined` when the metadata is missing or malformed: the result then shows no status.
 */
export function statutResultat(
  horairesMeta: string | undefined,
  departement: string | undefined,
  instant: Date,
  fuseauMeta?: string,
  appareil: string | undefined = fuseauAppareil(),
): StatutOuverture | undefined {
  if (!horairesMeta || !departement) return undefined;
  const fuseau = fuseauMeta || fuseauHoraire(departement);
  let horaires: HorairesCompacts;
  try {
    horaires = JSON.parse(horairesMeta) as HorairesCompacts;
  } catch {
    return undefined;
  }
  if (!Array.isArray(horaires.s) || horaires.s.length !== 7) return undefined;
  const moment = momentLocal(instant, fuseau);
  const statut = statutHoraires(horaires, moment, departement);
  return { ouvert: statut.etat === 'ouvert', libelle: ligneStatut(statut, moment, precisionHeureLocale(fuseau, appareil)) };
}
