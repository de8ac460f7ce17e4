import { describe, expect, it } from 'vitest';
import { indexationLieu } from '../../src/lib/recherche-indexation.ts';
import { compilerHoraires } from '../../src/lib/horaires-compilation.ts';

describe('indexationLieu', () => {
  it('déclare le type, la commune et les services en filtres ; la commune, les horaires compilés et le département en métadonnées', () => {
    const horaires = compilerHoraires('Mo-Fr 09:00-17:00; PH off', '14', '2026-11-30')!.compacts;

    const props = indexationLieu({ commune: 'Vire Normandie', services: ['Aide aux démarches administratives'] }, horaires, '14');

    expect(props).toEqual({
      type: 'lieu',
      filtres: { commune: ['Vire Normandie'], service: ['Aide aux démarches administratives'] },
      metas: { commune: 'Vire Normandie', horaires: JSON.stringify(horaires), departement: '14' },
    });
  });

  it('laisse les horaires de côté pour un lieu sans horaires lisibles', () => {
    const props = indexationLieu({ commune: 'Caen' }, undefined, '14');

    expect(props.metas.horaires).toBeUndefined();
    expect(props.metas.departement).toBeUndefined();
    expect(props.filtres.service).toEqual([]);
  });
});
