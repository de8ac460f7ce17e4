/**
 * The outlines of the départements (`src/data/contours-departements.json`, derived from the IGN
 * outlines by `tools/contours-departements.ts`, see `src/data/README.md`), decoded on demand:
 * validation only ever needs the configured département.
 */
import donnees from '../../data/contours-departements.json' with { type: 'json' };
import type { Contour } from './geo.ts';

const decodes = new Map<string, Contour | undefined>();

/** Rings `[lon, lat, dLon, dLat…]` in 1/échelle degree → `[lon, lat, lon, lat…]` in degrees. */
function decoderAnneau(code: readonly number[], echelle: number): number[] {
  const anneau: number[] = [];
  let lon = 0;
  let lat = 0;
  for (let i = 0; i < code.length; i += 2) {
    lon += code[i]!;
    lat += code[i + 1]!;
    anneau.push(lon / echelle, lat / echelle);
  }
  return anneau;
}

/** The outline of a département (`14`, `2A`, `971`), `undefined` for an unknown code. */
export function contourDuDepartement(code: string): Contour | undefined {
  if (decodes.has(code)) return decodes.get(code);
  const polygones = (donnees.departements as Record<string, number[][][] | undefined>)[code];
  let contour: Contour | undefined;
  if (polygones) {
    const anneaux = polygones.flat(1).map((a) => decoderAnneau(a, donnees.echelle));
    const cadre: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const a of anneaux) {
      for (let i = 0; i < a.length; i += 2) {
        cadre[0] = Math.min(cadre[0], a[i]!);
        cadre[1] = Math.min(cadre[1], a[i + 1]!);
        cadre[2] = Math.max(cadre[2], a[i]!);
        cadre[3] = Math.max(cadre[3], a[i + 1]!);
      }
    }
    contour = { anneaux, cadre };
  }
  decodes.set(code, contour);
  return contour;
}
