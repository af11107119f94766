// The three.js side: renderer, view camera, orbit controls, on-demand render loop, picking.
import * as THREE from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";
import { PageParams } from "./params";
import { Props, num, vec3 } from "./util";

const DEFAULT_POSITION: [number, number, number] = [0, 0, 5];
const DEFAULT_TARGET: [number, number, number] = [0, 0, 0];
const BACKGROUNDS = { dark: 0x1b1c20, light: 0xf2f2f4 };
const CAMERA_STREAM_INTERVAL_MS = 100; // CAMERA_MOVE at most 10/s, plus a final one

export interface ControlsConfig extends Props {
  stream?: boolean;
  target?: number[];
}

export class Viewer {
  readonly renderer: THREE.WebGLRenderer;
  readonly scene = new THREE.Scene();
  /** The perspective view camera (SceneCamera, SimplePerspectiveCamera, the default). */
  readonly perspective: THREE.PerspectiveCamera;
  /** The orthographic view camera, the view while an element asks for it (makeDefault). */
  readonly ortho = new THREE.OrthographicCamera();
  /** The camera the scene is rendered with: `perspective` or `ortho`. */
  camera: THREE.PerspectiveCamera | THREE.OrthographicCamera;
  /** Which elements asked for the orthographic view; last one wins. */
  private orthoOwners = new Map<string, Props>();
  /** Called when the view camera changes between `perspective` and `ortho`. */
  cameraListeners: Array<(camera: THREE.Camera) => void> = [];
  /** Containers for the Scene's node lists. */
  readonly content = new THREE.Group();
  readonly bg = new THREE.Group();
  readonly raw = new THREE.Group();
  controls: OrbitControls | null = null;
  /** Which elements asked for controls (OrbitControls, SceneCameraControl); last one wins. */
  private controlOwners = new Map<string, ControlsConfig>();
  private backgroundColor: THREE.Color;
  private backgroundTexture: THREE.Texture | null = null;
  private sceneBackground: THREE.Color | null = null;
  private elementBackground: THREE.Color | null = null;
  private scheduled = false;
  private rafId = 0;
  private timeoutId = 0;
  frames = 0;
  private afterRender: Array<() => void> = [];
  /** Run at the start of every frame (e.g. Edges following their mesh's geometry). */
  beforeRender = new Set<() => void>();
  upListeners: Array<(up: THREE.Vector3) => void> = [];
  readonly up = new THREE.Vector3(0, 1, 0);
  /** Set when a gizmo grabbed the pointer, so the pointer-up is not a click. */
  suppressClick = false;
  private lastCameraSend = 0;
  private cameraTimer = 0;
  sendEvent: (e: Props) => void = () => {};
  onClick: (key: string) => void = () => {};

  constructor(readonly canvas: HTMLCanvasElement, readonly params: PageParams) {
    this.renderer = new THREE.WebGLRenderer({
      canvas,
      antialias: true,
      alpha: false,
      preserveDrawingBuffer: true, // screenshots, readPixels and grab_render read the last frame
      powerPreference: "high-performance",
    });
    this.renderer.setPixelRatio(window.devicePixelRatio || 1);
    const [w, h] = this.viewSize();
    this.renderer.setSize(w, h, !this.fixedSize);
    this.backgroundColor = new THREE.Color(BACKGROUNDS[params.background]);
    this.scene.background = this.backgroundColor;
    this.content.name = "children";
    this.bg.name = "bgChildren";
    this.raw.name = "rawChildren";
    this.scene.add(this.bg, this.content, this.raw);

    this.perspective = new THREE.PerspectiveCamera(75, w / Math.max(1, h), 0.1, 1000);
    this.camera = this.perspective;
    this.camera.position.set(...(params.camPosition ?? DEFAULT_POSITION));
    this.camera.lookAt(new THREE.Vector3(...(params.camTarget ?? DEFAULT_TARGET)));
    this.viewTarget.set(...(params.camTarget ?? DEFAULT_TARGET));

    window.addEventListener("resize", () => this.resize());
    this.installPicking();
  }

  /** Where the camera looks (the orbit target when controls exist). */
  readonly viewTarget = new THREE.Vector3();

