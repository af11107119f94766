// GRAB_RENDER: a fresh frame, read back as JPEG (or PNG) bytes.
import { Viewer } from "./viewer";
import { Props, num } from "./util";

let lastGrab = performance.now();

export async function grabFrame(viewer: Viewer, data: Props): Promise<Props> {
  const quality = Math.min(1, Math.max(0, num(data.quality, 0.9)));
  const downsample = Math.max(1, Math.round(num(data.downsample ?? data.subsample, 1)));
  const format = data.format === "png" ? "png" : "jpeg";
  viewer.renderNow(); // never a stale frame
  const canvas = viewer.renderer.domElement;
  const width = canvas.width, height = canvas.height;
  let source: HTMLCanvasElement = canvas;
  if (downsample > 1) {
    const small = document.createElement("canvas");
    small.width = Math.max(1, Math.floor(width / downsample));
    small.height = Math.max(1, Math.floor(height / downsample));
    const c2d = small.getContext("2d")!;
    c2d.imageSmoothingQuality = "high";
    c2d.drawImage(canvas, 0, 0, small.width, small.height);
    source = small;
  }
  const blob = await new Promise<Blob | null>((resolve) => source.toBlob(resolve, `image/${format}`, quality));
  if (!blob) throw new Error("canvas.toBlob returned nothing");
  const frame = new Uint8Array(await blob.arrayBuffer());
  const now = performance.now();
  const delta = Math.round(now - lastGrab);
  lastGrab = now;
  return { frame, width, height, dpr: window.devicePixelRatio || 1, delta, format };
}
