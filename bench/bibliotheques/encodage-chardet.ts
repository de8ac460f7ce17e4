/**
 * `encodage.ts` réécrit avec chardet (détection) et iconv-lite (décodage) : mêmes messages
 * que le projet, mais l'encodage d'un fichier qui n'est pas de l'UTF-8 valide est celui que
 * chardet juge le plus probable, décodé par iconv-lite. Les refus qui ne sont pas de la
 * détection (classeur, octets nuls, marque UTF-8 suivie d'octets invalides) restent ceux du
 * projet, qui n'ont pas d'équivalent dans ces bibliothèques.
 */
import * as maison from '../../src/lib/import/encodage.ts';
import { importer } from './paquets.ts';

const chardet = await importer<{ detect(octets: Uint8Array): string | null }>('chardet');
const iconv = await importer<{ decode(octets: Buffer, encodage: string): string; encodingExists(e: string): boolean }>('iconv-lite');

export const { ENCODAGES } = maison;
export type Encodage = maison.Encodage;

const VERS_PROJET: Record<string, maison.Encodage> = {
  'UTF-8': 'utf-8',
  'windows-1252': 'windows-1252',
  'ISO-8859-1': 'windows-1252',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
};

export function decoderFichier(octets: Uint8Array, force?: maison.Encodage): maison.LectureTexte {
  const projet = maison.decoderFichier(octets, force);
  // Marque, classeur, octets nuls, UTF-8 valide, encodage imposé : rien à détecter.
  if (force || (projet.ok && projet.encodage !== 'windows-1252') || (!projet.ok && !projet.message.includes("n'a pas pu être reconnu"))) return projet;
  const detecte = chardet.detect(octets);
  const encodage = detecte ? VERS_PROJET[detecte] : undefined;
  if (!detecte || !encodage || !iconv.encodingExists(detecte)) {
    return {
      ok: false,
      message: `le fichier n'est pas en UTF-8 et chardet y voit « ${detecte ?? 'rien'} », un encodage que l'import ne prend pas : rien n'a été importé.`,
    };
  }
  const texte = iconv.decode(Buffer.from(octets), detecte);
  return {
    ok: true,
    texte,
    encodage,
    avertissements: projet.ok ? projet.avertissements : [`le fichier a été lu comme du ${detecte} (encodage détecté par chardet).`],
  };
}
