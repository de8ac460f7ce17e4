/**
 * Banc d'essai de l'annuaire à grande échelle : `npm run bench:annuaire` (20 000 lieux), ou
 * `node bench/annuaire.ts --lieux 5000 --garder`.
 *
 * 1. Copie le projet dans un dossier temporaire (le dossier content/ du dépôt n'est pas touché),
 *    y génère N lieux réalistes dans les communes du département configuré (noms, horaires,
 *    services… tirés au sort avec une graine fixe, donc reproductibles) ;
 * 2. construit le site avec la vraie commande (`npm run build`) et mesure sa durée ;
 * 3. mesure dans Chromium sans tête : le temps jusqu'à l'affichage des repères de la carte, le
 *    temps de mise à jour de la liste et de la carte après un changement de filtre ; puis la
 *    taille des données de points et le JavaScript d'une fiche, et le poids des pages.
 *
 * Les chiffres sont écrits en français à la fin et enregistrés dans bench/out/ (non versionné).
 * Cibles de l'issue (machine à 2 cœurs) : repères ≤ 1,5 s, filtre ≤ 100 ms, points ≤ 1,5 Mo
 * non compressés, fiche ≤ 15 Ko de JavaScript compressé.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { communesDuDepartement } from '../src/lib/territoire/communes.ts';
import { verifierPosition } from '../src/lib/territoire/geo.ts';
import { slugifier } from '../src/lib/commun/slug.ts';
import {
  BESOINS,
  DISPOSITIFS,
  FORMATIONS_LABELS,
  FRAIS,
  MODALITES_ACCES,
  MODALITES_ACCOMPAGNEMENT,
  PRISES_EN_CHARGE,
  PUBLICS,
  SERVICES,
} from '../src/lib/standard/valeurs.ts';
import { launchBrowser, newPage, startServer } from '../tests/e2e/harness.ts';

const RACINE = fileURLToPath(new URL('../', import.meta.url));

function option(nom: string): string | undefined {
  const i = process.argv.indexOf(`--${nom}`);
  return i >= 0 ? (process.argv[i + 1] ?? '') : undefined;
}
const NOMBRE = Number(option('lieux') ?? 20_000);
const GARDER = process.argv.includes('--garder');
if (!Number.isInteger(NOMBRE) || NOMBRE < 1) {
  console.error(`--lieux attend un nombre entier positif (reçu : « ${option('lieux')} »).`);
  process.exit(2);
}

/* ---------------------------------------------------------------------------------------- */
/* Génération                                                                                 */
/* ---------------------------------------------------------------------------------------- */

let graine = 20_260_101;
/** Générateur pseudo-aléatoire (Park-Miller) : mêmes lieux à chaque exécution. */
const hasard = () => (graine = (graine * 16_807) % 2_147_483_647) / 2_147_483_647;
const tirer = <T>(liste: readonly T[]): T => liste[Math.floor(hasard() * liste.length)]!;
const quelques = <T>(liste: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(hasard() * max) }, () => tirer(liste)))];

/** Types de lieux, avec le début de leur nom (comme dans le contenu de démonstration). */
const TYPES = [
  { typologie: 'BIB', noms: ['Médiathèque de', 'Bibliothèque de', 'Médiathèque municipale de'] },
  { typologie: 'RFS', noms: ['France Services', 'Espace France Services de'] },
  { typologie: 'EPN', noms: ['Espace public numérique de', 'Cyber-base de', 'Point numérique de'] },
  { typologie: 'CCAS', noms: ['CCAS de', 'Centre communal d’action sociale de'] },
  { typologie: 'CS', noms: ['Centre social de', 'Centre socioculturel de'] },
  { typologie: 'MUNI', noms: ['Mairie de', 'Accueil numérique de la mairie de'] },
  { typologie: 'ASSO', noms: ['Association Clic & Lien', 'Les Clés du clavier', 'Entraide numérique de'] },
  { typologie: 'TIERS_LIEUX', noms: ['Tiers-lieu de', 'La Fabrique numérique de'] },
  { typologie: 'LA_POSTE', noms: ['La Poste de', 'Bureau de poste de'] },
  { typologie: 'MJC', noms: ['MJC de', 'Maison des jeunes de'] },
];
const QUARTIERS = ['centre', 'nord', 'sud', 'gare', 'bourg', 'les Prés', 'la Vallée', 'Saint-Jean', 'le Val', 'les Écoles'];
const JOURS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'];

