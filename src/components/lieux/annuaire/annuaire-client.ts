/**
 * `<annuaire-lieux>`: the directory's search in the browser. It reads the search from the
 * address, filters the places of `/lieux/points.json` (OR within a facet, AND across facets),
 * sorts them by distance, renders the list and the counts, keeps the map in step and writes
 * the search back into the address (history entries: back and forward work).
 *
 * Without JavaScript the element is never defined: its form stays hidden and the
 * server-rendered list, its pages and the commune and service pages remain.
 *
 * This file holds the state and the wiring; the form and the address are in
 * `formulaire-client.ts`, the list in `liste-client.ts`, the map in `carte-annuaire-client.ts`.
 */
import { estVide, etatVide, type EtatAnnuaire } from '../../../lib/lieux/etat-url.ts';
import { compter, correspond, type Criteres } from '../../../lib/lieux/filtres.ts';
import { rangAccueil } from '../../../lib/lieux/tri.ts';
import { momentLocal, ouvertAujourdhui, sansHeureFixe, statutHoraires, type MomentLocal, type Statut } from '../../../lib/horaires/evaluation.ts';
import { ouvertQuand } from '../../../lib/horaires/creneaux.ts';
import { libelleCommune, resoudreOu, trierParDistance, type Position } from '../../../lib/territoire/localisation.ts';
import { ajouterContacts, decoderPoints, type FichierContacts, type FichierPoints, type PointsDecodes } from '../../../lib/lieux/points.ts';
import type { CarteLieux } from '../carte-client.ts';
import { chargerGazetteer, positionMemorisee, type EvenementCommune, type RechercheCommune } from '../ou-client.ts';
import { basculerCarte, creerCarte } from './carte-annuaire-client.ts';
import {
  chercherCommune,
  construireCommunes,
  ecrireComptes,
  ecrireEtatAdresse,
  ecrireFormulaire,
  GROUPES_BESOINS,
  lireChangement,
  lireEtatAdresse,
  messageIntrouvable,
  trouverComptes,
} from './formulaire-client.ts';
import { remplirImpression } from './impression-client.ts';
import { afficherLot, carteLieu, ecrireStatutVignette, element, texteResume, type ContexteLieux } from './liste-client.ts';

export class AnnuaireLieux extends HTMLElement {
  private etat: EtatAnnuaire = etatVide();
  private points: PointsDecodes | undefined;
  /** The places as the filters see them (built once). */
  private filtrables: { masques: number[]; commune: string }[] = [];
  /** The `(12)` after each option, by key (`public:jeunes`, `besoin:demarches`, `commune:caen`). */
  private comptes = new Map<string, HTMLElement>();
  private chargement: Promise<PointsDecodes> | undefined;
  private position: Position | undefined;
  private resultats: number[] = [];
  private distances: Float64Array | undefined;
  private affiches = 0;
  private carte: CarteLieux | undefined;
  private carteEnCours: Promise<void> | undefined;
  private statuts = new Map<number, Statut>();
  private minuteStatuts = '';
  private delaiAnnonce: ReturnType<typeof setTimeout> | undefined;
  private formulaire!: HTMLFormElement;
  private liste!: HTMLOListElement;
  private plus!: HTMLButtonElement;
  private resume!: HTMLElement;
  private annonce!: HTMLElement;
  private recherche!: RechercheCommune;
  /** Places to render again when coming back to the page (« Afficher plus » clicked before). */
  private aRestaurer = 0;
  /** What the list and the popups read; the getters follow the search as it changes. */
  private readonly contexte: ContexteLieux = (() => {
    const annuaire = this;
    return {
      get points() {
        return annuaire.points!;
      },
      get base() {
        return annuaire.dataset['base']!;
      },
      get distances() {
        return annuaire.distances;
      },
      statut: (horaires, maintenant) => this.statut(horaires, maintenant),
    };
  })();

