// The transform props every 3D node takes: position, rotation (euler), quaternion, scale
// (number or vec3), matrix (16 floats, column-major), visible.
import * as THREE from "three";
import { Props, changed, vec3 } from "./util";

export const TRANSFORM_KEYS = ["position", "rotation", "quaternion", "scale", "matrix", "visible"] as const;
const m4 = new THREE.Matrix4();
const ORDERS = new Set(["XYZ", "YXZ", "ZXY", "ZYX", "YZX", "XZY"]);

export function applyTransform(obj: THREE.Object3D, props: Props, prev: Props | null): void {
  if (!changed(props, prev, TRANSFORM_KEYS)) return;
  const m = props.matrix;
  if (Array.isArray(m) && m.length === 16) {
    m4.fromArray(m);
    m4.decompose(obj.position, obj.quaternion, obj.scale);
  } else {
    obj.position.set(...vec3(props.position, [0, 0, 0]));
    const q = props.quaternion;
    const r = props.rotation;
    if (Array.isArray(q) && q.length === 4) obj.quaternion.set(q[0], q[1], q[2], q[3]).normalize();
    else if (Array.isArray(r) && r.length >= 3) {
      const order = typeof r[3] === "string" && ORDERS.has(r[3]) ? (r[3] as THREE.EulerOrder) : "XYZ";
      obj.rotation.set(r[0], r[1], r[2], order);
    } else obj.quaternion.identity();
    obj.scale.set(...vec3(props.scale, [1, 1, 1]));
  }
  obj.visible = props.visible !== false;
}
