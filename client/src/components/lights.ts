// Lights and simple light rigs. Lights take `intensity`, `color`, `groundColor`, position (the
// generic transform), and for spot/point `distance`, `decay`, `angle`, `penumbra`.
import * as THREE from "three";
import { RectAreaLightUniformsLib } from "three/examples/jsm/lights/RectAreaLightUniformsLib.js";
import { Component, Factory } from "../component";
import { applyTransform } from "../transform";
import { Props, changed, num, toColor, vec3 } from "../util";

function configure(light: THREE.Light, p: Props, defaults: { intensity: number; color?: number }): void {
  light.intensity = num(p.intensity, defaults.intensity);
  light.color.copy(toColor(p.color, defaults.color ?? 0xffffff));
  const l = light as any;
  if (l.isHemisphereLight) l.groundColor.copy(toColor(p.groundColor, 0x444444));
  if (l.isPointLight || l.isSpotLight) {
    l.distance = num(p.distance, 0);
    l.decay = num(p.decay, 2);
  }
  if (l.isSpotLight) {
    l.angle = num(p.angle, Math.PI / 3);
    l.penumbra = num(p.penumbra, 0);
  }
  if ((l.isDirectionalLight || l.isSpotLight) && p.target !== undefined) {
    l.target.position.set(...vec3(p.target, [0, 0, 0]));
  }
}

function light(make: () => THREE.Light, defaults: { intensity: number; color?: number }): Factory {
  return (ctx, props): Component => {
    const l = make();
    configure(l, props, defaults);
    // A directional/spot target left out of the scene keeps an identity world matrix, so the
    // light aims at the world origin (as in three.js and upstream) unless `target` is given.
    const target = (l as any).target as THREE.Object3D | undefined;
    target?.updateMatrixWorld();
    return {
      object: l,
      update(p) {
        configure(l, p, defaults);
        target?.updateMatrixWorld();
        ctx.invalidate();
      },
      dispose() {
        l.dispose();
      },
    };
  };
}

export const AmbientLight = light(() => new THREE.AmbientLight(), { intensity: 0.5 });
export const HemisphereLight = light(() => new THREE.HemisphereLight(), { intensity: 1 });
export const DirectionalLight = light(() => new THREE.DirectionalLight(), { intensity: 1 });
export const PointLight = light(() => new THREE.PointLight(), { intensity: 1 });
export const SpotLight = light(() => new THREE.SpotLight(), { intensity: 1 });

let rectAreaReady = false;

/**
 * Light from a `width` × `height` (10 × 10, three.js's defaults) panel facing its -z, or facing
 * `lookAt` (a point in the parent's frame). Lights MeshStandard/MeshPhysical materials only.
 */
export const RectAreaLight: Factory = (ctx, props): Component => {
  if (!rectAreaReady) {
    RectAreaLightUniformsLib.init(); // the LTC tables the rect-area shading samples
    rectAreaReady = true;
  }
  const l = new THREE.RectAreaLight();
  const apply = (p: Props, prev: Props | null) => {
    l.intensity = num(p.intensity, 1);
    l.color.copy(toColor(p.color, 0xffffff));
    l.width = num(p.width, 10);
    l.height = num(p.height, 10);
    if (changed(p, prev, ["position", "rotation", "quaternion", "scale", "matrix", "visible", "lookAt"])) {
      applyTransform(l, p, null);
      if (p.lookAt !== undefined) {
        const target = new THREE.Vector3(...vec3(p.lookAt, [0, 0, 0]));
        // Object3D.lookAt takes world coordinates; lookAt is in the parent's frame.
        l.lookAt(l.parent ? l.parent.localToWorld(target) : target);
      }
    }
  };
  apply(props, null);
  return {
    object: l,
    ownsTransform: true,
    update(p, prev) {
      apply(p, prev);
      ctx.invalidate();
    },
    dispose() {
      l.dispose();
    },
  };
};

function rig(build: (g: THREE.Group, p: Props) => void): Factory {
  return (_ctx, props): Component => {
    const g = new THREE.Group();
    build(g, props);
    return {
      object: g,
      update(p) {
        for (const c of [...g.children]) {
          g.remove(c);
          (c as THREE.Light).dispose?.();
        }
        build(g, p);
      },
      dispose() {
        for (const c of g.children) (c as THREE.Light).dispose?.();
      },
    };
  };
}

/** Sky/ground fill plus a key light from above-front: the default staging's light. */
export const HemisphereLightStage = rig((g, p) => {
  const hemi = new THREE.HemisphereLight(toColor(p.color, 0xffffff), toColor(p.groundColor, 0x444444), num(p.intensity, 1.2));
  const key = new THREE.DirectionalLight(0xffffff, num(p.keyIntensity, 1.5));
  key.position.set(2, 5, 4);
  g.add(hemi, key, key.target);
});

export const AmbientLightStage = rig((g, p) => {
  g.add(new THREE.AmbientLight(toColor(p.color, 0xffffff), num(p.intensity, 1)));
});
