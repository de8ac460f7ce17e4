/**
 * Start of the editing interface, once Decap's script (a classic script, loaded before this
 * module) has defined `window.CMS`: registers the hours widget, hides the `_modele.md`
 * templates, and in trial mode (`/admin/?test`) loads the demonstration content into Decap's
 * in-memory `test-repo` backend before starting.
 */
import { STYLES_WIDGET, enregistrerWidgetHoraires, type DecapGlobal } from './_widget-horaires.ts';
import { problemesFormulaire, sansChampsVides } from '../../lib/contribution/verification-formulaire.ts';
import type { NomCollection } from '../../lib/contenu/collections.ts';
import { aujourdhuiParis } from '../../lib/commun/date.ts';

type Dossier = { [nom: string]: Dossier | { content: string } };
interface Backend {
  init: (...args: unknown[]) => Record<string, unknown>;
}
/** What this file uses of Decap's Immutable entries. */
interface Immuable {
  get(cle: string): unknown;
  toJS(): Record<string, unknown>;
  filter(garder: (valeur: unknown) => boolean): Immuable;
  map(changer: (valeur: unknown) => unknown): Immuable;
}
interface Fenetre {
  CMS: DecapGlobal & {
    getBackend(nom: string): Backend | undefined;
    init(): void;
    registerEventListener(ecouteur: { name: string; handler: (evenement: { entry: Immuable }) => unknown }): void;
  };
  createClass: (spec: Record<string, unknown>) => unknown;
  h: (...args: never[]) => unknown;
  CMS_ENV?: string;
  repoFiles?: Dossier;
}
const fenetre = window as unknown as Fenetre;
const CMS = fenetre.CMS;

/** The `_modele.md` templates sit in the collection folders: hidden from lists and relations, as the site's build does. */
function sansModeles<T extends { file?: { path?: string }; path?: string }>(entrees: T[]): T[] {
  return entrees.filter((e) => (e.file?.path || e.path || '').split('/').pop()!.charAt(0) !== '_');
}

for (const nom of ['github', 'gitlab', 'gitea', 'test-repo']) {
  const inscrit = CMS.getBackend(nom);
  if (!inscrit) continue;
  const creer = inscrit.init;
  inscrit.init = (...args: unknown[]) => {
    const instance = creer(...args);
    for (const methode of ['entriesByFolder', 'allEntriesByFolder']) {
      const initiale = instance[methode];
      if (typeof initiale !== 'function') continue;
      instance[methode] = (...a: unknown[]) => Promise.resolve(initiale.apply(instance, a)).then(sansModeles);
    }
    return instance;
  };
}

/**
 * `test-repo` lists a folder collection under its full path (`content/lieux`) but opens and
 * saves entries by path segment: both keys must hold the same object, so that a saved entry
 * shows in the list (JSON cannot share objects, so it is done here).
 */
function relierDossiers(arbre: Dossier): Dossier {
  for (const [dossier, fichiers] of Object.entries((arbre['content'] as Dossier | undefined) ?? {})) arbre[`content/${dossier}`] = fichiers;
  return arbre;
}

/**
 * Before saving: empty fields left out of the file, then the entry's schema. Throwing stops the
 * save; Decap shows the message (« Impossible d'enregistrer l'entrée : … »).
 */
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const collection = String(entry.get('collection'));
    // The charter and the convention are the two files of the « documents » collection.
    const nom = (collection === 'documents' ? String(entry.get('slug')) : collection) as NomCollection;
    const estVide = (v: unknown) =>
      v === '' || v === null || v === undefined || (typeof v === 'object' && v !== null && 'size' in v && (v as { size: number }).size === 0);
    const donnees = (entry.get('data') as Immuable)
      .map((v) => (typeof v === 'object' && v !== null && 'push' in v ? (v as unknown as Immuable).filter((x) => !estVide(x)) : v)) // lists
      .filter((v) => !estVide(v));
    const problemes = problemesFormulaire(nom, sansChampsVides(donnees.toJS()), aujourdhuiParis());
    if (problemes.length > 0) throw new Error(`à corriger avant d’enregistrer : ${problemes.join(' ; ')}`);
    return donnees;
  },
});

const style = document.createElement('style');
style.textContent = STYLES_WIDGET;
document.head.append(style);
enregistrerWidgetHoraires(CMS, fenetre.createClass, fenetre.h as never);

async function demarrer(): Promise<void> {
  const racine = document.documentElement;
  if (new URLSearchParams(window.location.search).has('test')) {
    fenetre.CMS_ENV = racine.dataset['envEssai'] ?? 'essai';
    document.getElementById('bandeau-essai')!.hidden = false;
    document.title = `Mode essai – ${document.title}`;
    // Decap's script sets `repoFiles` to `{}` when it loads; files set by a test before the
    // page loads are kept as they are.
    if (Object.keys(fenetre.repoFiles ?? {}).length === 0) {
      try {
        const reponse = await fetch(racine.dataset['depotEssai']!);
        fenetre.repoFiles = relierDossiers((await reponse.json()) as Dossier);
      } catch {
        // Without the demonstration content the trial mode still works, empty.
      }
    }
  }
  // No configuration object here: Decap reads config.yml (link rel="cms-config-url").
  CMS.init();
}

void demarrer();
