/**
 * Pure logic of the site search, shared by the pages (build time) and the search scripts
 * (browser): content types, names of the Pagefind filters and metadata, the search state
 * kept in the URL, and the open status of a place computed from its typical week.
 *
 * Client-safe: no `astro:*` import and no heavy dependency (the `opening_hours` parser stays
 * on the build side, in `recherche-indexation.ts`).
 */
import { slugifier } from './slug.ts';

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
 * `commune` of a place, and `semaine`, its typical week (see {@link lireSemaine}).
 */
export const METAS = { commune: 'commune', semaine: 'semaine' } as const;

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
export function etatVide(etat: EtatRecherche): boolean {
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

// Typical week ---------------------------------------------------------------------------

/** Opening intervals of one day, in minutes since midnight: `[[600, 750], [840, 1080]]`. */
export type Jour = [number, number][];
/** Seven days, Monday first. */
export type Semaine = Jour[];

const NOMS_JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The compact form of a typical week stored in the `semaine` metadata of a place: seven
 * days from Monday, separated by `;`, each a comma list of `HHMM-HHMM` (end up to `2400`),
 * an empty day being closed. `;1000-1230,1400-1800;…` = closed on Monday, open on Tuesday
 * from 10:00 to 12:30 and from 14:00 to 18:00.
 */
export function ecrireSemaine(semaine: Semaine): string {
  return semaine.map((jour) => jour.map(([debut, fin]) => `${hhmm(debut)}-${hhmm(fin)}`).join(',')).join(';');
}

const INTERVALLE = /^([01]\d|2[0-4])([0-5]\d)-([01]\d|2[0-4])([0-5]\d)$/;

/** Reads {@link ecrireSemaine}'s form; `undefined` for anything malformed (the status is then not shown). */
export function lireSemaine(texte: string | undefined): Semaine | undefined {
  if (texte === undefined) return undefined;
  const jours = texte.split(';');
  if (jours.length !== 7) return undefined;
  const semaine: Semaine = [];
  for (const jour of jours) {
    const intervalles: Jour = [];
    for (const morceau of jour === '' ? [] : jour.split(',')) {
      const m = INTERVALLE.exec(morceau);
      if (!m) return undefined;
      const debut = Number(m[1]) * 60 + Number(m[2]);
      const fin = Number(m[3]) * 60 + Number(m[4]);
      if (fin <= debut || fin > 1440) return undefined;
      intervalles.push([debut, fin]);
    }
    semaine.push(intervalles);
  }
  return semaine;
}

/** Day of the week (0 = Monday) and minutes since midnight of an instant, in a time zone. */
export function momentLocal(instant: Date, fuseau: string): { jour: number; minutes: number } {
  const parties = new Intl.DateTimeFormat('en-GB', {
    timeZone: fuseau,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const valeur = (type: string) => parties.find((p) => p.type === type)?.value ?? '';
  const jour = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(valeur('weekday'));
  return { jour, minutes: Number(valeur('hour')) * 60 + Number(valeur('minute')) };
}

function heure(minutes: number): string {
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;
}

export interface StatutOuverture {
  ouvert: boolean;
  /** « Ouvert · ferme à 12 h 30 », « Fermé · ouvre mardi à 10 h 00 », « Fermé cette semaine ». */
  libelle: string;
}

/**
 * Open status of a place at an instant, from its typical week, in the collective's time zone.
 * The typical week ignores public holidays and exceptional closures: the result list says
 * « d'après les horaires habituels » and the place page gives the exact status.
 */
export function statutOuverture(semaine: Semaine, instant: Date, fuseau = 'Europe/Paris'): StatutOuverture {
  const { jour, minutes } = momentLocal(instant, fuseau);
  const enCours = semaine[jour]?.find(([debut, fin]) => debut <= minutes && minutes < fin);
  if (enCours) {
    // An interval ending at midnight may go on the next morning (« 22:00-02:00 »), or all week.
    let fin = enCours[1];
    for (let j = 1; fin === 1440 && j <= 7; j++) {
      const suite = semaine[(jour + j) % 7]?.find(([debut]) => debut === 0);
      if (!suite) break;
      fin = suite[1];
      if (j === 7 && fin === 1440) return { ouvert: true, libelle: 'Ouvert 24 h sur 24' };
    }
    return { ouvert: true, libelle: fin === 1440 ? 'Ouvert · ferme à minuit' : `Ouvert · ferme à ${heure(fin)}` };
  }
  for (let decalage = 0; decalage <= 7; decalage++) {
    const j = (jour + decalage) % 7;
    const prochain = semaine[j]?.find(([debut]) => decalage > 0 || debut > minutes);
    if (prochain) {
      const quand =
        decalage === 0 ? 'aujourd’hui' : decalage === 1 ? 'demain' : decalage === 7 ? `${NOMS_JOURS[j]} prochain` : NOMS_JOURS[j];
      return { ouvert: false, libelle: `Fermé · ouvre ${quand} à ${heure(prochain[0])}` };
    }
  }
  return { ouvert: false, libelle: 'Fermé toute la semaine' };
}
