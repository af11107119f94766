"""Make every asset the gallery scenes use: meshes (STL, OBJ, PLY, GLB), arrays (.npy), a PCD
point cloud and a PNG image — with numpy and the standard library only, nothing downloaded.

Run once from the repository root (``python scenes/make_assets.py``); the results are committed.
The output is deterministic (fixed seeds, no timestamps), so running it again changes nothing.
The robot's URDF (``robot/arm.urdf``) is written by hand; this script makes its meshes.
"""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent


# ---- geometry: (vertices (N, 3) float32, faces (M, 3) uint32), counter-clockwise outside ----


def box(w: float, h: float, d: float, center=(0.0, 0.0, 0.0)):
    """An axis-aligned box, 24 vertices so that each face has its own normal."""
    x, y, z = w / 2, h / 2, d / 2
    faces_axes = [  # (normal axis, sign): four corners counter-clockwise seen from outside
        ((x, -y, -z), (x, y, -z), (x, y, z), (x, -y, z)),
        ((-x, -y, z), (-x, y, z), (-x, y, -z), (-x, -y, -z)),
        ((-x, y, -z), (-x, y, z), (x, y, z), (x, y, -z)),
        ((-x, -y, z), (-x, -y, -z), (x, -y, -z), (x, -y, z)),
        ((-x, -y, z), (x, -y, z), (x, y, z), (-x, y, z)),
        ((x, -y, -z), (-x, -y, -z), (-x, y, -z), (x, y, -z)),
    ]
    verts, faces = [], []
    for quad in faces_axes:
        n = len(verts)
        verts.extend(quad)
        faces.extend([(n, n + 1, n + 2), (n, n + 2, n + 3)])
    return np.asarray(verts, np.float32) + np.asarray(center, np.float32), np.asarray(faces, np.uint32)


def cylinder(r: float, h: float, n: int = 32, center=(0.0, 0.0, 0.0)):
    """A closed cylinder along z."""
    a = np.linspace(0, 2 * np.pi, n, endpoint=False)
    ring = np.stack([r * np.cos(a), r * np.sin(a)], axis=1)
    bottom = np.concatenate([ring, np.full((n, 1), -h / 2)], axis=1)
    top = np.concatenate([ring, np.full((n, 1), h / 2)], axis=1)
    verts = np.concatenate([bottom, top, [[0, 0, -h / 2], [0, 0, h / 2]]]).astype(np.float32)
    faces = []
    cb, ct = 2 * n, 2 * n + 1
    for i in range(n):
        j = (i + 1) % n
        faces += [(i, j, n + j), (i, n + j, n + i), (cb, j, i), (ct, n + i, n + j)]
    return verts + np.asarray(center, np.float32), np.asarray(faces, np.uint32)


def uv_sphere(r: float, rings: int = 16, segments: int = 32):
    verts = [(0.0, r, 0.0)]
    for i in range(1, rings):
        phi = np.pi * i / rings
        for j in range(segments):
            theta = 2 * np.pi * j / segments
            verts.append((r * np.sin(phi) * np.cos(theta), r * np.cos(phi), r * np.sin(phi) * np.sin(theta)))
    verts.append((0.0, -r, 0.0))
    last = len(verts) - 1
    faces = []
    for j in range(segments):
        faces.append((0, 1 + (j + 1) % segments, 1 + j))
    for i in range(rings - 2):
        for j in range(segments):
            a = 1 + i * segments + j
            b = 1 + i * segments + (j + 1) % segments
            c, d = a + segments, b + segments
            faces += [(a, b, d), (a, d, c)]
    base = 1 + (rings - 2) * segments
    for j in range(segments):
        faces.append((last, base + j, base + (j + 1) % segments))
    return np.asarray(verts, np.float32), np.asarray(faces, np.uint32)


def torus(R: float, r: float, n: int = 48, m: int = 16):
    u = np.linspace(0, 2 * np.pi, n, endpoint=False)
    v = np.linspace(0, 2 * np.pi, m, endpoint=False)
    uu, vv = np.meshgrid(u, v, indexing="ij")
    verts = np.stack([(R + r * np.cos(vv)) * np.cos(uu), r * np.sin(vv), (R + r * np.cos(vv)) * np.sin(uu)], axis=-1).reshape(-1, 3)
    faces = []
    for i in range(n):
        for j in range(m):
            a, b = i * m + j, ((i + 1) % n) * m + j
            c, d = i * m + (j + 1) % m, ((i + 1) % n) * m + (j + 1) % m
            faces += [(a, c, d), (a, d, b)]
    return verts.astype(np.float32), np.asarray(faces, np.uint32)


