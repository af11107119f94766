// Models from files: Ply, Obj, Stl, Glb/Gltf, Pcd, Urdf, Dae, Fbx, Bvh. `src` is a URL (relative URLs resolve
// against the page origin); Ply/Stl/Glb/Pcd also take raw bytes in `buff`, Obj/Urdf/Ply text in
// `text`. A failed load (404 …) shows in the overlay and clears when the node reloads fine.
import * as THREE from "three";
import { DRACOLoader } from "three/examples/jsm/loaders/DRACOLoader.js";
import { GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";
import { MTLLoader } from "three/examples/jsm/loaders/MTLLoader.js";
import { OBJLoader } from "three/examples/jsm/loaders/OBJLoader.js";
import { PCDLoader } from "three/examples/jsm/loaders/PCDLoader.js";
import { PLYLoader } from "three/examples/jsm/loaders/PLYLoader.js";
import { STLLoader } from "three/examples/jsm/loaders/STLLoader.js";
import { ColladaLoader } from "three/examples/jsm/loaders/ColladaLoader.js";
import { BVHLoader } from "three/examples/jsm/loaders/BVHLoader.js";
import { FBXLoader } from "three/examples/jsm/loaders/FBXLoader.js";
import { MeshoptDecoder } from "three/examples/jsm/libs/meshopt_decoder.module.js";
import URDFLoader from "urdf-loader";
import { Component, Ctx, Factory } from "../component";
import { makeMaterial } from "../materials";
import { Props, changed, disposeObject, num, resolveUrl, toColor } from "../util";

let draco: DRACOLoader | null = null;
function dracoLoader(): DRACOLoader {
  if (!draco) {
    draco = new DRACOLoader();
    draco.setDecoderPath(new URL("./draco/", import.meta.url).href);
  }
  return draco;
}

function arrayBufferOf(b: Uint8Array): ArrayBuffer {
  return b.slice().buffer;
}

/** A material override is applied when the node sets `color`, `material` or `materialType`. */
function hasMaterialOverride(p: Props): boolean {
  return p.color !== undefined || p.material !== undefined || p.materialType !== undefined;
}

function overrideMaterials(obj: THREE.Object3D, p: Props): void {
  if (!hasMaterialOverride(p)) return;
  obj.traverse((o: any) => {
    if (o.isMesh) {
      const hadColors = !!o.geometry?.attributes?.color;
      o.material = makeMaterial(p, { vertexColors: hadColors && p.color === undefined });
    } else if (o.isPoints) {
      o.material.color = toColor(p.color, 0xffffff);
    }
  });
}

function meshOrPoints(geom: THREE.BufferGeometry, p: Props): THREE.Object3D {
  const hasColors = !!geom.getAttribute("color");
  if (geom.index || p.points === false) {
    if (!geom.getAttribute("normal")) geom.computeVertexNormals();
    return new THREE.Mesh(
      geom,
      makeMaterial({ ...p, color: p.color ?? (hasColors ? "white" : "#cccccc") }, { vertexColors: hasColors, side: THREE.DoubleSide }),
    );
  }
  return new THREE.Points(
    geom,
    new THREE.PointsMaterial({ size: num(p.size, 0.01), vertexColors: hasColors, color: hasColors ? 0xffffff : toColor(p.color, 0xffffff) }),
  );
}

/**
 * A loading manager that gives every file a model refers to (an MTL's textures, a URDF's meshes,
 * a glTF's buffers and images) the model URL's own `?v=` — the server's digest of the model and
 * of all it refers to (vuer-cli's hot reload). Those URLs never change, and the browser keeps
 * decoded images for the life of the page without asking the server again, so without this an
 * edited texture would not show until the page is reloaded.
 */
export function versionedManager(url: string | null, manager: THREE.LoadingManager = new THREE.LoadingManager()): THREE.LoadingManager {
  let v: string | null = null;
  try {
    v = url ? new URL(url, window.location.href).searchParams.get("v") : null;
  } catch {
    v = null;
  }
  if (!v) return manager;
  const version = v;
  manager.setURLModifier((u: string) => {
    if (u.startsWith("data:") || u.startsWith("blob:")) return u;
    try {
      const x = new URL(u, window.location.href);
      if (x.origin !== window.location.origin || x.searchParams.has("v")) return u;
      x.searchParams.set("v", version);
      return x.href;
    } catch {
      return u;
    }
  });
  return manager;
}

/** Resolves once every load the manager started has ended (at once when none is running). */
function settled(manager: THREE.LoadingManager): () => Promise<void> {
  let pending = 0;
  let waiters: Array<() => void> = [];
  const start = manager.itemStart.bind(manager);
  const end = manager.itemEnd.bind(manager);
  manager.itemStart = (u: string) => {
    pending++;
    start(u);
  };
  manager.itemEnd = (u: string) => {
    pending--;
    end(u);
    if (pending <= 0) {
      const w = waiters;
      waiters = [];
      for (const f of w) f();
    }
  };
  return () => (pending <= 0 ? Promise.resolve() : new Promise<void>((r) => waiters.push(r)));
}

type Loaded = THREE.Object3D;
type LoadFn = (ctx: Ctx, p: Props, url: string | null) => Promise<Loaded>;

/** The common shell: a group whose content is (re)loaded when `src`/`buff`/`text` change. */
function model(load: LoadFn, reloadKeys: string[] = []): Factory {
  return (ctx, props): Component => {
    const root = new THREE.Group();
    let content: THREE.Object3D | null = null;
    let generation = 0;
    let current = props;
    const start = (p: Props) => {
      const gen = ++generation;
      ctx.assets.begin(ctx.key);
      const url = typeof p.src === "string" && p.src ? resolveUrl(p.src) : null;
      if (!url && p.buff === undefined && p.text === undefined) return;
      const label = url ?? `${ctx.tag} (key ${ctx.key}) inline data`;
      ctx.assets.track(ctx.key, label, load(ctx, p, url)).then((obj) => {
        if (gen !== generation) {
          disposeObject(obj);
          return;
        }
        if (content) {
          root.remove(content);
          disposeObject(content);
        }
        content = obj;
        if (obj) {
          overrideMaterials(obj, current);
          root.add(obj);
        }
        ctx.invalidate();
      });
    };
    start(props);
    return {
      object: root,
      update(p, prev) {
        current = p;
        if (changed(p, prev, ["src", "buff", "text", ...reloadKeys])) start(p);
        else if (content && changed(p, prev, ["color", "material", "materialType", "size"])) {
          overrideMaterials(content, p);
        }
      },
      dispose() {
        generation++;
        disposeObject(content);
      },
    };
  };
}

export const Ply = model(async (_ctx, p, url) => {
  const loader = new PLYLoader(versionedManager(url));
  let geom: THREE.BufferGeometry;
  if (p.buff instanceof Uint8Array) geom = loader.parse(arrayBufferOf(p.buff));
  else if (typeof p.text === "string") geom = loader.parse(p.text as any);
  else geom = await loader.loadAsync(url!);
  return meshOrPoints(geom, p);
});

export const Stl = model(async (_ctx, p, url) => {
  const loader = new STLLoader(versionedManager(url));
  const geom = p.buff instanceof Uint8Array ? loader.parse(arrayBufferOf(p.buff)) : await loader.loadAsync(url!);
  if (!geom.getAttribute("normal")) geom.computeVertexNormals();
  const hasColors = !!geom.getAttribute("color");
  return new THREE.Mesh(geom, makeMaterial({ ...p, color: p.color ?? (hasColors ? "white" : "#cccccc") }, { vertexColors: hasColors }));
});

export const Pcd = model(async (_ctx, p, url) => {
  const loader = new PCDLoader(versionedManager(url));
  const pts = p.buff instanceof Uint8Array ? loader.parse(arrayBufferOf(p.buff)) : await loader.loadAsync(url!);
  const mat = pts.material as THREE.PointsMaterial;
  mat.size = num(p.size, mat.size || 0.01);
  if (p.color !== undefined && !pts.geometry.getAttribute("color")) mat.color = toColor(p.color);
  return pts;
});

export const Obj = model(async (ctx, p, url) => {
  const loader = new OBJLoader(versionedManager(url));
  const mtl = typeof p.mtl === "string" && p.mtl ? resolveUrl(p.mtl) : null;
  if (mtl) {
    const manager = versionedManager(mtl);
    const texturesLoaded = settled(manager);
    const materials = await ctx.assets.track(ctx.key, mtl, new MTLLoader(manager).loadAsync(mtl));
    if (materials) {
      materials.preload();
      loader.setMaterials(materials);
      await texturesLoaded(); // the model shows (and SCENE_READY says so) with its textures
    }
  }
  if (typeof p.text === "string") return loader.parse(p.text);
  return loader.loadAsync(url!);
}, ["mtl"]);

export const Glb = model(async (_ctx, p, url) => {
  const loader = new GLTFLoader(versionedManager(url));
  loader.setDRACOLoader(dracoLoader());
  loader.setMeshoptDecoder(MeshoptDecoder);
  const gltf = p.buff instanceof Uint8Array ? await loader.parseAsync(arrayBufferOf(p.buff), "") : await loader.loadAsync(url!);
  return gltf.scene;
});

export const Dae = model(async (_ctx, p, url) => {
  const loader = new ColladaLoader(versionedManager(url));
  const dae = typeof p.text === "string" ? loader.parse(p.text, url ? THREE.LoaderUtils.extractUrlBase(url) : "") : await loader.loadAsync(url!);
  if (!dae) throw new Error("not a Collada file");
  return dae.scene;
});

/** FBX (binary or ASCII 7.x) from `src` or `buff`; textures it names load through the same
 * versioned manager. Animations are not played (the page renders on demand). */
export const Fbx = model(async (_ctx, p, url) => {
  const loader = new FBXLoader(versionedManager(url));
  if (p.buff instanceof Uint8Array) return loader.parse(arrayBufferOf(p.buff), "");
  if (typeof p.text === "string") return loader.parse(p.text as any, url ? THREE.LoaderUtils.extractUrlBase(url) : "");
  return loader.loadAsync(url!);
});

/**
 * BVH motion capture: the skeleton in the pose of the first frame, bones as lines in `color`
 * (white) and a sphere of `boneRadius` (0.02) at each joint in `jointColor` (orange). The clip
 * is not played (the page renders on demand).
 */
export const Bvh = model(async (_ctx, p, url) => {
  const loader = new BVHLoader(versionedManager(url));
  let text: string;
  if (typeof p.text === "string") text = p.text;
  else if (p.buff instanceof Uint8Array) text = new TextDecoder().decode(p.buff);
  else text = String(await new THREE.FileLoader(loader.manager).loadAsync(url!));
  const { skeleton, clip } = loader.parse(text);
  const root = skeleton.bones[0];
  const g = new THREE.Group();
  g.add(root);
  if (clip.tracks.length) {
    const mixer = new THREE.AnimationMixer(root);
    mixer.clipAction(clip).play();
    mixer.update(0); // the first frame's pose
  }
  g.updateMatrixWorld(true);
  const helper = new THREE.SkeletonHelper(root);
  // The helper draws in the root bone's frame and takes the root's matrix as its own: as a
  // sibling of the root, that is the root's local matrix (not its world matrix, as three.js
  // expects for a helper at the scene's top level).
  helper.matrix = root.matrix;
  const boneColor = toColor(p.color, 0xffffff);
  helper.setColors(boneColor, boneColor);
  g.add(helper);
  const r = num(p.boneRadius, 0.02);
  const jointMat = new THREE.MeshBasicMaterial({ color: toColor(p.jointColor, 0xff8800) });
  const ball = new THREE.SphereGeometry(r, 12, 8);
  for (const bone of skeleton.bones) bone.add(new THREE.Mesh(ball, jointMat));
  return g;
});

/** URDF; meshes referenced by it resolve relative to the URDF's URL. `jointValues` dict. */
export const Urdf: Factory = (ctx, props): Component => {
  let robot: any = null;
  const applyJoints = (p: Props) => {
    if (!robot || !p.jointValues || typeof p.jointValues !== "object") return;
    for (const [name, v] of Object.entries(p.jointValues)) {
      if (robot.joints?.[name]) robot.setJointValue(name, ...(Array.isArray(v) ? v : [v]));
    }
    ctx.invalidate();
  };
  const inner = model(async (c, p, url) => {
    const manager = versionedManager(url);
    const done = new Promise<void>((resolve) => {
      manager.onLoad = () => resolve();
    });
    manager.onError = (u) => c.assets.fail(c.key, u, "mesh referenced by the URDF failed to load");
    const loader = new URDFLoader(manager);
    loader.parseVisual = p.parseVisual !== false;
    loader.parseCollision = p.parseCollision === true;
    if (p.packages) loader.packages = p.packages;
    loader.loadMeshCb = ((path: string, mgr: THREE.LoadingManager, material: THREE.Material, cb: (o: THREE.Object3D | null, e?: Error) => void) =>
      loadMesh(path, mgr, material, cb)) as any;
    let r: any;
    if (typeof p.text === "string") {
      manager.itemStart("urdf-text");
      r = (loader as any).parse(p.text, url ? THREE.LoaderUtils.extractUrlBase(url) : "");
      manager.itemEnd("urdf-text");
    } else {
      r = await new Promise((resolve, reject) => loader.load(url!, resolve, undefined, reject));
    }
    await done;
    robot = r;
    applyJoints(p);
    return r as THREE.Object3D;
  })(ctx, props);
  const baseUpdate = inner.update.bind(inner);
  inner.update = (p: Props, prev: Props) => {
    baseUpdate(p, prev);
    if (changed(p, prev, ["jointValues"])) applyJoints(p);
  };
  return inner;
};

function loadMesh(path: string, manager: THREE.LoadingManager, material: THREE.Material, done: (o: THREE.Object3D | null, e?: Error) => void): void {
  const ext = (path.split("?")[0].split(".").pop() || "").toLowerCase();
  const fail = (e: unknown) => done(null, e instanceof Error ? e : new Error(String(e)));
  const meshFrom = (geom: THREE.BufferGeometry) => {
    if (!geom.getAttribute("normal")) geom.computeVertexNormals();
    return new THREE.Mesh(geom, material || new THREE.MeshStandardMaterial());
  };
  if (ext === "stl") new STLLoader(manager).load(path, (g) => done(meshFrom(g)), undefined, fail);
  else if (ext === "ply") new PLYLoader(manager).load(path, (g) => done(meshFrom(g)), undefined, fail);
  else if (ext === "obj") {
    // An OBJ brings no colour of its own here (no MTL is read): the URDF's <material> applies.
    new OBJLoader(manager).load(
      path,
      (o) => {
        if (material) {
          o.traverse((c: any) => {
            if (c.isMesh) {
              const old = Array.isArray(c.material) ? c.material : [c.material];
              for (const m of old) m?.dispose();
              c.material = material;
            }
          });
        }
        done(o);
      },
      undefined,
      fail,
    );
  }
  else if (ext === "dae") new ColladaLoader(manager).load(path, (d) => done(d ? d.scene : null), undefined, fail);
  else if (ext === "glb" || ext === "gltf") {
    const l = new GLTFLoader(manager);
    l.setDRACOLoader(dracoLoader());
    l.load(path, (g) => done(g.scene), undefined, fail);
  } else {
    manager.itemStart(path);
    manager.itemError(path);
    manager.itemEnd(path);
    done(null, new Error(`no loader for ${path}`));
  }
}
