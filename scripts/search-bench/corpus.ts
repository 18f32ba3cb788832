/**
 * A synthetic corpus for the search benchmark: thousands of pages shaped like
 * this site's (knowledge-base answers, docs in three versions, blog posts),
 * with headings, paragraphs, tables and code, and the same search markup the
 * theme wrappers write (data-pagefind-body and the search:* meta tags). It is
 * written straight to HTML, without a Docusaurus build, and is the same for
 * the same seed.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';

import {
  indexMetaAttributes,
  type IndexedPageMetadata,
} from '../../src/lib/search/markup';
import {random} from '../../src/lib/random';

export interface CorpusOptions {
  /** Total pages; split 80 % knowledge base, 15 % docs (over three versions), 5 % blog. */
  readonly pages: number;
  readonly seed?: number;
}

export interface CorpusPage {
  readonly path: string;
  readonly title: string;
  readonly metadata: IndexedPageMetadata;
}

/** Where the corpus lives inside a site, so it never collides with real pages. */
export const CORPUS_SEGMENT = 'bench';

const TOPICS = [
  {
    name: 'ingress',
    resource: 'Ingress',
    symptom: 'returns 502 Bad Gateway',
    ask: 'return 502 Bad Gateway',
    field: 'spec.rules[0].host',
  },
  {
    name: 'certificates',
    resource: 'Certificate',
    symptom: 'stays in the Pending state',
    ask: 'stay in the Pending state',
    field: 'spec.dnsNames',
  },
  {
    name: 'dns',
    resource: 'DNS record',
    symptom: 'does not resolve from the office network',
    ask: 'not resolve from the office network',
    field: 'metadata.annotations',
  },
  {
    name: 'secrets',
    resource: 'ExternalSecret',
    symptom: 'never syncs the new value',
    ask: 'never sync the new value',
    field: 'spec.refreshInterval',
  },
  {
    name: 'quotas',
    resource: 'ResourceQuota',
    symptom: 'rejects new pods',
    ask: 'reject new pods',
    field: 'spec.hard.requests.cpu',
  },
  {
    name: 'gitops',
    resource: 'Application',
    symptom: 'is OutOfSync after a merge',
    ask: 'stay OutOfSync after a merge',
    field: 'spec.source.targetRevision',
  },
  {
    name: 'autoscaling',
    resource: 'HorizontalPodAutoscaler',
    symptom: 'never scales above two replicas',
    ask: 'never scale above two replicas',
    field: 'spec.maxReplicas',
  },
  {
    name: 'storage',
    resource: 'PersistentVolumeClaim',
    symptom: 'is stuck in Pending',
    ask: 'stay stuck in Pending',
    field: 'spec.storageClassName',
  },
  {
    name: 'networking',
    resource: 'NetworkPolicy',
    symptom: 'blocks traffic from the monitoring namespace',
    ask: 'block traffic from the monitoring namespace',
    field: 'spec.ingress[0].from',
  },
  {
    name: 'logging',
    resource: 'log pipeline',
    symptom: 'drops multi-line stack traces',
    ask: 'drop multi-line stack traces',
    field: 'spec.parser',
  },
  {
    name: 'metrics',
    resource: 'ServiceMonitor',
    symptom: 'shows no targets',
    ask: 'show no targets',
    field: 'spec.selector.matchLabels',
  },
  {
    name: 'alerting',
    resource: 'PrometheusRule',
    symptom: 'fires for every deployment',
    ask: 'fire for every deployment',
    field: 'spec.groups[0].rules',
  },
  {
    name: 'cronjobs',
    resource: 'CronJob',
    symptom: 'runs twice at midnight',
    ask: 'run twice at midnight',
    field: 'spec.concurrencyPolicy',
  },
  {
    name: 'registry',
    resource: 'image pull',
    symptom: 'fails with unauthorized',
    ask: 'fail with unauthorized',
    field: 'spec.imagePullSecrets',
  },
  {
    name: 'rbac',
    resource: 'RoleBinding',
    symptom: 'does not give the team access',
    ask: 'not give the team access',
    field: 'subjects[0].name',
  },
  {
    name: 'probes',
    resource: 'readiness probe',
    symptom: 'restarts the pod during start-up',
    ask: 'restart the pod during start-up',
    field: 'spec.containers[0].startupProbe',
  },
] as const;

