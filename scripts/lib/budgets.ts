/**
 * Performance budgets of the real site (budgets.json at the root), checked on
 * the production build by e2e/budgets.spec.ts and shown beside the bench's
 * figures. Sizes are KiB (1,024 bytes).
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {z} from 'zod';

import type {HtmlPage} from './build-output';
import type {PageWeight} from './page-weight';

export const BUDGETS_FILE = join(__dirname, '..', '..', 'budgets.json');

const PageBudget = z.strictObject({
  path: z.string().startsWith('/'),
  scriptGzipKiB: z.number().positive(),
  onlyStylesheetsBlockRendering: z.boolean().default(false),
  why: z.string().optional(),
});

const HtmlRule = z.strictObject({
  prefix: z.string().startsWith('/'),
  maxKiB: z.number().positive(),
  why: z.string().optional(),
});

/** What the bench's full corpus (`npm run bench`, about 4,000 pages) may cost. */
const ScaleBudget = z.strictObject({
  scriptGzipKiB: z.number().positive(),
  peakRssMiB: z.number().positive(),
  tagPageHtmlKiB: z.number().positive(),
  why: z.string().optional(),
});

export const Budgets = z.strictObject({
  $comment: z.string().optional(),
  pages: z.array(PageBudget),
  scale: ScaleBudget,
  html: z
    .array(HtmlRule)
    .min(1)
    .refine((rules) => rules.some((rule) => rule.prefix === '/'), {
      message: 'one rule must have the prefix "/", the default for every page',
    }),
});
export type Budgets = z.infer<typeof Budgets>;
export type PageBudget = z.infer<typeof PageBudget>;
export type ScaleBudget = z.infer<typeof ScaleBudget>;

/** The bench's figures that the scale budget limits. */
export interface ScaleFigures {
  readonly pages: readonly {
    readonly path: string;
    readonly scriptGzipBytes: number;
  }[];
  readonly peakRssMiB: number;
  readonly tagPages: readonly {readonly path: string; readonly bytes: number}[];
}

/**
 * One message per figure of a bench run over budgets.json's `scale` budget,
 * naming the page or figure, both numbers and where the budget is.
 */
export function scaleBudgetProblems(
  figures: ScaleFigures,
  budget: ScaleBudget,
): string[] {
  const problems: string[] = [];
  for (const page of figures.pages) {
    if (page.scriptGzipBytes > budget.scriptGzipKiB * 1024) {
      problems.push(
        `${page.path}: loads ${kib(page.scriptGzipBytes)} of gzip-compressed JavaScript, over the ${budget.scriptGzipKiB} KiB of scale.scriptGzipKiB in budgets.json`,
      );
    }
  }
  if (figures.peakRssMiB > budget.peakRssMiB) {
    problems.push(
      `the build peaked at ${Math.round(figures.peakRssMiB)} MiB of memory, over the ${budget.peakRssMiB} MiB of scale.peakRssMiB in budgets.json`,
    );
  }
  for (const page of figures.tagPages) {
    if (page.bytes > budget.tagPageHtmlKiB * 1024) {
      problems.push(
        `${page.path}: ${kib(page.bytes)} of HTML, over the ${budget.tagPageHtmlKiB} KiB for tag pages of scale.tagPageHtmlKiB in budgets.json`,
      );
    }
  }
  return problems;
}

export function parseBudgets(text: string, file = BUDGETS_FILE): Budgets {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new Error(`${file} is not valid JSON: fix its syntax.`, {cause});
  }
  const result = Budgets.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('\n');
    throw new Error(
      `${file} does not match the budget format:\n${problems}\nSee "Performance budgets" in scripts/bench/README.md.`,
    );
  }
  return result.data;
}

export function loadBudgets(file = BUDGETS_FILE): Budgets {
  return parseBudgets(readFileSync(file, 'utf8'), file);
}

export const kib = (bytes: number): string =>
  `${(bytes / 1024).toFixed(1)} KiB`;

/** The HTML rule for a page: the one with the longest matching prefix. */
export function htmlRuleFor(path: string, budgets: Budgets) {
  return budgets.html
    .filter((rule) => path.startsWith(rule.prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0]!;
}

/** One message per page whose HTML is over its budget, naming both numbers. */
export function htmlViolations(
  pages: readonly HtmlPage[],
  budgets: Budgets,
): string[] {
  return pages.flatMap((page) => {
    const rule = htmlRuleFor(page.path, budgets);
    return page.bytes > rule.maxKiB * 1024
      ? [
          `${page.path}: ${kib(page.bytes)} of HTML, over the ${rule.maxKiB} KiB budget for pages under "${rule.prefix}" in budgets.json`,
        ]
      : [];
  });
}

/** Why a page breaks its script budget, or undefined when it keeps it. */
export function scriptViolation(
  weight: PageWeight,
  budget: PageBudget,
): string | undefined {
  if (weight.scriptGzipBytes <= budget.scriptGzipKiB * 1024) {
    return undefined;
  }
  const largest = [...weight.scripts]
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .slice(0, 5)
    .map((asset) => `${asset.path} ${kib(asset.gzipBytes)}`)
    .join(', ');
  return `${budget.path}: loads ${kib(weight.scriptGzipBytes)} of gzip-compressed JavaScript in ${weight.scripts.length} files, over its ${budget.scriptGzipKiB} KiB budget in budgets.json (largest: ${largest})`;
}

/** Render-blocking requests other than stylesheets. */
export function blockingViolations(weight: PageWeight): string[] {
  return weight.renderBlocking
    .filter((path) => !path.endsWith('.css'))
    .map(
      (path) =>
        `${weight.path}: ${path} blocks rendering; only the stylesheet may (load scripts with defer or async)`,
    );
}
