// Page URL parameters: upstream's (ws, hideUI, noBrand, noXR, gizmo/noGizmo, background, darkBg,
// lightBg) and ours (token, scene, camPosition, camTarget, width, height).

export interface PageParams {
  wsUrl: string;
  hideUI: boolean;
  noBrand: boolean;
  noXR: boolean;
  gizmo: boolean;
  background: "dark" | "light";
  camPosition: [number, number, number] | null;
  camTarget: [number, number, number] | null;
  /** A fixed canvas size in CSS pixels (`vuer render` asks for exact picture sizes). */
  width: number | null;
  height: number | null;
  debug: boolean;
}

function size(s: string | null): number | null {
  const n = s === null ? NaN : Number(s);
  return Number.isInteger(n) && n > 0 && n <= 16384 ? n : null;
}

function flag(q: URLSearchParams, name: string): boolean {
  if (!q.has(name)) return false;
  const v = (q.get(name) || "").toLowerCase();
  return v !== "false" && v !== "0" && v !== "no";
}

function triple(s: string | null): [number, number, number] | null {
  if (!s) return null;
  const parts = s.split(/[,\s]+/).filter(Boolean).map(Number);
  if (parts.length !== 3 || parts.some((x) => !Number.isFinite(x))) return null;
  return [parts[0], parts[1], parts[2]];
}

export function wsUrlFor(loc: Location, q: URLSearchParams): string {
  const proto = loc.protocol === "https:" ? "wss:" : "ws:";
  let url: string = q.get("ws") || `${proto}//${loc.host}/`;
  // The server picks the scene (`vuer watch`: /?scene=NAME) and checks the token from the
  // websocket URL's query, so both travel from the page URL to it.
  for (const name of ["token", "scene"]) {
    const value = q.get(name);
    if (!value) continue;
    try {
      const u = new URL(url);
      if (!u.searchParams.has(name)) u.searchParams.set(name, value);
      url = u.href;
    } catch {
      url += (url.includes("?") ? "&" : "?") + name + "=" + encodeURIComponent(value);
    }
  }
  return url;
}

export function readParams(loc: Location = window.location): PageParams {
  const q = new URLSearchParams(loc.search);
  const bg = (q.get("background") || "").toLowerCase();
  let background: "dark" | "light" = "dark";
  if (bg === "light" || flag(q, "lightBg")) background = "light";
  if (bg === "dark" || flag(q, "darkBg")) background = "dark";
  const gizmoParam = (q.get("gizmo") || "").toLowerCase();
  return {
    wsUrl: wsUrlFor(loc, q),
    hideUI: flag(q, "hideUI"),
    noBrand: flag(q, "noBrand"),
    noXR: flag(q, "noXR"),
    gizmo: !(gizmoParam === "false" || gizmoParam === "0" || flag(q, "noGizmo")),
    background,
    camPosition: triple(q.get("camPosition")),
    camTarget: triple(q.get("camTarget")),
    width: size(q.get("width")),
    height: size(q.get("height")),
    debug: flag(q, "debug"),
  };
}
