/**
 * Properties of the hours editor and of the French converter, on random weeks: whatever they
 * write is read by `opening_hours` without error or warning, and the editor reads back what it
 * writes. (In the slow tier: `opening_hours` takes a few milliseconds per value with dates.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validerHoraires } from '../../../src/lib/horaires/validation.ts';
import { compilerHoraires } from '../../../src/lib/horaires/compilation.ts';
import {
  NOMS_JOURS,
  NOMS_MOIS,
  convertirSaisieFrancaise,
  depuisOpenStreetMap,
  versOpenStreetMap,
  type Fermeture,
  type Plage,
  type SaisieHoraires,
} from '../../../src/lib/horaires/saisie-francaise.ts';

const plage: fc.Arbitrary<Plage> = fc
  .tuple(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 1, max: 96 }))
  .filter(([a, b]) => a < b)
  .map(([a, b]) => [a * 15, b * 15] as const);
const plagesDisjointes = fc.array(plage, { maxLength: 3 }).map((ps) => {
  // Disjoint, not touching: the editor writes separate slots.
  const triees = [...ps].sort((a, b) => a[0] - b[0]);
  const gardees: Plage[] = [];
  for (const p of triees) if (gardees.length === 0 || p[0] > gardees.at(-1)![1]) gardees.push(p);
  return gardees;
});
const jourDuMois = (mois: number) => fc.integer({ min: 1, max: [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mois - 1]! });
const deux = (n: number) => String(n).padStart(2, '0');
const dateSansAnnee = fc.integer({ min: 1, max: 12 }).chain((m) => jourDuMois(m).map((j) => `${deux(m)}-${deux(j)}`));
const fermeture: fc.Arbitrary<Fermeture> = fc.oneof(
  fc.integer({ min: 1, max: 12 }).map((mois) => ({ mois })),
  dateSansAnnee.map((date) => ({ date })),
  fc.tuple(fc.integer({ min: new Date().getFullYear() + 1, max: new Date().getFullYear() + 4 }), dateSansAnnee).map(([a, d]) => ({ date: `${a}-${d}` })),
  fc
    .tuple(dateSansAnnee, dateSansAnnee)
    .filter(([a, b]) => a < b)
    .map(([du, au]) => ({ du, au })),
);
const saisie: fc.Arbitrary<SaisieHoraires> = fc.record({
  jours: fc.array(fc.record({ plages: plagesDisjointes, rendezVous: fc.boolean() }), { minLength: 7, maxLength: 7 }),
  feries: fc.option(plagesDisjointes, { nil: undefined }),
  fermetures: fc.array(fermeture, { maxLength: 3 }),
  rendezVousSeul: fc.boolean(),
});

describe('propriétés', () => {
  it('ce que l’éditeur écrit est toujours lu par opening_hours sans erreur ni avertissement', () => {
    fc.assert(
      fc.property(saisie, (s) => {
        const valeur = versOpenStreetMap(s);
        return valeur === '' || validerHoraires(valeur).ok;
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('l’éditeur relit ce qu’il écrit', () => {
    fc.assert(
      fc.property(saisie, (s) => {
        const valeur = versOpenStreetMap(s);
        const relue = depuisOpenStreetMap(valeur);
        expect(relue).not.toBeNull();
        expect(versOpenStreetMap(relue!)).toBe(valeur);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  const heure = (m: number) => (m === 1440 ? 'minuit' : `${Math.floor(m / 60)}h${m % 60 ? deux(m % 60) : ''}`);
  it('une semaine écrite en français est convertie en une valeur valide, la même que l’éditeur écrit', () => {
    fc.assert(
      fc.property(saisie, (s) => {
        const phrases: string[] = [];
        s.jours.forEach((j, i) => {
          if (j.plages.length === 0) return;
          phrases.push(`${NOMS_JOURS[i]} ${j.plages.map(([a, b]) => `de ${heure(a)} à ${heure(b)}`).join(' et ')}${j.rendezVous ? ' sur rendez-vous' : ''}`);
        });
        if (phrases.length === 0) return;
        for (const f of s.fermetures) if ('mois' in f) phrases.push(`fermé en ${NOMS_MOIS[f.mois - 1]}`);
        const francais = phrases.join(', ');
        const resultat = convertirSaisieFrancaise(francais);
        expect(resultat, francais).toMatchObject({ ok: true });
        if (!resultat.ok) return;
        expect(validerHoraires(resultat.valeur).ok).toBe(true);
        const attendu = versOpenStreetMap({
          jours: s.jours.map((j) => ({ plages: j.plages, rendezVous: j.rendezVous && j.plages.length > 0 })),
          fermetures: s.fermetures.filter((f) => 'mois' in f),
          rendezVousSeul: false,
        });
        expect(resultat.valeur).toBe(attendu);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('un texte quelconque ne fait jamais planter la conversion, et une conversion acceptée est valide', () => {
    const mots = fc.constantFrom(
      'lundi',
      'mardi',
      'samedi',
      'du',
      'au',
      'de',
      'à',
      'et',
      ',',
      'fermé',
      'le',
      'les',
      'jours',
      'fériés',
      'sur',
      'rendez-vous',
      '9h',
      '12h',
      '14h30',
      'midi',
      '1er',
      'août',
      'en',
      'sauf',
      'tous',
      '-',
      '3',
      'matin',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(mots, { maxLength: 12 }).map((m) => m.join(' ')),
        ),
        (texte) => {
          const resultat = convertirSaisieFrancaise(texte);
          if (resultat.ok) expect(validerHoraires(resultat.valeur).ok).toBe(true);
          else expect(resultat.conseil.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);

  it('la fiche publique montre chaque jour les plages saisies dans l’éditeur, rendez-vous compris', () => {
    fc.assert(
      fc.property(saisie, (s) => {
        const semaine = { ...s, fermetures: [], feries: undefined, rendezVousSeul: false };
        const valeur = versOpenStreetMap(semaine);
        if (valeur === '' || semaine.jours.every((j) => j.plages.length === 0)) return;
        const compiles = compilerHoraires(valeur, '14', '2026-12-01', 28);
        expect(compiles, valeur).not.toBeNull();
        expect(compiles!.compacts.s, valeur).toEqual(semaine.jours.map((j) => j.plages.flat()));
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
