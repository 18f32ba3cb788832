import {describe, expect, it} from 'vitest';
import {FIELDS, emptyDraft, fieldById, type RequestDraft} from './fields';
import {
  isGitHubHandle,
  isRealDate,
  localDateString,
  validateField,
  validateRequest,
} from './validate';

const TODAY = '2026-05-14';

const valid: RequestDraft = {
  engagement: 'Rent an engineer',
  title: 'Reach the warehouse label printers from the platform',
  team: 'Orders',
  requester: '@mona-lisa',
  contact: '#orders-dev',
  archetype: '02 Custom features',
  goal: 'Our label service prints to printers on the warehouse network.',
  start: '2026-06-01',
  duration: '6',
  skills: 'Network policies, egress gateways',
  links:
    'https://github.com/northwind/orders\nhttps://wiki.northwind.example/printing',
};

function errorFor(id: keyof RequestDraft, value: string): string | undefined {
  return validateRequest({...valid, [id]: value}, TODAY)[id];
}

describe('validateRequest', () => {
  it('accepts a complete request', () => {
    expect(validateRequest(valid, TODAY)).toEqual({});
  });

  it('names every required field of an empty form, in form order, and no optional one', () => {
    const errors = validateRequest(emptyDraft(), TODAY);
    expect(Object.keys(errors)).toEqual(
      FIELDS.filter((field) => field.required).map((field) => field.id),
    );
    expect(errors).toEqual({
      engagement: 'Choose rent an engineer or pair up',
      title: 'Enter a one-line summary of what you need',
      team: 'Enter the name of your team',
      requester: 'Enter your GitHub handle',
      contact: 'Enter where the platform team can reach your team',
      archetype: 'Choose the archetype that fits your team',
      goal: 'Describe what should be built, and why',
      start: 'Enter the date you would like to start',
      duration: 'Enter the number of weeks',
    });
  });

  it('treats an answer of spaces and newlines as empty', () => {
    expect(errorFor('team', ' \n\t ')).toBe('Enter the name of your team');
  });

  it('accepts a form without the optional answers', () => {
    expect(validateRequest({...valid, skills: '', links: ''}, TODAY)).toEqual(
      {},
    );
  });
});

describe('choices', () => {
  it('accepts only the offered engagement types and archetypes', () => {
    expect(errorFor('engagement', 'Pair up')).toBeUndefined();
    expect(errorFor('engagement', 'Rent a manager')).toBe(
      'Choose one of: Rent an engineer, Pair up',
    );
    expect(errorFor('archetype', 'NaN Lift & Shift')).toBeUndefined();
    expect(errorFor('archetype', '03 Rewrite')).toBe(
      'Choose one of: 01 Lift, NaN Lift & Shift, 02 Custom features',
    );
  });
});

describe('GitHub handle', () => {
  it.each([
    'mona',
    '@mona-lisa',
    'a',
    'M0na-L1sa-2',
    'x'.repeat(39),
    'mona_northwind',
    ' @mona ',
  ])('accepts %s', (handle) => {
    expect(isGitHubHandle(handle)).toBe(true);
  });

  it.each([
    '-mona',
    'mona-',
    'mo--na',
    'mona lisa',
    'x'.repeat(40),
    '@northwind/orders',
    'monä',
    '@@mona',
    'mona_',
    'https://github.com/mona',
  ])('refuses %s with a message that shows the format', (handle) => {
    expect(isGitHubHandle(handle)).toBe(false);
    expect(errorFor('requester', handle)).toMatch(/such as mona-lisa/);
  });
});

describe('start date', () => {
  it.each(['2028-02-29', '2026-12-31', TODAY])('accepts %s', (date) => {
    expect(errorFor('start', date)).toBeUndefined();
  });

  it('refuses a date in the past', () => {
    expect(errorFor('start', '2026-05-13')).toBe(
      'The start date must be today or later',
    );
  });

  it.each([
    '2027-02-29',
    '2026-13-01',
    '2026-04-31',
    '04/03/2030',
    '2026-6-1',
    'soon',
    '0000-01-01',
  ])('refuses %s, which is not a real date', (date) => {
    expect(isRealDate(date)).toBe(false);
    expect(errorFor('start', date)).toMatch(/^Enter a real date/);
  });

  it('localDateString gives the local calendar day', () => {
    expect(localDateString(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDateString(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });
});

describe('duration', () => {
  it.each(['1', '12', ' 4 '])('accepts %s weeks', (weeks) => {
    expect(errorFor('duration', weeks)).toBeUndefined();
  });

  it.each(['0', '13', '52'])('refuses %s weeks as out of range', (weeks) => {
    expect(errorFor('duration', weeks)).toBe(
      'The duration must be from 1 to 12 weeks',
    );
  });

  it.each(['2.5', '-1', 'four', '1e1', '٣'])(
    'refuses %s as not a whole number',
    (weeks) => {
      expect(errorFor('duration', weeks)).toBe(
        'Enter a whole number of weeks, from 1 to 12',
      );
    },
  );
});

describe('links', () => {
  it('ignores blank lines and spaces around addresses', () => {
    expect(
      errorFor('links', '\n  https://a.example/x  \n\nhttp://b.example\n'),
    ).toBeUndefined();
  });

  it('names the line that is not a web address', () => {
    expect(errorFor('links', 'https://a.example\n\nthe design doc')).toBe(
      'Line 2 is not a web address: put one address per line, each starting with https://',
    );
  });

  it.each([
    'wiki/page',
    'ftp://files.example/a',
    'javascript:alert(1)',
    'https://',
    'https://a.example/with space',
  ])('refuses %s on its own', (link) => {
    expect(errorFor('links', link)).toBe(
      'This is not a web address: put one address per line, each starting with https://',
    );
  });
});

describe('length limits', () => {
  it('counts characters as a reader does, so 5,000 emoji fit in 5,000', () => {
    expect(errorFor('goal', '👩‍👩‍👧'.repeat(5000))).toBeUndefined();
  });

  it('says how long the answer is and how long it may be', () => {
    expect(errorFor('goal', 'é'.repeat(5001))).toBe(
      'The description must be 5,000 characters or fewer; it has 5,001',
    );
    expect(errorFor('title', 'x'.repeat(101))).toBe(
      'The summary must be 100 characters or fewer; it has 101',
    );
  });

  it('checks the length of every field that has a limit', () => {
    for (const field of FIELDS) {
      if ('maxLength' in field) {
        const message = validateField(
          fieldById(field.id),
          'a'.repeat(field.maxLength + 1),
          TODAY,
        );
        expect(message, field.id).toMatch(
          /^The .+ must be [\d,]+ characters or fewer; it has [\d,]+$/,
        );
      }
    }
  });
});
