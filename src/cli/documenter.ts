/**
 * Rewrites the documents derived from the schemas: the `_modele.md` template of each collection
 * and the field reference of CONTRIBUTING.md (between its markers). Run it after changing
 * `src/lib/contenu/schemas/` or `src/lib/contribution/champs.ts`; the unit tests say when it is needed.
 *
 * Usage: node src/cli/documenter.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS_A_MODELE, dossierDe } from '../lib/contribution/champs.ts';
import { NOM_MODELE, genererModele, remplacerReference } from '../lib/contribution/documentation.ts';

const racine = process.cwd();
for (const nom of COLLECTIONS_A_MODELE) {
  const dossier = join(racine, dossierDe(nom));
  if (!existsSync(dossier)) mkdirSync(dossier, { recursive: true });
  writeFileSync(join(dossier, NOM_MODELE), genererModele(nom));
  console.log(`${dossierDe(nom)}/${NOM_MODELE} écrit.`);
}
const contribution = join(racine, 'CONTRIBUTING.md');
writeFileSync(contribution, remplacerReference(readFileSync(contribution, 'utf8')));
console.log('CONTRIBUTING.md : référence des champs mise à jour.');
