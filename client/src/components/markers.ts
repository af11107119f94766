// Markers: CoordsMarker, Arrow, Line, Frustum, Grid. Lines use three's fat lines (Line2) so that
// `lineWidth` (pixels) works under WebGL, where gl.lineWidth is always 1.
import * as THREE from "three";
import { Line2 } from "three/examples/jsm/lines/Line2.js";
import { LineGeometry } from "three/examples/jsm/lines/LineGeometry.js";
import { LineMaterial } from "three/examples/jsm/lines/LineMaterial.js";
import { LineSegments2 } from "three/examples/jsm/lines/LineSegments2.js";
import { LineSegmentsGeometry } from "three/examples/jsm/lines/LineSegmentsGeometry.js";
import { Component, Ctx, Factory } from "../component";
import { Props, disposeObject, flatNumbers, num, toColor, vec3 } from "../util";

/** A component whose whole content is rebuilt from props on every update. Markers are small. */
function rebuilt(build: (ctx: Ctx, p: Props) => THREE.Object3D, onUp = false): Factory {
  return (ctx, props): Component => {
    const root = new THREE.Group();
    let inner = build(ctx, props);
    root.add(inner);
    let last = props;
    const upListener = () => {
      root.remove(inner);
      disposeObject(inner);
      inner = build(ctx, last);
      root.add(inner);
      ctx.invalidate();
    };
    if (onUp) ctx.viewer.upListeners.push(upListener);
    return {
      object: root,
      container: root,
      update(p) {
        last = p;
        root.remove(inner);
        disposeObject(inner);
        inner = build(ctx, p);
        root.add(inner);
      },
      dispose() {
        disposeObject(inner);
        if (onUp) {
          const i = ctx.viewer.upListeners.indexOf(upListener);
          if (i >= 0) ctx.viewer.upListeners.splice(i, 1);
        }
      },
    };
  };
}

function segments(positions: number[], colors: number[], width: number): LineSegments2 {
  const g = new LineSegmentsGeometry();
  g.setPositions(positions);
  g.setColors(colors);
  const m = new LineMaterial({ linewidth: width, vertexColors: true, worldUnits: false });
  return new LineSegments2(g, m);
}

function rgb(c: THREE.Color): number[] {
  return [c.r, c.g, c.b];
}

/** Axes: x red, y green, z blue; length 1 × `scale` (the node's scale), `lineWidth` pixels. */
export const CoordsMarker = rebuilt((_ctx, p) => {
  const w = num(p.lineWidth, 3);
  const pos = [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1];
  const col = [
    ...rgb(new THREE.Color(0xff2020)), ...rgb(new THREE.Color(0xff2020)),
    ...rgb(new THREE.Color(0x20d020)), ...rgb(new THREE.Color(0x20d020)),
    ...rgb(new THREE.Color(0x2050ff)), ...rgb(new THREE.Color(0x2050ff)),
  ];
  const g = new THREE.Group();
  g.add(segments(pos, col, w));
  const ball = new THREE.Mesh(new THREE.SphereGeometry(0.04, 12, 8), new THREE.MeshBasicMaterial({ color: 0xdddddd }));
  g.add(ball);
  return g;
});

/** Arrow from `origin` along `direction` (or `dir`), `length` long, shaft and cone. */
export const Arrow = rebuilt((_ctx, p) => {
  const origin = new THREE.Vector3(...vec3(p.origin, [0, 0, 0]));
  const dir = new THREE.Vector3(...vec3(p.direction ?? p.dir, [0, 0, 1]));
  if (dir.lengthSq() === 0) dir.set(0, 0, 1);
  dir.normalize();
  const length = num(p.length, 1);
  const headLength = num(p.headLength, length * 0.2);
  const headWidth = num(p.headWidth, headLength * 0.5);
  const radius = num(p.radius, num(p.lineWidth, 0) > 0 ? num(p.lineWidth, 1) * 0.01 : headWidth * 0.2);
  const mat = new THREE.MeshStandardMaterial({ color: toColor(p.color, 0xffd000) });
  const g = new THREE.Group();
  const shaftLen = Math.max(0, length - headLength);
  const shaft = new THREE.Mesh(new THREE.CylinderGeometry(radius, radius, shaftLen, 12), mat);
  shaft.position.y = shaftLen / 2;
  const head = new THREE.Mesh(new THREE.ConeGeometry(headWidth, headLength, 16), mat);
  head.position.y = shaftLen + headLength / 2;
  g.add(shaft, head);
  g.position.copy(origin);
  g.quaternion.setFromUnitVectors(new THREE.Vector3(0, 1, 0), dir);
  return g;
});

