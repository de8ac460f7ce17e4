/**
 * The check of `/admin/` before saving: empty fields left out, the entry's schema with French
 * messages naming the form's labels.
 */
import { describe, expect, it } from 'vitest';
import { problemesFormulaire, sansChampsVides } from '../../../src/lib/contribution/verification-formulaire.ts';

const LIEU = {
  id: 'essai',
  pivot: '21140047200019',
  nom: 'Lieu d’essai',
  commune: 'Caen',
  code_postal: '14000',
  adresse: '1 rue de Test',
  date_maj: '2026-01-15',
  body: 'Texte.',
};

describe('vérification avant enregistrement', () => {
  it('laisse hors du fichier les champs vidés, que check:content refuserait', () => {
    expect(sansChampsVides({ ...LIEU, telephone: '', courriels: [], site_web: ['', 'https://exemple.fr'] })).toEqual({
      ...LIEU,
      site_web: ['https://exemple.fr'],
    });
  });
  it('accepte un lieu valide, texte sous les champs compris', () => {
    expect(problemesFormulaire('lieux', LIEU, '2026-12-01')).toEqual([]);
  });
  it('refuse ce que le schéma refuse, en nommant le champ par son libellé', () => {
    const problemes = problemesFormulaire(
      'lieux',
      { ...LIEU, code_postal: '4400', horaires: 'lundi 9h-12h', courriels: ['ok@exemple.fr', 'pas-une-adresse'], date_maj: '2027-01-01' },
      '2026-12-01',
    );
    expect(problemes).toEqual([
      expect.stringMatching(/^Code postal : « 4400 »/),
      expect.stringMatching(/^Adresses e-mail \(valeur 2\) : « pas-une-adresse »/),
      "Horaires d’ouverture : « lundi 9h-12h » n'est pas au format OpenStreetMap (exemple : Mo-Fr 09:00-12:00) ; vouliez-vous dire « Mo 09:00-12:00 » ?",
      expect.stringMatching(/^Date de mise à jour : « 2027-01-01 » est dans le futur/),
    ]);
  });
  it('signale un champ obligatoire manquant', () => {
    const { nom: _nom, ...sansNom } = LIEU;
    expect(problemesFormulaire('lieux', sansNom, '2026-12-01')).toEqual(['Nom du lieu : champ obligatoire manquant']);
  });
  it('vérifie aussi les règles entre champs (latitude et longitude ensemble)', () => {
    expect(problemesFormulaire('lieux', { ...LIEU, longitude: -0.37 }, '2026-12-01').join('\n')).toMatch(/vont ensemble/);
  });
  it('vérifie les autres collections, charte et convention comprises', () => {
    expect(
      problemesFormulaire('membres', { nom: 'Asso', type: 'mairie', roles: ['expert'], date_adhesion: '2024-01-01', description: 'Une asso.' }, '2026-12-01'),
    ).toEqual([expect.stringMatching(/^Type d’organisation : « mairie »/)]);
    expect(problemesFormulaire('charte', { titre: 'Charte', date_adoption: '2022-01-20', body: 'Texte' }, '2026-12-01')).toEqual([]);
  });
});
