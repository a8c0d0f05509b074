/**
 * The string tables of the shipped filter list (filters-index.ts `ShippedFilters`): a string read line
 * by line, and a sorted `key\tindexes` table searched by binary search. Reading a table makes no object
 * per entry, which is what keeps parsing the list at document_start down to a few milliseconds.
 */

/** Lines of a string, found on first use (one pass of indexOf), read by index. */
export class Lines {
  private starts: number[] | null = null;

  constructor(readonly text: string) {}

  get length(): number {
    return this.offsets().length;
  }

  /** Line `i`, without its newline. */
  at(i: number): string {
    const starts = this.offsets();
    const end = i + 1 < starts.length ? starts[i + 1]! - 1 : this.text.length;
    return i >= 0 && i < starts.length ? this.text.slice(starts[i], end) : '';
  }

  private offsets(): number[] {
    if (this.starts) return this.starts;
    const starts = this.text ? [0] : [];
    for (let at = this.text.indexOf('\n'); at >= 0; at = this.text.indexOf('\n', at + 1)) starts.push(at + 1);
    return (this.starts = starts);
  }
}

/** A sorted `key\tindexes` table, searched by binary search. */
export class SortedTable {
  private readonly lines: Lines;

  constructor(text: string) {
    this.lines = new Lines(text);
  }

  /** The rule indexes under `key` (empty when none). */
  get(key: string): number[] {
    let low = 0, high = this.lines.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const line = this.lines.at(mid);
      const tab = line.indexOf('\t');
      const name = line.slice(0, tab);
      if (name === key) return line.slice(tab + 1).split(',').map(Number);
      if (name < key) low = mid + 1;
      else high = mid - 1;
    }
    return [];
  }
}
