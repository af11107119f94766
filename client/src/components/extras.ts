// Cheap stand-ins for upstream tags beyond the core list, so common scenes draw without
// warnings: containers that keep their children (Pivot, Center, Clickable, Billboard, Stage),
// BackgroundColor, fog, CatmullRomLine. Each is an approximation, said so below.
import * as THREE from "three";
import { CatmullRomCurve3 } from "three";
import { Component, Factory } from "../component";
import { Props, flatNumbers, num, toColor } from "../util";
import { HemisphereLightStage } from "./lights";
import { lineThrough } from "./markers";

/** Renders its children under its own transform; the special behaviour is not reproduced
 * (Center does not re-centre, Billboard does not turn to the camera, Pivot has no gizmo). */
export const container: Factory = () => ({ object: new THREE.Group(), update() {}, dispose() {} });

/** Stage: its children plus a light rig (no shadows or environment map: nothing is fetched). */
export const Stage: Factory = (ctx, props): Component => {
  const g = new THREE.Group();
  const lights = HemisphereLightStage(ctx, { intensity: num(props.intensity, 1.2) });
  if (lights.object) g.add(lights.object);
  return {
    object: g,
    update() {},
    dispose() {
      lights.dispose();
    },
  };
};

export const BackgroundColor: Factory = (ctx, props): Component => {
  ctx.viewer.setElementBackground(toColor(props.color ?? "#131416"));
  return {
    object: null,
    update(p) {
      ctx.viewer.setElementBackground(toColor(p.color ?? "#131416"));
    },
    dispose() {
      ctx.viewer.setElementBackground(null);
    },
  };
};

export const Fog: Factory = (ctx, props): Component => {
  const apply = (p: Props) => {
    ctx.viewer.scene.fog = new THREE.Fog(toColor(p.color, 0xffffff), num(p.near, 1), num(p.far, 1000));
    ctx.invalidate();
  };
  apply(props);
  return {
    object: null,
    update: apply,
    dispose() {
      ctx.viewer.scene.fog = null;
      ctx.invalidate();
    },
  };
};

/** A smooth curve through `points`, drawn as a Line with `segments` pieces. */
export const CatmullRomLine: Factory = lineThrough((p) => {
  const flat = flatNumbers(p.points);
  const pts: THREE.Vector3[] = [];
  for (let i = 0; i + 2 < flat.length; i += 3) pts.push(new THREE.Vector3(flat[i], flat[i + 1], flat[i + 2]));
  if (pts.length < 2) return { ...p, points: [] };
  const curve = new CatmullRomCurve3(pts, p.closed === true, p.curveType ?? "centripetal", num(p.tension, 0.5));
  const smooth = curve.getPoints(Math.max(2, Math.round(num(p.segments, 20 * pts.length))));
  return { ...p, points: smooth.map((v) => [v.x, v.y, v.z]) };
});
