import { describe, expect, it } from 'vitest';
import { compilerHoraires } from '../../../src/lib/horaires/compilation.ts';
import { jsonLdLieu, serialiserJsonLd, specificationsHoraires, typeSchema } from '../../../src/lib/lieux/jsonld.ts';
import { schemaLieu } from '../../../src/lib/contenu/schemas/lieu.ts';
import { contexteLieu } from '../../../src/lib/contenu/validation.ts';

const AUJOURDHUI = '2026-12-01';
const schema = schemaLieu(contexteLieu({ departement: { code: '14', nom: 'Calvados' } } as never, AUJOURDHUI));
const LIEU = schema.parse({
  id: 'mediatheque-caen',
  pivot: '21140118500017',
  nom: 'Médiathèque 1 < 2 & Co',
  commune: 'Caen',
  code_postal: '14000',
  adresse: '1 place de Test',
  complement_adresse: 'Rez-de-chaussée',
  latitude: 49.1829,
  longitude: -0.3707,
  typologie: ['BIB'],
  telephone: '02 31 12 34 56',
  courriels: ['contact@example.org'],
  site_web: ['https://mediatheque.example.org'],
  horaires: 'Tu-Fr 10:00-12:30,14:00-18:00; Sa 10:00-17:00; PH off',
  presentation_resume: 'Accès libre aux ordinateurs et ateliers.',
  date_maj: '2026-09-12',
  services: ['Aide aux démarches administratives'],
  frais_a_charge: ['Gratuit'],
  modalites_acces: ['Se présenter'],
  prise_rdv: 'https://rdv.example.org/mediatheque',
});
const HORAIRES = compilerHoraires(LIEU.horaires, '14', AUJOURDHUI)!.compacts;
const ADRESSE = 'https://collectif.example.org/lieux/mediatheque-caen/';
const objet = jsonLdLieu({
  lieu: LIEU,
  adressePage: ADRESSE,
  horaires: HORAIRES,
  membre: { nom: 'Ville de Caen', adresse: 'https://collectif.example.org/membres/ville-de-caen/' },
  departement: '14',
  aujourdhui: AUJOURDHUI,
});
const [page, lieu] = objet['@graph'] as [Record<string, any>, Record<string, any>];

describe('jsonLdLieu : types et propriétés schema.org', () => {
  it('décrit la page et le lieu dont elle parle', () => {
    expect(objet['@context']).toBe('https://schema.org');
    expect(page).toMatchObject({
      '@type': 'WebPage',
      '@id': ADRESSE,
      url: ADRESSE,
      inLanguage: 'fr',
      dateModified: '2026-09-12',
      mainEntity: { '@id': `${ADRESSE}#lieu` },
    });
    expect(lieu['@id']).toBe(`${ADRESSE}#lieu`);
  });

  it('type le lieu selon sa typologie', () => {
    expect(lieu['@type']).toBe('Library');
    expect.soft(typeSchema(['RFS'])).toBe('GovernmentOffice');
    expect.soft(typeSchema(['ASSO'])).toBe('LocalBusiness');
    expect.soft(typeSchema(undefined)).toBe('LocalBusiness');
  });

  it('donne le nom, la description, l’adresse postale et la position', () => {
    expect(lieu['name']).toBe('Médiathèque 1 < 2 & Co');
    expect(lieu['description']).toBe('Accès libre aux ordinateurs et ateliers.');
    expect(lieu['address']).toEqual({
      '@type': 'PostalAddress',
      streetAddress: '1 place de Test, Rez-de-chaussée',
      postalCode: '14000',
      addressLocality: 'Caen',
      addressCountry: 'FR',
    });
    expect(lieu['geo']).toEqual({ '@type': 'GeoCoordinates', latitude: 49.1829, longitude: -0.3707 });
    expect(lieu['hasMap']).toMatch(/^https:\/\/www\.openstreetmap\.org\//);
  });

  it('donne les contacts au format attendu', () => {
    expect(lieu['telephone']).toBe('+33231123456');
    expect(lieu['email']).toBe('contact@example.org');
    expect(lieu['sameAs']).toEqual(['https://mediatheque.example.org']);
    expect(lieu['potentialAction']).toEqual({ '@type': 'ReserveAction', target: 'https://rdv.example.org/mediatheque' });
  });

  it('donne les horaires de la semaine, jours regroupés, heures HH:MM', () => {
    expect(lieu['openingHoursSpecification']).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Tuesday', 'https://schema.org/Wednesday', 'https://schema.org/Thursday', 'https://schema.org/Friday'],
        opens: '10:00',
        closes: '12:30',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Tuesday', 'https://schema.org/Wednesday', 'https://schema.org/Thursday', 'https://schema.org/Friday'],
        opens: '14:00',
        closes: '18:00',
      },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Saturday'], opens: '10:00', closes: '17:00' },
    ]);
  });

  it('donne les jours fériés à venir comme jours de fermeture', () => {
    // 25 December 2026 is a Friday, within 60 days of 1 December.
    expect(lieu['specialOpeningHoursSpecification']).toContainEqual({
      '@type': 'OpeningHoursSpecification',
      validFrom: '2026-12-25',
      validThrough: '2026-12-25',
      opens: '00:00',
      closes: '00:00',
    });
  });

  it('donne le coût, l’accueil du public, les services et l’organisation qui l’anime', () => {
    expect(lieu['isAccessibleForFree']).toBe(true);
    expect(lieu['publicAccess']).toBe(true);
    expect(lieu['knowsAbout']).toEqual(['Aide aux démarches administratives']);
    expect(lieu['parentOrganization']).toEqual({ '@type': 'Organization', name: 'Ville de Caen', url: 'https://collectif.example.org/membres/ville-de-caen/' });
  });

  it('omet ce qui n’est pas renseigné', () => {
    const minimal = schema.parse({
      id: 'x',
      pivot: '21140118500017',
      nom: 'X',
      commune: 'Caen',
      code_postal: '14000',
      adresse: '1 rue',
      date_maj: '2026-01-01',
    });
    const [, seul] = jsonLdLieu({ lieu: minimal, adressePage: ADRESSE, departement: '14', aujourdhui: AUJOURDHUI })['@graph'] as [
      unknown,
      Record<string, unknown>,
    ];

    expect(Object.keys(seul).sort()).toEqual(['@id', '@type', 'address', 'name', 'url']);
  });

  it('écrit une soirée après minuit comme une fermeture « avant » l’ouverture', () => {
    const soir = compilerHoraires('Fr 20:00-02:00', '14', AUJOURDHUI)!.compacts;

    expect(specificationsHoraires(soir)).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Friday'], opens: '20:00', closes: '02:00' },
    ]);
  });
});

describe('serialiserJsonLd', () => {
  it('ne peut pas fermer l’élément script, et se relit à l’identique', () => {
    const piege = { ...objet, name: '</script><script>alert(1)</script> & \u2028' };
    const texte = serialiserJsonLd(piege);

    expect(texte).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(texte)).toEqual(piege);
  });
});
