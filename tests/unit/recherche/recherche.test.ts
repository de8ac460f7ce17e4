import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ecrireEtat,
  estRechercheVide,
  filtresPagefind,
  LONGUEUR_MAX_REQUETE,
  libelleType,
  lireEtat,
  memeEtat,
  phraseResultats,
  statutResultat,
  titresExactsDabord,
  type EtatRecherche,
} from '../../../src/lib/recherche/recherche.ts';
import { compilerHoraires } from '../../../src/lib/horaires/compilation.ts';

describe('lireEtat', () => {
  it.each<[string, EtatRecherche]>([
    ['', { q: '' }],
    ['?q=caf', { q: 'caf' }],
    ['q=caf', { q: 'caf' }],
    ['?q=%20%20caf%20%20%20imp%C3%B4ts%20', { q: 'caf impôts' }],
    ['?q=&type=&commune=', { q: '' }],
    ['?q=d%C3%A9marches&type=lieu&commune=caen', { q: 'démarches', type: 'lieu', commune: 'caen' }],
    // A hand-written link with the commune's name is read as its slug.
    [
      '?commune=Vire%20Normandie&service=Aide+aux+d%C3%A9marches+administratives',
      { q: '', commune: 'vire-normandie', service: 'aide-aux-demarches-administratives' },
    ],
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

describe('memeEtat et estRechercheVide', () => {
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
    expect(estRechercheVide(etat)).toBe(vide);
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

/** The metadata a place page stores: the directory's compiled hours, as JSON. */
function meta(horaires: string, depuis = '2026-11-30'): string {
  return JSON.stringify(compilerHoraires(horaires, '14', depuis)!.compacts);
}

describe('statutResultat (même calcul que l’annuaire et la fiche)', () => {
  const mediatheque = meta('Tu-Fr 10:00-12:30,14:00-18:00; Sa 10:00-17:00; PH off', '2026-04-27');

  it.each<[string, string, boolean, string]>([
    ['mardi matin', '2026-12-01T10:00:00Z', true, 'Ouvert · ferme à 12 h 30'],
    ['mardi à la pause de midi', '2026-12-01T11:30:00Z', false, 'Fermé · ouvre aujourd’hui à 14 h 00'],
    ['samedi soir, fermé dimanche et lundi', '2026-12-05T17:00:00Z', false, 'Fermé · ouvre mardi à 10 h 00'],
    ['mercredi d’été (UTC+2)', '2026-07-01T08:30:00Z', true, 'Ouvert · ferme à 12 h 30'],
    ['vendredi 1er mai, férié', '2026-05-01T08:30:00Z', false, 'Fermé · ouvre demain à 10 h 00'],
  ])('%s', (_cas, instant, ouvert, libelle) => {
    expect(statutResultat(mediatheque, '14', new Date(instant))).toEqual({ ouvert, libelle });
  });

  it.each([
    [undefined, '14'],
    ['{pas du json', '14'],
    ['{"s":[]}', '14'],
    [JSON.stringify({ s: [[], [], [], [], [], [], []], du: '2026-01-01', au: '2026-12-31' }), undefined],
  ])('ne donne pas de statut pour une métadonnée absente ou mal formée (%j)', (horaires, departement) => {
    expect(statutResultat(horaires, departement, new Date('2026-12-01T10:00:00Z'))).toBeUndefined();
  });
});

describe('titresExactsDabord', () => {
  const resultats = [{ titre: 'Retour d’expérience du Numéribus' }, { titre: 'Numéribus du Calvados' }, { titre: 'Département du Calvados' }];

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
