/**
 * Validation of the whole content at once: every problem of every file, in French, in the form
 * `content/lieux/x.md › horaires : « Lu-Ve 9h-12h » n'est pas au format OpenStreetMap…`.
 *
 * Pure: the files are passed in (see `chargement.ts` for reading them from disk), so the unit
 * tests validate in-memory corpora and the build validates the real `content/` folder.
 */
import { z } from 'astro/zod';
import { communesDuDepartement } from '../territoire/communes.ts';
import { COLLECTIONS, NOMS_COLLECTIONS, idEntree, schemasCollections, type NomCollection } from './collections.ts';
import { cite, neutraliserControles, problemeCaracteres } from './schemas/communs.ts';
import { problemePosition, type ContexteLieu } from './schemas/lieu.ts';
import { schemaCollectif, type Collectif } from './schemas/configuration.ts';
import { valeurLaPlusProche } from '../commun/suggestion.ts';
import type { DatesAdhesion } from '../collectif/adhesion.ts';
import { problemeMemeAdresse, verifierIdsReserves } from './adresses-reservees.ts';
import { slugLieu } from '../commun/slug.ts';
import { problemesAssainissement } from '../securite/assainissement.ts';
import { problemesMdx } from '../securite/code-mdx.ts';
import { verifierConvention } from '../collectif/convention.ts';
import { verifierAnimateurs } from '../collectif/secretariat.ts';

/** A content file as read from disk. */
export interface FichierContenu {
  /** Path shown in messages, relative to the project (`content/lieux/x.md`). */
  chemin: string;
  collection: NomCollection;
  /** Parsed front matter, or the reason it could not be parsed. */
  donnees: unknown;
  erreurLecture?: string;
  /** Markdown body. */
  corps: string;
  /** Line of the file where the body starts (from 1), for the lines of the body's problems. */
  ligneCorps?: number;
}

/** One problem found in one field of one file. */
export interface Probleme {
  fichier: string;
  champ: string;
  message: string;
}

export interface EntreeValidee<T> {
  id: string;
  chemin: string;
  donnees: T;
  corps: string;
}

/** Everything validated, typed, for the checks that need several collections at once. */
export interface ContenuValide {
  collectif: Collectif | undefined;
  entrees: { [K in NomCollection]: EntreeValidee<Record<string, unknown>>[] };
}

export interface ResultatValidation {
  problemes: Probleme[];
  contenu: ContenuValide;
}

/** Formats a problem for a terminal or a CI log. */
export function formaterProbleme(p: Probleme): string {
  // A file name can carry control characters too: none reaches the terminal raw.
  const fichier = neutraliserControles(p.fichier);
  return neutraliserControles(p.champ === '' ? `${fichier} : ${p.message}` : `${fichier} › ${p.champ} : ${p.message}`);
}

/**
 * Markup that a Markdown body must not carry: it would run in the visitors' browsers. A quick
 * test kept for the import; the content check and the build use the sanitiser's allowlist
 * (`securite/assainissement.ts`).
 */
export const HTML_DANGEREUX = /<\s*(script|iframe|object|embed|form|style|link|meta)\b|\son[a-z]+\s*=|javascript\s*:/i;

/** Builds the place schema's context from the site configuration. */
export function contexteLieu(collectif: Collectif | undefined, aujourdhui: string): ContexteLieu {
  return {
    communes: collectif ? communesDuDepartement(collectif.departement.code) : [],
    nomDepartement: collectif ? `${collectif.departement.nom} (${collectif.departement.code})` : '',
    aujourdhui,
  };
}

/**
 * Validates the site configuration and every content file, then the references between them.
 * `fichiersPublics` lists the files of `public/` (paths starting with `/`), to check the
 * resources' and members' files; `aujourdhui` is `AAAA-MM-JJ`.
 */
