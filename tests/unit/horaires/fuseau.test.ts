import { describe, expect, it } from 'vitest';
import { compilerHoraires, feriesOpeningHours } from '../../../src/lib/horaires/compilation.ts';
import { ligneStatut, momentLocal, momentParis, plagesDuJour, statutHoraires, type HorairesCompacts } from '../../../src/lib/horaires/evaluation.ts';
import { fuseauAppareil, fuseauConnu, fuseauHoraire, FUSEAUX_OUTRE_MER, precisionHeureLocale } from '../../../src/lib/horaires/fuseau.ts';
import { joursFeries } from '../../../src/lib/horaires/jours-feries.ts';
import { statutResultat } from '../../../src/lib/recherche/recherche.ts';

/** Mo 08:00-13:00 (a Guadeloupe France Services on Monday mornings). */
const LUNDI_MATIN: HorairesCompacts = { s: [[480, 780], [], [], [], [], [], []], du: '2026-01-01', au: '2026-12-31' };

describe('fuseau horaire du territoire', () => {
  it.each([
    ['14', 'Europe/Paris'],
    ['2A', 'Europe/Paris'],
    ['2B', 'Europe/Paris'],
    ['68', 'Europe/Paris'],
    ['971', 'America/Guadeloupe'],
    ['972', 'America/Martinique'],
    ['973', 'America/Cayenne'],
    ['974', 'Indian/Reunion'],
    ['976', 'Indian/Mayotte'],
  ])('le département %s est à l’heure de %s', (departement, fuseau) => {
    expect(fuseauHoraire(departement)).toBe(fuseau);
    expect(fuseauConnu(fuseau)).toBe(true);
  });

  it('prend le fuseau réglé dans collectif.yaml quand il y en a un', () => {
    expect(fuseauHoraire('75', 'Pacific/Noumea')).toBe('Pacific/Noumea');
    expect(fuseauConnu('Europe/Pariss')).toBe(false);
  });

  it('dit « heure locale » quand l’appareil n’est pas à l’heure du territoire', () => {
    expect(precisionHeureLocale('America/Guadeloupe', 'Europe/Paris')).toBe(true);
    expect(precisionHeureLocale('America/Guadeloupe', 'America/Guadeloupe')).toBe(false);
    expect(precisionHeureLocale('Europe/Paris', 'Europe/Paris')).toBe(false);
    expect(precisionHeureLocale('Europe/Paris', 'UTC')).toBe(true);
    // Without a device (build, tools): outside the mainland only.
    expect(precisionHeureLocale('Indian/Reunion')).toBe(true);
    expect(precisionHeureLocale('Europe/Paris')).toBe(false);
    expect(fuseauAppareil()).toBeUndefined();
  });
});

