/**
 * Control characters, direction overrides, line breaks and very long values: every text field
 * of every collection refuses them with a French message, quickly (lengths are bounded before
 * any pattern runs), and messages never print them raw.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { schemaCollectif } from '../../../src/lib/contenu/schemas/configuration.ts';
import { schemaLieu } from '../../../src/lib/contenu/schemas/lieu.ts';
import { schemaActualite, schemaGroupe, schemaMembre, schemaReunion, schemaRessource } from '../../../src/lib/contenu/schemas/entrees-collectif.ts';
import { chargerCollectif } from '../../../src/lib/contenu/chargement.ts';
import { cite, texte } from '../../../src/lib/contenu/schemas/communs.ts';
import { contexteLieu, formaterProbleme, problemesCorps, validerContenu } from '../../../src/lib/contenu/validation.ts';

const VALIDE = join(import.meta.dirname, '../fixtures/valide');
const donneesCollectif = chargerCollectif(VALIDE).donnees as Record<string, unknown>;
const collectif = schemaCollectif.parse(donneesCollectif);
const schemaDesLieux = schemaLieu(contexteLieu(collectif, '2026-11-26'));

const ENTREES: [string, z.ZodType, Record<string, unknown>][] = [
  [
    'lieu',
    schemaDesLieux,
    {
      id: 'lieu-test',
      pivot: '21140118500017',
      nom: 'Lieu de test',
      commune: 'Caen',
      code_postal: '14000',
      adresse: '1 rue de Test',
      date_maj: '2026-01-15',
      presentation_resume: 'Résumé.',
      telephone: '02 31 00 00 00',
      courriels: ['a@exemple.fr'],
      site_web: ['https://exemple.fr'],
    },
  ],
  ['membre', schemaMembre, { nom: 'Asso', type: 'association', roles: ['expert'], date_adhesion: '2022-01-20', description: 'Une association.' }],
  [
    'réunion',
    schemaReunion,
    { titre: 'Plénière', type: 'pleniere', debut: '2026-12-10T14:00', fin: '2026-12-10T16:00', lieu: 'Caen', ordre_du_jour: ['Point 1'] },
  ],
  ['actualité', schemaActualite, { titre: 'Titre', date: '2026-01-01', publics: ['professionnels'], resume: 'Résumé.' }],
  [
    'ressource',
    schemaRessource,
    { titre: 'Guide', type: 'guide', date: '2026-01-01', resume: 'Résumé.', themes: ['Démarches'], lien: 'https://exemple.fr', auteur: 'asso' },
  ],
  ['groupe', schemaGroupe, { nom: 'Groupe', theme: 'Thème', statut: 'actif', pilotes: ['x'], date_debut: '2026-01-01', objectifs: ['Partager'] }],
  ['configuration', schemaCollectif, donneesCollectif],
];

function analyser(schema: z.ZodType, donnees: unknown) {
  return schema.safeParse(donnees, { error: z.locales.fr().localeError });
}

/** Every string field at the top level of an entry, with its value. */
function champsTexte(donnees: Record<string, unknown>): string[] {
  return Object.entries(donnees)
    .filter(([, v]) => typeof v === 'string' || (Array.isArray(v) && typeof v[0] === 'string'))
    .map(([k]) => k);
}

function avecValeur(donnees: Record<string, unknown>, champ: string, valeur: string) {
  return { ...donnees, [champ]: Array.isArray(donnees[champ]) ? [valeur] : valeur };
}

describe('entrées valides de départ', () => {
  it.each(ENTREES)('%s', (_, schema, donnees) => {
    expect(analyser(schema, donnees).error?.issues ?? []).toEqual([]);
  });
});

describe('valeurs de 1 Mo', () => {
  const enorme = `${'<a'.repeat(500_000)}`;
  const cas = ENTREES.flatMap(([nom, schema, donnees]) => champsTexte(donnees).map((champ) => [`${nom}.${champ}`, schema, donnees, champ] as const));

  it.each(cas)('%s : refusée en moins d’une seconde', (_, schema, donnees, champ) => {
    const debut = performance.now();
    const resultat = analyser(schema, avecValeur(donnees, champ, enorme));
    const duree = performance.now() - debut;

    expect(resultat.success).toBe(false);
    expect(duree).toBeLessThan(1000);
  });

  it('un texte de 1 Mo sous les champs est refusé sans être analysé', () => {
    const debut = performance.now();
    const problemes = problemesCorps({ chemin: 'content/lieux/x.md', corps: '<a'.repeat(500_000) });

    expect(problemes[0]).toContain('le maximum est 200000');
    expect(performance.now() - debut).toBeLessThan(1000);
  });
});

