/**
 * tools/java.ts, run by `npm run test:html` before the HTML checker: uses the `java` found,
 * installs Debian's default-jre-headless as root with apt (retrying a failing mirror), otherwise
 * stops on one French line. On faked machines: this one has a Java.
 */
import { describe, expect, it } from 'vitest';
import { MESSAGE_INTROUVABLE, deciderJava, preparerJava, type EffetsJava, type EnvironnementJava } from '../../../tools/java.ts';

describe('deciderJava', () => {
  it('utilise le java présent, sans rien installer, même en root', () => {
    expect(deciderJava({ java: true, uid: 0, aptGet: true })).toEqual({ action: 'utiliser' });
  });
  it('installe en root avec apt-get, s’arrête sinon avec la commande à lancer', () => {
    expect(deciderJava({ java: false, uid: 0, aptGet: true })).toEqual({ action: 'installer' });
    expect(deciderJava({ java: false, uid: 1000, aptGet: true })).toEqual({ action: 'arreter', message: MESSAGE_INTROUVABLE });
    expect(deciderJava({ java: false, uid: 0, aptGet: false })).toEqual({ action: 'arreter', message: MESSAGE_INTROUVABLE });
    expect(MESSAGE_INTROUVABLE).toContain('sudo apt-get install default-jre-headless');
  });
});

/** A machine whose Java appears once `apt-get install` has succeeded; `echecs` first calls fail. */
function machine(depart: EnvironnementJava, echecs = 0) {
  const etat = { ...depart };
  const commandes: string[] = [];
  const lignes: string[] = [];
  let restants = echecs;
  const effets: EffetsJava = {
    environnement: () => ({ ...etat }),
    executer: (commande, args) => {
      commandes.push([commande, ...args].join(' '));
      if (restants-- > 0) return 100;
      if (args.includes('install')) etat.java = true;
      return 0;
    },
    attendre: async () => {},
    info: (l) => lignes.push(l),
    erreur: (l) => lignes.push(l),
  };
  return { effets, commandes, lignes };
}

describe('preparerJava', () => {
  it('n’installe rien quand java est là', async () => {
    const m = machine({ java: true, uid: 0, aptGet: true });
    expect(await preparerJava(m.effets)).toBe(0);
    expect(m.commandes).toEqual([]);
  });

  it('installe default-jre-headless sans question, en reprenant un miroir qui échoue', async () => {
    const m = machine({ java: false, uid: 0, aptGet: true }, 1);
    expect(await preparerJava(m.effets)).toBe(0);
    expect(m.commandes).toEqual([
      'apt-get update',
      'apt-get update',
      'apt-get -o DPkg::Lock::Timeout=120 install -y --no-install-recommends default-jre-headless',
    ]);
  });

  it('échoue sur une ligne en français hors root', async () => {
    const m = machine({ java: false, uid: 1000, aptGet: true });
    expect(await preparerJava(m.effets)).toBe(1);
    expect(m.lignes).toEqual([MESSAGE_INTROUVABLE]);
  });
});
