/**
 * « Mettre à jour cette fiche »: the message marks the changes, and goes by e-mail or as an issue.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { forgeDe, lienEnvoi, messageMiseAJour, valeursActuelles } from '../../../src/lib/contribution/mise-a-jour.ts';

const LIEU = {
  nom: 'CCAS de Bayeux',
  adresse: '23 rue Saint-Patrice',
  code_postal: '14400',
  commune: 'Bayeux',
  courriels: ['ccas@exemple.fr'],
  services: ['Aide aux démarches administratives'],
};
const AVANT = valeursActuelles(LIEU, 'Lundi : 9 h 00 – 12 h 00\nSamedi : Fermé');

describe('message de mise à jour', () => {
  const apres = {
    ...AVANT,
    telephone: '02 31 00 00 00',
    horaires: 'Lundi : 9 h 00 – 12 h 00\nSamedi : 10h-12h',
    services: ['Maîtrise des outils numériques du quotidien'],
    remarque: 'Nouveau numéro depuis janvier.',
  };
  const { sujet, corps } = messageMiseAJour({
    nom: LIEU.nom,
    id: 'ccas-bayeux',
    adressePage: 'https://exemple.fr/lieux/ccas-bayeux/',
    avant: AVANT,
    apres,
    contact: 'Accueil du CCAS',
  });

  it('nomme la fiche et compte les changements', () => {
    expect(sujet).toBe('Mise à jour de la fiche « CCAS de Bayeux »');
    expect(corps).toContain('https://exemple.fr/lieux/ccas-bayeux/');
    expect(corps).toContain('CHANGEMENTS DEMANDÉS (3) :');
  });
  it('marque chaque changement, avec l’avant et l’après', () => {
    expect(corps).toContain('>>> TÉLÉPHONE : À MODIFIER\n    Avant : (vide)\n    Après : 02 31 00 00 00');
    expect(corps).toContain(
      '>>> HORAIRES D’OUVERTURE : À MODIFIER\n    Avant : Lundi : 9 h 00 – 12 h 00\n            Samedi : Fermé\n    Après : Lundi : 9 h 00 – 12 h 00\n            Samedi : 10h-12h',
    );
    expect(corps).toContain(
      '>>> SERVICES PROPOSÉS : À MODIFIER\n    + à ajouter : Maîtrise des outils numériques du quotidien\n    - à retirer : Aide aux démarches administratives',
    );
  });
  it('garde la remarque, le contact, et liste ce qui ne change pas', () => {
    expect(corps).toContain('AUTRE CHOSE À SIGNALER :\nNouveau numéro depuis janvier.');
    expect(corps).toContain('Contact pour une question : Accueil du CCAS');
    expect(corps).toContain('- Nom du lieu : CCAS de Bayeux');
    expect(corps).not.toContain('>>> NOM DU LIEU');
  });
  it('dit quand rien n’a changé', () => {
    expect(messageMiseAJour({ nom: 'X', id: 'x', adressePage: 'https://exemple.fr/lieux/x/', avant: AVANT, apres: AVANT }).corps).toContain(
      'Aucun champ modifié.',
    );
  });
});

describe('envoi', () => {
  const message = { sujet: 'Sujet é', corps: 'Ligne 1\nLigne 2' };
  it('par courriel au secrétariat, le lieu en copie', () => {
    const url = new URL(lienEnvoi({ type: 'courriel', adresse: 'secretariat@exemple.org', copie: ['ccas@exemple.fr'] }, message));
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('secretariat@exemple.org');
    expect(url.searchParams.get('cc')).toBe('ccas@exemple.fr');
    expect(url.searchParams.get('subject')).toBe('Sujet é');
    expect(url.searchParams.get('body')).toBe('Ligne 1\r\nLigne 2');
  });
  it('par ticket prérempli sur GitHub ou GitLab', () => {
    const github = new URL(lienEnvoi({ type: 'forge', depot: 'https://github.com/collectif/site' }, { ...message, page: 'https://exemple.fr/lieux/x/' }));
    expect(github.origin + github.pathname).toBe('https://github.com/collectif/site/issues/new');
    expect(github.searchParams.get('title')).toBe('Sujet é');
    expect(github.searchParams.get('changements')).toBe('Ligne 1\nLigne 2');
    expect(github.searchParams.get('page')).toBe('https://exemple.fr/lieux/x/');
    // The issue form exists, with the fields the address fills.
    const modele = parse(readFileSync(new URL(`../../../.github/ISSUE_TEMPLATE/${github.searchParams.get('template')}`, import.meta.url), 'utf8')) as {
      body: { id?: string }[];
    };
    expect(modele.body.map((b) => b.id).filter(Boolean)).toEqual(['page', 'changements']);
    const gitlab = new URL(lienEnvoi({ type: 'forge', depot: 'https://gitlab.com/groupe/site.git' }, message));
    expect(gitlab.origin + gitlab.pathname).toBe('https://gitlab.com/groupe/site/-/issues/new');
    expect(gitlab.searchParams.get('issue[description]')).toBe('Ligne 1\nLigne 2');
    expect(forgeDe('https://forge.exemple.fr/collectif/site')).toBeUndefined();
  });
  it('coupe un message trop long pour un lien, et le dit', () => {
    const url = new URL(lienEnvoi({ type: 'forge', depot: 'https://github.com/c/s' }, { sujet: 's', corps: 'x'.repeat(10_000) }));
    expect(url.searchParams.get('changements')).toMatch(/message coupé/);
  });
});
