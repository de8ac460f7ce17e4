/**
 * Writes, from the schemas and the help of `champs.ts`, the two documents a contributor copies
 * or reads: the `_modele.md` template of each collection (YAML comments in French) and the
 * field reference of CONTRIBUTING.md. `node src/cli/documenter.ts` rewrites them; the unit
 * tests fail when the committed files are not what the schemas give.
 */
import { FICHIER_CHAMPS, ancreChamp } from '../contenu/aide.ts';
import { AIDE_CHAMPS, LIBELLES_VALEURS, NOMS_SINGULIERS, REFERENCES, TEXTE_SOUS_LES_CHAMPS, dossierDe, formeSchema, type NomAide } from './champs.ts';
import type { NomCollection } from '../contenu/collections.ts';
import { decrireChamps, type ChampSchema } from '../contenu/introspection.ts';

/** A value on one YAML line: JSON strings are valid YAML double-quoted strings. */
export function valeurYamlEnLigne(valeur: unknown): string {
  if (Array.isArray(valeur)) return `[${valeur.map(valeurYamlEnLigne).join(', ')}]`;
  if (valeur !== null && typeof valeur === 'object') {
    return `{ ${Object.entries(valeur)
      .map(([k, v]) => `${k}: ${valeurYamlEnLigne(v)}`)
      .join(', ')} }`;
  }
  return typeof valeur === 'string' ? JSON.stringify(valeur) : String(valeur);
}

/** « Obligatoire. », « Facultatif (par défaut : false). », « Obligatoire, au moins une valeur. » */
export function statut(champ: ChampSchema): string {
  if (champ.auMoinsUn) return 'Obligatoire, au moins une valeur.';
  if (champ.obligatoire) return 'Obligatoire.';
  const defaut =
    champ.defaut === undefined || (Array.isArray(champ.defaut) && champ.defaut.length === 0) ? '' : ` (par défaut : ${valeurYamlEnLigne(champ.defaut)})`;
  return `Facultatif${defaut}.`;
}

/**
 * Optional fields that the template fills all the same, because a rule on the whole entry needs
 * one of them (a resource has a link or a file).
 */
export const CHAMPS_REMPLIS: Partial<Record<NomCollection, readonly string[]>> = { ressources: ['lien'] };

/** Allowed values shown in full up to this count; longer lists point to CONTRIBUTING.md. */
const VALEURS_EN_LIGNE = 12;

function commentaire(texte: string, largeur = 96): string[] {
  const lignes: string[] = [];
  let ligne = '#';
  for (const mot of texte.split(/\s+/)) {
    if (ligne.length + mot.length + 1 > largeur && ligne !== '#') {
      lignes.push(ligne);
      ligne = '#';
    }
    ligne += ` ${mot}`;
  }
  lignes.push(ligne);
  return lignes;
}

/** Folder-less file name of a collection's template. */
export const NOM_MODELE = '_modele.md';

