/** `/donnees/lieux-de-mediation-numerique.csv` : CSV du standard national v1.0.x (32 colonnes, UTF-8, virgule, « | » entre les valeurs d’une liste). */
import type { APIRoute } from 'astro';
import { reponseFichier } from '../../contenu.ts';

export const GET: APIRoute = () => reponseFichier('csv');
