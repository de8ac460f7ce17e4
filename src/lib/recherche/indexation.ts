/**
 * What a place page declares to the site search (build time): its type, its filters (commune,
 * services) and its metadata (commune, and the compiled hours the directory already computes,
 * so that a search result and the place page give the same open status, public holidays
 * included).
 */
import type { HorairesCompacts } from '../horaires/evaluation.ts';
import { decalerDate } from '../horaires/jours-feries.ts';
import { fuseauHoraire } from '../horaires/fuseau.ts';
import { METAS } from './recherche.ts';

/**
 * Days of dated exceptions kept in a search result's hours. Every result shown downloads its
 * metadata: a year of exceptions (« Sa[1] », closures) weighed up to a few kilobytes per place
 * and doubled the data of a first search at 20 000 places. Past this horizon the result falls
 * back on the weekly template and public holidays; the place page keeps the whole year, and
 * the site is rebuilt every night.
 */
export const HORIZON_RECHERCHE_JOURS = 14;

/** The compiled hours cut to the horizon of the search results. */
export function horairesPourRecherche(h: HorairesCompacts, jours = HORIZON_RECHERCHE_JOURS): HorairesCompacts {
  // biome-ignore lint/complexity/useMathMinMax: ISO dates as strings (Math.min would make them NaN).
  const au = decalerDate(h.du, jours - 1) < h.au ? decalerDate(h.du, jours - 1) : h.au;
  const x = Object.fromEntries(Object.entries(h.x ?? {}).filter(([date]) => date <= au));
  return { s: h.s, ...(h.f ? { f: h.f } : {}), ...(Object.keys(x).length > 0 ? { x } : {}), du: h.du, au };
}

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
export function indexationLieu(lieu: LieuIndexable, horaires: HorairesCompacts | undefined, departement: string, fuseau: string = fuseauHoraire(departement)) {
  return {
    type: 'lieu' as const,
    filtres: { commune: [lieu.commune], service: [...(lieu.services ?? [])] },
    metas: {
      [METAS.commune]: lieu.commune,
      [METAS.horaires]: horaires ? JSON.stringify(horairesPourRecherche(horaires)) : undefined,
      [METAS.departement]: horaires ? departement : undefined,
      [METAS.fuseau]: horaires ? fuseau : undefined,
    },
  };
}
