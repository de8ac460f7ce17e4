/**
 * One source for the allowed values of each column: `LISTES_DE_VALEURS` (lib/standard/valeurs.ts).
 * The schema, the import, the filters and the tests' generators derive from it; these tests fail
 * when one of them gets its own copy back, either by comparing what they use with the map or by
 * reading the source files for a restated list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as valeurs from '../../../src/lib/standard/valeurs.ts';
import { COLONNES, COLONNES_A_LISTE, COLONNES_MULTIPLES, LISTES_DE_VALEURS, LISTES_DES_FILTRES, listeDe } from '../../../src/lib/standard/valeurs.ts';
import { COLONNE_ACCES_LIBRE, FACETTES } from '../../../src/lib/lieux/filtres.ts';
import { decrireChamps } from '../../../src/lib/contenu/introspection.ts';
import { formeSchema } from '../../../src/lib/contribution/champs.ts';
import { analyserImport } from '../../../src/lib/import/import-lieux.ts';
import { ecrireCsv } from '../../../src/lib/commun/csv.ts';
import { arbLieu, CONTEXTE_CALVADOS } from '../outils/generateurs.ts';

const RACINE = join(import.meta.dirname, '../../..');

describe('la carte des listes de valeurs du standard', () => {
  it('ne nomme que des colonnes du standard, dans leur ordre', () => {
    expect(COLONNES_A_LISTE).toEqual(COLONNES.filter((c) => c in LISTES_DE_VALEURS));
  });

  it('donne les colonnes multiples : les listes fermées multiples et les textes en liste', () => {
    for (const c of COLONNES_A_LISTE) expect(COLONNES_MULTIPLES.includes(c)).toBe(LISTES_DE_VALEURS[c].multiple);
    expect(COLONNES_MULTIPLES.filter((c) => listeDe(c) === undefined)).toEqual(['courriels', 'site_web', 'autres_formations_labels']);
  });

  it('a des listes sans doublon', () => {
    for (const c of COLONNES_A_LISTE) expect(new Set(LISTES_DE_VALEURS[c].valeurs).size).toBe(LISTES_DE_VALEURS[c].valeurs.length);
  });
});

describe('ce qui dérive de la carte', () => {
  it('les filtres de l’annuaire utilisent les listes mêmes de la carte (le même tableau)', () => {
    for (const [colonne, liste] of Object.entries(LISTES_DES_FILTRES)) expect(LISTES_DE_VALEURS[colonne as keyof typeof LISTES_DES_FILTRES]).toBe(liste);
    // The accessibility facet is the only one not from a closed list: its value is « the link is given ».
    const standard = FACETTES.flatMap((f) => (f.colonne === COLONNE_ACCES_LIBRE ? [] : [f.colonne]));
    for (const colonne of standard) expect(FACETTES.find((f) => f.colonne === colonne)!.valeurs).toBe(LISTES_DE_VALEURS[colonne].valeurs);
    expect(standard.sort()).toEqual(COLONNES_A_LISTE.filter((c) => c !== 'typologie').sort());
    expect(FACETTES.filter((f) => f.colonne === COLONNE_ACCES_LIBRE)).toHaveLength(1);
  });

  it('le schéma d’un lieu a un choix par colonne de la carte, avec ses valeurs, en liste si elle est multiple', () => {
    const champs = decrireChamps(formeSchema('lieux'));
    const choix = Object.keys(champs).filter((nom) => champs[nom]!.nature === 'choix');

    expect(choix).toEqual(COLONNES_A_LISTE);
    for (const c of COLONNES_A_LISTE) {
      expect(champs[c]!.valeurs).toEqual(LISTES_DE_VALEURS[c].valeurs);
      expect(champs[c]!.liste).toBe(LISTES_DE_VALEURS[c].multiple);
    }
  });

  it('l’import accepte toutes les valeurs de la carte, et rien d’autre', () => {
    const fixes = {
      id: 'lieu-test',
      pivot: '21140118500017',
      nom: 'Lieu de test',
      commune: 'Caen',
      code_postal: '14000',
      adresse: '1 rue de la Paix',
      date_maj: '2026-01-15',
    };
    const entete = [...Object.keys(fixes), ...COLONNES_A_LISTE];
    const toutes = [...Object.values(fixes), ...COLONNES_A_LISTE.map((c) => LISTES_DE_VALEURS[c].valeurs.join('|'))];
    const accepte = analyserImport({ texte: ecrireCsv([entete, toutes]), contexte: CONTEXTE_CALVADOS, existants: [] });

    expect(accepte.rejets).toEqual([]);
    expect(accepte.operations).toHaveLength(1);
    for (const c of COLONNES_A_LISTE) expect(accepte.operations[0]!.contenu).toContain(JSON.stringify(LISTES_DE_VALEURS[c].valeurs.at(-1)).slice(1, -1));

    const inconnues = [...Object.values(fixes), ...COLONNES_A_LISTE.map(() => 'Valeur inventée')];
    const refuse = analyserImport({ texte: ecrireCsv([entete, inconnues]), contexte: CONTEXTE_CALVADOS, existants: [] });
    expect(refuse.rejets[0]!.problemes.map((p) => p.colonne)).toEqual(COLONNES_A_LISTE);
  });

  it('les lieux générés pour les tests tirent leurs valeurs de la carte, pour chaque colonne', () => {
    const vues = new Set<string>();
    for (const { front } of fc.sample(arbLieu, { numRuns: 200, seed: 14 })) {
      for (const c of COLONNES_A_LISTE) {
        if (front[c] === undefined) continue;
        vues.add(c);
        for (const v of front[c] as string[]) expect(LISTES_DE_VALEURS[c].valeurs).toContain(v);
      }
    }
    expect([...vues].sort()).toEqual([...COLONNES_A_LISTE].sort());
  });
});

/* ------------------------------------------------------------------------------------------ */
/* No copy in the source                                                                       */
/* ------------------------------------------------------------------------------------------ */

