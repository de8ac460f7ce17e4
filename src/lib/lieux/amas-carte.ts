/**
 * Map clusters (« amas ») on a grid of screen cells: places whose pixels at the current zoom
 * fall in the same cell are shown as one marker with their number. « Amas » and not « groupe »:
 * a « groupe » is a working group of the collective (see CONTRIBUTING's glossary). One pass over
 * the places: at 20 000 places a filter change or a zoom regroups in a few milliseconds, where
 * a hierarchical index (leaflet.markercluster) must be rebuilt (measured: 0.2 to 0.35 s to add
 * back 10 000 to 20 000 markers after a filter change, above the 100 ms target).
 */

/** Web Mercator position of a point, each coordinate between 0 and 1 (x eastward, y southward). */
export function mercator(latitude: number, longitude: number): [number, number] {
  const sin = Math.sin((Math.max(-85.05112878, Math.min(85.05112878, latitude)) * Math.PI) / 180);
  return [(longitude + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

/** Inverse of {@link mercator}. */
export function inverseMercator(x: number, y: number): [number, number] {
  const latitude = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [latitude, x * 360 - 180];
}

/** A cluster of places on the map. */
export interface Amas {
  /** Indices of the places. */
  indices: number[];
  /** Mean position (Mercator), where the marker goes. */
  x: number;
  y: number;
  /** Extent of the places (Mercator), to zoom on them. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/**
 * Clusters the places `indices` (positions in `xs`, `ys`, Mercator) by cells of `taille` pixels
 * at zoom `zoom` (256-pixel tiles). Places without a position (NaN) are left out.
 */
export function amasser(xs: Float64Array, ys: Float64Array, indices: readonly number[], zoom: number, taille = 64): Amas[] {
  const echelle = (256 * 2 ** zoom) / taille;
  const cellules = new Map<number, Amas>();
  // Cell keys as numbers: 2^26 columns are more than enough up to zoom 20 with 64-pixel cells.
  const largeur = 2 ** 26;
  for (const i of indices) {
    const x = xs[i]!;
    const y = ys[i]!;
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    const cle = Math.floor(y * echelle) * largeur + Math.floor(x * echelle);
    const amas = cellules.get(cle);
    if (amas) {
      amas.indices.push(i);
      amas.x += x;
      amas.y += y;
      if (x < amas.xMin) amas.xMin = x;
      if (x > amas.xMax) amas.xMax = x;
      if (y < amas.yMin) amas.yMin = y;
      if (y > amas.yMax) amas.yMax = y;
    } else cellules.set(cle, { indices: [i], x, y, xMin: x, xMax: x, yMin: y, yMax: y });
  }
  const tous = [...cellules.values()];
  for (const a of tous) {
    a.x /= a.indices.length;
    a.y /= a.indices.length;
  }
  return tous;
}
