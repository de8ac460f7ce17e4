/**
 * Generators of valid places of the Calvados (fast-check), for the property-based tests of
 * the export and the import, and for the benchmark. A generated place is a front matter as a
 * contributor could write it (telephone in any usual form, lists) plus a Markdown body.
 */
import fc from 'fast-check';
import { communesDuDepartement } from '../../../src/lib/territoire/communes.ts';
import type { ContexteLieu } from '../../../src/lib/contenu/schemas/lieu.ts';
import { COLONNES_A_LISTE, LISTES_DE_VALEURS } from '../../../src/lib/standard/valeurs.ts';

export const COMMUNES_CALVADOS = communesDuDepartement('14');

export const CONTEXTE_CALVADOS: ContexteLieu = { communes: COMMUNES_CALVADOS, nomDepartement: 'Calvados (14)', aujourdhui: '2026-06-30' };

/** Characters that stress CSV, YAML and Markdown: quotes, separators, accents, line breaks. */
const CARACTERES = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...'éèêàâçîôûùëïüœÉÈÀÇŒ',
  ' ',
  ' ',
  ',',
  ';',
  '"',
  "'",
  '’',
  '«',
  '»',
  ':',
  '!',
  '?',
  '(',
  ')',
  '-',
  '/',
  '#',
  '*',
  '_',
  '&',
  '%',
  '+',
  '.',
  '…',
  '€',
];

/** Texts that YAML would read as something else than a text if they were not quoted. */
const PIEGES_YAML = [
  'null',
  'true',
  'oui',
  'no',
  '~',
  '123',
  '0123',
  '1e5',
  '2025-01-01',
  '- tiret',
  '# dièse',
  '&ancre',
  '*alias',
  'clé: valeur',
  '[liste]',
  '{objet}',
  '@arobase',
  '`cote`',
  '|',
  '>',
];

/** Markup the site's schema refuses in a text field (see `texte()` in schemas/communs.ts). */
const CODE_DANGEREUX = /javascript\s*:|data\s*:\s*text\/html|on[a-z]+\s*=/i;

export function texte(max: number, options: { sansBarre?: boolean; lignes?: boolean } = {}): fc.Arbitrary<string> {
  const unite = fc.constantFrom(...CARACTERES.filter((c) => !(options.sansBarre && c === '|')), ...(options.lignes ? ['\n'] : []));
  return fc
    .oneof(
      { weight: 6, arbitrary: fc.string({ unit: unite, minLength: 1, maxLength: Math.min(max, 60) }) },
      { weight: 1, arbitrary: fc.constantFrom(...PIEGES_YAML.filter((p) => !(options.sansBarre && p.includes('|')))) },
    )
    .map((t) => t.trim())
    .filter((t) => t.length > 0 && t.length <= max && !CODE_DANGEREUX.test(t));
}

const chiffres = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const motMinuscule = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 8 });

export const arbId = fc.array(motMinuscule, { minLength: 1, maxLength: 4 }).map((mots) => mots.join('-'));
const arbPivot = fc.oneof(
  chiffres(14),
  fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 9, maxLength: 9 }).map((s) => `W${s}`),
);
const arbTelephone = fc
  .tuple(fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '9'), chiffres(8), fc.constantFrom('espaces', 'points', 'international', 'collé'))
  .map(([premier, reste, forme]) => {
    const national = `0${premier}${reste}`;
    if (forme === 'espaces') return national.replace(/(\d{2})(?=\d)/g, '$1 ');
    if (forme === 'points') return national.replace(/(\d{2})(?=\d)/g, '$1.');
    if (forme === 'international') return `+33 ${premier} ${reste}`;
    return national;
  });
const arbCourriel = fc
  .tuple(fc.string({ unit: fc.constantFrom(...'abcdefghij0123._-'), minLength: 1, maxLength: 10 }), motMinuscule, fc.constantFrom('fr', 'org', 'com'))
  .map(([l, d, t]) => `${l}@${d}.${t}`);
const arbUrl = fc
  .tuple(motMinuscule, fc.constantFrom('fr', 'org'), fc.array(motMinuscule, { maxLength: 3 }))
  .map(([d, t, chemin]) => `https://${d}.${t}/${chemin.join('/')}`);
/** Opening hours in the OpenStreetMap syntax, varied as in real data (thousands of distinct values). */
const heure = (min: number, max: number) =>
  fc.tuple(fc.integer({ min, max }), fc.constantFrom('00', '15', '30', '45')).map(([h, m]) => `${String(h).padStart(2, '0')}:${m}`);
