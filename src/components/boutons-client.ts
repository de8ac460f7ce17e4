/**
 * The print and copy-link buttons of the site (`BoutonImprimer.astro`, `BoutonCopierLien.astro`),
 * one script for both. Without JavaScript they stay hidden: the browser's own print command
 * and address bar still work.
 */

/** `<bouton-imprimer>`: opens the browser's print dialog. */
class BoutonImprimerElement extends HTMLElement {
  connectedCallback(): void {
    const bouton = this.querySelector('button');
    if (!bouton) return;
    bouton.hidden = false;
    bouton.addEventListener('click', () => window.print());
  }
}

/**
 * `<bouton-copier-lien data-adresse? data-copie>`: copies the address given, or the page's
 * address at the time of the click (a directory search is in it), and says so.
 */
class BoutonCopierLienElement extends HTMLElement {
  connectedCallback(): void {
    const bouton = this.querySelector('button');
    const message = this.querySelector('[role="status"]');
    // Without the clipboard (an old browser, a page not served over HTTPS) the button would fail.
    if (!bouton || !navigator.clipboard) return;
    bouton.hidden = false;
    bouton.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(this.dataset['adresse'] ?? location.href);
        if (message) message.textContent = this.dataset['copie'] ?? '';
      } catch {
        if (message) message.textContent = 'Le lien n’a pas pu être copié : copiez l’adresse de la page dans la barre du navigateur.';
      }
    });
  }
}

if (!customElements.get('bouton-imprimer')) customElements.define('bouton-imprimer', BoutonImprimerElement);
if (!customElements.get('bouton-copier-lien')) customElements.define('bouton-copier-lien', BoutonCopierLienElement);
