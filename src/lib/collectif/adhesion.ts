/**
 * Membership of the collective at a date, and the quorum of a plenary session (Article 3 of the
 * convention): a request to join « est examinée en séance plénière, réunissant au minimum la
 * moitié de ses membres » ; leaving « prend effet dès réception de la demande ».
 *
 * So an organisation is a member from its `date_adhesion` (included) until its `date_sortie`
 * (excluded: on the day the request is received it is no longer a member).
 */

/** The dates of a member's file (`content/membres/<id>.md`). */
export interface DatesAdhesion {
  date_adhesion: string;
  date_sortie?: string | undefined;
}

/** True when the organisation is a member of the collective on `date` (`AAAA-MM-JJ`). */
export function estMembreLe(membre: DatesAdhesion, date: string): boolean {
  return membre.date_adhesion <= date && (membre.date_sortie === undefined || date < membre.date_sortie);
}

/** Members of the collective on `date`, in the given order. */
export function membresLe<T extends { data: DatesAdhesion }>(membres: readonly T[], date: string): T[] {
  return membres.filter((m) => estMembreLe(m.data, date));
}

/**
 * Splits the organisations at `date`: current members, former members (left on or before that
 * date, most recent departure first) and future members (joining date still to come).
 */
export function repartirMembres<T extends { data: DatesAdhesion }>(membres: readonly T[], date: string): { actuels: T[]; anciens: T[]; futurs: T[] } {
  const actuels = membresLe(membres, date);
  const anciens = membres
    .filter((m) => m.data.date_sortie !== undefined && m.data.date_sortie <= date)
    .sort((a, b) => b.data.date_sortie!.localeCompare(a.data.date_sortie!));
  const futurs = membres.filter((m) => m.data.date_adhesion > date);
  return { actuels, anciens, futurs };
}

/** Members present required for a plenary session: at least half the members, rounded up. */
export function quorum(nombreMembres: number): number {
  if (!Number.isInteger(nombreMembres) || nombreMembres < 0) throw new RangeError(`nombre de membres invalide : ${nombreMembres}`);
  return Math.ceil(nombreMembres / 2);
}

/** « quorum : 12 membres présents sur 23 » (singular for one member present). */
export function texteQuorum(nombreMembres: number): string {
  const q = quorum(nombreMembres);
  const fr = new Intl.NumberFormat('fr-FR');
  return `quorum : ${fr.format(q)} ${q > 1 ? 'membres présents' : 'membre présent'} sur ${fr.format(nombreMembres)}`;
}

/** What the history of the convention's parties needs from a member. */
export interface DatesPartie extends DatesAdhesion {
  signataire: boolean;
}

/** Who signed the convention and when, at a reference date (see `historiqueParties`). */
export interface HistoriqueParties<T> {
  /** Signed on the signature date: joined on or before it and signed. In the given order. */
  signatairesOrigine: T[];
  /** Joined after the signature date, up to the reference date included, earliest first. */
  adhesions: T[];
  /** Left up to the reference date included, earliest first. */
  departs: T[];
  /** Joining date still to come, earliest first. */
  adhesionsPrevues: T[];
  /** Current members that have not signed the convention yet (Article 3 asks them to). */
  signaturesAttendues: T[];
  /** Current members that signed: the parties on the reference date. */
  partiesActuelles: T[];
}

/**
 * The convention's parties as an elected official asks about them: who signed on the signature
 * date, who joined later and when, who left and when. Before the signature date nobody has
 * signed yet, so there are no original signatories. Sorting by date is stable: members joining
 * on the same day keep the given order.
 */
export function historiqueParties<T extends { data: DatesPartie }>(membres: readonly T[], signature: string, date: string): HistoriqueParties<T> {
  const parDate = (cle: (m: T) => string) => (a: T, b: T) => cle(a).localeCompare(cle(b));
  const adhesion = (m: T) => m.data.date_adhesion;
  const actuels = membresLe(membres, date);
  return {
    signatairesOrigine: date < signature ? [] : membres.filter((m) => m.data.signataire && m.data.date_adhesion <= signature),
    adhesions: membres.filter((m) => m.data.date_adhesion > signature && m.data.date_adhesion <= date).sort(parDate(adhesion)),
    departs: membres.filter((m) => m.data.date_sortie !== undefined && m.data.date_sortie <= date).sort(parDate((m) => m.data.date_sortie!)),
    adhesionsPrevues: membres.filter((m) => m.data.date_adhesion > date && m.data.date_adhesion > signature).sort(parDate(adhesion)),
    signaturesAttendues: actuels.filter((m) => !m.data.signataire),
    partiesActuelles: actuels.filter((m) => m.data.signataire),
  };
}