const ADJECTIVES = [
  'billing',
  'orders',
  'payments',
  'search',
  'catalog',
  'shipping',
  'invoices',
  'customer',
  'inventory',
  'pricing',
  'routing',
  'tracking',
  'returns',
  'loyalty',
  'fleet',
  'warehouse',
  'dispatch',
  'labels',
  'customs',
  'freight',
];
const NOUNS = [
  'api',
  'worker',
  'gateway',
  'frontend',
  'scheduler',
  'importer',
  'exporter',
  'service',
  'sync',
  'reporter',
  'webhook',
  'consumer',
];
const TEAMS = [
  'atlas',
  'borealis',
  'cobalt',
  'delta',
  'ember',
  'falcon',
  'granite',
  'harbor',
  'indigo',
  'juniper',
  'kestrel',
  'lumen',
  'meridian',
  'nimbus',
  'onyx',
  'polaris',
];
const CLUSTERS = [
  'prod-eu-1',
  'prod-eu-2',
  'prod-us-1',
  'staging-eu-1',
  'onprem-cph-1',
  'onprem-cph-2',
];
const VERBS = [
  'check',
  'compare',
  'open',
  'inspect',
  'restart',
  'raise',
  'lower',
  'rename',
  'pin',
  'remove',
  'add',
  'verify',
];
const CAUSES = [
  'the controller validates the manifest before it applies anything',
  'the admission webhook enforces the platform policy for every namespace',
  'the quota counts requests, not limits, of every container in the namespace',
  'the certificate issuer needs the DNS record to exist before it can answer the challenge',
  'the sync waits for the previous rollout to become healthy',
  'the secret store caches values for the refresh interval',
  'the network policy denies all traffic that no rule allows',
  'the autoscaler reads the metric from the metrics adapter, which lags by a minute',
  'the registry mirror only serves images that the scanner has approved',
  'the probe runs before the application has opened its port',
];
const OUTCOMES = [
  'the next sync applies the change within a minute',
  'the pull request shows a green deploy check again',
  'the dashboard shows the application as Healthy and Synced',
  'the alert resolves on its own after the next evaluation',
  'the pods start and pass their readiness probes',
  'the certificate is issued and renewed from then on',
];

