/**
 * Where the iCalendar feeds live, for the plugin that writes them and the page
 * that links to them: `/support/rotation.ics` for the whole rotation and
 * `/support/rotation/<engineer-id>.ics` for one engineer.
 */

/** Path segments of a feed below the site's base URL. */
export function feedSegments(engineerId?: string): string[] {
  return engineerId === undefined
    ? ['support', 'rotation.ics']
    : ['support', 'rotation', `${engineerId}.ics`];
}

/** The feed's path below the site root, with the base URL: `/support/rotation.ics`. */
export function feedPath(baseUrl: string, engineerId?: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${base}${feedSegments(engineerId).map(encodeURIComponent).join('/')}`;
}

export interface FeedUrls {
  /** Plain download link, for calendar apps that take a URL and for browsers. */
  readonly https: string;
  /** Subscribe link: calendar apps open `webcal:` and keep the feed up to date. */
  readonly webcal: string;
}

/** Absolute addresses of a feed on the published site (`siteUrl` has no trailing slash). */
export function feedUrls(
  siteUrl: string,
  baseUrl: string,
  engineerId?: string,
): FeedUrls {
  const url = new URL(feedPath(baseUrl, engineerId), siteUrl);
  // The WHATWG URL setter refuses to turn https: into webcal:, so the
  // subscribe link is rebuilt from the parsed parts.
  const webcal = new URL(`webcal://${url.host}`);
  webcal.pathname = url.pathname;
  return {https: url.href, webcal: webcal.href};
}
