/**
 * The invalid corpus: one file per validation rule, each rejected with its own file and field.
 * The corpus lives in `fixtures/invalide/` as a project folder, so the real command
 * `npm run check:content` can be run on it too.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifierDossier } from '../../../src/lib/contenu/verification.ts';

const RACINE = join(import.meta.dirname, '../fixtures/invalide');
const AUJOURDHUI = '2026-11-26';

/** [file, field, a fragment of the message] — one row per rule. */
const CAS: [string, string, string][] = [
  ['lieux/horaires-non-osm.md', 'horaires', 'Mo-Fr 09:00-12:00'],
  ['lieux/horaires-illisible.md', 'horaires', "n'est pas au format OpenStreetMap"],
  ['lieux/horaires-en-francais.md', 'horaires', 'vouliez-vous dire « Mo-Fr 09:00-12:00,14:00-17:00 » ?'],
  ['lieux/horaires-entre-guillemets.md', 'horaires', 'entre guillemets, ce qui en fait un simple commentaire'],
  ['lieux/site-web-javascript.md', 'site_web[1]', 'https://'],
  ['lieux/nom-script.md', 'nom', 'HTML'],
  ['lieux/resume-html.md', 'presentation_resume', 'HTML'],
  ['lieux/corps-script.md', 'texte (sous les champs)', 'balise <script> retirée'],
  ['lieux/coordonnees-inversees.md', 'latitude', 'inversées'],
  ['lieux/hors-departement.md', 'latitude', 'hors du département Calvados'],
  ['lieux/id-duplique.md', 'id', 'content/lieux/mediatheque-caen.md'],
  ['lieux/service-mal-orthographie.md', 'services[1]', 'Vouliez-vous dire « Aide aux démarches administratives »'],
  ['lieux/code-postal-4-chiffres.md', 'code_postal', '« 4400 »'],
  ['lieux/code-insee-invalide.md', 'code_insee', '« 1411 »'],
  ['lieux/pivot-invalide.md', 'pivot', 'SIRET'],
  ['lieux/telephone-invalide.md', 'telephone', '« 12 34 »'],
  ['lieux/courriel-invalide.md', 'courriels[1]', 'adresse e-mail'],
  ['lieux/resume-trop-long.md', 'presentation_resume', 'maximum est 280'],
  ['lieux/date-maj-future.md', 'date_maj', 'dans le futur'],
  ['lieux/date-maj-inexistante.md', 'date_maj', '« 2025-02-30 »'],
  ['lieux/latitude-hors-limites.md', 'latitude', 'entre -90 et 90'],
  ['lieux/typologie-inconnue.md', 'typologie[1]', '« MEDIATHEQUE »'],
  ['lieux/frais-inconnu.md', 'frais_a_charge[1]', 'Vouliez-vous dire « Gratuit »'],
  ['lieux/champ-inconnu.md', 'horaire', 'vouliez-vous dire « horaires »'],
  ['lieux/nom-manquant.md', 'nom', 'champ obligatoire manquant'],
  ['lieux/membre-introuvable.md', 'membre', 'Vouliez-vous dire « ville-de-caen »'],
  ['lieux/prise-rdv-ftp.md', 'prise_rdv', 'ftp://'],
  ['lieux/itinerance-inconnue.md', 'itinerance[1]', '« Itinérant », « Fixe »'],
  ['lieux/longitude-seule.md', 'latitude', 'vont ensemble'],
  ['lieux/modalite-acces-inconnue.md', 'modalites_acces[1]', '« Sur rendez-vous »'],
  ['lieux/id-invalide.md', 'id', 'commence ou finit par une espace'],
  ['lieux/id-reserve.md', 'id', '« points » est réservé au fichier /lieux/points.json'],
  ['lieux/id-reserve-majuscules.md', 'id', '« Points.JSON » est réservé au fichier /lieux/points.json'],
  ['lieux/yaml-casse.md', '', 'YAML'],
  ['membres/type-inconnu.md', 'type', '« mairie »'],
  ['membres/sortie-avant-adhesion.md', 'date_sortie', 'antérieure'],
  ['membres/Ville_De_Test.md', 'nom du fichier', 'Ville_De_Test'],
  ['membres/role-inconnu.md', 'roles[1]', '« president »'],
  ['membres/liste.md', 'nom du fichier', '« liste » est réservé à la page /membres/liste/'],
  ['groupes/pilote-introuvable.md', 'pilotes[1]', 'ville-inconnue'],
  ['groupes/livrable-introuvable.md', 'livrables[1]', 'guide-inconnu'],
  ['ressources/sans-lien-ni-fichier.md', 'lien', 'soit un lien'],
  ['ressources/fichier-absent.md', 'fichier', 'public/ressources/absent.pdf'],
  ['ressources/auteur-introuvable.md', 'auteur', 'association-inconnue'],
  ['reunions/fin-avant-debut.md', 'fin', 'après le début'],
  ['reunions/groupe-manquant.md', 'groupe', 'son groupe'],
  ['reunions/date-invalide.md', 'debut', '« 10/12/2026 14h »'],
  ['actualites/public-inconnu.md', 'publics[1]', '« jeunes »'],
  ['actualites/sans-titre.md', 'titre', 'champ obligatoire manquant'],
];