/** Polyline through `points` ([[x,y,z], …] or flat), `color`, `lineWidth` pixels. */
export const Line = rebuilt((_ctx, p) => {
  const pts = flatNumbers(p.points);
  const n = Math.floor(pts.length / 3);
  if (n < 2) return new THREE.Group();
  const g = new LineGeometry();
  g.setPositions(pts.slice(0, n * 3));
  const mat = new LineMaterial({ color: toColor(p.color, 0x3399ff).getHex(), linewidth: num(p.lineWidth, 2), worldUnits: false });
  if (typeof p.opacity === "number") {
    mat.opacity = p.opacity;
    mat.transparent = p.opacity < 1;
  }
  if (Array.isArray(p.colors)) {
    const c = flatNumbers(p.colors);
    if (c.length === n * 3) {
      g.setColors(c.map((x) => (c.some((y) => y > 1) ? x / 255 : x)));
      mat.vertexColors = true;
    }
  }
  const line = new Line2(g, mat);
  line.computeLineDistances();
  return line;
});

/** Camera frustum helper with upstream's prop names. The camera looks down -z, up is +y. */
export function buildFrustum(p: Props): THREE.Object3D {
  const fov = num(p.fov, 50);
  const aspect = num(p.aspect, 4 / 3);
  const near = num(p.near, 0.1);
  const far = num(p.far, 1);
  const upScale = num(p.upScale, 1);
  const focal = num(p.focalLength, near);
  const width = num(p.lineWidth, 1.5);
  const t = Math.tan(THREE.MathUtils.degToRad(fov) / 2);
  const rect = (d: number): THREE.Vector3[] => {
    const h = d * t, w = h * aspect;
    return [new THREE.Vector3(-w, h, -d), new THREE.Vector3(w, h, -d), new THREE.Vector3(w, -h, -d), new THREE.Vector3(-w, -h, -d)];
  };
  const pos: number[] = [];
  const col: number[] = [];
  const seg = (a: THREE.Vector3, b: THREE.Vector3, c: THREE.Color) => {
    pos.push(a.x, a.y, a.z, b.x, b.y, b.z);
    col.push(c.r, c.g, c.b, c.r, c.g, c.b);
  };
  const loop = (pts: THREE.Vector3[], c: THREE.Color) => {
    for (let i = 0; i < pts.length; i++) seg(pts[i], pts[(i + 1) % pts.length], c);
  };
  const o = new THREE.Vector3();
  const cFrustum = toColor(p.colorFrustum, 0xffaa00);
  const cCone = toColor(p.colorCone, 0xff0000);
  const cFocal = toColor(p.colorFocalPlane, 0x888888);
  const cUp = toColor(p.colorUp, 0x00aaff);
  const cTarget = toColor(p.colorTarget, 0xffffff);
  const cCross = toColor(p.colorCross, 0x333333);
  const nearR = rect(near), farR = rect(far);
  const g = new THREE.Group();
  if (p.showFrustum !== false) {
    loop(nearR, cFrustum);
    loop(farR, cFrustum);
    for (let i = 0; i < 4; i++) seg(nearR[i], farR[i], cFrustum);
    for (let i = 0; i < 4; i++) seg(o, nearR[i], cCone);
    // a cross and the target point at the far plane's centre
    seg(farR[0], farR[2], cCross);
    seg(farR[1], farR[3], cCross);
    const c = new THREE.Vector3(0, 0, -far);
    seg(o, c, cTarget);
  }
  if (p.showFocalPlane !== false && focal > 0) loop(rect(focal), cFocal);
  if (p.showUp !== false) {
    const h = far * t, w = h * aspect;
    const s = Math.min(w, h) * 0.5 * upScale;
    const a = new THREE.Vector3(-s, h * 1.05, -far), b = new THREE.Vector3(s, h * 1.05, -far), top = new THREE.Vector3(0, h * 1.05 + s, -far);
    loop([a, b, top], cUp);
  }
  if (pos.length) g.add(segments(pos, col, width));
  if (p.showImagePlane) {
    const h = near * t, w = h * aspect;
    const plane = new THREE.Mesh(
      new THREE.PlaneGeometry(2 * w, 2 * h),
      new THREE.MeshBasicMaterial({ color: toColor(p.colorImagePlane, 0x888888), side: THREE.DoubleSide, transparent: true, opacity: 0.5 }),
    );
    plane.position.z = -near;
    g.add(plane);
  }
  const originDot = new THREE.Mesh(new THREE.SphereGeometry(far * 0.02, 8, 6), new THREE.MeshBasicMaterial({ color: toColor(p.colorOrigin, 0xffffff) }));
  g.add(originDot);
  return g;
}

export const Frustum = rebuilt((_ctx, p) => buildFrustum(p));

/** Grid in the ground plane (perpendicular to the Scene's `up`). `args` = [size, divisions]. */
export const Grid = rebuilt((ctx, p) => {
  const args = Array.isArray(p.args) ? p.args : [];
  const size = num(p.size, num(args[0], 20));
  const divisions = Math.max(1, Math.round(num(p.divisions, num(args[1], size))));
  const dark = ctx.viewer.params.background === "dark";
  const center = toColor(p.sectionColor ?? p.centerColor, dark ? 0x8a8a96 : 0x777777);
  const cell = toColor(p.cellColor ?? p.color, dark ? 0x44444c : 0xbbbbbb);
  const grid = new THREE.GridHelper(size, divisions, center, cell);
  grid.userData.noPick = true;
  grid.quaternion.setFromUnitVectors(new THREE.Vector3(0, 1, 0), ctx.viewer.up);
  return grid;
}, true);
