import { describe, expect, it } from 'vitest';
import schemaV0 from '../../../src/data/standard/schema_v0.1.1.json' with { type: 'json' };
import {
  COLONNES_ANCIENNES,
  CONDITIONS_ACCES_V0,
  equivalentAncien,
  LABELS_NATIONAUX_V0,
  MODALITES_ACCOMPAGNEMENT_V0,
  PUBLICS_V0,
  RENOMMAGES,
  SERVICES_V0,
  type Equivalent,
} from '../../../src/lib/import/ancien-standard.ts';
import { COLONNES, listeDe } from '../../../src/lib/standard/valeurs.ts';

/** The values of a `(?:(?:^|;)(A|B))+$` pattern of schema v0.1.1, unescaped. */
function valeursV0(champ: string): string[] {
  const motif = schemaV0.fields.find((f) => f.name === champ)!.constraints!.pattern!;
  const interieur = /^\(\?:\(\?:\^\|;\)\((.*)\)\)\+\$$/.exec(motif)![1]!;
  return interieur.split(/(?<!\\)\|/).map((v) => v.replace(/\\(.)/g, '$1'));
}

describe('conversion de l’ancien standard v0.1.1', () => {
  it.each([
    ['services', SERVICES_V0],
    ['publics_accueillis', PUBLICS_V0],
    ['conditions_acces', CONDITIONS_ACCES_V0],
    ['labels_nationaux', LABELS_NATIONAUX_V0],
    ['modalites_accompagnement', MODALITES_ACCOMPAGNEMENT_V0],
  ] as const)('la table de « %s » couvre exactement les valeurs de schema_v0.1.1.json', (champ, table) => {
    expect(Object.keys(table).sort()).toEqual(valeursV0(champ).sort());
  });

  it('chaque équivalent est une valeur actuelle de sa colonne (ou un texte libre, ou rien avec une raison)', () => {
    const tables: Readonly<Record<string, Equivalent>>[] = [SERVICES_V0, PUBLICS_V0, CONDITIONS_ACCES_V0, LABELS_NATIONAUX_V0, MODALITES_ACCOMPAGNEMENT_V0];
    for (const equivalent of tables.flatMap((t) => Object.values(t))) {
      if (equivalent.colonne === null) expect(equivalent.raison.length).toBeGreaterThan(10);
      else if (equivalent.colonne === 'autres_formations_labels') expect(equivalent.valeur).not.toContain('|');
      else expect(listeDe(equivalent.colonne)?.valeurs).toContain(equivalent.valeur);
    }
  });

  it('les colonnes supprimées ou renommées sont celles de v0.1.1 absentes de v1.0', () => {
    const v0 = schemaV0.fields.map((f) => f.name);
    expect([...COLONNES_ANCIENNES].sort()).toEqual(v0.filter((c) => !(COLONNES as readonly string[]).includes(c)).sort());
    for (const cible of Object.values(RENOMMAGES)) if (cible !== null) expect(COLONNES).toContain(cible);
  });

  it.each([
    ['services', 'Prendre en main un ordinateur', { colonne: 'services', valeur: 'Maîtrise des outils numériques du quotidien' }],
    ['conditions_acces', 'Payant', { colonne: 'frais_a_charge', valeur: 'Payant' }],
    ['frais_a_charge', 'adhésion', { colonne: 'frais_a_charge', valeur: 'Payant' }],
    ['modalites_accompagnement', 'À ma place', { colonne: 'modalites_accompagnement', valeur: 'Accompagnement individuel' }],
    ['modalites_accompagnement', 'Seul : j’ai accès à du matériel et une connexion', { colonne: 'modalites_accompagnement', valeur: 'En autonomie' }],
    ['labels_nationaux', 'CNFS', { colonne: 'dispositif_programmes_nationaux', valeur: 'Conseillers numériques' }],
    ['publics_accueillis', 'Handicaps psychiques', { colonne: 'prise_en_charge_specifique', valeur: 'Handicaps mentaux' }],
    ['services', 'Cours de cuisine', undefined],
    ['telephone', 'Payant', undefined],
  ])('%s « %s »', (colonne, valeur, attendu) => {
    expect(equivalentAncien(colonne, valeur)).toEqual(attendu);
  });
});
