import {describe, expect, it} from 'vitest';

import {handleUrl} from './github';

describe('handleUrl', () => {
  it('links a team handle to the team page of the organisation', () => {
    expect(
      handleUrl({host: 'github.com'}, '@northwind-logistics/route-planning')
        ?.href,
    ).toBe('https://github.com/orgs/northwind-logistics/teams/route-planning');
  });

  it('links a user handle to the profile, on an Enterprise host too', () => {
    expect(handleUrl({host: 'git.corp.example:8443'}, '@priya-r')?.href).toBe(
      'https://git.corp.example:8443/priya-r',
    );
  });

  it('leaves chat channels and malformed handles alone', () => {
    expect(handleUrl({host: 'github.com'}, '#team-returns')).toBeUndefined();
    expect(handleUrl({host: 'github.com'}, '@a/b/c')).toBeUndefined();
    expect(handleUrl({host: 'github.com'}, 'northwind')).toBeUndefined();
  });
});
