/**
 * « Is this commune, postcode and INSEE code a real place of the département? »: a place
 * without coordinates is located by them only, so they must exist, belong to the département
 * and agree with each other. Checked against the national gazetteer (`communes.ts`), with the
 * delegated communes of the communes nouvelles (« Vire » in « Vire Normandie » keeps 14500).
 */
import { valeurLaPlusProche } from '../commun/suggestion.ts';
import type { Commune } from './geo.ts';
import { normaliser } from './localisation.ts';

/** What the checks need to know of the gazetteer, indexed once per département. */
export interface IndexCommunes {
  departement: string;
  /** Communes (COM, ARM) of the département by INSEE code. */
  parInsee: Map<string, Commune>;
  /** Postcodes of each commune of the département, its delegated communes' included. */
  codesParInsee: Map<string, Set<string>>;
  /** Communes and delegated communes of the département, by normalised name → INSEE codes. */
  parNom: Map<string, Set<string>>;
  /** Names of the communes and delegated communes, for suggestions. */
  noms: string[];
  /** Every commune of France by postcode (the most populated first), for messages: built on first use. */
  parCodePostal: () => Map<string, Commune[]>;
  /** Every commune of France by INSEE code, for messages: built on first use. */
  franceParInsee: () => Map<string, Commune>;
}

/** Builds a value on first use only: the national maps are for error messages. */
function paresseux<T>(calcul: () => T): () => T {
  let valeur: T | undefined;
  return () => (valeur ??= calcul());
}

/** Builds the index from every commune of France (`toutesLesCommunes()`). */
export function indexerCommunes(toutes: readonly Commune[], departement: string): IndexCommunes {
  const parInsee = new Map<string, Commune>();
  for (const c of toutes) if (c.type !== 'COMD' && c.departement === departement) parInsee.set(c.insee, c);
  const franceParInsee = paresseux(() => {
    const carte = new Map<string, Commune>();
    for (const c of toutes) if (c.type !== 'COMD' && !carte.has(c.insee)) carte.set(c.insee, c);
    return carte;
  });
  const parCodePostal = paresseux(() => {
    const carte = new Map<string, Commune[]>();
    for (const c of toutes) {
      for (const cp of c.codesPostaux) {
        const liste = carte.get(cp);
        if (liste) liste.push(c);
        else carte.set(cp, [c]);
      }
    }
    for (const liste of carte.values()) liste.sort((a, b) => (a.type === 'COMD' ? 1 : 0) - (b.type === 'COMD' ? 1 : 0) || b.population - a.population);
    return carte;
  });
  const codesParInsee = new Map<string, Set<string>>();
  const parNom = new Map<string, Set<string>>();
  const noms = new Set<string>();
  // Delegated communes carry the INSEE code of the commune they belong to.
  for (const c of toutes) {
    if (!parInsee.has(c.insee)) continue;
    const codes = codesParInsee.get(c.insee) ?? new Set<string>();
    for (const cp of c.codesPostaux) codes.add(cp);
    codesParInsee.set(c.insee, codes);
    const nom = normaliser(c.nom);
    parNom.set(nom, (parNom.get(nom) ?? new Set()).add(c.insee));
    noms.add(c.nom);
  }
  return { departement, parInsee, codesParInsee, parNom, noms: [...noms].sort((a, b) => a.localeCompare(b, 'fr')), parCodePostal, franceParInsee };
}

export interface ProblemeAdresse {
  champ: 'commune' | 'code_postal' | 'code_insee';
  message: string;
}

const liste = (codes: Iterable<string>) => [...codes].sort().join(', ');
const nomDe = (index: IndexCommunes, insee: string) => index.parInsee.get(insee)?.nom ?? insee;

/**
 * Problems of a place's commune, postcode and INSEE code, with the fix when it can be guessed:
 * the commune must be one of the département (closest name suggested), the postcode must exist,
 * belong to the département and be one of the commune's, the INSEE code must be the commune's.
 */
export function problemesAdresse(
  lieu: { commune: string; code_postal: string; code_insee?: string | undefined },
  index: IndexCommunes,
  nomDepartement: string,
): ProblemeAdresse[] {
  const problemes: ProblemeAdresse[] = [];
  const nom = normaliser(lieu.commune);
  const parNom = index.parNom.get(nom);
  let insee: string | undefined;

  if (lieu.code_insee !== undefined) {
    if (index.parInsee.has(lieu.code_insee)) insee = lieu.code_insee;
    else {
      const ailleurs = index.franceParInsee().get(lieu.code_insee);
      problemes.push({
        champ: 'code_insee',
        message: ailleurs
          ? `le code INSEE ${lieu.code_insee} est celui de ${ailleurs.nom} (${ailleurs.departement}), hors du département ${nomDepartement}${parNom ? ` ; pour ${lieu.commune} : ${liste(parNom)}` : ''}`
          : `le code INSEE ${lieu.code_insee} n'est celui d'aucune commune${parNom ? ` ; pour ${lieu.commune} : ${liste(parNom)}` : ''}`,
      });
    }
  }

  if (!parNom) {
    const proche = insee ? nomDe(index, insee) : valeurLaPlusProche(lieu.commune, index.noms);
    problemes.push({
      champ: 'commune',
      message: `« ${lieu.commune} » n'est pas une commune du département ${nomDepartement}${proche ? ` ; vouliez-vous dire « ${proche} » ?` : ' : écrivez le nom officiel de la commune (Code officiel géographique de l’INSEE)'}`,
    });
  } else if (insee && !parNom.has(insee)) {
    problemes.push({
      champ: 'code_insee',
      message: `le code INSEE ${insee} est celui de ${nomDe(index, insee)}, pas de ${lieu.commune} (${liste(parNom)})`,
    });
  }

  // When the INSEE code and the name disagree, the postcode is compared with the name's commune.
  const communes = insee && (!parNom || parNom.has(insee)) ? [insee] : [...(parNom ?? [])];
  const dansLeDepartement = [...index.codesParInsee].filter(([, codes]) => codes.has(lieu.code_postal)).map(([i]) => i);
  const ailleurs = dansLeDepartement.length > 0 ? undefined : index.parCodePostal().get(lieu.code_postal);
  const codesDeLaCommune = new Set(communes.flatMap((i) => [...(index.codesParInsee.get(i) ?? [])]));
  if (dansLeDepartement.length === 0 && !ailleurs) {
    problemes.push({
      champ: 'code_postal',
      message: `le code postal ${lieu.code_postal} n'existe pas${codesDeLaCommune.size > 0 ? ` ; pour ${lieu.commune} : ${liste(codesDeLaCommune)}` : ''}`,
    });
  } else if (dansLeDepartement.length === 0) {
    const autre = ailleurs![0]!;
    problemes.push({
      champ: 'code_postal',
      message: `le code postal ${lieu.code_postal} est celui de ${autre.nom}${autre.departement ? ` (${autre.departement})` : ''}, hors du département ${nomDepartement}${codesDeLaCommune.size > 0 ? ` ; pour ${lieu.commune} : ${liste(codesDeLaCommune)}` : ''}`,
    });
  } else if (communes.length > 0 && !codesDeLaCommune.has(lieu.code_postal)) {
    problemes.push({
      champ: 'code_postal',
      message: `le code postal ${lieu.code_postal} n'est pas celui de ${lieu.commune} (${liste(codesDeLaCommune)}) mais de ${dansLeDepartement.map((i) => nomDe(index, i)).join(', ')} : corrigez le code postal ou la commune`,
    });
  }
  return problemes;
}
