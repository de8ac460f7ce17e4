/**
 * `/reunions/calendrier.ics`: every upcoming meeting in one iCalendar feed, to subscribe to.
 * « Upcoming » is decided when the site is generated; each publication refreshes the feed.
 */
import type { APIRoute } from 'astro';
import { adresseAbsolue, dateGeneration, collectif, indexParId, tousLesGroupes, toutesLesReunions } from '../../contenu.ts';
import { evenementReunion, repartirReunions } from '../../lib/collectif/agenda.ts';
import { calendrierIcs } from '../../lib/collectif/ical.ts';
import { libelle, TYPES_REUNION } from '../../lib/collectif/libelles.ts';

export const GET: APIRoute = async ({ site }) => {
  const { aVenir } = repartirReunions(await toutesLesReunions(), dateGeneration);
  const groupes = indexParId(await tousLesGroupes());
  const domaine = new URL(site ?? collectif.site_url).hostname;
  const evenements = aVenir.map((reunion) => {
    const groupe = reunion.data.groupe ? groupes.get(reunion.data.groupe) : undefined;
    return evenementReunion(reunion, {
      urlPage: adresseAbsolue(`/reunions/${reunion.id}/`, site),
      domaine,
      categories: [libelle(TYPES_REUNION, reunion.data.type), ...(groupe ? [groupe.data.nom] : [])],
    });
  });
  const ics = calendrierIcs(evenements, {
    produit: `-//${collectif.nom_court}//Site du collectif//FR`,
    nom: `Réunions de ${collectif.nom_court}`,
    horodatage: new Date(),
  });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
