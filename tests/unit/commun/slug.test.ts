import { describe, expect, it } from 'vitest';
import { slugLieu } from '../../../src/lib/commun/slug.ts';
import { problemeIdReserve } from '../../../src/lib/contenu/adresses-reservees.ts';

describe('slugLieu : l’adresse d’un lieu tirée de son identifiant libre', () => {
  it.each([
    ['mediatheque-bayeux', 'mediatheque-bayeux'],
    ['Hinaura_123', 'hinaura-123'],
    ['HUB_bibliothèque-universitaire-campus-1', 'hub-bibliotheque-universitaire-campus-1'],
    ["fablab-lab'o", 'fablab-lab-o'],
    ['Médiathèque l’Œuvre', 'mediatheque-l-oeuvre'],
    ['../secret', 'secret'],
    ['7F3C2A1E-9B4D', '7f3c2a1e-9b4d'],
  ])('%j → %s', (id, slug) => {
    expect(slugLieu(id)).toBe(slug);
    expect(slugLieu(id)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('donne une adresse stable à un identifiant sans lettre ni chiffre, différente d’un identifiant à l’autre', () => {
    expect(slugLieu('***')).toMatch(/^lieu-[a-z0-9]+$/);
    expect(slugLieu('***')).toBe(slugLieu('***'));
    expect(slugLieu('***')).not.toBe(slugLieu('+++'));
  });

  it('coupe un identifiant très long en gardant l’adresse unique', () => {
    const a = `${'lieu-'.repeat(30)}a`;
    const b = `${'lieu-'.repeat(30)}b`;
    expect(slugLieu(a).length).toBeLessThanOrEqual(80);
    expect(slugLieu(a)).not.toBe(slugLieu(b));
  });

  it('réserve aussi les adresses de l’annuaire quand l’identifiant y mène par son adresse', () => {
    expect(problemeIdReserve('lieux', 'Points')).toContain('est réservé');
    expect(problemeIdReserve('lieux', 'Commune !')).toContain('est réservé');
    expect(problemeIdReserve('lieux', 'Médiathèque')).toBeUndefined();
  });
});
