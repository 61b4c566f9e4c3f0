/**
 * Drawing primitives shared by the course diagrams. Every colour is a theme
 * variable, so a diagram follows the light and dark themes; things are told
 * apart by labels, dashes and patterns as well as by colour. Marker and
 * pattern ids are scoped per diagram (prefix from the frame's useId) so that
 * several diagrams can live on one page.
 */
import { createContext, useContext, type ReactNode } from 'react';

export type Tone = 'plain' | 'accent' | 'success' | 'warning' | 'muted';
export type TextTone = 'fg' | 'muted' | 'accent';
export type ArrowTone = 'fg' | 'accent' | 'muted';
export type Dash = 'solid' | 'dashed' | 'dotted';
export type Point = readonly [number, number];

const strokeOf: Record<Tone, string> = {
  plain: 'var(--c-border)',
  accent: 'var(--c-accent)',
  success: 'var(--c-success)',
  warning: 'var(--c-warning)',
  muted: 'var(--c-muted)',
};

const textFill: Record<TextTone, string> = { fg: 'var(--c-fg)', muted: 'var(--c-muted)', accent: 'var(--c-accent)' };
const arrowStroke: Record<ArrowTone, string> = {
  fg: 'var(--c-fg)',
  accent: 'var(--c-accent)',
  muted: 'var(--c-muted)',
};

const MONO_FONTS = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace";

const dashArray: Record<Dash, string | undefined> = { solid: undefined, dashed: '7 5', dotted: '2 4' };

/** Joins path commands and coordinates: `svgPath('M', 0, 0, 'H', 10)` → "M 0 0 H 10". */
export function svgPath(...parts: (string | number)[]): string {
  return parts.join(' ');
}

const DiagramIdContext = createContext('diagram');

export const DiagramIdProvider = DiagramIdContext.Provider;

/** Scoped ids of the shared defs (markers, patterns) for the diagram being drawn. */
export function useDefIds() {
  const prefix = useContext(DiagramIdContext);
  return {
    arrow: (tone: ArrowTone) => `${prefix}-arrow-${tone}`,
    hatch: `${prefix}-hatch`,
    dots: `${prefix}-dots`,
  };
}

