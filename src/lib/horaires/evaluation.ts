/**
 * Opening status of a place, evaluated in the browser as at build time, from a compact form of
 * its hours computed at build time by `horaires-compilation.ts` (the `opening_hours` package,
 * about 1 MB, is never shipped to the browser: this module and `jours-feries.ts` are).
 *
 * Times are wall-clock minutes in the time zone of the territory (`fuseau.ts`: Europe/Paris,
 * America/Guadeloupe…): « 09:00-17:00 » means 9 to 17 on the clocks of the place, including on
 * the days when the clocks change, so no UTC arithmetic is involved. The zone is a parameter,
 * never the device's: a visitor in Paris sees a Guadeloupe place's status in Guadeloupe time.
 */
import { formaterHeure } from '../commun/format.ts';
import { decalerDate, jourFerie } from './jours-feries.ts';
import { FUSEAU_METROPOLE } from './fuseau.ts';

export { fuseauHoraire, FUSEAU_METROPOLE, precisionHeureLocale, fuseauAppareil } from './fuseau.ts';

/**
 * Open intervals of one day, flat and sorted: `[debut1, fin1, debut2, fin2…]` in minutes since
 * local midnight, `0 ≤ debut < fin ≤ 1440`. A place open past midnight has an interval ending at
 * 1440 and one starting at 0 the next day.
 */
export type Plages = readonly number[];

/** The hours of a place in compact form: a weekly template, public holidays, dated exceptions. */
export interface HorairesCompacts {
  /** Weekly template, Monday first (7 entries). */
  s: Plages[];
  /** Intervals on public holidays; absent when holidays follow the weekly template. */
  f?: Plages;
  /** Days that follow neither the template nor the holiday rule, by date `AAAA-MM-JJ`. */
  x?: Record<string, Plages>;
  /** First day covered by the exceptions. */
  du: string;
  /** Last day covered by the exceptions; after it, only the template and holidays apply. */
  au: string;
  /**
   * `1` when the hours say « sur rendez-vous » (« sur RDV »…): outside the opening intervals,
   * the place receives by appointment, it is not closed.
   */
  rdv?: 1;
}

/** A wall-clock moment in the territory's time zone. */
export interface MomentLocal {
  /** `AAAA-MM-JJ`. */
  date: string;
  /** Minutes since midnight, 0 to 1440 (1440: midnight at the end of the day). */
  minutes: number;
}

/** Former name of {@link MomentLocal}, from when every territory was on Paris time. */
export type MomentParis = MomentLocal;

export type Statut =
  /** Hours not given or not readable: « horaires non renseignés ». */
  | { etat: 'inconnu' }
  /** Open; `jusqua` is absent when the place never closes in the coming week. */
  | { etat: 'ouvert'; jusqua?: MomentLocal }
  /** Closed; `ouverture` is absent when no opening is known within a year. */
  | { etat: 'ferme'; ouverture?: MomentLocal }
  /**
   * By appointment (« Sur rendez-vous »), never « Fermé »; `ouverture`: the next opening
   * without appointment, when the hours have some.
   */
  | { etat: 'rendez-vous'; ouverture?: MomentLocal };

/** Every state of {@link Statut}, for the filters built on it. */
export const ETATS = ['ouvert', 'ferme', 'rendez-vous', 'inconnu'] as const satisfies readonly Statut['etat'][];

/**
 * True when the hours give no time at all to come without appointment (hours not given, or
 * « sur rendez-vous » only): the directory's « ouvert » filters keep such places only with
 * « Garder aussi les lieux dont les horaires ne sont pas renseignés », like unknown hours.
 */
export function sansHeureFixe(h: HorairesCompacts | null | undefined): boolean {
  if (!h) return true;
  const vide = (p: Plages | undefined) => !p || p.length === 0;
  return h.rdv === 1 && h.s.every(vide) && vide(h.f) && Object.values(h.x ?? {}).every(vide);
}

export const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;

/** How far ahead the next opening is searched, in days. */
const RECHERCHE_MAX_JOURS = 370;

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock date and time of an instant in a time zone (`fuseauHoraire(departement)`),
 * whatever the device's time zone.
 */
