/**
 * What a working group produced, so that « qu’ont produit les groupes ? » takes one page: the
 * resources it lists as deliverables (`livrables`, in the group's order) and the published
 * minutes of its past meetings (most recent first). Used by the groups' index and each group's
 * page, so both show the same deliverables.
 */
import { aUnCompteRendu, repartirReunions } from './agenda.ts';

export interface ProductionsGroupe<R, M> {
  /** Resources the group lists in `livrables`, in that order (unknown ids are left out: `check:content` reports them). */
  livrables: R[];
  /** Past meetings of the group whose minutes are published, most recent first. */
  comptesRendus: M[];
}

export function productionsGroupe<R, M extends { body?: string | undefined; data: { groupe?: string | undefined; debut: string; fin: string } }>(
  groupe: { id: string; data: { livrables: readonly string[] } },
  ressources: ReadonlyMap<string, R>,
  reunions: readonly M[],
  date: string,
): ProductionsGroupe<R, M> {
  const livrables = groupe.data.livrables.map((id) => ressources.get(id)).filter((r): r is R => r !== undefined);
  const { passees } = repartirReunions(
    reunions.filter((r) => r.data.groupe === groupe.id),
    date,
  );
  return { livrables, comptesRendus: passees.filter(aUnCompteRendu) };
}
