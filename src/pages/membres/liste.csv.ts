/** `/membres/liste.csv`: the up-to-date list of members (Article 3), for spreadsheets. */
import type { APIRoute } from 'astro';
import { adresseAbsolue, membresDuCollectif } from '../../contenu.ts';
import { TYPES_MEMBRE, ROLES_MEMBRE, libelle } from '../../lib/collectif/libelles.ts';
import { csvMembres } from '../../lib/collectif/liste-membres.ts';
import { regrouper } from '../../lib/collectif/sections.ts';

export const GET: APIRoute = async ({ site }) => {
  const { actuels } = await membresDuCollectif();
  const membres = regrouper(actuels, (m) => m.data.type, TYPES_MEMBRE).flatMap((s) => s.elements);
  const csv = csvMembres(membres, {
    libelleType: (t) => libelle(TYPES_MEMBRE, t),
    libelleRole: (r) => libelle(ROLES_MEMBRE, r),
    urlPage: (id) => adresseAbsolue(`/membres/${id}/`, site),
  });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
