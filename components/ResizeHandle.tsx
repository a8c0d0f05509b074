/**
 * The sidebar's left edge as a handle: drag it to make the sidebar wider or narrower, or focus it and
 * use ←/→ (Home/End for the limits); a double click goes back to the default width. A
 * `role="separator"` with its value, as WAI-ARIA's window splitter. Props in, callbacks out.
 */
import { useRef } from 'preact/hooks';

/** Props of ResizeHandle. */
export interface ResizeHandleProps {
  width: number;
  min: number;
  max: number;
  initial: number;
  /** A new width; `done` is false while dragging and true when the reader lets go (time to save). */
  onResize: (width: number, done: boolean) => void;
}

/** Pixels per arrow key press. */
const KEY_STEP = 16;

/** The width a key asks for, or null when the key does nothing here. The sidebar is on the right: ← widens. */
export function keyWidth(key: string, width: number, min: number, max: number): number | null {
  const next = ({ ArrowLeft: width + KEY_STEP, ArrowRight: width - KEY_STEP, Home: min, End: max } as Record<string, number>)[key];
  return next === undefined ? null : Math.min(max, Math.max(min, next));
}

/** The handle. */
export function ResizeHandle({ width, min, max, initial, onResize }: ResizeHandleProps) {
  const drag = useRef<{ x: number; width: number; last: number } | null>(null);
  // The width last asked for: quick key presses must add up even before the new width comes back as a prop.
  const asked = useRef({ prop: width, value: width });
  if (asked.current.prop !== width) asked.current = { prop: width, value: width };
  const clamp = (w: number) => Math.min(max, Math.max(min, Math.round(w)));
  const move = (event: PointerEvent) => {
    if (!drag.current) return;
    drag.current.last = clamp(drag.current.width + drag.current.x - event.clientX);
    onResize(drag.current.last, false);
  };
  const end = () => {
    if (drag.current) onResize(drag.current.last, true);
    drag.current = null;
  };
  return (
    <div
      class="sl-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label="Sidebar width"
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      title="Drag to resize; double-click for the default width"
      onPointerDown={(event) => {
        event.preventDefault();
        (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
        drag.current = { x: event.clientX, width, last: width };
      }}
      onPointerMove={move}
      onPointerUp={end}
      onPointerCancel={end}
      onDblClick={() => onResize(initial, true)}
      onKeyDown={(event) => {
        const next = keyWidth(event.key, asked.current.value, min, max);
        if (next === null) return;
        event.preventDefault();
        asked.current.value = next;
        onResize(next, true);
      }}
    />
  );
}
