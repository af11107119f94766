// Html: DOM content anchored at a 3D point. Its html children (Div, Span, Img, Button, …) go
// into an element over the canvas that is moved to the point's projection on every frame, and
// hidden while the point is behind the camera or the node is hidden.
import * as THREE from "three";
import { Component, Factory } from "../component";
import { Props, num } from "../util";

const world = new THREE.Vector3();
const view = new THREE.Vector3();

/**
 * Props (upstream's, from drei's Html): `center` (centre the content on the point instead of
 * hanging it from its top-left corner), `distanceFactor` (scale with distance as an object of
 * that size would), `zIndexRange` ([max, min], default [16777271, 0]; the content takes max),
 * `wrapperClass`, `style`, text `children`. `transform`, `sprite`, `occlude`, `fullscreen` and
 * `prepend` are not reproduced: the content always faces the screen and is never occluded.
 */
export const Html: Factory = (ctx, props): Component => {
  const anchor = new THREE.Group();
  const el = document.createElement("div");
  const text = document.createElement("span");
  const kids = document.createElement("div");
  kids.style.display = "contents";
  el.append(text, kids);
  el.dataset.vuerKey = ctx.key;
  el.style.position = "fixed";
  el.style.left = "0";
  el.style.top = "0";
  el.style.visibility = "hidden"; // until the first frame places it
  el.style.transformOrigin = "0 0";
  const host = ctx.viewer.canvas.parentElement ?? document.body;
  host.appendChild(el);
  let current = props;

  const apply = (p: Props) => {
    current = p;
    text.textContent = typeof p.children === "string" || typeof p.children === "number" ? String(p.children) : "";
    el.className = typeof p.wrapperClass === "string" ? p.wrapperClass : "";
    el.removeAttribute("style");
    el.style.position = "fixed";
    el.style.left = "0";
    el.style.top = "0";
    el.style.transformOrigin = "0 0";
    if (p.style && typeof p.style === "object") {
      for (const [k, v] of Object.entries(p.style)) {
        try {
          (el.style as any)[k] = typeof v === "number" && !/opacity|zIndex|fontWeight|flex/.test(k) ? `${v}px` : String(v);
        } catch {
          /* ignore bad style keys */
        }
      }
    }
    const z = Array.isArray(p.zIndexRange) ? num(p.zIndexRange[0], 16777271) : 16777271;
    el.style.zIndex = String(Math.round(z));
    place();
  };

  const place = () => {
    const cam = ctx.viewer.camera;
    cam.updateMatrixWorld();
    anchor.updateWorldMatrix(true, false);
    let shown = true;
    for (let o: THREE.Object3D | null = anchor; o; o = o.parent) if (!o.visible) shown = false;
    if (!anchor.parent) shown = false;
    anchor.getWorldPosition(world);
    view.copy(world).applyMatrix4(cam.matrixWorldInverse);
    if (view.z >= 0 && (cam as THREE.PerspectiveCamera).isPerspectiveCamera) shown = false; // behind the eye
    const ndc = world.clone().project(cam);
    if (ndc.z > 1 || ndc.z < -1) shown = false; // beyond far or before near
    if (!shown) {
      el.style.visibility = "hidden";
      return;
    }
    const rect = ctx.viewer.canvas.getBoundingClientRect();
    const x = rect.left + ((ndc.x + 1) / 2) * rect.width;
    const y = rect.top + ((1 - ndc.y) / 2) * rect.height;
    let scale = 1;
    if (typeof current.distanceFactor === "number") {
      const persp = cam as THREE.PerspectiveCamera;
      scale = persp.isPerspectiveCamera
        ? current.distanceFactor / (2 * Math.tan(THREE.MathUtils.degToRad(persp.fov) / 2) * world.distanceTo(cam.position))
        : current.distanceFactor * cam.zoom;
    }
    const centre = current.center === true ? " translate(-50%, -50%)" : "";
    el.style.transform = `translate(${x}px, ${y}px) scale(${scale})${centre}`;
    el.style.visibility = "visible";
  };

  ctx.viewer.beforeRender.add(place);
  apply(props);
  return {
    object: anchor,
    container: anchor,
    domContainer: kids,
    update(p) {
      apply(p);
    },
    dispose() {
      ctx.viewer.beforeRender.delete(place);
      el.remove();
    },
  };
};
