/**
 * Build-time compilation of opening hours (OpenStreetMap `opening_hours` syntax, the standard's
 * `horaires` column) into the compact form evaluated by `horaires.ts` in the browser.
 *
 * The `opening_hours` package (about 1 MB) is used here only, at build time. It computes the
 * real open intervals of every day of the coming year; they are then described as a weekly
 * template, a public-holiday rule and the few dated exceptions (summer closures, alternate
 * weeks, « Mo[1] »…), so that any syntax the package understands is rendered exactly for a
 * year, and approximately (template and holidays) after that.
 *
 * Days are split in the process's local time, the time zone `opening_hours` works in; a build
 * machine in UTC (the usual case) has no clock change, so wall-clock hours come out unchanged.
 */
import OpeningHours from 'opening_hours';
import { jourSemaine, type HorairesCompacts, type Plages } from './evaluation.ts';
import { decalerDate, DEPARTEMENTS_ALSACE_MOSELLE, jourFerie } from './jours-feries.ts';
import { aVacancesScolaires, MENTION_VACANCES_SCOLAIRES, sansVacancesScolaires } from './validation.ts';

/** Comments that mean « by appointment »: « sur rendez-vous », « sur RDV », « uniquement sur rdv »… */
export const MOTIF_RENDEZ_VOUS = /rendez[\s-]*vous|\brdv\b/i;

/** Days covered exactly by the exceptions, from the build date. */
export const HORIZON_JOURS = 366;

/** Regions as named by `opening_hours` (school holidays, `SH`), with their départements. */
const REGIONS: Record<string, readonly string[]> = {
  'Auvergne-Rhône-Alpes': ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'],
  'Bourgogne-Franche-Comté': ['21', '25', '39', '58', '70', '71', '89', '90'],
  Bretagne: ['22', '29', '35', '56'],
  'Centre-Val de Loire': ['18', '28', '36', '37', '41', '45'],
  Corse: ['2A', '2B'],
  'Grand Est': ['08', '10', '51', '52', '54', '55', '88'],
  'Hauts-de-France': ['02', '59', '60', '62', '80'],
  'Île-de-France': ['75', '77', '78', '91', '92', '93', '94', '95'],
  Normandie: ['14', '27', '50', '61', '76'],
  'Nouvelle-Aquitaine': ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87'],
  Occitanie: ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82'],
  'Pays de la Loire': ['44', '49', '53', '72', '85'],
  "Provence-Alpes-Côte d'Azur": ['04', '05', '06', '13', '83', '84'],
  Guadeloupe: ['971'],
  Martinique: ['972'],
  Guyane: ['973'],
  'La Réunion': ['974'],
  Mayotte: ['976'],
};

/** `opening_hours` knows the Alsace-Moselle holidays under these names (no school holidays then). */
const ALSACE_MOSELLE: Record<string, string> = { '57': 'Moselle', '67': 'Bas-Rhin', '68': 'Haut-Rhin' };

/**
 * The « address » `opening_hours` uses to pick public holidays (`PH`) and school holidays
 * (`SH`): the département for Alsace-Moselle (its two extra holidays matter more than school
 * holidays), else the region.
 */
export function adresseOpeningHours(departement: string) {
  const region = Object.entries(REGIONS).find(([, deps]) => deps.includes(departement))?.[0];
  const state = (DEPARTEMENTS_ALSACE_MOSELLE as readonly string[]).includes(departement) ? ALSACE_MOSELLE[departement]! : (region ?? 'France');
  return { lat: 46.6, lon: 2.4, address: { country_code: 'fr', state } };
}

/** An address where `opening_hours` knows exactly the national public holidays. */
const ADRESSE_NATIONALE = adresseOpeningHours('75');

/** Open intervals split by local day; `null` when `opening_hours` cannot compute them. */
function intervallesParJour(oh: OpeningHours, de: Date, a: Date, commentaires: Set<string>): Map<string, number[]> | null {
  const parJour = new Map<string, number[]>();
  let intervalles: ReturnType<OpeningHours['getOpenIntervals']>;
  try {
    intervalles = oh.getOpenIntervals(de, a);
  } catch {
    return null;
  }
  for (const [ouverture, fermeture, inconnu, commentaire] of intervalles) {
    if (commentaire) commentaires.add(commentaire);
    // « unknown » intervals (« Mo 10:00-12:00 unknown ») are not promised openings.
    if (inconnu) continue;
    let curseur = ouverture;
    while (curseur < fermeture) {
      const minuit = new Date(curseur.getFullYear(), curseur.getMonth(), curseur.getDate() + 1);
      const finSegment = fermeture < minuit ? fermeture : minuit;
      const date = dateLocale(curseur);
      const plages = parJour.get(date) ?? [];
      plages.push(minutesLocales(curseur), finSegment === minuit ? 1440 : minutesLocales(finSegment));
      parJour.set(date, plages);
      curseur = finSegment;
    }
  }
  return parJour;
}

/**
 * The days `opening_hours` treats as public holidays (`PH`) in the département between two
 * dates, in order: compared with `jours-feries.ts`, the site's list, by the tests.
 */
export function feriesOpeningHours(departement: string, de: Date, a: Date): string[] {
  const intervalles = new OpeningHours('PH open', adresseOpeningHours(departement), { mode: 0 } as never).getOpenIntervals(de, a);
  return [...new Set(intervalles.map(([debut]) => dateLocale(debut)))];
}

const cacheEnTrop = new Map<string, string[]>();

