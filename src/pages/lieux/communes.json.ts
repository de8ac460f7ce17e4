/**
 * `/lieux/communes.json`: the offline gazetteer of « Où êtes-vous ? », the communes of the
 * département and their delegated communes with postcodes and centres. Derived from the INSEE
 * and La Poste open data (Licence Ouverte), see `src/data/README.md`.
 */
import type { APIRoute } from 'astro';
import { annuaire } from '../../contenu.ts';

export const GET: APIRoute = async () => {
  const { repertoire } = await annuaire();
  const fichier = {
    source: 'INSEE, Code officiel géographique et comparateur de territoires ; La Poste, base officielle des codes postaux. Licence Ouverte / etalab-2.0.',
    // [nom, slug, codes postaux, latitude, longitude, population, commune nouvelle]
    communes: repertoire.gazetteer.map((c) => [
      c.nom,
      c.slug,
      c.codesPostaux.join(' '),
      c.latitude,
      c.longitude,
      c.population,
      ...(c.communeNouvelle ? [c.communeNouvelle] : []),
    ]),
  };
  return new Response(JSON.stringify(fichier), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
