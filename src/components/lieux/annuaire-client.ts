/**
 * `<annuaire-lieux>`: the directory's search in the browser. It reads the search from the
 * address, filters the places of `/lieux/points.json` (OR within a facet, AND across facets),
 * sorts them by distance, renders the list and the counts, keeps the map in step and writes
 * the search back into the address (history entries: back and forward work).
 *
 * Without JavaScript the element is never defined: its form stays hidden and the
 * server-rendered list, its pages and the commune and service pages remain.
 */
import { decoderEtat, encoderEtat, estVide, etatVide, RAYONS, type EtatAnnuaire } from '../../lib/lieux/etat-url.ts';
import { compter, correspond, FACETTE_SERVICES, FACETTES, indicesDuMasque, masqueBesoin, type Criteres } from '../../lib/lieux/filtres.ts';
import { formaterDistance, pluriel } from '../../lib/commun/format.ts';
import { momentLocal, ouvertAujourdhui, sansHeureFixe, statutHoraires, type MomentLocal, type Statut } from '../../lib/horaires/evaluation.ts';
import { resoudreOu, trierParDistance, type Position } from '../../lib/territoire/localisation.ts';
import { decoderPoints, type FichierPoints, type PointsDecodes } from '../../lib/lieux/points.ts';
import { BESOINS, SERVICES, SERVICES_COURTS } from '../../lib/standard/valeurs.ts';
import type { CarteLieux } from './carte-client.ts';
import { chargerGazetteer, positionMemorisee, type EvenementCommune, type RechercheCommune } from './ou-client.ts';
import { ecrireStatut } from './statut-client.ts';

/** Places rendered at once; « Afficher plus » adds as many. */
const PAR_LOT = 50;

const GROUPES_BESOINS = BESOINS.map((b) => ({ facette: FACETTE_SERVICES, masque: masqueBesoin(b) }));

