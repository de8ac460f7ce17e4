/**
 * `ical.ts` réécrit avec ical-generator : le calendrier et ses événements sont écrits par la
 * bibliothèque (pliage, échappement, DTSTAMP, UID) ; le fuseau Europe/Paris lui est donné sous
 * la forme du VTIMEZONE du projet (ical-generator n'en produit pas lui-même : il attend un
 * générateur, d'ordinaire un autre paquet). Les heures locales `AAAA-MM-JJTHH:MM` sont passées
 * telles quelles avec `timezone` : ical-generator les écrit avec TZID, sans conversion.
 * Les petites fonctions (échappement, pliage, dates) restent celles du projet : la bibliothèque
 * ne les exporte pas.
 */
import * as maison from '../../src/lib/collectif/ical.ts';
import { importer } from './paquets.ts';

interface Evenement {
  [cle: string]: unknown;
}
interface Calendrier {
  createEvent(e: Evenement): unknown;
  toString(): string;
}
const { default: ical } = await importer<{ default: (options: object) => Calendrier }>('ical-generator');

export const { FUSEAU, echapperTexte, plierLigne, dateHeureLocale, dateHeureUtc } = maison;
export type EvenementIcs = maison.EvenementIcs;
export type OptionsCalendrier = maison.OptionsCalendrier;

/** Le VTIMEZONE que le projet écrit, extrait d'un de ses fichiers. */
const VTIMEZONE = /BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE/.exec(maison.calendrierIcs([], { produit: '-//x//x//FR', nom: 'x', horodatage: new Date(0) }))![0];

export function calendrierIcs(evenements: readonly maison.EvenementIcs[], options: maison.OptionsCalendrier): string {
  const calendrier = ical({
    prodId: options.produit.replace(/^-/, ''),
    name: options.nom,
    method: 'PUBLISH',
    scale: 'GREGORIAN',
    timezone: { name: FUSEAU, generator: () => VTIMEZONE },
  });
  for (const e of evenements) {
    calendrier.createEvent({
      id: e.uid,
      stamp: options.horodatage,
      start: e.debut,
      end: e.fin,
      timezone: FUSEAU,
      summary: e.titre,
      location: e.lieu ?? null,
      description: e.description ?? null,
      url: e.url ?? null,
      categories: (e.categories ?? []).map((name) => ({ name })),
      status: 'CONFIRMED',
      transparency: 'OPAQUE',
    });
  }
  return calendrier.toString();
}
