/**
 * What the `/admin/` hours editor shows (the week as the public page words it) and the files of
 * the trial mode (`/admin/?test`): the demonstration content, every collection.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { apercuHoraires } from '../../../src/lib/contribution/apercu-horaires.ts';
import { depotEssai, type DossierEssai } from '../../../src/lib/contribution/depot-essai.ts';
import { COLLECTIONS } from '../../../src/lib/contenu/collections.ts';

describe('aperçu des horaires', () => {
  it('montre la semaine, les jours fériés et les commentaires comme la fiche', () => {
    const apercu = apercuHoraires('Mo-Fr 09:00-12:00,14:00-17:00; Sa 10:00-12:00 open "sur rendez-vous"; PH off', '14', '2026-12-01')!;
    expect(apercu.semaine.map((j) => `${j.jour} : ${j.texte}`)).toEqual([
      'Lundi : 9 h 00 – 12 h 00 et 14 h 00 – 17 h 00',
      'Mardi : 9 h 00 – 12 h 00 et 14 h 00 – 17 h 00',
      'Mercredi : 9 h 00 – 12 h 00 et 14 h 00 – 17 h 00',
      'Jeudi : 9 h 00 – 12 h 00 et 14 h 00 – 17 h 00',
      'Vendredi : 9 h 00 – 12 h 00 et 14 h 00 – 17 h 00',
      'Samedi : 10 h 00 – 12 h 00',
      'Dimanche : Fermé',
    ]);
    expect(apercu.notes).toContain('Fermé les jours fériés.');
    expect(apercu.notes).toContain('À noter : sur rendez-vous.');
    expect(apercu.notes.some((n) => /^Vendredi 25 décembre \(Noël\) : fermé\.$/.test(n))).toBe(true);
  });
  it('ne montre rien pour des horaires illisibles', () => {
    expect(apercuHoraires('n’importe quoi', '14', '2026-12-01')).toBeNull();
  });
});

describe('dépôt du mode essai', () => {
  const arbre = depotEssai(fileURLToPath(new URL('../../..', import.meta.url)));
  const contenu = arbre['content'] as DossierEssai;
  it('contient chaque collection, avec les fichiers de démonstration tels quels', () => {
    expect(Object.keys(contenu).sort()).toEqual(
      Object.values(COLLECTIONS)
        .map((c) => c.dossier)
        .sort(),
    );
    const lieux = contenu['lieux'] as DossierEssai;
    expect(Object.keys(lieux).length).toBeGreaterThan(50);
    expect((lieux['ccas-bayeux.md'] as { content: string }).content).toMatch(/^---\nid: ccas-bayeux\n/);
    expect((contenu['charte'] as DossierEssai)['charte.mdx']).toBeDefined();
  });
});