export function momentLocal(instant: Date, fuseau: string = FUSEAU_METROPOLE): MomentLocal {
  let format = formats.get(fuseau);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: fuseau,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(fuseau, format);
  }
  const p: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(instant)) p[type] = value;
  return { date: `${p['year']}-${p['month']}-${p['day']}`, minutes: Number(p['hour']) * 60 + Number(p['minute']) };
}

/** The wall-clock moment in Europe/Paris (mainland France and Corsica): {@link momentLocal}. */
export function momentParis(instant: Date): MomentLocal {
  return momentLocal(instant, FUSEAU_METROPOLE);
}

/** Day of the week of a date `AAAA-MM-JJ`, 0 for Monday to 6 for Sunday. */
export function jourSemaine(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** Open intervals on a given date, with exceptions and public holidays of the département. */
export function plagesDuJour(h: HorairesCompacts, date: string, departement: string): Plages {
  const exception = date >= h.du && date <= h.au ? h.x?.[date] : undefined;
  if (exception) return exception;
  if (h.f && jourFerie(date, departement)) return h.f;
  return h.s[jourSemaine(date)] ?? [];
}

/**
 * Status at a moment: open until when, or closed until when. Intervals that meet at midnight
 * are joined (a place open 20:00-02:00 is open until 2:00 the next day).
 */
export function statutHoraires(h: HorairesCompacts | null | undefined, moment: MomentLocal, departement: string): Statut {
  if (!h) return { etat: 'inconnu' };
  const statut = statutSansRendezVous(h, moment, departement);
  if (h.rdv !== 1 || statut.etat !== 'ferme') return statut;
  return statut.ouverture ? { etat: 'rendez-vous', ouverture: statut.ouverture } : { etat: 'rendez-vous' };
}

function statutSansRendezVous(h: HorairesCompacts, moment: MomentLocal, departement: string): Statut {
  const aujourdhui = plagesDuJour(h, moment.date, departement);
  for (let i = 0; i < aujourdhui.length; i += 2) {
    if (aujourdhui[i]! <= moment.minutes && moment.minutes < aujourdhui[i + 1]!) {
      let date = moment.date;
      let fin = aujourdhui[i + 1]!;
      for (let jours = 0; fin === 1440; jours++) {
        if (jours > 7) return { etat: 'ouvert' };
        const lendemain = decalerDate(date, 1);
        const suite = plagesDuJour(h, lendemain, departement);
        if (suite[0] !== 0) break;
        date = lendemain;
        fin = suite[1]!;
      }
      return { etat: 'ouvert', jusqua: { date, minutes: fin } };
    }
  }
  for (let i = 0; i < aujourdhui.length; i += 2) {
    if (aujourdhui[i]! > moment.minutes) return { etat: 'ferme', ouverture: { date: moment.date, minutes: aujourdhui[i]! } };
  }
  let date = moment.date;
  for (let jours = 1; jours <= RECHERCHE_MAX_JOURS; jours++) {
    date = decalerDate(date, 1);
    const plages = plagesDuJour(h, date, departement);
    if (plages.length > 0) return { etat: 'ferme', ouverture: { date, minutes: plages[0]! } };
  }
  return { etat: 'ferme' };
}

/** True when the place is open now or opens later the same day (« ouvert aujourd'hui »). */
export function ouvertAujourdhui(statut: Statut, moment: MomentLocal): boolean {
  return statut.etat === 'ouvert' || ((statut.etat === 'ferme' || statut.etat === 'rendez-vous') && statut.ouverture?.date === moment.date);
}

/** « 17 h 00 », « minuit ». */
export function formaterMinutes(minutes: number): string {
  if (minutes === 0 || minutes === 1440) return 'minuit';
  return formaterHeure(`${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`);
}

const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** « le 3 janvier », « le 1er mai »: a date close enough for the year to go without saying. */
function leJour(date: string): string {
  const jour = Number(date.slice(8, 10));
  return `le ${jour === 1 ? '1er' : jour} ${MOIS[Number(date.slice(5, 7)) - 1]}`;
}

function ecartJours(de: string, a: string): number {
  return Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${de}T00:00:00Z`)) / 86_400_000);
}

/** « à 17 h 00 », « demain à 9 h 00 », « lundi à 9 h 00 », « le 3 janvier à 9 h 00 ». */
function quand(moment: MomentLocal, maintenant: MomentLocal, aujourdhui: string): string {
  // Midnight at the end of a day reads better as « à minuit » on that day.
  const ecart = ecartJours(maintenant.date, moment.date);
  const heure = `à ${formaterMinutes(moment.minutes)}`;
  if (ecart === 0) return aujourdhui === '' ? heure : `${aujourdhui} ${heure}`;
  if (ecart === 1) return `demain ${heure}`;
  if (ecart < 7) return `${JOURS[jourSemaine(moment.date)]} ${heure}`;
  return `${leJour(moment.date)} ${heure}`;
}

/** What a place without (readable) hours shows instead of its status: one wording everywhere. */
export const HORAIRES_NON_RENSEIGNES = 'Horaires non renseignés';

/** What follows a time when the reader's clock may differ from the place's (see `precisionHeureLocale`). */
export const MENTION_HEURE_LOCALE = ' (heure locale)';

/**
 * The status line: « Ouvert · ferme à 17 h 00 », « Fermé · ouvre lundi à 9 h 00 »,
 * « Fermé · ouvre aujourd'hui à 14 h 00 », « Sur rendez-vous », « Sur rendez-vous · sans
 * rendez-vous mardi à 14 h 00 », « Horaires non renseignés »; with `heureLocale`,
 * a time is followed by « (heure locale) ».
 */
export function ligneStatut(statut: Statut, maintenant: MomentLocal, heureLocale = false): string {
  const mention = heureLocale ? MENTION_HEURE_LOCALE : '';
  switch (statut.etat) {
    case 'inconnu':
      return HORAIRES_NON_RENSEIGNES;
    case 'ouvert':
      return statut.jusqua ? `Ouvert · ferme ${quand(statut.jusqua, maintenant, '')}${mention}` : 'Ouvert · en continu';
    case 'ferme':
      return statut.ouverture ? `Fermé · ouvre ${quand(statut.ouverture, maintenant, 'aujourd’hui')}${mention}` : 'Fermé · aucune ouverture prévue';
    case 'rendez-vous':
      return statut.ouverture ? `Sur rendez-vous · sans rendez-vous ${quand(statut.ouverture, maintenant, 'aujourd’hui')}${mention}` : 'Sur rendez-vous';
  }
}

function joindre(morceaux: string[]): string {
  return morceaux.length === 1 ? morceaux[0]! : `${morceaux.slice(0, -1).join(', ')} et ${morceaux.at(-1)}`;
}

function morceau(debut: number, fin: number): string {
  return debut === 0 && fin === 1440 ? '24 h sur 24' : `${formaterMinutes(debut)} – ${formaterMinutes(fin)}`;
}

/** « 9 h 00 – 12 h 00 et 14 h 00 – 17 h 00 », or « Fermé ». */
export function formaterPlages(plages: Plages): string {
  if (plages.length === 0) return 'Fermé';
  const morceaux: string[] = [];
  for (let i = 0; i < plages.length; i += 2) morceaux.push(morceau(plages[i]!, plages[i + 1]!));
  return joindre(morceaux);
}

/** One row of the weekly table. */
export interface JourAffiche {
  jour: (typeof JOURS)[number];
  texte: string;
  ouvert: boolean;
}

const journeeEntiere = (p: Plages) => p.length === 2 && p[0] === 0 && p[1] === 1440;
const finitAMinuit = (p: Plages) => p.length > 0 && p.at(-1) === 1440 && !journeeEntiere(p);
const commenceAMinuit = (p: Plages) => p[0] === 0 && !journeeEntiere(p);

/**
 * The weekly template as read by people, one list of `[debut, fin]` per day: an evening that
 * runs past midnight is kept whole on its own day, `fin` then being over 1440 (20:00-02:00 on
 * Friday is `[1200, 1560]` on Friday, and nothing at 0:00 on Saturday).
 */
export function segmentsSemaine(s: readonly Plages[]): [number, number][][] {
  return JOURS.map((_jour, i) => {
    const plages = s[i] ?? [];
    const veille = s[(i + 6) % 7] ?? [];
    const lendemain = s[(i + 1) % 7] ?? [];
    const segments: [number, number][] = [];
    // The early-morning interval that continues the previous evening belongs to the previous day.
    const premier = commenceAMinuit(plages) && finitAMinuit(veille) ? 2 : 0;
    for (let k = premier; k < plages.length; k += 2) {
      const prolonge = k === plages.length - 2 && finitAMinuit(plages) && commenceAMinuit(lendemain);
      segments.push([plages[k]!, prolonge ? 1440 + lendemain[1]! : plages[k + 1]!]);
    }
    return segments;
  });
}

/** The weekly table: « vendredi : 18 h 00 – 2 h 00 le lendemain ». */
export function semaineAffichee(s: readonly Plages[]): JourAffiche[] {
  return segmentsSemaine(s).map((segments, i) => ({
    jour: JOURS[i]!,
    texte:
      segments.length === 0
        ? 'Fermé'
        : joindre(
            segments.map(([debut, fin]) => (fin > 1440 ? `${formaterMinutes(debut)} – ${formaterMinutes(fin - 1440)} le lendemain` : morceau(debut, fin))),
          ),
    ouvert: segments.length > 0,
  }));
}

/**
 * A one-line summary of the week for lists: « Du lundi au vendredi : 9 h 00 – 17 h 00 ;
 * samedi : 10 h 00 – 12 h 00 ; fermé les jours fériés ».
 */
export function resumeHoraires(h: HorairesCompacts): string {
  const jours = semaineAffichee(h.s);
  const groupes: { debut: number; fin: number; texte: string }[] = [];
  jours.forEach((j, i) => {
    if (!j.ouvert) return;
    const dernier = groupes.at(-1);
    if (dernier && dernier.fin === i - 1 && dernier.texte === j.texte) dernier.fin = i;
    else groupes.push({ debut: i, fin: i, texte: j.texte });
  });
  if (groupes.length === 0) return 'Fermé en semaine habituelle';
  const morceaux = groupes.map(({ debut, fin, texte }) => {
    const nom = debut === fin ? JOURS[debut]! : fin === debut + 1 ? `${JOURS[debut]} et ${JOURS[fin]}` : `du ${JOURS[debut]} au ${JOURS[fin]}`;
    return `${nom} : ${texte}`;
  });
  if (h.f && h.f.length === 0) morceaux.push('fermé les jours fériés');
  const texte = morceaux.join(' ; ');
  return texte.charAt(0).toUpperCase() + texte.slice(1);
}

/** A coming period whose hours differ from the weekly template: a holiday, a closure… */
export interface Particularite {
  du: string;
  au: string;
  plages: Plages;
  /** Name of the public holiday, for a holiday. */
  ferie?: string;
}

/**
 * The coming days (from `depuis`, for `jours` days) whose hours differ from the weekly template,
 * grouped into periods: a closure « du 3 au 28 août » spans the weekends it contains.
 */
export function particularitesAVenir(h: HorairesCompacts, depuis: string, departement: string, jours = 60): Particularite[] {
  const liste: Particularite[] = [];
  const reel = (date: string) => plagesDuJour(h, date, departement).join(',');
  let date = depuis;
  for (let i = 0; i < jours; i++, date = decalerDate(date, 1)) {
    const plages = plagesDuJour(h, date, departement);
    if (plages.join(',') === (h.s[jourSemaine(date)] ?? []).join(',')) continue;
    const ferie = jourFerie(date, departement);
    const dernier = liste.at(-1);
    if (dernier && !ferie && !dernier.ferie && dernier.plages.join(',') === plages.join(',')) {
      // Join when every day in between had the same hours (the closed weekends of a closure).
      let entre = decalerDate(dernier.au, 1);
      while (entre < date && reel(entre) === plages.join(',')) entre = decalerDate(entre, 1);
      if (entre === date) {
        dernier.au = date;
        continue;
      }
    }
    liste.push(ferie ? { du: date, au: date, plages, ferie } : { du: date, au: date, plages });
  }
  return liste;
}
