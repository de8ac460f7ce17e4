/**
 * Runs the `check:content` validation before Astro loads the content, so that a build fails
 * with the French report of every problem of every file (Astro alone stops at the first
 * invalid entry, in English, and only logs dangling references).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rapport, verifierDossier } from '../lib/contenu/verification.ts';

export default function validationContenu(): AstroIntegration {
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
        throw new Error(`Le contenu n'est pas valide.\n\n${rapport(resultat)}`);
      },
    },
  };
}
