import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ecrireEtat,
  ecrireSemaine,
  etatVide,
  filtresPagefind,
  LONGUEUR_MAX_REQUETE,
  libelleType,
  lireEtat,
  lireSemaine,
  memeEtat,
  momentLocal,
  phraseResultats,
  statutOuverture,
  titresExactsDabord,
  type EtatRecherche,
  type Semaine,
} from '../../src/lib/recherche.ts';

describe('lireEtat', () => {
  it.each<[string, EtatRecherche]>([
    ['', { q: '' }],
    ['?q=caf', { q: 'caf' }],
    ['q=caf', { q: 'caf' }],
    ['?q=%20%20caf%20%20%20imp%C3%B4ts%20', { q: 'caf impôts' }],
    ['?q=&type=&commune=', { q: '' }],
    ['?q=d%C3%A9marches&type=lieu&commune=caen', { q: 'démarches', type: 'lieu', commune: 'caen' }],
    // A hand-written link with the commune's name is read as its slug.
    ['?commune=Vire%20Normandie&service=Aide+aux+d%C3%A9marches+administratives', { q: '', commune: 'vire-normandie', service: 'aide-aux-demarches-administratives' }],
    ['?q=caf&inconnu=1&page=2', { q: 'caf' }],
  ])('%s', (chaine, attendu) => {
    expect(lireEtat(chaine)).toEqual(attendu);
  });

  it('coupe une requête trop longue', () => {
    const etat = lireEtat(`?q=${'a'.repeat(LONGUEUR_MAX_REQUETE + 50)}`);

    expect(etat.q).toHaveLength(LONGUEUR_MAX_REQUETE);
  });

  it('accepte un URLSearchParams', () => {
    expect(lireEtat(new URLSearchParams({ q: 'tablette', type: 'ressource' }))).toEqual({ q: 'tablette', type: 'ressource' });
  });
});

describe('ecrireEtat', () => {
  it.each<[EtatRecherche, string]>([
    [{ q: '' }, ''],
    [{ q: '   ' }, ''],
    [{ q: 'caf' }, '?q=caf'],
    [{ q: ' caf ' }, '?q=caf'],
    [{ q: 'démarches', commune: 'caen', type: 'lieu' }, '?q=d%C3%A9marches&type=lieu&commune=caen'],
    [{ q: '', service: 'aide-aux-demarches-administratives' }, '?service=aide-aux-demarches-administratives'],
    [{ q: 'a&b=c' }, '?q=a%26b%3Dc'],
  ])('%j → %s', (etat, attendu) => {
    expect(ecrireEtat(etat)).toBe(attendu);
  });

  it('relit ce qu’il écrit (aller-retour)', () => {
    const slug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const etat = fc.record(
      {
        q: fc.string({ maxLength: 60 }).map((q) => q.replace(/\s+/g, ' ').trim()),
        type: fc.constantFrom('lieu', 'membre', 'page'),
        commune: slug,
        service: slug,
      },
      { requiredKeys: ['q'] },
    );
    fc.assert(
      fc.property(etat, (e) => {
        expect(lireEtat(ecrireEtat(e))).toEqual(e);
      }),
    );
  });
});

describe('memeEtat et etatVide', () => {
  it('compare les états par leur URL', () => {
    expect(memeEtat({ q: 'caf ' }, { q: 'caf' })).toBe(true);
    expect(memeEtat({ q: 'caf', type: 'lieu' }, { q: 'caf' })).toBe(false);
  });

  it.each<[EtatRecherche, boolean]>([
    [{ q: '' }, true],
    [{ q: '  ' }, true],
    [{ q: 'x' }, false],
    [{ q: '', commune: 'caen' }, false],
  ])('%j vide : %s', (etat, vide) => {
    expect(etatVide(etat)).toBe(vide);
  });
});

