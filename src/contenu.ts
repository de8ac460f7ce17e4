/**
 * Content queries for the pages: the only module, with the pages themselves, that imports
 * `astro:content`. Components receive entries as props and never query; logic on the entries
 * lives in `src/lib/`.
 *
 * One cache rule for everything derived from the content (`unParConstruction`): computed once
 * per build, shared by every page of that build; recomputed on each request under `astro dev`,
 * so that an edited file shows at once.
 *
 * The site is static: « aujourd'hui » is the day it is generated, read once here
 * (`dateGeneration`) so that every page of one build agrees. Pages that show a status computed
 * for that day (convention in force, current members, upcoming meetings) say « au <date> »; the
 * collective keeps them current by regenerating the site (nightly, see docs/deploiement.md).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { construireAnnuaire, type Annuaire } from './lib/lieux/annuaire.ts';
import { chargerCollectif } from './lib/contenu/chargement.ts';
import { toutesLesCommunes } from './lib/territoire/communes.ts';
import { slugLieu } from './lib/commun/slug.ts';
import { aujourdhuiParis } from './lib/commun/date.ts';
import { schemaCollectif, type Collectif } from './lib/contenu/schemas/configuration.ts';
import { repartirMembres } from './lib/collectif/adhesion.ts';
import { calendrierConvention } from './lib/collectif/convention.ts';
import { binomeEnFonction } from './lib/collectif/secretariat.ts';
import { lien } from './lib/commun/url.ts';
import { LIBELLES_TYPES, TYPES_CONTENU, type TypeContenu } from './lib/recherche/recherche.ts';
import { SERVICES } from './lib/standard/valeurs.ts';
import { dateDesDonnees, type LieuPourExport } from './lib/donnees-ouvertes/export-standard.ts';
import { fichiersOuverts, type CleFichier, type FichierOuvert } from './lib/donnees-ouvertes/fichiers.ts';

/**
 * A value derived from the content, computed once per build (and on each call under
 * `astro dev`, where files change between requests).
 */
function unParConstruction<T>(calculer: () => T): () => T {
  let valeur: { v: T } | undefined;
  return () => {
    if (import.meta.env?.DEV) return calculer();
    valeur ??= { v: calculer() };
    return valeur.v;
  };
}

/** The collective's configuration (`content/collectif.yaml`), validated before the build. */
export const collectif: Collectif = schemaCollectif.parse(chargerCollectif(process.cwd()).donnees);

/** The day the site is generated, `AAAA-MM-JJ`, in Europe/Paris. */
export const dateGeneration: string = aujourdhuiParis();

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
  return /gitlab/i.test(depot) ? `${depot}/-/edit/${collectif.depot.branche}/${chemin}` : `${depot}/edit/${collectif.depot.branche}/${chemin}`;
}

/**
 * The directory of places (communes, compiled hours, facets), computed once per build and
 * shared by the directory's pages, the place pages and the point data.
 */
export const annuaire: () => Promise<Annuaire> = unParConstruction(() =>
  tousLesLieux().then((lieux) =>
    construireAnnuaire(lieux, {
      departement: collectif.departement.code,
      fuseau: collectif.departement.fuseau_horaire,
      communes: toutesLesCommunes(),
      aujourdhui: dateGeneration,
    }),
  ),
);

// — Collective's pages —

/** The convention's calendar on the generation day. */
export const calendrier = calendrierConvention(collectif.convention, dateGeneration);

/** Every member, and the split current / former / future on the generation day. */
export async function membresDuCollectif(): Promise<{ tous: Membre[]; actuels: Membre[]; anciens: Membre[]; futurs: Membre[] }> {
  const tous = await tousLesMembres();
  return { tous, ...repartirMembres(tous, dateGeneration) };
}

/** The facilitators' pair in office on the generation day, with their member entries. */
export interface SecretariatEnFonction {
  annee: number;
  aJour: boolean;
  designeLe?: string | undefined;
  membres: { id: string; nom: string; entree?: Membre | undefined }[];
}

