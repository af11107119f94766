// Markers: CoordsMarker, Arrow, Line, Frustum and the Perspective/Fisheye/Orthographic frusta,
// Grid. Lines use three's fat lines (Line2) so that `lineWidth` (pixels) works under WebGL,
// where gl.lineWidth is always 1.
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

/** Coloured line segments collected into one fat-line object. */
class LineSet {
  pos: number[] = [];
  col: number[] = [];
  seg(a: THREE.Vector3, b: THREE.Vector3, c: THREE.Color): void {
    this.pos.push(a.x, a.y, a.z, b.x, b.y, b.z);
    this.col.push(c.r, c.g, c.b, c.r, c.g, c.b);
  }
  /** A closed loop through `pts`. */
  loop(pts: THREE.Vector3[], c: THREE.Color): void {
    for (let i = 0; i < pts.length; i++) this.seg(pts[i], pts[(i + 1) % pts.length], c);
  }
  /** An open polyline through `pts`. */
  path(pts: THREE.Vector3[], c: THREE.Color): void {
    for (let i = 0; i + 1 < pts.length; i++) this.seg(pts[i], pts[i + 1], c);
  }
  object(width: number): THREE.Object3D | null {
    return this.pos.length ? segments(this.pos, this.col, width) : null;
  }
}

/** The up marker: a triangle of half base `s` whose base sits at (cx, y, z). */
function upMarker(lines: LineSet, cx: number, y: number, z: number, s: number, c: THREE.Color): void {
  lines.loop([new THREE.Vector3(cx - s, y, z), new THREE.Vector3(cx + s, y, z), new THREE.Vector3(cx, y + s, z)], c);
}

function frustumGroup(lines: LineSet, p: Props): THREE.Group {
  const g = new THREE.Group();
  const obj = lines.object(num(p.lineWidth, 1.5));
  if (obj) g.add(obj);
  return g;
}

/**
 * The pyramid volume of a perspective camera between `near` (0.1) and `far` (1): near and far
 * rectangles and their joining edges in `colorFrustum`, the lines from the eye to the near
 * corners in `colorCone`, the up marker in `colorUp`. `fov` (50°, vertical), `aspect` (4/3),
 * `zoom` narrows the view. The camera looks down -z with +y up; children live in this frame.
 */
export const PerspectiveFrustum = rebuilt((_ctx, p) => {
  const near = num(p.near, 0.1), far = num(p.far, 1);
  const aspect = num(p.aspect, 4 / 3);
  const t = Math.tan(THREE.MathUtils.degToRad(num(p.fov, 50)) / 2) / Math.max(1e-6, num(p.zoom, 1));
  const rect = (d: number): THREE.Vector3[] => {
    const h = d * t, w = h * aspect;
    return [new THREE.Vector3(-w, h, -d), new THREE.Vector3(w, h, -d), new THREE.Vector3(w, -h, -d), new THREE.Vector3(-w, -h, -d)];
  };
  const lines = new LineSet();
  const cFrustum = toColor(p.colorFrustum, 0xffaa00);
  if (p.showFrustum !== false) {
    const n = rect(near), f = rect(far);
    lines.loop(n, cFrustum);
    lines.loop(f, cFrustum);
    for (let i = 0; i < 4; i++) lines.seg(n[i], f[i], cFrustum);
    const cCone = toColor(p.colorCone, 0xff0000);
    for (let i = 0; i < 4; i++) lines.seg(new THREE.Vector3(), n[i], cCone);
  }
  if (p.showUp !== false) {
    const h = far * t;
    upMarker(lines, 0, h * 1.05, -far, h * Math.min(aspect, 1) * 0.5 * num(p.upScale, 1), toColor(p.colorUp, 0x00aaff));
  }
  return frustumGroup(lines, p);
});

/**
 * The volume of a fisheye camera: a piece of sphere (`fov` 180° across, `fov`/`aspect` high)
 * between the `near` (0.1) and `far` (1) radii. Far surface as a grid of `segments` arcs in
 * `colorFrustum`, near surface in `colorNear`, the rim's rays from the eye in `colorCone`, the
 * eye in `colorOrigin`, the up marker in `colorUp`.
 */
