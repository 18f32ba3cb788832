/**
 * Turns what Pagefind returns for one page into what a result shows: the page
 * title, the section heading the words were found under, the excerpt and the
 * section label ("Docs 2026.1", "Knowledge base", "Blog").
 */
import {SECTION_FILTER, VERSION_META} from './markup';
import {isSectionId, sectionLabel, type SectionId} from './sections';

/** The parts of Pagefind's result data (`await result.data()`) used here. */
export interface PagefindWeightedLocation {
  readonly weight: number;
  readonly balanced_score: number;
  readonly location: number;
}

export interface PagefindSubResult {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
  readonly anchor?: {readonly element: string; readonly id: string};
  readonly weighted_locations?: readonly PagefindWeightedLocation[];
}

export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly filters: Readonly<Record<string, readonly string[] | undefined>>;
  readonly sub_results?: readonly PagefindSubResult[];
}

export interface SearchHit {
  /** Link target: the section heading's anchor when the hit is under one. */
  readonly url: string;
  readonly title: string;
  /** The heading the words were found under, if not the page's own title. */
  readonly heading: string | undefined;
  /** Pagefind's excerpt: escaped text with `<mark>` (render with excerptSegments). */
  readonly excerpt: string;
  readonly section: SectionId | undefined;
  readonly label: string;
}

function score(subResult: PagefindSubResult): number {
  return (subResult.weighted_locations ?? []).reduce(
    (sum, location) => sum + location.balanced_score,
    0,
  );
}

/** The sub-result (page section) that matched best; ties go to the first. */
export function bestSubResult(
  subResults: readonly PagefindSubResult[],
): PagefindSubResult | undefined {
  let best: PagefindSubResult | undefined;
  for (const candidate of subResults) {
    if (!best || score(candidate) > score(best)) {
      best = candidate;
    }
  }
  return best;
}

export function toSearchHit(data: PagefindResultData): SearchHit {
  const title = data.meta.title?.trim() || data.url;
  const best = bestSubResult(data.sub_results ?? []);
  // A sub-result without an anchor is the text before the first heading.
  const underHeading = best?.anchor && best.title.trim() !== title;
  const section = data.filters[SECTION_FILTER]?.find(isSectionId);
  const version = data.meta[VERSION_META]?.trim() || undefined;
  return {
    url: underHeading ? best.url : data.url,
    title,
    heading: underHeading ? best.title.trim() : undefined,
    excerpt: best?.excerpt ?? data.excerpt,
    section,
    label: section ? sectionLabel(section, version) : '',
  };
}
