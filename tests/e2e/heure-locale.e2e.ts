/**
 * Statut d'un lieu d'outre-mer lu depuis un navigateur réglé sur l'heure de Paris : le statut est
 * calculé à l'heure du lieu (America/Guadeloupe, Indian/Reunion…), jamais à celle de l'appareil,
 * et dit « heure locale ». Le site construit est celui de content/ (un seul département) : la
 * page d'un lieu est servie avec ses horaires réécrits pour un lieu d'outre-mer, seul le JSON
 * `#donnees-horaires` change, le script du statut est celui de la construction.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { newPage, SITE_DIR, siteEtNavigateur } from './harness.ts';

const site = siteEtNavigateur();

/** Mo 08:00-13:00, en forme compacte (`HorairesCompacts`). */
const LUNDI_MATIN = { s: [[480, 780], [], [], [], [], [], []], du: '2026-01-01', au: '2027-12-31' };

/** Une page de lieu qui porte `#donnees-horaires` (un lieu avec horaires). */
function pageLieuAvecHoraires(): string {
  const dossier = path.join(SITE_DIR, 'lieux');
  for (const id of readdirSync(dossier).sort()) {
    const fichier = path.join(dossier, id, 'index.html');
    if (existsSync(fichier) && !['commune', 'service', 'besoin'].includes(id)) {
      const html = readFileSync(fichier, 'utf8');
      if (html.includes('id="donnees-horaires"')) return `/lieux/${id}/`;
    }
  }
  assert.fail(`aucune page de lieu avec horaires dans ${dossier}`);
}

async function statutA(
  adresse: string,
  instant: string,
  departement: string,
  fuseau?: string,
  horairesReecrits: Record<string, unknown> = LUNDI_MATIN,
): Promise<string> {
  const { context, page } = await newPage(site.browser, { baseURL: site.server.url });
  try {
    await page.route(`**${adresse}`, async (route) => {
      const reponse = await route.fetch();
      const html = (await reponse.text()).replace(
        /(<script type="application\/json" id="donnees-horaires">)(.*?)(<\/script>)/s,
        (_t, ouverture: string, json: string, fermeture: string) => {
          const donnees = JSON.parse(json) as { departement: string; fuseau?: string; horaires: Record<string, unknown> };
          const horaires = Object.fromEntries(Object.keys(donnees.horaires).map((k) => [k, horairesReecrits]));
          const reecrit: Record<string, unknown> = { departement, horaires };
          if (fuseau) reecrit['fuseau'] = fuseau;
          return `${ouverture}${JSON.stringify(reecrit)}${fermeture}`;
        },
      );
      await route.fulfill({ response: reponse, body: html });
    });
    await page.clock.setFixedTime(new Date(instant));
    await page.goto(adresse);
    const statut = page.locator('.statut-horaires statut-horaires').first();
    await statut.locator('.statut-etat').waitFor();
    assert.equal(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone), 'Europe/Paris');
    return ((await statut.textContent()) ?? '').trim();
  } finally {
    await context.close();
  }
}

const ADRESSE = pageLieuAvecHoraires();

test('la construction écrit le fuseau du territoire dans les pages et dans points.json', () => {
  const html = readFileSync(path.join(SITE_DIR, ADRESSE, 'index.html'), 'utf8');
  assert.match(html, /id="donnees-horaires">[^<]*"fuseau":"Europe\/Paris"/);
  const points = JSON.parse(readFileSync(path.join(SITE_DIR, 'lieux', 'points.json'), 'utf8')) as { fuseau?: string };
  assert.equal(points.fuseau, 'Europe/Paris');
});

for (const [departement, instant, attendu] of [
  // Lundi 1er juin 2026 : 15:00 à Paris, 9:00 à Pointe-à-Pitre.
  ['971', '2026-06-01T13:00:00Z', 'Ouvert · ferme à 13 h 00 (heure locale)'],
  // 12:30 à Paris, 6:30 à Pointe-à-Pitre : pas encore ouvert.
  ['971', '2026-06-01T10:30:00Z', 'Fermé · ouvre aujourd’hui à 8 h 00 (heure locale)'],
  // 19:00 à Paris, 14:00 à Cayenne : fermé jusqu'au lundi suivant.
  ['973', '2026-06-01T17:00:00Z', 'Fermé · ouvre le 8 juin à 8 h 00 (heure locale)'],
  // Dimanche 23:30 à Paris, déjà lundi 1:30 à La Réunion.
  ['974', '2026-05-31T21:30:00Z', 'Fermé · ouvre aujourd’hui à 8 h 00 (heure locale)'],
  // Lundi 7:00 à Paris, 8:00 à Mamoudzou.
  ['976', '2026-06-01T05:00:00Z', 'Ouvert · ferme à 13 h 00 (heure locale)'],
  // Même lieu en métropole, même instant : fermé à 7:00, sans mention (l'appareil est à l'heure de Paris).
  ['14', '2026-06-01T05:00:00Z', 'Fermé · ouvre aujourd’hui à 8 h 00'],
] as const) {
  test(`statut d'un lieu du ${departement} à ${instant}, navigateur à l'heure de Paris : « ${attendu} »`, async () => {
    assert.equal(await statutA(ADRESSE, instant, departement), attendu);
  });
}

test('le fuseau écrit dans la page (réglage de collectif.yaml) l’emporte sur celui du département', async () => {
  // Un collectif du 14 qui aurait réglé America/Martinique : 9:00 là-bas, 15:00 à Paris.
  assert.equal(await statutA(ADRESSE, '2026-06-01T13:00:00Z', '14', 'America/Martinique'), 'Ouvert · ferme à 13 h 00 (heure locale)');
});

test('un lieu « sur rendez-vous » le dit, jamais « Fermé », à toute heure', async () => {
  const rdv = { s: [[], [], [], [], [], [], []], du: '2026-01-01', au: '2027-12-31', rdv: 1 };
  for (const instant of ['2026-06-01T13:00:00Z', '2026-06-07T02:00:00Z']) {
    assert.equal(await statutA(ADRESSE, instant, '976', undefined, rdv), 'Sur rendez-vous');
  }
  // Mardi 14:00-17:00 sans rendez-vous, le reste sur rendez-vous : lundi 10:00 à Mamoudzou.
  const mardi = { ...rdv, s: [[], [840, 1020], [], [], [], [], []] };
  assert.equal(await statutA(ADRESSE, '2026-06-01T07:00:00Z', '976', undefined, mardi), 'Sur rendez-vous · sans rendez-vous demain à 14 h 00 (heure locale)');
});
