import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cheminPage, construireAnnuaire, ErreurAnnuaire, lieuxDuService, paginer, slugService } from '../../src/lib/annuaire.ts';
import { toutesLesCommunes } from '../../src/lib/communes.ts';
import { FACETTES } from '../../src/lib/filtres.ts';
import { resumeHoraires } from '../../src/lib/horaires.ts';
import { decoderFacettes, decoderId, decoderPoints, encoderFacettes, encoderId, encoderPoints, type HorairesPoint } from '../../src/lib/points.ts';
import { schemaLieu, type LieuSaisi } from '../../src/lib/schemas.ts';
import { contexteLieu } from '../../src/lib/validation.ts';

const AUJOURDHUI = '2026-06-01';
const schema = schemaLieu(contexteLieu({ departement: { code: '14', nom: 'Calvados' } } as never, AUJOURDHUI));

function lieu(donnees: Record<string, unknown>): { id: string; data: LieuSaisi } {
  const base = { pivot: '21140118500017', code_postal: '14000', adresse: '1 rue de Test', date_maj: '2026-01-01' };
  const data = schema.parse({ ...base, ...donnees });
  return { id: data.id, data };
}

const ENTREES = [
  lieu({ id: 'mediatheque-caen', nom: 'Médiathèque de Caen', commune: 'Caen', code_insee: '14118', latitude: 49.1829, longitude: -0.3707, typologie: ['BIB'], horaires: 'Mo-Fr 09:00-17:00; PH off', services: ['Aide aux démarches administratives'], frais_a_charge: ['Gratuit'] }),
  lieu({ id: 'bus-numerique', nom: 'Bus numérique', commune: 'Bayeux', code_postal: '14400', itinerance: ['Itinérant'], services: ['Accès internet et matériel informatique'] }),
  lieu({ id: 'france-services-vire', nom: 'France Services', commune: 'Vire Normandie', code_postal: '14500', latitude: 48.8387, longitude: -0.8893, typologie: ['RFS', 'MUNI'], horaires: 'Mo-Fr 09:00-17:00; PH off', formations_labels: ['Formé à « Mon Espace Santé »'] }),
  lieu({ id: 'atelier-inconnu', nom: 'Atelier', commune: 'Ville Imaginaire', code_postal: '14999', horaires: 'Sa 10:00-12:00' }),
];
const OPTIONS = { departement: '14', communes: toutesLesCommunes(), aujourdhui: AUJOURDHUI };

describe('construireAnnuaire', () => {
  const annuaire = construireAnnuaire(ENTREES, OPTIONS);

  it('trie les lieux par nom', () => {
    expect(annuaire.lieux.map((l) => l.id)).toEqual(['atelier-inconnu', 'bus-numerique', 'france-services-vire', 'mediatheque-caen']);
  });

  it('rattache chaque lieu à sa commune', () => {
    expect(annuaire.lieux.map((l) => l.commune.slug)).toEqual(['ville-imaginaire', 'bayeux', 'vire-normandie', 'caen']);
    expect(annuaire.communes.map((c) => `${c.commune.nom} (${c.lieux.length})`)).toEqual(['Bayeux (1)', 'Caen (1)', 'Ville Imaginaire (1)', 'Vire Normandie (1)']);
  });

  it('place un lieu sans coordonnées au centre de sa commune, en le disant', () => {
    const bus = annuaire.lieux.find((l) => l.id === 'bus-numerique')!;
    const inconnu = annuaire.lieux.find((l) => l.id === 'atelier-inconnu')!;

    expect(bus.position).toMatchObject({ approximative: true });
    expect(bus.position!.latitude).toBeCloseTo(49.27, 1);
    expect(inconnu.position).toBeUndefined();
  });

  it('écrit les typologies en mots', () => {
    expect(annuaire.lieux.find((l) => l.id === 'france-services-vire')!.typologie).toBe('France Services, Mairie, municipalité');
  });

  it('compile une seule fois des horaires identiques', () => {
    const [caen, vire] = ['mediatheque-caen', 'france-services-vire'].map((id) => annuaire.lieux.find((l) => l.id === id)!);

    expect(annuaire.horaires).toHaveLength(3); // null, the office hours, the Saturday
    expect(caen!.indexHoraires).toBe(vire!.indexHoraires);
    expect(caen!.horaires).toBe(vire!.horaires);
    expect(annuaire.lieux.find((l) => l.id === 'bus-numerique')!.indexHoraires).toBe(0);
  });

  it('liste les lieux d’un service', () => {
    expect(lieuxDuService(annuaire, 0).map((l) => l.id)).toEqual(['mediatheque-caen']);
    expect(slugService(0)).toBe('demarches');
  });

  it.each(['commune', 'service', 'page', 'points', 'communes'])('refuse l’identifiant réservé « %s » avec un message en français', (id) => {
    const entree = { ...lieu({ id: 'x', nom: 'X', commune: 'Caen' }), id, filePath: `content/lieux/${id}.md` };

    expect(() => construireAnnuaire([entree], OPTIONS)).toThrow(ErreurAnnuaire);
    expect(() => construireAnnuaire([entree], OPTIONS)).toThrow(`content/lieux/${id}.md › id : « ${id} » est réservé`);
  });
});

