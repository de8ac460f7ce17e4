/**
 * The directory's map (Leaflet), loaded only when the map comes into view. Markers are clustered (« amas »)
 * on a grid (`src/lib/lieux/amas-carte.ts`) and only those in view are in the page, so that 20 000
 * places stay fluid. Every marker is reachable with the keyboard (Tab, then Enter or Space): a
 * cluster zooms in on its places, a place opens a popup whose link leads to its page, and focus
 * goes into the popup and comes back to the marker when it closes (Escape).
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
// `?url`: the images are bundled with the site (no CDN) and Leaflet gets strings, not objects.
import iconeUrl from 'leaflet/dist/images/marker-icon.png?url';
import iconeRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png?url';
import ombreUrl from 'leaflet/dist/images/marker-shadow.png?url';
import { echapperHtml } from '../../lib/commun/html.ts';
import { inverseMercator, mercator, amasser, type Amas } from '../../lib/lieux/amas-carte.ts';

export interface OptionsCarte {
  tuiles: string;
  /** Plain text. */
  attribution: string;
  centre: [number, number];
  zoom: number;
}

/** What the map needs of a place. */
export interface LieuCarte {
  nom: string;
  latitude?: number | undefined;
  longitude?: number | undefined;
}

export interface RappelsCarte {
  /** Name of the place for its marker (« Médiathèque, Bayeux »). */
  nomMarqueur(index: number): string;
  /** Content of a place's popup. */
  popup(index: number): HTMLElement;
  /** Content of the popup of several places at the same spot. */
  popupAmas(indices: readonly number[]): HTMLElement;
}

const ZOOM_MAX = 18;

const icone = L.icon({
  iconUrl: iconeUrl,
  iconRetinaUrl: iconeRetinaUrl,
  shadowUrl: ombreUrl,
  iconSize: [25, 41],
  iconAnchor: [12, 41],
  popupAnchor: [1, -34],
  shadowSize: [41, 41],
  className: 'marqueur-lieu',
});

function iconeAmas(nombre: number): L.DivIcon {
  const taille = nombre < 10 ? 34 : nombre < 100 ? 40 : nombre < 1000 ? 48 : 56;
  return L.divIcon({
    className: 'marqueur-amas',
    html: `<span aria-hidden="true">${nombre}</span><span class="sr-only">${nombre} lieux ici : zoomer</span>`,
    iconSize: [taille, taille],
  });
}

export class CarteLieux {
  readonly carte: L.Map;
  private readonly couche = L.layerGroup();
  private readonly reperes = L.layerGroup();
  private readonly xs: Float64Array;
  private readonly ys: Float64Array;
  private indices: number[] = [];
  private amas: Amas[] = [];
  private zoomAmas = -1;
  private readonly affiches = new Map<string, L.Marker>();
  private focusApresZoom: { x: number; y: number } | undefined;
  /** Key of the marker whose popup is open, and the element to give the focus back to. */
  private popupCle: string | undefined;
  private declencheur: HTMLElement | undefined;

  constructor(
    element: HTMLElement,
    options: OptionsCarte,
    private readonly lieux: readonly LieuCarte[],
    private readonly rappels: RappelsCarte,
  ) {
    this.carte = L.map(element, { zoomControl: false, maxZoom: ZOOM_MAX, minZoom: 5 }).setView(options.centre, options.zoom);
    L.control.zoom({ zoomInTitle: 'Zoomer', zoomOutTitle: 'Dézoomer' }).addTo(this.carte);
    this.carte.attributionControl.setPrefix('<a href="https://leafletjs.com" hreflang="en">Leaflet</a>');
    L.tileLayer(options.tuiles, { attribution: echapperHtml(options.attribution), maxZoom: ZOOM_MAX }).addTo(this.carte);
    this.couche.addTo(this.carte);
    this.reperes.addTo(this.carte);
    this.xs = new Float64Array(lieux.length);
    this.ys = new Float64Array(lieux.length);
    lieux.forEach((l, i) => {
      const [x, y] = l.latitude !== undefined && l.longitude !== undefined ? mercator(l.latitude, l.longitude) : [NaN, NaN];
      this.xs[i] = x;
      this.ys[i] = y;
    });
    this.carte.on('moveend', () => this.rendre());
    this.carte.on('popupopen', (e) => {
      const conteneur = e.popup.getElement();
      conteneur?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', 'Fermer');
      conteneur?.querySelector<HTMLElement>('a[href], button')?.focus({ preventScroll: true });
    });
    this.carte.on('popupclose', (e) => {
      this.popupCle = undefined;
      const retour = this.declencheur;
      if (retour?.isConnected && (document.activeElement === document.body || e.popup.getElement()?.contains(document.activeElement)))
        retour.focus({ preventScroll: true });
    });
  }

