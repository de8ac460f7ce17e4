/**
 * The « horaires » widget of `/admin/`: one ticks the open days and types their time slots
 * (several per day), adds closures (public holidays, a month, a date, a period) or chooses « sur
 * rendez-vous »; French pasted in (« du lundi au vendredi de 9h à 12h ») is converted. It writes
 * the OpenStreetMap syntax with the one writer (`horaires/saisie-francaise.ts`), shows the week
 * as the public page will, and refuses to save what `check:content` refuses, with its message.
 *
 * Written with Decap's globals `createClass` and `h` (React.createElement): no JSX build step.
 */
import { apercuHoraires } from '../../lib/contribution/apercu-horaires.ts';
import { HORAIRES_NON_RENSEIGNES } from '../../lib/horaires/evaluation.ts';
import {
  NOMS_JOURS,
  NOMS_MOIS,
  convertirSaisieFrancaise,
  depuisOpenStreetMap,
  erreurHoraires,
  heureOsm,
  saisieVide,
  versOpenStreetMap,
  type Fermeture,
  type Plage,
  type SaisieHoraires,
} from '../../lib/horaires/saisie-francaise.ts';

type Element = unknown;
type H = (type: string, props?: Record<string, unknown> | null, ...enfants: unknown[]) => Element;
interface ChampDecap {
  get(cle: string, defaut?: unknown): unknown;
}
interface Props {
  value?: string | null;
  onChange(valeur: string): void;
  forID: string;
  classNameWrapper: string;
  field: ChampDecap;
}
interface Etat {
  saisie: SaisieHoraires;
  /** The value cannot be shown day by day (alternate weeks…): the text field only. */
  texteSeul: boolean;
  francais: string;
  retourFrancais: string;
  conversionRefusee: boolean;
}
interface Composant {
  props: Props;
  state: Etat;
  setState(etat: Partial<Etat>): void;
}
export interface DecapGlobal {
  registerWidget(nom: string, controle: unknown, apercu?: unknown, schema?: unknown): void;
}

const minutes = (texte: string) => {
  const [hh, mm] = texte.split(':').map(Number);
  return (hh ?? 0) * 60 + (mm ?? 0);
};
const heureChamp = (m: number) => (m === 1440 ? '23:59' : heureOsm(m));
const champHeure = (texte: string) => (texte === '23:59' ? 1440 : minutes(texte));
const aujourdhui = () => new Date().toISOString().slice(0, 10);

/** « Mode essai » message ids must be unique per field: Decap may show the form twice (i18n). */
const id = (c: Composant, suffixe: string) => `${c.props.forID}-${suffixe}`;

