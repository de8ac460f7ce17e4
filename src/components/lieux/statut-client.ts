/**
 * Browser side of the opening status: reads the compact hours embedded in the page and writes
 * the status line into an element. Shared by the place page, the lists and the directory.
 */
import { ligneStatut, momentLocal, statutHoraires, type HorairesCompacts, type MomentLocal, type Statut } from '../../lib/horaires/evaluation.ts';
import { FUSEAU_METROPOLE, fuseauAppareil, fuseauHoraire, precisionHeureLocale } from '../../lib/horaires/fuseau.ts';

interface DonneesHoraires {
  departement: string;
  /** Time zone of the places (absent from pages built before it was written). */
  fuseau?: string;
  horaires: Record<string, HorairesCompacts>;
}

let donnees: DonneesHoraires | null | undefined;

function lireDonnees(): DonneesHoraires | null {
  if (donnees === undefined) {
    const script = document.getElementById('donnees-horaires');
    donnees = script?.textContent ? (JSON.parse(script.textContent) as DonneesHoraires) : null;
  }
  return donnees;
}

/**
 * Writes « Ouvert · ferme à 17 h 00 » into the element, with the state emphasised; `maintenant`
 * is read in the places' zone `fuseau`, and times say « heure locale » when the device is not.
 */
export function ecrireStatut(element: HTMLElement, statut: Statut, maintenant?: MomentLocal, fuseau = FUSEAU_METROPOLE): void {
  const [etat, ...suite] = ligneStatut(statut, maintenant ?? momentLocal(new Date(), fuseau), precisionHeureLocale(fuseau, fuseauAppareil())).split(' · ');
  const fort = document.createElement('strong');
  fort.className = `statut-etat statut-${statut.etat}`;
  fort.textContent = etat ?? '';
  element.replaceChildren(fort, ...(suite.length > 0 ? [` · ${suite.join(' · ')}`] : []));
}

/** Fills a `<statut-horaires data-horaires="n">` from the page's `#donnees-horaires`. */
export function afficherStatut(element: HTMLElement): void {
  const { compacts, departement: dep, fuseau: fuseauElement, horaires: index = '' } = element.dataset;
  const d = compacts ? undefined : lireDonnees();
  const horaires = compacts ? (JSON.parse(compacts) as HorairesCompacts) : d?.horaires[index];
  const departement = dep ?? d?.departement;
  if (!horaires || departement === undefined) return;
  const fuseau = fuseauElement ?? d?.fuseau ?? fuseauHoraire(departement);
  const maintenant = momentLocal(new Date(), fuseau);
  ecrireStatut(element, statutHoraires(horaires, maintenant, departement), maintenant, fuseau);
}

/**
 * Defines `<statut-horaires data-horaires="3">` (the status of the hours n° 3 of
 * `#donnees-horaires`) and refreshes every status of the page every minute, at the minute.
 * Called by every component that writes one; only the first call does anything.
 */
export function definirStatutHoraires(): void {
  if (customElements.get('statut-horaires')) return;
  customElements.define(
    'statut-horaires',
    class extends HTMLElement {
      connectedCallback(): void {
        afficherStatut(this);
      }
    },
  );
  setTimeout(
    () => {
      const rafraichir = () => document.querySelectorAll<HTMLElement>('statut-horaires').forEach(afficherStatut);
      rafraichir();
      setInterval(rafraichir, 60_000);
    },
    60_000 - (Date.now() % 60_000),
  );
}
