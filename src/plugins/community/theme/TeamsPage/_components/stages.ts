import type {Stage} from '@site/src/lib/teams/model';
import {capitalise} from '@site/src/lib/text';

import styles from './stages.module.css';

export const paletteClass = styles.palette;

/** The class that colours a stage (SVG fill and legend swatch). */
export const stageClass: Readonly<Record<Stage, string | undefined>> = {
  'not started': styles.notStarted,
  'workshop done': styles.workshopDone,
  'taskforce engaged': styles.taskforceEngaged,
  migrating: styles.migrating,
  live: styles.live,
};

/** "taskforce engaged" → "Taskforce engaged". */
export function stageLabel(stage: Stage): string {
  return capitalise(stage);
}
