/**
 * The hours as the public page of a place shows them (`components/lieux/TableauHoraires.astro`),
 * as plain lines of text for the preview of the `/admin/` hours editor: the same compilation
 * (`horaires/compilation.ts`) and the same French wording (`horaires/evaluation.ts`).
 */
import { formaterDate } from '../commun/format.ts';
import { compilerHoraires } from '../horaires/compilation.ts';
import { JOURS, formaterPlages, particularitesAVenir, semaineAffichee } from '../horaires/evaluation.ts';

export interface ApercuHoraires {
  /** « Lundi », « 9 h 00 – 12 h 00 et 14 h 00 – 17 h 00 ». */
  semaine: { jour: string; texte: string; ouvert: boolean }[];
  /** « Fermé les jours fériés. », « À noter : sur rendez-vous. », the coming special days. */
  notes: string[];
}

const majuscule = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** `null` when the value cannot be read (the page then shows HORAIRES_NON_RENSEIGNES). */
export function apercuHoraires(valeur: string, departement: string, depuis: string): ApercuHoraires | null {
  const compiles = compilerHoraires(valeur, departement, depuis, 120);
  if (!compiles) return null;
  const h = compiles.compacts;
  const notes: string[] = [];
  if (h.f && h.f.length === 0) notes.push('Fermé les jours fériés.');
  if (h.f && h.f.length > 0) notes.push(`Les jours fériés : ${formaterPlages(h.f)}.`);
  if (compiles.commentaires.length > 0) notes.push(`À noter : ${compiles.commentaires.join(' ; ')}.`);
  const jour = (date: string) => `${JOURS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]} ${formaterDate(date).replace(/ \d{4}$/, '')}`;
  for (const p of particularitesAVenir(h, depuis, departement, 60).slice(0, 10)) {
    const periode = p.du === p.au ? jour(p.du) : `du ${jour(p.du)} au ${jour(p.au)}`;
    notes.push(`${majuscule(periode)}${p.ferie ? ` (${p.ferie})` : ''} : ${formaterPlages(p.plages).toLowerCase()}.`);
  }
  return { semaine: semaineAffichee(h.s).map((j) => ({ jour: majuscule(j.jour), texte: j.texte, ouvert: j.ouvert })), notes };
}
