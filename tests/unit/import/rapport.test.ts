import { describe, expect, it } from 'vitest';
import type { AnalyseImport } from '../../../src/lib/import/import-lieux.ts';
import { barreDeProgression, formaterConversion, rapportImport, resumeLignes, SEUIL_BARRE_TERMINAL, SEUIL_JOURNAL } from '../../../src/lib/import/rapport.ts';

const vide: AnalyseImport = {
  version: 'v1.0.x',
  separateur: ',',
  avertissements: [],
  conversions: [],
  operations: [],
  inchanges: [],
  rejets: [],
  nombreLignes: 0,
  lignesVides: 0,
};
const ctx = { fichier: 'lieux.csv', encodage: 'utf-8' as const, avertissementsLecture: [], simulation: false, ignorerRejets: false, ecrit: false };
const operation = (id: string, action: 'creation' | 'mise-a-jour') => ({
  ligne: 2,
  id,
  chemin: `content/lieux/${id}.md`,
  action,
  contenu: '',
  champsModifies: action === 'creation' ? [] : ['telephone'],
});

describe('rapport d’import', () => {
  it.each([
    [[2], 'ligne 2'],
    [[2, 5, 9], 'lignes 2, 5, 9'],
    [Array.from({ length: 1204 }, (_, i) => i + 2), 'lignes 2, 3, 4, 5, 6, 7, 8, 9… (1\u202f204 lignes)'],
  ])('résume les lignes %#', (lignes, texte) => {
    expect(resumeLignes(lignes)).toBe(texte);
  });

  it.each([
    [
      {
        colonneSource: 'services',
        valeurSource: 'Prendre en main un ordinateur',
        colonneCible: 'services',
        valeurCible: 'Maîtrise des outils numériques du quotidien',
        lignes: [2, 5],
      },
      'colonne services : « Prendre en main un ordinateur » (ancien standard v0.1) → « Maîtrise des outils numériques du quotidien » (lignes 2, 5)',
    ],
    [
      {
        colonneSource: 'labels_nationaux',
        valeurSource: 'CNFS',
        colonneCible: 'dispositif_programmes_nationaux',
        valeurCible: 'Conseillers numériques',
        lignes: [3],
      },
      'colonne labels_nationaux : « CNFS » (ancien standard v0.1) → dispositif_programmes_nationaux « Conseillers numériques » (ligne 3)',
    ],
    [
      { colonneSource: 'publics_accueillis', valeurSource: 'Adultes', colonneCible: null, raison: 'pas d’équivalent', lignes: [4] },
      'colonne publics_accueillis : « Adultes » ignorée : pas d’équivalent (ligne 4)',
    ],
    [
      {
        colonneSource: 'latitude',
        valeurSource: 'virgule décimale',
        colonneCible: 'latitude',
        raison: 'la virgule décimale a été remplacée par un point',
        lignes: [2],
      },
      'colonne latitude : la virgule décimale a été remplacée par un point (ligne 2)',
    ],
  ])('formate la conversion %#', (conversion, texte) => {
    expect(formaterConversion(conversion)).toBe(texte);
  });

  it('sans problème : bilan au passé et rappel de la vérification', () => {
    const analyse = {
      ...vide,
      nombreLignes: 3,
      operations: [operation('a', 'creation'), operation('b', 'creation'), operation('c', 'mise-a-jour')],
      inchanges: [{ ligne: 5, id: 'd', chemin: 'content/lieux/d.md' }],
    };
    expect(rapportImport(analyse, { ...ctx, ecrit: true })).toEqual([
      'Import de lieux.csv : 3 lignes de lieux, standard v1.0.x, séparateur virgule (« , »), encodage UTF-8.',
      '',
      'Lieu mis à jour (--update) :',
      '  ligne 2 : content/lieux/c.md (telephone)',
      '',
      'Bilan : 2 créés, 1 mis à jour, 1 inchangé, 0 rejeté.',
      'Fichiers écrits dans content/lieux/. Vérifiez-les avec npm run check:content, puis proposez-les en relecture.',
    ]);
  });

  it('avec des rejets : liste des problèmes, bilan au conditionnel, rien d’écrit', () => {
    const analyse: AnalyseImport = {
      ...vide,
      separateur: ';',
      nombreLignes: 2,
      operations: [operation('a', 'creation')],
      rejets: [{ ligne: 3, id: 'b', problemes: [{ ligne: 3, colonne: 'code_postal', valeur: '1000', message: '« 1000 » n’a que 4 chiffres' }] }],
    };
    const texte = rapportImport(analyse, { ...ctx, encodage: 'windows-1252', avertissementsLecture: ['le fichier n’est pas en UTF-8'] });
    expect(texte).toEqual([
      'Import de lieux.csv : 2 lignes de lieux, standard v1.0.x, séparateur point-virgule (« ; »), encodage WINDOWS-1252 converti en UTF-8.',
      '',
      'Avertissements :',
      '  • le fichier n’est pas en UTF-8',
      '',
      '1 ligne rejetée (1 problème) :',
      '  ligne 3, colonne code_postal : « 1000 » n’a que 4 chiffres',
      '',
      'Bilan : 1 à créer, 0 à mettre à jour, 0 inchangé, 1 rejeté.',
      'Aucun fichier n’a été écrit : corrigez les lignes rejetées puis relancez l’import, ou ajoutez --ignorer-rejets pour importer les autres lignes.',
    ]);
    const ignores = rapportImport(analyse, { ...ctx, ignorerRejets: true, ecrit: true });
    expect(ignores).toContain('Lignes ignorées (--ignorer-rejets) : 3 (b).');
    expect(ignores.at(-1)).toMatch(/^Fichiers écrits/);
    expect(rapportImport(analyse, { ...ctx, simulation: true }).at(-1)).toBe('Simulation (--dry-run) : aucun fichier n’a été écrit.');
  });

  it('un problème de fichier arrête tout', () => {
    expect(rapportImport({ ...vide, fatal: 'la colonne « id » est absente' }, ctx).slice(-2)).toEqual([
      'Import impossible : la colonne « id » est absente',
      'Aucun fichier n’a été écrit.',
    ]);
  });
});

