/**
 * The CSV file under the standard's naming convention
 * (`AAAA-MM-JJ_<siret>_lieux-de-mediation-numerique_<Departement>.csv`), when the collective's
 * SIRET is set in content/collectif.yaml.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { donneesOuvertes, reponseFichier } from '../../contenu.ts';

export const getStaticPaths = (async () => {
  const fichier = (await donneesOuvertes()).fichiers.find((f) => f.cle === 'csv-nomme');
  return fichier ? [{ params: { fichier: fichier.nom.replace(/\.csv$/, '') } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = () => reponseFichier('csv-nomme');
