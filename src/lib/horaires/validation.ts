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

export type ResultatHoraires =
  /** `remarque`: the value is accepted, with something its readers should know (`SH`). */
  { ok: true; remarque?: string } | { ok: false; raison: string; suggestion?: string };

/** Shown beside the hours of a place whose value has `SH` rules. */
export const MENTION_VACANCES_SCOLAIRES = 'Horaires différents pendant les vacances scolaires';

/** The note of the import and of `check:content` for a value with `SH` rules. */
export const REMARQUE_VACANCES_SCOLAIRES =
  'les vacances scolaires (SH) ne sont pas calculées par le site (opening_hours n’a pas leurs dates pour la France) : le statut suit les autres règles et la fiche dit « Horaires différents pendant les vacances scolaires »';

/** Splits a value into its rules (`;` and `||`), outside the quoted comments. */
function regles(valeur: string): { texte: string; separateur: string }[] {
  const liste: { texte: string; separateur: string }[] = [];
  let courant = '';
  let guillemets = false;
  for (let i = 0; i < valeur.length; i++) {
    const c = valeur[i]!;
    if (c === '"') guillemets = !guillemets;
    if (!guillemets && (c === ';' || (c === '|' && valeur[i + 1] === '|'))) {
      const separateur = c === ';' ? ';' : '||';
      liste.push({ texte: courant, separateur });
      courant = '';
      if (separateur === '||') i++;
      continue;
    }
    courant += c;
  }
  liste.push({ texte: courant, separateur: '' });
  return liste;
}

const SANS_COMMENTAIRES = (texte: string) => texte.replace(/"[^"]*"/g, '""');

/** True when the value has school-holiday (`SH`) rules. */
export function aVacancesScolaires(valeur: string): boolean {
  return /(^|[\s,;])SH(?=[\s,;:]|$)/.test(SANS_COMMENTAIRES(valeur));
}

/**
 * The value without its school-holiday rules, which `opening_hours` cannot evaluate for France:
 * a rule selected by `SH` alone goes (« SH Mo-Fr 10:00-12:00 », « SH off »), `SH` leaves a list
 * of selectors it shares (« PH,SH off » → « PH off »). The other rules are kept as written.
 */
export function sansVacancesScolaires(valeur: string): string {
  if (!aVacancesScolaires(valeur)) return valeur;
  const gardees: { texte: string; apres: string }[] = [];
  for (const { texte, separateur } of regles(valeur)) {
    const regle = texte.trim();
    const premier = /^(\S+)(.*)$/s.exec(regle);
    let resultat: string | undefined = regle;
    if (premier && /(^|,)SH(,|$)/.test(premier[1]!)) {
      const autres = premier[1]!.split(',').filter((s) => s !== 'SH');
      resultat = autres.length === 0 ? undefined : `${autres.join(',')}${premier[2]}`;
    } else if (aVacancesScolaires(regle)) {
      resultat = undefined;
    }
    // A rule dropped takes the separator before it along: « A; SH B || C » → « A || C ».
    if (resultat !== undefined && resultat !== '') gardees.push({ texte: resultat, apres: separateur });
    else if (gardees.length > 0) gardees.at(-1)!.apres = separateur;
  }
  const ecrit = (separateur: string) => (separateur === ';' ? '; ' : separateur === '||' ? ' || ' : '');
  return gardees
    .map(({ texte, apres }, i) => `${texte}${i < gardees.length - 1 ? ecrit(apres) : ''}`)
    .join('')
    .trim();
}

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
  let resultat: ResultatHoraires;
  if (aVacancesScolaires(valeur)) {
    // `opening_hours` refuses `SH` for France (and says so on the console): the rest is checked.
    const sans = sansVacancesScolaires(valeur);
    const verdict = sans === '' ? ({ ok: true } as const) : analyserHoraires(sans);
    resultat = verdict.ok ? { ok: true, remarque: REMARQUE_VACANCES_SCOLAIRES } : verdict;
  } else {
    resultat = analyserHoraires(valeur);
  }
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
