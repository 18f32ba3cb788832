/**
 * Community events (meetups, demos, office hours) as the pages see them, and
 * the one rule that decides what is upcoming: an event is upcoming until it
 * has ended. Pages apply it in the browser with the reader's clock, so a site
 * built weeks ago still shows the right events as invitations or recaps.
 */

export interface CommunityEvent {
  /** Stable id: the slug of the blog post that announces the event. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Path of the blog post (the announcement, later the recap). */
  readonly permalink: string;
  /** ISO 8601 with an offset, as written in the post. */
  readonly start: string;
  readonly end: string;
  readonly location?: string;
  readonly callLink?: string;
  readonly signupLink?: string;
  /** Path of the event's own iCalendar file, without the base URL. */
  readonly calendarPath: string;
  /** Date of the announcing post (YYYY-MM-DD); a stable DTSTAMP for feeds. */
  readonly announced: string;
}

/** What the pages get: the events, and when the HTML was built. */
export interface EventsData {
  /**
   * The moment the HTML was rendered (ISO 8601). The browser's first render
   * uses it too, so it matches the HTML; then the reader's clock takes over.
   */
  readonly builtAt: string;
  /** Soonest first. */
  readonly events: readonly CommunityEvent[];
}

/** True until the event has ended (an event in progress is still upcoming). */
export function isUpcoming(event: CommunityEvent, now: Date): boolean {
  return Date.parse(event.end) > now.getTime();
}

/** True while the event is taking place. */
export function isHappening(event: CommunityEvent, now: Date): boolean {
  return Date.parse(event.start) <= now.getTime() && isUpcoming(event, now);
}

export interface SplitEvents {
  /** Soonest first. */
  readonly upcoming: CommunityEvent[];
  /** Most recent first. */
  readonly past: CommunityEvent[];
}

export function splitEvents(
  events: readonly CommunityEvent[],
  now: Date,
): SplitEvents {
  const byStart = [...events].sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start),
  );
  return {
    upcoming: byStart.filter((event) => isUpcoming(event, now)),
    past: byStart.filter((event) => !isUpcoming(event, now)).reverse(),
  };
}

/** The next event that has not ended, or undefined. */
export function nextEvent(
  events: readonly CommunityEvent[],
  now: Date,
): CommunityEvent | undefined {
  return splitEvents(events, now).upcoming[0];
}
