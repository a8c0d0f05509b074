/**
 * Ad hiding (placeholder until the DOM stage lands): finds ad blocks without touching the page.
 */

/** One block to hide and why. */
export interface AdBlock {
  element: Element;
  reason: string;
}

/** Finds ad blocks in `doc`, never one that holds article text. Reads only. */
export function findAdBlocks(_doc: Document, _article: Element | null): AdBlock[] {
  return [];
}
