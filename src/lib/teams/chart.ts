/**
 * Geometry of the adoption chart, kept apart from React so it can be tested:
 * stacked areas in SVG user units, axis ticks, and month labels that do not
 * collide.
 */
import type {AdoptionPoint} from './figures';
import type {Stage} from './model';

export interface Plot {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface StackedArea {
  readonly stage: Stage;
  /** An SVG path: the upper edge left to right, the lower edge back. */
  readonly path: string;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** x of the i-th of n points; a single point sits in the middle. */
export function xOf(index: number, count: number, plot: Plot): number {
  return count <= 1
    ? plot.left + plot.width / 2
    : plot.left + (plot.width * index) / (count - 1);
}

export function yOf(value: number, max: number, plot: Plot): number {
  return plot.top + plot.height * (1 - value / Math.max(max, 1));
}

/**
 * One closed area per stage, stacked in `order` from the bottom up. The areas
 * of all stages together fill the plot up to `max` (the number of teams).
 */
export function stackedAreas(
  series: readonly AdoptionPoint[],
  order: readonly Stage[],
  max: number,
  plot: Plot,
): StackedArea[] {
  const below = series.map(() => 0);
  return order.map((stage) => {
    const lower = [...below];
    const upper = series.map((point, i) => {
      below[i] = below[i]! + point.counts[stage];
      return below[i]!;
    });
    const x = (i: number) => round(xOf(i, series.length, plot));
    const y = (value: number) => round(yOf(value, max, plot));
    const top = upper.map((value, i) => `${x(i)},${y(value)}`);
    const bottom = lower.map((value, i) => `${x(i)},${y(value)}`).reverse();
    return {stage, path: `M${top.join('L')}L${bottom.join('L')}Z`};
  });
}

/** Round tick values from 0 to at least `max`, about `count` of them. */
export function ticks(max: number, count = 5): number[] {
  if (max <= 0) {
    return [0];
  }
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step =
    [1, 2, 5, 10].map((factor) => factor * magnitude).find((s) => s >= raw) ??
    10 * magnitude;
  const result: number[] = [];
  for (let value = 0; value < max + step; value += step) {
    result.push(value);
    if (value >= max) {
      break;
    }
  }
  return result;
}

/**
 * Indexes of the months to label on the x axis: the first, every January,
 * and the last, dropping any that would sit closer than `minGap` units to the
 * label before it (the last label wins over the one before it).
 */
export function monthLabelIndexes(
  months: readonly string[],
  plot: Plot,
  minGap: number,
): number[] {
  const last = months.length - 1;
  const candidates = months
    .map((month, i) => ({month, i}))
    .filter(({month, i}) => i === 0 || i === last || month.endsWith('-01'))
    .map(({i}) => i);
  const kept: number[] = [];
  const tooClose = (i: number): boolean =>
    kept.length > 0 &&
    xOf(i, months.length, plot) - xOf(kept.at(-1)!, months.length, plot) <
      minGap;
  for (const i of candidates) {
    if (i !== last && tooClose(i)) {
      continue;
    }
    while (i === last && tooClose(i)) {
      kept.pop();
    }
    kept.push(i);
  }
  return kept;
}
