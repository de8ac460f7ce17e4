/*
 * Gardé face à chardet 2.2.0 + iconv-lite 0.7.3 (`npm run bench:bibliotheques`, 2 décembre 2026) :
 * chardet devine toujours un encodage, si bien que le fichier en code page DOS 850 et celui
 * d'encodage inconnu sont convertis en symboles au lieu d'être refusés (2 tests sur 38
 * échouent) ; et un fichier Windows-1252 de 20 000 lignes se lit en 66 à 223 ms ici, contre
 * 0,9 à 2,4 s avec chardet + iconv-lite. TextDecoder, fourni par Node et les navigateurs, suffit
 * pour décoder.
 */
/**
 * Character encoding of an imported file. The standard requires UTF-8, but files saved by a
 * spreadsheet under Windows are often in Windows-1252 (« ANSI », a superset of Latin-1). Such a
 * file is converted when the result looks like French text, with a warning that shows a
 * converted word so that the user can check it; anything else stops the import with a message
 * that says how to save the file in UTF-8. Nothing is guessed silently.
 */

export const ENCODAGES = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type Encodage = (typeof ENCODAGES)[number];

export type LectureTexte = { ok: true; texte: string; encodage: Encodage; avertissements: string[] } | { ok: false; message: string };

const CONSEIL_UTF8 =
  'Enregistrez le fichier au format « CSV UTF-8 » (Excel : Fichier › Enregistrer sous › « CSV UTF-8 (délimité par des virgules) » ; LibreOffice : Enregistrer sous › Texte CSV, jeu de caractères « Unicode (UTF-8) »).';

/** Non-ASCII characters that are not letters but are common in French text. */
const PONCTUATION_COURANTE = new Set('«»’‘“”–—…€°\u00a0\u202f·²³ºª§©®±×÷¼½¾µ£¥¢¡¿¤´¨¸¯¬¦¹'.split(''));

