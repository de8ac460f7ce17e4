import { describe, expect, it } from 'vitest';
import {
  formaterPlages,
  ligneStatut,
  momentParis,
  ouvertAujourdhui,
  particularitesAVenir,
  resumeHoraires,
  semaineAffichee,
  statutHoraires,
  type HorairesCompacts,
  type MomentParis,
} from '../../../src/lib/horaires/evaluation.ts';

const h = (heure: string) => {
  const [hh, mm] = heure.split(':').map(Number);
  return hh! * 60 + mm!;
};
const at = (date: string, heure: string): MomentParis => ({ date, minutes: h(heure) });

/** Mo-Fr 09:00-12:00,14:00-17:00; PH off (a lunch break, closed on public holidays). */
const BUREAU: HorairesCompacts = {
  s: [[540, 720, 840, 1020], [540, 720, 840, 1020], [540, 720, 840, 1020], [540, 720, 840, 1020], [540, 720, 840, 1020], [], []],
  f: [],
  du: '2026-01-01',
  au: '2027-01-01',
};

/** We-Fr 18:00-24:00, Sa 00:00-02:00,20:00-24:00, Su 00:00-03:00: evenings past midnight. */
const SOIREE: HorairesCompacts = {
  s: [[], [], [1080, 1440], [1080, 1440], [1080, 1440], [0, 120, 1200, 1440], [0, 180]],
  du: '2026-01-01',
  au: '2027-01-01',
};

/** Tu 10:00-12:00 with an exceptional closure and an exceptional Saturday opening. */
const EXCEPTIONS: HorairesCompacts = {
  s: [[], [600, 720], [], [], [], [], []],
  x: { '2026-06-09': [], '2026-06-13': [840, 960] },
  du: '2026-01-01',
  au: '2026-12-31',
};

const TOUJOURS: HorairesCompacts = { s: Array.from({ length: 7 }, () => [0, 1440]), du: '2026-01-01', au: '2026-12-31' };
const JAMAIS: HorairesCompacts = { s: Array.from({ length: 7 }, () => []), du: '2026-01-01', au: '2026-12-31' };
/** Only the first Monday of some months, as exceptions: the next opening is weeks away. */
const RARE: HorairesCompacts = { s: Array.from({ length: 7 }, () => []), x: { '2026-07-06': [600, 720] }, du: '2026-01-01', au: '2026-12-31' };