/** The `_modele.md` template of a collection. */
export function genererModele(nom: NomCollection): string {
  const champs = decrireChamps(formeSchema(nom));
  const aides = AIDE_CHAMPS[nom];
  const lignes = [
    '---',
    ...commentaire(
      `Modèle ${nom === 'actualites' || nom === 'ressources' || nom === 'reunions' ? 'd’une' : 'd’un'} ${NOMS_SINGULIERS[nom]}. Copiez ce fichier dans ${dossierDe(nom)}/ sous un nouveau nom, en minuscules, sans accent ni espace (par exemple ${exempleNomFichier(nom)}), puis remplacez les exemples.`,
    ),
    ...commentaire(
      'Les lignes qui commencent par # sont des commentaires : le site les ignore. Un champ facultatif est en commentaire : pour l’utiliser, retirez le « # » et l’espace du début de sa ligne.',
    ),
    ...commentaire(
      `Aide détaillée de chaque champ : ${FICHIER_CHAMPS}. Pour créer le fichier en répondant à des questions : npm run nouveau -- ${commandeNouveau(nom)}`,
    ),
  ];
  for (const [champ, description] of Object.entries(champs)) {
    const aide = aides[champ]!;
    lignes.push('', ...commentaire(`${aide.libelle} — ${statut(description)} ${aide.aide}`));
    const reference = REFERENCES[nom]?.[champ];
    if (reference) lignes.push(...commentaire(`Doit correspondre à un fichier de ${dossierDe(reference)}/.`));
    if (description.valeurs) {
      if (description.valeurs.length <= VALEURS_EN_LIGNE) {
        lignes.push(`# Valeurs possibles${description.liste ? ' (une ou plusieurs)' : ''} :`);
        for (const v of description.valeurs) {
          const libelle = LIBELLES_VALEURS[nom]?.[champ]?.[v];
          lignes.push(`#   ${JSON.stringify(v)}${libelle && libelle !== v ? ` (${libelle})` : ''}`);
        }
      } else {
        lignes.push(`# Liste complète des valeurs : ${FICHIER_CHAMPS}#${ancreChamp(nom, champ)}`);
      }
    }
    const ligne = `${champ}: ${valeurYamlEnLigne(aide.exemple)}`;
    lignes.push(description.obligatoire || CHAMPS_REMPLIS[nom]?.includes(champ) ? ligne : `# ${ligne}`);
  }
  lignes.push('---', `<!-- ${TEXTE_SOUS_LES_CHAMPS[nom]} Écrivez-le sous cette ligne, en Markdown, puis supprimez ce commentaire. -->`, '');
  return lignes.join('\n');
}

function exempleNomFichier(nom: NomCollection): string {
  return {
    lieux: 'mediatheque-bayeux.md',
    membres: 'ccas-lisieux.md',
    groupes: 'demarches-en-ligne.md',
    actualites: '2026-10-14-nouvel-espace-numerique.md',
    ressources: 'guide-demarches-en-ligne.md',
    reunions: '2026-12-10-seance-pleniere.md',
    charte: 'charte.mdx',
    convention: 'convention.mdx',
  }[nom];
}

function commandeNouveau(nom: NomCollection): string {
  return { lieux: 'lieu', membres: 'membre', actualites: 'actualite', ressources: 'ressource', reunions: 'reunion' }[nom as string] ?? 'lieu';
}

/** Titles of the field reference's sections, with the file or folder they describe. */
const SECTIONS: { noms: NomAide[]; titre: string; ou: string }[] = [
  { noms: ['lieux'], titre: 'Les champs d’un lieu', ou: 'content/lieux/*.md' },
  { noms: ['membres'], titre: 'Les champs d’un membre', ou: 'content/membres/*.md' },
  { noms: ['actualites'], titre: 'Les champs d’une actualité', ou: 'content/actualites/*.md' },
  { noms: ['ressources'], titre: 'Les champs d’une ressource', ou: 'content/ressources/*.md' },
  { noms: ['reunions'], titre: 'Les champs d’une réunion', ou: 'content/reunions/*.md' },
  { noms: ['groupes'], titre: 'Les champs d’un groupe de travail', ou: 'content/groupes/*.md' },
  {
    noms: ['charte', 'convention'],
    titre: 'Les champs de la charte et de la convention',
    ou: 'content/charte/charte.mdx et content/convention/convention.mdx',
  },
  { noms: ['collectif'], titre: 'La configuration du collectif (secrétariat)', ou: 'content/collectif.yaml' },
];

/** Start and end markers of the generated field reference (`docs/champs.md`). */
export const MARQUEUR_DEBUT = '<!-- début de la référence des champs : générée par node src/cli/documenter.ts, ne pas modifier à la main -->';
export const MARQUEUR_FIN = '<!-- fin de la référence des champs -->';

