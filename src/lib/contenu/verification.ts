/**
 * The `check:content` check, shared by the command line and the build integration: reads
 * `content/` under a root folder, validates everything and returns the formatted problems.
 */
import { chargerCollectif, chargerFichiers, chargerFichiersPublics, problemesLiensPublics } from './chargement.ts';
import { aujourdhuiParis } from '../commun/date.ts';
import { formaterAvecAide } from './aide.ts';
import { validerContenu, type ResultatValidation } from './validation.ts';

export function verifierDossier(racine: string, aujourdhui = aujourdhuiParis()): ResultatValidation & { lignes: string[]; nombreFichiers: number } {
  const fichiers = chargerFichiers(racine);
  const resultat = validerContenu({
    collectif: chargerCollectif(racine),
    fichiers,
    fichiersPublics: chargerFichiersPublics(racine),
    aujourdhui,
  });
  resultat.problemes.unshift(...problemesLiensPublics(racine));
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
    'Corrigez les fichiers indiqués ; l’aide pour chaque champ est dans CONTRIBUTING.md.',
  ].join('\n');
}
