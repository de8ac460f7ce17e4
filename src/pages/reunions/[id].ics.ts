/** `/reunions/<id>.ics`: one meeting as an iCalendar file, to add it to a calendar. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { adresseAbsolue, collectif, indexParId, tousLesGroupes, toutesLesReunions, type Reunion } from '../../contenu.ts';
import { evenementReunion } from '../../lib/collectif/agenda.ts';
import { calendrierIcs } from '../../lib/collectif/ical.ts';
import { libelle, TYPES_REUNION } from '../../lib/collectif/libelles.ts';

export const getStaticPaths = (async () =>
  (await toutesLesReunions()).map((reunion) => ({ params: { id: reunion.id }, props: { reunion } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const reunion = (props as { reunion: Reunion }).reunion;
  const groupes = indexParId(await tousLesGroupes());
  const groupe = reunion.data.groupe ? groupes.get(reunion.data.groupe) : undefined;
  const evenement = evenementReunion(reunion, {
    urlPage: adresseAbsolue(`/reunions/${reunion.id}/`, site),
    domaine: new URL(site ?? collectif.site_url).hostname,
    categories: [libelle(TYPES_REUNION, reunion.data.type), ...(groupe ? [groupe.data.nom] : [])],
  });
  const ics = calendrierIcs([evenement], { produit: `-//${collectif.nom_court}//Site du collectif//FR`, nom: reunion.data.titre, horodatage: new Date() });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
