import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type * as Docs from '@docusaurus/plugin-content-docs';
import {themes as prismThemes} from 'prism-react-renderer';
import {GlobExcludeDefault} from '@docusaurus/utils';

import {site} from './src/data/site';
import {editUrlBase, repositoryUrl} from './src/lib/github';
import {algoliaFromEnv} from './src/lib/search/algolia';

// Publish under another address (GitHub Pages, preview hosts):
// SITE_URL=https://acme.github.io BASE_URL=/baseplate/ npm run build
const SITE_URL = process.env.SITE_URL ?? site.url;
const BASE_URL = process.env.BASE_URL ?? site.baseUrl;

// Fast local work on the unreleased docs only: DOCS_ONLY_CURRENT=true npm start
const DOCS_ONLY_CURRENT = process.env.DOCS_ONLY_CURRENT === 'true';

// Algolia DocSearch instead of the embedded Pagefind search: set ALGOLIA_APP_ID,
// ALGOLIA_SEARCH_API_KEY and ALGOLIA_INDEX_NAME at build time (README, "Search").
const ALGOLIA = algoliaFromEnv(process.env);

const editUrl = editUrlBase(site.github);
const repository = repositoryUrl(site.github).href;

const docsOptions = {
  path: 'docs',
  routeBasePath: 'docs',
  sidebarPath: './sidebars.ts',
  editUrl,
  // "Edit this page" on an old version opens the unversioned source in docs/.
  editCurrentVersion: true,
  showLastUpdateAuthor: true,
  showLastUpdateTime: true,
  tags: 'tags.yml',
  onInlineTags: 'throw',
  ...(DOCS_ONLY_CURRENT
    ? // The unreleased docs alone, served at /docs like a release would be.
      {onlyIncludeVersions: ['current'], lastVersion: 'current'}
    : {
        versions: {
          current: {label: 'Next', path: 'next', banner: 'unreleased'},
        },
      }),
} satisfies Docs.Options;

const config: Config = {
  title: site.platformName,
  tagline: site.tagline,
  favicon: 'img/favicon.svg',
  url: SITE_URL,
  baseUrl: BASE_URL,
  organizationName: site.github.owner,
  projectName: site.github.repo,
  trailingSlash: false,

  future: {v4: true, faster: true},

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  markdown: {
    // .md files are CommonMark, .mdx files are MDX (see the security model in the README).
    format: 'detect',
    mermaid: true,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {defaultLocale: 'en', locales: ['en']},

  themes: ['@docusaurus/theme-mermaid'],

  presets: [
    [
      'classic',
      {
        docs: docsOptions,
        blog: {
          path: 'blog',
          routeBasePath: 'blog',
          authorsMapPath: 'authors.yml',
          tags: 'tags.yml',
          onInlineAuthors: 'throw',
          onInlineTags: 'throw',
          onUntruncatedBlogPosts: 'throw',
          showReadingTime: true,
          blogTitle: 'Blog',
          blogDescription: `Events, workshops and deep dives from the ${site.organisation} platform team.`,
          blogSidebarTitle: 'Recent posts',
          blogSidebarCount: 10,
          feedOptions: {
            type: ['rss', 'atom'],
            title: `${site.platformName} blog`,
            description: `Events and deep dives from the ${site.organisation} platform team`,
            copyright: `© ${site.organisation}`,
            xslt: false,
          },
          editUrl,
        },
        theme: {customCss: './src/css/custom.css'},
        // With Algolia, its theme serves /search instead of src/pages/search.
        ...(ALGOLIA && {
          pages: {exclude: [...GlobExcludeDefault, 'search/**']},
        }),
        sitemap: {
          lastmod: 'date',
          changefreq: null,
          priority: null,
          ignorePatterns: [
            '/blog/page/**',
            '/blog/archive',
            '/blog/authors/**',
          ],
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    [
      '@docusaurus/plugin-content-docs',
      {
        id: 'kb',
        path: 'kb',
        routeBasePath: 'kb',
        sidebarPath: './sidebarsKb.ts',
        editUrl,
        showLastUpdateAuthor: true,
        showLastUpdateTime: true,
        tags: 'tags.yml',
        onInlineTags: 'throw',
      } satisfies Docs.Options,
    ],
    ...(ALGOLIA ? [] : ['./src/plugins/search-pagefind/index.ts']),
  ],

  themeConfig: {
    image: 'img/social-card.png',
    colorMode: {respectPrefersColorScheme: true},
    docs: {sidebar: {hideable: true, autoCollapseCategories: true}},
    navbar: {
      title: site.platformName,
      logo: {alt: `${site.platformName} logo`, src: 'img/logo.svg'},
      items: [
        {
          type: 'docSidebar',
          sidebarId: 'platform',
          position: 'left',
          label: 'Docs',
        },
        {
          type: 'docSidebar',
          sidebarId: 'kb',
          docsPluginId: 'kb',
          position: 'left',
          label: 'Knowledge base',
        },
        {to: '/blog', label: 'Blog', position: 'left'},
        {to: '/support', label: 'Support', position: 'left'},
        {to: '/rent-an-engineer', label: 'Rent an engineer', position: 'left'},
        {
          type: 'docsVersionDropdown',
          position: 'right',
          dropdownActiveClassDisabled: true,
        },
        {href: repository, label: 'GitHub', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Use the platform',
          items: [
            {label: 'Docs', to: '/docs'},
            {label: 'Knowledge base', to: '/kb'},
            {label: 'Blog', to: '/blog'},
          ],
        },
        {
          title: 'Get help',
          items: [
            {label: 'Support', to: '/support'},
            {label: 'Rent an engineer', to: '/rent-an-engineer'},
            {
              label: `Chat: ${site.supportChannel.name}`,
              href: site.supportChannel.url,
            },
          ],
        },
        {
          title: 'Contribute',
          items: [
            {label: 'Edit on GitHub', href: repository},
            {label: 'Blog RSS feed', href: 'pathname:///blog/rss.xml'},
          ],
        },
      ],
      copyright: `© ${new Date().getFullYear()} ${site.organisation}. Built with Docusaurus.`,
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
      additionalLanguages: ['bash', 'yaml', 'json', 'docker', 'hcl'],
    },
    mermaid: {theme: {light: 'neutral', dark: 'dark'}},
    // The classic preset adds @docusaurus/theme-search-algolia when this is set.
    ...(ALGOLIA && {
      algolia: {...ALGOLIA, contextualSearch: true},
    }),
  } satisfies Preset.ThemeConfig,
};

export default config;
