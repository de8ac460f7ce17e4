import { describe, expect, it } from 'vitest';
import { evenementReunion, pleniereDu, repartirReunions } from '../../../src/lib/collectif/agenda.ts';
import { calendrierIcs, dateHeureLocale, dateHeureUtc, echapperTexte, plierLigne, type EvenementIcs } from '../../../src/lib/collectif/ical.ts';
import { instantParis, verifierIcs } from '../../e2e/collectif-verifications.ts';

const OPTIONS = { produit: '-//Collectif test//Site du collectif//FR', nom: 'Réunions', horodatage: new Date('2026-11-26T08:30:15.123Z') };
const evenement = (modif: Partial<EvenementIcs> = {}): EvenementIcs => ({
  uid: 'reunion-pleniere@collectif.example.org',
  debut: '2026-12-10T14:00',
  fin: '2026-12-10T16:30',
  titre: 'Séance plénière',
  lieu: 'Maison des associations, 12 rue Test; Caen',
  description: 'Ordre du jour :\n- Bilan, perspectives\n- Questions diverses',
  url: 'https://collectif.example.org/reunions/pleniere/',
  ...modif,
});

describe('echapperTexte (RFC 5545, 3.3.11)', () => {
  it.each([
    ['simple', 'simple'],
    ['a, b; c', 'a\\, b\\; c'],
    ['C:\\dossier', 'C:\\\\dossier'],
    ['ligne 1\nligne 2\r\nligne 3\rligne 4', 'ligne 1\\nligne 2\\nligne 3\\nligne 4'],
    ['\\,', '\\\\\\,'],
  ])('%j → %j', (brut, attendu) => {
    expect(echapperTexte(brut)).toBe(attendu);
  });
});

