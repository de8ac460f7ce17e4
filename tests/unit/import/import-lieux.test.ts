import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { communesDuDepartement } from '../../../src/lib/territoire/communes.ts';
import { decoderFichier } from '../../../src/lib/import/encodage.ts';
import { lireFrontmatter } from '../../../src/lib/contenu/frontmatter.ts';
import {
  analyserImport,
  commentairesYaml,
  empreinte,
  type AnalyseImport,
  type LieuExistant,
  type OptionsImport,
} from '../../../src/lib/import/import-lieux.ts';
import { formaterProblemeLigne } from '../../../src/lib/import/lecture-ligne.ts';
import { fichierLieu } from '../../../src/lib/import/markdown.ts';
import { schemaLieu, type ContexteLieu } from '../../../src/lib/contenu/schemas/lieu.ts';
import { COLONNES } from '../../../src/lib/standard/valeurs.ts';
import { arbLieu, CONTEXTE_CALVADOS } from '../outils/generateurs.ts';

const CONTEXTE_AIN: ContexteLieu = { communes: communesDuDepartement('01'), nomDepartement: 'Ain (01)', aujourdhui: '2026-06-30' };

function texteFixture(nom: string): string {
  const lecture = decoderFichier(new Uint8Array(readFileSync(new URL(`../fixtures/import/${nom}`, import.meta.url))));
  if (!lecture.ok) throw new Error(lecture.message);
  return lecture.texte;
}

function analyser(texte: string, options: OptionsImport = {}, existants: LieuExistant[] = [], contexte = CONTEXTE_CALVADOS): AnalyseImport {
  return analyserImport({ texte, contexte, existants, options });
}

const messages = (a: AnalyseImport) => a.rejets.flatMap((r) => r.problemes.map(formaterProblemeLigne));

/** A file of `content/lieux/` as the import reads it. */
function existant(id: string, front: Record<string, unknown>, corps = ''): LieuExistant {
  const texte = fichierLieu(front, corps);
  const lecture = lireFrontmatter(texte);
  if (!lecture.ok) throw new Error(lecture.message);
  return { chemin: `content/lieux/${id}.md`, id, donnees: lecture.donnees, corps: lecture.corps };
}

function donneesEcrites(a: AnalyseImport, id: string): { donnees: Record<string, unknown>; corps: string } {
  const op = a.operations.find((o) => o.id === id);
  if (!op) throw new Error(`pas d'opération pour ${id}`);
  const lecture = lireFrontmatter(op.contenu);
  if (!lecture.ok) throw new Error(lecture.message);
  return { donnees: lecture.donnees as Record<string, unknown>, corps: lecture.corps };
}

describe('import d’un fichier au standard v1.0.x', () => {
  const analyse = analyser(texteFixture('lieux-calvados-v1.csv'));

  it('crée un fichier par ligne, valide pour le site, sans avertissement', () => {
    expect(analyse).toMatchObject({ version: 'v1.0.x', separateur: ',', avertissements: [], conversions: [], rejets: [], nombreLignes: 3 });
    expect(analyse.operations.map((o) => [o.action, o.chemin])).toEqual([
      ['creation', 'content/lieux/mediatheque-alexis-de-tocqueville.md'],
      ['creation', 'content/lieux/france-services-bayeux.md'],
      ['creation', 'content/lieux/bus-numerique-du-bocage.md'],
    ]);
    const schema = schemaLieu(CONTEXTE_CALVADOS);
    for (const op of analyse.operations) {
      const lecture = lireFrontmatter(op.contenu);
      expect(lecture.ok && schema.safeParse(lecture.donnees).success).toBe(true);
    }
  });

  it('écrit les champs sous les noms des colonnes, les listes en listes YAML, presentation_detail dans le texte, le téléphone sous sa forme canonique', () => {
    const { donnees, corps } = donneesEcrites(analyse, 'mediatheque-alexis-de-tocqueville');
    expect(Object.keys(donnees)).toEqual(COLONNES.filter((c) => donnees[c] !== undefined));
    expect(donnees['presentation_detail']).toBeUndefined();
    expect(donnees['services']).toEqual([
      'Aide aux démarches administratives',
      'Maîtrise des outils numériques du quotidien',
      'Accès internet et matériel informatique',
    ]);
    expect(donnees['telephone']).toBe('+33231304700');
    expect(donnees['latitude']).toBe(49.17826);
    expect(corps).toBe(
      'Ateliers collectifs le mardi, permanences individuelles le samedi.\nSur rendez-vous, un médiateur vous aide à créer votre « espace santé », à scanner vos documents, etc.\n',
    );
    const op = analyse.operations[0]!.contenu;
    expect(op).toContain('services:\n  - "Aide aux démarches administratives"\n');
    expect(op).toContain('code_postal: "14000"\n');
  });

  it('un numéro de téléphone écrit à la française est enregistré au format international', () => {
    const texte = texteFixture('lieux-calvados-v1.csv').replace('+33231518000', '02 31 51 80 00');
    expect(donneesEcrites(analyser(texte), 'france-services-bayeux').donnees['telephone']).toBe('+33231518000');
  });
});

