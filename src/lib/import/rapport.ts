/**
 * What the import command prints: the report (warnings, conversions, rejected rows, summary)
 * and a progress bar for large files. Pure formatting, so the messages are unit-tested as the
 * user reads them.
 */
import { nomSeparateur } from '../commun/csv.ts';
import type { Encodage } from './encodage.ts';
import type { AnalyseImport } from './import-lieux.ts';
import { formaterProblemeLigne, type Conversion } from './lecture-ligne.ts';
import { cite } from '../contenu/schemas/communs.ts';

const nombre = (n: number) => new Intl.NumberFormat('fr-FR').format(n);
const pluriel = (n: number, mot: string, forme = `${mot}s`) => `${nombre(n)} ${n > 1 ? forme : mot}`;

/** Lines of a notice, shortened for large files: « 2, 5, 9 » or « 2, 5, 9… (1 204 lignes) ». */
export function resumeLignes(lignes: readonly number[]): string {
  const n = lignes.length;
  const debut = lignes.slice(0, 8).join(', ');
  return n <= 8 ? `ligne${n > 1 ? 's' : ''} ${debut}` : `lignes ${debut}… (${new Intl.NumberFormat('fr-FR').format(n)} lignes)`;
}

/** One line per conversion or notice, with the lines of the file it concerns. */
export function formaterConversion(c: Conversion): string {
  const ou = resumeLignes(c.lignes);
  if (c.valeurCible !== undefined && c.colonneCible !== null) {
    const vers = c.colonneCible === c.colonneSource ? '' : `${c.colonneCible} `;
    return `colonne ${c.colonneSource} : ${cite(c.valeurSource)} (ancien standard v0.1) → ${vers}${cite(c.valeurCible)} (${ou})`;
  }
  if (c.valeurSource !== '' && c.colonneCible === null) return `colonne ${c.colonneSource} : ${cite(c.valeurSource)} ignorée : ${c.raison ?? ''} (${ou})`;
  return `colonne ${c.colonneSource} : ${c.raison ?? ''} (${ou})`;
}

export interface ContexteRapport {
  fichier: string;
  encodage: Encodage;
  /** Warnings of the decoding step (encoding). */
  avertissementsLecture: readonly string[];
  simulation: boolean;
  ignorerRejets: boolean;
  /** True once the files are written. */
  ecrit: boolean;
}

/** The French report of an import, line by line. */
export function rapportImport(analyse: AnalyseImport, ctx: ContexteRapport): string[] {
  const lignes: string[] = [];
  lignes.push(
    `Import de ${ctx.fichier} : ${pluriel(analyse.nombreLignes, 'ligne')} de lieux, standard ${analyse.version}, séparateur ${nomSeparateur(analyse.separateur)}, encodage ${ctx.encodage === 'utf-8' ? 'UTF-8' : `${ctx.encodage.toUpperCase()} converti en UTF-8`}.`,
  );
  const avertissements = [...ctx.avertissementsLecture, ...analyse.avertissements];
  if (avertissements.length > 0) {
    lignes.push('', 'Avertissements :');
    for (const a of avertissements) lignes.push(`  • ${a}`);
  }
  if (analyse.fatal) {
    lignes.push('', `Import impossible : ${analyse.fatal}`, 'Aucun fichier n’a été écrit.');
    return lignes;
  }
  if (analyse.conversions.length > 0) {
    lignes.push('', 'Conversions effectuées (vérifiez-les) :');
    for (const c of analyse.conversions) lignes.push(`  • ${formaterConversion(c)}`);
  }
  if (analyse.rejets.length > 0) {
    const nbProblemes = analyse.rejets.reduce((n, r) => n + r.problemes.length, 0);
    lignes.push('', `${pluriel(analyse.rejets.length, 'ligne rejetée', 'lignes rejetées')} (${pluriel(nbProblemes, 'problème')}) :`);
    for (const rejet of analyse.rejets) for (const p of rejet.problemes) lignes.push(`  ${formaterProblemeLigne(p)}`);
  }
  const misesAJourListe = analyse.operations.filter((o) => o.action === 'mise-a-jour');
  if (misesAJourListe.length > 0) {
    lignes.push('', `${misesAJourListe.length > 1 ? 'Lieux' : 'Lieu'} ${ctx.simulation ? 'à mettre à jour' : 'mis à jour'} (--update) :`);
    for (const o of misesAJourListe.slice(0, 100)) lignes.push(`  ligne ${o.ligne} : ${o.chemin} (${o.champsModifies.join(', ')})`);
    if (misesAJourListe.length > 100) lignes.push(`  … et ${nombre(misesAJourListe.length - 100)} autres`);
  }
  const creations = analyse.operations.filter((o) => o.action === 'creation').length;
  const misesAJour = analyse.operations.length - creations;
  const conditionnel = ctx.simulation || (!ctx.ecrit && analyse.rejets.length > 0 && !ctx.ignorerRejets);
  const verbe = (passe: string, cond: string) => (conditionnel ? cond : passe);
  lignes.push(
    '',
    `Bilan : ${nombre(creations)} ${verbe(creations > 1 ? 'créés' : 'créé', 'à créer')}, ${nombre(misesAJour)} ${verbe('mis à jour', 'à mettre à jour')}, ${nombre(analyse.inchanges.length)} ${analyse.inchanges.length > 1 ? 'inchangés' : 'inchangé'}, ${nombre(analyse.rejets.length)} ${analyse.rejets.length > 1 ? 'rejetés' : 'rejeté'}${analyse.lignesVides > 0 ? ` (${pluriel(analyse.lignesVides, 'ligne vide ignorée', 'lignes vides ignorées')})` : ''}.`,
  );
  if (analyse.rejets.length > 0 && ctx.ignorerRejets) {
    lignes.push(`Lignes ignorées (--ignorer-rejets) : ${analyse.rejets.map((r) => (r.id ? `${r.ligne} (${r.id})` : String(r.ligne))).join(', ')}.`);
  }
  if (ctx.simulation) {
    lignes.push('Simulation (--dry-run) : aucun fichier n’a été écrit.');
  } else if (analyse.rejets.length > 0 && !ctx.ignorerRejets) {
    lignes.push(
      'Aucun fichier n’a été écrit : corrigez les lignes rejetées puis relancez l’import, ou ajoutez --ignorer-rejets pour importer les autres lignes.',
    );
  } else if (ctx.ecrit && analyse.operations.length > 0) {
    lignes.push(`Fichiers écrits dans content/lieux/. Vérifiez-les avec npm run check:content, puis proposez-les en relecture.`);
  } else if (analyse.operations.length === 0) {
    lignes.push('Aucun fichier à écrire.');
  }
  return lignes;
}

