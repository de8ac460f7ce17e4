/**
 * L'interface d'édition `/admin/` (Decap CMS) sur le site construit : elle se charge depuis le
 * site lui-même (aucune requête vers un tiers), en mode essai (`/admin/?test`, dépôt en mémoire
 * de Decap), montre chaque champ du schéma des lieux dans le formulaire, cache les modèles
 * `_modele.md`, et n'ajoute rien au poids des pages publiques.
 * Lancer `npm run build` avant.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { AIDE_CHAMPS, formeSchema } from '../../src/lib/contribution/champs.ts';
import { decrireChamps } from '../../src/lib/contenu/introspection.ts';
import { SITE_DIR, launchBrowser, newPage, startServer, type StaticServer } from './harness.ts';

let server: StaticServer;
let browser: Browser;

before(async () => {
  server = await startServer(SITE_DIR);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Fichiers du dépôt d'essai de Decap (`window.repoFiles`, indexé par dossier de collection) :
 * un modèle et un vrai lieu.
 */
const DEPOT_ESSAI = {
  'content/lieux': {
    '_modele.md': { content: '---\nid: "modele-de-lieu"\nnom: "Lieu du modèle"\ncommune: "Modèle"\n---\n' },
    'lieu-d-essai.md': { content: '---\nid: "lieu-d-essai"\nnom: "Lieu d’essai"\ncommune: "Caen"\n---\n' },
  },
};

async function ouvrirEssai(page: Page, ancre: string): Promise<void> {
  await page.goto('/admin/?test', { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.goto(`/admin/?test${ancre}`);
}

test('/admin/?test : chaque champ du schéma des lieux est dans le formulaire, sans requête vers un tiers', { timeout: 120_000 }, async (t) => {
  const { context, page, externalRequests } = await newPage(browser, { baseURL: server.url });
  t.after(() => context.close());
  const erreurs: string[] = [];
  page.on('pageerror', (e) => erreurs.push(e.message));

  await ouvrirEssai(page, '#/collections/lieux/new');
  await page.getByText('Écriture dans la collection Lieux').waitFor({ timeout: 30_000 });
  // Le texte d'origine des étiquettes (Decap les met en capitales par CSS).
  const etiquettes = (await page.locator('label').allTextContents()).map((e) => e.trim());
  const champs = decrireChamps(formeSchema('lieux'));
  assert.equal(Object.keys(champs).length, 32, 'le schéma des lieux a 32 champs (31 colonnes du standard et membre)');
  const problemes: string[] = [];
  for (const [champ, description] of Object.entries(champs)) {
    const libelle = AIDE_CHAMPS.lieux[champ]!.libelle;
    const trouvee = etiquettes.find((e) => e === libelle || e.startsWith(`${libelle} (`));
    if (!trouvee) problemes.push(`${champ} : étiquette « ${libelle} » absente`);
    else if (trouvee.includes('(optionnel)') === description.obligatoire) problemes.push(`${champ} : « ${trouvee} » ne dit pas qu'il est ${description.obligatoire ? 'obligatoire' : 'facultatif'}`);
  }
  assert.deepEqual(problemes, [], `champs du formulaire des lieux :\n${problemes.join('\n')}\nétiquettes trouvées : ${etiquettes.join(' | ')}`);
  assert.ok(await page.getByText('Mode essai : les modifications restent dans ce navigateur').isVisible(), 'le bandeau du mode essai est visible');
  assert.deepEqual(externalRequests, [], 'aucune requête vers un tiers : le CMS est servi par le site');
  assert.deepEqual(erreurs, [], 'aucune erreur JavaScript');
});

test('/admin/?test : les modèles _modele.md ne sont pas listés', { timeout: 120_000 }, async (t) => {
  const { context, page } = await newPage(browser, { baseURL: server.url });
  t.after(() => context.close());
  await context.addInitScript((fichiers) => {
    (window as unknown as { repoFiles: unknown }).repoFiles = fichiers;
  }, DEPOT_ESSAI);

  await ouvrirEssai(page, '#/collections/lieux');
  await page.getByText('Lieu d’essai (Caen)').waitFor({ timeout: 30_000 });
  assert.equal(await page.getByText('Lieu du modèle').count(), 0, 'le modèle ne doit pas être listé');
});

test('/admin/config.yml est servi, généré depuis les schémas, avec le mode essai à part', async () => {
  const reponse = await fetch(`${server.url}/admin/config.yml`);
  assert.equal(reponse.status, 200);
  const config = parse(await reponse.text()) as { backend: { name: string }; publish_mode: string; essai: { backend: { name: string } }; collections: { name: string }[] };
  assert.notEqual(config.backend.name, 'test-repo', 'la configuration réelle ne doit pas utiliser le dépôt d’essai');
  assert.equal(config.publish_mode, 'editorial_workflow', 'les modifications passent par une proposition relue');
  assert.equal(config.essai.backend.name, 'test-repo');
  assert.deepEqual(config.collections.map((c) => c.name), ['lieux', 'membres', 'actualites', 'ressources', 'reunions', 'groupes', 'documents']);
});

/** Tous les fichiers sous un dossier, chemins relatifs. */
function fichiersSous(dossier: string, prefixe = ''): string[] {
  return readdirSync(path.join(dossier, prefixe)).flatMap((nom) => {
    const relatif = path.join(prefixe, nom);
    return statSync(path.join(dossier, relatif)).isDirectory() ? fichiersSous(dossier, relatif) : [relatif];
  });
}

test('/admin/ n’ajoute rien au poids des pages publiques', () => {
  const cms = path.join(SITE_DIR, 'admin', 'cms', 'decap-cms.js');
  assert.ok(existsSync(cms), `${cms} manque : le script du CMS doit être copié depuis le paquet npm à la construction`);
  const publics = fichiersSous(SITE_DIR).filter((f) => !f.startsWith(`admin${path.sep}`));
  const fautifs = publics.filter((f) => {
    if (!/\.(html|js|css)$/.test(f)) return false;
    const texte = readFileSync(path.join(SITE_DIR, f), 'utf8');
    return /admin\/cms\/|decap-cms|CMS_MANUAL_INIT/.test(texte);
  });
  assert.deepEqual(fautifs, [], 'aucune page ni ressource publique ne charge le CMS');
  assert.ok(publics.some((f) => f.endsWith('.html')), 'le site construit a des pages publiques');
});
