/**
 * The moment the site is built. Every build-time clock reads it: the rotation
 * feeds' window and stamp, the "not in the future" check of knowledge-base
 * dates, the events' server-rendered "now" and the footer's year.
 *
 * `SOURCE_DATE_EPOCH` (seconds since 1970-01-01 UTC, the reproducible-builds
 * convention) sets it, so two builds of one commit give identical files and a
 * test can build "as of" any day; unset, it is the current time.
 */
export const SOURCE_DATE_EPOCH = 'SOURCE_DATE_EPOCH';

export function buildDate(
  env: Readonly<Record<string, string | undefined>> = process.env,
  now: () => Date = () => new Date(),
): Date {
  const value = env[SOURCE_DATE_EPOCH];
  if (value === undefined || value === '') {
    return now();
  }
  if (!/^\d{1,12}$/.test(value.trim())) {
    throw new Error(
      `${SOURCE_DATE_EPOCH}="${value}" is not a number of seconds since 1970-01-01 UTC. Fix: set it to a whole number such as $(git log -1 --format=%ct), or unset it to build as of now.`,
    );
  }
  return new Date(Number(value.trim()) * 1000);
}
