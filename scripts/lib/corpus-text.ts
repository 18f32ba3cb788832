/**
 * The material the benchmark corpus is assembled from: real problems,
 * manifests and commands of the platform, so the generated pages have the
 * shape and weight of the real ones (prose, tables, YAML, shell sessions).
 * The corpus only ever lives in a temporary copy of the site.
 */

export interface Problem {
  /** The question, as an application team asks it. */
  readonly question: string;
  readonly slug: string;
  readonly summary: string;
  readonly cause: string;
  readonly fix: string;
  /** Rows of the "typical messages" table: message, cause, fix. */
  readonly messages: readonly (readonly [string, string, string])[];
  readonly codeLanguage: 'yaml' | 'bash';
  readonly code: string;
}

export interface KbTopic {
  /** The topic folder's sidebar label. */
  readonly label: string;
  /** A subtopic folder inside the topic folder, and its sidebar label. */
  readonly subtopics: readonly (readonly [string, string])[];
  readonly problems: readonly Problem[];
}

/** Where the problem showed up; multiplies the questions realistically. */
export const WORKLOADS = [
  'a Spring Boot service',
  'a Python worker',
  'a Node.js API',
  'a static frontend',
  'a nightly CronJob',
  'a gRPC service',
  'a Go service',
  'a .NET service',
  'a Kafka consumer',
  'a Rails application',
] as const;

export const CLUSTERS = [
  'the on-prem cluster',
  'the cloud cluster',
  'staging',
  'production',
  'a preview environment',
] as const;

const quotaManifest = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: orders
          image: registry.internal/orders/orders:2.14.0
          resources:
            requests:
              cpu: 250m
              memory: 384Mi
            limits:
              memory: 512Mi`;

const ingressManifest = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: orders
  annotations:
    platform.internal/tls: managed
spec:
  rules:
    - host: orders.payments.apps.example.internal
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: orders
                port:
                  name: http`;

const externalSecret = `apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: orders-database
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: vault
  target:
    name: orders-database
  data:
    - secretKey: password
      remoteRef:
        key: teams/payments/orders/database
        property: password`;

const syncCommands = `# What the controller sees for your application
platform app status orders --env production

# The objects it could not apply, with the reason
platform app events orders --env production --since 1h

# Compare what is in Git with what runs
platform app diff orders --env production`;

const logCommands = `# The last hour of logs of every pod of the application
platform logs orders --env staging --since 1h

# Only the errors, with the trace id to follow a request
platform logs orders --env staging --level error --fields trace_id,message`;

const certCommands = `# The certificate the platform issued for a host, and when it renews
platform cert show orders.payments.apps.example.internal

# The reason an issuance is stuck
platform cert events orders.payments.apps.example.internal`;

const dnsCommands = `# What the internal resolvers answer for your host
dig +short orders.payments.apps.example.internal

# The record the platform created, and from which ingress
platform dns show orders.payments.apps.example.internal`;

const envManifest = `# tenants/payments/environments.yaml in the tenants repository
environments:
  - name: staging
    cluster: onprem-2
    quota: medium
  - name: production
    cluster: cloud-eu-1
    quota: large
    approvals: [payments-leads]`;

