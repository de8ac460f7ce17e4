/**
 * Opening hours as people write them, turned into the OpenStreetMap `opening_hours` syntax the
 * standard requires: « du lundi au vendredi de 9h à 12h et de 14h à 17h » becomes
 * `Mo-Fr 09:00-12:00,14:00-17:00`. Used by `check:content` (it suggests the converted value)
 * and by the hours editor of `/admin/`, so both read French the same way.
 *
 * Only unambiguous French is converted: « le matin », « en semaine », a day without hours or
 * hours without a day are refused with a French suggestion, because guessing would publish
 * wrong hours. The week model ({@link SaisieHoraires}) is also what the `/admin/` editor edits:
 * {@link versOpenStreetMap} is the one writer of the syntax, {@link depuisOpenStreetMap} reads
 * back the part of the syntax it writes.
 */
import { cite } from '../contenu/schemas/communs.ts';
import { validerHoraires } from './validation.ts';

/** A time slot in minutes since midnight, `0 ≤ debut < fin ≤ 1440`. */
export type Plage = readonly [debut: number, fin: number];

/** A day of the week, Monday first. */
export interface JourSaisi {
  plages: Plage[];
  /** Open on appointment that day (with or without slots). */
  rendezVous: boolean;
}

/** A closure: a whole month every year, one date, or a period (`MM-JJ`, or `AAAA-MM-JJ` for one year only). */
export type Fermeture = { mois: number } | { date: string } | { du: string; au: string };

/** The hours as the `/admin/` editor shows them. */
export interface SaisieHoraires {
  /** 7 days, Monday first. */
  jours: JourSaisi[];
  /** Public holidays: `undefined` as a usual day, `[]` closed, else the slots. */
  feries?: Plage[] | undefined;
  fermetures: Fermeture[];
  /** Only on appointment, without any regular slot (« sur rendez-vous »). */
  rendezVousSeul: boolean;
}

export const CODES_JOURS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export const NOMS_JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;
export const CODES_MOIS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
export const NOMS_MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'] as const;

/** The comment written for appointments, as the public page shows it (« À noter : sur rendez-vous »). */
export const COMMENTAIRE_RENDEZ_VOUS = 'sur rendez-vous';

export function saisieVide(): SaisieHoraires {
  return { jours: CODES_JOURS.map(() => ({ plages: [], rendezVous: false })), fermetures: [], rendezVousSeul: false };
}

const deux = (n: number) => String(n).padStart(2, '0');
/** `09:00`, `24:00`. */
export const heureOsm = (minutes: number) => `${deux(Math.floor(minutes / 60))}:${deux(minutes % 60)}`;
/** `9h`, `9h30`, as people write it. */
const heureFrancaise = (minutes: number) => `${Math.floor(minutes / 60)}h${minutes % 60 ? deux(minutes % 60) : ''}`;

/** `Mo-Fr`, `Mo,We`, `Mo,Tu,Th-Sa`: runs of three days or more as ranges. */
function codesJours(jours: readonly number[]): string {
  const tries = [...new Set(jours)].sort((a, b) => a - b);
  const morceaux: string[] = [];
  for (let i = 0; i < tries.length; ) {
    let j = i;
    while (j + 1 < tries.length && tries[j + 1] === tries[j]! + 1) j++;
    if (j - i >= 2) morceaux.push(`${CODES_JOURS[tries[i]!]}-${CODES_JOURS[tries[j]!]}`);
    else for (let k = i; k <= j; k++) morceaux.push(CODES_JOURS[tries[k]!]!);
    i = j + 1;
  }
  return morceaux.join(',');
}

const plagesOsm = (plages: readonly Plage[]) =>
  trierPlages(plages)
    .map(([d, f]) => `${heureOsm(d)}-${heureOsm(f)}`)
    .join(',');

/** Sorted, overlapping or touching slots joined. */
export function trierPlages(plages: readonly Plage[]): Plage[] {
  const tries = [...plages].sort((a, b) => a[0] - b[0]);
  const resultat: [number, number][] = [];
  for (const [d, f] of tries) {
    const dernier = resultat.at(-1);
    if (dernier && d <= dernier[1]) dernier[1] = Math.max(dernier[1], f);
    else resultat.push([d, f]);
  }
  return resultat;
}