/** Decodes a file's bytes. `force` skips detection (command-line option `--encodage`). */
export function decoderFichier(octets: Uint8Array, force?: Encodage): LectureTexte {
  if (octets[0] === 0x50 && octets[1] === 0x4b && octets[2] === 0x03 && octets[3] === 0x04) {
    return { ok: false, message: `le fichier est un classeur (.xlsx, .ods) ou une archive, pas un fichier CSV. ${CONSEIL_UTF8}` };
  }
  if (force) return { ok: true, texte: new TextDecoder(force).decode(octets), encodage: force, avertissements: [] };

  if (octets[0] === 0xef && octets[1] === 0xbb && octets[2] === 0xbf) {
    const lecture = decoderUtf8(octets.subarray(3));
    if (lecture.ok) return lecture;
    return {
      ok: false,
      message: `le fichier commence par la marque UTF-8 mais contient des octets invalides en UTF-8 (ligne ${premiereLigneInvalideUtf8(octets.subarray(3))}) : il a sans doute été abîmé par une conversion. ${CONSEIL_UTF8}`,
    };
  }
  if ((octets[0] === 0xff && octets[1] === 0xfe) || (octets[0] === 0xfe && octets[1] === 0xff)) {
    const encodage: Encodage = octets[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return {
      ok: true,
      texte: new TextDecoder(encodage).decode(octets.subarray(2)),
      encodage,
      avertissements: [
        `le fichier est en ${encodage.toUpperCase()} (« Texte Unicode » des tableurs) et non en UTF-8 comme le demande le standard : il a été converti sans perte. ${CONSEIL_UTF8}`,
      ],
    };
  }
  if (octets.includes(0)) {
    return {
      ok: false,
      message: `le fichier contient des octets nuls : ce n'est pas un fichier texte, ou il est en UTF-16 sans marque d'encodage. ${CONSEIL_UTF8}`,
    };
  }
  const utf8 = decoderUtf8(octets);
  if (utf8.ok) return utf8;

  const texte = new TextDecoder('windows-1252').decode(octets);
  const ligneInvalide = premiereLigneInvalideUtf8(octets);
  if (/[\u0080-\u009f]/.test(texte) || !ressembleATexteFrancais(texte)) {
    return {
      ok: false,
      message: `le fichier n'est pas en UTF-8 (octets invalides dès la ligne ${ligneInvalide}) et son encodage n'a pas pu être reconnu sans risque (ni UTF-8, ni Windows-1252/Latin-1). Rien n'a été importé. ${CONSEIL_UTF8} Si vous connaissez l'encodage, indiquez-le avec --encodage=windows-1252.`,
    };
  }
  const exemple = premierMotAccentue(texte);
  return {
    ok: true,
    texte,
    encodage: 'windows-1252',
    avertissements: [
      `le fichier n'est pas en UTF-8 (octets invalides dès la ligne ${ligneInvalide}) : il a été lu comme du Windows-1252 (Latin-1, l'encodage des tableurs sous Windows) et converti en UTF-8. Vérifiez les accents${exemple ? `, par exemple ligne ${exemple.ligne} : ${exemple.mot}` : ''}. ${CONSEIL_UTF8}`,
    ],
  };
}

function decoderUtf8(octets: Uint8Array): LectureTexte {
  let texte: string;
  try {
    texte = new TextDecoder('utf-8', { fatal: true }).decode(octets);
  } catch {
    return { ok: false, message: 'UTF-8 invalide' };
  }
  const avertissements: string[] = [];
  // « Ã© » for « é »: UTF-8 read as Windows-1252 and saved again. It cannot be fixed safely
  // in general, so it is shown rather than silently kept.
  const double = /Ã[\u00a0-\u00bf]|Ã[€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/.exec(texte);
  if (double) {
    const ligne = texte.slice(0, double.index).split('\n').length;
    avertissements.push(
      `le texte contient « ${double[0]} » (ligne ${ligne}) : le fichier semble avoir été converti deux fois (« Ã© » au lieu de « é »). Vérifiez les accents dans le fichier d'origine.`,
    );
  }
  return { ok: true, texte, encodage: 'utf-8', avertissements };
}

/** Line (1-based) of the first byte sequence that is not valid UTF-8. */
function premiereLigneInvalideUtf8(octets: Uint8Array): number {
  let ligne = 1;
  let i = 0;
  while (i < octets.length) {
    const o = octets[i]!;
    if (o === 0x0a) ligne++;
    if (o < 0x80) {
      i++;
      continue;
    }
    const longueur = o >= 0xf0 && o <= 0xf4 ? 4 : o >= 0xe0 ? 3 : o >= 0xc2 && o <= 0xdf ? 2 : 0;
    if (longueur === 0 || o > 0xf4) return ligne;
    for (let k = 1; k < longueur; k++) {
      const suite = octets[i + k];
      if (suite === undefined || (suite & 0xc0) !== 0x80) return ligne;
    }
    i += longueur;
  }
  return ligne;
}

/**
 * True when the non-ASCII characters are mostly letters or usual French punctuation: a file
 * in another code page (DOS 850, Mac Roman…) read as Windows-1252 gives odd symbols instead.
 */
function ressembleATexteFrancais(texte: string): boolean {
  let nonAscii = 0;
  let etranges = 0;
  for (const c of texte) {
    if (c.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (!/\p{L}/u.test(c) && !PONCTUATION_COURANTE.has(c)) etranges++;
  }
  return nonAscii === 0 || etranges / nonAscii < 0.2;
}

function premierMotAccentue(texte: string): { ligne: number; mot: string } | undefined {
  const m = /[^\s,;"|]*[^\x00-\x7f][^\s,;"|]*/.exec(texte);
  if (!m) return undefined;
  return { ligne: texte.slice(0, m.index).split('\n').length, mot: `« ${m[0]} »` };
}