describe('plierLigne (RFC 5545, 3.1)', () => {
  const octets = (s: string) => new TextEncoder().encode(s).length;

  it.each([
    ['courte', 'SUMMARY:Réunion'],
    ['exactement 75 octets', `X:${'a'.repeat(73)}`],
    ['76 octets', `X:${'a'.repeat(74)}`],
    ['longue en ASCII', `DESCRIPTION:${'abcdefghij'.repeat(30)}`],
    ['longue en accents (2 octets)', `DESCRIPTION:${'é'.repeat(200)}`],
    ['emoji (4 octets) à la frontière', `DESCRIPTION:${'a'.repeat(62)}${'😀'.repeat(20)}`],
  ])('%s : lignes de 75 octets au plus, texte intact une fois déplié', (_cas, ligne) => {
    const plie = plierLigne(ligne);
    const physiques = plie.split('\r\n');

    for (const p of physiques) expect(octets(p)).toBeLessThanOrEqual(75);
    physiques.slice(1).forEach((p) => expect(p.startsWith(' ')).toBe(true));
    expect(physiques.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(ligne);
    expect(plie.includes('\uFFFD')).toBe(false);
    if (octets(ligne) <= 75) expect(physiques).toHaveLength(1);
  });
});

describe('dates', () => {
  it('heure locale pour TZID et horodatage UTC', () => {
    expect(dateHeureLocale('2026-12-10T14:00')).toBe('20261210T140000');
    expect(dateHeureUtc(new Date('2026-11-26T08:30:15.123Z'))).toBe('20261126T083015Z');
    expect(() => dateHeureLocale('2026-12-10')).toThrow(/AAAA-MM-JJTHH:MM/);
  });
});

describe('calendrierIcs', () => {
  it('produit un fichier valide : CRLF, pliage, échappement, UID, DTSTAMP, VTIMEZONE', () => {
    const ics = calendrierIcs(
      [evenement({ description: 'Un long ordre du jour, avec des virgules; des points-virgules et des accents. '.repeat(5) })],
      OPTIONS,
    );
    const { problemes, evenements } = verifierIcs(ics);

    expect(problemes).toEqual([]);
    expect(evenements).toHaveLength(1);
    expect(ics).toContain('DTSTAMP:20261126T083015Z\r\n');
    expect(ics).toContain('DTSTART;TZID=Europe/Paris:20261210T140000\r\n');
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n');
  });

  it('ical.js relit les textes tels quels (échappement réversible)', () => {
    const e = evenement();
    const [lu] = verifierIcs(calendrierIcs([e], OPTIONS)).evenements;

    expect(lu?.uid).toBe(e.uid);
    expect(lu?.resume).toBe(e.titre);
    expect(lu?.lieu).toBe(e.lieu);
    expect(lu?.description).toBe(e.description);
    expect(lu?.url).toBe(e.url);
  });

  it.each([
    ['hiver (UTC+1)', '2026-12-10T14:00', '2026-12-10T16:30'],
    ['été (UTC+2)', '2026-07-02T09:30', '2026-07-02T12:00'],
    ['veille du passage à l’heure d’été', '2026-03-28T10:00', '2026-03-28T12:00'],
    ['lendemain du passage à l’heure d’été', '2026-03-29T10:00', '2026-03-29T12:00'],
    ['jour du passage à l’heure d’hiver, après 3 h', '2026-10-25T10:00', '2026-10-25T12:00'],
    ['sur deux jours', '2027-06-30T18:00', '2027-07-01T12:00'],
  ])('%s : le VTIMEZONE donne les bons instants UTC', (_cas, debut, fin) => {
    const [lu] = verifierIcs(calendrierIcs([evenement({ debut, fin })], OPTIONS)).evenements;

    expect(lu?.debutUtc.toISOString()).toBe(instantParis(debut).toISOString());
    expect(lu?.finUtc.toISOString()).toBe(instantParis(fin).toISOString());
  });

  it('un agenda sans réunion reste un fichier valide', () => {
    const { problemes, evenements } = verifierIcs(calendrierIcs([], OPTIONS));

    expect(problemes).toEqual([]);
    expect(evenements).toEqual([]);
  });

  it('le vérificateur repère un fichier fautif', () => {
    const bon = calendrierIcs([evenement({ description: 'Ordre du jour détaillé. '.repeat(10) })], OPTIONS);
    expect(bon).toContain('\r\n ');
    expect(verifierIcs(bon).problemes).toEqual([]);

    expect(verifierIcs(bon.replace(/\r\n/g, '\n')).problemes).not.toEqual([]);
    expect(verifierIcs(bon.replace('\r\nDTSTAMP:20261126T083015Z', '')).problemes.join()).toContain('DTSTAMP');
    expect(verifierIcs(bon.replace(/\r\n /g, '')).problemes.join()).toContain('plus de 75');
    expect(verifierIcs(bon.replace('SUMMARY:Séance plénière', 'SUMMARY:a, b')).problemes.join()).toContain('mal échappé');
    expect(verifierIcs(bon.replace('TZID=Europe/Paris:20261210T140000', '20261210T140000')).problemes.join()).toContain('TZID');
  });
});

describe('agenda des réunions', () => {
  const reunion = (id: string, debut: string, fin: string) => ({ id, data: { titre: id, debut, fin, lieu: 'Caen', ordre_du_jour: [] as string[] } });
  const reunions = [
    reunion('a', '2026-01-10T14:00', '2026-01-10T16:00'),
    reunion('c', '2026-12-10T14:00', '2026-12-10T16:00'),
    reunion('b', '2026-11-26T09:00', '2026-11-26T12:00'),
    reunion('d', '2026-11-25T18:00', '2026-11-26T10:00'),
  ];

  it('à venir (par date) et passées (la plus récente d’abord) ; une réunion du jour reste à venir', () => {
    const { aVenir, passees } = repartirReunions(reunions, '2026-11-26');

    expect(aVenir.map((r) => r.id)).toEqual(['d', 'b', 'c']);
    expect(passees.map((r) => r.id)).toEqual(['a']);
  });

  it('événement d’une réunion : UID stable et page dans la description', () => {
    const e = evenementReunion(
      {
        ...reunion('pleniere-2026', '2026-12-10T14:00', '2026-12-10T16:00'),
        data: { ...reunion('x', '2026-12-10T14:00', '2026-12-10T16:00').data, ordre_du_jour: ['Bilan', 'Budget'] },
      },
      { urlPage: 'https://exemple.org/reunions/pleniere-2026/', domaine: 'exemple.org' },
    );

    expect(e.uid).toBe('reunion-pleniere-2026@exemple.org');
    expect(e.description).toBe('Ordre du jour :\n- Bilan\n- Budget\n\nPage de la réunion : https://exemple.org/reunions/pleniere-2026/');
    expect(verifierIcs(calendrierIcs([e], OPTIONS)).problemes).toEqual([]);
  });
});

describe('pleniereDu', () => {
  const reunions = [
    { id: 'gt', data: { type: 'groupe-de-travail', debut: '2026-01-22T10:00' } },
    { id: 'pleniere', data: { type: 'pleniere', debut: '2026-01-22T14:00' } },
  ];

  it.each([
    ['2026-01-22', 'pleniere'],
    ['2026-01-23', undefined],
  ])('le %s : %s', (date, id) => {
    expect(pleniereDu(reunions, date)?.id).toBe(id);
  });
});
