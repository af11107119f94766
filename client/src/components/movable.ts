// Movable: a TransformControls gizmo around its children. Dragging sends OBJECT_MOVE
// {key, position, rotation, quaternion, scale, matrix} at most 10/s, and once more on release.
import * as THREE from "three";
import { TransformControls } from "three/examples/jsm/controls/TransformControls.js";
import { Component, Factory } from "../component";
import { Props } from "../util";

const INTERVAL_MS = 100;

export const Movable: Factory = (ctx, props): Component => {
  const group = new THREE.Group();
  const viewer = ctx.viewer;
  const tc = new TransformControls(viewer.camera, viewer.canvas);
  tc.attach(group);
  const helper = tc.getHelper();
  helper.userData.noPick = true;
  viewer.scene.add(helper);
  let last = 0;
  let timer = 0;

  const configure = (p: Props) => {
    const mode = p.mode === "rotate" || p.mode === "scale" ? p.mode : "translate";
    tc.setMode(mode);
    tc.setSpace(p.space === "world" ? "world" : "local");
    tc.setSize(typeof p.size === "number" ? p.size : 1);
    tc.enabled = p.enabled !== false;
    helper.visible = p.showGizmo !== false && p.enabled !== false;
  };
  configure(props);

  const send = () => {
    last = performance.now();
    group.updateMatrix();
    const value = {
      key: ctx.key,
      position: group.position.toArray(),
      rotation: [group.rotation.x, group.rotation.y, group.rotation.z],
      quaternion: group.quaternion.toArray(),
      scale: group.scale.toArray(),
      matrix: group.matrix.toArray(),
    };
    ctx.send({ etype: "OBJECT_MOVE", key: ctx.key, value });
  };

  // The gizmo follows the view camera when it switches to orthographic and back.
  const onCamera = (cam: THREE.Camera) => {
    tc.camera = cam;
  };
  viewer.cameraListeners.push(onCamera);

  tc.addEventListener("change", () => ctx.invalidate());
  tc.addEventListener("mouseDown", () => {
    viewer.suppressClick = true;
  });
  tc.addEventListener("dragging-changed", (e: any) => {
    viewer.setControlsEnabled(!e.value);
    if (!e.value) {
      clearTimeout(timer);
      send();
    }
  });
  tc.addEventListener("objectChange", () => {
    const now = performance.now();
    clearTimeout(timer);
    if (now - last >= INTERVAL_MS) send();
    else timer = window.setTimeout(send, INTERVAL_MS - (now - last));
  });

  return {
    object: group,
    update(p) {
      configure(p);
    },
    dispose() {
      clearTimeout(timer);
      const i = viewer.cameraListeners.indexOf(onCamera);
      if (i >= 0) viewer.cameraListeners.splice(i, 1);
      tc.detach();
      viewer.scene.remove(helper);
      tc.dispose();
      viewer.setControlsEnabled(true);
    },
  };
};
