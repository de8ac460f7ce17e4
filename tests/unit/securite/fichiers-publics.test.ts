/** Files of public/ accepted by their content: logos and documents that are what they say. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { natureFichier, problemeFichierPublic, problemeSvg } from '../../../src/lib/securite/fichiers-publics.ts';

const octets = (...valeurs: (number | string)[]) => Buffer.concat(valeurs.map((v) => (typeof v === 'string' ? Buffer.from(v, 'latin1') : Buffer.from([v]))));
const PNG = octets(0x89, 'PNG\r\n\x1a\n', 'reste');
const JPEG = octets(0xff, 0xd8, 0xff, 0xe0, 'JFIF');
const WEBP = octets('RIFF', 0, 0, 0, 0, 'WEBPVP8 ');
const ZIP = octets('PK', 3, 4, 'mimetypeapplication/vnd.oasis.opendocument.text');

describe('nature d’un fichier, par son contenu', () => {
  it.each([
    [PNG, 'png'],
    [JPEG, 'jpeg'],
    [WEBP, 'webp'],
    [octets('%PDF-1.7'), 'pdf'],
    [ZIP, 'zip'],
    [octets('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'svg'],
    [octets('id,nom\n1,a\n'), 'texte'],
    [octets('a', 0, 'b'), 'inconnue'],
  ] as const)('%#', (contenu, nature) => {
    expect(natureFichier(contenu)).toBe(nature);
  });
});

describe('fichiers acceptés', () => {
  it.each([
    ['/logos/a.png', PNG, 'logo'],
    ['/logos/a.jpg', JPEG, 'logo'],
    ['/logos/a.webp', WEBP, 'logo'],
    [
      '/logos/a.svg',
      octets(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><rect width="10" height="10" fill="url(#g)"/><use href="#g"/></svg>',
      ),
      'logo',
    ],
    ['/ressources/guide.pdf', octets('%PDF-1.4 …'), 'ressource'],
    ['/ressources/doc.odt', ZIP, 'ressource'],
    ['/ressources/tableau.xlsx', ZIP, 'ressource'],
    ['/ressources/liste.csv', Buffer.from('id,nom\n1,Médiathèque\n', 'utf8'), 'ressource'],
    ['/ressources/note.txt', octets('Une note : 3 < 5.\n'), 'ressource'],
  ] as const)('%s', (chemin, contenu, usage) => {
    expect(problemeFichierPublic(chemin, contenu, usage)).toBeUndefined();
  });

  it('les fichiers de démonstration et l’icône du site sont acceptés', () => {
    const racine = join(import.meta.dirname, '../../..');
    for (const nom of ['fiche-hameconnage.pdf', 'modele-lieux-mediation-numerique.csv']) {
      expect(problemeFichierPublic(`/ressources/fichiers/${nom}`, readFileSync(join(racine, 'public/ressources/fichiers', nom)), 'ressource')).toBeUndefined();
    }
    expect(problemeSvg(readFileSync(join(racine, 'public/favicon.svg'), 'utf8'))).toBeUndefined();
  });
});

describe('fichiers refusés', () => {
  it.each([
    ['/logos/a.gif', octets('GIF89a'), 'logo', 'les fichiers .gif ne sont pas acceptés comme logo'],
    ['/logos/a.png', JPEG, 'logo', 'c’est un fichier JPEG'],
    ['/ressources/a.htm', octets('<p>x</p>'), 'ressource', 'les fichiers .htm ne sont pas acceptés'],
    ['/ressources/a.xml', octets('<a/>'), 'ressource', 'les fichiers .xml ne sont pas acceptés'],
    ['/ressources/a.csv', octets('a', 0, 'b'), 'ressource', 'type inconnu'],
    ['/ressources/a.svg', octets('<svg><a href="javascript:alert(1)"><rect/></a></svg>'), 'ressource', 'l’élément <a>, refusé'],
    ['/ressources/a.svg', octets('<svg><rect style="fill:url(https://evil.example/x)"/></svg>'), 'ressource', 'contenu extérieur'],
    ['/logos/a.svg', octets('<svg><set attributeName="href" to="javascript:alert(1)"/></svg>'), 'logo', 'l’élément <set>, refusé'],
  ] as const)('%s (%s)', (chemin, contenu, usage, fragment) => {
    expect(problemeFichierPublic(chemin, contenu, usage)).toContain(fragment);
  });
});
