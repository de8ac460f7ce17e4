/**
 * The place card (« vignette »), written once: the server lists (`VignetteLieu.astro`), the
 * directory's list in the browser, the map's popups all use {@link vignetteLieu}, so that what a
 * person reads about a place does not depend on whether JavaScript ran.
 *
 * A card lets one act: the name links to the place's page, then the address, the distance when
 * a position is known (never for a place one cannot walk into, see `accueil.ts`), today's status,
 * the hours in one line, the services, an « Appeler » button when there is a phone and the
 * building's accessibility record when there is one.
 *
 * Pure: a string of HTML, every content value escaped. The status is an empty
 * `<statut-horaires>` that the browser fills at the time it is read (a static page cannot
 * know it); without hours the card says {@link HORAIRES_NON_RENSEIGNES} without script.
 */
import { echapperHtml as e } from '../commun/html.ts';
import { formaterDistance } from '../commun/format.ts';
import { HORAIRES_NON_RENSEIGNES, resumeHoraires } from '../horaires/evaluation.ts';
import { formaterTelephone } from '../territoire/telephone.ts';
import { SERVICES, SERVICES_COURTS } from '../standard/valeurs.ts';
import { accueilleDuPublic, estItinerant, onPeutSYRendre } from './accueil.ts';
import { FACETTE_SERVICES, indicesDuMasque, type Masques } from './filtres.ts';
import type { LieuAnnuaire } from './annuaire.ts';
import type { PointsDecodes } from './points.ts';

/** What a card shows of a place: the same fields on the server and in the browser. */
export interface LieuVignette {
  id: string;
  nom: string;
  /** Typologies in words (« Bibliothèque, médiathèque »), or empty. */
  typologie: string;
  /** Name of the commune, as the directory knows it. */
  commune: string;
  /** Street and number. */
  adresse: string;
  codePostal: string;
  /** International form (`+33231512029`). */
  telephone?: string | undefined;
  /** Address of the building's record on acceslibre. */
  ficheAccesLibre?: string | undefined;
  /** Facets as masks (services, itinerance, access). */
  masques: Masques;
  /** Index of its hours in the page's hours data; 0 when none. */
  horaires: number;
  /** The hours in one line, when known. */
  resumeHoraires?: string | undefined;
}

export interface OptionsVignette {
  /** Address of the place's page. */
  lien: string;
  /** Level of the name's heading; `null` for a paragraph (a map popup is not in the outline). */
  niveau: 2 | 3 | null;
  /** Distance to the searched position, when one is known. */
  distance?: { km: number; approximative: boolean } | undefined;
  /** Adds « Voir sur la carte » (`data-action="voir-sur-carte"`): the directory's list, with its map. */
  voirSurCarte?: boolean;
}

/**
 * Name of the search metadata (`data-pagefind-meta`) that carries a place's {@link LieuVignette}
 * as JSON, so that a search result shows the card's address and « Appeler » too.
 */
export const META_VIGNETTE = 'vignette';

/** « Ce lieu n’accueille pas de public »: the standard's value, in the site's typography. */
export const SANS_PUBLIC = 'Ce lieu n’accueille pas de public';

/** The status line of a place: filled by the browser, or the fallback when there are no hours. */
export function htmlStatut(horaires: number): string {
  return horaires > 0
    ? `<p class="statut-horaires"><statut-horaires data-horaires="${horaires}"></statut-horaires></p>`
    : `<p class="statut-horaires"><span class="statut-etat statut-inconnu">${HORAIRES_NON_RENSEIGNES}</span></p>`;
}

/**
 * « Appeler » (a `tel:` link styled as a button, named after the place for those who hear it
 * among other cards) and the number written out, to note it down or dial it from another phone.
 * The card and the place page use it.
 */
export function htmlAppeler(nom: string, telephone: string): string {
  return `<a class="bouton bouton-appeler" href="tel:${e(telephone)}">Appeler<span class="sr-only"> ${e(nom)}</span></a> <span class="numero-telephone">${e(formaterTelephone(telephone))}</span>`;
}

/** The card's address; a travelling place's is its base, where it does not receive people. */
export function htmlAdresse(l: LieuVignette): string {
  const adresse = `${e(l.adresse)}, ${e(l.codePostal)} ${e(l.commune)}`;
  return `<address class="vignette-adresse">${estItinerant(l) && !onPeutSYRendre(l) ? `Se déplace ; rattaché à : ${adresse}` : adresse}</address>`;
}

