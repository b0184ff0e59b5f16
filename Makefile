# qingdan — 乡镇权责清单工具
#   make run      build and check the example catalog catalogs/dejiang
#   make test     build, lint and run every test
#   make install  install qingdan into $(PREFIX)/bin

PREFIX ?= /usr/local
SWIFT ?= swift
CATALOG ?= catalogs/dejiang
# Debian packages the build needs: libyaml (parsed directly through its event API) and pkg-config to find it.
APT_PACKAGES := libyaml-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || command -v sudo >/dev/null && [ "$$(id -u)" != 0 ] && echo sudo)

.PHONY: all build debug test lint format run install deps clean

all: build

deps:
	@missing=""; for package in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "安装缺少的软件包：$$missing"; \
	  $(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi

build: deps
	$(SWIFT) build -c release --product qingdan

debug: deps
	$(SWIFT) build

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

format:
	$(SWIFT) format format --in-place --recursive Sources Tests Package.swift

test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test

run: build
	.build/release/qingdan check $(CATALOG)

install: build
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 0755 .build/release/qingdan "$(DESTDIR)$(PREFIX)/bin/qingdan"

clean:
	rm -rf .build
