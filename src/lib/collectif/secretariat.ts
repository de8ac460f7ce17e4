/**
 * The secretariat (Article 4 of the convention): « assuré par le binôme d’animateurs, désigné
 * chaque année en séance plénière ». The pairs are listed by year in `content/collectif.yaml`
 * (field `animateurs`).
 */
import { estMembreLe, type DatesAdhesion } from './adhesion.ts';
import { cite } from '../contenu/schemas/communs.ts';
import { valeurLaPlusProche } from '../commun/suggestion.ts';

/** One year's pair, as written in `content/collectif.yaml`. */
export interface Binome {
  annee: number;
  membres: readonly string[];
  designe_le?: string | undefined;
}

/** A problem found in `content/collectif.yaml`, in the shape of `validation.ts`'s `Probleme`. */
export interface ProblemeSecretariat {
  fichier: string;
  champ: string;
  message: string;
}

/**
 * First day of a pair's mandate: 1 January of its year, or its designation if that plenary
 * took place later in the year (a pair designated in December for the next year starts on
 * 1 January).
 */
export function debutMandat(binome: Binome): string {
  const premierJanvier = `${binome.annee}-01-01`;
  return binome.designe_le !== undefined && binome.designe_le > premierJanvier ? binome.designe_le : premierJanvier;
}

/**
 * The pair in office on `date`: the latest mandate begun by then. `aJour` is false when that
 * pair was designated for an earlier year (no designation yet for the current year).
 */
export function binomeEnFonction<T extends Binome>(animateurs: readonly T[], date: string): { binome: T; aJour: boolean } | undefined {
  const commences = animateurs.filter((b) => debutMandat(b) <= date);
  if (commences.length === 0) return undefined;
  const binome = commences.reduce((a, b) => (debutMandat(b) > debutMandat(a) || (debutMandat(b) === debutMandat(a) && b.annee > a.annee) ? b : a));
  return { binome, aJour: binome.annee === Number(date.slice(0, 4)) };
}

/** The pairs, most recent year first. */
export function historiqueSecretariat<T extends Binome>(animateurs: readonly T[]): T[] {
  return [...animateurs].sort((a, b) => b.annee - a.annee);
}

/** Years in which a member was part of the secretariat, most recent first. */
export function anneesAnimation(animateurs: readonly Binome[], idMembre: string): number[] {
  return historiqueSecretariat(animateurs)
    .filter((b) => b.membres.includes(idMembre))
    .map((b) => b.annee);
}

/**
 * Article 4: each year, a pair of facilitators, two distinct organisations that are members of
 * the collective at the date of their designation (1 January of the year when it is not given),
 * designated in the year of the mandate or the year before.
 * `chemin` is the file named in the messages; `membres` maps each member id to its dates.
 */
export function verifierAnimateurs(chemin: string, animateurs: readonly Binome[], membres: ReadonlyMap<string, DatesAdhesion>): ProblemeSecretariat[] {
  const problemes: ProblemeSecretariat[] = [];
  const annees = new Set<number>();
  animateurs.forEach((binome, i) => {
    const champ = `animateurs[${i + 1}]`;
    if (annees.has(binome.annee))
      problemes.push({ fichier: chemin, champ: `${champ}.annee`, message: `l'année ${binome.annee} a déjà un binôme d'animateurs : un seul binôme par année` });
    annees.add(binome.annee);
    const distincts = new Set(binome.membres);
    if (binome.membres.length !== 2 || distincts.size !== 2) {
      problemes.push({
        fichier: chemin,
        champ: `${champ}.membres`,
        message: `le secrétariat ${binome.annee} doit compter exactement deux membres différents (binôme d'animateurs, article 4 de la convention), ${binome.membres.length} indiqué(s)`,
      });
    }
    const anneeDesignation = binome.designe_le === undefined ? binome.annee : Number(binome.designe_le.slice(0, 4));
    if (anneeDesignation !== binome.annee && anneeDesignation !== binome.annee - 1) {
      problemes.push({
        fichier: chemin,
        champ: `${champ}.designe_le`,
        message: `la désignation du ${binome.designe_le} ne correspond pas au mandat ${binome.annee} : le binôme est désigné chaque année en séance plénière, en ${binome.annee - 1} ou en ${binome.annee}`,
      });
    }
    const date = binome.designe_le ?? `${binome.annee}-01-01`;
    binome.membres.forEach((id, j) => {
      const membre = membres.get(id);
      if (!membre) {
        const proche = valeurLaPlusProche(id, [...membres.keys()]);
        problemes.push({
          fichier: chemin,
          champ: `${champ}.membres[${j + 1}]`,
          message: `${cite(id)} ne correspond à aucun fichier de content/membres/ (référence introuvable).${proche ? ` Vouliez-vous dire ${cite(proche)} ?` : ''}`,
        });
        return;
      }
      if (!estMembreLe(membre, date)) {
        problemes.push({
          fichier: chemin,
          champ: `${champ}.membres[${j + 1}]`,
          message: `${cite(id)} n'est pas membre du collectif le ${date} (adhésion le ${membre.date_adhesion}${membre.date_sortie ? `, sortie le ${membre.date_sortie}` : ''})`,
        });
      }
    });
  });
  return problemes;
}
