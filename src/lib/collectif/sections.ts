/**
 * Grouping of entries for the collective's lists: members by type, resources by type or theme,
 * groups by status. Sections follow the order of the label tables (as the convention lists the
 * kinds of members), and empty sections are left out.
 */
import { slugifier } from '../commun/slug.ts';

export interface Section<T> {
  cle: string;
  libelle: string;
  elements: T[];
}

/** URL-safe key of a free-text tag; a tag made only of punctuation gets `autre` rather than nothing. */
export function cleEtiquette(etiquette: string): string {
  return slugifier(etiquette) || 'autre';
}

/** Index of entries by a key (entries without one are left out), in one pass. */
export function grouperPar<T>(elements: readonly T[], cle: (e: T) => string | undefined): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const e of elements) {
    const k = cle(e);
    if (k === undefined) continue;
    const liste = index.get(k);
    if (liste) liste.push(e);
    else index.set(k, [e]);
  }
  return index;
}

/**
 * Entries grouped by `cle`, sections in the order of `libelles` (unknown keys last, by name);
 * within a section, the entries keep their given order.
 */
export function regrouper<T>(elements: readonly T[], cle: (e: T) => string, libelles: Readonly<Record<string, string>>): Section<T>[] {
  const parCle = grouperPar(elements, cle);
  const ordre = Object.keys(libelles);
  const rang = (k: string) => (ordre.includes(k) ? ordre.indexOf(k) : ordre.length);
  return [...parCle.entries()]
    .sort(([a], [b]) => rang(a) - rang(b) || a.localeCompare(b, 'fr'))
    .map(([k, liste]) => ({ cle: k, libelle: libelles[k] ?? k, elements: liste }));
}

/**
 * Entries grouped by free-text tags (a resource's themes): one section per tag, tags that differ
 * only by case or accents merged under the first spelling met, sections by name. An entry with
 * several tags is in several sections. `cle` is a URL-safe slug of the tag.
 */
export function regrouperParEtiquette<T>(elements: readonly T[], etiquettes: (e: T) => readonly string[]): Section<T>[] {
  const sections = new Map<string, Section<T>>();
  for (const e of elements) {
    for (const etiquette of new Set(etiquettes(e))) {
      const cle = cleEtiquette(etiquette);
      const section = sections.get(cle);
      if (!section) sections.set(cle, { cle, libelle: etiquette, elements: [e] });
      else if (!section.elements.includes(e)) section.elements.push(e);
    }
  }
  return [...sections.values()].sort((a, b) => a.libelle.localeCompare(b.libelle, 'fr'));
}
