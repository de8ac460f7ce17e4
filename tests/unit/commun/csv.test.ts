import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { champCsv, detecterSeparateur, ecrireCsv, ErreurCsv, lireCsv } from '../../../src/lib/commun/csv.ts';

describe('lireCsv', () => {
  it('lit les champs entre guillemets, les guillemets doublés et les retours à la ligne, avec la ligne de début de chaque enregistrement', () => {
    const texte = 'a,b,c\r\n1,"deux, trois","il dit ""bonjour"""\r\n2,"sur\ndeux lignes",x\r\n3,,\r\n';
    const lecture = lireCsv(texte);
    expect(lecture.entete).toEqual(['a', 'b', 'c']);
    expect(lecture.enregistrements).toEqual([
      { ligne: 2, valeurs: ['1', 'deux, trois', 'il dit "bonjour"'] },
      { ligne: 3, valeurs: ['2', 'sur\ndeux lignes', 'x'] },
      { ligne: 5, valeurs: ['3', '', ''] },
    ]);
  });

  it.each([
    ['LF', 'a,b\n1,2\n3,4'],
    ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n'],
    ['CR', 'a,b\r1,2\r3,4\r'],
    ['marque UTF-8 (BOM)', '\ufeffa,b\n1,2\n3,4\n'],
    ['lignes vides', '\na,b\n\n1,2\n   \n3,4\n\n'],
  ])('accepte les fins de ligne et les variantes des tableurs : %s', (_nom, texte) => {
    const lecture = lireCsv(texte);
    expect(lecture.entete).toEqual(['a', 'b']);
    expect(lecture.enregistrements.map((e) => e.valeurs)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('compte les lignes comme un éditeur de texte, même après des lignes vides', () => {
    const lecture = lireCsv('\na,b\n\n1,2\n');
    expect(lecture.ligneEntete).toBe(2);
    expect(lecture.enregistrements[0]!.ligne).toBe(4);
  });

  it('arrête la lecture sur un guillemet jamais refermé, en nommant la ligne où il s’ouvre', () => {
    expect(() => lireCsv('a,b\n1,2\n3,"quatre\n5,6\n')).toThrow(ErreurCsv);
    expect(() => lireCsv('a,b\n1,2\n3,"quatre\n5,6\n')).toThrow(/ligne 3 : un guillemet/);
  });

  it.each([
    ['a,b,c\n1,2,3', ','],
    ['a;b;c\n1;2;3', ';'],
    ['a\tb\tc\n1\t2\t3', '\t'],
    ['"nom; avec point-virgule",b,c\n1,2,3', ','],
    ['\n\na;b\n1;2', ';'],
    ['seule\n1', ','],
  ])('détecte le séparateur de %j', (texte, attendu) => {
    expect(detecterSeparateur(texte)).toBe(attendu);
  });
});

describe('écriture', () => {
  it.each([
    ['simple', 'simple'],
    ['a,b', '"a,b"'],
    ['il dit "oui"', '"il dit ""oui"""'],
    ['deux\nlignes', '"deux\nlignes"'],
    [' espace', '" espace"'],
    ['Mo-Fr 09:00-12:00; Sa 10:00-12:00', 'Mo-Fr 09:00-12:00; Sa 10:00-12:00'],
    ['', ''],
  ])('met entre guillemets seulement ce qui le demande : %j', (valeur, attendu) => {
    expect(champCsv(valeur)).toBe(attendu);
  });

  it('termine chaque ligne par CRLF (RFC 4180)', () => {
    expect(
      ecrireCsv([
        ['a', 'b'],
        ['1', '2,3'],
      ]),
    ).toBe('a,b\r\n1,"2,3"\r\n');
  });

  it('relit exactement ce qu’elle écrit, quelles que soient les valeurs', () => {
    const cellule = fc.string({ unit: fc.constantFrom('a', 'é', ',', ';', '"', '\n', '\r', ' ', '|', '«', '\t') });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) => fc.array(fc.array(cellule, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 6 })),
        (lignes) => {
          // A one-column row whose only cell is blank is a blank line for any CSV reader.
          fc.pre(lignes.every((l) => l.length > 1 || l[0]!.trim() !== ''));
          const lecture = lireCsv(ecrireCsv(lignes), ',');
          expect([lecture.entete, ...lecture.enregistrements.map((e) => e.valeurs)]).toEqual(lignes);
        },
      ),
    );
  });
});