export const FisheyeFrustum = rebuilt((_ctx, p) => {
  const near = num(p.near, 0.1), far = num(p.far, 1);
  const aspect = Math.max(1e-3, num(p.aspect, 1));
  const halfW = THREE.MathUtils.degToRad(Math.min(num(p.fov, 180), 359)) / 2;
  const halfH = Math.min(halfW / aspect, Math.PI / 2);
  const n = Math.max(4, Math.round(num(p.segments, 16)));
  const dir = (az: number, el: number, r: number) =>
    new THREE.Vector3(Math.sin(az) * Math.cos(el) * r, Math.sin(el) * r, -Math.cos(az) * Math.cos(el) * r);
  /** The rim of the spherical patch of radius r, corner to corner. */
  const rim = (r: number): THREE.Vector3[] => {
    const pts: THREE.Vector3[] = [];
    for (let i = 0; i < n; i++) pts.push(dir(-halfW + (2 * halfW * i) / n, halfH, r));
    for (let i = 0; i < n; i++) pts.push(dir(halfW, halfH - (2 * halfH * i) / n, r));
    for (let i = 0; i < n; i++) pts.push(dir(halfW - (2 * halfW * i) / n, -halfH, r));
    for (let i = 0; i < n; i++) pts.push(dir(-halfW, -halfH + (2 * halfH * i) / n, r));
    return pts;
  };
  const lines = new LineSet();
  if (p.showFrustum !== false) {
    const cFrustum = toColor(p.colorFrustum, 0xffaa00);
    lines.loop(rim(far), cFrustum);
    // a few meridians and parallels across the far surface
    for (const k of [1, 2, 3]) {
      const az = -halfW + (2 * halfW * k) / 4, el = -halfH + (2 * halfH * k) / 4;
      const mer: THREE.Vector3[] = [], par: THREE.Vector3[] = [];
      for (let i = 0; i <= n; i++) {
        mer.push(dir(az, -halfH + (2 * halfH * i) / n, far));
        par.push(dir(-halfW + (2 * halfW * i) / n, el, far));
      }
      lines.path(mer, cFrustum);
      lines.path(par, cFrustum);
    }
    lines.loop(rim(near), toColor(p.colorNear, cFrustum));
    const cCone = toColor(p.colorCone, 0xff0000);
    for (const [az, el] of [[-halfW, halfH], [halfW, halfH], [halfW, -halfH], [-halfW, -halfH]]) {
      lines.seg(new THREE.Vector3(), dir(az, el, far), cCone);
    }
  }
  if (p.showUp !== false) {
    // over the top of the far surface's centre meridian
    const top = dir(0, halfH, far);
    upMarker(lines, 0, top.y + far * 0.05, top.z, far * 0.15 * num(p.upScale, 1), toColor(p.colorUp, 0x00aaff));
  }
  const g = frustumGroup(lines, p);
  const eye = new THREE.Mesh(new THREE.SphereGeometry(far * 0.02, 8, 6), new THREE.MeshBasicMaterial({ color: toColor(p.colorOrigin, 0xffffff) }));
  g.add(eye);
  return g;
});

/** left/right/top/bottom of an orthographic view volume: given edges, else `width`×`height`
 * (1×1) around the axis; divided by `zoom`. */
export function orthoBounds(p: Props, width = 1, height = 1): { left: number; right: number; top: number; bottom: number } {
  const w = num(p.width, width), h = num(p.height, height);
  const z = Math.max(1e-6, num(p.zoom, 1));
  return {
    left: num(p.left, -w / 2) / z,
    right: num(p.right, w / 2) / z,
    top: num(p.top, h / 2) / z,
    bottom: num(p.bottom, -h / 2) / z,
  };
}

/**
 * The box volume of an orthographic camera between `near` (0.1) and `far` (1): near face in
 * `colorNearPlane`, far face in `colorFarPlane`, the edges joining them in `colorFrustum`, up
 * marker in `colorUp`. Edges from left/right/top/bottom, or width/height, over `zoom`.
 */
export const OrthographicFrustum = rebuilt((_ctx, p) => {
  const near = num(p.near, 0.1), far = num(p.far, 1);
  const b = orthoBounds(p);
  const rect = (d: number): THREE.Vector3[] => [
    new THREE.Vector3(b.left, b.top, -d), new THREE.Vector3(b.right, b.top, -d),
    new THREE.Vector3(b.right, b.bottom, -d), new THREE.Vector3(b.left, b.bottom, -d),
  ];
  const lines = new LineSet();
  if (p.showFrustum !== false) {
    const cFrustum = toColor(p.colorFrustum, 0xffaa00);
    const n = rect(near), f = rect(far);
    lines.loop(n, toColor(p.colorNearPlane, cFrustum));
    lines.loop(f, toColor(p.colorFarPlane, cFrustum));
    for (let i = 0; i < 4; i++) lines.seg(n[i], f[i], cFrustum);
  }
  if (p.showUp !== false) {
    const s = (Math.min(Math.abs(b.right - b.left), Math.abs(b.top - b.bottom)) / 4) * num(p.upScale, 1);
    const gap = Math.abs(b.top - b.bottom) * 0.05;
    upMarker(lines, (b.left + b.right) / 2, b.top + gap, -far, s, toColor(p.colorUp, 0x00aaff));
  }
  return frustumGroup(lines, p);
});

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

/** A Line through points computed from the props (curves): `toLine` turns the element's
 * props into a Line's, on creation and on every update. */
export function lineThrough(toLine: (p: Props) => Props): Factory {
  return (ctx, props): Component => {
    const inner = Line(ctx, toLine(props));
    return {
      object: inner.object,
      container: inner.container,
      update(p, prev) {
        inner.update(toLine(p), toLine(prev));
      },
      dispose() {
        inner.dispose();
      },
    };
  };
}
