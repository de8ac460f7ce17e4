/**
 * « Quand ? » in the directory: open now, open today, or open on a day of the week, possibly
 * in a part of the day (« samedi matin »). Evaluated on the compact hours with the same code as
 * the status (`evaluation.ts`): exceptions and public holidays count, so « lundi matin » on
 * Easter Monday keeps only the places open on that holiday. Shipped to the browser.
 */
import { decalerDate } from './jours-feries.ts';
import { JOURS, jourSemaine, ouvertAujourdhui, plagesDuJour, statutHoraires, type HorairesCompacts, type MomentLocal } from './evaluation.ts';

/**
 * The parts of the day, defined here only: a place « is open on Saturday morning » when it is
 * open at some moment between 8:00 and 12:00 that Saturday (minutes since midnight).
 */
export const CRENEAUX = [
  { id: 'matin', libelle: 'matin', debut: 8 * 60, fin: 12 * 60 },
  { id: 'apres-midi', libelle: 'après-midi', debut: 12 * 60, fin: 18 * 60 },
  { id: 'soir', libelle: 'soir', debut: 18 * 60, fin: 22 * 60 },
] as const;

export type Creneau = (typeof CRENEAUX)[number]['id'];
export type Jour = (typeof JOURS)[number];

/** What « Quand ? » asks. */
export type Quand =
  | { type: 'maintenant' }
  | { type: 'aujourdhui' }
  /** A day of the week (0 Monday … 6 Sunday), the whole day or a part of it. */
  | { type: 'jour'; jour: number; creneau?: Creneau | undefined };

/** `maintenant`, `aujourdhui`, `samedi`, `samedi-matin`: the value in the address (`ouvert=…`). */
export function encoderQuand(q: Quand): string {
  if (q.type !== 'jour') return q.type;
  return q.creneau ? `${JOURS[q.jour]}-${q.creneau}` : JOURS[q.jour]!;
}

/** Inverse of {@link encoderQuand}; `undefined` for anything else. */
export function decoderQuand(texte: string): Quand | undefined {
  if (texte === 'maintenant' || texte === 'aujourdhui') return { type: texte };
  const [nom, ...reste] = texte.split('-');
  const jour = JOURS.indexOf(nom as Jour);
  if (jour < 0) return undefined;
  if (reste.length === 0) return { type: 'jour', jour };
  const creneau = CRENEAUX.find((c) => c.id === reste.join('-'));
  return creneau ? { type: 'jour', jour, creneau: creneau.id } : undefined;
}

/** Start and end of a part of the day, or the whole day. */
function bornes(creneau: Creneau | undefined): [number, number] {
  const c = CRENEAUX.find((x) => x.id === creneau);
  return c ? [c.debut, c.fin] : [0, 1440];
}

/**
 * The date meant by a day of the week: the next one, today included unless the part of the day
 * asked for is over (« samedi matin » asked on Saturday at 15:00 means next Saturday).
 */
export function dateDuJour(jour: number, creneau: Creneau | undefined, maintenant: MomentLocal): string {
  const ecart = (jour - jourSemaine(maintenant.date) + 7) % 7;
  if (ecart === 0 && maintenant.minutes >= bornes(creneau)[1]) return decalerDate(maintenant.date, 7);
  return decalerDate(maintenant.date, ecart);
}

/** True when the place is open at some moment of that day between `debut` and `fin`. */
export function ouvertEntre(h: HorairesCompacts, date: string, debut: number, fin: number, departement: string): boolean {
  const plages = plagesDuJour(h, date, departement);
  for (let i = 0; i < plages.length; i += 2) if (plages[i]! < fin && plages[i + 1]! > debut) return true;
  return false;
}

/** True when the place answers « Quand ? » (`h` present: places without hours are decided by the caller). */
export function ouvertQuand(h: HorairesCompacts, quand: Quand, maintenant: MomentLocal, departement: string): boolean {
  if (quand.type === 'maintenant') return statutHoraires(h, maintenant, departement).etat === 'ouvert';
  if (quand.type === 'aujourdhui') return ouvertAujourdhui(statutHoraires(h, maintenant, departement), maintenant);
  const [debut, fin] = bornes(quand.creneau);
  return ouvertEntre(h, dateDuJour(quand.jour, quand.creneau, maintenant), debut, fin, departement);
}

const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** « samedi 5 décembre », « lundi 1er juin ». */
export function jourEnMots(date: string): string {
  const jour = Number(date.slice(8, 10));
  return `${JOURS[jourSemaine(date)]} ${jour === 1 ? '1er' : jour} ${MOIS[Number(date.slice(5, 7)) - 1]}`;
}

/** « 8 h », « 13 h 30 ». */
export function heures(minutes: number): string {
  return `${Math.floor(minutes / 60)} h${minutes % 60 === 0 ? '' : ` ${String(minutes % 60).padStart(2, '0')}`}`;
}

/** « matin (8 h – 12 h) », for the choice of the part of the day. */
export function libelleCreneau(c: (typeof CRENEAUX)[number]): string {
  return `${c.libelle} (${heures(c.debut)} – ${heures(c.fin)})`;
}

/**
 * The choice in words, for the summary and the print (absolute dates: a printed list is read
 * the next day): « ouverts maintenant », « ouverts samedi 5 décembre au matin (entre 8 h et 12 h) ».
 */
export function quandEnMots(quand: Quand, maintenant: MomentLocal): string {
  if (quand.type === 'maintenant') return `ouverts le ${jourEnMots(maintenant.date)} à ${heures(maintenant.minutes)}`;
  if (quand.type === 'aujourdhui') return `ouverts le ${jourEnMots(maintenant.date)}`;
  const date = dateDuJour(quand.jour, quand.creneau, maintenant);
  const c = CRENEAUX.find((x) => x.id === quand.creneau);
  const partie = c ? ` ${c.id === 'matin' || c.id === 'soir' ? 'le ' : 'l’'}${c.libelle} (à un moment entre ${heures(c.debut)} et ${heures(c.fin)})` : '';
  return `ouverts le ${jourEnMots(date)}${partie}`;
}
