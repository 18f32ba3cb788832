import type {ReactNode} from 'react';

import ScrollableTable from '@site/src/components/ScrollableTable';
import type {StageCounts} from '@site/src/lib/teams/figures';
import {
  ARCHETYPES,
  ARCHETYPE_NAMES,
  STAGES,
  type Archetype,
} from '@site/src/lib/teams/model';
import {stageClass, stageLabel} from './stages';
import styles from './charts.module.css';

interface Props {
  readonly counts: Readonly<Record<Archetype, StageCounts>>;
}

// SVG user units; the chart scales to its column and keeps its proportions.
const WIDTH = 400;
const ROW = 60;
const BAR = 24;
const TOTAL_ROOM = 34;

const total = (counts: StageCounts): number =>
  STAGES.reduce((sum, stage) => sum + counts[stage], 0);

function describe(counts: Props['counts']): string {
  const rows = ARCHETYPES.map((archetype) => {
    const stages = STAGES.filter((stage) => counts[archetype][stage] > 0)
      .map((stage) => `${counts[archetype][stage]} ${stage}`)
      .join(', ');
    return `archetype ${archetype} (${ARCHETYPE_NAMES[archetype]}): ${total(counts[archetype])} teams, ${stages}`;
  });
  return `Bar chart of teams by archetype and stage. ${rows.join('; ')}.`;
}

/** One stacked bar per archetype, a segment per stage. */
export default function StageChart({counts}: Props): ReactNode {
  const max = Math.max(1, ...ARCHETYPES.map((a) => total(counts[a])));
  const scale = (WIDTH - TOTAL_ROOM) / max;
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>
        Teams by archetype and stage
      </figcaption>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${WIDTH} ${ROW * ARCHETYPES.length}`}
        role="img"
        aria-label={describe(counts)}>
        {ARCHETYPES.map((archetype, row) => {
          const y = row * ROW;
          let x = 0;
          return (
            <g key={archetype}>
              <text className={styles.barLabel} x={0} y={y + 16}>
                <tspan className={styles.archetype}>{archetype}</tspan>{' '}
                {ARCHETYPE_NAMES[archetype]}
              </text>
              {STAGES.map((stage) => {
                const width = counts[archetype][stage] * scale;
                const segment = (
                  <rect
                    key={stage}
                    className={stageClass[stage]}
                    x={x}
                    y={y + 24}
                    width={width}
                    height={BAR}
                  />
                );
                x += width;
                return segment;
              })}
              <text className={styles.total} x={x + 6} y={y + 24 + BAR / 2}>
                {total(counts[archetype])}
              </text>
            </g>
          );
        })}
      </svg>
      <details className={styles.numbers}>
        <summary>Teams by archetype and stage as a table</summary>
        <ScrollableTable
          label="Teams by archetype and stage"
          scrollerClassName={styles.scroller}
          className={styles.numbersTable}>
          <thead>
            <tr>
              <th scope="col">Archetype</th>
              {STAGES.map((stage) => (
                <th key={stage} scope="col">
                  {stageLabel(stage)}
                </th>
              ))}
              <th scope="col">All</th>
            </tr>
          </thead>
          <tbody>
            {ARCHETYPES.map((archetype) => (
              <tr key={archetype}>
                <th scope="row">
                  {archetype} {ARCHETYPE_NAMES[archetype]}
                </th>
                {STAGES.map((stage) => (
                  <td key={stage}>{counts[archetype][stage]}</td>
                ))}
                <td>{total(counts[archetype])}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      </details>
    </figure>
  );
}
