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

/**
 * Control characters (C0 and C1, DEL) made visible: `\u{1b}`. Every value quoted in a message
 * goes through it, so that no escape sequence from a content file reaches a terminal or a log.
 */
export function neutraliserControles(texte: string): string {
  return texte.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** Quotes a value the French way for messages: « valeur ». */
export function cite(valeur: unknown): string {
  const texte = typeof valeur === 'string' ? valeur : (JSON.stringify(valeur) ?? String(valeur));
  const court = texte.length > 80 ? `${texte.slice(0, 77)}…` : texte;
  return `« ${neutraliserControles(court).replace(/\n/g, '\\n').replace(/\t/g, '\\t')} »`;
}

/** C0 and C1 control characters and DEL, except tab and line feed. */
const CONTROLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/** Characters that reverse the direction of the text around them (« Trojan source »). */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
/** Line breaks, for a field shown on one line (also the Unicode line and paragraph separators). */
const SAUT_DE_LIGNE = /[\t\n\u2028\u2029]/;

function codePoint(c: string): string {
  return `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Longest value of a text field without its own limit: checked before any pattern. */
export const LONGUEUR_MAX_TEXTE = 2000;

/**
 * The one base of every text field: a string bounded in length before any pattern runs (a
 * long value cannot stall the check), without control characters nor direction overrides, and
 * on one line unless `multiligne`. `max` counts characters after trimming.
 */
export function chaine(options: { max?: number; borne?: number; multiligne?: boolean; nature?: string } = {}) {
  const nature = options.nature ?? 'un texte';
  const base = z.string({ error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} doit être ${nature}`) }).trim();
  // `max` is the field's documented limit (shown in CONTRIBUTING.md and the CMS form);
  // `borne`, a safety bound only, for values whose length is not a rule of the field (addresses).
  const max = options.max;
  const borne = options.borne ?? LONGUEUR_MAX_TEXTE;
  const bornee =
    max !== undefined
      ? base.max(max, { abort: true, error: (iss) => `le texte fait ${String(iss.input).length} caractères, le maximum est ${max}` })
      : base.check((ctx) => {
          if (ctx.value.length > borne)
            ctx.issues.push({
              code: 'custom',
              input: ctx.value,
              message: `la valeur fait ${ctx.value.length} caractères, le maximum est ${borne}`,
              continue: false,
            });
        });
  return bornee.check((ctx) => {
    const valeur = ctx.value;
    const controle = CONTROLE.exec(valeur) ?? (options.multiligne ? null : /\r/.exec(valeur));
    const bidi = BIDI.exec(valeur);
    const saut = options.multiligne ? null : SAUT_DE_LIGNE.exec(valeur);
    const signaler = (message: string) => ctx.issues.push({ code: 'custom', input: valeur, message, continue: false });
    if (controle)
      signaler(
        `${cite(valeur)} contient un caractère de contrôle invisible (${codePoint(controle[0])}, position ${controle.index + 1}) : supprimez-le (il vient souvent d’un copier-coller)`,
      );
    else if (bidi)
      signaler(
        `${cite(valeur)} contient un caractère invisible qui inverse le sens du texte (${codePoint(bidi[0])}, position ${bidi.index + 1}) : supprimez-le`,
      );
    else if (saut) signaler(`${cite(valeur)} doit tenir sur une seule ligne : retirez le retour à la ligne ou la tabulation (position ${saut.index + 1})`);
  });
}

/** Same character rules as {@link chaine}, for a text that is not a zod field (a Markdown body): the first problem, or `undefined`. */
export function problemeCaracteres(texte: string): string | undefined {
  const controle = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.exec(texte);
  if (controle) return `le texte contient un caractère de contrôle invisible (${codePoint(controle[0])}) : supprimez-le (il vient souvent d’un copier-coller)`;
  const bidi = BIDI.exec(texte);
  if (bidi) return `le texte contient un caractère invisible qui inverse le sens du texte (${codePoint(bidi[0])}) : supprimez-le`;
  return undefined;
}

/**
 * An HTML tag (`<` then a name, and a `>` further on), found in linear time: the first opening
 * is enough, since any later one has the same `>` after it.
 */
function contientBalise(valeur: string): boolean {
  const ouverture = /<\s*\/?\s*[a-z!]/i.exec(valeur);
  return ouverture !== null && valeur.indexOf('>', ouverture.index) !== -1;
}
const CODE_DANGEREUX = /javascript\s*:|data\s*:\s*text\/html|\bon[a-z]+\s*=/i;