describe('filtresPagefind', () => {
  const disponibles = {
    type: { lieu: 80, membre: 20 },
    commune: { Caen: 10, 'Vire Normandie': 2, 'Saint-Pierre-en-Auge': 1 },
    service: { 'Aide aux démarches administratives': 40 },
  };

  it('retrouve les valeurs de l’index à partir des clés de l’URL', () => {
    const { filtres, inconnus } = filtresPagefind(
      { q: 'x', type: 'lieu', commune: 'vire-normandie', service: 'aide-aux-demarches-administratives' },
      disponibles,
    );

    expect(filtres).toEqual({ type: 'lieu', commune: 'Vire Normandie', service: 'Aide aux démarches administratives' });
    expect(inconnus).toEqual([]);
  });

  it('signale une clé qui ne correspond à aucune valeur au lieu de l’appliquer', () => {
    const { filtres, inconnus } = filtresPagefind({ q: 'x', type: 'lieux', commune: 'paris' }, disponibles);

    expect(filtres).toEqual({});
    expect(inconnus).toEqual(['type', 'commune']);
  });

  it('ne demande aucun filtre pour un état sans filtre', () => {
    expect(filtresPagefind({ q: 'caf' }, {})).toEqual({ filtres: {}, inconnus: [] });
  });
});

describe('phraseResultats et libelleType', () => {
  it.each<[number, string, string]>([
    [0, 'xyz', 'Aucun résultat pour « xyz »'],
    [1, 'caf', '1 résultat pour « caf »'],
    [2, ' caf ', '2 résultats pour « caf »'],
    [12345, 'a', '12\u202f345 résultats pour « a »'],
    [3, '', '3 résultats'],
  ])('%d, %s', (total, q, attendu) => {
    expect(phraseResultats(total, q)).toBe(attendu);
  });

  it.each([
    ['lieu', 'Lieu'],
    ['actualite', 'Actualité'],
    ['groupe', 'Groupe de travail'],
    ['autre', 'Page'],
    [undefined, 'Page'],
  ])('%s → %s', (type, attendu) => {
    expect(libelleType(type)).toBe(attendu);
  });
});

/** Closed Sunday and Monday; Tuesday to Friday 10:00-12:30 and 14:00-18:00; Saturday 10:00-17:00. */
const MEDIATHEQUE = ';1000-1230,1400-1800;1000-1230,1400-1800;1000-1230,1400-1800;1000-1230,1400-1800;1000-1700;';

describe('ecrireSemaine et lireSemaine', () => {
  it('relit la forme compacte', () => {
    const semaine = lireSemaine(MEDIATHEQUE);

    expect(semaine?.[1]).toEqual([
      [600, 750],
      [840, 1080],
    ]);
    expect(semaine?.[0]).toEqual([]);
    expect(ecrireSemaine(semaine!)).toBe(MEDIATHEQUE);
  });

  it.each([
    ['', 'vide'],
    [';;;;;', 'six jours'],
    [';;;;;;;', 'huit jours'],
    ['0900-1200;;;;;;x', 'intervalle illisible'],
    ['1200-0900;;;;;;', 'fin avant début'],
    ['0900-2500;;;;;;', 'heure hors limite'],
    ['0960-1000;;;;;;', 'minutes hors limite'],
    ['2400-2400;;;;;;', 'intervalle vide'],
  ])('refuse %j (%s)', (texte) => {
    expect(lireSemaine(texte)).toBeUndefined();
  });

  it('renvoie undefined sans valeur', () => {
    expect(lireSemaine(undefined)).toBeUndefined();
  });
});

describe('momentLocal', () => {
  it.each([
    // Winter (UTC+1), summer (UTC+2), and the same instants in UTC.
    ['2026-12-01T10:00:00Z', 'Europe/Paris', { jour: 1, minutes: 11 * 60 }],
    ['2026-07-01T08:30:00Z', 'Europe/Paris', { jour: 2, minutes: 10 * 60 + 30 }],
    ['2026-07-01T08:30:00Z', 'UTC', { jour: 2, minutes: 8 * 60 + 30 }],
    ['2026-11-29T23:30:00Z', 'Europe/Paris', { jour: 0, minutes: 30 }],
  ])('%s à %s', (instant, fuseau, attendu) => {
    expect(momentLocal(new Date(instant), fuseau)).toEqual(attendu);
  });
});

