/**
 * The engagement path: how a team gets from a first workshop to a platform
 * engineer in its stand-up. The numbering is the platform team's own (1 to 5,
 * then 255) and appears on the home page and in the docs.
 */

export interface EngagementStage {
  /** The stage number as the platform team writes it. */
  readonly number: string;
  readonly name: string;
  /** One sentence: what the stage is. */
  readonly text: string;
  /** The handbook page of the stage, in the latest released docs. */
  readonly docPath: string;
}

export const engagementStages: readonly EngagementStage[] = [
  {
    number: '1',
    name: 'Workshops',
    text: 'The complete development workflow in one hour.',
    docPath: '/docs/engagement/workshops',
  },
  {
    number: '2',
    name: 'Events',
    text: 'Release demos, deep dives, office hours and meetups, on a calendar you can subscribe to.',
    docPath: '/docs/engagement/events',
  },
  {
    number: '3',
    name: 'Connect',
    text: 'The knowledge base, the teams page and the meetup: find the team that solved it before.',
    docPath: '/docs/engagement/connect',
  },
  {
    number: '4',
    name: 'Support rotation',
    text: 'Two platform engineers on support every week, in one channel.',
    docPath: '/docs/engagement/support-rotation',
  },
  {
    number: '5',
    name: 'Rent-an-engineer',
    text: 'A platform engineer joins your team to build a custom feature.',
    docPath: '/docs/engagement/rent-an-engineer',
  },
  {
    number: '255',
    name: 'Pair up',
    text: 'A platform engineer pairs with your team, skipping every meeting but your scrum events.',
    docPath: '/docs/engagement/pair-up',
  },
];
