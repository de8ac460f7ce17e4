/**
 * Geography helpers: great-circle distance and the « is this point in the département? »
 * check used to validate places. Pure functions: the commune list is passed in.
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
 * Tolerance around a commune centroid: the radius of a disc of the commune's area, times
 * 1.5 for elongated communes, plus 2 km for places at the very edge of the territory.
 */
function rayonToleranceKm(commune: Commune): number {
  return Math.sqrt(Math.max(commune.superficieKm2, 1) / Math.PI) * 1.5 + 2;
}

export type ResultatPosition =
  | { ok: true }
  | { ok: false; inversee: boolean; distanceKm: number; communeProche: string };

/**
 * Checks that a point lies in the territory made of `communes` (those of the configured
 * département), with a small tolerance. When the point is outside but would be inside with
 * latitude and longitude swapped, says so: it is the most common mistake in hand-made files.
 */
export function verifierPosition(latitude: number, longitude: number, communes: readonly Commune[]): ResultatPosition {
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
export function communeLaPlusProche(
  latitude: number,
  longitude: number,
  communes: readonly Commune[],
): { commune: Commune; distance: number } | undefined {
  let meilleure: { commune: Commune; distance: number } | undefined;
  for (const commune of communes) {
    const distance = distanceKm(latitude, longitude, commune.latitude, commune.longitude);
    if (!meilleure || distance < meilleure.distance) meilleure = { commune, distance };
  }
  return meilleure;
}
