/** `/actualites/rss.xml`: the news as an RSS 2.0 feed, with the audiences as categories. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { adresseAbsolue, collectif, toutesLesActualites } from '../../contenu.ts';
import { duDepartement } from '../../lib/territoire/departement.ts';
import { libelle, PUBLICS_ACTUALITE } from '../../lib/collectif/libelles.ts';

export const GET: APIRoute = async ({ site }) => {
  const actualites = await toutesLesActualites();
  return rss({
    title: `Actualités – ${collectif.nom}`,
    description: `Les actualités de ${collectif.nom}, collectif d’acteurs de l’inclusion numérique ${duDepartement(collectif.departement)}, pour les professionnels, les élus et le grand public.`,
    site: adresseAbsolue('/', site),
    customData: '<language>fr-FR</language>',
    items: actualites.map((a) => ({
      title: a.data.titre,
      // A calendar date is given a midday time in Paris, so that no reader’s time zone shows the day before.
      pubDate: new Date(`${a.data.date}T12:00:00+01:00`),
      description: a.data.resume,
      link: adresseAbsolue(`/actualites/${a.id}/`, site),
      categories: a.data.publics.map((p) => libelle(PUBLICS_ACTUALITE, p)),
    })),
  });
};
