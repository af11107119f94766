// Bulk arrays as they arrive: msgpack bin (Uint8Array) in upstream's encodings — float16
// vertices/uv (float32 when the node says precision: "float32"), uint32 faces, uint8 colours —
// or plain (nested) number lists, which upstream's client cannot draw but ours can.
import { decodeFloat16 } from "./half";
import { alignedBytes, flatNumbers } from "./util";

export type Precision = "float16" | "float32";

export function precisionOf(v: unknown): Precision {
  return v === "float32" || v === "f4" || v === "float" ? "float32" : "float16";
}

export function floats(v: unknown, precision: Precision): Float32Array | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Uint8Array) {
    if (precision === "float32") return new Float32Array(alignedBytes(v, 4));
    return decodeFloat16(v);
  }
  if (v instanceof Float32Array) return v;
  const flat = flatNumbers(v);
  return flat.length ? Float32Array.from(flat) : null;
}

export function indices(v: unknown): Uint32Array | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Uint8Array) return new Uint32Array(alignedBytes(v, 4));
  const flat = flatNumbers(v);
  return flat.length ? Uint32Array.from(flat) : null;
}

/** Colours per vertex: uint8 bin (0–255), or a list (0–255, or 0–1 when every value ≤ 1).
 * Returns normalised-ready data plus its item size (3, or 4 for RGBA lists). */
export function colors(v: unknown, count: number): { data: Uint8Array | Float32Array; itemSize: number } | null {
  if (v === null || v === undefined || count === 0) return null;
  if (v instanceof Uint8Array) {
    // Bytes are RGB, as the server sends them (RGBA is cut to RGB before sending); any other
    // length is stale (an UPDATE that changed the vertex count but not the colours) and ignored.
    return v.length === count * 3 ? { data: v.slice(), itemSize: 3 } : null;
  }
  const flat = flatNumbers(v);
  if (flat.length !== count * 3 && flat.length !== count * 4) return null;
  const unit = flat.every((x) => x <= 1);
  const data = Float32Array.from(flat, (x) => (unit ? x : x / 255));
  return { data, itemSize: flat.length / count };
}