export function validerContenu(entree: {
  collectif: { chemin: string; donnees: unknown; erreurLecture?: string };
  fichiers: readonly FichierContenu[];
  fichiersPublics?: ReadonlySet<string>;
  aujourdhui: string;
}): ResultatValidation {
  const problemes: Probleme[] = [];
  const signaler = (fichier: string, champ: string, message: string) => problemes.push({ fichier, champ, message });

  let collectif: Collectif | undefined;
  if (entree.collectif.erreurLecture !== undefined) {
    signaler(entree.collectif.chemin, '', entree.collectif.erreurLecture);
  } else {
    const resultat = analyser(schemaCollectif, entree.collectif.donnees);
    if (resultat.success) collectif = resultat.data;
    else problemes.push(...problemesZod(entree.collectif.chemin, resultat.error, schemaCollectif, entree.collectif.donnees));
  }

  const contexteDesLieux = contexteLieu(collectif, entree.aujourdhui);
  const schemas = schemasCollections(contexteDesLieux);
  const parCollection = () => Object.fromEntries(NOMS_COLLECTIONS.map((nom) => [nom, []])) as unknown as ContenuValide['entrees'];
  const entrees = parCollection();
  /** Entries that failed validation, kept raw so that their references are checked too. */
  const invalides = parCollection();
  const fichiersParId = new Map<string, { chemin: string; id: string }[]>();

  for (const fichier of entree.fichiers) {
    if (fichier.erreurLecture !== undefined) {
      signaler(fichier.chemin, '', fichier.erreurLecture);
      continue;
    }
    const id = idEntree(fichier.collection, fichier.chemin, fichier.donnees);
    if (fichier.collection !== 'lieux' && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      signaler(
        fichier.chemin,
        'nom du fichier',
        `${cite(id)} n'est pas un nom de fichier valide : lettres minuscules sans accent, chiffres et tirets (exemple : ville-de-bayeux.md)`,
      );
    }
    // Case-insensitive: « Lieu-1.md » and « lieu-1.md » are the same file on Windows and macOS;
    // a place's page is the slug of its id, so two ids with the same slug are the same page.
    const cle = `${fichier.collection}/${fichier.collection === 'lieux' ? slugLieu(id) : id.toLowerCase()}`;
    fichiersParId.set(cle, [...(fichiersParId.get(cle) ?? []), { chemin: fichier.chemin, id }]);

    const schema: z.ZodType = schemas[fichier.collection];
    const resultat = analyser(schema, fichier.donnees);
    for (const message of problemesCorps(fichier)) signaler(fichier.chemin, CHAMP_CORPS, message);
    if (resultat.success) {
      entrees[fichier.collection].push({ id, chemin: fichier.chemin, donnees: resultat.data as Record<string, unknown>, corps: fichier.corps });
      continue;
    }
    problemes.push(...problemesZod(fichier.chemin, resultat.error, schema, fichier.donnees));
    const brutes = estObjet(fichier.donnees) ? fichier.donnees : {};
    // Zod skips whole-object rules when a field fails: check the position on its own, so
    // that a contributor sees every problem of the file in one run.
    if (fichier.collection === 'lieux' && !resultat.error.issues.some((i) => i.path[0] === 'latitude' || i.path[0] === 'longitude')) {
      const probleme = problemePosition(brutes['latitude'], brutes['longitude'], contexteDesLieux);
      if (probleme) signaler(fichier.chemin, probleme.champ, probleme.message);
    }
    invalides[fichier.collection].push({ id, chemin: fichier.chemin, donnees: brutes, corps: fichier.corps });
  }

  for (const memes of fichiersParId.values()) {
    if (memes.length < 2) continue;
    for (const { chemin, id } of memes) {
      const autres = memes.filter((m) => m.chemin !== chemin);
      const memeId = autres.filter((m) => m.id === id || !chemin.startsWith('content/lieux/'));
      const autreId = autres.find((m) => !memeId.includes(m));
      signaler(
        chemin,
        chemin.startsWith('content/lieux/') ? 'id' : 'nom du fichier',
        memeId.length > 0
          ? `l'identifiant ${cite(id)} est aussi utilisé par ${memeId.map((m) => m.chemin).join(', ')} : chaque entrée doit avoir un identifiant unique`
          : problemeMemeAdresse(id, autreId!.id, autreId!.chemin),
      );
    }
  }

  const contenu: ContenuValide = { collectif, entrees };
  const toutes = Object.fromEntries(NOMS_COLLECTIONS.map((nom) => [nom, [...entrees[nom], ...invalides[nom]]])) as unknown as ContenuValide['entrees'];
  problemes.push(...verifierReferences(toutes, entree.fichiersPublics));
  if (collectif) {
    const datesMembres = new Map(entrees.membres.map((m) => [m.id, m.donnees as unknown as DatesAdhesion]));
    problemes.push(...verifierAnimateurs(entree.collectif.chemin, collectif.animateurs, datesMembres));
    problemes.push(...verifierConvention(entree.collectif.chemin, collectif.convention));
  }
  problemes.push(...verifierIdsReserves(toutes));
  for (const nom of ['charte', 'convention'] as const) {
    if (entree.fichiers.every((f) => f.collection !== nom)) {
      signaler(`content/${COLLECTIONS[nom].dossier}/`, '', `le dossier doit contenir le texte de la ${nom} (${nom}.mdx)`);
    }
  }
  return { problemes, contenu };
}

