/**
 * Each validation message ends with a link to the matching section of CONTRIBUTING.md, and
 * `check:content --format github` writes the same messages as GitHub Actions annotations.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ancreAide, cheminSansRang, fichierDeLAncre, cheminsConnus, formaterAvecAide, nomAideDuFichier } from '../../../src/lib/contenu/aide.ts';
import { annotationGithub, cheminYaml, echapperDonnee, echapperPropriete, ligneDuChamp } from '../../../src/lib/contenu/annotations-github.ts';
import { lireArgumentsVerification } from '../../../src/lib/commun/arguments.ts';
import { formaterProbleme, type Probleme } from '../../../src/lib/contenu/validation.ts';
import { verifierDossier } from '../../../src/lib/contenu/verification.ts';

/** The guide (rules) and the generated field reference (fields), as `fichierDeLAncre` sends to them. */
const DOCUMENTS: Record<string, string> = Object.fromEntries(
  ['CONTRIBUTING.md', 'docs/champs.md'].map((f) => [f, readFileSync(new URL(`../../../${f}`, import.meta.url), 'utf8')]),
);
const FIXTURE = new URL('../fixtures/valide', import.meta.url).pathname;

describe('ancre d’aide d’un problème', () => {
  it.each<[string, Probleme, string]>([
    ['champ d’un lieu', { fichier: 'content/lieux/x.md', champ: 'horaires', message: '« Lu-Ve » n’est pas…' }, 'lieux-horaires'],
    ['rang d’une liste', { fichier: 'content/lieux/x.md', champ: 'courriels[2]', message: '« a@ » n’est pas…' }, 'lieux-courriels'],
    ['champ obligatoire manquant', { fichier: 'content/membres/m.md', champ: 'date_adhesion', message: 'champ obligatoire manquant' }, 'membres-date-adhesion'],
    ['champ imbriqué de la configuration', { fichier: 'content/collectif.yaml', champ: 'departement.code', message: '…' }, 'collectif-departement-code'],
    [
      'liste d’objets de la configuration',
      { fichier: 'content/collectif.yaml', champ: 'animateurs[1].membres[2]', message: '…' },
      'collectif-animateurs-membres',
    ],
    ['charte (document MDX)', { fichier: 'content/charte/charte.mdx', champ: 'titre', message: '…' }, 'charte-titre'],
    [
      'champ inconnu',
      { fichier: 'content/lieux/x.md', champ: 'telefone', message: 'champ inconnu ; vouliez-vous dire « telephone » ?' },
      'erreur-champ-inconnu',
    ],
    ['nom de fichier', { fichier: 'content/membres/É.md', champ: 'nom du fichier', message: '…' }, 'erreur-nom-de-fichier'],
    [
      'identifiant en double',
      { fichier: 'content/lieux/b.md', champ: 'id', message: "l'identifiant « a » est déjà utilisé par content/lieux/a.md : …" },
      'erreur-identifiant-en-double',
    ],
    ['HTML dans le texte', { fichier: 'content/actualites/a.md', champ: 'texte (sous les champs)', message: '…' }, 'erreur-html'],
    ['fichier illisible', { fichier: 'content/lieux/x.md', champ: '', message: 'ligne 3 : syntaxe YAML incorrecte' }, 'erreur-lecture'],
    ['dossier incomplet', { fichier: 'content/charte/', champ: '', message: 'le dossier doit contenir…' }, 'erreur-dossier'],
  ])('%s', (_cas, probleme, ancre) => {
    expect(ancreAide(probleme)).toBe(ancre);
    expect(DOCUMENTS[fichierDeLAncre(ancre)], `ancre ${ancre} absente de ${fichierDeLAncre(ancre)}`).toContain(`id="${ancre}"`);
  });

  it('un fichier hors de content/ prend le type de contenu donné (commande nouveau --depuis)', () => {
    expect(ancreAide({ fichier: 'lieu.json', champ: 'horaires', message: '…' }, 'lieux')).toBe('lieux-horaires');
    expect(ancreAide({ fichier: 'lieu.json', champ: 'horaires', message: '…' })).toBe('lire-les-erreurs');
  });

  it('reconnaît le type de contenu d’un chemin', () => {
    expect(nomAideDuFichier('content/reunions/2026-12-10-pleniere.md')).toBe('reunions');
    expect(nomAideDuFichier('content/collectif.yaml')).toBe('collectif');
    expect(nomAideDuFichier('README.md')).toBeUndefined();
    expect(cheminSansRang('convention.avenants[2].titre')).toBe('convention.avenants.titre');
  });

  it('connaît les champs imbriqués de la configuration', () => {
    expect(cheminsConnus('collectif')).toEqual(expect.arrayContaining(['carte.tuiles', 'convention.avenants.objet', 'animateurs.designe_le']));
  });

  it('ajoute le lien à la fin de la ligne habituelle, sans en changer le début', () => {
    const probleme = { fichier: 'content/lieux/x.md', champ: 'horaires', message: '« Lu-Ve 9h-12h » n’est pas au format OpenStreetMap' };
    const ligne = formaterAvecAide(probleme);
    expect(ligne).toBe(`${formaterProbleme(probleme)} → aide : docs/champs.md#lieux-horaires`);
    expect(formaterAvecAide(probleme, { base: 'https://github.com/x/y/blob/main/CONTRIBUTING.md' })).toMatch(
      /→ aide : https:\/\/github\.com\/x\/y\/blob\/main\/CONTRIBUTING\.md#lieux-horaires$/,
    );
  });
});

