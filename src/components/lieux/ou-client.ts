/**
 * Browser side of « Où êtes-vous ? »: the commune field with suggestions from the offline
 * gazetteer (an ARIA 1.2 combobox), and « Autour de moi » with the browser's geolocation, whose
 * refusals and errors are explained in plain French. Nothing typed and no position is sent
 * anywhere: the gazetteer is a static file of the site, loaded once.
 */
import { libelleCommune, rechercherCommunes, type CommuneGazetteer } from '../../lib/territoire/localisation.ts';

let gazetteer: Promise<CommuneGazetteer[]> | undefined;

/** The département's communes, from `/lieux/communes.json` (loaded once). */
export function chargerGazetteer(adresse: string): Promise<CommuneGazetteer[]> {
  gazetteer ??= fetch(adresse)
    .then((r) => {
      if (!r.ok) throw new Error(`${adresse} : ${r.status}`);
      return r.json() as Promise<{ communes: [string, string, string, number, number, number, string?][] }>;
    })
    .then((d) =>
      d.communes.map(([nom, slug, codes, latitude, longitude, population, communeNouvelle]) => ({
        nom,
        slug,
        codesPostaux: codes === '' ? [] : codes.split(' '),
        latitude,
        longitude,
        population,
        communeNouvelle,
      })),
    );
  gazetteer.catch(() => {
    gazetteer = undefined;
  });
  return gazetteer;
}

/** Event sent when a commune is chosen in the field. */
export type EvenementCommune = CustomEvent<CommuneGazetteer>;

let compteur = 0;

/**
 * `<recherche-commune data-communes="/lieux/communes.json">` around an `<input role="combobox">`
 * and an empty `<ul role="listbox">`. Sends `commune-choisie` when a suggestion is chosen.
 */