describe('problèmes courants des fichiers réels', () => {
  it('Windows-1252 : même résultat que le fichier UTF-8 (la conversion est faite à la lecture)', () => {
    expect(analyser(texteFixture('windows-1252.csv')).operations).toEqual(analyser(texteFixture('lieux-calvados-v1.csv')).operations);
  });

  it('points-virgules : fichier lu avec un avertissement, virgules décimales et « ; » entre valeurs signalés', () => {
    const a = analyser(texteFixture('point-virgule.csv'));
    expect(a.separateur).toBe(';');
    expect(a.rejets).toEqual([]);
    expect(a.avertissements).toEqual([
      'les colonnes sont séparées par des points-virgules (« ; ») et non par des virgules comme le demande le standard : le fichier a été lu avec ce séparateur',
    ]);
    expect(a.conversions.map((c) => [c.colonneSource, c.lignes])).toEqual([
      ['latitude', [2, 4]],
      ['longitude', [2, 4]],
      ['services', [2]],
    ]);
    expect(donneesEcrites(a, 'mediatheque-alexis-de-tocqueville').donnees).toMatchObject({
      latitude: 49.17826,
      longitude: -0.35329,
      services: ['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien'],
    });
  });

  it('ancien standard v0.1.1 : colonnes renommées ou réparties, valeurs converties et toutes signalées', () => {
    const a = analyser(texteFixture('ancien-v0.1.1.csv'));
    expect(a.version).toBe('v0.1.x');
    expect(a.rejets).toEqual([]);
    expect(a.avertissements[0]).toContain('ancienne version 0.1 du standard');
    expect(donneesEcrites(a, 'epn-lisieux').donnees).toMatchObject({
      courriels: ['epn@example.org'],
      site_web: ['https://epn.example.org', 'https://www.facebook.com/epn.example'],
      services: ['Maîtrise des outils numériques du quotidien', 'Aide aux démarches administratives', 'Acquisition de matériel informatique à prix solidaire'],
      publics_specifiquement_adresses: ['Seniors'],
      prise_en_charge_specifique: ['Langues étrangères (autres)'],
      frais_a_charge: ['Gratuit'],
      dispositif_programmes_nationaux: ['Conseillers numériques'],
      autres_formations_labels: ['APTIC', 'Label local'],
      modalites_accompagnement: ['En autonomie', 'Dans un atelier collectif'],
    });
    expect(donneesEcrites(a, 'epn-lisieux').donnees['cle_ban']).toBeUndefined();
    expect(donneesEcrites(a, 'ccas-honfleur').donnees).toMatchObject({
      frais_a_charge: ['Payant'],
      dispositif_programmes_nationaux: ['France Services', "Point d'accès numérique CAF"],
      fiche_acces_libre: 'https://acceslibre.beta.gouv.fr/app/14-honfleur/a/mairie/erp/ccas-example/',
    });
    const adultes = a.conversions.find((c) => c.valeurSource === 'Adultes');
    expect(adultes).toMatchObject({ colonneCible: null, lignes: [2] });
    expect(a.conversions.find((c) => c.colonneSource === 'cle_ban')).toMatchObject({ lignes: [2] });
  });

  it('codes postaux à 4 chiffres (zéro mangé par le tableur) : la correction est proposée et vérifiée dans la liste des communes', () => {
    const a = analyser(texteFixture('code-postal-4-chiffres.csv'), {}, [], CONTEXTE_AIN);
    expect(a.operations).toEqual([]);
    expect(messages(a)).toEqual([
      "ligne 2, colonne code_postal : « 1000 » n'a que 4 chiffres : le zéro du début a sans doute été supprimé par le tableur. Vouliez-vous dire « 01000 » (c'est bien le code postal de Bourg-en-Bresse) ? Dans le tableur, mettez la colonne au format Texte avant de saisir ou d'enregistrer.",
      "ligne 2, colonne code_insee : « 1053 » n'a que 4 chiffres : le zéro du début a sans doute été supprimé par le tableur. Vouliez-vous dire « 01053 » (c'est bien le code INSEE de Bourg-en-Bresse) ? Dans le tableur, mettez la colonne au format Texte avant de saisir ou d'enregistrer.",
      "ligne 3, colonne code_postal : « 1100 » n'a que 4 chiffres : le zéro du début a sans doute été supprimé par le tableur. Vouliez-vous dire « 01100 » (c'est bien le code postal d’Oyonnax) ? Dans le tableur, mettez la colonne au format Texte avant de saisir ou d'enregistrer.",
    ]);
    expect(a.rejets[0]).toMatchObject({ ligne: 2, id: 'espace-numerique-bourg' });
    expect(a.rejets[0]!.problemes[0]).toMatchObject({ colonne: 'code_postal', valeur: '1000' });
  });

  it('coordonnées inversées : la position correcte est proposée', () => {
    expect(messages(analyser(texteFixture('coordonnees-inversees.csv')))).toEqual([
      'ligne 2, colonne latitude : la position (-0.35329, 49.17826) est hors du département ; la latitude et la longitude semblent inversées : essayez latitude: 49.17826 et longitude: -0.35329',
    ]);
  });

  it('service inconnu : valeur, valeurs autorisées et valeur la plus proche', () => {
    const m = messages(analyser(texteFixture('service-inconnu.csv')));
    expect(m).toHaveLength(3);
    expect(m[0]).toMatch(
      /^ligne 2, colonne services : « Cours d'informatique » n'est pas une valeur autorisée pour les services\. Valeurs autorisées : « Aide aux démarches administratives », /,
    );
    expect(m[1]).toMatch(
      /^ligne 2, colonne services : « Aide aux demarches administratives » n'est pas une valeur autorisée pour les services\. Vouliez-vous dire « Aide aux démarches administratives » \?/,
    );
    expect(m[2]).toBe(
      "ligne 2, colonne frais_a_charge : « Gratuit sous conditon » n'est pas une valeur autorisée pour les frais à charge. Vouliez-vous dire « Gratuit sous condition » ? Valeurs autorisées : « Gratuit », « Gratuit sous condition », « Payant ».",
    );
  });

  it('SIRET en notation scientifique, téléphone sans son zéro, date à la française', () => {
    expect(messages(analyser(texteFixture('tableur-excel.csv')))).toEqual([
      'ligne 2, colonne pivot : « 2,00069E+13 » est un SIRET que le tableur a transformé en nombre en notation scientifique : ses derniers chiffres sont perdus. Reprenez le SIRET (14 chiffres) sur annuaire-entreprises.data.gouv.fr et mettez la colonne au format Texte.',
      "ligne 2, colonne telephone : « 231518000 » n'a que 9 chiffres : le zéro du début a sans doute été supprimé par le tableur. Vouliez-vous dire « 02 31 51 80 00 » ?",
      "ligne 2, colonne date_maj : « 15/10/2025 » n'est pas au format AAAA-MM-JJ du standard. Vouliez-vous dire « 2025-10-15 » ?",
    ]);
  });

  it('guillemet jamais refermé : arrêt sur la ligne où il s’ouvre', () => {
    expect(analyser(texteFixture('guillemet-non-ferme.csv')).fatal).toBe(
      'ligne 2 : un guillemet (") ouvert ici n\'est jamais refermé ; vérifiez les guillemets de cette ligne',
    );
  });
});

