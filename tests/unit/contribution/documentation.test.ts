/**
 * CONTRIBUTING.md, the field reference docs/champs.md, the `_modele.md` templates and the help
 * of `champs.ts` agree with the schemas: every field of every schema is documented, with a valid example, and every value of
 * every closed list is written out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANCRES_REGLES, FICHIER_CHAMPS, ancreChamp, cheminsConnus } from '../../../src/lib/contenu/aide.ts';
import { AIDE_CHAMPS, COLLECTIONS_A_MODELE, formeSchema, schemaDe, type NomAide } from '../../../src/lib/contribution/champs.ts';
import { communesDuDepartement } from '../../../src/lib/territoire/communes.ts';
import { CHAMPS_REMPLIS, genererDocumentChamps, genererModele } from '../../../src/lib/contribution/documentation.ts';
import { lireFrontmatter } from '../../../src/lib/contenu/frontmatter.ts';
import { validerHoraires } from '../../../src/lib/horaires/validation.ts';
import { decrireChamps, type ChampSchema } from '../../../src/lib/contenu/introspection.ts';

const RACINE = new URL('../../..', import.meta.url);
const CONTRIBUTING = readFileSync(new URL('CONTRIBUTING.md', RACINE), 'utf8');
const CHAMPS = readFileSync(new URL(FICHIER_CHAMPS, RACINE), 'utf8');
const NOMS: NomAide[] = ['lieux', 'membres', 'groupes', 'actualites', 'ressources', 'reunions', 'charte', 'convention', 'collectif'];
const CALVADOS = { communes: communesDuDepartement('14'), nomDepartement: 'Calvados (14)', aujourdhui: '2026-11-26' };

/** Schema of one field path (`departement.code`, `convention.avenants.titre`). */
function champParChemin(nom: NomAide, chemin: string): ChampSchema {
  let champs = decrireChamps(formeSchema(nom));
  const morceaux = chemin.split('.');
  let champ: ChampSchema | undefined;
  for (const morceau of morceaux) {
    champ = champs[morceau];
    if (!champ) throw new Error(`${nom} : champ ${chemin} introuvable`);
    champs = champ.champs ?? {};
  }
  return champ!;
}

/** Section of a document from an anchor to the next heading (of level 2 to `niveau`). */
function section(ancre: string, niveau = 5, document = CONTRIBUTING): string {
  const debut = document.indexOf(`id="${ancre}"`);
  if (debut < 0) return '';
  const suite = document.slice(debut);
  const fin = suite.slice(1).search(new RegExp(`\\n#{2,${niveau}} `));
  return fin < 0 ? suite : suite.slice(0, fin + 1);
}

describe.each(NOMS)('aide des champs de %s', (nom) => {
  const chemins = cheminsConnus(nom);

  it('décrit chaque champ du schéma, et seulement eux', () => {
    expect(Object.keys(AIDE_CHAMPS[nom]).sort()).toEqual([...chemins].sort());
  });

  it.each(chemins)('%s : l’exemple est accepté par le schéma du champ', (chemin) => {
    const resultat = champParChemin(nom, chemin).schema.safeParse(AIDE_CHAMPS[nom][chemin]!.exemple);
    expect(resultat.error?.issues ?? []).toEqual([]);
  });

  it.each(chemins)('%s : docs/champs.md a une section avec ancre, exemple et valeurs possibles', (chemin) => {
    const texte = section(ancreChamp(nom, chemin), 5, CHAMPS);
    expect(texte, `ancre ${ancreChamp(nom, chemin)} absente`).not.toBe('');
    expect(texte).toContain(`\`${chemin}\``);
    expect(texte).toMatch(/Exemple : `/);
    expect(texte).toMatch(/^(Obligatoire|Facultatif)/m);
    for (const valeur of champParChemin(nom, chemin).valeurs ?? []) expect(texte).toContain(`- \`${valeur}\``);
  });
});

