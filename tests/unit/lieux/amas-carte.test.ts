import { describe, expect, it } from 'vitest';
import { inverseMercator, mercator, amasser } from '../../../src/lib/lieux/amas-carte.ts';

function tableaux(points: [number, number][]) {
  const xs = new Float64Array(points.length);
  const ys = new Float64Array(points.length);
  points.forEach(([la, lo], i) => {
    [xs[i], ys[i]] = mercator(la, lo);
  });
  return { xs, ys, tous: points.map((_, i) => i) };
}

describe('mercator', () => {
  it.each([
    [0, 0, 0.5, 0.5],
    [0, -180, 0, 0.5],
    [0, 180, 1, 0.5],
  ])('(%f, %f) → (%f, %f)', (la, lo, x, y) => {
    const [mx, my] = mercator(la, lo);

    expect(mx).toBeCloseTo(x, 12);
    expect(my).toBeCloseTo(y, 12);
  });

  it.each([
    [49.1829, -0.3707],
    [-21.1151, 55.5364],
    [48.8566, 2.3522],
  ])('fait l’aller-retour pour (%f, %f)', (la, lo) => {
    const [x, y] = mercator(la, lo);
    const [la2, lo2] = inverseMercator(x, y);

    expect(la2).toBeCloseTo(la, 9);
    expect(lo2).toBeCloseTo(lo, 9);
  });

  it('met le nord en haut', () => {
    expect(mercator(50, 0)[1]).toBeLessThan(mercator(49, 0)[1]);
  });
});

describe('amasser', () => {
  // Caen, a point 100 m away, Bayeux (27 km west) and a place without position.
  const { xs, ys, tous } = tableaux([
    [49.1829, -0.3707],
    [49.1838, -0.3707],
    [49.2764, -0.7024],
    [NaN, NaN],
  ]);

  it('regroupe les lieux proches à petite échelle, et compte chacun une fois', () => {
    const amas = amasser(xs, ys, tous, 8);

    expect(amas.map((g) => g.indices.length).reduce((a, b) => a + b, 0)).toBe(3);
    expect(amas.find((g) => g.indices.includes(0))!.indices).toContain(1);
  });

  it('sépare les lieux en zoomant', () => {
    const amas = amasser(xs, ys, tous, 18);

    expect(amas).toHaveLength(3);
  });

  it('place l’amas au centre de ses lieux, avec leur étendue', () => {
    const [g] = amasser(xs, ys, [0, 1], 10);

    expect(g!.x).toBeCloseTo((xs[0]! + xs[1]!) / 2, 12);
    expect(g!.y).toBeCloseTo((ys[0]! + ys[1]!) / 2, 12);
    expect(g!.yMin).toBe(Math.min(ys[0]!, ys[1]!));
    expect(g!.yMax).toBe(Math.max(ys[0]!, ys[1]!));
  });

  it('ne regroupe que les indices donnés (les résultats filtrés)', () => {
    expect(amasser(xs, ys, [2], 8).flatMap((g) => g.indices)).toEqual([2]);
    expect(amasser(xs, ys, [], 8)).toEqual([]);
  });

  it('compte chaque lieu exactement une fois, à tous les zooms (20 000 lieux)', () => {
    let graine = 42;
    const hasard = () => (graine = (graine * 16807) % 2147483647) / 2147483647;
    const points = Array.from({ length: 20_000 }, (): [number, number] => [48.75 + hasard() * 0.65, -1.15 + hasard() * 1.3]);
    const t = tableaux(points);

    for (let zoom = 5; zoom <= 18; zoom++) {
      const amas = amasser(t.xs, t.ys, t.tous, zoom);
      const vus = amas.flatMap((g) => g.indices).sort((a, b) => a - b);
      expect(vus, `zoom ${zoom}`).toEqual(t.tous);
    }
  });
});
