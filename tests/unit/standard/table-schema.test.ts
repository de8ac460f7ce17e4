import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CORRECTIONS_SCHEMA,
  corrigerSchema,
  SCHEMA_STANDARD,
  SCHEMA_STANDARD_PUBLIE,
  validerCsvStandard,
  VERSION_STANDARD,
} from '../../../src/lib/standard/schema-publie.ts';
import { COLONNES } from '../../../src/lib/standard/valeurs.ts';
import { compilerTableSchema, formaterErreurTable, validerCsvAvecSchema, valeursDuMotif, type TableSchema } from '../../../src/lib/standard/table-schema.ts';
import { FORMATIONS_LABELS, SERVICES } from '../../../src/lib/standard/valeurs.ts';

const exemple = readFileSync(new URL('../../../src/data/standard/exemple-valide.csv', import.meta.url), 'utf8');

/** The standard's example with one cell replaced. */
function exempleAvec(colonne: string, valeur: string): string {
  const lignes = exemple.trimEnd().split('\n');
  const entete = lignes[0]!.split(',').map((c) => c.replaceAll('"', ''));
  const i = entete.indexOf(colonne);
  const cellules = lignes[1]!.match(/"(?:[^"]|"")*"|[^,]+/g)!;
  cellules[i] = `"${valeur.replaceAll('"', '""')}"`;
  return `${lignes[0]}\n${cellules.join(',')}\n`;
}

