// Video textures: VideoPlane (a camera-facing plane, upstream's HUDPlane, playing `src`) and
// VideoMaterial (the video as the material of its parent mesh). `src` is a URL, a data:/blob: URL
// or the file's bytes; the video is muted (so autoplay is allowed), `loop` and `autoplay` default
// to true (`start: false` also holds it back).
//
// The page renders on demand, so a playing video asks for one frame per video frame
// (requestVideoFrameCallback; requestAnimationFrame while playing where that is missing) and
// nothing once it is paused, ended or disposed.
import * as THREE from "three";
import { Component, Ctx, Factory } from "../component";
import { parseSide } from "../materials";
import { Props, changed, num, sourceUrl } from "../util";

function mimeOf(b: Uint8Array): string {
  if (b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return "video/webm";
  if (b[4] === 0x66 && b[5] === 0x74 && b[6] === 0x79 && b[7] === 0x70) return "video/mp4"; // "ftyp"
  if (b[0] === 0x4f && b[1] === 0x67 && b[2] === 0x67 && b[3] === 0x53) return "video/ogg";
  return "";
}

interface Playing {
  texture: THREE.VideoTexture;
  video: HTMLVideoElement;
  configure(p: Props): void;
  dispose(): void;
}

/** A muted video element and its texture; tracked as an asset until its first frame. */
function playVideo(ctx: Ctx, p: Props): Playing | null {
  const source = sourceUrl(p.src, mimeOf, "video bytes");
  if (!source) return null;
  const { url, revoke, label } = source;
  const video = document.createElement("video");
  video.muted = true;
  video.playsInline = true;
  video.crossOrigin = "anonymous";
  video.preload = "auto";
  const texture = new THREE.VideoTexture(video);
  texture.colorSpace = THREE.SRGBColorSpace;
  let alive = true;
  let frameId = 0; // a pending requestVideoFrameCallback
  let rafId = 0; // … or requestAnimationFrame where there is none
  const hasVfc = "requestVideoFrameCallback" in video;

  const playing = () => alive && !video.paused && !video.ended;
  /** One redraw per new video frame, while it plays. */
  const follow = () => {
    if (!playing() || frameId || rafId) return;
    if (hasVfc) {
      frameId = video.requestVideoFrameCallback(() => {
        frameId = 0;
        texture.needsUpdate = true;
        ctx.invalidate();
        follow();
      });
    } else {
      rafId = requestAnimationFrame(() => {
        rafId = 0;
        ctx.invalidate();
        follow();
      });
    }
  };
  const stop = () => {
    if (frameId) video.cancelVideoFrameCallback(frameId);
    if (rafId) cancelAnimationFrame(rafId);
    frameId = rafId = 0;
  };
  /** A frame to show that no playback callback announces (the first, a seek, a pause). */
  const still = () => {
    if (!alive) return;
    if (video.readyState >= video.HAVE_CURRENT_DATA) texture.needsUpdate = true;
    ctx.invalidate();
  };
  video.addEventListener("playing", follow);
  video.addEventListener("play", follow);
  video.addEventListener("pause", stop);
  video.addEventListener("ended", stop);
  video.addEventListener("seeked", still);

  const configure = (q: Props) => {
    video.loop = q.loop !== false;
    // Muted, so play() is allowed; a failed load reports through the `error` event instead.
    if (q.autoplay !== false && q.start !== false) {
      if (video.paused && !video.ended) video.play().catch(() => {});
    } else if (!video.paused) video.pause();
  };

  ctx.assets.begin(ctx.key);
  let settle = () => {};
  const first = new Promise<void>((resolve, reject) => {
    settle = resolve; // disposed before its first frame: no longer holds readiness
    video.addEventListener("loadeddata", () => {
      still();
      resolve();
    }, { once: true });
    video.addEventListener("error", () => reject(new Error(`could not load video ${label}: ${video.error?.message || `error ${video.error?.code ?? ""}`}`)), {
      once: true,
    });
  });
  ctx.assets.track(ctx.key, label, first);
  video.src = url;
  configure(p);

  return {
    texture,
    video,
    configure,
    dispose() {
      alive = false;
      settle();
      stop();
      video.pause();
      video.removeAttribute("src");
      video.load();
      texture.dispose();
      if (revoke) URL.revokeObjectURL(revoke);
    },
  };
}

function videoMaterial(p: Props, map: THREE.Texture | null): THREE.MeshBasicMaterial {
  return new THREE.MeshBasicMaterial({ map, toneMapped: false, side: parseSide(p.side, THREE.FrontSide) });
}

const camPos = new THREE.Vector3();
const camQuat = new THREE.Quaternion();
const camScale = new THREE.Vector3();
const offset = new THREE.Vector3();
const q = new THREE.Quaternion();
const m = new THREE.Matrix4();
const parentInv = new THREE.Matrix4();

/**
 * VideoPlane, upstream's HUDPlane with the video on it: a unit plane in front of the view camera
 * at `distanceToCamera` (default 10), facing it, `height` × `height·aspect` in size — by default
 * the view's height at that distance and the view's aspect, so it fills the view. `position`,
 * `rotation`/`quaternion` and `matrix` are in the camera's frame; with `fixed` they place the
 * plane in the scene instead and it stays there. `layers` (XR) is ignored.
 */
export const VideoPlane: Factory = (ctx, props): Component => {
  const mat = videoMaterial(props, null);
  const mesh = new THREE.Mesh(new THREE.PlaneGeometry(1, 1), mat);
  let current = props;
  let video: Playing | null = null;

  const load = (p: Props) => {
    video?.dispose();
    video = playVideo(ctx, p);
    mat.map = video?.texture ?? null;
    mat.needsUpdate = true;
  };

  const place = () => {
    const p = current;
    mesh.visible = p.visible !== false; // the one transform prop the reconciler still leaves to us
    const cam = ctx.viewer.camera;
    cam.updateMatrixWorld();
    let w: number, h: number;
    if (typeof p.height === "number" && typeof p.aspect === "number") {
      h = p.height;
      w = p.height * p.aspect;
    } else if ((cam as THREE.OrthographicCamera).isOrthographicCamera) {
      const o = cam as THREE.OrthographicCamera;
      h = (o.top - o.bottom) / o.zoom;
      w = (o.right - o.left) / o.zoom;
    } else {
      const c = cam as THREE.PerspectiveCamera;
      h = typeof p.height === "number" ? p.height : 2 * Math.tan(THREE.MathUtils.degToRad(c.fov) / 2) * num(p.distanceToCamera, 10);
      w = h * (typeof p.aspect === "number" ? p.aspect : c.aspect);
    }
    if (p.fixed === true) {
      if (Array.isArray(p.matrix) && p.matrix.length === 16) m.fromArray(p.matrix).decompose(mesh.position, mesh.quaternion, camScale);
      else {
        if (Array.isArray(p.quaternion) && p.quaternion.length === 4) mesh.quaternion.fromArray(p.quaternion);
        else if (Array.isArray(p.rotation) && p.rotation.length === 3) mesh.rotation.set(p.rotation[0], p.rotation[1], p.rotation[2]);
        else mesh.quaternion.identity();
        if (Array.isArray(p.position) && p.position.length === 3) mesh.position.fromArray(p.position);
        else mesh.position.set(0, 0, 0);
      }
      mesh.scale.set(w, h, 1);
      return;
    }
    // The pose in the world, from the camera's …
    cam.matrixWorld.decompose(camPos, camQuat, camScale);
    if (Array.isArray(p.matrix) && p.matrix.length === 16) {
      m.fromArray(p.matrix).premultiply(cam.matrixWorld);
    } else {
      if (Array.isArray(p.quaternion) && p.quaternion.length === 4) q.fromArray(p.quaternion).premultiply(camQuat);
      else if (Array.isArray(p.rotation) && p.rotation.length === 3) q.setFromEuler(new THREE.Euler(p.rotation[0], p.rotation[1], p.rotation[2])).premultiply(camQuat);
      else q.copy(camQuat);
      const [x, y, z] = Array.isArray(p.position) && p.position.length === 3 ? p.position : [0, 0, 0];
      offset.set(x, y, z - num(p.distanceToCamera, 10)).applyQuaternion(camQuat).add(camPos);
      camScale.set(w, h, 1);
      m.compose(offset, q, camScale);
    }
    // … into the parent's frame.
    if (mesh.parent) {
      mesh.parent.updateWorldMatrix(true, false);
      m.premultiply(parentInv.copy(mesh.parent.matrixWorld).invert());
    }
    m.decompose(mesh.position, mesh.quaternion, mesh.scale);
    if (Array.isArray(p.matrix) && p.matrix.length === 16) mesh.scale.multiply(camScale.set(w, h, 1));
  };

  ctx.viewer.beforeRender.add(place);
  load(props);
  return {
    object: mesh,
    ownsTransform: true,
    update(p, prev) {
      current = p;
      if (changed(p, prev, ["src"])) load(p);
      else video?.configure(p);
      if (changed(p, prev, ["side"])) {
        mat.side = parseSide(p.side, THREE.FrontSide);
        mat.needsUpdate = true;
      }
      ctx.invalidate();
    },
    dispose() {
      ctx.viewer.beforeRender.delete(place);
      video?.dispose();
      mat.dispose();
      mesh.geometry.dispose();
    },
  };
};

/**
 * VideoMaterial: the parent mesh shows the video (unlit). The parent's own material comes back
 * when this node goes away; if the parent rebuilds its material meanwhile, the video is put
 * back on the next frame.
 */
export const VideoMaterial: Factory = (ctx, props): Component => {
  let video = playVideo(ctx, props);
  const mat = videoMaterial(props, video?.texture ?? null);
  let saved: THREE.Material | THREE.Material[] | null = null;
  let host: THREE.Mesh | null = null;
  const attach = () => {
    const parent = ctx.parentObject() as THREE.Mesh | null;
    if (!parent || !(parent as any).isMesh) return;
    if (parent === host && parent.material === mat) return;
    host = parent;
    saved = parent.material;
    parent.material = mat;
  };
  attach();
  if (!host) ctx.overlay.set(`create:${ctx.key}`, `VideoMaterial (key ${ctx.key}) needs a mesh parent`, null, "warn");
  ctx.viewer.beforeRender.add(attach);
  return {
    object: null,
    update(p, prev) {
      if (changed(p, prev, ["src"])) {
        video?.dispose();
        video = playVideo(ctx, p);
        mat.map = video?.texture ?? null;
        mat.needsUpdate = true;
      } else video?.configure(p);
      ctx.invalidate();
    },
    dispose() {
      ctx.viewer.beforeRender.delete(attach);
      if (host && host.material === mat && saved) host.material = saved;
      video?.dispose();
      mat.dispose();
      ctx.invalidate();
    },
  };
};
