/**
 * `npm run nouveau`: the pure parts (questions from the schemas, reading answers, file names,
 * the written text), a whole session driven by scripted answers, and `--depuis`.
 */
import { describe, expect, it } from 'vitest';
import { communesDuDepartement } from '../../../src/lib/territoire/communes.ts';
import { TYPES_NOUVEAU, formeSchema, schemaDe } from '../../../src/lib/contribution/champs.ts';
import { lireFrontmatter } from '../../../src/lib/contenu/frontmatter.ts';
import { SaisieInterrompue, depuisJson, lireArgumentsNouveau, questionner, type Dialogue } from '../../../src/lib/contribution/nouveau/session.ts';
import { idLibre, interpreter, nomSur, questionsPour, verifierReponse, type ContexteNouveau } from '../../../src/lib/contribution/nouveau/questions.ts';
import { cheminLibre, cheminPour, texteDuFichier } from '../../../src/lib/contribution/nouveau/fichier.ts';

const AUJOURDHUI = '2026-11-26';
function contexte(fichiers: string[] = []): ContexteNouveau {
  return {
    aujourdhui: AUJOURDHUI,
    contexteLieu: { communes: communesDuDepartement('14'), nomDepartement: 'Calvados (14)', aujourdhui: AUJOURDHUI },
    existants: {
      lieux: [{ id: 'mediatheque-caen', libelle: 'Médiathèque de test' }],
      membres: [
        { id: 'asso-test', libelle: 'Association de test' },
        { id: 'ville-de-caen', libelle: 'Ville de Caen' },
      ],
      groupes: [{ id: 'demarches', libelle: 'Démarches en ligne' }],
    },
    existe: (chemin) => fichiers.includes(chemin),
  };
}

/** A dialogue that answers from a script and records what was said. */
function scenario(reponses: string[]): Dialogue & { journal: string[]; restantes: () => number } {
  const file = [...reponses];
  const journal: string[] = [];
  return {
    journal,
    restantes: () => file.length,
    demander: async (invite) => {
      journal.push(invite);
      return file.length > 0 ? file.shift()! : null;
    },
    dire: (texte) => journal.push(texte),
  };
}

/** Answers in the order of the questions: one entry per question, `[]` lines for a list. */
function reponsesPour(type: keyof typeof TYPES_NOUVEAU, valeurs: Record<string, string | string[]>, corps: string[] = []): string[] {
  const lignes: string[] = [];
  for (const q of questionsPour(type, contexte())) {
    const v = valeurs[q.champ];
    const listeDeTextes = q.description.liste && !q.description.valeurs && !q.reference;
    if (Array.isArray(v)) lignes.push(...v, ...(listeDeTextes ? [''] : []));
    else lignes.push(v ?? '');
  }
  return [...lignes, ...corps, ''];
}

describe('questions tirées des schémas', () => {
  it.each(Object.keys(TYPES_NOUVEAU) as (keyof typeof TYPES_NOUVEAU)[])('%s : une question par champ du schéma', (type) => {
    const champs = questionsPour(type, contexte()).map((q) => q.champ);
    expect([...champs].sort()).toEqual(Object.keys(formeSchema(TYPES_NOUVEAU[type])).sort());
  });

  it('demande le nom d’un lieu avant son identifiant, et propose l’identifiant tiré du nom', () => {
    const questions = questionsPour('lieu', contexte());
    expect(questions.slice(0, 2).map((q) => q.champ)).toEqual(['nom', 'id']);
    expect(questions[1]!.defaut!({ nom: 'Médiathèque de test' })).toBe('mediatheque-de-test');
    expect(questions[1]!.defaut!({ nom: 'Mediatheque Caen' })).toBe('mediatheque-caen-2');
  });

  it('propose code postal et code INSEE de la commune du département', () => {
    const parChamp = Object.fromEntries(questionsPour('lieu', contexte()).map((q) => [q.champ, q]));
    expect(parChamp['code_postal']!.defaut!({ commune: 'bayeux' })).toBe('14400');
    expect(parChamp['code_insee']!.defaut!({ commune: 'Bayeux' })).toBe('14047');
    expect(parChamp['code_insee']!.defaut!({ commune: 'Commune inconnue' })).toBeUndefined();
    expect(parChamp['date_maj']!.defaut!({})).toBe(AUJOURDHUI);
  });
});

