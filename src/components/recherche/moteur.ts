/**
 * Browser side of the site search: loads the Pagefind index of the built site on demand
 * (`<base>pagefind/pagefind.js`, written by `src/integrations/pagefind.ts`) and turns its
 * results into plain objects for the search page and the header field.
 *
 * Our own rendering rather than Pagefind's UI: the markup (a list of links with headings),
 * the wording and the contrast are ours, and nothing but the index is downloaded.
 */
import '../lieux/appeler.css';
import '../lieux/vignette.css';
import { lien } from '../../lib/commun/url.ts';
import { htmlContact, META_VIGNETTE, type LieuVignette } from '../../lib/lieux/vignette-lieu.ts';
import { libelleType, METAS, statutResultat, titresExactsDabord, type Filtre } from '../../lib/recherche/recherche.ts';

// For the header field, which loads this module on demand and nothing else up front.
export { ID_PARCOURIR, phraseResultats } from '../../lib/recherche/recherche.ts';

interface PagefindDonnees {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface PagefindResultat {
  id: string;
  data(): Promise<PagefindDonnees>;
}

interface PagefindReponse {
  results: PagefindResultat[];
}

/** A Pagefind search instance (`pagefind.js` 1.x): the part used here. */
interface Instance {
  search(terme: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindReponse | null>;
}

interface ModulePagefind extends Instance {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  createInstance(options: Record<string, unknown>): Instance & { init(): Promise<void> };
}

const OPTIONS = {
  // Result URLs are computed from `dist/`: prefix them with the base path.
  baseUrl: lien('/'),
  excerptLength: 24,
  // On the main thread: one download less before the first results (the worker script), and
  // the WebAssembly preloaded by the search page is reused. A search takes a few milliseconds.
  noWorker: true,
};

let module: Promise<ModulePagefind> | undefined;
let simple: Promise<Instance> | undefined;
let filtree: Promise<Instance> | undefined;

/** Forgets a failed load, so that the next search tries again (e.g. after a network hiccup). */
function oublierSiEchec<T>(promesse: Promise<T>, oublier: () => void): Promise<T> {
  promesse.catch(oublier);
  return promesse;
}

function chargerModule(): Promise<ModulePagefind> {
  // The address is built at run time (`@vite-ignore`): the index only exists after the build,
  // and follows the site's base path.
  module ??= oublierSiEchec(import(/* @vite-ignore */ lien('/pagefind/pagefind.js')) as Promise<ModulePagefind>, () => (module = undefined));
  return module;
}

/**
 * Loads Pagefind for searches without filters (once per page).
 * @throws when the index cannot be loaded (site served by `astro dev`, missing files).
 */
export function chargerPagefind(): Promise<Instance> {
  simple ??= oublierSiEchec(
    chargerModule().then(async (m) => {
      await m.options(OPTIONS);
      await m.init();
      return m;
    }),
    () => (simple = undefined),
  );
  return simple;
}

/**
 * A second Pagefind instance for filtered searches. Once an instance has loaded the filter
 * index, it counts the results of every value of every loaded filter at each search, which
 * takes seconds for a common word among 20 000 places: the plain searches of the other
 * instance stay fast. The two share the browser's cache of the index files.
 */
function chargerPagefindFiltree(): Promise<Instance> {
  filtree ??= oublierSiEchec(
    chargerModule().then(async (m) => {
      const instance = m.createInstance(OPTIONS);
      await instance.init();
      return instance;
    }),
    () => (filtree = undefined),
  );
  return filtree;
}

/** A result ready to show. */
export interface Resultat {
  url: string;
  titre: string;
  /** Content type label: « Lieu », « Membre »… */
  type: string;
  /** Excerpt with the matched words in `<mark>`, as Pagefind's HTML (see {@link remplirExtrait}). */
  extrait: string;
  /** A place's commune. */
  commune?: string;
  /** A place's open status, computed now from its typical week. */
  ouverture?: { ouvert: boolean; libelle: string };
  /** A place's card data: the result shows its address and « Appeler », as the card does. */
  vignette?: LieuVignette;
}

/** Result set of a search: the total and a loader for any slice of the results. */
export interface Reponse {
  total: number;
  /** Details of results `debut` to `fin` (exclusive), in rank order (exact titles first in the first slice). */
  charger(debut: number, fin: number): Promise<Resultat[]>;
}

function enResultat(d: PagefindDonnees, maintenant: Date): Resultat {
  const resultat: Resultat = {
    url: d.url,
    titre: d.meta['title'] || d.url,
    type: libelleType(d.filters['type']?.[0]),
    extrait: d.excerpt,
  };
  const commune = d.meta[METAS.commune];
  if (commune) resultat.commune = commune;
  const ouverture = statutResultat(d.meta[METAS.horaires], d.meta[METAS.departement], maintenant);
  if (ouverture) resultat.ouverture = ouverture;
  const vignette = d.meta[META_VIGNETTE];
  if (vignette) {
    try {
      resultat.vignette = JSON.parse(vignette) as LieuVignette;
    } catch {
      // An index built by an older version: the result stays as it was.
    }
  }
  return resultat;
}

/**
 * Searches the index. An empty query with filters lists everything matching the filters.
 * @param filtres Pagefind filter values (`{ commune: 'Caen' }`), not URL slugs.
 * @returns `null` when Pagefind dropped the search because a newer one started.
 */
export async function rechercher(q: string, filtres: Partial<Record<Filtre, string>>): Promise<Reponse | null> {
  const filtre = Object.keys(filtres).length > 0;
  const pagefind = await (filtre ? chargerPagefindFiltree() : chargerPagefind());
  const reponse = await pagefind.search(q.trim() === '' ? null : q, filtre ? { filters: filtres as Record<string, string> } : {});
  if (!reponse) return null;
  const maintenant = new Date();
  return {
    total: reponse.results.length,
    charger: async (debut, fin) => {
      const resultats = await Promise.all(reponse.results.slice(debut, fin).map(async (r) => enResultat(await r.data(), maintenant)));
      // Only within the first slice: later slices must not repeat or skip a result.
      return debut === 0 ? titresExactsDabord(resultats, q) : resultats;
    },
  };
}

/**
 * Fills an element with an excerpt: text, with only Pagefind's `<mark>` kept as markup.
 * Parsed in an inert document, so nothing in indexed content can run or inject markup.
 */
export function remplirExtrait(cible: HTMLElement, extrait: string): void {
  const doc = new DOMParser().parseFromString(`<p>${extrait}</p>`, 'text/html');
  cible.replaceChildren();
  for (const noeud of doc.body.firstElementChild?.childNodes ?? []) {
    if (noeud.nodeType === Node.ELEMENT_NODE && (noeud as Element).localName === 'mark') {
      const mark = document.createElement('mark');
      mark.textContent = noeud.textContent;
      cible.append(mark);
    } else {
      cible.append(noeud.textContent ?? '');
    }
  }
}

/**
 * The list item of a result: title link in a heading (so that screen reader users can jump
 * from result to result), then type, commune and open status, then the excerpt.
 * @param niveau heading level of the title on the search page; `null` for the header preview,
 *   which sits above the page's `<h1>` and must not add headings to the page outline.
 * @param avecExtrait false for the short header preview.
 */
export function elementResultat(r: Resultat, niveau: 2 | 3 | null, avecExtrait = true): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'resultat';
  const titre = document.createElement(niveau === null ? 'p' : `h${niveau}`);
  titre.className = 'resultat-titre';
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.titre;
  titre.append(a);
  const infos = document.createElement('p');
  infos.className = 'resultat-infos';
  const type = document.createElement('span');
  type.className = 'resultat-type';
  type.textContent = r.type;
  infos.append(type);
  if (r.commune) infos.append(` · ${r.commune}`);
  if (r.ouverture) {
    const statut = document.createElement('span');
    statut.className = r.ouverture.ouvert ? 'resultat-ouvert' : 'resultat-ferme';
    statut.textContent = r.ouverture.libelle;
    infos.append(' · ', statut);
  }
  li.append(titre, infos);
  // The page of results shows a place's address and « Appeler », written by the card's code.
  if (avecExtrait && r.vignette) {
    const modele = document.createElement('template');
    modele.innerHTML = htmlContact(r.vignette);
    li.append(modele.content);
  }
  if (avecExtrait && r.extrait) {
    const extrait = document.createElement('p');
    extrait.className = 'resultat-extrait';
    remplirExtrait(extrait, r.extrait);
    li.append(extrait);
  }
  return li;
}

/**
 * Arrow keys between the result links of a container (and back to the search field from the
 * first one), on top of Tab which always works. Returns true when the key was handled.
 */
export function navigationFleches(evenement: KeyboardEvent, champ: HTMLInputElement, conteneur: HTMLElement): boolean {
  if (evenement.key !== 'ArrowDown' && evenement.key !== 'ArrowUp') return false;
  const liens = [...conteneur.querySelectorAll<HTMLAnchorElement>('.resultat-titre a')];
  if (liens.length === 0) return false;
  const actuel = liens.indexOf(document.activeElement as HTMLAnchorElement);
  if (evenement.target === champ) {
    if (evenement.key !== 'ArrowDown') return false;
    liens[0]!.focus();
    return true;
  }
  if (actuel === -1) return false;
  const suivant = actuel + (evenement.key === 'ArrowDown' ? 1 : -1);
  if (suivant < 0) champ.focus();
  else liens[Math.min(suivant, liens.length - 1)]!.focus();
  return true;
}
