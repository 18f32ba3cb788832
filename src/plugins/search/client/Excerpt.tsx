import type {ReactNode} from 'react';

import {excerptSegments} from '@site/src/lib/search/excerpt';

/** Pagefind's excerpt as text, with the matched words in <mark>. */
export default function Excerpt({
  excerpt,
  className,
}: {
  excerpt: string;
  className?: string;
}): ReactNode {
  return (
    <p className={className}>
      {excerptSegments(excerpt).map((segment, index) =>
        segment.highlighted ? (
          <mark key={index}>{segment.text}</mark>
        ) : (
          segment.text
        ),
      )}
    </p>
  );
}
