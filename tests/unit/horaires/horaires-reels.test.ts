import { describe, expect, it } from 'vitest';
import { compilerHoraires } from '../../../src/lib/horaires/compilation.ts';
import { ETATS, ligneStatut, ouvertAujourdhui, sansHeureFixe, statutHoraires, type MomentLocal } from '../../../src/lib/horaires/evaluation.ts';
import { MENTION_VACANCES_SCOLAIRES, REMARQUE_VACANCES_SCOLAIRES, sansVacancesScolaires, validerHoraires } from '../../../src/lib/horaires/validation.ts';
import { schemaLieu } from '../../../src/lib/contenu/schemas/lieu.ts';
import { analyserImport } from '../../../src/lib/import/import-lieux.ts';
import { CONTEXTE_CALVADOS } from '../outils/generateurs.ts';

const at = (date: string, heure: string): MomentLocal => ({ date, minutes: Number(heure.slice(0, 2)) * 60 + Number(heure.slice(3)) });
const compiler = (valeur: string) => compilerHoraires(valeur, '14', '2026-06-01', 60)!;
const ligne = (valeur: string, moment: MomentLocal) => ligneStatut(statutHoraires(compiler(valeur).compacts, moment, '14'), moment);

describe('vacances scolaires (SH) : acceptées, non calculées', () => {
  it.each([
    ['Mo-Fr 09:00-12:00; SH off', 'Mo-Fr 09:00-12:00'],
    ['Mo-Fr 09:00-12:00; SH Mo-Fr 10:00-12:00', 'Mo-Fr 09:00-12:00'],
    ['Mo-Fr 09:00-12:00; PH,SH off', 'Mo-Fr 09:00-12:00; PH off'],
    ['SH off; Mo-Fr 09:00-12:00', 'Mo-Fr 09:00-12:00'],
    ['Mo-Fr 09:00-12:00; SH Mo 10:00-12:00 || "sur RDV"', 'Mo-Fr 09:00-12:00 || "sur RDV"'],
    ['Mo-Fr 09:00-12:00 "SH : fermé"', 'Mo-Fr 09:00-12:00 "SH : fermé"'],
  ])('%j se lit %j', (valeur, attendu) => {
    expect(sansVacancesScolaires(valeur)).toBe(attendu);
  });

  it('accepte une valeur avec SH, avec une remarque, et refuse toujours une valeur fausse', () => {
    expect(validerHoraires('Mo-Fr 09:00-12:00; SH off')).toEqual({ ok: true, remarque: REMARQUE_VACANCES_SCOLAIRES });
    expect(validerHoraires('Mo-Fr 09:00-12:00').ok).toBe(true);
    expect(validerHoraires('Lu-Ve 9h-12h; SH off').ok).toBe(false);
    const schema = schemaLieu(CONTEXTE_CALVADOS);
    const lieu = {
      id: 'a',
      pivot: 'W143001234',
      nom: 'A',
      commune: 'Caen',
      code_postal: '14000',
      adresse: '1 rue A',
      date_maj: '2026-01-01',
      horaires: 'Mo-Fr 09:00-12:00; SH off',
    };
    expect(schema.safeParse(lieu).success).toBe(true);
  });

  it('calcule le statut avec les autres règles et le dit sur la fiche', () => {
    const compiles = compiler('Mo-Fr 09:00-12:00; SH off');
    expect(compiles.compacts.s.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => [540, 720]));
    expect(compiles.commentaires).toEqual([MENTION_VACANCES_SCOLAIRES]);
    expect(MENTION_VACANCES_SCOLAIRES).toBe('Horaires différents pendant les vacances scolaires');
    expect(ligne('Mo-Fr 09:00-12:00; SH off', at('2026-07-15', '10:00'))).toBe('Ouvert · ferme à 12 h 00');
  });

  it('l’import accepte la ligne et le signale', () => {
    const texte = 'id,pivot,nom,commune,code_postal,adresse,date_maj,horaires\na,W143001234,A,Caen,14000,1 rue A,2026-01-01,Mo-Fr 09:00-12:00; SH off\n';
    const analyse = analyserImport({ texte, contexte: CONTEXTE_CALVADOS, existants: [] });
    expect(analyse.rejets).toEqual([]);
    expect(analyse.operations).toHaveLength(1);
    expect(analyse.avertissements).toContain(`horaires des lignes 2 : ${REMARQUE_VACANCES_SCOLAIRES}`);
  });
});

describe('« sur rendez-vous » : un état à part, jamais « Fermé »', () => {
  it.each([
    '"sur rendez-vous"',
    'Mo-Fr 09:00-12:00 "sur rendez-vous"',
    'Mo-Fr unknown "sur RDV"',
    'Mo-Fr off "Uniquement sur RDV"',
    'Mo-Fr 09:00-17:00 "sur rendez vous au 02 31 00 00 00"',
  ])('%j → « Sur rendez-vous » à toute heure', (valeur) => {
    const compiles = compiler(valeur);
    expect(compiles.compacts.rdv).toBe(1);
    expect(sansHeureFixe(compiles.compacts)).toBe(true);
    for (const moment of [at('2026-06-02', '10:00'), at('2026-06-02', '22:00'), at('2026-06-07', '10:00')]) {
      const statut = statutHoraires(compiles.compacts, moment, '14');
      expect(statut).toEqual({ etat: 'rendez-vous' });
      expect(ligneStatut(statut, moment)).toBe('Sur rendez-vous');
    }
  });

  it('des heures sans rendez-vous et le reste sur rendez-vous : ouvert aux heures, sur rendez-vous ailleurs', () => {
    const valeur = 'Tu 14:00-17:00; Mo,We-Fr "sur rendez-vous"';
    const compiles = compiler(valeur);
    expect(sansHeureFixe(compiles.compacts)).toBe(false);
    expect(ligne(valeur, at('2026-06-02', '15:00'))).toBe('Ouvert · ferme à 17 h 00');
    expect(ligne(valeur, at('2026-06-01', '10:00'))).toBe('Sur rendez-vous · sans rendez-vous demain à 14 h 00');
    expect(ouvertAujourdhui(statutHoraires(compiles.compacts, at('2026-06-02', '10:00'), '14'), at('2026-06-02', '10:00'))).toBe(true);
  });

  it('des horaires ordinaires restent ouverts ou fermés, et l’absence d’horaires reste « non renseignés »', () => {
    expect(compiler('Mo-Fr 09:00-12:00').compacts.rdv).toBeUndefined();
    expect(ligne('Mo-Fr 09:00-12:00', at('2026-06-02', '13:00'))).toBe('Fermé · ouvre demain à 9 h 00');
    expect(sansHeureFixe(null)).toBe(true);
    expect(sansHeureFixe(compiler('Mo-Fr 09:00-12:00').compacts)).toBe(false);
    expect(ETATS).toEqual(['ouvert', 'ferme', 'rendez-vous', 'inconnu']);
  });
});