  get pinnedView(): boolean {
    return this.params.camPosition !== null || this.params.camTarget !== null;
  }

  /** Whether the page URL fixed the canvas size (`?width=&height=`), whatever the window. */
  get fixedSize(): boolean {
    return this.params.width !== null || this.params.height !== null;
  }

  viewSize(): [number, number] {
    return [this.params.width ?? window.innerWidth, this.params.height ?? window.innerHeight];
  }

  resize(): void {
    const [w, h] = this.viewSize();
    this.renderer.setPixelRatio(window.devicePixelRatio || 1);
    this.renderer.setSize(w, h, !this.fixedSize);
    this.perspective.aspect = w / Math.max(1, h);
    this.perspective.updateProjectionMatrix();
    const o = this.activeOrtho();
    if (o) this.configureOrtho(o);
    this.invalidate();
  }

  // ---- render loop: on demand ---------------------------------------------------------------

  /** Asks for a frame. A timeout backs up requestAnimationFrame, which hidden pages pause. */
  invalidate(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.rafId = requestAnimationFrame(() => this.renderNow());
    this.timeoutId = window.setTimeout(() => this.renderNow(), 100);
  }

  whenRendered(fn: () => void): void {
    this.afterRender.push(fn);
    this.invalidate();
  }

  renderNow(): void {
    cancelAnimationFrame(this.rafId);
    clearTimeout(this.timeoutId);
    this.scheduled = false;
    for (const fn of this.beforeRender) fn();
    this.renderer.render(this.scene, this.camera);
    this.frames++;
    this.drawGizmo?.();
    const fns = this.afterRender;
    this.afterRender = [];
    for (const fn of fns) fn();
    this.onRendered();
  }

  onRendered: () => void = () => {};
  drawGizmo: (() => void) | null = null;

  // ---- background ---------------------------------------------------------------------------

  setSceneBackground(v: THREE.Color | null): void {
    this.sceneBackground = v;
    this.applyBackground();
  }

  /** A BackgroundColor element: over the Scene's `background` prop, under an image. */
  setElementBackground(v: THREE.Color | null): void {
    this.elementBackground = v;
    this.applyBackground();
  }

  setBackgroundTexture(t: THREE.Texture | null): void {
    this.backgroundTexture = t;
    this.applyBackground();
  }

  private applyBackground(): void {
    this.scene.background = this.backgroundTexture ?? this.elementBackground ?? this.sceneBackground ?? this.backgroundColor;
    this.invalidate();
  }

  // ---- up vector ----------------------------------------------------------------------------

  setUp(up: unknown): void {
    const v = new THREE.Vector3(...vec3(up, [0, 1, 0]));
    if (v.lengthSq() === 0) v.set(0, 1, 0);
    v.normalize();
    if (v.equals(this.up)) return;
    this.up.copy(v);
    this.perspective.up.copy(v);
    this.ortho.up.copy(v);
    if (this.controls) this.rebuildControls();
    else this.camera.lookAt(this.viewTarget);
    for (const fn of this.upListeners) fn(this.up);
    this.invalidate();
  }

  // ---- camera view --------------------------------------------------------------------------

  /** Applies a scene camera element. camPosition/camTarget in the page URL take precedence. */
  setView(v: { position?: unknown; target?: unknown; fov?: unknown; near?: unknown; far?: unknown; zoom?: unknown }): void {
    const cam = this.perspective;
    if (v.position !== undefined && !this.params.camPosition) this.camera.position.set(...vec3(v.position, DEFAULT_POSITION));
    if (v.target !== undefined && !this.params.camTarget) this.viewTarget.set(...vec3(v.target, DEFAULT_TARGET));
    if (v.fov !== undefined) cam.fov = num(v.fov, cam.fov);
    if (v.near !== undefined) cam.near = num(v.near, cam.near);
    if (v.far !== undefined) cam.far = num(v.far, cam.far);
    if (v.zoom !== undefined) cam.zoom = num(v.zoom, cam.zoom);
    cam.updateProjectionMatrix();
    this.aim();
  }

