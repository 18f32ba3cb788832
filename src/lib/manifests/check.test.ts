/**
 * One failing case per rule, a passing page, and the fence metas. The
 * models are the real ones of `next` and 2025.2 (docs/platform.yaml,
 * versioned_docs/version-2025.2/platform.yaml): a rule is only as good as
 * the names the handbook gives it.
 */
import {join} from 'node:path';

import {describe, expect, it} from 'vitest';

import {checkManifests, parseFence, type Problem} from './check';
import {readModels} from './read';

const SITE_DIR = join(__dirname, '..', '..', '..');
const models = readModels(SITE_DIR);

const HOST = 'tracker.parcels.apps.cph-prod.k8s.northwind.example';
const IMAGE = 'registry.northwind.example/parcels/tracker:1.14.2';

/** A knowledge-base answer applying to `versions`, holding one fence. */
function answer(yaml: string, meta = '', versions = "['next']"): string {
  return [
    '---',
    'title: A question',
    `applies_to: ${versions}`,
    '---',
    '',
    'Some text.',
    '',
    `\`\`\`yaml${meta ? ` ${meta}` : ''}`,
    yaml.trim(),
    '```',
    '',
  ].join('\n');
}

async function problems(
  yaml: string,
  meta = '',
  versions = "['next']",
): Promise<Problem[]> {
  const result = await checkManifests(
    [{file: 'kb/topic/answer.md', source: answer(yaml, meta, versions)}],
    models,
  );
  return [...result.problems];
}

async function rules(
  yaml: string,
  meta = '',
  versions = "['next']",
): Promise<string[]> {
  return (await problems(yaml, meta, versions)).map((p) => p.rule);
}

const DEPLOYMENT = `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: tracker
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: tracker
  template:
    metadata:
      labels:
        app.kubernetes.io/name: tracker
    spec:
      securityContext:
        runAsNonRoot: true
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: tracker
          image: ${IMAGE}
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
          resources:
            requests:
              cpu: 100m
              memory: 256Mi
            limits:
              memory: 256Mi
`;

const ROUTE = `
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: tracker
spec:
  parentRefs:
    - name: parcels
      namespace: gateway-system
      sectionName: https
  hostnames:
    - ${HOST}
  rules:
    - backendRefs:
        - name: tracker
          port: 80
`;

const EXTERNAL_SECRET = `
apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata:
  name: tracker-db
spec:
  secretStoreRef:
    kind: ClusterSecretStore
    name: vault-parcels
  target:
    name: tracker-db
  data:
    - secretKey: DB_USER
      remoteRef:
        key: teams/parcels/tracker/db
        property: username
`;

describe('the models', () => {
  it('exist for next and every released version', () => {
    expect([...models.keys()].sort()).toEqual(['2025.2', '2026.1', 'next']);
  });
});

describe('a page that follows every rule', () => {
  it('passes', async () => {
    const page = [
      '---',
      "applies_to: ['next']",
      '---',
      '',
      '```yaml title="services/tracker/base/all.yaml"',
      [DEPLOYMENT, ROUTE, EXTERNAL_SECRET].map((y) => y.trim()).join('\n---\n'),
      '```',
      '',
      '```yaml title="services/tracker/envs/dev/route-host.yaml" fragment',
      '- op: replace',
      '  path: /spec/hostnames/0',
      '  value: tracker-dev.parcels.apps.cph-nonprod.k8s.northwind.example',
      '```',
      '',
      '```yaml title="services/tracker/envs/dev/kustomization.yaml"',
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'resources:',
      '  - ../../base',
      'patches:',
      '  - path: route-host.yaml',
      '    target:',
      '      kind: HTTPRoute',
      '      name: tracker',
      '```',
    ].join('\n');
    const result = await checkManifests(
      [{file: 'kb/topic/answer.md', source: page}],
      models,
    );
    expect(result.problems).toEqual([]);
    expect(result.summary.byKind).toEqual({
      Deployment: 1,
      HTTPRoute: 1,
      ExternalSecret: 1,
      Kustomization: 1,
    });
  });
});

