/**
 * The platform model of one handbook version (`docs/platform.yaml`,
 * `versioned_docs/version-X/platform.yaml`): what a page of that version may
 * name in a manifest. Parsed and validated here; a mistake names the file, the
 * field and the fix, like the other data files of the site.
 */
import {parse as parseYaml} from 'yaml';
import * as z from 'zod';

/** Where the model of a version lives, relative to the site directory. */
export function modelFile(version: string): string {
  return version === 'next'
    ? 'docs/platform.yaml'
    : `versioned_docs/version-${version}/platform.yaml`;
}

const name = z
  .string({error: 'must be text'})
  .regex(/^[a-z0-9<>]([a-z0-9<>.-]*[a-z0-9>])?$/, {
    error:
      'must be a Kubernetes name: lower-case letters, digits, dashes and dots (placeholders such as <team> allowed)',
  });
const text = z.string({error: 'must be text'}).min(1, 'must not be empty');
const apiVersion = z
  .string({error: 'must be text'})
  .regex(/^([a-z0-9.-]+\/)?v[0-9]+((alpha|beta)[0-9]+)?$/, {
    error:
      'must be an API version such as "apps/v1", "cert-manager.io/v1" or "v1"',
  });
const domain = z
  .string({error: 'must be text'})
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, {
    error:
      'must be a DNS domain without a scheme or dot at the end, e.g. "cph-prod.k8s.northwind.example"',
  });

const exposure = z.enum(['internal', 'public'], {
  error: 'must be "internal" or "public"',
});

const cluster = z.strictObject({
  name,
  kind: z.enum(['on-prem', 'cloud'], {error: 'must be "on-prem" or "cloud"'}),
  environment: z.enum(['production', 'non-production', 'workshop'], {
    error: 'must be "production", "non-production" or "workshop"',
  }),
  domain,
  argocdDestination: name,
});

const listener = z.strictObject({
  name,
  protocol: z.enum(['HTTP', 'HTTPS'], {error: 'must be "HTTP" or "HTTPS"'}),
  port: z.int({error: 'must be a port number'}).min(1).max(65535),
  hostname: text,
  /** Whether team routes may attach to it (sectionName). */
  teamRoutes: z.boolean({error: 'must be true or false'}),
});

const gateway = z.strictObject({
  name,
  namespace: name,
  gatewayClassName: name,
  exposure,
  clusters: z.array(name).min(1, 'must name at least one cluster'),
  environments: z.array(name).optional(),
  listeners: z.array(listener).min(1, 'must have at least one listener'),
});

const ingressClass = z.strictObject({
  name,
  exposure,
  clusters: z.array(name).min(1, 'must name at least one cluster'),
  environments: z.array(name).optional(),
  /** The release that removes it, if announced. */
  until: text.optional(),
});

const issuer = z.strictObject({
  name,
  clusters: z.array(name).min(1, 'must name at least one cluster'),
  solvers: z.array(
    z.enum(['http01', 'dns01'], {error: 'must be "http01" or "dns01"'}),
  ),
  hosts: text,
  deprecated: z.boolean().optional(),
});

const secretStore = z.strictObject({
  kind: z.enum(['ClusterSecretStore', 'SecretStore'], {
    error: 'must be "ClusterSecretStore" or "SecretStore"',
  }),
  name,
  provider: text,
  server: z.url({error: 'must be a URL'}),
  vaultPath: text,
});

const groupKind = z.strictObject({
  group: z.string({error: 'must be the API group, "" for the core group'}),
  kind: z.string({error: 'must be a kind'}).regex(/^[A-Z][A-Za-z0-9]*$/, {
    error: 'must be a kind in UpperCamelCase, e.g. "Deployment"',
  }),
});

