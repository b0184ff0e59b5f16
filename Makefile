# qingdan — 乡镇权责清单工具
#   make run      build, check the example catalog catalogs/dejiang and publish it into _site/
#   make test     build, lint and run every test
#   make install  install qingdan into $(PREFIX)/bin
#   make fuzz     fuzz load-and-check with libFuzzer for FUZZ_SECONDS; make test-asan / test-tsan: the tests under
#                 AddressSanitizer / ThreadSanitizer

PREFIX ?= /usr/local
SWIFT ?= swift
CATALOG ?= catalogs/dejiang
SITE ?= _site
PYTHON ?= python3
VENV := .venv
# Debian packages the build needs: libyaml (parsed directly through its event API) and pkg-config to find it;
# for the printed handbook, the CJK fonts, Pango and HarfBuzz's subsetter that WeasyPrint uses (without
# libharfbuzz-subset0 a render took 16-20 s here instead of about 1 s).
APT_PACKAGES := libyaml-dev pkg-config fonts-noto-cjk libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 python3-venv
# What the tests need besides: a real browser for the guide and poppler to read the PDF.
APT_TEST_PACKAGES := chromium poppler-utils
WEASYPRINT := $(VENV)/bin/weasyprint
SUDO := $(shell [ "$$(id -u)" = 0 ] || command -v sudo >/dev/null && [ "$$(id -u)" != 0 ] && echo sudo)

.PHONY: all build debug test lint format run demo-diff bench install deps test-deps apt-deps clean fuzz test-asan test-tsan

all: build

deps: apt-deps $(WEASYPRINT)

test-deps: deps $(VENV)/bin/check-jsonschema $(VENV)/bin/pre-commit
	@$(MAKE) --no-print-directory apt-deps APT_PACKAGES="$(APT_TEST_PACKAGES)"

apt-deps:
	@missing=""; for package in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "安装缺少的软件包：$$missing"; \
	  $(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi

# WeasyPrint 70 or later from PyPI, in a virtualenv of the project's own.
$(WEASYPRINT):
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check 'weasyprint>=70'

# For the tests: check-jsonschema (the JSON Schemas agree with the loader; SARIF is valid) and pre-commit.
$(VENV)/bin/check-jsonschema $(VENV)/bin/pre-commit: $(WEASYPRINT)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check check-jsonschema pre-commit

build: deps
	$(SWIFT) build -c release --product qingdan

debug: deps
	$(SWIFT) build

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

format:
	$(SWIFT) format format --in-place --recursive Sources Tests Package.swift

test: test-deps lint
	$(SWIFT) build --build-tests
	QINGDAN_WEASYPRINT=$(CURDIR)/$(WEASYPRINT) $(SWIFT) test

run: build
	.build/release/qingdan check $(CATALOG)
	QINGDAN_WEASYPRINT=$(WEASYPRINT) .build/release/qingdan build $(CATALOG) --out $(SITE) --pdf
	@echo "办事指南：$(CURDIR)/$(SITE)/index.html（可直接用浏览器打开）"
	@echo "印刷版手册：$(CURDIR)/$(SITE)/handbook.pdf；表格：$(SITE)/catalog.csv；Markdown：$(SITE)/handbook.md"

# The second example: 广饶县大王镇's delegated powers, first batch (2010) against the edition after the second (2013).
demo-diff: build
	.build/release/qingdan diff catalogs/dawang-batch1 catalogs/dawang
	@mkdir -p $(SITE)
	.build/release/qingdan diff catalogs/dawang-batch1 catalogs/dawang --format markdown > $(SITE)/dawang-changes.md
	@echo "调整情况说明：$(CURDIR)/$(SITE)/dawang-changes.md"

# Benchmarks against libyaml's bare parse (bench/run.py; results in BENCHMARKS.md). BENCH_SIZES=small in CI.
BENCH_SIZES ?= small,large
BENCH_RUNS ?= 5
bench: build
	@mkdir -p bench/.work
	cc -O2 -o bench/.work/yaml-floor bench/yaml-floor.c $$(pkg-config --cflags --libs yaml-0.1)
	$(PYTHON) bench/run.py --sizes $(BENCH_SIZES) --runs $(BENCH_RUNS)

# The tests under a sanitizer, each in a build folder of its own so that it does not thrash .build. Leak checking is
# off: the Swift runtime keeps its metadata caches for the life of a process, which LeakSanitizer would report on
# every run of the qingdan executable that the end-to-end tests start.
SANITIZER_ENV := QINGDAN_WEASYPRINT=$(CURDIR)/$(WEASYPRINT) ASAN_OPTIONS=detect_leaks=0 TSAN_OPTIONS=halt_on_error=1
test-asan: test-deps
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	$(SANITIZER_ENV) $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan

# ThreadSanitizer: catalog files, rules and guide pages are processed in parallel in the library tests.
test-tsan: test-deps
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	$(SANITIZER_ENV) $(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan

# libFuzzer with AddressSanitizer over load-and-check (Sources/QingdanFuzz), seeded from catalogs/ and the test
# fixtures. New inputs go to .fuzz/corpus, crashes to .fuzz/crashes (each must become a case in
# Tests/Fixtures/hostile/); the whole log to .fuzz/last-run.log. libFuzzer's closing statistics say how many
# inputs it tried. Leak checking is off here too: LeakSanitizer's scan after inputs cost five times the run itself.
FUZZ_SECONDS ?= 600
FUZZ_RSS_MB ?= 2048
FUZZ_TIMEOUT ?= 10
FUZZ_MAX_LEN ?= 16384
FUZZ_DIR := .fuzz
fuzz: apt-deps
	QINGDAN_FUZZ=1 $(SWIFT) build -c release --product QingdanFuzz --scratch-path .build-fuzz \
	  -Xswiftc -sanitize=fuzzer,address
	$(PYTHON) scripts/fuzz-seeds $(FUZZ_DIR)/seeds
	@mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/crashes
	@echo "fuzz: $(FUZZ_SECONDS) s, -rss_limit_mb=$(FUZZ_RSS_MB), -timeout=$(FUZZ_TIMEOUT) s per input"
	@status=0; .build-fuzz/release/QingdanFuzz $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds -max_total_time=$(FUZZ_SECONDS) \
	  -rss_limit_mb=$(FUZZ_RSS_MB) -timeout=$(FUZZ_TIMEOUT) -max_len=$(FUZZ_MAX_LEN) -detect_leaks=0 -dict=scripts/fuzz.dict \
	  -artifact_prefix=$(FUZZ_DIR)/crashes/ -print_final_stats=1 > $(FUZZ_DIR)/last-run.log 2>&1 || status=$$?; \
	grep -E '^(INFO: (Seed|.*files found)|#[0-9]+[[:space:]]+(INITED|DONE)|Done |stat::)' $(FUZZ_DIR)/last-run.log; \
	if [ $$status -ne 0 ]; then tail -n 60 $(FUZZ_DIR)/last-run.log; ls -l $(FUZZ_DIR)/crashes; fi; \
	exit $$status

install: build
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 0755 .build/release/qingdan "$(DESTDIR)$(PREFIX)/bin/qingdan"

clean:
	rm -rf .build .build-asan .build-tsan .build-fuzz .fuzz $(SITE)
