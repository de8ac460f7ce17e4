/**
 * Pages du collectif sur le site construit : accessibilité (axe, zéro violation) de chaque type
 * de page, valeurs calculées (calendrier de la convention, membres à la date de génération,
 * quorum, secrétariat, réunions à venir), filtres avec et sans JavaScript, impression, et
 * fichiers générés relus strictement (.ics par ical.js, flux RSS par le DOMParser XML du
 * navigateur, CSV par un lecteur RFC 4180).
 *
 * Rien n'est écrit en dur : les attentes sont calculées depuis `content/` avec les fonctions de
 * `src/lib/`, à la date de génération inscrite dans les pages (`data-date-generation`). Les tests
 * passent donc sur un autre contenu. Lancer `npm run build` avant.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { historiqueParties, membresLe, repartirMembres, texteQuorum } from '../../src/lib/collectif/adhesion.ts';
import { repartirReunions } from '../../src/lib/collectif/agenda.ts';
import { calendrierConvention } from '../../src/lib/collectif/convention.ts';
import { productionsGroupe } from '../../src/lib/collectif/productions.ts';
import { formaterDate } from '../../src/lib/commun/format.ts';
import { cleEtiquette, regrouperParEtiquette } from '../../src/lib/collectif/sections.ts';
import { binomeEnFonction } from '../../src/lib/collectif/secretariat.ts';
import { verifierDossier } from '../../src/lib/contenu/verification.ts';
import { instantParis, lireCsv, verifierIcs } from './collectif-verifications.ts';
import { SITE_DIR, checkA11y, formatViolations, launchBrowser, newPage, startServer, type StaticServer } from './harness.ts';

const RACINE = fileURLToPath(new URL('../../', import.meta.url));

/* ---------------------------------------------------------------------------------------- */
/* Le contenu, validé comme pour la construction                                            */
/* ---------------------------------------------------------------------------------------- */

const { contenu, problemes } = verifierDossier(RACINE);
if (problemes.length > 0 || !contenu.collectif) throw new Error(`Contenu invalide : lancez npm run check:content (${problemes.length} problème(s))`);
const collectif = contenu.collectif;

interface Membre {
  id: string;
  data: { nom: string; type: string; roles: string[]; date_adhesion: string; date_sortie?: string; signataire: boolean };
}
interface Reunion {
  id: string;
  corps: string;
  data: { titre: string; type: string; groupe?: string; debut: string; fin: string; lieu: string; ordre_du_jour: string[] };
}
interface Ressource {
  id: string;
  data: { titre: string; type: string; themes: string[]; lien?: string; fichier?: string; auteur: string; date: string };
}
interface Actualite {
  id: string;
  data: { titre: string; date: string; publics: string[] };
}
interface Groupe {
  id: string;
  data: { nom: string; pilotes: string[]; participants: string[]; livrables: string[] };
}
interface Lieu {
  id: string;
  data: { membre?: string };
}
const entrees = <T>(nom: keyof typeof contenu.entrees): T[] =>
  contenu.entrees[nom]
    .map((e) => ({ id: e.id, corps: e.corps, data: e.donnees }) as unknown as T)
    .sort((a, b) => ((a as { id: string }).id < (b as { id: string }).id ? -1 : 1));
const membres = entrees<Membre>('membres');
const reunions = entrees<Reunion>('reunions');
const ressources = entrees<Ressource>('ressources');
const actualites = entrees<Actualite>('actualites');
const groupes = entrees<Groupe>('groupes');
const lieux = entrees<Lieu>('lieux');

/** Adresse du site construite → chemin local servi par le serveur de test. */
const cheminLocal = (adresse: string) => new URL(adresse).pathname;

/* ---------------------------------------------------------------------------------------- */
/* Navigateur et serveur                                                                    */
/* ---------------------------------------------------------------------------------------- */

let server: StaticServer;
let browser: Browser;
/** Date de génération lue sur la page d'accueil : toutes les attentes « au … » en dépendent. */
let dateGeneration = '';

