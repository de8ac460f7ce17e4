/**
 * Messages of a rejected row in spreadsheet terms: the schema's message, completed with what the
 * spreadsheet probably did to the value and how to fix it.
 */
import { cite } from '../contenu/schemas/communs.ts';
import type { ContexteLieu } from '../contenu/schemas/lieu.ts';
import type { Colonne } from '../standard/valeurs.ts';
import { formaterTelephone, normaliserTelephone } from '../territoire/telephone.ts';
import { nomNormalise } from './colonnes.ts';
import type { Valeur } from './lecture-ligne.ts';

/**
 * Advice for the mistakes spreadsheets make, added to (or replacing) the schema's message:
 * leading zeros eaten (postcodes, INSEE codes, phone numbers, SIRET), SIRET in scientific
 * notation, French dates, several phone numbers in one cell.
 */
export function conseil(colonne: string, valeur: string, message: string, ligne: Map<Colonne, Valeur>, contexte: ContexteLieu): string {
  const commune = typeof ligne.get('commune') === 'string' ? (ligne.get('commune') as string) : undefined;
  if ((colonne === 'code_postal' || colonne === 'code_insee') && /^\d{4}$/.test(valeur)) {
    const corrige = `0${valeur}`;
    const communes = contexte.communes.filter((c) => (colonne === 'code_postal' ? c.codesPostaux.includes(corrige) : c.insee === corrige));
    const confirme = communes.find((c) => commune !== undefined && nomNormalise(c.nom) === nomNormalise(commune));
    const preuve = confirme
      ? ` (c'est bien ${colonne === 'code_postal' ? 'le code postal' : 'le code INSEE'} ${/^[aeiouyhâéèêîôûAEIOUYHÂÉÈÊÎÔÛ]/.test(confirme.nom) ? 'd’' : 'de '}${confirme.nom})`
      : communes.length > 0
        ? ` (${communes
            .slice(0, 3)
            .map((c) => c.nom)
            .join(', ')})`
        : '';
    return `${cite(valeur)} n'a que 4 chiffres : le zéro du début a sans doute été supprimé par le tableur. Vouliez-vous dire ${cite(corrige)}${preuve} ? Dans le tableur, mettez la colonne au format Texte avant de saisir ou d'enregistrer.`;
  }
  if (colonne === 'pivot' && /^\d+(?:[.,]\d+)?E\+?\d+$/i.test(valeur)) {
    return `${cite(valeur)} est un SIRET que le tableur a transformé en nombre en notation scientifique : ses derniers chiffres sont perdus. Reprenez le SIRET (14 chiffres) sur annuaire-entreprises.data.gouv.fr et mettez la colonne au format Texte.`;
  }
  if (colonne === 'pivot' && /^\d{13}$/.test(valeur)) {
    return `${message} Il manque un chiffre : si le SIRET commence par 0, le tableur l'a supprimé ; vouliez-vous dire ${cite(`0${valeur}`)} ?`;
  }
  if (colonne === 'telephone') {
    if (/^[1-9]\d{8}$/.test(valeur)) {
      const corrige = normaliserTelephone(`0${valeur}`);
      if (corrige)
        return `${cite(valeur)} n'a que 9 chiffres : le zéro du début a sans doute été supprimé par le tableur. Vouliez-vous dire ${cite(formaterTelephone(corrige))} ?`;
    }
    if (/[|;/]|\d{10}.*\d{10}/.test(valeur.replace(/[\s.]/g, ''))) {
      return `${message} Le standard n'admet qu'un seul numéro par lieu : gardez le numéro principal.`;
    }
  }
  if (colonne === 'date_maj') {
    const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(valeur);
    if (fr)
      return `${cite(valeur)} n'est pas au format AAAA-MM-JJ du standard. Vouliez-vous dire ${cite(`${fr[3]}-${fr[2]!.padStart(2, '0')}-${fr[1]!.padStart(2, '0')}`)} ?`;
  }
  if (colonne === 'id' && valeur.trim() !== '' && valeur.trim() !== valeur) {
    return `${message} Vouliez-vous dire ${cite(valeur.trim())} ?`;
  }
  // The schema's messages are written for YAML files; quotes mean nothing in a CSV cell.
  return message.replace(/", entre guillemets\)/g, '")');
}