describe('barre de progression', () => {
  function flux(isTTY: boolean) {
    const ecrit: string[] = [];
    return { isTTY, columns: 100, write: (t: string) => ecrit.push(t), ecrit };
  }

  it('rien pour un petit fichier, ni dans un terminal ni dans un journal', () => {
    for (const tty of [true, false]) {
      const f = flux(tty);
      const barre = barreDeProgression(f, SEUIL_BARRE_TERMINAL - 1, 'Vérification');
      barre.avancer(10);
      barre.terminer();
      expect(f.ecrit).toEqual([]);
    }
  });

  it('dans un terminal, une barre redessinée sur place, au plus toutes les 100 ms, puis un retour à la ligne', () => {
    const f = flux(true);
    let t = 0;
    const barre = barreDeProgression(f, 1000, 'Vérification', () => t);
    barre.avancer(0);
    t = 50;
    barre.avancer(400);
    t = 150;
    barre.avancer(500);
    barre.terminer();
    expect(f.ecrit).toHaveLength(4);
    expect(f.ecrit[0]).toBe(`\rVérification [${'░'.repeat(30)}]   0 % (0/1\u202f000)`);
    expect(f.ecrit[1]).toBe(`\rVérification [${'█'.repeat(15)}${'░'.repeat(15)}]  50 % (500/1\u202f000)`);
    expect(f.ecrit[2]).toBe(`\rVérification [${'█'.repeat(30)}] 100 % (1\u202f000/1\u202f000)`);
    expect(f.ecrit[3]).toBe('\n');
  });

  it('dans un journal (pas un terminal), une ligne tous les 10 % pour les gros fichiers seulement', () => {
    const f = flux(false);
    const barre = barreDeProgression(f, SEUIL_JOURNAL * 2, 'Vérification');
    for (let i = 0; i <= SEUIL_JOURNAL * 2; i += 200) barre.avancer(i);
    barre.terminer();
    expect(f.ecrit).toHaveLength(11);
    expect(f.ecrit[0]).toBe('Vérification : 0 % (0/10\u202f000)\n');
    expect(f.ecrit.at(-1)).toBe('Vérification : 100 % (10\u202f000/10\u202f000)\n');
  });
});
