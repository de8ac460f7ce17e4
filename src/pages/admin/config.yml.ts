/**
 * `/admin/config.yml`: configuration of the editing interface, generated at build time from the
 * content schemas (see `src/lib/contribution/config-cms.ts`). The sign-in service comes from the build's
 * environment (CMS_AUTH_URL for GitHub, CMS_GITLAB_APP_ID for GitLab): see docs/deploiement.md.
 */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { collectif } from '../../contenu.ts';
import { genererConfigCms } from '../../lib/contribution/config-cms.ts';

export const GET: APIRoute = () =>
  new Response(
    `# Généré à la construction du site depuis src/lib/contenu/schemas/ : ne pas modifier ici.\n${stringify(
      genererConfigCms({
        depot: collectif.depot.url,
        branche: collectif.depot.branche,
        siteUrl: collectif.site_url,
        authUrl: process.env['CMS_AUTH_URL'] || undefined,
        gitlabAppId: process.env['CMS_GITLAB_APP_ID'] || undefined,
        departement: collectif.departement.code,
      }),
      { lineWidth: 0 },
    )}`,
    { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } },
  );
