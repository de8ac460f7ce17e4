/**
 * The `check:content` check, shared by the command line and the build integration: reads
 * `content/` under a root folder, validates everything and returns the formatted problems.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { chargerCollectif, chargerFichiers, chargerFichiersPublics, problemesLiensPublics } from './chargement.ts';
import { aujourdhuiParis } from '../commun/date.ts';
import { formaterAvecAide } from './aide.ts';
import { validerContenu, type Probleme, type ResultatValidation } from './validation.ts';
import { problemeFichierPublic } from '../securite/fichiers-publics.ts';

/**
 * The files of `public/` that the content points to are checked by what they contain: a
 * member's logo and a resource's file (a missing file is already reported by the validation).
 */
function problemesFichiersReferences(racine: string, resultat: ResultatValidation): Probleme[] {
  const problemes: Probleme[] = [];
  const verifier = (fichier: string, champ: string, valeur: unknown, usage: 'logo' | 'ressource') => {
    if (typeof valeur !== 'string') return;
    const chemin = join(racine, 'public', valeur);
    // Never read through a link (reported apart) nor outside public/.
    if (!chemin.startsWith(join(racine, 'public') + sep) || !existsSync(chemin) || !lstatSync(chemin).isFile()) return;
    const probleme = problemeFichierPublic(valeur, readFileSync(chemin), usage);
    if (probleme) problemes.push({ fichier, champ, message: `public${valeur} : ${probleme}` });
  };
  for (const membre of resultat.contenu.entrees.membres) verifier(membre.chemin, 'logo', membre.donnees['logo'], 'logo');
  for (const ressource of resultat.contenu.entrees.ressources) verifier(ressource.chemin, 'fichier', ressource.donnees['fichier'], 'ressource');
  return problemes;
}

export function verifierDossier(racine: string, aujourdhui = aujourdhuiParis()): ResultatValidation & { lignes: string[]; nombreFichiers: number } {
  const fichiers = chargerFichiers(racine);
  const resultat = validerContenu({
    collectif: chargerCollectif(racine),
    fichiers,
    fichiersPublics: chargerFichiersPublics(racine),
    aujourdhui,
  });
  resultat.problemes.unshift(...problemesLiensPublics(racine));
  // A half-written import must not be published: the next import run puts content/ back.
  if (existsSync(join(racine, 'content/.import-en-cours'))) {
    resultat.problemes.unshift({
      fichier: 'content/.import-en-cours/',
      champ: '',
      message:
        "un import a été arrêté avant la fin : relancez-le (npm run import -- votre-fichier.csv, ou avec --dry-run), il remettra d'abord content/lieux/ dans son état d'origine",
    });
  }
  resultat.problemes.push(...problemesFichiersReferences(racine, resultat));
  // Each line ends with the CONTRIBUTING.md section that explains how to fix it.
  return { ...resultat, lignes: resultat.problemes.map((p) => formaterAvecAide(p)), nombreFichiers: fichiers.length + 1 };
}

/** The French report printed by the command and the build. */
export function rapport(resultat: { lignes: string[]; nombreFichiers: number }): string {
  const n = resultat.lignes.length;
  if (n === 0) return `Contenu valide : ${resultat.nombreFichiers} fichiers vérifiés, aucun problème.`;
  return [
    ...resultat.lignes,
    '',
    `${n} problème${n > 1 ? 's' : ''} dans le contenu (${resultat.nombreFichiers} fichiers vérifiés).`,
    'Corrigez les fichiers indiqués ; l’aide pour chaque champ est dans docs/champs.md, le guide dans CONTRIBUTING.md.',
  ].join('\n');
}
