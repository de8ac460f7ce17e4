/** Labels of the collective's own value lists (members, groups, resources, meetings, news). */
export { TYPES_MEMBRE, ROLES_MEMBRE, STATUTS_GROUPE, TYPES_RESSOURCE, TYPES_REUNION, PUBLICS_ACTUALITE } from '../contenu/schemas/entrees-collectif.ts';

/** Label of a key in a label map, or the key itself for an unknown one. */
export function libelle<T extends Record<string, string>>(table: T, cle: string): string {
  return (table as Record<string, string>)[cle] ?? cle;
}