describe('model rules', () => {
  it('host: a domain the version does not have', async () => {
    const found = await problems(
      ROUTE.replace(HOST, 'orders.checkout.apps.eu1.platform.example'),
    );
    expect(found.map((p) => p.rule)).toEqual(['host']);
    expect(found[0]).toMatchObject({
      file: 'kb/topic/answer.md',
      line: 19,
      object: 'HTTPRoute tracker',
      field: 'spec.hostnames[0]',
      versions: ['next'],
    });
    expect(found[0]?.fix).toContain('cph-prod.k8s.northwind.example');
  });

  it('registry: an image from another registry', async () => {
    const found = await problems(
      DEPLOYMENT.replace(
        IMAGE,
        'registry.platform.example/checkout/orders:2.14.0',
      ),
    );
    expect(found.map((p) => p.rule)).toEqual(['registry']);
    expect(found[0]?.field).toBe('spec.template.spec.containers[0].image');
  });

  it('secret-store: a store that does not exist', async () => {
    expect(
      await rules(EXTERNAL_SECRET.replace('vault-parcels', 'vault')),
    ).toEqual(['secret-store']);
  });

  it('secret-store: a key outside the store team path', async () => {
    const found = await problems(
      EXTERNAL_SECRET.replace('teams/parcels/tracker/db', 'teams/billing/db'),
    );
    expect(found.map((p) => p.message).join()).toContain('permission denied');
  });

  it('gateway: a shared Gateway with a listener per team', async () => {
    const found = await problems(
      ROUTE.replace('namespace: gateway-system', 'namespace: platform-gateway')
        .replace('name: parcels', 'name: platform')
        .replace('sectionName: https', 'sectionName: parcels-https'),
    );
    expect(found.map((p) => p.rule)).toEqual(['gateway', 'gateway', 'gateway']);
    expect(found.map((p) => p.message).join('\n')).toContain(
      'NotAllowedByListeners',
    );
  });

  // letsencrypt-prod was retired in 2026.1; 2025.2 still had it.
  const RETIRED_ISSUER = `
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: tracker-grpc
spec:
  secretName: tracker-grpc-tls
  dnsNames: [${HOST}]
  issuerRef:
    kind: ClusterIssuer
    name: letsencrypt-prod
`;

  it('issuer: an issuer the version no longer has', async () => {
    const found = await problems(RETIRED_ISSUER);
    expect(found.map((p) => p.rule)).toEqual(['issuer']);
    expect(await rules(RETIRED_ISSUER, '', "['2025.2']")).toEqual([]);
  });

  it('ingress-class: a class the version does not have', async () => {
    const ingress = `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: tracker
  annotations:
    cert-manager.io/cluster-issuer: platform-acme
spec:
  ingressClassName: nginx-internal
  rules:
    - host: ${HOST}
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: tracker
                port:
                  name: http
`;
    expect(await rules(ingress, '', "['2025.2']")).toEqual(['ingress-class']);
    expect(
      await rules(ingress.replace('nginx-internal', 'nginx'), '', "['2025.2']"),
    ).toEqual([]);
    expect(
      await rules(ingress.replace('nginx-internal', 'nginx-public')),
    ).toEqual(['ingress-class']);
  });

  it('host and class: a host of another team, a public class outside prod', async () => {
    const ingress = `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: tracker
  namespace: NAMESPACE
spec:
  ingressClassName: nginx-public
  rules:
    - host: tracker.parcels.apps.euw-prod.k8s.northwind.example
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: tracker
                port:
                  name: http
`;
    expect(await rules(ingress.replace('NAMESPACE', 'parcels-prod'))).toEqual(
      [],
    );
    expect(await rules(ingress.replace('NAMESPACE', 'parcels-dev'))).toEqual([
      'ingress-class',
    ]);
    expect(await rules(ingress.replace('NAMESPACE', 'billing-prod'))).toEqual([
      'host',
    ]);
  });

  it('kind: a kind the AppProject does not allow, unless declared platform', async () => {
    const namespace = `
apiVersion: v1
kind: Namespace
metadata:
  name: parcels-prod
  labels:
    baseplate.northwind.example/team: parcels
    baseplate.northwind.example/environment: prod
    pod-security.kubernetes.io/enforce: restricted
`;
    const found = await problems(namespace);
    expect(found.map((p) => p.rule)).toEqual(['kind']);
    expect(found[0]?.message).toContain(
      'resource :Namespace is not permitted in project',
    );
    expect(await rules(namespace, 'platform')).toEqual([]);
  });

  it('label: a namespace without the platform labels', async () => {
    const found = await problems(
      `
apiVersion: v1
kind: Namespace
metadata:
  name: checkout-prod
  labels:
    platform.example/tenant: checkout
`,
      'platform',
    );
    expect(found.map((p) => p.rule)).toEqual(['label', 'label', 'label']);
    expect(found.map((p) => p.fix).join()).toContain(
      'baseplate.northwind.example/team',
    );
  });

  it('quota: a quota object the platform does not create', async () => {
    const found = await problems(
      `
apiVersion: v1
kind: ResourceQuota
metadata:
  name: compute-resources
  namespace: parcels-prod
spec:
  hard:
    requests.cpu: "16"
    pods: "50"
`,
      'platform',
    );
    expect(found.map((p) => [p.rule, p.field])).toEqual([
      ['quota', 'metadata.name'],
      ['quota', 'spec.hard.pods'],
    ]);
  });

  it('storage-class: a class the platform does not have', async () => {
    const claim = `
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: gp3
  resources:
    requests:
      storage: 10Gi
`;
    expect(await rules(claim)).toEqual(['storage-class']);
    expect(await rules(claim.replace('gp3', 'fast'))).toEqual([]);
  });

  it('api: a kind the version no longer serves', async () => {
    const found = await problems(`
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: tracker-db
spec:
  encryptedData:
    DB_USER: AgBy3i4OJSWK
`);
    expect(found.map((p) => p.rule)).toEqual(['api']);
    expect(found[0]?.message).toContain('no matches for kind "SealedSecret"');
  });

  it('security-context and resources: a pod template the admission refuses', async () => {
    const found = await problems(`
apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: ${IMAGE}
`);
    expect(found.map((p) => p.rule)).toEqual([
      'security-context',
      'security-context',
      'security-context',
      'security-context',
      'resources',
      'resources',
      'resources',
    ]);
  });
});

