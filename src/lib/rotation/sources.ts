/**
 * Where the support rotation's data lives, relative to the site directory:
 * the one place these paths are written. No imports, so the plugin, the
 * tests and the /support page (which names the file to edit) all share it.
 */

export interface RotationSources {
  /** The rotation file, as a contributor would name it. */
  readonly rotationFile: string;
  /** The people file. */
  readonly authorsFile: string;
  /** The module holding the site's time zone. */
  readonly siteFile: string;
}

export const DEFAULT_SOURCES: RotationSources = {
  rotationFile: 'src/data/support-rotation.yaml',
  authorsFile: 'blog/authors.yml',
  siteFile: 'src/data/site.ts',
};