export async function secretariatEnFonction(): Promise<SecretariatEnFonction | undefined> {
  const enFonction = binomeEnFonction(collectif.animateurs, dateGeneration);
  if (!enFonction) return undefined;
  const tous = new Map((await tousLesMembres()).map((m) => [m.id, m]));
  return {
    annee: enFonction.binome.annee,
    aJour: enFonction.aJour,
    designeLe: enFonction.binome.designe_le,
    membres: enFonction.binome.membres.map((id) => ({ id, nom: tous.get(id)?.data.nom ?? id, entree: tous.get(id) })),
  };
}

/** Absolute address of a page of the site (feeds and calendars need absolute links). */
export function adresseAbsolue(chemin: string, site: URL | undefined): string {
  return new URL(lien(chemin), site ?? collectif.site_url).href;
}

// — Search filters —

export interface ValeursFiltres {
  /** Content types with at least one page, in the order of `TYPES_CONTENU`, with their labels. */
  types: { valeur: TypeContenu; libelle: string }[];
  /** Communes of the places, alphabetical, with their number of places. */
  communes: [string, number][];
  /** Services offered by at least one place, in the standard's order, with their number of places. */
  services: [string, number][];
}

function compter(valeurs: string[]): Map<string, number> {
  const comptes = new Map<string, number>();
  for (const v of valeurs) comptes.set(v, (comptes.get(v) ?? 0) + 1);
  return comptes;
}

async function calculerValeursFiltres(): Promise<ValeursFiltres> {
  const [lieux, membres, groupes, ressources, actualites, reunions] = await Promise.all([
    tousLesLieux(),
    tousLesMembres(),
    tousLesGroupes(),
    toutesLesRessources(),
    toutesLesActualites(),
    toutesLesReunions(),
  ]);
  const nombres: Record<TypeContenu, number> = {
    lieu: lieux.length,
    membre: membres.length,
    groupe: groupes.length,
    ressource: ressources.length,
    actualite: actualites.length,
    reunion: reunions.length,
    page: 1,
  };
  const parService = compter(lieux.flatMap((l) => l.data.services ?? []));
  return {
    types: TYPES_CONTENU.filter((t) => nombres[t] > 0).map((valeur) => ({ valeur, libelle: LIBELLES_TYPES[valeur] })),
    communes: [...compter(lieux.map((l) => l.data.commune))].sort(([a], [b]) => a.localeCompare(b, 'fr')),
    services: SERVICES.filter((s) => parService.has(s)).map((s) => [s, parService.get(s)!]),
  };
}

/** Values of the search filters, computed once per build. */
export const valeursFiltres: () => Promise<ValeursFiltres> = unParConstruction(calculerValeursFiltres);

// — Open data —

export interface DonneesOuvertes {
  lieux: LieuPourExport[];
  fichiers: FichierOuvert[];
  /** Most recent `date_maj` of the places. */
  date: string | undefined;
}

/** Absolute address of a place's page (the slug of its id), from the configured site address and base path. */
export function urlFiche(id: string): string {
  return new URL(lien(`/lieux/${slugLieu(id)}/`), import.meta.env.SITE ?? collectif.site_url).href;
}

/** The published files, built once per build and shared by the download endpoints and the data page. */
export const donneesOuvertes: () => Promise<DonneesOuvertes> = unParConstruction(async () => {
  const lieux: LieuPourExport[] = (await tousLesLieux()).map((l) => ({ donnees: l.data, corps: l.body }));
  return { lieux, fichiers: fichiersOuverts(lieux, { producteur: collectif, urlFiche }), date: dateDesDonnees(lieux) };
});

/** The response of a download endpoint. */
export async function reponseFichier(cle: CleFichier): Promise<Response> {
  const fichier = (await donneesOuvertes()).fichiers.find((f) => f.cle === cle);
  if (!fichier) return new Response(null, { status: 404 });
  return new Response(fichier.contenu, { headers: { 'Content-Type': fichier.type } });
}