describe('statutHoraires et ligneStatut', () => {
  it.each<[string, HorairesCompacts | null, MomentParis, string, string]>([
    // Lunch break. 2026-06-02 is a Tuesday.
    ['le matin', BUREAU, at('2026-06-02', '10:00'), '14', 'Ouvert · ferme à 12 h 00'],
    ['à l’ouverture pile', BUREAU, at('2026-06-02', '09:00'), '14', 'Ouvert · ferme à 12 h 00'],
    ['à la pause de midi', BUREAU, at('2026-06-02', '12:00'), '14', 'Fermé · ouvre aujourd’hui à 14 h 00'],
    ['avant l’ouverture', BUREAU, at('2026-06-02', '07:30'), '14', 'Fermé · ouvre aujourd’hui à 9 h 00'],
    ['à la fermeture pile', BUREAU, at('2026-06-02', '17:00'), '14', 'Fermé · ouvre demain à 9 h 00'],
    ['le vendredi soir', BUREAU, at('2026-06-05', '18:00'), '14', 'Fermé · ouvre lundi à 9 h 00'],
    ['le dimanche', BUREAU, at('2026-06-07', '11:00'), '14', 'Fermé · ouvre demain à 9 h 00'],
    // Public holidays: Easter Monday 2026-04-06, Christmas on a Friday (2026-12-25).
    ['le lundi de Pâques', BUREAU, at('2026-04-06', '10:00'), '14', 'Fermé · ouvre demain à 9 h 00'],
    ['la veille de Noël au soir', BUREAU, at('2026-12-24', '18:00'), '14', 'Fermé · ouvre lundi à 9 h 00'],
    ['le Vendredi saint hors Alsace-Moselle', BUREAU, at('2026-04-03', '10:00'), '14', 'Ouvert · ferme à 12 h 00'],
    ['le Vendredi saint en Moselle', BUREAU, at('2026-04-03', '10:00'), '57', 'Fermé · ouvre mardi à 9 h 00'],
    // Past midnight.
    ['le mercredi soir, fermeture à minuit', SOIREE, at('2026-06-03', '20:00'), '14', 'Ouvert · ferme à minuit'],
    ['le vendredi soir, après minuit', SOIREE, at('2026-06-05', '23:00'), '14', 'Ouvert · ferme demain à 2 h 00'],
    ['le samedi à 1 h', SOIREE, at('2026-06-06', '01:00'), '14', 'Ouvert · ferme à 2 h 00'],
    ['le samedi à 2 h', SOIREE, at('2026-06-06', '02:00'), '14', 'Fermé · ouvre aujourd’hui à 20 h 00'],
    ['le samedi soir, jusqu’au dimanche', SOIREE, at('2026-06-06', '22:00'), '14', 'Ouvert · ferme demain à 3 h 00'],
    // Exceptions.
    ['un mardi de fermeture exceptionnelle', EXCEPTIONS, at('2026-06-09', '10:30'), '14', 'Fermé · ouvre samedi à 14 h 00'],
    ['un samedi d’ouverture exceptionnelle', EXCEPTIONS, at('2026-06-13', '15:00'), '14', 'Ouvert · ferme à 16 h 00'],
    ['après la période des exceptions', EXCEPTIONS, at('2027-06-08', '10:30'), '14', 'Ouvert · ferme à 12 h 00'],
    // Far away, never, always, unknown.
    ['une ouverture dans plusieurs semaines', RARE, at('2026-06-10', '10:00'), '14', 'Fermé · ouvre le 6 juillet à 10 h 00'],
    ['un lieu toujours ouvert', TOUJOURS, at('2026-06-10', '03:00'), '14', 'Ouvert · en continu'],
    ['un lieu jamais ouvert', JAMAIS, at('2026-06-10', '03:00'), '14', 'Fermé · aucune ouverture prévue'],
    ['des horaires non renseignés', null, at('2026-06-10', '10:00'), '14', 'Horaires non renseignés'],
  ])('%s', (_cas, horaires, moment, departement, attendu) => {
    expect(ligneStatut(statutHoraires(horaires, moment, departement), moment)).toBe(attendu);
  });

  it('donne le moment exact du prochain changement', () => {
    expect(statutHoraires(SOIREE, at('2026-06-05', '23:00'), '14')).toEqual({ etat: 'ouvert', jusqua: { date: '2026-06-06', minutes: 120 } });
    expect(statutHoraires(BUREAU, at('2026-06-05', '18:00'), '14')).toEqual({ etat: 'ferme', ouverture: { date: '2026-06-08', minutes: 540 } });
  });
});

describe('ouvertAujourdhui', () => {
  it.each<[string, MomentParis, boolean]>([
    ['ouvert maintenant', at('2026-06-02', '10:00'), true],
    ['ouvre plus tard dans la journée', at('2026-06-02', '12:30'), true],
    ['fermé jusqu’à demain', at('2026-06-02', '17:30'), false],
    ['fermé le week-end', at('2026-06-06', '10:00'), false],
  ])('%s', (_cas, moment, attendu) => {
    expect(ouvertAujourdhui(statutHoraires(BUREAU, moment, '14'), moment)).toBe(attendu);
  });
});

