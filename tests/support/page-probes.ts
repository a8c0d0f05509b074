/**
 * Page-side probes for the hardening tests, written once and run in Chromium (playwright) and Firefox
 * (puppeteer) alike: each is a self-contained function passed to evaluate(), so it may not call named
 * helpers (tsx's keepNames would reference a __name the page lacks) and returns plain JSON.
 */

/** What an injection probe found. */
export interface InjectionProbe {
  /** window.__slPwned: set by every payload in the hostile fixtures if it ever runs. */
  pwned: unknown;
  /** Elements (page and open shadow roots) carrying an on* event-handler attribute, as tag[attr]. */
  handlerAttributes: string[];
  /** Active elements inside the sidebar's shadow root that only injected markup would put there. */
  activeInSidebar: string[];
  /** The sidebar's text (shadow root textContent), '' when there is no sidebar. */
  sidebarText: string;
}

/** Looks for any sign that page text became markup: a payload ran, a handler attribute, a script in the sidebar. */
export const probeInjection = (): InjectionProbe => {
  const handlerAttributes: string[] = [];
  const roots: Array<Document | ShadowRoot> = [document];
  while (roots.length) {
    const root = roots.pop()!;
    for (const el of Array.from(root.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) handlerAttributes.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
      }
      if (el.shadowRoot) roots.push(el.shadowRoot);
    }
  }
  const shadow = document.querySelector('sourcelight-sidebar')?.shadowRoot ?? null;
  const active = shadow
    ? Array.from(shadow.querySelectorAll('script, iframe, object, embed, img, svg[onload], b, a[href^="javascript" i]'))
    : [];
  return {
    pwned: (window as unknown as { __slPwned?: unknown }).__slPwned ?? null,
    handlerAttributes,
    activeInSidebar: active.map((el) => el.outerHTML.slice(0, 120)),
    sidebarText: shadow?.textContent ?? '',
  };
};

/** How the sidebar is drawn, read inside its shadow root, for comparing with what page CSS asked for. */
export interface SidebarLook {
  host: { display: string; visibility: string; opacity: string; position: string; width: number; height: number };
  panel: { display: string; visibility: string; color: string; fontSize: string; fontStyle: string; letterSpacing: string; writingMode: string; direction: string; left: number; width: number; height: number } | null;
  /** Whether the topmost element at the panel's centre is the sidebar (nothing covers it, it is not clipped). */
  panelOnTop: boolean;
  /** The host's generated ::before / ::after content ('none' or 'normal' when the page could not add any). */
  hostBefore: string;
  hostAfter: string;
  /** How many source entries the sidebar lists. */
  sources: number;
}

/** Reads the sidebar's computed styles and place on screen. */
export const readSidebarLook = (): SidebarLook | null => {
  const host = document.querySelector('sourcelight-sidebar');
  const root = host?.shadowRoot;
  if (!host || !root) return null;
  const hs = getComputedStyle(host);
  const hr = host.getBoundingClientRect();
  const panel = root.querySelector('.sl-panel');
  let panelLook: SidebarLook['panel'] = null;
  let panelOnTop = false;
  if (panel) {
    const ps = getComputedStyle(panel);
    const pr = panel.getBoundingClientRect();
    panelLook = {
      display: ps.display, visibility: ps.visibility, color: ps.color, fontSize: ps.fontSize, fontStyle: ps.fontStyle,
      letterSpacing: ps.letterSpacing, writingMode: ps.writingMode, direction: ps.direction, left: pr.left, width: pr.width, height: pr.height,
    };
    const x = pr.left + pr.width / 2;
    const y = pr.top + Math.min(pr.height / 2, 200);
    const top = document.elementFromPoint(x, y);
    panelOnTop = top === host && Boolean(root.elementFromPoint(x, y) && panel.contains(root.elementFromPoint(x, y)));
  }
  return {
    host: { display: hs.display, visibility: hs.visibility, opacity: hs.opacity, position: hs.position, width: hr.width, height: hr.height },
    panel: panelLook,
    panelOnTop,
    hostBefore: getComputedStyle(host, '::before').content,
    hostAfter: getComputedStyle(host, '::after').content,
    sources: root.querySelectorAll('[data-source-name]').length,
  };
};

/** Installs a page timer (50 ms) counting ticks and the longest gap between two, to show the page stays live. */
export const TICKER_SCRIPT = `(() => {
  const state = { ticks: 0, maxGap: 0, last: performance.now() };
  window.__slTicker = state;
  setInterval(() => {
    const now = performance.now();
    // No Math.max: a page may have replaced it (sabotaged-builtins.html counts such calls).
    if (now - state.last > state.maxGap) state.maxGap = now - state.last;
    state.last = now;
    state.ticks += 1;
  }, 50);
})();`;

/** The ticker's state, or null when the page has none. */
export const readTicker = (): { ticks: number; maxGap: number } | null =>
  (window as unknown as { __slTicker?: { ticks: number; maxGap: number } }).__slTicker ?? null;
