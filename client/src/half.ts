// float16 → float32 without Float16Array (missing in many browsers still in use).
// A 65,536-entry table makes a 1M-point cloud decode in a few milliseconds.
let table: Float32Array | null = null;

function buildTable(): Float32Array {
  const t = new Float32Array(65536);
  for (let h = 0; h < 65536; h++) {
    const s = h & 0x8000 ? -1 : 1;
    const e = (h >> 10) & 0x1f;
    const f = h & 0x3ff;
    let v: number;
    if (e === 0) v = f * 2 ** -24; // subnormal
    else if (e === 31) v = f ? NaN : Infinity;
    else v = (1 + f / 1024) * 2 ** (e - 15);
    t[h] = s * v;
  }
  return t;
}

export function halfToFloat(h: number): number {
  if (!table) table = buildTable();
  return table[h & 0xffff];
}

/** Decodes little-endian float16 bytes (any byte offset) into a Float32Array. */
export function decodeFloat16(bytes: Uint8Array): Float32Array {
  if (!table) table = buildTable();
  const n = bytes.byteLength >> 1;
  const out = new Float32Array(n);
  const t = table;
  for (let i = 0, j = 0; i < n; i++, j += 2) out[i] = t[bytes[j] | (bytes[j + 1] << 8)];
  return out;
}
