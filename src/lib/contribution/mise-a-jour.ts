/**
 * « Mettre à jour cette fiche »: the route without any account. A short form, prefilled with the
 * record in plain French, gives a message to the secretariat where the changes are clearly
 * marked: a pre-filled e-mail, or a pre-filled issue on the forge when the collective chose it
 * (`content/collectif.yaml` › `depot.demandes_par_ticket`). The secretariat then applies it in
 * `/admin/`. Pure: used by the page (`src/pages/mettre-a-jour/[id].astro`) and its script.
 */
import { MODALITES_ACCES, SERVICES } from '../standard/valeurs.ts';

/** One field of the short form. */
export interface ChampMiseAJour {
  cle: string;
  libelle: string;
  /** `lignes`: one value per line (e-mails, web sites); `choix`: boxes to tick. */
  forme: 'texte' | 'long' | 'lignes' | 'choix';
  aide?: string;
  valeurs?: readonly string[];
}

/** The fields a place changes most, in the order of its page. */
export const CHAMPS_MISE_A_JOUR: readonly ChampMiseAJour[] = [
  { cle: 'nom', libelle: 'Nom du lieu', forme: 'texte' },
  { cle: 'adresse', libelle: 'Adresse', forme: 'texte', aide: 'Numéro et nom de la voie.' },
  { cle: 'complement_adresse', libelle: 'Complément d’adresse', forme: 'texte', aide: 'Étage, bâtiment, lieu-dit…' },
  { cle: 'code_postal', libelle: 'Code postal', forme: 'texte' },
  { cle: 'commune', libelle: 'Commune', forme: 'texte' },
  { cle: 'telephone', libelle: 'Téléphone', forme: 'texte' },
  { cle: 'courriels', libelle: 'Adresses e-mail', forme: 'lignes', aide: 'Une adresse par ligne. Jamais d’adresse personnelle.' },
  { cle: 'site_web', libelle: 'Sites web', forme: 'lignes', aide: 'Une adresse par ligne.' },
  {
    cle: 'horaires',
    libelle: 'Horaires d’ouverture',
    forme: 'long',
    aide: 'Écrivez-les comme vous les diriez : « du lundi au vendredi de 9h à 12h et de 14h à 17h, fermé les jours fériés ».',
  },
  {
    cle: 'presentation_resume',
    libelle: 'Présentation courte',
    forme: 'long',
    aide: 'Une ou deux phrases sur ce que le lieu propose (280 caractères au plus).',
  },
  { cle: 'services', libelle: 'Services proposés', forme: 'choix', valeurs: SERVICES },
  { cle: 'modalites_acces', libelle: 'Comment venir', forme: 'choix', valeurs: MODALITES_ACCES },
  { cle: 'remarque', libelle: 'Autre chose à corriger ou à signaler', forme: 'long' },
];

/** The values of the form: a text, or the ticked values. */
export type ValeursMiseAJour = Record<string, string | readonly string[]>;

/** What the form needs of a place. */
export interface LieuAMettreAJour {
  nom: string;
  adresse: string;
  complement_adresse?: string | undefined;
  code_postal: string;
  commune: string;
  telephone?: string | undefined;
  courriels?: readonly string[] | undefined;
  site_web?: readonly string[] | undefined;
  presentation_resume?: string | undefined;
  services?: readonly string[] | undefined;
  modalites_acces?: readonly string[] | undefined;
}

/**
 * The current values, as the form shows them: the hours as the page reads them (« lundi : 9 h 00 –
 * 12 h 00 »), given by the caller, since people correct them in French.
 */
export function valeursActuelles(lieu: LieuAMettreAJour, horairesEnFrancais: string): ValeursMiseAJour {
  return {
    nom: lieu.nom,
    adresse: lieu.adresse,
    complement_adresse: lieu.complement_adresse ?? '',
    code_postal: lieu.code_postal,
    commune: lieu.commune,
    telephone: lieu.telephone ?? '',
    courriels: (lieu.courriels ?? []).join('\n'),
    site_web: (lieu.site_web ?? []).join('\n'),
    horaires: horairesEnFrancais,
    presentation_resume: lieu.presentation_resume ?? '',
    services: lieu.services ?? [],
    modalites_acces: lieu.modalites_acces ?? [],
    remarque: '',
  };
}

/** The weekly table in one text, one day per line, as the form shows it. */
export function semaineEnTexte(semaine: readonly { jour: string; texte: string }[], notes: readonly string[] = []): string {
  return [...semaine.map((j) => `${j.jour} : ${j.texte}`), ...notes].join('\n');
}

const propre = (v: string | readonly string[]): string | string[] => (typeof v === 'string' ? v.replace(/\r\n/g, '\n').trim() : [...v].sort());
const pareil = (a: string | readonly string[], b: string | readonly string[]) => JSON.stringify(propre(a)) === JSON.stringify(propre(b));
const texte = (v: string | readonly string[] | undefined) => (v === undefined ? '' : typeof v === 'string' ? v.trim() : v.join(', '));

