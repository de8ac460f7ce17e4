/**
 * Geography helpers: great-circle distance and the « is this point in the département? »
 * check used to validate places. Pure functions: the commune list and the outline are passed in
 * (`contours.ts` reads the outlines, `communes.ts` the communes).
 */

/** A commune of the offline gazetteer (derived from the INSEE and La Poste open data). */
export interface Commune {
  insee: string;
  departement: string;
  nom: string;
  codesPostaux: string[];
  latitude: number;
  longitude: number;
  superficieKm2: number;
  type: string;
  population: number;
}

const RAYON_TERRE_KM = 6371.0088;

/** Great-circle distance in kilometres (haversine formula). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * RAYON_TERRE_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Outline of a département: its rings (outer borders, islands and holes alike), each
 * `[lon, lat, lon, lat…]` in degrees, with their bounding box. A point is inside when it is
 * inside an odd number of rings (even-odd rule: a hole is a ring inside a ring).
 */
export interface Contour {
  anneaux: readonly (readonly number[])[];
  /** `[lonMin, latMin, lonMax, latMax]`. */
  cadre: readonly [number, number, number, number];
}

/** Tolerance around the simplified outline (100 m simplification, borders, coastal places). */
export const TOLERANCE_CONTOUR_KM = 0.5;

/** Even-odd ray casting on every ring. */
export function dansContour(latitude: number, longitude: number, contour: Contour): boolean {
  const [lonMin, latMin, lonMax, latMax] = contour.cadre;
  if (longitude < lonMin || longitude > lonMax || latitude < latMin || latitude > latMax) return false;
  let dedans = false;
  for (const anneau of contour.anneaux) {
    const n = anneau.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const xi = anneau[i]!;
      const yi = anneau[i + 1]!;
      const xj = anneau[j]!;
      const yj = anneau[j + 1]!;
      if (yi > latitude !== yj > latitude && longitude < ((xj - xi) * (latitude - yi)) / (yj - yi) + xi) dedans = !dedans;
    }
  }
  return dedans;
}

const KM_PAR_DEGRE = (Math.PI / 180) * RAYON_TERRE_KM;

/**
 * Distance in km from a point to the nearest edge of the outline, on a flat projection around
 * the point (exact enough within a few hundred kilometres).
 */
export function distanceAuContourKm(latitude: number, longitude: number, contour: Contour): number {
  const kx = Math.cos((latitude * Math.PI) / 180) * KM_PAR_DEGRE;
  let minimum = Number.POSITIVE_INFINITY;
  for (const anneau of contour.anneaux) {
    const n = anneau.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const ax = (anneau[j]! - longitude) * kx;
      const ay = (anneau[j + 1]! - latitude) * KM_PAR_DEGRE;
      const dx = (anneau[i]! - longitude) * kx - ax;
      const dy = (anneau[i + 1]! - latitude) * KM_PAR_DEGRE - ay;
      const longueur = dx * dx + dy * dy;
      const t = longueur === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / longueur));
      const d = Math.hypot(ax + t * dx, ay + t * dy);
      if (d < minimum) minimum = d;
    }
  }
  return minimum;
}

/** Inside the outline, or within {@link TOLERANCE_CONTOUR_KM} of it; the distance when outside. */
function positionContour(latitude: number, longitude: number, contour: Contour): { dedans: boolean; distanceKm: number } {
  if (dansContour(latitude, longitude, contour)) return { dedans: true, distanceKm: 0 };
  const distance = distanceAuContourKm(latitude, longitude, contour);
  return { dedans: distance <= TOLERANCE_CONTOUR_KM, distanceKm: distance };
}

/**
 * Tolerance around a commune centroid, when no outline is known: the radius of a disc of the
 * commune's area, times 1.5 for elongated communes, plus 2 km for places at the very edge.
 */
function rayonToleranceKm(commune: Commune): number {
  return Math.sqrt(Math.max(commune.superficieKm2, 1) / Math.PI) * 1.5 + 2;
}

export type ResultatPosition =
  | { ok: true }
  | {
      ok: false;
      inversee: boolean;
      /** Distance to the département's outline (to the nearest commune centre without outline), km, one decimal. */
      distanceKm: number;
      communeProche: string;
      /** The distance is measured to the outline of the département. */
      contour?: boolean;
    };

/**
 * Checks that a point lies in the département: inside its outline, with a tolerance of 500 m
 * for the simplified borders and coasts (a commune nouvelle of 200 km² at the border is no
 * longer a problem). Without an outline, falls back to the nearest commune centroid. When the
 * point is outside but would be inside with latitude and longitude swapped, says so: it is the
 * most common mistake in hand-made files.
 */
export function verifierPosition(latitude: number, longitude: number, communes: readonly Commune[], contour?: Contour): ResultatPosition {
  if (contour) {
    const position = positionContour(latitude, longitude, contour);
    if (position.dedans) return { ok: true };
    return {
      ok: false,
      inversee: positionContour(longitude, latitude, contour).dedans,
      distanceKm: Math.round(position.distanceKm * 10) / 10,
      communeProche: communeLaPlusProche(latitude, longitude, communes)?.commune.nom ?? '',
      contour: true,
    };
  }
  const proche = communeLaPlusProche(latitude, longitude, communes);
  if (!proche) return { ok: true };
  if (proche.distance <= rayonToleranceKm(proche.commune)) return { ok: true };
  const inversee = communeLaPlusProche(longitude, latitude, communes);
  return {
    ok: false,
    inversee: inversee !== undefined && inversee.distance <= rayonToleranceKm(inversee.commune),
    distanceKm: Math.round(proche.distance),
    communeProche: proche.commune.nom,
  };
}

/** Nearest commune centroid; a linear scan is fast enough for one département (< 1 000 communes). */
export function communeLaPlusProche(latitude: number, longitude: number, communes: readonly Commune[]): { commune: Commune; distance: number } | undefined {
  let meilleure: { commune: Commune; distance: number } | undefined;
  for (const commune of communes) {
    const distance = distanceKm(latitude, longitude, commune.latitude, commune.longitude);
    if (!meilleure || distance < meilleure.distance) meilleure = { commune, distance };
  }
  return meilleure;
}
