/**
 * The order of the places in every list, before distance or name: places one can go to
 * first, then itinerant ones (their address is a base, not where one meets them), then those
 * that receive no public, which are never the first answer to « Autour de moi ». The rules
 * themselves are in `accueil.ts`. Shipped to the browser.
 */
import { accueilleDuPublic, onPeutSYRendre } from './accueil.ts';
import type { Masques } from './filtres.ts';

/** 0: one can go there; 1: itinerant only; 2: receives no public. */
export function rangAccueil(lieu: { masques: Masques }): 0 | 1 | 2 {
  return !accueilleDuPublic(lieu) ? 2 : onPeutSYRendre(lieu) ? 0 : 1;
}
