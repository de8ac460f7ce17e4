/**
 * What a place page declares to the site search (build time): its type, its filters (commune,
 * services) and its metadata (commune, and the compiled hours the directory already computes,
 * so that a search result and the place page give the same open status, public holidays
 * included).
 */
import type { HorairesCompacts } from './horaires.ts';
import { METAS } from './recherche.ts';

/** The subset of a place's data the search needs (national standard column names). */
export interface LieuIndexable {
  commune: string;
  services?: readonly string[] | undefined;
}

/**
 * Props of `Base.astro` for a place page: `<Base {...indexationLieu(lieu.donnees, horaires, departement)} …>`.
 * The commune and services become Pagefind filters; the commune, the compact hours and the
 * département (for its public holidays), metadata read by the result list.
 */
export function indexationLieu(lieu: LieuIndexable, horaires: HorairesCompacts | undefined, departement: string) {
  return {
    type: 'lieu' as const,
    filtres: { commune: [lieu.commune], service: [...(lieu.services ?? [])] },
    metas: {
      [METAS.commune]: lieu.commune,
      [METAS.horaires]: horaires ? JSON.stringify(horaires) : undefined,
      [METAS.departement]: horaires ? departement : undefined,
    },
  };
}
