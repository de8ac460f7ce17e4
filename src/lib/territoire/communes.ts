/**
 * The offline gazetteer: every French commune with its INSEE code, postcodes and centroid,
 * derived from the INSEE and La Poste open data (see `src/data/README.md`).
 */
import donnees from '../../data/communes.json' with { type: 'json' };
import type { Commune } from './geo.ts';

type Ligne = [string, string, string, string, number, number, number, string, string, number];

let toutes: Commune[] | undefined;

/** All communes of France (including delegated communes and municipal districts). */
export function toutesLesCommunes(): Commune[] {
  toutes ??= (donnees.communes as Ligne[]).map(([insee, departement, nom, codesPostaux, latitude, longitude, superficieKm2, type, , population]) => ({
    insee,
    departement,
    nom,
    codesPostaux: codesPostaux === '' ? [] : codesPostaux.split('|'),
    latitude,
    longitude,
    superficieKm2,
    type,
    population,
  }));
  return toutes;
}

/** The communes of one département, by its code (`14`, `2A`, `971`). */
export function communesDuDepartement(code: string): Commune[] {
  return toutesLesCommunes().filter((c) => c.departement === code);
}
