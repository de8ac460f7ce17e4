/**
 * Round trip between the site's content and the standard's CSV: importing the export gives
 * back the content, and exporting an import gives back the CSV's values.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lireCsv } from '../../../src/lib/commun/csv.ts';
import { csvStandard, type LieuPourExport } from '../../../src/lib/donnees-ouvertes/export-standard.ts';
import { lireFrontmatter } from '../../../src/lib/contenu/frontmatter.ts';
import { analyserImport } from '../../../src/lib/import/import-lieux.ts';
import { schemaLieu, type LieuSaisi } from '../../../src/lib/contenu/schemas/lieu.ts';
import { validerCsvStandard } from '../../../src/lib/standard/schema-publie.ts';
import { arbLieux, CONTEXTE_CALVADOS } from '../outils/generateurs.ts';

const schema = schemaLieu(CONTEXTE_CALVADOS);

/** Imports a CSV text into an empty folder and reads back the files it would write. */
function importer(csv: string): LieuPourExport[] {
  const analyse = analyserImport({ texte: csv, contexte: CONTEXTE_CALVADOS, existants: [] });
  expect(analyse.fatal).toBeUndefined();
  expect(analyse.rejets).toEqual([]);
  return analyse.operations.map((op) => {
    const lecture = lireFrontmatter(op.contenu);
    if (!lecture.ok) throw new Error(lecture.message);
    return { donnees: schema.parse(lecture.donnees), corps: lecture.corps };
  });
}

describe('aller-retour contenu → CSV → contenu', () => {
  it('importer l’export redonne le contenu (lieux générés)', () => {
    fc.assert(
      fc.property(arbLieux(6), (generes) => {
        const contenu: LieuPourExport[] = generes.map((g) => ({ donnees: schema.parse(g.front), corps: g.corps }));
        const csv = csvStandard(contenu);
        expect(validerCsvStandard(csv).erreurs).toEqual([]);
        const importes = importer(csv);
        const parId = (lieux: LieuPourExport[]) => new Map(lieux.map((l) => [l.donnees.id, { donnees: l.donnees, corps: (l.corps ?? '').trim() }]));
        expect(parId(importes)).toEqual(parId(contenu));
        // And exporting that import gives the same file, byte for byte.
        expect(csvStandard(importes)).toBe(csv);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('exporter un import redonne les valeurs du CSV importé (fichier au standard)', () => {
    const source = readFileSync(new URL('../fixtures/import/lieux-calvados-v1.csv', import.meta.url), 'utf8');
    const avant = lireCsv(source);
    const apres = lireCsv(csvStandard(importer(source)));
    expect(apres.entete).toEqual(avant.entete);
    const parId = (lignes: { valeurs: string[] }[]) => new Map(lignes.map((l) => [l.valeurs[0], l.valeurs]));
    expect(parId(apres.enregistrements)).toEqual(parId(avant.enregistrements));
  });

  it('exporter un import redonne les valeurs du CSV importé (lignes générées, y compris des cellules mal écrites mais valides)', () => {
    fc.assert(
      fc.property(arbLieux(5), fc.boolean(), (generes, pointVirgule) => {
        const contenu: LieuPourExport[] = generes.map((g) => ({ donnees: schema.parse(g.front) as LieuSaisi, corps: g.corps }));
        let csv = csvStandard(contenu);
        // The same values written by a French spreadsheet: « ; » between columns.
        if (pointVirgule)
          csv = lireCsv(csv).enregistrements.reduce(
            (t, e) => `${t}${e.valeurs.map((v) => `"${v.replaceAll('"', '""')}"`).join(';')}\n`,
            `${lireCsv(csv).entete.join(';')}\n`,
          );
        const valeurs = (texte: string) => new Map(lireCsv(texte).enregistrements.map((e) => [e.valeurs[0], e.valeurs]));
        expect(valeurs(csvStandard(importer(csv)))).toEqual(valeurs(csv));
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
