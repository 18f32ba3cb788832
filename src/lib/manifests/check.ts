/**
 * The manifest check: every `yaml`/`yml` block of the handbook, the
 * knowledge base and the blog is either whole Kubernetes objects (checked
 * against the upstream schema of their apiVersion and the platform model of
 * each version the page applies to), a declared fragment (its names are
 * checked), a declared counter-example (proved to fail as it says), or plain
 * YAML (parsed only). Nothing is skipped silently.
 *
 * Fence metas (after ```yaml):
 *   title="path/file.yaml"  names the file (kustomization patches resolve against it)
 *   fragment                part of an object, or a JSON 6902 patch list
 *   fails="<text>"          a counter-example: some problem must contain <text>
 *   plain                   YAML that is not Kubernetes (Helm values, workflows, data files)
 *   platform                the platform team's own manifest: not held to the teams' kind list
 *
 * Pure: reading files is the caller's job (read.ts).
 */
import {posix} from 'node:path';

import {parse as parseYaml} from 'yaml';

import {codeBlocks, type CodeBlock} from '../markdown-code';
import {
  isJson6902,
  KUSTOMIZE_API_VERSION,
  kustomizationFindings,
  kustomizeImages,
} from './kustomize';
import type {PlatformModel} from './model';
import {
  nameFindings,
  objectFindings,
  patchFindings,
  type Finding,
  type Rule,
} from './rules';
import {
  groupOf,
  isKubernetesGroup,
  lookupSchema,
  pointerToField,
  schemaErrors,
} from './schemas';
import {parseBlock, type PathPart, type YamlDocument} from './yamlBlock';