export const KB_TOPICS: Readonly<Record<string, KbTopic>> = {
  gitops: {
    label: 'GitOps and deployments',
    subtopics: [
      ['sync', 'Syncs'],
      ['pull-requests', 'Pull requests and checks'],
      ['rollbacks', 'Rollbacks'],
      ['drift', 'Drift and manual changes'],
    ],
    problems: [
      {
        question:
          'Why is my application "OutOfSync" although the pull request is merged?',
        slug: 'out-of-sync-after-merge',
        summary:
          'The controller applies a commit as a whole; one rejected object stops the sync and the dashboard names it.',
        cause:
          'One object in the commit was rejected by the API server or an admission webhook, so nothing from that commit was applied.',
        fix: 'Fix the rejected object in a new pull request; the next commit is synced on its own once it validates.',
        messages: [
          [
            'exceeded quota: compute-resources',
            'requests exceed the namespace quota',
            'lower `resources.requests` or ask for more quota',
          ],
          [
            'unknown field "spec.template.spec.containers[0].resource"',
            'a typo in the manifest',
            'correct the field name',
          ],
        ],
        codeLanguage: 'bash',
        code: syncCommands,
      },
      {
        question: 'How do I roll back a bad release without kubectl?',
        slug: 'roll-back-a-release',
        summary:
          'Revert the merge commit in your deployment repository; the controller applies the previous state within a minute.',
        cause:
          'What runs is what Git says, so a rollback is a commit like any other.',
        fix: 'Use "Revert" on the merged pull request, merge the revert, and watch the deploy check turn green.',
        messages: [
          [
            'revert has conflicts',
            'a later commit changed the same lines',
            'revert the later commit first, or fix forward',
          ],
          [
            'sync skipped: no changes',
            'the image tag did not change',
            'pin the previous image tag explicitly',
          ],
        ],
        codeLanguage: 'bash',
        code: `git revert -m 1 <merge-commit>\ngit push origin HEAD:revert-orders-2-14\nplatform app status orders --env production --watch`,
      },
      {
        question: 'Why does my manual change disappear after a few minutes?',
        slug: 'manual-change-reverted',
        summary:
          'Self-heal is on: the controller puts back what Git says whenever the cluster drifts from it.',
        cause:
          'A change made with kubectl or the dashboard is drift, and the controller reverts drift.',
        fix: 'Make the change in Git. For an emergency, pause self-heal for the application for at most one hour.',
        messages: [
          [
            'resource modified outside of Git',
            'someone ran kubectl edit',
            'put the change in a pull request',
          ],
          [
            'self-heal paused by',
            'a pause is active',
            'resume it once the pull request is merged',
          ],
        ],
        codeLanguage: 'bash',
        code: `platform app pause-self-heal orders --env production --for 1h --reason "incident 4711"\nplatform app resume-self-heal orders --env production`,
      },
      {
        question:
          'The deploy check on my pull request stays yellow. What is it waiting for?',
        slug: 'deploy-check-pending',
        summary:
          'The check waits until every pod of the new version is ready; a failing readiness probe keeps it pending.',
        cause:
          'The new pods never become ready, usually because the readiness probe targets the wrong port or path.',
        fix: 'Check the events of the new ReplicaSet and correct the probe; the check turns green when the pods are ready.',
        messages: [
          [
            'Readiness probe failed: HTTP probe failed with statuscode: 404',
            'the probe path does not exist',
            'point the probe at the health endpoint',
          ],
          [
            'Back-off restarting failed container',
            'the process exits on start',
            'read the logs of the previous container',
          ],
        ],
        codeLanguage: 'yaml',
        code: `readinessProbe:\n  httpGet:\n    path: /health/ready\n    port: http\n  periodSeconds: 5\n  failureThreshold: 3`,
      },
    ],
  },
  certificates: {
    label: 'Certificates',
    subtopics: [
      ['issuance', 'Issuance'],
      ['renewal', 'Renewal'],
      ['trust', 'Trust and CA bundles'],
    ],
    problems: [
      {
        question: 'Why does my new host still serve the default certificate?',
        slug: 'default-certificate-served',
        summary:
          'The certificate is issued only after the DNS record resolves; until then the ingress serves the default one.',
        cause:
          'The issuer validates the host over DNS, and the record is created a minute after the ingress.',
        fix: 'Wait for the DNS record, then for the issuance; both show in the ingress events.',
        messages: [
          [
            'Waiting for DNS record to propagate',
            'the record is new',
            'wait a few minutes',
          ],
          [
            'host is not in an allowed domain',
            'the host is outside your team domain',
            'use a host under your team domain',
          ],
        ],
        codeLanguage: 'bash',
        code: certCommands,
      },
      {
        question:
          "A client says our certificate expired. The platform renews them, doesn't it?",
        slug: 'certificate-expired',
        summary:
          'It does, 30 days before expiry; a client that pins the old certificate fails after the renewal.',
        cause:
          'The client pins the leaf certificate instead of trusting the internal CA.',
        fix: 'Have the client trust the internal CA bundle, which changes once a year with notice.',
        messages: [
          [
            'certificate has expired',
            'the client pinned the old leaf',
            'trust the CA bundle instead',
          ],
          [
            'unable to get local issuer certificate',
            'the CA bundle is missing in the image',
            'install the internal CA bundle',
          ],
        ],
        codeLanguage: 'bash',
        code: `openssl s_client -connect orders.payments.apps.example.internal:443 -servername orders.payments.apps.example.internal </dev/null \\\n  | openssl x509 -noout -dates -issuer`,
      },
      {
        question: "How do I call another team's service over mutual TLS?",
        slug: 'mutual-tls-between-services',
        summary:
          'Every pod gets a workload certificate; present it and trust the internal CA.',
        cause:
          'Services inside the mesh authenticate each other with workload identities.',
        fix: 'Mount the workload certificate and configure your client to use it.',
        messages: [
          [
            'tls: certificate required',
            'the client sent no certificate',
            'mount the workload certificate',
          ],
          [
            'RBAC: access denied',
            'the other team has not allowed your workload',
            'ask them to add your service account',
          ],
        ],
        codeLanguage: 'yaml',
        code: `volumes:\n  - name: workload-cert\n    csi:\n      driver: certs.platform.internal\n      readOnly: true\ncontainers:\n  - name: orders\n    volumeMounts:\n      - name: workload-cert\n        mountPath: /var/run/certs`,
      },
    ],
  },
  dns: {
    label: 'DNS',
    subtopics: [
      ['records', 'Records'],
      ['resolution', 'Resolution'],
    ],
    problems: [
      {
        question:
          'My host does not resolve from the office network. What is missing?',
        slug: 'host-does-not-resolve',
        summary:
          'Hosts under apps.example.internal resolve on the internal resolvers only; the VPN must use them.',
        cause:
          'The client resolves through a public resolver that does not know the internal zone.',
        fix: 'Connect through the VPN profile that sets the internal resolvers, then query again.',
        messages: [
          [
            'NXDOMAIN',
            'a public resolver answered',
            'use the internal resolvers',
          ],
          [
            'SERVFAIL',
            'the record is being created',
            'wait a minute and retry',
          ],
        ],
        codeLanguage: 'bash',
        code: dnsCommands,
      },
      {
        question:
          'How do I move a host from one cluster to another without downtime?',
        slug: 'move-host-between-clusters',
        summary:
          'Create the ingress on the new cluster first; the record points to both until you remove the old one.',
        cause:
          'A host can live on two clusters at once during a move; DNS balances between them.',
        fix: 'Add the ingress on the new cluster, check traffic, then remove it from the old cluster.',
        messages: [
          [
            'host already claimed by another team',
            'the host belongs to another tenant',
            'pick a host under your domain',
          ],
          [
            'conflicting ingress on cluster',
            'two ingresses with different paths',
            'make the paths identical during the move',
          ],
        ],
        codeLanguage: 'yaml',
        code: ingressManifest,
      },
    ],
  },
  secrets: {
    label: 'Secrets',
    subtopics: [
      ['vault', 'Vault'],
      ['rotation', 'Rotation'],
      ['external-secrets', 'External secrets'],
    ],
    problems: [
      {
        question:
          'My pod starts without the database password. Why is the secret empty?',
        slug: 'secret-empty-in-pod',
        summary:
          'The ExternalSecret could not read the vault path, so the Kubernetes secret was never filled.',
        cause:
          'The vault path is wrong, or your team policy does not allow the namespace to read it.',
        fix: 'Check the ExternalSecret status, correct the path, and let it refresh.',
        messages: [
          [
            'permission denied',
            'the policy does not cover the path',
            'store secrets under `teams/<team>/`',
          ],
          [
            'secret not found',
            'a typo in remoteRef.key',
            'copy the path from the vault UI',
          ],
        ],
        codeLanguage: 'yaml',
        code: externalSecret,
      },
      {
        question:
          'How do I rotate a secret without restarting every pod by hand?',
        slug: 'rotate-without-restart',
        summary:
          'The platform restarts the pods that use a secret when its content changes.',
        cause:
          'Environment variables are read once at start, so a rotated secret needs a rollout.',
        fix: 'Rotate the value in the vault; the reloader rolls the deployment within the refresh interval.',
        messages: [
          [
            'rollout not triggered',
            'the deployment lacks the reload annotation',
            'add the annotation',
          ],
          [
            'old password still accepted',
            'the database keeps both for a grace period',
            'expected: it expires after 24 hours',
          ],
        ],
        codeLanguage: 'yaml',
        code: `metadata:\n  annotations:\n    secret.reloader.platform.internal/reload: orders-database`,
      },
    ],
  },
  quotas: {
    label: 'Quotas and namespaces',
    subtopics: [
      ['requests', 'Requests and limits'],
      ['namespaces', 'Namespaces'],
    ],
    problems: [
      {
        question: 'Why are my pods Pending with "exceeded quota"?',
        slug: 'pods-pending-exceeded-quota',
        summary:
          'The namespace quota counts requests, not usage; the new pods would push it over.',
        cause:
          'During a rolling update old and new pods run side by side and both count.',
        fix: 'Lower the requests to what the service uses, or ask for a larger quota by pull request.',
        messages: [
          [
            'exceeded quota: compute-resources, requested: requests.cpu=500m',
            'the rollout needs room for surge pods',
            'set maxSurge to 1 or lower requests',
          ],
          [
            'must specify requests.memory',
            'a container has no requests',
            'set requests on every container',
          ],
        ],
        codeLanguage: 'yaml',
        code: quotaManifest,
      },
      {
        question: 'How do I get a new namespace for a second service?',
        slug: 'new-namespace',
        summary:
          'Namespaces are self-service: a pull request to the tenants repository creates it within minutes.',
        cause:
          'Every namespace belongs to a tenant and inherits its quota and policies.',
        fix: 'Add the namespace to your tenant file and merge; the pipeline creates it.',
        messages: [
          [
            'tenant quota exhausted',
            'the sum of namespace quotas exceeds the tenant quota',
            'move quota between namespaces',
          ],
          [
            'name not allowed',
            'namespaces start with the team name',
            'rename it to `<team>-<service>`',
          ],
        ],
        codeLanguage: 'yaml',
        code: `# tenants/payments/namespaces.yaml\nnamespaces:\n  - name: payments-orders\n    quota: medium\n  - name: payments-refunds\n    quota: small`,
      },
    ],
  },
  observability: {
    label: 'Logs, metrics and traces',
    subtopics: [
      ['logs', 'Logs'],
      ['metrics', 'Metrics and alerts'],
      ['traces', 'Traces'],
    ],
    problems: [
      {
        question: 'Where do I find the logs of a pod that was restarted?',
        slug: 'logs-of-restarted-pod',
        summary:
          'Every container log is kept for 14 days in the log store, including those of deleted pods.',
        cause:
          'kubectl shows only the running container; the log store keeps everything.',
        fix: 'Query the log store by application and time range from the CLI or the dashboard.',
        messages: [
          [
            'no logs found',
            'the time range is in UTC',
            'widen the range or pass --tz',
          ],
          [
            'log line truncated',
            'lines over 16 KiB are cut',
            'log structured and shorter',
          ],
        ],
        codeLanguage: 'bash',
        code: logCommands,
      },
      {
        question: 'How do I get alerted when my error rate rises?',
        slug: 'alert-on-error-rate',
        summary:
          'Declare an alert rule beside your manifests; it routes to your team channel.',
        cause:
          'Alert rules are namespaced resources that the platform picks up from Git.',
        fix: 'Add a PrometheusRule with your threshold and the team label.',
        messages: [
          [
            'rule rejected: missing team label',
            'alerts must name a team',
            'add labels.team',
          ],
          [
            'no data',
            'the metric name is wrong',
            'check the metric in the explorer',
          ],
        ],
        codeLanguage: 'yaml',
        code: `apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: orders-errors\nspec:\n  groups:\n    - name: orders\n      rules:\n        - alert: OrdersErrorRate\n          expr: sum(rate(http_requests_total{app="orders",code=~"5.."}[5m])) / sum(rate(http_requests_total{app="orders"}[5m])) > 0.02\n          for: 10m\n          labels:\n            team: payments`,
      },
    ],
  },
  environments: {
    label: 'Environments',
    subtopics: [
      ['staging', 'Staging'],
      ['production', 'Production'],
      ['previews', 'Preview environments'],
    ],
    problems: [
      {
        question: 'How do I promote a release from staging to production?',
        slug: 'promote-to-production',
        summary:
          'Promotion is a pull request that copies the image tag from the staging overlay to production.',
        cause: 'Each environment is an overlay in the deployment repository.',
        fix: 'Open the promotion pull request; production needs an approval from your team leads.',
        messages: [
          [
            'approval required',
            'production is protected',
            'ask a lead to approve',
          ],
          [
            'image not scanned',
            'the image was pushed without a scan',
            'rebuild it through the pipeline',
          ],
        ],
        codeLanguage: 'yaml',
        code: envManifest,
      },
      {
        question: 'Why was my preview environment deleted?',
        slug: 'preview-environment-deleted',
        summary:
          'Preview environments live as long as their pull request, and at most seven days.',
        cause:
          'The pull request was closed, or the environment reached its time limit.',
        fix: 'Reopen the pull request or push a commit; the environment is recreated.',
        messages: [
          [
            'environment expired',
            'seven days passed',
            'push a commit to renew it',
          ],
          [
            'no capacity for previews',
            'the preview cluster is full',
            'close the previews you no longer use',
          ],
        ],
        codeLanguage: 'bash',
        code: `platform env list --team payments --kind preview\nplatform env extend pr-1842 --team payments --days 3`,
      },
    ],
  },
};

