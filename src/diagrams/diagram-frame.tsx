import { useId, type ReactNode } from 'react';
import { diagramMessages } from './messages';
import { DiagramDefs, DiagramIdProvider } from './svg-kit';
import './diagrams.css';

export interface DiagramFrameProps {
  /** Short title: the picture's accessible name and its visible caption. */
  title: string;
  /** Full text alternative (French prose) that says everything the picture shows. */
  description: string;
  /** "0 0 width height" of the drawing. */
  viewBox: string;
  /** Intrinsic size; defaults to the viewBox size so the page does not shift while loading. */
  width?: number;
  height?: number;
  /** Label of the disclosure holding the text description. */
  summaryLabel?: string;
  children: ReactNode;
}

function viewBoxSize(viewBox: string): [number, number] {
  const parts = viewBox
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  return [parts[2] ?? 0, parts[3] ?? 0];
}

/** An inline, themable SVG diagram with its caption and a full text description. */
export function DiagramFrame({
  title,
  description,
  viewBox,
  width,
  height,
  summaryLabel = diagramMessages.fr['diagram.description'],
  children,
}: DiagramFrameProps) {
  const id = useId();
  const prefix = `dgm${id.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const captionId = `${prefix}-caption`;
  const [viewWidth, viewHeight] = viewBoxSize(viewBox);
  return (
    <figure className="diagram" aria-labelledby={captionId}>
      <svg
        className="diagram__svg"
        xmlns="http://www.w3.org/2000/svg"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        viewBox={viewBox}
        width={width ?? viewWidth}
        height={height ?? viewHeight}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        <DiagramDefs prefix={prefix} />
        <DiagramIdProvider value={prefix}>{children}</DiagramIdProvider>
      </svg>
      <figcaption className="diagram__caption">
        <span id={captionId} className="diagram__title">
          {title}
        </span>
        <details className="diagram__details">
          <summary>{summaryLabel}</summary>
          <p>{description}</p>
        </details>
      </figcaption>
    </figure>
  );
}
