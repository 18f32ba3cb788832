import {useEffect, useState} from 'react';

/**
 * The current time, for deciding what is upcoming. The first render uses the
 * build time (`builtAt`) so it matches the HTML; after hydration the reader's
 * clock takes over, and it is read again every minute so a page left open
 * turns an invitation into a recap when the event ends.
 */
export function useNow(builtAt: string): Date {
  const [now, setNow] = useState(() => new Date(builtAt));
  useEffect(() => {
    setNow(new Date());
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
