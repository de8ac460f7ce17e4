/**
 * The directory's form in the browser: reading the search from the form and writing it back,
 * the communes' check boxes, the counts after each option, and the search in the address.
 * The entry point (`annuaire-client.ts`) calls these; they hold no state of their own.
 */
import { decoderEtat, encoderEtat, nombreDeFiltres, RAYONS, type EtatAnnuaire } from '../../../lib/lieux/etat-url.ts';
import { decoderQuand, encoderQuand } from '../../../lib/horaires/creneaux.ts';
import { type compter, FACETTE_SERVICES, FACETTES, masqueBesoin } from '../../../lib/lieux/filtres.ts';
import type { PointsDecodes } from '../../../lib/lieux/points.ts';
import { BESOINS } from '../../../lib/standard/valeurs.ts';
import type { RechercheCommune } from '../ou-client.ts';
import { element } from './liste-client.ts';

/** The needs as groups of services, for the counts. */
export const GROUPES_BESOINS = BESOINS.map((b) => ({ facette: FACETTE_SERVICES, masque: masqueBesoin(b) }));

/** Reads the search from the address; the parts not understood are said in `avertissement`. */
export function lireEtatAdresse(avertissement: HTMLElement | null): EtatAnnuaire {
  const { etat, ignores } = decoderEtat(location.search);
  if (avertissement) {
    avertissement.hidden = ignores.length === 0;
    avertissement.textContent = ignores.length > 0 ? `Une partie du lien n’a pas été comprise et a été ignorée : ${ignores.join(', ')}.` : '';
  }
  return etat;
}

/** Writes the search into the address, as a new history entry (back and forward work). */
export function ecrireEtatAdresse(etat: EtatAnnuaire): void {
  const requete = encoderEtat(etat);
  const adresse = `${location.pathname}${requete ? `?${requete}` : ''}`;
  if (adresse !== `${location.pathname}${location.search}`) history.pushState(null, '', adresse);
}

/** The check boxes of the communes, built from the data (they would weigh on every page load). */
export function construireCommunes(conteneur: Element | null, points: PointsDecodes | undefined, etat: EtatAnnuaire): void {
  if (!conteneur || !points) return;
  const communes = [...new Map(points.communes.map((c) => [c.slug, c])).values()].sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
  conteneur.replaceChildren(
    ...communes.map((c) => {
      const id = `commune-${c.slug}`;
      const case_ = element('input', { type: 'checkbox', name: 'commune', value: c.slug, id });
      case_.checked = etat.communes.includes(c.slug);
      return element(
        'li',
        { 'data-option': `commune:${c.slug}` },
        case_,
        element('label', { for: id }, c.nom, element('span', { class: 'compte', 'data-commune': c.slug })),
      );
    }),
  );
}

/** The `(12)` after each option, by key (`public:jeunes`, `besoin:demarches`, `commune:caen`). */
export function trouverComptes(formulaire: HTMLFormElement, comptes: Map<string, HTMLElement>): void {
  for (const span of formulaire.querySelectorAll<HTMLElement>('[data-compte]')) comptes.set(span.dataset['compte']!, span);
  for (const span of formulaire.querySelectorAll<HTMLElement>('[data-commune]')) comptes.set(`commune:${span.dataset['commune']}`, span);
}

/**
 * A form control changed: updates the state from the form. A need's box stands for all its
 * services at once. Returns false when the change is not the search's (the commune field).
 */
export function lireChangement(e: Event, formulaire: HTMLFormElement, etat: EtatAnnuaire): boolean {
  const cible = e.target as HTMLInputElement | HTMLSelectElement;
  if (cible.closest('recherche-commune')) return false;
  if (cible instanceof HTMLInputElement && cible.dataset['besoin']) {
    const besoin = BESOINS.find((b) => b.id === cible.dataset['besoin'])!;
    const masque = masqueBesoin(besoin);
    etat.masques[FACETTE_SERVICES] = cible.checked ? etat.masques[FACETTE_SERVICES]! | masque : etat.masques[FACETTE_SERVICES]! & ~masque;
  } else {
    lireFormulaire(formulaire, etat);
  }
  return true;
}

function lireFormulaire(formulaire: HTMLFormElement, etat: EtatAnnuaire): void {
  const donnees = new FormData(formulaire);
  FACETTES.forEach((f, i) => {
    etat.masques[i] = donnees.getAll(f.parametre).reduce<number>((m, v) => {
      const bit = f.slugs.indexOf(String(v));
      return bit >= 0 ? m | (1 << bit) : m;
    }, 0);
  });
  // The communes' boxes are built with the data: until then, keep the communes of the address.
  if (formulaire.querySelector('input[name="commune"]')) etat.communes = donnees.getAll('commune').map(String).sort();
  const ouvert = String(donnees.get('ouvert') ?? '');
  const moment = String(donnees.get('moment') ?? '');
  // The part of the day goes with a day of the week only (the select is disabled otherwise).
  etat.ouvert = ouvert === '' ? undefined : (decoderQuand(moment === '' ? ouvert : `${ouvert}-${moment}`) ?? decoderQuand(ouvert));
  etat.sansHoraires = donnees.get('sans-horaires') === 'oui';
  const rayon = Number(donnees.get('rayon'));
  etat.rayon = RAYONS.find((r) => r === rayon);
}

