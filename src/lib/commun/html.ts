/**
 * Escaping for HTML written as text (the place card is one string used by the server and the
 * browser): every value from the content goes through {@link echapperHtml}, in text as in
 * attribute values, so that a name with `<`, `&` or a quote stays text.
 */

/** `&`, `<`, `>`, `"` and `'` as character references: safe in text and in quoted attributes. */
export function echapperHtml(texte: string): string {
  return texte.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
