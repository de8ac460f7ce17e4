/**
 * Just enough JSON Schema (the subset pydantic generates for data·inclusion's v1 schemas:
 * type, anyOf, $ref to $defs, enum, const, required, pattern, minLength, maxLength, minimum,
 * items, minItems, uniqueItems, format date/uri/email) to check the site's exports in tests.
 * An unknown keyword makes the check fail rather than pass silently.
 */

type Schema = Record<string, unknown>;

const CONNUS = new Set([
  'type',
  'anyOf',
  '$ref',
  'enum',
  'const',
  'required',
  'properties',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'items',
  'minItems',
  'uniqueItems',
  'format',
  'title',
  'description',
  'default',
  'examples',
  '$defs',
  'additionalProperties',
]);

function typeDe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Problems of `valeur` against `schema` (empty when valid), each with its JSON path. */
export function validerJsonSchema(valeur: unknown, schema: Schema, racine: Schema = schema, chemin = '$'): string[] {
  for (const cle of Object.keys(schema)) if (!CONNUS.has(cle)) return [`${chemin} : mot-clé non pris en charge « ${cle} »`];
  if (typeof schema['$ref'] === 'string') {
    const nom = (schema['$ref'] as string).replace('#/$defs/', '');
    return validerJsonSchema(valeur, (racine['$defs'] as Record<string, Schema>)[nom]!, racine, chemin);
  }
  if (Array.isArray(schema['anyOf'])) {
    const essais = (schema['anyOf'] as Schema[]).map((s) => validerJsonSchema(valeur, s, racine, chemin));
    return essais.some((e) => e.length === 0) ? [] : [`${chemin} : aucune des variantes ne convient (${essais.map((e) => e.join(' ; ')).join(' | ')})`];
  }
  const erreurs: string[] = [];
  const type = schema['type'] as string | undefined;
  const t = typeDe(valeur);
  if (type && !(t === type || (type === 'number' && t === 'integer'))) return [`${chemin} : type ${t} au lieu de ${type}`];
  if (Array.isArray(schema['enum']) && !(schema['enum'] as unknown[]).includes(valeur))
    erreurs.push(`${chemin} : ${JSON.stringify(valeur)} hors de l'énumération`);
  if ('const' in schema && schema['const'] !== valeur) erreurs.push(`${chemin} : ${JSON.stringify(valeur)} ≠ ${JSON.stringify(schema['const'])}`);
  if (typeof valeur === 'string') {
    const longueur = [...valeur].length;
    if (typeof schema['minLength'] === 'number' && longueur < schema['minLength']) erreurs.push(`${chemin} : trop court (${longueur})`);
    if (typeof schema['maxLength'] === 'number' && longueur > schema['maxLength']) erreurs.push(`${chemin} : trop long (${longueur})`);
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'] as string, 'u').test(valeur))
      erreurs.push(`${chemin} : ${JSON.stringify(valeur)} ne respecte pas ${schema['pattern']}`);
    const format = schema['format'];
    if (format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(valeur)) erreurs.push(`${chemin} : date invalide`);
    if (format === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(valeur)) erreurs.push(`${chemin} : courriel invalide`);
    if (format === 'uri') {
      try {
        new URL(valeur);
      } catch {
        erreurs.push(`${chemin} : URI invalide`);
      }
    }
  }
  if (typeof valeur === 'number' && typeof schema['minimum'] === 'number' && valeur < schema['minimum']) erreurs.push(`${chemin} : inférieur au minimum`);
  if (Array.isArray(valeur)) {
    if (typeof schema['minItems'] === 'number' && valeur.length < schema['minItems']) erreurs.push(`${chemin} : trop peu d'éléments`);
    if (schema['uniqueItems'] === true && new Set(valeur.map((v) => JSON.stringify(v))).size !== valeur.length) erreurs.push(`${chemin} : éléments en double`);
    if (schema['items']) valeur.forEach((v, i) => erreurs.push(...validerJsonSchema(v, schema['items'] as Schema, racine, `${chemin}[${i}]`)));
  }
  if (t === 'object') {
    const objet = valeur as Record<string, unknown>;
    for (const requis of (schema['required'] as string[] | undefined) ?? []) if (!(requis in objet)) erreurs.push(`${chemin}.${requis} : obligatoire`);
    const proprietes = (schema['properties'] as Record<string, Schema> | undefined) ?? {};
    for (const [cle, v] of Object.entries(objet)) {
      if (!(cle in proprietes)) {
        erreurs.push(`${chemin}.${cle} : propriété inconnue du schéma`);
        continue;
      }
      erreurs.push(...validerJsonSchema(v, proprietes[cle]!, racine, `${chemin}.${cle}`));
    }
  }
  return erreurs;
}