  /** Shows these places (the filtered results), with the person's position and the radius. */
  afficher(indices: readonly number[], position?: { latitude: number; longitude: number; libelle: string }, rayonKm?: number, cadrer = true): void {
    this.indices = [...indices];
    this.zoomAmas = -1;
    this.reperes.clearLayers();
    if (position) {
      L.circleMarker([position.latitude, position.longitude], {
        radius: 8,
        color: '#123257',
        weight: 3,
        fillColor: '#ffffff',
        fillOpacity: 1,
        interactive: false,
      }).addTo(this.reperes);
      if (rayonKm)
        L.circle([position.latitude, position.longitude], {
          radius: rayonKm * 1000,
          color: '#123257',
          weight: 2,
          dashArray: '6 6',
          fill: false,
          interactive: false,
        }).addTo(this.reperes);
    }
    // Framing the map moves it, and the move redraws the markers; otherwise draw them here.
    if (cadrer) this.cadrer(position, rayonKm);
    if (this.zoomAmas === -1) this.rendre(true);
  }

  /** Number of places on the map, and the sum of the numbers of the markers in view. */
  compter(): { lieux: number; enVue: number } {
    let enVue = 0;
    for (const [, marqueur] of this.affiches) enVue += Number(marqueur.getElement()?.dataset['nombre'] ?? 1);
    const lieux = this.indices.filter((i) => !Number.isNaN(this.xs[i]!)).length;
    return { lieux, enVue };
  }

  /** Centres the map on a place and opens its popup. */
  montrer(index: number): void {
    const l = this.lieux[index];
    if (l?.latitude === undefined || l.longitude === undefined) return;
    this.carte.once('moveend', () => {
      const marqueur = this.affiches.get(`l${index}`);
      if (marqueur) marqueur.fire('click');
      else {
        // Several places at this spot: the group's popup lists them.
        for (const [cle, m] of this.affiches) if (cle.startsWith('g') && this.amasDe(cle)?.indices.includes(index)) m.fire('click');
      }
    });
    this.carte.setView([l.latitude, l.longitude], Math.max(this.carte.getZoom(), 16), { animate: false });
  }

  /** Leaflet must measure the map again after it was hidden or resized. */
  redimensionner(): void {
    this.carte.invalidateSize();
  }

  private cadrer(position?: { latitude: number; longitude: number }, rayonKm?: number): void {
    const avecPosition = this.indices.filter((i) => !Number.isNaN(this.xs[i]!));
    // Near a position: the position and the closest results (the list is sorted by distance).
    const cibles = position ? avecPosition.slice(0, 8) : avecPosition;
    let [xMin, yMin, xMax, yMax] = [Infinity, Infinity, -Infinity, -Infinity];
    const etendre = (x: number, y: number) => {
      xMin = Math.min(xMin, x);
      xMax = Math.max(xMax, x);
      yMin = Math.min(yMin, y);
      yMax = Math.max(yMax, y);
    };
    for (const i of cibles) etendre(this.xs[i]!, this.ys[i]!);
    if (position) {
      etendre(...mercator(position.latitude, position.longitude));
      if (rayonKm) {
        const d = rayonKm / 111;
        etendre(...mercator(position.latitude + d, position.longitude - d * 1.5));
        etendre(...mercator(position.latitude - d, position.longitude + d * 1.5));
      }
    }
    if (xMin === Infinity) return;
    const [nord, ouest] = inverseMercator(xMin, yMin);
    const [sud, est] = inverseMercator(xMax, yMax);
    this.carte.fitBounds(
      [
        [sud, ouest],
        [nord, est],
      ],
      { padding: [30, 30], maxZoom: 14, animate: false },
    );
  }

  private amasDe(cle: string): Amas | undefined {
    const [premier, nombre] = cle.slice(1).split(':').map(Number);
    return this.amas.find((g) => g.indices[0] === premier && g.indices.length === nombre);
  }

