import { describe, expect, it } from 'vitest';
import { estMembreLe, historiqueParties, membresLe, quorum, repartirMembres, texteQuorum } from '../../../src/lib/collectif/adhesion.ts';

const membre = (id: string, date_adhesion: string, date_sortie?: string) => ({ id, data: { date_adhesion, date_sortie } });

describe('estMembreLe', () => {
  it.each([
    ['la veille de l’adhésion', '2023-05-01', undefined, '2023-04-30', false],
    ['le jour de l’adhésion', '2023-05-01', undefined, '2023-05-01', true],
    ['longtemps après, sans sortie', '2023-05-01', undefined, '2040-01-01', true],
    ['la veille de la sortie', '2023-05-01', '2024-06-30', '2024-06-29', true],
    ['le jour de la sortie (effet dès réception)', '2023-05-01', '2024-06-30', '2024-06-30', false],
    ['après la sortie', '2023-05-01', '2024-06-30', '2025-01-01', false],
    ['adhésion un 29 février', '2024-02-29', undefined, '2024-02-29', true],
  ])('%s', (_cas, adhesion, sortie, date, attendu) => {
    expect(estMembreLe({ date_adhesion: adhesion, date_sortie: sortie }, date)).toBe(attendu);
  });
});

describe('membresLe et repartirMembres', () => {
  const membres = [
    membre('fondateur', '2022-01-20'),
    membre('parti-tot', '2022-01-20', '2023-03-01'),
    membre('parti-tard', '2022-01-20', '2025-09-15'),
    membre('nouveau', '2025-01-10'),
    membre('futur', '2027-01-01'),
  ];

  it.each([
    ['2022-01-19', []],
    ['2022-01-20', ['fondateur', 'parti-tot', 'parti-tard']],
    ['2023-03-01', ['fondateur', 'parti-tard']],
    ['2025-01-10', ['fondateur', 'parti-tard', 'nouveau']],
    ['2025-09-15', ['fondateur', 'nouveau']],
    ['2027-01-01', ['fondateur', 'nouveau', 'futur']],
  ])('membres le %s', (date, ids) => {
    expect(membresLe(membres, date).map((m) => m.id)).toEqual(ids);
  });

  it('sépare membres actuels, anciens (sortie la plus récente d’abord) et futurs', () => {
    const { actuels, anciens, futurs } = repartirMembres(membres, '2026-01-01');

    expect(actuels.map((m) => m.id)).toEqual(['fondateur', 'nouveau']);
    expect(anciens.map((m) => m.id)).toEqual(['parti-tard', 'parti-tot']);
    expect(futurs.map((m) => m.id)).toEqual(['futur']);
  });

  it('chaque organisation est dans exactement une catégorie', () => {
    for (const date of ['2022-01-19', '2023-03-01', '2025-09-15', '2030-01-01']) {
      const { actuels, anciens, futurs } = repartirMembres(membres, date);
      expect([...actuels, ...anciens, ...futurs].map((m) => m.id).sort()).toEqual(membres.map((m) => m.id).sort());
    }
  });
});

describe('quorum : au moins la moitié des membres, arrondie au supérieur', () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 1],
    [3, 2],
    [22, 11],
    [23, 12],
    [24, 12],
    [101, 51],
  ])('%i membres → %i présents', (n, attendu) => {
    expect(quorum(n)).toBe(attendu);
    expect(2 * quorum(n)).toBeGreaterThanOrEqual(n);
    expect(2 * (quorum(n) - 1)).toBeLessThan(n === 0 ? 1 : n);
  });

  it.each([-1, 2.5, Number.NaN])('refuse %s', (n) => {
    expect(() => quorum(n)).toThrow(RangeError);
  });

  it.each([
    [23, 'quorum : 12 membres présents sur 23'],
    [2, 'quorum : 1 membre présent sur 2'],
    [1, 'quorum : 1 membre présent sur 1'],
  ])('texte pour %i membres', (n, attendu) => {
    expect(texteQuorum(n)).toBe(attendu);
  });
});

