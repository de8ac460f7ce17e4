/**
 * `amas-carte.ts` réécrit avec supercluster (la bibliothèque de la cartographie nationale) :
 * même signature que la fonction d'amas du projet (`regrouper`, renommée `amasser` sur la
 * branche de la carte : les deux noms sont exportés). supercluster indexe tous les niveaux de
 * zoom d'un coup (`load`) ; comme la carte du projet regroupe les résultats filtrés, l'index est
 * reconstruit à chaque appel, c'est-à-dire à chaque changement de filtre.
 * Rayon : la moitié de la taille de cellule du projet, en pixels de tuiles de 256 px.
 */
import * as maison from '../../src/lib/lieux/amas-carte.ts';
import { importer } from './paquets.ts';

type Point = { type: 'Feature'; properties: { i: number }; geometry: { type: 'Point'; coordinates: [number, number] } };
interface Amas {
  type: 'Feature';
  id?: number;
  properties: { cluster?: boolean; cluster_id?: number; point_count?: number; i?: number };
  geometry: { coordinates: [number, number] };
}
export interface IndexSupercluster {
  load(points: Point[]): IndexSupercluster;
  getClusters(bbox: [number, number, number, number], zoom: number): Amas[];
  getLeaves(id: number, limite?: number, decalage?: number): Point[];
}
export const { default: Supercluster } = await importer<{ default: new (options: object) => IndexSupercluster }>('supercluster');

export const { mercator, inverseMercator } = maison;

/** Les points de supercluster (longitude, latitude) des indices donnés, sans ceux qui n'ont pas de position. */
export function points(xs: Float64Array, ys: Float64Array, indices: readonly number[]): Point[] {
  const resultat: Point[] = [];
  for (const i of indices) {
    const x = xs[i]!;
    const y = ys[i]!;
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    const [latitude, longitude] = inverseMercator(x, y);
    resultat.push({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [longitude, latitude] } });
  }
  return resultat;
}

export function index(xs: Float64Array, ys: Float64Array, indices: readonly number[], taille = 64): IndexSupercluster {
  return new Supercluster({ radius: taille / 2, extent: 256, maxZoom: 17 }).load(points(xs, ys, indices));
}

/** Les amas d'un index au zoom donné, dans la forme de ceux du projet (indices, centre, étendue). */
export function amasDeLIndex(idx: IndexSupercluster, xs: Float64Array, ys: Float64Array, zoom: number) {
  return idx.getClusters([-180, -85, 180, 85], zoom).map((f) => {
    const membres = f.properties.cluster ? idx.getLeaves(f.properties.cluster_id!, Infinity).map((p) => p.properties.i) : [f.properties.i!];
    const [x, y] = mercator(f.geometry.coordinates[1], f.geometry.coordinates[0]);
    let xMin = Infinity;
    let yMin = Infinity;
    let xMax = -Infinity;
    let yMax = -Infinity;
    for (const i of membres) {
      xMin = Math.min(xMin, xs[i]!);
      xMax = Math.max(xMax, xs[i]!);
      yMin = Math.min(yMin, ys[i]!);
      yMax = Math.max(yMax, ys[i]!);
    }
    return { indices: membres, x, y, xMin, yMin, xMax, yMax };
  });
}

export function regrouper(xs: Float64Array, ys: Float64Array, indices: readonly number[], zoom: number, taille = 64) {
  return amasDeLIndex(index(xs, ys, indices, taille), xs, ys, zoom);
}
export const amasser = regrouper;
