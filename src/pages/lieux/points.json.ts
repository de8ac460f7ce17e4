/**
 * `/lieux/points.json`: every place in compact form (see `src/lib/lieux/points.ts`), for the map and
 * the interactive list. Loaded by the directory only when it is needed.
 */
import type { APIRoute } from 'astro';
import { annuaire } from '../../contenu.ts';
import { fichierPoints } from '../../lib/lieux/annuaire.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(fichierPoints(await annuaire())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
