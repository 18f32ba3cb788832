/**
 * The navbar's search button and the search dialog it opens (Ctrl+K, ⌘K or
 * `/` from anywhere outside a text field). The dialog is a combobox with a
 * listbox of results: arrows move through them, Enter opens one, Escape
 * closes the dialog and returns focus where it was.
 */
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import styles from '../../client/styles.module.css';

// The dialog, its results and the search logic load on first use, not with
// every page: the navbar is on every page, so whatever it imports lands in
// main.js, which the home page's JavaScript budget (budgets.json) counts.
const loadSearchDialog = () => import('../../client/SearchDialog');
const SearchDialog = lazy(loadSearchDialog);

/** Starts loading the dialog as soon as the reader shows interest. */
function preloadSearchDialog(): void {
  void loadSearchDialog();
}

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function SearchIcon(): ReactNode {
  return (
    <svg
      className={styles.icon}
      width="18"
      height="18"
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false">
      <path
        d="M14.386 14.386l4.088 4.088-4.088-4.088A7.533 7.533 0 1 1 3.733 3.733a7.533 7.533 0 0 1 10.653 10.653z"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export default function SearchBar(): ReactNode {
  const [open, setOpen] = useState(false);
  // "Ctrl K" renders on the server; Apple devices get "⌘ K" after hydration.
  const [modifier, setModifier] = useState('Ctrl');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  // Keys typed between Ctrl+K and the dialog's first render (its code loads
  // on demand) are kept here and handed to the dialog, so none are lost. It is
  // '' from the moment the dialog opens and null once the dialog has taken it.
  const typedAhead = useRef<string | null>(null);

  useEffect(() => {
    if (!open) {
      typedAhead.current = null;
      return undefined;
    }
    const onKeyDown = (event: KeyboardEvent): void => {
      if (
        typedAhead.current === null ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey
      ) {
        return;
      }
      if (event.key.length === 1) {
        typedAhead.current += event.key;
        event.preventDefault();
      } else if (event.key === 'Backspace') {
        typedAhead.current = typedAhead.current.slice(0, -1);
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [open]);

  const takeTypedAhead = useCallback((): string => {
    const typed = typedAhead.current ?? '';
    typedAhead.current = null;
    return typed;
  }, []);

  useEffect(() => {
    if (/Mac|iPhone|iPad/.test(navigator.userAgent)) {
      setModifier('⌘');
    }
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey) {
        return;
      }
      const shortcut =
        event.key.toLowerCase() === 'k' &&
        (event.ctrlKey || event.metaKey) &&
        !event.shiftKey;
      const slash =
        event.key === '/' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !isTextField(event.target);
      if (shortcut || slash) {
        event.preventDefault();
        returnFocus.current =
          document.activeElement instanceof HTMLElement
            ? document.activeElement
            : null;
        typedAhead.current = '';
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // Focus goes back once the dialog is gone: while a modal dialog is open,
  // the rest of the page is inert and cannot take focus.
  useEffect(() => {
    if (!open && returnFocus.current) {
      const target = returnFocus.current.isConnected
        ? returnFocus.current
        : buttonRef.current;
      returnFocus.current = null;
      target?.focus();
    }
  }, [open]);

  const close = (navigated: boolean): void => {
    if (navigated) {
      returnFocus.current = null;
    }
    setOpen(false);
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={styles.button}
        aria-label="Search"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        onPointerEnter={preloadSearchDialog}
        onFocus={preloadSearchDialog}
        onClick={() => {
          returnFocus.current = buttonRef.current;
          typedAhead.current = '';
          setOpen(true);
        }}>
        <SearchIcon />
        <span className={styles.buttonLabel}>Search</span>
        <kbd className={styles.buttonShortcut}>{modifier} K</kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchDialog onClose={close} takeTypedAhead={takeTypedAhead} />
        </Suspense>
      )}
    </>
  );
}
