// Trunk's `post_build` hook (Trunk.toml). Trunk starts a stage's hooks all at once, so the steps
// that depend on each other run here, in order:
// 1. split the wasm (`tools/split_wasm.mjs`), unless `CJK_WASM_SPLIT=0` (`make serve`, where
//    Trunk's whole module is enough and each rebuild is a minute quicker);
// 2. prerender every view and chart into its page (`src/bin/prerender.rs`, feature `ssr`), from
//    the staged index.html, which names the application's files.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

import { splitWasm } from "./split_wasm.mjs";

const root = resolve(import.meta.dirname, "..");
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("post_build: run me as a Trunk hook (TRUNK_STAGING_DIR is not set)");
if (process.env.CJK_WASM_SPLIT !== "0") splitWasm(root, staging);
execFileSync("cargo", ["run", "--quiet", "--features", "ssr", "--bin", "prerender"], { cwd: root, stdio: "inherit" });
