import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chargerLieuxExistants, contexteDuProjet, ecrireToutOuRien } from '../../../src/lib/import/ecriture.ts';
import type { Operation } from '../../../src/lib/import/import-lieux.ts';

let racine: string;
const lieux = () => join(racine, 'content/lieux');
const fichiers = () => readdirSync(lieux()).sort();

beforeEach(() => {
  racine = mkdtempSync(join(tmpdir(), 'import-ecriture-'));
  mkdirSync(lieux(), { recursive: true });
  writeFileSync(join(lieux(), 'existant.md'), '---\nid: "existant"\n---\nAncien texte\n');
});
afterEach(() => rmSync(racine, { recursive: true, force: true }));

const creation = (id: string, chemin = `content/lieux/${id}.md`): Operation => ({
  ligne: 2,
  id,
  chemin,
  action: 'creation',
  contenu: `---\nid: "${id}"\n---\n`,
  champsModifies: [],
});
const miseAJour: Operation = {
  ligne: 3,
  id: 'existant',
  chemin: 'content/lieux/existant.md',
  action: 'mise-a-jour',
  contenu: '---\nid: "existant"\n---\nNouveau texte\n',
  champsModifies: ['presentation_detail'],
};

describe('ecrireToutOuRien', () => {
  it('écrit les créations et les mises à jour, sans laisser de fichier temporaire', () => {
    ecrireToutOuRien(racine, [creation('a'), miseAJour, creation('b')]);
    expect(fichiers()).toEqual(['a.md', 'b.md', 'existant.md']);
    expect(readFileSync(join(lieux(), 'existant.md'), 'utf8')).toContain('Nouveau texte');
  });

  it('n’écrit rien si un fichier ne peut pas être préparé (première phase)', () => {
    writeFileSync(join(lieux(), 'bloque'), 'un fichier, pas un dossier');
    expect(() => ecrireToutOuRien(racine, [creation('a'), miseAJour, creation('x', 'content/lieux/bloque/x.md')])).toThrow(
      /aucun fichier de content\/ n'a été modifié/,
    );
    expect(fichiers()).toEqual(['bloque', 'existant.md']);
    expect(readFileSync(join(lieux(), 'existant.md'), 'utf8')).toContain('Ancien texte');
  });

  it('ne remplace jamais un fichier apparu entre-temps, et remet les fichiers déjà placés dans leur état d’origine', () => {
    writeFileSync(join(lieux(), 'c.md'), 'écrit par quelqu’un d’autre pendant l’import');
    expect(() => ecrireToutOuRien(racine, [creation('a'), miseAJour, creation('c')])).toThrow(/remis dans leur état d'origine/);
    expect(fichiers()).toEqual(['c.md', 'existant.md']);
    expect(readFileSync(join(lieux(), 'c.md'), 'utf8')).toBe('écrit par quelqu’un d’autre pendant l’import');
    expect(readFileSync(join(lieux(), 'existant.md'), 'utf8')).toContain('Ancien texte');
  });
});

describe('lecture du projet', () => {
  it('lit les lieux existants (modèles et fichiers cachés exclus), même illisibles', () => {
    writeFileSync(join(lieux(), '_modele.md'), '---\nid: "modele"\n---\n');
    writeFileSync(join(lieux(), '.x.md.import-1.tmp'), 'temporaire');
    writeFileSync(join(lieux(), 'casse.md'), 'pas de front matter');
    mkdirSync(join(lieux(), 'sous-dossier'));
    writeFileSync(join(lieux(), 'sous-dossier', 'nomme-autrement.md'), '---\nid: "vrai-id"\nnom: "X"\n---\n');
    const existants = chargerLieuxExistants(racine);
    expect(existants.map((e) => [e.chemin, e.id, e.erreurLecture !== undefined])).toEqual([
      ['content/lieux/casse.md', 'casse', true],
      ['content/lieux/existant.md', 'existant', false],
      ['content/lieux/sous-dossier/nomme-autrement.md', 'vrai-id', false],
    ]);
  });

  it('prend le département dans content/collectif.yaml, ou explique pourquoi il ne peut pas', () => {
    expect(() => contexteDuProjet(racine, '2026-01-01')).toThrow('content/collectif.yaml : fichier absent');
    writeFileSync(join(racine, 'content/collectif.yaml'), 'nom: "x"\n');
    expect(() => contexteDuProjet(racine, '2026-01-01')).toThrow(/n'est pas valide .*département/);
    writeFileSync(join(racine, 'content/collectif.yaml'), readFileSync(new URL('../fixtures/valide/content/collectif.yaml', import.meta.url)));
    const contexte = contexteDuProjet(racine, '2026-01-01');
    expect(contexte.nomDepartement).toBe('Calvados (14)');
    expect(contexte.communes.length).toBeGreaterThan(500);
    expect(existsSync(join(racine, 'content/lieux/existant.md'))).toBe(true);
  });
});
