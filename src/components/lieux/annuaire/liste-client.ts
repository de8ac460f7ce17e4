/**
 * The directory's result list in the browser: the cards of the places, added by batches
 * (« Afficher plus »), and the sentence that sums the results up.
 */
import { pluriel } from '../../../lib/commun/format.ts';
import type { MomentLocal, Statut } from '../../../lib/horaires/evaluation.ts';
import type { PointsDecodes } from '../../../lib/lieux/points.ts';
import { vignetteDePoint, vignetteLieu } from '../../../lib/lieux/vignette-lieu.ts';
import type { Position } from '../../../lib/territoire/localisation.ts';
import { ecrireStatut } from '../statut-client.ts';

/** Places rendered at once; « Afficher plus » adds as many. */
export const PAR_LOT = 50;

export function element<K extends keyof HTMLElementTagNameMap>(
  nom: K,
  attributs: Record<string, string> = {},
  ...enfants: (Node | string)[]
): HTMLElementTagNameMap[K] {
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
  statut: (horaires: number, maintenant: MomentLocal) => Statut;
}

/** An element from the card's HTML (escaped by `vignetteLieu`). */
export function depuisHtml(html: string): HTMLElement {
  const modele = document.createElement('template');
  modele.innerHTML = html;
  return modele.content.firstElementChild as HTMLElement;
}

/** Fills the card's `<statut-horaires>` with the status now (from `points.json`'s hours). */
export function ecrireStatutVignette(contexte: ContexteLieux, vignette: HTMLElement, maintenant: MomentLocal): void {
  for (const el of vignette.querySelectorAll<HTMLElement>('statut-horaires[data-horaires]'))
    ecrireStatut(el, contexte.statut(Number(el.dataset['horaires']), maintenant), maintenant, contexte.points.fuseau);
}

/** The card of a place, the same as the server's (`vignetteLieu`); `montrer`: « Voir sur la carte ». */
export function carteLieu(contexte: ContexteLieux, i: number, maintenant: MomentLocal, montrer: (i: number) => void): HTMLElement {
  const { points, base } = contexte;
  const l = points.lieux[i]!;
  const km = contexte.distances?.[i];
  const html = vignetteLieu(vignetteDePoint(points, i), {
    lien: `${base}${l.id}/`,
    niveau: 3,
    distance: km !== undefined ? { km, approximative: l.approximative } : undefined,
    voirSurCarte: l.latitude !== undefined,
  });
  const article = depuisHtml(html);
  ecrireStatutVignette(contexte, article, maintenant);
  article.querySelector('[data-action="voir-sur-carte"]')?.addEventListener('click', () => montrer(i));
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
  carte: (i: number, maintenant: MomentLocal) => HTMLElement,
  maintenant: MomentLocal,
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
  return n === 0
    ? 'Aucun lieu ne correspond à votre recherche.'
    : `${pluriel(n, 'lieu', 'lieux')} ${n > 1 ? 'correspondent' : 'correspond'} à votre recherche${ou}.`;
}
