/**
 * Banc d'essai « téléphone bon marché » : `npm run bench:telephone` (après `npm run build`), ou
 * `node bench/telephone.ts --essais 5 --adresse '/lieux/?ou=caen'`.
 *
 * Chromium sans tête (playwright-core) émule un téléphone : écran de 360 × 740, processeur ralenti
 * 4 fois (`Emulation.setCPUThrottlingRate`), réseau à environ 1,6 Mbit/s en réception, 750 kbit/s
 * en émission et 150 ms de latence (`Network.emulateNetworkConditions`), sans cache. Le site
 * construit est servi par le serveur des tests de bout en bout (`startServer`).
 *
 * Mesures, chacune sur un chargement neuf (médiane de N essais) :
 * - lien partagé de l'annuaire (`/lieux/?ou=vire&rayon=20&frais=gratuit` par défaut) : temps
 *   jusqu'à des résultats triés et utilisables (l'annuaire a fini son rendu, `data-etat="pret"`,
 *   le résumé annonce le tri par distance et le premier résultat est affiché à l'écran) ;
 * - décalages de mise en page cumulés (CLS, `PerformanceObserver` « layout-shift », hors
 *   décalages qui suivent une saisie) sur l'accueil, l'annuaire et une fiche lieu, jusqu'à
 *   2 s après la fin du chargement.
 *
 * Cibles de l'issue : résultats en moins de 3 s à la taille de la démonstration, CLS < 0,1.
 * Ce n'est pas un test : les chiffres dépendent de la machine (écrits dans bench/out/).
 */
import { mkdirSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { SITE_DIR, launchBrowser, newPage, startServer } from '../tests/e2e/harness.ts';

const RACINE = fileURLToPath(new URL('../', import.meta.url));

function option(nom: string): string | undefined {
  const i = process.argv.indexOf(`--${nom}`);
  return i >= 0 ? (process.argv[i + 1] ?? '') : undefined;
}
const ESSAIS = Number(option('essais') ?? 3);
const ADRESSE = option('adresse') ?? '/lieux/?ou=vire&rayon=20&frais=gratuit';
if (!Number.isInteger(ESSAIS) || ESSAIS < 1) {
  console.error(`--essais attend un nombre entier positif (reçu : « ${option('essais')} »).`);
  process.exit(2);
}

const TELEPHONE = { width: 360, height: 740 };
const RALENTISSEMENT_PROCESSEUR = 4;
/** Débits en octets par seconde, comme les attend le protocole de Chromium. */
const RESEAU = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };
/** Après la fin du chargement, temps laissé aux scripts pour finir de décaler (ou non) la page. */
const APRES_CHARGEMENT_MS = 2_000;
const DELAI_MAX_MS = 120_000;

/** Première fiche lieu construite (ordre alphabétique), hors index par commune, par service, pages. */
function premiereFiche(): string {
  const dossier = path.join(SITE_DIR, 'lieux');
  const id = existsSync(dossier)
    ? readdirSync(dossier, { withFileTypes: true })
        .filter((e) => e.isDirectory() && !['commune', 'service', 'page'].includes(e.name) && existsSync(path.join(dossier, e.name, 'index.html')))
        .map((e) => e.name)
        .sort()[0]
    : undefined;
  if (!id) throw new Error(`Aucune fiche lieu dans ${dossier} : lancez npm run build.`);
  return `/lieux/${id}/`;
}

