/**
 * The form's answers, kept in local storage as the reader types, so a reload
 * or a closed tab loses nothing. Runs in the browser only (the form is
 * rendered inside <BrowserOnly>), so storage can be read on the first render.
 *
 * Storage can be missing or refuse writes (private browsing, storage turned
 * off, quota full); the form then works the same and says drafts are not kept.
 */
import {useCallback, useEffect, useState} from 'react';

import {
  DRAFT_STORAGE_KEY,
  emptyDraft,
  hasContent,
  parseDraft,
  serialiseDraft,
  type RequestDraft,
  type StoredDraft,
} from '@site/src/lib/rent-request';

function openStorage(): Storage | undefined {
  try {
    const storage = window.localStorage;
    const probe = `${DRAFT_STORAGE_KEY}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

function readDraft(storage: Storage | undefined): StoredDraft | undefined {
  try {
    return parseDraft(storage?.getItem(DRAFT_STORAGE_KEY) ?? null);
  } catch {
    return undefined;
  }
}

export interface RequestDraftState {
  readonly values: RequestDraft;
  readonly setValues: (
    update: (previous: RequestDraft) => RequestDraft,
  ) => void;
  /** False when the browser does not let the page keep a draft. */
  readonly storageAvailable: boolean;
  /** The draft found on load, if there was one. */
  readonly restored?: StoredDraft;
  /** Forgets the stored draft, keeping what is on screen. */
  readonly forget: () => void;
  /** Empties the form and forgets the stored draft. */
  readonly reset: () => void;
}

export function useRequestDraft(): RequestDraftState {
  const [storage, setStorage] = useState(openStorage);
  const [restored, setRestored] = useState(() => readDraft(storage));
  const [values, setValues] = useState<RequestDraft>(
    () => restored?.values ?? emptyDraft(),
  );
  const [saving, setSaving] = useState(true);

  useEffect(() => {
    if (!storage || !saving) {
      return;
    }
    try {
      if (hasContent(values)) {
        storage.setItem(DRAFT_STORAGE_KEY, serialiseDraft(values, new Date()));
      } else {
        storage.removeItem(DRAFT_STORAGE_KEY);
      }
    } catch {
      // Quota full or storage revoked while the page was open.
      setStorage(undefined);
    }
  }, [storage, saving, values]);

  const forget = useCallback(() => {
    try {
      storage?.removeItem(DRAFT_STORAGE_KEY);
    } catch {
      setStorage(undefined);
    }
    // Stop saving until the reader changes something again.
    setSaving(false);
    setRestored(undefined);
  }, [storage]);

  const update = useCallback(
    (change: (previous: RequestDraft) => RequestDraft) => {
      setSaving(true);
      setValues(change);
    },
    [],
  );

  const reset = useCallback(() => {
    forget();
    setValues(emptyDraft());
  }, [forget]);

  return {
    values,
    setValues: update,
    storageAvailable: storage !== undefined,
    restored,
    forget,
    reset,
  };
}
