// Image (a textured plane) and ImageBackground / SceneBackground (the scene's background).
// The image is `src` (upstream's Image sends it as `rgb`): a URL, a data: URL, or raw image
// bytes (msgpack bin).
import * as THREE from "three";
import { Component, Ctx, Factory } from "../component";
import { Props, changed, num, sourceUrl } from "../util";

function sourceOf(p: Props): unknown {
  return p.src ?? p.rgb ?? p.data;
}

function mimeOf(b: Uint8Array): string {
  if (b[0] === 0x89 && b[1] === 0x50) return "image/png";
  if (b[0] === 0xff && b[1] === 0xd8) return "image/jpeg";
  if (b[0] === 0x47 && b[1] === 0x49) return "image/gif";
  if (b[0] === 0x52 && b[1] === 0x49) return "image/webp";
  return "application/octet-stream";
}

/** Loads a texture from `src`/`data`; reports failures through the tracker. */
export function loadTexture(ctx: Ctx, src: unknown): Promise<THREE.Texture | null> {
  ctx.assets.begin(ctx.key);
  const source = sourceUrl(src, mimeOf, "bytes");
  if (!source) return Promise.resolve(null);
  const { url, revoke, label } = source;
  const p = new THREE.TextureLoader().loadAsync(url).then((t) => {
    t.colorSpace = THREE.SRGBColorSpace;
    return t;
  });
  p.catch(() => {}).finally(() => {
    if (revoke) URL.revokeObjectURL(revoke);
  });
  return ctx.assets.track(ctx.key, label, p.catch((e) => Promise.reject(new Error(`could not load image ${label}: ${e?.message ?? "error"}`))));
}

function imageSize(p: Props, tex: THREE.Texture | null): [number, number] {
  const img = tex?.image as { width?: number; height?: number } | undefined;
  const natural = img && img.width && img.height ? img.width / img.height : 1;
  const aspect = num(p.aspect, natural);
  const hasW = typeof p.width === "number", hasH = typeof p.height === "number";
  if (hasW && hasH) return [p.width, p.height];
  if (hasH) return [p.height * aspect, p.height];
  if (hasW) return [p.width, p.width / aspect];
  return [aspect, 1];
}

export const Image: Factory = (ctx, props): Component => {
  const mat = new THREE.MeshBasicMaterial({ side: THREE.DoubleSide, toneMapped: false, transparent: true });
  const mesh = new THREE.Mesh(new THREE.PlaneGeometry(1, 1), mat);
  mesh.visible = false;
  const holder = new THREE.Group();
  holder.add(mesh);
  let tex: THREE.Texture | null = null;
  let current = props;
  let generation = 0;
  const layout = () => {
    const [w, h] = imageSize(current, tex);
    mesh.scale.set(w, h, 1);
    mat.opacity = num(current.opacity, 1);
  };
  const load = (p: Props) => {
    const gen = ++generation;
    loadTexture(ctx, sourceOf(p)).then((t) => {
      if (gen !== generation) {
        t?.dispose();
        return;
      }
      tex?.dispose();
      tex = t;
      mat.map = t;
      mat.needsUpdate = true;
      mesh.visible = !!t;
      layout();
      ctx.invalidate();
    });
  };
  load(props);
  layout();
  return {
    object: holder,
    update(p, prev) {
      current = p;
      if (changed(p, prev, ["src", "rgb", "data"])) load(p);
      layout();
    },
    dispose() {
      generation++;
      tex?.dispose();
      mat.dispose();
      mesh.geometry.dispose();
    },
  };
};

export const ImageBackground: Factory = (ctx, props): Component => {
  let tex: THREE.Texture | null = null;
  let generation = 0;
  const load = (p: Props) => {
    const gen = ++generation;
    loadTexture(ctx, sourceOf(p)).then((t) => {
      if (gen !== generation) {
        t?.dispose();
        return;
      }
      tex?.dispose();
      tex = t;
      ctx.viewer.setBackgroundTexture(t);
    });
  };
  load(props);
  return {
    object: null,
    update(p, prev) {
      if (changed(p, prev, ["src", "rgb", "data"])) load(p);
    },
    dispose() {
      generation++;
      ctx.viewer.setBackgroundTexture(null);
      tex?.dispose();
    },
  };
};
