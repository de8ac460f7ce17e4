/**
 * Building blocks of the content schemas (`schemas/lieu.ts`, `schemas/entrees-collectif.ts`,
 * `schemas/configuration.ts`), in pure TypeScript so that the build, the `check:content`
 * command, the import tool and the unit tests all validate with the same rules.
 *
 * Messages are in French and name the wrong value: they are read by the collective's members,
 * who edit these files without being developers.
 */
import { z } from 'astro/zod';
import { normaliserTelephone } from '../../territoire/telephone.ts';
import { valeurLaPlusProche } from '../../commun/suggestion.ts';

/** Quotes a value the French way for messages: « valeur ». */
export function cite(valeur: unknown): string {
  const texte = typeof valeur === 'string' ? valeur : JSON.stringify(valeur);
  return `« ${texte.length > 80 ? `${texte.slice(0, 77)}…` : texte} »`;
}

const BALISE_HTML = /<\s*\/?\s*[a-z!][^>]*>/i;
const CODE_DANGEREUX = /javascript\s*:|data\s*:\s*text\/html|on[a-z]+\s*=/i;

/**
 * A plain-text field: trimmed, not empty, and without HTML. Text fields are exported as they
 * are to the national data and to other sites, where markup could be interpreted.
 */
export function texte(options: { max?: number } = {}) {
  let schema = z.string({ error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} doit être un texte`) }).trim();
  schema = schema.min(1, { error: 'ne doit pas être vide' });
  if (options.max !== undefined) {
    const max = options.max;
    schema = schema.max(max, { error: (iss) => `le texte fait ${String(iss.input).length} caractères, le maximum est ${max}` });
  }
  return schema.superRefine((valeur, ctx) => {
    if (BALISE_HTML.test(valeur) || CODE_DANGEREUX.test(valeur)) {
      ctx.addIssue({ code: 'custom', message: `${cite(valeur)} contient du HTML ou du code : écrivez du texte simple, sans balise` });
    }
  });
}

/**
 * A closed list of values. The message names the wrong value, suggests the closest allowed
 * one and, for short lists, gives them all.
 */
export function valeurDe<const T extends readonly [string, ...string[]]>(valeurs: T, nomListe: string) {
  return z.enum(valeurs, {
    error: (iss) => {
      if (iss.input === undefined) return 'champ obligatoire manquant';
      const proche = typeof iss.input === 'string' ? valeurLaPlusProche(iss.input, valeurs) : undefined;
      const conseil = proche ? ` Vouliez-vous dire ${cite(proche)} ?` : '';
      const liste = valeurs.length <= 12 ? ` Valeurs autorisées : ${valeurs.map((v) => cite(v)).join(', ')}.` : ' La liste complète est dans CONTRIBUTING.md.';
      return `${cite(iss.input)} n'est pas une valeur autorisée pour ${nomListe}.${conseil}${liste}`;
    },
  });
}

/** A YAML list; a single value is accepted and read as a one-item list (friendlier to write). */
export function liste<T extends z.ZodType>(element: T) {
  return z.preprocess((v) => (v === null ? undefined : typeof v === 'string' ? [v] : v), z.array(element, { error: 'doit être une liste de valeurs' }));
}

/** A YAML list with at least one value. */
export function listeNonVide<T extends z.ZodType>(element: T, message: string) {
  return z.preprocess((v) => (v === null ? undefined : typeof v === 'string' ? [v] : v), z.array(element, { error: 'doit être une liste de valeurs' }).min(1, { error: message }));
}

/** Remove duplicates while keeping the order: the standard's lists are sets. */
export function sansDoublons<T>(valeurs: T[]): T[] {
  return [...new Set(valeurs)];
}

const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `AAAA-MM-JJ` is a date that exists (no 31 April, no 29 February 2025). */
export function estDateReelle(texteDate: string): boolean {
  const m = DATE_ISO.exec(texteDate);
  if (!m) return false;
  const [annee, mois, jour] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(annee, mois - 1, jour));
  return d.getUTCFullYear() === annee && d.getUTCMonth() === mois - 1 && d.getUTCDate() === jour;
}

/**
 * A calendar date, kept as the string `AAAA-MM-JJ` so that no time zone can shift it. YAML
 * parsers may hand over a `Date` for an unquoted date: it is read back in UTC, as they made it.
 */
export function dateCalendrier() {
  return z.preprocess(
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
    z
      .string({ error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} n'est pas une date (format attendu : AAAA-MM-JJ, par exemple 2026-03-15)`) })
      .refine(estDateReelle, { error: (iss) => `${cite(iss.input)} n'est pas une date valide (format attendu : AAAA-MM-JJ, par exemple 2026-03-15)` }),
  );
}

const DATE_HEURE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$/;

/** A local date and time in Europe/Paris, written `AAAA-MM-JJTHH:MM`. */
export function dateHeure() {
  return z.string({ error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} doit être une date et une heure entre guillemets, par exemple "2026-12-10T14:00"`) }).refine(
    (v) => {
      const m = DATE_HEURE.exec(v);
      return m !== null && estDateReelle(m[1]!) && Number(m[2]) < 24 && Number(m[3]) < 60;
    },
    { error: (iss) => `${cite(iss.input)} n'est pas une date et heure valide (format attendu : "AAAA-MM-JJTHH:MM", par exemple "2026-12-10T14:00")` },
  ).transform((v) => v.replace(' ', 'T'));
}

/** An `http:` or `https:` address; any other scheme (`javascript:`, `data:`…) is refused. */
export function url() {
  return z.string({ error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} doit être une adresse web`) }).trim().refine(
    (v) => {
      try {
        const u = new URL(v);
        return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
      } catch {
        return false;
      }
    },
    { error: (iss) => `${cite(iss.input)} n'est pas une adresse web valide : elle doit commencer par https:// (ou http://)` },
  );
}

const MOTIF_COURRIEL = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

export function courriel() {
  return z.string({ error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} doit être une adresse e-mail`) }).trim().regex(MOTIF_COURRIEL, {
    error: (iss) => `${cite(iss.input)} n'est pas une adresse e-mail valide (exemple : contact@exemple.fr)`,
  });
}

/** An identifier used in addresses of the site: lower-case letters, digits and hyphens. */
export function identifiant() {
  return z.string({ error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} doit être un identifiant`) }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (iss) => `${cite(iss.input)} n'est pas un identifiant valide : lettres minuscules sans accent, chiffres et tirets (exemple : mediatheque-bayeux)`,
  });
}

/** A telephone number written the usual French ways, stored in the standard's international form. */
export function telephone() {
  return z
    .union([z.string(), z.number()], { error: 'doit être un numéro de téléphone' })
    .transform((v, ctx) => {
      const saisie = String(v);
      const canonique = normaliserTelephone(typeof v === 'number' ? `0${saisie}` : saisie);
      if (canonique === null) {
        ctx.addIssue({ code: 'custom', message: `${cite(saisie)} n'est pas un numéro de téléphone français valide (exemple : 02 31 12 34 56 ou +33 2 31 12 34 56)` });
        return z.NEVER;
      }
      return canonique;
    });
}

/** A code that must keep its leading zeros; a YAML number is accepted only if nothing was lost. */
export function code(motif: RegExp, exemple: string, description: string) {
  return z
    .union([z.string(), z.number()], { error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} doit être un ${description}`) })
    .transform((v) => String(v).replace(/\s/g, ''))
    .refine((v) => motif.test(v), { error: (iss) => `${cite(iss.input)} n'est pas un ${description} valide (exemple : "${exemple}", entre guillemets)` });
}