/** `Aug 01`, `2026 Dec 24`. */
function dateOsm(date: string): string {
  const morceaux = date.split('-').map(Number);
  const [annee, mois, jour] = morceaux.length === 3 ? morceaux : [undefined, ...morceaux];
  return `${annee ? `${annee} ` : ''}${CODES_MOIS[mois! - 1]} ${deux(jour!)}`;
}

function fermetureOsm(f: Fermeture): string {
  if ('mois' in f) return `${CODES_MOIS[f.mois - 1]} off`;
  if ('date' in f) return `${dateOsm(f.date)} off`;
  return `${dateOsm(f.du)}-${dateOsm(f.au)} off`;
}

/**
 * The one writer of the syntax: regular days grouped by identical slots, then closures, then
 * public holidays (later rules override earlier ones in `opening_hours`).
 */
export function versOpenStreetMap(saisie: SaisieHoraires): string {
  const regles: string[] = [];
  const groupes = new Map<string, number[]>();
  saisie.jours.forEach((jour, i) => {
    if (jour.plages.length === 0 && !jour.rendezVous) return;
    // « open » before the comment: without it, `opening_hours` reads slots with a comment as
    // « unknown » and the public page would show the day closed.
    const cle =
      jour.plages.length === 0 ? `"${COMMENTAIRE_RENDEZ_VOUS}"` : `${plagesOsm(jour.plages)}${jour.rendezVous ? ` open "${COMMENTAIRE_RENDEZ_VOUS}"` : ''}`;
    groupes.set(cle, [...(groupes.get(cle) ?? []), i]);
  });
  for (const [cle, jours] of [...groupes].sort((a, b) => a[1][0]! - b[1][0]!)) regles.push(`${codesJours(jours)} ${cle}`);
  if (regles.length === 0 && saisie.rendezVousSeul) regles.push(`"${COMMENTAIRE_RENDEZ_VOUS}"`);
  for (const f of saisie.fermetures) regles.push(fermetureOsm(f));
  if (saisie.feries) regles.push(saisie.feries.length === 0 ? 'PH off' : `PH ${plagesOsm(saisie.feries)}`);
  return regles.join('; ');
}

// ———————————————————————————— Reading back what the writer writes ————————————————————————————

const HEURE = String.raw`([01]\d|2[0-4]):([0-5]\d)`;
const PLAGES = new RegExp(`^${HEURE}-${HEURE}(?:,${HEURE}-${HEURE})*$`);
const DATE_OSM = String.raw`(?:(\d{4}) )?(${CODES_MOIS.join('|')}) (\d{2})`;

function lireJours(texte: string): number[] | null {
  const jours: number[] = [];
  for (const morceau of texte.split(',')) {
    const [de, a] = morceau.split('-').map((c) => CODES_JOURS.indexOf(c as never));
    if (de === undefined || de < 0 || (a !== undefined && a < de)) return null;
    for (let j = de; j <= (a ?? de); j++) jours.push(j);
  }
  return jours;
}

function lirePlages(texte: string): Plage[] | null {
  if (!PLAGES.test(texte)) return null;
  const plages = texte.split(',').map((p) => p.split('-').map((h) => Number(h.slice(0, 2)) * 60 + Number(h.slice(3))) as [number, number]);
  return plages.every(([d, f]) => d < f && f <= 1440) ? plages : null;
}

function lireDate(annee: string | undefined, mois: string, jour: string): string {
  const m = deux(CODES_MOIS.indexOf(mois as never) + 1);
  return annee ? `${annee}-${m}-${jour}` : `${m}-${jour}`;
}

/**
 * The week model of a value, when the value uses only what {@link versOpenStreetMap} writes;
 * `null` otherwise (alternate weeks, school holidays…: the editor then offers the text field).
 */
