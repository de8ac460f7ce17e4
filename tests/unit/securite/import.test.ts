/** The import's disk side against what a killed import or a hostile folder leaves behind. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chargerLieuxExistants, DOSSIER_PREPARATION, prendreVerrou, reprendreImportInterrompu } from '../../../src/lib/import/ecriture.ts';
import { verifierDossier } from '../../../src/lib/contenu/verification.ts';

let racine: string;
beforeEach(() => {
  racine = mkdtempSync(join(tmpdir(), 'import-securite-'));
  cpSync(join(import.meta.dirname, '../fixtures/valide'), racine, { recursive: true });
});
afterEach(() => rmSync(racine, { recursive: true, force: true }));

describe('lecture des lieux existants', () => {
  it('ne suit pas un lien symbolique, même cassé', () => {
    symlinkSync('/etc/passwd', join(racine, 'content/lieux/passwd.md'));
    symlinkSync('nulle-part.md', join(racine, 'content/lieux/casse.md'));

    expect(chargerLieuxExistants(racine).map((l) => l.chemin)).toEqual(['content/lieux/bus-numerique.md', 'content/lieux/mediatheque-caen.md']);
  });
});

describe('reprise d’un import arrêté', () => {
  it('supprime les fichiers temporaires de l’ancienne écriture', () => {
    writeFileSync(join(racine, 'content/lieux/.a.md.import-123.tmp'), 'x');

    expect(reprendreImportInterrompu(racine)).toContain('1 fichiers temporaires');
    expect(readdirSync(join(racine, 'content/lieux')).sort()).toEqual(['bus-numerique.md', 'mediatheque-caen.md']);
  });

  it('supprime un dossier de préparation sans journal : content/ n’avait pas été touché', () => {
    mkdirSync(join(racine, DOSSIER_PREPARATION, 'nouveaux'), { recursive: true });
    writeFileSync(join(racine, DOSSIER_PREPARATION, 'nouveaux/0'), 'x');

    expect(reprendreImportInterrompu(racine)).toContain("content/ n'avait pas été modifié");
    expect(existsSync(join(racine, DOSSIER_PREPARATION))).toBe(false);
    expect(reprendreImportInterrompu(racine)).toBeUndefined();
  });

  it('check:content refuse de publier un import à moitié écrit', () => {
    mkdirSync(join(racine, DOSSIER_PREPARATION), { recursive: true });

    expect(verifierDossier(racine, '2026-11-26').lignes.join('\n')).toContain('un import a été arrêté avant la fin');
  });

  it('le verrou est à un seul import à la fois', () => {
    const premier = prendreVerrou(racine);
    expect(premier.ok).toBe(true);
    // As if another import held it: a live process (the one that started these tests).
    const fichier = join(racine, 'content/.import.verrou');
    writeFileSync(fichier, JSON.stringify({ pid: process.ppid, debut: '2026-12-02T10:00:00Z' }));

    expect(prendreVerrou(racine)).toEqual({
      ok: false,
      message: expect.stringContaining(`un autre import est en cours (processus ${process.ppid}, commencé 2026-12-02T10:00:00Z)`),
    });
    if (premier.ok) premier.liberer();
    expect(existsSync(fichier)).toBe(false);
  });
});
