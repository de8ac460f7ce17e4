/**
 * What a place page declares to the site search (build time only): its type, its filters
 * (commune, services) and its metadata (commune, typical week for the open status).
 *
 * Uses the `opening_hours` parser, which must never reach the browser: only page frontmatter
 * imports this module. The browser side reads the result through `recherche.ts`.
 */
import OpeningHours from 'opening_hours';
import { NOMINATIM_FRANCE } from './horaires-validation.ts';
import { ecrireSemaine, type Jour } from './recherche.ts';

/** Number of weeks looked at: the most frequent pattern of each weekday wins, so a public holiday does not make a typical Monday closed. */
const SEMAINES_OBSERVEES = 4;
const MINUTES_JOUR = 1440;

/** Local midnight of a date (the parser works in the process's local time; only the wall-clock pattern is kept). */
function minuit(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/**
 * The typical week of an `opening_hours` value, in the compact form of `ecrireSemaine`, as
 * seen over the four weeks from `depuis` (the build date: seasonal rules apply as of then).
 * `undefined` when the value is missing or unparsable, or when its state is « unknown »
 * (comments, open end): the result list then shows no status rather than a wrong one.
 */
export function semaineType(horaires: string | undefined, depuis: Date = new Date()): string | undefined {
  if (!horaires?.trim()) return undefined;
  // Many places share the same hours: at 20 000 places, computing each value once saves seconds.
  const cle = `${minuit(depuis).getTime()} ${horaires}`;
  if (!DEJA_CALCULEES.has(cle)) DEJA_CALCULEES.set(cle, calculerSemaineType(horaires, depuis));
  return DEJA_CALCULEES.get(cle);
}

const DEJA_CALCULEES = new Map<string, string | undefined>();

function calculerSemaineType(horaires: string, depuis: Date): string | undefined {
  let analyse: OpeningHours;
  try {
    analyse = new OpeningHours(horaires, NOMINATIM_FRANCE, { mode: 0, locale: 'fr' } as never);
  } catch {
    return undefined;
  }
  const debut = minuit(depuis);
  const fin = new Date(debut.getFullYear(), debut.getMonth(), debut.getDate() + 7 * SEMAINES_OBSERVEES);
  const jours = new Map<string, Jour>(); // date key → intervals in minutes
  const cle = (d: Date) => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
  for (const [ouverture, fermeture, inconnu] of analyse.getOpenIntervals(debut, fin)) {
    if (inconnu) return undefined;
    // Split at each midnight: an evening opening to 02:00 belongs to two days.
    for (let jour = minuit(ouverture); jour < fermeture; jour = new Date(jour.getFullYear(), jour.getMonth(), jour.getDate() + 1)) {
      const lendemain = new Date(jour.getFullYear(), jour.getMonth(), jour.getDate() + 1);
      const de = ouverture > jour ? ouverture.getHours() * 60 + ouverture.getMinutes() : 0;
      const a = fermeture < lendemain ? fermeture.getHours() * 60 + fermeture.getMinutes() : MINUTES_JOUR;
      if (a > de) jours.set(cle(jour), [...(jours.get(cle(jour)) ?? []), [de, a]]);
    }
  }
  // For each weekday (0 = Monday), how often each day pattern was seen, and its open minutes.
  const frequences: Map<string, { fois: number; minutes: number }>[] = Array.from({ length: 7 }, () => new Map());
  for (let i = 0; i < 7 * SEMAINES_OBSERVEES; i++) {
    const jour = new Date(debut.getFullYear(), debut.getMonth(), debut.getDate() + i);
    const intervalles = jours.get(cle(jour)) ?? [];
    const motif = ecrireSemaine([intervalles]);
    const vu = frequences[(jour.getDay() + 6) % 7]!;
    const minutes = intervalles.reduce((total, [de, a]) => total + a - de, 0);
    vu.set(motif, { fois: (vu.get(motif)?.fois ?? 0) + 1, minutes });
  }
  // The most frequent pattern; on a tie, the most open one: public holidays only close (two
  // Fridays out of four are holidays when 1 and 8 May are Fridays).
  return frequences
    .map((f) => [...f].reduce((a, b) => (b[1].fois > a[1].fois || (b[1].fois === a[1].fois && b[1].minutes > a[1].minutes) ? b : a))[0])
    .join(';');
}

/** The subset of a place's data the search needs (national standard column names). */
export interface LieuIndexable {
  commune: string;
  services?: readonly string[] | undefined;
  horaires?: string | undefined;
}

/**
 * Props of `Base.astro` for a place page: `<Base {...indexationLieu(lieu.data)} …>`. The
 * commune and services become Pagefind filters; the commune and the typical week, metadata
 * shown on the result.
 */
export function indexationLieu(lieu: LieuIndexable, depuis: Date = new Date()) {
  return {
    type: 'lieu' as const,
    filtres: { commune: [lieu.commune], service: [...(lieu.services ?? [])] },
    metas: { commune: lieu.commune, semaine: semaineType(lieu.horaires, depuis) },
  };
}
