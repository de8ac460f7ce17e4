/**
 * `astro build` itself (the command, in a subprocess) on invalid content: the French report
 * alone, no stack trace, exit code 1.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

describe('astro build sur un contenu invalide', () => {
  const projet = mkdtempSync(join(tmpdir(), 'construction-invalide-'));
  afterAll(() => rmSync(projet, { recursive: true, force: true }));

  it('affiche le rapport en français seul, sans trace de pile, et sort en erreur', () => {
    cpSync(join(import.meta.dirname, '../fixtures/invalide'), projet, { recursive: true });
    const integration = pathToFileURL(join(import.meta.dirname, '../../../src/integrations/validation-contenu.ts')).href;
    writeFileSync(join(projet, 'astro.config.mjs'), `import validation from '${integration}';\nexport default { integrations: [validation()] };\n`);
    let code = 0;
    let sortie = '';
    try {
      execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--root', projet], {
        encoding: 'utf8',
        stdio: 'pipe',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      });
    } catch (erreur) {
      const e = erreur as { status: number; stdout: string; stderr: string };
      code = e.status;
      sortie = `${e.stdout}${e.stderr}`;
    }

    expect(code).toBe(1);
    expect(sortie).toContain("Le contenu n'est pas valide : la construction s'arrête.");
    expect(sortie).toMatch(/\d+ problèmes dans le contenu/);
    expect(sortie).not.toMatch(/Stack trace|\n\s+at |unhandled error/i);
  }, 60_000);
});