describe('historiqueParties : signataires d’origine, adhésions, départs', () => {
  const SIGNATURE = '2022-01-20';
  const partie = (id: string, date_adhesion: string, options: { sortie?: string; signataire?: boolean } = {}) => ({
    id,
    data: { date_adhesion, date_sortie: options.sortie, signataire: options.signataire ?? true },
  });
  const membres = [
    partie('prefecture', '2022-01-20'),
    partie('departement', '2022-01-20'),
    partie('fondateur-parti', '2022-01-20', { sortie: '2024-03-01' }),
    partie('fondateur-sans-signature', '2022-01-20', { signataire: false }),
    partie('avant-collectif', '2021-03-15'),
    partie('commune-2023', '2023-06-22'),
    partie('association-2022', '2022-06-23'),
    partie('operateur-2022', '2022-06-23', { sortie: '2023-12-31' }),
    partie('signature-attendue', '2025-01-23', { signataire: false }),
    partie('futur', '2027-01-28'),
  ];
  const ids = (liste: readonly { id: string }[]) => liste.map((m) => m.id);

  it('sépare les parties au 1er janvier 2026', () => {
    const h = historiqueParties(membres, SIGNATURE, '2026-01-01');

    // Ceux qui ont signé le jour de la signature, y compris ceux sortis depuis, dans l’ordre donné.
    expect(ids(h.signatairesOrigine)).toEqual(['prefecture', 'departement', 'fondateur-parti', 'avant-collectif']);
    // Les adhésions ultérieures, de la plus ancienne à la plus récente (ordre donné à date égale).
    expect(ids(h.adhesions)).toEqual(['association-2022', 'operateur-2022', 'commune-2023', 'signature-attendue']);
    expect(ids(h.departs)).toEqual(['operateur-2022', 'fondateur-parti']);
    expect(ids(h.adhesionsPrevues)).toEqual(['futur']);
    expect(ids(h.signaturesAttendues)).toEqual(['fondateur-sans-signature', 'signature-attendue']);
    expect(ids(h.partiesActuelles)).toEqual(['prefecture', 'departement', 'avant-collectif', 'commune-2023', 'association-2022']);
  });

  it('le jour de la signature : les seuls signataires d’origine, aucune adhésion ni départ', () => {
    const h = historiqueParties(membres, SIGNATURE, SIGNATURE);

    expect(ids(h.signatairesOrigine)).toEqual(['prefecture', 'departement', 'fondateur-parti', 'avant-collectif']);
    expect(h.adhesions).toEqual([]);
    expect(h.departs).toEqual([]);
    expect(ids(h.adhesionsPrevues)).toEqual(['association-2022', 'operateur-2022', 'commune-2023', 'signature-attendue', 'futur']);
    expect(ids(h.partiesActuelles)).toEqual(ids(h.signatairesOrigine));
  });

  it('avant la signature, personne n’a encore signé', () => {
    const h = historiqueParties(membres, SIGNATURE, '2022-01-19');

    expect(h.signatairesOrigine).toEqual([]);
    expect(h.adhesions).toEqual([]);
    expect(h.departs).toEqual([]);
  });

  it('une adhésion le jour même de la date de référence compte, un départ ce jour-là aussi (effet dès réception)', () => {
    const h = historiqueParties(membres, SIGNATURE, '2023-12-31');

    expect(ids(h.adhesions)).toContain('commune-2023');
    expect(ids(h.departs)).toEqual(['operateur-2022']);
    expect(ids(h.partiesActuelles)).not.toContain('operateur-2022');
  });

  it('les parties actuelles sont les signataires d’origine et les adhérents signataires, moins les sortis', () => {
    for (const date of ['2022-06-23', '2023-12-31', '2024-03-01', '2026-01-01', '2030-01-01']) {
      const h = historiqueParties(membres, SIGNATURE, date);
      const sortis = new Set(ids(h.departs));
      const attendues = [...h.signatairesOrigine, ...h.adhesions].filter((m) => m.data.signataire && !sortis.has(m.id));
      expect(ids(h.partiesActuelles).sort()).toEqual(ids(attendues).sort());
    }
  });
});
