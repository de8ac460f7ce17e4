/**
 * `/admin/depot-essai.json`: the demonstration content as Decap's in-memory repository, loaded by
 * `/admin/?test` only (see `src/lib/contribution/depot-essai.ts`).
 */
import type { APIRoute } from 'astro';
import { depotEssai } from '../../lib/contribution/depot-essai.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(depotEssai(process.cwd())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
