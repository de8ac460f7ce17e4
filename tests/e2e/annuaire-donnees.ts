/**
 * Valeurs attendues des tests de l'annuaire, calculées à partir du contenu (`content/lieux/`)
 * et des données construites (`dist/lieux/points.json`, `dist/lieux/communes.json`), jamais
 * écrites en dur : les tests tiennent avec un autre contenu.
 *
 * Les calculs sont faits ici indépendamment du code du site (lecture directe du YAML, distance
 * recalculée) pour que les tests vérifient le site au lieu de le recopier.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import type { CommuneGazetteer } from '../../src/lib/territoire/localisation.ts';
import { SITE_DIR } from './harness.ts';

const RACINE = fileURLToPath(new URL('../../', import.meta.url));

/** Un lieu tel qu'écrit dans son fichier. */
export interface LieuContenu {
  fichier: string;
  id: string;
  nom: string;
  commune: string;
  code_postal: string;
  latitude?: number;
  longitude?: number;
  horaires?: string;
  services?: string[];
  publics_specifiquement_adresses?: string[];
  frais_a_charge?: string[];
  courriels?: string[];
  telephone?: string;
  date_maj: string;
  [colonne: string]: unknown;
}

/** Les lieux de `content/lieux/` (en-têtes YAML), hors modèles `_*.md`. */
export function lieuxDuContenu(): LieuContenu[] {
  const dossier = path.join(RACINE, 'content', 'lieux');
  return readdirSync(dossier, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md') && !path.basename(f).startsWith('_'))
    .map((f) => {
      const texte = readFileSync(path.join(dossier, f), 'utf8');
      const entete = /^---\r?\n([\s\S]*?)\r?\n---/.exec(texte)?.[1] ?? '';
      const donnees = parse(entete) as Record<string, unknown>;
      const liste = (v: unknown) => (v === undefined ? undefined : Array.isArray(v) ? v.map(String) : [String(v)]);
      return {
        ...donnees,
        fichier: f,
        id: String(donnees['id']),
        nom: String(donnees['nom']),
        commune: String(donnees['commune']),
        code_postal: String(donnees['code_postal']),
        services: liste(donnees['services']),
        publics_specifiquement_adresses: liste(donnees['publics_specifiquement_adresses']),
        frais_a_charge: liste(donnees['frais_a_charge']),
        courriels: liste(donnees['courriels']),
        date_maj: String(donnees['date_maj']),
      } as LieuContenu;
    });
}

/** La configuration du collectif. */
export function collectif(): { departement: { code: string }; secretariat: { courriel: string } } {
  return parse(readFileSync(path.join(RACINE, 'content', 'collectif.yaml'), 'utf8'));
}

/** Le fichier `points.json` construit, tel quel. */
export function pointsConstruits(): {
  genere: string;
  origine: [number, number];
  communes: [string, string, number | null, number | null][];
  lieux: [string, string, number | null, number | null, number, number, string, number][];
} {
  return JSON.parse(readFileSync(path.join(SITE_DIR, 'lieux', 'points.json'), 'utf8'));
}

/**
 * Nom et position de chaque lieu d'après `points.json` (position du lieu, ou centre de sa
 * commune). Dans le fichier, le nom de la commune est écrit `¤1` dans celui du lieu, un `¤` `¤0`.
 */
export function positionsConstruites(): { nom: string; commune: string; latitude?: number; longitude?: number }[] {
  const p = pointsConstruits();
  return p.lieux.map(([code, , dla, dlo, c]) => {
    const commune = p.communes[c]!;
    const nom = code.replace(/¤([01])/g, (_, x: string) => (x === '1' ? commune[0] : '¤'));
    const [la, lo] = dla !== null && dlo !== null ? [dla, dlo] : [commune[2], commune[3]];
    return { nom, commune: commune[0], ...(la !== null && lo !== null ? { latitude: p.origine[0] + la / 10_000, longitude: p.origine[1] + lo / 10_000 } : {}) };
  });
}

/** Une commune du répertoire hors ligne `communes.json`, telle que le site la publie. */
export type CommuneRepertoire = CommuneGazetteer;

export function communesConstruites(): CommuneRepertoire[] {
  const d = JSON.parse(readFileSync(path.join(SITE_DIR, 'lieux', 'communes.json'), 'utf8')) as { communes: [string, string, string, number, number, number][] };
  return d.communes.map(([nom, slug, codes, latitude, longitude, population]) => ({
    nom,
    slug,
    codesPostaux: codes.split(' '),
    latitude,
    longitude,
    population,
  }));
}

/** Distance en km (formule de haversine, recalculée ici). */
export function distance(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * r) / 2) ** 2 +
    Math.cos(a.latitude * r) * Math.cos(b.latitude * r) * Math.sin(((b.longitude - a.longitude) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/**
 * Le lieu le plus proche d'un point parmi les lieux construits ; à égalité, le premier dans
 * l'ordre de la liste (alphabétique), comme le site.
 */
export function plusProche(point: { latitude: number; longitude: number }): { nom: string; km: number } {
  let meilleur = { nom: '', km: Infinity };
  for (const l of positionsConstruites()) {
    if (l.latitude === undefined || l.longitude === undefined) continue;
    const km = distance(point, { latitude: l.latitude, longitude: l.longitude });
    if (km < meilleur.km - 1e-9) meilleur = { nom: l.nom, km };
  }
  return meilleur;
}

/** Ouvre le panneau « Filtrer » de l'annuaire (replié au chargement), où sont les filtres et « Tout effacer ». */
export async function ouvrirFiltres(page: Page): Promise<void> {
  if ((await page.locator('details[data-filtres]').getAttribute('open')) === null) await page.locator('details[data-filtres] > summary').click();
}
