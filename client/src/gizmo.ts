// A small axis gizmo in a corner, drawn on its own 2D canvas so grab_render frames stay clean.
import * as THREE from "three";
import { Viewer } from "./viewer";

const AXES: Array<[string, THREE.Vector3, string]> = [
  ["x", new THREE.Vector3(1, 0, 0), "#ff4a4a"],
  ["y", new THREE.Vector3(0, 1, 0), "#3ed13e"],
  ["z", new THREE.Vector3(0, 0, 1), "#4a7dff"],
];

export function installGizmo(viewer: Viewer, canvas: HTMLCanvasElement): void {
  const c2d = canvas.getContext("2d")!;
  const q = new THREE.Quaternion();
  const v = new THREE.Vector3();
  viewer.drawGizmo = () => {
    const w = canvas.width, h = canvas.height, r = w * 0.36;
    c2d.clearRect(0, 0, w, h);
    q.copy(viewer.camera.quaternion).invert();
    const items = AXES.map(([name, axis, color]) => {
      v.copy(axis).applyQuaternion(q);
      return { name, color, x: w / 2 + v.x * r, y: h / 2 - v.y * r, z: v.z };
    }).sort((a, b) => a.z - b.z);
    c2d.lineWidth = 4;
    c2d.font = `bold ${Math.round(w * 0.13)}px sans-serif`;
    c2d.textAlign = "center";
    c2d.textBaseline = "middle";
    for (const it of items) {
      c2d.strokeStyle = it.color;
      c2d.beginPath();
      c2d.moveTo(w / 2, h / 2);
      c2d.lineTo(it.x, it.y);
      c2d.stroke();
      c2d.fillStyle = it.color;
      c2d.beginPath();
      c2d.arc(it.x, it.y, w * 0.08, 0, Math.PI * 2);
      c2d.fill();
      c2d.fillStyle = "#111";
      c2d.fillText(it.name, it.x, it.y + 1);
    }
  };
}