describe('lecture d’une réponse', () => {
  const questions = Object.fromEntries(questionsPour('lieu', contexte()).map((q) => [q.champ, q]));
  const services = questions['services']!.description.valeurs!.map((valeur) => ({ valeur }));

  it.each<[string, string, unknown]>([
    ['services', '1, 3', ['Aide aux démarches administratives', 'Insertion professionnelle via le numérique']],
    ['services', '2,Loisirs et créations numériques', ['Maîtrise des outils numériques du quotidien', 'Loisirs et créations numériques']],
    ['services', '99', ['99']],
    ['latitude', '49,18', 49.18],
    ['latitude', 'nord', 'nord'],
    ['horaires', '"Mo-Fr 09:00-12:00"', 'Mo-Fr 09:00-12:00'],
    ['nom', '   ', undefined],
  ])('%s ← %j', (champ, texte, attendu) => {
    expect(interpreter(texte, questions[champ]!, champ === 'services' ? services : [])).toEqual(attendu);
  });

  it('lit oui et non pour un booléen', () => {
    const signataire = questionsPour('membre', contexte()).find((q) => q.champ === 'signataire')!;
    expect(interpreter('oui', signataire, [])).toBe(true);
    expect(interpreter('N', signataire, [])).toBe(false);
  });

  it('refuse une réponse avec le message du schéma, et une référence inconnue avec une suggestion', () => {
    expect(verifierReponse('Lu-Ve 9h-12h', questions['horaires']!, contexte(), 'lieux')[0]).toMatch(/^« Lu-Ve 9h-12h » n'est pas au format OpenStreetMap/);
    expect(verifierReponse(undefined, questions['pivot']!, contexte(), 'lieux')).toEqual(['champ obligatoire manquant']);
    expect(verifierReponse(undefined, questions['horaires']!, contexte(), 'lieux')).toEqual([]);
    expect(verifierReponse('asso-tst', questions['membre']!, contexte(), 'lieux')).toEqual([
      '« asso-tst » ne correspond à aucun fichier de content/membres/ (référence introuvable). Vouliez-vous dire « asso-test » ?',
    ]);
    expect(verifierReponse('mediatheque-caen', questions['id']!, contexte(), 'lieux')[0]).toMatch(/déjà utilisé/);
  });
});

describe('noms de fichiers', () => {
  it.each<[string, string]>([
    ['Médiathèque « Les 7 Lieux »', 'mediatheque-les-7-lieux'],
    ['L’Œuvre d’Orne', 'l-oeuvre-d-orne'],
    ['!!!', 'repli'],
    ['Un titre vraiment très long qui dépasse largement la longueur raisonnable d’un nom de fichier', 'un-titre-vraiment-tres-long-qui-depasse-largement-la'],
  ])('%s → %s', (texte, attendu) => {
    expect(nomSur(texte, 'repli')).toBe(attendu);
    expect(nomSur(texte, 'repli').length).toBeLessThanOrEqual(60);
  });

  it.each<[keyof typeof TYPES_NOUVEAU, Record<string, unknown>, string]>([
    ['lieu', { id: 'bus-numerique', nom: 'Bus' }, 'content/lieux/bus-numerique.md'],
    ['membre', { nom: 'CCAS de Lisieux' }, 'content/membres/ccas-de-lisieux.md'],
    ['actualite', { titre: 'Nouvel espace à Vire', date: '2026-10-14' }, 'content/actualites/2026-10-14-nouvel-espace-a-vire.md'],
    ['ressource', { titre: 'Guide des démarches' }, 'content/ressources/guide-des-demarches.md'],
    ['reunion', { titre: 'Séance plénière', debut: '2026-12-10T14:00' }, 'content/reunions/2026-12-10-seance-pleniere.md'],
  ])('%s → %s', (type, donnees, chemin) => {
    expect(cheminPour(type, donnees)).toBe(chemin);
  });

  it('n’écrase jamais : ajoute un suffixe libre', () => {
    expect(cheminLibre('content/membres/x.md', () => false)).toBe('content/membres/x.md');
    expect(cheminLibre('content/membres/x.md', (c) => ['content/membres/x.md', 'content/membres/x-2.md'].includes(c))).toBe('content/membres/x-3.md');
    expect(
      idLibre('a', [
        { id: 'a', libelle: '' },
        { id: 'a-2', libelle: '' },
      ]),
    ).toBe('a-3');
  });
});

describe('texte du fichier', () => {
  it('écrit les champs dans l’ordre du schéma, chaînes entre guillemets, sans listes vides, et se relit à l’identique', () => {
    const donnees = { nom: 'G', theme: 'T', statut: 'actif', pilotes: ['asso-test'], participants: [], date_debut: '2024-02-01', objectifs: [], livrables: [] };
    const texte = texteDuFichier(
      'membre',
      { date_adhesion: '2023-05-01', nom: 'Asso « A »', type: 'association', roles: ['expert'], signataire: false, description: 'Texte : "ok"' },
      'Paragraphe.',
    );
    expect(texte).toBe(
      [
        '---',
        'nom: "Asso « A »"',
        'type: "association"',
        'roles:',
        '  - "expert"',
        'date_adhesion: "2023-05-01"',
        'signataire: false',
        'description: "Texte : \\"ok\\""',
        '---',
        'Paragraphe.',
        '',
      ].join('\n'),
    );
    const relu = lireFrontmatter(texte);
    expect(relu.ok && relu.donnees).toEqual({
      nom: 'Asso « A »',
      type: 'association',
      roles: ['expert'],
      date_adhesion: '2023-05-01',
      signataire: false,
      description: 'Texte : "ok"',
    });
    expect(donnees.participants).toEqual([]);
  });
});

describe('session de questions', () => {
  it('crée un lieu valide en redemandant les réponses refusées', async () => {
    const reponses = reponsesPour(
      'lieu',
      {
        nom: 'Espace numérique de Vire',
        pivot: ['123', 'W143001234'],
        commune: 'Vire Normandie',
        adresse: 'Place du Château',
        latitude: '48,8385',
        longitude: '-0.8892',
        telephone: '02 31 66 00 00',
        courriels: ['contact@exemple.fr', 'accueil@exemple.fr'],
        horaires: ['Lu-Ve 9h-12h', 'Mo-Fr 09:00-12:00,14:00-17:00; Sa[1] 10:00-12:00; PH off'],
        itinerance: '2',
        services: '1,2',
        membre: '2',
      },
      ['Un espace numérique au cœur de Vire.'],
    );
    const dialogue = scenario(reponses);
    const creation = await questionner('lieu', dialogue, contexte());
    expect(dialogue.restantes()).toBe(0);
    expect(creation.chemin).toBe('content/lieux/espace-numerique-de-vire.md');
    const lecture = lireFrontmatter(creation.contenu);
    expect(lecture.ok).toBe(true);
    if (!lecture.ok) return;
    expect(lecture.corps).toBe('Un espace numérique au cœur de Vire.\n');
    expect(lecture.donnees).toMatchObject({
      id: 'espace-numerique-de-vire',
      pivot: 'W143001234',
      code_postal: '14500',
      code_insee: '14762',
      latitude: 48.8385,
      horaires: 'Mo-Fr 09:00-12:00,14:00-17:00; Sa[1] 10:00-12:00; PH off',
      itinerance: ['Fixe'],
      date_maj: AUJOURDHUI,
      services: ['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien'],
      membre: 'ville-de-caen',
      courriels: ['contact@exemple.fr', 'accueil@exemple.fr'],
    });
    expect(schemaDe('lieux', contexte().contexteLieu).safeParse(lecture.donnees).success).toBe(true);
    const refus = dialogue.journal.filter((l) => l.startsWith('  ✗'));
    expect(refus).toHaveLength(2);
    expect(refus[1]).toMatch(/« Lu-Ve 9h-12h » n'est pas au format OpenStreetMap .*vouliez-vous dire « Mo-Fr 09:00-12:00 »/);
    expect(dialogue.journal).toContain('  Aide : docs/champs.md#lieux-horaires. Recommencez :');
  });

  it('redemande un champ qu’une règle entre champs refuse (fin avant le début)', async () => {
    const reponses = reponsesPour('reunion', {
      titre: 'Plénière',
      type: '1',
      debut: '2026-12-10T14:00',
      fin: '2026-12-10T12:00',
      lieu: 'Caen',
      ordre_du_jour: ['Bilan'],
    });
    reponses.splice(reponses.length - 1, 0, '2026-12-10T16:00');
    const dialogue = scenario(reponses);
    const creation = await questionner('reunion', dialogue, contexte());
    expect(dialogue.journal).toContain('✗ fin : la fin (2026-12-10T12:00) doit être après le début (2026-12-10T14:00)');
    expect(creation.chemin).toBe('content/reunions/2026-12-10-pleniere.md');
    expect(creation.contenu).toContain('fin: "2026-12-10T16:00"');
  });

  it('propose un autre nom quand le fichier existe, sans l’écraser', async () => {
    const reponses = reponsesPour('membre', { nom: 'Association de test', type: '7', roles: '4', description: 'Une association.' });
    const dialogue = scenario([...reponses, '']);
    const creation = await questionner('membre', dialogue, contexte(['content/membres/association-de-test.md']));
    expect(dialogue.journal).toContain('Le fichier content/membres/association-de-test.md existe déjà : il ne sera pas remplacé.');
    expect(creation.chemin).toBe('content/membres/association-de-test-2.md');
  });

  it('s’arrête sans rien produire si la saisie se termine avant la fin', async () => {
    await expect(questionner('actualite', scenario(['Titre']), contexte())).rejects.toBeInstanceOf(SaisieInterrompue);
  });
});

describe('--depuis fichier.json', () => {
  it('crée le fichier, avec les valeurs par défaut des champs absents', () => {
    const resultat = depuisJson('actualite', { titre: 'Nouvel espace à Vire', publics: ['elus'], resume: 'Ouverture.', texte: 'Texte.' }, 'a.json', contexte());
    expect(resultat.ok).toBe(true);
    if (!resultat.ok) return;
    expect(resultat.creation.chemin).toBe(`content/actualites/${AUJOURDHUI}-nouvel-espace-a-vire.md`);
    expect(resultat.creation.contenu).toBe(
      ['---', 'titre: "Nouvel espace à Vire"', `date: "${AUJOURDHUI}"`, 'publics:', '  - "elus"', 'resume: "Ouverture."', '---', 'Texte.', ''].join('\n'),
    );
  });

  it('donne tous les problèmes, au format de check:content avec le lien d’aide, et rien à écrire', () => {
    const resultat = depuisJson(
      'lieu',
      { id: 'x', nom: 'X', commune: 'Caen', code_postal: '14000', adresse: 'Rue', horaires: 'Lu-Ve 9h-12h', membre: 'inconnu' },
      'lieu.json',
      contexte(),
    );
    expect(resultat.ok).toBe(false);
    if (resultat.ok) return;
    expect(resultat.lignes).toEqual([
      'lieu.json › pivot : champ obligatoire manquant → aide : docs/champs.md#lieux-pivot',
      expect.stringMatching(/^lieu\.json › horaires : « Lu-Ve 9h-12h » n'est pas au format OpenStreetMap .* → aide : docs\/champs\.md#lieux-horaires$/),
      'lieu.json › membre : « inconnu » ne correspond à aucun fichier de content/membres/ (référence introuvable). → aide : docs/champs.md#lieux-membre',
    ]);
  });

  it('ajoute un suffixe à un identifiant de lieu déjà pris, et le dit', () => {
    const resultat = depuisJson(
      'lieu',
      { id: 'mediatheque-caen', pivot: 'W143001234', nom: 'M', commune: 'Caen', code_postal: '14000', adresse: 'Rue' },
      'l.json',
      contexte(),
    );
    expect(resultat.ok && resultat.creation.chemin).toBe('content/lieux/mediatheque-caen-2.md');
    expect(resultat.ok && resultat.avis[0]).toMatch(/déjà utilisé .* « mediatheque-caen-2 »/);
  });

  it('refuse un JSON qui n’est pas un objet', () => {
    expect(depuisJson('lieu', [1], 'l.json', contexte())).toEqual({
      ok: false,
      lignes: ['l.json : le fichier doit contenir un objet JSON { "champ": valeur, … }'],
    });
  });
});

describe('arguments', () => {
  it.each<[string[], unknown]>([
    [['lieu'], { ok: true, type: 'lieu' }],
    [['reunion', '--depuis', 'r.json'], { ok: true, type: 'reunion', depuis: 'r.json' }],
    [['--depuis=r.json', 'membre'], { ok: true, type: 'membre', depuis: 'r.json' }],
  ])('%j', (args, attendu) => {
    expect(lireArgumentsNouveau(args)).toEqual(attendu);
  });

  it.each<[string[], RegExp]>([
    [[], /^Indiquez le type/],
    [['liue'], /^Type inconnu : « liue »\. Vouliez-vous dire « lieu » \?/],
    [['groupe'], /^Type inconnu/],
    [['lieu', '--depuis'], /^--depuis attend/],
    [['lieu', '-x'], /^Option inconnue/],
  ])('refuse %j', (args, message) => {
    const resultat = lireArgumentsNouveau(args);
    expect(resultat.ok).toBe(false);
    if (!resultat.ok) expect(resultat.message).toMatch(message);
  });
});
