import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type * as Docs from '@docusaurus/plugin-content-docs';
import {themes as prismThemes, type PrismTheme} from 'prism-react-renderer';

import {site} from './src/data/site';
import {buildDate} from './src/lib/buildDate';
import type {RecentPostsOptions} from './src/plugins/recent-posts';
import {editUrlBase, repositoryUrl} from './src/lib/github';
import type {Options as SupportRotationOptions} from './src/plugins/support-rotation';
import type {Options as KbOptions} from './src/plugins/kb';
import {kbDocsOptions} from './src/plugins/kb/docs';
import {kbTagRedirects} from './src/plugins/kb/docsPlugin';
import type {Options as CodeHighlightingOptions} from './src/plugins/code-highlighting';
import {NO_INLINE_STYLES} from './src/plugins/code-highlighting/themeCss';
import {algoliaFromEnv} from './src/lib/search/algolia';
import remarkDiagrams, {
  type Options as DiagramsOptions,
} from './src/plugins/diagrams/remark';

// Publish under another address (GitHub Pages, preview hosts):
// SITE_URL=https://acme.github.io BASE_URL=/baseplate/ npm run build
const SITE_URL = process.env.SITE_URL ?? site.url;
const BASE_URL = process.env.BASE_URL ?? site.baseUrl;

// Fast local work on the unreleased docs only: DOCS_ONLY_CURRENT=true npm start
// (or npm run build; links into older versions are then reported, not fatal).
const DOCS_ONLY_CURRENT = process.env.DOCS_ONLY_CURRENT === 'true';

// Algolia DocSearch instead of the embedded Pagefind search: set ALGOLIA_APP_ID,
// ALGOLIA_SEARCH_API_KEY and ALGOLIA_INDEX_NAME at build time (contribute/search.md).
const ALGOLIA = algoliaFromEnv(process.env);

const editUrl = editUrlBase(site.github);
const repository = repositoryUrl(site.github).href;

// Mermaid diagrams are drawn when the site is built, in both colour modes, as
// SVG files the page shows as images (src/plugins/diagrams): the reader loads
// no diagram library, and the page's script no drawing.
// `npm start` shows a diagram it cannot draw (no Chromium) as its source.
const diagrams: [typeof remarkDiagrams, DiagramsOptions] = [
  remarkDiagrams,
  {
    themes: {
      light: {theme: 'neutral'},
      // Edge labels: #ccc on #585858 is 4.4:1, below WCAG AA's 4.5:1.
      dark: {theme: 'dark', themeVariables: {edgeLabelBackground: '#333333'}},
    },
    fallback: process.env.NODE_ENV === 'development',
  },
];

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
  beforeDefaultRemarkPlugins: [diagrams],
  ...(DOCS_ONLY_CURRENT
    ? // The unreleased docs alone, served at /docs like a release would be.
      {onlyIncludeVersions: ['current'], lastVersion: 'current'}
    : {
        versions: {
          current: {label: 'Next', path: 'next', banner: 'unreleased'},
        },
      }),
} satisfies Docs.Options;

// Code must stay readable (WCAG AA, 4.5:1): "github" and "dracula" colour YAML
// keys, comments and numbers below that; these two pass, with a darker shade
// for HTML attribute names in light mode and a lighter one for comments in
// dark mode.
function recolour(theme: PrismTheme, type: string, color: string): PrismTheme {
  return {
    ...theme,
    styles: theme.styles.map((style) =>
      style.types.includes(type)
        ? {...style, style: {...style.style, color}}
        : style,
    ),
  };
}

const codeThemes = {
  light: recolour(prismThemes.vsLight, 'attr-name', '#cc0000'),
  dark: recolour(prismThemes.oceanicNext, 'comment', '#949fc6'),
};