def face_normals(verts, faces):
    tri = verts[faces]
    n = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    return n / np.maximum(np.linalg.norm(n, axis=1, keepdims=True), 1e-12)


def vertex_normals(verts, faces):
    tri = verts[faces]
    fn = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    out = np.zeros_like(verts)
    for k in range(3):
        np.add.at(out, faces[:, k], fn)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


# ---- writers ----------------------------------------------------------------------------------


def write_stl(path: Path, verts, faces, name: str = "vuer") -> None:
    """Binary STL: 80-byte header, count, then normal + 3 vertices + attribute per triangle."""
    normals = face_normals(verts, faces)
    record = np.zeros(len(faces), dtype=[("n", "<f4", 3), ("v", "<f4", (3, 3)), ("attr", "<u2")])
    record["n"] = normals
    record["v"] = verts[faces]
    header = f"binary STL {name} made by vuer-cli scenes/make_assets.py".encode()[:80].ljust(80, b" ")
    path.write_bytes(header + struct.pack("<I", len(faces)) + record.tobytes())


def write_obj(path: Path, verts, faces, name: str = "vuer", mtl: str | None = None) -> None:
    lines = [f"# {name}: made by vuer-cli scenes/make_assets.py"]
    if mtl:
        lines += [f"mtllib {mtl}", f"usemtl {name}"]
    lines.append(f"o {name}")
    lines += [f"v {x:.5f} {y:.5f} {z:.5f}" for x, y, z in verts]
    lines += [f"f {a + 1} {b + 1} {c + 1}" for a, b, c in faces]
    path.write_text("\n".join(lines) + "\n")


def write_mtl(path: Path, name: str, rgb) -> None:
    r, g, b = rgb
    path.write_text(f"# made by vuer-cli scenes/make_assets.py\nnewmtl {name}\nKd {r:.3f} {g:.3f} {b:.3f}\nKa 0 0 0\nKs 0.2 0.2 0.2\nNs 30\n")


def write_ply(path: Path, verts, faces, colors) -> None:
    """Binary little-endian PLY with per-vertex uchar RGB and triangle faces."""
    header = "\n".join(
        [
            "ply",
            "format binary_little_endian 1.0",
            "comment made by vuer-cli scenes/make_assets.py",
            f"element vertex {len(verts)}",
            "property float x",
            "property float y",
            "property float z",
            "property uchar red",
            "property uchar green",
            "property uchar blue",
            f"element face {len(faces)}",
            "property list uchar uint vertex_indices",
            "end_header",
        ]
    ) + "\n"
    v = np.zeros(len(verts), dtype=[("p", "<f4", 3), ("c", "u1", 3)])
    v["p"], v["c"] = verts, colors
    f = np.zeros(len(faces), dtype=[("n", "u1"), ("i", "<u4", 3)])
    f["n"], f["i"] = 3, faces
    path.write_bytes(header.encode() + v.tobytes() + f.tobytes())


def write_glb(path: Path, verts, faces, rgba, name: str = "vuer") -> None:
    """A glTF 2.0 binary with one mesh: positions, normals, uint32 indices, one PBR material."""
    normals = vertex_normals(verts, faces)
    blobs = [verts.astype("<f4").tobytes(), normals.astype("<f4").tobytes(), faces.astype("<u4").tobytes()]
    views, offset = [], 0
    binary = b""
    for blob, target in zip(blobs, (34962, 34962, 34963)):
        views.append({"buffer": 0, "byteOffset": offset, "byteLength": len(blob), "target": target})
        binary += blob + b"\0" * (-len(blob) % 4)
        offset = len(binary)
    doc = {
        "asset": {"version": "2.0", "generator": "vuer-cli scenes/make_assets.py"},
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": [{"mesh": 0, "name": name}],
        "meshes": [{"name": name, "primitives": [{"attributes": {"POSITION": 0, "NORMAL": 1}, "indices": 2, "material": 0}]}],
        "materials": [{"name": name, "pbrMetallicRoughness": {"baseColorFactor": list(rgba), "metallicFactor": 0.1, "roughnessFactor": 0.6}}],
        "buffers": [{"byteLength": len(binary)}],
        "bufferViews": views,
        "accessors": [
            {"bufferView": 0, "componentType": 5126, "count": len(verts), "type": "VEC3", "min": verts.min(0).tolist(), "max": verts.max(0).tolist()},
            {"bufferView": 1, "componentType": 5126, "count": len(verts), "type": "VEC3"},
            {"bufferView": 2, "componentType": 5125, "count": faces.size, "type": "SCALAR"},
        ],
    }
    text = json.dumps(doc, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 4)
    chunks = struct.pack("<II", len(text), 0x4E4F534A) + text + struct.pack("<II", len(binary), 0x004E4942) + binary
    path.write_bytes(struct.pack("<III", 0x46546C67, 2, 12 + len(chunks)) + chunks)


