/**
 * An import killed (SIGKILL) at random points leaves content/lieux/ exactly as it was once the
 * next run has started (which puts back a half-written import), never a hidden temporary
 * file; and a second import is refused while one runs. `IMPORT_CREATIONS=20000` runs the case
 * of the issue (20 000 places); the default keeps the test short.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DOSSIER_PREPARATION, FICHIER_VERROU, prendreVerrou, reprendreImportInterrompu } from '../../../src/lib/import/ecriture.ts';

const ECRIVAIN = fileURLToPath(new URL('./import-ecrivain.ts', import.meta.url));
const CREATIONS = Number(process.env['IMPORT_CREATIONS'] ?? '3000');
const racine = mkdtempSync(join(tmpdir(), 'import-interrompu-'));
afterAll(() => rmSync(racine, { recursive: true, force: true }));

mkdirSync(join(racine, 'content/lieux'), { recursive: true });
for (let i = 0; i < 200; i++) writeFileSync(join(racine, 'content/lieux', `existant-${i}.md`), `---\nid: "existant-${i}"\n---\nAncien texte ${i}\n`);

/** Names and contents of every file under content/ (hidden ones included). */
function empreinteContenu(): string {
  const hash = createHash('sha256');
  for (const nom of readdirSync(join(racine, 'content'), { recursive: true, encoding: 'utf8' }).sort()) {
    const chemin = join(racine, 'content', nom);
    hash.update(nom);
    try {
      hash.update(readFileSync(chemin));
    } catch {
      // A folder.
    }
  }
  return hash.digest('hex');
}

/** Runs the writer, kills it after `delai` ms; true when it had finished first. */
function lancerEtTuer(delai: number): Promise<boolean> {
  return new Promise((resoudre) => {
    const enfant = spawn(process.execPath, [ECRIVAIN, racine], { env: { ...process.env, IMPORT_CREATIONS: String(CREATIONS) } });
    let sortie = '';
    enfant.stdout.on('data', (d: Buffer) => (sortie += d.toString()));
    const minuterie = setTimeout(() => enfant.kill('SIGKILL'), delai);
    enfant.on('exit', () => {
      clearTimeout(minuterie);
      resoudre(sortie.includes('fini'));
    });
  });
}

describe('import tué en cours d’écriture', () => {
  const avant = empreinteContenu();

  it('laisse content/lieux/ inchangé, ou remis en état par la reprise, à chaque point d’arrêt', async () => {
    // How long a full write takes here, to kill inside it.
    const debut = Date.now();
    const termine = await lancerEtTuer(120_000);
    const duree = Date.now() - debut;
    expect(termine).toBe(true);
    // Back to the start for the killed runs: remove what the complete run wrote.
    rmSync(join(racine, 'content'), { recursive: true, force: true });
    mkdirSync(join(racine, 'content/lieux'), { recursive: true });
    for (let i = 0; i < 200; i++) writeFileSync(join(racine, 'content/lieux', `existant-${i}.md`), `---\nid: "existant-${i}"\n---\nAncien texte ${i}\n`);
    expect(empreinteContenu()).toBe(avant);

    const delais = [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9].map((part) => Math.round(duree * part * (0.8 + Math.random() * 0.4)));
    let tues = 0;
    for (const delai of delais) {
      if (await lancerEtTuer(delai)) {
        // Finished before being killed: put the project back and go on.
        rmSync(join(racine, 'content'), { recursive: true, force: true });
        mkdirSync(join(racine, 'content/lieux'), { recursive: true });
        for (let i = 0; i < 200; i++) writeFileSync(join(racine, 'content/lieux', `existant-${i}.md`), `---\nid: "existant-${i}"\n---\nAncien texte ${i}\n`);
        continue;
      }
      tues++;
      // The next run: takes over the dead process's lock, then puts content/ back.
      const verrou = prendreVerrou(racine);
      expect(verrou.ok).toBe(true);
      reprendreImportInterrompu(racine);
      if (verrou.ok) verrou.liberer();

      expect(empreinteContenu(), `tué après ${delai} ms`).toBe(avant);
      expect(existsSync(join(racine, DOSSIER_PREPARATION))).toBe(false);
      expect(readdirSync(join(racine, 'content/lieux')).filter((n) => !n.endsWith('.md'))).toEqual([]);
    }
    expect(tues).toBeGreaterThanOrEqual(3);
  }, 600_000);
});

describe('deux imports à la fois', () => {
  it('le second est refusé avec un message en français et n’écrit rien', async () => {
    const enfant = spawn(process.execPath, [ECRIVAIN, racine], { env: { ...process.env, IMPORT_ATTENDRE: '1' } });
    await new Promise<void>((resoudre) => enfant.stdout.on('data', () => resoudre()));
    const avant = readdirSync(join(racine, 'content/lieux')).sort();

    const second = spawnSync(process.execPath, [ECRIVAIN, racine], { encoding: 'utf8', env: { ...process.env, IMPORT_CREATIONS: '10' } });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`un autre import est en cours (processus ${enfant.pid}`);
    expect(readdirSync(join(racine, 'content/lieux')).sort()).toEqual(avant);

    enfant.kill('SIGKILL');
    await new Promise((resoudre) => enfant.on('exit', resoudre));
    // Its lock is left behind, and taken over by the next import.
    expect(existsSync(join(racine, FICHIER_VERROU))).toBe(true);
    const repris = prendreVerrou(racine);
    expect(repris).toMatchObject({ ok: true, repris: expect.stringContaining(`processus ${enfant.pid}`) });
    if (repris.ok) repris.liberer();
  }, 60_000);
});
