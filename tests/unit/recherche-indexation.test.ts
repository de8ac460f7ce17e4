import { describe, expect, it } from 'vitest';
import { indexationLieu, semaineType } from '../../src/lib/recherche-indexation.ts';

// Local dates: the typical week is a wall-clock pattern, the same whatever the process's zone.
const LUNDI_30_NOVEMBRE = new Date(2026, 10, 30);
/** Monday of the week of 11 November 2026, a Wednesday and a public holiday. */
const LUNDI_9_NOVEMBRE = new Date(2026, 10, 9);

describe('semaineType', () => {
  it.each([
    ['Tu-Fr 10:00-12:30,14:00-18:00; Sa 10:00-17:00; PH off', ';1000-1230,1400-1800;1000-1230,1400-1800;1000-1230,1400-1800;1000-1230,1400-1800;1000-1700;'],
    ['Mo-Fr 09:00-17:00', '0900-1700;0900-1700;0900-1700;0900-1700;0900-1700;;'],
    ['24/7', '0000-2400;0000-2400;0000-2400;0000-2400;0000-2400;0000-2400;0000-2400'],
    // Past midnight: Friday evening goes on Saturday morning.
    ['Fr 22:00-02:00', ';;;;2200-2400;0000-0200;'],
    ['Mo,We 14:00-17:00', '1400-1700;;1400-1700;;;;'],
  ])('%s', (horaires, attendu) => {
    expect(semaineType(horaires, LUNDI_30_NOVEMBRE)).toBe(attendu);
  });

  it('ne fait pas d’un jour férié un jour de fermeture habituel', () => {
    const semaine = semaineType('Mo-Fr 09:00-17:00; PH off', LUNDI_9_NOVEMBRE);

    expect(semaine?.split(';')[2]).toBe('0900-1700');
  });

  it('applique les règles saisonnières en vigueur à la date de construction', () => {
    const horaires = 'Mo-Fr 09:00-17:00; Jul-Aug Mo-Fr 09:00-12:00';

    expect(semaineType(horaires, new Date(2026, 6, 6))?.split(';')[0]).toBe('0900-1200');
    expect(semaineType(horaires, LUNDI_30_NOVEMBRE)?.split(';')[0]).toBe('0900-1700');
  });

  it.each<[string | undefined, string]>([
    [undefined, 'absentes'],
    ['', 'vides'],
    ['n’importe quoi', 'illisibles'],
    ['Mo-Fr 09:00-17:00 unknown', 'inconnues'],
  ])('renvoie undefined pour des horaires %j (%s)', (horaires, _cas) => {
    expect(semaineType(horaires, LUNDI_30_NOVEMBRE)).toBeUndefined();
  });
});

describe('indexationLieu', () => {
  it('déclare le type, la commune et les services en filtres, la commune et la semaine en métadonnées', () => {
    const props = indexationLieu(
      { commune: 'Vire Normandie', services: ['Aide aux démarches administratives'], horaires: 'Mo-Fr 09:00-17:00' },
      LUNDI_30_NOVEMBRE,
    );

    expect(props).toEqual({
      type: 'lieu',
      filtres: { commune: ['Vire Normandie'], service: ['Aide aux démarches administratives'] },
      metas: { commune: 'Vire Normandie', semaine: '0900-1700;0900-1700;0900-1700;0900-1700;0900-1700;;' },
    });
  });

  it('laisse la semaine de côté sans horaires', () => {
    expect(indexationLieu({ commune: 'Caen' }).metas.semaine).toBeUndefined();
  });
});

describe('semaineType, jours fériés rapprochés', () => {
  it('garde le vendredi ouvert quand deux vendredis sur quatre sont fériés (1er et 8 mai 2026)', () => {
    const semaine = semaineType('Mo-Fr 09:00-17:00; PH off', new Date(2026, 3, 27));

    expect(semaine?.split(';')[4]).toBe('0900-1700');
  });

  it('donne le même résultat au second appel (valeur mise en mémoire)', () => {
    const depuis = new Date(2026, 10, 30);

    expect(semaineType('Sa 10:00-12:00', depuis)).toBe(semaineType('Sa 10:00-12:00', depuis));
    expect(semaineType('Sa 10:00-12:00', depuis)).toBe(';;;;;1000-1200;');
  });
});