function sectionChamp(nom: NomAide, chemin: string, description: ChampSchema, niveau: string, ancres: string[]): string[] {
  const aide = AIDE_CHAMPS[nom][chemin]!;
  const ancre = ancres.map((a) => `<a id="${a}"></a>`).join('');
  const cle = chemin.split('.').pop()!;
  const lignes = [`${niveau} ${ancre}${aide.libelle} : \`${chemin}\``, ''];
  const details = [statut(description), aide.aide];
  if (description.max !== undefined && !aide.aide.includes('caractères au plus')) details.push(`${description.max} caractères au plus.`);
  const reference = REFERENCES[nom]?.[chemin];
  if (reference)
    details.push(
      `Doit correspondre à un fichier de \`${dossierDe(reference)}/\` (sinon : [référence introuvable](../CONTRIBUTING.md#erreur-reference-introuvable)).`,
    );
  if (description.liste) details.push('C’est une liste : `[valeur 1, valeur 2]`, ou une valeur par ligne précédée de « - ».');
  if (chemin === 'horaires') details.push('Voir [l’aide aux horaires](../CONTRIBUTING.md#aide-horaires).');
  lignes.push(details.join(' '), '', `Exemple : \`${cle}: ${valeurYamlEnLigne(aide.exemple)}\``, '');
  if (description.valeurs) {
    lignes.push(
      description.liste ? 'Valeurs possibles (une ou plusieurs, écrites exactement ainsi) :' : 'Valeurs possibles (une seule, écrite exactement ainsi) :',
      '',
    );
    for (const v of description.valeurs) {
      const libelle = LIBELLES_VALEURS[nom]?.[chemin]?.[v];
      lignes.push(`- \`${v}\`${libelle && libelle !== v ? ` : ${libelle}` : ''}`);
    }
    lignes.push('');
  }
  return lignes;
}

/** The generated field reference, markers included. */
export function genererReferenceChamps(): string {
  const lignes = [MARQUEUR_DEBUT, ''];
  for (const section of SECTIONS) {
    const [premier] = section.noms;
    lignes.push(`### ${section.titre}`, '', `Fichier${section.noms.length > 1 ? 's' : ''} : \`${section.ou}\`.`, '');
    if (premier !== 'collectif') lignes.push(`Sous les champs, entre la seconde ligne \`---\` et la fin du fichier : ${TEXTE_SOUS_LES_CHAMPS[premier!]}`, '');
    const parcourir = (champs: Record<string, ChampSchema>, prefixe: string, niveau: string) => {
      for (const [cle, description] of Object.entries(champs)) {
        const chemin = prefixe === '' ? cle : `${prefixe}.${cle}`;
        lignes.push(
          ...sectionChamp(
            premier!,
            chemin,
            description,
            niveau,
            section.noms.map((n) => ancreChamp(n, chemin)),
          ),
        );
        if (description.champs) parcourir(description.champs, chemin, '#####');
      }
    };
    parcourir(decrireChamps(formeSchema(premier!)), '', '####');
  }
  lignes.push(MARQUEUR_FIN);
  return lignes.join('\n');
}

/**
 * The whole field reference document, `docs/champs.md`: moved out of CONTRIBUTING.md so that the
 * guide fits a newcomer's first minutes; still generated from the schemas, never edited by hand.
 */
export function genererDocumentChamps(): string {
  return [
    '# Les champs, un par un',
    '',
    'Référence de chaque champ des fichiers du dossier `content/`, pour qui modifie les fichiers eux-mêmes (sur la forge ou avec un éditeur de texte). Dans l’interface d’édition (`/admin/`), chaque champ porte déjà sa propre aide. Le guide pour commencer est [CONTRIBUTING.md](../CONTRIBUTING.md).',
    '',
    'Pour chaque champ : s’il est obligatoire, ce qu’il faut écrire, un exemple tel qu’il s’écrit dans le fichier et, pour une liste fermée, toutes les valeurs possibles (à recopier exactement). Un champ facultatif peut être absent du fichier.',
    '',
    genererReferenceChamps(),
    '',
  ].join('\n');
}
