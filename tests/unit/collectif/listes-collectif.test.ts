import { describe, expect, it } from 'vitest';
import { verifierIdsReserves } from '../../../src/lib/contenu/adresses-reservees.ts';
import { champListe, COLONNES_LISTE_MEMBRES, csvMembres, type MembreListe } from '../../../src/lib/collectif/liste-membres.ts';
import { cleEtiquette, grouperPar, regrouper, regrouperParEtiquette } from '../../../src/lib/collectif/sections.ts';
import { lireCsv } from '../../e2e/collectif-verifications.ts';

describe('regrouper', () => {
  const LIBELLES = { etat: 'Service de l’État', departement: 'Département', association: 'Association' };
  const membres = [
    { id: 'a1', type: 'association' },
    { id: 'e1', type: 'etat' },
    { id: 'x1', type: 'inconnu' },
    { id: 'a2', type: 'association' },
  ];

  it('sections dans l’ordre des libellés, vides omises, types inconnus à la fin, ordre interne conservé', () => {
    const sections = regrouper(membres, (m) => m.type, LIBELLES);

    expect(sections.map((s) => [s.cle, s.libelle, s.elements.map((m) => m.id)])).toEqual([
      ['etat', 'Service de l’État', ['e1']],
      ['association', 'Association', ['a1', 'a2']],
      ['inconnu', 'inconnu', ['x1']],
    ]);
  });

  it('grouperPar ignore les entrées sans clé', () => {
    const index = grouperPar([{ m: 'a' }, { m: undefined }, { m: 'a' }, { m: 'b' }], (e) => e.m);

    expect([...index.entries()].map(([k, v]) => [k, v.length])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });
});

describe('regrouperParEtiquette (thèmes des ressources)', () => {
  const ressources = [
    { id: 'r1', themes: ['Démarches en ligne', 'Accès aux droits'] },
    { id: 'r2', themes: ['démarches en ligne'] },
    { id: 'r3', themes: ['Accès aux droits', 'Accès aux droits'] },
    { id: 'r4', themes: ['—'] },
  ];

  it('fusionne les variantes de casse et d’accents, trie par nom, sans doublon', () => {
    const themes = regrouperParEtiquette(ressources, (r) => r.themes);

    expect(themes.map((t) => [t.cle, t.libelle, t.elements.map((r) => r.id)])).toEqual([
      ['autre', '—', ['r4']],
      ['acces-aux-droits', 'Accès aux droits', ['r1', 'r3']],
      ['demarches-en-ligne', 'Démarches en ligne', ['r1', 'r2']],
    ]);
  });

  it.each([
    ['Démarches en ligne', 'demarches-en-ligne'],
    ['Œuvres & société', 'oeuvres-societe'],
    ['—', 'autre'],
  ])('clé de %j : %j', (theme, cle) => {
    expect(cleEtiquette(theme)).toBe(cle);
  });
});

describe('liste des membres en CSV', () => {
  const membre = (id: string, data: Partial<MembreListe['data']> = {}): MembreListe => ({
    id,
    data: { nom: `Nom ${id}`, type: 'association', roles: ['expert'], date_adhesion: '2023-05-01', signataire: false, ...data },
  });
  const options = {
    libelleType: (t: string) => t.toUpperCase(),
    libelleRole: (r: string) => `rôle ${r}`,
    urlPage: (id: string) => `https://exemple.org/membres/${id}/`,
  };

  it.each([
    ['simple', 'simple'],
    ['a, b', '"a, b"'],
    ['dit "bonjour"', '"dit ""bonjour"""'],
    ['deux\nlignes', '"deux\nlignes"'],
    ['=HYPERLINK("https://exemple.org")', '"\'=HYPERLINK(""https://exemple.org"")"'],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-2+3', "'-2+3"],
  ])('champ %j → %j', (valeur, attendu) => {
    expect(champListe(valeur)).toBe(attendu);
  });

  it('une ligne par membre, dans l’ordre donné, relue à l’identique par un lecteur CSV strict', () => {
    const membres = [
      membre('asso', { nom: 'Association « Clic, Clac »', roles: ['expert', 'animateur'], signataire: true, representant_fonction: 'Présidente, "bénévole"' }),
      membre('caf', { nom: 'Caisse', nom_court: 'CAF', type: 'operateur-public', site_web: 'https://caf.example.org' }),
    ];
    const csv = csvMembres(membres, options);

    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lireCsv(csv)).toEqual([
      [...COLONNES_LISTE_MEMBRES],
      [
        'Association « Clic, Clac »',
        '',
        'ASSOCIATION',
        'rôle expert ; rôle animateur',
        '2023-05-01',
        'oui',
        'Présidente, "bénévole"',
        '',
        'https://exemple.org/membres/asso/',
      ],
      ['Caisse', 'CAF', 'OPERATEUR-PUBLIC', 'rôle expert', '2023-05-01', 'non', '', 'https://caf.example.org', 'https://exemple.org/membres/caf/'],
    ]);
  });

  it('sans membre, seulement l’en-tête', () => {
    expect(lireCsv(csvMembres([], options))).toEqual([[...COLONNES_LISTE_MEMBRES]]);
  });
});

describe('identifiants réservés aux pages du collectif', () => {
  it('refuse un membre nommé « liste », une ressource « veille », une réunion « calendrier »', () => {
    const problemes = verifierIdsReserves({
      membres: [
        { id: 'liste', chemin: 'content/membres/liste.md' },
        { id: 'caf', chemin: 'content/membres/caf.md' },
      ],
      ressources: [{ id: 'veille', chemin: 'content/ressources/veille.md' }],
      reunions: [{ id: 'calendrier', chemin: 'content/reunions/calendrier.md' }],
      groupes: [{ id: 'liste', chemin: 'content/groupes/liste.md' }],
    });

    expect(problemes.map((p) => [p.fichier, p.champ])).toEqual([
      ['content/membres/liste.md', 'nom du fichier'],
      ['content/ressources/veille.md', 'nom du fichier'],
      ['content/reunions/calendrier.md', 'nom du fichier'],
    ]);
    expect(problemes[0]!.message).toContain('/membres/liste/');
  });
});
