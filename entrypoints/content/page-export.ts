/**
 * The source list as text for the clipboard, for the sidebar's and the popup's export buttons:
 * Markdown for notes (toMarkdown), or JSON in the command line's contract (toContract, the object
 * `analyze --json` prints), indented for reading.
 */
import { toContract, toMarkdown } from '../../utils/analysis/export';
import type { ExportFormat } from '../../utils/messages';
import type { Report } from '../../utils/types';
import { copyText } from '../../utils/dom/clipboard';

/** The export text, or null when there is no analysis to export. */
export function exportText(report: Report | null, adsHidden: number, format: ExportFormat): string | null {
  if (!report) return null;
  return format === 'json' ? `${JSON.stringify(toContract(report, adsHidden), null, 2)}\n` : toMarkdown(report);
}

/** The format's name as the reader sees it. */
export function formatName(format: ExportFormat): string {
  return format === 'json' ? 'JSON' : 'Markdown';
}

/** Puts the source list on the clipboard; true when it got there. `scratch` is where a fallback text area may go. */
export async function copySourceList(report: Report | null, adsHidden: number, format: ExportFormat, scratch: Node | null): Promise<boolean> {
  const text = exportText(report, adsHidden, format);
  return !!text && !!scratch && (await copyText(text, scratch));
}

/** How long "Copied" stays on an export button. */
const COPIED_MS = 2000;

/** The export just copied, shown on its button for a moment. */
export class CopyFeedback {
  /** The format just copied, or null. */
  copied: ExportFormat | null = null;

  constructor(private readonly setTimer: (run: () => void, ms: number) => void, private readonly onChange: () => void) {}

  /** Records a copy (or a failed one: null), and clears it after a moment. */
  show(format: ExportFormat | null): void {
    this.copied = format;
    if (!format) return;
    this.setTimer(() => {
      if (this.copied !== format) return;
      this.copied = null;
      this.onChange();
    }, COPIED_MS);
  }
}