export function enregistrerWidgetHoraires(CMS: DecapGlobal, createClass: (spec: Record<string, unknown>) => unknown, h: H): void {
  const Controle = createClass({
    getInitialState(this: Composant): Etat {
      const valeur = this.props.value ?? '';
      const saisie = depuisOpenStreetMap(valeur);
      return { saisie: saisie ?? saisieVide(), texteSeul: saisie === null, francais: '', retourFrancais: '', conversionRefusee: false };
    },

    /** Decap calls it before saving: the same rule and message as `check:content`. */
    isValid(this: Composant) {
      const valeur = (this.props.value ?? '').trim();
      if (valeur === '') return true;
      const message = erreurHoraires(valeur);
      return message ? { error: { message } } : true;
    },

    ecrire(this: Composant, saisie: SaisieHoraires) {
      this.setState({ saisie });
      this.props.onChange(versOpenStreetMap(saisie));
    },

    changerJour(
      this: Composant & { ecrire(s: SaisieHoraires): void },
      jour: number,
      modifier: (j: SaisieHoraires['jours'][number]) => SaisieHoraires['jours'][number],
    ) {
      const saisie = this.state.saisie;
      this.ecrire({ ...saisie, jours: saisie.jours.map((j, i) => (i === jour ? modifier(j) : j)) });
    },

    convertir(this: Composant & { ecrire(s: SaisieHoraires): void }) {
      const resultat = convertirSaisieFrancaise(this.state.francais);
      if (!resultat.ok) {
        this.setState({ retourFrancais: `Pas converti : ${resultat.raison}. Conseil : ${resultat.conseil}.`, conversionRefusee: true });
        return;
      }
      const saisie = depuisOpenStreetMap(resultat.valeur);
      this.props.onChange(resultat.valeur);
      this.setState({ saisie: saisie ?? saisieVide(), texteSeul: saisie === null, retourFrancais: `Converti : ${resultat.valeur}`, conversionRefusee: false });
    },

    render(this: Composant & Record<string, (...a: never[]) => void>) {
      const { saisie } = this.state;
      const valeur = this.props.value ?? '';
      const departement = String(this.props.field.get('departement', '14'));
      const message = valeur.trim() === '' ? undefined : erreurHoraires(valeur);
      const enfants: Element[] = [];

      // 1. French pasted in.
      enfants.push(
        h(
          'div',
          { className: 'horaires-bloc' },
          h('label', { htmlFor: id(this, 'francais') }, 'Écrire les horaires en français (facultatif)'),
          h(
            'p',
            { className: 'horaires-aide', id: id(this, 'francais-aide') },
            'Par exemple : du lundi au vendredi de 9h à 12h et de 14h à 17h, fermé les jours fériés. Le texte est converti et les cases ci-dessous sont remplies.',
          ),
          h('input', {
            id: id(this, 'francais'),
            type: 'text',
            value: this.state.francais,
            'aria-describedby': id(this, 'francais-aide'),
            onChange: (e: { target: { value: string } }) => this.setState({ francais: e.target.value }),
          }),
          h('button', { type: 'button', onClick: () => this['convertir']!() }, 'Convertir'),
          this.state.retourFrancais
            ? h('p', { role: 'status', className: this.state.conversionRefusee ? 'horaires-erreur' : 'horaires-ok' }, this.state.retourFrancais)
            : null,
        ),
      );

      if (this.state.texteSeul) {
        enfants.push(
          h(
            'div',
            { className: 'horaires-bloc' },
            h(
              'p',
              null,
              'Ces horaires utilisent des règles que les cases ne savent pas montrer (semaines paires, vacances scolaires…). Modifiez-les dans le champ ci-dessous, ou recommencez avec les cases.',
            ),
            h('button', { type: 'button', onClick: () => this.setState({ texteSeul: false, saisie: saisieVide() }) }, 'Recommencer avec les cases'),
          ),
        );
      } else {
        // 2. Appointment only.
        enfants.push(
          h(
            'div',
            { className: 'horaires-bloc' },
            h(
              'label',
              null,
              h('input', {
                type: 'checkbox',
                checked: saisie.rendezVousSeul,
                onChange: (e: { target: { checked: boolean } }) => this['ecrire']!({ ...saisie, rendezVousSeul: e.target.checked } as never),
              }),
              ' Uniquement sur rendez-vous, sans horaires fixes',
            ),
          ),
        );
        // 3. The days.
        NOMS_JOURS.forEach((nom, i) => {
          const jour = saisie.jours[i]!;
          const ouvert = jour.plages.length > 0 || jour.rendezVous;
          const plages = jour.plages.map((p, k) => {
            // One time field per end of the slot: `borne` 0 is the opening, 1 the closing.
            const champBorne = (borne: 0 | 1) => {
              const cle = `${i}-${k}-${borne === 0 ? 'de' : 'a'}`;
              return [
                h('label', { htmlFor: id(this, cle) }, borne === 0 ? 'De' : 'à'),
                h('input', {
                  id: id(this, cle),
                  type: 'time',
                  value: heureChamp(p[borne]),
                  'aria-label': `${nom}, plage ${k + 1}, ${borne === 0 ? 'ouverture' : 'fermeture'}`,
                  onChange: (e: { target: { value: string } }) =>
                    e.target.value &&
                    this['changerJour']!(
                      i as never,
                      ((j: SaisieHoraires['jours'][number]) => ({
                        ...j,
                        plages: j.plages.map((q, n) => {
                          if (n !== k) return q;
                          const heure = champHeure(e.target.value);
                          return (borne === 0 ? [heure, q[1]] : [q[0], heure]) as Plage;
                        }),
                      })) as never,
                    ),
                }),
              ];
            };
            return h(
              'div',
              { className: 'horaires-plage', key: k },
              ...champBorne(0),
              ...champBorne(1),
              h(
                'button',
                {
                  type: 'button',
                  onClick: () =>
                    this['changerJour']!(
                      i as never,
                      ((j: SaisieHoraires['jours'][number]) => ({ ...j, plages: j.plages.filter((_q, n) => n !== k) })) as never,
                    ),
                },
                `Retirer cette plage`,
              ),
            );
          });
          enfants.push(
            h(
              'fieldset',
              { className: 'horaires-jour', key: nom },
              h('legend', null, nom.charAt(0).toUpperCase() + nom.slice(1)),
              h(
                'label',
                null,
                h('input', {
                  type: 'checkbox',
                  checked: ouvert,
                  onChange: (e: { target: { checked: boolean } }) =>
                    this['changerJour']!(
                      i as never,
                      ((j: SaisieHoraires['jours'][number]) =>
                        e.target.checked
                          ? { ...j, plages: j.plages.length > 0 ? j.plages : [[540, 720] as Plage] }
                          : { plages: [], rendezVous: false }) as never,
                    ),
                }),
                ` Ouvert le ${nom}`,
              ),
              ouvert ? plages : null,
              ouvert
                ? h(
                    'button',
                    {
                      type: 'button',
                      onClick: () =>
                        this['changerJour']!(
                          i as never,
                          ((j: SaisieHoraires['jours'][number]) => ({
                            ...j,
                            plages: [
                              ...j.plages,
                              [Math.min((j.plages.at(-1)?.[1] ?? 720) + 120, 1320), Math.min((j.plages.at(-1)?.[1] ?? 720) + 300, 1440)] as Plage,
                            ],
                          })) as never,
                        ),
                    },
                    `Ajouter une plage le ${nom}`,
                  )
                : null,
              ouvert
                ? h(
                    'label',
                    null,
                    h('input', {
                      type: 'checkbox',
                      checked: jour.rendezVous,
                      onChange: (e: { target: { checked: boolean } }) =>
                        this['changerJour']!(i as never, ((j: SaisieHoraires['jours'][number]) => ({ ...j, rendezVous: e.target.checked })) as never),
                    }),
                    ` Sur rendez-vous le ${nom}`,
                  )
                : null,
            ),
          );
        });
        // 4. Public holidays and closures.
        const fermetures = saisie.fermetures.map((f, k) => {
          const changer = (nouvelle: Fermeture) =>
            this['ecrire']!({ ...saisie, fermetures: saisie.fermetures.map((g, n) => (n === k ? nouvelle : g)) } as never);
          const retirer = h(
            'button',
            { type: 'button', onClick: () => this['ecrire']!({ ...saisie, fermetures: saisie.fermetures.filter((_g, n) => n !== k) } as never) },
            'Retirer cette fermeture',
          );
          if ('mois' in f) {
            return h(
              'div',
              { className: 'horaires-plage', key: k },
              h('label', { htmlFor: id(this, `f${k}`) }, 'Fermé tout le mois de'),
              h(
                'select',
                { id: id(this, `f${k}`), value: String(f.mois), onChange: (e: { target: { value: string } }) => changer({ mois: Number(e.target.value) }) },
                ...NOMS_MOIS.map((m, n) => h('option', { key: m, value: String(n + 1) }, m)),
              ),
              ' (chaque année) ',
              retirer,
            );
          }
          const date = (valeurDate: string, suffixe: string, libelle: string, ecrire: (d: string) => void) => [
            h('label', { htmlFor: id(this, `f${k}${suffixe}`), key: `l${suffixe}` }, libelle),
            h('input', {
              id: id(this, `f${k}${suffixe}`),
              key: `i${suffixe}`,
              type: 'date',
              value: valeurDate.length === 10 ? valeurDate : '',
              onChange: (e: { target: { value: string } }) => e.target.value && ecrire(e.target.value),
            }),
          ];
          if ('date' in f) return h('div', { className: 'horaires-plage', key: k }, ...date(f.date, 'd', 'Fermé le', (d) => changer({ date: d })), retirer);
          return h(
            'div',
            { className: 'horaires-plage', key: k },
            ...date(f.du, 'du', 'Fermé du', (d) => changer({ du: d, au: f.au })),
            ...date(f.au, 'au', 'au', (d) => changer({ du: f.du, au: d })),
            retirer,
          );
        });
        const demain = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
        enfants.push(
          h(
            'fieldset',
            { className: 'horaires-jour' },
            h('legend', null, 'Jours fériés et fermetures'),
            h(
              'label',
              null,
              h('input', {
                type: 'checkbox',
                checked: saisie.feries !== undefined && saisie.feries.length === 0,
                onChange: (e: { target: { checked: boolean } }) => this['ecrire']!({ ...saisie, feries: e.target.checked ? [] : undefined } as never),
              }),
              ' Fermé les jours fériés',
            ),
            ...fermetures,
            h(
              'button',
              { type: 'button', onClick: () => this['ecrire']!({ ...saisie, fermetures: [...saisie.fermetures, { mois: 8 }] } as never) },
              'Ajouter une fermeture d’un mois',
            ),
            h(
              'button',
              { type: 'button', onClick: () => this['ecrire']!({ ...saisie, fermetures: [...saisie.fermetures, { date: demain }] } as never) },
              'Ajouter une fermeture d’un jour',
            ),
            h(
              'button',
              { type: 'button', onClick: () => this['ecrire']!({ ...saisie, fermetures: [...saisie.fermetures, { du: demain, au: demain }] } as never) },
              'Ajouter une période de fermeture',
            ),
          ),
        );
      }

      // 5. The value itself, for those who know the syntax.
      enfants.push(
        h(
          'div',
          { className: 'horaires-bloc' },
          h('label', { htmlFor: this.props.forID }, 'Horaires au format OpenStreetMap (rempli par les cases)'),
          h('input', {
            id: this.props.forID,
            type: 'text',
            value: valeur,
            'aria-invalid': message ? 'true' : 'false',
            'aria-describedby': id(this, 'message'),
            onChange: (e: { target: { value: string } }) => {
              const saisieLue = depuisOpenStreetMap(e.target.value);
              this.props.onChange(e.target.value);
              this.setState(saisieLue ? { saisie: saisieLue, texteSeul: false } : { texteSeul: true });
            },
          }),
          h(
            'p',
            { id: id(this, 'message'), className: message ? 'horaires-erreur' : 'horaires-aide', 'aria-live': 'polite' },
            message ?? (valeur.trim() === '' ? `Aucun horaire : la fiche dira « ${HORAIRES_NON_RENSEIGNES} ».` : 'Horaires valides.'),
          ),
        ),
      );

      // 6. What the public page will show.
      const apercu = valeur.trim() === '' || message ? null : apercuHoraires(valeur, departement, aujourdhui());
      enfants.push(
        h(
          'section',
          { className: 'horaires-bloc horaires-apercu', 'aria-labelledby': id(this, 'apercu') },
          h('h3', { id: id(this, 'apercu') }, 'Ce que verra le public'),
          apercu
            ? h(
                'table',
                null,
                h('caption', null, 'Horaires habituels, jour par jour'),
                h('tbody', null, ...apercu.semaine.map((j) => h('tr', { key: j.jour }, h('th', { scope: 'row' }, j.jour), h('td', null, j.texte)))),
              )
            : h('p', null, HORAIRES_NON_RENSEIGNES),
          ...(apercu?.notes ?? []).map((n, k) => h('p', { key: `n${k}` }, n)),
        ),
      );

      return h('div', { className: `${this.props.classNameWrapper} widget-horaires` }, ...enfants);
    },
  });
  CMS.registerWidget('horaires', Controle, undefined, { properties: { departement: { type: 'string' } } });
}

