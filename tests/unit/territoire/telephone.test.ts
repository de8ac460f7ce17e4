import { describe, expect, it } from 'vitest';
import { formaterTelephone, MOTIF_TELEPHONE_STANDARD, normaliserTelephone } from '../../../src/lib/territoire/telephone.ts';

describe('normaliserTelephone', () => {
  it.each([
    ['02 31 12 34 56', '+33231123456'],
    ['02.31.12.34.56', '+33231123456'],
    ['02-31-12-34-56', '+33231123456'],
    ['0231123456', '+33231123456'],
    ['+33 2 31 12 34 56', '+33231123456'],
    ['+33 (0)2 31 12 34 56', '+33231123456'],
    ['0033 2 31 12 34 56', '+33231123456'],
    ['06 12 34 56 78', '+33612345678'],
    // 0639 is Mayotte's mobile prefix (+262 639), which holds ARCEP's range for fiction.
    ['06 39 98 12 34', '+262639981234'],
    ['02 62 12 34 56', '+262262123456'],
    ['0590 12 34 56', '+590590123456'],
    ['+33231123456', '+33231123456'],
  ])('%s → %s', (saisie, attendu) => {
    const canonique = normaliserTelephone(saisie);

    expect(canonique).toBe(attendu);
    expect(canonique).toMatch(MOTIF_TELEPHONE_STANDARD);
  });

  it.each(['12 34', '3949', '02 31 12 34', '+33 2 31 12 34 56 78', 'téléphone', '+44 20 7946 0958', '00 31 12 34 56'])('refuse %s', (saisie) => {
    expect(normaliserTelephone(saisie)).toBeNull();
  });
});

describe('formaterTelephone', () => {
  it.each([
    ['+33231123456', '02 31 12 34 56'],
    ['+262639981234', '06 39 98 12 34'],
    ['+262262123456', '02 62 12 34 56'],
    ['+687123456', '+687 12 34 56'],
  ])('%s → %s', (canonique, attendu) => {
    expect(formaterTelephone(canonique)).toBe(attendu);
  });
});

describe('+33 suivi d’un préfixe d’outre-mer', () => {
  it.each([
    ['+33596123456', '+596596123456', '05 96 12 34 56'], // Martinique, fixe
    ['+33 6 96 12 34 56', '+596696123456', '06 96 12 34 56'], // Martinique, mobile
    ['+33590123456', '+590590123456', '05 90 12 34 56'], // Guadeloupe
    ['+33 (0)690 12 34 56', '+590690123456', '06 90 12 34 56'],
    ['0033 594 12 34 56', '+594594123456', '05 94 12 34 56'], // Guyane
    ['+33694123456', '+594694123456', '06 94 12 34 56'],
    ['+33262123456', '+262262123456', '02 62 12 34 56'], // La Réunion
    ['+33692123456', '+262692123456', '06 92 12 34 56'],
    ['+33269612345', '+262269612345', '02 69 61 23 45'], // Mayotte
    ['+33639123456', '+262639123456', '06 39 12 34 56'],
  ])('%s → %s, affiché %s', (saisie, canonique, affiche) => {
    expect(normaliserTelephone(saisie)).toBe(canonique);
    expect(formaterTelephone(normaliserTelephone(saisie)!)).toBe(affiche);
  });

  it('laisse les numéros de métropole en +33 et les indicatifs d’outre-mer tels quels', () => {
    expect(normaliserTelephone('+33 2 31 12 34 56')).toBe('+33231123456');
    expect(normaliserTelephone('+596 596 12 34 56')).toBe('+596596123456');
    expect(normaliserTelephone('+262 692 12 34 56')).toBe('+262692123456');
  });
});

describe('import d’un numéro d’outre-mer écrit en +33', () => {
  it('le range sous son indicatif et le signale, avec la forme affichée', async () => {
    const { analyserImport } = await import('../../../src/lib/import/import-lieux.ts');
    const { communesDuDepartement } = await import('../../../src/lib/territoire/communes.ts');
    const contexte = { communes: communesDuDepartement('972'), nomDepartement: 'Martinique (972)', aujourdhui: '2026-06-30' };
    const texte = 'id,pivot,nom,commune,code_postal,adresse,date_maj,telephone\na,W972001234,A,Fort-de-France,97200,1 rue A,2026-01-01,+33 596 12 34 56\n';
    const analyse = analyserImport({ texte, contexte, existants: [] });
    expect(analyse.rejets).toEqual([]);
    expect(analyse.operations[0]?.contenu).toContain('telephone: "+596596123456"');
    expect(analyse.conversions).toContainEqual({
      colonneSource: 'telephone',
      valeurSource: '+33 596 12 34 56',
      colonneCible: 'telephone',
      valeurCible: '+596596123456',
      raison: 'numéro d’outre-mer écrit avec l’indicatif +33 : son indicatif est +596 (affiché 05 96 12 34 56)',
      lignes: [2],
    });
  });
});
