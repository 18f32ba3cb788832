/**
 * Everything an adopter changes to make Baseplate their own lives in this one
 * module. The Docusaurus config, the pages and the plugins import it; no other
 * file repeats these values.
 *
 * Fork the repository, edit this file, and publish. It is imported by browser
 * code too, so it holds plain values only (environment overrides live in
 * docusaurus.config.ts).
 */

export interface GitHubRepository {
  /** Host of the GitHub instance: `github.com` or a GitHub Enterprise Server host. */
  readonly host: string;
  readonly owner: string;
  readonly repo: string;
  /** Branch that holds the unversioned sources (used by "Edit this page"). */
  readonly branch: string;
}

export interface SupportChannel {
  /** How people name the channel in conversation, e.g. `#platform-support`. */
  readonly name: string;
  /** A link that opens the channel in the company's chat tool. */
  readonly url: string;
}

export interface SiteSettings {
  /** The organisation that runs the platform, shown in the footer and page titles. */
  readonly organisation: string;
  /** The platform's name, shown in the navbar and on the home page. */
  readonly platformName: string;
  /** One sentence that says what the platform gives a team. */
  readonly tagline: string;
  /** Public address of the published site, without a trailing slash. */
  readonly url: string;
  /** Path the site is served under, with leading and trailing slashes (`/` or `/baseplate/`). */
  readonly baseUrl: string;
  readonly github: GitHubRepository;
  readonly supportChannel: SupportChannel;
  /** IANA time zone the platform team works in (support handoffs, events). */
  readonly timeZone: string;
}

export const site: SiteSettings = {
  organisation: 'Northwind Logistics',
  platformName: 'Baseplate',
  tagline:
    'Ship containers to production through Git: ingress, certificates, DNS and secrets included, the same on-prem and in the cloud.',
  url: 'https://baseplate.northwind.example',
  baseUrl: '/',
  github: {
    host: 'github.com',
    owner: 'northwind-platform',
    repo: 'baseplate',
    branch: 'main',
  },
  supportChannel: {
    name: '#baseplate-support',
    url: 'https://chat.northwind.example/channels/baseplate-support',
  },
  timeZone: 'Europe/Copenhagen',
};