  /** Points the view camera at viewTarget (through the controls when there are some). */
  private aim(): void {
    if (this.controls) {
      this.controls.target.copy(this.viewTarget);
      this.controls.update();
    } else {
      this.camera.lookAt(this.viewTarget);
    }
    this.invalidate();
  }

  // ---- orthographic view --------------------------------------------------------------------

  /**
   * An element (SimpleOrthographicCamera/OrthographicCamera with makeDefault) makes the view
   * orthographic: `left`/`right`/`top`/`bottom` (else the canvas size in pixels around the
   * centre, as three.js/r3f do), `near`, `far`, `zoom`, `position`, `lookAt`/`target`. The
   * camera pose carries over in both directions, and the orbit controls follow the switch.
   */
  acquireOrtho(owner: string, config: Props): void {
    this.orthoOwners.delete(owner);
    this.orthoOwners.set(owner, config);
    this.syncOrtho(config);
  }

  releaseOrtho(owner: string): void {
    if (!this.orthoOwners.delete(owner)) return;
    this.syncOrtho(null);
  }

  private activeOrtho(): Props | null {
    let last: Props | null = null;
    for (const c of this.orthoOwners.values()) last = c;
    return last;
  }

  private configureOrtho(cfg: Props): void {
    const [w, h] = this.viewSize();
    const cam = this.ortho;
    cam.left = num(cfg.left, -w / 2);
    cam.right = num(cfg.right, w / 2);
    cam.top = num(cfg.top, h / 2);
    cam.bottom = num(cfg.bottom, -h / 2);
    cam.near = num(cfg.near, 0.1);
    cam.far = num(cfg.far, 1000);
    cam.zoom = num(cfg.zoom, 1);
    cam.updateProjectionMatrix();
  }

  /** `changed`: the config that was just set (its pose applies), or null after a release. */
  private syncOrtho(changed: Props | null): void {
    const cfg = this.activeOrtho();
    const next = cfg ? this.ortho : this.perspective;
    if (cfg) this.configureOrtho(cfg);
    if (next !== this.camera) {
      next.position.copy(this.camera.position);
      next.quaternion.copy(this.camera.quaternion);
      this.camera = next;
      if (this.controls) this.rebuildControls();
      for (const fn of this.cameraListeners) fn(next);
    }
    if (changed && cfg === changed) {
      if (changed.position !== undefined && !this.params.camPosition) next.position.set(...vec3(changed.position, DEFAULT_POSITION));
      const target = changed.lookAt ?? changed.target;
      if (target !== undefined && !this.params.camTarget) this.viewTarget.set(...vec3(target, DEFAULT_TARGET));
    }
    this.aim();
  }

  // ---- controls -----------------------------------------------------------------------------

  acquireControls(owner: string, config: ControlsConfig): void {
    this.controlOwners.delete(owner);
    this.controlOwners.set(owner, config);
    this.syncControls();
  }

  releaseControls(owner: string): void {
    this.controlOwners.delete(owner);
    this.syncControls();
  }

  private activeConfig(): ControlsConfig | null {
    let last: ControlsConfig | null = null;
    for (const c of this.controlOwners.values()) last = c;
    return last;
  }

  private syncControls(): void {
    const cfg = this.activeConfig();
    if (!cfg) {
      if (this.controls) {
        this.controls.dispose();
        this.controls = null;
      }
      return;
    }
    if (!this.controls) this.rebuildControls();
    const c = this.controls!;
    if (cfg.target !== undefined && !this.params.camTarget) this.viewTarget.set(...vec3(cfg.target, DEFAULT_TARGET));
    c.target.copy(this.viewTarget);
    c.enableDamping = false; // damping needs a continuous loop; we render on demand
    c.enablePan = cfg.enablePan !== false;
    c.enableZoom = cfg.enableZoom !== false;
    c.enableRotate = cfg.enableRotate !== false;
    if (typeof cfg.minDistance === "number") c.minDistance = cfg.minDistance;
    if (typeof cfg.maxDistance === "number") c.maxDistance = cfg.maxDistance;
    c.update();
    this.invalidate();
  }