describe('paginer', () => {
  it.each([
    [0, 50, [0]],
    [1, 50, [1]],
    [50, 50, [50]],
    [51, 50, [50, 1]],
    [120, 50, [50, 50, 20]],
  ])('%i éléments par pages de %i → %j', (n, taille, tailles) => {
    const pages = paginer(Array.from({ length: n }, (_, i) => i), taille);

    expect(pages.map((p) => p.elements.length)).toEqual(tailles);
    expect(pages.map((p) => p.numero)).toEqual(tailles.map((_, i) => i + 1));
    expect(pages.every((p) => p.total === tailles.length)).toBe(true);
    expect(pages.map((p) => p.premier)).toEqual(tailles.map((_, i) => i * taille + 1));
  });

  it.each([
    ['/lieux/', 1, '/lieux/'],
    ['/lieux/', 2, '/lieux/page/2/'],
    ['/lieux/commune/caen/', 3, '/lieux/commune/caen/page/3/'],
  ])('cheminPage(%s, %i) → %s', (base, numero, attendu) => {
    expect(cheminPage(base, numero)).toBe(attendu);
  });
});

describe('points : format compact', () => {
  it.each([
    ['mediatheque-de-caen', 'Médiathèque de Caen', ''],
    ['mediatheque-de-caen-2', 'Médiathèque de Caen', '-2'],
    ['bus-14', 'Bus numérique', 'bus-14'],
    ['france-services', 'France Services !', ''],
    ['x', '???', 'x'],
  ])('l’identifiant %s de « %s » s’écrit %j', (id, nom, code) => {
    expect(encoderId(id, nom)).toBe(code);
    expect(decoderId(code, nom)).toBe(id);
  });

  it('les facettes font l’aller-retour, quelles que soient les valeurs', () => {
    const masques = fc.tuple(...FACETTES.map((f) => fc.integer({ min: 0, max: 2 ** f.valeurs.length - 1 })));
    fc.assert(
      fc.property(masques, (m) => {
        expect(decoderFacettes(encoderFacettes(m))).toEqual(m);
      }),
    );
    expect(encoderFacettes(FACETTES.map(() => 0))).toBe('');
  });

  it('l’annuaire fait l’aller-retour', () => {
    const annuaire = construireAnnuaire(ENTREES, OPTIONS);
    const horaires: (HorairesPoint | null)[] = annuaire.horaires.map((h) => (h ? { ...h.compacts, r: resumeHoraires(h.compacts) } : null));
    const fichier = encoderPoints(
      annuaire.lieux.map((l) => ({
        id: l.id,
        nom: l.donnees.nom,
        latitude: l.donnees.latitude,
        longitude: l.donnees.longitude,
        commune: { nom: l.commune.nom, slug: l.commune.slug, latitude: l.commune.repertoire?.latitude, longitude: l.commune.repertoire?.longitude },
        typologie: l.typologie,
        masques: l.masques,
        indexHoraires: l.indexHoraires,
      })),
      horaires,
      { departement: '14', genere: AUJOURDHUI },
    );

    const points = decoderPoints(JSON.parse(JSON.stringify(fichier)));

    expect(points.lieux.map((p) => p.id)).toEqual(annuaire.lieux.map((l) => l.id));
    expect(points.lieux.map((p) => p.masques)).toEqual(annuaire.lieux.map((l) => l.masques));
    expect(points.lieux.map((p) => p.communeSlug)).toEqual(annuaire.lieux.map((l) => l.commune.slug));
    expect(points.lieux.map((p) => p.typologie)).toEqual(annuaire.lieux.map((l) => l.typologie));
    expect(points.lieux.map((p) => p.approximative)).toEqual(annuaire.lieux.map((l) => l.position?.approximative ?? true));
    annuaire.lieux.forEach((l, i) => {
      if (!l.position) return expect(points.lieux[i]!.latitude).toBeUndefined();
      expect(Math.abs(points.lieux[i]!.latitude! - l.position.latitude)).toBeLessThanOrEqual(0.00005);
      expect(Math.abs(points.lieux[i]!.longitude! - l.position.longitude)).toBeLessThanOrEqual(0.00005);
    });
    expect(points.horaires[points.lieux[3]!.horaires]?.r).toBe('Du lundi au vendredi : 9 h 00 – 17 h 00 ; fermé les jours fériés');
  });
});
