/**
 * The printed list of the directory: every place matching the search (not only those rendered
 * on screen) as table rows, and the search in words. What is printed is read later, maybe the
 * next week, by someone else: no relative status (« ferme à 17 h 30 »), dates written out.
 * Shipped to the browser.
 */
import { jourEnMots, quandEnMots } from '../horaires/creneaux.ts';
import { HORAIRES_NON_RENSEIGNES, type MomentLocal } from '../horaires/evaluation.ts';
import { formaterDistance } from '../commun/format.ts';
import { BESOINS } from '../standard/valeurs.ts';
import type { EtatAnnuaire } from './etat-url.ts';
import { FACETTE_SERVICES, FACETTES, indicesDuMasque, masqueBesoin } from './filtres.ts';

/** The search in words, one criterion a line: « Coût : Gratuit ». */
export function criteresEnMots(
  etat: EtatAnnuaire,
  maintenant: MomentLocal,
  options: { position?: string | undefined; communes?: ReadonlyMap<string, string> } = {},
): string[] {
  const lignes: string[] = [];
  if (options.position) lignes.push(`Près de ${options.position}${etat.rayon ? `, à ${etat.rayon} km au plus` : ''}`);
  if (etat.ouvert) {
    const quand = quandEnMots(etat.ouvert, maintenant);
    lignes.push(`${quand.charAt(0).toUpperCase()}${quand.slice(1)}${etat.sansHoraires ? ', ou dont les horaires ne sont pas renseignés' : ''}`);
  }
  FACETTES.forEach((f, i) => {
    let masque = etat.masques[i] ?? 0;
    const valeurs: string[] = [];
    if (i === FACETTE_SERVICES) {
      for (const b of BESOINS) {
        if ((masque & masqueBesoin(b)) === masqueBesoin(b)) {
          valeurs.push(b.libelle);
          masque &= ~masqueBesoin(b);
        }
      }
    }
    valeurs.push(...indicesDuMasque(masque).map((bit) => f.libelles[bit]!));
    if (valeurs.length > 0) lignes.push(`${f.titre} : ${valeurs.join(', ')}`);
  });
  if (etat.communes.length > 0)
    lignes.push(`${etat.communes.length > 1 ? 'Communes' : 'Commune'} : ${etat.communes.map((c) => options.communes?.get(c) ?? c).join(', ')}`);
  return lignes;
}

/** « Liste imprimée le mercredi 2 décembre 2026 à 10 h 05 ». */
export function dateImpression(maintenant: MomentLocal): string {
  const minutes = String(maintenant.minutes % 60).padStart(2, '0');
  return `Liste imprimée le ${jourEnMots(maintenant.date)} ${maintenant.date.slice(0, 4)} à ${Math.floor(maintenant.minutes / 60)} h ${minutes}`;
}

/** A place as the printed table needs it. */
export interface LieuImprimable {
  nom: string;
  commune: string;
  adresse?: string | undefined;
  codePostal?: string | undefined;
  /** As it should be dialled and read (« 02 31 00 00 00 »). */
  telephone?: string | undefined;
  /** The weekly hours in words (`resumeHoraires`), absent when not given. */
  horaires?: string | undefined;
  /** Distance in km, when it means something (a place one can go to, a position known). */
  distance?: number | undefined;
  /** « Lieu itinérant », « N'accueille pas de public ». */
  remarque?: string | undefined;
}

/** One row of the printed table: name, address, phone, hours, distance, in words. */
export interface LigneImpression {
  nom: string;
  adresse: string;
  telephone: string;
  horaires: string;
  distance: string;
}

export function ligneImpression(l: LieuImprimable): LigneImpression {
  const ville = [l.codePostal, l.commune].filter((x) => x !== undefined && x !== '').join(' ');
  return {
    nom: l.remarque ? `${l.nom} (${l.remarque})` : l.nom,
    adresse: [l.adresse, ville].filter((x) => x !== undefined && x !== '').join(', '),
    telephone: l.telephone ?? '',
    horaires: l.horaires ?? HORAIRES_NON_RENSEIGNES,
    distance: l.distance !== undefined && Number.isFinite(l.distance) ? formaterDistance(l.distance) : '',
  };
}
