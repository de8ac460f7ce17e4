/**
 * The up-to-date list of members that Article 3 of the convention asks the secretariat to keep
 * and send to all members, as a CSV file (`/membres/liste.csv`): RFC 4180 (comma separator,
 * double quotes, CRLF), UTF-8 with a byte order mark so that spreadsheet software (Excel in
 * French in particular) reads the accents right.
 */
import { champCsv } from '../commun/csv.ts';
import type { DatesAdhesion } from './adhesion.ts';

/** What the list needs from a member (`content/membres/<id>.md`). */
export interface MembreListe {
  id: string;
  data: DatesAdhesion & {
    nom: string;
    nom_court?: string | undefined;
    type: string;
    roles: readonly string[];
    signataire: boolean;
    representant_fonction?: string | undefined;
    site_web?: string | undefined;
  };
}

/** Columns of the CSV file, in order. */
export const COLONNES_LISTE_MEMBRES = [
  'nom',
  'nom_court',
  'type',
  'roles',
  'date_adhesion',
  'signataire',
  'representant_fonction',
  'site_web',
  'page',
] as const;

/**
 * A CSV field of the member list: quoted as RFC 4180 asks (`champCsv` of `csv.ts`), and
 * neutralised when it starts like a spreadsheet formula (`=`, `+`, `-`, `@`): this file is
 * meant to be opened in a spreadsheet by every member, so a cell must never run as a formula.
 * (The open-data export keeps the standard's values verbatim instead.)
 */
export function champListe(valeur: string): string {
  return champCsv(/^[=+\-@\t\r]/.test(valeur) ? `'${valeur}` : valeur);
}

/**
 * The CSV file of the given members (already filtered and ordered by the caller). Types and
 * roles are written with their labels; `page` is the absolute address of each member's page.
 */
export function csvMembres(
  membres: readonly MembreListe[],
  options: { libelleType: (type: string) => string; libelleRole: (role: string) => string; urlPage: (id: string) => string },
): string {
  const lignes = [
    COLONNES_LISTE_MEMBRES.join(','),
    ...membres.map((m) =>
      [
        m.data.nom,
        m.data.nom_court ?? '',
        options.libelleType(m.data.type),
        m.data.roles.map(options.libelleRole).join(' ; '),
        m.data.date_adhesion,
        m.data.signataire ? 'oui' : 'non',
        m.data.representant_fonction ?? '',
        m.data.site_web ?? '',
        options.urlPage(m.id),
      ]
        .map(champListe)
        .join(','),
    ),
  ];
  return `\uFEFF${lignes.join('\r\n')}\r\n`;
}
