# Two commands for an owner or a developer: `make run` and `make test`.
# Everything else (a virtual environment inside the checkout, the translations) is set up on the way.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
QM := resources/translations/klantbehoud_nl.qm resources/translations/klantbehoud_en.qm

.PHONY: run test translations lupdate package deb bench screenshots clean

run: $(STAMP) $(QM)
	$(BIN)/python main.py

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# constraints.txt: the versions this app is built, tested and packaged on (versions only). An upgrade is
# tested, then committed there.
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

# .qm files are built from the .ts sources, never edited by hand.
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh the .ts sources from the code (developers only; translations are then filled in the .ts).
lupdate: $(STAMP)
	$(BIN)/python build/lupdate.py

# The package is built on Python 3.12 or newer (None is immortal there: no PySide6 release can drop its last
# reference), in a virtual environment of its own with the tested versions. With pyenv:
# PYENV_VERSION=3.12.1 make package
PACKAGE_PYTHON ?= $(shell for p in python3.13 python3.12; do $$p -c 'import sys' >/dev/null 2>&1 && echo $$p && break; done)
PKG_VENV := .venv-package
PKG_STAMP := $(PKG_VENV)/.installed-stamp

$(PKG_STAMP): pyproject.toml constraints.txt
	@test -n "$(PACKAGE_PYTHON)" || { echo "make package needs Python 3.12 or newer (python3.12 or python3.13 on PATH)"; exit 2; }
	$(PACKAGE_PYTHON) -m venv $(PKG_VENV)
	$(PKG_VENV)/bin/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(PKG_STAMP)

package: $(PKG_STAMP) $(QM)
	$(PKG_VENV)/bin/python build/package.py

# The Debian package of that build: /opt/klantbehoud, a menu entry, and *.klantbehoud opening in the app.
deb: package
	$(PKG_VENV)/bin/python build/deb.py

bench: $(STAMP) $(QM)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev,bench]"
	$(BIN)/python bench/run_all.py

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/screenshots.py

clean:
	rm -rf dist build/work resources/translations/*.qm
