/**
 * Outputs built from content values, each escaped by its own rules: a value cannot add a line
 * to a GitHub Actions log, an event to a calendar, an element to a page, nor an escape
 * sequence to a terminal.
 */
import { describe, expect, it } from 'vitest';
import { annotationGithub, echapperDonnee } from '../../../src/lib/contenu/annotations-github.ts';
import { echapperTexte } from '../../../src/lib/collectif/ical.ts';
import { serialiserJsonLd } from '../../../src/lib/lieux/jsonld.ts';
import { formaterProbleme } from '../../../src/lib/contenu/validation.ts';

describe('annotations GitHub', () => {
  it('encode %, CR et LF comme GitHub le documente : une valeur ne forge pas de ligne ::error', () => {
    const ligne = annotationGithub({ fichier: 'content/lieux/x.md', champ: 'nom', message: '« a\r\n::error file=README.md::faux 100% »' }, 3);

    // GitHub reads a command only at the start of a line: the value stays inside the message.
    expect(ligne).not.toMatch(/[\r\n]/);
    expect(ligne.startsWith('::error file=content/lieux/x.md,line=3,')).toBe(true);
    expect(ligne).toContain('%0A::error file=README.md::faux 100%25');
    expect(echapperDonnee('%\r\n')).toBe('%25%0D%0A');
  });

  it('n’écrit pas les caractères de contrôle d’un nom de fichier', () => {
    const ligne = annotationGithub({ fichier: 'content/lieux/x\u001b[2J,y.md', champ: '', message: 'illisible' });

    expect(ligne).not.toContain('\u001b');
    expect(ligne).toContain('file=content/lieux/x\\u{1b}[2J%2Cy.md');
  });
});

describe('terminal', () => {
  it('le rapport montre les séquences d’échappement sans les écrire', () => {
    const ligne = formaterProbleme({
      fichier: 'content/lieux/x.md',
      champ: 'nom',
      message: 'valeur « \u001b]8;;https://evil.example\u0007lien\u001b]8;;\u0007 »',
    });

    expect(ligne).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(ligne).toContain('\\u{1b}]8;;https://evil.example\\u{7}');
  });
});

describe('agenda (ICS)', () => {
  it('une valeur reste dans sa propriété : retours à la ligne échappés, caractères de contrôle retirés', () => {
    const echappe = echapperTexte('Plénière\r\nEND:VEVENT\nBEGIN:VEVENT\u0000\u001b');

    expect(echappe).not.toMatch(/[\r\n\u0000-\u001f]/);
    expect(echappe).toBe('Plénière\\nEND:VEVENT\\nBEGIN:VEVENT');
  });
});

describe('données structurées (JSON-LD)', () => {
  it('un nom ne ferme pas l’élément script', () => {
    const json = serialiserJsonLd({ name: '</script><script>alert(1)</script>' });

    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
