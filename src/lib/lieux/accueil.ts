/**
 * How a place receives people, read from its facets (so that the same rule serves the build,
 * which has the full entries, and the browser, which only has the masks of `points.json`):
 * an itinerant place (a bus, a travelling desk) has no door at its base address, and a place
 * that « n'accueille pas de public » has no door at all. Cards say so instead of giving a
 * distance, and the directory sorts them after the places one can walk into.
 */
import { FACETTES, type Masques } from './filtres.ts';

/** Bit of a value of a column in the masks; a missing value would be a typo here, so it throws. */
function bit(colonne: (typeof FACETTES)[number]['colonne'], valeur: string): { facette: number; masque: number } {
  const facette = FACETTES.findIndex((f) => f.colonne === colonne);
  const i = facette >= 0 ? FACETTES[facette]!.valeurs.indexOf(valeur) : -1;
  if (i < 0) throw new Error(`Valeur « ${valeur} » absente de la colonne ${colonne} du standard.`);
  return { facette, masque: 1 << i };
}

const ITINERANT = bit('itinerance', 'Itinérant');
const FIXE = bit('itinerance', 'Fixe');
const SANS_PUBLIC = bit('modalites_acces', "Ce lieu n'accueille pas de public");

const a = (masques: Masques, b: { facette: number; masque: number }) => ((masques[b.facette] ?? 0) & b.masque) !== 0;

/** The place moves (its `itinerance` says « Itinérant »). */
export function estItinerant(lieu: { masques: Masques }): boolean {
  return a(lieu.masques, ITINERANT);
}

/** The place receives the public (its `modalites_acces` does not say « Ce lieu n'accueille pas de public »). */
export function accueilleDuPublic(lieu: { masques: Masques }): boolean {
  return !a(lieu.masques, SANS_PUBLIC);
}

/**
 * One can go to the place's address: it receives the public and does not only travel (a place
 * both « Fixe » and « Itinérant » has a door too). Only then does a distance mean something.
 */
export function onPeutSYRendre(lieu: { masques: Masques }): boolean {
  return accueilleDuPublic(lieu) && (!estItinerant(lieu) || a(lieu.masques, FIXE));
}
