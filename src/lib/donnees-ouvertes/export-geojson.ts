/**
 * GeoJSON export (RFC 7946) of the places, for map tools (uMap, QGIS, Leaflet…): one Point
 * feature per place with coordinates, whose properties are the place's record in the
 * standard (same names and values as the CSV) plus the address of its page on the site.
 * Places without coordinates cannot be drawn and are left out; the data page says how many.
 */
import { enregistrementStandard, trierLieux, type LieuPourExport } from './export-standard.ts';

export interface EntiteGeojson {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, string | number>;
}

/** The places as a FeatureCollection; `urlFiche` gives the absolute address of a place's page. */
export function collectionGeojson(
  lieux: readonly LieuPourExport[],
  urlFiche: (id: string) => string,
): { type: 'FeatureCollection'; features: EntiteGeojson[] } {
  const features: EntiteGeojson[] = [];
  for (const lieu of trierLieux(lieux)) {
    const { latitude, longitude } = lieu.donnees;
    if (latitude === undefined || longitude === undefined) continue;
    const { latitude: _lat, longitude: _lon, ...proprietes } = enregistrementStandard(lieu);
    features.push({
      type: 'Feature',
      id: lieu.donnees.id,
      // RFC 7946: longitude first.
      geometry: { type: 'Point', coordinates: [longitude, latitude] },
      properties: { ...proprietes, url_fiche: urlFiche(lieu.donnees.id) },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The GeoJSON text, one feature per line. */
export function geojsonLieux(lieux: readonly LieuPourExport[], urlFiche: (id: string) => string): string {
  const { features } = collectionGeojson(lieux, urlFiche);
  if (features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}