/** The message: subject and body, changes first and marked, then the rest unchanged. */
export function messageMiseAJour(options: {
  nom: string;
  id: string;
  adressePage: string;
  avant: ValeursMiseAJour;
  apres: ValeursMiseAJour;
  contact?: string;
}): { sujet: string; corps: string } {
  const changes: string[] = [];
  const inchanges: string[] = [];
  for (const champ of CHAMPS_MISE_A_JOUR) {
    const avant = options.avant[champ.cle] ?? '';
    const apres = options.apres[champ.cle] ?? '';
    if (champ.cle === 'remarque') continue;
    if (pareil(avant, apres)) {
      inchanges.push(`- ${champ.libelle} : ${texte(avant).replace(/\n/g, ' ; ') || '(vide)'}`);
      continue;
    }
    if (champ.forme === 'choix') {
      const ajoutes = (apres as readonly string[]).filter((v) => !(avant as readonly string[]).includes(v));
      const retires = (avant as readonly string[]).filter((v) => !(apres as readonly string[]).includes(v));
      changes.push(
        `>>> ${champ.libelle.toUpperCase()} : À MODIFIER`,
        ...ajoutes.map((v) => `    + à ajouter : ${v}`),
        ...retires.map((v) => `    - à retirer : ${v}`),
        '',
      );
    } else {
      changes.push(
        `>>> ${champ.libelle.toUpperCase()} : À MODIFIER`,
        `    Avant : ${texte(avant).replace(/\n/g, '\n            ') || '(vide)'}`,
        `    Après : ${texte(apres).replace(/\n/g, '\n            ') || '(vide)'}`,
        '',
      );
    }
  }
  const remarque = texte(options.apres['remarque']);
  const corps = [
    'Bonjour,',
    '',
    `Voici une demande de mise à jour de la fiche « ${options.nom} » de l’annuaire :`,
    options.adressePage,
    `(identifiant : ${options.id})`,
    '',
    changes.length > 0 ? `CHANGEMENTS DEMANDÉS (${changes.filter((l) => l.startsWith('>>>')).length}) :` : 'Aucun champ modifié.',
    '',
    ...changes,
    ...(remarque ? ['AUTRE CHOSE À SIGNALER :', remarque, ''] : []),
    ...(options.contact?.trim() ? [`Contact pour une question : ${options.contact.trim()}`, ''] : []),
    'Sans changement :',
    ...inchanges,
    '',
    'Pour le secrétariat : appliquez ces changements dans l’interface d’édition du site (/admin/), fiche du lieu.',
  ].join('\n');
  return { sujet: `Mise à jour de la fiche « ${options.nom} »`, corps };
}

/** The GitHub issue form the pre-filled issue uses (in `.github/ISSUE_TEMPLATE/`). */
export const MODELE_TICKET = 'mettre-a-jour-lieu.yml';

/** Where the message goes: the secretariat by e-mail, or a new issue on the repository's forge. */
export type Destination = { type: 'courriel'; adresse: string; copie?: readonly string[] } | { type: 'forge'; depot: string };

/** The forge of a repository address, when it can take a pre-filled issue. */
export function forgeDe(depot: string): 'github' | 'gitlab' | undefined {
  const hote = new URL(depot).hostname;
  if (hote === 'github.com') return 'github';
  if (/gitlab/i.test(hote)) return 'gitlab';
  return undefined;
}

/**
 * The address that opens the pre-filled message. Mail clients and forges cut very long
 * addresses: the body is capped and says so.
 */
export function lienEnvoi(destination: Destination, message: { sujet: string; corps: string; page?: string }): string {
  const MAX = 6000;
  const corps = message.corps.length > MAX ? `${message.corps.slice(0, MAX)}\n[… message coupé : la suite est trop longue pour un lien]` : message.corps;
  if (destination.type === 'forge') {
    const racine = destination.depot.replace(/\.git$/, '').replace(/\/$/, '');
    if (forgeDe(racine) === 'gitlab')
      return `${racine}/-/issues/new?${new URLSearchParams({ 'issue[title]': message.sujet, 'issue[description]': corps }).toString()}`;
    // The issue form `.github/ISSUE_TEMPLATE/mettre-a-jour-lieu.yml`: its fields are filled by id.
    const params: Record<string, string> = { template: MODELE_TICKET, title: message.sujet, changements: corps };
    if (message.page) params['page'] = message.page;
    return `${racine}/issues/new?${new URLSearchParams(params).toString()}`;
  }
  const copie = [...new Set(destination.copie ?? [])].filter((c) => c !== destination.adresse);
  const champs = [
    ...(copie.length > 0 ? [`cc=${copie.map(encodeURIComponent).join(',')}`] : []),
    `subject=${encodeURIComponent(message.sujet)}`,
    `body=${encodeURIComponent(corps.replace(/\n/g, '\r\n'))}`,
  ];
  return `mailto:${encodeURIComponent(destination.adresse).replace('%40', '@')}?${champs.join('&')}`;
}