/** Somme des décalages de mise en page, enregistrés dès le début du chargement. */
const SCRIPT_CLS = `
  window.__cls = 0;
  new PerformanceObserver((liste) => {
    for (const e of liste.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

async function pageTelephone(browser: Browser, base: string): Promise<{ page: Page; fermer: () => Promise<void> }> {
  const { context, page } = await newPage(browser, { viewport: TELEPHONE, baseURL: base, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await page.addInitScript(SCRIPT_CLS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', RESEAU);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RALENTISSEMENT_PROCESSEUR });
  return { page, fermer: () => context.close() };
}

/** Temps (ms depuis le début de la navigation) jusqu'aux résultats triés, visibles et utilisables. */
async function mesurerAnnuaire(browser: Browser, base: string): Promise<{ resultats: number; cls: number; chargement: number }> {
  const { page, fermer } = await pageTelephone(browser, base);
  try {
    await page.goto(ADRESSE, { waitUntil: 'commit', timeout: DELAI_MAX_MS });
    const resultats = await page.waitForFunction(
      () => {
        const annuaire = document.querySelector<HTMLElement>('annuaire-lieux');
        if (annuaire?.dataset['etat'] !== 'pret') return false;
        if (!/du plus proche au plus loin/.test(document.querySelector('[data-resume]')?.textContent ?? '')) return false;
        const premier = document.querySelector('#liste-resultats [data-id] a');
        const boite = premier?.getBoundingClientRect();
        // Usable: the first result is laid out and its link can be tapped.
        if (!boite || boite.width === 0 || boite.height === 0) return false;
        return performance.now();
      },
      undefined,
      { polling: 'raf', timeout: DELAI_MAX_MS },
    );
    const temps = (await resultats.jsonValue()) as number;
    await page.waitForLoadState('load');
    await page.waitForTimeout(APRES_CHARGEMENT_MS);
    const { cls, chargement } = await page.evaluate(() => ({
      cls: (window as unknown as { __cls: number }).__cls,
      chargement: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? NaN,
    }));
    return { resultats: temps, cls, chargement };
  } finally {
    await fermer();
  }
}

async function mesurerPage(browser: Browser, base: string, url: string): Promise<{ cls: number; chargement: number }> {
  const { page, fermer } = await pageTelephone(browser, base);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: DELAI_MAX_MS });
    await page.waitForTimeout(APRES_CHARGEMENT_MS);
    return await page.evaluate(() => ({
      cls: (window as unknown as { __cls: number }).__cls,
      chargement: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? NaN,
    }));
  } finally {
    await fermer();
  }
}

const mediane = (valeurs: number[]) => {
  const v = [...valeurs].sort((a, b) => a - b);
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
};
const secondes = (ms: number) => `${new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ms / 1000)} s`;
const decimal = (x: number) => new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(x);

const server = await startServer();
const browser = await launchBrowser();
const fiche = premiereFiche();
const lignes: { mesure: string; valeur: string; cible: string; atteinte: boolean }[] = [];
try {
  const annuaire: Awaited<ReturnType<typeof mesurerAnnuaire>>[] = [];
  for (let i = 0; i < ESSAIS; i++) annuaire.push(await mesurerAnnuaire(browser, server.url));
  const tResultats = mediane(annuaire.map((m) => m.resultats));
  lignes.push({ mesure: `Résultats triés et utilisables, ${ADRESSE}`, valeur: secondes(tResultats), cible: '< 3 s', atteinte: tResultats < 3000 });
  lignes.push({ mesure: `Fin du chargement, ${ADRESSE}`, valeur: secondes(mediane(annuaire.map((m) => m.chargement))), cible: '', atteinte: true });
  const clsAnnuaire = mediane(annuaire.map((m) => m.cls));
  lignes.push({ mesure: `Décalages (CLS), ${ADRESSE}`, valeur: decimal(clsAnnuaire), cible: '< 0,1', atteinte: clsAnnuaire < 0.1 });

  for (const [nom, url] of [
    ['accueil', '/'],
    ['annuaire sans recherche', '/lieux/'],
    ['fiche lieu', fiche],
  ] as const) {
    const mesures: { cls: number; chargement: number }[] = [];
    for (let i = 0; i < ESSAIS; i++) mesures.push(await mesurerPage(browser, server.url, url));
    const cls = mediane(mesures.map((m) => m.cls));
    lignes.push({ mesure: `Fin du chargement, ${nom} (${url})`, valeur: secondes(mediane(mesures.map((m) => m.chargement))), cible: '', atteinte: true });
    lignes.push({ mesure: `Décalages (CLS), ${nom} (${url})`, valeur: decimal(cls), cible: '< 0,1', atteinte: cls < 0.1 });
  }
} finally {
  await browser.close();
  await server.close();
}

const charge = os.loadavg()[0]!;
const largeur = Math.max(...lignes.map((l) => l.mesure.length));
const texte = [
  `Téléphone émulé : ${TELEPHONE.width} × ${TELEPHONE.height}, processeur ÷ ${RALENTISSEMENT_PROCESSEUR}, réseau 1,6 Mbit/s, latence ${RESEAU.latency} ms, sans cache ; médiane de ${ESSAIS} essai(s).`,
  `Machine : ${os.cpus().length} cœur(s), charge moyenne ${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(charge)} à la fin (le ralentissement ÷ 4 s'ajoute à la charge : comparer des mesures prises sur une machine au repos).`,
  '',
  `${'Mesure'.padEnd(largeur)}  ${'Valeur'.padStart(8)}  Cible`,
  ...lignes.map((l) => `${l.mesure.padEnd(largeur)}  ${l.valeur.padStart(8)}  ${l.cible}${l.cible ? (l.atteinte ? ' : atteinte' : ' : MANQUÉE') : ''}`),
].join('\n');
console.log(texte);
mkdirSync(path.join(RACINE, 'bench', 'out'), { recursive: true });
writeFileSync(path.join(RACINE, 'bench', 'out', 'telephone.txt'), `${texte}\n`);
