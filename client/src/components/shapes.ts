// Geometry built from `args` like the three.js constructors, with JSON stand-ins for the
// objects those take: Shape and Extrude (shapes: [[x, y], …] outlines, or {points, holes}),
// Lathe ([x, y] points), Tube (a path of [x, y, z] points, a Catmull-Rom curve), Polyhedron;
// Edges and Wireframe drawn for their parent mesh's geometry; the Bézier lines; BBox and
// BoundingBox.
import * as THREE from "three";
import { LineMaterial } from "three/examples/jsm/lines/LineMaterial.js";
import { LineSegments2 } from "three/examples/jsm/lines/LineSegments2.js";
import { LineSegmentsGeometry } from "three/examples/jsm/lines/LineSegmentsGeometry.js";
import { Component, Ctx, Factory } from "../component";
import { MATERIAL_KEYS, makeMaterial } from "../materials";
import { Props, changed, disposeObject, flatNumbers, isPlainObject, num, toColor, vec3 } from "../util";
import { lineThrough } from "./markers";

/** [[x, y], …] or [x, y, x, y, …] → points. */
function points2(v: unknown): THREE.Vector2[] {
  const f = flatNumbers(v);
  const out: THREE.Vector2[] = [];
  for (let i = 0; i + 1 < f.length; i += 2) out.push(new THREE.Vector2(f[i], f[i + 1]));
  return out;
}

function points3(v: unknown): THREE.Vector3[] {
  const f = flatNumbers(v);
  const out: THREE.Vector3[] = [];
  for (let i = 0; i + 2 < f.length; i += 3) out.push(new THREE.Vector3(f[i], f[i + 1], f[i + 2]));
  return out;
}

/** Whether v is one outline: a list of [x, y] pairs (or a flat list of numbers). */
function isOutline(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0 && (typeof v[0] === "number" || (Array.isArray(v[0]) && typeof v[0][0] === "number"));
}

function shapeOf(v: unknown): THREE.Shape | null {
  if (isPlainObject(v)) {
    const s = shapeOf(v.points);
    if (s && Array.isArray(v.holes)) for (const h of v.holes) if (isOutline(h)) s.holes.push(new THREE.Path(points2(h)));
    return s;
  }
  const pts = isOutline(v) ? points2(v) : [];
  return pts.length >= 3 ? new THREE.Shape(pts) : null;
}

/** One outline, {points, holes}, or a list of either → shapes. */
function shapesOf(v: unknown): THREE.Shape[] {
  if (isOutline(v) || isPlainObject(v)) {
    const s = shapeOf(v);
    return s ? [s] : [];
  }
  if (!Array.isArray(v)) return [];
  return v.map(shapeOf).filter((s): s is THREE.Shape => s !== null);
}

function args(p: Props): unknown[] {
  return Array.isArray(p.args) ? p.args : [];
}

