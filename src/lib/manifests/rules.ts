/**
 * The platform rules of one version, applied to one object or fragment: the
 * names it uses (hosts, images, classes, gateways, issuers, stores, labels)
 * must exist in that version's model, a team object must be of a kind the
 * AppProject allows, and pod templates must pass the admission rules.
 *
 * Where the handbook quotes what the platform answers (Argo CD, the Gateway
 * API, Pod Security), the message starts with those words, so a
 * counter-example can declare the error a reader will see.
 */
import type {PlatformModel} from './model';
import type {PathPart} from './yamlBlock';

export const RULES = [
  'yaml',
  'fence',
  'version',
  'schema',
  'unknown-kind',
  'api',
  'kind',
  'host',
  'registry',
  'ingress-class',
  'gateway',
  'issuer',
  'secret-store',
  'label',
  'quota',
  'storage-class',
  'security-context',
  'resources',
  'kustomize-field',
  'kustomize-patch-target',
  'counter-example',
] as const;

export type Rule = (typeof RULES)[number];

export interface Finding {
  readonly path: readonly PathPart[];
  readonly rule: Rule;
  readonly message: string;
  readonly fix: string;
}

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LABEL = '[a-z0-9]([a-z0-9-]*[a-z0-9])?';

/** Values that are templates or shell variables, not names: not checked. */
function isTemplated(value: string): boolean {
  return /\{\{|\$\{?[A-Za-z_]|<[a-z-]+>/.test(value);
}

export interface HostParts {
  readonly service: string;
  readonly team: string;
  readonly cluster: PlatformModel['clusters'][number];
}

export function parseHost(
  model: PlatformModel,
  host: string,
  allowWildcard: boolean,
): HostParts | null {
  for (const cluster of model.clusters) {
    const match = new RegExp(
      `^(${allowWildcard ? '\\*|' : ''}${LABEL})\\.(${LABEL})\\.apps\\.${escapeRegExp(cluster.domain)}$`,
    ).exec(host);
    if (match) {
      return {service: match[1] ?? '', team: match[3] ?? '', cluster};
    }
  }
  return null;
}

function hostFinding(
  model: PlatformModel,
  path: readonly PathPart[],
  host: string,
  allowWildcard: boolean,
): Finding | null {
  if (isTemplated(host) || parseHost(model, host, allowWildcard)) {
    return null;
  }
  const domains = model.clusters.map((c) => c.domain).join(', ');
  const wrongCluster = /\.apps\.(.+)$/.exec(host)?.[1];
  return {
    path,
    rule: 'host',
    message: `host "${host}" is not under <service>.<team>.apps.<cluster-domain> of this version${
      wrongCluster && !model.clusters.some((c) => c.domain === wrongCluster)
        ? ` ("${wrongCluster}" is not a cluster domain)`
        : ''
    }`,
    fix: `use one label for the service, the team id, then apps.<cluster-domain> with a domain of ${domains}, e.g. tracker.parcels.apps.${model.clusters[0]?.domain ?? ''}`,
  };
}

function imageFinding(
  model: PlatformModel,
  path: readonly PathPart[],
  image: string,
): Finding | null {
  if (isTemplated(image) || image.startsWith(`${model.admission.registry}/`)) {
    return null;
  }
  return {
    path,
    rule: 'registry',
    message: `image "${image}" is not from ${model.admission.registry}: the admission policy refuses images from other registries`,
    fix: `push it to ${model.admission.registry}/<team>/..., or use the mirror ${model.registry.mirrors}... for Docker Hub, GHCR and Quay images`,
  };
}

function classFinding(
  model: PlatformModel,
  path: readonly PathPart[],
  className: string,
  host: HostParts | null,
): Finding | null {
  const names = model.ingressClasses.map((c) => c.name);
  const found = model.ingressClasses.find((c) => c.name === className);
  if (!found) {
    return {
      path,
      rule: 'ingress-class',
      message: `ingress class "${className}" does not exist in this version${
        names.length === 0 ? '' : ` (classes: ${names.join(', ')})`
      }`,
      fix:
        names.length === 0
          ? 'this version has no ingress class: route traffic as its ingress page says'
          : `use ingressClassName: ${names[0] ?? ''}`,
    };
  }
  if (host && !found.clusters.includes(host.cluster.name)) {
    return {
      path,
      rule: 'ingress-class',
      message: `ingress class "${className}" exists on ${found.clusters.join(', ')} only, not on ${host.cluster.name} (the host's cluster)`,
      fix: `use a class of ${host.cluster.name}, or a host on ${found.clusters.join(', ')}`,
    };
  }
  return null;
}

function issuerFinding(
  model: PlatformModel,
  path: readonly PathPart[],
  name: string,
  kind: string,
): Finding | null {
  const names = model.clusterIssuers.map((i) => i.name).join(', ');
  if (kind !== 'ClusterIssuer') {
    return {
      path,
      rule: 'issuer',
      message: `issuer kind "${kind}": the platform has no namespaced Issuer, only the ClusterIssuers ${names}${
        kind === 'Issuer' ? ' (an issuerRef without kind means Issuer)' : ''
      }`,
      fix: `set kind: ClusterIssuer and name: ${model.clusterIssuers[0]?.name ?? ''}`,
    };
  }
  if (isTemplated(name) || model.clusterIssuers.some((i) => i.name === name)) {
    return null;
  }
  return {
    path,
    rule: 'issuer',
    message: `ClusterIssuer "${name}" does not exist in this version (issuers: ${names || 'none'})`,
    fix: `use ${model.clusterIssuers[0]?.name ?? 'an issuer of this version'}`,
  };
}

function placeholderRegExp(pattern: string): RegExp {
  return new RegExp(
    `^${escapeRegExp(pattern).replace(/<team>/g, `(?<team>${LABEL})`)}$`,
  );
}

function storeFinding(
  model: PlatformModel,
  path: readonly PathPart[],
  ref: Record<string, Json>,
): Finding | null {
  const name = typeof ref.name === 'string' ? ref.name : '';
  const kind = typeof ref.kind === 'string' ? ref.kind : 'SecretStore';
  const stores = model.secretStores;
  if (stores.length === 0) {
    return {
      path,
      rule: 'secret-store',
      message: `this version has no secret store: secrets are not read from Vault in this version`,
      fix: 'follow the secrets page of this version',
    };
  }
  if (isTemplated(name)) {
    return null;
  }
  const match = stores.find(
    (store) => store.kind === kind && placeholderRegExp(store.name).test(name),
  );
  if (match) {
    return null;
  }
  return {
    path,
    rule: 'secret-store',
    message: `${kind} "${name}" does not exist in this version${
      ref.kind === undefined
        ? ' (a secretStoreRef without kind means SecretStore)'
        : ''
    }; the stores are ${stores.map((s) => `${s.kind} ${s.name}`).join(', ')}`,
    fix: `use kind: ${stores[0]?.kind ?? ''} and name: ${stores[0]?.name ?? ''} with your team id`,
  };
}

function storeTeam(model: PlatformModel, name: string): string | null {
  for (const store of model.secretStores) {
    const team = placeholderRegExp(store.name).exec(name)?.groups?.team;
    if (team) {
      return team;
    }
  }
  return null;
}

function gatewayTeam(
  model: PlatformModel,
  name: string,
): {team: string; gateway: PlatformModel['gateways'][number]} | null {
  for (const gateway of model.gateways) {
    const team = placeholderRegExp(gateway.name).exec(name)?.groups?.team;
    if (team) {
      // `<team>` also matches "parcels-public": prefer the longer pattern.
      const longer = model.gateways.find(
        (other) =>
          other !== gateway &&
          other.name.length > gateway.name.length &&
          placeholderRegExp(other.name).test(name),
      );
      if (longer) {
        const longerTeam = placeholderRegExp(longer.name).exec(name)?.groups
          ?.team;
        return longerTeam ? {team: longerTeam, gateway: longer} : null;
      }
      return {team, gateway};
    }
  }
  return null;
}

function parentRefFindings(
  model: PlatformModel,
  path: readonly PathPart[],
  ref: Record<string, Json>,
  hosts: readonly HostParts[],
): Finding[] {
  const kind = typeof ref.kind === 'string' ? ref.kind : 'Gateway';
  if (kind !== 'Gateway') {
    return [];
  }
  const name = typeof ref.name === 'string' ? ref.name : '';
  if (model.gateways.length === 0) {
    return [
      {
        path,
        rule: 'gateway',
        message: `this version has no Gateway: the Gateway API comes in a later release`,
        fix: 'use an Ingress with an ingress class of this version',
      },
    ];
  }
  if (isTemplated(name)) {
    return [];
  }
  const found = gatewayTeam(model, name);
  const patterns = model.gateways
    .map((g) => `${g.name} in ${g.namespace}`)
    .join(', ');
  if (!found) {
    return [
      {
        path: [...path, 'name'],
        rule: 'gateway',
        message: `Gateway "${name}" is not a gateway of this version (${patterns})`,
        fix: `attach to your team's Gateway: name: <team>, namespace: ${model.gateways[0]?.namespace ?? ''}, sectionName: https`,
      },
    ];
  }
  const findings: Finding[] = [];
  const {gateway, team} = found;
  if (ref.namespace !== gateway.namespace) {
    findings.push({
      path: [...path, 'namespace'],
      rule: 'gateway',
      message: `the Gateway "${name}" is in the namespace ${gateway.namespace}, not ${
        typeof ref.namespace === 'string'
          ? `"${ref.namespace}"`
          : "the route's own namespace (no namespace given)"
      }`,
      fix: `set namespace: ${gateway.namespace}`,
    });
  }
  const listeners = gateway.listeners
    .filter((l) => l.teamRoutes)
    .map((l) => l.name);
  if (
    typeof ref.sectionName !== 'string' ||
    !listeners.includes(ref.sectionName)
  ) {
    findings.push({
      path: [...path, 'sectionName'],
      rule: 'gateway',
      message: `Accepted: False, reason NotAllowedByListeners: ${
        typeof ref.sectionName === 'string'
          ? `listener "${ref.sectionName}" does not accept team routes`
          : 'no sectionName'
      }; the Gateway's listeners for team routes are ${listeners.join(', ')}`,
      fix: `set sectionName: ${listeners[0] ?? ''}`,
    });
  }
  for (const host of hosts) {
    if (host.team !== team) {
      findings.push({
        path,
        rule: 'gateway',
        message: `Accepted: False, reason NoMatchingListenerHostname: the host's team "${host.team}" is not the Gateway's team "${team}"`,
        fix: `attach to the Gateway ${gateway.name.replace('<team>', host.team)}, or use a host under ${team}`,
      });
    } else if (!gateway.clusters.includes(host.cluster.name)) {
      findings.push({
        path,
        rule: 'gateway',
        message: `the Gateway "${name}" exists on ${gateway.clusters.join(', ')} only, not on ${host.cluster.name} (the host's cluster)`,
        fix: `use a host on ${gateway.clusters.join(', ')}, or your team's internal Gateway`,
      });
    }
  }
  return findings;
}

/** Hosts named anywhere in an object (routes, ingresses, certificates, listeners). */
function hostsIn(model: PlatformModel, value: Json): HostParts[] {
  const hosts: HostParts[] = [];
  walk(value, [], (key, child) => {
    const list =
      key === 'hostnames' || key === 'hosts' || key === 'dnsNames'
        ? Array.isArray(child)
          ? child
          : []
        : key === 'host' || key === 'hostname'
          ? [child]
          : [];
    for (const host of list) {
      const parsed =
        typeof host === 'string' ? parseHost(model, host, true) : null;
      if (parsed) {
        hosts.push(parsed);
      }
    }
  });
  return hosts;
}

function walk(
  value: Json,
  path: PathPart[],
  visit: (key: PathPart, value: Json, path: PathPart[], parent: Json) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const childPath = [...path, index];
      visit(index, item, childPath, value);
      walk(item, childPath, visit);
    });
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      const childPath = [...path, key];
      visit(key, item, childPath, value);
      walk(item, childPath, visit);
    }
  }
}

