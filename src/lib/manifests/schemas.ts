/**
 * Validates one Kubernetes object against the upstream OpenAPI schema of its
 * apiVersion and kind, with the `kubernetes-models` packages: Kubernetes'
 * own APIs (kubernetes-models 5.1, Kubernetes 1.35, which covers the 1.31 to
 * 1.34 of the handbook's versions) and the CRDs of the platform's controllers
 * (@kubernetes-models/argo-cd, cert-manager, external-secrets, gateway-api,
 * sealed-secrets, prometheus-operator).
 *
 * Each model's `validate()` runs the package's precompiled Ajv validator and
 * throws a ValidationError whose `errors` are Ajv errors (`instancePath`,
 * `keyword`, `params`, `message`). The schemas are the ones Kubernetes and
 * the CRDs publish, which do not reject unknown fields (the API server does,
 * with server-side apply): a misspelt optional field is not found here.
 *
 * The packages are ESM only and declare Node >= 22 in `engines`; they run on
 * Node 20 as well (the Ajv validators use nothing newer), which the fixture
 * tests prove on every run.
 */

/** Which package holds the models of an API group; Kubernetes' own otherwise. */
const PACKAGE_OF_GROUP: Readonly<Record<string, string>> = {
  'argoproj.io': '@kubernetes-models/argo-cd',
  'cert-manager.io': '@kubernetes-models/cert-manager',
  'acme.cert-manager.io': '@kubernetes-models/cert-manager',
  'trust.cert-manager.io': '@kubernetes-models/cert-manager',
  'external-secrets.io': '@kubernetes-models/external-secrets',
  'generators.external-secrets.io': '@kubernetes-models/external-secrets',
  'gateway.networking.k8s.io': '@kubernetes-models/gateway-api',
  'gateway.networking.x-k8s.io': '@kubernetes-models/gateway-api',
  'bitnami.com': '@kubernetes-models/sealed-secrets',
  'monitoring.coreos.com': '@kubernetes-models/prometheus-operator',
};

/** Kubernetes' own API groups: those are served by every cluster, not by a controller. */
export function isKubernetesGroup(group: string): boolean {
  // The Gateway API has a k8s.io group but is a set of CRDs that a controller
  // (Envoy Gateway) brings, so a version's model must list it.
  if (group.startsWith('gateway.networking.')) {
    return false;
  }
  return group === '' || !group.includes('.') || group.endsWith('.k8s.io');
}

export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

interface ModelClass {
  new (data: unknown): {validate(): void};
  readonly apiVersion: string;
  readonly kind: string;
}

type Exports = Readonly<Record<string, unknown>>;

const modules = new Map<string, Promise<Exports | null>>();

/** Imports a module once; a path the package does not export resolves to null. */
function load(specifier: string): Promise<Exports | null> {
  let loading = modules.get(specifier);
  if (loading === undefined) {
    loading = import(/* @vite-ignore */ specifier).then(
      (module: Exports) => module,
      () => null,
    );
    modules.set(specifier, loading);
  }
  return loading;
}

function packageOf(apiVersion: string): string {
  return PACKAGE_OF_GROUP[groupOf(apiVersion)] ?? 'kubernetes-models';
}

export type SchemaLookup =
  | {readonly found: true; readonly model: ModelClass}
  | {readonly found: false; readonly knownKinds: readonly string[] | null};

function isModelOf(
  candidate: unknown,
  apiVersion: string,
  kind?: string,
): candidate is ModelClass {
  return (
    typeof candidate === 'function' &&
    (candidate as Partial<ModelClass>).apiVersion === apiVersion &&
    (kind === undefined || (candidate as Partial<ModelClass>).kind === kind)
  );
}

/**
 * The model class of apiVersion/kind, or what the API version does have.
 * Each kind is its own module (`kubernetes-models/apps/v1/Deployment`): a
 * group's index would load every schema of the group (2 s for the core group).
 */
export async function lookupSchema(
  apiVersion: string,
  kind: string,
): Promise<SchemaLookup> {
  const pkg = packageOf(apiVersion);
  if (/^[A-Z][A-Za-z0-9]*$/.test(kind)) {
    const module = await load(`${pkg}/${apiVersion}/${kind}`);
    const candidate = module?.[kind];
    if (isModelOf(candidate, apiVersion, kind)) {
      return {found: true, model: candidate};
    }
  }
  // Rare: an unknown kind. Only now load the index, to say what exists.
  const index = await load(`${pkg}/${apiVersion}`);
  if (index === null) {
    return {found: false, knownKinds: null};
  }
  const knownKinds = Object.entries(index)
    .filter(([, value]) => isModelOf(value, apiVersion))
    .map(([key]) => key)
    .sort();
  return {found: false, knownKinds};
}

export interface SchemaError {
  /** Dotted path of the field, e.g. `spec.replicas` or `spec.containers[0].name`. */
  readonly field: string;
  readonly message: string;
  readonly fix: string;
}

interface AjvError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** `/spec/containers/0/name` → `spec.containers[0].name`. */
export function pointerToField(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (field, part) =>
        /^[0-9]+$/.test(part)
          ? `${field}[${part}]`
          : field === ''
            ? part
            : `${field}.${part}`,
      '',
    );
}

function fixFor(error: AjvError): string {
  switch (error.keyword) {
    case 'required':
      return `add the required field "${String(error.params.missingProperty)}"`;
    case 'type': {
      const type = String(error.params.type);
      if (type === 'integer' || type === 'number') {
        return 'write a number without quotes';
      }
      if (type === 'string') {
        return 'quote the value so YAML reads it as text';
      }
      return `write a value of type ${type}`;
    }
    case 'enum':
      return `use one of ${JSON.stringify(error.params.allowedValues)}`;
    default:
      return 'compare the field with the API reference of this kind';
  }
}

/** Every schema error of one object; an empty list means it is valid. */
export function schemaErrors(
  model: ModelClass,
  object: unknown,
): SchemaError[] {
  try {
    new model(object).validate();
    return [];
  } catch (error) {
    const errors = (error as {errors?: AjvError[]}).errors;
    if (!Array.isArray(errors)) {
      return [
        {
          field: '(object)',
          message: (error as Error).message,
          fix: 'compare the object with the API reference of this kind',
        },
      ];
    }
    const seen = new Set<string>();
    return errors.flatMap((ajv) => {
      const base = pointerToField(ajv.instancePath);
      const field =
        ajv.keyword === 'required'
          ? [base, String(ajv.params.missingProperty)].filter(Boolean).join('.')
          : base || '(object)';
      const message =
        ajv.keyword === 'required'
          ? 'is required'
          : (ajv.message ?? ajv.keyword);
      const key = `${field}\n${message}`;
      if (seen.has(key)) {
        return [];
      }
      seen.add(key);
      return [{field, message, fix: fixFor(ajv)}];
    });
  }
}
