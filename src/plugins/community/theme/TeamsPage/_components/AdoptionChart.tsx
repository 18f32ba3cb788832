import type {ReactNode} from 'react';

import ScrollableTable from '@site/src/components/ScrollableTable';
import {formatCalendarMonth as formatMonth} from '@site/src/lib/calendarDate';
import {
  monthLabelIndexes,
  stackedAreas,
  ticks,
  xOf,
  yOf,
  type Plot,
} from '@site/src/lib/teams/chart';
import type {AdoptionPoint} from '@site/src/lib/teams/figures';
import {STAGES, type Stage} from '@site/src/lib/teams/model';
import {stageClass, stageLabel} from './stages';
import styles from './charts.module.css';

interface Props {
  readonly series: readonly AdoptionPoint[];
}

const WIDTH = 400;
const HEIGHT = 220;
const PLOT: Plot = {left: 26, top: 8, width: WIDTH - 26 - 22, height: 180};
// Live at the bottom, so the growth of the platform reads as a rising area.
const STACK: readonly Stage[] = [...STAGES].reverse();

function describe(series: readonly AdoptionPoint[], teams: number): string {
  const first = series[0]!;
  const last = series.at(-1)!;
  const change = (stage: Stage) =>
    `${stage} from ${first.counts[stage]} to ${last.counts[stage]}`;
  return `Stacked area chart of the ${teams} teams by stage at the end of each month, ${formatMonth(first.month, 'long')} to ${formatMonth(last.month, 'long')}: ${change('live')}, ${change('migrating')}, ${change('taskforce engaged')}, ${change('workshop done')}, ${change('not started')}.`;
}

/** Teams per stage month by month, as stacked areas. */
export default function AdoptionChart({series}: Props): ReactNode {
  if (series.length === 0) {
    return <p>No team has recorded a stage change yet.</p>;
  }
  const teams = STAGES.reduce(
    (sum, stage) => sum + series[0]!.counts[stage],
    0,
  );
  const months = series.map((point) => point.month);
  const bottom = PLOT.top + PLOT.height;
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>
        Adoption over time, month by month
      </figcaption>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={describe(series, teams)}>
        {stackedAreas(series, STACK, teams, PLOT).map((area) => (
          <path
            key={area.stage}
            className={stageClass[area.stage]}
            d={area.path}
          />
        ))}
        {ticks(teams).map((tick) => {
          const y = yOf(tick, teams, PLOT);
          return (
            <g key={tick}>
              <line
                className={styles.grid}
                x1={PLOT.left}
                x2={PLOT.left + PLOT.width}
                y1={y}
                y2={y}
              />
              <text
                className={styles.axis}
                x={PLOT.left - 5}
                y={y}
                textAnchor="end"
                dominantBaseline="middle">
                {tick}
              </text>
            </g>
          );
        })}
        {monthLabelIndexes(months, PLOT, 70).map((index) => (
          <text
            key={months[index]}
            className={styles.axis}
            x={xOf(index, months.length, PLOT)}
            y={bottom + 16}
            textAnchor={
              index === 0
                ? 'start'
                : index === months.length - 1
                  ? 'end'
                  : 'middle'
            }>
            {formatMonth(months[index]!)}
          </text>
        ))}
      </svg>
      <details className={styles.numbers}>
        <summary>Teams per stage, month by month, as a table</summary>
        <ScrollableTable
          label="Teams per stage, month by month"
          scrollerClassName={styles.scroller}
          className={styles.numbersTable}>
          <thead>
            <tr>
              <th scope="col">End of</th>
              {STAGES.map((stage) => (
                <th key={stage} scope="col">
                  {stageLabel(stage)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((point) => (
              <tr key={point.month}>
                <th scope="row">{formatMonth(point.month)}</th>
                {STAGES.map((stage) => (
                  <td key={stage}>{point.counts[stage]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      </details>
    </figure>
  );
}
