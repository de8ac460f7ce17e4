import { describe, expect, it } from 'vitest';
import { decoderEtat, encoderEtat, estVide, etatVide, nombreDeFiltres, type EtatAnnuaire } from '../../../src/lib/lieux/etat-url.ts';
import { FACETTES, masquesDe } from '../../../src/lib/lieux/filtres.ts';

function etat(partiel: Partial<EtatAnnuaire> & { choix?: Record<string, string[]> } = {}): EtatAnnuaire {
  const { choix = {}, ...reste } = partiel;
  return { ...etatVide(), masques: masquesDe(choix as never), ...reste };
}

describe('encoderEtat', () => {
  it.each<[string, EtatAnnuaire, string]>([
    ['rien', etatVide(), ''],
    [
      'un besoin complet s’écrit comme le besoin',
      etat({ choix: { services: ['Aide aux démarches administratives', 'Insertion professionnelle via le numérique'] } }),
      'besoin=demarches',
    ],
    ['un service seul', etat({ choix: { services: ['Aide aux démarches administratives'] } }), 'service=demarches'],
    [
      'un besoin et un service d’un autre besoin',
      etat({ choix: { services: ['Maîtrise des outils numériques du quotidien', 'Loisirs et créations numériques'] } }),
      'besoin=apprendre&service=loisirs',
    ],
    ['plusieurs valeurs, dans l’ordre du standard', etat({ choix: { publics_specifiquement_adresses: ['Seniors', 'Jeunes'] } }), 'public=jeunes,seniors'],
    ['une commune et la position', etat({ ou: { commune: 'bayeux' }, rayon: 10, communes: ['caen'] }), 'ou=bayeux&rayon=10&commune=caen'],
    ['une position arrondie à 0,01°', etat({ ou: { latitude: 49.182_91, longitude: -0.370_12 } }), 'ou=49.18,-0.37'],
    ['un texte encore à chercher', etat({ ou: { texte: 'Saint Lô' } }), 'ou=Saint%20L%C3%B4'],
    ['ouvert maintenant, sans horaires compris', etat({ ouvert: { type: 'maintenant' }, sansHoraires: true }), 'ouvert=maintenant&sans-horaires=oui'],
    ['ouvert aujourd’hui', etat({ ouvert: { type: 'aujourdhui' } }), 'ouvert=aujourdhui'],
    ['un jour', etat({ ouvert: { type: 'jour', jour: 6 } }), 'ouvert=dimanche'],
    ['un jour et un moment de la journée', etat({ ouvert: { type: 'jour', jour: 5, creneau: 'matin' } }), 'ouvert=samedi-matin'],
    ['l’après-midi', etat({ ouvert: { type: 'jour', jour: 0, creneau: 'apres-midi' } }), 'ouvert=lundi-apres-midi'],
    ['l’accessibilité décrite', etat({ choix: { fiche_acces_libre: 'https://acceslibre.beta.gouv.fr/x' } as never }), 'accessibilite=decrite'],
    ['« sans horaires » n’a de sens qu’avec « ouvert »', etat({ sansHoraires: true }), ''],
    ['le rayon n’a de sens qu’avec une position', etat({ rayon: 20 }), ''],
  ])('%s', (_cas, entree, attendu) => {
    expect(encoderEtat(entree)).toBe(attendu);
  });
});

