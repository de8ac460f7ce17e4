/**
 * The directory of places as the pages need it, computed once per build: each place with its
 * commune, its position, its facets as masks and its compiled hours; the communes and services
 * that have places; pagination of the lists browsable without JavaScript.
 */
import { FACETTES, FACETTE_SERVICES, masquesDe, type Masques } from './filtres.ts';
import { accueilleDuPublic } from './accueil.ts';
import { distanceKm, type Commune } from '../territoire/geo.ts';
import { compilerHoraires, type HorairesCompiles } from '../horaires/compilation.ts';
import { resumeHoraires } from '../horaires/evaluation.ts';
import { fuseauHoraire } from '../horaires/fuseau.ts';
import { encoderContacts, encoderPoints, type FichierContacts, type FichierPoints } from './points.ts';
import { communeDuLieu, construireRepertoire, type CommuneDuLieu, type Repertoire } from '../territoire/repertoire-communes.ts';
import type { LieuSaisi } from '../contenu/schemas/lieu.ts';
import { slugifier, slugLieu } from '../commun/slug.ts';
import { problemeIdReserve, problemeMemeAdresse } from '../contenu/adresses-reservees.ts';
import { SERVICES, TYPOLOGIES, type Typologie } from '../standard/valeurs.ts';

/** Places per page in the lists browsable without JavaScript. */
export const TAILLE_PAGE = 50;

/** A place of the directory. */
export interface LieuAnnuaire {
  id: string;
  donnees: LieuSaisi;
  commune: CommuneDuLieu;
  /** Where to put it on the map and measure distances: its coordinates, or the centre of its commune. */
  position?: { latitude: number; longitude: number; approximative: boolean } | undefined;
  /** Its typologies in words (« Bibliothèque, médiathèque »), or empty. */
  typologie: string;
  masques: Masques;
  /** Compiled hours, `null` when not given or unreadable. */
  horaires: HorairesCompiles | null;
  /** Index in {@link Annuaire.horaires}; 0 for no hours. */
  indexHoraires: number;
}

/** Communes that have places, with their places. */
export interface CommuneAvecLieux {
  commune: CommuneDuLieu;
  lieux: LieuAnnuaire[];
}

export interface Annuaire {
  departement: string;
  /** IANA time zone of the places (`fuseauHoraire`): every status is computed in it. */
  fuseau: string;
  /** Build date, `AAAA-MM-JJ`: start of the compiled hours. */
  genereLe: string;
  /** Places, by name (those that receive no public last). */
  lieux: LieuAnnuaire[];
  /** Places by id. */
  parId: Map<string, LieuAnnuaire>;
  repertoire: Repertoire;
  /** Communes with places, by name. */
  communes: CommuneAvecLieux[];
  /**
   * Other slugs leading to a commune's page: the slug of the commune as written in a place
   * (« Caen la mer » for Caen), so that `/lieux/commune/<slugifier(commune)>/` always exists.
   */
  aliasCommunes: Map<string, string>;
  /** Distinct compiled hours, shared by the places that have the same `horaires`; `[0]` is `null`. */
  horaires: (HorairesCompiles | null)[];
}

/** The compact point data of `/lieux/points.json` (map and interactive list) for a directory. */
export function fichierPoints(a: Annuaire): FichierPoints {
  return encoderPoints(
    a.lieux.map((l) => ({
      // The browser only needs the page's address: the slug of the id.
      id: slugLieu(l.id),
      nom: l.donnees.nom,
      latitude: l.donnees.latitude,
      longitude: l.donnees.longitude,
      commune: { nom: l.commune.nom, slug: l.commune.slug, latitude: l.commune.repertoire?.latitude, longitude: l.commune.repertoire?.longitude },
      typologie: l.typologie,
      masques: l.masques,
      indexHoraires: l.indexHoraires,
    })),
    a.horaires.map((h) => (h ? { ...h.compacts, r: resumeHoraires(h.compacts) } : null)),
    { departement: a.departement, fuseau: a.fuseau, genere: a.genereLe },
  );
}

