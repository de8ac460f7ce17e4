import { describe, expect, it } from 'vitest';
import { decoderEtat } from '../../../src/lib/lieux/etat-url.ts';
import { criteresEnMots, dateImpression, ligneImpression } from '../../../src/lib/lieux/impression.ts';

const MERCREDI = { date: '2026-12-02', minutes: 10 * 60 + 5 };

describe('criteresEnMots', () => {
  it('écrit la recherche du parcours de Vire, avec des dates et non « demain »', () => {
    const { etat } = decoderEtat('?ou=vire-normandie&rayon=20&frais=gratuit&ouvert=samedi-matin');

    expect(criteresEnMots(etat, MERCREDI, { position: 'Vire Normandie (14500)' })).toEqual([
      'Près de Vire Normandie (14500), à 20 km au plus',
      'Ouverts le samedi 5 décembre le matin (à un moment entre 8 h et 12 h)',
      'Coût : Gratuit',
    ]);
  });

  it('écrit les besoins entiers comme le besoin, les communes par leur nom', () => {
    const { etat } = decoderEtat('?besoin=demarches&service=loisirs&commune=caen,bayeux&accessibilite=decrite&ouvert=maintenant&sans-horaires=oui');
    const lignes = criteresEnMots(etat, MERCREDI, {
      communes: new Map([
        ['caen', 'Caen'],
        ['bayeux', 'Bayeux'],
      ]),
    });

    expect(lignes).toContain('Ouverts le mercredi 2 décembre à 10 h 05, ou dont les horaires ne sont pas renseignés');
    expect(lignes).toContain('Besoin : Faire mes démarches, Loisirs');
    expect(lignes).toContain('Accessibilité : Accessibilité du bâtiment décrite (fiche Accès libre)');
    expect(lignes).toContain('Communes : Bayeux, Caen');
  });

  it('une recherche vide ne dit rien', () => {
    expect(criteresEnMots(decoderEtat('').etat, MERCREDI)).toEqual([]);
  });
});

describe('dateImpression', () => {
  it('dit le jour, la date et l’heure', () => {
    expect(dateImpression(MERCREDI)).toBe('Liste imprimée le mercredi 2 décembre 2026 à 10 h 05');
  });
});

describe('ligneImpression', () => {
  it('écrit l’adresse, le téléphone, les horaires et la distance en mots', () => {
    expect(
      ligneImpression({
        nom: 'Médiathèque',
        commune: 'Vire Normandie',
        adresse: '1 place du Château',
        codePostal: '14500',
        telephone: '02 31 00 00 00',
        horaires: 'Samedi : 9 h 00 – 12 h 00',
        distance: 1.234,
      }),
    ).toEqual({
      nom: 'Médiathèque',
      adresse: '1 place du Château, 14500 Vire Normandie',
      telephone: '02 31 00 00 00',
      horaires: 'Samedi : 9 h 00 – 12 h 00',
      distance: '1,2 km',
    });
  });

  it('sans horaires ni distance : le dit, sans inventer', () => {
    const ligne = ligneImpression({ nom: 'Bus', commune: 'Bayeux', remarque: 'lieu itinérant', distance: Number.POSITIVE_INFINITY });

    expect(ligne).toMatchObject({ nom: 'Bus (lieu itinérant)', adresse: 'Bayeux', telephone: '', horaires: 'Horaires non renseignés', distance: '' });
  });
});
