/** The build runs the content validation first and stops on the French report. */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import validationContenu from '../../../src/integrations/validation-contenu.ts';

type Crochet = (options: unknown) => void;

function lancer(racine: string, command: 'build' | 'dev' | 'preview') {
  const logger = { info: vi.fn(), error: vi.fn() };
  const crochet = validationContenu().hooks['astro:config:setup'] as unknown as Crochet;
  crochet({ command, config: { root: pathToFileURL(`${racine}/`) }, logger });
  return logger;
}

describe('intégration validation-contenu', () => {
  const invalide = join(import.meta.dirname, '../fixtures/invalide');

  it('fait échouer la construction avec la liste des problèmes en français', () => {
    expect(() => lancer(invalide, 'build')).toThrow(/content\/lieux\/membre-introuvable\.md › membre : « ville-de-caan » ne correspond à aucun fichier/);
  });

  it('en développement, signale sans arrêter le serveur', () => {
    const logger = lancer(invalide, 'dev');

    expect(logger.error).toHaveBeenCalledOnce();
    expect(String(logger.error.mock.calls[0]![0])).toContain('problèmes dans le contenu');
  });

  it('laisse passer un contenu valide', () => {
    const logger = lancer(join(import.meta.dirname, '../fixtures/valide'), 'build');

    expect(logger.info).toHaveBeenCalledWith(expect.stringContaining('Contenu valide'));
  });
});