/** Writes the state into the form (after reading the address). */
export function ecrireFormulaire(f: HTMLFormElement, etat: EtatAnnuaire): void {
  FACETTES.forEach((facette, i) => {
    for (const c of f.querySelectorAll<HTMLInputElement>(`input[name="${facette.parametre}"]`)) {
      c.checked = (etat.masques[i]! & (1 << facette.slugs.indexOf(c.value))) !== 0;
    }
  });
  ecrireBesoins(f, etat);
  for (const c of f.querySelectorAll<HTMLInputElement>('input[name="commune"]')) c.checked = etat.communes.includes(c.value);
  const jour = f.querySelector<HTMLSelectElement>('select[name="ouvert"]');
  const moment = f.querySelector<HTMLSelectElement>('select[name="moment"]');
  if (jour && moment) {
    const quand = etat.ouvert;
    jour.value = !quand ? '' : quand.type === 'jour' ? encoderQuand({ type: 'jour', jour: quand.jour }) : quand.type;
    moment.value = quand?.type === 'jour' ? (quand.creneau ?? '') : '';
    moment.disabled = quand?.type !== 'jour';
  }
  const sans = f.querySelector<HTMLInputElement>('input[name="sans-horaires"]');
  if (sans) {
    sans.checked = etat.sansHoraires;
    sans.disabled = !etat.ouvert;
  }
  const rayon = f.querySelector<HTMLSelectElement>('select[name="rayon"]');
  if (rayon) {
    rayon.value = etat.rayon ? String(etat.rayon) : '';
    rayon.disabled = !etat.ou;
  }
  // « Filtrer (3) »: what is on is counted on the closed panel.
  const n = nombreDeFiltres(etat);
  const nombre = f.querySelector<HTMLElement>('[data-nombre-filtres]');
  if (nombre) nombre.textContent = n > 0 ? ` (${n})` : '';
  const lu = f.querySelector<HTMLElement>('[data-nombre-filtres-lu]');
  if (lu) lu.textContent = n > 0 ? ` : ${n > 1 ? `${n} filtres choisis` : '1 filtre choisi'}` : '';
}

/** A need is ticked when all its services are, « mixed » when some are. */
function ecrireBesoins(formulaire: HTMLFormElement, etat: EtatAnnuaire): void {
  const services = etat.masques[FACETTE_SERVICES]!;
  for (const b of BESOINS) {
    const c = formulaire.querySelector<HTMLInputElement>(`input[data-besoin="${b.id}"]`);
    if (!c) continue;
    const masque = masqueBesoin(b);
    c.checked = (services & masque) === masque;
    c.indeterminate = (services & masque) !== 0 && !c.checked;
  }
  for (const c of formulaire.querySelectorAll<HTMLInputElement>('input[name="service"]')) {
    c.checked = (services & (1 << FACETTES[FACETTE_SERVICES]!.slugs.indexOf(c.value))) !== 0;
  }
}

/**
 * Writes the counts after each option (only those that changed, to spare the page). An option
 * that would give no place is hidden rather than listed at (0), unless it is ticked (it must
 * stay there to be unticked); a group with no option left is hidden too.
 */
export function ecrireComptes(spans: Map<string, HTMLElement>, comptes: ReturnType<typeof compter>): void {
  const ecrire = (cle: string, n: number) => {
    const span = spans.get(cle);
    if (!span) return;
    const texte = ` (${n})`;
    if (span.textContent !== texte) span.textContent = texte;
    const option = span.closest<HTMLElement>('[data-option]');
    const coche = option?.querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (option) option.hidden = n === 0 && !coche?.checked && !coche?.indeterminate;
  };
  FACETTES.forEach((f, i) => f.slugs.forEach((slug, bit) => ecrire(`${f.parametre}:${slug}`, comptes.parFacette[i]![bit]!)));
  BESOINS.forEach((b, g) => ecrire(`besoin:${b.id}`, comptes.parGroupe[g]!));
  for (const [cle] of spans) if (cle.startsWith('commune:')) ecrire(cle, comptes.parCommune.get(cle.slice(8)) ?? 0);
  const groupes = new Set([...spans.values()].map((s) => s.closest('fieldset')).filter((g): g is HTMLFieldSetElement => g !== null));
  for (const groupe of groupes) groupe.hidden = groupe.querySelector('[data-option]:not([hidden])') === null;
}

/** « Chercher »: the commune typed, or the first suggestion; announces it as `commune-choisie`. */
export async function chercherCommune(racine: HTMLElement, recherche: RechercheCommune): Promise<void> {
  const champ = recherche.querySelector('input')!;
  if (champ.value.trim() === '') return;
  const commune = await recherche.resoudre().catch(() => undefined);
  const message = racine.querySelector<HTMLElement>('.message-position');
  if (!commune) {
    // The text stays in the field, to be corrected; the directory then lists nothing rather
    // than every place, which would look like the answer.
    if (message) message.textContent = messageIntrouvable(champ.value);
    recherche.dispatchEvent(new CustomEvent('commune-introuvable', { detail: champ.value.trim(), bubbles: true }));
    return;
  }
  if (message) message.textContent = '';
  recherche.ecrire(commune.nom);
  recherche.dispatchEvent(new CustomEvent('commune-choisie', { detail: commune, bubbles: true }));
}

/** « Nous n'avons pas trouvé la commune « xxx » », with what to do. */
export function messageIntrouvable(texte: string): string {
  return `Nous n’avons pas trouvé la commune « ${texte.trim()} » dans le département. Vérifiez l’orthographe, tapez le code postal, ou choisissez dans la liste des communes.`;
}
