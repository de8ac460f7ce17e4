/**
 * `npm run nouveau -- lieu|membre|actualite|ressource|reunion [--depuis fichier.json]`: creates
 * a valid content file, by questions in the terminal or from a JSON file. The logic is in
 * `src/lib/contribution/nouveau/`; this file reads the project and wires the terminal.
 *
 * Exit codes: 0 file written, 1 invalid JSON file or input ended early, 2 wrong command line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { chargerCollectif, chargerFichiers } from '../lib/contenu/chargement.ts';
import { idEntree, NOMS_COLLECTIONS, type NomCollection } from '../lib/contenu/collections.ts';
import { aujourdhuiParis } from '../lib/commun/date.ts';
import { SaisieInterrompue, depuisJson, lireArgumentsNouveau, questionner, type Creation, type Dialogue } from '../lib/contribution/nouveau/session.ts';
import { ecrireSansEcraser, existeSous } from '../lib/contribution/nouveau/fichier.ts';
import type { Cible, ContexteNouveau } from '../lib/contribution/nouveau/questions.ts';
import { schemaCollectif } from '../lib/contenu/schemas/configuration.ts';
import { contexteLieu } from '../lib/contenu/validation.ts';

const args = lireArgumentsNouveau(process.argv.slice(2));
if (!args.ok) {
  (args.aide ? console.log : console.error)(args.message);
  process.exit(args.aide ? 0 : 2);
}

const racine = process.cwd();
const aujourdhui = aujourdhuiParis();
const collectif = schemaCollectif.safeParse(chargerCollectif(racine).donnees);
if (!collectif.success) {
  console.error(
    'Attention : content/collectif.yaml est absent ou invalide (npm run check:content le détaille) ; la position des lieux ne sera pas comparée au département.',
  );
}
const existants: Partial<Record<NomCollection, Cible[]>> = Object.fromEntries(NOMS_COLLECTIONS.map((nom) => [nom, [] as Cible[]]));
for (const fichier of chargerFichiers(racine)) {
  const donnees = (fichier.donnees ?? {}) as Record<string, unknown>;
  const id = idEntree(fichier.collection, fichier.chemin, donnees);
  const libelle = typeof donnees['nom'] === 'string' ? donnees['nom'] : typeof donnees['titre'] === 'string' ? donnees['titre'] : id;
  existants[fichier.collection]!.push({ id, libelle });
}
const contexte: ContexteNouveau = {
  aujourdhui,
  contexteLieu: contexteLieu(collectif.success ? collectif.data : undefined, aujourdhui),
  existants,
  existe: existeSous(racine),
};

function ecrire(creation: Creation): void {
  if (!ecrireSansEcraser(join(racine, creation.chemin), creation.contenu)) {
    console.error(`${creation.chemin} vient d'être créé par ailleurs : rien n'a été remplacé. Relancez la commande.`);
    process.exit(1);
  }
  console.log(`\nFichier créé : ${creation.chemin}`);
  console.log('Relisez-le, vérifiez tout le contenu avec « npm run check:content », puis proposez-le (CONTRIBUTING.md).');
}

if (args.depuis !== undefined) {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(args.depuis, 'utf8'));
  } catch (erreur) {
    const raison = (erreur as NodeJS.ErrnoException).code === 'ENOENT' ? 'fichier introuvable' : `JSON invalide (${(erreur as Error).message})`;
    console.error(`${args.depuis} : ${raison}. Aucun fichier n'a été écrit.`);
    process.exit(1);
  }
  const resultat = depuisJson(args.type, json, args.depuis, contexte);
  if (!resultat.ok) {
    console.error(resultat.lignes.join('\n'));
    console.error(`\n${resultat.lignes.length} problème${resultat.lignes.length > 1 ? 's' : ''} dans ${args.depuis} : aucun fichier n'a été écrit.`);
    process.exit(1);
  }
  for (const avis of resultat.avis) console.error(avis);
  ecrire(resultat.creation);
} else {
  // Lines are queued as they arrive: with piped answers, readline reads ahead of the questions.
  const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true });
  const enAttente: string[] = [];
  const lecteurs: ((ligne: string | null) => void)[] = [];
  let ferme = false;
  terminal.on('line', (ligne) => (lecteurs.length > 0 ? lecteurs.shift()!(ligne) : enAttente.push(ligne)));
  terminal.on('close', () => {
    ferme = true;
    while (lecteurs.length > 0) lecteurs.shift()!(null);
  });
  const dialogue: Dialogue = {
    demander(invite) {
      terminal.setPrompt(invite);
      terminal.prompt();
      if (enAttente.length > 0) return Promise.resolve(enAttente.shift()!);
      if (ferme) return Promise.resolve(null);
      return new Promise((resoudre) => lecteurs.push(resoudre));
    },
    dire: (texte) => console.log(texte),
  };
  try {
    const creation = await questionner(args.type, dialogue, contexte);
    terminal.close();
    ecrire(creation);
  } catch (erreur) {
    terminal.close();
    if (erreur instanceof SaisieInterrompue) {
      console.error(`\n${erreur.message}`);
      process.exit(1);
    }
    throw erreur;
  }
}
