import { describe, expect, it } from 'vitest';
import { compilerHoraires } from '../../../src/lib/horaires/compilation.ts';
import { CRENEAUX, dateDuJour, decoderQuand, encoderQuand, ouvertQuand, quandEnMots, type Quand } from '../../../src/lib/horaires/creneaux.ts';
import type { HorairesCompacts, MomentParis } from '../../../src/lib/horaires/evaluation.ts';

const at = (date: string, heure: string): MomentParis => {
  const [hh, mm] = heure.split(':').map(Number);
  return { date, minutes: hh! * 60 + mm! };
};

/** The hours as written in a place's record, compiled by the same code as the status. */
function horaires(valeur: string, debut = '2026-01-01'): HorairesCompacts {
  const compiles = compilerHoraires(valeur, '14', debut);
  if (!compiles) throw new Error(`horaires illisibles : ${valeur}`);
  return compiles.compacts;
}

const BUREAU = horaires('Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:30-12:00; PH off');
const APRES_MIDI = horaires('Tu,Th 13:30-17:30; PH off');
const SOIREE = horaires('We 18:30-21:00');
const FERIES_OUVERTS = horaires('Mo 09:00-12:00');

// 2026-12-02 is a Wednesday; Easter Monday 2026 is 6 April; Christmas 2026 is a Friday.
describe('dateDuJour', () => {
  it.each<[string, number, Quand & { type: 'jour' }, MomentParis, string]>([
    ['samedi suivant', 5, { type: 'jour', jour: 5 }, at('2026-12-02', '10:00'), '2026-12-05'],
    ['le jour même, tant que le créneau n’est pas fini', 2, { type: 'jour', jour: 2, creneau: 'apres-midi' }, at('2026-12-02', '17:59'), '2026-12-02'],
    ['le jour même, créneau fini : la semaine suivante', 2, { type: 'jour', jour: 2, creneau: 'matin' }, at('2026-12-02', '12:00'), '2026-12-09'],
    ['mardi depuis mercredi : mardi suivant', 1, { type: 'jour', jour: 1 }, at('2026-12-02', '08:00'), '2026-12-08'],
  ])('%s', (_cas, jour, q, maintenant, attendu) => {
    expect(dateDuJour(jour, q.creneau, maintenant)).toBe(attendu);
  });
});

