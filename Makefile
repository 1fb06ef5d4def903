# nmt: the two commands a new machine needs are `make demo` and `make test`.
# Every target installs what is missing first (Debian 12, run as root or with sudo).

BUILD_DIR ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian packages the build and the tests need.
DEPS := build-essential cmake pkg-config git libeigen3-dev libsentencepiece-dev sentencepiece \
        libcli11-dev catch2 libboost-serialization-dev libopenblas-dev libpng-dev python3 chromium \
        openmpi-bin libopenmpi-dev zlib1g-dev nodejs librsvg2-dev fonts-dejavu-core \
        fonts-droid-fallback strace
# PyTorch for scripts/compare_torch.py (benchmarks only; no test needs it).
BENCH_DEPS := python3-torch
# Extra packages for building the real corpora.
CORPUS_DEPS := sword-text-web sword-text-kjv sword-text-sparv libsword-utils gettext

.PHONY: all deps corpus-deps bench-deps build test test-faults test-fuzz test-asan bench demo corpora quality-bible recipe-bible recipe-bible-rnn format clean

all: build

# apt-get update runs only when something is missing, so a ready machine stays offline.
define apt_install
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
endef

deps:
	$(call apt_install,$(DEPS))

corpus-deps:
	$(call apt_install,$(CORPUS_DEPS))

bench-deps:
	$(call apt_install,$(BENCH_DEPS))

build: deps
	cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS)
	cmake --build $(BUILD_DIR) -j $(JOBS)

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# Reliability suites too long for every CI run (docs/RELIABILITY.md).
test-faults: build
	bash scripts/kill_test.sh --build-dir $(BUILD_DIR)

test-fuzz: build
	/usr/bin/python3 scripts/fuzz_tools.py --build-dir $(BUILD_DIR)

test-asan: deps
	bash scripts/test_asan.sh

bench: build
	$(BUILD_DIR)/bin/nmt-bench gemm --threads 1
	$(BUILD_DIR)/bin/nmt-bench gemm --threads $(JOBS)

corpora: corpus-deps
	bash corpora/build_bible.sh
	bash corpora/build_bible.sh --pair kjv-rv1909

# Issue 18's quality runs (EMA, checkpoint averaging, ensemble) on the Bible:
# hours of quiet CPU; see the script's header for the knobs.
quality-bible: build
	$(MAKE) corpora
	BUILD_DIR=$(BUILD_DIR) bash scripts/bible_quality.sh

# The 60-minute Transformer recipe (docs/RESULTS.md): an hour per seed on 2
# threads; SEEDS="1 2" adds a second seed and their ensemble.
recipe-bible: build
	$(MAKE) corpora
	BUILD_DIR=$(BUILD_DIR) bash scripts/bible_recipe.sh

# The best RNN of docs/RESULTS.md (session 11): dot attention, a warmed-up
# constant 3e-3 and EMA 1e-2 for 3,200 updates; about 50 minutes on 1 thread
# of a Zen 3 core. Test BLEU/chrF and BLEU by length land in results-rnn/.
recipe-bible-rnn: build
	$(MAKE) corpora
	OUT=results-rnn UPDATES=3200 EMA=1e-2 RNN_LR=3e-3 RNN_WARMUP=200 \
	  RNN_SCHEDULE=warmup-constant BUILD_DIR=$(BUILD_DIR) bash scripts/bible_results.sh rnn-dot

# The Bible corpus needs Debian's SWORD packages; without them the demo uses
# the committed sample.
demo: build
	$(MAKE) corpora || echo "could not build the Bible corpus: the demo uses corpora/sample"
	bash scripts/demo.sh

format:
	find apps lib tests -name '*.cpp' -o -name '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR)