/** Les horaires du contenu de démonstration, et quelques formes plus rares. */
function horairesTypes(): string[] {
  const dossier = path.join(RACINE, 'content', 'lieux');
  const duContenu = existsSync(dossier)
    ? readdirSync(dossier)
        .filter((f) => f.endsWith('.md'))
        .map((f) => /^horaires:\s*"(.+)"\s*$/m.exec(readFileSync(path.join(dossier, f), 'utf8'))?.[1])
        .filter((h): h is string => h !== undefined)
    : [];
  return [
    ...duContenu,
    'Mo-Fr 09:00-12:00,14:00-17:00; PH off',
    'Tu-Sa 10:00-18:00; PH off',
    'We 14:00-17:00; Sa[1] 10:00-12:00; PH off',
    'Mo-Fr 08:30-12:30,13:30-17:30; Aug off; PH off',
  ];
}

function genererContenu(dossierContenu: string): void {
  const collectif = parse(readFileSync(path.join(dossierContenu, 'collectif.yaml'), 'utf8')) as { departement: { code: string } };
  const communes = communesDuDepartement(String(collectif.departement.code)).filter((c) => c.type === 'COM');
  if (communes.length === 0) throw new Error(`Aucune commune pour le département ${collectif.departement.code} dans src/data/communes.json.`);
  const membres = existsSync(path.join(dossierContenu, 'membres'))
    ? readdirSync(path.join(dossierContenu, 'membres'))
        .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
        .map((f) => f.replace(/\.md$/, ''))
    : [];
  const horaires = horairesTypes();
  // Les lieux suivent la population (avec un minimum : chaque bourg a sa mairie).
  const poids = communes.map((c) => Math.sqrt(Math.max(c.population, 50)));
  const totalPoids = poids.reduce((a, b) => a + b, 0);
  const tirerCommune = () => {
    let r = hasard() * totalPoids;
    for (let i = 0; i < communes.length; i++) if ((r -= poids[i]!) <= 0) return communes[i]!;
    return communes.at(-1)!;
  };
  const dossierLieux = path.join(dossierContenu, 'lieux');
  rmSync(dossierLieux, { recursive: true, force: true });
  mkdirSync(dossierLieux, { recursive: true });
  const ids = new Set<string>();
  const aujourdhui = Date.now();
  for (let n = 0; n < NOMBRE; n++) {
    const commune = tirerCommune();
    const type = tirer(TYPES);
    const debut = tirer(type.noms);
    let nom = `${debut} ${commune.nom}`;
    if (hasard() < 0.3) nom += ` – ${tirer(QUARTIERS)}`;
    // Des identifiants comme ceux qu'écrivent les contributeurs : type et commune, sans les petits mots.
    let id = slugifier(`${debut.replace(/ (de|du|d’|la|le)\b.*$/, '')} ${commune.nom}${nom.includes('–') ? ` ${nom.split('– ')[1]}` : ''}`);
    for (let k = 2; ids.has(id); k++) id = `${id.replace(/-\d+$/, '')}-${k}`;
    ids.add(id);
    const rayon = Math.sqrt(Math.max(commune.superficieKm2, 1) / Math.PI) * 0.6;
    const angle = hasard() * 2 * Math.PI;
    const r = rayon * Math.sqrt(hasard());
    let latitude = +(commune.latitude + (r * Math.cos(angle)) / 111).toFixed(5);
    let longitude = +(commune.longitude + (r * Math.sin(angle)) / (111 * Math.cos((commune.latitude * Math.PI) / 180))).toFixed(5);
    // The validation checks that places lie in the département: near its edge, stay at the centre.
    if (!verifierPosition(latitude, longitude, communes).ok) [latitude, longitude] = [commune.latitude, commune.longitude];
    const besoin = tirer(BESOINS);
    const services = [...new Set([...quelques(besoin.services, 2), ...(hasard() < 0.5 ? quelques(SERVICES, 3) : [])])];
    const date = new Date(aujourdhui - hasard() * 730 * 86_400_000).toISOString().slice(0, 10);
    const lignes = [
      '---',
      `id: ${id}`,
      `pivot: "${String(Math.floor(hasard() * 1e14)).padStart(14, '0')}"`,
      `nom: ${JSON.stringify(nom)}`,
      `commune: ${JSON.stringify(commune.nom)}`,
      `code_postal: "${commune.codesPostaux[0] ?? '00000'}"`,
      `code_insee: "${commune.insee}"`,
      `adresse: "${1 + Math.floor(hasard() * 80)} ${tirer(['rue', 'place', 'avenue', 'boulevard'])} ${tirer(['de la Mairie', 'de l’Église', 'du Général de Gaulle', 'Victor Hugo', 'des Écoles', 'de la Gare'])}"`,
      ...(hasard() < 0.97 ? [`latitude: ${latitude}`, `longitude: ${longitude}`] : []),
      `typologie: [${type.typologie}]`,
      `telephone: "02 61 91 ${String(Math.floor(hasard() * 100)).padStart(2, '0')} ${String(Math.floor(hasard() * 100)).padStart(2, '0')}"`,
      `courriels: ["contact.${id.slice(0, 40)}@example.org"]`,
      ...(hasard() < 0.9 ? [`horaires: ${JSON.stringify(tirer(horaires))}`] : []),
      `presentation_resume: ${JSON.stringify(`Accompagnement au numérique à ${commune.nom} : ${services.map((s) => s.toLowerCase()).join(', ')}.`.slice(0, 280))}`,
      `itinerance: [${hasard() < 0.05 ? 'Itinérant' : 'Fixe'}]`,
      `date_maj: "${date}"`,
      `services: ${JSON.stringify(services)}`,
      ...(hasard() < 0.3 ? [`publics_specifiquement_adresses: ${JSON.stringify(quelques(PUBLICS, 2))}`] : []),
      ...(hasard() < 0.15 ? [`prise_en_charge_specifique: ${JSON.stringify(quelques(PRISES_EN_CHARGE, 2))}`] : []),
      `frais_a_charge: [${JSON.stringify(tirer(FRAIS))}]`,
      ...(hasard() < 0.4 ? [`dispositif_programmes_nationaux: ${JSON.stringify(quelques(DISPOSITIFS, 2))}`] : []),
      ...(hasard() < 0.1 ? [`formations_labels: ${JSON.stringify(quelques(FORMATIONS_LABELS, 1))}`] : []),
      `modalites_acces: ${JSON.stringify(quelques(MODALITES_ACCES.slice(0, 5), 3))}`,
      `modalites_accompagnement: ${JSON.stringify(quelques(MODALITES_ACCOMPAGNEMENT, 2))}`,
      ...(membres.length > 0 && hasard() < 0.5 ? [`membre: ${tirer(membres)}`] : []),
      '---',
      `Le lieu accueille les habitants de ${commune.nom} et des environs ${tirer(JOURS) === 'Sa' ? 'le samedi matin' : 'en semaine'}. Des ateliers collectifs et des rendez-vous individuels permettent d’apprendre à utiliser un ordinateur, un smartphone, et de faire ses démarches en ligne.`,
      '',
    ];
    writeFileSync(path.join(dossierLieux, `${id}.md`), lignes.join('\n'));
  }
}

