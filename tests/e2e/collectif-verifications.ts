/**
 * Strict checks of the collective's generated files, shared by the unit tests (on the output of
 * `src/lib/collectif/ical.ts`) and the end-to-end tests (on the files of `dist/`):
 * - iCalendar (RFC 5545): line endings, folding, escaping, required properties, time zone;
 *   then a real parse with ical.js, which resolves TZID=Europe/Paris through the file's own
 *   VTIMEZONE: the UTC instants it returns prove that the VTIMEZONE block is right.
 * - CSV (RFC 4180): a small strict parser.
 *
 * Erasable TypeScript only: Node runs this file directly for the end-to-end tests.
 */
import ICAL from 'ical.js';

export interface EvenementLu {
  uid: string;
  resume: string;
  lieu: string | null;
  description: string | null;
  url: string | null;
  /** DTSTART as written, local time: `20261210T140000`. */
  debutLocal: string;
  debutUtc: Date;
  finUtc: Date;
}

const encodeur = new TextEncoder();

/** Unfolds content lines (RFC 5545, 3.1): a line starting with a space or tab continues the previous one. */
function deplier(lignesPhysiques: string[]): string[] {
  const lignes: string[] = [];
  for (const ligne of lignesPhysiques) {
    if ((ligne.startsWith(' ') || ligne.startsWith('\t')) && lignes.length > 0) lignes[lignes.length - 1] += ligne.slice(1);
    else lignes.push(ligne);
  }
  return lignes;
}

/** True when a TEXT value has a `;` or `,` not escaped by a backslash, or a lone backslash. */
function texteMalEchappe(valeur: string): boolean {
  for (let i = 0; i < valeur.length; i++) {
    const c = valeur[i];
    if (c === '\\') {
      const suivant = valeur[i + 1];
      if (suivant === undefined || !'\\;,nN'.includes(suivant)) return true;
      i++;
    } else if (c === ';' || c === ',') {
      return true;
    }
  }
  return false;
}

/**
 * Checks an iCalendar file strictly and parses it. Returns the problems found (empty when the
 * file is valid) and the events read by ical.js.
 */
