/**
 * The printed list of the directory: before printing, a print-only table is filled with every
 * place matching the search (the screen shows them by batches of 50), with the search in
 * words and the date. `@media print` (Annuaire.astro) shows the table instead of the cards.
 */
import { formaterTelephone } from '../../../lib/territoire/telephone.ts';
import type { MomentLocal } from '../../../lib/horaires/evaluation.ts';
import type { EtatAnnuaire } from '../../../lib/lieux/etat-url.ts';
import { criteresEnMots, dateImpression, ligneImpression } from '../../../lib/lieux/impression.ts';
import type { PointsDecodes } from '../../../lib/lieux/points.ts';
import { rangAccueil } from '../../../lib/lieux/tri.ts';
import type { Position } from '../../../lib/territoire/localisation.ts';
import { pluriel } from '../../../lib/commun/format.ts';
import { element } from './liste-client.ts';

/** What the table is filled from: the search as it is on screen. */
export interface SourceImpression {
  etat: EtatAnnuaire;
  position: Position | undefined;
  points: PointsDecodes;
  /** Indices of all the matching places, in their order on screen. */
  resultats: readonly number[];
  distances: Float64Array | undefined;
  maintenant: MomentLocal;
}

const REMARQUES = ['', 'lieu itinérant', 'n’accueille pas de public'] as const;

/** Fills `[data-impression]` inside `racine`. */
export function remplirImpression(racine: HTMLElement, source: SourceImpression): void {
  const bloc = racine.querySelector<HTMLElement>('[data-impression]');
  if (!bloc) return;
  const { points, etat, position, distances, maintenant } = source;
  const communes = new Map(points.communes.map((c) => [c.slug, c.nom]));
  const criteres = criteresEnMots(etat, maintenant, { position: position?.libelle, communes });
  bloc.querySelector('[data-impression-date]')!.textContent = dateImpression(maintenant);
  bloc
    .querySelector('[data-impression-criteres]')!
    .replaceChildren(...(criteres.length > 0 ? criteres : ['Tous les lieux, sans critère']).map((c) => element('li', {}, c)));
  bloc.querySelector('[data-impression-nombre]')!.textContent =
    `${pluriel(source.resultats.length, 'lieu', 'lieux')}${position ? ', du plus proche au plus loin' : ', par ordre alphabétique'}.`;
  const avecDistance = distances !== undefined;
  bloc.querySelector<HTMLElement>('[data-colonne-distance]')!.hidden = !avecDistance;
  bloc.querySelector('[data-impression-lignes]')!.replaceChildren(
    ...source.resultats.map((i) => {
      const l = points.lieux[i]!;
      const h = points.horaires[l.horaires];
      const ligne = ligneImpression({
        nom: l.nom,
        commune: points.communes[l.commune]!.nom,
        adresse: l.adresse,
        codePostal: l.codePostal,
        telephone: l.telephone ? formaterTelephone(l.telephone) : undefined,
        horaires: h?.r,
        distance: distances?.[i],
        remarque: REMARQUES[rangAccueil(l)] || undefined,
      });
      const cellules = [
        element('th', { scope: 'row' }, ligne.nom),
        element('td', {}, ligne.adresse),
        element('td', {}, ligne.telephone),
        element('td', {}, ligne.horaires),
      ];
      if (avecDistance) cellules.push(element('td', {}, ligne.distance));
      return element('tr', { 'data-id': l.id }, ...cellules);
    }),
  );
  bloc.dataset['rempli'] = String(source.resultats.length);
}
