/**
 * Internal links honour the configured base path (a site served under /nom-du-depot/ on GitHub
 * Pages): every link of the site goes through `lien()`.
 */
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** `lien('/lieux/')` → `/lieux/`, or `/nom-du-depot/lieux/` under a base path. */
export function lien(chemin: string): string {
  return `${BASE}${chemin.replace(/^\//, '')}`;
}
