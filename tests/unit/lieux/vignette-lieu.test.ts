import { describe, expect, it } from 'vitest';
import { construireAnnuaire, fichierContacts, fichierPoints } from '../../../src/lib/lieux/annuaire.ts';
import { ajouterContacts, decoderPoints } from '../../../src/lib/lieux/points.ts';
import { schemaLieu, type LieuSaisi } from '../../../src/lib/contenu/schemas/lieu.ts';
import { contexteLieu } from '../../../src/lib/contenu/validation.ts';
import { toutesLesCommunes } from '../../../src/lib/territoire/communes.ts';
import { HORAIRES_NON_RENSEIGNES } from '../../../src/lib/horaires/evaluation.ts';
// Every value of the column: both « Fixe » and « Itinérant ».
import { ITINERANCES } from '../../../src/lib/standard/valeurs.ts';
import { SANS_PUBLIC, vignetteDeLieu, vignetteDePoint, vignetteLieu, type OptionsVignette } from '../../../src/lib/lieux/vignette-lieu.ts';

const schema = schemaLieu(contexteLieu({ departement: { code: '14', nom: 'Calvados' } } as never, '2026-06-01'));

function lieu(donnees: Record<string, unknown>): { id: string; data: LieuSaisi } {
  const base = { pivot: '21140118500017', code_postal: '14500', adresse: '1 rue de Test', commune: 'Vire Normandie', date_maj: '2026-01-01' };
  const data = schema.parse({ ...base, ...donnees });
  return { id: data.id, data };
}

const ENTREES = [
  lieu({
    id: 'mediatheque-vire',
    nom: 'Médiathèque de Vire',
    latitude: 48.8387,
    longitude: -0.8893,
    typologie: ['BIB'],
    telephone: '02 31 66 27 00',
    horaires: 'Tu-Sa 10:00-18:00; PH off',
    services: ['Aide aux démarches administratives'],
    fiche_acces_libre: 'https://acceslibre.beta.gouv.fr/app/14-vire/a/bibliotheque/erp/mediatheque-vire/',
  }),
  lieu({ id: 'bus', nom: 'Espace numérique mobile', itinerance: ['Itinérant'], typologie: ['MUNI'] }),
  lieu({ id: 'bus-et-local', nom: 'Bus et local', itinerance: [...ITINERANCES] }),
  lieu({ id: 'mission', nom: 'Mission numérique', modalites_acces: ["Ce lieu n'accueille pas de public"], telephone: '02 31 00 00 00' }),
];
const annuaire = construireAnnuaire(ENTREES, { departement: '14', communes: toutesLesCommunes(), aujourdhui: '2026-06-01' });
const points = decoderPoints(JSON.parse(JSON.stringify(fichierPoints(annuaire))));
ajouterContacts(points, JSON.parse(JSON.stringify(fichierContacts(annuaire))));
const OPTIONS: OptionsVignette = { lien: '/lieux/x/', niveau: 3 };
const html = (id: string, o: Partial<OptionsVignette> = {}) => vignetteLieu(vignetteDeLieu(annuaire.parId.get(id)!), { ...OPTIONS, ...o });
/** The card's text, tags removed, as a person reads it. */
const texte = (h: string) =>
  h
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const DISTANCE = { km: 2.34, approximative: false };

