/**
 * The security headers' one source (src/lib/securite/csp.ts): the exact tile origin, the
 * directives the issue asks for, the `_headers` file, and the nginx example of
 * docs/deploiement.md, which must say exactly what the module produces for this repository's
 * content/collectif.yaml.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  AUTRES_EN_TETES,
  POLITIQUE_ADMIN,
  directivesPubliques,
  fichierHeaders,
  origineTuiles,
  politiqueEnTete,
  politiqueMeta,
} from '../../../src/lib/securite/csp.ts';

const RACINE = new URL('../../../', import.meta.url);
const lire = (chemin: string) => readFileSync(new URL(chemin, RACINE), 'utf8');
const TUILES = (parse(lire('content/collectif.yaml')) as { carte: { tuiles: string } }).carte.tuiles;
const OSM = { tuiles: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png' };

describe('origineTuiles', () => {
  it('nomme l’origine exacte du serveur de tuiles', () => {
    expect(origineTuiles('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(origineTuiles('https://tuiles.example.org:8443/carte/{z}/{x}/{y}.png?cle=1')).toBe('https://tuiles.example.org:8443');
  });

  it('remplace le sous-domaine {s} de Leaflet par *.', () => {
    expect(origineTuiles('https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png')).toBe('https://*.tile.openstreetmap.fr');
  });

  it('refuse en français une adresse qui n’est pas en https', () => {
    expect(() => origineTuiles('http://tile.example.org/{z}/{x}/{y}.png')).toThrow(/carte\.tuiles.*https:\/\//);
    expect(() => origineTuiles('tuiles/{z}/{x}/{y}.png')).toThrow(/carte\.tuiles.*n'est pas une adresse/);
  });
});

describe('politique des pages publiques', () => {
  const directives = new Map(directivesPubliques(OSM).map(([n, v]) => [n, v]));

  it('n’autorise que le site, WebAssembly pour la recherche et le serveur de tuiles', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'https://tile.openstreetmap.org']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
    expect(politiqueEnTete(OSM)).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  });

  it('garde frame-ancestors pour l’en-tête : une balise <meta> ne peut pas le porter', () => {
    expect(politiqueMeta(OSM)).not.toContain('frame-ancestors');
    expect(politiqueEnTete(OSM)).toBe(`${politiqueMeta(OSM)}; frame-ancestors 'none'`);
  });
});

describe('fichier _headers', () => {
  it('donne la politique publique à tout le site et celle de l’interface d’édition à admin/, sous le chemin de base', () => {
    const texte = fichierHeaders(OSM, '/depot/');
    const lignes = texte.split('\n');
    expect(lignes).toContain('/depot/*');
    expect(lignes).toContain(`  Content-Security-Policy: ${politiqueEnTete(OSM)}`);
    for (const [nom, valeur] of AUTRES_EN_TETES) expect(lignes).toContain(`  ${nom}: ${valeur}`);
    const admin = lignes.indexOf('/depot/admin/*');
    expect(admin).toBeGreaterThan(lignes.indexOf('/depot/*'));
    expect(lignes.slice(admin + 1, admin + 3)).toEqual(['  ! Content-Security-Policy', `  Content-Security-Policy: ${POLITIQUE_ADMIN}`]);
  });
});

describe('exemple nginx de docs/deploiement.md', () => {
  const doc = lire('docs/deploiement.md');
  const nginx = /```nginx\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';

  it('reprend la politique que csp.ts produit pour content/collectif.yaml', () => {
    expect(nginx, 'bloc nginx de docs/deploiement.md').not.toBe('');
    expect(/set \$csp "([^"]+)";/.exec(nginx)?.[1]).toBe(politiqueEnTete({ tuiles: TUILES }));
  });

  it('reprend la politique de /admin/ et les autres en-têtes', () => {
    const admin = /location \/admin\/ \{([\s\S]*?)\n {4}\}/.exec(nginx)?.[1] ?? '';
    expect(/add_header Content-Security-Policy "([^"]+)" always;/.exec(admin)?.[1]).toBe(POLITIQUE_ADMIN);
    for (const [nom, valeur] of AUTRES_EN_TETES) expect(nginx).toContain(`add_header ${nom} "${valeur}" always;`);
  });
});
