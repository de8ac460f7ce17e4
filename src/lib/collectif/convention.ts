/**
 * Calendar of the founding convention (Article 5 of the model convention): concluded for an
 * initial term « à compter de sa signature par l’ensemble des parties », then tacitly renewed
 * for one year at a time « dans la limite de cinq reconductions » (`reconductions_max`), unless
 * it is terminated early « d’un commun accord » (`resiliation`). It may be amended (`avenants`).
 *
 * Everything is computed from `content/collectif.yaml` for a given date: the pages pass the
 * build date (`aujourdhuiParis()`), the tests pass any date. Dates are `AAAA-MM-JJ` strings.
 *
 * Counting rules, chosen to match how such conventions are read in practice:
 * - a term of N years starting on day D covers D up to the day before its N-th anniversary
 *   (signed 2022-01-20 for one year: in force until 2023-01-19 inclusive);
 * - the anniversary of 29 February in a common year is 1 March, so that a term starting on a
 *   leap day ends on 28 February, the last day of the month (as article 641 of the code de
 *   procédure civile does for a missing day);
 * - every term is computed from the signature date, never chained from the previous one, so
 *   that a leap day does not shift the later renewals;
 * - `resiliation` is the date the termination takes effect: the convention is no longer in
 *   force on that day;
 * - renewals are tacit, hence assumed to happen unless the convention was terminated.
 */

/** The convention's facts, as written in `content/collectif.yaml` (field `convention`). */
export interface ParametresConvention {
  date_signature: string;
  duree_initiale_annees: number;
  reconductions_max: number;
  resiliation?: string | undefined;
  avenants: readonly { date: string; titre: string; objet?: string | undefined }[];
}

/** Where a period stands at the reference date. `annulee`: it will not happen (terminated before). */
export type StatutPeriode = 'passee' | 'en-cours' | 'a-venir' | 'annulee';

/** State of the convention at the reference date. */
export type EtatConvention = 'pas-encore-signee' | 'en-vigueur' | 'resiliee' | 'echue';

/** The initial term (rang 0) or one tacit renewal (rang 1, 2…). */
export interface Periode {
  rang: number;
  /** First day. */
  debut: string;
  /** Last day in force, inclusive (shortened when the termination falls within the period). */
  fin: string;
  /** Last day the period would have had without a termination. */
  finPrevue: string;
  statut: StatutPeriode;
}

export interface Avenant {
  /** 1 for the earliest amendment, in date order. */
  numero: number;
  date: string;
  titre: string;
  objet?: string | undefined;
  /** False for an amendment dated after the reference date. */
  signe: boolean;
}

export interface CalendrierConvention {
  /** Reference date of the computation. */
  date: string;
  signature: string;
  /** Last day of the initial term. */
  finTermeInitial: string;
  /** The initial term then every possible renewal, in order. */
  periodes: Periode[];
  reconductionsMax: number;
  /** Renewals that have started by the reference date (and were not cancelled). */
  reconductionsEffectuees: number;
  /** Renewals still to come after the reference date (0 once ended or terminated). */
  reconductionsRestantes: number;
  /** The period containing the reference date, when the convention is in force. */
  periodeEnCours?: Periode | undefined;
  /**
   * Current end date: when in force, the last day of the current period (the convention then
   * goes on by tacit renewal if any remains); once ended, its last day in force; before the
   * signature, the last day of the initial term.
   */
  finActuelle: string;
  /** Last day of the last possible renewal: the latest the convention can run. */
  finAuPlusTard: string;
  /** Date the termination took (or takes) effect, if any. */
  resiliation?: string | undefined;
  etat: EtatConvention;
  enVigueur: boolean;
  /** Amendments in date order, numbered. */
  avenants: Avenant[];
}

function enDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

function enIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function estBissextile(annee: number): boolean {
  return (annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0;
}

/** `iso` moved by `jours` days (negative to go back). */
export function ajouterJours(iso: string, jours: number): string {
  const d = enDate(iso);
  d.setUTCDate(d.getUTCDate() + jours);
  return enIso(d);
}

/** The `annees`-th anniversary of `iso`; 29 February becomes 1 March in a common year. */
export function anniversaire(iso: string, annees: number): string {
  const [a, m, j] = iso.split('-').map(Number) as [number, number, number];
  const annee = a + annees;
  if (m === 2 && j === 29 && !estBissextile(annee)) return `${String(annee).padStart(4, '0')}-03-01`;
  return `${String(annee).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(j).padStart(2, '0')}`;
}

/**
 * The convention's calendar at `date`: its periods, the renewals done and left, its current
 * end date and whether it is in force.
 */
export function calendrierConvention(parametres: ParametresConvention, date: string): CalendrierConvention {
  const { date_signature: signature, duree_initiale_annees: duree, reconductions_max: max, resiliation } = parametres;
  const periodes: Periode[] = [];
  for (let rang = 0; rang <= max; rang++) {
    const debut = rang === 0 ? signature : anniversaire(signature, duree + rang - 1);
    const finPrevue = ajouterJours(anniversaire(signature, duree + rang), -1);
    const annulee = resiliation !== undefined && resiliation <= debut;
    const fin = resiliation !== undefined && !annulee && resiliation <= finPrevue ? ajouterJours(resiliation, -1) : finPrevue;
    const statut: StatutPeriode = annulee ? 'annulee' : fin < date ? 'passee' : debut > date ? 'a-venir' : 'en-cours';
    periodes.push({ rang, debut, fin, finPrevue, statut });
  }

  const finAuPlusTard = periodes[periodes.length - 1]!.finPrevue;
  const finTermeInitial = periodes[0]!.finPrevue;
  const periodeEnCours = periodes.find((p) => p.statut === 'en-cours');
  const dernierePeriodeReelle = [...periodes].reverse().find((p) => p.statut !== 'annulee');
  const finEffective = dernierePeriodeReelle?.fin ?? ajouterJours(signature, -1);

  let etat: EtatConvention;
  if (date < signature) etat = 'pas-encore-signee';
  else if (periodeEnCours) etat = 'en-vigueur';
  else if (resiliation !== undefined && resiliation <= date) etat = 'resiliee';
  else etat = 'echue';

  const reconductionsEffectuees = periodes.filter((p) => p.rang > 0 && p.statut !== 'annulee' && p.debut <= date).length;
  const reconductionsRestantes = periodes.filter((p) => p.rang > 0 && p.statut === 'a-venir').length;
  const finActuelle = etat === 'en-vigueur' ? periodeEnCours!.fin : etat === 'pas-encore-signee' ? periodes[0]!.fin : finEffective;

  const avenants = [...parametres.avenants]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((a, i) => ({ numero: i + 1, date: a.date, titre: a.titre, objet: a.objet, signe: a.date <= date }));

  return {
    date,
    signature,
    finTermeInitial,
    periodes,
    reconductionsMax: max,
    reconductionsEffectuees,
    reconductionsRestantes,
    periodeEnCours,
    finActuelle,
    finAuPlusTard,
    resiliation,
    etat,
    enVigueur: etat === 'en-vigueur',
    avenants,
  };
}

/** A problem found in `content/collectif.yaml`, in the shape of `validation.ts`'s `Probleme`. */
export interface ProblemeConvention {
  fichier: string;
  champ: string;
  message: string;
}

/**
 * Checks the convention's dates against each other: a termination after the signature and
 * before the natural end, amendments signed while the convention was in force.
 * `chemin` is the file named in the messages (`content/collectif.yaml`).
 */
export function verifierConvention(chemin: string, parametres: ParametresConvention): ProblemeConvention[] {
  const problemes: ProblemeConvention[] = [];
  const { date_signature: signature, resiliation } = parametres;
  const calendrier = calendrierConvention(parametres, signature);
  if (resiliation !== undefined && resiliation <= signature) {
    problemes.push({
      fichier: chemin,
      champ: 'convention.resiliation',
      message: `la résiliation (${resiliation}) doit prendre effet après la signature de la convention (${signature})`,
    });
  } else if (resiliation !== undefined && resiliation > calendrier.finAuPlusTard) {
    problemes.push({
      fichier: chemin,
      champ: 'convention.resiliation',
      message: `la résiliation (${resiliation}) doit prendre effet avant le terme de la convention, au plus tard le ${calendrier.finAuPlusTard} (dernier jour de la dernière reconduction possible) : corrigez la date ou retirez ce champ`,
    });
  }
  const dernierJour = resiliation !== undefined && resiliation > signature ? ajouterJours(resiliation, -1) : calendrier.finAuPlusTard;
  parametres.avenants.forEach((avenant, i) => {
    const champ = `convention.avenants[${i + 1}].date`;
    if (avenant.date < signature) {
      problemes.push({
        fichier: chemin,
        champ,
        message: `l’avenant ${avenant.titre} est daté du ${avenant.date}, avant la signature de la convention (${signature})`,
      });
    } else if (avenant.date > dernierJour) {
      problemes.push({
        fichier: chemin,
        champ,
        message: `l’avenant ${avenant.titre} est daté du ${avenant.date}, après la fin de la convention (dernier jour en vigueur : ${dernierJour})`,
      });
    }
  });
  return problemes;
}
