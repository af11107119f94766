// Mesh primitives: Box, Sphere, … with `args` = the three.js geometry constructor arguments;
// also `mesh` with r3f-style geometry/material children (boxGeometry, meshStandardMaterial, …).
import * as THREE from "three";
import { Component, Ctx, Factory } from "../component";
import { MATERIAL_KEYS, makeMaterial } from "../materials";
import { Props, changed, disposeObject } from "../util";

type GeomCtor = new (...args: any[]) => THREE.BufferGeometry;

export const GEOMETRIES: Record<string, GeomCtor> = {
  Box: THREE.BoxGeometry,
  Sphere: THREE.SphereGeometry,
  Cylinder: THREE.CylinderGeometry,
  Cone: THREE.ConeGeometry,
  Capsule: THREE.CapsuleGeometry,
  Plane: THREE.PlaneGeometry,
  Circle: THREE.CircleGeometry,
  Ring: THREE.RingGeometry,
  Torus: THREE.TorusGeometry,
  TorusKnot: THREE.TorusKnotGeometry,
  Dodecahedron: THREE.DodecahedronGeometry,
  Icosahedron: THREE.IcosahedronGeometry,
  Octahedron: THREE.OctahedronGeometry,
  Tetrahedron: THREE.TetrahedronGeometry,
};

// Flat shapes are seen from both sides by default; a plane that vanishes from behind surprises.
const FLAT = new Set(["Plane", "Circle", "Ring"]);

function geometry(Ctor: GeomCtor, args: unknown): THREE.BufferGeometry {
  const a = Array.isArray(args) ? args.filter((x) => typeof x === "number" || typeof x === "boolean") : [];
  return new Ctor(...a);
}

export function primitive(tag: string): Factory {
  const Ctor = GEOMETRIES[tag];
  const side = FLAT.has(tag) ? THREE.DoubleSide : THREE.FrontSide;
  return (_ctx: Ctx, props: Props): Component => {
    const mesh = new THREE.Mesh(geometry(Ctor, props.args), makeMaterial(props, { side }));
    return {
      object: mesh,
      update(p, prev) {
        if (changed(p, prev, ["args"])) {
          mesh.geometry.dispose();
          mesh.geometry = geometry(Ctor, p.args);
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

export const mesh: Factory = (_ctx, props) => {
  const m = new THREE.Mesh(new THREE.BufferGeometry(), makeMaterial(props));
  return {
    object: m,
    update(p, prev) {
      if (changed(p, prev, MATERIAL_KEYS)) {
        (m.material as THREE.Material).dispose();
        m.material = makeMaterial(p);
      }
    },
    dispose() {
      disposeObject(m);
    },
  };
};

const LOWER_GEOMETRIES: Record<string, GeomCtor> = {};
for (const [k, v] of Object.entries(GEOMETRIES)) LOWER_GEOMETRIES[k[0].toLowerCase() + k.slice(1) + "Geometry"] = v;

/** `boxGeometry` etc. as the child of a `mesh`: sets the parent's geometry. */
export function childGeometry(tag: string): Factory | null {
  const Ctor = LOWER_GEOMETRIES[tag];
  if (!Ctor) return null;
  return (ctx, props) => {
    const apply = (p: Props) => {
      const parent = ctx.parentObject() as THREE.Mesh | null;
      if (parent && (parent as any).isMesh) {
        parent.geometry.dispose();
        parent.geometry = geometry(Ctor, p.args);
      }
    };
    apply(props);
    return {
      object: null,
      update(p) {
        apply(p);
      },
      dispose() {},
    };
  };
}

/** `meshStandardMaterial` etc. as the child of a `mesh`: sets the parent's material. */
export function childMaterial(tag: string): Factory | null {
  if (!/^mesh[A-Z]\w*Material$/.test(tag)) return null;
  return (ctx, props) => {
    const apply = (p: Props) => {
      const parent = ctx.parentObject() as THREE.Mesh | null;
      if (parent && (parent as any).isMesh) {
        (parent.material as THREE.Material).dispose();
        parent.material = makeMaterial({ ...p, material: { type: tag, ...(p.material ?? {}) } });
      }
    };
    apply(props);
    return {
      object: null,
      update(p) {
        apply(p);
      },
      dispose() {},
    };
  };
}
