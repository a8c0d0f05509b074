/**
 * copyText: puts text on the clipboard from a click in the sidebar or the popup. Uses the asynchronous
 * Clipboard API where the page allows it (secure pages, extension pages), and otherwise the old
 * `execCommand('copy')` on a temporary text area, which content scripts may use during a click on any page.
 *
 * What it changes: in the fallback only, a `<textarea>` appended to `scratch` (our sidebar's shadow root
 * or an extension page, never the page's own DOM) for the length of the copy.
 * How to undo: nothing to undo; the text area is removed before copyText returns.
 */

/** Copies `text`; resolves to true when one of the two ways succeeded. */
export async function copyText(text: string, scratch: Node): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // not focused, not a secure page, or refused: try the fallback
    }
  }
  return copyWithTextArea(text, scratch);
}

/** The fallback: select the text in a temporary text area and run the copy command. */
function copyWithTextArea(text: string, scratch: Node): boolean {
  const doc = scratch.ownerDocument ?? (scratch as Document);
  if (!doc || typeof doc.execCommand !== 'function') return false;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  const root = scratch.getRootNode() as Document | ShadowRoot;
  const previous = root.activeElement as HTMLElement | null;
  scratch.appendChild(area);
  try {
    area.focus({ preventScroll: true });
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    previous?.focus?.({ preventScroll: true });
  }
}
