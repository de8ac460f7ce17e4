import { describe, expect, it } from 'vitest';
import { HORIZON_RECHERCHE_JOURS, horairesPourRecherche, indexationLieu } from '../../../src/lib/recherche/indexation.ts';
import { statutHoraires } from '../../../src/lib/horaires/evaluation.ts';
import { compilerHoraires } from '../../../src/lib/horaires/compilation.ts';

describe('indexationLieu', () => {
  it('déclare le type, la commune et les services en filtres ; la commune, les horaires compilés et le département en métadonnées', () => {
    const horaires = compilerHoraires('Mo-Fr 09:00-17:00; PH off', '14', '2026-11-30')!.compacts;

    const props = indexationLieu({ commune: 'Vire Normandie', services: ['Aide aux démarches administratives'] }, horaires, '14');

    expect(props).toEqual({
      type: 'lieu',
      filtres: { commune: ['Vire Normandie'], service: ['Aide aux démarches administratives'] },
      metas: { commune: 'Vire Normandie', horaires: JSON.stringify(horairesPourRecherche(horaires)), departement: '14', fuseau: 'Europe/Paris' },
    });
  });

  it('laisse les horaires de côté pour un lieu sans horaires lisibles', () => {
    const props = indexationLieu({ commune: 'Caen' }, undefined, '14');

    expect(props.metas.horaires).toBeUndefined();
    expect(props.metas.departement).toBeUndefined();
    expect(props.filtres.service).toEqual([]);
  });
});

describe('horairesPourRecherche', () => {
  // The first Saturday of each month is open: a dated exception every month of the year.
  const annee = compilerHoraires('Mo-Fr 09:00-17:00; Sa[1] 10:00-12:00; PH off', '14', '2026-11-30')!.compacts;
  const coupees = horairesPourRecherche(annee);

  it(`ne garde que ${HORIZON_RECHERCHE_JOURS} jours d’exceptions datées`, () => {
    expect(Object.keys(annee.x ?? {}).length).toBeGreaterThan(6);
    expect(coupees.au).toBe('2026-12-13');
    expect(Object.keys(coupees.x ?? {}).every((d) => d <= '2026-12-13')).toBe(true);
    expect(JSON.stringify(coupees).length).toBeLessThan(JSON.stringify(annee).length);
  });

  it('donne le même statut que les horaires complets pendant l’horizon', () => {
    for (const date of ['2026-12-01', '2026-12-05', '2026-12-06', '2026-12-12']) {
      for (const minutes of [600, 660, 900]) {
        expect(statutHoraires(coupees, { date, minutes }, '14')).toEqual(statutHoraires(annee, { date, minutes }, '14'));
      }
    }
  });
});