  private rebuildControls(): void {
    if (this.controls) this.controls.dispose();
    const c = new OrbitControls(this.camera, this.canvas);
    c.target.copy(this.viewTarget);
    c.addEventListener("change", () => {
      this.viewTarget.copy(c.target);
      this.invalidate();
      this.cameraChanged(false);
    });
    c.addEventListener("end", () => this.cameraChanged(true));
    this.controls = c;
    c.update();
  }

  setControlsEnabled(on: boolean): void {
    if (this.controls) this.controls.enabled = on;
  }

  private cameraChanged(final: boolean): void {
    if (!this.activeConfig()?.stream) return;
    const now = performance.now();
    clearTimeout(this.cameraTimer);
    if (final || now - this.lastCameraSend >= CAMERA_STREAM_INTERVAL_MS) {
      this.lastCameraSend = now;
      this.sendEvent(this.cameraEvent());
    } else {
      // Trailing send so that the last position always reaches the server.
      this.cameraTimer = window.setTimeout(() => this.cameraChanged(true), CAMERA_STREAM_INTERVAL_MS);
    }
  }

  cameraEvent(): Props {
    const cam = this.camera;
    cam.updateMatrixWorld();
    const size = this.renderer.getSize(new THREE.Vector2());
    const projection: Props = (cam as THREE.OrthographicCamera).isOrthographicCamera
      ? { ctype: "orthographic", left: this.ortho.left, right: this.ortho.right, top: this.ortho.top, bottom: this.ortho.bottom }
      : {
          ctype: "perspective",
          fov: this.perspective.fov,
          aspect: this.perspective.aspect,
          focus: this.perspective.focus,
          filmGauge: this.perspective.filmGauge,
          filmOffset: this.perspective.filmOffset,
        };
    return {
      etype: "CAMERA_MOVE",
      key: "defaultCamera",
      value: {
        camera: {
          position: cam.position.toArray(),
          rotation: [cam.rotation.x, cam.rotation.y, cam.rotation.z],
          quaternion: cam.quaternion.toArray(),
          matrix: cam.matrix.toArray(),
          near: cam.near,
          far: cam.far,
          zoom: cam.zoom,
          width: size.x,
          height: size.y,
          ...projection,
        },
      },
    };
  }

  // ---- picking ------------------------------------------------------------------------------

  private installPicking(): void {
    const raycaster = new THREE.Raycaster();
    raycaster.params.Points = { threshold: 0.02 };
    let down: { x: number; y: number; id: number } | null = null;
    this.canvas.addEventListener("pointerdown", (e) => {
      down = { x: e.clientX, y: e.clientY, id: e.pointerId };
    });
    this.canvas.addEventListener("pointerup", (e) => {
      const d = down;
      down = null;
      const suppressed = this.suppressClick;
      this.suppressClick = false;
      if (!d || d.id !== e.pointerId || suppressed || e.button !== 0) return;
      if (Math.hypot(e.clientX - d.x, e.clientY - d.y) > 5) return; // a drag, not a click
      const rect = this.canvas.getBoundingClientRect();
      const ndc = new THREE.Vector2(
        ((e.clientX - rect.left) / rect.width) * 2 - 1,
        -((e.clientY - rect.top) / rect.height) * 2 + 1,
      );
      raycaster.setFromCamera(ndc, this.camera);
      const key = this.pick(raycaster);
      if (key !== null) this.onClick(key);
    });
  }

  private pick(raycaster: THREE.Raycaster): string | null {
    const candidates: THREE.Object3D[] = [];
    const visit = (o: THREE.Object3D) => {
      if (!o.visible || o.userData.noPick) return;
      if ((o as THREE.Mesh).isMesh || (o as THREE.Points).isPoints) candidates.push(o);
      for (const c of o.children) visit(c);
    };
    visit(this.content);
    visit(this.raw);
    visit(this.bg);
    const hits = raycaster.intersectObjects(candidates, false);
    for (const h of hits) {
      let o: THREE.Object3D | null = h.object;
      while (o && o.userData.vuerKey === undefined) o = o.parent;
      if (o) return o.userData.vuerKey as string;
    }
    return null;
  }
}