const config: Config = {
  title: site.platformName,
  tagline: site.tagline,
  favicon: 'img/favicon.svg',
  url: SITE_URL,
  baseUrl: BASE_URL,
  organizationName: site.github.owner,
  projectName: site.github.repo,
  trailingSlash: true,

  future: {v4: true, faster: true},

  // A preview of the unreleased docs alone has no /docs/2025.2/… pages for the
  // blog's links to point at: there, broken links are listed, not fatal. Every
  // full build (npm test, CI, deployment) throws.
  onBrokenLinks: DOCS_ONLY_CURRENT ? 'warn' : 'throw',
  onBrokenAnchors: DOCS_ONLY_CURRENT ? 'warn' : 'throw',
  onDuplicateRoutes: 'throw',

  markdown: {
    // .md files are CommonMark, .mdx files are MDX (contribute/security.md).
    format: 'detect',
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {defaultLocale: 'en', locales: ['en']},

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
          beforeDefaultRemarkPlugins: [diagrams],
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
    // Each diagram's drawings are SVG files, shown as images: the page's
    // script holds only their addresses (src/plugins/diagrams).
    './src/plugins/diagrams/index.ts',
    // What every page loads does not grow with the number of pages: script
    // files named by chunk id, and the routes of docs and answers loaded in
    // parts (src/plugins/bundling).
    './src/plugins/bundling/index.ts',
    // Prism stays out of main.js and out of the page a reader opens (the
    // server highlights it), and code is coloured from CSS so blocks are not
    // rendered twice.
    [
      './src/plugins/code-highlighting/index.ts',
      codeThemes satisfies CodeHighlightingOptions,
    ],
    // The newest blog posts, for the home page.
    [
      './src/plugins/recent-posts/index.ts',
      {count: 3} satisfies RecentPostsOptions,
    ],
    // The knowledge base's answers, /kb/<topic>/<answer>, with the topics
    // sidebar (src/plugins/kb/docs.ts); no list of every answer in main.js
    // and no tag pages (src/plugins/kb/docsPlugin.ts).
    [
      './src/plugins/kb/docsPlugin.ts',
      {
        ...kbDocsOptions({siteDir: __dirname, editUrl}),
        beforeDefaultRemarkPlugins: [diagrams],
      } satisfies Docs.Options,
    ],
    // How to contribute (answers, posts, teams, the rotation, releases,
    // publishing): the contributors' how-tos, published beside what they
    // change. One version, like the knowledge base.
    [
      '@docusaurus/plugin-content-docs',
      {
        id: 'contribute',
        path: 'contribute',
        routeBasePath: 'contribute',
        sidebarPath: './sidebarsContribute.ts',
        editUrl,
        showLastUpdateAuthor: false,
        showLastUpdateTime: false,
        onInlineTags: 'throw',
        beforeDefaultRemarkPlugins: [diagrams],
      } satisfies Docs.Options,
    ],
    // /support and its calendar feeds, from the files named in
    // src/lib/rotation/sources.ts.
    [
      './src/plugins/support-rotation/index.ts',
      {} satisfies SupportRotationOptions,
    ],
    // /teams, /events and their data: src/data/teams.yaml and blog posts tagged events.
    './src/plugins/community/index.ts',
    // /rent-an-engineer: the request form, which opens a prefilled issue.
    './src/plugins/rent-an-engineer/index.ts',
    // The kb tag pages' old addresses open the landing filtered by the tag.
    [
      '@docusaurus/plugin-client-redirects',
      {redirects: kbTagRedirects(__dirname)},
    ],
    // Checks every answer and serves the /kb landing page.
    [
      './src/plugins/kb/index.ts',
      {timeZone: site.timeZone} satisfies KbOptions,
    ],
    // Every YAML block against the upstream schemas and the platform model of
    // its version (docs/platform.yaml, versioned_docs/*/platform.yaml).
    './src/plugins/manifests/index.ts',
    ...(ALGOLIA ? [] : ['./src/plugins/search/index.ts']),
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
        // The kb sidebar links topics, not answers: the entry point is /kb.
        {
          to: '/kb',
          activeBasePath: '/kb',
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
          title: 'Community',
          items: [
            {label: 'Teams and adoption', to: '/teams'},
            {label: 'Events', to: '/events'},
            {label: 'Events calendar (iCal)', href: 'pathname:///events.ics'},
          ],
        },
        {
          title: 'Contribute',
          items: [
            {label: 'How to contribute', to: '/contribute'},
            {label: 'Edit on GitHub', href: repository},
            {label: 'Blog RSS feed', href: 'pathname:///blog/rss.xml'},
          ],
        },
      ],
      copyright: `© ${buildDate().getUTCFullYear()} ${site.organisation}. Built with Docusaurus.`,
    },
    prism: {
      // The colours are in `codeThemes`, turned into CSS by the
      // code-highlighting plugin; inline styles would be right in one colour
      // mode only.
      theme: NO_INLINE_STYLES,
      darkTheme: NO_INLINE_STYLES,
      // prism-react-renderer already bundles yaml and json. These load with
      // the code blocks (src/plugins/code-highlighting), never on the home page.
      additionalLanguages: ['bash', 'docker', 'hcl'],
    },
    // The classic preset adds @docusaurus/theme-search-algolia when this is set.
    ...(ALGOLIA && {
      algolia: {...ALGOLIA, contextualSearch: true},
    }),
  } satisfies Preset.ThemeConfig,
};

export default config;