describe('momentParis', () => {
  it.each([
    // Winter (UTC+1) and summer (UTC+2).
    ['2026-01-15T08:30:00Z', '2026-01-15', '09:30'],
    ['2026-07-15T08:30:00Z', '2026-07-15', '10:30'],
    // Spring forward, Sunday 2026-03-29: 01:59 UTC+1 is followed by 03:00 UTC+2.
    ['2026-03-29T00:59:00Z', '2026-03-29', '01:59'],
    ['2026-03-29T01:00:00Z', '2026-03-29', '03:00'],
    // Fall back, Sunday 2026-10-25: 02:59 UTC+2 is followed by 02:00 UTC+1.
    ['2026-10-25T00:59:00Z', '2026-10-25', '02:59'],
    ['2026-10-25T01:00:00Z', '2026-10-25', '02:00'],
    // Late evening in UTC is already the next day in Paris.
    ['2026-12-31T23:30:00Z', '2027-01-01', '00:30'],
  ])('%s → %s %s à Paris', (instant, date, heure) => {
    expect(momentParis(new Date(instant))).toEqual(at(date, heure));
  });

  it.each([
    // Su 09:00-12:00 on the days the clocks change: a fixed UTC offset would get these wrong.
    ['2026-03-29T07:30:00Z', 'Ouvert · ferme à 12 h 00'], // 09:30 summer time (08:30 with the winter offset)
    ['2026-10-25T07:30:00Z', 'Fermé · ouvre aujourd’hui à 9 h 00'], // 08:30 winter time (09:30 with the summer offset)
  ])('un jour de changement d’heure, %s → %s', (instant, attendu) => {
    const dimanche: HorairesCompacts = { s: [[], [], [], [], [], [], [540, 720]], du: '2026-01-01', au: '2026-12-31' };
    const moment = momentParis(new Date(instant));

    expect(ligneStatut(statutHoraires(dimanche, moment, '14'), moment)).toBe(attendu);
  });
});

describe('affichage des horaires', () => {
  it.each([
    [[], 'Fermé'],
    [[540, 1020], '9 h 00 – 17 h 00'],
    [[540, 720, 840, 1020], '9 h 00 – 12 h 00 et 14 h 00 – 17 h 00'],
    [[480, 600, 660, 720, 840, 1020], '8 h 00 – 10 h 00, 11 h 00 – 12 h 00 et 14 h 00 – 17 h 00'],
    [[0, 1440], '24 h sur 24'],
    [[570, 1440], '9 h 30 – minuit'],
  ])('formaterPlages(%j) → %s', (plages, attendu) => {
    expect(formaterPlages(plages)).toBe(attendu);
  });

  it('écrit une soirée qui dépasse minuit sur son propre jour', () => {
    const semaine = semaineAffichee(SOIREE.s);

    expect(semaine.map((j) => `${j.jour} : ${j.texte}`)).toEqual([
      'lundi : Fermé',
      'mardi : Fermé',
      'mercredi : 18 h 00 – minuit',
      'jeudi : 18 h 00 – minuit',
      'vendredi : 18 h 00 – 2 h 00 le lendemain',
      'samedi : 20 h 00 – 3 h 00 le lendemain',
      'dimanche : Fermé',
    ]);
  });

  it.each<[string, HorairesCompacts, string]>([
    ['bureau', BUREAU, 'Du lundi au vendredi : 9 h 00 – 12 h 00 et 14 h 00 – 17 h 00 ; fermé les jours fériés'],
    ['deux jours', { s: [[], [], [], [], [], [600, 720], [600, 720]], du: '2026-01-01', au: '2026-01-01' }, 'Samedi et dimanche : 10 h 00 – 12 h 00'],
    [
      'jours séparés',
      { s: [[600, 720], [], [600, 720], [], [], [], []], du: '2026-01-01', au: '2026-01-01' },
      'Lundi : 10 h 00 – 12 h 00 ; mercredi : 10 h 00 – 12 h 00',
    ],
    ['jamais', JAMAIS, 'Fermé en semaine habituelle'],
  ])('resumeHoraires : %s', (_cas, horaires, attendu) => {
    expect(resumeHoraires(horaires)).toBe(attendu);
  });

  it('regroupe une fermeture en une période, week-ends compris, et isole les jours fériés', () => {
    const ete: HorairesCompacts = {
      ...BUREAU,
      x: Object.fromEntries(['2026-08-03', '2026-08-04', '2026-08-05', '2026-08-06', '2026-08-07', '2026-08-10', '2026-08-11'].map((d) => [d, []])),
    };

    expect(particularitesAVenir(ete, '2026-07-10', '14', 40)).toEqual([
      { du: '2026-07-14', au: '2026-07-14', plages: [], ferie: 'Fête nationale' },
      { du: '2026-08-03', au: '2026-08-11', plages: [] },
    ]);
  });
});
