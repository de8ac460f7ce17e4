/** `/donnees/lieux-de-mediation-numerique.json` : mêmes enregistrements que le CSV, en JSON. */
import type { APIRoute } from 'astro';
import { reponseFichier } from '../../contenu.ts';

export const GET: APIRoute = () => reponseFichier('json');
