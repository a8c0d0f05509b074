/**
 * The bundled EasyList's parts as the early hider loads them for one page (filters-index.ts): the head
 * is in this script (utils/filters/easylist-head.json, checked against the snapshot at build time); the
 * page's site shard (only for hostnames with site data) is read synchronously at document_start, and the
 * class/id table (only where generic hiding may be on) is fetched, and read synchronously only if the
 * page is parsed before it came.
 *
 * Why so few synchronous reads: one blocks the page for a round trip to the browser process, a few
 * milliseconds on an idle machine and over a hundred on a busy one, whatever the file's size (measured:
 * a 9 KB shard as slow as the former 960 KB list). A fetch costs the page nothing while it waits.
 */
import { browser } from 'wxt/browser';
import {
  FILTERS_GENERIC_ASSET, FilterIndex, filtersShardAsset, genericTable, SHIPPED_FORMAT,
  type FiltersHead, type PageAddress, type SiteShard,
} from '../../utils/dom/filters-index';
import bundledHeadJson from '../../utils/filters/easylist-head.json';

/** A shard standing in for one that could not be read: no site rules rather than none at all. */
const EMPTY_SHARD: SiteShard = { sites: {}, unhide: {}, exceptions: [] };

/** The address of a part of the compiled list inside the extension. */
function assetUrl(asset: string): string {
  // The assets are added by the build hook, so WXT's typed list of public paths does not know them.
  return (browser.runtime.getURL as (path: string) => string)(`/${asset}`);
}

/** A part of the bundled list, read synchronously (blocks the page: see the header). Null if that fails. */
function readNow(asset: string): string | null {
  try {
    const request = new XMLHttpRequest();
    request.open('GET', assetUrl(asset), false);
    request.overrideMimeType('text/plain; charset=utf-8');
    request.send();
    return (request.status === 200 || request.status === 0) && request.responseText ? request.responseText : null;
  } catch {
    return null;
  }
}

/** A part of the bundled list, fetched. */
async function read(asset: string): Promise<string> {
  const response = await fetch(assetUrl(asset));
  if (!response.ok) throw new Error(`${asset}: HTTP ${response.status}`);
  return response.text();
}

/** The bundled list with nothing but its head: the shards and the class/id table come with the calls below. */
export function bundledIndex(): FilterIndex {
  const head = bundledHeadJson as unknown as FiltersHead;
  if (head?.version !== SHIPPED_FORMAT || typeof head.labels !== 'string' || !head.common) throw new Error('not a compiled filter list');
  return new FilterIndex(head);
}

/** Whether the class/id table is worth loading for this page (generic hiding may be on, and it is not in). */
export function wantsGeneric(index: FilterIndex, page: PageAddress): boolean {
  return !index.hasGeneric && index.mayHideGeneric(page);
}

/** Fetches the class/id table into `index`, then calls `arrived`. */
export function fetchGeneric(index: FilterIndex, arrived: () => void): void {
  read(FILTERS_GENERIC_ASSET)
    .then((text) => {
      if (index.hasGeneric) return;
      index.useGeneric(genericTable(text));
      arrived();
    })
    .catch((error) => console.debug('[sourcelight] class/id filters not fetched:', error));
}

/** Reads the page's missing shards synchronously. False when one could not be read (it is left empty). */
export function readShardsNow(index: FilterIndex, page: PageAddress): boolean {
  let ok = true;
  for (const n of index.missingShards(page)) {
    let shard: SiteShard | null = null;
    try {
      const text = readNow(filtersShardAsset(n));
      shard = text ? (JSON.parse(text) as SiteShard) : null;
    } catch {
      shard = null;
    }
    if (!shard) ok = false;
    index.useShard(n, shard ?? EMPTY_SHARD);
  }
  return ok;
}

/** Reads the class/id table synchronously. False when it could not be read. */
export function readGenericNow(index: FilterIndex): boolean {
  if (index.hasGeneric) return true;
  try {
    const text = readNow(FILTERS_GENERIC_ASSET);
    if (text) index.useGeneric(genericTable(text));
  } catch {
    // not read: false below
  }
  return index.hasGeneric;
}
