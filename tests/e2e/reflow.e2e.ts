/**
 * Pas de défilement horizontal à 320 px de large (WCAG 1.4.10), avec le texte à 100 % et à
 * 200 % (WCAG 1.4.4), sur chaque modèle de page du site construit (une page par modèle de
 * `src/pages/`, voir routes.ts : une page ajoutée est couverte d'office), plus deux états
 * (annuaire filtré, recherche avec une requête). L'administration (Decap CMS) est exclue.
 *
 * Mesure : `document.documentElement.scrollWidth <= clientWidth`. En cas d'échec, le message
 * nomme l'adresse et l'élément qui dépasse le plus (hors zones qui défilent d'elles-mêmes,
 * comme un tableau de données dans une région `tabindex="0"`).
 * Lancer `npm run build` avant.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { newPage, siteEtNavigateur } from './harness.ts';
import { pageTypes } from './routes.ts';

const LARGEUR = 320;
const HAUTEUR = 740;
/** Texte à 200 % : la taille de base du document doublée, tout ce qui est en rem ou em suit. */
const TEXTE_200 = 'html { font-size: 200% !important; }';

const { pages, withoutPage } = pageTypes(['admin/']);
/** États qui ne sont pas des pages construites : le contenu y est produit par le script. */
const ETATS = [
  { route: 'annuaire filtré', url: '/lieux/?ou=vire&rayon=20&frais=gratuit' },
  { route: 'recherche avec une requête', url: '/recherche/?q=caf' },
];

const site = siteEtNavigateur();

interface Mesure {
  scrollWidth: number;
  clientWidth: number;
  /** L'élément qui dépasse le plus à droite, décrit pour le message d'échec. */
  fautif: string | null;
}

/** Largeur du document et, s'il déborde, l'élément qui va le plus loin à droite. */
function mesurer(page: Page): Promise<Mesure> {
  return page.evaluate(() => {
    const racine = document.documentElement;
    const { scrollWidth, clientWidth } = racine;
    if (scrollWidth <= clientWidth) return { scrollWidth, clientWidth, fautif: null };
    // An element inside a box that scrolls or clips on its own does not widen the page.
    const contenuDansUneZone = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body && p !== racine; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    let fautif: Element | null = null;
    let droite = clientWidth;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= droite + 0.5 || contenuDansUneZone(el)) continue;
      fautif = el;
      droite = r.right;
    }
    if (!fautif) return { scrollWidth, clientWidth, fautif: 'aucun élément visible (marge ou ombre ?)' };
    const nom = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
    const chemin: string[] = [];
    for (let el: Element | null = fautif; el && el !== document.body && chemin.length < 4; el = el.parentElement) chemin.unshift(nom(el));
    const texte = (fautif.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return {
      scrollWidth,
      clientWidth,
      fautif: `${chemin.join(' > ')} (bord droit à ${Math.round(droite)} px${texte ? `, « ${texte} »` : ''})`,
    };
  });
}

test('chaque modèle de page a une page construite à mesurer', () => {
  assert.ok(pages.length > 10, `trop peu de pages trouvées (${pages.length}) : le site est-il construit ?`);
  assert.deepEqual(withoutPage, [], `modèles sans aucune page construite : ${withoutPage.join(', ')}`);
});

for (const [taille, style] of [
  ['100 %', null],
  ['200 %', TEXTE_200],
] as const) {
  describe(`320 px, texte à ${taille}`, () => {
    let context: BrowserContext;
    let page: Page;
    before(async () => {
      // bypassCSP: the 200 % style is injected into pages that may declare `style-src 'self'`.
      ({ context, page } = await newPage(site.browser, { viewport: { width: LARGEUR, height: HAUTEUR }, baseURL: site.server.url, bypassCSP: true }));
    });
    after(() => context?.close());

    for (const { route, url } of [...pages, ...ETATS]) {
      test(`${url} (${route}) : pas de défilement horizontal`, { timeout: 30_000 }, async () => {
        await page.goto(url, { waitUntil: 'load' });
        if (style) await page.addStyleTag({ content: style });
        // Scripts that fill the page (directory, search) have had time to render.
        await page.waitForLoadState('networkidle');
        const { scrollWidth, clientWidth, fautif } = await mesurer(page);
        assert.ok(
          scrollWidth <= clientWidth,
          `${url} défile horizontalement à ${LARGEUR} px, texte à ${taille} : ${scrollWidth} px de large pour ${clientWidth} px visibles ; élément le plus large : ${fautif}`,
        );
      });
    }
  });
}