const arbHoraires = fc
  .tuple(
    fc.constantFrom('Mo-Fr', 'Tu-Sa', 'Mo-Th', 'Tu-Fr', 'We', 'Mo,We,Fr', 'Sa'),
    heure(7, 10),
    heure(11, 12),
    fc.option(fc.tuple(heure(13, 14), heure(16, 19)), { nil: undefined }),
    fc.option(fc.tuple(fc.constantFrom('Sa', 'Su'), heure(9, 10), heure(11, 12)), { nil: undefined }),
    fc.boolean(),
  )
  .map(([jours, debut, fin, apresMidi, autreJour, feries]) => {
    let valeur = `${jours} ${debut}-${fin}${apresMidi ? `,${apresMidi[0]}-${apresMidi[1]}` : ''}`;
    if (autreJour && !jours.includes(autreJour[0])) valeur += `; ${autreJour[0]} ${autreJour[1]}-${autreJour[2]}`;
    return feries ? `${valeur}; PH off` : valeur;
  });
const arbDate = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2026, 5, 30) }).map((t) => new Date(t).toISOString().slice(0, 10));
const sousListe = <T>(valeurs: readonly T[]) => fc.subarray([...valeurs], { minLength: 1 });
/** Every closed list of the standard, from its one map: a few values of a multiple column, one of the others. */
const arbListes = Object.fromEntries(
  COLONNES_A_LISTE.map((c) => {
    const { valeurs, multiple } = LISTES_DE_VALEURS[c];
    return [c, multiple ? sousListe(valeurs) : fc.constantFrom(...valeurs)];
  }),
) as Record<(typeof COLONNES_A_LISTE)[number], fc.Arbitrary<string[]>>;

/** A position inside a commune of the Calvados (centroid and a few hundred metres). */
const arbPosition = fc
  .tuple(
    fc.integer({ min: 0, max: COMMUNES_CALVADOS.length - 1 }),
    fc.double({ min: -0.005, max: 0.005, noNaN: true }),
    fc.double({ min: -0.005, max: 0.005, noNaN: true }),
  )
  .map(([i, dLat, dLon]) => ({
    commune: COMMUNES_CALVADOS[i]!,
    latitude: COMMUNES_CALVADOS[i]!.latitude + dLat,
    longitude: COMMUNES_CALVADOS[i]!.longitude + dLon,
  }));

export interface LieuGenere {
  front: Record<string, unknown>;
  corps: string;
}

/** A valid place of the Calvados, every optional field present or not. */
export const arbLieu: fc.Arbitrary<LieuGenere> = fc
  .record(
    {
      id: arbId,
      pivot: arbPivot,
      nom: texte(150),
      position: arbPosition,
      avecPosition: fc.boolean(),
      code_insee: fc.boolean(),
      adresse: texte(250),
      complement_adresse: texte(250),
      telephone: arbTelephone,
      courriels: fc.uniqueArray(arbCourriel, { minLength: 1, maxLength: 3 }),
      site_web: fc.uniqueArray(arbUrl, { minLength: 1, maxLength: 3 }),
      horaires: arbHoraires,
      presentation_resume: texte(280),
      source: texte(150),
      structure_parente: texte(150),
      ...arbListes,
      date_maj: arbDate,
      autres_formations_labels: fc.uniqueArray(texte(150, { sansBarre: true }), { minLength: 1, maxLength: 3 }),
      fiche_acces_libre: arbUrl,
      prise_rdv: arbUrl,
      corps: fc.option(texte(2000, { lignes: true }), { nil: '' }),
    },
    { requiredKeys: ['id', 'pivot', 'nom', 'position', 'avecPosition', 'code_insee', 'adresse', 'date_maj', 'corps'] },
  )
  .map(({ position, avecPosition, code_insee, corps, ...champs }) => {
    const front: Record<string, unknown> = {
      ...champs,
      commune: position.commune.nom,
      code_postal: position.commune.codesPostaux[0] ?? '14000',
    };
    if (code_insee) front['code_insee'] = position.commune.insee;
    if (avecPosition) Object.assign(front, { latitude: position.latitude, longitude: position.longitude });
    return { front, corps };
  });

/** Several places with distinct ids. */
export const arbLieux = (max: number) => fc.uniqueArray(arbLieu, { minLength: 1, maxLength: max, selector: (l) => l.front['id'] });
