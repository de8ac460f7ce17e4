/**
 * Addresses of the site's own pages that sit beside the entries' pages: `/lieux/points.json`
 * next to `/lieux/<id>/`, `/membres/liste/` next to `/membres/<id>/`, `/reunions/calendrier.ics`
 * next to `/reunions/<id>.ics`… An entry whose id took one of these names would silently replace
 * (or be replaced by) that page, or stop the build, so `check:content` refuses it with a French
 * message.
 *
 * The table is declared here, for its messages, and follows the files of `src/pages/<collection>/`:
 * a unit test derives the reserved names from those files with {@link nomsReservesDesPages}, so a
 * page added there without its line here fails the tests.
 */
import type { NomCollection } from './collections.ts';
import { cite } from './schemas/communs.ts';
import { slugifier, slugLieu } from '../commun/slug.ts';

/**
 * Names (ids) that entries of each collection cannot take, lower case, with what owns them. An
 * endpoint such as `points.json` reserves its name with and without its extension.
 */
export const ADRESSES_RESERVEES = {
  lieux: {
    commune: 'aux pages /lieux/commune/ (lieux par commune)',
    communes: 'au fichier /lieux/communes.json (communes de l’annuaire)',
    'communes.json': 'au fichier /lieux/communes.json (communes de l’annuaire)',
    page: 'aux pages /lieux/page/2/, /lieux/page/3/… (liste des lieux)',
    points: 'au fichier /lieux/points.json (points de la carte et de la liste)',
    'points.json': 'au fichier /lieux/points.json (points de la carte et de la liste)',
    service: 'aux pages /lieux/service/ (lieux par besoin)',
  },
  membres: {
    liste: 'à la page /membres/liste/ (liste imprimable des membres)',
    'liste.csv': 'au fichier /membres/liste.csv (liste des membres pour un tableur)',
    roles: 'à la page /membres/roles/ (membres par rôle)',
  },
  groupes: {},
  actualites: {
    rss: 'au fil /actualites/rss.xml (fil RSS des actualités)',
    'rss.xml': 'au fil /actualites/rss.xml (fil RSS des actualités)',
  },
  ressources: {
    themes: 'à la page /ressources/themes/ (ressources par thème)',
    veille: 'à la page /ressources/veille/ (la veille)',
  },
  reunions: {
    calendrier: 'au fichier /reunions/calendrier.ics (agenda des réunions à venir)',
    'calendrier.ics': 'au fichier /reunions/calendrier.ics (agenda des réunions à venir)',
  },
  charte: {},
  convention: {},
} as const satisfies Record<NomCollection, Record<string, string>>;

/** Extensions of the files of `src/pages/` that make a page or an endpoint. */
const EXTENSIONS_PAGES = /\.(astro|md|mdx|html|ts|js)$/;

/**
 * The names a folder `src/pages/<collection>/` reserves, from its entries: a sub-folder
 * (`commune/`) or a page (`liste.astro`) reserves its name, an endpoint (`points.json.ts`) its
 * name with and without its extension. Dynamic routes (`[id].astro`), `index` and the files
 * Astro ignores (`_donnees.ts`) reserve nothing.
 */
export function nomsReservesDesPages(entrees: readonly { nom: string; dossier: boolean }[]): string[] {
  const noms = new Set<string>();
  for (const { nom, dossier } of entrees) {
    if (nom.startsWith('_') || nom.startsWith('.') || nom.includes('[')) continue;
    if (dossier) {
      noms.add(nom.toLowerCase());
      continue;
    }
    if (!EXTENSIONS_PAGES.test(nom)) continue;
    const adresse = nom.replace(EXTENSIONS_PAGES, '').toLowerCase();
    if (adresse === 'index') continue;
    noms.add(adresse);
    noms.add(adresse.replace(/\.[^.]+$/, ''));
  }
  return [...noms].sort();
}

/**
 * Why an entry cannot take this id, or `undefined`. Case does not matter: `Points` and `points`
 * are the same address on the case-insensitive disks of Windows and macOS, and on some hosts.
 * `commune`, for a place, makes the suggested id (« points-caen »).
 */
export function problemeIdReserve(collection: NomCollection, id: string, commune?: unknown): string | undefined {
  const reserves: Readonly<Record<string, string>> = ADRESSES_RESERVEES[collection];
  // A place's address is the slug of its id: « Points » and « points » both lead to /lieux/points/.
  const cle = [id.toLowerCase(), ...(collection === 'lieux' ? [slugLieu(id)] : [])].find((c) => Object.hasOwn(reserves, c));
  if (cle === undefined) return undefined;
  const base = id.replace(/\.[^.]+$/, '');
  const noms = Object.keys(reserves).join(', ');
  if (collection === 'lieux') {
    const suffixe = typeof commune === 'string' && slugifier(commune) !== '' ? slugifier(commune) : '1';
    return `${cite(id)} est réservé ${reserves[cle]} : choisissez un autre identifiant (par exemple ${cite(`${base}-${suffixe}`)}). Identifiants réservés aux pages de l’annuaire, en minuscules comme en majuscules : ${noms}.`;
  }
  return `${cite(id)} est réservé ${reserves[cle]} : renommez le fichier (par exemple ${base}-1.md). Noms réservés dans ce dossier, en minuscules comme en majuscules : ${noms}.`;
}

export interface ProblemeAdresse {
  fichier: string;
  champ: string;
  message: string;
}

/** Entries whose id is reserved, in every collection: on `id` for a place, on the file name otherwise. */
export function verifierIdsReserves(
  entrees: Partial<Record<NomCollection, readonly { id: string; chemin: string; donnees?: Record<string, unknown> }[]>>,
): ProblemeAdresse[] {
  const problemes: ProblemeAdresse[] = [];
  for (const [collection, liste] of Object.entries(entrees) as [
    NomCollection,
    readonly { id: string; chemin: string; donnees?: Record<string, unknown> }[],
  ][]) {
    for (const entree of liste) {
      const message = problemeIdReserve(collection, entree.id, entree.donnees?.['commune']);
      if (message !== undefined) problemes.push({ fichier: entree.chemin, champ: collection === 'lieux' ? 'id' : 'nom du fichier', message });
    }
  }
  return problemes;
}

/**
 * Message for a place whose id gives the same address as another's (« Médiathèque » and
 * « mediatheque » are both `/lieux/mediatheque/`), naming the other id and its file.
 */
export function problemeMemeAdresse(id: string, autreId: string, autreFichier: string): string {
  return `l'identifiant ${cite(id)} donne la même adresse de page, /lieux/${slugLieu(id)}/, que l'identifiant ${cite(autreId)} de ${autreFichier} : changez l'un des deux identifiants (les accents, les majuscules et la ponctuation ne comptent pas dans l'adresse)`;
}
