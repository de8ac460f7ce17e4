/**
 * `npm run import -- <fichier.csv> [--dry-run] [--update] [--ignorer-rejets] [--encodage=…]`:
 * imports a file of places in the national standard (CSV v1.0.x or v0.1.x) into content/lieux/.
 * Thin wrapper: the work is in src/lib/import-*.ts.
 *
 * Exit code: 0 when everything went well, 1 when the file has problems (nothing is written
 * unless --ignorer-rejets), 2 for a usage error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { aujourdhuiParis } from '../lib/commun/date.ts';
import { decoderFichier, ENCODAGES, type Encodage } from '../lib/import/encodage.ts';
import { chargerLieuxExistants, contexteDuProjet, DOSSIER_LIEUX, ecrireToutOuRien, prendreVerrou, reprendreImportInterrompu } from '../lib/import/ecriture.ts';
import { analyserImport } from '../lib/import/import-lieux.ts';
import { barreDeProgression, rapportImport } from '../lib/import/rapport.ts';
import { valeurLaPlusProche } from '../lib/commun/suggestion.ts';

const AIDE = `Usage : npm run import -- <fichier.csv> [options]

Importe dans ${DOSSIER_LIEUX}/ un fichier de lieux au standard national de la médiation
numérique (CSV v1.0.x, ou ancienne version 0.1.x), ligne par ligne, avec les mêmes règles
que le site. Rien n'est écrit tant qu'une ligne est rejetée.

Options :
  --dry-run          simulation : tout vérifier, ne rien écrire
  --update           mettre à jour les lieux qui existent déjà (même id) ; les champs absents
                     du fichier et le texte de présentation sont conservés
  --ignorer-rejets   importer les lignes valides même si d'autres sont rejetées (listées)
  --encodage=NOM     encodage du fichier si la détection se trompe (${ENCODAGES.join(', ')})
  --aide             afficher cette aide`;

const OPTIONS = ['--dry-run', '--update', '--ignorer-rejets', '--encodage', '--aide', '--help'];

function arreter(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const args = process.argv.slice(2);
const fichiers = args.filter((a) => !a.startsWith('--'));
const options = new Set<string>();
let encodage: Encodage | undefined;
for (const arg of args.filter((a) => a.startsWith('--'))) {
  const [nom, valeur] = arg.split('=', 2) as [string, string | undefined];
  if (!OPTIONS.includes(nom)) {
    const proche = valeurLaPlusProche(nom, OPTIONS);
    arreter(`Option inconnue ${arg}.${proche ? ` Vouliez-vous dire ${proche} ?` : ''}\n\n${AIDE}`, 2);
  }
  if (nom === '--encodage') {
    const choisi = (valeur ?? '')
      .toLowerCase()
      .replace(/^latin-?1$|^iso-8859-1$|^cp1252$/, 'windows-1252')
      .replace(/^utf8$/, 'utf-8');
    if (!(ENCODAGES as readonly string[]).includes(choisi)) arreter(`--encodage=${valeur ?? ''} : encodage inconnu (choix : ${ENCODAGES.join(', ')}).`, 2);
    encodage = choisi as Encodage;
  }
  options.add(nom);
}
if (options.has('--aide') || options.has('--help')) {
  process.stdout.write(`${AIDE}\n`);
  process.exit(0);
}
if (fichiers.length !== 1) arreter(`${fichiers.length === 0 ? 'Indiquez le fichier à importer.' : 'Un seul fichier à la fois.'}\n\n${AIDE}`, 2);

// `npm run` starts in the project folder; the file is named from where the user typed it.
const racine = process.cwd();
const chemin = resolve(process.env['INIT_CWD'] ?? racine, fichiers[0]!);
let octets: Uint8Array;
try {
  octets = readFileSync(chemin);
} catch (erreur) {
  const code = (erreur as NodeJS.ErrnoException).code;
  arreter(
    `Import impossible : ${chemin} : ${code === 'ENOENT' ? 'fichier introuvable' : code === 'EISDIR' ? 'c’est un dossier, pas un fichier' : (erreur as Error).message}.`,
    1,
  );
}
const lecture = decoderFichier(octets, encodage);
if (!lecture.ok) arreter(`Import impossible : ${fichiers[0]} : ${lecture.message}\nAucun fichier n’a été écrit.`, 1);

let contexte: ReturnType<typeof contexteDuProjet>;
try {
  contexte = contexteDuProjet(racine, aujourdhuiParis());
} catch (erreur) {
  arreter(`Import impossible : ${(erreur as Error).message}`, 1);
}

// One import at a time: a second one would read the places before the first has written them,
// and lose its changes. The lock is freed on every exit; a killed import's lock is taken over.
const verrou = prendreVerrou(racine);
if (!verrou.ok) arreter(`Import impossible : ${verrou.message}`, 1);
process.on('exit', () => verrou.liberer());
if (verrou.repris) process.stderr.write(`Attention : ${verrou.repris}.\n`);
try {
  const reprise = reprendreImportInterrompu(racine);
  if (reprise) process.stderr.write(`Attention : ${reprise}.\n`);
} catch (erreur) {
  arreter(`Import impossible : la reprise de l'import arrêté avant la fin a échoué (${(erreur as Error).message}).`, 1);
}

let barreLecture: ReturnType<typeof barreDeProgression> | undefined;
const existants = chargerLieuxExistants(racine, (fait, total) => {
  barreLecture ??= barreDeProgression(process.stderr, total, 'Lecture des lieux existants');
  barreLecture.avancer(fait);
});
barreLecture?.terminer();
let barre: ReturnType<typeof barreDeProgression> | undefined;
const analyse = analyserImport({
  texte: lecture.texte,
  contexte,
  existants,
  options: { miseAJour: options.has('--update'), ignorerRejets: options.has('--ignorer-rejets') },
  dossier: DOSSIER_LIEUX,
  surProgression: (fait, total) => {
    barre ??= barreDeProgression(process.stderr, total, 'Vérification des lignes');
    barre.avancer(fait);
  },
});
barre?.terminer();

const simulation = options.has('--dry-run');
const ignorerRejets = options.has('--ignorer-rejets');
const aEcrire = !analyse.fatal && !simulation && (analyse.rejets.length === 0 || ignorerRejets) && analyse.operations.length > 0;
let ecrit = false;
if (aEcrire) {
  const ecriture = barreDeProgression(process.stderr, analyse.operations.length * 2, 'Écriture des fichiers');
  try {
    ecrireToutOuRien(racine, analyse.operations, (fait) => ecriture.avancer(fait));
    ecriture.terminer();
    ecrit = true;
  } catch (erreur) {
    ecriture.terminer();
    arreter(`Import interrompu : ${(erreur as Error).message}`, 1);
  }
}

const texte = rapportImport(analyse, {
  fichier: fichiers[0]!,
  encodage: lecture.encodage,
  avertissementsLecture: lecture.avertissements,
  simulation,
  ignorerRejets,
  ecrit,
}).join('\n');
const enEchec = analyse.fatal !== undefined || (analyse.rejets.length > 0 && !ignorerRejets);
(enEchec ? process.stderr : process.stdout).write(`${texte}\n`);
process.exitCode = enEchec ? 1 : 0;