/** Sections of the handbook, with the pages each one has. */
export const DOCS_SECTIONS: readonly {
  readonly dir: string;
  readonly label: string;
  readonly tag: string;
  readonly subjects: readonly string[];
}[] = [
  {
    dir: 'getting-started',
    label: 'Getting started',
    tag: 'golden-path',
    subjects: [
      'your first deployment',
      'the deployment repository',
      'the platform CLI',
      'environments',
      'the workshop cluster',
    ],
  },
  {
    dir: 'deploying',
    label: 'Deploying',
    tag: 'gitops',
    subjects: [
      'GitOps syncs',
      'rolling updates',
      'rollbacks',
      'health checks',
      'jobs and CronJobs',
      'promotion',
    ],
  },
  {
    dir: 'networking',
    label: 'Networking',
    tag: 'networking',
    subjects: [
      'ingress',
      'host names',
      'DNS records',
      'egress',
      'network policies',
      'gRPC',
    ],
  },
  {
    dir: 'security',
    label: 'Security',
    tag: 'security',
    subjects: [
      'certificates',
      'secrets',
      'workload identity',
      'image signing',
      'access to namespaces',
    ],
  },
  {
    dir: 'operations',
    label: 'Operations',
    tag: 'golden-path',
    subjects: ['logs', 'metrics', 'alerts', 'traces', 'quotas', 'autoscaling'],
  },
  {
    dir: 'migration',
    label: 'Migration',
    tag: 'migration',
    subjects: [
      'virtual machines',
      'Heroku-style apps',
      'batch jobs',
      'databases',
      'legacy ingress',
    ],
  },
];

