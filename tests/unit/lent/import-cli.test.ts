/**
 * The `npm run import` command as a user runs it, in a temporary copy of a project: exit
 * codes, what is printed, what is (not) written, and that the written files pass the site's
 * own content check (the one the build runs).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aujourdhuiParis } from '../../../src/lib/commun/date.ts';
import { verifierDossier } from '../../../src/lib/contenu/verification.ts';

const CLI = fileURLToPath(new URL('../../../src/cli/import.ts', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/import', import.meta.url));
let racine: string;

beforeEach(() => {
  racine = mkdtempSync(join(tmpdir(), 'import-cli-'));
  cpSync(fileURLToPath(new URL('../fixtures/valide', import.meta.url)), racine, { recursive: true });
});
afterEach(() => rmSync(racine, { recursive: true, force: true }));

function importer(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: racine, encoding: 'utf8', env: { ...process.env, INIT_CWD: FIXTURES } });
  return { code: r.status, sortie: r.stdout, erreurs: r.stderr };
}
const lieux = () => readdirSync(join(racine, 'content/lieux')).sort();

describe('npm run import', () => {
  it('importe un fichier au standard : fichiers créés, valides pour le site, bilan affiché', () => {
    const r = importer('lieux-calvados-v1.csv');
    expect(r.code).toBe(0);
    expect(r.erreurs).toBe('');
    expect(r.sortie).toContain('Bilan : 3 créés, 0 mis à jour, 0 inchangé, 0 rejeté.');
    expect(lieux()).toEqual([
      'bus-numerique-du-bocage.md',
      'bus-numerique.md',
      'france-services-bayeux.md',
      'mediatheque-alexis-de-tocqueville.md',
      'mediatheque-caen.md',
    ]);
    expect(verifierDossier(racine, aujourdhuiParis()).lignes).toEqual([]);
    // Running it again changes nothing and needs no option.
    expect(importer('lieux-calvados-v1.csv').sortie).toContain('Bilan : 0 créé, 0 mis à jour, 3 inchangés, 0 rejeté.');
  });

  it('--dry-run vérifie tout et n’écrit rien', () => {
    const r = importer('ancien-v0.1.1.csv', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.sortie).toContain('Bilan : 2 à créer, 0 à mettre à jour, 0 inchangé, 0 rejeté.');
    expect(r.sortie).toContain('Simulation (--dry-run) : aucun fichier n’a été écrit.');
    expect(lieux()).toEqual(['bus-numerique.md', 'mediatheque-caen.md']);
  });

  it('n’écrit rien quand une ligne est rejetée, sauf avec --ignorer-rejets, qui liste les lignes ignorées', () => {
    const source = readFileSync(join(FIXTURES, 'lieux-calvados-v1.csv'), 'utf8');
    writeFileSync(join(racine, 'melange.csv'), source.replace('Gratuit sous condition', 'Gratuit sous conditon'));
    const env = { INIT_CWD: racine };
    const refuse = spawnSync(process.execPath, [CLI, 'melange.csv'], { cwd: racine, encoding: 'utf8', env: { ...process.env, ...env } });
    expect(refuse.status).toBe(1);
    // Line 5 of the file: the first place's presentation takes two lines.
    expect(refuse.stderr).toContain(
      "ligne 5, colonne frais_a_charge : « Gratuit sous conditon » n'est pas une valeur autorisée pour les frais à charge. Vouliez-vous dire « Gratuit sous condition » ?",
    );
    expect(refuse.stderr).toContain('Aucun fichier n’a été écrit');
    expect(lieux()).toEqual(['bus-numerique.md', 'mediatheque-caen.md']);
    const partiel = spawnSync(process.execPath, [CLI, 'melange.csv', '--ignorer-rejets'], { cwd: racine, encoding: 'utf8', env: { ...process.env, ...env } });
    expect(partiel.status).toBe(0);
    expect(partiel.stdout).toContain('Lignes ignorées (--ignorer-rejets) : 5 (bus-numerique-du-bocage).');
    expect(lieux()).toEqual(['bus-numerique.md', 'france-services-bayeux.md', 'mediatheque-alexis-de-tocqueville.md', 'mediatheque-caen.md']);
  });

  it('ne remplace un lieu existant qu’avec --update, en gardant son texte et ses champs propres au site', () => {
    const csv =
      'id,pivot,nom,commune,code_postal,adresse,date_maj,telephone\nmediatheque-caen,21140118500017,Médiathèque de test,Caen,14000,1 place de Test,2026-09-12,02 31 00 00 00\n';
    writeFileSync(join(racine, 'maj.csv'), csv);
    const env = { ...process.env, INIT_CWD: racine };
    const sans = spawnSync(process.execPath, [CLI, 'maj.csv'], { cwd: racine, encoding: 'utf8', env });
    expect(sans.status).toBe(1);
    expect(sans.stderr).toContain(
      'le lieu « mediatheque-caen » existe déjà (content/lieux/mediatheque-caen.md) et le fichier importé le modifie (telephone) : relancez avec --update',
    );
    const avec = spawnSync(process.execPath, [CLI, 'maj.csv', '--update'], { cwd: racine, encoding: 'utf8', env });
    expect(avec.status).toBe(0);
    expect(avec.stdout).toContain('ligne 2 : content/lieux/mediatheque-caen.md (telephone)');
    const fichier = readFileSync(join(racine, 'content/lieux/mediatheque-caen.md'), 'utf8');
    expect(fichier).toContain('telephone: "+33231000000"');
    expect(fichier).toContain('membre: "ville-de-caen"');
    expect(fichier).toContain('horaires: "Tu-Fr 10:00-12:30,14:00-18:00; Sa 10:00-17:00; PH off"');
    expect(fichier.endsWith('---\nPrésentation longue.\n')).toBe(true);
    expect(verifierDossier(racine, aujourdhuiParis()).lignes).toEqual([]);
  });

  it.each([
    ['encodage-inconnu.csv', [], 1, "Import impossible : encodage-inconnu.csv : le fichier n'est pas en UTF-8"],
    ['absent.csv', [], 1, 'fichier introuvable'],
    ['lieux-calvados-v1.csv', ['--upadte'], 2, 'Option inconnue --upadte. Vouliez-vous dire --update ?'],
    ['lieux-calvados-v1.csv', ['--encodage=ebcdic'], 2, '--encodage=ebcdic : encodage inconnu'],
  ])('%s %j : code %d et message clair', (fichier, options, code, message) => {
    const r = importer(fichier, ...options);
    expect(r.code).toBe(code);
    expect(r.erreurs).toContain(message);
    expect(lieux()).toEqual(['bus-numerique.md', 'mediatheque-caen.md']);
  });

  it('affiche l’aide', () => {
    const r = importer('--aide');
    expect(r.code).toBe(0);
    expect(r.sortie).toMatch(/^Usage : npm run import -- <fichier\.csv> \[options\]/);
  });

  it('importe le fichier d’un territoire d’outre-mer pour un collectif de ce département (Guyane)', () => {
    // The test project becomes a collective of Guyane, without the Calvados places.
    const collectif = join(racine, 'content/collectif.yaml');
    writeFileSync(
      collectif,
      readFileSync(collectif, 'utf8').replace(/^departement: .*$/m, 'departement: { code: "973", nom: "Guyane", avec_article: "la Guyane" }'),
    );
    for (const f of lieux()) unlinkSync(join(racine, 'content/lieux', f));
    const env = { ...process.env, INIT_CWD: fileURLToPath(new URL('../../fixtures/territoires', import.meta.url)) };

    const refuse = spawnSync(process.execPath, [CLI, 'guyane-973.csv'], { cwd: racine, encoding: 'utf8', env });
    expect(refuse.status).toBe(1);
    expect(refuse.stdout + refuse.stderr).toContain("ligne 7, colonne code_postal : le code postal 97300 n'est pas celui de Kourou (97310) mais de Cayenne");
    expect(lieux()).toEqual([]);

    const partiel = spawnSync(process.execPath, [CLI, 'guyane-973.csv', '--ignorer-rejets'], { cwd: racine, encoding: 'utf8', env });
    expect(partiel.status).toBe(0);
    expect(partiel.stdout).toContain('Bilan : 5 créés, 0 mis à jour, 0 inchangé, 2 rejetés.');
    expect(lieux()).toEqual([
      '973-apatou.md',
      '973-cayenne-sans-position.md',
      '973-kourou-ccas.md',
      '973-maison-france-services-saint-georges.md',
      '973-mediatheque-maripasoula.md',
    ]);
    expect(readFileSync(join(racine, 'content/lieux/973-mediatheque-maripasoula.md'), 'utf8')).toContain('id: "973-médiathèque-maripasoula"');
    expect(verifierDossier(racine, aujourdhuiParis()).lignes).toEqual([]);
  }, 60_000);
});