describe('ouvertQuand', () => {
  it.each<[string, HorairesCompacts, Quand, MomentParis, boolean]>([
    ['ouvert maintenant', BUREAU, { type: 'maintenant' }, at('2026-12-02', '10:00'), true],
    ['fermé à midi', BUREAU, { type: 'maintenant' }, at('2026-12-02', '12:30'), false],
    ['ouvert aujourd’hui : rouvre à 14 h', BUREAU, { type: 'aujourdhui' }, at('2026-12-02', '12:30'), true],
    ['ouvert aujourd’hui : fini pour la journée', BUREAU, { type: 'aujourdhui' }, at('2026-12-02', '17:30'), false],
    ['samedi matin : ouvert 9 h 30 – 12 h', BUREAU, { type: 'jour', jour: 5, creneau: 'matin' }, at('2026-12-02', '10:00'), true],
    ['samedi après-midi : fermé', BUREAU, { type: 'jour', jour: 5, creneau: 'apres-midi' }, at('2026-12-02', '10:00'), false],
    ['dimanche : fermé', BUREAU, { type: 'jour', jour: 6 }, at('2026-12-02', '10:00'), false],
    ['mardi matin : ouvert seulement l’après-midi', APRES_MIDI, { type: 'jour', jour: 1, creneau: 'matin' }, at('2026-12-02', '10:00'), false],
    ['mardi après-midi', APRES_MIDI, { type: 'jour', jour: 1, creneau: 'apres-midi' }, at('2026-12-02', '10:00'), true],
    ['mercredi soir : 18 h 30 – 21 h', SOIREE, { type: 'jour', jour: 2, creneau: 'soir' }, at('2026-12-02', '10:00'), true],
    ['mercredi après-midi : ouvre seulement à 18 h 30', SOIREE, { type: 'jour', jour: 2, creneau: 'apres-midi' }, at('2026-12-02', '10:00'), false],
    // Public holidays count: the date meant is a holiday, and the place is closed on holidays.
    ['lundi matin de Pâques : fermé (jour férié)', BUREAU, { type: 'jour', jour: 0, creneau: 'matin' }, at('2026-04-03', '10:00'), false],
    ['le mardi qui suit Pâques : ouvert', BUREAU, { type: 'jour', jour: 1, creneau: 'matin' }, at('2026-04-03', '10:00'), true],
    ['vendredi de Noël : fermé', BUREAU, { type: 'jour', jour: 4 }, at('2026-12-23', '10:00'), false],
    ['vendredi d’une semaine ordinaire : ouvert', BUREAU, { type: 'jour', jour: 4 }, at('2026-12-02', '10:00'), true],
    [
      'un lieu sans règle pour les fériés suit sa semaine le lundi de Pâques',
      FERIES_OUVERTS,
      { type: 'jour', jour: 0, creneau: 'matin' },
      at('2026-04-03', '10:00'),
      true,
    ],
  ])('%s', (_cas, h, quand, maintenant, attendu) => {
    expect(ouvertQuand(h, quand, maintenant, '14')).toBe(attendu);
  });

  it('un créneau est retenu dès qu’une plage le touche, pas seulement s’il la contient', () => {
    const matin = CRENEAUX.find((c) => c.id === 'matin')!;
    const touche = horaires(`Th ${String(Math.floor((matin.fin - 30) / 60)).padStart(2, '0')}:30-14:00`);

    expect(ouvertQuand(touche, { type: 'jour', jour: 3, creneau: 'matin' }, at('2026-12-02', '10:00'), '14')).toBe(true);
  });
});

describe('encoderQuand et decoderQuand', () => {
  it.each<[Quand, string]>([
    [{ type: 'maintenant' }, 'maintenant'],
    [{ type: 'aujourdhui' }, 'aujourdhui'],
    [{ type: 'jour', jour: 5 }, 'samedi'],
    [{ type: 'jour', jour: 5, creneau: 'matin' }, 'samedi-matin'],
    [{ type: 'jour', jour: 0, creneau: 'apres-midi' }, 'lundi-apres-midi'],
    [{ type: 'jour', jour: 6, creneau: 'soir' }, 'dimanche-soir'],
  ])('%j ↔ %s', (quand, texte) => {
    expect(encoderQuand(quand)).toBe(texte);
    expect(decoderQuand(texte)).toEqual(quand);
  });

  it.each([['demain'], ['samedi-nuit'], ['Samedi'], [''], ['samedi-']])('refuse %j', (texte) => {
    expect(decoderQuand(texte)).toBeUndefined();
  });
});

describe('quandEnMots', () => {
  it('écrit des dates, jamais « demain » : une liste imprimée se lit plus tard', () => {
    expect(quandEnMots({ type: 'jour', jour: 5, creneau: 'matin' }, at('2026-12-02', '10:00'))).toBe(
      'ouverts le samedi 5 décembre le matin (à un moment entre 8 h et 12 h)',
    );
    expect(quandEnMots({ type: 'jour', jour: 1, creneau: 'apres-midi' }, at('2026-12-02', '10:00'))).toBe(
      'ouverts le mardi 8 décembre l’après-midi (à un moment entre 12 h et 18 h)',
    );
    expect(quandEnMots({ type: 'maintenant' }, at('2026-12-01', '09:05'))).toBe('ouverts le mardi 1er décembre à 9 h 05');
    expect(quandEnMots({ type: 'aujourdhui' }, at('2026-12-02', '09:05'))).toBe('ouverts le mercredi 2 décembre');
    expect(quandEnMots({ type: 'jour', jour: 6 }, at('2026-12-02', '09:05'))).toBe('ouverts le dimanche 6 décembre');
  });
});