export const DOCS_MANIFESTS: readonly string[] = [
  quotaManifest,
  ingressManifest,
  externalSecret,
  envManifest,
];

/** Blog post themes: events, deep dives and release notes. */
export const BLOG_THEMES: readonly {
  readonly kind: string;
  readonly tags: readonly string[];
  readonly title: (subject: string) => string;
  readonly lead: (subject: string) => string;
}[] = [
  {
    kind: 'workshop',
    tags: ['workshop', 'events'],
    title: (subject) => `Workshop: ${subject} in one hour`,
    lead: (subject) =>
      `Next month's workshop is about ${subject}: bring a laptop with the platform CLI and leave with a working setup on the workshop cluster.`,
  },
  {
    kind: 'deep dive',
    tags: ['deep-dive'],
    title: (subject) => `How ${subject} works on the platform`,
    lead: (subject) =>
      `This post walks through ${subject} from the pull request to the running pod, and shows where to look when it does not do what you expect.`,
  },
  {
    kind: 'release',
    tags: ['release'],
    title: (subject) => `What changes for ${subject} in the next release`,
    lead: (subject) =>
      `The next platform release changes ${subject}. Most teams need to do nothing; this post lists who does, and how.`,
  },
  {
    kind: 'community',
    tags: ['community', 'events'],
    title: (subject) => `Open office hours: ${subject}`,
    lead: (subject) =>
      `Application teams asked us about ${subject} more than anything else this quarter, so the next office hours are about it.`,
  },
];
