/**
 * French telephone numbers: contributors write them in many ways (« 02 31 12 34 56 »,
 * « 02.31.12.34.56 », « +33 (0)2 31 12 34 56 », « 0033231123456 »); the site stores one
 * canonical form, the international form required by the national standard
 * (`^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)(\d){6,9}$`), and displays
 * the national form grouped by two digits.
 */

/** Overseas national prefixes (after the leading 0) and their country code. */
const PREFIXES_OUTRE_MER: ReadonlyArray<readonly [string, string]> = [
  ['262', '+262'],
  ['263', '+262'],
  ['692', '+262'],
  ['693', '+262'],
  ['269', '+262'],
  ['639', '+262'],
  ['590', '+590'],
  ['690', '+590'],
  ['691', '+590'],
  ['594', '+594'],
  ['694', '+594'],
  ['596', '+596'],
  ['696', '+596'],
  ['697', '+596'],
];

const INDICATIFS = ['+33', '+590', '+594', '+262', '+596', '+269', '+687', '+689', '+508', '+681'];

/** Pattern of the standard for the `telephone` column. */
export const MOTIF_TELEPHONE_STANDARD = /^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)(\d){6,9}$/;

/**
 * Returns the canonical international form of a French number, or `null` when the text is
 * not a French telephone number that the standard can hold.
 */
export function normaliserTelephone(saisie: string): string | null {
  let texte = saisie
    .trim()
    .replace(/\(0\)/g, '')
    .replace(/[\s.\-()/\u00a0\u202f]/g, '');
  if (texte.startsWith('00')) texte = `+${texte.slice(2)}`;
  // « +33 596… » is a Martinique number written with the mainland code: it is the national
  // number 0596…, whose country code is +596.
  if (/^\+33[1-9]\d{8}$/.test(texte)) texte = `0${texte.slice(3)}`;
  if (/^0[1-9]\d{8}$/.test(texte)) {
    const national = texte.slice(1);
    const outreMer = PREFIXES_OUTRE_MER.find(([prefixe]) => national.startsWith(prefixe));
    texte = outreMer ? `${outreMer[1]}${national}` : `+33${national}`;
  }
  if (!MOTIF_TELEPHONE_STANDARD.test(texte)) return null;
  // Metropolitan numbers always have 9 digits after +33.
  if (texte.startsWith('+33') && texte.length !== 12) return null;
  return texte;
}

/** Displays a canonical number the French way: « 02 31 12 34 56 ». */
export function formaterTelephone(canonique: string): string {
  const indicatif = INDICATIFS.find((i) => canonique.startsWith(i));
  if (!indicatif) return canonique;
  const reste = canonique.slice(indicatif.length);
  if (reste.length === 9 && (indicatif === '+33' || ['+262', '+590', '+594', '+596'].includes(indicatif))) {
    return `0${reste}`.replace(/(\d{2})(?=\d)/g, '$1 ');
  }
  return `${indicatif} ${reste.replace(/(\d{2})(?=\d)/g, '$1 ')}`;
}
