/**
 * French public holidays (« jours fériés »), computed rather than listed so that the opening
 * status stays right in any year, in the browser as at build time (this module is shipped to
 * the browser: keep it tiny and free of dependencies).
 *
 * Sources: Code du travail, article L3133-1 (the eleven national holidays); article L3134-13
 * (Alsace-Moselle: Good Friday and 26 December, in the Moselle, Bas-Rhin and Haut-Rhin);
 * décret n° 83-1003 du 23 novembre 1983 (abolition of slavery, one day per overseas département).
 */

/** A public holiday: its date `AAAA-MM-JJ` and its name. */
export interface JourFerie {
  date: string;
  nom: string;
}

/** Départements of Alsace-Moselle, where the local law adds two holidays. */
export const DEPARTEMENTS_ALSACE_MOSELLE = ['57', '67', '68'] as const;

/** Commemoration of the abolition of slavery, by overseas département: [month, day]. */
const ABOLITION_ESCLAVAGE: Record<string, readonly [number, number]> = {
  '971': [5, 27], // Guadeloupe
  '972': [5, 22], // Martinique
  '973': [6, 10], // Guyane
  '974': [12, 20], // La Réunion
  '976': [4, 27], // Mayotte
};

const deux = (n: number) => String(n).padStart(2, '0');

/** `AAAA-MM-JJ` of a UTC date. */
function iso(d: Date): string {
  return `${d.getUTCFullYear()}-${deux(d.getUTCMonth() + 1)}-${deux(d.getUTCDate())}`;
}

/**
 * Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher),
 * as `AAAA-MM-JJ`.
 */
export function paques(annee: number): string {
  const a = annee % 19;
  const b = Math.floor(annee / 100);
  const c = annee % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const mois = Math.floor((h + l - 7 * m + 114) / 31);
  const jour = ((h + l - 7 * m + 114) % 31) + 1;
  return `${annee}-${deux(mois)}-${deux(jour)}`;
}

/** `AAAA-MM-JJ` shifted by a number of days. */
export function decalerDate(date: string, jours: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + jours);
  return iso(d);
}

/**
 * The public holidays of a year, in date order, for a département (`14`, `57`, `971`…):
 * the national ones, plus those of Alsace-Moselle or of the overseas département.
 */
export function joursFeries(annee: number, departement = ''): JourFerie[] {
  const p = paques(annee);
  const fixe = (mois: number, jour: number) => `${annee}-${deux(mois)}-${deux(jour)}`;
  const liste: JourFerie[] = [
    { date: fixe(1, 1), nom: 'Jour de l’an' },
    { date: decalerDate(p, 1), nom: 'Lundi de Pâques' },
    { date: fixe(5, 1), nom: 'Fête du Travail' },
    { date: fixe(5, 8), nom: 'Victoire 1945' },
    { date: decalerDate(p, 39), nom: 'Ascension' },
    { date: decalerDate(p, 50), nom: 'Lundi de Pentecôte' },
    { date: fixe(7, 14), nom: 'Fête nationale' },
    { date: fixe(8, 15), nom: 'Assomption' },
    { date: fixe(11, 1), nom: 'Toussaint' },
    { date: fixe(11, 11), nom: 'Armistice 1918' },
    { date: fixe(12, 25), nom: 'Noël' },
  ];
  if ((DEPARTEMENTS_ALSACE_MOSELLE as readonly string[]).includes(departement)) {
    liste.push({ date: decalerDate(p, -2), nom: 'Vendredi saint' }, { date: fixe(12, 26), nom: 'Saint-Étienne' });
  }
  const abolition = ABOLITION_ESCLAVAGE[departement];
  if (abolition) liste.push({ date: fixe(abolition[0], abolition[1]), nom: 'Abolition de l’esclavage' });
  return liste.sort((a, b) => a.date.localeCompare(b.date));
}

const cache = new Map<string, Map<string, string>>();

/** Name of the public holiday on that date (`AAAA-MM-JJ`) in that département, if it is one. */
export function jourFerie(date: string, departement = ''): string | undefined {
  const cle = `${date.slice(0, 4)}|${departement}`;
  let annee = cache.get(cle);
  if (!annee) {
    annee = new Map(joursFeries(Number(date.slice(0, 4)), departement).map((j) => [j.date, j.nom]));
    cache.set(cle, annee);
  }
  return annee.get(date);
}
