/**
 * The published files, built once per build from the places collection and shared by the
 * download endpoints and the data page (the underscore keeps this module out of the routes).
 */
import { collectif, tousLesLieux } from '../../contenu.ts';
import { dateDesDonnees, type LieuPourExport } from '../../lib/donnees-ouvertes/export-standard.ts';
import { fichiersOuverts, type CleFichier, type FichierOuvert } from '../../lib/donnees-ouvertes/fichiers.ts';
import { lien } from '../../lib/commun/url.ts';

export interface DonneesOuvertes {
  lieux: LieuPourExport[];
  fichiers: FichierOuvert[];
  /** Most recent `date_maj` of the places. */
  date: string | undefined;
}

let cache: Promise<DonneesOuvertes> | undefined;

/** Absolute address of a place's page, from the configured site address and base path. */
export function urlFiche(id: string): string {
  return new URL(lien(`/lieux/${id}/`), import.meta.env.SITE ?? collectif.site_url).href;
}

export function donneesOuvertes(): Promise<DonneesOuvertes> {
  // One computation per build; in `astro dev`, every request sees the edited content.
  if (import.meta.env.DEV) cache = undefined;
  cache ??= (async () => {
    const lieux: LieuPourExport[] = (await tousLesLieux()).map((l) => ({ donnees: l.data, corps: l.body }));
    return { lieux, fichiers: fichiersOuverts(lieux, { producteur: collectif, urlFiche }), date: dateDesDonnees(lieux) };
  })();
  return cache;
}

/** The response of a download endpoint. */
export async function reponseFichier(cle: CleFichier): Promise<Response> {
  const fichier = (await donneesOuvertes()).fichiers.find((f) => f.cle === cle);
  if (!fichier) return new Response(null, { status: 404 });
  return new Response(fichier.contenu, { headers: { 'Content-Type': fichier.type } });
}
