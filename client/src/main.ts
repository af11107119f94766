// Entry point: wires the websocket, the scene graph and the viewer together.
import { AssetTracker } from "./assets";
import { Connection, Frame } from "./connection";
import { installGizmo } from "./gizmo";
import { grabFrame } from "./grab";
import { Overlay } from "./overlay";
import { readParams } from "./params";
import { Reconciler } from "./reconciler";
import { knownTags } from "./registry";
import { Props, isPlainObject } from "./util";
import { Viewer } from "./viewer";

const VERSION = __VUER_CLIENT_VERSION__;
const KNOWN_ETYPES = new Set(["SET", "ADD", "UPSERT", "UPDATE", "REMOVE", "TERMINATE", "ERROR", "ERROR_CLEAR", "GRAB_RENDER", "NOOP", "TIMEOUT"]);

const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const params = readParams();
const overlay = new Overlay(el("vuer-overlay"));
const status = el("vuer-status");
const viewer = new Viewer(el<HTMLCanvasElement>("vuer-canvas"), params);
const assets = new AssetTracker(overlay);
const conn = new Connection(params.wsUrl);
const send = (e: Props) => conn.send(e);
const graph = new Reconciler(viewer, assets, overlay, send, el("vuer-html"));

if (params.hideUI) for (const id of ["vuer-status", "vuer-brand", "vuer-gizmo"]) el(id).classList.add("hidden");
if (params.noBrand) el("vuer-brand").classList.add("hidden");
if (params.gizmo && !params.hideUI) installGizmo(viewer, el<HTMLCanvasElement>("vuer-gizmo"));
else el("vuer-gizmo").classList.add("hidden");
if (params.background === "light") document.body.style.background = "#f2f2f4";

viewer.sendEvent = send;
viewer.onClick = (key) => send({ etype: "ON_CLICK", value: { key } });

// ---- readiness (SCENE_READY, our extension) -----------------------------------------------
let readyWanted = false;
let sceneSeen = false;
const debug = {
  firstFrame: null as number | null,
  ready: [] as Props[],
  received: 0,
};
viewer.onRendered = () => {
  if (sceneSeen && debug.firstFrame === null) {
    debug.firstFrame = performance.now();
    (window as any).__vuerFirstFrame = debug.firstFrame;
  }
  if (readyWanted && assets.pendingCount === 0) {
    readyWanted = false;
    const value = { nodes: graph.nodeCount, pending: 0, failed: assets.failedUrls() };
    debug.ready.push(value);
    send({ etype: "SCENE_READY", value });
  }
};
assets.onIdle = () => viewer.invalidate();
function wantReady(): void {
  readyWanted = true;
  viewer.invalidate();
}

// ---- server events ----------------------------------------------------------------------------
function handle(f: Frame): void {
  debug.received++;
  const etype = typeof f.etype === "string" ? f.etype : "";
  const data = f.data;
  switch (etype) {
    case "SET":
      if (graph.set(data)) {
        sceneSeen = true;
        wantReady();
      }
      break;
    case "ADD":
      graph.add(isPlainObject(data) ? data.nodes : null, isPlainObject(data) ? data.to : null);
      wantReady();
      break;
    case "UPSERT":
      graph.upsert(isPlainObject(data) ? data.nodes : null, isPlainObject(data) ? data.to : null, f.strict === true);
      wantReady();
      break;
    case "UPDATE":
      graph.update(isPlainObject(data) ? data.nodes : null, f.strict === true);
      wantReady();
      break;
    case "REMOVE":
      graph.remove(isPlainObject(data) ? data.keys : null);
      break;
    case "TERMINATE":
      conn.terminate();
      break;
    case "ERROR":
      if (isPlainObject(data)) {
        const id = String(data.id ?? "server");
        overlay.set(`server:${id}`, String(data.message ?? "error"), data.detail == null ? null : String(data.detail));
      }
      break;
    case "ERROR_CLEAR":
      if (isPlainObject(data)) {
        const id = String(data.id ?? "*");
        if (id === "*") overlay.clearPrefix("server:");
        else overlay.clear(`server:${id}`);
      }
      break;
    case "GRAB_RENDER":
      void answerGrab(f);
      break;
    default:
      if (!KNOWN_ETYPES.has(etype) && typeof f.rtype === "string") {
        send({ etype: f.rtype, ...(f.key !== undefined ? { key: f.key } : {}), value: { error: `unknown RPC ${etype}` } });
      }
  }
}

async function answerGrab(f: Frame): Promise<void> {
  const data: Props = isPlainObject(f.data) ? f.data : {};
  const rtype = typeof f.rtype === "string" ? f.rtype : `GRAB_RENDER_RESPONSE@${f.uuid ?? ""}`;
  const count = Math.max(1, Math.round(typeof data.count === "number" ? data.count : 1));
  for (let i = 0; i < count; i++) {
    let value: Props;
    try {
      value = await grabFrame(viewer, data);
    } catch (e) {
      value = { error: `grab failed: ${e instanceof Error ? e.message : String(e)}` };
    }
    if (count > 1) value.done = i === count - 1;
    send({ etype: rtype, key: f.key ?? "DEFAULT", value });
    if (i < count - 1) await new Promise((r) => requestAnimationFrame(() => r(null)));
  }
}

// ---- connection -------------------------------------------------------------------------------
conn.onFrame = (f) => {
  try {
    handle(f);
  } catch (e) {
    console.error("vuer: failed to apply", f.etype, e);
    overlay.set(`apply:${String(f.etype)}`, `failed to apply ${String(f.etype)}`, e instanceof Error ? e.message : String(e));
  }
};
conn.onOpen = () => {
  send({
    etype: "INIT",
    value: {
      client: "browser",
      pkg: "vuer-cli",
      pkgVersion: VERSION,
      userAgent: navigator.userAgent,
      screenWidth: window.screen.width,
      screenHeight: window.screen.height,
      devicePixelRatio: window.devicePixelRatio || 1,
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
      timezoneOffset: new Date().getTimezoneOffset(),
    },
  });
};
conn.onState = (s, detail) => {
  status.dataset.state = s;
  status.textContent = s === "connected" ? "connected" : s === "reconnecting" ? `reconnecting (${detail})` : "connecting…";
};

graph.initDefault();
viewer.invalidate();
conn.start();

// A read-only window onto the client, for tests, benchmarks and debugging in the console.
const ids = new WeakMap<object, number>();
let nextId = 1;
function idOf(x: object): number {
  if (!ids.has(x)) ids.set(x, nextId++);
  return ids.get(x)!;
}

(window as any).__vuer = {
  version: VERSION,
  params,
  get state() {
    return conn.state;
  },
  get frames() {
    return viewer.frames;
  },
  get nodeCount() {
    return graph.nodeCount;
  },
  get pendingAssets() {
    return assets.pendingCount;
  },
  keys: () => graph.keyList(),
  has: (k: string) => graph.has(k),
  props: (k: string) => graph.propsOf(k),
  /** Identity of a node's 3D object, its geometry and buffers (tests: was it rebuilt?). */
  object: (k: string) => {
    const o = graph.objectOf(k) as any;
    if (!o) return null;
    const g = o.geometry;
    const pos = g?.getAttribute?.("position");
    return { type: o.type, uuid: o.uuid, geometry: g?.uuid ?? null, positions: pos ? idOf(pos.array) : null, drawCount: g ? Math.min(g.drawRange.count, pos?.count ?? 0) : null };
  },
  overlay: () => overlay.list(),
  camera: () => viewer.cameraEvent().value.camera,
  knownTags,
  debug,
};
