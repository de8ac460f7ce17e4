/**
 * The time zone of a territory: every opening status is computed on the clocks of the place,
 * not on the visitor's (a Guadeloupe place open 8:00–13:00 is open at 9:00 in Pointe-à-Pitre,
 * whatever the phone reading the page is set to). Shipped to the browser: keep it tiny.
 */

/** Mainland France and Corsica. */
export const FUSEAU_METROPOLE = 'Europe/Paris';

/** IANA time zones of the overseas départements, by INSEE code. */
export const FUSEAUX_OUTRE_MER: Readonly<Record<string, string>> = {
  '971': 'America/Guadeloupe',
  '972': 'America/Martinique',
  '973': 'America/Cayenne',
  '974': 'Indian/Reunion',
  '976': 'Indian/Mayotte',
};

/**
 * The IANA time zone of a département (`14`, `2A`, `971`…), or the one set in `collectif.yaml`
 * (`departement.fuseau_horaire`) for a collective the département does not describe.
 * The only place where a zone is chosen: the build and the browser both ask here.
 */
export function fuseauHoraire(departement: string, reglage?: string): string {
  return reglage ?? FUSEAUX_OUTRE_MER[departement] ?? FUSEAU_METROPOLE;
}

/** True when `fuseau` is an IANA time zone this JavaScript engine knows. */
export function fuseauConnu(fuseau: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: fuseau });
    return true;
  } catch {
    return false;
  }
}

/**
 * The visitor's device time zone; `undefined` outside a browser (the build and the tools have
 * no visitor: the zone of the build machine says nothing about the reader).
 */
export function fuseauAppareil(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * Whether times must say « heure locale »: when the device is set to another zone than the
 * territory (a Martinique place read from Paris); when the device's zone is unknown, outside
 * mainland France.
 */
export function precisionHeureLocale(fuseau: string, appareil?: string): boolean {
  return appareil === undefined ? fuseau !== FUSEAU_METROPOLE : appareil !== fuseau;
}
