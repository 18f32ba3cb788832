import {useCallback, useId, type ChangeEvent, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useIsBrowser from '@docusaurus/useIsBrowser';

import ScrollableTable from '@site/src/components/ScrollableTable';
import {site} from '@site/src/data/site';
import {formatCalendarDate} from '@site/src/lib/calendarDate';
import {handleUrl} from '@site/src/lib/github';
import {
  filterTeams,
  filtersToSearch,
  parseFilters,
  type FilterKey,
  type TeamFilters,
} from '@site/src/lib/teams/filters';
import {
  ARCHETYPES,
  ARCHETYPE_NAMES,
  CLUSTERS,
  STAGES,
} from '@site/src/lib/teams/model';
import type {TeamRow} from '@site/src/lib/teams/page';
import {stageLabel} from './stages';
import styles from './teams.module.css';

interface Props {
  readonly teams: readonly TeamRow[];
  /** Names of the custom features, by key. */
  readonly featureNames: Readonly<Record<string, string>>;
}

export const teamAnchor = (id: string): string => `team-${id}`;
export const featureAnchor = (id: string): string => `feature-${id}`;

interface FilterProps {
  readonly name: FilterKey;
  readonly label: string;
  readonly value: string | undefined;
  readonly options: readonly {readonly value: string; readonly label: string}[];
  readonly onChange: (name: FilterKey, value: string) => void;
}

function Filter({
  name,
  label,
  value,
  options,
  onChange,
}: FilterProps): ReactNode {
  const id = useId();
  return (
    <div className={styles.filter}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value ?? ''}
        onChange={(event: ChangeEvent<HTMLSelectElement>) =>
          onChange(name, event.target.value)
        }>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Contact({contact}: {readonly contact: string}): ReactNode {
  const url = handleUrl(site.github, contact);
  // A long "@org/team" may break after the slash, and nowhere else.
  const [owner, team] = contact.split('/', 2);
  const text = team ? (
    <>
      <span className={styles.nowrap}>{owner}/</span>
      <wbr />
      <span className={styles.nowrap}>{team}</span>
    </>
  ) : (
    <span className={styles.nowrap}>{contact}</span>
  );
  return (
    <span className={styles.contact}>
      {url ? <Link href={url.href}>{text}</Link> : text}
    </span>
  );
}

/** The teams, filtered by archetype, stage and cluster; the filter lives in the URL. */
export default function TeamsTable({teams, featureNames}: Props): ReactNode {
  const location = useLocation();
  const history = useHistory();
  // The HTML is built without a query; read it only after hydration so the
  // first render in the browser matches the HTML.
  const isBrowser = useIsBrowser();
  const filters = parseFilters(isBrowser ? location.search : '');
  const shown = filterTeams(teams, filters);
  const brokenLinks = useBrokenLinks();
  for (const team of teams) {
    // Row ids are link targets (from the custom features list).
    brokenLinks.collectAnchor(teamAnchor(team.id));
  }

  const update = useCallback(
    (name: FilterKey, value: string) => {
      const next: TeamFilters = {...filters, [name]: value || undefined};
      history.replace({
        ...location,
        search: filtersToSearch(next, location.search),
      });
    },
    [filters, history, location],
  );
  const active = Object.values(filters).some((value) => value !== undefined);

  return (
    <>
      <div className={styles.filters}>
        <Filter
          name="archetype"
          label="Archetype"
          value={filters.archetype}
          options={ARCHETYPES.map((archetype) => ({
            value: archetype,
            label: `${archetype} ${ARCHETYPE_NAMES[archetype]}`,
          }))}
          onChange={update}
        />
        <Filter
          name="stage"
          label="Stage"
          value={filters.stage}
          options={STAGES.map((stage) => ({
            value: stage,
            label: stageLabel(stage),
          }))}
          onChange={update}
        />
        <Filter
          name="cluster"
          label="Cluster"
          value={filters.cluster}
          options={CLUSTERS.map((cluster) => ({
            value: cluster,
            label: cluster,
          }))}
          onChange={update}
        />
        <button
          type="button"
          className="button button--secondary button--sm"
          disabled={!active}
          onClick={() =>
            history.replace({
              ...location,
              search: filtersToSearch({}, location.search),
            })
          }>
          Clear filters
        </button>
      </div>
      <p className={styles.count} role="status">
        Showing {shown.length} of {teams.length} teams
      </p>
      <ScrollableTable label="Teams on the platform" className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Team and contact</th>
            <th scope="col">Archetype</th>
            <th scope="col">Stage</th>
            <th scope="col">Services</th>
            <th scope="col">Clusters</th>
            <th scope="col">Custom features</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((team) => (
            <tr key={team.id} id={teamAnchor(team.id)}>
              <th scope="row">
                {team.name}
                <Contact contact={team.contact} />
              </th>
              <td className={styles.nowrap}>
                <span className={styles.archetype}>{team.archetype}</span>{' '}
                {ARCHETYPE_NAMES[team.archetype]}
              </td>
              <td>
                {stageLabel(team.stage)}
                {team.since && (
                  <span className={styles.since}>
                    since{' '}
                    <time dateTime={team.since}>
                      {formatCalendarDate(team.since)}
                    </time>
                  </span>
                )}
              </td>
              <td>
                {team.services.length > 0 ? (
                  <ul className={styles.inlineList}>
                    {team.services.map((service) => (
                      <li key={service}>
                        <code>{service}</code>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className={styles.none}>none yet</span>
                )}
              </td>
              <td className={styles.nowrap}>
                {team.clusters.length > 0 ? (
                  team.clusters.join(', ')
                ) : (
                  <span className={styles.none}>none yet</span>
                )}
              </td>
              <td>
                {team.customFeatures.length > 0 ? (
                  <ul className={styles.inlineList}>
                    {team.customFeatures.map((feature) => (
                      <li key={feature}>
                        <Link to={`#${featureAnchor(feature)}`}>
                          {featureNames[feature] ?? feature}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className={styles.none}>none</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
      {shown.length === 0 && (
        <p className={styles.empty}>
          No team matches these filters. Clear a filter to see more teams.
        </p>
      )}
    </>
  );
}
