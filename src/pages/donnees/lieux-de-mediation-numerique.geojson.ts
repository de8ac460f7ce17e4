/** `/donnees/lieux-de-mediation-numerique.geojson` : FeatureCollection GeoJSON des lieux qui ont des coordonnées. */
import type { APIRoute } from 'astro';
import { reponseFichier } from '../../contenu.ts';

export const GET: APIRoute = () => reponseFichier('geojson');