/** Styles of the widget: Decap's own look for inputs, larger targets, visible focus. */
export const STYLES_WIDGET = `
.widget-horaires { display: grid; gap: 0.75rem; padding: 1rem; }
.widget-horaires fieldset { border: 1px solid #8a8f98; border-radius: 4px; padding: 0.5rem 0.75rem; margin: 0; }
.widget-horaires legend { font-weight: 600; padding: 0 0.25rem; }
.widget-horaires label { display: inline-flex; align-items: center; gap: 0.35rem; min-height: 44px; margin-inline-end: 0.5rem; }
.widget-horaires input[type="text"] { width: 100%; min-height: 44px; padding: 0.4rem; border: 1px solid #5f6470; border-radius: 4px; font: inherit; }
.widget-horaires input[type="time"], .widget-horaires input[type="date"], .widget-horaires select { min-height: 44px; padding: 0.25rem; border: 1px solid #5f6470; border-radius: 4px; font: inherit; }
.widget-horaires input[type="checkbox"] { width: 24px; height: 24px; }
.widget-horaires button { min-height: 44px; margin: 0.25rem 0.5rem 0.25rem 0; padding: 0.4rem 0.8rem; border: 1px solid #1f4fbf; border-radius: 4px; background: #fff; color: #1f4fbf; font: inherit; cursor: pointer; }
.widget-horaires :focus-visible { outline: 3px solid #1f4fbf; outline-offset: 2px; }
.widget-horaires .horaires-plage { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem; }
.widget-horaires .horaires-aide { color: #3b3f46; margin: 0.25rem 0; }
.widget-horaires .horaires-erreur { color: #a1001b; font-weight: 600; margin: 0.25rem 0; }
.widget-horaires .horaires-ok { color: #185c37; margin: 0.25rem 0; }
.widget-horaires .horaires-apercu table { border-collapse: collapse; }
.widget-horaires .horaires-apercu caption { text-align: start; font-style: italic; }
.widget-horaires .horaires-apercu th, .widget-horaires .horaires-apercu td { text-align: start; padding: 0.2rem 0.75rem 0.2rem 0; }
`;