const HOST_ANNOTATIONS = new Set(['external-dns.alpha.kubernetes.io/hostname']);

/**
 * The names a value uses, checked wherever they appear: in a whole object or
 * in a fragment. `value` may be any YAML value.
 */
export function nameFindings(model: PlatformModel, value: Json): Finding[] {
  const findings: Finding[] = [];
  const add = (finding: Finding | null) => {
    if (finding) {
      findings.push(finding);
    }
  };
  const hosts = hostsIn(model, value);
  walk(value, [], (key, child, path, parent) => {
    if (typeof child === 'string') {
      switch (key) {
        case 'image':
          add(imageFinding(model, path, child));
          return;
        case 'host':
          add(hostFinding(model, path, child, false));
          return;
        case 'hostname':
          add(hostFinding(model, path, child, true));
          return;
        case 'storageClassName':
          if (!isTemplated(child) && !model.storageClasses.includes(child)) {
            add({
              path,
              rule: 'storage-class',
              message: `storage class "${child}" does not exist in this version (${model.storageClasses.join(', ')})`,
              fix: `use ${model.storageClasses.join(' or ')}`,
            });
          }
          return;
        case 'ingressClassName':
        case 'kubernetes.io/ingress.class':
          add(classFinding(model, path, child, hosts[0] ?? null));
          return;
        case 'cert-manager.io/cluster-issuer':
          add(issuerFinding(model, path, child, 'ClusterIssuer'));
          return;
        case 'cert-manager.io/issuer':
          add(issuerFinding(model, path, child, 'Issuer'));
          return;
        default:
          if (typeof key === 'string' && HOST_ANNOTATIONS.has(key)) {
            for (const host of child.split(',')) {
              add(hostFinding(model, path, host.trim(), false));
            }
          }
          return;
      }
    }
    if (
      (key === 'hostnames' || key === 'hosts' || key === 'dnsNames') &&
      Array.isArray(child)
    ) {
      child.forEach((host, index) => {
        if (typeof host === 'string') {
          add(hostFinding(model, [...path, index], host, key === 'dnsNames'));
        }
      });
      return;
    }
    if (!isRecord(child)) {
      return;
    }
    if (key === 'issuerRef') {
      add(
        issuerFinding(
          model,
          path,
          typeof child.name === 'string' ? child.name : '',
          typeof child.kind === 'string' ? child.kind : 'Issuer',
        ),
      );
    } else if (key === 'secretStoreRef' || key === 'sourceRef') {
      const ref =
        key === 'sourceRef' && isRecord(child.storeRef)
          ? child.storeRef
          : child;
      add(storeFinding(model, path, ref));
      const team =
        typeof ref.name === 'string' ? storeTeam(model, ref.name) : null;
      if (team) {
        findings.push(
          ...vaultKeyFindings(
            model,
            isRecord(parent) ? parent : {},
            path.slice(0, -1),
            team,
          ),
        );
      }
    } else if (
      typeof path[path.length - 2] === 'string' &&
      path[path.length - 2] === 'parentRefs'
    ) {
      findings.push(...parentRefFindings(model, path, child, hosts));
    }
  });
  return findings;
}