export function generateCorpus(
  options: CorpusOptions,
): Array<CorpusPage & {html: string}> {
  const next = random(options.seed ?? 20261102);
  const pick = <T>(items: readonly T[]): T =>
    items[Math.floor(next() * items.length)]!;
  const int = (min: number, max: number) =>
    min + Math.floor(next() * (max - min + 1));
  const service = () => `${pick(ADJECTIVES)}-${pick(NOUNS)}`;
  const errorCode = () => `E${int(1000, 9999)}`;

  const sentence = (topic: (typeof TOPICS)[number]): string =>
    pick([
      () =>
        `When the ${topic.resource} of ${service()} ${topic.symptom}, ${pick(CAUSES)}.`,
      () =>
        `${capitalise(pick(VERBS))} \`${topic.field}\` in the manifest of ${service()} in the ${pick(TEAMS)} team's deployment repository.`,
      () =>
        `On ${pick(CLUSTERS)} the controller reports ${errorCode()} for ${service()} until ${pick(OUTCOMES)}.`,
      () =>
        `Teams on the ${pick(TEAMS)} and ${pick(TEAMS)} squads saw this after upgrading to platform version ${int(2024, 2026)}.${int(1, 4)}; ${pick(CAUSES)}.`,
      () =>
        `Once fixed in Git, ${pick(OUTCOMES)}, and nobody needs to run kubectl by hand.`,
      () =>
        `Ask in the support channel with the namespace ${pick(TEAMS)}-${pick(['dev', 'test', 'prod'])} and the error ${errorCode()} if ${pick(OUTCOMES).replace(/^the /, 'the ')} does not happen.`,
    ])();

  const paragraph = (topic: (typeof TOPICS)[number]) =>
    `<p>${Array.from({length: int(2, 5)}, () => sentence(topic)).join(' ')}</p>`;

  const codeBlock = (topic: (typeof TOPICS)[number]) => {
    const name = service();
    return `<div data-pagefind-weight="0.5"><pre><code>apiVersion: platform.example/v1
kind: ${topic.resource.replace(/\s+/g, '')}
metadata:
  name: ${name}
  namespace: ${pick(TEAMS)}-prod
spec:
  # ${topic.field}
  replicas: ${int(1, 6)}
  cluster: ${pick(CLUSTERS)}
</code></pre></div>`;
  };

  const table = (topic: (typeof TOPICS)[number]) =>
    `<table><thead><tr><th>message</th><th>cause</th><th>fix</th></tr></thead><tbody>${Array.from(
      {length: int(2, 4)},
      () =>
        `<tr><td><code>${errorCode()}: ${topic.resource} ${topic.symptom}</code></td><td>${pick(CAUSES)}</td><td>${pick(VERBS)} <code>${topic.field}</code></td></tr>`,
    ).join('')}</tbody></table>`;

  const section = (
    heading: string,
    topic: (typeof TOPICS)[number],
    index: number,
  ) => {
    const id = `${slug(heading)}-${index}`;
    const parts = [`<h2 id="${id}">${escape(heading)}</h2>`, paragraph(topic)];
    if (next() < 0.5) parts.push(paragraph(topic));
    if (next() < 0.35) parts.push(codeBlock(topic));
    if (next() < 0.2) parts.push(table(topic));
    if (next() < 0.3) {
      parts.push(
        `<h3 id="${id}-check">Check that it worked</h3>`,
        paragraph(topic),
      );
    }
    return parts.join('\n');
  };

  const pages: Array<CorpusPage & {html: string}> = [];
  const add = (
    path: string,
    title: string,
    metadata: IndexedPageMetadata,
    topic: (typeof TOPICS)[number],
  ) => {
    const headings = [
      'Symptoms',
      'Why it happens',
      'Fix it',
      'Prevent it',
      'Related settings',
    ];
    const body = [
      `<h1>${escape(title)}</h1>`,
      paragraph(topic),
      ...headings
        .slice(0, int(2, headings.length))
        .map((heading, index) => section(heading, topic, index)),
    ].join('\n');
    pages.push({path, title, metadata, html: page(title, metadata, body)});
  };

  const kbCount = Math.round(options.pages * 0.8);
  const docsPerVersion = Math.round((options.pages * 0.15) / 3);
  const blogCount = options.pages - kbCount - docsPerVersion * 3;

  for (let i = 0; i < kbCount; i += 1) {
    const topic = pick(TOPICS);
    const title = pick([
      `Why does the ${topic.resource} of ${service()} ${topic.ask}?`,
      `How do I ${pick(VERBS)} ${topic.field} for ${service()}?`,
      `${capitalise(topic.resource)} ${topic.symptom} on ${pick(CLUSTERS)}`,
    ]);
    add(
      `/kb/${CORPUS_SEGMENT}/${topic.name}/${slug(title)}-${i}/`,
      title,
      {section: 'kb', tag: 'docs-kb-current'},
      topic,
    );
  }
  const versions = [
    {name: '2026.1', label: '2026.1', path: '/docs'},
    {name: '2025.2', label: '2025.2', path: '/docs/2025.2'},
    {name: 'current', label: 'Next', path: '/docs/next'},
  ];
  for (let i = 0; i < docsPerVersion; i += 1) {
    const topic = TOPICS[i % TOPICS.length]!;
    const title = `${capitalise(topic.name)}: ${pick(['configure', 'operate', 'troubleshoot', 'migrate'])} ${topic.resource} (${i + 1})`;
    for (const version of versions) {
      add(
        `${version.path}/${CORPUS_SEGMENT}/${slug(title)}/`,
        title,
        {
          section: 'docs',
          tag: `docs-default-${version.name}`,
          versionLabel: version.label,
        },
        topic,
      );
    }
  }
  for (let i = 0; i < blogCount; i += 1) {
    const topic = pick(TOPICS);
    const title = `${pick(['Deep dive', 'Workshop recap', 'Release notes', 'Event'])}: ${topic.resource} at ${pick(TEAMS)} (${i + 1})`;
    add(
      `/blog/${CORPUS_SEGMENT}-${slug(title)}/`,
      title,
      {section: 'blog', tag: 'default'},
      topic,
    );
  }
  return pages;
}

/** Writes the corpus into a site folder as `<path>/index.html` files, as Docusaurus does with trailingSlash: true. */
export async function writeCorpus(
  siteDir: string,
  options: CorpusOptions,
): Promise<CorpusPage[]> {
  const pages = generateCorpus(options);
  for (const {html, ...page} of pages) {
    const file = join(siteDir, page.path.slice(1), 'index.html');
    await mkdir(dirname(file), {recursive: true});
    await writeFile(file, html);
  }
  return pages.map(({html: _html, ...page}) => page);
}

function page(
  title: string,
  metadata: IndexedPageMetadata,
  body: string,
): string {
  const meta = indexMetaAttributes(metadata)
    .map(
      (attributes) =>
        `<meta ${Object.entries(attributes)
          .map(([key, value]) => `${key}="${escape(value)}"`)
          .join(' ')}>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(title)} | Baseplate</title>
${meta}
</head>
<body>
<nav class="navbar"><a href="/">Baseplate</a> <a href="/docs">Docs</a> <a href="/kb">Knowledge base</a> <a href="/blog">Blog</a> <a href="/support">Support</a></nav>
<main><article>
<div data-pagefind-body>
${body}
</div>
</article></main>
<footer>Use the platform · Get help · Contribute · © Northwind Logistics</footer>
</body>
</html>
`;
}

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
