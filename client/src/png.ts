// A small PNG decoder for what an <img>/canvas cannot give: the full 16 bits of a depth image
// (a canvas keeps 8 bits per channel). Inflates with the browser's DecompressionStream and undoes
// the scanline filters. Greyscale, grey+alpha, RGB and RGBA at 8 or 16 bits, not interlaced —
// PIL writes a uint16 array (mode "I;16") as 16-bit greyscale, big-endian as PNG says.

export interface PngChannel {
  width: number;
  height: number;
  bitDepth: number;
  /** The first channel (grey, or red) of every pixel, row by row from the top. */
  values: Uint16Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export function isPng(b: Uint8Array): boolean {
  return b.length >= 8 && SIGNATURE.every((x, i) => b[i] === x);
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  // PNG's IDAT stream is zlib-wrapped, which is what "deflate" means here ("deflate-raw" is not).
  const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes a PNG's first channel at full precision. Throws on what it does not support. */
export async function decodePngChannel(bytes: Uint8Array): Promise<PngChannel> {
  if (!isPng(bytes)) throw new Error("not a PNG");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let width = 0, height = 0, bitDepth = 0, colorType = -1, interlace = 0;
  const idat: Uint8Array[] = [];
  let pos = 8;
  while (pos + 8 <= bytes.length) {
    const len = view.getUint32(pos);
    const type = String.fromCharCode(bytes[pos + 4], bytes[pos + 5], bytes[pos + 6], bytes[pos + 7]);
    const body = bytes.subarray(pos + 8, pos + 8 + len);
    if (type === "IHDR") {
      width = view.getUint32(pos + 8);
      height = view.getUint32(pos + 12);
      bitDepth = bytes[pos + 16];
      colorType = bytes[pos + 17];
      interlace = bytes[pos + 20];
    } else if (type === "IDAT") {
      idat.push(body);
    } else if (type === "IEND") {
      break;
    }
    pos += 12 + len;
  }
  const channels = CHANNELS[colorType];
  if (!width || !height || channels === undefined) throw new Error(`unsupported PNG (colour type ${colorType}; palette images are not depth)`);
  if (bitDepth !== 8 && bitDepth !== 16) throw new Error(`unsupported PNG bit depth ${bitDepth}`);
  if (interlace) throw new Error("interlaced PNGs are not supported");
  let total = 0;
  for (const c of idat) total += c.length;
  const joined = new Uint8Array(total);
  let o = 0;
  for (const c of idat) {
    joined.set(c, o);
    o += c.length;
  }
  const raw = await inflate(joined);
  const bpp = (channels * bitDepth) / 8; // bytes per pixel
  const stride = width * bpp;
  if (raw.length < height * (stride + 1)) throw new Error("truncated PNG data");
  let cur = new Uint8Array(stride);
  let prev = new Uint8Array(stride); // the row above (zeros above the first)
  const values = new Uint16Array(width * height);
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1);
    const filter = raw[start];
    const line = raw.subarray(start + 1, start + 1 + stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? cur[i - bpp] : 0;
      const b = prev[i];
      const c = i >= bpp ? prev[i - bpp] : 0;
      let x = line[i];
      switch (filter) {
        case 0: break;
        case 1: x += a; break;
        case 2: x += b; break;
        case 3: x += (a + b) >> 1; break;
        case 4: x += paeth(a, b, c); break;
        default: throw new Error(`bad PNG filter ${filter} on row ${y}`);
      }
      cur[i] = x & 0xff;
    }
    const row = y * width;
    if (bitDepth === 16) for (let i = 0; i < width; i++) values[row + i] = (cur[i * bpp] << 8) | cur[i * bpp + 1];
    else for (let i = 0; i < width; i++) values[row + i] = cur[i * bpp];
    [prev, cur] = [cur, prev];
  }
  return { width, height, bitDepth, values };
}