describe('schema rules', () => {
  it('a string where the schema wants a number', async () => {
    const found = await problems(
      DEPLOYMENT.replace('replicas: 2', 'replicas: "2"'),
    );
    expect(found).toMatchObject([
      {rule: 'schema', field: 'spec.replicas', line: 14},
    ]);
    expect(found[0]?.fix).toBe('write a number without quotes');
  });

  it('a missing required field', async () => {
    const found = await problems(
      DEPLOYMENT.replace(
        /\n {2}selector:\n {4}matchLabels:\n {6}app.kubernetes.io\/name: tracker/,
        '',
      ),
    );
    expect(found).toMatchObject([{rule: 'schema', field: 'spec.selector'}]);
  });

  it('an unknown kind', async () => {
    const found = await problems(`
apiVersion: tenants.platform.example/v1
kind: Tenant
metadata:
  name: checkout
spec: {}
`);
    expect(found.map((p) => p.rule).sort()).toEqual(['api', 'unknown-kind']);
    expect(
      await rules(DEPLOYMENT.replace('kind: Deployment', 'kind: Deploymnet')),
    ).toContain('unknown-kind');
  });

  it('schema only for a blog post without applies_to', async () => {
    const source = answer(
      DEPLOYMENT.replace(IMAGE, 'nginx:1.27').replace(
        'replicas: 2',
        'replicas: two',
      ),
    ).replace("applies_to: ['next']\n", '');
    const result = await checkManifests(
      [{file: 'blog/post.md', source}],
      models,
    );
    expect(result.problems.map((p) => p.rule)).toEqual(['schema']);
    expect(result.summary.byVersion).toEqual({none: 1});
  });
});

