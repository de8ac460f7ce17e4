import { describe, expect, it } from 'vitest';
import { distanceKm, verifierPosition } from '../../../src/lib/territoire/geo.ts';
import { communesDuDepartement } from '../../../src/lib/territoire/communes.ts';
import { valeurLaPlusProche, distanceEdition } from '../../../src/lib/commun/suggestion.ts';
import { validerHoraires } from '../../../src/lib/horaires/validation.ts';
import { lireFrontmatter } from '../../../src/lib/contenu/frontmatter.ts';
import { formaterDate, formaterDateHeure, formaterDistance, formaterHeure, pluriel } from '../../../src/lib/commun/format.ts';
import { slugifier } from '../../../src/lib/commun/slug.ts';
import { aujourdhuiParis } from '../../../src/lib/commun/date.ts';
import { dansLeDepartement, duDepartement } from '../../../src/lib/territoire/departement.ts';
import { SERVICES } from '../../../src/lib/standard/valeurs.ts';

describe('distanceKm', () => {
  it('Caen – Bayeux ≈ 27 km', () => {
    expect(distanceKm(49.1829, -0.3707, 49.2765, -0.7024)).toBeCloseTo(26.3, 0);
  });
  it('est nulle pour un même point', () => {
    expect(distanceKm(49, -0.3, 49, -0.3)).toBe(0);
  });
});

describe('verifierPosition (Calvados)', () => {
  const communes = communesDuDepartement('14');

  it.each([
    ['Caen', 49.1829, -0.3707],
    ['Honfleur', 49.4189, 0.2331],
    ['Vire', 48.8386, -0.8892],
  ])('%s est dans le département', (_nom, lat, lon) => {
    expect(verifierPosition(lat, lon, communes)).toEqual({ ok: true });
  });

  it('détecte une position dans un autre département', () => {
    const resultat = verifierPosition(48.8566, 2.3522, communes);

    expect(resultat.ok).toBe(false);
    expect(resultat.ok === false && resultat.inversee).toBe(false);
  });

  it('détecte une latitude et une longitude inversées', () => {
    const resultat = verifierPosition(-0.3707, 49.1829, communes);

    expect(resultat.ok === false && resultat.inversee).toBe(true);
  });

  it('le département a ses communes', () => {
    expect(communes.length).toBeGreaterThan(500);
    expect(communes.find((c) => c.insee === '14118')?.nom).toBe('Caen');
  });
});

describe('valeurLaPlusProche', () => {
  it.each([
    ['Aide aux demarches administrative', 'Aide aux démarches administratives'],
    ['gratuite', 'Gratuit'],
    ['Loisirs et créations numérique', 'Loisirs et créations numériques'],
  ])('%s → %s', (saisie, attendu) => {
    expect(valeurLaPlusProche(saisie, [...SERVICES, 'Gratuit', 'Payant'])).toBe(attendu);
  });

  it('ne propose rien de trop éloigné', () => {
    expect(valeurLaPlusProche('Bricolage', SERVICES)).toBeUndefined();
  });

  it('distanceEdition', () => {
    expect(distanceEdition('chat', 'chats')).toBe(1);
    expect(distanceEdition('', 'abc')).toBe(3);
  });
});

describe('validerHoraires', () => {
  it.each([
    'Mo-Fr 09:00-12:00,13:30-17:00; PH off',
    'Tu,Th 14:00-18:00; Sa 09:30-12:30',
    'Sa[1] 10:00-12:00',
    'Mo-Fr 09:00-17:00; Dec 24-Dec 31 off; PH off',
    '24/7',
  ])('accepte %s', (valeur) => {
    expect(validerHoraires(valeur)).toEqual({ ok: true });
  });

  it('refuse une écriture française et propose la forme OpenStreetMap', () => {
    const resultat = validerHoraires('Lu-Ve 9h-12h');

    expect(resultat).toMatchObject({ ok: false, suggestion: 'Mo-Fr 09:00-12:00' });
  });

  it('refuse un texte libre', () => {
    expect(validerHoraires('le matin').ok).toBe(false);
  });
});

describe('lireFrontmatter', () => {
  it('sépare les champs et le texte', () => {
    expect(lireFrontmatter('---\nnom: Test\ncode_postal: 01400\n---\nBonjour\n')).toEqual({
      ok: true,
      donnees: { nom: 'Test', code_postal: 1400 },
      corps: 'Bonjour\n',
    });
  });

  it('garde une date non entre guillemets comme texte (YAML 1.2)', () => {
    expect(lireFrontmatter('---\ndate_maj: 2026-01-02\n---\n')).toMatchObject({ donnees: { date_maj: '2026-01-02' } });
  });

  it.each([
    ['nom: Test\n', '---'],
    ['---\nnom: Test\n', 'ferme'],
    ['---\nnom: "Test\n---\n', 'YAML'],
    ['---\nnom: a\nnom: b\n---\n', 'deux fois'],
  ])('signale un fichier mal formé', (texte, fragment) => {
    const lecture = lireFrontmatter(texte);

    expect(lecture.ok).toBe(false);
    expect(lecture.ok === false && lecture.message).toContain(fragment);
  });
});

describe('formatage en français', () => {
  it.each([
    ['2026-09-12', '12 septembre 2026'],
    ['2026-01-01', '1er janvier 2026'],
  ])('formaterDate(%s)', (date, attendu) => {
    expect(formaterDate(date)).toBe(attendu);
  });

  it('formaterDateHeure et formaterHeure', () => {
    expect(formaterDateHeure('2026-12-10T14:00')).toBe('10 décembre 2026 à 14 h 00');
    expect(formaterHeure('09:30')).toBe('9 h 30');
  });

  it('formaterDistance', () => {
    expect(formaterDistance(0.85)).toBe('850 m');
    expect(formaterDistance(2.345)).toBe('2,3 km');
    expect(formaterDistance(27.6)).toBe('28 km');
  });

  it('pluriel', () => {
    expect(pluriel(0, 'ressource')).toBe('0 ressource');
    expect(pluriel(2, 'lieu')).toBe('2 lieux');
    expect(pluriel(3, 'membre')).toBe('3 membres');
    expect(pluriel(1, 'lieu', 'lieux')).toBe('1 lieu');
    expect(pluriel(1200, 'lieu', 'lieux')).toBe('1\u202f200 lieux');
  });

  it('slugifier', () => {
    expect(slugifier('Vire Normandie')).toBe('vire-normandie');
    expect(slugifier("Pont-l'Évêque")).toBe('pont-l-eveque');
    expect(slugifier('Œuvre sociale')).toBe('oeuvre-sociale');
  });

  it('aujourdhuiParis suit le fuseau de Paris', () => {
    expect(aujourdhuiParis(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(aujourdhuiParis(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });
});

describe('le département dans une phrase', () => {
  it.each([
    [{ code: '14', nom: 'Calvados', avec_article: 'le Calvados' }, 'du Calvados', 'dans le Calvados'],
    [{ code: '50', nom: 'Manche', avec_article: 'la Manche' }, 'de la Manche', 'dans la Manche'],
    [{ code: '61', nom: 'Orne', avec_article: "l'Orne" }, "de l'Orne", 'dans l’Orne'],
    [{ code: '40', nom: 'Landes', avec_article: 'les Landes' }, 'des Landes', 'dans les Landes'],
    [{ code: '14', nom: 'Calvados' }, 'du département Calvados (14)', 'dans le département Calvados (14)'],
  ])('%j', (departement, du, dans) => {
    expect(duDepartement(departement)).toBe(du);
    expect(dansLeDepartement(departement)).toBe(dans);
  });
});
