/**
 * Bibliothèques comparées par `npm run bench:bibliotheques`, en version exacte. Elles ne sont
 * pas des dépendances du projet (sauf celles qu'il a adoptées) : on les installe pour la
 * comparaison seulement, avec la commande `COMMANDE_INSTALLATION`.
 *
 * Les adaptateurs de ce dossier les chargent par `importer()`, un import dynamique dont le nom
 * est une variable : ainsi `astro check` ne cherche pas leurs types quand elles ne sont pas
 * installées, et l'absence d'une bibliothèque donne une phrase qui dit quoi lancer.
 */
export const PAQUETS = {
  'csv-parse': '7.0.3',
  papaparse: '5.7.1',
  'ical-generator': '11.1.2',
  supercluster: '9.1.0',
  'iconv-lite': '0.7.3',
  chardet: '2.2.0',
  'fastest-levenshtein': '1.0.16',
  'fuse.js': '7.5.0',
} as const;
export type Paquet = keyof typeof PAQUETS;

export const COMMANDE_INSTALLATION = `npm install --no-save ${Object.entries(PAQUETS)
  .map(([nom, version]) => `${nom}@${version}`)
  .join(' ')}`;

/** Charge un paquet (ou l'un de ses chemins, `csv-parse/sync`) ; s'il manque, dit comment l'installer. */
export async function importer<T>(specificateur: string): Promise<T> {
  try {
    return (await import(specificateur)) as T;
  } catch (erreur) {
    throw new Error(
      `La bibliothèque « ${specificateur} » n'est pas installée (${(erreur as Error).message.split('\n')[0]}). Installez les bibliothèques comparées : ${COMMANDE_INSTALLATION}`,
      { cause: erreur },
    );
  }
}
