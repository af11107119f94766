// A small keyed scene graph. Nodes are kept by key; SET reconciles the whole tree (same key and
// tag ⇒ update in place, so assets are not reloaded), ADD/UPSERT/UPDATE/REMOVE edit it.
// Unlike upstream, a key is never drawn twice: ADD of an existing key replaces that node.
import * as THREE from "three";
import { AssetTracker } from "./assets";
import { Component, Ctx } from "./component";
import { Overlay } from "./overlay";
import { createComponent } from "./registry";
import { applyTransform } from "./transform";
import { Props, deepEqual, isPlainObject, toColor } from "./util";
import { Viewer } from "./viewer";

export type Slot = "children" | "bgChildren" | "htmlChildren" | "rawChildren";
const BULK_FLOATS = ["vertices", "uv"];
const STAGING_PREFIX = "__default:";
const SCENE_SLOTS: Slot[] = ["bgChildren", "children", "rawChildren", "htmlChildren"];

/** Upstream's default staging, without the XR pieces (which render nothing anyway). */
export const DEFAULT_STAGING: Props[] = [
  { tag: "Grid", key: "grid" },
  { tag: "HemisphereLightStage", key: "light-stage" },
  { tag: "OrbitControls", key: "orb-control", makeDefault: true },
];

class VNode {
  comp: Component | null = null;
  children = new Map<Slot, VNode[]>();
  constructor(
    public key: string,
    public tag: string,
    public props: Props,
    public parent: VNode | null,
    public slot: Slot,
  ) {}

  list(slot: Slot): VNode[] {
    let l = this.children.get(slot);
    if (!l) this.children.set(slot, (l = []));
    return l;
  }
}

interface Split {
  props: Props;
  children: Props[] | null; // null: the spec carried no child list
}

/** Splits a node spec into props and child specs. Text children (strings) stay a prop. */
function split(spec: Props): Split {
  const props: Props = {};
  let children: Props[] | null = null;
  for (const k of Object.keys(spec)) {
    if (k === "key" || k === "tag") continue;
    const v = spec[k];
    if (k === "children" && Array.isArray(v)) {
      children = v.filter(isPlainObject);
      const text = v.filter((x) => typeof x === "string" || typeof x === "number");
      if (text.length) props.children = text.join("");
      continue;
    }
    props[k] = v;
  }
  return { props, children };
}

export class Reconciler {
  private keys = new Map<string, VNode>();
  private root: VNode;
  private anon = 0;
  private htmlRoot: HTMLElement;

  constructor(
    private viewer: Viewer,
    private assets: AssetTracker,
    private overlay: Overlay,
    private send: (e: Props) => void,
    htmlRoot: HTMLElement,
  ) {
    this.htmlRoot = htmlRoot;
    this.root = new VNode("__scene__", "Scene", {}, null, "children");
  }

  /** Element nodes currently in the tree (the Scene root and default staging not counted). */
  get nodeCount(): number {
    let n = 0;
    for (const node of this.keys.values()) if (node !== this.root && !node.key.startsWith(STAGING_PREFIX)) n++;
    return n;
  }

