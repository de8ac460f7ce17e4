/**
 * The collective's meetings in time: upcoming or past at a date, and as iCalendar events.
 * The site is static: « à venir » is decided at the date the site is generated (see the pages).
 */
import type { EvenementIcs } from './ical.ts';

/** What the agenda needs from a meeting (`content/reunions/<id>.md`). */
export interface ReunionAgenda {
  id: string;
  data: {
    titre: string;
    debut: string;
    fin: string;
    lieu: string;
    ordre_du_jour: readonly string[];
  };
}

/**
 * Upcoming meetings (ending on `aujourdhui` or later, soonest first) and past ones (most recent
 * first). A meeting of the day stays « à venir » all day: the site does not know the hour.
 */
export function repartirReunions<T extends { data: { debut: string; fin: string } }>(
  reunions: readonly T[],
  aujourdhui: string,
): { aVenir: T[]; passees: T[] } {
  const aVenir = reunions.filter((r) => r.data.fin.slice(0, 10) >= aujourdhui).sort((a, b) => a.data.debut.localeCompare(b.data.debut));
  const passees = reunions.filter((r) => r.data.fin.slice(0, 10) < aujourdhui).sort((a, b) => b.data.debut.localeCompare(a.data.debut));
  return { aVenir, passees };
}

/**
 * The iCalendar event of a meeting. `urlPage` is the absolute address of its page; `domaine`
 * makes the UID globally unique (`<id>@<domaine>`), stable from one build to the next.
 */
export function evenementReunion(reunion: ReunionAgenda, options: { urlPage: string; domaine: string; categories?: readonly string[] }): EvenementIcs {
  const { data } = reunion;
  const ordre = data.ordre_du_jour.length > 0 ? `Ordre du jour :\n${data.ordre_du_jour.map((p) => `- ${p}`).join('\n')}\n\n` : '';
  return {
    uid: `reunion-${reunion.id}@${options.domaine}`,
    debut: data.debut,
    fin: data.fin,
    titre: data.titre,
    lieu: data.lieu,
    description: `${ordre}Page de la réunion : ${options.urlPage}`,
    url: options.urlPage,
    categories: options.categories,
  };
}

/**
 * The plenary session held on `date` (`AAAA-MM-JJ`), if the content has it: the secretariat's
 * pair is designated in plenary (Article 4), so its designation date links to that meeting.
 */
export function pleniereDu<T extends { data: { type: string; debut: string } }>(reunions: readonly T[], date: string): T | undefined {
  return reunions.find((r) => r.data.type === 'pleniere' && r.data.debut.slice(0, 10) === date);
}

/** True when the meeting's minutes are published: the body of its file is not empty. */
export function aUnCompteRendu(reunion: { body?: string | undefined }): boolean {
  return (reunion.body ?? '').trim() !== '';
}
