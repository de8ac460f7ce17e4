import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decoderFichier } from '../../../src/lib/import/encodage.ts';

const fixture = (nom: string) => new Uint8Array(readFileSync(new URL(`../fixtures/import/${nom}`, import.meta.url)));
const utf8 = (texte: string) => new TextEncoder().encode(texte);

describe('decoderFichier', () => {
  it('lit l’UTF-8 sans avertissement, avec ou sans marque (BOM)', () => {
    expect(decoderFichier(utf8('nom\nMédiathèque'))).toEqual({ ok: true, texte: 'nom\nMédiathèque', encodage: 'utf-8', avertissements: [] });
    expect(decoderFichier(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('é')]))).toMatchObject({ ok: true, texte: 'é', encodage: 'utf-8' });
  });

  it('convertit un fichier Windows-1252 (Excel sous Windows) avec un avertissement qui montre un mot converti', () => {
    const lecture = decoderFichier(fixture('windows-1252.csv'));
    const attendu = readFileSync(new URL('../fixtures/import/lieux-calvados-v1.csv', import.meta.url), 'utf8');
    expect(lecture).toMatchObject({ ok: true, encodage: 'windows-1252', texte: attendu });
    if (!lecture.ok) return;
    expect(lecture.avertissements).toHaveLength(1);
    expect(lecture.avertissements[0]).toContain("le fichier n'est pas en UTF-8 (octets invalides dès la ligne 2)");
    expect(lecture.avertissements[0]).toContain('ligne 2 : « Médiathèque »');
    expect(lecture.avertissements[0]).toContain('« CSV UTF-8');
  });

  it('s’arrête avec un message clair quand l’encodage n’est ni UTF-8 ni Windows-1252', () => {
    const lecture = decoderFichier(fixture('encodage-inconnu.csv'));
    expect(lecture.ok).toBe(false);
    if (lecture.ok) return;
    expect(lecture.message).toContain("n'a pas pu être reconnu sans risque");
    expect(lecture.message).toContain('--encodage=windows-1252');
  });

  it('refuse un texte DOS (code page 850) lu de travers plutôt que de le convertir en symboles', () => {
    // « Médiathèque numérique à Caen » in code page 850: é = 0x82, è = 0x8a, à = 0x85.
    const octets = new Uint8Array([
      ...utf8('nom\nM'),
      0x82,
      ...utf8('diath'),
      0x8a,
      ...utf8('que num'),
      0x82,
      ...utf8('rique '),
      0x85,
      ...utf8(' Caen caf'),
      0x82,
      ...utf8(' caf'),
      0x82,
    ]);
    expect(decoderFichier(octets).ok).toBe(false);
  });

  it.each([
    ['un classeur .xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'classeur'],
    ['de l’UTF-16 sans marque', new Uint8Array([0x6e, 0x00, 0x6f, 0x00, 0x6d, 0x00]), 'octets nuls'],
    ['de l’UTF-8 abîmé derrière une marque UTF-8', new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xe9, 0x0a]), 'abîmé'],
  ])('refuse %s', (_nom, octets, motCle) => {
    const lecture = decoderFichier(octets);
    expect(lecture.ok).toBe(false);
    if (!lecture.ok) expect(lecture.message).toContain(motCle);
  });

  it('lit l’UTF-16 avec marque (« Texte Unicode » des tableurs) en prévenant', () => {
    const texte = 'id,nom\nx,Médiathèque';
    const octets = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...texte].map((c) => c.charCodeAt(0))).buffer)]);
    const lecture = decoderFichier(octets);
    expect(lecture).toMatchObject({ ok: true, texte, encodage: 'utf-16le' });
  });

  it('signale un texte converti deux fois (« Ã© » au lieu de « é »)', () => {
    const lecture = decoderFichier(utf8('nom\nMÃ©diathÃ¨que'));
    expect(lecture.ok && lecture.avertissements[0]).toContain('converti deux fois');
  });

  it('applique l’encodage imposé par --encodage sans rien deviner', () => {
    expect(decoderFichier(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'windows-1252')).toEqual({
      ok: true,
      texte: 'café',
      encodage: 'windows-1252',
      avertissements: [],
    });
  });
});