/** Names under which valeurs.ts exports the lists of the map (SERVICES, FRAIS, CODES_TYPOLOGIE…). */
const NOMS_DES_LISTES = new Set(
  Object.entries(valeurs)
    .filter(([, v]) => COLONNES_A_LISTE.some((c) => LISTES_DE_VALEURS[c].valeurs === v))
    .map(([nom]) => nom),
);

/**
 * Restated lists in a TypeScript text: an array literal holding every value of a list of the map,
 * or two or more columns of the map paired with a list constant, which is the map written again:
 * as an object (`services: SERVICES`, `frais_a_charge: liste(valeurDe(FRAIS, …))`) or as calls
 * (`facette('services', SERVICES)`, `facette('frais_a_charge', FRAIS)`).
 */
function recopies(texte: string, nomFichier = 'fichier.ts'): string[] {
  const source = ts.createSourceFile(nomFichier, texte, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const trouvees: string[] = [];
  const ligne = (n: ts.Node) => source.getLineAndCharacterOfPosition(n.getStart()).line + 1;
  const nommeUneListe = (n: ts.Node): boolean =>
    (ts.isIdentifier(n) && NOMS_DES_LISTES.has(n.text)) || ts.forEachChild(n, (e) => nommeUneListe(e) || undefined) === true;
  const visiter = (n: ts.Node): void => {
    if (ts.isArrayLiteralExpression(n)) {
      const litteraux = new Set(n.elements.filter(ts.isStringLiteralLike).map((e) => e.text));
      for (const c of COLONNES_A_LISTE) {
        if (LISTES_DE_VALEURS[c].valeurs.every((v) => litteraux.has(v))) trouvees.push(`ligne ${ligne(n)} : les valeurs de ${c} recopiées en tableau`);
      }
    }
    if (ts.isObjectLiteralExpression(n)) {
      const colonnes = n.properties.filter(
        (p): p is ts.PropertyAssignment =>
          ts.isPropertyAssignment(p) &&
          (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) &&
          p.name.text in LISTES_DE_VALEURS &&
          nommeUneListe(p.initializer),
      );
      if (colonnes.length >= 2)
        trouvees.push(`ligne ${ligne(n)} : la correspondance colonne → liste recopiée (${colonnes.map((p) => (p.name as ts.Identifier).text).join(', ')})`);
    }
    if (ts.isCallExpression(n) && n.arguments.some(nommeUneListe)) {
      const colonne = n.arguments.find((a): a is ts.StringLiteralLike => ts.isStringLiteralLike(a) && a.text in LISTES_DE_VALEURS);
      if (colonne) appels.push(`${colonne.text} (ligne ${ligne(n)})`);
    }
    ts.forEachChild(n, visiter);
  };
  const appels: string[] = [];
  visiter(source);
  if (appels.length >= 2) trouvees.push(`la correspondance colonne → liste recopiée en appels : ${appels.join(', ')}`);
  return trouvees;
}

/** The TypeScript of a file: the whole file, or the front matter and scripts of an `.astro` page. */
function codeDe(chemin: string): string {
  const texte = readFileSync(chemin, 'utf8');
  if (!chemin.endsWith('.astro')) return texte;
  const entete = /^---\r?\n([\s\S]*?)\r?\n---/.exec(texte)?.[1] ?? '';
  const scripts = [...texte.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [entete, ...scripts].join('\n;\n');
}

function fichiersDe(dossier: string): string[] {
  return readdirSync(join(RACINE, dossier), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro|mjs)$/.test(f))
    .map((f) => join(RACINE, dossier, f));
}

describe('aucune recopie des listes de valeurs', () => {
  it('le détecteur reconnaît une liste recopiée et une correspondance recopiée', () => {
    expect(recopies("const frais = ['Payant', 'Gratuit', 'Gratuit sous condition'];")).toHaveLength(1);
    expect(recopies('const v = { typologie: CODES_TYPOLOGIE, itinerance: ITINERANCES };')).toHaveLength(1);
    expect(recopies("const c = { services: liste(valeurDe(SERVICES, 'les services')), frais_a_charge: liste(valeurDe(FRAIS, 'les frais')) };")).toHaveLength(1);
    expect(recopies("const f = [facette('services', 'service', SERVICES), facette('frais_a_charge', 'frais', FRAIS)];")).toHaveLength(1);
    // A subset is another fact (the typologies of public services), and one column is a use.
    expect(recopies("const t = ['RFS', 'MSAP', 'CAF']; const r = { services: SERVICES.filter(Boolean) };")).toEqual([]);
  });

  it('ni src/, ni bench/, ni les tests ne recopient une liste ou la carte', () => {
    const exceptions = new Set([join(RACINE, 'src/lib/standard/valeurs.ts')]);
    const fichiers = [...fichiersDe('src'), ...fichiersDe('bench'), ...fichiersDe('tests')].filter((f) => !exceptions.has(f));
    expect(fichiers.length).toBeGreaterThan(100);

    const trouvees = fichiers.flatMap((f) => recopies(codeDe(f), f).map((r) => `${relative(RACINE, f)}, ${r}`));
    expect(trouvees).toEqual([]);
    // It reads every source file of the tree (about 1 s on an idle machine): the 5 s default
    // is too short when the machine is busy.
  }, 30_000);
});