const resultat = verifierDossier(RACINE, AUJOURDHUI);

describe('corpus de fichiers invalides', () => {
  it.each(CAS)('content/%s est rejeté sur le champ « %s »', (fichier, champ, fragment) => {
    const problemes = resultat.problemes.filter((p) => p.fichier === `content/${fichier}`);

    expect(problemes.map((p) => p.champ)).toEqual([champ]);
    expect(problemes[0]!.message).toContain(fragment);
  });

  it('compte au moins 30 fichiers, un par règle', () => {
    expect(new Set(CAS.map(([f]) => f)).size).toBeGreaterThanOrEqual(30);
  });

  it('ne rejette aucun fichier valide du corpus, et rejette tous les autres', () => {
    const fichiersRejetes = new Set(resultat.problemes.map((p) => p.fichier));
    const attendus = new Set([...CAS.map(([f]) => `content/${f}`), 'content/lieux/mediatheque-caen.md']);

    expect(fichiersRejetes).toEqual(attendus);
  });

  it('chaque fichier du corpus figure dans la table des cas', () => {
    const valides = new Set([
      'lieux/mediatheque-caen.md',
      'membres/ville-de-caen.md',
      'membres/asso-test.md',
      'membres/ancien-membre.md',
      'groupes/demarches.md',
      'ressources/guide-test.md',
      'charte/charte.mdx',
      'convention/convention.mdx',
    ]);
    const presents = readdirSync(join(RACINE, 'content'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));

    expect(presents.filter((f) => !valides.has(f)).sort()).toEqual(CAS.map(([f]) => f).sort());
  });
});

describe('npm run check:content', () => {
  it('sort en erreur et nomme chaque fichier et champ du corpus', () => {
    let sortie = '';
    let code = 0;
    try {
      execFileSync(process.execPath, ['src/cli/check-content.ts', RACINE], { encoding: 'utf8', stdio: 'pipe' });
    } catch (erreur) {
      const e = erreur as { status: number; stderr: string };
      code = e.status;
      sortie = e.stderr;
    }

    expect(code).toBe(1);
    for (const [fichier, champ] of CAS) {
      expect(sortie).toContain(champ === '' ? `content/${fichier} : ` : `content/${fichier} › ${champ} : `);
    }
    expect(sortie).toMatch(/\d+ problèmes dans le contenu/);
  }, 30_000);

  it('accepte un contenu valide', () => {
    const sortie = execFileSync(process.execPath, ['src/cli/check-content.ts', join(import.meta.dirname, '../fixtures/valide')], { encoding: 'utf8' });

    expect(sortie).toContain('Contenu valide');
    // A subprocess: its start alone can take seconds on a loaded machine.
  }, 30_000);
});
