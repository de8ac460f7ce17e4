/**
 * Validation of opening hours written in the OpenStreetMap `opening_hours` syntax, the format
 * the national standard requires for the `horaires` column.
 *
 * The `opening_hours` package is large (about 1 MB): it is used at build time and in the
 * command-line tools only, never shipped to the browser.
 */
import OpeningHours from 'opening_hours';

/** Address used by `opening_hours` to know which public holidays (`PH`) apply. */
export const NOMINATIM_FRANCE = {
  lat: 46.6,
  lon: 2.4,
  address: { country_code: 'fr', state: 'France' },
} as const;

export type ResultatHoraires = { ok: true } | { ok: false; raison: string; suggestion?: string };

/**
 * Accepts a value only when the parser reads it without error and without warning: the
 * parser silently « corrects » values like `Lu-Ve 9h-12h`, and a value it had to correct
 * is not in the standard's format for the other readers of the data.
 */
export function validerHoraires(valeur: string): ResultatHoraires {
  // Many places share the same hours: parsing costs about a millisecond, so a 20 000-place
  // import or build reuses the verdict for a value it has already seen.
  const connu = DEJA_VALIDES.get(valeur);
  if (connu) return connu;
  const resultat = analyserHoraires(valeur);
  if (DEJA_VALIDES.size >= TAILLE_CACHE) DEJA_VALIDES.clear();
  DEJA_VALIDES.set(valeur, resultat);
  return resultat;
}

const TAILLE_CACHE = 10_000;
const DEJA_VALIDES = new Map<string, ResultatHoraires>();

function analyserHoraires(valeur: string): ResultatHoraires {
  let analyse: OpeningHours;
  try {
    analyse = new OpeningHours(valeur, NOMINATIM_FRANCE, { mode: 0, locale: 'fr' } as never);
  } catch (erreur) {
    return { ok: false, raison: premiereLigne(String(erreur)) };
  }
  const avertissements = analyse.getWarnings();
  if (avertissements.length === 0) return { ok: true };
  let suggestion: string | undefined;
  try {
    const corrigee = analyse.prettifyValue();
    suggestion = validerSansAvertissement(corrigee) ? corrigee : undefined;
  } catch {
    suggestion = undefined;
  }
  const raison = premiereLigne(avertissements[0] ?? '');
  return suggestion === undefined ? { ok: false, raison } : { ok: false, raison, suggestion };
}

function validerSansAvertissement(valeur: string): boolean {
  try {
    return new OpeningHours(valeur, NOMINATIM_FRANCE, { mode: 0 } as never).getWarnings().length === 0;
  } catch {
    return false;
  }
}

function premiereLigne(texte: string): string {
  const ligne = texte.split('\n').find((l) => l.trim() !== '') ?? texte;
  return ligne.replace(/\s+/g, ' ').trim();
}
