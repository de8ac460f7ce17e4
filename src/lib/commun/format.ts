/** French formatting of dates and numbers, in one place (Intl, `fr-FR`, Europe/Paris). */

const JOUR = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** « 12 septembre 2026 » from `2026-09-12` (calendar dates are kept as UTC midnight). */
export function formaterDate(dateIso: string): string {
  const texte = JOUR.format(new Date(`${dateIso.slice(0, 10)}T00:00:00Z`));
  return texte.replace(/^1 /, '1er ');
}

/** « 10 décembre 2026 à 14 h 00 » from a local date-time `2026-12-10T14:00`. */
export function formaterDateHeure(local: string): string {
  const [date, heure = '00:00'] = local.split('T');
  return `${formaterDate(date!)} à ${formaterHeure(heure)}`;
}

/** « 14 h 00 » from `14:00`, the French typographic form. */
export function formaterHeure(hhmm: string): string {
  const [h, m] = hhmm.split(':');
  return `${Number(h)} h ${m ?? '00'}`;
}

/** « 1,2 km » or « 850 m ». */
export function formaterDistance(km: number): string {
  if (km < 1) return `${Math.round(km * 100) * 10} m`;
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km)} km`;
}

/**
 * « 3 lieux », « 1 lieu », « 0 ressource ». Zero takes the singular in French; « aucun »
 * would need the noun's gender. The default plural adds an x after -au and -eu (lieux,
 * bureaux), an s otherwise; pass the plural for other nouns.
 */
export function pluriel(n: number, singulier: string, plurielForme = /(au|eu)$/.test(singulier) ? `${singulier}x` : `${singulier}s`): string {
  return `${new Intl.NumberFormat('fr-FR').format(n)} ${n > 1 ? plurielForme : singulier}`;
}
