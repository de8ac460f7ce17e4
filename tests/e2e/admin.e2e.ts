/**
 * L'interface d'édition `/admin/` (Decap CMS) sur le site construit : elle se charge depuis le
 * site lui-même (aucune requête vers un tiers), en mode essai (`/admin/?test`, dépôt en mémoire
 * de Decap), montre chaque champ du schéma des lieux dans le formulaire, cache les modèles
 * `_modele.md`, et n'ajoute rien au poids des pages publiques. Le mode essai est chargé avec le
 * contenu de démonstration ; on y change les horaires du samedi d'un lieu avec l'éditeur
 * d'horaires, on enregistre, et le fichier produit passe la validation de `check:content` ;
 * les horaires qu'affichera la fiche publique sont calculés avec les fonctions de la fiche.
 * Lancer `npm run build` avant.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { AIDE_CHAMPS, formeSchema } from '../../src/lib/contribution/champs.ts';
import { decrireChamps } from '../../src/lib/contenu/introspection.ts';
import { chargerCollectif, chargerFichiers, chargerFichiersPublics } from '../../src/lib/contenu/chargement.ts';
import { lireFrontmatter } from '../../src/lib/contenu/frontmatter.ts';
import { validerContenu } from '../../src/lib/contenu/validation.ts';
import { aujourdhuiParis } from '../../src/lib/commun/date.ts';
import { compilerHoraires } from '../../src/lib/horaires/compilation.ts';
import { semaineAffichee } from '../../src/lib/horaires/evaluation.ts';
import { SITE_DIR, newPage, siteEtNavigateur } from './harness.ts';

const site = siteEtNavigateur(SITE_DIR);

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

const RACINE = path.resolve(import.meta.dirname, '../..');

/** Problems `check:content` finds in the project when one file has the given text. */
function problemesAvec(chemin: string, texte: string): string[] {
  const lecture = lireFrontmatter(texte);
  assert.ok(lecture.ok, `le fichier produit doit se lire : ${lecture.ok ? '' : lecture.message}`);
  const fichiers = chargerFichiers(RACINE).map((f) => (f.chemin === chemin ? { ...f, donnees: lecture.donnees, corps: lecture.corps } : f));
  assert.ok(
    fichiers.some((f) => f.chemin === chemin),
    `${chemin} fait partie du contenu`,
  );
  const resultat = validerContenu({
    collectif: chargerCollectif(RACINE),
    fichiers,
    fichiersPublics: chargerFichiersPublics(RACINE),
    aujourdhui: aujourdhuiParis(),
  });
  return resultat.problemes.map((p) => `${p.fichier} › ${p.champ} : ${p.message}`);
}

/** The saved (not yet published) files of the trial mode: path → content. */
async function fichiersEnregistres(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const propositions = (window as unknown as { repoFilesUnpublished: Record<string, { diffs: { path: string; content: string }[] }> }).repoFilesUnpublished;
    return Object.fromEntries(Object.values(propositions).flatMap((p) => p.diffs.map((d) => [d.path, d.content])));
  });
}

async function ouvrirEssai(page: Page, ancre: string): Promise<void> {
  await page.goto('/admin/?test', { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.goto(`/admin/?test${ancre}`);
}

test('/admin/?test : chaque champ du schéma des lieux est dans le formulaire, sans requête vers un tiers', { timeout: 120_000 }, async (t) => {
  const { context, page, externalRequests } = await newPage(site.browser, { baseURL: site.server.url });
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
    else if (trouvee.includes('(optionnel)') === description.obligatoire)
      problemes.push(`${champ} : « ${trouvee} » ne dit pas qu'il est ${description.obligatoire ? 'obligatoire' : 'facultatif'}`);
  }
  assert.deepEqual(problemes, [], `champs du formulaire des lieux :\n${problemes.join('\n')}\nétiquettes trouvées : ${etiquettes.join(' | ')}`);
  assert.ok(await page.getByText('Mode essai : les modifications restent dans ce navigateur').isVisible(), 'le bandeau du mode essai est visible');
  assert.deepEqual(externalRequests, [], 'aucune requête vers un tiers : le CMS est servi par le site');
  assert.deepEqual(erreurs, [], 'aucune erreur JavaScript');
});

test('/admin/?test : les modèles _modele.md ne sont pas listés', { timeout: 120_000 }, async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url });
  t.after(() => context.close());
  await context.addInitScript((fichiers) => {
    (window as unknown as { repoFiles: unknown }).repoFiles = fichiers;
  }, DEPOT_ESSAI);

  await ouvrirEssai(page, '#/collections/lieux');
  await page.getByText('Lieu d’essai (Caen)').waitFor({ timeout: 30_000 });
  assert.equal(await page.getByText('Lieu du modèle').count(), 0, 'le modèle ne doit pas être listé');
});

