/**
 * `/lieux/points.json`: every place in compact form (see `src/lib/points.ts`), for the map and
 * the interactive list. Loaded by the directory only when it is needed.
 */
import type { APIRoute } from 'astro';
import { annuaire } from '../../contenu.ts';
import { resumeHoraires } from '../../lib/horaires.ts';
import { encoderPoints } from '../../lib/points.ts';

export const GET: APIRoute = async () => {
  const a = await annuaire();
  const fichier = encoderPoints(
    a.lieux.map((l) => ({
      id: l.id,
      nom: l.donnees.nom,
      latitude: l.donnees.latitude,
      longitude: l.donnees.longitude,
      commune: { nom: l.commune.nom, slug: l.commune.slug, latitude: l.commune.repertoire?.latitude, longitude: l.commune.repertoire?.longitude },
      typologie: l.typologie,
      masques: l.masques,
      indexHoraires: l.indexHoraires,
    })),
    a.horaires.map((h) => (h ? { ...h.compacts, r: resumeHoraires(h.compacts) } : null)),
    { departement: a.departement, genere: a.genereLe },
  );
  return new Response(JSON.stringify(fichier), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
