import {describe, expect, it} from 'vitest';
import {
  DRAFT_STORAGE_KEY,
  hasContent,
  parseDraft,
  serialiseDraft,
} from './draft';
import {emptyDraft} from './fields';

const values = {
  ...emptyDraft(),
  team: 'Orders 🇩🇰',
  goal: 'Line one\nline two',
};

describe('draft storage', () => {
  it('reads back what it stored, with the time it was saved', () => {
    const savedAt = new Date('2026-05-14T09:30:00Z');
    expect(parseDraft(serialiseDraft(values, savedAt))).toEqual({
      values,
      savedAt: '2026-05-14T09:30:00.000Z',
    });
  });

  it('uses a key of its own', () => {
    expect(DRAFT_STORAGE_KEY).toBe('baseplate:rent-an-engineer:draft');
  });

  it.each([
    ['nothing stored', null],
    ['an empty string', ''],
    ['broken JSON', '{"version":1,'],
    ['a list', '[]'],
    ['another version', JSON.stringify({version: 2, values})],
    ['no values', JSON.stringify({version: 1})],
    ['an empty form', serialiseDraft(emptyDraft(), new Date())],
  ])('ignores %s', (_name, stored) => {
    expect(parseDraft(stored)).toBeUndefined();
  });

  it('keeps only known fields with text values', () => {
    const stored = JSON.stringify({
      version: 1,
      savedAt: 'not a date',
      values: {
        team: 'Orders',
        goal: 42,
        admin: 'true',
        start: null,
        contact: 'x'.repeat(100_001),
      },
    });
    expect(parseDraft(stored)).toEqual({
      values: {...emptyDraft(), team: 'Orders'},
      savedAt: undefined,
    });
  });

  it('hasContent is false for an untouched form and true once anything is typed', () => {
    expect(hasContent(emptyDraft())).toBe(false);
    expect(hasContent({...emptyDraft(), links: ' \n '})).toBe(false);
    expect(hasContent({...emptyDraft(), duration: '3'})).toBe(true);
  });
});
