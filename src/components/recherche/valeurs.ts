/**
 * Values of the search filters, read from the content at build time (rather than from
 * Pagefind's filter index in the browser, whose loading slows every later search down): the
 * content types that have pages, the communes and the services of the places.
 */
import { tousLesGroupes, tousLesLieux, tousLesMembres, toutesLesActualites, toutesLesReunions, toutesLesRessources } from '../../contenu.ts';
import { LIBELLES_TYPES, TYPES_CONTENU, type TypeContenu } from '../../lib/recherche/recherche.ts';
import { SERVICES } from '../../lib/standard/valeurs.ts';

export interface ValeursFiltres {
  /** Content types with at least one page, in the order of `TYPES_CONTENU`, with their labels. */
  types: { valeur: TypeContenu; libelle: string }[];
  /** Communes of the places, alphabetical, with their number of places. */
  communes: [string, number][];
  /** Services offered by at least one place, in the standard's order, with their number of places. */
  services: [string, number][];
}

function compter(valeurs: string[]): Map<string, number> {
  const comptes = new Map<string, number>();
  for (const v of valeurs) comptes.set(v, (comptes.get(v) ?? 0) + 1);
  return comptes;
}

export async function valeursFiltres(): Promise<ValeursFiltres> {
  const [lieux, membres, groupes, ressources, actualites, reunions] = await Promise.all([
    tousLesLieux(),
    tousLesMembres(),
    tousLesGroupes(),
    toutesLesRessources(),
    toutesLesActualites(),
    toutesLesReunions(),
  ]);
  const nombres: Record<TypeContenu, number> = {
    lieu: lieux.length,
    membre: membres.length,
    groupe: groupes.length,
    ressource: ressources.length,
    actualite: actualites.length,
    reunion: reunions.length,
    page: 1,
  };
  const parService = compter(lieux.flatMap((l) => l.data.services ?? []));
  return {
    types: TYPES_CONTENU.filter((t) => nombres[t] > 0).map((valeur) => ({ valeur, libelle: LIBELLES_TYPES[valeur] })),
    communes: [...compter(lieux.map((l) => l.data.commune))].sort(([a], [b]) => a.localeCompare(b, 'fr')),
    services: SERVICES.filter((s) => parService.has(s)).map((s) => [s, parService.get(s)!]),
  };
}
