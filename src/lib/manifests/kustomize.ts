/**
 * Checks a kustomization.yaml the way `kustomize build` reads it: kustomize
 * decodes the file with unknown fields disallowed, so a misspelt field fails
 * the build (`json: unknown field "..."`), and a patch file that holds a JSON
 * 6902 list applies only with a `target`.
 *
 * The fields are those of kustomize's Kustomization type
 * (sigs.k8s.io/kustomize/api/types/kustomization.go, kustomize v5), as
 * documented at https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/.
 */
import type {Finding} from './rules';

export const KUSTOMIZE_API_VERSION = 'kustomize.config.k8s.io/v1beta1';

export const KUSTOMIZATION_FIELDS: readonly string[] = [
  'apiVersion',
  'kind',
  'metadata',
  'openapi',
  'namePrefix',
  'nameSuffix',
  'namespace',
  'commonLabels',
  'labels',
  'commonAnnotations',
  'patchesStrategicMerge',
  'patchesJson6902',
  'patches',
  'images',
  'replacements',
  'replicas',
  'vars',
  'resources',
  'components',
  'crds',
  'bases',
  'configMapGenerator',
  'secretGenerator',
  'helmGlobals',
  'helmCharts',
  'helmChartInflationGenerator',
  'generatorOptions',
  'configurations',
  'generators',
  'transformers',
  'validators',
  'inventory',
  'buildMetadata',
  'sortOptions',
];

const PATCH_FIELDS: readonly string[] = ['path', 'patch', 'target', 'options'];
const TARGET_FIELDS: readonly string[] = [
  'group',
  'version',
  'kind',
  'name',
  'namespace',
  'labelSelector',
  'annotationSelector',
];
const IMAGE_FIELDS: readonly string[] = [
  'name',
  'newName',
  'newTag',
  'digest',
  'tagSuffix',
];

const DEPRECATED: Readonly<Record<string, string>> = {
  bases: 'resources',
  patchesStrategicMerge: 'patches',
  patchesJson6902: 'patches (with a target)',
  commonLabels: 'labels',
  vars: 'replacements',
  helmChartInflationGenerator: 'helmCharts',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Levenshtein distance, to suggest the field a misspelling meant. */
function distance(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j] ?? 0;
      row[j] = Math.min(
        (row[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        previous +
          (a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1),
      );
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

function unknownFields(
  value: Record<string, unknown>,
  known: readonly string[],
  path: readonly (string | number)[],
  what: string,
): Finding[] {
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const nearest = [...known].sort(
        (x, y) => distance(key, x) - distance(key, y),
      )[0];
      return {
        path: [...path, key],
        rule: 'kustomize-field' as const,
        message: `json: unknown field "${key}": ${what} has no such field, so kustomize build fails`,
        fix:
          nearest && distance(key, nearest) <= 3
            ? `did you mean "${nearest}"?`
            : `use only the documented fields: ${known.join(', ')}`,
      };
    });
}

/** Whether a parsed patch file (or inline patch) is a JSON 6902 operation list. */
export function isJson6902(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((op) => isRecord(op) && typeof op.op === 'string')
  );
}

export interface KustomizationContext {
  /** The parsed content of a patch file named by `path:`, or undefined when the page does not show it. */
  resolvePatch(path: string): unknown;
  /** Parses an inline `patch:` string (YAML or JSON). */
  parseInline(text: string): unknown;
}

export function kustomizationFindings(
  kustomization: Record<string, unknown>,
  context: KustomizationContext,
): Finding[] {
  const findings = unknownFields(
    kustomization,
    KUSTOMIZATION_FIELDS,
    [],
    'a Kustomization',
  );
  for (const [field, instead] of Object.entries(DEPRECATED)) {
    if (kustomization[field] !== undefined && field === 'patchesJson6902') {
      // Still read by kustomize, but each entry must name its target.
      const entries = Array.isArray(kustomization[field])
        ? kustomization[field]
        : [];
      entries.forEach((entry, index) => {
        if (isRecord(entry) && !isRecord(entry.target)) {
          findings.push({
            path: [field, index],
            rule: 'kustomize-patch-target',
            message:
              'a patchesJson6902 entry without a target: kustomize does not know which object to patch',
            fix: `add target: {kind: ..., name: ...}, and move it to ${instead}`,
          });
        }
      });
    }
  }
  const patches = Array.isArray(kustomization.patches)
    ? kustomization.patches
    : [];
  patches.forEach((patch, index) => {
    if (!isRecord(patch)) {
      return;
    }
    findings.push(
      ...unknownFields(patch, PATCH_FIELDS, ['patches', index], 'a patch'),
    );
    if (isRecord(patch.target)) {
      findings.push(
        ...unknownFields(
          patch.target,
          TARGET_FIELDS,
          ['patches', index, 'target'],
          'a patch target',
        ),
      );
      return;
    }
    const content =
      typeof patch.path === 'string'
        ? context.resolvePatch(patch.path)
        : typeof patch.patch === 'string'
          ? context.parseInline(patch.patch)
          : undefined;
    if (isJson6902(content)) {
      findings.push({
        path: ['patches', index],
        rule: 'kustomize-patch-target',
        message: `the patch ${typeof patch.path === 'string' ? `file "${patch.path}"` : ''} is a JSON 6902 list (op/path/value) without a target: kustomize cannot tell which object it patches and the build fails`,
        fix: 'add target: {kind: <Kind>, name: <name>} to this entry of patches',
      });
    }
  });
  const images = Array.isArray(kustomization.images)
    ? kustomization.images
    : [];
  images.forEach((image, index) => {
    if (isRecord(image)) {
      findings.push(
        ...unknownFields(
          image,
          IMAGE_FIELDS,
          ['images', index],
          'an images entry',
        ),
      );
    }
  });
  return findings;
}

/** The image a kustomization `images` entry produces, for the registry rule. */
export function kustomizeImages(
  kustomization: Record<string, unknown>,
): {readonly index: number; readonly field: string; readonly image: string}[] {
  const images = Array.isArray(kustomization.images)
    ? kustomization.images
    : [];
  return images.flatMap((image, index) => {
    if (!isRecord(image)) {
      return [];
    }
    if (typeof image.newName === 'string') {
      return [{index, field: 'newName', image: image.newName}];
    }
    return typeof image.name === 'string'
      ? [{index, field: 'name', image: image.name}]
      : [];
  });
}
