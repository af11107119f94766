// DepthPointCloud and InPlaceDepthPointCloud: a point cloud unprojected in the browser from a
// 16-bit depth PNG (`depth`: URL, data: URL or bytes) and an optional RGB image (`rgb`).
//
// Pinhole model, the camera as a three.js camera: it looks down its local −Z with +Y up, +X to
// the right. Pixel (u, v) (v down from the top row) with depth d > 0 becomes
//   z = d · depthUnit,  x = (u − cx) · z / f,  y = −(v − cy) · z / f,  point (x, y, −z)
// with f = (height / 2) / tan(fov / 2) (square pixels, `fov` vertical). Depth 0 is no point.
//
// Colours: `cmap` (turbo, viridis, inferno, jet) of the `colorMode` quantity wins; else the RGB
// image; else grey levels of the depth (near bright). The colour mapping, the point size and the
// minY/maxY culling happen in the shader, so changing them (or moving the node, for worldY)
// never re-decodes the images.
import * as THREE from "three";
import { Component, Ctx, Factory } from "../component";
import { decodePngChannel, PngChannel } from "../png";
import { Props, changed, deepEqual, num, resolveUrl } from "../util";

// Colour maps as evenly spaced sRGB stops, interpolated into a 256-entry lookup texture.
const CMAPS: Record<string, string[]> = {
  viridis: ["440154", "482878", "3e4989", "31688e", "26828e", "1f9e89", "35b779", "6ece58", "b5de2b", "fde725"],
  inferno: ["000004", "1b0c41", "4a0c6b", "781c6d", "a52c60", "cf4446", "ed6925", "fb9b06", "f7d13d", "fcffa4"],
  turbo: ["30123b", "4145ab", "4675ed", "39a2fc", "1bcfd4", "24eca6", "61fc6c", "a4fc3b", "d1e834", "f3c63a", "fe9b2d", "f36315", "d93806",
    "b11901", "7a0403"],
  jet: ["000080", "0000ff", "0080ff", "00ffff", "80ff80", "ffff00", "ff8000", "ff0000", "800000"],
  grey: ["ffffff", "404040"],
};

const lutCache = new Map<string, THREE.DataTexture>();

function lut(name: string): THREE.DataTexture {
  let t = lutCache.get(name);
  if (t) return t;
  const stops = CMAPS[name].map((h) => [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)]);
  const data = new Uint8Array(256 * 4);
  for (let i = 0; i < 256; i++) {
    const s = (i / 255) * (stops.length - 1);
    const k = Math.min(stops.length - 2, Math.floor(s));
    const f = s - k;
    for (let c = 0; c < 3; c++) data[i * 4 + c] = Math.round(stops[k][c] * (1 - f) + stops[k + 1][c] * f);
    data[i * 4 + 3] = 255;
  }
  t = new THREE.DataTexture(data, 256, 1, THREE.RGBAFormat, THREE.UnsignedByteType);
  t.minFilter = t.magFilter = THREE.LinearFilter;
  t.colorSpace = THREE.NoColorSpace; // the bytes are sRGB and go to the screen unconverted
  t.needsUpdate = true;
  lutCache.set(name, t);
  return t;
}

const MODES: Record<string, number> = { depth: 0, camz: 1, camdist: 2, localy: 3, worldy: 4 };

/** colorMode as upstream's number (0–4) or as its name. */
function modeOf(v: unknown): number {
  if (typeof v === "number" && v >= 0 && v <= 4) return Math.floor(v);
  if (typeof v === "string") return MODES[v.toLowerCase()] ?? 0;
  return 0;
}

const VERTEX = /* glsl */ `
attribute vec3 rgb;
uniform float uSize;
uniform float uScreen;
uniform float uHalfHeight;
uniform float uPixelRatio;
uniform int uMode;
uniform vec2 uRange;
uniform float uMinY;
uniform float uMaxY;
varying vec3 vRgb;
varying float vT;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  if (world.y < uMinY || world.y > uMaxY) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0); // outside the clip volume: dropped
    gl_PointSize = 0.0;
    return;
  }
  vec4 mv = viewMatrix * world;
  gl_Position = projectionMatrix * mv;
  float v = -position.z;
  if (uMode == 2) v = length(position);
  else if (uMode == 3) v = position.y;
  else if (uMode == 4) v = world.y;
  vT = clamp((v - uRange.x) / max(uRange.y - uRange.x, 1e-6), 0.0, 1.0);
  vRgb = rgb;
  float size = uSize * uPixelRatio;
  if (uScreen < 0.5) {
    // World units: the projected size of a segment that long at this depth.
    float w = projectionMatrix[3][3] > 0.5 ? 1.0 : max(-mv.z, 1e-6);
    size = uSize * projectionMatrix[1][1] * uHalfHeight / w;
  }
  gl_PointSize = max(size, 1.0);
}`;