describe('CONTRIBUTING.md', () => {
  it('renvoie à la référence des champs, générée à part telle que les schémas la donnent (node src/cli/documenter.ts)', () => {
    expect(CHAMPS).toBe(genererDocumentChamps());
    expect(CONTRIBUTING).toContain('](docs/champs.md)');
    expect(CONTRIBUTING).not.toContain('id="lieux-horaires"');
  });

  it('commence par « Mettre à jour ma fiche en 5 minutes » : moins de 600 mots, sans syntaxe de fichier', () => {
    const texte = section('cinq-minutes', 2);
    expect(CONTRIBUTING.indexOf('id="cinq-minutes"')).toBeLessThan(CONTRIBUTING.indexOf('## Sommaire'));
    expect(texte.split(/\s+/).filter((mot) => /\p{L}/u.test(mot)).length).toBeLessThan(600);
    expect(texte).not.toMatch(/`|guillemets|content\/|\.md\b|---|\btrue\b|\bfalse\b|[A-Z][a-z]-[A-Z][a-z] \d/);
    expect(texte).toContain('Mettre à jour cette fiche');
    expect(texte).toContain('/admin/?test');
  });

  it.each(Object.values(ANCRES_REGLES))('a une section pour la règle %s', (ancre) => {
    expect(section(ancre)).not.toBe('');
  });

  it('ne renvoie qu’à des ancres qui existent, dans le guide comme dans la référence des champs', () => {
    const ancres = (texte: string) => new Set([...texte.matchAll(/id="([^"]+)"/g)].map((m) => m[1]));
    const duGuide = ancres(CONTRIBUTING);
    const desChamps = ancres(CHAMPS);
    const liens = [...CONTRIBUTING.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(liens.length).toBeGreaterThan(20);
    expect(liens.filter((l) => !duGuide.has(l))).toEqual([]);
    expect([...CONTRIBUTING.matchAll(/\]\(docs\/champs\.md#([^)]+)\)/g)].map((m) => m[1]).filter((l) => !desChamps.has(l))).toEqual([]);
    expect([...CHAMPS.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]).filter((l) => !desChamps.has(l))).toEqual([]);
    const versLeGuide = [...CHAMPS.matchAll(/\]\(\.\.\/CONTRIBUTING\.md#([^)]+)\)/g)].map((m) => m[1]);
    expect(versLeGuide.length).toBeGreaterThan(0);
    expect(versLeGuide.filter((l) => !duGuide.has(l))).toEqual([]);
  });

  it('n’a pas deux fois la même ancre', () => {
    const ancres = [...CONTRIBUTING.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(ancres.filter((a, i) => ancres.indexOf(a) !== i)).toEqual([]);
  });

  it('donne des étapes numérotées pour chaque type de contenu, dans l’interface d’édition et sur la forge', () => {
    for (const type of ['lieu', 'membre', 'actualite', 'ressource', 'reunion']) {
      const texte = section(`pas-a-pas-${type}`);
      expect(texte).toContain('Dans l’interface d’édition');
      expect(texte).toContain('Sur GitHub ou GitLab');
      expect(texte.match(/^1\. /gm)?.length).toBe(2);
    }
    for (const ancre of ['interface-edition', 'sur-github', 'sur-gitlab']) {
      expect(section(ancre, 2).match(/^1\. /gm)?.length, ancre).toBeGreaterThanOrEqual(ancre === 'interface-edition' ? 1 : 2);
    }
  });

  it('n’a dans le tableau d’aide aux horaires que des valeurs acceptées', () => {
    const aide = section('aide-horaires');
    const [tableau, erreurs] = aide.split('Erreurs fréquentes');
    const valeurs = [...tableau!.matchAll(/^\| [^|]+ \| `([^`]+)` \|$/gm)].map((m) => m[1]!);
    expect(valeurs.length).toBeGreaterThanOrEqual(15);
    for (const valeur of valeurs) expect(validerHoraires(valeur), valeur).toEqual({ ok: true });
    // Les cas demandés : pause déjeuner, jour fermé, un samedi par mois, jours fériés, soirée, été.
    for (const motif of ['Sa[1]', 'PH off', 'We off', ',14:00-', '17:30-20:00', 'Aug off', 'Jul 15-Aug 15 off']) {
      expect(
        valeurs.some((v) => v.includes(motif)),
        motif,
      ).toBe(true);
    }
    // Les erreurs fréquentes sont refusées, et leur correction acceptée.
    const lignes = [...erreurs!.matchAll(/^\| `([^`]+)` \| [^|]+ \| `([^`]+)` \|$/gm)];
    expect(lignes.length).toBeGreaterThanOrEqual(3);
    for (const [, fausse, juste] of lignes) {
      expect(validerHoraires(fausse!).ok, fausse).toBe(false);
      expect(validerHoraires(juste!), juste).toEqual({ ok: true });
    }
  });
});

/** Adjustments needed to use an optional field of a template that excludes another one. */
const AJUSTEMENTS: Record<string, Record<string, Record<string, unknown>>> = {
  lieux: { latitude: { longitude: -0.70317 }, longitude: { latitude: 49.27643 } },
  ressources: { fichier: { lien: undefined } },
  reunions: { groupe: { type: 'groupe-de-travail' } },
};

describe.each(COLLECTIONS_A_MODELE)('modèle content/%s/_modele.md', (nom) => {
  const modele = readFileSync(new URL(`content/${nom}/_modele.md`, RACINE), 'utf8');
  const lecture = lireFrontmatter(modele);
  const donnees = (lecture.ok ? lecture.donnees : {}) as Record<string, unknown>;
  const schema = schemaDe(nom, CALVADOS);
  const champs = decrireChamps(formeSchema(nom));

  it('est à jour (node src/cli/documenter.ts)', () => {
    expect(modele).toBe(genererModele(nom));
  });

  it('se lit, et ses champs remplis passent le schéma', () => {
    expect(lecture.ok).toBe(true);
    const resultat = schema.safeParse(donnees);
    expect(resultat.error?.issues ?? []).toEqual([]);
  });

  it.each(Object.keys(champs))('%s : présent, rempli s’il est obligatoire, commenté en français sinon', (champ) => {
    const c = champs[champ]!;
    if (c.obligatoire || CHAMPS_REMPLIS[nom]?.includes(champ)) {
      expect(modele).toMatch(new RegExp(`^${champ}: .+$`, 'm'));
      expect(donnees[champ]).not.toBeUndefined();
    } else {
      expect(modele).toMatch(new RegExp(`^# ${champ}: .+$`, 'm'));
    }
    // La ligne du champ est précédée d’un commentaire qui commence par son libellé.
    const avant = modele
      .split(new RegExp(`^(?:# )?${champ}: `, 'm'))[0]!
      .trimEnd()
      .split('\n\n')
      .pop()!;
    expect(avant.startsWith(`# ${AIDE_CHAMPS[nom][champ]!.libelle} — `)).toBe(true);
  });

  it.each(Object.keys(champs).filter((c) => !champs[c]!.obligatoire && !CHAMPS_REMPLIS[nom]?.includes(c)))(
    '%s : l’exemple en commentaire, une fois décommenté, passe le schéma',
    (champ) => {
      const ligne = new RegExp(`^# (${champ}: .+)$`, 'm').exec(modele)![1]!;
      const decommente = lireFrontmatter(`---\n${ligne}\n---\n`);
      expect(decommente.ok).toBe(true);
      const avecChamp: Record<string, unknown> = { ...donnees, ...(decommente.ok ? (decommente.donnees as object) : {}), ...AJUSTEMENTS[nom]?.[champ] };
      for (const [cle, valeur] of Object.entries(avecChamp)) if (valeur === undefined) delete avecChamp[cle];
      const resultat = schema.safeParse(avecChamp);
      expect(resultat.error?.issues ?? []).toEqual([]);
    },
  );
});