export function verifierIcs(texte: string): { problemes: string[]; evenements: EvenementLu[] } {
  const problemes: string[] = [];
  if (!texte.endsWith('\r\n')) problemes.push('le fichier doit se terminer par CRLF');
  if (/\r(?!\n)|(?<!\r)\n/.test(texte)) problemes.push('fin de ligne autre que CRLF (LF ou CR seul)');
  const physiques = texte.split('\r\n').slice(0, -1);
  physiques.forEach((ligne, i) => {
    const octets = encodeur.encode(ligne).length;
    if (octets > 75) problemes.push(`ligne ${i + 1} : ${octets} octets, plus de 75 (pliage manquant)`);
    if (ligne === '') problemes.push(`ligne ${i + 1} vide`);
  });
  const lignes = deplier(physiques);
  if (lignes[0] !== 'BEGIN:VCALENDAR') problemes.push('la première ligne doit être BEGIN:VCALENDAR');
  if (lignes[lignes.length - 1] !== 'END:VCALENDAR') problemes.push('la dernière ligne doit être END:VCALENDAR');

  const pile: string[] = [];
  const tzids = new Set<string>();
  const uids = new Set<string>();
  let evenement: Map<string, string[]> | null = null;
  const proprietesCalendrier = new Map<string, string[]>();
  for (const ligne of lignes) {
    const m = /^([A-Z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(ligne);
    if (!m) {
      problemes.push(`ligne mal formée : ${ligne.slice(0, 60)}`);
      continue;
    }
    const [, nom, parametres, valeur] = m as unknown as [string, string, string, string];
    if (nom === 'BEGIN') {
      pile.push(valeur);
      if (valeur === 'VEVENT') evenement = new Map();
      continue;
    }
    if (nom === 'END') {
      const ouvert = pile.pop();
      if (ouvert !== valeur) problemes.push(`END:${valeur} ne ferme pas BEGIN:${ouvert ?? '(rien)'}`);
      if (valeur === 'VEVENT' && evenement) {
        for (const requise of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY']) {
          const n = evenement.get(requise)?.length ?? 0;
          if (n !== 1) problemes.push(`un VEVENT doit avoir exactement une propriété ${requise} (trouvé : ${n})`);
        }
        const uid = evenement.get('UID')?.[0] ?? '';
        if (uids.has(uid)) problemes.push(`UID en double : ${uid}`);
        uids.add(uid);
        const dtstamp = evenement.get('DTSTAMP')?.[0] ?? '';
        if (!/^:\d{8}T\d{6}Z$/.test(dtstamp)) problemes.push(`DTSTAMP doit être une date et heure UTC (trouvé « ${dtstamp.slice(1)} »)`);
        for (const date of ['DTSTART', 'DTEND']) {
          const brut = evenement.get(date)?.[0] ?? '';
          const tz = /^;TZID=([^:;]+):\d{8}T\d{6}$/.exec(brut);
          if (!tz) problemes.push(`${date} doit porter TZID et une heure locale (trouvé « ${brut} »)`);
          else if (tz[1] !== 'Europe/Paris') problemes.push(`${date} : fuseau ${tz[1]} au lieu de Europe/Paris`);
        }
        evenement = null;
      }
      continue;
    }
    if (pile[pile.length - 1] === 'VTIMEZONE' && nom === 'TZID') tzids.add(valeur);
    if (evenement && pile[pile.length - 1] === 'VEVENT') {
      evenement.set(nom, [...(evenement.get(nom) ?? []), `${parametres}:${valeur}`]);
      if (['SUMMARY', 'LOCATION', 'DESCRIPTION'].includes(nom) && texteMalEchappe(valeur)) problemes.push(`${nom} mal échappé : ${valeur.slice(0, 60)}`);
    } else if (pile.length === 1) {
      proprietesCalendrier.set(nom, [...(proprietesCalendrier.get(nom) ?? []), valeur]);
    }
  }
  if (pile.length > 0) problemes.push(`composants non fermés : ${pile.join(', ')}`);
  if (proprietesCalendrier.get('VERSION')?.[0] !== '2.0') problemes.push('VERSION:2.0 manquant');
  if ((proprietesCalendrier.get('PRODID') ?? []).length !== 1) problemes.push('PRODID manquant');
  if (!tzids.has('Europe/Paris')) problemes.push('aucun VTIMEZONE avec TZID:Europe/Paris');

  const evenements: EvenementLu[] = [];
  try {
    const calendrier = new ICAL.Component(ICAL.parse(texte));
    const fuseaux = calendrier.getAllSubcomponents('vtimezone').map((v) => new ICAL.Timezone(v));
    for (const vevent of calendrier.getAllSubcomponents('vevent')) {
      const e = new ICAL.Event(vevent);
      const tzid = vevent.getFirstProperty('dtstart')?.getParameter('tzid');
      const fuseau = fuseaux.find((f) => f.tzid === tzid);
      if (!fuseau) {
        problemes.push(`ical.js : fuseau ${String(tzid)} introuvable dans le fichier`);
        continue;
      }
      // The Time objects carry only the TZID name: attach the file's own VTIMEZONE to them.
      const debut = e.startDate.clone();
      debut.zone = fuseau;
      const fin = e.endDate.clone();
      fin.zone = fuseau;
      const texteOuNul = (nom: string) => {
        const v = vevent.getFirstPropertyValue(nom);
        return v === null || v === undefined ? null : String(v);
      };
      evenements.push({
        uid: e.uid,
        resume: e.summary,
        lieu: texteOuNul('location'),
        description: texteOuNul('description'),
        url: texteOuNul('url'),
        debutLocal:
          String(vevent.getFirstProperty('dtstart')?.toICALString() ?? '')
            .split(':')
            .pop() ?? '',
        debutUtc: debut.toJSDate(),
        finUtc: fin.toJSDate(),
      });
    }
  } catch (erreur) {
    problemes.push(`ical.js ne lit pas le fichier : ${String(erreur)}`);
  }
  return { problemes, evenements };
}

/**
 * The UTC instant of a local date-time in Europe/Paris (`2026-12-10T14:00`), computed with the
 * system's time zone database: the reference against which the VTIMEZONE is checked.
 */
export function instantParis(local: string): Date {
  const [date, heure] = local.split('T') as [string, string];
  const [a, mo, j] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = heure.split(':').map(Number) as [number, number];
  const voulu = Date.UTC(a, mo - 1, j, h, mi);
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  let instant = voulu;
  // Two corrections are enough: the offset is +1 h or +2 h.
  for (let i = 0; i < 2; i++) {
    const parties = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
    const affiche = Date.UTC(Number(parties['year']), Number(parties['month']) - 1, Number(parties['day']), Number(parties['hour']), Number(parties['minute']));
    instant += voulu - affiche;
  }
  return new Date(instant);
}

/**
 * Parses a CSV file strictly (RFC 4180: comma, double quotes, CRLF), after an optional byte
 * order mark. Throws on a malformed file.
 */
export function lireCsv(texte: string): string[][] {
  const source = texte.startsWith('\uFEFF') ? texte.slice(1) : texte;
  const lignes: string[][] = [];
  let ligne: string[] = [];
  let champ = '';
  let i = 0;
  let guillemets = false;
  while (i < source.length) {
    const c = source[i]!;
    if (guillemets) {
      if (c === '"' && source[i + 1] === '"') {
        champ += '"';
        i += 2;
      } else if (c === '"') {
        guillemets = false;
        i++;
        if (i < source.length && source[i] !== ',' && source[i] !== '\r') throw new Error(`CSV : caractère après un guillemet fermant, position ${i}`);
      } else {
        champ += c;
        i++;
      }
    } else if (c === '"') {
      if (champ !== '') throw new Error(`CSV : guillemet au milieu d'un champ, position ${i}`);
      guillemets = true;
      i++;
    } else if (c === ',') {
      ligne.push(champ);
      champ = '';
      i++;
    } else if (c === '\r' && source[i + 1] === '\n') {
      ligne.push(champ);
      lignes.push(ligne);
      ligne = [];
      champ = '';
      i += 2;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`CSV : fin de ligne sans CRLF, position ${i}`);
    } else {
      champ += c;
      i++;
    }
  }
  if (guillemets) throw new Error('CSV : guillemet non fermé');
  if (champ !== '' || ligne.length > 0) throw new Error('CSV : la dernière ligne doit finir par CRLF');
  return lignes;
}
