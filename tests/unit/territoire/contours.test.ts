import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contourDuDepartement } from '../../../src/lib/territoire/contours.ts';
import { communesDuDepartement, toutesLesCommunes } from '../../../src/lib/territoire/communes.ts';
import { dansContour, distanceAuContourKm, TOLERANCE_CONTOUR_KM, verifierPosition } from '../../../src/lib/territoire/geo.ts';
import { problemePosition, schemaLieu, type ContexteLieu } from '../../../src/lib/contenu/schemas/lieu.ts';
import { deriverContours, simplifier } from '../../../tools/contours-departements.ts';

const contexte = (departement: string, nom: string): ContexteLieu => ({
  communes: communesDuDepartement(departement),
  nomDepartement: `${nom} (${departement})`,
  aujourdhui: '2026-06-30',
});

describe('contours des départements (src/data/contours-departements.json)', () => {
  it('couvre les 101 départements, outre-mer compris, en moins de 700 Ko', () => {
    const fichier = new URL('../../../src/data/contours-departements.json', import.meta.url);
    const donnees = JSON.parse(readFileSync(fichier, 'utf8')) as { departements: Record<string, unknown>; source: string };
    expect(Object.keys(donnees.departements)).toHaveLength(101);
    for (const code of ['2A', '2B', '971', '972', '973', '974', '976']) expect(contourDuDepartement(code), code).toBeDefined();
    expect(donnees.source).toMatch(/IGN ADMIN EXPRESS/);
    expect(statSync(fichier).size).toBeLessThan(700 * 1024);
  });

  it('garde le centre de presque toutes les communes de France dans leur département (mesure)', () => {
    const communes = toutesLesCommunes().filter((c) => c.type === 'COM');
    const dehors = communes.filter((c) => !verifierPosition(c.latitude, c.longitude, [], contourDuDepartement(c.departement)).ok).map((c) => c.nom);
    expect(communes.length).toBeGreaterThan(34_000);
    // Two coastal communes whose centre lies in the sea (islands included in their area).
    expect(dehors.sort()).toEqual(['Lanmodez', 'Le Conquet']);
  });

  it('simplifie à 100 m près : aucun point d’origine à plus de 100 m de la ligne gardée', () => {
    const ligne: [number, number][] = Array.from({ length: 50 }, (_, i) => [i * 0.001, Math.sin(i / 3) * 0.0005]);
    const simple = simplifier(ligne, 100);
    expect(simple.length).toBeLessThan(ligne.length);
    const contour = { anneaux: [simple.flat()], cadre: [-1, -1, 1, 1] as [number, number, number, number] };
    for (const [lon, lat] of ligne) expect(distanceAuContourKm(lat, lon, contour)).toBeLessThanOrEqual(0.1 + 1e-9);
  });

  it('dérive un fichier lisible par contourDuDepartement (carré de 0,1° autour de Caen)', () => {
    const carre: [number, number][] = [
      [-0.4, 49.1],
      [-0.3, 49.1],
      [-0.3, 49.2],
      [-0.4, 49.2],
      [-0.4, 49.1],
    ];
    const derive = deriverContours({ features: [{ properties: { code: '99', nom: 'Test' }, geometry: { type: 'Polygon', coordinates: [carre] } }] });
    expect(derive.departements['99']).toEqual([[[-4000, 491000, 1000, 0, 0, 1000, -1000, 0]]]);
  });
});