const FRAGMENT = /* glsl */ `
uniform float uUseLut;
uniform sampler2D uLut;
varying vec3 vRgb;
varying float vT;
void main() {
  vec3 c = uUseLut > 0.5 ? texture2D(uLut, vec2(vT * (255.0 / 256.0) + 0.5 / 256.0, 0.5)).rgb : vRgb;
  gl_FragColor = vec4(c, 1.0);
}`;

/** The bytes of an image prop: raw bytes, or fetched from a (data:) URL. */
async function bytesOf(src: unknown): Promise<Uint8Array> {
  if (src instanceof Uint8Array) return src;
  if (typeof src !== "string" || !src) throw new Error("no image");
  const url = src.startsWith("data:") || src.startsWith("blob:") ? src : resolveUrl(src);
  const r = await fetch(url);
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  return new Uint8Array(await r.arrayBuffer());
}

function labelOf(src: unknown): string {
  return src instanceof Uint8Array ? `bytes (${src.byteLength} B)` : typeof src === "string" && !src.startsWith("data:") ? resolveUrl(src) : "data: URL";
}

async function loadDepth(src: unknown): Promise<PngChannel> {
  try {
    return await decodePngChannel(await bytesOf(src));
  } catch (e) {
    throw new Error(`could not load depth image ${labelOf(src)}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The RGB image's pixels resampled to the depth image's size (RGBA bytes). */
async function loadRgb(src: unknown, width: number, height: number): Promise<Uint8ClampedArray> {
  try {
    const bytes = await bytesOf(src);
    const bitmap = await createImageBitmap(new Blob([bytes.slice()]), { colorSpaceConversion: "none", premultiplyAlpha: "none" });
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const g = canvas.getContext("2d", { willReadFrequently: true })!;
    g.imageSmoothingEnabled = bitmap.width !== width || bitmap.height !== height;
    g.drawImage(bitmap, 0, 0, width, height);
    bitmap.close();
    return g.getImageData(0, 0, width, height).data;
  } catch (e) {
    throw new Error(`could not load rgb image ${labelOf(src)}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

interface Frame {
  /** The `depth` prop this was decoded from. */
  src: unknown;
  depth: PngChannel;
  rgb: Uint8ClampedArray | null;
}

interface Built {
  positions: Float32Array;
  colors: Uint8Array;
  count: number;
  near: number;
  far: number;
}

/** Unprojects every pixel with a depth; the points are packed at the front of the arrays. */
function unproject(f: Frame, p: Props, positions: Float32Array, colors: Uint8Array): Built {
  const { width, height, values } = f.depth;
  const fov = THREE.MathUtils.degToRad(num(p.fov, 58));
  const focal = height / 2 / Math.tan(fov / 2);
  const cx = num(p.cx, width / 2), cy = num(p.cy, height / 2);
  const unit = num(p.depthUnit, 0.001);
  const rgb = f.rgb;
  let n = 0, near = Infinity, far = -Infinity;
  for (let v = 0; v < height; v++) {
    for (let u = 0; u < width; u++) {
      const i = v * width + u;
      const d = values[i];
      if (d === 0) continue;
      const z = d * unit;
      positions[n * 3] = ((u - cx) * z) / focal;
      positions[n * 3 + 1] = (-(v - cy) * z) / focal;
      positions[n * 3 + 2] = -z;
      if (rgb) {
        colors[n * 3] = rgb[i * 4];
        colors[n * 3 + 1] = rgb[i * 4 + 1];
        colors[n * 3 + 2] = rgb[i * 4 + 2];
      }
      if (z < near) near = z;
      if (z > far) far = z;
      n++;
    }
  }
  positions.fill(0, n * 3);
  colors.fill(0, n * 3);
  return { positions, colors, count: n, near, far };
}

function cloud(inPlace: boolean): Factory {
  return (ctx: Ctx, props: Props): Component => {
    const uniforms = {
      uSize: { value: 2 },
      uScreen: { value: 1 },
      uHalfHeight: { value: 240 },
      uPixelRatio: { value: 1 },
      uMode: { value: 0 },
      uRange: { value: new THREE.Vector2(0.1, 50) },
      uMinY: { value: -1e30 },
      uMaxY: { value: 1e30 },
      uUseLut: { value: 1 },
      uLut: { value: lut("grey") },
    };
    const material = new THREE.ShaderMaterial({ uniforms, vertexShader: VERTEX, fragmentShader: FRAGMENT });
    const points = new THREE.Points(new THREE.BufferGeometry(), material);
    const size = new THREE.Vector2();
    points.onBeforeRender = (renderer) => {
      renderer.getDrawingBufferSize(size);
      uniforms.uHalfHeight.value = size.y / 2;
      uniforms.uPixelRatio.value = renderer.getPixelRatio();
    };
    let current = props;
    let frame: Frame | null = null;
    let hasRgb = false;
    let range = { near: 0, far: 1 }; // the frame's own depth range, for the grey fallback
    let generation = 0;

    const style = (p: Props) => {
      uniforms.uSize.value = num(p.pointSize, 2);
      uniforms.uScreen.value = p.screenSpaceSizing === false ? 0 : 1;
      const mode = modeOf(p.colorMode);
      uniforms.uMode.value = mode;
      const cmap = typeof p.cmap === "string" ? p.cmap.toLowerCase() : null;
      if (cmap && CMAPS[cmap] && cmap !== "grey") {
        uniforms.uUseLut.value = 1;
        uniforms.uLut.value = lut(cmap);
        uniforms.uRange.value.set(
          mode >= 3 ? num(p.heightMin, -2) : num(p.depthMin, 0.1),
          mode >= 3 ? num(p.heightMax, 2) : num(p.depthMax, 50),
        );
      } else if (hasRgb) {
        uniforms.uUseLut.value = 0;
      } else {
        uniforms.uUseLut.value = 1;
        uniforms.uLut.value = lut("grey");
        uniforms.uMode.value = 0;
        uniforms.uRange.value.set(num(p.depthMin, range.near), num(p.depthMax, range.far));
      }
      uniforms.uMinY.value = num(p.minY, -1e30);
      uniforms.uMaxY.value = num(p.maxY, 1e30);
    };

    /** Puts the frame's points into the geometry: in place when the size allows (InPlace…). */
    const build = (f: Frame, p: Props) => {
      const capacity = f.depth.width * f.depth.height;
      const old = points.geometry;
      const pos = old.getAttribute("position") as THREE.BufferAttribute | undefined;
      const col = old.getAttribute("rgb") as THREE.BufferAttribute | undefined;
      const reuse = inPlace && pos && col && pos.count === capacity;
      const positions = reuse ? (pos.array as Float32Array) : new Float32Array(capacity * 3);
      const colors = reuse ? (col.array as Uint8Array) : new Uint8Array(capacity * 3);
      const b = unproject(f, p, positions, colors);
      range = b.count ? { near: b.near, far: b.far === b.near ? b.near + 1 : b.far } : { near: 0, far: 1 };
      let geom = old;
      if (reuse) {
        pos.needsUpdate = true;
        col.needsUpdate = true;
      } else {
        geom = new THREE.BufferGeometry();
        geom.setAttribute("position", new THREE.BufferAttribute(positions, 3));
        geom.setAttribute("rgb", new THREE.BufferAttribute(colors, 3, true));
      }
      geom.setDrawRange(0, b.count);
      geom.computeBoundingSphere();
      if (geom !== old) {
        points.geometry = geom;
        old.dispose();
      }
      hasRgb = !!f.rgb;
      style(p);
    };

    const load = (p: Props) => {
      const gen = ++generation;
      const last = frame;
      ctx.assets.begin(ctx.key);
      if (p.depth === undefined || p.depth === null) {
        ctx.overlay.set(`create:${ctx.key}`, `${ctx.tag} (key ${ctx.key}): no depth image`, null, "warn");
        return;
      }
      ctx.overlay.clear(`create:${ctx.key}`);
      const work = (async (): Promise<Frame> => {
        // An update of the rgb alone keeps the decoded depth.
        const depth = last && deepEqual(last.src, p.depth) ? last.depth : await loadDepth(p.depth);
        const hasRgbSrc = p.rgb !== undefined && p.rgb !== null && p.rgb !== "";
        const rgb = hasRgbSrc ? await loadRgb(p.rgb, depth.width, depth.height) : null;
        return { src: p.depth, depth, rgb };
      })();
      ctx.assets.track(ctx.key, labelOf(p.depth), work).then((f) => {
        if (gen !== generation || !f) return;
        frame = f;
        build(f, current);
        ctx.invalidate();
      });
    };

    load(props);
    style(props);
    return {
      object: points,
      update(p, prev) {
        current = p;
        if (changed(p, prev, ["depth", "rgb"])) load(p);
        else if (frame && changed(p, prev, ["fov", "cx", "cy", "depthUnit"])) build(frame, p);
        style(p);
      },
      dispose() {
        generation++;
        points.geometry.dispose();
        material.dispose();
      },
    };
  };
}

export const DepthPointCloud = cloud(false);
export const InPlaceDepthPointCloud = cloud(true);