  connectedCallback(): void {
    this.formulaire = this.querySelector('form.recherche-lieux')!;
    this.liste = this.querySelector('ol.liste-lieux')!;
    this.resume = this.querySelector('[data-resume]')!;
    this.annonce = this.querySelector('[data-annonce-resultats]')!;
    this.recherche = this.querySelector('recherche-commune')!;
    this.plus = element('button', { type: 'button', class: 'bouton bouton-secondaire afficher-plus' });
    this.plus.hidden = true;
    this.plus.addEventListener('click', () => {
      this.afficherPlus();
      history.replaceState({ ...(history.state as object | null), affiches: this.affiches }, '');
    });
    this.liste.after(this.plus);

    this.formulaire.addEventListener('change', (e) => this.changement(e));
    this.formulaire.addEventListener('submit', (e) => {
      e.preventDefault();
      void chercherCommune(this, this.recherche);
    });
    this.addEventListener('commune-choisie', (e) => {
      const commune = (e as EvenementCommune).detail;
      this.etat.ou = { commune: commune.slug };
      this.position = { latitude: commune.latitude, longitude: commune.longitude, libelle: libelleCommune(commune), commune };
      void this.appliquer(true);
    });
    this.addEventListener('commune-introuvable', (e) => {
      this.etat.ou = { texte: (e as CustomEvent<string>).detail };
      this.etat.rayon = undefined;
      this.position = undefined;
      void this.appliquer(true);
    });
    this.addEventListener('position-trouvee', (e) => {
      const { latitude, longitude } = (e as CustomEvent<{ latitude: number; longitude: number }>).detail;
      this.etat.ou = { latitude, longitude };
      this.position = { latitude, longitude, libelle: 'votre position' };
      this.recherche.ecrire('');
      void this.appliquer(true);
    });
    const filtres = this.querySelector<HTMLDetailsElement>('details[data-filtres]');
    this.querySelector('[data-action="voir-resultats"]')?.addEventListener('click', () => {
      if (filtres) filtres.open = false;
      const liste = this.querySelector<HTMLElement>('#liste-resultats');
      liste?.scrollIntoView({ block: 'start' });
      liste?.focus({ preventScroll: true });
    });
    this.querySelector('[data-action="effacer"]')?.addEventListener('click', () => {
      this.etat = etatVide();
      this.position = undefined;
      this.recherche.ecrire('');
      void this.appliquer(true);
    });
    this.querySelector('[data-action="sans-position"]')?.addEventListener('click', () => {
      this.etat.ou = undefined;
      this.etat.rayon = undefined;
      this.position = undefined;
      this.recherche.ecrire('');
      void this.appliquer(true);
    });
    // Every matching place is printed, not only the rendered ones: the table is filled before
    // printing, from the data loaded as soon as the print button is approached.
    const imprimer = this.querySelector('bouton-imprimer');
    for (const evenement of ['pointerenter', 'focusin', 'touchstart'])
      imprimer?.addEventListener(evenement, () => void this.preparerImpression(), { once: true, passive: true });
    window.addEventListener('beforeprint', () => void this.preparerImpression());
    window.addEventListener('popstate', () => void this.lireAdresse(false));
    // Coming back from a place's page finds the list as it was: how far it was unrolled and scrolled.
    window.addEventListener('pagehide', () => history.replaceState({ ...(history.state as object | null), affiches: this.affiches, defilement: scrollY }, ''));

    // Points are loaded when needed: a search in the address, a first use of the form, the map in view.
    this.formulaire.addEventListener('focusin', () => void this.chargerPoints().catch(() => undefined), { once: true });
    const conteneurCarte = this.querySelector<HTMLElement>('[data-carte]');
    if (conteneurCarte) {
      new IntersectionObserver((entrees, observateur) => {
        if (entrees.some((e) => e.isIntersecting)) {
          observateur.disconnect();
          void this.initialiserCarte(conteneurCarte);
        }
      }).observe(conteneurCarte);
    }
    const boutonCarte = this.querySelector<HTMLButtonElement>('[data-action="carte"]');
    boutonCarte?.addEventListener('click', () => basculerCarte(this, boutonCarte, this.carte));
    // On a phone the map comes first but folded: the list is the main way, the map one tap away.
    if (boutonCarte && matchMedia('(max-width: 59.99rem)').matches) basculerCarte(this, boutonCarte, this.carte);
    // « Aller à la carte » unfolds a folded map first: the browser then scrolls to it as usual.
    for (const lienCarte of document.querySelectorAll<HTMLAnchorElement>('a[href="#section-carte"]')) {
      lienCarte.addEventListener('click', () => {
        if (boutonCarte && this.querySelector<HTMLElement>('.colonne-carte')?.hidden) basculerCarte(this, boutonCarte, this.carte);
      });
    }
    setInterval(() => this.rafraichirStatuts(), 60_000);
    this.dataset['etat'] = 'interactif';
    void this.lireAdresse(false);
  }