export const platformModelSchema = z.strictObject({
  kubernetes: z
    .string({error: 'must be quoted text, e.g. "1.34"'})
    .regex(/^1\.[0-9]+$/, {
      error: 'must be a Kubernetes minor version such as "1.34"',
    }),
  controllers: z.array(
    z.strictObject({
      name: text,
      release: text.optional(),
      apiVersions: z.array(apiVersion),
      deprecated: z.boolean().optional(),
    }),
  ),
  platformCrds: z.array(
    z.strictObject({apiVersion, kind: groupKind.shape.kind, owner: text}),
  ),
  clusters: z.array(cluster).min(1, 'must name at least one cluster'),
  hosts: z.strictObject({
    pattern: z.literal('<service>.<team>.apps.<cluster-domain>', {
      error:
        'must be "<service>.<team>.apps.<cluster-domain>" (the check knows this pattern only; extend parseHost in src/lib/manifests/rules.ts for another)',
    }),
  }),
  registry: z.strictObject({host: domain, mirrors: text}),
  storageClasses: z.array(name).min(1, 'must name at least one storage class'),
  gateways: z.array(gateway),
  ingressClasses: z.array(ingressClass),
  clusterIssuers: z.array(issuer),
  secretStores: z.array(secretStore),
  namespaces: z.strictObject({
    pattern: z.literal('<team>-<environment>', {
      error:
        'must be "<team>-<environment>" (the check knows this pattern only; extend src/lib/manifests/rules.ts for another)',
    }),
    labels: z.record(z.string(), z.string({error: 'must be text'})),
    teamLabel: text,
  }),
  quota: z.strictObject({
    resourceQuota: z.strictObject({name, hard: z.array(text)}),
    limitRange: z.strictObject({
      name: name.optional(),
      purpose: text,
    }),
  }),
  appProject: z.strictObject({
    clusterResourceWhitelist: z.array(groupKind),
    namespaceResourceWhitelist: z.array(groupKind).min(1),
  }),
  admission: z.strictObject({
    registry: domain,
    securityContext: z.strictObject({
      runAsNonRoot: z.boolean(),
      allowPrivilegeEscalation: z.boolean(),
      capabilitiesDrop: z.array(text),
      seccompProfile: text,
      readOnlyRootFilesystem: z.enum(['required', 'recommended'], {
        error: 'must be "required" or "recommended"',
      }),
    }),
    resources: z.strictObject({
      requests: z.array(z.enum(['cpu', 'memory'])),
      limits: z.array(z.enum(['cpu', 'memory'])),
    }),
  }),
});

/**
 * A model and the version it belongs to. The version is not in the file: it
 * is where the file is, so a copy made by `docusaurus docs:version` is right
 * as it is.
 */
export type PlatformModel = z.infer<typeof platformModelSchema> & {
  readonly version: string;
};

function describe(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number'
        ? `[${part}]`
        : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** Cross-field checks zod's shapes cannot say: every cluster named exists. */
function crossCheck(model: z.infer<typeof platformModelSchema>): string[] {
  const clusters = new Set(model.clusters.map((c) => c.name));
  const problems: string[] = [];
  const refer = (where: string, names: readonly string[]) => {
    for (const cluster of names) {
      if (!clusters.has(cluster)) {
        problems.push(
          `${where}: cluster "${cluster}" is not in clusters (${[...clusters].join(', ')}); add it there or fix the name`,
        );
      }
    }
  };
  model.gateways.forEach((g, i) =>
    refer(`gateways[${i}].clusters`, g.clusters),
  );
  model.ingressClasses.forEach((c, i) =>
    refer(`ingressClasses[${i}].clusters`, c.clusters),
  );
  model.clusterIssuers.forEach((c, i) =>
    refer(`clusterIssuers[${i}].clusters`, c.clusters),
  );
  if (model.admission.registry !== model.registry.host) {
    problems.push(
      `admission.registry: "${model.admission.registry}" differs from registry.host "${model.registry.host}"; the admission rule allows the platform's registry only, so make them equal`,
    );
  }
  return problems;
}

/**
 * Parses and validates one model file. Throws one error listing every
 * problem, each as `file: field: what is wrong and how to fix it`.
 */
export function parsePlatformModel(
  source: string,
  file: string,
  version: string,
): PlatformModel {
  let raw: unknown;
  try {
    raw = parseYaml(source);
  } catch (error) {
    throw new Error(
      `${file}: is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      {cause: error},
    );
  }
  const result = platformModelSchema.safeParse(raw);
  const problems = result.success
    ? crossCheck(result.data)
    : result.error.issues.map(
        (issue) => `${describe(issue.path) || '(file)'}: ${issue.message}`,
      );
  if (problems.length > 0 || !result.success) {
    throw new Error(
      `${file} is not a valid platform model:\n${problems.map((p) => `  ${file}: ${p}`).join('\n')}`,
    );
  }
  return {...result.data, version};
}