test('/admin/?test : le contenu de démonstration est chargé ; les horaires du samedi changés avec l’éditeur donnent un fichier valide et la fiche les affiche', {
  timeout: 180_000,
}, async (t) => {
  const { context, page, externalRequests } = await newPage(site.browser, {
    baseURL: site.server.url,
    locale: 'fr-FR',
    viewport: { width: 1280, height: 900 },
  });
  t.after(() => context.close());
  const erreurs: string[] = [];
  page.on('pageerror', (e) => erreurs.push(e.message));
  const chemin = 'content/lieux/ccas-bayeux.md';
  const avant = readFileSync(path.join(RACINE, chemin), 'utf8');
  assert.match(avant, /^horaires: "Mo-Fr 09:00-12:00,13:30-17:00; PH off"$/m, 'le lieu de démonstration a les horaires attendus par ce test');

  await ouvrirEssai(page, '#/collections/lieux');
  await page.getByText('Thue et Mue Entraide numérique (Thue et Mue)').waitFor({ timeout: 60_000 });
  await page.goto('/admin/?test#/collections/lieux/entries/ccas-bayeux');
  const editeur = page.locator('.widget-horaires');
  await editeur.waitFor({ timeout: 60_000 });
  const samedi = editeur.getByRole('group', { name: 'Samedi' });
  await samedi.getByLabel('Ouvert le samedi').check();
  await samedi.getByLabel('samedi, plage 1, ouverture').fill('10:00');
  await samedi.getByLabel('samedi, plage 1, fermeture').fill('12:30');
  const valeurAttendue = 'Mo-Fr 09:00-12:00,13:30-17:00; Sa 10:00-12:30; PH off';
  assert.equal(await editeur.getByLabel('Horaires au format OpenStreetMap (rempli par les cases)').inputValue(), valeurAttendue);
  const apercu = editeur.getByRole('region', { name: 'Ce que verra le public' });
  assert.equal((await apercu.getByRole('row', { name: /^Samedi/ }).innerText()).replace(/\s+/g, ' ').trim(), 'Samedi 10 h 00 – 12 h 30');

  // Un champ facultatif rempli puis vidé : Decap le garderait vide (« "" »), que check:content refuse.
  const telephone = page.getByLabel('Téléphone', { exact: false }).first();
  await telephone.fill('02 31 00 00 00');
  await telephone.fill('');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText('Entrée enregistrée').waitFor({ timeout: 30_000 });
  const enregistres = await fichiersEnregistres(page);
  const apres = enregistres[chemin];
  assert.ok(apres, `le fichier ${chemin} est enregistré (fichiers : ${Object.keys(enregistres).join(', ')})`);
  const lecture = lireFrontmatter(apres);
  assert.ok(lecture.ok);
  assert.equal((lecture.donnees as { horaires: string }).horaires, valeurAttendue, 'le fichier contient les nouveaux horaires');
  assert.equal('telephone' in (lecture.donnees as object), false, 'un champ vidé est laissé hors du fichier');
  assert.deepEqual(problemesAvec(chemin, apres), [], 'le fichier produit passe la validation de check:content');
  // La fiche publique affiche le tableau de semaineAffichee(compilerHoraires(horaires)) (TableauHoraires.astro).
  const compiles = compilerHoraires(valeurAttendue, '14', aujourdhuiParis());
  assert.ok(compiles);
  assert.deepEqual(semaineAffichee(compiles.compacts.s)[5], { jour: 'samedi', texte: '10 h 00 – 12 h 30', ouvert: true });
  assert.deepEqual(externalRequests, [], 'aucune requête vers un tiers');
  assert.deepEqual(erreurs, [], 'aucune erreur JavaScript');
});