  /** Adds the markers that came into view and removes those that left it. */
  private rendre(tout = false): void {
    const zoom = this.carte.getZoom();
    if (zoom !== this.zoomAmas) {
      this.amas = amasser(this.xs, this.ys, this.indices, zoom);
      this.zoomAmas = zoom;
      tout = true;
    }
    if (tout) {
      // A filter change or a zoom regroups everything; the popup being read stays open.
      if (this.popupCle && !this.amas.some((g) => this.cle(g) === this.popupCle)) this.carte.closePopup();
      for (const [cle, m] of this.affiches) {
        if (cle === this.popupCle) continue;
        this.couche.removeLayer(m);
        this.affiches.delete(cle);
      }
    }
    const vue = this.carte.getBounds().pad(0.25);
    const [nord, ouest, sud, est] = [vue.getNorth(), vue.getWest(), vue.getSouth(), vue.getEast()];
    const [xMin, yMin] = mercator(nord, ouest);
    const [xMax, yMax] = mercator(sud, est);
    const voulues = new Set<string>();
    for (const g of this.amas) {
      if (g.x < xMin || g.x > xMax || g.y < yMin || g.y > yMax) continue;
      const cle = this.cle(g);
      voulues.add(cle);
      if (!this.affiches.has(cle)) this.affiches.set(cle, this.creerMarqueur(g, cle));
    }
    for (const [cle, m] of this.affiches) {
      if (!voulues.has(cle) && cle !== this.popupCle) {
        this.couche.removeLayer(m);
        this.affiches.delete(cle);
      }
    }
    if (this.focusApresZoom) {
      const cible = this.focusApresZoom;
      this.focusApresZoom = undefined;
      let meilleur: L.Marker | undefined;
      let distance = Infinity;
      for (const [, m] of this.affiches) {
        const [x, y] = mercator(m.getLatLng().lat, m.getLatLng().lng);
        const d = (x - cible.x) ** 2 + (y - cible.y) ** 2;
        if (d < distance) [meilleur, distance] = [m, d];
      }
      meilleur?.getElement()?.focus({ preventScroll: true });
    }
  }

  private cle(g: Amas): string {
    return g.indices.length === 1 ? `l${g.indices[0]}` : `g${g.indices[0]}:${g.indices.length}`;
  }

  /** Popups are opened by hand (not bound to markers), so that a marker can be re-created freely. */
  private ouvrirPopup(cle: string, marqueur: L.Marker, contenu: HTMLElement, decalage: [number, number]): void {
    this.popupCle = cle;
    this.declencheur = marqueur.getElement();
    L.popup({ maxWidth: 320, autoPanPadding: [20, 20], offset: decalage })
      .setLatLng(marqueur.getLatLng())
      .setContent(contenu)
      .openOn(this.carte);
  }

  private creerMarqueur(g: Amas, cle: string): L.Marker {
    const [latitude, longitude] = inverseMercator(g.x, g.y);
    if (g.indices.length === 1) {
      const index = g.indices[0]!;
      const marqueur = L.marker([latitude, longitude], { icon: icone, alt: this.rappels.nomMarqueur(index), keyboard: true, riseOnHover: true });
      marqueur.on('click', () => this.ouvrirPopup(cle, marqueur, this.rappels.popup(index), [1, -27]));
      marqueur.addTo(this.couche);
      this.accessible(marqueur, 1);
      return marqueur;
    }
    const marqueur = L.marker([latitude, longitude], { icon: iconeAmas(g.indices.length), keyboard: true });
    marqueur.on('click', (e) => {
      const clavier = (e as L.LeafletMouseEvent).originalEvent instanceof KeyboardEvent;
      const memeEndroit = g.xMax - g.xMin < 1e-9 && g.yMax - g.yMin < 1e-9;
      if (memeEndroit || this.carte.getZoom() >= ZOOM_MAX) {
        this.ouvrirPopup(cle, marqueur, this.rappels.popupAmas(g.indices), [0, -12]);
        return;
      }
      if (clavier) this.focusApresZoom = { x: g.x, y: g.y };
      const [nord, ouest] = inverseMercator(g.xMin, g.yMin);
      const [sud, est] = inverseMercator(g.xMax, g.yMax);
      this.carte.fitBounds(
        [
          [sud, ouest],
          [nord, est],
        ],
        { padding: [40, 40], maxZoom: ZOOM_MAX, animate: !clavier },
      );
    });
    marqueur.addTo(this.couche);
    this.accessible(marqueur, g.indices.length);
    return marqueur;
  }

  /** Enter and Space activate a marker (it is a button; Leaflet only sends `keypress` for Enter), and the element carries its count. */
  private accessible(marqueur: L.Marker, nombre: number): void {
    const element = marqueur.getElement();
    if (!element) return;
    element.dataset['nombre'] = String(nombre);
    element.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        marqueur.fire('click', { originalEvent: e, latlng: marqueur.getLatLng() });
      }
    });
  }
}
