/** The build runs the content validation first and stops on the French report. */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import validationContenu from '../../../src/integrations/validation-contenu.ts';

type Crochet = (options: unknown) => void;

function lancer(racine: string, command: 'build' | 'dev' | 'preview') {
  const logger = { info: vi.fn(), error: vi.fn() };
  const quitter = vi.fn((code: number): never => {
    throw new Error(`sortie ${code}`);
  });
  const crochet = validationContenu({ quitter }).hooks['astro:config:setup'] as unknown as Crochet;
  let erreur: unknown;
  try {
    crochet({ command, config: { root: pathToFileURL(`${racine}/`) }, logger });
  } catch (e) {
    erreur = e;
  }
  return { logger, quitter, erreur };
}

describe('intégration validation-contenu', () => {
  const invalide = join(import.meta.dirname, '../fixtures/invalide');

  it('arrête la construction (code 1) après la liste des problèmes en français', () => {
    const { logger, quitter } = lancer(invalide, 'build');

    expect(quitter).toHaveBeenCalledWith(1);
    expect(logger.error).toHaveBeenCalledOnce();
    expect(String(logger.error.mock.calls[0]![0])).toMatch(/content\/lieux\/membre-introuvable\.md › membre : « ville-de-caan » ne correspond à aucun fichier/);
    // The first check of the file loads the Markdown parser (a native module).
  }, 20_000);

  it('en développement, signale sans arrêter le serveur', () => {
    const { logger, quitter } = lancer(invalide, 'dev');

    expect(quitter).not.toHaveBeenCalled();
    expect(logger.error).toHaveBeenCalledOnce();
    expect(String(logger.error.mock.calls[0]![0])).toContain('problèmes dans le contenu');
  });

  it('laisse passer un contenu valide', () => {
    const { logger, quitter } = lancer(join(import.meta.dirname, '../fixtures/valide'), 'build');

    expect(quitter).not.toHaveBeenCalled();
    expect(logger.info).toHaveBeenCalledWith(expect.stringContaining('Contenu valide'));
  });
});
