// Materials from props: `material` dict ({type, color, opacity, transparent, wireframe, side, …}),
// `materialType`, and `color`/`opacity`/`wireframe`/`side` set directly on the node.
import * as THREE from "three";
import { Props, isPlainObject, toColor } from "./util";

const CLASSES: Record<string, new () => THREE.Material> = {
  standard: THREE.MeshStandardMaterial,
  physical: THREE.MeshPhysicalMaterial,
  basic: THREE.MeshBasicMaterial,
  phong: THREE.MeshPhongMaterial,
  lambert: THREE.MeshLambertMaterial,
  normal: THREE.MeshNormalMaterial,
  toon: THREE.MeshToonMaterial,
  depth: THREE.MeshDepthMaterial,
  matcap: THREE.MeshMatcapMaterial,
};

/** Props that, when changed, rebuild a node's material. */
export const MATERIAL_KEYS = ["material", "materialType", "color", "opacity", "transparent", "wireframe", "side", "vertexColors"] as const;

export function materialClass(type: unknown): new () => THREE.Material {
  if (typeof type !== "string") return THREE.MeshStandardMaterial;
  const t = type.toLowerCase().replace(/^mesh/, "").replace(/material$/, "");
  return CLASSES[t] ?? THREE.MeshStandardMaterial;
}

export function parseSide(v: unknown, fallback: THREE.Side): THREE.Side {
  if (v === 0 || v === 1 || v === 2) return v as THREE.Side;
  if (typeof v === "string") {
    const s = v.toLowerCase().replace("side", "");
    if (s === "front") return THREE.FrontSide;
    if (s === "back") return THREE.BackSide;
    if (s === "double") return THREE.DoubleSide;
  }
  return fallback;
}

/** Sets the keys of `values` that the material knows; colours and textures get parsed. */
export function setMaterialValues(mat: THREE.Material, values: Props): void {
  const m = mat as any;
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null || k === "type") continue;
    if (k === "side") {
      mat.side = parseSide(v, mat.side);
    } else if (m[k] instanceof THREE.Color) {
      m[k] = toColor(v, m[k].getHex());
    } else if (k in m && (typeof m[k] === "number" || typeof m[k] === "boolean") && typeof v === typeof m[k]) {
      m[k] = v;
    }
  }
  if (typeof values.opacity === "number" && values.opacity < 1 && values.transparent === undefined) mat.transparent = true;
  mat.needsUpdate = true;
}

export interface MaterialOptions {
  defaultType?: string;
  defaultColor?: THREE.ColorRepresentation;
  side?: THREE.Side;
  vertexColors?: boolean;
}

export function makeMaterial(props: Props, opts: MaterialOptions = {}): THREE.Material {
  const dict = isPlainObject(props.material) ? props.material : {};
  const Cls = materialClass(dict.type ?? props.materialType ?? opts.defaultType);
  const mat = new Cls();
  const base: Props = {};
  if (opts.defaultColor !== undefined) base.color = opts.defaultColor;
  if (opts.side !== undefined) base.side = opts.side;
  if (opts.vertexColors) base.vertexColors = true;
  for (const k of ["color", "opacity", "transparent", "wireframe", "side"]) if (props[k] !== undefined) base[k] = props[k];
  setMaterialValues(mat, { ...base, ...dict });
  return mat;
}
