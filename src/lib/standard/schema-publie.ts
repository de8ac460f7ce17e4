/**
 * The national standard's published `schema.json` (copied unchanged in `src/data/standard/`)
 * and the validation of a CSV file against it.
 *
 * schema.json v1.0.2 has known inconsistencies (facts sheet §5). Each one is handled here,
 * explicitly, rather than by quietly editing the copied file:
 *
 * 1. `formations_labels`: the pattern has `Étapes numériques\(La Poste\)` with no space before
 *    the bracket, while the field's description and the reference library write
 *    `Étapes numériques (La Poste)`. The site stores and exports the spelling with the space
 *    (`FORMATIONS_LABELS` in `standard.ts`), so the corrected schema accepts both spellings.
 *    This is the only correction that changes what validates; it is checked against the
 *    published pattern, so that a fixed upstream schema makes the test fail and this can go.
 * 2. `services`: the description says « Comprehension du monde numérique » without an accent;
 *    the pattern, which is what validates, has `Compréhension`. The pattern wins; the import
 *    suggests the accented value.
 * 3. `prise_en_charge_specifique`: the description is garbled; the pattern's 7 values win.
 * 4. `itinerance`: the description shows `Itinérant;Fixe` with `;`, the pattern uses `|`. The
 *    export writes `|`; the import also accepts `;` with a warning.
 * 5. `telephone`: the change log says several numbers are allowed, the pattern admits one. The
 *    site stores one number, so the export always matches the pattern.
 * 6. The standard's README still gives `;` as the multi-value separator (v0.1.x); v1.0.x uses
 *    `|` everywhere. Same handling as 4.
 * 7. `structure_parente`: the description asks for a name, the example is a SIRET. Free text,
 *    nothing to validate.
 *
 * Two quirks of the patterns are kept as published, because consumers validate with them: the
 * list patterns `(?:(?:^|\|)(…))+$` also accept a leading `|`, and the dot of `ORDI 3.0` is
 * not escaped (it matches any character). The export never produces either.
 */
import schemaPublie from '../../data/standard/schema.json' with { type: 'json' };
import { compilerTableSchema, validerCsvAvecSchema, type ChampTableSchema, type ErreurTable, type TableSchema, type ValidateurTable } from './table-schema.ts';

/** schema.json exactly as published by the standard (v1.0.2). */
export const SCHEMA_STANDARD_PUBLIE: TableSchema = schemaPublie as unknown as TableSchema;

/** Version of the published schema, e.g. `v1.0.2`. */
export const VERSION_STANDARD: string = String((schemaPublie as { version?: unknown }).version ?? '');

/** A documented change applied to the published schema before validating. */
export interface CorrectionSchema {
  champ: string;
  /** The published pattern, which must be found as is (otherwise the correction is stale). */
  motifPublie: string;
  motifCorrige: string;
  raison: string;
}

export const CORRECTIONS_SCHEMA: readonly CorrectionSchema[] = [
  {
    champ: 'formations_labels',
    motifPublie: 'Étapes numériques\\(La Poste\\)',
    motifCorrige: 'Étapes numériques \\(La Poste\\)|Étapes numériques\\(La Poste\\)',
    raison:
      'le motif publié n’a pas d’espace avant la parenthèse, contrairement à la description du champ et à la bibliothèque de référence (« Étapes numériques (La Poste) ») : les deux écritures sont acceptées',
  },
];

/** Applies the corrections to a copy of the published schema; throws if one no longer applies. */
export function corrigerSchema(schema: TableSchema, corrections: readonly CorrectionSchema[] = CORRECTIONS_SCHEMA): TableSchema {
  const champs: ChampTableSchema[] = schema.fields.map((champ) => {
    const correction = corrections.find((c) => c.champ === champ.name);
    if (!correction) return champ;
    const motif = champ.constraints?.pattern ?? '';
    if (!motif.includes(correction.motifPublie)) {
      throw new Error(
        `schéma du standard : la correction du champ « ${champ.name} » ne s'applique plus (motif publié modifié) ; revoyez CORRECTIONS_SCHEMA dans src/lib/standard/schema-publie.ts`,
      );
    }
    return { ...champ, constraints: { ...champ.constraints, pattern: motif.replace(correction.motifPublie, correction.motifCorrige) } };
  });
  return { ...schema, fields: champs };
}

/** The schema used to check the site's exports: the published one with the corrections above. */
export const SCHEMA_STANDARD: TableSchema = corrigerSchema(SCHEMA_STANDARD_PUBLIE);

let validateur: ValidateurTable | undefined;

/** Validates a CSV text (comma-separated, as the standard requires) against the corrected schema. */
export function validerCsvStandard(texte: string): { erreurs: ErreurTable[]; nombreLignes: number } {
  validateur ??= compilerTableSchema(SCHEMA_STANDARD);
  return validerCsvAvecSchema(validateur, texte);
}

/** Title of each column in the schema (« Identifiant unique local du lieu »…), for the data page. */
export function titresColonnes(): { nom: string; titre: string; obligatoire: boolean }[] {
  return SCHEMA_STANDARD_PUBLIE.fields.map((f) => ({ nom: f.name, titre: f.title ?? f.name, obligatoire: f.constraints?.required === true }));
}
