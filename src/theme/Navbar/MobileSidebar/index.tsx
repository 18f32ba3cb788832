// Wraps the phone navigation drawer (no ejection). The theme renders it, with
// the navbar's links and the page's whole sidebar, as soon as hydration finds
// a phone-sized window: one synchronous render and commit of a drawer nobody
// has opened yet, right when the page becomes interactive. Mounted in a
// transition instead, React renders it in slices between the reader's input.
import {startTransition, useEffect, useState, type ReactNode} from 'react';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';

export default function MobileSidebarWrapper(): ReactNode {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    startTransition(() => setMounted(true));
  }, []);
  return mounted ? <MobileSidebar /> : null;
}
