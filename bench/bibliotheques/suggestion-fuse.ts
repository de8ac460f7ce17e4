/**
 * `suggestion.ts` réécrit avec fuse.js (recherche approchée, algorithme Bitap) : la valeur
 * autorisée la mieux notée par Fuse, si son score passe le seuil de Fuse (0,4 par défaut).
 * La distance d'édition reste celle de fastest-levenshtein (fuse.js n'en donne pas).
 */
import { importer } from './paquets.ts';

interface FuseLike {
  search(motif: string): { item: string; score?: number }[];
}
const { default: Fuse } = await importer<{ default: new (liste: readonly string[], options: object) => FuseLike }>('fuse.js');
const { distance } = await importer<{ distance(a: string, b: string): number }>('fastest-levenshtein');

export const distanceEdition = distance;

export function valeurLaPlusProche(valeur: string, autorisees: readonly string[]): string | undefined {
  const fuse = new Fuse(autorisees, { includeScore: true, ignoreDiacritics: true, ignoreLocation: true, threshold: 0.4 });
  return fuse.search(valeur)[0]?.item;
}
