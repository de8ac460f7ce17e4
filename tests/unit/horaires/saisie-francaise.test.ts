/**
 * French hours → OpenStreetMap syntax: the examples of the issue, the refusals of ambiguous
 * French, the message `check:content` gives. The properties (random weeks) are in
 * `tests/unit/lent/saisie-francaise.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { validerHoraires } from '../../../src/lib/horaires/validation.ts';
import { convertirSaisieFrancaise, erreurHoraires } from '../../../src/lib/horaires/saisie-francaise.ts';

describe('conversion du français', () => {
  it.each([
    ['du lundi au vendredi de 9h à 12h et de 14h à 17h', 'Mo-Fr 09:00-12:00,14:00-17:00'],
    ['lundi 9h-12h', 'Mo 09:00-12:00'],
    ['fermé le mercredi', 'We off'],
    ['sur rendez-vous', '"sur rendez-vous"'],
    ['Du lundi au vendredi 9h-17h, fermé le mercredi, fermé les jours fériés, fermé en août', 'Mo,Tu,Th,Fr 09:00-17:00; Aug off; PH off'],
    ['mardi et jeudi 14h-17h ; samedi 9h30 - 12h', 'Tu,Th 14:00-17:00; Sa 09:30-12:00'],
    ['lundi, mercredi et vendredi de 9 h 30 à midi', 'Mo,We,Fr 09:30-12:00'],
    ['tous les jours sauf le dimanche de 10h à 18h', 'Mo-Sa 10:00-18:00'],
    ['lundi 9-12h', 'Mo 09:00-12:00'],
    ['mardi sur rendez-vous', 'Tu "sur rendez-vous"'],
    ['lundi de 9h à midi sur rendez-vous', 'Mo 09:00-12:00 open "sur rendez-vous"'],
    ['lundi 9h-12h, lundi 14h-17h', 'Mo 09:00-12:00,14:00-17:00'],
    ['le samedi matin de 9h à 12h', 'Sa 09:00-12:00'],
    ['fermé du 1er au 15 août', 'Aug 01-Aug 15 off'],
    ['fermé du 20 juillet au 15 août', 'Jul 20-Aug 15 off'],
    ['fermé le 24 décembre 2026', '2026 Dec 24 off'],
    ['samedi 10h-12h, jours fériés fermé', 'Sa 10:00-12:00; PH off'],
    ['vendredi 14h-24h', 'Fr 14:00-24:00'],
    ['Mo-Fr 09:00-12:00', 'Mo-Fr 09:00-12:00'],
    ['"Mo-Fr 09:00-12:00"', 'Mo-Fr 09:00-12:00'],
  ])('« %s » → %s', (francais, attendu) => {
    expect(convertirSaisieFrancaise(francais)).toEqual({ ok: true, valeur: attendu });
    expect(validerHoraires(attendu).ok).toBe(true);
  });

  it.each([
    ['lundi', /les heures du lundi manquent/, /lundi de 9h à 12h/],
    ['9h-12h', /heures sont écrites sans jour/, /précisez les jours/],
    ['le matin', /ne donne pas d’heures précises/, /de 9h à 12h/],
    ['en semaine de 9h à 12h', /du lundi au vendredi ou du lundi au samedi/, /« du lundi au vendredi »/],
    ['le week-end de 10h à 12h', /samedi seul ou le samedi et le dimanche/, /« samedi et dimanche »/],
    ['lundi 9-12', /nombres sans « h »/, /avec « h »/],
    ['lundi 14h-12h', /14h-12h finit avant de commencer/, /heure d’ouverture puis/],
    ['fermé le mercredi après-midi', /après-midi » ne donne pas d’heures précises/, /mercredi de 9h à 12h/],
    ['fermé pendant les vacances', /vacances scolaires/, /fermé du 1er au 15 août/],
    ['lundi 9h', /l’heure de fin manque après « 9h »/, /de 9h à 12h/],
    ['lundi 25h-26h', /« 25h » n’est pas une heure/, /avec « h »/],
  ])('« %s » est refusé, avec un conseil', (francais, raison, conseil) => {
    const resultat = convertirSaisieFrancaise(francais);
    expect(resultat.ok).toBe(false);
    if (resultat.ok) return;
    expect(resultat.raison).toMatch(raison);
    expect(resultat.conseil).toMatch(conseil);
  });
});

describe('message de check:content', () => {
  it('propose la valeur convertie pour des horaires en français', () => {
    expect(erreurHoraires('du lundi au vendredi de 9h à 12h et de 14h à 17h')).toBe(
      "« du lundi au vendredi de 9h à 12h et de 14h à 17h » n'est pas au format OpenStreetMap (exemple : Mo-Fr 09:00-12:00) ; vouliez-vous dire « Mo-Fr 09:00-12:00,14:00-17:00 » ?",
    );
  });
  it('donne le conseil en français pour du français ambigu', () => {
    expect(erreurHoraires('lundi')).toBe(
      "« lundi » n'est pas au format OpenStreetMap (exemple : Mo-Fr 09:00-12:00) ; en français, les heures du lundi manquent : précisez les heures, par exemple « lundi de 9h à 12h ».",
    );
  });
  it('refuse des horaires valides écrits entre guillemets, qui ne seraient qu’un commentaire', () => {
    expect(erreurHoraires('"Mo-Fr 09:00-12:00"')).toMatch(/est entre guillemets.*vouliez-vous dire « Mo-Fr 09:00-12:00 » \?/);
    expect(erreurHoraires('"sur rendez-vous"')).toBeUndefined();
  });
  it('garde la correction de opening_hours pour les abréviations qu’il connaît', () => {
    expect(erreurHoraires('Lu-Ve 9h-12h')).toMatch(/vouliez-vous dire « Mo-Fr 09:00-12:00 » \? Détail :/);
  });
  it('accepte une valeur valide', () => {
    expect(erreurHoraires('Tu-Fr 10:00-12:30,14:00-18:00; Sa 10:00-17:00; PH off')).toBeUndefined();
  });
});