/** Days `opening_hours` treats as public holidays that the site's list (the law) does not. */
function feriesEnTrop(departement: string, de: Date, a: Date): string[] {
  const cleCache = `${departement}|${de.getTime()}|${a.getTime()}`;
  let dates = cacheEnTrop.get(cleCache);
  if (!dates) {
    dates = feriesOpeningHours(departement, de, a).filter((d) => !jourFerie(d, departement));
    cacheEnTrop.set(cleCache, dates);
  }
  return dates;
}

/** Result of the compilation: the compact form and the comments written in the hours. */
export interface HorairesCompiles {
  compacts: HorairesCompacts;
  /** Comments of the rules (« sur rendez-vous »), to show beside the table. */
  commentaires: string[];
}

const deux = (n: number) => String(n).padStart(2, '0');
const dateLocale = (d: Date) => `${d.getFullYear()}-${deux(d.getMonth() + 1)}-${deux(d.getDate())}`;
const minutesLocales = (d: Date) => d.getHours() * 60 + d.getMinutes();

/** Sorted, with touching or overlapping intervals joined. */
export function normaliserPlages(plages: Plages): number[] {
  const paires: [number, number][] = [];
  for (let i = 0; i < plages.length; i += 2) if (plages[i + 1]! > plages[i]!) paires.push([plages[i]!, plages[i + 1]!]);
  paires.sort((a, b) => a[0] - b[0]);
  const resultat: number[] = [];
  for (const [debut, fin] of paires) {
    if (resultat.length > 0 && debut <= resultat.at(-1)!) resultat[resultat.length - 1] = Math.max(resultat.at(-1)!, fin);
    else resultat.push(debut, fin);
  }
  return resultat;
}

/** Most frequent value; ties go to the one seen first. */
function plusFrequent(valeurs: readonly string[]): string | undefined {
  const compte = new Map<string, number>();
  for (const v of valeurs) compte.set(v, (compte.get(v) ?? 0) + 1);
  let meilleur: string | undefined;
  for (const [v, n] of compte) if (meilleur === undefined || n > compte.get(meilleur)!) meilleur = v;
  return meilleur;
}

const cle = (p: Plages) => p.join(',');
const depuisCle = (c: string): number[] => (c === '' ? [] : c.split(',').map(Number));

/**
 * Compiles hours for `jours` days from `debut` (`AAAA-MM-JJ`, the build date) in the
 * département. Returns `null` for missing or unreadable hours: they are shown as « horaires
 * non renseignés ».
 */
export function compilerHoraires(valeurEcrite: string | undefined, departement: string, debut: string, jours = HORIZON_JOURS): HorairesCompiles | null {
  if (valeurEcrite === undefined || valeurEcrite.trim() === '') return null;
  // School holidays (`SH`) have no dates for France in `opening_hours`: the other rules apply.
  const vacances = aVacancesScolaires(valeurEcrite);
  const valeur = vacances ? sansVacancesScolaires(valeurEcrite) : valeurEcrite;
  if (valeur === '') return null;
  let oh: OpeningHours;
  try {
    oh = new OpeningHours(valeur, adresseOpeningHours(departement), { mode: 0 } as never);
  } catch {
    return null;
  }
  const [annee, mois, jour] = debut.split('-').map(Number) as [number, number, number];
  const de = new Date(annee, mois - 1, jour);
  const a = new Date(annee, mois - 1, jour + jours);
  const commentaires = new Set<string>();
  const parJour = intervallesParJour(oh, de, a, commentaires);
  if (!parJour) return null;
  // `opening_hours` counts as `PH` some days that are not public holidays in law (Good Friday
  // and 21 July in Guadeloupe and Martinique): on those days, the rules read without them.
  const enTrop = /\bPH\b/.test(valeur) ? feriesEnTrop(departement, de, a) : [];
  if (enTrop.length > 0) {
    const national = intervallesParJour(new OpeningHours(valeur, ADRESSE_NATIONALE, { mode: 0 } as never), de, a, new Set());
    for (const date of enTrop) parJour.set(date, national?.get(date) ?? []);
  }
  const dates = Array.from({ length: jours }, (_, i) => decalerDate(debut, i));
  const reel = new Map(dates.map((d) => [d, cle(normaliserPlages(parJour.get(d) ?? []))]));

  const s = Array.from({ length: 7 }, (_, j) =>
    depuisCle(plusFrequent(dates.filter((d) => jourSemaine(d) === j && !jourFerie(d, departement)).map((d) => reel.get(d)!)) ?? ''),
  );
  // A holiday rule only when the hours have one: other irregular days are exceptions.
  let f: number[] | undefined;
  if (/\bPH\b/.test(valeur)) {
    const differents = dates.filter((d) => jourFerie(d, departement) && reel.get(d) !== cle(s[jourSemaine(d)]!)).map((d) => reel.get(d)!);
    const regle = plusFrequent(differents);
    if (regle !== undefined) f = depuisCle(regle);
  }
  const x: Record<string, number[]> = {};
  for (const d of dates) {
    const attendu = f && jourFerie(d, departement) ? f : s[jourSemaine(d)]!;
    if (reel.get(d) !== cle(attendu)) x[d] = depuisCle(reel.get(d)!);
  }
  const compacts: HorairesCompacts = { s, du: debut, au: dates.at(-1) ?? debut };
  if (f) compacts.f = f;
  if (Object.keys(x).length > 0) compacts.x = x;
  // Comments of closed or unknown rules (« Mo-Fr off "sur RDV" ») are not in the intervals.
  for (const [, commentaire] of valeur.matchAll(/"([^"]*)"/g)) if (commentaire!.trim() !== '') commentaires.add(commentaire!.trim());
  if ([...commentaires].some((c) => MOTIF_RENDEZ_VOUS.test(c))) compacts.rdv = 1;
  return { compacts, commentaires: vacances ? [MENTION_VACANCES_SCOLAIRES, ...commentaires] : [...commentaires] };
}
