/**
 * Addresses of the collective's pages that sit beside the entries' own pages: `/membres/liste/`
 * next to `/membres/<id>/`, `/reunions/calendrier.ics` next to `/reunions/<id>.ics`… An entry
 * whose file name took one of these names would silently replace (or be replaced by) that page,
 * so the validation refuses it with a French message.
 */

/** File names (ids) that entries of a collection cannot take, with the page that owns them. */
export const IDS_RESERVES = {
  membres: { liste: '/membres/liste/ (liste imprimable des membres)', roles: '/membres/roles/ (membres par rôle)' },
  ressources: { themes: '/ressources/themes/ (ressources par thème)', veille: '/ressources/veille/ (la veille)' },
  reunions: { calendrier: '/reunions/calendrier.ics (agenda des réunions à venir)' },
} as const satisfies Record<string, Record<string, string>>;

export interface ProblemeAdresse {
  fichier: string;
  champ: string;
  message: string;
}

/** Entries of `membres`, `ressources` and `reunions` whose id is reserved. */
export function verifierIdsReserves(entrees: Partial<Record<string, readonly { id: string; chemin: string }[]>>): ProblemeAdresse[] {
  const problemes: ProblemeAdresse[] = [];
  for (const [collection, reserves] of Object.entries(IDS_RESERVES) as [string, Record<string, string>][]) {
    for (const entree of entrees[collection] ?? []) {
      const page = reserves[entree.id];
      if (page !== undefined) {
        problemes.push({
          fichier: entree.chemin,
          champ: 'nom du fichier',
          message: `« ${entree.id} » est réservé à la page ${page} : renommez le fichier (par exemple ${entree.id}-1.md)`,
        });
      }
    }
  }
  return problemes;
}
