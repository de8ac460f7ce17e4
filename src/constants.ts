/** Id of the main content, the target of the skip link. */
export const ID_CONTENU = 'contenu';
