/** The build writes the search index with Pagefind, and stops when Pagefind cannot. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexRecherche from '../../../src/integrations/pagefind.ts';

type Crochet = (options: unknown) => Promise<void>;

const dossiers: string[] = [];
afterEach(() => {
  for (const d of dossiers.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A built site in a temporary folder: `{ 'chemin/index.html': html }`. */
function site(pages: Record<string, string>): string {
  const dossier = mkdtempSync(join(tmpdir(), 'index-recherche-'));
  dossiers.push(dossier);
  for (const [chemin, html] of Object.entries(pages)) {
    mkdirSync(join(dossier, chemin, '..'), { recursive: true });
    writeFileSync(join(dossier, chemin), html);
  }
  return dossier;
}

function journal() {
  return { info: vi.fn(), error: vi.fn() };
}

function construire(dossier: string, logger: ReturnType<typeof journal>): Promise<void> {
  const crochet = indexRecherche().hooks['astro:build:done'] as unknown as Crochet;
  return crochet({ dir: pathToFileURL(`${dossier}/`), logger });
}

const page = (titre: string, corps: string) =>
  `<!doctype html><html lang="fr"><body><nav>Navigation</nav><main data-pagefind-body><h1>${titre}</h1><p>${corps}</p></main></body></html>`;

describe('intégration index-recherche', () => {
  it('écrit l’index en français dans pagefind/ et le dit', async () => {
    const dossier = site({ 'index.html': page('Accueil', 'Bienvenue'), 'lieux/a/index.html': page('Médiathèque', 'Démarches en ligne') });

    const logger = journal();

    await construire(dossier, logger);

    expect(existsSync(join(dossier, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readdirSync(join(dossier, 'pagefind')).some((f) => /^pagefind\.fr_.*\.pf_meta$/.test(f))).toBe(true);
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^Index de recherche écrit dans pagefind\/ \(2 fichiers HTML lus/));
    expect(logger.error).not.toHaveBeenCalled();
  }, 30_000);

  it('fait échouer la construction, en le journalisant, quand il n’y a aucune page à indexer', async () => {
    const dossier = site({ 'robots.txt': 'User-agent: *' });

    const logger = journal();

    await expect(construire(dossier, logger)).rejects.toThrow(/aucune page HTML à indexer/);
    expect(logger.error).toHaveBeenCalledWith(expect.stringMatching(/aucune page HTML à indexer/));
    expect(existsSync(join(dossier, 'pagefind'))).toBe(false);
  }, 30_000);
});