describe('statut à l’heure locale, quel que soit le fuseau de l’appareil', () => {
  it.each([
    // Monday 2026-06-01; Guadeloupe is UTC-4 all year, Paris UTC+2 in June.
    ['971', '2026-06-01T13:00:00Z', '2026-06-01', 9 * 60, 'Ouvert · ferme à 13 h 00'], // 9:00 in Pointe-à-Pitre, 15:00 in Paris
    ['971', '2026-06-01T10:30:00Z', '2026-06-01', 6 * 60 + 30, 'Fermé · ouvre aujourd’hui à 8 h 00'], // 6:30 there, 12:30 in Paris
    ['971', '2026-06-01T17:00:00Z', '2026-06-01', 13 * 60, 'Fermé · ouvre le 8 juin à 8 h 00'], // 13:00 there
    ['972', '2026-06-01T12:30:00Z', '2026-06-01', 8 * 60 + 30, 'Ouvert · ferme à 13 h 00'],
    ['973', '2026-06-01T11:30:00Z', '2026-06-01', 8 * 60 + 30, 'Ouvert · ferme à 13 h 00'], // UTC-3
    // La Réunion is UTC+4, Mayotte UTC+3: Monday morning there is Sunday night in Guadeloupe.
    ['974', '2026-06-01T04:30:00Z', '2026-06-01', 8 * 60 + 30, 'Ouvert · ferme à 13 h 00'],
    ['974', '2026-05-31T23:00:00Z', '2026-06-01', 3 * 60, 'Fermé · ouvre aujourd’hui à 8 h 00'],
    ['976', '2026-06-01T09:59:00Z', '2026-06-01', 12 * 60 + 59, 'Ouvert · ferme à 13 h 00'],
    ['976', '2026-06-01T10:00:00Z', '2026-06-01', 13 * 60, 'Fermé · ouvre le 8 juin à 8 h 00'],
    // Corsica and Alsace are on Paris time.
    ['2A', '2026-06-01T06:30:00Z', '2026-06-01', 8 * 60 + 30, 'Ouvert · ferme à 13 h 00'],
  ])('%s à %s', (departement, instant, date, minutes, ligne) => {
    const moment = momentLocal(new Date(instant), fuseauHoraire(departement));

    expect(moment).toEqual({ date, minutes });
    expect(ligneStatut(statutHoraires(LUNDI_MATIN, moment, departement), moment)).toBe(ligne);
  });

  it('écrit « heure locale » après l’heure quand on le lui demande, et seulement quand une heure est donnée', () => {
    const moment = momentLocal(new Date('2026-06-01T13:00:00Z'), 'America/Guadeloupe');

    expect(ligneStatut(statutHoraires(LUNDI_MATIN, moment, '971'), moment, true)).toBe('Ouvert · ferme à 13 h 00 (heure locale)');
    expect(ligneStatut({ etat: 'ouvert' }, moment, true)).toBe('Ouvert · en continu');
    expect(ligneStatut({ etat: 'inconnu' }, moment, true)).toBe('Horaires non renseignés');
  });

  it('garde momentParis pour la métropole (ancienne signature)', () => {
    const instant = new Date('2026-06-01T13:00:00Z');
    expect(momentParis(instant)).toEqual(momentLocal(instant, 'Europe/Paris'));
    expect(momentLocal(instant)).toEqual(momentParis(instant));
  });

  it('donne le statut des résultats de recherche à l’heure du lieu, avec « heure locale » pour un appareil réglé sur Paris', () => {
    const meta = JSON.stringify(LUNDI_MATIN);
    const instant = new Date('2026-06-01T13:00:00Z');

    expect(statutResultat(meta, '971', instant, undefined, 'Europe/Paris')).toEqual({ ouvert: true, libelle: 'Ouvert · ferme à 13 h 00 (heure locale)' });
    expect(statutResultat(meta, '971', instant, 'America/Guadeloupe', 'America/Guadeloupe')).toEqual({ ouvert: true, libelle: 'Ouvert · ferme à 13 h 00' });
    // At 15:00 in Paris the mainland place is closed (it was so before the time zones, too).
    expect(statutResultat(meta, '14', instant, undefined, 'Europe/Paris')).toEqual({ ouvert: false, libelle: 'Fermé · ouvre le 8 juin à 8 h 00' });
  });
});

describe('jours fériés de chaque territoire : la liste du site et opening_hours s’accordent', () => {
  const de = new Date(2026, 0, 1);
  const a = new Date(2028, 0, 1);
  const DEPARTEMENTS = ['14', '2A', '2B', '57', '67', '68', ...Object.keys(FUSEAUX_OUTRE_MER)];
  const liste = (departement: string) => [2026, 2027].flatMap((annee) => joursFeries(annee, departement).map((j) => j.date));

  it.each([
    ['971', '05-27'],
    ['972', '05-22'],
    ['973', '06-10'],
    ['974', '12-20'],
    ['976', '04-27'],
  ])('%s : abolition de l’esclavage le %s', (departement, jour) => {
    expect(joursFeries(2026, departement)).toContainEqual({ date: `2026-${jour}`, nom: 'Abolition de l’esclavage' });
    expect(feriesOpeningHours(departement, de, a)).toContain(`2026-${jour}`);
  });

  it('Alsace-Moselle : Vendredi saint et 26 décembre, pas ailleurs', () => {
    for (const d of ['57', '67', '68']) expect(liste(d)).toEqual(expect.arrayContaining(['2026-04-03', '2026-12-26']));
    for (const d of ['14', '2A', '971']) expect(liste(d)).not.toContain('2026-12-26');
  });

  it.each(DEPARTEMENTS)('%s : opening_hours connaît chaque jour férié du site', (departement) => {
    const ph = feriesOpeningHours(departement, de, a);
    expect(liste(departement).filter((d) => !ph.includes(d))).toEqual([]);
  });

  it.each(DEPARTEMENTS)('%s : un jour que opening_hours croit férié sans que la loi le dise suit les horaires ordinaires', (departement) => {
    // Good Friday and 21 July are « PH » for opening_hours in Guadeloupe and Martinique, days
    // off by custom, not public holidays (Code du travail L3133-1, décret 83-1003).
    const compiles = compilerHoraires('Mo-Sa 09:00-12:00; PH off', departement, '2026-01-01', 730)!.compacts;
    for (const date of feriesOpeningHours(departement, de, a)) {
      const ferie = liste(departement).includes(date);
      const ouvrable = new Date(`${date}T12:00:00Z`).getUTCDay() !== 0;
      expect(plagesDuJour(compiles, date, departement), `${departement} ${date}`).toEqual(ferie || !ouvrable ? [] : [540, 720]);
    }
  });
});
