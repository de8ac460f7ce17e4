/**
 * Rewrites the documents derived from the schemas: the `_modele.md` template of each collection
 * and the field reference `docs/champs.md`. Run it after changing
 * `src/lib/contenu/schemas/` or `src/lib/contribution/champs.ts`; the unit tests say when it is needed.
 *
 * Usage: node src/cli/documenter.ts
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COLLECTIONS_A_MODELE, dossierDe } from '../lib/contribution/champs.ts';
import { NOM_MODELE, genererDocumentChamps, genererModele } from '../lib/contribution/documentation.ts';
import { FICHIER_CHAMPS } from '../lib/contenu/aide.ts';

const racine = process.cwd();
for (const nom of COLLECTIONS_A_MODELE) {
  const dossier = join(racine, dossierDe(nom));
  if (!existsSync(dossier)) mkdirSync(dossier, { recursive: true });
  writeFileSync(join(dossier, NOM_MODELE), genererModele(nom));
  console.log(`${dossierDe(nom)}/${NOM_MODELE} écrit.`);
}
const reference = join(racine, FICHIER_CHAMPS);
mkdirSync(dirname(reference), { recursive: true });
writeFileSync(reference, genererDocumentChamps());
console.log(`${FICHIER_CHAMPS} : référence des champs écrite.`);
