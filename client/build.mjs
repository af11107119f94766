// Builds the browser client into ../vuer_cli/client_build/.
//
// The output is committed and CI rebuilds it and fails on any diff, so the build must be
// deterministic: no timestamps, content-hashed file names, the output folder wiped first.
import * as esbuild from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, "..", "vuer_cli", "client_build");
const assetsDir = path.join(outDir, "assets");
const pkg = JSON.parse(fs.readFileSync(path.join(here, "package.json"), "utf8"));

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(assetsDir, { recursive: true });

const result = await esbuild.build({
  absWorkingDir: here,
  entryPoints: { index: "src/main.ts" },
  bundle: true,
  format: "esm",
  platform: "browser",
  target: ["es2020", "chrome100", "firefox100", "safari15"],
  minify: true,
  sourcemap: false,
  legalComments: "eof",
  charset: "utf8",
  outdir: assetsDir,
  entryNames: "[name]-[hash]",
  assetNames: "[name]-[hash]",
  // The font ships in the bundle: Text must render offline, with no font fetched from a CDN.
  loader: { ".woff2": "file" },
  define: { __VUER_CLIENT_VERSION__: JSON.stringify(pkg.version) },
  metafile: true,
  logLevel: "warning",
});

// The Draco decoder ships beside the bundle so that Draco-compressed GLB loads offline.
const dracoSrc = path.join(here, "node_modules", "three", "examples", "jsm", "libs", "draco");
const dracoOut = path.join(assetsDir, "draco");
fs.mkdirSync(dracoOut, { recursive: true });
for (const name of ["draco_decoder.wasm", "draco_wasm_wrapper.js"]) {
  fs.copyFileSync(path.join(dracoSrc, name), path.join(dracoOut, name));
}

const entry = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === "src/main.ts");
if (!entry) throw new Error("build: entry output not found");
const scriptName = path.basename(entry[0]);

const template = fs.readFileSync(path.join(here, "index.html"), "utf8");
const html = template.replace("%SCRIPT%", `./assets/${scriptName}`).replace("%VERSION%", pkg.version);
fs.writeFileSync(path.join(outDir, "index.html"), html);

let total = 0;
const list = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) list(p);
    else {
      const size = fs.statSync(p).size;
      total += size;
      console.log(`  ${path.relative(outDir, p).padEnd(40)} ${String(size).padStart(9)} B`);
    }
  }
};
console.log(`built ${path.relative(process.cwd(), outDir) || outDir}`);
list(outDir);
console.log(`  ${"total".padEnd(40)} ${String(total).padStart(9)} B`);
