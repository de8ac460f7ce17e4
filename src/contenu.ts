/**
 * Shared content queries for the pages (the only module, with the pages, that imports
 * `astro:content`). Logic on the entries lives in `src/lib/`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { construireAnnuaire, type Annuaire } from './lib/lieux/annuaire.ts';
import { chargerCollectif } from './lib/contenu/chargement.ts';
import { toutesLesCommunes } from './lib/territoire/communes.ts';
import { aujourdhuiParis } from './lib/commun/date.ts';
import { schemaCollectif, type Collectif } from './lib/contenu/schemas/configuration.ts';

/** The collective's configuration (`content/collectif.yaml`), validated before the build. */
export const collectif: Collectif = schemaCollectif.parse(chargerCollectif(process.cwd()).donnees);

const parNom = (a: { data: { nom: string } }, b: { data: { nom: string } }) => a.data.nom.localeCompare(b.data.nom, 'fr');

export type Lieu = CollectionEntry<'lieux'>;
export type Membre = CollectionEntry<'membres'>;
export type Groupe = CollectionEntry<'groupes'>;
export type Actualite = CollectionEntry<'actualites'>;
export type Ressource = CollectionEntry<'ressources'>;
export type Reunion = CollectionEntry<'reunions'>;

/** Places, by name. */
export async function tousLesLieux(): Promise<Lieu[]> {
  return (await getCollection('lieux')).sort(parNom);
}

/** Members (current and former), by name. */
export async function tousLesMembres(): Promise<Membre[]> {
  return (await getCollection('membres')).sort(parNom);
}

export async function tousLesGroupes(): Promise<Groupe[]> {
  return (await getCollection('groupes')).sort(parNom);
}

/** News, newest first. */
export async function toutesLesActualites(): Promise<Actualite[]> {
  return (await getCollection('actualites')).sort((a, b) => b.data.date.localeCompare(a.data.date));
}

/** Resources, newest first. */
export async function toutesLesRessources(): Promise<Ressource[]> {
  return (await getCollection('ressources')).sort((a, b) => b.data.date.localeCompare(a.data.date));
}

/** Meetings, in chronological order. */
export async function toutesLesReunions(): Promise<Reunion[]> {
  return (await getCollection('reunions')).sort((a, b) => a.data.debut.localeCompare(b.data.debut));
}

/** Index of entries by id, for resolving references. */
export function indexParId<T extends { id: string }>(entrees: readonly T[]): Map<string, T> {
  return new Map(entrees.map((e) => [e.id, e]));
}

/**
 * « Modifier cette page »: the address of the file in the repository's web editor (GitHub, or
 * GitLab when the repository is on a GitLab instance).
 */
export function lienEdition(cheminFichier: string | undefined): string | undefined {
  if (!cheminFichier) return undefined;
  const depot = collectif.depot.url.replace(/\/$/, '');
  const chemin = cheminFichier.replace(/^\.\//, '');
  return /gitlab/i.test(depot)
    ? `${depot}/-/edit/${collectif.depot.branche}/${chemin}`
    : `${depot}/edit/${collectif.depot.branche}/${chemin}`;
}

let annuaireEnCours: Promise<Annuaire> | undefined;

/**
 * The directory of places (communes, compiled hours, facets), computed once per build and
 * shared by the directory's pages, the place pages and the point data.
 */
export function annuaire(): Promise<Annuaire> {
  annuaireEnCours ??= tousLesLieux().then((lieux) =>
    construireAnnuaire(lieux, { departement: collectif.departement.code, communes: toutesLesCommunes(), aujourdhui: aujourdhuiParis() }),
  );
  return annuaireEnCours;
}