/** The places' contacts, `/lieux/points/contacts.json`, in the order of {@link fichierPoints}. */
export function fichierContacts(a: Annuaire, points: FichierPoints = fichierPoints(a)): FichierContacts {
  return encoderContacts(
    a.lieux.map((l) => ({
      communeSlug: l.commune.slug,
      adresse: l.donnees.adresse,
      codePostal: l.donnees.code_postal,
      telephone: l.donnees.telephone,
      ficheAccesLibre: l.donnees.fiche_acces_libre,
    })),
    points,
  );
}

/** Thrown when the content cannot make a directory (ids reserved by `contenu/adresses-reservees.ts`). */
export class ErreurAnnuaire extends Error {}

/** Builds the directory from the validated places. */
export function construireAnnuaire(
  entrees: readonly { id: string; data: LieuSaisi; filePath?: string | undefined }[],
  options: { departement: string; fuseau?: string | undefined; communes: readonly Commune[]; aujourdhui: string },
): Annuaire {
  // `check:content` (run before every build) refuses these ids already; this is the last guard
  // for a directory built from unchecked entries.
  const reserves = entrees.flatMap((e) => {
    const message = problemeIdReserve('lieux', e.id, e.data.commune);
    return message === undefined ? [] : [`${e.filePath ?? e.id} › id : ${message}`];
  });
  // Two ids with the same slug would be the same page: `check:content` refuses them already.
  const parSlug = new Map<string, (typeof entrees)[number]>();
  for (const e of entrees) {
    const autre = parSlug.get(slugLieu(e.id));
    if (autre) reserves.push(`${e.filePath ?? e.id} › id : ${problemeMemeAdresse(e.id, autre.id, autre.filePath ?? autre.id)}`);
    else parSlug.set(slugLieu(e.id), e);
  }
  if (reserves.length > 0) throw new ErreurAnnuaire(reserves.join('\n'));
  const repertoire = construireRepertoire(options.communes, options.departement);
  const horaires: (HorairesCompiles | null)[] = [null];
  const indexParValeur = new Map<string, number>();
  const lieux = entrees
    .map((e): LieuAnnuaire => {
      const d = e.data;
      const commune = communeDuLieu(d, repertoire);
      let indexHoraires = 0;
      if (d.horaires) {
        let index = indexParValeur.get(d.horaires);
        if (index === undefined) {
          const compiles = compilerHoraires(d.horaires, options.departement, options.aujourdhui);
          index = compiles ? horaires.push(compiles) - 1 : 0;
          indexParValeur.set(d.horaires, index);
        }
        indexHoraires = index;
      }
      const position =
        d.latitude !== undefined && d.longitude !== undefined
          ? { latitude: d.latitude, longitude: d.longitude, approximative: false }
          : commune.repertoire
            ? { latitude: commune.repertoire.latitude, longitude: commune.repertoire.longitude, approximative: true }
            : undefined;
      return {
        id: e.id,
        donnees: d,
        commune,
        position,
        typologie: (d.typologie ?? []).map((t) => TYPOLOGIES[t as Typologie] ?? t).join(', '),
        masques: masquesDe(d),
        horaires: horaires[indexHoraires] ?? null,
        indexHoraires,
      };
    })
    // A place that receives no public comes after the places one can go to, in every list.
    .sort(
      (a, b) => Number(accueilleDuPublic(b)) - Number(accueilleDuPublic(a)) || a.donnees.nom.localeCompare(b.donnees.nom, 'fr') || a.id.localeCompare(b.id),
    );

  const parCommune = new Map<string, CommuneAvecLieux>();
  for (const l of lieux) {
    const groupe = parCommune.get(l.commune.slug) ?? { commune: l.commune, lieux: [] };
    groupe.lieux.push(l);
    parCommune.set(l.commune.slug, groupe);
  }
  const communes = [...parCommune.values()].sort((a, b) => a.commune.nom.localeCompare(b.commune.nom, 'fr'));
  const aliasCommunes = new Map<string, string>();
  for (const l of lieux) {
    const alias = slugifier(l.donnees.commune);
    if (alias !== '' && alias !== l.commune.slug && !parCommune.has(alias)) aliasCommunes.set(alias, l.commune.slug);
  }
  return {
    departement: options.departement,
    fuseau: fuseauHoraire(options.departement, options.fuseau),
    genereLe: options.aujourdhui,
    lieux,
    parId: new Map(lieux.map((l) => [l.id, l])),
    repertoire,
    communes,
    aliasCommunes,
    horaires,
  };
}

