/**
 * The knowledge base around the `kb` docs instance:
 * - loadContent: runs the entry check over every file in kb/, so a bad or
 *   unsafe answer fails `npm run build` with the file, the field and the fix;
 * - allContentLoaded: builds the /kb landing page from the answers the docs
 *   plugin loaded, as a route of its own whose data (a list without any HTML)
 *   is loaded by /kb alone, never by the answer pages.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';

import {generatedModule} from '../generatedModule';
import {buildDate} from '../../lib/buildDate';
import {checkKb, formatProblems} from '../../lib/kb/check';
import type {KbTag} from '../../lib/kb/context';
import {normaliseDate} from '../../lib/kb/dates';
import {
  sortAnswers,
  type KbLandingData,
  type KbListEntry,
} from '../../lib/kb/landing';
import {
  KB_DIR,
  TAGS_FILE,
  VERSIONS_FILE,
  readKbContext,
  readKbSources,
} from './read';

export interface Options {
  /** Id of the docs plugin instance that serves the answers. */
  readonly docsPluginId: string;
  /** Where that instance is served; the landing page takes its root. */
  readonly routeBasePath: string;
  /** Time zone whose calendar says what "today" is for last_verified. */
  readonly timeZone?: string;
}

export interface Content {
  readonly tags: readonly KbTag[];
}

/** The landing's list from the docs the docs plugin loaded (titles, permalinks, front matter). */
export function landingData(
  docs: DocsContent['loadedVersions'][number]['docs'],
  tags: readonly KbTag[],
): KbLandingData {
  const answers: KbListEntry[] = docs
    .filter((doc) => !doc.unlisted)
    .map((doc) => ({
      title: doc.title,
      description: doc.description,
      permalink: doc.permalink,
      tags: ((doc.frontMatter as {tags?: unknown[]}).tags ?? []).filter(
        (tag): tag is string => typeof tag === 'string',
      ),
      lastVerified:
        normaliseDate(
          (doc.frontMatter as {last_verified?: unknown}).last_verified,
        ) ?? '',
    }));
  return {tags, answers: sortAnswers(answers)};
}

export default function kbPlugin(
  context: LoadContext,
  options: Options,
): Plugin<Content> {
  return {
    name: 'kb',

    getPathsToWatch() {
      return [
        `${context.siteDir}/${KB_DIR}/**/*.{md,mdx}`,
        `${context.siteDir}/${TAGS_FILE}`,
        `${context.siteDir}/${VERSIONS_FILE}`,
      ];
    },

    async loadContent() {
      const kbContext = readKbContext(
        context.siteDir,
        buildDate(),
        options.timeZone,
      );
      const problems = checkKb(readKbSources(context.siteDir), kbContext);
      if (problems.length > 0) {
        throw new Error(formatProblems(problems));
      }
      return {tags: kbContext.tags};
    },

    async allContentLoaded({allContent, actions}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.[
        options.docsPluginId
      ] as DocsContent | undefined;
      const version = docsContent?.loadedVersions[0];
      if (!version) {
        throw new Error(
          `The kb plugin found no docs plugin with id "${options.docsPluginId}": register @docusaurus/plugin-content-docs with that id in docusaurus.config.ts.`,
        );
      }
      const {tags} = allContent.kb?.default as Content;
      const data = landingData(version.docs, tags);
      const dataPath = await actions.createData(
        'kb-landing.json',
        JSON.stringify(data),
      );
      actions.addRoute({
        path: `${context.baseUrl}${options.routeBasePath}`,
        exact: true,
        component: '@site/src/components/KbLanding/index.tsx',
        modules: {data: generatedModule(dataPath, context.generatedFilesDir)},
      });
    },
  };
}
