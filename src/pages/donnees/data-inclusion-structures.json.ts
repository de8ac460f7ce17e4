/** `/donnees/data-inclusion-structures.json` : structures au schéma data·inclusion v1. */
import type { APIRoute } from 'astro';
import { reponseFichier } from '../../contenu.ts';

export const GET: APIRoute = () => reponseFichier('di-structures');
