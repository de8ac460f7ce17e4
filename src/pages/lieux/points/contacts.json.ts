/**
 * `/lieux/points/contacts.json`: address, postcode, phone and accessibility record of every
 * place, in the order of `/lieux/points.json` (see `src/lib/lieux/points.ts`), for the cards of
 * the interactive list and the map's popups. Apart from the points, which the map needs alone.
 * Under `points/`, a name no place can take (reserved with `points.json`).
 */
import type { APIRoute } from 'astro';
import { annuaire } from '../../../contenu.ts';
import { fichierContacts } from '../../../lib/lieux/annuaire.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(fichierContacts(await annuaire())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
