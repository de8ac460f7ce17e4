/**
 * Queries shared by the collective's pages (home, charter, convention, members, groups,
 * meetings, news, resources), on top of `src/contenu.ts`. The computations themselves are the
 * pure functions of `src/lib/`.
 *
 * The site is static: « aujourd’hui » is the day it is generated, read once here from
 * `aujourdhuiParis()` so that every page of one build agrees. Pages that show a status computed
 * for that day (convention in force, current members, upcoming meetings) say « au <date> »:
 * a visitor reading the site later knows which day the status refers to, and the collective
 * keeps it current by regenerating the site (any publication does).
 */
import { collectif, tousLesMembres, type Membre } from '../../contenu.ts';
import { repartirMembres } from '../../lib/collectif/adhesion.ts';
import { calendrierConvention } from '../../lib/collectif/convention.ts';
import { aujourdhuiParis } from '../../lib/commun/date.ts';
import { binomeEnFonction } from '../../lib/collectif/secretariat.ts';
import { lien } from '../../lib/commun/url.ts';

/** The day the site is generated, `AAAA-MM-JJ`, in Europe/Paris. */
export const dateGeneration: string = aujourdhuiParis();

/** The convention's calendar on the generation day. */
export const calendrier = calendrierConvention(collectif.convention, dateGeneration);

/** Every member, and the split current / former / future on the generation day. */
export async function membresDuCollectif(): Promise<{ tous: Membre[]; actuels: Membre[]; anciens: Membre[]; futurs: Membre[] }> {
  const tous = await tousLesMembres();
  return { tous, ...repartirMembres(tous, dateGeneration) };
}

/** The facilitators' pair in office on the generation day, with their member entries. */
export async function secretariatEnFonction(): Promise<{ annee: number; aJour: boolean; designeLe?: string | undefined; membres: { id: string; nom: string; entree?: Membre | undefined }[] } | undefined> {
  const enFonction = binomeEnFonction(collectif.animateurs, dateGeneration);
  if (!enFonction) return undefined;
  const tous = new Map((await tousLesMembres()).map((m) => [m.id, m]));
  return {
    annee: enFonction.binome.annee,
    aJour: enFonction.aJour,
    designeLe: enFonction.binome.designe_le,
    membres: enFonction.binome.membres.map((id) => ({ id, nom: tous.get(id)?.data.nom ?? id, entree: tous.get(id) })),
  };
}

/** Absolute address of a page of the site (feeds and calendars need absolute links). */
export function adresseAbsolue(chemin: string, site: URL | undefined): string {
  return new URL(lien(chemin), site ?? collectif.site_url).href;
}
