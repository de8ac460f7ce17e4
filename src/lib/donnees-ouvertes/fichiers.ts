/**
 * The open-data files the site publishes under `/donnees/`, built in one place so that the
 * download endpoints and the data page (which shows their sizes) use the very same bytes.
 */
import { structuresDataInclusion, servicesDataInclusion } from './export-data-inclusion.ts';
import { geojsonLieux } from './export-geojson.ts';
import { csvStandard, dateDesDonnees, jsonStandard, nomFichierStandard, type LieuPourExport } from './export-standard.ts';
import { slugifier } from '../commun/slug.ts';
import { validerCsvStandard } from '../standard/schema-publie.ts';
import { formaterErreurTable } from '../standard/table-schema.ts';

/** Name of the standard's CSV file on the site (a stable address, for reusers). */
export const NOM_CSV = 'lieux-de-mediation-numerique.csv';

export type CleFichier = 'csv' | 'csv-nomme' | 'json' | 'geojson' | 'di-structures' | 'di-services';

export interface FichierOuvert {
  cle: CleFichier;
  /** File name under `/donnees/`. */
  nom: string;
  /** Media type, for the download link and the endpoint. */
  type: string;
  format: string;
  contenu: string;
  /** Size in bytes (UTF-8), shown on the data page. */
  taille: number;
}

/** What the files need to know about the collective (`content/collectif.yaml`). */
export interface ProducteurDonnees {
  nom_court: string;
  departement: { code: string; nom: string };
  siret?: string | undefined;
}

export interface ParametresFichiers {
  producteur: ProducteurDonnees;
  /** Absolute address of a place's page on the site. */
  urlFiche: (id: string) => string;
}

/** Identifier of the collective as a data·inclusion `source` (« Collectif numérique 14 » → `collectif-numerique-14`). */
export function sourceDataInclusion(producteur: ProducteurDonnees): string {
  return slugifier(producteur.nom_court) || `collectif-${slugifier(producteur.departement.code)}`;
}

/**
 * The name of the national naming convention, when the producer's SIRET is configured:
 * `AAAA-MM-JJ_<siret>_lieux-de-mediation-numerique_<Departement>.csv`, dated by the most
 * recent update of the places (it changes only when the data does).
 */
export function nomFichierNational(lieux: readonly LieuPourExport[], producteur: ProducteurDonnees): string | undefined {
  const date = dateDesDonnees(lieux);
  if (producteur.siret === undefined || date === undefined) return undefined;
  return nomFichierStandard({ date, idProducteur: producteur.siret, territoire: producteur.departement.nom });
}

/**
 * Every published file. The CSV is checked against the standard's schema.json here: a file
 * that would not pass the national validation stops the build with the list of problems.
 */
export function fichiersOuverts(lieux: readonly LieuPourExport[], p: ParametresFichiers): FichierOuvert[] {
  const csv = csvStandard(lieux);
  const { erreurs } = validerCsvStandard(csv);
  if (erreurs.length > 0) {
    throw new Error(`Le fichier ${NOM_CSV} ne respecte pas le schéma du standard :\n${erreurs.slice(0, 50).map(formaterErreurTable).join('\n')}`);
  }
  const di = { source: sourceDataInclusion(p.producteur), urlFiche: p.urlFiche, codeDepartement: p.producteur.departement.code };
  const fichier = (cle: CleFichier, nom: string, type: string, format: string, contenu: string): FichierOuvert => ({
    cle,
    nom,
    type,
    format,
    contenu,
    taille: tailleOctets(contenu),
  });
  const fichiers: FichierOuvert[] = [fichier('csv', NOM_CSV, 'text/csv; charset=utf-8', 'CSV', csv)];
  const nomNational = nomFichierNational(lieux, p.producteur);
  if (nomNational) fichiers.push({ ...fichiers[0]!, cle: 'csv-nomme', nom: nomNational });
  fichiers.push(
    fichier('json', 'lieux-de-mediation-numerique.json', 'application/json', 'JSON', jsonStandard(lieux)),
    fichier('geojson', 'lieux-de-mediation-numerique.geojson', 'application/geo+json', 'GeoJSON', geojsonLieux(lieux, p.urlFiche)),
    fichier('di-structures', 'data-inclusion-structures.json', 'application/json', 'JSON', structuresDataInclusion(lieux, di)),
    fichier('di-services', 'data-inclusion-services.json', 'application/json', 'JSON', servicesDataInclusion(lieux, di)),
  );
  return fichiers;
}

/** Size in bytes of a text written in UTF-8, counted without encoding it (files of tens of MB). */
export function tailleOctets(contenu: string): number {
  let octets = 0;
  for (let i = 0; i < contenu.length; i++) {
    const code = contenu.charCodeAt(i);
    if (code < 0x80) octets += 1;
    else if (code < 0x800) octets += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (contenu.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair is one character of 4 bytes (a lone surrogate is written U+FFFD, 3 bytes).
      octets += 4;
      i++;
    } else octets += 3;
  }
  return octets;
}

/** « 812 octets », « 24,5 ko », « 3,2 Mo » (French units, powers of 1 000 as on most systems). */
export function formaterTaille(octets: number): string {
  const f = (n: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(n);
  if (octets < 1000) return `${octets} octet${octets > 1 ? 's' : ''}`;
  if (octets < 1_000_000) return `${f(octets / 1000)} ko`;
  return `${f(octets / 1_000_000)} Mo`;
}
