// Splits the widget's wasm into a first download and chunks loaded on demand, after Trunk's build
// (called by `tools/post_build.mjs`, Trunk's `post_build` hook, before the prerender).
//
// Trunk cannot split a wasm, so this tool rebuilds it the way `wasm-split-cli` needs and replaces
// the module Trunk staged:
// 1. `cargo build --features split` with relocations (`-Clink-args=--emit-relocs`), in its own
//    target directory (target/split), so that the other builds keep their caches;
// 2. `wasm-split-cli` cuts the module at the split points of `src/components/chunks.rs`;
// 3. `wasm-bindgen` writes the JS glue and `wasm-opt -Oz` shrinks the main module and each chunk;
// 4. every file gets a content hash in its name (a host may cache them for ever), the JS files'
//    references to each other are rewritten to those names, and the page's two application
//    links (`data-cjk-app`) name the new main module.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const CRATE_FILE_NAME = "cjk_trade_widget";
const PUBLIC_NAME = "cjk-trade-widget";
const SPLIT_RUNTIME = "__wasm_split";

function run(command, args, env = {}) {
  execFileSync(command, args, { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, ...env } });
}

function contentHash(...buffers) {
  const hash = createHash("sha256");
  for (const buffer of buffers) hash.update(buffer);
  return hash.digest("hex").slice(0, 16);
}

/** Replaces every occurrence of `from` in `text`, and fails when there is none. */
function replaceAll(text, from, to, where) {
  if (!text.includes(from)) throw new Error(`split_wasm: ${where} does not mention ${from}`);
  return text.split(from).join(to);
}

function buildSplitModule(root) {
  const targetDir = join(root, "target", "split");
  run("cargo", [
    "build", "--quiet", "--release", "--target", "wasm32-unknown-unknown", "--no-default-features",
    "--features", "split", "--lib",
  ], {
    CARGO_TARGET_DIR: targetDir,
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS: "-Clink-args=--emit-relocs",
  });
  return { targetDir, wasm: join(targetDir, "wasm32-unknown-unknown", "release", `${CRATE_FILE_NAME}.wasm`) };
}

function splitAndBind({ targetDir, wasm }) {
  const splitDir = join(targetDir, "chunks");
  const bindDir = join(targetDir, "bound");
  rmSync(splitDir, { recursive: true, force: true });
  rmSync(bindDir, { recursive: true, force: true });
  run("wasm-split-cli", ["--out-name", CRATE_FILE_NAME, wasm, splitDir]);
  run("wasm-bindgen", [
    join(splitDir, `${CRATE_FILE_NAME}.wasm`), "--out-dir", bindDir, "--target", "web",
    "--keep-lld-exports", "--no-typescript",
  ]);
  if (existsSync(join(bindDir, "snippets"))) throw new Error("split_wasm: wasm-bindgen wrote snippets, which this tool does not copy");
  return { splitDir, bindDir };
}

function optimise(input, output) {
  // The producers and target-features sections are notes for tools; each chunk would carry a copy.
  // wasm-opt warns about a name subsection that wasm-split-cli writes and that it does not know;
  // the names are dropped anyway, so that warning is left out of the build's output.
  // `WIDGET_KEEP_NAMES=1 make dist` keeps the function names, for CPU profiles that name them.
  const names = process.env.WIDGET_KEEP_NAMES ? ["-g"] : [];
  // `--converge` repeats the passes while they still shrink the module (−0.3 KB gzip on the first).
  const args = ["-Oz", "--converge", ...names, "--strip-producers", "--strip-target-features", input, "-o", output];
  const result = spawnSync("wasm-opt", args, { stdio: ["ignore", "inherit", "pipe"], encoding: "utf8" });
  const warnings = (result.stderr || "").split("\n").filter((line) => line && !/unknown name subsection/.test(line));
  if (warnings.length) console.error(warnings.join("\n"));
  if (result.status !== 0) throw new Error(`split_wasm: wasm-opt failed on ${input} (${result.error || `status ${result.status}`})`);
  return readFileSync(output);
}

/** Replaces the module Trunk staged in `staging` with the split one, built from the crate at `root`. */
export function splitWasm(root, staging) {
  const built = buildSplitModule(root);
  const { splitDir, bindDir } = splitAndBind(built);
  const optimisedDir = join(built.targetDir, "optimised");
  rmSync(optimisedDir, { recursive: true, force: true });
  mkdirSync(optimisedDir);

  // The chunks, each named by its own content.
  let runtime = readFileSync(join(splitDir, `${SPLIT_RUNTIME}.js`), "utf8");
  const written = [];
  for (const file of readdirSync(splitDir).filter((f) => f.endsWith(".wasm") && f !== `${CRATE_FILE_NAME}.wasm`)) {
    const bytes = optimise(join(splitDir, file), join(optimisedDir, file));
    const name = `${file.slice(0, -".wasm".length)}-${contentHash(bytes)}.wasm`;
    runtime = replaceAll(runtime, `"./${file}"`, `"./${name}"`, `${SPLIT_RUNTIME}.js`);
    written.push([name, bytes]);
  }

  // The main module and the two JS files, which import each other: one hash names all three.
  const mainWasm = optimise(join(bindDir, `${CRATE_FILE_NAME}_bg.wasm`), join(optimisedDir, "main.wasm"));
  let glue = readFileSync(join(bindDir, `${CRATE_FILE_NAME}.js`), "utf8");
  const hash = contentHash(mainWasm, glue, runtime);
  const names = {
    glue: `${PUBLIC_NAME}-${hash}.js`,
    wasm: `${PUBLIC_NAME}-${hash}_bg.wasm`,
    runtime: `${SPLIT_RUNTIME}-${hash}.js`,
  };
  // Only the import statements change: the wasm's own import module stays "./__wasm_split.js".
  glue = replaceAll(glue, `from "./${SPLIT_RUNTIME}.js"`, `from "./${names.runtime}"`, "the JS glue");
  runtime = replaceAll(runtime, `from "./${CRATE_FILE_NAME}.js"`, `from "./${names.glue}"`, `${SPLIT_RUNTIME}.js`);
  written.push([names.glue, glue], [names.wasm, mainWasm], [names.runtime, runtime]);

  // Trunk's whole module leaves the staging directory; the page names the split one.
  for (const file of readdirSync(staging)) {
    if (file.startsWith(`${PUBLIC_NAME}-`) && (file.endsWith(".js") || file.endsWith("_bg.wasm"))) unlinkSync(join(staging, file));
  }
  for (const [name, content] of written) writeFileSync(join(staging, name), content);
  const pagePath = join(staging, "index.html");
  let page = readFileSync(pagePath, "utf8");
  const appLink = (kind) => new RegExp(`(<link[^>]*href=")[^"]*("[^>]*data-cjk-app="${kind}")`);
  for (const [kind, name] of [["js", names.glue], ["wasm", names.wasm]]) {
    if (!appLink(kind).test(page)) throw new Error(`split_wasm: index.html has no data-cjk-app="${kind}" link`);
    page = page.replace(appLink(kind), `$1./${name}$2`);
  }
  writeFileSync(pagePath, page);

  const gzipKb = (bytes) => gzipSync(bytes, { level: 9 }).length / 1024;
  const chunks = written.filter(([name]) => name.endsWith(".wasm") && name !== names.wasm);
  const chunksKb = chunks.reduce((sum, [, bytes]) => sum + gzipKb(bytes), 0);
  console.log(`split_wasm: first module ${gzipKb(mainWasm).toFixed(0)} KB gzip; ${chunks.length} chunks, ${chunksKb.toFixed(0)} KB gzip in all`);
}
