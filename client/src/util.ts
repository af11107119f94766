// Small helpers shared by the whole client.
import * as THREE from "three";

export type Props = Record<string, any>;

/** Client timestamps are float seconds (upstream: Date.now()/1e3). performance.now() adds
 * sub-millisecond digits so the value is practically never integral and always packs as a float. */
export function nowSeconds(): number {
  return (performance.timeOrigin + performance.now()) / 1e3;
}

export function isPlainObject(v: unknown): v is Props {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);
}

/** Structural equality for decoded msgpack values (lists, maps, numbers, strings, bytes). */
export function deepEqual(a: any, b: any): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") {
    return typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b);
  }
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b)) return false;
    const x = a as Uint8Array, y = b as Uint8Array;
    if (x.byteLength !== y.byteLength) return false;
    const u = new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
    const v = new Uint8Array(y.buffer, y.byteOffset, y.byteLength);
    for (let i = 0; i < u.length; i++) if (u[i] !== v[i]) return false;
    return true;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !deepEqual(a[k], b[k])) return false;
  return true;
}

/** True when any of `keys` differs between two prop objects. */
export function changed(props: Props, prev: Props | null, keys: readonly string[]): boolean {
  if (!prev) return true;
  for (const k of keys) if (!deepEqual(props[k], prev[k])) return true;
  return false;
}

export function num(v: unknown, fallback: number): number {
  return typeof v === "number" && Number.isFinite(v) ? v : fallback;
}

export function vec3(v: unknown, fallback: [number, number, number]): [number, number, number] {
  if (Array.isArray(v) && v.length >= 3 && v.slice(0, 3).every((x) => typeof x === "number")) {
    return [v[0], v[1], v[2]];
  }
  if (typeof v === "number") return [v, v, v];
  return fallback;
}

/** Flattens nested number lists ([[x,y,z], ...] or [x,y,z,...]) into a plain array. */
export function flatNumbers(v: unknown): number[] {
  const out: number[] = [];
  const walk = (x: unknown) => {
    if (typeof x === "number") out.push(x);
    else if (Array.isArray(x)) for (const y of x) walk(y);
    else if (ArrayBuffer.isView(x)) out.push(...Array.from(x as unknown as ArrayLike<number>));
  };
  walk(v);
  return out;
}

/** Parses a colour prop: CSS string, 0xRRGGBB number, or [r,g,b] in 0..1 (or 0..255). */
export function toColor(v: unknown, fallback: THREE.ColorRepresentation = 0xffffff): THREE.Color {
  const c = new THREE.Color();
  try {
    if (Array.isArray(v) && v.length >= 3) {
      const big = v.some((x: number) => x > 1);
      const s = big ? 1 / 255 : 1;
      c.setRGB(v[0] * s, v[1] * s, v[2] * s, THREE.SRGBColorSpace);
      return c;
    }
    if (typeof v === "string" || typeof v === "number") {
      c.set(v as THREE.ColorRepresentation);
      return c;
    }
  } catch {
    /* fall through to the fallback */
  }
  c.set(fallback);
  return c;
}

/** Copies a byte view into a fresh, aligned ArrayBuffer (msgpack bin views may sit at any offset). */
export function alignedBytes(u8: Uint8Array, align: number): ArrayBuffer {
  const n = u8.byteLength - (u8.byteLength % align);
  if (u8.byteOffset % align === 0 && n === u8.byteLength && u8.byteOffset === 0 && u8.buffer.byteLength === n) {
    return u8.buffer as ArrayBuffer;
  }
  const out = new ArrayBuffer(n);
  new Uint8Array(out).set(u8.subarray(0, n));
  return out;
}

/** Resolves an asset URL. Relative URLs resolve against the page origin, as the issue asks. */
export function resolveUrl(src: string): string {
  try {
    return new URL(src, window.location.origin + "/").href;
  } catch {
    return src;
  }
}

/** Where a media prop points: a URL (resolved against the page), a data:/blob: URL as is, or
 * raw bytes as a blob URL of `mime(bytes)` (the caller revokes `revoke` when done). `label`
 * names it in overlay messages; null when the prop holds neither. */
export function sourceUrl(src: unknown, mime: (b: Uint8Array) => string, kind: string): { url: string; revoke: string | null; label: string } | null {
  if (src instanceof Uint8Array) {
    const url = URL.createObjectURL(new Blob([src.slice()], { type: mime(src) }));
    return { url, revoke: url, label: `${kind} (${src.byteLength} B)` };
  }
  if (typeof src === "string" && src) {
    const url = src.startsWith("data:") || src.startsWith("blob:") ? src : resolveUrl(src);
    return { url, revoke: null, label: url };
  }
  return null;
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === "string") return e;
  if (e && typeof e === "object" && "type" in e) return `load error (${(e as Event).type})`;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}

export function disposeObject(obj: THREE.Object3D | null | undefined): void {
  if (!obj) return;
  obj.traverse((o: any) => {
    if (o.geometry && typeof o.geometry.dispose === "function") o.geometry.dispose();
    const m = o.material;
    const mats = Array.isArray(m) ? m : m ? [m] : [];
    for (const mat of mats) {
      for (const k of Object.keys(mat)) {
        const v = (mat as any)[k];
        if (v && v.isTexture) v.dispose();
      }
      mat.dispose();
    }
  });
}
