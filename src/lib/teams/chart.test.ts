import {describe, expect, it} from 'vitest';

import {
  monthLabelIndexes,
  stackedAreas,
  ticks,
  xOf,
  yOf,
  type Plot,
} from './chart';
import type {AdoptionPoint} from './figures';

const plot: Plot = {left: 10, top: 0, width: 100, height: 50};

const point = (
  month: string,
  live: number,
  notStarted: number,
): AdoptionPoint => ({
  month,
  counts: {
    'not started': notStarted,
    'workshop done': 0,
    'taskforce engaged': 0,
    migrating: 0,
    live,
  },
});

describe('stackedAreas', () => {
  it('stacks the stages from the bottom up and fills the plot', () => {
    const series = [point('2026-01', 0, 4), point('2026-02', 2, 2)];
    const [live, notStarted] = stackedAreas(
      series,
      ['live', 'not started'],
      4,
      plot,
    );
    // live: upper edge 0 → 2 teams, lower edge on the x axis (y = 50).
    expect(live!.path).toBe('M10,50L110,25L110,50L10,50Z');
    // not started sits on top of live and reaches the top (4 of 4 teams).
    expect(notStarted!.path).toBe('M10,0L110,0L110,25L10,50Z');
  });
});

describe('xOf and yOf', () => {
  it('map the first and last points to the edges of the plot', () => {
    expect(xOf(0, 5, plot)).toBe(10);
    expect(xOf(4, 5, plot)).toBe(110);
    expect(xOf(0, 1, plot)).toBe(60);
    expect(yOf(0, 50, plot)).toBe(50);
    expect(yOf(50, 50, plot)).toBe(0);
  });
});

describe('ticks', () => {
  it('picks round steps that reach the maximum', () => {
    expect(ticks(50)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(ticks(47)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(ticks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(ticks(0)).toEqual([0]);
  });
});

describe('monthLabelIndexes', () => {
  const months = [
    '2025-02',
    '2025-03',
    '2025-04',
    '2025-05',
    '2025-06',
    '2025-07',
    '2025-08',
    '2025-09',
    '2025-10',
    '2025-11',
    '2025-12',
    '2026-01',
    '2026-02',
    '2026-03',
  ];

  it('labels the first month, each January and the last month', () => {
    expect(
      monthLabelIndexes(months, {left: 0, top: 0, width: 390, height: 1}, 40),
    ).toEqual([0, 11, 13]);
  });

  it('drops a label that would touch the one before, keeping the last', () => {
    // 30 units per month: January (11) and March (13) are 60 apart.
    expect(
      monthLabelIndexes(months, {left: 0, top: 0, width: 390, height: 1}, 70),
    ).toEqual([0, 13]);
  });
});