describe('caractères de contrôle, sens du texte, retours à la ligne', () => {
  /** The free-text fields (texts, addresses, e-mails) of each entry. */
  const TEXTES: Record<string, string[]> = {
    lieu: ['nom', 'commune', 'adresse', 'presentation_resume', 'courriels', 'site_web'],
    membre: ['nom', 'description'],
    réunion: ['titre', 'lieu', 'ordre_du_jour'],
    actualité: ['titre', 'resume'],
    ressource: ['titre', 'resume', 'themes', 'lien'],
    groupe: ['nom', 'theme', 'objectifs'],
    configuration: ['nom', 'nom_court', 'site_url'],
  };
  const cas = ENTREES.flatMap(([nom, schema, donnees]) => TEXTES[nom]!.map((champ) => [`${nom}.${champ}`, schema, donnees, champ] as const));

  /** Texts shown as paragraphs (text areas in the CMS form): a line break is allowed there. */
  const PARAGRAPHES = new Set(['lieu.presentation_resume', 'membre.description', 'actualité.resume', 'ressource.resume']);

  it.each(cas)('%s refuse ESC, NUL, VT, C1, U+202E et un retour à la ligne', (nomCas, schema, donnees, champ) => {
    const base = String(Array.isArray(donnees[champ]) ? (donnees[champ] as string[])[0] : donnees[champ]);
    const intrus: [string, string][] = [
      ['\u001b[31m', 'U+001B'],
      ['\u0000', 'U+0000'],
      ['\u000b', 'U+000B'],
      ['\u0085', 'U+0085'],
      ['\u202e', 'inverse le sens'],
      ['\r\nX', ''],
    ];
    if (!PARAGRAPHES.has(nomCas)) intrus.push(['\nBEGIN:VEVENT', 'une seule ligne'], ['\u2028', 'une seule ligne']);
    for (const [caractere, attendu] of intrus) {
      // Inserted inside the value (a leading or trailing one would be trimmed).
      const valeur =
        base.length > 8 && base.startsWith('https://')
          ? `https://exemple.fr/a${caractere}b`
          : base.length > 6 && base.includes('@')
            ? `a${caractere}b@exemple.fr`
            : `${base.slice(0, 1)}${caractere}${base.slice(1)}`;
      const resultat = analyser(schema, avecValeur(donnees, champ, valeur));

      expect(resultat.success, `${champ} avec ${JSON.stringify(caractere)}`).toBe(false);
      const messages = resultat.error!.issues.map((i) => i.message).join('\n');
      expect(messages).toContain(attendu);
      expect(messages).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    }
  });

  it('le texte sous les champs refuse un caractère de contrôle ou un inverseur de sens, mais garde tabulations et retours à la ligne', () => {
    expect(problemesCorps({ chemin: 'content/lieux/x.md', corps: 'Texte\u001b[2J effacé.\n' })[0]).toContain('U+001B');
    expect(problemesCorps({ chemin: 'content/lieux/x.md', corps: 'Texte \u202etxet.\n' })[0]).toContain('inverse le sens');
    expect(problemesCorps({ chemin: 'content/lieux/x.md', corps: 'Texte\ten deux\r\nlignes.\n' })).toEqual([]);
  });

  it.each([...PARAGRAPHES])('%s accepte plusieurs lignes', (nomCas) => {
    const [nom, champ] = nomCas.split('.') as [string, string];
    const [, schema, donnees] = ENTREES.find(([n]) => n === nom)!;

    expect(analyser(schema, { ...donnees, [champ]: 'Première ligne.\nDeuxième ligne.' }).success).toBe(true);
  });

  it('un champ peut accepter plusieurs lignes, jamais de caractère de contrôle', () => {
    expect(texte({ multiligne: true }).safeParse('ligne 1\nligne 2').success).toBe(true);
    expect(texte({ multiligne: true }).safeParse('ligne 1\u0007').success).toBe(false);
  });

  it('les messages et le rapport montrent les caractères de contrôle sans les écrire', () => {
    expect(cite('a\u001b[2Jb\nc')).toBe('« a\\u{1b}[2Jb\\nc »');
    const { problemes } = validerContenu({
      collectif: { chemin: 'content/collectif.yaml', donnees: donneesCollectif },
      fichiers: [{ chemin: 'content/lieux/x\u001b[2J.md', collection: 'lieux', donnees: undefined, erreurLecture: 'illisible', corps: '' }],
      aujourdhui: '2026-11-26',
    });
    const lignes = problemes.map(formaterProbleme).join('\n');

    expect(lignes).toContain('x\\u{1b}[2J.md');
    expect(lignes).not.toContain('\u001b');
  });
});
