/**
 * The check `/admin/` runs before saving an entry (Decap's `preSave` event, registered by
 * `src/pages/admin/_cms.ts`): the entry's own schema, as `check:content` applies it, so that a
 * form cannot save a file the pull-request check would refuse. Messages name the field by its
 * form label. What needs the other files (unique ids, references, the place's position in the
 * département) is left to `check:content`.
 */
import { z } from 'astro/zod';
import { AIDE_CHAMPS, CONTEXTE_NEUTRE, schemaDe } from './champs.ts';
import type { NomCollection } from '../contenu/collections.ts';

/**
 * The data as it should be written: Decap keeps a cleared optional field as `""` (or an empty
 * list), which `check:content` refuses; a field left empty is simply left out of the file.
 */
export function sansChampsVides(donnees: Record<string, unknown>): Record<string, unknown> {
  const vide = (v: unknown) => v === '' || v === null || v === undefined || (Array.isArray(v) && v.length === 0);
  return Object.fromEntries(
    Object.entries(donnees)
      .map(([cle, valeur]): [string, unknown] => [cle, Array.isArray(valeur) ? valeur.filter((v) => !vide(v)) : valeur])
      .filter(([, valeur]) => !vide(valeur)),
  );
}

/** The problems of an entry of the form, in French, one per line; empty when it can be saved. */
export function problemesFormulaire(nom: NomCollection, donnees: Record<string, unknown>, aujourdhui: string): string[] {
  const { body: _corps, ...champs } = donnees;
  const resultat = schemaDe(nom, { ...CONTEXTE_NEUTRE, aujourdhui }).safeParse(champs, { reportInput: true, error: z.locales.fr().localeError });
  if (resultat.success) return [];
  return resultat.error.issues.map((issue) => {
    const cle = String(issue.path[0] ?? '');
    const libelle = AIDE_CHAMPS[nom][cle]?.libelle ?? cle;
    const rang = typeof issue.path[1] === 'number' ? ` (valeur ${issue.path[1] + 1})` : '';
    const message = issue.code === 'invalid_type' && issue.input === undefined ? 'champ obligatoire manquant' : issue.message;
    return libelle === '' ? message : `${libelle}${rang} : ${message}`;
  });
}