/* ---------------------------------------------------------------------------------------- */
/* Mesures                                                                                    */
/* ---------------------------------------------------------------------------------------- */

const ko = (octets: number) => `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(octets / 1024)} Ko`;
const mo = (octets: number) => `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(octets / 1024 / 1024)} Mo`;
const ms = (t: number) => `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(t)} ms`;
const mediane = (valeurs: number[]) => [...valeurs].sort((a, b) => a - b)[Math.floor(valeurs.length / 2)]!;
const tailles = (fichier: string) => {
  const contenu = readFileSync(fichier);
  return { brut: contenu.length, gzip: gzipSync(contenu, { level: 9 }).length, brotli: brotliCompressSync(contenu).length };
};

function taillesDossier(dossier: string): { octets: number; fichiers: number } {
  let octets = 0;
  let fichiers = 0;
  for (const f of readdirSync(dossier, { recursive: true, encoding: 'utf8' })) {
    const s = statSync(path.join(dossier, f));
    if (s.isFile()) {
      octets += s.size;
      fichiers++;
    }
  }
  return { octets, fichiers };
}

async function mesurerNavigateur(dist: string) {
  const serveur = await startServer(dist);
  const navigateur = await launchBrowser();
  try {
    // 1. Repères de la carte : depuis le début de la navigation, carte visible dès l'arrivée.
    const reperes: { total: number; carte: number; nombre: number; somme: number }[] = [];
    for (let essai = 0; essai < 5; essai++) {
      const { context, page } = await newPage(navigateur, { baseURL: serveur.url, viewport: { width: 1280, height: 900 } });
      await page.goto('/lieux/#section-carte');
      await page.waitForSelector('[data-carte][data-etat="prete"]', { timeout: 60_000 });
      reperes.push(
        await page.evaluate(() => {
          const marque = performance.getEntriesByName('annuaire:marqueurs')[0]!;
          const icones = [...document.querySelectorAll<HTMLElement>('[data-carte] .leaflet-marker-icon')];
          const points = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/lieux/points.json')) as PerformanceResourceTiming | undefined;
          return {
            total: marque.startTime,
            carte: marque.startTime - (points?.startTime ?? 0),
            nombre: icones.length,
            somme: icones.reduce((s, e) => s + Number(e.dataset['nombre']), 0),
          };
        }),
      );
      await context.close();
    }

    // 2. Changement de filtre : du clic à la liste et à la carte redessinées (image suivante comprise).
    const { context, page } = await newPage(navigateur, { baseURL: serveur.url, viewport: { width: 1280, height: 900 } });
    await page.goto('/lieux/#section-carte');
    await page.waitForSelector('[data-carte][data-etat="prete"]', { timeout: 60_000 });
    const filtres: { action: string; duree: number; resultats: number; somme: number }[] = [];
    const actions = [
      'input[data-besoin="demarches"]',
      'input[data-besoin="materiel"]',
      'input[data-besoin="demarches"]',
      'input[name="ouvert"][value="maintenant"]',
      'input[name="ouvert"][value=""]',
      'input[data-besoin="materiel"]',
      'input[data-besoin="apprendre"]',
      'input[data-besoin="culture-numerique"]',
      'input[data-besoin="apprendre"]',
      'input[data-besoin="culture-numerique"]',
    ];
    for (const selecteur of actions) {
      filtres.push(
        await page.evaluate(
          (sel) =>
            new Promise<{ action: string; duree: number; resultats: number; somme: number }>((resoudre) => {
              const annuaire = document.querySelector('annuaire-lieux')!;
              const debut = performance.now();
              annuaire.addEventListener(
                'annuaire-rendu',
                () =>
                  requestAnimationFrame(() =>
                    setTimeout(() => {
                      const icones = [...document.querySelectorAll<HTMLElement>('[data-carte] .leaflet-marker-icon')];
                      resoudre({
                        action: sel,
                        duree: performance.now() - debut,
                        resultats: Number((annuaire as HTMLElement).dataset['resultats']),
                        somme: icones.reduce((s, e) => s + Number(e.dataset['nombre']), 0),
                      });
                    }),
                  ),
                { once: true },
              );
              document.querySelector<HTMLInputElement>(sel)!.click();
            }),
          selecteur,
        ),
      );
    }
    await context.close();

    // 3. JavaScript d'une fiche : les scripts chargés, compressés.
    const fiche = readdirSync(path.join(dist, 'lieux')).find(
      (d) => !['commune', 'service', 'page'].includes(d) && existsSync(path.join(dist, 'lieux', d, 'index.html')),
    )!;
    const pageFiche = await newPage(navigateur, { baseURL: serveur.url });
    const scripts = new Set<string>();
    pageFiche.page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
    });
    await pageFiche.page.goto(`/lieux/${fiche}/`, { waitUntil: 'networkidle' });
    await pageFiche.context.close();
    const html = readFileSync(path.join(dist, 'lieux', fiche, 'index.html'), 'utf8');
    const enLigne = [...html.matchAll(/<script(?![^>]*(?:src=|application\/(?:ld\+)?json))[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
    const jsFiche = [...scripts].reduce((s, chemin) => s + tailles(path.join(dist, decodeURIComponent(chemin))).gzip, gzipSync(enLigne, { level: 9 }).length);

    // 4. JavaScript de l'annuaire (au chargement, puis avec la carte).
    const pageAnnuaire = await newPage(navigateur, { baseURL: serveur.url, viewport: { width: 1280, height: 900 } });
    const scriptsAnnuaire = new Set<string>();
    pageAnnuaire.page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scriptsAnnuaire.add(new URL(r.url()).pathname);
    });
    await pageAnnuaire.page.goto('/lieux/#section-carte');
    await pageAnnuaire.page.waitForSelector('[data-carte][data-etat="prete"]', { timeout: 60_000 });
    await pageAnnuaire.context.close();
    const jsAnnuaire = [...scriptsAnnuaire].reduce((s, chemin) => s + tailles(path.join(dist, decodeURIComponent(chemin))).gzip, 0);
    return { reperes, filtres, fiche, jsFiche, scriptsFiche: [...scripts], jsAnnuaire };
  } finally {
    await navigateur.close();
    await serveur.close();
  }
}

