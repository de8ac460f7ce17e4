/**
 * Column mapping of an imported file: each column of the first line goes to a column of the
 * standard v1.0, exactly or after renaming a legacy v0.1 column; names are matched without
 * case, accents or punctuation, and unknown or repeated columns stop the import.
 */
import { cite } from '../contenu/schemas/communs.ts';
import { valeurLaPlusProche } from '../commun/suggestion.ts';
import { COLONNES, type Colonne } from '../standard/valeurs.ts';
import { COLONNES_ANCIENNES, RENOMMAGES, type ColonneAncienne } from './ancien-standard.ts';

/** Where a column of the file goes: a current column (maybe from a legacy one), or nowhere (`cle_ban`). */
export type Destination = { colonne: Colonne; ancienne?: ColonneAncienne } | { colonne: null; ancienne: ColonneAncienne };

/** Column names the import knows: current and legacy. */
const CONNUES: readonly string[] = [...COLONNES, ...COLONNES_ANCIENNES];

/** A name compared without case, accents or punctuation (« Code Postal » is « code_postal »). */
export function nomNormalise(nom: string): string {
  return nom
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** The destination of each column of the header, the warnings about it, or why the file cannot be imported. */
export function analyserEntete(entete: readonly string[]): { destinations: Destination[]; avertissements: string[]; fatal?: string; ancienne: boolean } {
  const avertissements: string[] = [];
  const inconnues: string[] = [];
  const destinations: Destination[] = [];
  const vues = new Map<string, number>();
  entete.forEach((brut, i) => {
    const nom = brut.trim();
    const connu = CONNUES.includes(nom) ? nom : CONNUES.find((c) => nomNormalise(c) === nomNormalise(nom));
    if (connu === undefined) {
      inconnues.push(nom);
      return;
    }
    if (connu !== nom) avertissements.push(`la colonne ${cite(nom)} a été lue comme ${cite(connu)}, le nom exact du standard`);
    const deja = vues.get(connu);
    if (deja !== undefined) {
      inconnues.push(`${nom} (deux fois : colonnes ${deja + 1} et ${i + 1})`);
      return;
    }
    vues.set(connu, i);
    if ((COLONNES as readonly string[]).includes(connu)) destinations[i] = { colonne: connu as Colonne };
    else {
      const ancienne = connu as ColonneAncienne;
      const cible = RENOMMAGES[ancienne];
      destinations[i] = cible === null ? { colonne: null, ancienne } : { colonne: cible, ancienne };
    }
  });
  if (inconnues.length > 0) {
    const details = inconnues.map((nom) => {
      const proche = valeurLaPlusProche(nom, CONNUES);
      return `${cite(nom)}${proche ? ` (vouliez-vous dire ${cite(proche)} ?)` : ''}`;
    });
    return {
      destinations,
      avertissements,
      ancienne: false,
      fatal: `la première ligne contient des colonnes inconnues ou en double : ${details.join(', ')}. Renommez-les avec les noms du standard (${COLONNES.length} colonnes : ${COLONNES.join(', ')}) ou supprimez-les.`,
    };
  }
  if (!vues.has('id')) {
    return {
      destinations,
      avertissements,
      ancienne: false,
      fatal: 'la colonne « id » est absente : elle donne l’identifiant unique de chaque lieu (et le nom de son fichier dans content/lieux/).',
    };
  }
  const ancienne = COLONNES_ANCIENNES.some((c) => vues.has(c));
  if (!ancienne) {
    const absentes = COLONNES.filter((c) => !vues.has(c));
    if (absentes.length > 0) {
      avertissements.push(`le fichier n'a pas toutes les colonnes du standard (absentes : ${absentes.join(', ')}) : ces champs ne sont pas modifiés`);
    }
  }
  return { destinations, avertissements, ancienne };
}
