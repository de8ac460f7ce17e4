/**
 * schema.org description of a place's page (JSON-LD), read by search engines and assistants:
 * the page (`WebPage`, with its update date) and the place it is about (a `LocalBusiness`, or
 * its subtypes `Library` and `GovernmentOffice`), with address, position, contacts, weekly
 * hours and the coming special days.
 */
import { jourSemaine, particularitesAVenir, segmentsSemaine, type HorairesCompacts } from '../horaires/evaluation.ts';
import type { LieuSaisi } from '../contenu/schemas/lieu.ts';
import type { Typologie } from '../standard/valeurs.ts';

const JOURS_SCHEMA = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((j) => `https://schema.org/${j}`);

/** Typologies of public services: the place is then a `GovernmentOffice`. */
const SERVICES_PUBLICS: readonly Typologie[] = [
  'RFS',
  'MSAP',
  'MUNI',
  'PREF',
  'CAF',
  'CPAM',
  'MSA',
  'CCAS',
  'CIAS',
  'CD',
  'DEPT',
  'MDS',
  'CDAS',
  'CFP',
  'FT',
  'ML',
  'PAD',
  'SCP',
];

/** schema.org type of a place from its typologies. */
export function typeSchema(typologies: readonly string[] | undefined): 'Library' | 'GovernmentOffice' | 'LocalBusiness' {
  if (typologies?.includes('BIB')) return 'Library';
  if (typologies?.some((t) => (SERVICES_PUBLICS as readonly string[]).includes(t))) return 'GovernmentOffice';
  return 'LocalBusiness';
}

/** `HH:MM` from minutes (1440 and beyond wrap to the next day, as schema.org expects). */
function heure(minutes: number): string {
  const m = minutes % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * `OpeningHoursSpecification`s of the weekly template, days with the same interval grouped.
 * An evening past midnight closes « earlier » than it opens, which schema.org reads as the next day.
 */
export function specificationsHoraires(h: HorairesCompacts): Record<string, unknown>[] {
  const parIntervalle = new Map<string, number[]>();
  segmentsSemaine(h.s).forEach((segments, jour) => {
    for (const [debut, fin] of segments) {
      const cle = `${heure(debut)}|${fin === 1440 ? '23:59' : heure(fin)}`;
      parIntervalle.set(cle, [...(parIntervalle.get(cle) ?? []), jour]);
    }
  });
  return [...parIntervalle].map(([cle, jours]) => {
    const [opens, closes] = cle.split('|');
    return { '@type': 'OpeningHoursSpecification', dayOfWeek: jours.map((j) => JOURS_SCHEMA[j]), opens, closes };
  });
}

/** Special days of the coming weeks (holidays, closures) as `specialOpeningHoursSpecification`. */
function specificationsParticulieres(h: HorairesCompacts, depuis: string, departement: string): Record<string, unknown>[] {
  return particularitesAVenir(h, depuis, departement, 60).flatMap((p) => {
    const base = { '@type': 'OpeningHoursSpecification', validFrom: p.du, validThrough: p.au };
    // A closed day is written opens = closes = 00:00 (schema.org's convention).
    if (p.plages.length === 0) return [{ ...base, opens: '00:00', closes: '00:00' }];
    const specs: Record<string, unknown>[] = [];
    for (let i = 0; i < p.plages.length; i += 2)
      specs.push({
        ...base,
        dayOfWeek: JOURS_SCHEMA[jourSemaine(p.du)],
        opens: heure(p.plages[i]!),
        closes: p.plages[i + 1] === 1440 ? '23:59' : heure(p.plages[i + 1]!),
      });
    return specs;
  });
}

/** Everything the description needs. */
export interface EntreeJsonLd {
  lieu: LieuSaisi;
  /** Absolute address of the place's page. */
  adressePage: string;
  horaires?: HorairesCompacts | null | undefined;
  /** Member organisation that runs the place. */
  membre?: { nom: string; adresse: string } | undefined;
  departement: string;
  /** Build date, `AAAA-MM-JJ`. */
  aujourdhui: string;
}

/** The JSON-LD object of a place's page. */
export function jsonLdLieu({ lieu: d, adressePage, horaires, membre, departement, aujourdhui }: EntreeJsonLd): Record<string, unknown> {
  const idLieu = `${adressePage}#lieu`;
  const lieu: Record<string, unknown> = {
    '@type': typeSchema(d.typologie),
    '@id': idLieu,
    name: d.nom,
    url: adressePage,
    address: {
      '@type': 'PostalAddress',
      streetAddress: d.complement_adresse ? `${d.adresse}, ${d.complement_adresse}` : d.adresse,
      postalCode: d.code_postal,
      addressLocality: d.commune,
      addressCountry: 'FR',
    },
  };
  if (d.presentation_resume) lieu['description'] = d.presentation_resume;
  if (d.latitude !== undefined && d.longitude !== undefined) {
    lieu['geo'] = { '@type': 'GeoCoordinates', latitude: d.latitude, longitude: d.longitude };
    lieu['hasMap'] = `https://www.openstreetmap.org/?mlat=${d.latitude}&mlon=${d.longitude}#map=18/${d.latitude}/${d.longitude}`;
  }
  if (d.telephone) lieu['telephone'] = d.telephone;
  if (d.courriels?.length) lieu['email'] = d.courriels.length === 1 ? d.courriels[0] : d.courriels;
  if (d.site_web?.length) lieu['sameAs'] = d.site_web;
  if (horaires) {
    lieu['openingHoursSpecification'] = specificationsHoraires(horaires);
    const particulieres = specificationsParticulieres(horaires, aujourdhui, departement);
    if (particulieres.length > 0) lieu['specialOpeningHoursSpecification'] = particulieres;
  }
  if (d.services?.length) lieu['knowsAbout'] = d.services;
  if (d.frais_a_charge?.length === 1 && d.frais_a_charge[0] === 'Gratuit') lieu['isAccessibleForFree'] = true;
  if (d.modalites_acces?.length) lieu['publicAccess'] = !d.modalites_acces.includes("Ce lieu n'accueille pas de public");
  if (membre) lieu['parentOrganization'] = { '@type': 'Organization', name: membre.nom, url: membre.adresse };
  else if (d.structure_parente) lieu['parentOrganization'] = { '@type': 'Organization', name: d.structure_parente };
  if (d.prise_rdv) lieu['potentialAction'] = { '@type': 'ReserveAction', target: d.prise_rdv };
  return {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebPage', '@id': adressePage, url: adressePage, name: d.nom, inLanguage: 'fr', dateModified: d.date_maj, mainEntity: { '@id': idLieu } },
      lieu,
    ],
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` escaped so that no value
 * (a name with `</script>`) can end the script element.
 */
export function serialiserJsonLd(objet: unknown): string {
  return JSON.stringify(objet)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