/* ---------------------------------------------------------------------------------------- */
/* Déroulement                                                                                */
/* ---------------------------------------------------------------------------------------- */

const dossier = mkdtempSync(path.join(os.tmpdir(), 'banc-annuaire-'));
console.log(`Banc d’essai de l’annuaire : ${NOMBRE} lieux, dans ${dossier}`);
try {
  for (const f of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (existsSync(path.join(RACINE, f))) cpSync(path.join(RACINE, f), path.join(dossier, f), { recursive: true });
  }
  cpSync(path.join(RACINE, 'content'), path.join(dossier, 'content'), { recursive: true });
  symlinkSync(path.join(RACINE, 'node_modules'), path.join(dossier, 'node_modules'), 'dir');
  const debutGeneration = performance.now();
  genererContenu(path.join(dossier, 'content'));
  console.log(`Contenu généré en ${ms(performance.now() - debutGeneration)}. Construction (npm run build)…`);

  const debutConstruction = performance.now();
  const construction = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: dossier,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const dureeConstruction = performance.now() - debutConstruction;
  if (construction.status !== 0) {
    console.error(construction.stdout.split('\n').slice(-40).join('\n'), construction.stderr.split('\n').slice(-40).join('\n'));
    throw new Error(`La construction a échoué (code ${construction.status}).`);
  }
  const dist = path.join(dossier, 'dist');
  const pages = Number(/(\d+) page\(s\) built/.exec(construction.stdout)?.[1] ?? NaN);
  const mesures = await mesurerNavigateur(dist);

  const points = tailles(path.join(dist, 'lieux', 'points.json'));
  const communesJson = tailles(path.join(dist, 'lieux', 'communes.json'));
  const annuaireHtml = tailles(path.join(dist, 'lieux', 'index.html'));
  const ficheHtml = tailles(path.join(dist, 'lieux', mesures.fiche, 'index.html'));
  const plusGrande = (sous: string) =>
    readdirSync(path.join(dist, 'lieux', sous))
      .map((d) => path.join(dist, 'lieux', sous, d, 'index.html'))
      .filter((f) => existsSync(f))
      .reduce((max, f) => Math.max(max, statSync(f).size), 0);
  const site = taillesDossier(dist);
  const nbPoints = (JSON.parse(readFileSync(path.join(dist, 'lieux', 'points.json'), 'utf8')) as { lieux: unknown[] }).lieux.length;

  const repereTotal = mediane(mesures.reperes.map((r) => r.total));
  const repereCarte = mediane(mesures.reperes.map((r) => r.carte));
  const filtre = mediane(mesures.filtres.map((f) => f.duree));
  const filtreMax = Math.max(...mesures.filtres.map((f) => f.duree));
  const cible = (ok: boolean) => (ok ? 'atteinte' : 'MANQUÉE');

  const lignes = [
    '',
    `Annuaire à ${nbPoints} lieux (${os.cpus().length} cœurs, Node ${process.version}, Chromium sans tête)`,
    `  Construction (npm run build)       ${ms(dureeConstruction)}, ${pages} pages, ${mo(site.octets)} en ${site.fichiers} fichiers`,
    `  Repères affichés                   ${ms(repereTotal)} depuis le début de la navigation (médiane de ${mesures.reperes.length}), dont ${ms(repereCarte)} depuis la demande des points ; ${mesures.reperes[0]!.nombre} repères pour ${mesures.reperes[0]!.somme} lieux — cible ≤ 1 500 ms : ${cible(repereTotal <= 1500)}`,
    `  Changement de filtre               ${ms(filtre)} (médiane de ${mesures.filtres.length}, maximum ${ms(filtreMax)}) liste et carte redessinées — cible ≤ 100 ms : ${cible(filtre <= 100)}`,
    `  Données des points (points.json)   ${mo(points.brut)} non compressé, ${ko(points.gzip)} gzip, ${ko(points.brotli)} brotli — cible ≤ 1,5 Mo : ${cible(points.brut <= 1.5 * 1024 * 1024)}`,
    `  JavaScript d’une fiche             ${ko(mesures.jsFiche)} compressé (gzip) — cible ≤ 15 Ko : ${cible(mesures.jsFiche <= 15 * 1024)}`,
    `  JavaScript de l’annuaire           ${ko(mesures.jsAnnuaire)} compressé (gzip), carte Leaflet comprise, chargée quand la carte est visible`,
    `  Poids des pages (HTML)             annuaire ${ko(annuaireHtml.brut)} (${ko(annuaireHtml.gzip)} gzip) ; fiche ${ko(ficheHtml.brut)} (${ko(ficheHtml.gzip)} gzip) ; plus grande page de commune ${ko(plusGrande('commune'))} ; plus grande page de besoin ${ko(plusGrande('service'))}`,
    `  Répertoire des communes            ${ko(communesJson.brut)} (${ko(communesJson.gzip)} gzip), chargé quand on tape une commune`,
    '',
    'Détail des changements de filtre :',
    ...mesures.filtres.map((f) => `  ${f.action.padEnd(44)} ${ms(f.duree).padStart(7)}  ${String(f.resultats).padStart(6)} lieux, carte ${f.somme}`),
  ];
  console.log(lignes.join('\n'));
  const sortie = path.join(RACINE, 'bench', 'out');
  mkdirSync(sortie, { recursive: true });
  const fichier = path.join(sortie, `annuaire-${NOMBRE}-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.json`);
  writeFileSync(
    fichier,
    JSON.stringify(
      {
        lieux: nbPoints,
        construction: { ms: dureeConstruction, pages, octets: site.octets, fichiers: site.fichiers },
        reperes: mesures.reperes,
        filtres: mesures.filtres,
        points,
        communesJson,
        annuaireHtml,
        ficheHtml,
        jsFiche: mesures.jsFiche,
        scriptsFiche: mesures.scriptsFiche,
        jsAnnuaire: mesures.jsAnnuaire,
        git: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: RACINE, encoding: 'utf8' }).trim(),
      },
      null,
      2,
    ),
  );
  console.log(`\nRésultats enregistrés dans ${path.relative(RACINE, fichier)}.`);
} finally {
  if (GARDER) console.log(`Dossier gardé : ${dossier}`);
  else rmSync(dossier, { recursive: true, force: true });
}
