import {describe, expect, it} from 'vitest';
import {
  blobUrl,
  editUrlBase,
  issuesWithLabelUrl,
  newIssueUrl,
  profileUrl,
  repositoryUrl,
} from './github';

const dotCom = {
  host: 'github.com',
  owner: 'acme',
  repo: 'portal',
  branch: 'main',
};
const enterprise = {
  host: 'git.corp.example:8443',
  owner: 'platform team',
  repo: 'base plate',
  branch: 'release/2026',
};

describe('repositoryUrl', () => {
  it('points at github.com', () => {
    expect(repositoryUrl(dotCom).href).toBe('https://github.com/acme/portal');
  });

  it('keeps an Enterprise host with its port and escapes the segments', () => {
    expect(repositoryUrl(enterprise).href).toBe(
      'https://git.corp.example:8443/platform%20team/base%20plate',
    );
  });
});

describe('editUrlBase', () => {
  it('ends with a slash so Docusaurus can append the source path', () => {
    expect(editUrlBase(dotCom)).toBe(
      'https://github.com/acme/portal/edit/main/',
    );
  });

  it('escapes a branch name that contains a slash', () => {
    expect(editUrlBase(enterprise)).toBe(
      'https://git.corp.example:8443/platform%20team/base%20plate/edit/release%2F2026/',
    );
  });
});

describe('newIssueUrl', () => {
  it('encodes parameters and skips empty ones', () => {
    const url = newIssueUrl(dotCom, {
      template: 'kb-question.yml',
      title: 'Why & how? ü',
      body: '',
      labels: undefined,
    });
    expect(url.origin + url.pathname).toBe(
      'https://github.com/acme/portal/issues/new',
    );
    expect([...url.searchParams.keys()]).toEqual(['template', 'title']);
    expect(url.searchParams.get('title')).toBe('Why & how? ü');
  });
});

describe('issuesWithLabelUrl', () => {
  it('searches open issues with the label', () => {
    const url = issuesWithLabelUrl(dotCom, 'rent-an-engineer');
    expect(url.pathname).toBe('/acme/portal/issues');
    expect(url.searchParams.get('q')).toBe(
      'is:issue is:open label:"rent-an-engineer"',
    );
  });
});

describe('profileUrl', () => {
  it('links a handle on github.com and on an Enterprise host', () => {
    expect(profileUrl(dotCom, 'amara-okafor').href).toBe(
      'https://github.com/amara-okafor',
    );
    expect(profileUrl(enterprise, '@lhoffmann').href).toBe(
      'https://git.corp.example:8443/lhoffmann',
    );
    expect(profileUrl(enterprise, 'jonas_acme').href).toBe(
      'https://git.corp.example:8443/jonas_acme',
    );
  });
});

describe('blobUrl', () => {
  it('points at a file on the branch', () => {
    expect(blobUrl(dotCom, 'docs/CONTRIBUTING.md').href).toBe(
      'https://github.com/acme/portal/blob/main/docs/CONTRIBUTING.md',
    );
  });
});
