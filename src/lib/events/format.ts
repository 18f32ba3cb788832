/**
 * How an event's time reads on the page: in the platform team's time zone
 * (src/data/site.ts), with the zone named, e.g.
 * "Thursday, 3 December 2026, 14:00–15:00 CET".
 */
export function formatEventTime(
  start: string,
  end: string,
  timeZone: string,
): string {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  return format.formatRange(new Date(start), new Date(end));
}
