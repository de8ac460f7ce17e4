import { describe, expect, it } from 'vitest';
import { adressePostale, fraicheurDepassee, liensItineraire, mailtoSignalement } from '../../../src/lib/lieux/fiche-lieu.ts';

const MEDIATHEQUE = {
  nom: 'Médiathèque & Co',
  adresse: '1 place de la Gare',
  complement_adresse: '2e étage',
  code_postal: '14400',
  commune: 'Bayeux',
  latitude: 49.2764,
  longitude: -0.7024,
};

describe('liensItineraire', () => {
  it('se sert des coordonnées quand il y en a', () => {
    expect(liensItineraire(MEDIATHEQUE)).toEqual({
      carte: 'https://www.openstreetmap.org/?mlat=49.2764&mlon=-0.7024#map=18/49.2764/-0.7024',
      itineraire: 'https://www.openstreetmap.org/directions?route=%3B49.2764%2C-0.7024',
      geo: 'geo:49.2764,-0.7024?q=49.2764,-0.7024(M%C3%A9diath%C3%A8que%20%26%20Co)',
    });
  });

  it('cherche l’adresse sinon', () => {
    const { latitude: _la, longitude: _lo, ...sansPosition } = MEDIATHEQUE;

    const liens = liensItineraire(sansPosition);

    expect(liens.carte).toBe('https://www.openstreetmap.org/search?query=1%20place%20de%20la%20Gare%2C%2014400%20Bayeux');
    expect(liens.geo).toBe('geo:0,0?q=1%20place%20de%20la%20Gare%2C%2014400%20Bayeux');
    expect(adressePostale(sansPosition)).toBe('1 place de la Gare, 14400 Bayeux');
  });
});

describe('mailtoSignalement', () => {
  const lien = mailtoSignalement({
    secretariat: 'secretariat@collectif.fr',
    copie: ['contact@mediatheque.fr', 'accueil@mediatheque.fr'],
    nom: 'Médiathèque & Co',
    adressePage: 'https://collectif.fr/lieux/mediatheque/',
  });
  const url = new URL(lien);

  it('écrit au secrétariat, avec les adresses du lieu en copie', () => {
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('secretariat@collectif.fr');
    expect(url.searchParams.get('cc')).toBe('contact@mediatheque.fr,accueil@mediatheque.fr');
  });

  it('nomme le lieu et donne l’adresse de la page', () => {
    expect(url.searchParams.get('subject')).toBe('Erreur sur la fiche « Médiathèque & Co »');
    expect(url.searchParams.get('body')).toContain('https://collectif.fr/lieux/mediatheque/');
    expect(url.searchParams.get('body')).toContain('\r\n');
    // Spaces as %20, never « + » (mail clients do not decode it).
    expect(lien).not.toContain('+');
  });

  it('sans adresse du lieu, pas de copie', () => {
    expect(new URL(mailtoSignalement({ secretariat: 's@c.fr', copie: [], nom: 'X', adressePage: 'https://c.fr/x/' })).searchParams.has('cc')).toBe(false);
  });
});

describe('fraicheurDepassee', () => {
  it.each([
    ['2025-06-01', '2026-06-01', false], // exactly 12 months
    ['2025-05-31', '2026-06-01', true],
    ['2026-01-15', '2026-06-01', false],
    ['2024-02-29', '2025-02-28', false], // 12 months before 28 February 2025 is 28 February 2024
    ['2024-02-27', '2025-02-28', true],
    ['2025-03-31', '2026-03-31', false],
  ])('mise à jour le %s, vue le %s → ancienne : %s', (dateMaj, aujourdhui, attendu) => {
    expect(fraicheurDepassee(dateMaj, aujourdhui)).toBe(attendu);
  });
});
