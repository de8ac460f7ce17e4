/** Command-line arguments of the contribution tools, read without a dependency. */

export type FormatRapport = 'texte' | 'github';

/** Arguments of `check:content`: an optional project folder and `--format texte|github`. */
export function lireArgumentsVerification(args: readonly string[]): { ok: true; racine?: string; format: FormatRapport } | { ok: false; message: string } {
  let format: FormatRapport = 'texte';
  let racine: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const valeurFormat = arg === '--format' ? args[++i] : arg.startsWith('--format=') ? arg.slice('--format='.length) : null;
    if (valeurFormat !== null) {
      if (valeurFormat !== 'texte' && valeurFormat !== 'github') {
        return {
          ok: false,
          message: `Format inconnu : « ${valeurFormat ?? ''} ». Formats possibles : texte (par défaut), github (annotations GitHub Actions).`,
        };
      }
      format = valeurFormat;
    } else if (arg.startsWith('-')) {
      return { ok: false, message: `Option inconnue : « ${arg} ». Usage : npm run check:content -- [--format texte|github] [dossier-du-projet]` };
    } else if (racine === undefined) {
      racine = arg;
    } else {
      return { ok: false, message: `Un seul dossier de projet à la fois (reçu « ${racine} » et « ${arg} »).` };
    }
  }
  return racine === undefined ? { ok: true, format } : { ok: true, racine, format };
}
