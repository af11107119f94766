// Text: a canvas texture on a plane, drawn with the font that ships in the bundle (no fetch
// from a CDN; upstream's Text draws nothing offline). Props: `children` (string) or `text`,
// `fontSize` (world units: the em, lines are 1.2 em), `color`, `anchorX`, `anchorY`, `opacity`.
import * as THREE from "three";
import fontFile from "@fontsource/inter/files/inter-latin-400-normal.woff2";
import { Component, Factory } from "../component";
import { Props, changed, num, toColor } from "../util";

const FAMILY = "VuerInter";
const PX = 96; // canvas pixels per line of text
const LINE_HEIGHT = 1.2; // lines are 1.2 em, as troika/drei's "normal"; fontSize is the em
let fontPromise: Promise<void> | null = null;

/** Loads the bundled font once; resolves (never rejects) when ready or when it cannot load. */
export function loadFont(): Promise<void> {
  if (!fontPromise) {
    fontPromise = (async () => {
      const url = new URL(fontFile, import.meta.url).href;
      const face = new FontFace(FAMILY, `url(${url})`);
      await face.load();
      document.fonts.add(face);
    })();
  }
  return fontPromise;
}

function textOf(p: Props): string {
  const v = p.text ?? p.children ?? "";
  return Array.isArray(v) ? v.join("") : String(v);
}

function draw(text: string, fontReady: boolean): { canvas: HTMLCanvasElement; w: number; h: number } {
  const canvas = document.createElement("canvas");
  const ctx2d = canvas.getContext("2d")!;
  const font = `${Math.round(PX / LINE_HEIGHT)}px ${fontReady ? FAMILY + ", " : ""}sans-serif`;
  ctx2d.font = font;
  const lines = text.split("\n");
  const pad = Math.round(PX * 0.1);
  const widths = lines.map((l) => ctx2d.measureText(l).width);
  const w = Math.max(1, Math.ceil(Math.max(...widths, 1)) + 2 * pad);
  const h = lines.length * PX;
  canvas.width = w;
  canvas.height = h;
  ctx2d.font = font;
  ctx2d.fillStyle = "#ffffff";
  ctx2d.textBaseline = "middle";
  lines.forEach((l, i) => ctx2d.fillText(l, pad, i * PX + PX / 2));
  return { canvas, w, h };
}

export const Text: Factory = (ctx, props): Component => {
  const mesh = new THREE.Mesh(
    new THREE.PlaneGeometry(1, 1),
    new THREE.MeshBasicMaterial({ transparent: true, side: THREE.DoubleSide, depthWrite: false, toneMapped: false }),
  );
  const holder = new THREE.Group();
  holder.add(mesh);
  let current = props;
  let fontReady = false;
  let disposed = false;

  const rebuild = (p: Props) => {
    const mat = mesh.material as THREE.MeshBasicMaterial;
    const { canvas, w, h } = draw(textOf(p), fontReady);
    mat.map?.dispose();
    const tex = new THREE.CanvasTexture(canvas);
    tex.colorSpace = THREE.SRGBColorSpace;
    tex.anisotropy = 4;
    mat.map = tex;
    mat.color = toColor(p.color, 0xffffff);
    mat.opacity = num(p.opacity, 1);
    mat.needsUpdate = true;
    const size = num(p.fontSize, 1);
    const lineCount = h / PX;
    const height = size * LINE_HEIGHT * lineCount;
    const width = height * (w / h);
    mesh.scale.set(width, height, 1);
    const ax = p.anchorX;
    const ay = p.anchorY;
    mesh.position.x = ax === "left" ? width / 2 : ax === "right" ? -width / 2 : typeof ax === "number" ? width / 2 - ax : 0;
    mesh.position.y = ay === "top" || ay === "top-baseline" ? -height / 2 : ay === "bottom" || ay === "bottom-baseline" ? height / 2 : 0;
    ctx.invalidate();
  };
  rebuild(props);
  ctx.assets.track(ctx.key, "font:" + FAMILY, loadFont()).then(() => {
    fontReady = true;
    if (!disposed) rebuild(current);
  });

  return {
    object: holder,
    update(p, prev) {
      current = p;
      if (changed(p, prev, ["text", "children", "fontSize", "color", "anchorX", "anchorY", "opacity"])) rebuild(p);
    },
    dispose() {
      disposed = true;
      const mat = mesh.material as THREE.MeshBasicMaterial;
      mat.map?.dispose();
      mat.dispose();
      mesh.geometry.dispose();
    },
  };
};
