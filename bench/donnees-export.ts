/**
 * Export step of the benchmark: reads every place of `<racine>/content/lieux/`, validates it
 * with the site's schema (as the build's content layer does) and builds every published file
 * (CSV checked against schema.json, JSON, GeoJSON, data·inclusion), as the /donnees/ endpoints
 * do. Prints the time of each step and the size of each file.
 *
 * Usage: node --import ./bench/donnees-mesure.ts bench/donnees-export.ts <racine>
 */
import { aujourdhuiParis } from '../src/lib/commun/date.ts';
import { fichiersOuverts, formaterTaille } from '../src/lib/donnees-ouvertes/fichiers.ts';
import type { LieuPourExport } from '../src/lib/donnees-ouvertes/export-standard.ts';
import { chargerLieuxExistants, contexteDuProjet } from '../src/lib/import/ecriture.ts';
import { chargerCollectif } from '../src/lib/contenu/chargement.ts';
import { schemaLieu } from '../src/lib/contenu/schemas/lieu.ts';
import { schemaCollectif } from '../src/lib/contenu/schemas/configuration.ts';

const racine = process.argv[2];
if (!racine) throw new Error('usage : bench/donnees-export.ts <racine du projet>');
const etapes: [string, number][] = [];
let t = performance.now();
const top = (nom: string) => {
  const maintenant = performance.now();
  etapes.push([nom, (maintenant - t) / 1000]);
  t = maintenant;
};

const existants = chargerLieuxExistants(racine);
top(`lecture de ${existants.length} fichiers`);
const schema = schemaLieu(contexteDuProjet(racine, aujourdhuiParis()));
const lieux: LieuPourExport[] = existants.map((e) => ({ donnees: schema.parse(e.donnees), corps: e.corps }));
top('validation avec le schéma du site');
const collectif = schemaCollectif.parse(chargerCollectif(racine).donnees);
const fichiers = fichiersOuverts(lieux, { producteur: collectif, urlFiche: (id) => `${collectif.site_url}/lieux/${id}/` });
top('construction des fichiers (CSV vérifié avec schema.json, JSON, GeoJSON, data·inclusion)');

for (const [nom, s] of etapes) process.stdout.write(`  ${nom} : ${s.toFixed(2)} s\n`);
for (const f of fichiers) process.stdout.write(`  ${f.nom} : ${formaterTaille(f.taille)}\n`);