describe('en-tête', () => {
  const entete = COLONNES.join(',');
  it('arrête l’import sur une colonne inconnue, avec le nom le plus proche', () => {
    const a = analyser(`${entete.replace('courriels', 'mail').replace('prise_rdv', 'prise_rvd')}\n`);
    expect(a.fatal).toMatch(
      /^la première ligne contient des colonnes inconnues ou en double : « mail », « prise_rvd » \(vouliez-vous dire « prise_rdv » \?\)\./,
    );
  });
  it('accepte un nom écrit autrement (majuscules, espaces, accents) en le signalant', () => {
    const a = analyser(`${entete.replace('code_postal', 'Code postal')}\n`);
    expect(a.fatal).toBeUndefined();
    expect(a.avertissements).toContain('la colonne « Code postal » a été lue comme « code_postal », le nom exact du standard');
  });
  it('exige la colonne id, et signale les colonnes absentes', () => {
    expect(analyser('nom,commune\nx,Caen\n').fatal).toContain('la colonne « id » est absente');
    const a = analyser('id,nom\nx,Caen\n');
    expect(a.avertissements[0]).toMatch(/^le fichier n'a pas toutes les colonnes du standard \(absentes : pivot, commune, /);
    expect(messages(a)).toContain('ligne 2, colonne pivot : champ obligatoire manquant');
  });
  it('refuse une colonne en double', () => {
    expect(analyser('id,nom,nom\n').fatal).toContain('« nom (deux fois : colonnes 2 et 3) »');
  });
});

describe('lignes', () => {
  const entete = 'id,pivot,nom,commune,code_postal,adresse,date_maj,presentation_detail';
  const ligne = (id: string, suite = '') => `${id},W143001234,Lieu ${id},Caen,14000,1 rue de Caen,2025-01-01,${suite}`;

  it('ignore les lignes vides et rejette une ligne qui n’a pas le bon nombre de valeurs', () => {
    const a = analyser(`${entete}\n${ligne('a')}\n,,,,,,,\n${ligne('b')},en trop\n`);
    expect(a.lignesVides).toBe(1);
    expect(a.nombreLignes).toBe(2);
    expect(messages(a)).toEqual([
      'ligne 4 : 9 valeurs au lieu de 8 (une par colonne de la première ligne) : vérifiez les séparateurs et les guillemets de cette ligne',
    ]);
  });

  it('rejette toutes les lignes d’un identifiant en double', () => {
    const a = analyser(`${entete}\n${ligne('a')}\n${ligne('b')}\n${ligne('a')}\n`);
    expect(a.rejets.map((r) => r.ligne)).toEqual([2, 4]);
    expect(messages(a)[0]).toBe("ligne 2, colonne id : l'identifiant « a » figure sur plusieurs lignes (2, 4) : chaque lieu doit avoir un identifiant unique");
  });

  it('garde un identifiant libre tel quel, dans un fichier nommé d’après son adresse, et en propose un quand il manque', () => {
    const analyse = analyser(`${entete}\n${ligne('Structure n°1')}\n`);
    expect(messages(analyse)).toEqual([]);
    expect(analyse.operations.map((o) => [o.chemin, o.id])).toEqual([['content/lieux/structure-n-1.md', 'Structure n°1']]);
    expect(analyse.operations[0]?.contenu).toContain('id: "Structure n°1"');
    expect(messages(analyser(`${entete}\n${ligne('')}\n`))[0]).toBe(
      'ligne 2, colonne id : champ obligatoire manquant : indiquez un identifiant unique, par exemple « lieu »',
    );
  });

  it('refuse du HTML dangereux dans la présentation détaillée', () => {
    expect(messages(analyser(`${entete}\n${ligne('a', '"<script>alert(1)</script>"')}\n`))).toEqual([
      'ligne 2, colonne presentation_detail : le texte contient du code HTML interdit (script, iframe, formulaire, attribut on…=, lien javascript:) : écrivez du texte simple',
    ]);
  });

  it('signale une date dans le futur, avec la règle du site', () => {
    expect(messages(analyser(`${entete}\n${ligne('a').replace('2025-01-01', '2030-01-01')}\n`))[0]).toContain('« 2030-01-01 » est dans le futur');
  });
});

describe('identifiants libres du standard', () => {
  const entete = 'id,pivot,nom,commune,code_postal,adresse,date_maj';
  const ligne = (id: string, nom = 'Lieu') => `"${id}",W143001234,${nom},Caen,14000,1 rue de Caen,2025-01-01`;
  const ID = "HUB_bibliothèque-universitaire l'Atelier";

  it('refuse deux identifiants différents qui donneraient la même adresse, en nommant l’autre ligne', () => {
    const a = analyser(`${entete}\n${ligne('Médiathèque')}\n${ligne('mediatheque')}\n`);
    expect(messages(a)).toEqual([
      "ligne 3, colonne id : l'identifiant « mediatheque » donne la même adresse de page, /lieux/mediatheque/, que l'identifiant « Médiathèque » de la ligne 2 : changez l'un des deux identifiants (les accents, les majuscules et la ponctuation ne comptent pas dans l'adresse)",
    ]);
  });

  it('--update retrouve le lieu par son identifiant d’origine, accents et apostrophe compris', () => {
    const premier = analyser(`${entete}\n${ligne(ID)}\n`);
    expect(premier.operations.map((o) => [o.action, o.chemin, o.id])).toEqual([['creation', 'content/lieux/hub-bibliotheque-universitaire-l-atelier.md', ID]]);
    const lecture = lireFrontmatter(premier.operations[0]!.contenu);
    if (!lecture.ok) throw new Error(lecture.message);
    const deja: LieuExistant = { chemin: premier.operations[0]!.chemin, id: ID, donnees: lecture.donnees, corps: lecture.corps };

    const sans = analyser(`${entete}\n${ligne(ID, 'Lieu renommé')}\n`, {}, [deja]);
    expect(sans.operations).toEqual([]);
    expect(sans.rejets.map((r) => r.id)).toEqual([ID]);
    const avec = analyser(`${entete}\n${ligne(ID, 'Lieu renommé')}\n`, { miseAJour: true }, [deja]);
    expect(avec.operations.map((o) => [o.action, o.chemin, o.id])).toEqual([['mise-a-jour', 'content/lieux/hub-bibliotheque-universitaire-l-atelier.md', ID]]);
    expect(donneesEcrites(avec, ID).donnees['id']).toBe(ID);
    // A file named after the slug with another id in it is another place: never overwritten.
    const autre = analyser(`${entete}\n${ligne('hub bibliothèque universitaire l’Atelier')}\n`, { miseAJour: true }, [deja]);
    expect(messages(autre)[0]).toContain('le fichier content/lieux/hub-bibliotheque-universitaire-l-atelier.md existe déjà et décrit un autre lieu');
  });
});

describe('lieux existants', () => {
  const entete = 'id,pivot,nom,commune,code_postal,adresse,date_maj,telephone,presentation_detail';
  const front = {
    id: 'mediatheque',
    pivot: 'W143001234',
    nom: 'Médiathèque',
    commune: 'Caen',
    code_postal: '14000',
    adresse: '1 rue',
    date_maj: '2025-01-01',
    horaires: 'Mo 10:00-12:00',
    membre: 'ville-de-caen',
  };
  const actuel = existant('mediatheque', front, 'Texte écrit à la main, avec du **Markdown**.\n');

  it('une ligne identique au fichier existant est « inchangée » et n’a pas besoin de --update', () => {
    const a = analyser(`${entete}\nmediatheque,W143001234,Médiathèque,Caen,14000,1 rue,2025-01-01,,\n`, {}, [actuel]);
    expect(a.inchanges).toEqual([{ ligne: 2, id: 'mediatheque', chemin: 'content/lieux/mediatheque.md' }]);
    expect(a.operations).toEqual([]);
    expect(a.rejets).toEqual([]);
  });

  it('un fichier que l’import écrirait à l’identique est reconnu par son empreinte, sans être revalidé', () => {
    const ecrit = analyser(`${entete}\nmediatheque,W143001234,Médiathèque,Caen,14000,1 rue,2025-01-01,,\n`).operations[0]!.contenu;
    const lecture = lireFrontmatter(ecrit);
    if (!lecture.ok) throw new Error(lecture.message);
    // Data the schema would refuse: only the fingerprint can make this place « inchangé ».
    const leurre: LieuExistant = {
      chemin: 'content/lieux/mediatheque.md',
      id: 'mediatheque',
      donnees: { id: 'mediatheque' },
      corps: '',
      empreinte: empreinte(ecrit),
    };
    const a = analyser(`${entete}\nmediatheque,W143001234,Médiathèque,Caen,14000,1 rue,2025-01-01,,\n`, {}, [leurre]);
    expect(a.inchanges).toHaveLength(1);
    expect(analyser(`${entete}\nmediatheque,W143001234,Médiathèque,Caen,14000,1 rue,2025-01-02,,\n`, {}, [leurre]).rejets).toHaveLength(1);
  });

  it('sans --update, un lieu existant modifié est rejeté et les champs modifiés sont nommés', () => {
    const a = analyser(`${entete}\nmediatheque,W143001234,Médiathèque,Caen,14000,1 rue,2025-02-01,02 31 00 00 00,\n`, {}, [actuel]);
    expect(messages(a)).toEqual([
      'ligne 2, colonne id : le lieu « mediatheque » existe déjà (content/lieux/mediatheque.md) et le fichier importé le modifie (date_maj, telephone) : relancez avec --update pour le mettre à jour',
    ]);
  });

  it('avec --update, dit avant d’écrire que les commentaires YAML du fichier seront retirés', () => {
    const ligne = `${entete}\nmediatheque,W143001234,Médiathèque,Caen,14000,1 rue,2025-02-01,02 31 00 00 00,\n`;
    const avec = analyser(ligne, { miseAJour: true }, [{ ...actuel, commentaires: 2 }]);
    expect(avec.avertissements).toContain(
      'content/lieux/mediatheque.md : ses 2 lignes de commentaire (commençant par #) seront retirées, car --update réécrit le fichier à partir de ses champs ; recopiez-les après l’import si vous y tenez',
    );
    expect(analyser(ligne, { miseAJour: true }, [actuel]).avertissements.filter((a) => a.includes('commentaire'))).toEqual([]);
    expect(commentairesYaml('---\n# à revoir\nid: "a"\n  # retrait\nnom: "A # pas un commentaire"\n---\n# Titre du texte\n')).toBe(2);
    expect(commentairesYaml('pas de front matter\n# titre')).toBe(0);
  });

  it('avec --update, garde les champs absents du fichier et le texte quand presentation_detail est vide', () => {
    const a = analyser(`${entete}\nmediatheque,W143001234,Médiathèque,Caen,14000,1 rue,2025-02-01,02 31 00 00 00,\n`, { miseAJour: true }, [actuel]);
    expect(a.operations).toHaveLength(1);
    expect(a.operations[0]).toMatchObject({ action: 'mise-a-jour', chemin: 'content/lieux/mediatheque.md', champsModifies: ['date_maj', 'telephone'] });
    const { donnees, corps } = donneesEcrites(a, 'mediatheque');
    expect(donnees).toMatchObject({ horaires: 'Mo 10:00-12:00', membre: 'ville-de-caen', telephone: '+33231000000', date_maj: '2025-02-01' });
    expect(corps).toBe('Texte écrit à la main, avec du **Markdown**.\n');
  });

  it('avec --update, une presentation_detail non vide remplace le texte', () => {
    const a = analyser(`${entete}\nmediatheque,W143001234,Médiathèque,Caen,14000,1 rue,2025-01-01,,Nouveau texte\n`, { miseAJour: true }, [actuel]);
    expect(a.operations[0]!.champsModifies).toEqual(['presentation_detail']);
    expect(donneesEcrites(a, 'mediatheque').corps).toBe('Nouveau texte\n');
  });

  it('un problème dans un champ conservé est attribué au fichier existant', () => {
    const abime = existant('mediatheque', { ...front, horaires: 'Lu-Ve 9h-12h' });
    const a = analyser(`${entete}\nmediatheque,W143001234,Médiathèque,Caen,14000,1 rue,2025-02-01,,\n`, { miseAJour: true }, [abime]);
    expect(messages(a)[0]).toMatch(
      /^ligne 2, colonne horaires : « Lu-Ve 9h-12h » n'est pas au format OpenStreetMap.*\(valeur actuelle de content\/lieux\/mediatheque\.md, absente du fichier importé\)$/,
    );
  });

  it('ne remplace jamais un fichier qui décrit un autre lieu', () => {
    const autre = { ...existant('autre-id', { ...front, id: 'autre-id' }), chemin: 'content/lieux/nouveau.md' };
    const a = analyser(`${entete}\nnouveau,W143001234,Nouveau,Caen,14000,1 rue,2025-01-01,,\n`, { miseAJour: true }, [autre]);
    expect(messages(a)).toEqual([
      "ligne 2, colonne id : le fichier content/lieux/nouveau.md existe déjà et décrit un autre lieu (id « autre-id ») : changez l'identifiant ou le nom du fichier",
    ]);
  });
});

describe('fichiers écrits', () => {
  it('chaque texte est entre guillemets doubles, pour tous les lecteurs YAML (y compris celui d’Astro)', () => {
    const schema = schemaLieu(CONTEXTE_CALVADOS);
    fc.assert(
      fc.property(arbLieu, ({ front, corps }) => {
        const contenu = fichierLieu(schema.parse(front) as Record<string, unknown>, corps);
        const entete = contenu.split('\n---\n')[0]!.replace(/^---\n/, '');
        for (const ligne of entete.split('\n')) {
          expect(ligne).toMatch(/^(?:[a-z_]+: (?:"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:e-?\d+)?)|[a-z_]+:| {2}- "(?:[^"\\]|\\.)*")$/);
        }
      }),
      { numRuns: 100 },
    );
  });
});
