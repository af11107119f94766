// What a scene-graph component is: created from props, updated with new props, disposed.
import * as THREE from "three";
import { AssetTracker } from "./assets";
import { Overlay } from "./overlay";
import { Props } from "./util";
import { Viewer } from "./viewer";

export interface Ctx {
  key: string;
  tag: string;
  viewer: Viewer;
  assets: AssetTracker;
  overlay: Overlay;
  send: (event: Props) => void;
  invalidate: () => void;
  /** The parent node's 3D object, if any (geometry/material children attach to it). */
  parentObject: () => THREE.Object3D | null;
}

export interface Component {
  /** The object placed into the parent's 3D container (null: renders nothing in 3D). */
  object: THREE.Object3D | null;
  /** The element placed into the parent's DOM container (html components). */
  dom?: HTMLElement | null;
  /** Where this node's 3D children go; defaults to `object`. */
  container?: THREE.Object3D | null;
  /** Where this node's DOM children go. */
  domContainer?: HTMLElement | null;
  /** The component applies position/rotation/... itself (cameras). */
  ownsTransform?: boolean;
  update(props: Props, prev: Props): void;
  dispose(): void;
}

export type Factory = (ctx: Ctx, props: Props) => Component;

/** A component that renders nothing. */
export function nothing(): Component {
  return { object: null, update() {}, dispose() {} };
}