  keyList(): string[] {
    return [...this.keys.keys()];
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  propsOf(key: string): Props | null {
    return this.keys.get(key)?.props ?? null;
  }

  /** The 3D object a node placed in the scene, if any. */
  objectOf(key: string): THREE.Object3D | null {
    return this.keys.get(key)?.comp?.object ?? null;
  }

  /** Before any SET the page shows the default staging over an empty scene. */
  initDefault(): void {
    this.reconcile(this.root, "bgChildren", this.staging());
  }

  private staging(): Props[] {
    // Prefixed keys never collide with the user's, and are not counted as scene nodes.
    return DEFAULT_STAGING.map((s) => ({ ...s, key: STAGING_PREFIX + s.key }));
  }

  // ---- operations ---------------------------------------------------------------------------

  set(data: unknown): boolean {
    if (!isPlainObject(data) || data.tag !== "Scene") {
      const got = isPlainObject(data) ? data.tag : typeof data;
      console.error(`The top level node of the SET operation must be a <Scene/> object, got <${got}/> instead.`);
      return false;
    }
    const root = this.root;
    if (root.key !== "__scene__" && this.keys.get(root.key) === root) this.keys.delete(root.key);
    root.key = typeof data.key === "string" && data.key ? data.key : "__scene__";
    if (root.key !== "__scene__") this.keys.set(root.key, root);
    const { props } = split(data);
    for (const slot of SCENE_SLOTS) delete props[slot];
    this.applySceneProps(props, true);
    for (const slot of SCENE_SLOTS) {
      let specs = data[slot];
      if (slot === "bgChildren" && !Array.isArray(specs)) specs = this.staging();
      this.reconcile(root, slot, Array.isArray(specs) ? specs.filter(isPlainObject) : []);
    }
    return true;
  }

  add(nodes: unknown, to: unknown): void {
    const parent = this.parentFor(to);
    if (!parent) return;
    for (const spec of this.specList(nodes)) {
      const k = spec.key;
      const existing = typeof k === "string" ? this.keys.get(k) : undefined;
      if (existing === this.root) continue;
      if (existing) {
        if (this.isAncestorOrSelf(existing, parent)) {
          console.warn(`vuer: ADD of key ${k} under its own subtree ignored`);
          continue;
        }
        this.replace(existing, spec, parent, "children");
      } else {
        this.create(spec, parent, "children");
      }
    }
  }

  upsert(nodes: unknown, to: unknown, strict: boolean): void {
    for (const spec of this.specList(nodes)) {
      const k = spec.key;
      const existing = typeof k === "string" ? this.keys.get(k) : undefined;
      if (existing) this.updateNode(existing, spec, strict);
      else {
        const parent = this.parentFor(to);
        if (parent) this.create(spec, parent, "children");
      }
    }
  }

  update(nodes: unknown, strict: boolean): void {
    for (const spec of this.specList(nodes)) {
      const k = spec.key;
      const existing = typeof k === "string" ? this.keys.get(k) : undefined;
      if (existing) this.updateNode(existing, spec, strict); // a missing key is a no-op
    }
  }

  remove(keys: unknown): void {
    const list = typeof keys === "string" ? [keys] : Array.isArray(keys) ? keys : [];
    for (const k of list) {
      const node = typeof k === "string" ? this.keys.get(k) : undefined;
      if (!node || node === this.root) continue;
      this.removeNode(node);
    }
  }

  // ---- internals ----------------------------------------------------------------------------

  private specList(nodes: unknown): Props[] {
    if (Array.isArray(nodes)) return nodes.filter(isPlainObject);
    if (isPlainObject(nodes)) return [nodes];
    return [];
  }

  private parentFor(to: unknown): VNode | null {
    if (to === null || to === undefined || to === "") return this.root;
    const p = typeof to === "string" ? this.keys.get(to) : undefined;
    if (!p) console.warn(`vuer: parent key ${String(to)} not found`);
    return p ?? null;
  }

  private isAncestorOrSelf(a: VNode, b: VNode | null): boolean {
    for (let n: VNode | null = b; n; n = n.parent) if (n === a) return true;
    return false;
  }

  private applySceneProps(props: Props, replace: boolean): void {
    const next = replace ? props : { ...this.root.props, ...props };
    this.root.props = next;
    this.viewer.setUp(next.up ?? [0, 1, 0]);
    this.viewer.setSceneBackground(next.background !== undefined && next.background !== null ? toColor(next.background) : null);
  }

  private ctxFor(node: VNode): Ctx {
    return {
      key: node.key,
      tag: node.tag,
      viewer: this.viewer,
      assets: this.assets,
      overlay: this.overlay,
      send: this.send,
      invalidate: () => this.viewer.invalidate(),
      parentObject: () => node.parent?.comp?.object ?? null,
    };
  }

  private create(spec: Props, parent: VNode, slot: Slot, index = -1): VNode {
    let key = typeof spec.key === "string" && spec.key !== "" ? spec.key : typeof spec.key === "number" ? String(spec.key) : "";
    if (!key || this.keys.has(key)) {
      if (key) console.warn(`vuer: duplicate key ${key}; the later node gets a private key`);
      key = `__anon_${++this.anon}`;
    }
    const tag = typeof spec.tag === "string" ? spec.tag : "group";
    const { props, children } = split(spec);
    const node = new VNode(key, tag, props, parent, slot);
    this.keys.set(key, node);
    const list = parent.list(slot);
    if (index < 0 || index > list.length) list.push(node);
    else list.splice(index, 0, node);
    node.comp = createComponent(this.ctxFor(node), props);
    const obj = node.comp.object;
    if (obj) {
      obj.userData.vuerKey = key;
      if (!node.comp.ownsTransform) applyTransform(obj, props, null);
    }
    this.attach(node);
    if (children) for (const c of children) this.create(c, node, "children");
    this.viewer.invalidate();
    return node;
  }

  /** Puts the node's object/DOM into its parent's container, if the kinds match. */
  private attach(node: VNode): void {
    const parent = node.parent!;
    const comp = node.comp!;
    if (comp.object) {
      const container = this.container3d(parent, node.slot);
      if (container) container.add(comp.object);
    }
    if (comp.dom) {
      const dc = this.containerDom(parent, node.slot);
      if (dc) {
        // Keep DOM order equal to list order.
        const list = parent.list(node.slot);
        const i = list.indexOf(node);
        let before: Node | null = null;
        for (let j = i + 1; j < list.length; j++) {
          const d = list[j].comp?.dom;
          if (d && d.parentNode === dc) {
            before = d;
            break;
          }
        }
        dc.insertBefore(comp.dom, before);
        this.refreshHtmlPanel();
      }
    }
  }

  private container3d(parent: VNode, slot: Slot): THREE.Object3D | null {
    if (parent === this.root) {
      if (slot === "children") return this.viewer.content;
      if (slot === "bgChildren") return this.viewer.bg;
      if (slot === "rawChildren") return this.viewer.raw;
      return null;
    }
    const c = parent.comp;
    if (!c) return null;
    return c.container !== undefined ? c.container : c.object;
  }

  private containerDom(parent: VNode, slot: Slot): HTMLElement | null {
    if (parent === this.root) return slot === "htmlChildren" ? this.htmlRoot : null;
    return parent.comp?.domContainer ?? null;
  }

  private refreshHtmlPanel(): void {
    this.htmlRoot.classList.toggle("visible", this.htmlRoot.childElementCount > 0);
  }

  private replace(existing: VNode, spec: Props, parent: VNode, slot: Slot): VNode {
    const sameSpot = existing.parent === parent && existing.slot === slot;
    const index = sameSpot ? parent.list(slot).indexOf(existing) : -1;
    this.removeNode(existing);
    return this.create(spec, parent, slot, index);
  }

  /** `complete`: the spec is the node's whole description (SET), so no child list = no children. */
  private updateNode(node: VNode, spec: Props, strict: boolean, complete = false): void {
    if (node === this.root) {
      const { props } = split(spec);
      const slots: Props = {};
      for (const s of SCENE_SLOTS) if (s in props) {
        slots[s] = props[s];
        delete props[s];
      }
      this.applySceneProps(props, strict);
      for (const s of SCENE_SLOTS) if (Array.isArray(slots[s])) this.reconcile(node, s as Slot, slots[s].filter(isPlainObject));
      return;
    }
    const { props, children: given } = split(spec);
    const children = given ?? (complete ? [] : null);
    const next = strict ? props : { ...node.props, ...props };
    if (!strict && children !== null && !("children" in props)) delete next.children;
    // `precision` describes the bulk arrays sent with it; float16 (the default) is sent without
    // it, so fresh arrays without a precision must not inherit an earlier "float32".
    if (!strict && !("precision" in props) && BULK_FLOATS.some((k) => k in props)) delete next.precision;
    if (typeof spec.tag === "string" && spec.tag !== node.tag) {
      // A different tag is a different component: rebuild it with the merged props.
      const parent = node.parent!;
      const full: Props = { ...next, key: node.key, tag: spec.tag };
      if (children) full.children = children;
      else full.children = this.childSpecs(node);
      this.replace(node, full, parent, node.slot);
      return;
    }
    const prev = node.props;
    if (!deepEqual(prev, next)) {
      node.props = next;
      try {
        node.comp!.update(next, prev);
      } catch (e) {
        console.error(`vuer: update of ${node.tag} (key ${node.key}) failed`, e);
        this.overlay.set(`update:${node.key}`, `${node.tag} (key ${node.key}) failed to update`, String(e));
      }
      const obj = node.comp!.object;
      if (obj && !node.comp!.ownsTransform) applyTransform(obj, next, prev);
    }
    if (children !== null) this.reconcile(node, "children", children);
    this.viewer.invalidate();
  }

  /** Current child specs of a node (used when a node must be rebuilt under a new tag). */
  private childSpecs(node: VNode): Props[] {
    return node.list("children").map((c) => ({ ...c.props, key: c.key, tag: c.tag, children: this.childSpecs(c) }));
  }

  /** Makes parent's slot list equal to `specs`, by key: same key and tag ⇒ updated in place. */
  private reconcile(parent: VNode, slot: Slot, specs: Props[]): void {
    const old = parent.list(slot).slice();
    const keep = new Set<VNode>();
    const seen = new Set<string>();
    // First pass: decide which existing nodes survive, so that removals happen before creations.
    const plan: Array<{ spec: Props; node: VNode | null }> = [];
    for (const spec of specs) {
      const k = typeof spec.key === "string" ? spec.key : typeof spec.key === "number" ? String(spec.key) : null;
      const dup = k !== null && seen.has(k);
      if (k !== null) seen.add(k);
      const existing = k !== null && !dup ? this.keys.get(k) : undefined;
      const tag = typeof spec.tag === "string" ? spec.tag : "group";
      if (existing && existing.parent === parent && existing.slot === slot && existing.tag === tag && !keep.has(existing)) {
        keep.add(existing);
        plan.push({ spec, node: existing });
      } else {
        plan.push({ spec: dup ? { ...spec, key: undefined } : spec, node: null });
      }
    }
    for (const n of old) if (!keep.has(n)) this.removeNode(n);
    // Nodes with a wanted key that live elsewhere in the tree move here (rebuilt).
    for (const p of plan) {
      if (p.node) continue;
      const k = typeof p.spec.key === "string" ? p.spec.key : null;
      const elsewhere = k !== null ? this.keys.get(k) : undefined;
      if (elsewhere && elsewhere !== this.root && !this.isAncestorOrSelf(elsewhere, parent)) this.removeNode(elsewhere);
    }
    const result: VNode[] = [];
    parent.children.set(slot, result);
    for (const p of plan) {
      if (p.node) {
        result.push(p.node);
        this.updateNode(p.node, p.spec, true, true);
      } else {
        this.create(p.spec, parent, slot, result.length); // inserts itself into `result`
      }
    }
    // DOM order follows list order.
    const dc = this.containerDom(parent, slot);
    if (dc) {
      for (const n of result) if (n.comp?.dom && n.comp.dom.parentNode === dc) dc.appendChild(n.comp.dom);
      this.refreshHtmlPanel();
    }
  }

  private removeNode(node: VNode): void {
    for (const list of node.children.values()) for (const c of list.slice()) this.removeNode(c);
    const parent = node.parent;
    if (parent) {
      const list = parent.list(node.slot);
      const i = list.indexOf(node);
      if (i >= 0) list.splice(i, 1);
    }
    const comp = node.comp;
    if (comp) {
      comp.object?.parent?.remove(comp.object);
      comp.dom?.remove();
      try {
        comp.dispose();
      } catch (e) {
        console.error(`vuer: dispose of ${node.tag} (key ${node.key}) failed`, e);
      }
    }
    if (this.keys.get(node.key) === node) this.keys.delete(node.key);
    this.assets.drop(node.key);
    this.overlay.clear(`unknown:${node.key}`);
    this.overlay.clear(`update:${node.key}`);
    this.overlay.clear(`create:${node.key}`);
    this.refreshHtmlPanel();
    this.viewer.invalidate();
  }
}