/**
 * A plain-text field: trimmed, not empty, on one line unless `multiligne`, and without HTML.
 * Text fields are exported as they are to the national data and to other sites, where markup
 * could be interpreted.
 */
export function texte(options: { max?: number; multiligne?: boolean } = {}) {
  return chaine(options)
    .min(1, { error: 'ne doit pas être vide' })
    .superRefine((valeur, ctx) => {
      if (contientBalise(valeur) || CODE_DANGEREUX.test(valeur)) {
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
  return z.preprocess(
    (v) => (v === null ? undefined : typeof v === 'string' ? [v] : v),
    z.array(element, { error: 'doit être une liste de valeurs' }).min(1, { error: message }),
  );
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
      .string({
        error: (iss) =>
          iss.input === undefined
            ? 'champ obligatoire manquant'
            : `${cite(iss.input)} n'est pas une date (format attendu : AAAA-MM-JJ, par exemple 2026-03-15)`,
      })
      .refine(estDateReelle, { error: (iss) => `${cite(iss.input)} n'est pas une date valide (format attendu : AAAA-MM-JJ, par exemple 2026-03-15)` }),
  );
}

const DATE_HEURE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$/;

/** A local date and time in Europe/Paris, written `AAAA-MM-JJTHH:MM`. */
export function dateHeure() {
  return z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? 'champ obligatoire manquant'
          : `${cite(iss.input)} doit être une date et une heure entre guillemets, par exemple "2026-12-10T14:00"`,
    })
    .refine(
      (v) => {
        const m = DATE_HEURE.exec(v);
        return m !== null && estDateReelle(m[1]!) && Number(m[2]) < 24 && Number(m[3]) < 60;
      },
      { error: (iss) => `${cite(iss.input)} n'est pas une date et heure valide (format attendu : "AAAA-MM-JJTHH:MM", par exemple "2026-12-10T14:00")` },
    )
    .transform((v) => v.replace(' ', 'T'));
}

/** An `http:` or `https:` address; any other scheme (`javascript:`, `data:`…) is refused. */
export function url() {
  return chaine({ borne: 2000, nature: 'une adresse web' }).refine(
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
  return chaine({ borne: 254, nature: 'une adresse e-mail' }).regex(MOTIF_COURRIEL, {
    error: (iss) => `${cite(iss.input)} n'est pas une adresse e-mail valide (exemple : contact@exemple.fr)`,
  });
}

/** Longest identifier: it becomes an address and a folder of the built site. */
export const LONGUEUR_MAX_IDENTIFIANT = 100;

/** An identifier used in addresses of the site: lower-case letters, digits and hyphens. */
export function identifiant() {
  return z
    .string({ error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} doit être un identifiant`) })
    .max(LONGUEUR_MAX_IDENTIFIANT, {
      abort: true,
      error: (iss) => `l'identifiant fait ${String(iss.input).length} caractères, le maximum est ${LONGUEUR_MAX_IDENTIFIANT}`,
    })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: (iss) => `${cite(iss.input)} n'est pas un identifiant valide : lettres minuscules sans accent, chiffres et tirets (exemple : mediatheque-bayeux)`,
    });
}

/** A telephone number written the usual French ways, stored in the standard's international form. */
export function telephone() {
  return z.union([z.string(), z.number()], { error: 'doit être un numéro de téléphone' }).transform((v, ctx) => {
    const saisie = String(v);
    // Bounded before the number is read: a number is never this long.
    if (saisie.length > 40) {
      ctx.addIssue({ code: 'custom', message: `${cite(saisie)} n'est pas un numéro de téléphone (${saisie.length} caractères)` });
      return z.NEVER;
    }
    const canonique = normaliserTelephone(typeof v === 'number' ? `0${saisie}` : saisie);
    if (canonique === null) {
      ctx.addIssue({
        code: 'custom',
        message: `${cite(saisie)} n'est pas un numéro de téléphone français valide (exemple : 02 31 12 34 56 ou +33 2 31 12 34 56)`,
      });
      return z.NEVER;
    }
    return canonique;
  });
}

/** A code that must keep its leading zeros; a YAML number is accepted only if nothing was lost. */
export function code(motif: RegExp, exemple: string, description: string) {
  return z
    .union([z.string(), z.number()], {
      error: (iss) => (iss.input === undefined ? 'champ obligatoire manquant' : `${cite(iss.input)} doit être un ${description}`),
    })
    .transform((v) => String(v).replace(/\s/g, ''))
    .refine((v) => motif.test(v), { error: (iss) => `${cite(iss.input)} n'est pas un ${description} valide (exemple : "${exemple}", entre guillemets)` });
}
