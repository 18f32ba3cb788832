/**
 * The draft a reader leaves in the browser's local storage, so nothing typed
 * is lost on a reload. Stored text is untrusted (another version of the page,
 * another script, a hand edit): it is read back field by field, and anything
 * unexpected is dropped rather than shown.
 */
import {FIELD_IDS, emptyDraft, type FieldId, type RequestDraft} from './fields';

/** Local-storage key; the version changes when the stored shape does. */
export const DRAFT_STORAGE_KEY = 'baseplate:rent-an-engineer:draft';
const DRAFT_VERSION = 1;

/** A stored value longer than this is not a draft anyone typed into the form. */
const MAX_STORED_VALUE = 100_000;

export interface StoredDraft {
  readonly values: RequestDraft;
  /** When the draft was last saved, as an ISO timestamp, if it says. */
  readonly savedAt?: string;
}

export function serialiseDraft(values: RequestDraft, savedAt: Date): string {
  return JSON.stringify({
    version: DRAFT_VERSION,
    savedAt: savedAt.toISOString(),
    values,
  });
}

/** True when the reader has typed or chosen anything at all. */
export function hasContent(values: RequestDraft): boolean {
  return FIELD_IDS.some((id) => values[id].trim() !== '');
}

/** The stored draft, or undefined if there is none or it cannot be trusted. */
export function parseDraft(stored: string | null): StoredDraft | undefined {
  if (!stored) {
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    !('version' in data) ||
    data.version !== DRAFT_VERSION ||
    !('values' in data) ||
    typeof data.values !== 'object' ||
    data.values === null
  ) {
    return undefined;
  }
  const storedValues = data.values as Record<string, unknown>;
  const values: Record<FieldId, string> = {...emptyDraft()};
  for (const id of FIELD_IDS) {
    const value = storedValues[id];
    if (typeof value === 'string' && value.length <= MAX_STORED_VALUE) {
      values[id] = value;
    }
  }
  if (!hasContent(values)) {
    return undefined;
  }
  const savedAt =
    'savedAt' in data &&
    typeof data.savedAt === 'string' &&
    !Number.isNaN(Date.parse(data.savedAt))
      ? data.savedAt
      : undefined;
  return {values, savedAt};
}
