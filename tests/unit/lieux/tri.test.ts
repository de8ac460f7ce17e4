import { describe, expect, it } from 'vitest';
import { masquesDe } from '../../../src/lib/lieux/filtres.ts';
import { rangAccueil } from '../../../src/lib/lieux/tri.ts';
import { ITINERANCES } from '../../../src/lib/standard/valeurs.ts';

describe('rangAccueil', () => {
  it.each<[string, Parameters<typeof masquesDe>[0], 0 | 1 | 2]>([
    ['un lieu fixe', { itinerance: ['Fixe'], modalites_acces: ['Se présenter'] }, 0],
    ['sans itinérance renseignée', {}, 0],
    ['fixe et itinérant : il a une porte où aller', { itinerance: [...ITINERANCES] }, 0],
    ['itinérant seulement', { itinerance: ['Itinérant'] }, 1],
    ['n’accueille pas de public', { itinerance: ['Fixe'], modalites_acces: ["Ce lieu n'accueille pas de public"] }, 2],
    ['itinérant et sans public : sans public d’abord', { itinerance: ['Itinérant'], modalites_acces: ["Ce lieu n'accueille pas de public"] }, 2],
  ])('%s', (_cas, colonnes, rang) => {
    expect(rangAccueil({ masques: masquesDe(colonnes) })).toBe(rang);
  });
});