/** Where the progress bar is drawn: a terminal stream (process.stderr). */
export interface FluxProgression {
  isTTY?: boolean;
  columns?: number;
  write(texte: string): unknown;
}

/** Sizes from which a progress is shown: any large file on a terminal, very large ones in logs. */
export const SEUIL_BARRE_TERMINAL = 500;
export const SEUIL_JOURNAL = 5000;

/**
 * A progress indicator on `flux`: a bar redrawn in place on a terminal (files of
 * SEUIL_BARRE_TERMINAL rows or more), a line every 10 % in a log (SEUIL_JOURNAL rows or more),
 * nothing for small files.
 */
export function barreDeProgression(flux: FluxProgression, total: number, libelle: string, maintenant: () => number = Date.now) {
  const terminal = flux.isTTY === true;
  const active = terminal ? total >= SEUIL_BARRE_TERMINAL : total >= SEUIL_JOURNAL;
  let dernierDessin = Number.NEGATIVE_INFINITY;
  let dernierPalier = -1;
  let termine = false;
  const dessiner = (fait: number) => {
    const ratio = total === 0 ? 1 : Math.min(1, fait / total);
    const pourcent = Math.floor(ratio * 100);
    if (terminal) {
      const largeur = Math.max(10, Math.min(30, (flux.columns ?? 80) - 50));
      const plein = Math.round(ratio * largeur);
      flux.write(`\r${libelle} [${'█'.repeat(plein)}${'░'.repeat(largeur - plein)}] ${String(pourcent).padStart(3)} % (${nombre(fait)}/${nombre(total)})`);
    } else {
      const palier = Math.floor(pourcent / 10);
      if (palier > dernierPalier) {
        dernierPalier = palier;
        flux.write(`${libelle} : ${pourcent} % (${nombre(fait)}/${nombre(total)})\n`);
      }
    }
  };
  return {
    active,
    /** Reports progress; a terminal is redrawn at most every 100 ms. */
    avancer(fait: number) {
      if (!active || termine) return;
      const t = maintenant();
      if (terminal && fait < total && t - dernierDessin < 100) return;
      dernierDessin = t;
      dessiner(fait);
    },
    /** Draws 100 % and ends the line. */
    terminer() {
      if (!active || termine) return;
      termine = true;
      dessiner(total);
      if (terminal) flux.write('\n');
    },
  };
}
