import { describe, expect, it } from 'vitest';
import { accueilleDuPublic, estItinerant, onPeutSYRendre } from '../../../src/lib/lieux/accueil.ts';
import { masquesDe } from '../../../src/lib/lieux/filtres.ts';

const lieu = (colonnes: Parameters<typeof masquesDe>[0]) => ({ masques: masquesDe(colonnes) });

describe('accueil du public', () => {
  it('un lieu sans précision est fixe et accueille du public', () => {
    const l = lieu({});

    expect([estItinerant(l), accueilleDuPublic(l), onPeutSYRendre(l)]).toEqual([false, true, true]);
  });

  it('un bus « Itinérant » n’a pas d’adresse où aller', () => {
    const l = lieu({ itinerance: ['Itinérant'] });

    expect([estItinerant(l), accueilleDuPublic(l), onPeutSYRendre(l)]).toEqual([true, true, false]);
  });

  it('un lieu « Fixe » et « Itinérant » a une porte à son adresse', () => {
    const l = lieu({ itinerance: ['Fixe', 'Itinérant'] });

    expect([estItinerant(l), onPeutSYRendre(l)]).toEqual([true, true]);
  });

  it('« Ce lieu n’accueille pas de public » : ni public ni adresse où aller', () => {
    const l = lieu({ modalites_acces: ['Téléphoner', "Ce lieu n'accueille pas de public"] });

    expect([estItinerant(l), accueilleDuPublic(l), onPeutSYRendre(l)]).toEqual([false, false, false]);
  });
});