def write_pcd(path: Path, points) -> None:
    header = "\n".join(
        [
            "# .PCD v0.7 - made by vuer-cli scenes/make_assets.py",
            "VERSION 0.7",
            "FIELDS x y z",
            "SIZE 4 4 4",
            "TYPE F F F",
            "COUNT 1 1 1",
            f"WIDTH {len(points)}",
            "HEIGHT 1",
            "VIEWPOINT 0 0 0 1 0 0 0",
            f"POINTS {len(points)}",
            "DATA ascii",
        ]
    )
    path.write_text(header + "\n" + "\n".join(f"{x:.4f} {y:.4f} {z:.4f}" for x, y, z in points) + "\n")


def write_png(path: Path, rgb) -> None:
    """An 8-bit RGB PNG (filter 0 on every row)."""
    h, w, _ = rgb.shape
    raw = b"".join(b"\0" + rgb[row].astype(np.uint8).tobytes() for row in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---- the gallery's assets -----------------------------------------------------------------------


def robot(folder: Path) -> None:
    """Meshes of robot/arm.urdf (z-up, metres): a base, an upper arm and a forearm."""
    meshes = folder / "meshes"
    meshes.mkdir(parents=True, exist_ok=True)
    write_stl(meshes / "base.stl", *cylinder(0.16, 0.1, 40, center=(0, 0, 0.05)), name="base")
    write_obj(meshes / "upper_arm.obj", *box(0.12, 0.12, 0.5, center=(0, 0, 0.25)), name="upper_arm")
    write_stl(meshes / "forearm.stl", *box(0.1, 0.1, 0.4, center=(0, 0, 0.2)), name="forearm")


def meshes(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_glb(folder / "torus.glb", *torus(0.45, 0.18), rgba=(0.15, 0.45, 0.95, 1.0), name="torus")
    write_obj(folder / "crate.obj", *box(0.8, 0.8, 0.8), name="crate", mtl="crate.mtl")
    write_mtl(folder / "crate.mtl", "crate", (0.85, 0.55, 0.2))
    write_stl(folder / "ring.stl", *torus(0.4, 0.12, 40, 12), name="ring")
    verts, faces = uv_sphere(0.5, 20, 40)
    colors = ((verts / 0.5 * 0.5 + 0.5) * 255).clip(0, 255).astype(np.uint8)
    write_ply(folder / "sphere.ply", verts, faces, colors)


def pointcloud(folder: Path) -> None:
    """A coloured trefoil knot of points (points.npy, colors.npy) and a noisy ring (ring.pcd)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(7)
    t = rng.uniform(0, 2 * np.pi, 20000)
    knot = np.stack([np.sin(t) + 2 * np.sin(2 * t), np.cos(t) - 2 * np.cos(2 * t), -np.sin(3 * t)], axis=1) * 0.45
    knot += rng.normal(0, 0.03, knot.shape)
    hue = (t / (2 * np.pi))[:, None]
    colors = np.clip(np.abs(((hue * 6 + np.array([0, 4, 2])) % 6) - 3) - 1, 0, 1).astype(np.float32)
    np.save(folder / "points.npy", knot.astype(np.float32))
    np.save(folder / "colors.npy", colors)
    a = rng.uniform(0, 2 * np.pi, 3000)
    ring = np.stack([1.9 * np.cos(a), rng.normal(0, 0.02, a.shape) - 1.3, 1.9 * np.sin(a)], axis=1)
    write_pcd(folder / "ring.pcd", ring)


def images(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    y, x = np.mgrid[0:128, 0:192]
    checker = ((x // 16 + y // 16) % 2).astype(np.float32)
    rgb = np.stack([40 + 200 * checker, 90 + 100 * (x / 191), 200 - 150 * checker], axis=-1)
    write_png(folder / "checker.png", rgb.clip(0, 255))


def main() -> None:
    robot(HERE / "robot")
    meshes(HERE / "meshes")
    pointcloud(HERE / "pointcloud")
    images(HERE / "images")
    for path in sorted(p for p in HERE.rglob("*") if p.is_file() and p.suffix not in (".py", ".yaml", ".json", ".urdf")):
        print(f"{path.relative_to(HERE)}  {path.stat().st_size:,} B")


if __name__ == "__main__":
    main()
