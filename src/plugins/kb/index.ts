/**
 * The knowledge base around its docs instance (./docs.ts, id KB_PLUGIN_ID):
 * - loadContent: reads every file in kb/, once, and runs the entry check over
 *   it, so a bad or unsafe answer fails `npm run build` with the file, the
 *   field and the fix;
 * - allContentLoaded: builds the /kb landing page (theme/KbLanding) from the
 *   answers the docs plugin loaded, as a route of its own. Its route data is
 *   a summary (tags, counts, the first answers); the whole list, which grows
 *   with every answer, is a module of its own that the page imports only
 *   when the reader filters or asks for more (`@kb/answers`, an alias this
 *   plugin gives webpack). No other page loads either.
 * Its pages and the parts of an answer page are in ./theme (@theme/Kb…).
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';

import {generatedModule} from '../generatedModule';
import {buildDate} from '../../lib/buildDate';
import {checkKb, formatProblems} from '../../lib/kb/check';
import type {KbTag} from '../../lib/kb/context';
import {normaliseDate} from '../../lib/kb/dates';
import {
  LANDING_PAGE_SIZE,
  landingSummary,
  sortAnswers,
  type KbLandingData,
  type KbListEntry,
} from '../../lib/kb/landing';
import {KB_DIR, KB_PLUGIN_ID, KB_ROUTE_BASE_PATH} from '../../lib/kb/instance';
import {TAGS_FILE, VERSIONS_FILE, readKbContext, readKbSources} from './read';

export interface Options {
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

/** The plugin's name, under which its own content is in allContent. */
const PLUGIN_NAME = 'kb';

/** The module KbLanding imports the whole list from (theme.d.ts declares it). */
export const ANSWERS_MODULE = '@kb/answers';

export default function kbPlugin(
  context: LoadContext,
  options: Options = {},
): Plugin<Content> {
  /** Where allContentLoaded wrote the whole list, for ANSWERS_MODULE. */
  let answersPath: string | undefined;
  return {
    name: PLUGIN_NAME,

    getThemePath() {
      return './theme';
    },

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
        KB_PLUGIN_ID
      ] as DocsContent | undefined;
      const version = docsContent?.loadedVersions[0];
      if (!version) {
        throw new Error(
          `The kb plugin found no docs plugin with id "${KB_PLUGIN_ID}": register @docusaurus/plugin-content-docs with kbDocsOptions() (src/plugins/kb/docs.ts) in docusaurus.config.ts.`,
        );
      }
      const {tags} = allContent[PLUGIN_NAME]?.default as Content;
      const data = landingData(version.docs, tags);
      answersPath = await actions.createData(
        'kb-answers.json',
        JSON.stringify(data.answers),
      );
      const dataPath = await actions.createData(
        'kb-landing.json',
        JSON.stringify(landingSummary(data, LANDING_PAGE_SIZE)),
      );
      actions.addRoute({
        path: `${context.baseUrl}${KB_ROUTE_BASE_PATH}`,
        exact: true,
        component: '@theme/KbLanding',
        modules: {data: generatedModule(dataPath, context.generatedFilesDir)},
      });
    },

    configureWebpack() {
      if (!answersPath) {
        throw new Error(
          'The kb plugin has no list of answers to bundle: its allContentLoaded did not run before configureWebpack.',
        );
      }
      // `$`: the exact module, so nothing else under @kb/ resolves here.
      return {resolve: {alias: {[`${ANSWERS_MODULE}$`]: answersPath}}};
    },
  };
}