describe('schéma du standard', () => {
  it('la copie est la version v1.0.2 avec les 32 colonnes du site, dans l’ordre', () => {
    expect(VERSION_STANDARD).toBe('v1.0.2');
    expect(SCHEMA_STANDARD_PUBLIE.fields.map((f) => f.name)).toEqual([...COLONNES]);
  });

  it('le fichier exemple-valide.csv du standard passe le validateur, avec le schéma publié comme avec le schéma corrigé', () => {
    expect(validerCsvAvecSchema(SCHEMA_STANDARD_PUBLIE, exemple)).toEqual({ erreurs: [], nombreLignes: 1 });
    expect(validerCsvStandard(exemple)).toEqual({ erreurs: [], nombreLignes: 1 });
  });

  it('les listes fermées lues dans les motifs sont celles du site (standard.ts)', () => {
    const motif = (nom: string) => SCHEMA_STANDARD_PUBLIE.fields.find((f) => f.name === nom)!.constraints!.pattern!;
    expect(valeursDuMotif(motif('services'))).toEqual([...SERVICES]);
    // The one known difference, handled by the correction below.
    expect(valeursDuMotif(motif('formations_labels'))).toEqual(
      FORMATIONS_LABELS.map((v) => (v === 'Étapes numériques (La Poste)' ? 'Étapes numériques(La Poste)' : v)),
    );
  });

  describe('incohérence §5.1 : « Étapes numériques (La Poste) »', () => {
    const fichier = exempleAvec('formations_labels', 'Étapes numériques (La Poste)|ORDI 3.0');
    it('le schéma publié refuse l’écriture de la description et de la bibliothèque de référence', () => {
      expect(validerCsvAvecSchema(SCHEMA_STANDARD_PUBLIE, fichier).erreurs.map((e) => e.colonne)).toEqual(['formations_labels']);
    });
    it('le schéma corrigé accepte les deux écritures', () => {
      expect(validerCsvStandard(fichier).erreurs).toEqual([]);
      expect(validerCsvStandard(exempleAvec('formations_labels', 'Étapes numériques(La Poste)')).erreurs).toEqual([]);
    });
    it('une correction qui ne s’applique plus (schéma amont corrigé) est signalée au lieu d’être ignorée', () => {
      const corrige: TableSchema = corrigerSchema(SCHEMA_STANDARD_PUBLIE);
      expect(() => corrigerSchema(corrige, [{ ...CORRECTIONS_SCHEMA[0]!, motifPublie: 'valeur absente' }])).toThrow(/ne s'applique plus/);
      expect(SCHEMA_STANDARD.fields.filter((f, i) => f !== SCHEMA_STANDARD_PUBLIE.fields[i]).map((f) => f.name)).toEqual(['formations_labels']);
    });
  });

  it.each([
    ['id', '', 'obligatoire', 'valeur obligatoire manquante'],
    ['pivot', '123', 'motif', '« 123 » ne respecte pas le format attendu'],
    ['code_postal', '5110', 'motif', '« 5110 » ne respecte pas le format attendu (motif ^\\d{5}$)'],
    ['code_insee', '2C123', 'motif', '« 2C123 »'],
    ['latitude', '43,52609', 'type', 'le séparateur décimal est le point, vouliez-vous dire « 43.52609 » ?'],
    ['longitude', 'est', 'type', "« est » n'est pas un nombre"],
    ['telephone', '0180059880', 'motif', '« 0180059880 »'],
    ['presentation_resume', 'x'.repeat(281), 'longueur', 'le texte fait 281 caractères, le maximum est 280'],
    ['date_maj', '02/04/2024', 'type', 'vouliez-vous dire « 2024-04-02 » ?'],
    ['date_maj', '2024-02-30', 'type', "« 2024-02-30 » n'est pas une date au format AAAA-MM-JJ"],
    ['itinerance', 'Itinérant;Fixe', 'enumeration', 'Les valeurs multiples sont séparées par « | », pas par « ; »'],
    [
      'services',
      'Aide aux démarches administratives|Maitrise des outils numériques du quotidien',
      'enumeration',
      "« Maitrise des outils numériques du quotidien » n'est pas une valeur autorisée. Vouliez-vous dire « Maîtrise des outils numériques du quotidien » ?",
    ],
    [
      'frais_a_charge',
      'Gratuit sous conditon',
      'enumeration',
      'Vouliez-vous dire « Gratuit sous condition » ? Valeurs autorisées : « Gratuit », « Gratuit sous condition », « Payant ».',
    ],
    ['modalites_acces', 'Se présenter||Téléphoner', 'enumeration', 'contient une valeur vide'],
  ])('colonne %s = %j : erreur %s', (colonne, valeur, code, extrait) => {
    const { erreurs } = validerCsvStandard(exempleAvec(colonne, valeur));
    expect(erreurs).toHaveLength(1);
    expect(erreurs[0]).toMatchObject({ ligne: 2, colonne, valeur, code });
    expect(formaterErreurTable(erreurs[0]!)).toContain(`ligne 2, colonne ${colonne} : `);
    expect(erreurs[0]!.message).toContain(extrait);
  });

  it('vérifie l’en-tête : colonnes absentes, inconnues (avec suggestion), dans le désordre', () => {
    const entete = exemple.split('\n')[0]!;
    const sansPriseRdv = exemple.replace(entete, entete.replace(',"prise_rdv"', ',"prise_rvd"'));
    expect(validerCsvStandard(sansPriseRdv).erreurs.map(formaterErreurTable)).toEqual([
      "ligne 1, colonne prise_rdv : la colonne « prise_rdv » est absente de l'en-tête : le fichier doit contenir toutes les colonnes du schéma",
      "ligne 1, colonne prise_rvd : la colonne « prise_rvd » n'appartient pas au schéma. Vouliez-vous dire « prise_rdv » ?",
    ]);
    const desordre = exemple.replace('"id","pivot"', '"pivot","id"');
    expect(validerCsvStandard(desordre).erreurs[0]!.message).toBe(
      "les colonnes ne sont pas dans l'ordre du schéma : la colonne 1 devrait être « id », pas « pivot »",
    );
  });

  it('signale une ligne qui n’a pas le bon nombre de valeurs, et un identifiant en double', () => {
    const ligne = exemple.trimEnd().split('\n')[1]!;
    const { erreurs } = validerCsvStandard(`${exemple.trimEnd()}\n${ligne}\n"structure-2","43493312300029"\n`);
    expect(erreurs.map((e) => [e.ligne, e.code])).toEqual([
      [3, 'unique'],
      [4, 'nombre-de-valeurs'],
      // nom, commune, code_postal, adresse, date_maj
      ...Array.from({ length: 5 }, () => [4, 'obligatoire']),
    ]);
    expect(erreurs[0]!.message).toBe('« structure-1 » figure déjà ligne 2 : chaque valeur de cette colonne doit être unique');
  });

  it('un fichier séparé par des points-virgules échoue sur son en-tête', () => {
    const { erreurs } = validerCsvStandard(exemple.replaceAll('","', '";"'));
    expect(erreurs.some((e) => e.code === 'entete')).toBe(true);
  });
});

describe('validateur générique', () => {
  const schema: TableSchema = {
    fields: [
      { name: 'code', type: 'integer', constraints: { required: true, minimum: 1, maximum: 10 } },
      { name: 'actif', type: 'boolean' },
      { name: 'niveau', type: 'string', constraints: { enum: ['bas', 'haut'], minLength: 3 } },
      { name: 'jour', type: 'date', format: 'any' },
      { name: 'courriel', type: 'string', format: 'email' },
    ],
    primaryKey: ['code', 'niveau'],
    missingValues: ['', 'NA'],
  };
  it.each([
    ['1,true,bas,2024-01-01,a@b.fr', []],
    ['NA,true,bas,,', ['obligatoire']],
    ['11,true,bas,,', ['borne']],
    ['x,true,bas,,', ['type']],
    ['2,oui,bas,,', ['type']],
    ['2,,moyen,,', ['enumeration']],
    ['2,,bas,pas une date,', ['type']],
    ['2,,bas,,pas-un-courriel', ['type']],
  ])('%s', (ligne, codes) => {
    const { erreurs } = validerCsvAvecSchema(schema, `code,actif,niveau,jour,courriel\n${ligne}\n`);
    expect(erreurs.map((e) => e.code)).toEqual(codes);
  });

  it('vérifie une clé primaire composée', () => {
    const { erreurs } = validerCsvAvecSchema(schema, 'code,actif,niveau,jour,courriel\n1,,bas,,\n1,,haut,,\n1,,bas,,\n');
    expect(erreurs.map((e) => [e.ligne, e.code])).toEqual([[4, 'unique']]);
  });

  it('refuse un schéma qu’il ne sait pas appliquer entièrement, plutôt que de l’appliquer à moitié', () => {
    expect(() => compilerTableSchema({ fields: [{ name: 'p', type: 'geopoint' }] })).toThrow(/type « geopoint »/);
    expect(() => compilerTableSchema({ fields: [{ name: 'p', constraints: { exclusiveMinimum: 1 } as never }] })).toThrow(/contrainte « exclusiveMinimum »/);
  });

  it.each([
    ['(?:(?:^|\\|)(A|B \\(b\\)|C))+$', ['A', 'B (b)', 'C']],
    ['^\\d{5}$', undefined],
    ['(?:(?:^|\\|)(A[0-9]|B))+$', undefined],
  ])('lit les valeurs d’un motif de liste %s', (motif, attendu) => {
    expect(valeursDuMotif(motif)).toEqual(attendu);
  });
});
