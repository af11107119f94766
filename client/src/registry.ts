// tag → component factory. Unknown tags: a warning (console + overlay), nothing rendered for the
// node itself, everything else rendered.
import { Component, Ctx, Factory, nothing } from "./component";
import {
  FisheyeCamera,
  OrbitControls,
  OrthographicCamera,
  PerspectiveCamera,
  SceneCamera,
  SceneCameraControl,
  SimpleOrthographicCamera,
  SimplePerspectiveCamera,
} from "./components/cameras";
import { PointCloud, TriMesh } from "./components/geometry";
import { DepthPointCloud, InPlaceDepthPointCloud } from "./components/depth";
import { BackgroundColor, CatmullRomLine, Fog, Stage, container } from "./components/extras";
import { group, placeholder } from "./components/groups";
import { Html } from "./components/anchored";
import { HTML_TAGS } from "./components/html";
import { Image, ImageBackground } from "./components/image";
import {
  AmbientLight,
  AmbientLightStage,
  DirectionalLight,
  HemisphereLight,
  HemisphereLightStage,
  PointLight,
  RectAreaLight,
  SpotLight,
} from "./components/lights";
import { Arrow, CoordsMarker, FisheyeFrustum, Frustum, Grid, Line, OrthographicFrustum, PerspectiveFrustum } from "./components/markers";
import { Bvh, Dae, Fbx, Glb, Obj, Pcd, Ply, Stl, Urdf } from "./components/models";
import { Movable } from "./components/movable";
import { GEOMETRIES, childGeometry, childMaterial, mesh, primitive } from "./components/primitives";
import { BBox, BoundingBox, CubicBezierLine, Edges, QuadraticBezierLine, Wireframe, argsMesh } from "./components/shapes";
import { Text } from "./components/text";
import { VideoMaterial, VideoPlane } from "./components/video";
import { Props } from "./util";

const REGISTRY: Record<string, Factory> = {
  group,
  Group: group,
  VuerGroup: group,
  mesh,
  TriMesh,
  PointCloud,
  DepthPointCloud,
  InPlaceDepthPointCloud,
  Ply,
  Obj,
  Stl,
  Glb,
  Gltf: Glb,
  Pcd,
  Urdf,
  Dae,
  Fbx,
  Bvh,
  CoordsMarker,
  Arrow,
  Line,
  Frustum,
  PerspectiveFrustum,
  FisheyeFrustum,
  OrthographicFrustum,
  Grid,
  AmbientLight,
  DirectionalLight,
  PointLight,
  SpotLight,
  RectAreaLight,
  HemisphereLight,
  HemisphereLightStage,
  AmbientLightStage,
  Text,
  Image,
  ImageBackground,
  VideoPlane,
  VideoMaterial,
  SceneBackground: ImageBackground,
  Movable,
  SceneCamera,
  SceneCameraControl,
  SimplePerspectiveCamera,
  OrbitControls,
  PerspectiveCamera,
  OrthographicCamera,
  SimpleOrthographicCamera,
  FisheyeCamera,
  ...HTML_TAGS,
  Html,
  // Approximations of further upstream tags (see components/extras.ts).
  Pivot: container,
  Center: container,
  Clickable: container,
  Billboard: container,
  DepthPointCloudProvider: container,
  Stage,
  BackgroundColor,
  fog: Fog,
  CatmullRomLine,
  Shape: argsMesh("Shape"),
  Extrude: argsMesh("Extrude"),
  Lathe: argsMesh("Lathe"),
  Tube: argsMesh("Tube"),
  Polyhedron: argsMesh("Polyhedron"),
  Edges,
  Wireframe,
  QuadraticBezierLine,
  CubicBezierLine,
  BBox,
  BoundingBox,
};
for (const tag of Object.keys(GEOMETRIES)) REGISTRY[tag] = primitive(tag);

/** Tags that render nothing, without a warning: GrabRender (we answer GRAB_RENDER anyway) and
 * the XR pieces of upstream's default staging. */
export const SILENT = new Set([
  "GrabRender",
  "Gamepad",
  "Hands",
  "MotionControllers",
  "CameraPreviewThumbs",
  "CameraPreviewOverlay",
  "ContribLoader",
]);

export function knownTags(): string[] {
  return [...Object.keys(REGISTRY), ...SILENT].sort();
}

export function createComponent(ctx: Ctx, props: Props): Component {
  const tag = ctx.tag;
  if (SILENT.has(tag)) return nothing();
  const factory = REGISTRY[tag] ?? childGeometry(tag) ?? childMaterial(tag);
  if (!factory) {
    const msg = `unknown tag ${tag} (key ${ctx.key})`;
    console.warn(`vuer: ${msg}`);
    ctx.overlay.set(`unknown:${ctx.key}`, msg, null, "warn");
    return placeholder(ctx, props);
  }
  try {
    return factory(ctx, props);
  } catch (e) {
    console.error(`vuer: ${tag} (key ${ctx.key}) failed to build`, e);
    ctx.overlay.set(`create:${ctx.key}`, `${tag} (key ${ctx.key}) failed to build`, e instanceof Error ? e.message : String(e));
    return placeholder(ctx, props);
  }
}