/** Markers and patterns every diagram may use; rendered once by the frame. */
export function DiagramDefs({ prefix }: { prefix: string }) {
  const tones: ArrowTone[] = ['fg', 'accent', 'muted'];
  return (
    <defs>
      {tones.map((tone) => (
        <marker
          key={tone}
          id={`${prefix}-arrow-${tone}`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="9"
          markerHeight="9"
          markerUnits="userSpaceOnUse"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill={arrowStroke[tone]} />
        </marker>
      ))}
      <pattern id={`${prefix}-hatch`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line x1="0" y1="0" x2="0" y2="8" stroke="var(--c-accent)" strokeWidth="2.5" />
      </pattern>
      <pattern id={`${prefix}-dots`} width="8" height="8" patternUnits="userSpaceOnUse">
        <circle cx="4" cy="4" r="1.4" fill="var(--c-muted)" />
      </pattern>
    </defs>
  );
}

export interface Line {
  text: string;
  size?: number;
  weight?: 'normal' | 'bold';
  tone?: TextTone;
  mono?: boolean;
}

type LineInput = string | Line;

function toLine(input: LineInput, index: number, firstBold: boolean): Line {
  if (typeof input !== 'string') return input;
  return index === 0 && firstBold ? { text: input, weight: 'bold' } : { text: input };
}

const LINE_GAP = 1.3;

/** Lines of text centred on (cx, cy) as a block; the first line is bold unless told otherwise. */
export function TextBlock({
  cx,
  cy,
  lines,
  firstBold = true,
  anchor = 'middle',
}: {
  cx: number;
  cy: number;
  lines: readonly LineInput[];
  firstBold?: boolean;
  anchor?: 'start' | 'middle' | 'end';
}) {
  const resolved = lines.map((line, index) => toLine(line, index, firstBold));
  const heights = resolved.map((line) => (line.size ?? 14) * LINE_GAP);
  const total = heights.reduce((sum, height) => sum + height, 0);
  // Top edge of each line's slot: the block starts half its height above cy.
  const tops = heights.map((_, index) => cy - total / 2 + heights.slice(0, index).reduce((sum, h) => sum + h, 0));
  return (
    <>
      {resolved.map((line, index) => {
        const size = line.size ?? 14;
        const height = heights[index] ?? size * LINE_GAP;
        const baseline = (tops[index] ?? cy) + height / 2 + size * 0.35;
        return (
          <Label
            key={index}
            x={cx}
            y={baseline}
            size={size}
            weight={line.weight}
            tone={line.tone}
            mono={line.mono}
            anchor={anchor}
          >
            {line.text}
          </Label>
        );
      })}
    </>
  );
}

/** One line of text; `halo` paints a background-coloured outline so it stays legible over lines. */
export function Label({
  x,
  y,
  children,
  size = 14,
  weight,
  tone = 'fg',
  anchor = 'middle',
  mono,
  halo,
  italic,
}: {
  x: number;
  y: number;
  children: ReactNode;
  size?: number;
  weight?: 'normal' | 'bold';
  tone?: TextTone;
  anchor?: 'start' | 'middle' | 'end';
  mono?: boolean;
  halo?: 'bg' | 'surface';
  italic?: boolean;
}) {
  return (
    <text
      x={x}
      y={y}
      fontSize={size}
      fontWeight={weight === 'bold' ? 700 : undefined}
      fontStyle={italic ? 'italic' : undefined}
      fontFamily={mono ? MONO_FONTS : undefined}
      textAnchor={anchor}
      fill={textFill[tone]}
      stroke={halo ? `var(--c-${halo})` : undefined}
      strokeWidth={halo ? 5 : undefined}
      strokeLinejoin={halo ? 'round' : undefined}
      paintOrder={halo ? 'stroke' : undefined}
    >
      {children}
    </text>
  );
}

export interface BoxProps {
  x: number;
  y: number;
  w: number;
  h: number;
  tone?: Tone;
  /** Tints the inside with the tone's colour (the outline always carries it). */
  tint?: boolean;
  /** 'bg' for an outer region (page background), 'surface' for a card. */
  fill?: 'surface' | 'bg' | 'none' | 'hatch' | 'dots';
  dash?: Dash;
  rx?: number;
  strokeWidth?: number;
  /** Text lines, centred in the box (or at its top with `align="top"`). */
  lines?: readonly LineInput[];
  align?: 'center' | 'top';
  firstBold?: boolean;
  children?: ReactNode;
}

/** A labelled rectangle. The group keeps the rectangle first so the preview checker can test text fit. */
export function Box({
  x,
  y,
  w,
  h,
  tone = 'plain',
  tint = false,
  fill = 'surface',
  dash = 'solid',
  rx = 8,
  strokeWidth = 1.5,
  lines,
  align = 'center',
  firstBold = true,
  children,
}: BoxProps) {
  const ids = useDefIds();
  const fillValue =
    fill === 'none'
      ? 'none'
      : fill === 'hatch'
        ? `url(#${ids.hatch})`
        : fill === 'dots'
          ? `url(#${ids.dots})`
          : `var(--c-${fill})`;
  const lineCount = lines?.length ?? 0;
  const blockHeight = (lines ?? []).reduce<number>(
    (sum, line, index) => sum + (toLine(line, index, firstBold).size ?? 14) * LINE_GAP,
    0,
  );
  const cy = align === 'top' ? y + 10 + blockHeight / 2 : y + h / 2;
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={w}
        height={h}
        rx={rx}
        fill={fillValue}
        stroke={strokeOf[tone]}
        strokeWidth={strokeWidth}
        strokeDasharray={dashArray[dash]}
      />
      {tint && tone !== 'plain' ? (
        <rect x={x} y={y} width={w} height={h} rx={rx} fill={strokeOf[tone]} fillOpacity={0.12} stroke="none" />
      ) : null}
      {lineCount > 0 && lines ? <TextBlock cx={x + w / 2} cy={cy} lines={lines} firstBold={firstBold} /> : null}
      {children}
    </g>
  );
}

/** A connector through the given points, with an arrowhead at the end (or both ends, or none). */
export function Arrow({
  points,
  d,
  tone = 'fg',
  dash = 'solid',
  head = 'end',
  width = 1.75,
}: {
  points?: readonly Point[];
  d?: string;
  tone?: ArrowTone;
  dash?: Dash;
  head?: 'end' | 'both' | 'none';
  width?: number;
}) {
  const ids = useDefIds();
  const path = d ?? svgPath(...(points ?? []).flatMap(([px, py], index) => [index === 0 ? 'M' : 'L', px, py]));
  const marker = `url(#${ids.arrow(tone)})`;
  return (
    <path
      d={path}
      fill="none"
      stroke={arrowStroke[tone]}
      strokeWidth={width}
      strokeDasharray={dashArray[dash]}
      strokeLinejoin="round"
      markerEnd={head === 'none' ? undefined : marker}
      markerStart={head === 'both' ? marker : undefined}
    />
  );
}

/** A storage cylinder (volume, database) with centred text lines. */
export function Cylinder({
  x,
  y,
  w,
  h,
  lines,
  tone = 'plain',
  dash = 'solid',
}: {
  x: number;
  y: number;
  w: number;
  h: number;
  lines: readonly LineInput[];
  tone?: Tone;
  dash?: Dash;
}) {
  const ry = Math.min(10, h / 6);
  const stroke = strokeOf[tone];
  const arc = ['A', w / 2, ry, 0, 0, 0] as const;
  const side = svgPath('M', x, y + ry, 'L', x, y + h - ry, ...arc, x + w, y + h - ry, 'L', x + w, y + ry);
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} fill="none" stroke="none" />
      <path d={svgPath(side, ...arc, x, y + ry, 'z')} fill="var(--c-surface)" stroke="none" />
      <path d={side} fill="none" stroke={stroke} strokeWidth={1.5} strokeDasharray={dashArray[dash]} />
      <ellipse
        cx={x + w / 2}
        cy={y + ry}
        rx={w / 2}
        ry={ry}
        fill="var(--c-surface)"
        stroke={stroke}
        strokeWidth={1.5}
        strokeDasharray={dashArray[dash]}
      />
      <TextBlock cx={x + w / 2} cy={y + ry + (h - ry) / 2} lines={lines} />
    </g>
  );
}
