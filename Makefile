# The two commands of the README:
#   make site   installs what is missing, builds the tool, builds the sample site into site/
#   make test   the same set-up, then every test through ctest
# Everything else here is a helper of those two.

BUILD      ?= build
JOBS       ?= $(shell nproc)
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian packages the tool needs to build, and the ones the test gates need.
BUILD_DEPS := build-essential cmake pkg-config git libgit2-dev libcmark-gfm-dev \
              libcmark-gfm-extensions-dev nlohmann-json3-dev catch2 libkainjow-mustache-dev \
              libyaml-cpp-dev libssl-dev libmimalloc-dev
TEST_DEPS  := clang libclang-rt-14-dev chromium default-jre-headless nodejs npm clang-format

.PHONY: site test deps test-deps configure tool clean bench

# The sample data with its publication history: make_publications.sh turns
# data/ at HEAD into a local repository with tagged publications (begroting,
# wijziging, jaarrekening), deterministically, and the site is built from it.
site: tool
	@data/scripts/make_publications.sh $(BUILD)/publicaties-repo >/dev/null
	@./$(BUILD)/openwijk build --repo $(BUILD)/publicaties-repo --out site

test: tool test-deps
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

deps:
	@missing=$$(for p in $(BUILD_DEPS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages: $$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# npm counts as present when the npm command is: NodeSource's nodejs package ships npm and
# conflicts with Debian's npm package.
test-deps: deps
	@missing=$$(for p in $(TEST_DEPS); do dpkg -s $$p >/dev/null 2>&1 || \
	  { [ $$p = npm ] && command -v npm >/dev/null; } || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages for the tests: $$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@# When never installed, and again when package-lock.json changed since the last install
	@# (npm keeps its copy there). dash's -nt is false for a missing file: test for it first.
	@if [ -f package-lock.json ] && { [ ! -f node_modules/.package-lock.json ] || \
	  [ package-lock.json -nt node_modules/.package-lock.json ]; }; then \
	  npm ci --no-audit --no-fund --ignore-scripts; fi

configure: deps
	@[ -f $(BUILD)/CMakeCache.txt ] || cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

tool: configure
	@cmake --build $(BUILD) -j $(JOBS)

# The benchmark against Hugo (tests/bench/README.md); not part of `make test`.
bench: tool
	@command -v hugo >/dev/null || $(SUDO) apt-get install -y -qq --no-install-recommends hugo
	@OPENWIJK=$(CURDIR)/$(BUILD)/openwijk tests/bench/run.sh gemeente provincie

clean:
	rm -rf $(BUILD) site
