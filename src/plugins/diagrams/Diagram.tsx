/**
 * A Mermaid diagram drawn when the site was built (./remark.ts): one drawing
 * per colour mode, each an SVG file (`.diagramsvg`, ./index.ts) shown as an
 * image, the page's stylesheet showing the one of `html[data-theme]`
 * (./diagrams.css). The page's script holds the files' addresses, not the
 * drawings, and the browser decodes them off the main thread.
 *
 * Each image is named by the diagram's accTitle and described by its
 * accDescr. Its width and height are in the HTML, so the page does not move
 * when it loads, and the drawing of the other mode, not displayed, is not
 * loaded until the reader switches.
 */
import React, {type ReactNode} from 'react';

export interface Props {
  /** The address of the light drawing. */
  readonly light: string;
  /** The address of the dark drawing. */
  readonly dark: string;
  /** The diagram's accTitle. */
  readonly title: string;
  /** The diagram's accDescr. */
  readonly description: string;
  /** Unique on the page: the description's id derives from it. */
  readonly id: string;
  /** The drawing's size in CSS pixels, and the widest it is shown. */
  readonly width: number;
  readonly height: number;
  /** The narrowest a drawing may be scaled (labels stay readable; the figure scrolls). */
  readonly minWidth: number;
}

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
  const descriptionId = `${id}-description`;
  const image = (src: string, mode: 'Light' | 'Dark') => (
    <img
      className={`diagramDrawing diagram${mode}`}
      src={src}
      alt={title}
      aria-describedby={descriptionId}
      width={width}
      height={height}
      style={{maxWidth: width, minWidth}}
      loading="lazy"
      decoding="async"
    />
  );
  return (
    // Wide diagrams scroll sideways on a phone: the figure takes the focus so
    // a keyboard can scroll it, as the code blocks do.
    <figure className="diagram" tabIndex={0}>
      {image(light, 'Light')}
      {image(dark, 'Dark')}
      <span id={descriptionId} hidden>
        {description}
      </span>
    </figure>
  );
}