describe('statutOuverture', () => {
  const mediatheque = lireSemaine(MEDIATHEQUE)!;

  it.each<[string, string, boolean, string]>([
    ['mardi matin', '2026-12-01T10:00:00Z', true, 'Ouvert · ferme à 12 h 30'],
    ['mardi à l’ouverture', '2026-12-01T09:00:00Z', true, 'Ouvert · ferme à 12 h 30'],
    ['mardi à la pause de midi', '2026-12-01T11:30:00Z', false, 'Fermé · ouvre aujourd’hui à 14 h 00'],
    ['mardi soir', '2026-12-01T18:00:00Z', false, 'Fermé · ouvre demain à 10 h 00'],
    ['samedi soir, fermé dimanche et lundi', '2026-12-05T17:00:00Z', false, 'Fermé · ouvre mardi à 10 h 00'],
    ['lundi matin', '2026-11-30T08:00:00Z', false, 'Fermé · ouvre demain à 10 h 00'],
    ['mercredi d’été (UTC+2)', '2026-07-01T08:30:00Z', true, 'Ouvert · ferme à 12 h 30'],
    ['dimanche du passage à l’heure d’hiver', '2026-10-25T12:00:00Z', false, 'Fermé · ouvre mardi à 10 h 00'],
  ])('%s', (_cas, instant, ouvert, libelle) => {
    expect(statutOuverture(mediatheque, new Date(instant))).toEqual({ ouvert, libelle });
  });

  it('utilise le fuseau demandé', () => {
    expect(statutOuverture(mediatheque, new Date('2026-07-01T08:30:00Z'), 'UTC').libelle).toBe('Fermé · ouvre aujourd’hui à 10 h 00');
  });

  it('suit une ouverture qui passe minuit', () => {
    const soirees: Semaine = [[], [], [], [], [[1320, 1440]], [[0, 120]], []];

    expect(statutOuverture(soirees, new Date('2026-12-04T22:00:00Z')).libelle).toBe('Ouvert · ferme à 2 h 00');
    expect(statutOuverture(soirees, new Date('2026-12-05T00:30:00Z')).libelle).toBe('Ouvert · ferme à 2 h 00');
  });

  it('reconnaît une ouverture permanente', () => {
    const toujours: Semaine = Array.from({ length: 7 }, () => [[0, 1440]]);

    expect(statutOuverture(toujours, new Date('2026-12-01T10:00:00Z'))).toEqual({ ouvert: true, libelle: 'Ouvert 24 h sur 24' });
  });

  it('annonce le même jour de la semaine suivante', () => {
    const lundis: Semaine = [[[540, 600]], [], [], [], [], [], []];

    expect(statutOuverture(lundis, new Date('2026-11-30T12:00:00Z')).libelle).toBe('Fermé · ouvre lundi prochain à 9 h 00');
  });

  it('dit quand un lieu n’ouvre jamais', () => {
    expect(statutOuverture(lireSemaine(';;;;;;')!, new Date())).toEqual({ ouvert: false, libelle: 'Fermé toute la semaine' });
  });
});

describe('titresExactsDabord', () => {
  const resultats = [
    { titre: 'Retour d’expérience du Numéribus' },
    { titre: 'Numéribus du Calvados' },
    { titre: 'Département du Calvados' },
  ];

  it.each([
    ['numeribus du calvados', ['Numéribus du Calvados', 'Retour d’expérience du Numéribus', 'Département du Calvados']],
    ['  NUMÉRIBUS   du Calvados ', ['Numéribus du Calvados', 'Retour d’expérience du Numéribus', 'Département du Calvados']],
    ['numéribus', ['Retour d’expérience du Numéribus', 'Numéribus du Calvados', 'Département du Calvados']],
    ['', ['Retour d’expérience du Numéribus', 'Numéribus du Calvados', 'Département du Calvados']],
  ])('%j', (q, attendu) => {
    expect(titresExactsDabord(resultats, q).map((r) => r.titre)).toEqual(attendu);
  });

  it('garde l’ordre entre plusieurs titres exacts et ne perd aucun résultat', () => {
    const doublons = [{ titre: 'B' }, { titre: 'Le Relais' }, { titre: 'A' }, { titre: 'le relais' }];

    expect(titresExactsDabord(doublons, 'Le Relais')).toEqual([doublons[1], doublons[3], doublons[0], doublons[2]]);
  });
});