describe('decoderEtat', () => {
  it.each<[string, string, EtatAnnuaire, string[]]>([
    ['vide', '', etatVide(), []],
    ['un besoin', '?besoin=demarches', etat({ choix: { services: ['Aide aux démarches administratives', 'Insertion professionnelle via le numérique'] } }), []],
    ['des virgules encodées', '?public=jeunes%2Cseniors', etat({ choix: { publics_specifiquement_adresses: ['Jeunes', 'Seniors'] } }), []],
    [
      'des paramètres répétés (formulaire HTML)',
      '?public=jeunes&public=seniors',
      etat({ choix: { publics_specifiquement_adresses: ['Jeunes', 'Seniors'] } }),
      [],
    ],
    [
      'des valeurs inconnues ignorées et listées',
      '?public=martiens,seniors&besoin=voler',
      etat({ choix: { publics_specifiquement_adresses: ['Seniors'] } }),
      ['besoin=voler', 'public=martiens'],
    ],
    ['une position', '?ou=49.18,-0.37&rayon=20', etat({ ou: { latitude: 49.18, longitude: -0.37 }, rayon: 20 }), []],
    ['une commune', '?ou=vire-normandie', etat({ ou: { commune: 'vire-normandie' } }), []],
    ['un code postal est un texte à chercher', '?ou=14400', etat({ ou: { texte: '14400' } }), []],
    ['un nom tapé', '?ou=Saint+L%C3%B4', etat({ ou: { texte: 'Saint Lô' } }), []],
    ['un rayon hors liste', '?ou=caen&rayon=7', etat({ ou: { commune: 'caen' } }), ['rayon=7']],
    ['un rayon sans position', '?rayon=10', etatVide(), ['rayon=10']],
    ['ouvert inconnu', '?ouvert=demain', etatVide(), ['ouvert=demain']],
    ['un jour inconnu', '?ouvert=samedi-nuit', etatVide(), ['ouvert=samedi-nuit']],
    ['samedi matin', '?ouvert=samedi-matin&sans-horaires=oui', etat({ ouvert: { type: 'jour', jour: 5, creneau: 'matin' }, sansHoraires: true }), []],
    ['mercredi soir', '?ouvert=mercredi-soir', etat({ ouvert: { type: 'jour', jour: 2, creneau: 'soir' } }), []],
    ['vendredi', '?ouvert=vendredi', etat({ ouvert: { type: 'jour', jour: 4 } }), []],
    ['des communes triées et dédoublonnées', '?commune=caen,bayeux,caen', etat({ communes: ['bayeux', 'caen'] }), []],
    ['une commune mal formée', '?commune=Caen%3Cscript%3E', etatVide(), ['commune=Caen<script>']],
  ])('%s', (_cas, recherche, attendu, ignores) => {
    const resultat = decoderEtat(recherche);

    expect(resultat.etat).toEqual(attendu);
    expect(resultat.ignores).toEqual(ignores);
  });
});

describe('aller-retour', () => {
  it('chaque valeur de chaque facette revient telle quelle', () => {
    FACETTES.forEach((facette, fi) => {
      facette.valeurs.forEach((_v, bit) => {
        const depart = etatVide();
        depart.masques[fi] = 1 << bit;

        expect(decoderEtat(encoderEtat(depart)).etat, `${facette.parametre} ${bit}`).toEqual(depart);
      });
    });
  });

  it('un état complet revient tel quel', () => {
    const depart = etat({
      choix: {
        services: ['Accès internet et matériel informatique'],
        frais_a_charge: ['Gratuit', 'Gratuit sous condition'],
        itinerance: ['Itinérant'],
        formations_labels: ['Formé à « Mon Espace Santé »'],
      },
      communes: ['bayeux', 'caen'],
      ouvert: { type: 'jour', jour: 5, creneau: 'apres-midi' },
      sansHoraires: true,
      ou: { commune: 'lisieux' },
      rayon: 50,
    });

    expect(decoderEtat(encoderEtat(depart)).etat).toEqual(depart);
    expect(estVide(depart)).toBe(false);
    expect(estVide(etatVide())).toBe(true);
  });
});

describe('nombreDeFiltres', () => {
  it.each<[string, string, number]>([
    ['rien', '', 0],
    ['la position ne compte pas', '?ou=caen', 0],
    ['la distance maximale compte', '?ou=caen&rayon=10', 1],
    ['un besoin compte pour un', '?besoin=demarches', 1],
    ['un besoin, un service, deux coûts', '?besoin=demarches&service=loisirs&frais=gratuit,payant', 4],
    ['quand et une commune', '?ouvert=samedi-matin&commune=vire-normandie', 2],
    ['l’accessibilité', '?accessibilite=decrite', 1],
  ])('%s', (_cas, recherche, n) => {
    expect(nombreDeFiltres(decoderEtat(recherche).etat)).toBe(n);
  });
});
