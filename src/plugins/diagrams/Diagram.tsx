/**
 * A Mermaid diagram drawn when the site was built (./remark.ts): one drawing
 * per colour mode, the page's stylesheet showing the one of
 * `html[data-theme]` (./diagrams.css).
 *
 * The drawings are files (`.diagramsvg`, ./index.ts), so the page's script
 * does not carry them:
 * - the server's bundle reads each file as text, and the page's HTML holds
 *   both drawings as inline SVG: they show before any script runs, their
 *   labels are text, and each is an image named by its `<title>` (accTitle)
 *   and described by its `<desc>` (accDescr);
 * - the browser's bundle has each file's address only. React keeps the
 *   server's SVG when it hydrates the page (it leaves the inner HTML the
 *   server sent as it is), and a diagram that mounts later, on a page reached
 *   by a link, is two `<img>`s of the same files, named and described alike.
 */
import React, {useState, type ReactNode} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';

export interface Props {
  /** The light drawing: its SVG on the server, its address in the browser. */
  readonly light: string;
  /** The dark drawing, as `light`. */
  readonly dark: string;
  /** The diagram's accTitle. */
  readonly title: string;
  /** The diagram's accDescr. */
  readonly description: string;
  /** Unique on the page: the description's id derives from it. */
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /** The narrowest a drawing may be scaled (labels stay readable; the figure scrolls). */
  readonly minWidth: number;
}

/** Whether the browser's first render hydrates HTML the server rendered (the production build). */
const HYDRATES = Boolean(process.env.HYDRATE_CLIENT_ENTRY);

export default function Diagram({
  light,
  dark,
  title,
  description,
  id,
  width,
  height,
  minWidth,
}: Props): ReactNode {
  const isBrowser = useIsBrowser();
  // Decided once, when the figure mounts: the server and the hydration of
  // its HTML draw inline; any later mount draws images.
  const [inline] = useState(
    () => !ExecutionEnvironment.canUseDOM || (HYDRATES && !isBrowser),
  );
  if (inline) {
    return (
      <figure
        className="diagram"
        // Wide diagrams scroll sideways on a phone: the figure takes the
        // focus so a keyboard can scroll it, as the code blocks do.
        tabIndex={0}
        dangerouslySetInnerHTML={{__html: light + dark}}
      />
    );
  }
  const descriptionId = `${id}-description`;
  const image = (src: string, mode: 'Light' | 'Dark') => (
    <img
      className={`diagramDrawing diagram${mode}`}
      src={src}
      alt={title}
      aria-describedby={descriptionId}
      width={Math.ceil(width)}
      height={Math.ceil(height)}
      style={{maxWidth: Math.ceil(width), minWidth}}
      loading="lazy"
      decoding="async"
    />
  );
  return (
    <figure className="diagram" tabIndex={0}>
      {image(light, 'Light')}
      {image(dark, 'Dark')}
      <span id={descriptionId} hidden>
        {description}
      </span>
    </figure>
  );
}
