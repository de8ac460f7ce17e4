import OpeningHours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { adresseOpeningHours, compilerHoraires, normaliserPlages } from '../../../src/lib/horaires/compilation.ts';
import { ligneStatut, plagesDuJour, statutHoraires } from '../../../src/lib/horaires/evaluation.ts';
import { decalerDate } from '../../../src/lib/horaires/jours-feries.ts';

const DEBUT = '2026-01-01';
const compiler = (valeur: string | undefined, departement = '14', jours = 366) => compilerHoraires(valeur, departement, DEBUT, jours);

describe('compilerHoraires : modèle de semaine et jours fériés', () => {
  it('lit une pause de midi et une fermeture les jours fériés', () => {
    const resultat = compiler('Mo-Fr 09:00-12:00,14:00-17:00; PH off');

    expect(resultat?.compacts.s).toEqual([
      [540, 720, 840, 1020],
      [540, 720, 840, 1020],
      [540, 720, 840, 1020],
      [540, 720, 840, 1020],
      [540, 720, 840, 1020],
      [],
      [],
    ]);
    expect(resultat?.compacts.f).toEqual([]);
    expect(resultat?.compacts.x).toBeUndefined();
    expect(resultat?.compacts.du).toBe('2026-01-01');
    expect(resultat?.compacts.au).toBe('2027-01-01');
  });

  it('n’invente pas de règle pour les jours fériés quand les horaires n’en ont pas', () => {
    const resultat = compiler('Mo-Fr 09:00-17:00');

    expect(resultat?.compacts.f).toBeUndefined();
    expect(resultat?.compacts.x).toBeUndefined();
    expect(plagesDuJour(resultat!.compacts, '2026-04-06', '14')).toEqual([540, 1020]);
  });

  it('coupe une soirée qui dépasse minuit entre les deux jours', () => {
    const s = compiler('Fr 20:00-02:00')?.compacts.s;

    expect(s?.[4]).toEqual([1200, 1440]);
    expect(s?.[5]).toEqual([0, 120]);
  });

  it('lit 24/7 comme ouvert toute la journée, tous les jours', () => {
    expect(compiler('24/7')?.compacts.s).toEqual(Array.from({ length: 7 }, () => [0, 1440]));
  });

  it('garde une fermeture d’été comme exceptions datées', () => {
    const x = compiler('Mo-Fr 09:00-17:00; Aug off')?.compacts.x ?? {};

    expect(Object.keys(x)).toHaveLength(21); // weekdays of August 2026
    expect(x['2026-08-03']).toEqual([]);
    expect(x['2026-08-01']).toBeUndefined(); // a Saturday: closed anyway
  });

  it('connaît les jours fériés d’Alsace-Moselle par le département', () => {
    const moselle = compiler('Mo-Fr 09:00-17:00; PH off', '57')!.compacts;
    const calvados = compiler('Mo-Fr 09:00-17:00; PH off', '14')!.compacts;

    expect(plagesDuJour(moselle, '2026-04-03', '57')).toEqual([]);
    expect(plagesDuJour(calvados, '2026-04-03', '14')).toEqual([540, 1020]);
    expect(moselle.x).toBeUndefined(); // our holidays and those of opening_hours agree
  });

  it('relève les commentaires des règles', () => {
    expect(compiler('Mo 10:00-12:00 "sur rendez-vous"')?.commentaires).toEqual(['sur rendez-vous']);
  });

  it.each([[undefined], [''], ['   '], ['n’importe quoi'], ['Lu-Ve 25:00-26:00']])('renvoie null pour des horaires absents ou illisibles (%j)', (valeur) => {
    expect(compiler(valeur)).toBeNull();
  });

  it('donne « Horaires non renseignés » pour des horaires illisibles', () => {
    const moment = { date: '2026-06-02', minutes: 600 };

    expect(ligneStatut(statutHoraires(compiler('pas des horaires')?.compacts, moment, '14'), moment)).toBe('Horaires non renseignés');
  });
});

describe('compilerHoraires : la forme compacte reproduit opening_hours heure par heure', () => {
  // Every hour of the year, the compact form gives the same state as the full library.
  it.each([
    ['Mo-Fr 09:00-12:00,14:00-17:00; PH off', '14'],
    ['Tu-Fr 10:00-12:30,14:00-18:00; Sa 10:00-17:00; PH off', '14'],
    ['Mo-Fr 09:00-17:00; PH off', '57'],
    ['Mo-Sa 08:00-20:00; Su,PH 10:00-13:00', '14'],
    ['Mo,We 14:00-17:30; Fr 20:00-02:00', '14'],
    ['week 1-53/2 Mo 09:00-12:00; week 2-52/2 Tu 14:00-16:00', '14'],
    ['Mo[1] 14:00-16:00', '14'],
    ['Mo-Fr 09:00-17:00; Jul 14-Aug 20 off; Dec 24-Jan 01 off', '14'],
    ['Jun-Sep: Mo-Sa 10:00-19:00; Oct-May: We,Sa 14:00-17:00', '14'],
  ])('%s (%s)', (valeur, departement) => {
    const compacts = compiler(valeur, departement)!.compacts;
    const oh = new OpeningHours(valeur, adresseOpeningHours(departement), { mode: 0 } as never);
    const ecarts: string[] = [];

    for (let jour = 0; jour < 366; jour++) {
      const date = decalerDate(DEBUT, jour);
      const [a, m, j] = date.split('-').map(Number) as [number, number, number];
      const plages = plagesDuJour(compacts, date, departement);
      for (let heure = 0; heure < 24; heure++) {
        for (const minute of [0, 30]) {
          const minutes = heure * 60 + minute;
          let ouvert = false;
          for (let i = 0; i < plages.length; i += 2) if (plages[i]! <= minutes && minutes < plages[i + 1]!) ouvert = true;
          if (ouvert !== oh.getState(new Date(a, m - 1, j, heure, minute))) ecarts.push(`${date} ${heure}:${minute}`);
        }
      }
    }

    expect(ecarts).toEqual([]);
  });
});

describe('normaliserPlages', () => {
  it.each([
    [
      [840, 1020, 540, 720],
      [540, 720, 840, 1020],
    ],
    [
      [540, 720, 720, 1020],
      [540, 1020],
    ],
    [
      [540, 800, 700, 1020],
      [540, 1020],
    ],
    [[600, 600], []],
  ])('%j → %j', (entree, attendu) => {
    expect(normaliserPlages(entree)).toEqual(attendu);
  });
});

describe('adresseOpeningHours', () => {
  it.each([
    ['14', 'Normandie'],
    ['57', 'Moselle'],
    ['67', 'Bas-Rhin'],
    ['68', 'Haut-Rhin'],
    ['54', 'Grand Est'],
    ['974', 'La Réunion'],
    ['99', 'France'],
  ])('département %s → %s', (departement, etat) => {
    expect(adresseOpeningHours(departement).address.state).toBe(etat);
  });
});
