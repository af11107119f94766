// Camera elements, as upstream's client treats them:
//  SceneCamera(position, lookAt, fov)          sets the view camera
//  SimplePerspectiveCamera(position, fov, …)   sets the view camera
//  SceneCameraControl                          orbit controls around the camera's lookAt
//  OrbitControls(makeDefault, stream, target)  orbit controls; stream: true sends CAMERA_MOVE
//  PerspectiveCamera                           a virtual camera only: a frustum, never the view
// Camera props apply when they change, so an UPDATE of something else never resets the user's orbit.
import * as THREE from "three";
import { Component, Factory } from "../component";
import { Props, changed, num } from "../util";
import { buildFrustum } from "./markers";

const VIEW_KEYS = ["position", "lookAt", "target", "fov", "near", "far", "zoom"];

function viewFrom(p: Props, lookAtKey: "lookAt" | "target") {
  return {
    position: p.position,
    target: p[lookAtKey] ?? p.lookAt,
    fov: p.fov,
    near: p.near,
    far: p.far,
    zoom: p.zoom,
  };
}

export const SceneCamera: Factory = (ctx, props): Component => {
  ctx.viewer.setView(viewFrom(props, "lookAt"));
  return {
    object: null,
    ownsTransform: true,
    update(p, prev) {
      if (changed(p, prev, VIEW_KEYS)) ctx.viewer.setView(viewFrom(p, "lookAt"));
    },
    dispose() {},
  };
};

export const SimplePerspectiveCamera: Factory = (ctx, props): Component => {
  const apply = (p: Props) => {
    if (p.makeDefault === false) return;
    ctx.viewer.setView({ position: p.position, fov: p.fov, near: p.near, far: p.far, zoom: p.zoom, target: p.lookAt ?? p.target });
  };
  apply(props);
  return {
    object: null,
    ownsTransform: true,
    update(p, prev) {
      if (changed(p, prev, [...VIEW_KEYS, "makeDefault"])) apply(p);
    },
    dispose() {},
  };
};

function controls(fromCameraLookAt: boolean): Factory {
  return (ctx, props): Component => {
    const config = (p: Props) => ({ ...p, target: fromCameraLookAt ? p.lookAt ?? p.target : p.target });
    ctx.viewer.acquireControls(ctx.key, config(props));
    return {
      object: null,
      ownsTransform: true,
      update(p, prev) {
        if (changed(p, prev, Object.keys({ ...p, ...prev }))) ctx.viewer.acquireControls(ctx.key, config(p));
      },
      dispose() {
        ctx.viewer.releaseControls(ctx.key);
      },
    };
  };
}

export const OrbitControls = controls(false);
export const SceneCameraControl = controls(true);

/** A virtual camera: drawn as a frustum where it stands; it never becomes the view. */
export const PerspectiveCamera: Factory = (_ctx, props): Component => {
  const root = new THREE.Group();
  const build = (p: Props) => {
    for (const c of [...root.children]) root.remove(c);
    root.add(
      buildFrustum({
        fov: num(p.fov, 50),
        aspect: num(p.aspect, 4 / 3),
        near: num(p.near, 0.1),
        far: Math.min(num(p.far, 0.5), 0.5),
        showFocalPlane: false,
        showUp: true,
        ...(p.frustum ?? {}),
      }),
    );
  };
  build(props);
  return {
    object: root,
    update(p) {
      build(p);
    },
    dispose() {},
  };
};