/** How problems of the Markdown body are named. */
export const CHAMP_CORPS = 'texte (sous les champs)';

/** Longest body accepted (characters), checked before any parsing. */
export const LONGUEUR_MAX_CORPS = 200_000;

/**
 * Problems of a body: in `.mdx`, any code (checked first, on the MDX syntax tree); in every
 * file, what the sanitiser would remove at the build.
 */
export function problemesCorps(fichier: Pick<FichierContenu, 'chemin' | 'corps' | 'ligneCorps'>): string[] {
  if (fichier.corps.length > LONGUEUR_MAX_CORPS) {
    return [`le texte fait ${fichier.corps.length} caractères, le maximum est ${LONGUEUR_MAX_CORPS} : découpez-le ou déposez-le comme fichier (ressource)`];
  }
  const caracteres = problemeCaracteres(fichier.corps);
  if (caracteres) return [caracteres];
  const format = fichier.chemin.endsWith('.mdx') ? 'mdx' : 'md';
  if (format === 'mdx') {
    const code = problemesMdx(fichier.corps, fichier.ligneCorps ?? 1);
    if (code.length > 0) return code.map((p) => (p.ligne === undefined ? p.message : `ligne ${p.ligne} : ${p.message}`));
  }
  return problemesAssainissement(fichier.corps, format).map((retrait) => `${retrait} (le site le retirerait à la publication)`);
}

function estObjet(valeur: unknown): valeur is Record<string, unknown> {
  return valeur !== null && typeof valeur === 'object' && !Array.isArray(valeur);
}

function analyser<T extends z.ZodType>(schema: T, donnees: unknown) {
  return schema.safeParse(donnees, { reportInput: true, error: z.locales.fr().localeError }) as z.ZodSafeParseResult<z.output<T>>;
}

/** Turns zod issues into problems naming the field, in French. */
export function problemesZod(fichier: string, erreur: z.ZodError, schema: z.ZodType, donnees: unknown): Probleme[] {
  return erreur.issues.flatMap((issue): Probleme[] => {
    const champ = cheminChamp(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const connus = clesConnues(schema, issue.path);
      return issue.keys.map((cle) => {
        const proche = valeurLaPlusProche(cle, connus);
        const conseil = proche ? ` ; vouliez-vous dire ${cite(proche)} ?` : '';
        return { fichier, champ: champ === '' ? cle : `${champ}.${cle}`, message: `champ inconnu${conseil}` };
      });
    }
    if (issue.path.length === 0 && issue.code === 'invalid_type') {
      return [{ fichier, champ: '', message: 'les champs en tête du fichier sont absents ou mal écrits (un champ par ligne : nom: valeur)' }];
    }
    if (issue.code === 'invalid_type' && issue.input === undefined && valeurA(donnees, issue.path) === undefined) {
      return [{ fichier, champ, message: 'champ obligatoire manquant' }];
    }
    return [{ fichier, champ, message: issue.message }];
  });
}

