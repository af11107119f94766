// Camera elements, as upstream's client treats them:
//  SceneCamera(position, lookAt, fov)          sets the view camera
//  SimplePerspectiveCamera(position, fov, …)   sets the view camera
//  SceneCameraControl                          orbit controls around the camera's lookAt
//  OrbitControls(makeDefault, stream, target)  orbit controls; stream: true sends CAMERA_MOVE
//  PerspectiveCamera                           a virtual camera only: a frustum, never the view
//  FisheyeCamera                               a virtual camera: a fisheye frustum (fov 180)
//  SimpleOrthographicCamera(makeDefault)       makes the view orthographic; else nothing
//  OrthographicCamera(makeDefault)             makes the view orthographic; else a box frustum
// Camera props apply when they change, so an UPDATE of something else never resets the user's orbit.
import * as THREE from "three";
import { Component, Ctx, Factory } from "../component";
import { Props, changed, num } from "../util";
import { FisheyeFrustum, OrthographicFrustum, buildFrustum } from "./markers";

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

/** A virtual camera drawn with one of the frustum components, its `far` capped at 0.5 (as
 * PerspectiveCamera's) so that a far = 1000 camera stays a small marker. `frustum` props win. */
function virtualCamera(frustum: Factory, defaults: (p: Props) => Props): Factory {
  return (ctx, props): Component => {
    const helperProps = (p: Props): Props => ({ showFrustum: p.showFrustum, ...defaults(p), near: num(p.near, 0.1), far: Math.min(num(p.far, 0.5), 0.5), ...(p.frustum ?? {}) });
    const helper = frustum(ctx, helperProps(props));
    const root = new THREE.Group();
    if (helper.object) root.add(helper.object);
    return {
      object: root,
      container: root,
      update(p, prev) {
        helper.update(helperProps(p), helperProps(prev));
      },
      dispose() {
        helper.dispose();
      },
    };
  };
}

/** A fisheye virtual camera: drawn as a FisheyeFrustum (`fov`, default 180°) where it stands. */
export const FisheyeCamera = virtualCamera(FisheyeFrustum, (p) => ({ fov: num(p.fov, 180), aspect: num(p.aspect, 1), segments: p.segments }));

const ORTHO_KEYS = ["left", "right", "top", "bottom", "near", "far", "zoom", "position", "lookAt", "target", "makeDefault"];

/** With `makeDefault: true` the element makes the view orthographic (Viewer.acquireOrtho) for as
 * long as it exists and keeps that prop. */
function orthoView(ctx: Ctx, props: Props) {
  let owning = false;
  const apply = (p: Props) => {
    if (p.makeDefault === true) {
      owning = true;
      ctx.viewer.acquireOrtho(ctx.key, {
        left: p.left, right: p.right, top: p.top, bottom: p.bottom, near: p.near, far: p.far, zoom: p.zoom,
        position: p.position, lookAt: p.lookAt ?? p.target,
      });
    } else if (owning) {
      owning = false;
      ctx.viewer.releaseOrtho(ctx.key);
    }
  };
  apply(props);
  return {
    update(p: Props, prev: Props) {
      if (changed(p, prev, ORTHO_KEYS)) apply(p);
    },
    dispose() {
      if (owning) ctx.viewer.releaseOrtho(ctx.key);
    },
  };
}

/** A plain orthographic camera: with `makeDefault: true` it is the view; else it draws nothing. */
export const SimpleOrthographicCamera: Factory = (ctx, props): Component => {
  const view = orthoView(ctx, props);
  return { object: null, ownsTransform: true, update: view.update, dispose: view.dispose };
};

/** An orthographic camera: with `makeDefault: true` it is the view (and draws nothing); else a
 * virtual camera drawn as an OrthographicFrustum where it stands. */
export const OrthographicCamera: Factory = (ctx, props): Component => {
  const view = orthoView(ctx, props);
  const drawn = (p: Props) => p.makeDefault !== true && p.showFrustum !== false;
  const helper = virtualCamera(OrthographicFrustum, (p) => ({
    left: p.left, right: p.right, top: p.top, bottom: p.bottom, zoom: p.zoom, showFrustum: drawn(p), showUp: drawn(p),
  }))(ctx, props);
  return {
    object: helper.object,
    container: helper.container,
    update(p, prev) {
      view.update(p, prev);
      helper.update(p, prev);
    },
    dispose() {
      view.dispose();
      helper.dispose();
    },
  };
};
