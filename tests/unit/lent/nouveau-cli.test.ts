/**
 * `npm run nouveau` as a user runs it: the real command in a temporary copy of a project, with
 * answers piped on its standard input, and with `--depuis`. The files it writes pass the same
 * validation as `check:content`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionsPour } from '../../../src/lib/contribution/nouveau/questions.ts';
import { CONTEXTE_NEUTRE } from '../../../src/lib/contribution/champs.ts';
import { verifierDossier } from '../../../src/lib/contenu/verification.ts';
import { aujourdhuiParis } from '../../../src/lib/commun/date.ts';

const CLI = new URL('../../../src/cli/nouveau.ts', import.meta.url).pathname;
const FIXTURE = new URL('../fixtures/valide', import.meta.url).pathname;
let projet: string;

function lancer(args: string[], entree = '') {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: projet, input: entree, encoding: 'utf8', timeout: 60_000 });
}

beforeAll(() => {
  projet = mkdtempSync(join(tmpdir(), 'nouveau-cli-'));
  cpSync(FIXTURE, projet, { recursive: true });
});
afterAll(() => rmSync(projet, { recursive: true, force: true }));

/** One line per question (lists of texts end with an empty line), then the text. */
function reponses(valeurs: Record<string, string[]>, corps: string[]): string {
  const contexte = { aujourdhui: '2026-11-26', contexteLieu: CONTEXTE_NEUTRE, existants: {}, existe: () => false };
  const lignes = questionsPour('lieu', contexte).flatMap((q) => {
    const listeDeTextes = q.description.liste && !q.description.valeurs && !q.reference;
    return [...(valeurs[q.champ] ?? (listeDeTextes ? [] : [''])), ...(listeDeTextes ? [''] : [])];
  });
  return [...lignes, ...corps, '', ''].join('\n');
}

describe('npm run nouveau -- lieu (réponses sur l’entrée standard)', () => {
  it('écrit un lieu valide, redemande les horaires refusées, et le contenu reste valide', () => {
    const entree = reponses(
      {
        nom: ['Espace numérique de Vire'],
        pivot: ['W143001234'],
        commune: ['Vire Normandie'],
        adresse: ['Place du Château'],
        telephone: ['02 31 66 00 00'],
        courriels: ['contact@exemple.fr'],
        horaires: ['Lu-Ve 9h-12h', 'Mo-Fr 09:00-12:00,14:00-17:00; Sa[1] 10:00-12:00; PH off'],
        services: ['1,2'],
        membre: ['asso-test'],
      },
      ['Ordinateurs en accès libre et ateliers le mercredi.'],
    );
    const resultat = lancer(['lieu'], entree);
    expect(resultat.stderr).toBe('');
    expect(resultat.status).toBe(0);
    expect(resultat.stdout).toContain("✗ « Lu-Ve 9h-12h » n'est pas au format OpenStreetMap");
    expect(resultat.stdout).toContain('Fichier créé : content/lieux/espace-numerique-de-vire.md');
    const texte = readFileSync(join(projet, 'content/lieux/espace-numerique-de-vire.md'), 'utf8');
    expect(texte).toContain('horaires: "Mo-Fr 09:00-12:00,14:00-17:00; Sa[1] 10:00-12:00; PH off"');
    expect(texte).toContain(`date_maj: "${aujourdhuiParis()}"`);
    expect(texte).toMatch(/---\nOrdinateurs en accès libre et ateliers le mercredi\.\n$/);
    expect(verifierDossier(projet).lignes).toEqual([]);
  });

  it('n’écrit rien si l’entrée s’arrête avant la fin', () => {
    const avant = readdirSync(join(projet, 'content/lieux')).sort();
    const resultat = lancer(['lieu'], 'Lieu interrompu\n');
    expect(resultat.status).toBe(1);
    expect(resultat.stderr).toContain('aucun fichier n’a été écrit');
    expect(readdirSync(join(projet, 'content/lieux')).sort()).toEqual(avant);
  });
});

describe('npm run nouveau -- … --depuis fichier.json', () => {
  it('crée une ressource, puis une seconde sous un autre nom sans écraser la première', () => {
    const json = join(projet, 'ressource.json');
    writeFileSync(
      json,
      JSON.stringify({
        titre: 'Guide des démarches',
        type: 'guide',
        themes: ['Démarches'],
        lien: 'https://exemple.fr/guide',
        auteur: 'asso-test',
        resume: 'Un guide.',
      }),
    );
    const premier = lancer(['ressource', '--depuis', json]);
    expect(premier.status).toBe(0);
    expect(premier.stdout).toContain('Fichier créé : content/ressources/guide-des-demarches.md');
    const contenu = readFileSync(join(projet, 'content/ressources/guide-des-demarches.md'), 'utf8');
    const second = lancer(['ressource', '--depuis', json]);
    expect(second.status).toBe(0);
    expect(second.stderr).toContain('Le fichier content/ressources/guide-des-demarches.md existe déjà');
    expect(second.stdout).toContain('Fichier créé : content/ressources/guide-des-demarches-2.md');
    expect(readFileSync(join(projet, 'content/ressources/guide-des-demarches.md'), 'utf8')).toBe(contenu);
    expect(verifierDossier(projet).lignes).toEqual([]);
  });

  it('refuse un fichier invalide avec les messages de check:content et n’écrit rien', () => {
    const json = join(projet, 'reunion.json');
    writeFileSync(json, JSON.stringify({ titre: 'GT', type: 'groupe-de-travail', debut: '2026-12-10T14:00', fin: '2026-12-10 13:00', lieu: 'Caen' }));
    const resultat = lancer(['reunion', '--depuis', json]);
    expect(resultat.status).toBe(1);
    expect(resultat.stderr).toContain(
      `${json} › fin : la fin (2026-12-10T13:00) doit être après le début (2026-12-10T14:00) → aide : docs/champs.md#reunions-fin`,
    );
    expect(resultat.stderr).toContain("aucun fichier n'a été écrit");
    expect(existsSync(join(projet, 'content/reunions/2026-12-10-gt.md'))).toBe(false);
  });

  it('refuse un type inconnu avec le code 2', () => {
    const resultat = lancer(['lieux']);
    expect(resultat.status).toBe(2);
    expect(resultat.stderr).toMatch(/^Type inconnu : « lieux »\. Vouliez-vous dire « lieu » \?/);
  });
});
