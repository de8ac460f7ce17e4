/**
 * The département in a French sentence: « dans le Calvados », « du Calvados », « de l'Orne ».
 * The article cannot be guessed from the name (« la Manche », « le Nord », « Paris »), so it
 * comes from `departement.avec_article` in content/collectif.yaml.
 */
export interface Departement {
  code: string;
  nom: string;
  avec_article?: string | undefined;
}

/** « du Calvados », « de la Manche », « de l'Orne », « des Landes », « de Paris ». */
export function duDepartement(d: Departement): string {
  const nom = d.avec_article ?? d.nom;
  if (/^le /i.test(nom)) return `du ${nom.slice(3)}`;
  if (/^les /i.test(nom)) return `des ${nom.slice(4)}`;
  if (/^(la |l['’])/i.test(nom)) return `de ${nom}`;
  return d.avec_article ? `de ${nom}` : `du département ${nom} (${d.code})`;
}

/** « dans le Calvados », « dans la Manche », « à Paris » is not handled: « dans Paris » is avoided by the fallback. */
export function dansLeDepartement(d: Departement): string {
  return d.avec_article ? `dans ${d.avec_article.replace(/^l['’]/i, 'l’')}` : `dans le département ${d.nom} (${d.code})`;
}
