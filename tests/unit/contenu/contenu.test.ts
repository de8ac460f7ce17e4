/**
 * The project's own `content/` folder: valid, and, when it is the demonstration collective,
 * rich enough to exercise every part of the site.
 */
import { describe, expect, it } from 'vitest';
import { verifierDossier } from '../../../src/lib/contenu/verification.ts';
import { communesDuDepartement } from '../../../src/lib/territoire/communes.ts';
import { distanceKm } from '../../../src/lib/territoire/geo.ts';
import { TYPES_MEMBRE, TYPES_RESSOURCE } from '../../../src/lib/contenu/schemas/entrees-collectif.ts';
import type { Collectif } from '../../../src/lib/contenu/schemas/configuration.ts';

const resultat = verifierDossier(process.cwd());
const { entrees } = resultat.contenu;
const collectif = resultat.contenu.collectif as Collectif;

describe('le contenu du dépôt', () => {
  it('est valide', () => {
    expect(resultat.lignes).toEqual([]);
  });
});

describe.runIf(collectif?.demonstration)('le contenu de démonstration', () => {
  const lieux = entrees.lieux.map((e) => e.donnees);

  it('compte au moins 80 lieux dans au moins 35 communes', () => {
    expect(lieux.length).toBeGreaterThanOrEqual(80);
    expect(new Set(lieux.map((l) => l['code_insee'] ?? l['commune'])).size).toBeGreaterThanOrEqual(35);
  });

  it('place chaque lieu près du centre réel de sa commune', () => {
    const communes = new Map(communesDuDepartement(collectif.departement.code).map((c) => [c.insee, c]));
    const loin = lieux.filter((l) => {
      const commune = communes.get(String(l['code_insee']));
      if (!commune || typeof l['latitude'] !== 'number') return false;
      return distanceKm(l['latitude'], l['longitude'] as number, commune.latitude, commune.longitude) > 3;
    });

    expect(loin.map((l) => l['id'])).toEqual([]);
  });

  it('mêle les typologies (France Services, médiathèques, CCAS, centres sociaux, EPN, associations, bus itinérant, tiers-lieux)', () => {
    const typologies = new Set(lieux.flatMap((l) => (l['typologie'] as string[] | undefined) ?? []));

    for (const code of ['RFS', 'BIB', 'CCAS', 'CS', 'EPN', 'ASSO', 'TIERS_LIEUX']) expect(typologies).toContain(code);
    expect(lieux.some((l) => (l['itinerance'] as string[] | undefined)?.includes('Itinérant'))).toBe(true);
  });

  it('écrit les horaires avec pauses, jours fermés et jours fériés', () => {
    const horaires = lieux.map((l) => l['horaires']).filter((h): h is string => typeof h === 'string');

    expect(horaires.some((h) => /\d,\d/.test(h))).toBe(true);
    expect(horaires.some((h) => h.includes('PH off'))).toBe(true);
  });

  it("n'utilise que des numéros de téléphone réservés à la fiction et des adresses example.org", () => {
    for (const lieu of lieux) {
      if (lieu['telephone']) expect(String(lieu['telephone'])).toMatch(/^\+33(19900|26191|35301|46571|53649|63998)|^\+26263998/);
      for (const courriel of (lieu['courriels'] as string[] | undefined) ?? []) expect(courriel).toMatch(/@([a-z0-9-]+\.)*example\.org$/);
    }
  });

  it('compte au moins 18 membres couvrant chaque type, dont un ancien membre', () => {
    expect(entrees.membres.length).toBeGreaterThanOrEqual(18);
    expect(new Set(entrees.membres.map((m) => m.donnees['type']))).toEqual(new Set(Object.keys(TYPES_MEMBRE)));
    expect(entrees.membres.some((m) => m.donnees['date_sortie'])).toBe(true);
  });

  it('a 4 groupes, 6 actualités, 10 ressources de chaque type, 6 réunions passées et à venir, un avenant', () => {
    expect(entrees.groupes.length).toBeGreaterThanOrEqual(4);
    expect(entrees.actualites.length).toBeGreaterThanOrEqual(6);
    expect(entrees.ressources.length).toBeGreaterThanOrEqual(10);
    expect(new Set(entrees.ressources.map((r) => r.donnees['type']))).toEqual(new Set(Object.keys(TYPES_RESSOURCE)));
    expect(entrees.reunions.length).toBeGreaterThanOrEqual(6);
    expect(collectif.convention.avenants.length).toBeGreaterThanOrEqual(1);
    expect(entrees.charte).toHaveLength(1);
    expect(entrees.convention).toHaveLength(1);
  });
});