export function depuisOpenStreetMap(valeur: string): SaisieHoraires | null {
  const saisie = saisieVide();
  const texte = valeur.trim();
  if (texte === '') return saisie;
  const dateSeule = new RegExp(`^${DATE_OSM} off$`);
  const periode = new RegExp(`^${DATE_OSM}-${DATE_OSM} off$`);
  for (const regle of texte.split(/\s*;\s*/)) {
    let m: RegExpExecArray | null;
    if (regle === `"${COMMENTAIRE_RENDEZ_VOUS}"`) saisie.rendezVousSeul = true;
    else if (regle === 'PH off') saisie.feries = [];
    else if (regle.startsWith('PH ')) {
      const plages = lirePlages(regle.slice(3));
      if (!plages) return null;
      saisie.feries = plages;
    } else if ((m = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) off$/.exec(regle)))
      saisie.fermetures.push({ mois: CODES_MOIS.indexOf(m[1] as never) + 1 });
    else if ((m = dateSeule.exec(regle))) saisie.fermetures.push({ date: lireDate(m[1], m[2]!, m[3]!) });
    else if ((m = periode.exec(regle))) saisie.fermetures.push({ du: lireDate(m[1], m[2]!, m[3]!), au: lireDate(m[4] ?? m[1], m[5]!, m[6]!) });
    else {
      m = /^([A-Za-z,-]+)(?: ([0-9:,-]+)(?= open "| *$))?(?: open)?(?: "sur rendez-vous")?$/.exec(regle);
      if (!m) return null;
      const jours = lireJours(m[1]!);
      const plages = m[2] === undefined ? [] : lirePlages(m[2]);
      const rendezVous = regle.endsWith(`"${COMMENTAIRE_RENDEZ_VOUS}"`);
      // Only what the writer writes: « open » with slots and appointment, never alone.
      if (!jours || !plages || (plages.length === 0 && !rendezVous) || / open /.test(regle) !== (plages.length > 0 && rendezVous)) return null;
      for (const j of jours) {
        // A day named twice would depend on rule order: not the editor's business.
        if (saisie.jours[j]!.plages.length > 0 || saisie.jours[j]!.rendezVous) return null;
        saisie.jours[j] = { plages, rendezVous };
      }
    }
  }
  return saisie;
}

// ———————————————————————————————————— French input ————————————————————————————————————

/** Result of the conversion: the OpenStreetMap value, or why it was refused and how to write it. */
export type ResultatSaisie =
  | { ok: true; valeur: string }
  /** `francais`: every word was understood, so the refusal is about French that is ambiguous or incomplete. */
  | { ok: false; raison: string; conseil: string; francais: boolean };

type Jeton =
  | { t: 'jour'; v: number }
  | { t: 'mois'; v: number }
  | { t: 'heure'; v: number }
  | { t: 'nombre'; v: number; texte: string }
  | { t: 'mot'; v: string }
  | { t: 'signe'; v: string };

const MOTS_JOURS: Record<string, number> = Object.fromEntries(
  NOMS_JOURS.flatMap((n, i) => [
    [n, i],
    [`${n}s`, i],
  ]),
);
const MOTS_MOIS: Record<string, number> = Object.fromEntries(NOMS_MOIS.map((n, i) => [sansAccents(n), i + 1]));
/** Words that carry no meaning here (« ouvert le lundi », « de 9h à 12h », « uniquement »). */
const MOTS_VIDES = new Set([
  'ouvert',
  'ouverte',
  'ouverts',
  'ouverture',
  'horaires',
  'le',
  'les',
  'l',
  'la',
  'uniquement',
  'seulement',
  'aussi',
  'egalement',
  'puis',
  'heures',
  'h',
  'pendant',
  'durant',
]);
/** Words understood by the parser. */
const MOTS_CONNUS = new Set([
  'du',
  'au',
  'de',
  'des',
  'a',
  'et',
  'en',
  'tous',
  'jours',
  'feries',
  'ferie',
  'ferme',
  'fermee',
  'fermes',
  'fermees',
  'fermeture',
  'sur',
  'rendez-vous',
  'rdv',
  'sauf',
  'matin',
  'matins',
  'apres-midi',
  'soir',
  'soirs',
  'semaine',
  'week-end',
  'mois',
  'vacances',
  'jusqu',
  'continu',
]);

function sansAccents(texte: string): string {
  return texte.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const refus = (raison: string, conseil: string, francais = true): ResultatSaisie => ({ ok: false, raison, conseil, francais });
const EXEMPLE = '« du lundi au vendredi de 9h à 12h et de 14h à 17h »';

function decouper(texte: string): Jeton[] | string {
  const source = sansAccents(texte.toLowerCase()).replace(/[’‘`]/g, "'").replace(/[–—−]/g, '-').replace(/\s+/g, ' ');
  const jetons: Jeton[] = [];
  let i = 0;
  while (i < source.length) {
    const reste = source.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^[\s']+/.exec(reste))) {
      i += m[0].length;
      continue;
    }
    // « 9h », « 9h30 », « 9 h 30 », « 09:00 », « 12h00 »; minutes are not the next hour (« 9h 12h »).
    if ((m = /^(\d{1,2}) ?(?:h ?(\d{2})(?! ?h)|h|:(\d{2}))(?![a-z0-9])/.exec(reste))) {
      const heures = Number(m[1]);
      const minutes = Number(m[2] ?? m[3] ?? 0);
      if (heures > 24 || minutes > 59 || (heures === 24 && minutes > 0)) return `« ${m[0].trim()} » n’est pas une heure`;
      jetons.push({ t: 'heure', v: heures * 60 + minutes });
    } else if ((m = /^(\d{1,4})(?:er)?(?![a-z0-9])/.exec(reste))) jetons.push({ t: 'nombre', v: Number(m[1]), texte: m[0] });
    else if ((m = /^(midi|minuit)(?![a-z])/.exec(reste))) jetons.push({ t: 'heure', v: m[1] === 'midi' ? 720 : 1440 });
    else if ((m = /^(rendez-vous|apres-midi|week-end|[a-z]+)/.exec(reste))) {
      const mot = m[1]!;
      if (mot in MOTS_JOURS) jetons.push({ t: 'jour', v: MOTS_JOURS[mot]! });
      else if (mot in MOTS_MOIS) jetons.push({ t: 'mois', v: MOTS_MOIS[mot]! });
      else if (MOTS_CONNUS.has(mot)) jetons.push({ t: 'mot', v: mot });
      else if (!MOTS_VIDES.has(mot)) return `le mot « ${m[0]} » n’est pas compris`;
    } else if ((m = /^[,;.\-/+&:()]/.exec(reste))) jetons.push({ t: 'signe', v: m[0] });
    else return `le signe « ${reste[0]} » n’est pas compris`;
    i += m[0].length;
  }
  return jetons;
}

/**
 * Converts French hours into the OpenStreetMap syntax. A value already in that syntax is
 * returned as it is.
 */
export function convertirSaisieFrancaise(texte: string): ResultatSaisie {
  const propre = texte.trim();
  if (propre === '') return refus('aucun horaire n’est écrit', `écrivez les jours et les heures, par exemple ${EXEMPLE}`);
  const entreGuillemets = /^["«]\s*(.*?)\s*["»]$/.exec(propre);
  if (entreGuillemets && validerHoraires(entreGuillemets[1]!).ok) return { ok: true, valeur: entreGuillemets[1]! };
  if (!entreGuillemets && validerHoraires(propre).ok && !/[a-zà-ÿ]{4,}/i.test(propre.replace(/"[^"]*"/g, ''))) return { ok: true, valeur: propre };
  const jetons = decouper(propre);
  if (typeof jetons === 'string') return refus(jetons, `écrivez les jours en toutes lettres et les heures avec « h », par exemple ${EXEMPLE}`, false);
  const lecture = new Lecture(jetons);
  const erreur = lecture.tout();
  if (erreur) return erreur;
  const saisie = lecture.saisie();
  let valeur = versOpenStreetMap(saisie);
  // « fermé le mercredi » alone: say it, since nothing else is said.
  const ouvert = saisie.rendezVousSeul || saisie.jours.some((j) => j.plages.length > 0 || j.rendezVous);
  if (!ouvert && lecture.joursFermes().length > 0) valeur = [`${codesJours(lecture.joursFermes())} off`, valeur].filter(Boolean).join('; ');
  if (valeur === '') return refus('aucun jour d’ouverture n’est indiqué', `écrivez les jours et les heures, par exemple ${EXEMPLE}`);
  const verdict = validerHoraires(valeur);
  if (!verdict.ok) return refus(`la conversion donne ${cite(valeur)}, que le format refuse`, `simplifiez, par exemple ${EXEMPLE}`);
  return { ok: true, valeur };
}

/** A small recursive-descent reader over the tokens; each method returns a refusal or nothing. */
class Lecture {
  private i = 0;
  private readonly jours: JourSaisi[] = saisieVide().jours;
  private readonly fermes = new Set<number>();
  private readonly fermetures: Fermeture[] = [];
  private feries: Plage[] | undefined;
  private rendezVousGeneral = false;

  private readonly jetons: Jeton[];

  constructor(jetons: Jeton[]) {
    this.jetons = jetons;
  }

  private voir(decalage = 0): Jeton | undefined {
    return this.jetons[this.i + decalage];
  }
  private est(jeton: Jeton | undefined, t: Jeton['t'], v?: string | number): boolean {
    return jeton !== undefined && jeton.t === t && (v === undefined || jeton.v === v);
  }
  private mot(v: string, decalage = 0): boolean {
    return this.est(this.voir(decalage), 'mot', v);
  }
  private prendre(t: Jeton['t'], v?: string | number): boolean {
    if (!this.est(this.voir(), t, v)) return false;
    this.i++;
    return true;
  }
  private prendreMot(...mots: string[]): boolean {
    return mots.some((m) => this.prendre('mot', m));
  }
  private debutDeJours(): boolean {
    return this.est(this.voir(), 'jour') || (this.mot('du') && this.est(this.voir(1), 'jour')) || (this.mot('tous') && this.mot('jours', 1));
  }
  private debutDHeures(): boolean {
    const j = this.voir();
    return (
      this.est(j, 'heure') ||
      (this.est(j, 'nombre') && this.est(this.voir(1), 'signe', '-')) ||
      (this.mot('de') && (this.est(this.voir(1), 'heure') || this.est(this.voir(1), 'nombre')))
    );
  }
  private texteActuel(): string {
    const j = this.voir();
    if (!j) return 'la fin';
    if (j.t === 'jour') return NOMS_JOURS[j.v]!;
    if (j.t === 'mois') return NOMS_MOIS[j.v - 1]!;
    if (j.t === 'heure') return heureFrancaise(j.v);
    if (j.t === 'nombre') return j.texte;
    return j.v === 'apres-midi' ? 'après-midi' : String(j.v);
  }

  saisie(): SaisieHoraires {
    const jours = this.jours.map((j, i) =>
      this.fermes.has(i)
        ? { plages: [], rendezVous: false }
        : { plages: trierPlages(j.plages), rendezVous: j.rendezVous || (this.rendezVousGeneral && j.plages.length > 0) },
    );
    const ouvert = jours.some((j) => j.plages.length > 0 || j.rendezVous);
    return { jours, fermetures: this.fermetures, feries: this.feries, rendezVousSeul: this.rendezVousGeneral && !ouvert };
  }

  /** Days said closed (« fermé le mercredi »). */
  joursFermes(): number[] {
    return [...this.fermes];
  }

  tout(): ResultatSaisie | undefined {
    while (this.i < this.jetons.length) {
      if (this.prendre('signe', ',') || this.prendre('signe', ';') || this.prendre('signe', '.') || this.prendre('signe', '/') || this.prendreMot('et'))
        continue;
      const erreur = this.clause();
      if (erreur) return erreur;
    }
    return undefined;
  }

  private clause(): ResultatSaisie | undefined {
    if (this.prendreMot('ferme', 'fermee', 'fermes', 'fermees', 'fermeture')) return this.fermeture();
    if (this.rendezVous()) {
      this.rendezVousGeneral = true;
      return undefined;
    }
    if (this.debutDeJours()) return this.joursPuisHeures();
    if (this.mot('jours') && (this.mot('feries', 1) || this.mot('ferie', 1))) {
      this.i += 2;
      if (this.prendreMot('ferme', 'fermee', 'fermes')) {
        this.feries = [];
        return undefined;
      }
      const plages = this.heures();
      if (typeof plages !== 'object' || !Array.isArray(plages))
        return plages ?? refus('les heures des jours fériés manquent', 'écrivez par exemple « fermé les jours fériés » ou « jours fériés de 10h à 12h »');
      this.feries = plages;
      return undefined;
    }
    if (this.debutDHeures())
      return refus('des heures sont écrites sans jour', 'précisez les jours avant les heures, par exemple « du lundi au vendredi de 9h à 12h »');
    if (this.mot('en') && this.mot('semaine', 1))
      return refus('« en semaine » peut vouloir dire du lundi au vendredi ou du lundi au samedi', 'écrivez « du lundi au vendredi » ou « du lundi au samedi »');
    if (this.mot('matin') || this.mot('apres-midi') || this.mot('soir'))
      return refus(`« ${this.texteActuel()} » ne donne pas d’heures précises`, 'écrivez les heures, par exemple « de 9h à 12h » ou « de 14h à 17h »');
    if (this.mot('week-end'))
      return refus('« week-end » peut vouloir dire le samedi seul ou le samedi et le dimanche', 'écrivez « samedi » ou « samedi et dimanche »');
    return refus(`« ${this.texteActuel()} » n’est pas attendu à cet endroit`, `écrivez les jours puis les heures, par exemple ${EXEMPLE}`);
  }

  private rendezVous(): boolean {
    if (this.mot('sur') && this.mot('rendez-vous', 1)) {
      this.i += 2;
      return true;
    }
    return this.prendreMot('rdv');
  }

  /** « du lundi au vendredi », « lundi, mardi et jeudi », « tous les jours sauf le mercredi ». */
  private listeJours(): number[] | ResultatSaisie {
    const jours: number[] = [];
    if (this.mot('tous') && this.mot('jours', 1)) {
      this.i += 2;
      jours.push(0, 1, 2, 3, 4, 5, 6);
    } else
      for (;;) {
        this.prendreMot('du');
        const de = this.voir();
        if (!this.prendre('jour')) break;
        const debut = (de as { v: number }).v;
        if (this.prendreMot('au', 'a') || this.prendre('signe', '-')) {
          const a = this.voir();
          if (!this.prendre('jour')) return refus('la fin de la période de jours manque', 'écrivez par exemple « du lundi au vendredi »');
          const fin = (a as { v: number }).v;
          for (let j = debut; ; j = (j + 1) % 7) {
            jours.push(j);
            if (j === fin) break;
          }
        } else jours.push(debut);
        const suite = this.voir(1);
        const continue_ =
          (this.est(this.voir(), 'signe', ',') || this.mot('et')) &&
          (this.est(suite, 'jour') || (this.est(suite, 'mot', 'du') && this.est(this.voir(2), 'jour')));
        if (!continue_) break;
        this.i++;
      }
    if (this.mot('sauf') && this.mot('jours', 1) && (this.mot('feries', 2) || this.mot('ferie', 2))) {
      // « tous les jours sauf les jours fériés »: closed on public holidays.
      this.i += 3;
      this.feries = [];
      return jours;
    }
    if (this.prendreMot('sauf')) {
      const exclus = this.listeJours();
      if (!Array.isArray(exclus)) return exclus;
      return jours.filter((j) => !exclus.includes(j));
    }
    return jours;
  }

  private joursPuisHeures(): ResultatSaisie | undefined {
    const jours = this.listeJours();
    if (!Array.isArray(jours)) return jours;
    if (this.prendreMot('ferme', 'fermee', 'fermes', 'fermees')) {
      jours.forEach((j) => this.fermes.add(j));
      return undefined;
    }
    if (this.rendezVous()) {
      for (const j of jours) this.jours[j]!.rendezVous = true;
      return undefined;
    }
    const plages = this.heures();
    if (!Array.isArray(plages))
      return (
        plages ??
        refus(
          jours.length === 1 ? `les heures du ${NOMS_JOURS[jours[0]!]} manquent` : 'les heures de ces jours manquent',
          `précisez les heures, par exemple « ${NOMS_JOURS[jours[0] ?? 0]} de 9h à 12h »`,
        )
      );
    const rendezVous = this.rendezVous();
    for (const j of jours) {
      this.jours[j]!.plages.push(...plages);
      if (rendezVous) this.jours[j]!.rendezVous = true;
    }
    return undefined;
  }

  /** One time or a bare number next to a time (« 9-12h »): bare numbers alone are refused. */
  private borne(): { v: number; nu: boolean } | undefined {
    const j = this.voir();
    if (this.prendre('heure')) return { v: (j as { v: number }).v, nu: false };
    if (this.est(j, 'nombre') && (j as { v: number }).v <= 24) {
      this.i++;
      return { v: (j as { v: number }).v * 60, nu: true };
    }
    return undefined;
  }

  /** « de 9h à 12h et de 14h à 17h », « 9h-12h / 14h-17h »; `undefined` when no time follows. */
  private heures(): Plage[] | ResultatSaisie | undefined {
    const plages: Plage[] = [];
    for (;;) {
      // « le matin de 9h à 12h »: the word adds nothing once the hours are written.
      if ((this.mot('matin') || this.mot('apres-midi') || this.mot('soir')) && (this.est(this.voir(1), 'heure') || this.est(this.voir(1), 'mot', 'de')))
        this.i++;
      if (!this.debutDHeures()) break;
      this.prendreMot('de');
      const debut = this.borne();
      if (!(this.prendreMot('a', 'au', 'jusqu') || this.prendre('signe', '-'))) {
        if (this.mot('en') && this.mot('continu', 1)) return refus('« en continu » ne dit pas jusqu’à quelle heure', 'écrivez par exemple « de 9h à 17h »');
        return refus(
          `l’heure de fin manque après « ${debut ? heureFrancaise(debut.v) : '?'} »`,
          'écrivez chaque plage avec son début et sa fin, par exemple « de 9h à 12h »',
        );
      }
      this.prendreMot('a');
      const fin = this.borne();
      if (!debut || !fin) return refus('une plage horaire est incomplète', 'écrivez par exemple « de 9h à 12h »');
      if (debut.nu && fin.nu)
        return refus('des nombres sans « h » peuvent être des heures ou autre chose', 'écrivez les heures avec « h », par exemple « de 9h à 12h »');
      if (fin.v <= debut.v)
        return refus(
          `la plage ${heureFrancaise(debut.v)}-${heureFrancaise(fin.v)} finit avant de commencer`,
          'écrivez l’heure d’ouverture puis l’heure de fermeture, par exemple « de 9h à 12h »',
        );
      plages.push([debut.v, fin.v]);
      const suite = this.voir(1);
      const encore =
        (this.mot('et') || this.est(this.voir(), 'signe', ',') || this.est(this.voir(), 'signe', '/') || this.est(this.voir(), 'signe', '+')) &&
        (this.est(suite, 'heure') ||
          this.est(suite, 'mot', 'de') ||
          this.est(suite, 'nombre') ||
          this.est(suite, 'mot', 'matin') ||
          this.est(suite, 'mot', 'apres-midi'));
      if (!encore) break;
      this.i++;
    }
    return plages.length > 0 ? plages : undefined;
  }

  /** « le 25 décembre », « 1er mai 2027 »: `MM-JJ` or `AAAA-MM-JJ`. */
  private date(): string | undefined {
    const n = this.voir();
    const m = this.voir(1);
    if (!this.est(n, 'nombre') || !this.est(m, 'mois')) return undefined;
    const jour = (n as { v: number }).v;
    const mois = (m as { v: number }).v;
    const maxJours = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mois - 1]!;
    if (jour < 1 || jour > maxJours) return undefined;
    this.i += 2;
    const a = this.voir();
    if (this.est(a, 'nombre') && (a as { v: number }).v >= 2000 && (a as { v: number }).v < 2100) {
      this.i++;
      return `${(a as { v: number }).v}-${deux(mois)}-${deux(jour)}`;
    }
    return `${deux(mois)}-${deux(jour)}`;
  }

  private fermeture(): ResultatSaisie | undefined {
    this.prendreMot('en', 'au');
    this.prendreMot('mois');
    this.prendreMot('de', 'd');
    const j = this.voir();
    if (this.debutDeJours()) {
      const jours = this.listeJours();
      if (!Array.isArray(jours)) return jours;
      if (this.mot('matin') || this.mot('apres-midi') || this.mot('soir'))
        return refus(
          `« fermé le ${NOMS_JOURS[jours[0]!]} ${this.texteActuel()} » ne donne pas d’heures précises`,
          `écrivez les heures d’ouverture de ce jour, par exemple « ${NOMS_JOURS[jours[0]!]} de 9h à 12h »`,
        );
      jours.forEach((jour) => this.fermes.add(jour));
      return undefined;
    }
    if (this.mot('jours') && (this.mot('feries', 1) || this.mot('ferie', 1))) {
      this.i += 2;
      this.feries = [];
      return undefined;
    }
    if (this.prendre('mois')) {
      this.fermetures.push({ mois: (j as { v: number }).v });
      return undefined;
    }
    if (this.mot('vacances'))
      return refus('les vacances scolaires changent chaque année et selon la zone', 'écrivez les dates, par exemple « fermé du 1er au 15 août »');
    if (this.mot('du') && this.est(this.voir(1), 'nombre')) {
      this.i++;
      const debutJour = this.voir();
      // « du 1er au 15 août »: the month is written once, at the end.
      let du = this.date();
      if (!du && this.est(debutJour, 'nombre')) this.i++;
      if (!this.prendreMot('au', 'a')) return refus('la fin de la période de fermeture manque', 'écrivez par exemple « fermé du 1er au 15 août »');
      const au = this.date();
      if (!au) return refus('la date de fin de la fermeture n’est pas lisible', 'écrivez par exemple « fermé du 1er au 15 août »');
      du ??= au.replace(/\d{2}$/, deux((debutJour as { v: number }).v));
      if (du.length !== au.length) return refus('une seule des deux dates a une année', 'écrivez l’année aux deux dates, ou à aucune');
      if (du.slice(-5) > au.slice(-5) && du.length === 5)
        return refus('la période de fermeture finit avant de commencer', 'écrivez par exemple « fermé du 1er au 15 août »');
      this.fermetures.push({ du, au });
      return undefined;
    }
    const date = this.date();
    if (date) {
      this.fermetures.push({ date });
      return undefined;
    }
    return refus(
      `« fermé » est suivi de « ${this.texteActuel()} »`,
      'écrivez par exemple « fermé le mercredi », « fermé les jours fériés », « fermé en août » ou « fermé le 24 décembre »',
    );
  }
}

/**
 * The message of `check:content` and of the `/admin/` editor for a value of the `horaires`
 * field, or `undefined` when the value is valid. French hours get their conversion as a
 * suggestion; a valid value written between quotes (a mere comment for `opening_hours`, shown
 * as « Fermé » all week) is refused.
 */
export function erreurHoraires(valeur: string): string | undefined {
  const verdict = validerHoraires(valeur);
  const entreGuillemets = /^"(.*)"$/.exec(valeur.trim());
  if (verdict.ok) {
    if (entreGuillemets && /\d/.test(entreGuillemets[1]!) && validerHoraires(entreGuillemets[1]!).ok) {
      return `${cite(valeur)} est entre guillemets, ce qui en fait un simple commentaire (le lieu serait affiché fermé toute la semaine) ; vouliez-vous dire ${cite(entreGuillemets[1]!)} ?`;
    }
    return undefined;
  }
  const francais = convertirSaisieFrancaise(valeur);
  const debut = `${cite(valeur)} n'est pas au format OpenStreetMap (exemple : Mo-Fr 09:00-12:00)`;
  // French the converter read: its answer, without the parser's detail (about English day codes).
  if (francais.ok) return `${debut} ; vouliez-vous dire ${cite(francais.valeur)} ?`;
  if (francais.francais) return `${debut} ; en français, ${francais.raison} : ${francais.conseil}.`;
  const conseil = verdict.suggestion ? ` ; vouliez-vous dire ${cite(verdict.suggestion)} ?` : '';
  return `${debut}${conseil} Détail : ${verdict.raison}`;
}
