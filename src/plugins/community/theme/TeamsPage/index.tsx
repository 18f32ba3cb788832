import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import data from '@generated/community/default/teams.json';

import FigureStrip from '@site/src/components/FigureStrip';
import {site} from '@site/src/data/site';
import AdoptionChart from './_components/AdoptionChart';
import StageChart from './_components/StageChart';
import StageLegend from './_components/StageLegend';
import DebtList from './_components/DebtList';
import TeamsTable from './_components/TeamsTable';
import {paletteClass} from './_components/stages';
import chartStyles from './_components/charts.module.css';
import tableStyles from './_components/teams.module.css';

export default function TeamsPage(): ReactNode {
  const {figures} = data;
  const featureNames = Object.fromEntries(
    data.debt.map((item) => [item.id, item.name]),
  );
  return (
    <Layout
      title="Teams and adoption"
      description={`The ${figures.teams} application teams of ${site.organisation}, how far each one is on its way onto ${site.platformName}, and the custom features the platform keeps for them.`}>
      <main className={`container margin-vert--lg ${paletteClass}`}>
        <Heading as="h1">Teams and adoption</Heading>
        <p>
          {site.organisation} has {figures.teams} application teams. Each one
          moves onto {site.platformName} at its own pace: the one-hour workshop
          first, then, for teams new to containers, a migration taskforce in
          their dailies, then the migration itself. Here is where every team is
          today; the <Link to="/events">events</Link> are where they meet.
        </p>
        <FigureStrip
          figures={[
            {value: figures.live, label: 'teams live'},
            {value: figures.migrating, label: 'teams migrating'},
            {value: figures.notStarted, label: 'teams not started'},
            {value: figures.platformEngineers, label: 'platform engineers'},
          ]}
        />

        <section
          className={tableStyles.section}
          aria-label="The adoption picture">
          <Heading as="h2" id="adoption">
            The adoption picture
          </Heading>
          <p>
            Teams come in three archetypes: <strong>01</strong> (Lift) teams are
            new to containers and get hands-on help, <strong>NaN</strong> (Lift
            &amp; Shift) teams experiment and mostly need fast answers, and{' '}
            <strong>02</strong> (Custom features) teams run workloads that need
            an adaptation of the platform.
          </p>
          <StageLegend />
          <div className={chartStyles.charts}>
            <StageChart counts={data.byArchetypeAndStage} />
            <AdoptionChart series={data.adoption} />
          </div>
        </section>

        <section className={tableStyles.section} aria-label="All teams">
          <Heading as="h2" id="teams">
            All teams
          </Heading>
          <p>
            Filter by archetype, stage or cluster; the address keeps the filter,
            so you can bookmark or share it. Your team is missing or out of
            date? Edit <code>src/data/teams.yaml</code> in a pull request.
          </p>
          <TeamsTable teams={data.teams} featureNames={featureNames} />
        </section>

        <section
          className={tableStyles.section}
          aria-label="Custom features: our technical debt">
          <Heading as="h2" id="custom-features">
            Custom features: our technical debt
          </Heading>
          <p>
            Some workloads do not fit the golden path. For them the platform
            team builds an adaptation, and records it here as technical debt:
            every one has an owner and a way out, so it is paid back rather than
            kept forever.
          </p>
          <DebtList items={data.debt} />
        </section>
      </main>
    </Layout>
  );
}
