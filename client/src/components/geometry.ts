// TriMesh and PointCloud: geometry from bulk arrays. Any change of the arrays builds a new
// BufferGeometry, so a re-send with a different size never hits three.js's fixed buffer sizes.
import * as THREE from "three";
import { Component, Factory } from "../component";
import { colors, floats, indices, precisionOf } from "../arrays";
import { MATERIAL_KEYS, makeMaterial, parseSide } from "../materials";
import { Props, changed, num, toColor } from "../util";

const GEOMETRY_KEYS = ["vertices", "faces", "colors", "uv", "precision"];

function colorAttribute(c: { data: Uint8Array | Float32Array; itemSize: number }): THREE.BufferAttribute {
  return c.data instanceof Uint8Array
    ? new THREE.Uint8BufferAttribute(c.data, c.itemSize, true)
    : new THREE.Float32BufferAttribute(c.data, c.itemSize);
}

function triGeometry(ctxKey: string, p: Props, warn: (m: string) => void): { geom: THREE.BufferGeometry; hasColors: boolean } {
  const prec = precisionOf(p.precision);
  const geom = new THREE.BufferGeometry();
  const v = floats(p.vertices, prec);
  let hasColors = false;
  if (v && v.length >= 3) {
    const n = Math.floor(v.length / 3);
    geom.setAttribute("position", new THREE.Float32BufferAttribute(v.subarray(0, n * 3), 3));
    const f = indices(p.faces);
    if (f && f.length) {
      let max = 0;
      for (let i = 0; i < f.length; i++) if (f[i] > max) max = f[i];
      if (max >= n) warn(`TriMesh ${ctxKey}: face index ${max} out of range (${n} vertices)`);
      else geom.setIndex(new THREE.Uint32BufferAttribute(f.subarray(0, f.length - (f.length % 3)), 1));
    }
    const c = colors(p.colors, n);
    if (c) {
      geom.setAttribute("color", colorAttribute(c));
      hasColors = true;
    }
    const uv = floats(p.uv, prec);
    if (uv && uv.length >= n * 2) geom.setAttribute("uv", new THREE.Float32BufferAttribute(uv.subarray(0, n * 2), 2));
    geom.computeVertexNormals();
    geom.computeBoundingSphere();
  }
  return { geom, hasColors };
}

export const TriMesh: Factory = (ctx, props): Component => {
  const warn = (m: string) => ctx.overlay.set(`create:${ctx.key}`, m, null, "warn");
  let { geom, hasColors } = triGeometry(ctx.key, props, warn);
  const material = (p: Props) =>
    makeMaterial(
      // Per-vertex colours win over `color` (the schema: "one colour when colors is not given").
      { ...p, color: hasColors ? "white" : p.color, material: hasColors && p.material ? { ...p.material, color: "white" } : p.material },
      { defaultType: "standard", side: parseSide(p.side, THREE.DoubleSide), vertexColors: hasColors },
    );
  const mesh = new THREE.Mesh(geom, material(props));
  return {
    object: mesh,
    update(p, prev) {
      let rebuildMat = changed(p, prev, MATERIAL_KEYS);
      if (changed(p, prev, GEOMETRY_KEYS)) {
        ctx.overlay.clear(`create:${ctx.key}`);
        const had = hasColors;
        ({ geom, hasColors } = triGeometry(ctx.key, p, warn));
        mesh.geometry.dispose();
        mesh.geometry = geom;
        rebuildMat ||= had !== hasColors;
      }
      if (rebuildMat) {
        (mesh.material as THREE.Material).dispose();
        mesh.material = material(p);
      }
    },
    dispose() {
      mesh.geometry.dispose();
      (mesh.material as THREE.Material).dispose();
    },
  };
};

function pointGeometry(p: Props): { geom: THREE.BufferGeometry; hasColors: boolean } {
  const geom = new THREE.BufferGeometry();
  const v = floats(p.vertices, precisionOf(p.precision));
  let hasColors = false;
  if (v && v.length >= 3) {
    const n = Math.floor(v.length / 3);
    geom.setAttribute("position", new THREE.Float32BufferAttribute(v.subarray(0, n * 3), 3));
    const c = colors(p.colors, n);
    if (c) {
      geom.setAttribute("color", colorAttribute(c));
      hasColors = true;
    }
    geom.computeBoundingSphere();
  }
  return { geom, hasColors };
}

function pointsMaterial(p: Props, hasColors: boolean): THREE.PointsMaterial {
  const mat = new THREE.PointsMaterial({
    size: num(p.size, 0.01),
    sizeAttenuation: p.sizeAttenuation !== false,
    vertexColors: hasColors,
    color: hasColors ? new THREE.Color(0xffffff) : toColor(p.color, 0xffffff),
  });
  if (typeof p.opacity === "number") {
    mat.opacity = p.opacity;
    mat.transparent = p.opacity < 1;
  }
  return mat;
}

export const PointCloud: Factory = (_ctx, props): Component => {
  let { geom, hasColors } = pointGeometry(props);
  const points = new THREE.Points(geom, pointsMaterial(props, hasColors));
  return {
    object: points,
    update(p, prev) {
      let rebuildMat = changed(p, prev, ["size", "color", "opacity", "sizeAttenuation"]);
      if (changed(p, prev, GEOMETRY_KEYS)) {
        const had = hasColors;
        ({ geom, hasColors } = pointGeometry(p));
        points.geometry.dispose();
        points.geometry = geom;
        rebuildMat ||= had !== hasColors;
      }
      if (rebuildMat) {
        points.material.dispose();
        points.material = pointsMaterial(p, hasColors);
      }
    },
    dispose() {
      points.geometry.dispose();
      points.material.dispose();
    },
  };
};
