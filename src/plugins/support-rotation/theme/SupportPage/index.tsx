/**
 * /support: who is on support now, the rotation as a month calendar, the next
 * shifts, the calendar feeds and the fairness of the coming half year. The
 * route is added by the support-rotation plugin, which hands this page the
 * validated rotation; the schedule is computed here, in the reader's browser,
 * so a site built months ago still shows today's engineers.
 */
import {useCallback, useMemo, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useQueryString} from '@docusaurus/theme-common';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import {site} from '@site/src/data/site';
import {
  formatMonth,
  monthAt,
  parseMonth,
  sameMonth,
  type Month,
} from '@site/src/lib/rotation/calendar';
import {isoDate, zonedDay} from '@site/src/lib/rotation/dates';
import {DEFAULT_SOURCES} from '@site/src/lib/rotation/sources';
import {
  FAIRNESS_WEEKS,
  RotationSchedule,
} from '@site/src/lib/rotation/schedule';
import type {Rotation} from '@site/src/lib/rotation/types';
import EngineerFilter from './_components/EngineerFilter';
import FairnessTable from './_components/FairnessTable';
import MonthCalendar from './_components/MonthCalendar';
import OnSupportNow from './_components/OnSupportNow';
import Subscribe from './_components/Subscribe';
import UpcomingShifts from './_components/UpcomingShifts';
import {capitalise} from '@site/src/lib/text';
import {formatTime, useClock, zoneCity} from './_utils';
import styles from './styles.module.css';

interface Props {
  readonly rotation: Rotation;
}

function Pending(): ReactNode {
  return (
    <p className={styles.pending}>
      The schedule is worked out in your browser from the current date.
    </p>
  );
}

export default function SupportPage({rotation}: Props): ReactNode {
  const schedule = useMemo(() => new RotationSchedule(rotation), [rotation]);
  const {now, timeZone: readerZone} = useClock();
  // Filter and month live in the URL (?engineer=amara&month=2027-06), so a
  // view can be shared; both read as empty on the server and while hydrating.
  const [engineerParam, setEngineerParam] = useQueryString('engineer');
  const [monthParam, setMonthParam] = useQueryString('month');
  const engineer = rotation.engineers.find((e) => e.id === engineerParam);
  const zone = rotation.timeZone;

  const setEngineer = useCallback(
    (id: string | null) => setEngineerParam(id),
    [setEngineerParam],
  );
  const setMonth = useCallback(
    (month: Month | null) => setMonthParam(month ? formatMonth(month) : null),
    [setMonthParam],
  );

  const ready = now !== null && readerZone !== null;
  const currentMonth = ready ? monthAt(now, zone) : undefined;
  const shownMonth = parseMonth(monthParam) ?? currentMonth;
  const handoffNext = ready
    ? schedule.startsAt(Math.max(0, schedule.indexAt(now) + 1))
    : undefined;

  return (
    <Layout
      title="Support"
      description={`Who is on support for ${site.platformName} this week, the rotation calendar and its calendar feeds, and how to ask for help.`}>
      <main className="container margin-vert--lg">
        <Heading as="h1">Support</Heading>
        <p className={styles.lead}>
          Every week two platform engineers are on support: a primary who
          answers first and a secondary who takes over when the primary is busy
          with an incident. They watch one place, the support channel{' '}
          <Link href={site.supportChannel.url}>{site.supportChannel.name}</Link>
          .
        </p>

        <OnSupportNow schedule={schedule} now={now} readerZone={readerZone} />

        <Heading as="h2">Ask in the channel, not in a direct message</Heading>
        <p>
          A direct message reaches one person who may be on holiday, in a
          workshop or asleep in another time zone. A question in the channel
          reaches whoever is on support, and the next team with the same problem
          finds the answer there. The community answers too: many questions are
          solved by another application team before a platform engineer reads
          them.
        </p>
        <Heading as="h2">Before you ask</Heading>
        <ul>
          <li>
            Search the <Link to="/kb">knowledge base</Link>: most sync,
            certificate and DNS problems have an answer with the exact fix.
          </li>
          <li>
            Say which cluster, namespace and application you mean, and paste the
            error message as text, not as a screenshot.
          </li>
          <li>
            If a custom feature is what you need,{' '}
            <Link to="/rent-an-engineer">rent an engineer</Link> instead.
          </li>
        </ul>

        <Heading as="h2" id="calendar">
          Calendar
        </Heading>
        <p>
          Shifts hand over every {capitalise(rotation.handoff.weekday)} at{' '}
          {rotation.handoff.time} {zoneCity(zone)} time ({zone}); each row of
          the calendar is one shift, and its dates are {zoneCity(zone)} dates.
          {ready && handoffNext !== undefined && (
            <>
              {' '}
              {readerZone === zone ? (
                <>That is your time zone too.</>
              ) : (
                <>
                  In your time zone ({readerZone}) the next handoff is at{' '}
                  {formatTime(handoffNext, readerZone)}.
                </>
              )}
            </>
          )}
        </p>
        <EngineerFilter
          engineers={rotation.engineers}
          value={engineer?.id}
          onChange={setEngineer}
        />
        {ready && shownMonth && currentMonth ? (
          <MonthCalendar
            schedule={schedule}
            month={shownMonth}
            isCurrentMonth={sameMonth(shownMonth, currentMonth)}
            today={isoDate(zonedDay(now, zone))}
            engineer={engineer?.id}
            onMonthChange={setMonth}
          />
        ) : (
          <Pending />
        )}

        <Heading as="h2" id="upcoming">
          {engineer ? `${engineer.name}'s next shifts` : 'Upcoming shifts'}
        </Heading>
        {ready ? (
          <UpcomingShifts
            schedule={schedule}
            now={now}
            readerZone={readerZone}
            engineer={engineer?.id}
          />
        ) : (
          <Pending />
        )}

        <Heading as="h2" id="subscribe">
          Subscribe to the calendar
        </Heading>
        <Subscribe engineers={rotation.engineers} engineer={engineer} />

        <Heading as="h2" id="fairness">
          Fairness over the next {FAIRNESS_WEEKS} weeks
        </Heading>
        <p>
          Everyone takes turns: over any {FAIRNESS_WEEKS} weeks, engineers who
          were free for the same weeks serve within one shift of each other,
          nobody serves two weeks in a row while others are free, primary and
          secondary alternate, and holiday weeks are shared out. Time off moves
          shifts to the others; a swap changes only the seats it names.
        </p>
        {ready ? (
          <FairnessTable
            schedule={schedule}
            from={schedule.indexAt(now)}
            engineer={engineer?.id}
          />
        ) : (
          <Pending />
        )}
        <p>
          To change the rotation, take time off or swap a shift, edit{' '}
          <code>{DEFAULT_SOURCES.rotationFile}</code>:{' '}
          <Link to="/contribute/support-rotation">the support rotation</Link>{' '}
          says how.
        </p>
      </main>
    </Layout>
  );
}