describe('annotations GitHub', () => {
  it('échappe les caractères réservés des commandes de workflow', () => {
    expect(echapperDonnee('100 % sûr\nligne 2\r')).toBe('100 %25 sûr%0Aligne 2%0D');
    expect(echapperPropriete('a:b,c')).toBe('a%3Ab%2Cc');
  });

  it.each<[string, (string | number)[]]>([
    ['horaires', ['horaires']],
    ['courriels[2]', ['courriels', 1]],
    ['animateurs[1].membres[2]', ['animateurs', 0, 'membres', 1]],
    ['departement.code', ['departement', 'code']],
  ])('chemin YAML de %s', (champ, chemin) => {
    expect(cheminYaml(champ)).toEqual(chemin);
  });

  const fiche = ['---', 'id: x', 'nom: "Lieu"', 'courriels:', '  - a@exemple.fr', '  - faux@', 'horaires: "Lu-Ve"', '---', 'Texte.'].join('\n');
  it.each<[string, number | undefined]>([
    ['id', 2],
    ['horaires', 7],
    ['courriels[2]', 6],
    ['courriels', 4],
    ['telephone', undefined],
  ])('ligne du champ %s dans l’en-tête d’un fichier Markdown', (champ, ligne) => {
    expect(ligneDuChamp(fiche, champ)).toBe(ligne);
  });

  it('ligne d’un champ imbriqué d’un fichier YAML', () => {
    const yaml = ['nom: "C"', 'departement:', '  code: "99"', '  nom: "X"'].join('\n');
    expect(ligneDuChamp(yaml, 'departement.code', true)).toBe(3);
  });

  it('écrit une ligne ::error avec fichier, ligne, titre et le message suivi de l’aide', () => {
    const probleme = { fichier: 'content/lieux/x.md', champ: 'horaires', message: '« Lu-Ve » n’est pas au format, vraiment : 100 %' };
    expect(annotationGithub(probleme, 7)).toBe(
      '::error file=content/lieux/x.md,line=7,title=Champ horaires à corriger::content/lieux/x.md › horaires : « Lu-Ve » n’est pas au format, vraiment : 100 %25 → aide : docs/champs.md#lieux-horaires',
    );
    expect(annotationGithub({ fichier: 'content/lieux/x.md', champ: '', message: 'illisible' })).toBe(
      '::error file=content/lieux/x.md,title=Contenu à corriger::content/lieux/x.md : illisible → aide : CONTRIBUTING.md#erreur-lecture',
    );
  });
});

describe('arguments de check:content', () => {
  it.each<[string[], ReturnType<typeof lireArgumentsVerification>]>([
    [[], { ok: true, format: 'texte' }],
    [['--format', 'github'], { ok: true, format: 'github' }],
    [['--format=github', 'site'], { ok: true, racine: 'site', format: 'github' }],
    [['site', '--format', 'texte'], { ok: true, racine: 'site', format: 'texte' }],
  ])('%j', (args, attendu) => {
    expect(lireArgumentsVerification(args)).toEqual(attendu);
  });

  it.each([[['--format', 'json']], [['--format']], [['--verbeux']], [['a', 'b']]])('refuse %j avec un message en français', (args) => {
    const resultat = lireArgumentsVerification(args);
    expect(resultat.ok).toBe(false);
    if (!resultat.ok) expect(resultat.message).toMatch(/^(Format inconnu|Option inconnue|Un seul dossier)/);
  });
});

describe('verifierDossier', () => {
  const dossier = mkdtempSync(join(tmpdir(), 'verif-aide-'));
  afterAll(() => rmSync(dossier, { recursive: true, force: true }));

  it('termine chaque ligne du rapport par le lien vers la section du champ', () => {
    cpSync(FIXTURE, dossier, { recursive: true });
    const chemin = join(dossier, 'content/lieux/mediatheque-caen.md');
    writeFileSync(chemin, readFileSync(chemin, 'utf8').replace(/^horaires: .*$/m, 'horaires: "Lu-Ve 9h-12h"'));
    const resultat = verifierDossier(dossier, '2026-11-26');
    expect(resultat.lignes).toHaveLength(1);
    expect(resultat.lignes[0]).toMatch(
      /^content\/lieux\/mediatheque-caen\.md › horaires : « Lu-Ve 9h-12h » n'est pas au format OpenStreetMap .* → aide : docs\/champs\.md#lieux-horaires$/,
    );
  });
});
