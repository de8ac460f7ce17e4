/**
 * The directory's result list in the browser: the cards of the places, added by batches
 * (« Afficher plus »), and the sentence that sums the results up.
 */
import { formaterDistance, pluriel } from '../../../lib/commun/format.ts';
import type { MomentParis, Statut } from '../../../lib/horaires/evaluation.ts';
import { FACETTE_SERVICES, indicesDuMasque } from '../../../lib/lieux/filtres.ts';
import type { PointsDecodes } from '../../../lib/lieux/points.ts';
import { SERVICES, SERVICES_COURTS } from '../../../lib/standard/valeurs.ts';
import type { Position } from '../../../lib/territoire/localisation.ts';
import { ecrireStatut } from '../statut-client.ts';

/** Places rendered at once; « Afficher plus » adds as many. */
export const PAR_LOT = 50;

export function element<K extends keyof HTMLElementTagNameMap>(nom: K, attributs: Record<string, string> = {}, ...enfants: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(nom);
  for (const [a, v] of Object.entries(attributs)) e.setAttribute(a, v);
  e.append(...enfants);
  return e;
}

/** What the list and the map's popups need to write a place. */
export interface ContexteLieux {
  points: PointsDecodes;
  /** The address of the places' pages, ending with `/`. */
  base: string;
  /** Distances to the position, by place index, when a position is known. */
  distances: Float64Array | undefined;
  /** The status of the hours now (cached by the entry point). */
  statut: (horaires: number, maintenant: MomentParis) => Statut;
}

/** The card of a place, as `CarteLieu.astro` writes it; `montrer`: « Voir sur la carte ». */
export function carteLieu(contexte: ContexteLieux, i: number, maintenant: MomentParis, montrer: (i: number) => void): HTMLElement {
  const { points, base } = contexte;
  const l = points.lieux[i]!;
  const distance = contexte.distances?.[i];
  const meta = [l.typologie, points.communes[l.commune]!.nom];
  if (distance !== undefined && Number.isFinite(distance)) meta.push(`${l.approximative ? 'à environ' : 'à'} ${formaterDistance(distance)}`);
  const statut = element('p', { class: 'statut-horaires' });
  const h = points.horaires[l.horaires];
  if (h) {
    const span = element('span', { 'data-statut': String(l.horaires) });
    ecrireStatut(span, contexte.statut(l.horaires, maintenant), maintenant);
    statut.append(span);
  } else statut.append(element('span', { class: 'statut-etat statut-inconnu' }, 'Horaires non renseignés'));
  const services = indicesDuMasque(l.masques[FACETTE_SERVICES]!).map((s) => element('li', {}, SERVICES_COURTS[SERVICES[s]!]));
  const article = element(
    'article',
    { class: 'carte carte-lieu', 'data-id': l.id },
    element('h3', { class: 'carte-lieu-titre' }, element('a', { href: `${base}${l.id}/` }, l.nom)),
    element('p', { class: 'meta' }, meta.filter((m) => m !== '').join(' · ')),
    statut,
  );
  if (h) article.append(element('p', { class: 'carte-lieu-horaires' }, h.r));
  if (services.length > 0) article.append(element('ul', { class: 'etiquettes', 'aria-label': 'Services' }, ...services));
  if (l.latitude !== undefined) {
    const voir = element('button', { type: 'button', class: 'lien-bouton voir-sur-carte' }, 'Voir ', element('span', { class: 'sr-only' }, `${l.nom} `), 'sur la carte');
    voir.addEventListener('click', () => montrer(i));
    article.append(element('p', {}, voir));
  }
  return article;
}

/**
 * Renders the next places of `resultats` after the `affiches` already in `liste`, and updates
 * the « Afficher plus » button; `focus`: moves the focus to the first one added.
 * Returns how many places the list now shows.
 */
export function afficherLot(
  liste: HTMLOListElement,
  plus: HTMLButtonElement,
  resultats: readonly number[],
  affiches: number,
  carte: (i: number, maintenant: MomentParis) => HTMLElement,
  maintenant: MomentParis,
  focus: boolean,
): number {
  const lot = resultats.slice(affiches, affiches + PAR_LOT);
  const elements = lot.map((i) => element('li', {}, carte(i, maintenant)));
  liste.append(...elements);
  const total = affiches + lot.length;
  const reste = resultats.length - total;
  plus.hidden = reste <= 0;
  plus.textContent = `Afficher ${pluriel(Math.min(reste, PAR_LOT), 'lieu', 'lieux')} de plus (${reste} ${reste > 1 ? 'restants' : 'restant'})`;
  if (focus) elements[0]?.querySelector('a')?.focus();
  return total;
}

/** The sentence over the list: how many places, sorted from where. */
export function texteResume(n: number, position: Position | undefined, rayon: number | undefined): string {
  const ou = position ? `, du plus proche au plus loin de ${position.libelle}${rayon ? ` (${rayon} km au plus)` : ''}` : '';
  return n === 0 ? 'Aucun lieu ne correspond à votre recherche.' : `${pluriel(n, 'lieu', 'lieux')} ${n > 1 ? 'correspondent' : 'correspond'} à votre recherche${ou}.`;
}
