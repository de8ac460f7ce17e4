/**
 * `npm run check:content`: validates every file of `content/` and prints every problem at once,
 * in French, each with a link to the matching section of CONTRIBUTING.md. Exits with 1 when
 * there is at least one problem, with 2 for a wrong option.
 *
 * Usage: node src/cli/check-content.ts [--format texte|github] [dossier-du-projet]
 *   --format github  also writes each problem as a GitHub Actions annotation (`::error …`),
 *                    shown on the file's line in the pull request.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotationGithub, ligneDuChamp } from '../lib/contenu/annotations-github.ts';
import { lireArgumentsVerification } from '../lib/commun/arguments.ts';
import { rapport, verifierDossier } from '../lib/contenu/verification.ts';

const argumentsLus = lireArgumentsVerification(process.argv.slice(2));
if (!argumentsLus.ok) {
  console.error(argumentsLus.message);
  process.exit(2);
}
const { racine = process.cwd(), format } = argumentsLus;
const resultat = verifierDossier(racine);
const texte = rapport(resultat);
if (format === 'github') {
  for (const probleme of resultat.problemes) {
    const chemin = join(racine, probleme.fichier);
    const ligne =
      probleme.champ !== '' && existsSync(chemin) && !probleme.fichier.endsWith('/')
        ? ligneDuChamp(readFileSync(chemin, 'utf8'), probleme.champ, probleme.fichier.endsWith('.yaml'))
        : undefined;
    console.log(annotationGithub(probleme, ligne));
  }
}
if (resultat.problemes.length > 0) {
  console.error(texte);
  process.exitCode = 1;
} else {
  console.log(texte);
}
