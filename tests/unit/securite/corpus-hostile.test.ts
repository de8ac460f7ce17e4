/**
 * Every hostile case is refused by `check:content` with its French message, on its own file and
 * field; the real command exits with 1 and prints them, with no stack trace.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifierDossier } from '../../../src/lib/contenu/verification.ts';
import { CAS_HOSTILES, cheminCas, ecrireProjetHostile } from './corpus-hostile.ts';

const RACINE = mkdtempSync(join(tmpdir(), 'hostile-'));
ecrireProjetHostile(RACINE);
afterAll(() => rmSync(RACINE, { recursive: true, force: true }));

const resultat = verifierDossier(RACINE, '2026-11-26');

describe('corpus hostile', () => {
  it.each(CAS_HOSTILES.map((c) => [cheminCas(c), c] as const))('%s est refusé', (chemin, cas) => {
    const problemes = resultat.problemes.filter((p) => p.fichier === chemin);

    expect(problemes.length).toBeGreaterThan(0);
    expect(problemes.map((p) => p.champ)).toEqual(problemes.map(() => cas.champ));
    expect(problemes.map((p) => p.message).join('\n')).toContain(cas.fragment);
  });

  it('ne refuse que les fichiers hostiles', () => {
    expect(new Set(resultat.problemes.map((p) => p.fichier))).toEqual(new Set(CAS_HOSTILES.map(cheminCas)));
  });

  it('couvre chaque classe d’attaque', () => {
    const classes = new Map<string, number>();
    for (const c of CAS_HOSTILES) classes.set(c.classe, (classes.get(c.classe) ?? 0) + 1);

    expect([...classes.keys()].sort()).toEqual([
      'YAML',
      'balises et liens dans le texte',
      'code dans la charte et la convention (MDX)',
      'fichiers',
      'fichiers publics',
    ]);
  });
});

describe('npm run check:content sur le corpus hostile', () => {
  it('sort en erreur avec le rapport en français seul', () => {
    let sortie = '';
    let code = 0;
    try {
      execFileSync(process.execPath, ['src/cli/check-content.ts', RACINE], { encoding: 'utf8', stdio: 'pipe' });
    } catch (erreur) {
      const e = erreur as { status: number; stderr: string };
      code = e.status;
      sortie = e.stderr;
    }

    expect(code).toBe(1);
    for (const cas of CAS_HOSTILES) expect(sortie).toContain(cheminCas(cas));
    expect(sortie).not.toMatch(/\n\s+at |Error:/);
  }, 30_000);
});