/** A neighbouring commune with places. */
export interface CommuneProche {
  nom: string;
  slug: string;
  nombre: number;
  km: number;
}

/** The nearest other communes that have places (for someone who can travel a little). */
export function communesProches(groupe: CommuneAvecLieux, communes: readonly CommuneAvecLieux[], nombre = 6): CommuneProche[] {
  const ici = groupe.commune.repertoire;
  if (!ici) return [];
  return communes
    .filter((c) => c !== groupe && c.commune.repertoire)
    .map((c) => ({
      nom: c.commune.nom,
      slug: c.commune.slug,
      nombre: c.lieux.length,
      km: distanceKm(ici.latitude, ici.longitude, c.commune.repertoire!.latitude, c.commune.repertoire!.longitude),
    }))
    .sort((a, b) => a.km - b.km)
    .slice(0, nombre);
}

/** Places offering a service (index in the standard's list). */
export function lieuxDuService(annuaire: Annuaire, service: number): LieuAnnuaire[] {
  return annuaire.lieux.filter((l) => (l.masques[FACETTE_SERVICES]! & (1 << service)) !== 0);
}

/**
 * Slug of a service in `/lieux/service/<slug>/`: the slug of the standard's value
 * (`aide-aux-demarches-administratives`), so that any page can link it with `slugifier()`
 * alone. The directory's address uses the short form (`?service=demarches`).
 */
export function slugService(service: number): string {
  return slugifier(SERVICES[service]!);
}

/** Slug of the service's short label, as in the directory's address (`demarches`). */
export function slugCourtService(service: number): string {
  return FACETTES[FACETTE_SERVICES]!.slugs[service]!;
}

/** A page of a list. */
export interface Page<T> {
  /** 1-based. */
  numero: number;
  total: number;
  elements: T[];
  /** Position of the first element in the whole list, 1-based. */
  premier: number;
}

/** Cuts a list into pages of {@link TAILLE_PAGE}; an empty list still has one (empty) page. */
export function paginer<T>(elements: readonly T[], taille = TAILLE_PAGE): Page<T>[] {
  const total = Math.max(1, Math.ceil(elements.length / taille));
  return Array.from({ length: total }, (_, i) => ({ numero: i + 1, total, elements: elements.slice(i * taille, (i + 1) * taille), premier: i * taille + 1 }));
}

/** Address of page `numero` of a list whose first page is `base` (`/lieux/commune/caen/`). */
export function cheminPage(base: string, numero: number): string {
  return numero <= 1 ? base : `${base}page/${numero}/`;
}

/**
 * The values that at least one place carries, one mask per facet: the form offers only those
 * (no « (0) » option, no label of another region that no place of the département has).
 */
export function valeursPresentes(lieux: readonly { masques: Masques }[]): Masques {
  return FACETTES.map((_, f) => lieux.reduce((m, l) => m | l.masques[f]!, 0));
}

/**
 * The page that answers a need without JavaScript: the page of its service with the most
 * places (« Faire mes démarches » → `/lieux/service/aide-aux-demarches-administratives/`).
 * With JavaScript the directory filters on all the need's services at once (`?besoin=`).
 */
export function pageDuBesoin(annuaire: Annuaire, besoin: { services: readonly string[] }): string {
  const services = besoin.services.map((s) => SERVICES.indexOf(s as (typeof SERVICES)[number])).filter((i) => i >= 0);
  const principal = [...services].sort((a, b) => lieuxDuService(annuaire, b).length - lieuxDuService(annuaire, a).length)[0] ?? 0;
  return `/lieux/service/${slugService(principal)}/`;
}
