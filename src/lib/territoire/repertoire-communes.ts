/**
 * The communes of the configured département, derived at build time from the national
 * gazetteer (`src/data/communes.json`, INSEE and La Poste open data): their slugs in addresses,
 * the offline gazetteer of « Où êtes-vous ? », and the commune each place belongs to.
 *
 * Commune slugs (`/lieux/commune/<slug>/`): the slug of the official name (« Vire Normandie » →
 * `vire-normandie`); when two communes of the département have the same slug, both get their
 * INSEE code appended (`saint-martin-14123`), so that an address never changes meaning when a
 * place opens in the homonym. Slugs are computed over all the communes of the département, not
 * only those with places, so they are stable.
 */
import type { Commune } from './geo.ts';
import type { CommuneGazetteer } from './localisation.ts';
import { normaliser } from './localisation.ts';
import { slugifier } from '../commun/slug.ts';

/** A commune of the département with its slug. */
export interface CommuneRepertoire extends CommuneGazetteer {
  insee: string;
}

/** The communes of the département and their delegated communes, with unique slugs. */
export interface Repertoire {
  /** Communes (type COM), by name. */
  communes: CommuneRepertoire[];
  /** Communes then delegated communes, for the search. */
  gazetteer: CommuneRepertoire[];
}

/** Builds the département's directory of communes from the national list. */
export function construireRepertoire(toutes: readonly Commune[], departement: string): Repertoire {
  const communes = toutes.filter((c) => c.type === 'COM' && c.departement === departement);
  const parInsee = new Map(communes.map((c) => [c.insee, c]));
  // Delegated communes carry the INSEE code of the commune they belong to.
  const deleguees = toutes.filter((c) => c.type === 'COMD' && parInsee.has(c.insee) && c.nom !== parInsee.get(c.insee)!.nom);

  const compte = new Map<string, number>();
  for (const c of communes) compte.set(slugifier(c.nom), (compte.get(slugifier(c.nom)) ?? 0) + 1);
  const versRepertoire = (c: Commune, slug: string, communeNouvelle?: string): CommuneRepertoire => ({
    insee: c.insee,
    nom: c.nom,
    slug,
    codesPostaux: c.codesPostaux,
    latitude: c.latitude,
    longitude: c.longitude,
    population: c.population,
    ...(communeNouvelle ? { communeNouvelle } : {}),
  });
  const principales = communes
    .map((c) => versRepertoire(c, compte.get(slugifier(c.nom))! > 1 ? `${slugifier(c.nom)}-${c.insee.toLowerCase()}` : slugifier(c.nom)))
    .sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
  const pris = new Set(principales.map((c) => c.slug));
  const secondaires = deleguees
    .map((c) => {
      let slug = slugifier(c.nom);
      if (pris.has(slug)) slug = `${slug}-${slugifier(c.codesPostaux[0] ?? c.insee)}`;
      pris.add(slug);
      return versRepertoire(c, slug, parInsee.get(c.insee)!.nom);
    })
    .sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
  return { communes: principales, gazetteer: [...principales, ...secondaires] };
}

/** The commune of a place: what the place's record says, matched against the directory. */
export interface CommuneDuLieu {
  nom: string;
  slug: string;
  /** The directory's commune, when one matched. */
  repertoire?: CommuneRepertoire;
}

/**
 * Finds the commune of a place: by its INSEE code if given, else by its name (or the name of a
 * delegated commune, which leads to the commune it belongs to), preferring the one whose
 * postcodes include the place's. A commune unknown to the gazetteer (a typo, a commune of a
 * neighbouring département) keeps the name as written and its slug, so no place is lost.
 */
export function communeDuLieu(lieu: { commune: string; code_postal: string; code_insee?: string | undefined }, repertoire: Repertoire): CommuneDuLieu {
  const parInsee = lieu.code_insee ? repertoire.communes.find((c) => c.insee === lieu.code_insee) : undefined;
  if (parInsee) return { nom: parInsee.nom, slug: parInsee.slug, repertoire: parInsee };
  const nom = normaliser(lieu.commune);
  const candidats = repertoire.gazetteer.filter((c) => normaliser(c.nom) === nom);
  const choisi = candidats.find((c) => c.codesPostaux.includes(lieu.code_postal)) ?? candidats[0];
  if (choisi) {
    const commune = repertoire.communes.find((c) => c.insee === choisi.insee)!;
    return { nom: commune.nom, slug: commune.slug, repertoire: commune };
  }
  return { nom: lieu.commune, slug: slugifier(lieu.commune) };
}

/** The example shown under « Commune ou code postal »: the most populated commune of the département. */
export function communeExemple(repertoire: Repertoire): { nom: string; codePostal?: string | undefined } | undefined {
  const commune = [...repertoire.communes].sort((a, b) => b.population - a.population)[0];
  return commune && { nom: commune.nom, codePostal: commune.codesPostaux[0] };
}