/** A line that opens a yaml/yml fence, possibly indented (in a list) or quoted. */
const YAML_FENCE = /^[ \t>]*(`{3,}|~{3,})[ \t]*ya?ml\b/m;

export const CONTENT_DIRS = [
  'docs',
  'versioned_docs',
  'kb',
  'blog',
  'contribute',
] as const;

export interface Page {
  /** Path from the site directory, with `/`: `docs/standards/ingress.md`. */
  readonly file: string;
  readonly source: string;
}

export interface Problem {
  readonly file: string;
  readonly line: number;
  /** `Deployment tracker`, or `fragment` / `block` when there is no object. */
  readonly object: string;
  readonly field: string;
  readonly rule: Rule;
  readonly message: string;
  readonly fix: string;
  /** The versions whose model the rule was checked against; empty for schema and fence rules. */
  readonly versions: readonly string[];
}

export type BlockKind = 'objects' | 'fragment' | 'plain' | 'counter-example';

export interface Summary {
  readonly blocks: number;
  readonly byBlockKind: Readonly<Record<BlockKind, number>>;
  /** Objects (and fragments) checked per version; `none` for a blog post without applies_to. */
  readonly byVersion: Readonly<Record<string, number>>;
  /** Whole objects per kind. */
  readonly byKind: Readonly<Record<string, number>>;
}

export interface CheckResult {
  readonly problems: readonly Problem[];
  readonly summary: Summary;
}

export interface Fence {
  readonly title: string | null;
  readonly fragment: boolean;
  readonly plain: boolean;
  readonly platform: boolean;
  readonly fails: string | null;
  readonly unknown: readonly string[];
}

const FENCE_TOKEN = /([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/g;

export function parseFence(meta: string | null): Fence {
  const fence = {
    title: null as string | null,
    fragment: false,
    plain: false,
    platform: false,
    fails: null as string | null,
    unknown: [] as string[],
  };
  for (const match of (meta ?? '').matchAll(FENCE_TOKEN)) {
    const [, key, double, single, bare] = match;
    const value = double ?? single ?? bare ?? null;
    switch (key) {
      case 'title':
        fence.title = value;
        break;
      case 'fails':
        fence.fails = value;
        break;
      case 'fragment':
      case 'plain':
      case 'platform':
        fence[key] = true;
        break;
      case 'showLineNumbers':
        break;
      default:
        fence.unknown.push(key ?? '');
    }
  }
  return fence;
}

/** The versions whose model applies to a page, from its folder or its front matter. */
export function pageVersions(file: string, source: string): string[] | null {
  if (file.startsWith('docs/')) {
    return ['next'];
  }
  const versioned = /^versioned_docs\/version-([^/]+)\//.exec(file);
  if (versioned?.[1]) {
    return [versioned[1]];
  }
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  if (frontMatter === undefined) {
    return null;
  }
  try {
    const data = parseYaml(frontMatter) as {applies_to?: unknown} | null;
    const applies = data?.applies_to;
    return Array.isArray(applies) ? applies.map((v) => String(v)) : null;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldOf(path: readonly PathPart[]): string {
  return pointerToField(`/${path.map(String).join('/')}`) || '(object)';
}

function blockLine(block: CodeBlock): number {
  return Number(block.location.slice(block.location.lastIndexOf(':') + 1));
}

/** A problem before it is merged across versions: found against one version's model. */
interface Draft extends Omit<Problem, 'file' | 'versions'> {
  readonly version: string | null;
}

function fromFinding(
  finding: Finding,
  document: YamlDocument,
  object: string,
  version: string | null,
  offset: readonly PathPart[] = [],
): Draft {
  const path = [...offset, ...finding.path];
  return {
    line: document.lineOf(path),
    object,
    field: fieldOf(path),
    rule: finding.rule,
    message: finding.message,
    fix: finding.fix,
    version,
  };
}

interface BlockContext {
  readonly page: Page;
  readonly block: CodeBlock;
  readonly fence: Fence;
  readonly blocks: readonly {block: CodeBlock; fence: Fence}[];
  readonly versions: readonly string[];
  readonly models: ReadonlyMap<string, PlatformModel>;
  readonly counts: Counts;
}

interface Counts {
  byVersion: Record<string, number>;
  byKind: Record<string, number>;
}

function resolvePatchIn(context: BlockContext, path: string): unknown {
  const dir = context.fence.title ? posix.dirname(context.fence.title) : null;
  const wanted = dir ? posix.normalize(posix.join(dir, path)) : null;
  const found =
    context.blocks.find((b) => wanted !== null && b.fence.title === wanted) ??
    (wanted === null
      ? context.blocks.find(
          (b) =>
            b.fence.title !== null &&
            posix.basename(b.fence.title) === posix.basename(path),
        )
      : undefined);
  if (!found) {
    return undefined;
  }
  try {
    return parseYaml(found.block.value) as unknown;
  } catch {
    return undefined;
  }
}

function countVersions(context: BlockContext): void {
  const versions = context.versions.length > 0 ? context.versions : ['none'];
  for (const version of versions) {
    context.counts.byVersion[version] =
      (context.counts.byVersion[version] ?? 0) + 1;
  }
}

async function objectDrafts(
  context: BlockContext,
  document: YamlDocument,
  value: Record<string, unknown>,
): Promise<Draft[]> {
  const apiVersion = String(value.apiVersion);
  const kind = String(value.kind);
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  const name = typeof metadata.name === 'string' ? metadata.name : '';
  const object = `${kind} ${name}`.trim();
  const drafts: Draft[] = [];
  context.counts.byKind[kind] = (context.counts.byKind[kind] ?? 0) + 1;
  countVersions(context);

  if (apiVersion === KUSTOMIZE_API_VERSION && kind === 'Kustomization') {
    const findings = kustomizationFindings(value, {
      resolvePatch: (path) => resolvePatchIn(context, path),
      parseInline: (text) => {
        try {
          return parseYaml(text) as unknown;
        } catch {
          return undefined;
        }
      },
    });
    drafts.push(...findings.map((f) => fromFinding(f, document, object, null)));
    for (const version of context.versions) {
      const model = context.models.get(version);
      if (!model) {
        continue;
      }
      for (const image of kustomizeImages(value)) {
        const findings = nameFindings(model, {image: image.image});
        drafts.push(
          ...findings.map((f) =>
            fromFinding(
              {...f, path: ['images', image.index, image.field]},
              document,
              object,
              version,
            ),
          ),
        );
      }
    }
    return drafts;
  }

  const group = groupOf(apiVersion);
  const declared = context.versions.some((version) =>
    context.models
      .get(version)
      ?.platformCrds.some(
        (crd) => crd.apiVersion === apiVersion && crd.kind === kind,
      ),
  );
  const lookup = await lookupSchema(apiVersion, kind);
  if (lookup.found) {
    for (const error of schemaErrors(lookup.model, value)) {
      const path = error.field === '(object)' ? [] : fieldPath(error.field);
      drafts.push({
        line: document.lineOf(path),
        object,
        field: error.field,
        rule: 'schema',
        message: `${error.field} ${error.message} (schema of ${apiVersion} ${kind})`,
        fix: error.fix,
        version: null,
      });
    }
  } else if (!declared) {
    const field = lookup.knownKinds === null ? 'apiVersion' : 'kind';
    drafts.push({
      line: document.lineOf([field]),
      object,
      field,
      rule: 'unknown-kind',
      message:
        lookup.knownKinds === null
          ? `no schema for apiVersion "${apiVersion}": no upstream API or platform CRD of this group and version`
          : `no kind "${kind}" in ${apiVersion} (it has ${lookup.knownKinds.slice(0, 12).join(', ')}${lookup.knownKinds.length > 12 ? ', ...' : ''})`,
      fix: 'use a kind and apiVersion that exist upstream; a kind the platform itself adds must be declared in platformCrds of the model',
      version: null,
    });
  }

  for (const version of context.versions) {
    const model = context.models.get(version);
    if (!model) {
      continue;
    }
    const findings = objectFindings(
      model,
      value,
      {apiVersion, group, kind, name, platform: context.fence.platform},
      isKubernetesGroup(group),
    );
    drafts.push(
      ...findings.map((f) => fromFinding(f, document, object, version)),
    );
  }
  return drafts;
}

/** `spec.containers[0].name` → ['spec', 'containers', 0, 'name']. */
function fieldPath(field: string): PathPart[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : (m[1] ?? ''),
  );
}

function fragmentDrafts(
  context: BlockContext,
  document: YamlDocument,
): Draft[] {
  countVersions(context);
  const drafts: Draft[] = [];
  for (const version of context.versions) {
    const model = context.models.get(version);
    if (!model) {
      continue;
    }
    const findings = isJson6902(document.value)
      ? patchFindings(model, document.value as unknown[])
      : nameFindings(model, document.value);
    drafts.push(
      ...findings.map((f) => fromFinding(f, document, 'fragment', version)),
    );
  }
  return drafts;
}

function isWholeObject(value: unknown): value is Record<string, unknown> {
  if (
    !isRecord(value) ||
    typeof value.apiVersion !== 'string' ||
    typeof value.kind !== 'string'
  ) {
    return false;
  }
  if (value.apiVersion === KUSTOMIZE_API_VERSION) {
    return true;
  }
  return isRecord(value.metadata) && typeof value.metadata.name === 'string';
}

async function blockDrafts(
  context: BlockContext,
): Promise<{drafts: Draft[]; kind: BlockKind}> {
  const {block, fence} = context;
  const line = blockLine(block);
  const drafts: Draft[] = [];
  const kind: BlockKind =
    fence.fails !== null
      ? 'counter-example'
      : fence.plain
        ? 'plain'
        : fence.fragment
          ? 'fragment'
          : 'objects';
  for (const key of fence.unknown) {
    drafts.push({
      line,
      object: 'block',
      field: 'fence',
      rule: 'fence',
      message: `unknown fence meta "${key}"`,
      fix: 'use title="…", fragment, plain, platform or fails="…" (contribute/manifests.md)',
      version: null,
    });
  }
  const parsed = parseBlock(block.value, line + 1);
  for (const error of parsed.errors) {
    drafts.push({
      line: error.line,
      object: 'block',
      field: '(yaml)',
      rule: 'yaml',
      message: error.message,
      fix: 'fix the YAML syntax (indentation, quotes, a missing colon)',
      version: null,
    });
  }
  if (parsed.errors.length > 0) {
    return {drafts, kind};
  }
  if (parsed.documents.length === 0) {
    drafts.push({
      line,
      object: 'block',
      field: '(yaml)',
      rule: 'yaml',
      message: 'the block holds no YAML document',
      fix: 'add the YAML, or use another language for the fence',
      version: null,
    });
    return {drafts, kind};
  }
  if (fence.plain) {
    return {drafts, kind};
  }
  for (const document of parsed.documents) {
    if (fence.fragment) {
      drafts.push(...fragmentDrafts(context, document));
    } else if (isWholeObject(document.value)) {
      drafts.push(...(await objectDrafts(context, document, document.value)));
    } else {
      const value = document.value;
      const missing = isJson6902(value)
        ? 'it is a JSON 6902 patch list: declare it ```yaml fragment'
        : !isRecord(value)
          ? 'it is not a mapping'
          : ['apiVersion', 'kind', 'metadata.name']
              .filter((field) =>
                field === 'metadata.name'
                  ? !(
                      isRecord(value.metadata) &&
                      typeof value.metadata.name === 'string'
                    )
                  : typeof value[field] !== 'string',
              )
              .map((field) => `no ${field}`)
              .join(', ');
      drafts.push({
        line: document.lineOf([]),
        object: 'block',
        field: '(block)',
        rule: 'fence',
        message: `not a whole Kubernetes object (${missing})`,
        fix: 'complete the object, or declare the block: ```yaml fragment (part of an object), ```yaml plain (not Kubernetes), ```yaml fails="…" (a counter-example)',
        version: null,
      });
    }
  }
  return {drafts, kind};
}

