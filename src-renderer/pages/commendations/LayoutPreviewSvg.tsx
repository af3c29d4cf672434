import { For } from 'solid-js';
import type { LayoutPreview } from './layoutEditorStore';

const PT_TO_MM = 25.4 / 72;
/** Tinos (the PDF's font) and the fonts with its metrics, so a preview line is as wide as the printed one. */
const FONT = "Tinos, 'Times New Roman', 'Liberation Serif', serif";
/**
 * Tinos's ascender (1825 of 2048 units): the core gives each line box's top, the PDF puts the baseline
 * this far below it (pdfmake over pdfkit), and SVG draws text on its baseline.
 */
const ASCENT = 1825 / 2048;

export interface LayoutPreviewSvgProps {
  preview: LayoutPreview;
  /** The field being edited: its box is drawn stronger. */
  selected: string | null;
  onSelect: (field: string) => void;
}

/**
 * The sheet drawn in millimetres (the viewBox is the paper): each field's box, and each line where the
 * core placed it with the code that writes the PDF (line box top-left, size in points). The width is
 * pinned to the measured one, so a fallback font cannot make a line look longer than it prints.
 */
export default function LayoutPreviewSvg(props: LayoutPreviewSvgProps) {
  const sheet = () => props.preview.sheet;
  return (
    <svg
      class="layout-preview"
      viewBox={`0 0 ${sheet().widthMm} ${sheet().heightMm}`}
      role="img"
      aria-label={`Xem trước trang in ${sheet().widthMm} × ${sheet().heightMm} mm`}
    >
      <rect x="0" y="0" width={sheet().widthMm} height={sheet().heightMm} class="sheet" />
      <For each={props.preview.boxes}>
        {(b) => (
          <rect
            x={b.xMm}
            y={b.yMm}
            width={b.widthMm}
            height={b.heightMm}
            class={b.field === props.selected ? 'box selected' : 'box'}
            onClick={() => props.onSelect(b.field)}
          >
            <title>{b.label}</title>
          </rect>
        )}
      </For>
      <For each={props.preview.lines}>
        {(l) => (
          <text
            x={l.xMm}
            y={l.yMm + ASCENT * l.fontSize * PT_TO_MM}
            font-family={FONT}
            font-size={String(l.fontSize * PT_TO_MM)}
            font-weight={l.bold ? 'bold' : 'normal'}
            font-style={l.italic ? 'italic' : 'normal'}
            fill={l.color}
            textLength={l.widthMm}
            lengthAdjust="spacingAndGlyphs"
            onClick={() => props.onSelect(l.field)}
          >
            {l.text}
          </text>
        )}
      </For>
    </svg>
  );
}