export class RechercheCommune extends HTMLElement {
  private champ!: HTMLInputElement;
  private liste!: HTMLUListElement;
  private annonce!: HTMLElement;
  private propositions: CommuneGazetteer[] = [];
  private active = -1;
  private delaiAnnonce: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.champ = this.querySelector('input')!;
    this.liste = this.querySelector('[role="listbox"]')!;
    this.annonce = this.querySelector('[data-annonce]')!;
    const prefixe = `${this.liste.id || `propositions-${++compteur}`}-option`;
    this.dataset['prefixe'] = prefixe;
    this.marquerRempli();
    this.champ.addEventListener('focus', () => void this.gazetteer().catch(() => undefined));
    this.champ.addEventListener('input', () => {
      this.marquerRempli();
      void this.proposer();
    });
    this.champ.addEventListener('keydown', (e) => this.clavier(e));
    this.champ.addEventListener('blur', () => setTimeout(() => this.fermer(), 150));
    // mousedown rather than click: the field keeps the focus.
    this.liste.addEventListener('mousedown', (e) => {
      const option = (e.target as HTMLElement).closest('[role="option"]');
      if (!option) return;
      e.preventDefault();
      this.choisir(Number(option.getAttribute('data-index')));
    });
  }

  /** The gazetteer. */
  gazetteer(): Promise<CommuneGazetteer[]> {
    return chargerGazetteer(this.dataset['communes']!);
  }

  /** The commune meant by what is typed, as if its first suggestion were chosen. */
  async resoudre(): Promise<CommuneGazetteer | undefined> {
    if (this.active >= 0) return this.propositions[this.active];
    return rechercherCommunes(await this.gazetteer(), this.champ.value, 1)[0];
  }

  /** Writes a commune's name in the field (after a choice, or when the page restores a search). */
  ecrire(texte: string): void {
    this.champ.value = texte;
    this.marquerRempli();
  }

  /** `data-rempli` while the field holds something: the example under it can then give way. */
  private marquerRempli(): void {
    this.toggleAttribute('data-rempli', this.champ.value.trim() !== '');
  }

  private async proposer(): Promise<void> {
    const texte = this.champ.value;
    let communes: CommuneGazetteer[];
    try {
      communes = await this.gazetteer();
    } catch {
      this.annoncer('La liste des communes n’a pas pu être chargée : tapez le nom complet puis validez.');
      return;
    }
    if (texte !== this.champ.value) return;
    this.propositions = rechercherCommunes(communes, texte, 8);
    this.active = -1;
    const prefixe = this.dataset['prefixe']!;
    this.liste.replaceChildren(
      ...this.propositions.map((c, i) => {
        const li = document.createElement('li');
        li.id = `${prefixe}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset['index'] = String(i);
        li.textContent = libelleCommune(c);
        return li;
      }),
    );
    const ouvert = this.propositions.length > 0;
    this.liste.hidden = !ouvert;
    this.champ.setAttribute('aria-expanded', String(ouvert));
    this.champ.removeAttribute('aria-activedescendant');
    this.annoncer(
      texte.trim() === ''
        ? ''
        : ouvert
          ? `${this.propositions.length === 1 ? '1 commune proposée' : `${this.propositions.length} communes proposées`} : flèche bas pour les parcourir, Entrée pour choisir.`
          : 'Aucune commune du département ne correspond.',
    );
  }

  private annoncer(texte: string): void {
    clearTimeout(this.delaiAnnonce);
    // Waiting a little avoids reading a message at every key pressed.
    this.delaiAnnonce = setTimeout(() => (this.annonce.textContent = texte), 400);
  }

  private activer(index: number): void {
    const options = this.liste.querySelectorAll<HTMLElement>('[role="option"]');
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
    this.active = index;
    const option = options[index];
    if (option) {
      this.champ.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else this.champ.removeAttribute('aria-activedescendant');
  }

  private clavier(e: KeyboardEvent): void {
    const ouvert = !this.liste.hidden && this.propositions.length > 0;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!ouvert) {
        void this.proposer();
        return;
      }
      e.preventDefault();
      const n = this.propositions.length;
      this.activer(e.key === 'ArrowDown' ? (this.active + 1) % n : (this.active - 1 + n) % n);
    } else if (e.key === 'Enter' && ouvert && this.active >= 0) {
      e.preventDefault();
      this.choisir(this.active);
    } else if (e.key === 'Escape') {
      if (ouvert) {
        e.preventDefault();
        this.fermer();
      } else if (this.champ.value !== '') {
        e.preventDefault();
        this.champ.value = '';
      }
    }
  }

  private choisir(index: number): void {
    const commune = this.propositions[index];
    if (!commune) return;
    this.champ.value = commune.nom;
    this.marquerRempli();
    this.fermer();
    this.dispatchEvent(new CustomEvent('commune-choisie', { detail: commune, bubbles: true }));
  }

  private fermer(): void {
    this.liste.hidden = true;
    this.champ.setAttribute('aria-expanded', 'false');
    this.champ.removeAttribute('aria-activedescendant');
    this.active = -1;
  }
}

/** Messages for the geolocation errors (codes of GeolocationPositionError). */
const ERREURS_POSITION: Record<number, string> = {
  1: 'Vous n’avez pas autorisé ce site à connaître votre position. Pour l’autoriser, ouvrez les réglages du site (l’icône à gauche de l’adresse, en haut du navigateur), autorisez « Position » ou « Localisation », puis réessayez. Vous pouvez aussi taper votre commune ou votre code postal.',
  2: 'Votre position n’a pas pu être trouvée (localisation désactivée sur l’appareil, ou pas de réseau). Tapez votre commune ou votre code postal.',
  3: 'La recherche de votre position a pris trop de temps. Réessayez, ou tapez votre commune ou votre code postal.',
};

/**
 * Asks the browser for the position. Resolves with the coordinates, or rejects with a French
 * explanation for the person (refusal, no signal, time-out, no geolocation, insecure page).
 */
export async function demanderPosition(): Promise<{ latitude: number; longitude: number }> {
  if (!('geolocation' in navigator)) throw new Error('Votre navigateur ne sait pas donner votre position. Tapez votre commune ou votre code postal.');
  if (!window.isSecureContext)
    throw new Error('La position ne peut être demandée que sur une page sécurisée (adresse en https). Tapez votre commune ou votre code postal.');
  try {
    const etat = await navigator.permissions?.query({ name: 'geolocation' });
    if (etat?.state === 'denied') throw new Error(ERREURS_POSITION[1]);
  } catch (erreur) {
    if (erreur instanceof Error && erreur.message === ERREURS_POSITION[1]) throw erreur;
    // The Permissions API is missing or refuses the query: ask directly.
  }
  return new Promise((resoudre, rejeter) => {
    navigator.geolocation.getCurrentPosition(
      (p) => resoudre({ latitude: p.coords.latitude, longitude: p.coords.longitude }),
      (e) => rejeter(new Error(ERREURS_POSITION[e.code] ?? ERREURS_POSITION[2])),
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 5 * 60_000 },
    );
  });
}

/** Key under which the exact position is kept for the tab (never in the address, never sent). */
export const CLE_POSITION = 'annuaire-position';

/** Keeps the exact position for this tab, so the directory can use it rather than the rounded one. */
export function memoriserPosition(p: { latitude: number; longitude: number }): void {
  try {
    sessionStorage.setItem(CLE_POSITION, JSON.stringify(p));
  } catch {
    // Private browsing may refuse storage: the rounded position in the address is enough.
  }
}

/** The exact position kept for this tab, if it rounds to the one of the address. */
export function positionMemorisee(arrondie: { latitude: number; longitude: number }): { latitude: number; longitude: number } | undefined {
  try {
    const p = JSON.parse(sessionStorage.getItem(CLE_POSITION) ?? 'null') as { latitude: number; longitude: number } | null;
    const arrondi = (n: number) => Math.round(n * 100) / 100;
    if (p && arrondi(p.latitude) === arrondie.latitude && arrondi(p.longitude) === arrondie.longitude) return p;
  } catch {
    // Nothing kept.
  }
  return undefined;
}

if (!customElements.get('recherche-commune')) customElements.define('recherche-commune', RechercheCommune);