function text(draft: Draft): string {
  return `${draft.object} ${draft.field} ${draft.rule} ${draft.message} ${draft.fix}`.toLowerCase();
}

/** Checks every YAML block of the pages against the models of their versions. */
export async function checkManifests(
  pages: readonly Page[],
  models: ReadonlyMap<string, PlatformModel>,
): Promise<CheckResult> {
  const problems: Problem[] = [];
  const counts: Counts = {byVersion: {}, byKind: {}};
  const byBlockKind: Record<BlockKind, number> = {
    objects: 0,
    fragment: 0,
    plain: 0,
    'counter-example': 0,
  };
  let blocks = 0;
  for (const page of pages) {
    // Parsing Markdown is most of the check's time: skip pages without a YAML fence.
    if (!YAML_FENCE.test(page.source)) {
      continue;
    }
    const yamlBlocks = codeBlocks(page.source, page.file)
      .filter((block) => block.lang === 'yaml' || block.lang === 'yml')
      .map((block) => ({block, fence: parseFence(block.meta)}));
    if (yamlBlocks.length === 0) {
      continue;
    }
    const versions = pageVersions(page.file, page.source) ?? [];
    const pageDrafts: Draft[] = [];
    for (const version of versions) {
      if (!models.has(version)) {
        pageDrafts.push({
          line: 1,
          object: 'page',
          field: 'applies_to',
          rule: 'version',
          message: `version "${version}" has no platform model`,
          fix: `name versions that have one: ${[...models.keys()].join(', ')}`,
          version: null,
        });
      }
    }
    for (const {block, fence} of yamlBlocks) {
      blocks += 1;
      const context: BlockContext = {
        page,
        block,
        fence,
        blocks: yamlBlocks,
        versions,
        models,
        counts,
      };
      const {drafts, kind} = await blockDrafts(context);
      byBlockKind[kind] += 1;
      if (fence.fails === null) {
        pageDrafts.push(...drafts);
        continue;
      }
      const wanted = fence.fails.toLowerCase();
      if (
        wanted.trim() === '' ||
        !drafts.some((draft) => text(draft).includes(wanted))
      ) {
        pageDrafts.push({
          line: blockLine(block),
          object: 'block',
          field: 'fence',
          rule: 'counter-example',
          message:
            drafts.length === 0
              ? `declared to fail with "${fence.fails}", but the check finds nothing wrong with it`
              : `declared to fail with "${fence.fails}", but fails with: ${drafts.map((d) => d.message).join(' | ')}`,
          fix: 'make the example break the rule it illustrates, or quote a part of the error it really produces in fails="…"',
          version: null,
        });
      }
    }
    // One problem per place, listing the versions it applies to.
    const merged = new Map<string, Problem>();
    for (const draft of pageDrafts) {
      const key = `${draft.line}\n${draft.rule}\n${draft.field}\n${draft.message}`;
      const existing = merged.get(key);
      if (existing) {
        if (draft.version && !existing.versions.includes(draft.version)) {
          merged.set(key, {
            ...existing,
            versions: [...existing.versions, draft.version],
          });
        }
        continue;
      }
      merged.set(key, {
        file: page.file,
        line: draft.line,
        object: draft.object,
        field: draft.field,
        rule: draft.rule,
        message: draft.message,
        fix: draft.fix,
        versions: draft.version ? [draft.version] : [],
      });
    }
    problems.push(...[...merged.values()].sort((a, b) => a.line - b.line));
  }
  return {
    problems,
    summary: {
      blocks,
      byBlockKind,
      byVersion: counts.byVersion,
      byKind: counts.byKind,
    },
  };
}

/** `docs/a.md:12: Deployment web: spec.replicas [schema]: ... Fix: ...` */
export function formatProblem(problem: Problem): string {
  const versions =
    problem.versions.length > 0 ? `, ${problem.versions.join(' ')}` : '';
  return `${problem.file}:${problem.line}: ${problem.object}: ${problem.field} [${problem.rule}${versions}]: ${problem.message}. Fix: ${problem.fix}`;
}

export function countBy<T extends string>(
  problems: readonly Problem[],
  key: (problem: Problem) => T,
): Record<T, number> {
  const counts = {} as Record<T, number>;
  for (const problem of problems) {
    const k = key(problem);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}
