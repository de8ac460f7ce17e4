/**
 * Reads the shape of the content schemas (`schemas/`) so that the contribution tools (the
 * `nouveau` command, the `/admin/` configuration, the templates and CONTRIBUTING.md checks)
 * follow the site's own rules instead of a hand-copied list of fields that would drift.
 *
 * Only what the tools need is read: whether a field is required, its default, whether it is a
 * list, its allowed values, its regex and maximum length. Date formats cannot be read from a
 * refinement, so they are found by asking the schema itself (it accepts a real date and refuses
 * an impossible one).
 */
import type { z } from 'astro/zod';

/** What kind of value a field holds, as a form or a question would ask for it. */
export type Nature = 'texte' | 'date' | 'date-heure' | 'choix' | 'nombre' | 'booleen' | 'objet' | 'couple';

export interface ChampSchema {
  /** Refused when absent (no default, not optional). */
  obligatoire: boolean;
  /** Value the schema uses when the field is absent. */
  defaut?: unknown;
  /** A YAML list of values. */
  liste: boolean;
  /** A list that must hold at least one value. */
  auMoinsUn: boolean;
  /** Kind of one value (of each item for a list). */
  nature: Nature;
  /** Allowed values, for `choix`. */
  valeurs?: readonly string[];
  /** Regular expression the text must match, when the schema states one. */
  motif?: RegExp;
  /** Maximum length of a text. */
  max?: number;
  /** Fields of a nested object (`objet`, or a list of objects). */
  champs?: Record<string, ChampSchema>;
  /** The field's own schema, to validate one answer with the site's messages. */
  schema: z.ZodType;
}

type Def = { type: string; [cle: string]: unknown };
const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The schema that carries the field's nature, under optional/default wrappers, `preprocess`
 * (a pipe whose input is a transform) and `.transform()` (a pipe whose output is a transform).
 * For `.pipe(check)` (e.g. « at least one role ») the input side names the allowed values.
 */
function coeur(schema: z.ZodType): z.ZodType {
  let courant = schema;
  for (;;) {
    const d = def(courant);
    if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault') courant = d['innerType'] as z.ZodType;
    else if (d.type === 'pipe') courant = (def(d['in'] as z.ZodType).type === 'transform' ? d['out'] : d['in']) as z.ZodType;
    else return courant;
  }
}

function verifications(schema: z.ZodType): Def[] {
  return ((def(schema)['checks'] as { _zod: { def: Def } }[] | undefined) ?? []).map((c) => c._zod.def);
}

/** Whether a text schema reads `AAAA-MM-JJ` (or `AAAA-MM-JJTHH:MM`) dates, by asking it. */
function natureTexte(schema: z.ZodType): Nature {
  const accepte = (v: string) => schema.safeParse(v).success;
  if (accepte('2000-01-15') && !accepte('2000-02-30') && !accepte('texte')) return 'date';
  if (accepte('2000-01-15T10:30') && !accepte('2000-02-30T10:30') && !accepte('texte')) return 'date-heure';
  return 'texte';
}

/** Describes one field schema. */
export function decrireChamp(schema: z.ZodType): ChampSchema {
  const obligatoire = !schema.safeParse(undefined).success;
  const absent = schema.safeParse(undefined);
  const defaut = absent.success ? absent.data : undefined;
  let element = coeur(schema);
  const liste = def(element).type === 'array';
  if (liste) element = coeur(def(element)['element'] as z.ZodType);
  const auMoinsUn = liste && !schema.safeParse([]).success;
  const d = def(element);
  const description: ChampSchema = { obligatoire, liste, auMoinsUn, nature: 'texte', schema };
  if (defaut !== undefined) description.defaut = defaut;
  switch (d.type) {
    case 'enum':
      description.nature = 'choix';
      description.valeurs = Object.values(d['entries'] as Record<string, string>);
      break;
    case 'number':
      description.nature = 'nombre';
      break;
    case 'boolean':
      description.nature = 'booleen';
      break;
    case 'tuple':
      description.nature = 'couple';
      break;
    case 'object':
      description.nature = 'objet';
      description.champs = decrireChamps((element as z.ZodObject).shape);
      break;
    default:
      // Strings, and codes written as a string or a number (SIRET, postcode, telephone).
      description.nature = natureTexte(liste ? element : schema);
      for (const v of verifications(element)) {
        if (v['format'] === 'regex' && v['pattern'] instanceof RegExp) description.motif = v['pattern'];
        if (v['check'] === 'max_length' && typeof v['maximum'] === 'number') description.max = v['maximum'];
      }
  }
  return description;
}

/** Describes every field of an object schema's shape, in the schema's order. */
export function decrireChamps(forme: Record<string, z.ZodType>): Record<string, ChampSchema> {
  return Object.fromEntries(Object.entries(forme).map(([nom, s]) => [nom, decrireChamp(s)]));
}

/** The shape of an object schema (also under `.refine()`/`.superRefine()`, which keep it an object). */
export function formeDe(schema: z.ZodType): Record<string, z.ZodType> {
  const d = def(coeur(schema));
  if (d.type !== 'object') throw new Error(`le schéma n'est pas un objet (${d.type})`);
  return (coeur(schema) as z.ZodObject).shape as Record<string, z.ZodType>;
}

/**
 * Every field path of a schema, nested objects included, as written in messages
 * (`departement.code`, `animateurs.membres`): the list that documentation must cover.
 */
export function cheminsDesChamps(champs: Record<string, ChampSchema>, prefixe = ''): string[] {
  return Object.entries(champs).flatMap(([nom, c]) => {
    const chemin = prefixe === '' ? nom : `${prefixe}.${nom}`;
    return [chemin, ...(c.champs ? cheminsDesChamps(c.champs, chemin) : [])];
  });
}
