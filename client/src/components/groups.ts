import * as THREE from "three";
import { Factory } from "../component";
import { disposeObject } from "../util";

/** group / Group / VuerGroup: nesting with transform props. */
export const group: Factory = () => {
  const g = new THREE.Group();
  return { object: g, update() {}, dispose() {} };
};

/** Placeholder for a tag we do not know: renders nothing itself, keeps its children's transform. */
export const placeholder: Factory = () => {
  const g = new THREE.Group();
  return {
    object: g,
    update() {},
    dispose() {
      disposeObject(null);
    },
  };
};