describe('« ce point est-il dans le département ? » : contour et 500 m de tolérance', () => {
  it.each([
    // Border towns of large communes (Guyane: 2 320 and 18 360 km²), far from their centre.
    ['973', 'Saint-Georges, au bord de l’Oyapock', 3.8906, -51.8036],
    ['973', 'Maripasoula, au bord du Maroni', 3.6404, -54.0317],
    ['973', 'Apatou', 5.1553, -54.344],
    // Coasts and islands: a harbour is a few dozen metres out at sea on the simplified outline.
    ['976', 'Dzaoudzi (Petite-Terre)', -12.7806, 45.2581],
    ['976', 'Mamoudzou', -12.7806, 45.2278],
    ['974', 'Saint-Pierre, le port', -21.3423, 55.4737],
    ['971', 'Grand-Bourg de Marie-Galante', 15.8835, -61.314],
    ['971', 'La Désirade', 16.3076, -61.0817],
    ['972', 'Fort-de-France, le front de mer', 14.601, -61.07],
    ['2A', 'Bonifacio, le port', 41.3874, 9.1595],
    ['68', 'Huningue, au bord du Rhin', 47.5922, 7.5839],
    ['14', 'Vire Normandie', 48.8386, -0.8892],
  ])('%s : %s est accepté', (departement, _nom, latitude, longitude) => {
    expect(problemePosition(latitude, longitude, contexte(departement, 'X'))).toBeUndefined();
  });

  it('refuse une adresse de Paris pour la Seine-Saint-Denis, à la distance de sa limite', () => {
    expect(problemePosition(48.853, 2.3499, contexte('93', 'Seine-Saint-Denis'))?.message).toBe(
      'la position (48.853, 2.3499) est hors du département Seine-Saint-Denis (93) (à 4,8 km de sa limite ; commune la plus proche : Le Pré-Saint-Gervais) : vérifiez la latitude et la longitude',
    );
  });

  it('refuse les centres des communes voisines à plus de 500 m de la limite, accepte ceux qui en sont plus près', () => {
    const calvados = contourDuDepartement('14')!;
    const manche = communesDuDepartement('50').filter((c) => !dansContour(c.latitude, c.longitude, calvados));
    const loin = manche.filter((c) => distanceAuContourKm(c.latitude, c.longitude, calvados) > TOLERANCE_CONTOUR_KM);
    expect(loin.length).toBeGreaterThan(400);
    for (const c of loin) expect(verifierPosition(c.latitude, c.longitude, [], calvados).ok, c.nom).toBe(false);
    const pres = manche.filter((c) => distanceAuContourKm(c.latitude, c.longitude, calvados) <= TOLERANCE_CONTOUR_KM);
    for (const c of pres) expect(verifierPosition(c.latitude, c.longitude, [], calvados).ok, c.nom).toBe(true);
  });

  it('signale une latitude et une longitude inversées, outre-mer aussi', () => {
    expect(problemePosition(-52.326, 4.9372, contexte('973', 'Guyane'))?.message).toMatch(
      /semblent inversées : essayez latitude: 4.9372 et longitude: -52.326/,
    );
    expect(problemePosition(45.2278, -12.7806, contexte('976', 'Mayotte'))?.message).toMatch(/semblent inversées/);
  });

  it('ne dépend plus des superficies (celles de Mayotte valent 0 dans le répertoire)', () => {
    expect(communesDuDepartement('976').every((c) => c.superficieKm2 === 0)).toBe(true);
    // Inland, 4.4 km from the nearest commune centre (Bandrélé): refused by the old centroid rule.
    const mayotte = contexte('976', 'Mayotte');
    expect(verifierPosition(-12.9, 45.18, mayotte.communes).ok).toBe(false);
    expect(problemePosition(-12.9, 45.18, mayotte)).toBeUndefined();
  });

  it('le schéma d’un lieu refuse la position hors du département sur le champ latitude', () => {
    const resultat = schemaLieu(contexte('93', 'Seine-Saint-Denis')).safeParse({
      id: 'pimms-paris',
      pivot: '21930066000015',
      nom: 'Point',
      commune: 'Saint-Denis',
      code_postal: '93200',
      adresse: '1 rue A',
      date_maj: '2026-01-01',
      latitude: 48.853,
      longitude: 2.3499,
    });
    expect(resultat.success).toBe(false);
    expect(resultat.error?.issues.map((i) => [i.path.join('.'), i.message.slice(0, 40)])).toEqual([['latitude', 'la position (48.853, 2.3499) est hors du']]);
  });
});
