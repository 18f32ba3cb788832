import type {ReactNode} from 'react';

import type {Engineer} from '@site/src/lib/rotation/types';
import styles from './styles.module.css';

interface Props {
  readonly engineers: readonly Engineer[];
  readonly value?: string;
  readonly onChange: (engineer: string | null) => void;
}

/** "Show only my shifts": one engineer, or everyone. */
export default function EngineerFilter({
  engineers,
  value,
  onChange,
}: Props): ReactNode {
  const sorted = [...engineers].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className={styles.filter}>
      <label htmlFor="support-engineer">Show only the shifts of</label>
      <select
        id="support-engineer"
        className={styles.select}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}>
        <option value="">everyone</option>
        {sorted.map((engineer) => (
          <option key={engineer.id} value={engineer.id}>
            {engineer.name}
          </option>
        ))}
      </select>
    </div>
  );
}