function opt(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

const BUILDERS: Record<string, (p: Props) => THREE.BufferGeometry> = {
  Shape: (p) => new THREE.ShapeGeometry(shapesOf(args(p)[0] ?? p.shapes), opt(args(p)[1] ?? p.curveSegments)),
  Extrude: (p) => {
    const a = args(p);
    const o = isPlainObject(a[1]) ? a[1] : isPlainObject(p.options) ? p.options : {};
    const options: THREE.ExtrudeGeometryOptions = {};
    for (const k of ["curveSegments", "steps", "depth", "bevelThickness", "bevelSize", "bevelOffset", "bevelSegments"] as const) {
      if (typeof o[k] === "number") options[k] = o[k];
    }
    if (typeof o.bevelEnabled === "boolean") options.bevelEnabled = o.bevelEnabled;
    if (o.extrudePath !== undefined) {
      const path = points3(o.extrudePath);
      if (path.length >= 2) options.extrudePath = new THREE.CatmullRomCurve3(path);
    }
    return new THREE.ExtrudeGeometry(shapesOf(a[0] ?? p.shapes), options);
  },
  Lathe: (p) => {
    const a = args(p);
    return new THREE.LatheGeometry(points2(a[0] ?? p.points), opt(a[1]), opt(a[2]), opt(a[3]));
  },
  Tube: (p) => {
    const a = args(p);
    const path = points3(a[0] ?? p.path);
    if (path.length < 2) return new THREE.BufferGeometry();
    const closed = a[4] === true;
    return new THREE.TubeGeometry(new THREE.CatmullRomCurve3(path, closed), opt(a[1]), opt(a[2]), opt(a[3]), closed);
  },
  Polyhedron: (p) => {
    const a = args(p);
    const vertices = flatNumbers(a[0] ?? p.vertices);
    const indices = flatNumbers(a[1] ?? p.indices);
    if (vertices.length < 9 || indices.length < 3) return new THREE.BufferGeometry();
    return new THREE.PolyhedronGeometry(vertices, indices, opt(a[2]), opt(a[3]));
  },
};

/** A mesh whose geometry `BUILDERS[tag]` makes from `args`; material props as the primitives. */
export function argsMesh(tag: "Shape" | "Extrude" | "Lathe" | "Tube" | "Polyhedron"): Factory {
  const build = BUILDERS[tag];
  // A flat Shape and the inside of a Lathe or an open Tube are seen from both sides.
  const side = tag === "Polyhedron" || tag === "Extrude" ? THREE.FrontSide : THREE.DoubleSide;
  return (_ctx: Ctx, props: Props): Component => {
    const mesh = new THREE.Mesh(build(props), makeMaterial(props, { side }));
    return {
      object: mesh,
      update(p, prev) {
        if (changed(p, prev, ["args", "shapes", "options", "points", "path", "vertices", "indices", "curveSegments"])) {
          mesh.geometry.dispose();
          mesh.geometry = build(p);
        }
        if (changed(p, prev, MATERIAL_KEYS)) {
          (mesh.material as THREE.Material).dispose();
          mesh.material = makeMaterial(p, { side });
        }
      },
      dispose() {
        disposeObject(mesh);
      },
    };
  };
}

function lineColor(p: Props): THREE.Color {
  const m = isPlainObject(p.material) ? p.material : {};
  return toColor(m.color ?? p.color, 0xffffff);
}

/**
 * Lines derived from the parent mesh's geometry (Edges: EdgesGeometry with `args[1]` or
 * `threshold` degrees, default 15; Wireframe: WireframeGeometry), in `color`, `lineWidth` (1.5)
 * pixels wide. They follow the parent when its geometry is replaced. Without a mesh parent
 * they draw nothing.
 */
function derivedLines(make: (g: THREE.BufferGeometry, p: Props) => THREE.BufferGeometry): Factory {
  return (ctx, props): Component => {
    let current = props;
    let source: THREE.BufferGeometry | null = null;
    const mat = new LineMaterial({ color: lineColor(props).getHex(), linewidth: num(props.lineWidth, 1.5), worldUnits: false });
    const lines = new LineSegments2(new LineSegmentsGeometry(), mat);
    lines.userData.noPick = true;
    const sync = (force: boolean) => {
      const parent = ctx.parentObject() as THREE.Mesh | null;
      const g = parent && (parent as any).isMesh ? parent.geometry : null;
      if (!force && g === source) return;
      source = g;
      lines.geometry.dispose();
      const next = new LineSegmentsGeometry();
      if (g && g.getAttribute("position")) {
        const derived = make(g, current);
        next.setPositions(derived.getAttribute("position").array as Float32Array);
        derived.dispose();
      }
      lines.geometry = next;
    };
    const check = () => sync(false);
    ctx.viewer.beforeRender.add(check);
    return {
      object: lines,
      update(p, prev) {
        current = p;
        mat.color.copy(lineColor(p));
        mat.linewidth = num(p.lineWidth, 1.5);
        if (changed(p, prev, ["args", "threshold"])) sync(true);
      },
      dispose() {
        ctx.viewer.beforeRender.delete(check);
        lines.geometry.dispose();
        mat.dispose();
      },
    };
  };
}

export const Edges = derivedLines((g, p) => new THREE.EdgesGeometry(g, num(args(p)[1], num(p.threshold, 15))));
export const Wireframe = derivedLines((g) => new THREE.WireframeGeometry(g));

/** A Bézier curve drawn as a Line of `segments` (20) pieces; other props as Line's. */
function bezierLine(curve: (p: Props) => THREE.Curve<THREE.Vector3>): Factory {
  return lineThrough((p) => {
    const pts = curve(p).getPoints(Math.max(2, Math.round(num(p.segments, 20))));
    return { ...p, points: pts.map((v) => [v.x, v.y, v.z]) };
  });
}

const v3 = (v: unknown, f: [number, number, number]) => new THREE.Vector3(...vec3(v, f));
export const QuadraticBezierLine = bezierLine(
  (p) => new THREE.QuadraticBezierCurve3(v3(p.start, [0, 0, 0]), v3(p.mid, [0.5, 0.5, 0]), v3(p.end, [1, 0, 0])),
);
export const CubicBezierLine = bezierLine(
  (p) => new THREE.CubicBezierCurve3(v3(p.start, [0, 0, 0]), v3(p.midA, [0.25, 0.5, 0]), v3(p.midB, [0.75, 0.5, 0]), v3(p.end, [1, 0, 0])),
);

/** Colour props as upstream sends them, including "0xRRGGBB" strings. */
function hexColor(v: unknown, fallback: THREE.ColorRepresentation): THREE.Color {
  if (typeof v === "string" && /^0x[0-9a-f]{6}$/i.test(v)) return new THREE.Color(parseInt(v.slice(2), 16));
  return toColor(v, fallback);
}

/** {x, y, z} (or [x, y, z]) → vector. */
function corner(v: unknown, d: number): THREE.Vector3 {
  if (isPlainObject(v)) return new THREE.Vector3(num(v.x, d), num(v.y, d), num(v.z, d));
  return v3(v, [d, d, d]);
}

function rebuiltGroup(build: (p: Props) => THREE.Object3D): Factory {
  return (_ctx, props): Component => {
    const root = new THREE.Group();
    let inner = build(props);
    root.add(inner);
    return {
      object: root,
      update(p) {
        root.remove(inner);
        disposeObject(inner);
        inner = build(p);
        root.add(inner);
      },
      dispose() {
        disposeObject(inner);
      },
    };
  };
}

/** The 12 edges of the box between `min` and `max` ({x, y, z}, default ∓1), in `color`. */
export const BBox = rebuiltGroup((p) => {
  const box = new THREE.Box3(corner(p.min, -1), corner(p.max, 1));
  const helper = new THREE.Box3Helper(box, hexColor(p.color, 0xffffff));
  helper.userData.noPick = true;
  return helper;
});

/** A box of `size` (or between `min` and `max`) with solid edges (`edgeWidth` × the largest
 * side thick, `edgeOpacity`) and translucent walls (`wallOpacity`), all in `color`. */
export const BoundingBox = rebuiltGroup((p) => {
  const g = new THREE.Group();
  let min: THREE.Vector3, max: THREE.Vector3;
  if (p.min !== undefined && p.max !== undefined) {
    min = corner(p.min, -0.5);
    max = corner(p.max, 0.5);
  } else {
    const s = v3(p.size, [1, 1, 1]).multiplyScalar(0.5);
    min = s.clone().negate();
    max = s;
  }
  const size = max.clone().sub(min);
  const center = max.clone().add(min).multiplyScalar(0.5);
  const color = hexColor(p.color, "#00ff00");
  const wallOpacity = num(p.wallOpacity, 0.08);
  const walls = new THREE.Mesh(
    new THREE.BoxGeometry(size.x, size.y, size.z),
    new THREE.MeshBasicMaterial({ color, transparent: true, opacity: wallOpacity, depthWrite: false, side: THREE.DoubleSide }),
  );
  walls.position.copy(center);
  g.add(walls);
  const t = num(p.edgeWidth, 0.02) * Math.max(size.x, size.y, size.z);
  const edgeOpacity = num(p.edgeOpacity, 0.9);
  const edgeMat = new THREE.MeshBasicMaterial({ color, transparent: edgeOpacity < 1, opacity: edgeOpacity });
  const axes: Array<["x" | "y" | "z", "x" | "y" | "z", "x" | "y" | "z"]> = [["x", "y", "z"], ["y", "x", "z"], ["z", "x", "y"]];
  for (const [along, a, b] of axes) {
    for (const sa of [-0.5, 0.5]) {
      for (const sb of [-0.5, 0.5]) {
        const dims = { x: t, y: t, z: t };
        dims[along] = size[along] + t;
        const edge = new THREE.Mesh(new THREE.BoxGeometry(dims.x, dims.y, dims.z), edgeMat);
        edge.position.copy(center);
        edge.position[a] += sa * size[a];
        edge.position[b] += sb * size[b];
        g.add(edge);
      }
    }
  }
  return g;
});