/** An ExternalSecret's Vault keys must be under the store's team path. */
function vaultKeyFindings(
  model: PlatformModel,
  spec: Record<string, Json>,
  specPath: readonly PathPart[],
  team: string,
): Finding[] {
  const findings: Finding[] = [];
  const store = model.secretStores[0];
  if (!store) {
    return findings;
  }
  const prefix = store.vaultPath
    .replace(/^[^/]+\//, '')
    .replace('<team>', team);
  walk(spec, [...specPath], (key, child, path) => {
    if (key === 'key' && typeof child === 'string' && !isTemplated(child)) {
      const parentKey = path[path.length - 2];
      if (
        parentKey === 'remoteRef' ||
        parentKey === 'extract' ||
        parentKey === 'find'
      ) {
        if (!child.startsWith(prefix)) {
          findings.push({
            path,
            rule: 'secret-store',
            message: `SecretSyncedError, permission denied: the key "${child}" is outside ${prefix}, the only path the store of team ${team} may read`,
            fix: `keep the entry under ${store.vaultPath.replace('<team>', team)} (write the key as ${prefix}...)`,
          });
        }
      }
    }
  });
  return findings;
}

export interface ObjectFacts {
  readonly apiVersion: string;
  readonly group: string;
  readonly kind: string;
  readonly name: string;
  /** The fence says `platform`: the platform team's own manifest. */
  readonly platform: boolean;
}

function podSpecPath(kind: string): PathPart[] | null {
  switch (kind) {
    case 'Pod':
      return ['spec'];
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'Job':
      return ['spec', 'template', 'spec'];
    case 'CronJob':
      return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
    default:
      return null;
  }
}

function at(value: Json, path: readonly PathPart[]): Json {
  let current = value;
  for (const part of path) {
    if (Array.isArray(current) && typeof part === 'number') {
      current = current[part];
    } else if (isRecord(current) && typeof part === 'string') {
      current = current[part];
    } else {
      return undefined;
    }
  }
  return current;
}

/** Admission rules on a pod template: Pod Security "restricted" as the model states it, and resources. */
export function admissionFindings(
  model: PlatformModel,
  object: Json,
  kind: string,
): Finding[] {
  const specPath = podSpecPath(kind);
  if (!specPath) {
    return [];
  }
  const spec = at(object, specPath);
  if (!isRecord(spec)) {
    return [];
  }
  const rules = model.admission;
  const podContext = isRecord(spec.securityContext) ? spec.securityContext : {};
  const findings: Finding[] = [];
  for (const list of ['initContainers', 'containers'] as const) {
    const containers = Array.isArray(spec[list]) ? spec[list] : [];
    containers.forEach((container: Json, index) => {
      if (!isRecord(container)) {
        return;
      }
      const base = [...specPath, list, index];
      const name =
        typeof container.name === 'string' ? container.name : String(index);
      const context = isRecord(container.securityContext)
        ? container.securityContext
        : {};
      const sc = [...base, 'securityContext'];
      const violation = (field: string, what: string, fix: string) =>
        findings.push({
          path: [...sc, ...field.split('.')],
          rule: 'security-context',
          message: `violates PodSecurity "restricted:latest": ${what}`,
          fix,
        });
      const runAsNonRoot = context.runAsNonRoot ?? podContext.runAsNonRoot;
      if (rules.securityContext.runAsNonRoot && runAsNonRoot !== true) {
        violation(
          'runAsNonRoot',
          `runAsNonRoot != true (pod or container "${name}" must set securityContext.runAsNonRoot=true)`,
          'set securityContext.runAsNonRoot: true on the pod or the container, and run the image as a non-root user',
        );
      }
      if (
        rules.securityContext.allowPrivilegeEscalation === false &&
        context.allowPrivilegeEscalation !== false
      ) {
        violation(
          'allowPrivilegeEscalation',
          `allowPrivilegeEscalation != false (container "${name}" must set securityContext.allowPrivilegeEscalation=false)`,
          'set securityContext.allowPrivilegeEscalation: false on the container',
        );
      }
      const drop =
        isRecord(context.capabilities) &&
        Array.isArray(context.capabilities.drop)
          ? context.capabilities.drop
          : [];
      const missingDrop = rules.securityContext.capabilitiesDrop.filter(
        (c) => !drop.includes(c),
      );
      if (missingDrop.length > 0) {
        violation(
          'capabilities.drop',
          `unrestricted capabilities (container "${name}" must set securityContext.capabilities.drop=${JSON.stringify(rules.securityContext.capabilitiesDrop)})`,
          `set securityContext.capabilities.drop: ${JSON.stringify(rules.securityContext.capabilitiesDrop)} on the container`,
        );
      }
      const seccomp =
        (isRecord(context.seccompProfile)
          ? context.seccompProfile.type
          : undefined) ??
        (isRecord(podContext.seccompProfile)
          ? podContext.seccompProfile.type
          : undefined);
      if (seccomp !== rules.securityContext.seccompProfile) {
        violation(
          'seccompProfile.type',
          `seccompProfile (pod or container "${name}" must set securityContext.seccompProfile.type to "${rules.securityContext.seccompProfile}")`,
          `set securityContext.seccompProfile.type: ${rules.securityContext.seccompProfile} on the pod or the container`,
        );
      }
      if (
        rules.securityContext.readOnlyRootFilesystem === 'required' &&
        context.readOnlyRootFilesystem !== true
      ) {
        violation(
          'readOnlyRootFilesystem',
          `readOnlyRootFilesystem != true (container "${name}")`,
          'set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where the program writes',
        );
      }
      const resources = isRecord(container.resources)
        ? container.resources
        : {};
      for (const [section, wanted] of [
        ['requests', rules.resources.requests],
        ['limits', rules.resources.limits],
      ] as const) {
        const set = isRecord(resources[section]) ? resources[section] : {};
        for (const resource of wanted) {
          if (set[resource] === undefined) {
            findings.push({
              path: [...base, 'resources', section, resource],
              rule: 'resources',
              message: `container "${name}" sets no resources.${section}.${resource}: every container sets requests for ${rules.resources.requests.join(' and ')} and a limit for ${rules.resources.limits.join(' and ')}`,
              fix: `add resources.${section}.${resource} (e.g. ${resource === 'cpu' ? '100m' : '256Mi'})`,
            });
          }
        }
      }
    });
  }
  return findings;
}

function labelFindings(
  model: PlatformModel,
  object: Json,
  kind: string,
): Finding[] {
  const findings: Finding[] = [];
  const known = new Set(Object.keys(model.namespaces.labels));
  const prefix = model.namespaces.teamLabel.replace(/\/.*$/, '/');
  walk(object, [], (key, child, path) => {
    if ((key === 'labels' || key === 'matchLabels') && isRecord(child)) {
      for (const label of Object.keys(child)) {
        const suffix = /\/(team|environment)$/.exec(label)?.[1];
        if (
          (label.startsWith(prefix) &&
            !known.has(label) &&
            !label.endsWith('restarted-at')) ||
          (suffix && !known.has(label))
        ) {
          findings.push({
            path: [...path, label],
            rule: 'label',
            message: `label "${label}" is not a platform label of this version (${[...known].join(', ')})`,
            fix: `use ${[...known].find((k) => k.endsWith(`/${suffix ?? 'team'}`)) ?? model.namespaces.teamLabel}`,
          });
        }
      }
    }
  });
  if (kind === 'Namespace') {
    const metadata =
      isRecord(object) && isRecord(object.metadata) ? object.metadata : {};
    const labels = isRecord(metadata.labels) ? metadata.labels : {};
    const name = typeof metadata.name === 'string' ? metadata.name : '';
    const team = labels[model.namespaces.teamLabel];
    const envLabel = Object.keys(model.namespaces.labels).find(
      (k) => model.namespaces.labels[k] === '<environment>',
    );
    const environment = envLabel ? labels[envLabel] : undefined;
    for (const [label, value] of Object.entries(model.namespaces.labels)) {
      const actual = labels[label];
      const fixed = /^<.+>$/.test(value) ? null : value;
      if (actual === undefined || (fixed !== null && actual !== fixed)) {
        findings.push({
          path: [
            'metadata',
            'labels',
            ...(actual === undefined ? [] : [label]),
          ],
          rule: 'label',
          message: `namespace "${name}" ${actual === undefined ? 'lacks' : 'has a wrong value for'} the label ${label}${fixed ? `: ${fixed}` : ''}`,
          fix: `set ${label}: ${fixed ?? value}`,
        });
      }
    }
    if (
      typeof team === 'string' &&
      typeof environment === 'string' &&
      name !== `${team}-${environment}`
    ) {
      findings.push({
        path: ['metadata', 'name'],
        rule: 'label',
        message: `namespace "${name}" is not named ${model.namespaces.pattern} after its labels (${team}, ${environment})`,
        fix: `name it ${team}-${environment}`,
      });
    }
  }
  return findings;
}

/**
 * When an object names its namespace (`<team>-<environment>`): its hosts
 * belong to that team (standards/index.md: hosts end in .<team>.apps... "for
 * the team that owns the namespace"), and a public ingress class or Gateway
 * is used only in the environments the model allows it in.
 */
function namespaceFindings(model: PlatformModel, object: Json): Finding[] {
  const metadata =
    isRecord(object) && isRecord(object.metadata) ? object.metadata : {};
  const namespace =
    typeof metadata.namespace === 'string' ? metadata.namespace : null;
  if (namespace === null || isTemplated(namespace)) {
    return [];
  }
  const findings: Finding[] = [];
  const hosts = hostsIn(model, object);
  const team = hosts.find((host) =>
    namespace.startsWith(`${host.team}-`),
  )?.team;
  for (const host of hosts) {
    if (!namespace.startsWith(`${host.team}-`)) {
      findings.push({
        path: ['metadata', 'namespace'],
        rule: 'host',
        message: `the host's team "${host.team}" does not own the namespace "${namespace}" (${model.namespaces.pattern}): hosts are only for the team that owns the namespace`,
        fix: `use a host under ${namespace.split('-')[0] ?? '<team>'}.apps.<cluster-domain>, or the namespace ${host.team}-<environment>`,
      });
      break;
    }
  }
  if (team === undefined) {
    return findings;
  }
  const environment = namespace.slice(team.length + 1);
  const spec = isRecord(object) && isRecord(object.spec) ? object.spec : {};
  const className =
    typeof spec.ingressClassName === 'string' ? spec.ingressClassName : null;
  const publicClass = model.ingressClasses.find(
    (c) => c.name === className && c.environments !== undefined,
  );
  if (publicClass && !publicClass.environments?.includes(environment)) {
    findings.push({
      path: ['spec', 'ingressClassName'],
      rule: 'ingress-class',
      message: `ingress class "${publicClass.name}" is allowed in ${publicClass.environments?.join(', ') ?? ''} namespaces only, not in "${namespace}"`,
      fix: `use ${model.ingressClasses.find((c) => c.environments === undefined)?.name ?? 'the internal class'} outside ${publicClass.environments?.join(', ') ?? ''}`,
    });
  }
  const refs = Array.isArray(spec.parentRefs) ? spec.parentRefs : [];
  refs.forEach((ref, index) => {
    const name = isRecord(ref) && typeof ref.name === 'string' ? ref.name : '';
    const found = gatewayTeam(model, name);
    if (
      found?.gateway.environments &&
      !found.gateway.environments.includes(environment)
    ) {
      findings.push({
        path: ['spec', 'parentRefs', index, 'name'],
        rule: 'gateway',
        message: `the Gateway "${name}" takes routes from ${found.gateway.environments.join(', ')} namespaces only, not from "${namespace}"`,
        fix: `attach to ${team} outside ${found.gateway.environments.join(', ')}`,
      });
    }
  });
  return findings;
}

/** The platform's ResourceQuota: its name and the resources it limits. */
function quotaFindings(
  model: PlatformModel,
  object: Json,
  facts: ObjectFacts,
): Finding[] {
  if (facts.kind !== 'ResourceQuota') {
    return [];
  }
  const quota = model.quota.resourceQuota;
  const findings: Finding[] = [];
  if (facts.name !== quota.name) {
    findings.push({
      path: ['metadata', 'name'],
      rule: 'quota',
      message: `ResourceQuota "${facts.name}": the platform's quota object in each namespace is "${quota.name}"`,
      fix: `name it ${quota.name}; teams change its values through quota in the tenants file, not with their own ResourceQuota`,
    });
  }
  const spec = isRecord(object) && isRecord(object.spec) ? object.spec : {};
  const hard = isRecord(spec.hard) ? spec.hard : {};
  for (const key of Object.keys(hard)) {
    if (!quota.hard.includes(key)) {
      findings.push({
        path: ['spec', 'hard', key],
        rule: 'quota',
        message: `ResourceQuota "${facts.name}" limits ${key}, which the platform's quota does not (it limits ${quota.hard.join(', ')})`,
        fix: `limit only ${quota.hard.join(', ')}`,
      });
    }
  }
  return findings;
}

/** Whether the version serves this API (a controller of the model, a platform CRD, or Kubernetes itself). */
export function apiFinding(
  model: PlatformModel,
  facts: ObjectFacts,
  kubernetesGroup: boolean,
): Finding | null {
  if (kubernetesGroup) {
    return null;
  }
  const served =
    model.controllers.some((c) => c.apiVersions.includes(facts.apiVersion)) ||
    model.platformCrds.some(
      (crd) => crd.apiVersion === facts.apiVersion && crd.kind === facts.kind,
    );
  if (served) {
    return null;
  }
  return {
    path: ['apiVersion'],
    rule: 'api',
    message: `no matches for kind "${facts.kind}" in version "${facts.apiVersion}": this version of the platform does not serve ${facts.group}`,
    fix: `use an API of this version (${model.controllers
      .flatMap((c) => c.apiVersions)
      .join(
        ', ',
      )}), or declare the kind in platformCrds of the model if the platform really runs it`,
  };
}

export function kindFinding(
  model: PlatformModel,
  facts: ObjectFacts,
): Finding | null {
  if (facts.platform) {
    return null;
  }
  const allowed = model.appProject.namespaceResourceWhitelist.some(
    (entry) => entry.group === facts.group && entry.kind === facts.kind,
  );
  if (allowed) {
    return null;
  }
  return {
    path: ['kind'],
    rule: 'kind',
    message: `resource ${facts.group}:${facts.kind} is not permitted in project <team>: the AppProject lets teams create namespaced application kinds only`,
    fix: `use a kind teams may create (${model.appProject.namespaceResourceWhitelist
      .map((e) => e.kind)
      .join(
        ', ',
      )}); for the platform team's own manifest, add \`platform\` to the fence (\`\`\`yaml platform)`,
  };
}

/** Every model rule for one whole object. */
export function objectFindings(
  model: PlatformModel,
  object: Json,
  facts: ObjectFacts,
  kubernetesGroup: boolean,
): Finding[] {
  const api = apiFinding(model, facts, kubernetesGroup);
  if (api) {
    // Nothing else is meaningful for an API this version does not have.
    return [api];
  }
  const findings: Finding[] = [];
  const kind = kindFinding(model, facts);
  if (kind) {
    findings.push(kind);
  }
  findings.push(...nameFindings(model, object));
  findings.push(...labelFindings(model, object, facts.kind));
  findings.push(...quotaFindings(model, object, facts));
  // Namespace ownership is a rule for team objects, not the platform's own.
  if (!facts.platform && !kind) {
    findings.push(...namespaceFindings(model, object));
  }
  findings.push(...admissionFindings(model, object, facts.kind));
  return findings;
}

/** A JSON 6902 patch list: each op's value is checked as the field its path names. */
export function patchFindings(
  model: PlatformModel,
  ops: readonly Json[],
): Finding[] {
  return ops.flatMap((op, index) => {
    if (
      !isRecord(op) ||
      typeof op.path !== 'string' ||
      op.value === undefined
    ) {
      return [];
    }
    const segments = op.path.split('/').filter(Boolean);
    const last = [...segments].reverse().find((s) => !/^([0-9]+|-)$/.test(s));
    if (!last) {
      return [];
    }
    const isListItem = /^([0-9]+|-)$/.test(segments[segments.length - 1] ?? '');
    const wrapped = {[last]: isListItem ? [op.value] : op.value};
    return nameFindings(model, wrapped).map((finding) => ({
      ...finding,
      path: [index, 'value'],
    }));
  });
}