before(async () => {
  server = await startServer(SITE_DIR);
  browser = await launchBrowser();
  const accueil = readFileSync(path.join(SITE_DIR, 'index.html'), 'utf8');
  const m = /data-date-generation="(\d{4}-\d{2}-\d{2})"/.exec(accueil);
  assert.ok(m, 'la page d’accueil doit indiquer sa date de génération (data-date-generation)');
  dateGeneration = m[1]!;
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Ouvre une page du site (JavaScript actif par défaut), vérifie le statut 200 et l'absence de tiers. */
async function ouvrir(
  t: { after: (fn: () => Promise<void>) => void },
  url: string,
  options: { javaScriptEnabled?: boolean; attendre?: 'load' | 'networkidle' } = {},
): Promise<Page> {
  const { attendre = 'load', ...contexte } = options;
  const { context, page, externalRequests } = await newPage(browser, { baseURL: server.url, ...contexte });
  t.after(async () => {
    assert.deepEqual(externalRequests, [], `${url} : requêtes vers des tiers`);
    await context.close();
  });
  // The pages' scripts are modules, run before `load`; axe waits for the network to settle.
  const reponse = await page.goto(url, { waitUntil: attendre });
  assert.equal(reponse?.status(), 200, `${url} doit répondre 200`);
  return page;
}

const texte = async (page: Page, selecteur: string) => ((await page.locator(selecteur).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
const attributs = (page: Page, selecteur: string, nom: string) => page.locator(selecteur).evaluateAll((els, n) => els.map((e) => e.getAttribute(n) ?? ''), nom);

/* ---------------------------------------------------------------------------------------- */
/* Accessibilité de chaque type de page                                                      */
/* ---------------------------------------------------------------------------------------- */

const premier = <T extends { id: string }>(liste: T[], filtre: (e: T) => boolean = () => true) => liste.find(filtre)?.id;
const ancienMembre = () => premier(membres, (m) => m.data.date_sortie !== undefined && m.data.date_sortie <= dateGeneration);
const reunionAvecCompteRendu = () => premier(reunions, (r) => r.corps.trim() !== '');
const themes = regrouperParEtiquette(ressources, (r) => r.data.themes);

const PAGES: { nom: string; url: () => string | undefined }[] = [
  { nom: 'accueil', url: () => '/' },
  { nom: 'charte', url: () => '/charte/' },
  { nom: 'convention', url: () => '/convention/' },
  { nom: 'le collectif', url: () => '/collectif/' },
  { nom: 'rejoindre', url: () => '/rejoindre/' },
  { nom: 'index des membres', url: () => '/membres/' },
  { nom: 'page membre', url: () => `/membres/${premier(membresLe(membres, dateGeneration))}/` },
  { nom: 'page d’un ancien membre', url: () => (ancienMembre() ? `/membres/${ancienMembre()}/` : undefined) },
  { nom: 'membres par rôle', url: () => '/membres/roles/animateur/' },
  { nom: 'liste imprimable des membres', url: () => '/membres/liste/' },
  { nom: 'index des groupes', url: () => '/groupes/' },
  { nom: 'page groupe', url: () => (groupes[0] ? `/groupes/${groupes[0].id}/` : undefined) },
  { nom: 'index des réunions', url: () => '/reunions/' },
  { nom: 'page réunion', url: () => (reunions[0] ? `/reunions/${reunions[0].id}/` : undefined) },
  { nom: 'page réunion avec compte rendu', url: () => (reunionAvecCompteRendu() ? `/reunions/${reunionAvecCompteRendu()}/` : undefined) },
  { nom: 'index des actualités', url: () => '/actualites/' },
  { nom: 'page actualité', url: () => (actualites[0] ? `/actualites/${actualites[0].id}/` : undefined) },
  { nom: 'centre de ressources', url: () => '/ressources/' },
  { nom: 'page ressource', url: () => (ressources[0] ? `/ressources/${ressources[0].id}/` : undefined) },
  { nom: 'ressources par thème', url: () => (themes[0] ? `/ressources/themes/${themes[0].cle}/` : undefined) },
  { nom: 'veille', url: () => '/ressources/veille/' },
];

describe('accessibilité des pages du collectif (axe WCAG 2.1 A et AA)', () => {
  for (const { nom, url } of PAGES) {
    test(nom, { timeout: 60_000 }, async (t) => {
      const adresse = url();
      if (adresse === undefined) {
        // Le contenu n'a pas ce cas (par exemple aucun ancien membre) : rien à auditer, et on le dit.
        t.diagnostic(`aucune page « ${nom} » dans ce contenu`);
        return;
      }
      const page = await ouvrir(t, adresse, { attendre: 'networkidle' });
      assert.equal(await page.locator('h1').count(), 1, `${adresse} : un seul <h1>`);
      const violations = await checkA11y(page);
      assert.equal(violations.length, 0, `${adresse} :\n${formatViolations(violations)}`);
    });
  }
});

/* ---------------------------------------------------------------------------------------- */
/* Accueil, convention, collectif, adhésion                                                  */
/* ---------------------------------------------------------------------------------------- */

describe('valeurs calculées depuis la convention', () => {
  test('accueil : statut de la convention, secrétariat, trois missions, trois dernières actualités', async (t) => {
    const page = await ouvrir(t, '/');
    const calendrier = calendrierConvention(collectif.convention, dateGeneration);
    assert.equal(await page.locator('[data-etat-convention]').getAttribute('data-etat-convention'), calendrier.etat);
    assert.match(await texte(page, '[data-etat-convention]'), new RegExp(formaterDate(dateGeneration)));

    const binome = binomeEnFonction(collectif.animateurs, dateGeneration);
    assert.deepEqual((await attributs(page, '[data-animateur]', 'data-animateur')).sort(), binome ? [...binome.binome.membres].sort() : []);

    assert.deepEqual(await attributs(page, '[data-mission]', 'data-mission'), ['coordonner', 'communiquer', 'outiller']);
    for (const href of ['/lieux/', '/membres/', '/ressources/', '/actualites/']) {
      assert.ok((await page.locator(`[data-mission] a[href="${href}"]`).count()) > 0, `point d’entrée ${href} manquant`);
    }

    const attendues = [...actualites].sort((a, b) => b.data.date.localeCompare(a.data.date)).slice(0, 3);
    const titres = await page.locator('#actualites ~ ul h3').allTextContents();
    assert.equal(titres.length, attendues.length);
    // À date égale l'ordre n'est pas fixé : on compare les dates, puis les titres comme ensemble.
    const datesAffichees = await attributs(page, '#actualites ~ ul time', 'datetime');
    assert.deepEqual(
      datesAffichees,
      attendues.map((a) => a.data.date),
    );
  });

  test('convention : périodes, fin actuelle, avenants datés', async (t) => {
    const page = await ouvrir(t, '/convention/');
    const calendrier = calendrierConvention(collectif.convention, dateGeneration);

    assert.deepEqual(
      await attributs(page, '.calendrier-convention tbody tr', 'data-statut'),
      calendrier.periodes.map((p) => p.statut),
    );
    assert.equal(await page.locator('[data-fin-actuelle]').getAttribute('datetime'), calendrier.finActuelle);
    assert.deepEqual(
      await attributs(page, '[data-avenant]', 'data-avenant'),
      calendrier.avenants.map((a) => a.date),
    );
    assert.equal(calendrier.periodes.length, collectif.convention.reconductions_max + 1);
  });

  test('convention : signataires d’origine à la date de signature, puis adhésions et sorties datées', async (t) => {
    const page = await ouvrir(t, '/convention/');
    const signature = collectif.convention.date_signature;
    const h = historiqueParties(membres, signature, dateGeneration);
    const ids = (liste: readonly Membre[]) => liste.map((m) => m.id);

    // L'en-tête ne prétend plus que « l'ensemble des parties » actuelles a signé ce jour-là.
    const entete = await texte(page, 'h1 + .meta');
    assert.doesNotMatch(entete, /ensemble des parties/);
    assert.match(entete, new RegExp(`Signée le ${formaterDate(signature)}.* par ${h.signatairesOrigine.length} organisations`));

    assert.equal(await page.locator('#signataires-origine time').getAttribute('datetime'), signature);
    assert.deepEqual((await attributs(page, '[data-signataire-origine]', 'data-signataire-origine')).sort(), ids(h.signatairesOrigine).sort());
    // Adhésions et sorties dans l'ordre des dates, chacune avec sa date.
    assert.deepEqual(await attributs(page, '[data-adhesion]', 'data-adhesion'), ids(h.adhesions));
    assert.deepEqual(
      await attributs(page, '[data-adhesion] time', 'datetime'),
      h.adhesions.map((m) => m.data.date_adhesion),
    );
    assert.deepEqual(await attributs(page, '[data-depart]', 'data-depart'), ids(h.departs));
    assert.deepEqual(
      await attributs(page, '[data-depart] time:first-child', 'datetime'),
      h.departs.map((m) => m.data.date_sortie!),
    );
    assert.deepEqual(await attributs(page, '[data-adhesion-prevue]', 'data-adhesion-prevue'), ids(h.adhesionsPrevues));
    assert.deepEqual(await attributs(page, '[data-signature-attendue]', 'data-signature-attendue'), ids(h.signaturesAttendues));

    // Chaque signataire d'origine a adhéré au plus tard le jour de la signature, chaque adhésion après.
    for (const m of h.signatairesOrigine) assert.ok(m.data.date_adhesion <= signature, m.id);
    for (const m of h.adhesions) assert.ok(m.data.date_adhesion > signature, m.id);
    // Le nombre de parties annoncé est celui des membres signataires à la date de génération.
    const parties = membresLe(membres, dateGeneration).filter((m) => m.data.signataire).length;
    assert.match(await texte(page, '#parties + p'), new RegExp(`${parties} organisations? (sont|est) parties?`));
    // Le contenu de démonstration a les trois cas, pour que ce test vérifie quelque chose.
    assert.ok(
      h.signatairesOrigine.length > 0 && h.adhesions.length > 0 && h.departs.length > 0,
      'démonstration : signataires d’origine, adhésions et sorties attendus',
    );
  });

  test('charte et convention imprimables : sommaire vers des ancres existantes, navigation masquée à l’impression', async (t) => {
    for (const url of ['/charte/', '/convention/']) {
      const page = await ouvrir(t, url);
      const ancres = await attributs(page, '.sommaire a', 'href');
      assert.ok(ancres.length > 0, `${url} : sommaire vide`);
      for (const ancre of ancres)
        assert.equal(await page.locator(`[id="${decodeURIComponent(ancre.slice(1))}"]`).count(), 1, `${url} : ancre ${ancre} introuvable`);
      assert.ok(await page.locator('bouton-imprimer button').isVisible(), `${url} : bouton Imprimer absent avec JavaScript`);
      await page.emulateMedia({ media: 'print' });
      for (const selecteur of ['nav[aria-label="Navigation principale"]', 'footer', 'bouton-imprimer']) {
        assert.equal(await page.locator(selecteur).first().isVisible(), false, `${url} : ${selecteur} ne doit pas être imprimé`);
      }
      assert.ok(await page.locator('h1').isVisible());
    }
  });

  test('rejoindre : procédure de l’article 3 et quorum calculé sur les membres actuels', async (t) => {
    const page = await ouvrir(t, '/rejoindre/');
    const n = membresLe(membres, dateGeneration).length;
    assert.equal(await texte(page, '[data-quorum]'), texteQuorum(n));
    assert.equal(await page.locator('ol.etapes > li').count(), 4);
    assert.ok((await page.locator(`a[href^="mailto:${collectif.secretariat.courriel}"]`).count()) > 0);
    assert.ok((await page.locator('a[href="/convention/"]').count()) > 0);
  });

  test('le collectif : binôme en fonction et historique de chaque année', async (t) => {
    const page = await ouvrir(t, '/collectif/');
    const binome = binomeEnFonction(collectif.animateurs, dateGeneration);
    if (binome) assert.equal(await page.locator('[data-secretariat-annee]').getAttribute('data-secretariat-annee'), String(binome.binome.annee));
    const annees = (await page.locator('.historique-secretariat tbody th').allTextContents()).map(Number);
    assert.deepEqual(
      annees,
      collectif.animateurs.map((b) => b.annee).sort((a, b) => b - a),
    );
  });
});

/* ---------------------------------------------------------------------------------------- */
/* Membres                                                                                   */
/* ---------------------------------------------------------------------------------------- */

describe('membres', () => {
  test('index : membres actuels groupés par type, anciens membres à part', async (t) => {
    const page = await ouvrir(t, '/membres/');
    const { actuels, anciens } = repartirMembres(membres, dateGeneration);
    const cartes = await page.locator('#liste-membres [data-filtre]').evaluateAll((els) => els.map((e) => e.querySelector('a')?.getAttribute('href') ?? ''));
    assert.deepEqual(cartes.sort(), actuels.map((m) => `/membres/${m.id}/`).sort());
    assert.deepEqual(
      await attributs(page, '[data-ancien-membre]', 'data-ancien-membre'),
      anciens.map((m) => m.id),
    );
    // Chaque section d'un type ne contient que des membres de ce type.
    for (const section of await page.locator('#liste-membres section').all()) {
      const type = ((await section.getAttribute('aria-labelledby')) ?? '').replace(/^type-/, '');
      assert.deepEqual([...new Set(await section.locator('[data-filtre]').evaluateAll((els) => els.map((e) => e.getAttribute('data-type'))))], [type]);
    }
  });

  test('filtre par type et par rôle avec JavaScript, adresse partageable', async (t) => {
    const page = await ouvrir(t, '/membres/');
    const actuels = membresLe(membres, dateGeneration);
    const type = actuels[0]!.data.type;
    const role = actuels[0]!.data.roles[0]!;
    const visibles = () =>
      page.locator('#liste-membres [data-filtre]:visible').evaluateAll((els) => els.map((e) => e.querySelector('a')?.getAttribute('href')));

    await page.selectOption('select[name="type"]', type);
    assert.deepEqual(
      (await visibles()).sort(),
      actuels
        .filter((m) => m.data.type === type)
        .map((m) => `/membres/${m.id}/`)
        .sort(),
    );
    assert.match(page.url(), new RegExp(`[?&]type=${type}`));
    assert.match(await texte(page, 'filtre-liste [role="status"]'), /^\d+ membres? affichés? sur \d+\.$/);

    await page.selectOption('select[name="roles"]', role);
    assert.deepEqual(
      (await visibles()).sort(),
      actuels
        .filter((m) => m.data.type === type && m.data.roles.includes(role))
        .map((m) => `/membres/${m.id}/`)
        .sort(),
    );
    assert.equal(await page.locator('#liste-membres section:visible').count(), 1, 'seule la section du type choisi reste visible');

    await page.click('filtre-liste button[type="reset"]');
    await page.waitForFunction(() => !window.location.search.includes('type='));
    assert.equal((await visibles()).length, actuels.length);

    const partage = await ouvrir(t, `/membres/?roles=${role}`);
    assert.equal(await partage.locator('select[name="roles"]').inputValue(), role);
    assert.equal(await partage.locator('#liste-membres [data-filtre]:visible').count(), actuels.filter((m) => m.data.roles.includes(role)).length);
  });

  test('sans JavaScript : liste complète, formulaire masqué, pages par rôle', async (t) => {
    const page = await ouvrir(t, '/membres/', { javaScriptEnabled: false });
    const actuels = membresLe(membres, dateGeneration);
    assert.equal(await page.locator('filtre-liste form').isVisible(), false);
    assert.equal(await page.locator('#liste-membres [data-filtre]:visible').count(), actuels.length);
    for (const role of ['financeur', 'animateur', 'coordinateur', 'expert']) {
      const pageRole = await ouvrir(t, `/membres/roles/${role}/`, { javaScriptEnabled: false });
      const hrefs = await pageRole.locator('[data-filtre] h3 a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      assert.deepEqual(
        hrefs.sort(),
        actuels
          .filter((m) => m.data.roles.includes(role))
          .map((m) => `/membres/${m.id}/`)
          .sort(),
        `rôle ${role}`,
      );
    }
  });

  test('page membre : lieux animés, groupes pilotés ou rejoints, ressources publiées, dates', async (t) => {
    // Le membre le plus impliqué, pour que chaque liste ait quelque chose à vérifier.
    const poids = (id: string) =>
      lieux.filter((l) => l.data.membre === id).length +
      groupes.filter((g) => g.data.pilotes.includes(id) || g.data.participants.includes(id)).length +
      ressources.filter((r) => r.data.auteur === id).length;
    const membre = [...membres].sort((a, b) => poids(b.id) - poids(a.id))[0]!;
    const page = await ouvrir(t, `/membres/${membre.id}/`);

    const hrefs = (selecteur: string) => page.locator(selecteur).evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? '').sort());
    assert.deepEqual(
      await hrefs('section:has(#lieux-animes) h3 a'),
      lieux
        .filter((l) => l.data.membre === membre.id)
        .map((l) => `/lieux/${l.id}/`)
        .sort(),
    );
    assert.deepEqual(
      await hrefs('section:has(#groupes-membre) a[href^="/groupes/"]'),
      groupes
        .filter((g) => g.data.pilotes.includes(membre.id) || g.data.participants.includes(membre.id))
        .map((g) => `/groupes/${g.id}/`)
        .sort(),
    );
    assert.deepEqual(
      await hrefs('section:has(#ressources-membre) h3 a'),
      ressources
        .filter((r) => r.data.auteur === membre.id)
        .map((r) => `/ressources/${r.id}/`)
        .sort(),
    );
    assert.ok((await page.locator(`time[datetime="${membre.data.date_adhesion}"]`).count()) > 0, 'date d’adhésion affichée');
  });

  test('liste à jour : CSV conforme et page imprimable datée', async (t) => {
    const actuels = membresLe(membres, dateGeneration);
    const reponse = await fetch(`${server.url}/membres/liste.csv`);
    assert.equal(reponse.status, 200);
    const lignes = lireCsv(await reponse.text());
    assert.deepEqual(lignes[0], ['nom', 'nom_court', 'type', 'roles', 'date_adhesion', 'signataire', 'representant_fonction', 'site_web', 'page']);
    assert.deepEqual(
      lignes
        .slice(1)
        .map((l) => l[0])
        .sort(),
      actuels.map((m) => m.data.nom).sort(),
    );
    for (const ligne of lignes.slice(1)) {
      assert.equal(ligne.length, 9);
      assert.ok(existsSync(path.join(SITE_DIR, cheminLocal(ligne[8]!), 'index.html')), `page ${ligne[8]} absente`);
    }

    const page = await ouvrir(t, '/membres/liste/');
    assert.equal(await texte(page, 'h1'), `Liste des membres à jour au ${formaterDate(dateGeneration)}`);
    assert.equal(await page.locator('table.liste-membres tbody tr').count(), actuels.length);
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('table.liste-membres').isVisible());
    assert.equal(await page.locator('header nav').isVisible(), false);
  });
});

/* ---------------------------------------------------------------------------------------- */
/* Groupes et réunions                                                                       */
/* ---------------------------------------------------------------------------------------- */

describe('groupes et réunions', () => {
  test('page groupe : pilotes, participants, réunions du groupe, livrables', async (t) => {
    for (const groupe of groupes) {
      const page = await ouvrir(t, `/groupes/${groupe.id}/`);
      const hrefs = (titre: string, motif: string) =>
        page.locator(`h2#${titre} + ul a[href^="${motif}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      assert.deepEqual(
        await hrefs('pilotes', '/membres/'),
        groupe.data.pilotes.map((id) => `/membres/${id}/`),
      );
      assert.deepEqual(
        await hrefs('participants', '/membres/'),
        groupe.data.participants.map((id) => `/membres/${id}/`),
      );
      assert.deepEqual(
        (await attributs(page, '[data-reunion]', 'data-reunion')).sort(),
        reunions
          .filter((r) => r.data.groupe === groupe.id)
          .map((r) => r.id)
          .sort(),
      );
      const livrables = await page.locator('h2#livrables + ul [data-filtre] h3 a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      assert.deepEqual(
        livrables,
        groupe.data.livrables.map((id) => `/ressources/${id}/`),
      );
    }
  });

  test('index des groupes : chaque carte montre ce que le groupe a produit (livrables, comptes rendus)', async (t) => {
    const page = await ouvrir(t, '/groupes/');
    const parId = new Map(ressources.map((r) => [r.id, r]));
    let productions = 0;
    for (const groupe of groupes) {
      const carte = page.locator(`[data-groupe="${groupe.id}"]`);
      const p = productionsGroupe(
        groupe,
        parId,
        reunions.map((r) => ({ ...r, body: r.corps })),
        dateGeneration,
      );
      const liens = (selecteur: string) => carte.locator(`${selecteur} a`).evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      assert.deepEqual(
        await liens('[data-livrable]'),
        p.livrables.map((r) => `/ressources/${r.id}/`),
        `${groupe.id} : livrables`,
      );
      assert.deepEqual(
        await liens('[data-compte-rendu]'),
        p.comptesRendus.map((r) => `/reunions/${r.id}/`),
        `${groupe.id} : comptes rendus`,
      );
      // Chaque livrable est nommé par son titre ; un groupe qui n'a rien produit le dit.
      assert.deepEqual(
        await carte.locator('[data-livrable] a').allTextContents(),
        p.livrables.map((r) => r.data.titre),
      );
      assert.equal(await carte.locator('[data-aucune-production]').count(), p.livrables.length + p.comptesRendus.length === 0 ? 1 : 0, groupe.id);
      productions += p.livrables.length + p.comptesRendus.length;
    }
    assert.equal(await page.locator('[data-groupe]').count(), groupes.length);
    // Le contenu de démonstration a des livrables et au moins un compte rendu, pour que ce test vérifie quelque chose.
    assert.ok(productions > 0 && (await page.locator('[data-compte-rendu]').count()) > 0, 'démonstration : livrables et compte rendu attendus');
  });

  test('réunions à venir et passées, à la date de génération', async (t) => {
    const page = await ouvrir(t, '/reunions/');
    const { aVenir, passees } = repartirReunions(reunions, dateGeneration);
    assert.deepEqual(
      await attributs(page, 'section:has(#a-venir) [data-reunion]', 'data-reunion'),
      aVenir.map((r) => r.id),
    );
    assert.deepEqual(
      await attributs(page, 'section:has(#passees) [data-reunion]', 'data-reunion'),
      passees.map((r) => r.id),
    );
  });

  test('chaque réunion : fichier .ics conforme (RFC 5545, Europe/Paris) et compte rendu publié', async (t) => {
    const { passees } = repartirReunions(reunions, dateGeneration);
    for (const reunion of reunions) {
      const reponse = await fetch(`${server.url}/reunions/${reunion.id}.ics`);
      assert.equal(reponse.status, 200, `${reunion.id}.ics`);
      const { problemes: erreurs, evenements } = verifierIcs(await reponse.text());
      assert.deepEqual(erreurs, [], `${reunion.id}.ics`);
      assert.equal(evenements.length, 1);
      const [e] = evenements;
      assert.equal(e!.resume, reunion.data.titre);
      assert.equal(e!.lieu, reunion.data.lieu);
      assert.equal(e!.debutUtc.toISOString(), instantParis(reunion.data.debut).toISOString(), `${reunion.id} : début`);
      assert.equal(e!.finUtc.toISOString(), instantParis(reunion.data.fin).toISOString(), `${reunion.id} : fin`);
      assert.ok(e!.url && existsSync(path.join(SITE_DIR, cheminLocal(e!.url), 'index.html')), `${reunion.id} : URL de la page`);
    }
    const avecCompteRendu = reunionAvecCompteRendu();
    if (avecCompteRendu) {
      const page = await ouvrir(t, `/reunions/${avecCompteRendu}/`);
      assert.ok(await page.locator('section:has(#compte-rendu) .prose').isVisible(), 'compte rendu publié');
    }
    const sansCompteRendu = passees.find((r) => r.corps.trim() === '');
    if (sansCompteRendu) {
      const page = await ouvrir(t, `/reunions/${sansCompteRendu.id}/`);
      assert.equal(await page.locator('#compte-rendu').count(), 0);
      assert.ok(await page.locator('#compte-rendu-attendu').isVisible());
    }
  });

  test('agenda des réunions à venir : un seul fichier .ics avec toutes les réunions à venir', async () => {
    const reponse = await fetch(`${server.url}/reunions/calendrier.ics`);
    assert.equal(reponse.status, 200);
    assert.match(reponse.headers.get('content-type') ?? '', /^text\/calendar/);
    const { problemes: erreurs, evenements } = verifierIcs(await reponse.text());
    assert.deepEqual(erreurs, []);
    const { aVenir } = repartirReunions(reunions, dateGeneration);
    assert.deepEqual(
      evenements.map((e) => e.uid.split('@')[0]),
      aVenir.map((r) => `reunion-${r.id}`),
    );
  });
});

/* ---------------------------------------------------------------------------------------- */
/* Actualités et ressources                                                                  */
/* ---------------------------------------------------------------------------------------- */

describe('actualités et ressources', () => {
  test('flux RSS : XML bien formé, RSS 2.0, une entrée par actualité avec ses publics', async (t) => {
    const page = await ouvrir(t, '/actualites/');
    assert.equal(await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href'), '/actualites/rss.xml');
    const flux = await page.evaluate(async () => {
      const xml = await (await fetch('/actualites/rss.xml')).text();
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return {
        erreur: doc.querySelector('parsererror')?.textContent ?? null,
        version: doc.documentElement.getAttribute('version'),
        racine: doc.documentElement.nodeName,
        titre: doc.querySelector('channel > title')?.textContent ?? '',
        items: [...doc.querySelectorAll('channel > item')].map((i) => ({
          titre: i.querySelector('title')?.textContent ?? '',
          lien: i.querySelector('link')?.textContent ?? '',
          guid: i.querySelector('guid')?.textContent ?? '',
          date: i.querySelector('pubDate')?.textContent ?? '',
          categories: [...i.querySelectorAll('category')].map((c) => c.textContent),
        })),
      };
    });
    assert.equal(flux.erreur, null, `XML mal formé : ${flux.erreur}`);
    assert.equal(flux.racine, 'rss');
    assert.equal(flux.version, '2.0');
    assert.ok(flux.titre.length > 0);
    assert.deepEqual(flux.items.map((i) => cheminLocal(i.lien)).sort(), actualites.map((a) => `/actualites/${a.id}/`).sort());
    for (const item of flux.items) {
      const actualite = actualites.find((a) => cheminLocal(item.lien) === `/actualites/${a.id}/`)!;
      assert.equal(item.titre, actualite.data.titre);
      assert.equal(item.guid, item.lien);
      assert.ok(!Number.isNaN(Date.parse(item.date)), `pubDate illisible : ${item.date}`);
      assert.equal(new Date(item.date).toISOString().slice(0, 10), actualite.data.date);
      assert.equal(item.categories.length, actualite.data.publics.length);
    }
  });

  test('ressources : filtre par type et par thème avec JavaScript ; pages par thème sans', async (t) => {
    const page = await ouvrir(t, '/ressources/');
    const visibles = async () =>
      (await page.locator('#liste-ressources [data-filtre]:visible h3 a').evaluateAll((els) => els.map((e) => e.getAttribute('href')))).sort();
    for (const type of [...new Set(ressources.map((r) => r.data.type))]) {
      await page.selectOption('select[name="type"]', type);
      assert.deepEqual(
        await visibles(),
        ressources
          .filter((r) => r.data.type === type)
          .map((r) => `/ressources/${r.id}/`)
          .sort(),
        `type ${type}`,
      );
    }
    await page.selectOption('select[name="type"]', '');
    for (const theme of themes) {
      await page.selectOption('select[name="themes"]', theme.cle);
      assert.deepEqual(
        await visibles(),
        ressources
          .filter((r) => r.data.themes.some((x) => cleEtiquette(x) === theme.cle))
          .map((r) => `/ressources/${r.id}/`)
          .sort(),
        `thème ${theme.libelle}`,
      );
      const pageTheme = await ouvrir(t, `/ressources/themes/${theme.cle}/`, { javaScriptEnabled: false });
      assert.equal(await pageTheme.locator('[data-filtre]').count(), theme.elements.length);
    }
  });

  test('page ressource : lien ou fichier téléchargeable, auteur et date', async (t) => {
    for (const ressource of ressources) {
      const page = await ouvrir(t, `/ressources/${ressource.id}/`);
      if (ressource.data.fichier) {
        assert.equal(await page.locator('[data-ressource-fichier]').getAttribute('href'), ressource.data.fichier);
        assert.equal((await fetch(`${server.url}${ressource.data.fichier}`)).status, 200, `fichier ${ressource.data.fichier}`);
      } else {
        assert.equal(await page.locator('[data-ressource-lien]').getAttribute('href'), ressource.data.lien);
      }
      assert.equal(await page.locator(`a[href="/membres/${ressource.data.auteur}/"]`).count(), 1, `${ressource.id} : auteur`);
      assert.ok((await page.locator(`time[datetime="${ressource.data.date}"]`).count()) > 0, `${ressource.id} : date`);
    }
  });

  test('veille : liste datée, de la plus récente à la plus ancienne', async (t) => {
    const page = await ouvrir(t, '/ressources/veille/');
    const veille = ressources.filter((r) => r.data.type === 'veille').sort((a, b) => b.data.date.localeCompare(a.data.date));
    const dates = await attributs(page, '[data-veille] time', 'datetime');
    assert.deepEqual(
      dates,
      veille.map((r) => r.data.date),
    );
  });
});
