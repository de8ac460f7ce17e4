/**
 * The directory's map in the browser: built when it comes into view (Leaflet is loaded then),
 * its popups, and the button that folds and unfolds it.
 */
import { pluriel } from '../../../lib/commun/format.ts';
import { momentLocal } from '../../../lib/horaires/evaluation.ts';
import type { PointsDecodes } from '../../../lib/lieux/points.ts';
import type { CarteLieux } from '../carte-client.ts';
import { vignetteDePoint, vignetteLieu } from '../../../lib/lieux/vignette-lieu.ts';
import { depuisHtml, ecrireStatutVignette, element, type ContexteLieux } from './liste-client.ts';

/**
 * Builds the map in `conteneur` (its settings are in its `data-` attributes) once the points
 * are loaded; Leaflet is loaded meanwhile.
 */
export async function creerCarte(conteneur: HTMLElement, chargement: Promise<PointsDecodes>, contexte: ContexteLieux): Promise<CarteLieux> {
  const [points, { CarteLieux }] = await Promise.all([chargement, import('../carte-client.ts')]);
  const d = conteneur.dataset;
  return new CarteLieux(
    conteneur,
    { tuiles: d['tuiles']!, attribution: d['attribution']!, centre: JSON.parse(d['centre']!) as [number, number], zoom: Number(d['zoom']) },
    points.lieux,
    {
      nomMarqueur: (i) => `${points.lieux[i]!.nom}, ${points.communes[points.lieux[i]!.commune]!.nom}`,
      popup: (i) => popup(contexte, i),
      popupAmas: (indices) => popupAmas(contexte, indices),
    },
  );
}

/** A place's popup: its card (the list's, without « Voir sur la carte »), and how exact its marker is. */
function popup(contexte: ContexteLieux, i: number): HTMLElement {
  const { points } = contexte;
  const l = points.lieux[i]!;
  const km = contexte.distances?.[i];
  const vignette = depuisHtml(
    vignetteLieu(vignetteDePoint(points, i), {
      lien: `${contexte.base}${l.id}/`,
      niveau: null,
      distance: km !== undefined ? { km, approximative: l.approximative } : undefined,
    }),
  );
  ecrireStatutVignette(contexte, vignette, momentLocal(new Date(), contexte.points.fuseau));
  return element(
    'div',
    { class: 'popup-lieu' },
    vignette,
    ...(l.approximative ? [element('p', { class: 'meta' }, 'Position approximative : centre de la commune.')] : []),
  );
}

function popupAmas(contexte: ContexteLieux, indices: readonly number[]): HTMLElement {
  const { points } = contexte;
  const premiers = indices.slice(0, 15);
  return element(
    'div',
    { class: 'popup-lieu' },
    element('p', { class: 'popup-nom' }, `${pluriel(indices.length, 'lieu', 'lieux')} à cet endroit :`),
    element('ul', {}, ...premiers.map((i) => element('li', {}, element('a', { href: `${contexte.base}${points.lieux[i]!.id}/` }, points.lieux[i]!.nom)))),
    ...(indices.length > premiers.length ? [element('p', {}, `et ${indices.length - premiers.length} autres : voir la liste.`)] : []),
  );
}

/** Folds or unfolds the map; `racine`: the directory's element. */
export function basculerCarte(racine: HTMLElement, bouton: HTMLButtonElement, carte: CarteLieux | undefined): void {
  const section = racine.querySelector<HTMLElement>('.colonne-carte')!;
  section.hidden = !section.hidden;
  bouton.setAttribute('aria-expanded', String(!section.hidden));
  bouton.textContent = section.hidden ? 'Afficher la carte' : 'Masquer la carte';
  racine.classList.toggle('sans-carte', section.hidden);
  if (!section.hidden) carte?.redimensionner();
}
