/**
 * The support rotation: validates src/data/support-rotation.yaml against the
 * people in blog/authors.yml, serves the /support page with the validated
 * data, and writes the iCalendar feeds and support/rotation.json into the
 * build (./feeds.ts). The schedule itself is computed by src/lib/rotation,
 * in the build and in the reader's browser.
 */
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

import {site} from '../../data/site';
import {buildDate} from '../../lib/buildDate';
import {DEFAULT_SOURCES} from '../../lib/rotation/sources';
import type {Rotation} from '../../lib/rotation/types';
import {writeFeeds} from './feeds';
import {generatedModule} from '../generatedModule';
import {loadRotation} from './load';

export interface Options {
  /** Rotation data, relative to the site directory (default: DEFAULT_SOURCES). */
  readonly rotationFile?: string;
  /** The people, relative to the site directory (default: DEFAULT_SOURCES). */
  readonly authorsFile?: string;
}

export interface Content {
  readonly rotation: Rotation;
}

export default function supportRotationPlugin(
  context: LoadContext,
  options: Options = {},
): Plugin<Content> {
  const files = {
    siteDir: context.siteDir,
    rotationFile: options.rotationFile ?? DEFAULT_SOURCES.rotationFile,
    authorsFile: options.authorsFile ?? DEFAULT_SOURCES.authorsFile,
    siteFile: DEFAULT_SOURCES.siteFile,
  };
  return {
    name: 'support-rotation',

    // The /support page and its parts are in ./theme (@theme/SupportPage).
    getThemePath() {
      return './theme';
    },

    getPathsToWatch() {
      return [
        join(context.siteDir, files.rotationFile),
        join(context.siteDir, files.authorsFile),
      ];
    },

    async loadContent() {
      return {rotation: await loadRotation(files, site.timeZone)};
    },

    async contentLoaded({content, actions}) {
      const rotation = await actions.createData(
        'rotation.json',
        JSON.stringify(content.rotation),
      );
      actions.addRoute({
        path: `${context.baseUrl}support`,
        component: '@theme/SupportPage',
        exact: true,
        modules: {
          rotation: generatedModule(rotation, context.generatedFilesDir),
        },
      });
    },

    async postBuild({content, outDir, siteConfig}) {
      await writeFeeds({
        outDir,
        rotation: content.rotation,
        now: buildDate(),
        pageUrl: new URL(`${siteConfig.baseUrl}support`, siteConfig.url).href,
        organisation: site.organisation,
        platformName: site.platformName,
        supportChannel: site.supportChannel,
      });
    },
  };
}
