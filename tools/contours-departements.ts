/**
 * Writes `src/data/contours-departements.json`, the simplified outline of every département,
 * from the IGN outlines of `../shared/data/departements-contours.geojson` (ADMIN EXPRESS COG,
 * Licence Ouverte, via france-geojson): « is this place in the département? » is answered by
 * a point-in-polygon test on it (`territoire/geo.ts`), with a tolerance of 500 m that covers
 * the simplification.
 *
 * Each ring is simplified with Douglas-Peucker to 100 m (measured on a local flat projection,
 * so the tolerance is the same at every latitude) and its coordinates rounded to 1/10 000 of
 * a degree (11 m, delta-encoded); rings left with fewer than 4 points (islets smaller than the tolerance) are
 * dropped, the tolerance around the other rings covering them.
 *
 * Usage: node tools/contours-departements.ts [source.geojson] [destination.json]
 * Run directly by Node 24 (types stripped): erasable TypeScript syntax only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Douglas-Peucker tolerance, metres. */
export const PRECISION_M = 100;
const DECIMALES = 4;
const METRES_PAR_DEGRE = 111_320;

type Position = [number, number];

/** Distance in metres from `p` to the segment `a`–`b`, on a flat projection around `p`. */
function distanceSegmentM(p: Position, a: Position, b: Position): number {
  const kx = Math.cos((p[1] * Math.PI) / 180) * METRES_PAR_DEGRE;
  const ax = (a[0] - p[0]) * kx;
  const ay = (a[1] - p[1]) * METRES_PAR_DEGRE;
  const bx = (b[0] - p[0]) * kx;
  const by = (b[1] - p[1]) * METRES_PAR_DEGRE;
  const dx = bx - ax;
  const dy = by - ay;
  const longueur = dx * dx + dy * dy;
  const t = longueur === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / longueur));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Douglas-Peucker on an open polyline, iterative (rings have thousands of points). */
export function simplifier(points: readonly Position[], toleranceM: number): Position[] {
  if (points.length <= 2) return [...points];
  const garde = new Uint8Array(points.length);
  garde[0] = 1;
  garde[points.length - 1] = 1;
  const pile: [number, number][] = [[0, points.length - 1]];
  while (pile.length > 0) {
    const [debut, fin] = pile.pop()!;
    let pire = -1;
    let distancePire = 0;
    for (let i = debut + 1; i < fin; i++) {
      const d = distanceSegmentM(points[i]!, points[debut]!, points[fin]!);
      if (d > distancePire) {
        distancePire = d;
        pire = i;
      }
    }
    if (pire !== -1 && distancePire > toleranceM) {
      garde[pire] = 1;
      pile.push([debut, pire], [pire, fin]);
    }
  }
  return points.filter((_p, i) => garde[i] === 1);
}

/** Coordinates are written as integers in 1/10 000 of a degree. */
export const ECHELLE = 10 ** DECIMALES;

/** A closed ring simplified: split in two halves so that the first point is not the only anchor. */
function simplifierAnneau(anneau: readonly Position[]): number[] | undefined {
  const ouvert = anneau.slice(0, -1);
  if (ouvert.length < 3) return undefined;
  const milieu = Math.floor(ouvert.length / 2);
  const moitie1 = simplifier(ouvert.slice(0, milieu + 1), PRECISION_M);
  const moitie2 = simplifier([...ouvert.slice(milieu), ouvert[0]!], PRECISION_M);
  const points = [...moitie1, ...moitie2.slice(1, -1)];
  if (points.length < 3) return undefined;
  // First point, then differences from the previous one: the file is half as long.
  const entiers = points.map(([lon, lat]) => [Math.round(lon * ECHELLE), Math.round(lat * ECHELLE)] as const);
  return entiers.flatMap(([lon, lat], i) => (i === 0 ? [lon, lat] : [lon - entiers[i - 1]![0], lat - entiers[i - 1]![1]]));
}

interface Entite {
  properties: { code: string; nom: string };
  geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}

/**
 * The derived file: per département, its polygons, each a list of rings; a ring is
 * `[lon, lat, dLon, dLat, dLon, dLat…]`, integers in 1/10 000 of a degree, each point after the
 * first written as its difference from the previous one (`territoire/contours.ts` reads it).
 */
export function deriverContours(geojson: { features: Entite[] }): {
  echelle: number;
  source: string;
  precision_m: number;
  departements: Record<string, number[][][]>;
} {
  const departements: Record<string, number[][][]> = {};
  for (const { properties, geometry } of [...geojson.features].sort((a, b) => a.properties.code.localeCompare(b.properties.code))) {
    const polygones = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    departements[properties.code] = polygones.flatMap((anneaux) => {
      const simplifies = anneaux.map(simplifierAnneau);
      // The outer ring gone (an islet), its holes go with it.
      if (!simplifies[0]) return [];
      return [simplifies.filter((a): a is number[] => a !== undefined)];
    });
  }
  return {
    echelle: ECHELLE,
    source:
      'Dérivé de departements-contours.geojson (IGN ADMIN EXPRESS COG 2018, INSEE COG 2018, via france-geojson), simplifié à 100 m, Licence Ouverte / etalab-2.0',
    precision_m: PRECISION_M,
    departements,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = process.argv[2] ?? fileURLToPath(new URL('../../shared/data/departements-contours.geojson', import.meta.url));
  const destination = process.argv[3] ?? fileURLToPath(new URL('../src/data/contours-departements.json', import.meta.url));
  const resultat = deriverContours(JSON.parse(readFileSync(source, 'utf8')) as { features: Entite[] });
  const texte = `${JSON.stringify(resultat)}\n`;
  writeFileSync(destination, texte);
  const points = Object.values(resultat.departements)
    .flat(1)
    .flat(1)
    .reduce((n, anneau) => n + anneau.length / 2, 0);
  console.log(`${destination} écrit : ${Object.keys(resultat.departements).length} départements, ${points} points, ${Math.round(texte.length / 1024)} Ko.`);
}
