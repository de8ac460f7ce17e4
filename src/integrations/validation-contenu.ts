/**
 * Runs the `check:content` validation before Astro loads the content, so that a build fails
 * with the French report of every problem of every file (Astro alone stops at the first
 * invalid entry, in English, and only logs dangling references).
 *
 * The build stops by exiting, not by throwing: Astro would wrap a thrown report in an English
 * « unhandled error » line and a stack trace, which the contributor reading the log does not need.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rapport, verifierDossier } from '../lib/contenu/verification.ts';

export interface OptionsValidation {
  /** How the build stops (tests replace it). Writes to the terminal are synchronous on Linux and macOS, so the report is printed whole before. */
  quitter?: (code: number) => never;
}

export default function validationContenu({ quitter = (code) => process.exit(code) }: OptionsValidation = {}): AstroIntegration {
  return {
    name: 'validation-contenu',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const resultat = verifierDossier(fileURLToPath(config.root));
        if (resultat.problemes.length === 0) {
          logger.info(rapport(resultat));
          return;
        }
        if (command === 'dev') {
          logger.error(`\n${rapport(resultat)}`);
          return;
        }
        logger.error(`Le contenu n'est pas valide : la construction s'arrête.\n\n${rapport(resultat)}`);
        quitter(1);
      },
    },
  };
}
