import {describe, expect, it} from 'vitest';

import {checkEntry} from './check';
import type {KbContext} from './context';
import {
  MAX_SLUG_LENGTH,
  guessTopic,
  handleFromGit,
  planEntry,
  slugify,
} from './scaffold';

const context: KbContext = {
  tags: [
    {
      id: 'gitops',
      label: 'GitOps',
      description: 'Syncs, pull requests and rollbacks',
    },
    {
      id: 'certificates',
      label: 'Certificates',
      description: 'TLS certificates and their renewal',
    },
    {id: 'dns', label: 'DNS', description: 'Host names and records'},
    {
      id: 'secrets',
      label: 'Secrets',
      description: 'Vault, external secrets and rotation',
    },
    {
      id: 'environments',
      label: 'Environments',
      description: 'Staging, production and preview environments',
    },
  ],
  versions: ['2026.1', '2025.2', 'next'],
  today: '2026-11-25',
};

describe('slugify', () => {
  it('keeps lower-case words joined by hyphens', () => {
    expect(slugify('How do I rotate a Vault secret?')).toBe(
      'how-do-i-rotate-a-vault-secret',
    );
    expect(slugify("Why doesn't my Ingress get an address?")).toBe(
      'why-doesnt-my-ingress-get-an-address',
    );
    expect(slugify('Où est mon certificat — TLS 1.3?')).toBe(
      'ou-est-mon-certificat-tls-1-3',
    );
  });

  it('cuts long questions at a word boundary', () => {
    const slug = slugify(
      'Why does the certificate for my new host name stay pending for hours after I merged the Ingress?',
    );
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe(
      'why-does-the-certificate-for-my-new-host-name-stay-pending',
    );
  });
});

describe('guessTopic', () => {
  it('finds the topic from its id, label or description', () => {
    expect(guessTopic('Why is my certificate not renewed?', context.tags)).toBe(
      'certificates',
    );
    expect(guessTopic('How do I rotate a secret?', context.tags)).toBe(
      'secrets',
    );
    expect(
      guessTopic('Can I get a preview for every branch?', context.tags),
    ).toBe('environments');
    expect(
      guessTopic('Why does my DNS record point elsewhere?', context.tags),
    ).toBe('dns');
  });

  it('gives up when nothing matches or topics tie', () => {
    expect(
      guessTopic('What is the meaning of life?', context.tags),
    ).toBeUndefined();
    expect(
      guessTopic('Is my secret certificate synced?', context.tags),
    ).toBeUndefined();
  });
});

describe('handleFromGit', () => {
  it('prefers github.user, then a no-reply address, then a user name that is a handle', () => {
    expect(
      handleFromGit({githubUser: 'amara-okafor', name: 'Amara Okafor'}),
    ).toBe('amara-okafor');
    expect(
      handleFromGit({email: '1234567+jlindqvist@users.noreply.github.com'}),
    ).toBe('jlindqvist');
    expect(handleFromGit({email: 'priya@users.noreply.git.corp.example'})).toBe(
      'priya',
    );
    expect(
      handleFromGit({name: 'mateogarcia', email: 'mateo@northwind.example'}),
    ).toBe('mateogarcia');
  });

  it('finds nothing in a plain name and a company address', () => {
    expect(
      handleFromGit({name: 'Mateo García', email: 'mateo@northwind.example'}),
    ).toBeUndefined();
  });
});

describe('planEntry', () => {
  const entry = {
    question: 'How do I rotate a Vault secret?',
    topic: 'secrets',
    author: 'amara-okafor',
  };

  it('writes an entry that passes the entry check as it is', () => {
    const planned = planEntry(entry, context, []);
    expect(planned.file).toBe('kb/secrets/how-do-i-rotate-a-vault-secret.md');
    expect(
      checkEntry({file: planned.file, source: planned.text}, context),
    ).toEqual([]);
    expect(planned.text).toContain('last_verified: 2026-11-25\n');
    expect(planned.text).toContain("applies_to: ['2026.1']\n");
    expect(planned.text).toContain('contributors: [amara-okafor]\n');
  });

  it('quotes a question YAML would misread', () => {
    const planned = planEntry(
      {...entry, question: 'Why: does # this break YAML?'},
      context,
      [],
    );
    expect(
      checkEntry({file: planned.file, source: planned.text}, context),
    ).toEqual([]);
  });

  it('refuses a question another answer has, in any topic', () => {
    expect(() =>
      planEntry(entry, context, [
        'kb/gitops/how-do-i-rotate-a-vault-secret.md',
      ]),
    ).toThrow(
      'kb/gitops/how-do-i-rotate-a-vault-secret.md already answers this question',
    );
  });

  it('refuses what is not a question, an unknown topic and a bad handle', () => {
    expect(() =>
      planEntry({...entry, question: 'Rotating secrets'}, context, []),
    ).toThrow('as a question ending with "?"');
    expect(() =>
      planEntry({...entry, topic: 'networking'}, context, []),
    ).toThrow('"networking" is not a topic');
    expect(() => planEntry({...entry, author: '@amara'}, context, [])).toThrow(
      'is not a GitHub handle',
    );
  });
});
