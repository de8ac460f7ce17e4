/** A URL-safe slug of a French name: « Vire Normandie » → `vire-normandie`, « L'Œuvre » → `l-oeuvre`. */
export function slugifier(texte: string): string {
  return texte
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'Oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** FNV-1a, 32 bits, in base 36: a short stable fingerprint for ids that have no letters left. */
function empreinte(texte: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < texte.length; i++) {
    h ^= texte.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Longest slug kept whole; a longer one is cut and given the fingerprint of the whole id. */
const LONGUEUR_MAX_SLUG = 80;

/**
 * The address and file name of a place, `/lieux/<slug>/` and `content/lieux/<slug>.md`, from
 * its id: the standard's id is free text (« Médiathèque l'Atelier », `Hinaura_123`, a UUID)
 * and is kept verbatim in the content and the exports; its slug only serves the address. The
 * same id always gives the same slug; two ids giving the same slug are refused by
 * `check:content` and the import, naming both.
 */
export function slugLieu(id: string): string {
  const slug = slugifier(id);
  if (slug === '') return `lieu-${empreinte(id)}`;
  if (slug.length <= LONGUEUR_MAX_SLUG) return slug;
  return `${slug.slice(0, LONGUEUR_MAX_SLUG - 8).replace(/-+$/, '')}-${empreinte(id)}`;
}