test('/admin/?test : l’éditeur d’horaires convertit le français et refuse d’enregistrer ce que check:content refuserait', { timeout: 180_000 }, async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  t.after(() => context.close());
  await ouvrirEssai(page, '#/collections/lieux');
  await page.getByText('Thue et Mue Entraide numérique (Thue et Mue)').waitFor({ timeout: 60_000 });
  await page.goto('/admin/?test#/collections/lieux/entries/ccas-bayeux');
  const editeur = page.locator('.widget-horaires');
  await editeur.waitFor({ timeout: 60_000 });

  await editeur.getByLabel('Écrire les horaires en français (facultatif)').fill('du lundi au vendredi de 9h à 12h et de 14h à 17h, fermé les jours fériés');
  await editeur.getByRole('button', { name: 'Convertir' }).click();
  const champ = editeur.getByLabel('Horaires au format OpenStreetMap (rempli par les cases)');
  assert.equal(await champ.inputValue(), 'Mo-Fr 09:00-12:00,14:00-17:00; PH off');
  assert.ok(await editeur.getByRole('group', { name: 'Mercredi' }).getByLabel('Ouvert le mercredi').isChecked(), 'les cases suivent la conversion');

  await editeur.getByLabel('Écrire les horaires en français (facultatif)').fill('le matin');
  await editeur.getByRole('button', { name: 'Convertir' }).click();
  await editeur.getByText('Pas converti : « matin » ne donne pas d’heures précises.').waitFor();

  await champ.fill('lundi 9h-12h');
  const message = "« lundi 9h-12h » n'est pas au format OpenStreetMap (exemple : Mo-Fr 09:00-12:00) ; vouliez-vous dire « Mo 09:00-12:00 » ?";
  await editeur.getByText(message).first().waitFor();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  // Decap montre le message du widget et n'enregistre rien.
  await page.getByText(message).nth(1).waitFor({ timeout: 10_000 });
  assert.deepEqual(Object.keys(await fichiersEnregistres(page)), [], 'rien n’est enregistré');
});

test('/admin/?test : un champ que le schéma refuse (code postal à 4 chiffres) empêche l’enregistrement, avec le message du schéma', {
  timeout: 180_000,
}, async (t) => {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url, locale: 'fr-FR' });
  t.after(() => context.close());
  await ouvrirEssai(page, '#/collections/lieux');
  await page.getByText('Thue et Mue Entraide numérique (Thue et Mue)').waitFor({ timeout: 60_000 });
  await page.goto('/admin/?test#/collections/lieux/entries/ccas-bayeux');
  await page.locator('.widget-horaires').waitFor({ timeout: 60_000 });
  await page.getByLabel('Code postal', { exact: false }).first().fill('4400');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText(/à corriger avant d’enregistrer : Code postal : « 4400 »/).waitFor({ timeout: 15_000 });
  assert.deepEqual(Object.keys(await fichiersEnregistres(page)), [], 'rien n’est enregistré');
});

test('/admin/config.yml est servi, généré depuis les schémas, avec le mode essai à part', async () => {
  const reponse = await fetch(`${site.server.url}/admin/config.yml`);
  assert.equal(reponse.status, 200);
  const config = parse(await reponse.text()) as {
    backend: { name: string };
    publish_mode: string;
    essai: { backend: { name: string } };
    collections: { name: string }[];
  };
  assert.notEqual(config.backend.name, 'test-repo', 'la configuration réelle ne doit pas utiliser le dépôt d’essai');
  assert.equal(config.publish_mode, 'editorial_workflow', 'les modifications passent par une proposition relue');
  assert.equal(config.essai.backend.name, 'test-repo');
  assert.deepEqual(
    config.collections.map((c) => c.name),
    ['lieux', 'membres', 'actualites', 'ressources', 'reunions', 'groupes', 'documents'],
  );
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
  assert.ok(
    publics.some((f) => f.endsWith('.html')),
    'le site construit a des pages publiques',
  );
});
