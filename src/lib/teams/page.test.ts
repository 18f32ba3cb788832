import {describe, expect, it} from 'vitest';

import type {TeamsData} from './model';
import {teamsPageData} from './page';

const engineers = [
  {key: 'mateo', name: 'Mateo García', title: 'Platform engineer'},
  {key: 'priya', name: 'Priya Raghunathan'},
];

const data: TeamsData = {
  customFeatures: {
    'sftp-ingress': {
      name: 'SFTP through the ingress',
      adaptation: 'A TCP route on port 22.',
      owner: 'billing',
      platformContact: 'priya',
      recorded: '2025-07-28',
      exit: 'When brokers use the API.',
    },
    'oracle-wallet-sync': {
      name: 'Oracle wallet sync',
      adaptation: 'A sidecar.',
      owner: 'freight-audit',
      platformContact: 'mateo',
      recorded: '2025-06-16',
      exit: 'After the move to PostgreSQL.',
    },
  },
  teams: [
    {
      id: 'freight-audit',
      name: 'Freight Audit',
      contact: '#team-audit',
      archetype: '02',
      stage: 'migrating',
      services: ['audit-engine'],
      clusters: ['on-prem'],
      customFeatures: ['oracle-wallet-sync'],
      changes: [
        {date: '2026-02-04', stage: 'workshop done'},
        {date: '2026-07-06', stage: 'migrating'},
      ],
    },
    {
      id: 'billing',
      name: 'Billing',
      contact: '@northwind-logistics/billing',
      archetype: '02',
      stage: 'live',
      services: ['invoice-service'],
      clusters: ['on-prem'],
      customFeatures: ['oracle-wallet-sync', 'sftp-ingress'],
      changes: [{date: '2025-11-03', stage: 'live'}],
    },
    {
      id: 'intranet',
      name: 'Intranet',
      contact: '#team-intranet',
      archetype: 'NaN',
      stage: 'not started',
      services: [],
      clusters: [],
      customFeatures: [],
      changes: [],
    },
  ],
};

describe('teamsPageData', () => {
  const page = teamsPageData(data, engineers);

  it('lists teams by name, with the date of their last stage change', () => {
    expect(page.teams.map((team) => [team.id, team.since])).toEqual([
      ['billing', '2025-11-03'],
      ['freight-audit', '2026-07-06'],
      ['intranet', undefined],
    ]);
    expect(page.teams[0]).not.toHaveProperty('changes');
  });

  it('lists each custom feature with its owning team, contact and dependants, most used first', () => {
    expect(
      page.debt.map((item) => ({
        id: item.id,
        owner: item.owner.name,
        contact: item.platformContact.name,
        teams: item.teams.map((team) => team.name),
      })),
    ).toEqual([
      {
        id: 'oracle-wallet-sync',
        owner: 'Freight Audit',
        contact: 'Mateo García',
        teams: ['Billing', 'Freight Audit'],
      },
      {
        id: 'sftp-ingress',
        owner: 'Billing',
        contact: 'Priya Raghunathan',
        teams: ['Billing'],
      },
    ]);
  });

  it('counts the platform engineers from authors.yml', () => {
    expect(page.figures.platformEngineers).toBe(engineers.length);
    expect(page.figures.teams).toBe(3);
  });

  it('refuses a platform contact it cannot resolve', () => {
    expect(() => teamsPageData(data, engineers.slice(1))).toThrow(
      /custom feature "oracle-wallet-sync": platformContact "mateo"/,
    );
  });
});