/** The card's actions: « Appeler », the accessibility record, « Voir sur la carte » on demand. */
export function htmlActions(l: LieuVignette, voirSurCarte = false): string {
  const actions: string[] = [];
  if (l.telephone) actions.push(htmlAppeler(l.nom, l.telephone));
  if (l.ficheAccesLibre)
    actions.push(`<a class="vignette-acces" href="${e(l.ficheAccesLibre)}">Accessibilité du bâtiment<span class="sr-only"> : ${e(l.nom)}</span></a>`);
  if (voirSurCarte)
    actions.push(
      `<button type="button" class="lien-bouton voir-sur-carte" data-action="voir-sur-carte">Voir <span class="sr-only">${e(l.nom)} </span>sur la carte</button>`,
    );
  return actions.length > 0 ? `<p class="vignette-actions">${actions.join(' ')}</p>` : '';
}

/** What a search result shows of a place's card: its address and its actions. */
export function htmlContact(l: LieuVignette): string {
  return `<div class="vignette-lieu vignette-contact">${htmlAdresse(l)}${htmlActions(l)}</div>`;
}

/** The card's HTML (an `<article>`). */
export function vignetteLieu(l: LieuVignette, o: OptionsVignette): string {
  const itinerant = estItinerant(l);
  const surPlace = onPeutSYRendre(l);
  const meta = [l.typologie, itinerant ? 'Itinérant' : '', l.commune];
  // A distance to a bus's depot, or to an office closed to the public, would send people there.
  if (o.distance && Number.isFinite(o.distance.km) && surPlace) meta.push(`${o.distance.approximative ? 'à environ' : 'à'} ${formaterDistance(o.distance.km)}`);
  const titre = o.niveau === null ? 'p' : `h${o.niveau}`;
  const services = indicesDuMasque(l.masques[FACETTE_SERVICES] ?? 0).map((s) => `<li>${e(SERVICES_COURTS[SERVICES[s]!])}</li>`);
  return [
    `<article class="carte vignette-lieu" data-id="${e(l.id)}">`,
    `<${titre} class="vignette-titre"><a href="${e(o.lien)}">${e(l.nom)}</a></${titre}>`,
    `<p class="meta">${meta
      .filter((m) => m !== '')
      .map(e)
      .join(' · ')}</p>`,
    !accueilleDuPublic(l) ? `<p class="vignette-accueil">${SANS_PUBLIC}.</p>` : '',
    htmlAdresse(l),
    htmlStatut(l.horaires),
    l.horaires > 0 && l.resumeHoraires ? `<p class="vignette-horaires">${e(l.resumeHoraires)}</p>` : '',
    services.length > 0 ? `<ul class="etiquettes" aria-label="Services">${services.join('')}</ul>` : '',
    htmlActions(l, o.voirSurCarte),
    '</article>',
  ].join('');
}

/** A place of the directory as its card shows it (server side). */
export function vignetteDeLieu(lieu: LieuAnnuaire): LieuVignette {
  const d = lieu.donnees;
  return {
    id: lieu.id,
    nom: d.nom,
    typologie: lieu.typologie,
    commune: lieu.commune.nom,
    adresse: d.adresse,
    codePostal: d.code_postal,
    telephone: d.telephone,
    ficheAccesLibre: d.fiche_acces_libre,
    masques: lieu.masques,
    horaires: lieu.horaires ? lieu.indexHoraires : 0,
    resumeHoraires: lieu.horaires ? resumeHoraires(lieu.horaires.compacts) : undefined,
  };
}

/** A place of `points.json` as its card shows it (browser side). */
export function vignetteDePoint(points: PointsDecodes, i: number): LieuVignette {
  const l = points.lieux[i]!;
  const h = points.horaires[l.horaires];
  return {
    id: l.id,
    nom: l.nom,
    typologie: l.typologie,
    commune: points.communes[l.commune]!.nom,
    adresse: l.adresse,
    codePostal: l.codePostal,
    telephone: l.telephone,
    ficheAccesLibre: l.ficheAccesLibre,
    masques: l.masques,
    horaires: h ? l.horaires : 0,
    resumeHoraires: h?.r,
  };
}