describe('kustomization rules', () => {
  it('an unknown or misspelt field', async () => {
    const found = await problems(`
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources: [../../base]
patchesJson:
  - path: route-host.yaml
`);
    expect(found).toMatchObject([
      {rule: 'kustomize-field', field: 'patchesJson'},
    ]);
    expect(found[0]?.message).toContain('json: unknown field "patchesJson"');
  });

  it('a JSON 6902 patch file without a target', async () => {
    const page = [
      '```yaml title="envs/dev/route-host.yaml" fragment',
      '- op: replace',
      '  path: /spec/hostnames/0',
      '  value: tracker-dev.parcels.apps.cph-nonprod.k8s.northwind.example',
      '```',
      '',
      '```yaml title="envs/dev/kustomization.yaml"',
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'resources: [../../base]',
      'patches:',
      '  - path: route-host.yaml',
      '```',
    ].join('\n');
    const result = await checkManifests(
      [{file: 'docs/page.md', source: page}],
      models,
    );
    expect(result.problems).toMatchObject([
      {rule: 'kustomize-patch-target', line: 12, field: 'patches[0]'},
    ]);
  });
});

describe('fence metas', () => {
  it('parse', () => {
    expect(parseFence('title="a/b.yaml" fragment fails="no matches"')).toEqual({
      title: 'a/b.yaml',
      fragment: true,
      plain: false,
      platform: false,
      fails: 'no matches',
      unknown: [],
    });
    expect(parseFence('fragmnet').unknown).toEqual(['fragmnet']);
  });

  it('a block that is not a whole object must be declared', async () => {
    expect(await rules('envFrom:\n  - secretRef:\n      name: db\n')).toEqual([
      'fence',
    ]);
    expect(
      await rules('envFrom:\n  - secretRef:\n      name: db\n', 'fragment'),
    ).toEqual([]);
  });

  it('a fragment still has its names checked, and a 6902 list its values', async () => {
    expect(
      await rules('image: registry.platform.example/a:1\n', 'fragment'),
    ).toEqual(['registry']);
    expect(
      await rules(
        '- op: replace\n  path: /spec/rules/0/host\n  value: a.b.apps.eu1.platform.example\n',
        'fragment',
      ),
    ).toEqual(['host']);
  });

  it('plain YAML is parsed only', async () => {
    expect(await rules('replicaCount: 3\nimage: nginx\n', 'plain')).toEqual([]);
    expect(await rules('args: [--port, 8080\n', 'plain')).toEqual(['yaml']);
  });

  it('a counter-example passes when it fails as declared', async () => {
    expect(
      await rules(
        EXTERNAL_SECRET.replace('vault-parcels', 'vault'),
        'fails="NotAllowedByListeners"',
      ),
    ).toEqual(['counter-example']);
    expect(
      await rules(
        EXTERNAL_SECRET.replace('vault-parcels', 'vault'),
        'fails="does not exist"',
      ),
    ).toEqual([]);
  });

  it('a counter-example that does not fail as declared is a problem', async () => {
    const found = await problems(DEPLOYMENT, 'fails="runAsNonRoot != true"');
    expect(found).toMatchObject([{rule: 'counter-example', line: 8}]);
    expect(found[0]?.message).toContain('finds nothing wrong');
  });

  it('an unknown version in applies_to', async () => {
    expect(await rules(ROUTE, '', "['2024.1']")).toEqual(['version']);
  });
});