function element<K extends keyof HTMLElementTagNameMap>(nom: K, attributs: Record<string, string> = {}, ...enfants: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(nom);
  for (const [a, v] of Object.entries(attributs)) e.setAttribute(a, v);
  e.append(...enfants);
  return e;
}

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
      void this.chercherCommune();
    });
    this.addEventListener('commune-choisie', (e) => {
      const commune = (e as EvenementCommune).detail;
      this.etat.ou = { commune: commune.slug };
      this.position = { latitude: commune.latitude, longitude: commune.longitude, libelle: commune.nom, commune };
      void this.appliquer(true);
    });
    this.addEventListener('position-trouvee', (e) => {
      const { latitude, longitude } = (e as CustomEvent<{ latitude: number; longitude: number }>).detail;
      this.etat.ou = { latitude, longitude };
      this.position = { latitude, longitude, libelle: 'votre position' };
      this.recherche.ecrire('');
      void this.appliquer(true);
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
    this.querySelector('[data-action="copier"]')?.addEventListener('click', () => void this.copierLien());
    this.querySelector('[data-action="imprimer"]')?.addEventListener('click', () => window.print());
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
    boutonCarte?.addEventListener('click', () => this.basculerCarte(boutonCarte));
    // On a phone the map comes first but folded: the list is the main way, the map one tap away.
    if (boutonCarte && matchMedia('(max-width: 59.99rem)').matches) this.basculerCarte(boutonCarte);
    // « Aller à la carte » unfolds a folded map first: the browser then scrolls to it as usual.
    for (const lienCarte of document.querySelectorAll<HTMLAnchorElement>('a[href="#section-carte"]')) {
      lienCarte.addEventListener('click', () => {
        if (boutonCarte && this.querySelector<HTMLElement>('.colonne-carte')?.hidden) this.basculerCarte(boutonCarte);
      });
    }
    setInterval(() => this.rafraichirStatuts(), 60_000);
    this.dataset['etat'] = 'interactif';
    void this.lireAdresse(false);
  }

  /** Reads the search from the address (on load, and on back/forward). */
  private async lireAdresse(historique: boolean): Promise<void> {
    const { etat, ignores } = decoderEtat(location.search);
    this.etat = etat;
    const memoire = history.state as { affiches?: number; defilement?: number } | null;
    this.aRestaurer = memoire?.affiches ?? 0;
    this.position = undefined;
    const avertissement = this.querySelector<HTMLElement>('[data-ignores]');
    if (avertissement) {
      avertissement.hidden = ignores.length === 0;
      avertissement.textContent = ignores.length > 0 ? `Une partie du lien n’a pas été comprise et a été ignorée : ${ignores.join(', ')}.` : '';
    }
    this.ecrireFormulaire();
    if (estVide(etat) && !this.points) return;
    await this.appliquer(historique);
  }

  /** The point data, loaded once. */
  private chargerPoints(): Promise<PointsDecodes> {
    this.chargement ??= fetch(this.dataset['points']!)
      .then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<FichierPoints>;
      })
      .then((f) => {
        this.points = decoderPoints(f);
        this.filtrables = this.points.lieux.map((l) => ({ masques: l.masques, commune: l.communeSlug }));
        this.construireCommunes();
        for (const span of this.formulaire.querySelectorAll<HTMLElement>('[data-compte]')) this.comptes.set(span.dataset['compte']!, span);
        for (const span of this.formulaire.querySelectorAll<HTMLElement>('[data-commune]')) this.comptes.set(`commune:${span.dataset['commune']}`, span);
        return this.points;
      });
    this.chargement.catch(() => {
      this.chargement = undefined;
      this.resume.textContent = 'Les données des lieux n’ont pas pu être chargées : la liste ci-dessous reste complète, page par page. Rechargez la page pour réessayer.';
    });
    return this.chargement;
  }

  /** The check boxes of the communes, built from the data (they would weigh on every page load). */
  private construireCommunes(): void {
    const conteneur = this.querySelector('[data-communes-liste]');
    if (!conteneur || !this.points) return;
    const communes = [...new Map(this.points.communes.map((c) => [c.slug, c])).values()].sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
    conteneur.replaceChildren(
      ...communes.map((c) => {
        const id = `commune-${c.slug}`;
        const case_ = element('input', { type: 'checkbox', name: 'commune', value: c.slug, id });
        case_.checked = this.etat.communes.includes(c.slug);
        return element('li', {}, case_, element('label', { for: id }, c.nom, element('span', { class: 'compte', 'data-commune': c.slug })));
      }),
    );
  }

  /** A form control changed: update the state from the form and apply it. */
  private changement(e: Event): void {
    const cible = e.target as HTMLInputElement | HTMLSelectElement;
    if (cible.closest('recherche-commune')) return;
    if (cible instanceof HTMLInputElement && cible.dataset['besoin']) {
      const besoin = BESOINS.find((b) => b.id === cible.dataset['besoin'])!;
      const masque = masqueBesoin(besoin);
      this.etat.masques[FACETTE_SERVICES] = cible.checked ? this.etat.masques[FACETTE_SERVICES]! | masque : this.etat.masques[FACETTE_SERVICES]! & ~masque;
    } else {
      this.lireFormulaire();
    }
    performance.mark('annuaire:changement');
    void this.appliquer(true);
  }

  private lireFormulaire(): void {
    const donnees = new FormData(this.formulaire);
    FACETTES.forEach((f, i) => {
      this.etat.masques[i] = donnees.getAll(f.parametre).reduce<number>((m, v) => {
        const bit = f.slugs.indexOf(String(v));
        return bit >= 0 ? m | (1 << bit) : m;
      }, 0);
    });
    // The communes' boxes are built with the data: until then, keep the communes of the address.
    if (this.querySelector('input[name="commune"]')) this.etat.communes = donnees.getAll('commune').map(String).sort();
    const ouvert = String(donnees.get('ouvert') ?? '');
    this.etat.ouvert = ouvert === 'maintenant' || ouvert === 'aujourdhui' ? ouvert : undefined;
    this.etat.sansHoraires = donnees.get('sans-horaires') === 'oui';
    const rayon = Number(donnees.get('rayon'));
    this.etat.rayon = RAYONS.find((r) => r === rayon);
  }

  /** Writes the state into the form (after reading the address). */
  private ecrireFormulaire(): void {
    const f = this.formulaire;
    FACETTES.forEach((facette, i) => {
      for (const c of f.querySelectorAll<HTMLInputElement>(`input[name="${facette.parametre}"]`)) {
        c.checked = (this.etat.masques[i]! & (1 << facette.slugs.indexOf(c.value))) !== 0;
      }
    });
    this.ecrireBesoins();
    for (const c of f.querySelectorAll<HTMLInputElement>('input[name="commune"]')) c.checked = this.etat.communes.includes(c.value);
    for (const r of f.querySelectorAll<HTMLInputElement>('input[name="ouvert"]')) r.checked = r.value === (this.etat.ouvert ?? '');
    const sans = f.querySelector<HTMLInputElement>('input[name="sans-horaires"]');
    if (sans) {
      sans.checked = this.etat.sansHoraires;
      sans.disabled = !this.etat.ouvert;
    }
    const rayon = f.querySelector<HTMLSelectElement>('select[name="rayon"]');
    if (rayon) {
      rayon.value = this.etat.rayon ? String(this.etat.rayon) : '';
      rayon.disabled = !this.etat.ou;
    }
    // Criteria beyond the main ones are shown when the address uses them.
    const plus = f.querySelector<HTMLDetailsElement>('details.plus-de-criteres');
    if (plus && (FACETTES.some((_, i) => i !== FACETTE_SERVICES && this.etat.masques[i] !== 0) || this.etat.communes.length > 0)) plus.open = true;
  }

  /** A need is ticked when all its services are, « mixed » when some are. */
  private ecrireBesoins(): void {
    const services = this.etat.masques[FACETTE_SERVICES]!;
    for (const b of BESOINS) {
      const c = this.formulaire.querySelector<HTMLInputElement>(`input[data-besoin="${b.id}"]`);
      if (!c) continue;
      const masque = masqueBesoin(b);
      c.checked = (services & masque) === masque;
      c.indeterminate = (services & masque) !== 0 && !c.checked;
    }
    for (const c of this.formulaire.querySelectorAll<HTMLInputElement>('input[name="service"]')) {
      c.checked = (services & (1 << FACETTES[FACETTE_SERVICES]!.slugs.indexOf(c.value))) !== 0;
    }
  }

  /** « Chercher »: the commune typed, or the first suggestion. */
  private async chercherCommune(): Promise<void> {
    const champ = this.recherche.querySelector('input')!;
    if (champ.value.trim() === '') return;
    const commune = await this.recherche.resoudre().catch(() => undefined);
    const message = this.querySelector<HTMLElement>('.message-position');
    if (!commune) {
      if (message) message.textContent = `Aucune commune du département ne correspond à « ${champ.value.trim()} ». Vérifiez l’orthographe ou tapez le code postal.`;
      return;
    }
    if (message) message.textContent = '';
    this.recherche.ecrire(commune.nom);
    this.recherche.dispatchEvent(new CustomEvent('commune-choisie', { detail: commune, bubbles: true }));
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
        } else {
          const message = this.querySelector<HTMLElement>('.message-position');
          if (message) message.textContent = `Aucune commune du département ne correspond à « ${'texte' in ou ? ou.texte : ou.commune} ».`;
          this.etat.ou = undefined;
          this.etat.rayon = undefined;
        }
      }
    }
    if (!this.etat.ou) this.etat.rayon = undefined;
    this.ecrireFormulaire();

    const maintenant = momentLocal(new Date(), this.points?.fuseau);
    const lieux = points.lieux;
    this.distances = undefined;
    const tous = lieux.map((l) => l.index);
    if (this.position) this.distances = trierParDistance(lieux, this.position, tous).distances;
    const { ouvert, sansHoraires, rayon } = this.etat;
    const distances = this.distances;
    const retenu = (i: number) => {
      if (rayon !== undefined && distances && !(distances[i]! <= rayon)) return false;
      if (!ouvert) return true;
      const h = lieux[i]!.horaires;
      // « Sur rendez-vous » only is a state of its own, kept like unknown hours.
      if (h === 0 || sansHeureFixe(points.horaires[h])) return sansHoraires;
      const statut = this.statut(h, maintenant);
      return ouvert === 'maintenant' ? statut.etat === 'ouvert' : ouvertAujourdhui(statut, maintenant);
    };
    const criteres: Criteres = { masques: this.etat.masques, communes: this.etat.communes };
    const filtrables = this.filtrables;
    const comptes = compter(filtrables, criteres, retenu, GROUPES_BESOINS);
    let resultats = tous.filter((i) => retenu(i) && correspond(filtrables[i]!, criteres));
    if (this.position) resultats = trierParDistance(lieux, this.position, resultats).indices;
    if (siChange && resultats.length === this.resultats.length && resultats.every((r, i) => r === this.resultats[i])) return;
    this.resultats = resultats;

    this.ecrireComptes(comptes);
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

    if (historique) {
      const requete = encoderEtat(this.etat);
      const adresse = `${location.pathname}${requete ? `?${requete}` : ''}`;
      if (adresse !== `${location.pathname}${location.search}`) history.pushState(null, '', adresse);
    }
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

  private ecrireComptes(comptes: ReturnType<typeof compter>): void {
    const ecrire = (cle: string, n: number) => {
      const span = this.comptes.get(cle);
      const texte = ` (${n})`;
      if (span && span.textContent !== texte) span.textContent = texte;
    };
    FACETTES.forEach((f, i) => f.slugs.forEach((slug, bit) => ecrire(`${f.parametre}:${slug}`, comptes.parFacette[i]![bit]!)));
    BESOINS.forEach((b, g) => ecrire(`besoin:${b.id}`, comptes.parGroupe[g]!));
    for (const [cle] of this.comptes) if (cle.startsWith('commune:')) ecrire(cle, comptes.parCommune.get(cle.slice(8)) ?? 0);
  }

  private ecrireResume(): void {
    const n = this.resultats.length;
    const ou = this.position ? `, du plus proche au plus loin de ${this.position.libelle}${this.etat.rayon ? ` (${this.etat.rayon} km au plus)` : ''}` : '';
    const texte = n === 0 ? 'Aucun lieu ne correspond à votre recherche.' : `${pluriel(n, 'lieu', 'lieux')} ${n > 1 ? 'correspondent' : 'correspond'} à votre recherche${ou}.`;
    this.resume.textContent = texte;
    const sansPosition = this.querySelector<HTMLElement>('[data-action="sans-position"]');
    if (sansPosition) sansPosition.hidden = !this.position;
    const vide = this.querySelector<HTMLElement>('[data-aucun]');
    if (vide) vide.hidden = n > 0;
    // Screen readers hear the count once the person stops changing things.
    clearTimeout(this.delaiAnnonce);
    this.delaiAnnonce = setTimeout(() => (this.annonce.textContent = texte), 600);
  }

  /** Renders the next places of the results; `focus`: moves the focus to the first one added. */
  private afficherPlus(focus = true): void {
    const maintenant = momentLocal(new Date(), this.points?.fuseau);
    const lot = this.resultats.slice(this.affiches, this.affiches + PAR_LOT);
    const elements = lot.map((i) => element('li', {}, this.carteLieu(i, maintenant)));
    this.liste.append(...elements);
    this.affiches += lot.length;
    const reste = this.resultats.length - this.affiches;
    this.plus.hidden = reste <= 0;
    this.plus.textContent = `Afficher ${pluriel(Math.min(reste, PAR_LOT), 'lieu', 'lieux')} de plus (${reste} ${reste > 1 ? 'restants' : 'restant'})`;
    if (focus) elements[0]?.querySelector('a')?.focus();
  }

  /** The card of a place, as `CarteLieu.astro` writes it. */
  private carteLieu(i: number, maintenant: MomentLocal): HTMLElement {
    const points = this.points!;
    const l = points.lieux[i]!;
    const base = this.dataset['base']!;
    const distance = this.distances?.[i];
    const meta = [l.typologie, points.communes[l.commune]!.nom];
    if (distance !== undefined && Number.isFinite(distance)) meta.push(`${l.approximative ? 'à environ' : 'à'} ${formaterDistance(distance)}`);
    const statut = element('p', { class: 'statut-horaires' });
    const h = points.horaires[l.horaires];
    if (h) {
      const span = element('span', { 'data-statut': String(l.horaires) });
      ecrireStatut(span, this.statut(l.horaires, maintenant), maintenant, this.points?.fuseau);
      statut.append(span);
    } else statut.append(element('span', { class: 'statut-etat statut-inconnu' }, 'Horaires non renseignés'));
    const services = indicesDuMasque(l.masques[FACETTE_SERVICES]!).map((s) => element('li', {}, SERVICES_COURTS[SERVICES[s]!]));
    const article = element(
      'article',
      { class: 'carte carte-lieu', 'data-id': l.id },
      element('h3', { class: 'carte-lieu-titre' }, element('a', { href: `${base}${l.id}/` }, l.nom)),
      element('p', { class: 'meta' }, meta.filter((m) => m !== '').join(' · ')),
      statut,
    );
    if (h) article.append(element('p', { class: 'carte-lieu-horaires' }, h.r));
    if (services.length > 0) article.append(element('ul', { class: 'etiquettes', 'aria-label': 'Services' }, ...services));
    if (l.latitude !== undefined) {
      const voir = element('button', { type: 'button', class: 'lien-bouton voir-sur-carte' }, 'Voir ', element('span', { class: 'sr-only' }, `${l.nom} `), 'sur la carte');
      voir.addEventListener('click', () => void this.montrerSurCarte(i));
      article.append(element('p', {}, voir));
    }
    return article;
  }

  private rafraichirStatuts(): void {
    if (!this.points) return;
    const maintenant = momentLocal(new Date(), this.points?.fuseau);
    for (const span of this.liste.querySelectorAll<HTMLElement>('[data-statut]')) ecrireStatut(span, this.statut(Number(span.dataset['statut']), maintenant), maintenant, this.points?.fuseau);
    // An « open now » search changes with time; the list is redrawn only if its places change.
    if (this.etat.ouvert) void this.appliquer(false, true);
  }

  private async initialiserCarte(conteneur: HTMLElement): Promise<void> {
    this.carteEnCours ??= (async () => {
      const [points, { CarteLieux }] = await Promise.all([this.chargerPoints(), import('./carte-client.ts')]);
      const d = conteneur.dataset;
      this.carte = new CarteLieux(
        conteneur,
        { tuiles: d['tuiles']!, attribution: d['attribution']!, centre: JSON.parse(d['centre']!) as [number, number], zoom: Number(d['zoom']) },
        points.lieux,
        {
          nomMarqueur: (i) => `${points.lieux[i]!.nom}, ${points.communes[points.lieux[i]!.commune]!.nom}`,
          popup: (i) => this.popup(i),
          popupGroupe: (indices) => this.popupGroupe(indices),
        },
      );
      if (this.dataset['etat'] !== 'pret') await this.appliquer(false);
      else this.carte.afficher(this.resultats, this.position, this.etat.rayon);
      performance.mark('annuaire:marqueurs');
      conteneur.dataset['etat'] = 'prete';
    })();
    return this.carteEnCours;
  }

  private popup(i: number): HTMLElement {
    const points = this.points!;
    const l = points.lieux[i]!;
    const maintenant = momentLocal(new Date(), this.points?.fuseau);
    const statut = element('p', {});
    if (points.horaires[l.horaires]) ecrireStatut(statut, this.statut(l.horaires, maintenant), maintenant, this.points?.fuseau);
    else statut.append(element('span', { class: 'statut-etat statut-inconnu' }, 'Horaires non renseignés'));
    const distance = this.distances?.[i];
    return element(
      'div',
      { class: 'popup-lieu' },
      element('p', { class: 'popup-nom' }, element('a', { href: `${this.dataset['base']}${l.id}/` }, l.nom)),
      element('p', { class: 'meta' }, [l.typologie, points.communes[l.commune]!.nom].filter((x) => x !== '').join(' · ')),
      statut,
      ...(distance !== undefined && Number.isFinite(distance) ? [element('p', {}, `${l.approximative ? 'À environ' : 'À'} ${formaterDistance(distance)}`)] : []),
      ...(l.approximative ? [element('p', { class: 'meta' }, 'Position approximative : centre de la commune.')] : []),
    );
  }

  private popupGroupe(indices: readonly number[]): HTMLElement {
    const points = this.points!;
    const premiers = indices.slice(0, 15);
    return element(
      'div',
      { class: 'popup-lieu' },
      element('p', { class: 'popup-nom' }, `${pluriel(indices.length, 'lieu', 'lieux')} à cet endroit :`),
      element('ul', {}, ...premiers.map((i) => element('li', {}, element('a', { href: `${this.dataset['base']}${points.lieux[i]!.id}/` }, points.lieux[i]!.nom)))),
      ...(indices.length > premiers.length ? [element('p', {}, `et ${indices.length - premiers.length} autres : voir la liste.`)] : []),
    );
  }

  private async montrerSurCarte(i: number): Promise<void> {
    const conteneur = this.querySelector<HTMLElement>('[data-carte]');
    if (!conteneur) return;
    const section = conteneur.closest<HTMLElement>('.colonne-carte');
    if (section?.hidden) this.basculerCarte(this.querySelector('[data-action="carte"]')!);
    conteneur.scrollIntoView({ block: 'center' });
    await this.initialiserCarte(conteneur);
    this.carte?.montrer(i);
  }

  private basculerCarte(bouton: HTMLButtonElement): void {
    const section = this.querySelector<HTMLElement>('.colonne-carte')!;
    section.hidden = !section.hidden;
    bouton.setAttribute('aria-expanded', String(!section.hidden));
    bouton.textContent = section.hidden ? 'Afficher la carte' : 'Masquer la carte';
    this.classList.toggle('sans-carte', section.hidden);
    if (!section.hidden) this.carte?.redimensionner();
  }

  private async copierLien(): Promise<void> {
    const message = this.querySelector<HTMLElement>('[data-message-partage]');
    try {
      await navigator.clipboard.writeText(location.href);
      if (message) message.textContent = 'Le lien de cette recherche est copié : collez-le dans un message pour la partager.';
    } catch {
      if (message) message.textContent = 'Le lien n’a pas pu être copié : copiez l’adresse de la page dans la barre du navigateur.';
    }
  }
}

if (!customElements.get('annuaire-lieux')) customElements.define('annuaire-lieux', AnnuaireLieux);
