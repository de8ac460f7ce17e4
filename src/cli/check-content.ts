/**
 * `npm run check:content`: validates every file of `content/` and prints every problem at once,
 * in French. Exits with 1 when there is at least one problem.
 *
 * Usage: node src/cli/check-content.ts [dossier-du-projet]
 */
import { rapport, verifierDossier } from '../lib/verification.ts';

const racine = process.argv[2] ?? process.cwd();
const resultat = verifierDossier(racine);
const texte = rapport(resultat);
if (resultat.problemes.length > 0) {
  console.error(texte);
  process.exitCode = 1;
} else {
  console.log(texte);
}