describe('vignette d’un lieu', () => {
  it('donne le nom en lien, l’adresse, la distance, le statut, les horaires, les services et l’accessibilité', () => {
    const h = html('mediatheque-vire', { distance: DISTANCE });

    expect(h).toMatch(
      /^<article class="carte vignette-lieu" data-id="mediatheque-vire"><h3 class="vignette-titre"><a href="\/lieux\/x\/">Médiathèque de Vire<\/a><\/h3>/,
    );
    expect(texte(h)).toContain('Bibliothèque, médiathèque · Vire Normandie · à 2,3 km');
    expect(h).toContain('<address class="vignette-adresse">1 rue de Test, 14500 Vire Normandie</address>');
    expect(h).toMatch(/<statut-horaires data-horaires="\d+"><\/statut-horaires>/);
    expect(h).toContain('<p class="vignette-horaires">');
    expect(h).toContain('<ul class="etiquettes" aria-label="Services"><li>');
    expect(h).toContain(
      '<a class="vignette-acces" href="https://acceslibre.beta.gouv.fr/app/14-vire/a/bibliotheque/erp/mediatheque-vire/">Accessibilité du bâtiment<span class="sr-only"> : Médiathèque de Vire</span></a>',
    );
  });

  it('un téléphone donne « Appeler », dont le nom accessible dit quel lieu, et le numéro écrit', () => {
    const h = html('mediatheque-vire');

    expect(h).toContain(
      '<a class="bouton bouton-appeler" href="tel:+33231662700">Appeler<span class="sr-only"> Médiathèque de Vire</span></a> <span class="numero-telephone">02 31 66 27 00</span>',
    );
  });

  it('sans téléphone ni horaires : pas de bouton, et « Horaires non renseignés » sans script', () => {
    const h = html('bus');

    expect(h).not.toContain('tel:');
    expect(h).not.toContain('vignette-actions');
    expect(h).toContain(`<span class="statut-etat statut-inconnu">${HORAIRES_NON_RENSEIGNES}</span>`);
    expect(h).not.toContain('statut-horaires data-horaires');
  });

  it('un lieu itinérant dit « Itinérant », ne donne pas de distance à son adresse de rattachement', () => {
    const h = html('bus', { distance: DISTANCE });

    expect(texte(h)).toMatch(/ · Itinérant · Vire Normandie /);
    expect(h).not.toContain('km');
    expect(texte(h)).toContain('Se déplace ; rattaché à : 1 rue de Test, 14500 Vire Normandie');
  });

  it('un lieu fixe et itinérant garde sa distance', () => {
    expect(texte(html('bus-et-local', { distance: DISTANCE }))).toContain('Itinérant · Vire Normandie · à 2,3 km');
  });

  it('un lieu qui n’accueille pas de public le dit, sans distance, et garde son téléphone', () => {
    const h = html('mission', { distance: { km: 0.5, approximative: true } });

    expect(h).toContain(`<p class="vignette-accueil">${SANS_PUBLIC}.</p>`);
    expect(h).not.toMatch(/à (environ )?\d/);
    expect(h).toContain('href="tel:+33231000000"');
  });

  it('échappe le nom, l’adresse et le lien', () => {
    // The schema refuses markup in the content; the card escapes anyway (imported data, tests).
    const piege = { ...vignetteDeLieu(annuaire.parId.get('bus')!), nom: 'L’atelier <b>« & »</b> "o\'k"', adresse: '<script>alert(1)</script>' };
    const h = vignetteLieu(piege, { lien: '/lieux/"x"/', niveau: 2 });

    expect(h).not.toContain('<b>');
    expect(h).not.toContain('<script>');
    expect(h).toContain('L’atelier &#60;b&#62;« &#38; »&#60;/b&#62; &#34;o&#39;k&#34;');
    expect(h).toContain('&#60;script&#62;alert(1)&#60;/script&#62;, 14500');
    expect(h).toContain('<h2 class="vignette-titre"><a href="/lieux/&#34;x&#34;/">');
  });

  it('dans une bulle de la carte, le nom est un paragraphe ; « Voir sur la carte » seulement sur demande', () => {
    expect(html('bus', { niveau: null })).toContain('<p class="vignette-titre">');
    expect(html('bus')).not.toContain('voir-sur-carte');
    expect(html('bus', { voirSurCarte: true })).toContain(
      '<button type="button" class="lien-bouton voir-sur-carte" data-action="voir-sur-carte">Voir <span class="sr-only">Espace numérique mobile </span>sur la carte</button>',
    );
  });

  it('la vignette du navigateur (points.json) est celle du serveur, pour chaque lieu', () => {
    annuaire.lieux.forEach((l, i) => {
      expect(vignetteLieu(vignetteDePoint(points, i), { ...OPTIONS, distance: DISTANCE })).toBe(
        vignetteLieu(vignetteDeLieu(l), { ...OPTIONS, distance: DISTANCE }),
      );
    });
  });
});
