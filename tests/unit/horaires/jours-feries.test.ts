import { describe, expect, it } from 'vitest';
import { decalerDate, jourFerie, joursFeries, paques } from '../../../src/lib/horaires/jours-feries.ts';

describe('paques', () => {
  // Dates published by the Bureau des longitudes / IMCCE.
  it.each([
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Pâques %i tombe le %s', (annee, attendu) => {
    expect(paques(annee)).toBe(attendu);
  });
});

describe('decalerDate', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-28', 2, '2026-03-30'], // across the clock change: calendar days, not 24-hour steps
  ])('%s %+i jour(s) → %s', (date, jours, attendu) => {
    expect(decalerDate(date, jours)).toBe(attendu);
  });
});

describe('joursFeries', () => {
  it('donne les onze jours fériés nationaux de 2026, dans l’ordre', () => {
    expect(joursFeries(2026, '14').map((j) => j.date)).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-08',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });

  it.each(['57', '67', '68'])('ajoute le Vendredi saint et la Saint-Étienne en Alsace-Moselle (%s)', (departement) => {
    const feries = joursFeries(2026, departement);

    expect(feries).toHaveLength(13);
    expect(feries).toContainEqual({ date: '2026-04-03', nom: 'Vendredi saint' });
    expect(feries).toContainEqual({ date: '2026-12-26', nom: 'Saint-Étienne' });
  });

  it.each([
    ['971', '2026-05-27'],
    ['972', '2026-05-22'],
    ['973', '2026-06-10'],
    ['974', '2026-12-20'],
    ['976', '2026-04-27'],
  ])('ajoute l’abolition de l’esclavage outre-mer (%s : %s)', (departement, date) => {
    expect(jourFerie(date, departement)).toBe('Abolition de l’esclavage');
    expect(jourFerie(date, '14')).toBeUndefined();
  });
});

describe('jourFerie', () => {
  it.each([
    ['2026-04-06', '14', 'Lundi de Pâques'],
    ['2026-05-14', '14', 'Ascension'],
    ['2026-05-25', '14', 'Lundi de Pentecôte'],
    ['2027-05-17', '14', 'Lundi de Pentecôte'],
    ['2026-04-03', '57', 'Vendredi saint'],
    ['2026-04-03', '14', undefined],
    ['2026-12-26', '67', 'Saint-Étienne'],
    ['2026-12-26', '14', undefined],
    ['2026-04-05', '14', undefined], // Easter Sunday itself is a Sunday, not a listed holiday
    ['2026-06-02', '14', undefined],
  ])('%s dans le %s → %s', (date, departement, attendu) => {
    expect(jourFerie(date, departement)).toBe(attendu);
  });
});