function cheminChamp(chemin: readonly PropertyKey[]): string {
  return chemin.reduce<string>((acc, cle) => (typeof cle === 'number' ? `${acc}[${cle + 1}]` : acc === '' ? String(cle) : `${acc}.${String(cle)}`), '');
}

function valeurA(donnees: unknown, chemin: readonly PropertyKey[]): unknown {
  let courant: unknown = donnees;
  for (const cle of chemin) {
    if (courant === null || typeof courant !== 'object') return undefined;
    courant = (courant as Record<PropertyKey, unknown>)[cle];
  }
  return courant;
}

/** Field names allowed at a path of an object schema, to suggest the right one for a typo. */
function clesConnues(schema: z.ZodType, chemin: readonly PropertyKey[]): string[] {
  let courant: unknown = schema;
  for (const cle of chemin) {
    const forme = (courant as { shape?: Record<string, unknown> }).shape;
    courant = forme?.[String(cle)];
    while (courant && typeof courant === 'object' && 'unwrap' in courant && typeof courant.unwrap === 'function') courant = courant.unwrap();
  }
  const forme = (courant as { shape?: Record<string, unknown> } | undefined)?.shape;
  return forme ? Object.keys(forme) : [];
}

/** Every reference between collections points to an existing entry or file, valid or not. */
function verifierReferences(entrees: ContenuValide['entrees'], fichiersPublics: ReadonlySet<string> | undefined): Probleme[] {
  const problemes: Probleme[] = [];
  // `entrees` holds invalid entries too: their own problems are already reported, and a
  // reference to them is not « introuvable ».
  const ids = (nom: NomCollection) => new Set(entrees[nom].map((e) => e.id));
  const contenu = { entrees };
  const membres = ids('membres');
  const ressources = ids('ressources');
  const groupes = ids('groupes');
  const verifier = (chemin: string, champ: string, valeur: unknown, cibles: ReadonlySet<string>, collection: string) => {
    if (typeof valeur !== 'string' || cibles.has(valeur)) return;
    const proche = valeurLaPlusProche(valeur, [...cibles]);
    const conseil = proche ? ` Vouliez-vous dire ${cite(proche)} ?` : '';
    problemes.push({
      fichier: chemin,
      champ,
      message: `${cite(valeur)} ne correspond à aucun fichier de content/${collection}/ (référence introuvable).${conseil}`,
    });
  };
  const verifierListe = (chemin: string, champ: string, valeurs: unknown, cibles: ReadonlySet<string>, collection: string) => {
    if (Array.isArray(valeurs)) valeurs.forEach((v, i) => verifier(chemin, `${champ}[${i + 1}]`, v, cibles, collection));
  };
  const verifierFichier = (chemin: string, champ: string, valeur: unknown) => {
    if (typeof valeur === 'string' && fichiersPublics && !fichiersPublics.has(valeur)) {
      problemes.push({
        fichier: chemin,
        champ,
        message: `${cite(valeur)} : ce fichier n'existe pas dans le dossier public/ (déposez-le dans public${valeur})`,
      });
    }
  };

  for (const lieu of contenu.entrees.lieux) verifier(lieu.chemin, 'membre', lieu.donnees['membre'], membres, 'membres');
  for (const membre of contenu.entrees.membres) verifierFichier(membre.chemin, 'logo', membre.donnees['logo']);
  for (const groupe of contenu.entrees.groupes) {
    verifierListe(groupe.chemin, 'pilotes', groupe.donnees['pilotes'], membres, 'membres');
    verifierListe(groupe.chemin, 'participants', groupe.donnees['participants'], membres, 'membres');
    verifierListe(groupe.chemin, 'livrables', groupe.donnees['livrables'], ressources, 'ressources');
  }
  for (const ressource of contenu.entrees.ressources) {
    verifier(ressource.chemin, 'auteur', ressource.donnees['auteur'], membres, 'membres');
    verifierFichier(ressource.chemin, 'fichier', ressource.donnees['fichier']);
  }
  for (const reunion of contenu.entrees.reunions) verifier(reunion.chemin, 'groupe', reunion.donnees['groupe'], groupes, 'groupes');
  return problemes;
}