  /** Reads the search from the address (on load, and on back/forward). */
  private async lireAdresse(historique: boolean): Promise<void> {
    const etat = lireEtatAdresse(this.querySelector<HTMLElement>('[data-ignores]'));
    this.etat = etat;
    const memoire = history.state as { affiches?: number; defilement?: number } | null;
    this.aRestaurer = memoire?.affiches ?? 0;
    this.position = undefined;
    ecrireFormulaire(this.formulaire, this.etat);
    if (estVide(etat) && !this.points) return;
    await this.appliquer(historique);
  }

  /** The point data, loaded once. */
  private chargerPoints(): Promise<PointsDecodes> {
    const lire = <T>(adresse: string) =>
      fetch(adresse).then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<T>;
      });
    // The contacts (address, phone) come apart, in parallel: the cards need them, not the filters.
    this.chargement ??= Promise.all([lire<FichierPoints>(this.dataset['points']!), lire<FichierContacts>(this.dataset['contacts']!)]).then(([f, contacts]) => {
      this.points = decoderPoints(f);
      ajouterContacts(this.points, contacts);
      this.filtrables = this.points.lieux.map((l) => ({ masques: l.masques, commune: l.communeSlug }));
      construireCommunes(this.querySelector('[data-communes-liste]'), this.points, this.etat);
      trouverComptes(this.formulaire, this.comptes);
      return this.points;
    });
    this.chargement.catch(() => {
      this.chargement = undefined;
      this.resume.textContent =
        'Les données des lieux n’ont pas pu être chargées : la liste ci-dessous reste complète, page par page. Rechargez la page pour réessayer.';
    });
    return this.chargement;
  }

  /** A form control changed: update the state from the form and apply it. */
  private changement(e: Event): void {
    if (!lireChangement(e, this.formulaire, this.etat)) return;
    performance.mark('annuaire:changement');
    void this.appliquer(true);
  }

  /** The place's status now (cached per minute and per distinct hours). */
  private statut(horaires: number, maintenant: MomentLocal): Statut {
    const minute = `${maintenant.date} ${maintenant.minutes}`;
    if (minute !== this.minuteStatuts) {
      this.statuts.clear();
      this.minuteStatuts = minute;
    }
    let statut = this.statuts.get(horaires);
    if (!statut) {
      statut = statutHoraires(this.points!.horaires[horaires], maintenant, this.points!.departement);
      this.statuts.set(horaires, statut);
    }
    return statut;
  }

  /**
   * Filters, sorts and renders; `historique`: a new entry in the browser's history;
   * `siChange`: leave the page as it is when the results are the same (the minute's refresh).
   */
  private async appliquer(historique: boolean, siChange = false): Promise<void> {
    const debut = performance.now();
    const points = await this.chargerPoints();
    if (!this.position && this.etat.ou) {
      const ou = this.etat.ou;
      if ('latitude' in ou) {
        const exacte = positionMemorisee(ou);
        this.position = { ...(exacte ?? ou), libelle: exacte ? 'votre position' : 'la position indiquée dans le lien (à 1 km près)' };
      } else {
        const gazetteer = await chargerGazetteer(this.recherche.dataset['communes']!).catch(() => []);
        this.position = resoudreOu(gazetteer, ou);
        if (this.position?.commune) {
          this.etat.ou = { commune: this.position.commune.slug };
          this.recherche.ecrire(this.position.commune.nom);
        }
        const message = this.querySelector<HTMLElement>('.message-position');
        if (message)
          message.textContent = this.position?.approchee
            ? `Vous avez tapé « ${this.position.approchee} » : voici les lieux les plus proches de ${this.position.libelle}.`
            : '';
      }
    }
    if (!this.etat.ou) this.etat.rayon = undefined;
    // A commune that could not be found: the text stays in the field and no list is shown as
    // if it were the answer (the whole list, unsorted, would look like one).
    const introuvable =
      this.etat.ou && !('latitude' in this.etat.ou) && !this.position ? ('texte' in this.etat.ou ? this.etat.ou.texte : this.etat.ou.commune) : undefined;
    if (introuvable !== undefined) {
      this.recherche.ecrire(introuvable);
      const message = this.querySelector<HTMLElement>('.message-position');
      if (message) message.textContent = messageIntrouvable(introuvable);
    }
    ecrireFormulaire(this.formulaire, this.etat);

    const maintenant = momentLocal(new Date(), this.points?.fuseau);
    const lieux = points.lieux;
    this.distances = undefined;
    const tous = lieux.map((l) => l.index);
    if (this.position) this.distances = trierParDistance(lieux, this.position, tous).distances;
    const { ouvert, sansHoraires, rayon } = this.etat;
    const distances = this.distances;
    const ouvertsQuand = new Map<number, boolean>();
    const retenu = (i: number) => {
      if (rayon !== undefined && distances && !(distances[i]! <= rayon)) return false;
      if (!ouvert) return true;
      const h = lieux[i]!.horaires;
      const horaires = points.horaires[h];
      // « Sur rendez-vous » only is a state of its own, kept like unknown hours.
      if (h === 0 || !horaires || sansHeureFixe(horaires)) return sansHoraires;
      if (ouvert.type === 'maintenant') return this.statut(h, maintenant).etat === 'ouvert';
      if (ouvert.type === 'aujourdhui') return ouvertAujourdhui(this.statut(h, maintenant), maintenant);
      // Many places share their hours: each distinct week is evaluated once.
      let oui = ouvertsQuand.get(h);
      if (oui === undefined) ouvertsQuand.set(h, (oui = ouvertQuand(horaires, ouvert, maintenant, points.departement)));
      return oui;
    };
    const criteres: Criteres = { masques: this.etat.masques, communes: this.etat.communes };
    const filtrables = this.filtrables;
    const comptes = compter(filtrables, criteres, retenu, GROUPES_BESOINS);
    let resultats = introuvable !== undefined ? [] : tous.filter((i) => retenu(i) && correspond(filtrables[i]!, criteres));
    // Places one can go to first: an itinerant place's address is its base, and a place that
    // receives no public is never the nearest answer.
    const rang = (i: number) => rangAccueil(lieux[i]!);
    if (this.position) {
      resultats = trierParDistance(lieux, this.position, resultats, undefined, rang).indices;
      const affichees = Float64Array.from(this.distances!);
      for (const i of resultats) if (rang(i) > 0) affichees[i] = Number.POSITIVE_INFINITY;
      this.distances = affichees;
    }
    if (siChange && resultats.length === this.resultats.length && resultats.every((r, i) => r === this.resultats[i])) return;
    this.resultats = resultats;

    ecrireComptes(this.comptes, comptes);
    // A keyboard user on a card keeps the focus on it (or on the list) when the list is redrawn.
    const actif = document.activeElement;
    const idActif = actif && this.liste.contains(actif) ? actif.closest('[data-id]')?.getAttribute('data-id') : undefined;
    this.affiches = 0;
    this.liste.replaceChildren();
    this.liste.start = 1;
    this.querySelector<HTMLElement>('.resultats .pagination')?.setAttribute('hidden', '');
    this.afficherPlus(false);
    while (this.affiches < Math.min(this.aRestaurer, this.resultats.length)) this.afficherPlus(false);
    if (idActif !== undefined) {
      const carte = [...this.liste.querySelectorAll<HTMLElement>('[data-id]')].find((c) => c.dataset['id'] === idActif);
      (carte?.querySelector('a') ?? this.querySelector<HTMLElement>('#liste-resultats'))?.focus();
    }
    this.ecrireResume();
    this.carte?.afficher(this.resultats, this.position, this.etat.rayon);

    if (historique) ecrireEtatAdresse(this.etat);
    const duree = performance.now() - debut;
    if (this.aRestaurer > 0) {
      this.aRestaurer = 0;
      const defilement = (history.state as { defilement?: number } | null)?.defilement;
      if (defilement) scrollTo(0, defilement);
    }
    this.dataset['etat'] = 'pret';
    this.dataset['resultats'] = String(this.resultats.length);
    this.dispatchEvent(new CustomEvent('annuaire-rendu', { detail: { duree } }));
  }

  private ecrireResume(): void {
    const n = this.resultats.length;
    const ou = this.etat.ou;
    const introuvable = ou !== undefined && !('latitude' in ou) && !this.position;
    const texte = introuvable ? messageIntrouvable('texte' in ou ? ou.texte : ou.commune) : texteResume(n, this.position, this.etat.rayon);
    this.resume.textContent = texte;
    const compteFiltres = this.querySelector<HTMLElement>('[data-compte-filtres]');
    if (compteFiltres) compteFiltres.textContent = n === 0 ? 'Aucun lieu ne correspond.' : `${n > 1 ? `${n} lieux correspondent` : '1 lieu correspond'}.`;
    const sansPosition = this.querySelector<HTMLElement>('[data-action="sans-position"]');
    if (sansPosition) sansPosition.hidden = !this.position;
    const vide = this.querySelector<HTMLElement>('[data-aucun]');
    if (vide) vide.hidden = n > 0 || introuvable;
    // Screen readers hear the count once the person stops changing things.
    clearTimeout(this.delaiAnnonce);
    this.delaiAnnonce = setTimeout(() => (this.annonce.textContent = texte), 600);
  }

  /** Renders the next places of the results; `focus`: moves the focus to the first one added. */
  private afficherPlus(focus = true): void {
    const carte = (i: number, maintenant: MomentLocal) => carteLieu(this.contexte, i, maintenant, (j) => void this.montrerSurCarte(j));
    this.affiches = afficherLot(this.liste, this.plus, this.resultats, this.affiches, carte, momentLocal(new Date(), this.points?.fuseau), focus);
  }

  private rafraichirStatuts(): void {
    if (!this.points) return;
    const maintenant = momentLocal(new Date(), this.points?.fuseau);
    ecrireStatutVignette(this.contexte, this.liste, maintenant);
    // An « open now » search changes with time; the list is redrawn only if its places change.
    if (this.etat.ouvert) void this.appliquer(false, true);
  }

  private async initialiserCarte(conteneur: HTMLElement): Promise<void> {
    this.carteEnCours ??= (async () => {
      this.carte = await creerCarte(conteneur, this.chargerPoints(), this.contexte);
      if (this.dataset['etat'] !== 'pret') await this.appliquer(false);
      else this.carte.afficher(this.resultats, this.position, this.etat.rayon);
      performance.mark('annuaire:marqueurs');
      conteneur.dataset['etat'] = 'prete';
    })();
    return this.carteEnCours;
  }

  private async montrerSurCarte(i: number): Promise<void> {
    const conteneur = this.querySelector<HTMLElement>('[data-carte]');
    if (!conteneur) return;
    const section = conteneur.closest<HTMLElement>('.colonne-carte');
    if (section?.hidden) basculerCarte(this, this.querySelector('[data-action="carte"]')!, this.carte);
    conteneur.scrollIntoView({ block: 'center' });
    await this.initialiserCarte(conteneur);
    this.carte?.montrer(i);
  }

  /** Fills the print-only table from the whole filtered data (loading it if a print comes first). */
  async preparerImpression(): Promise<void> {
    if (this.dataset['etat'] !== 'pret') await this.appliquer(false).catch(() => undefined);
    if (!this.points) return;
    remplirImpression(this, {
      etat: this.etat,
      position: this.position,
      points: this.points,
      resultats: this.resultats,
      distances: this.distances,
      maintenant: momentLocal(new Date(), this.points?.fuseau),
    });
  }
}

if (!customElements.get('annuaire-lieux')) customElements.define('annuaire-lieux', AnnuaireLieux);
