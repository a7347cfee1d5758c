# Two commands on a fresh machine: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SAMPLE := resources/samples/grid_shortfall.html
COMPILED := $(VENV)/dossier-compiled/built

.PHONY: run test fuzz lint bench bench-1m soak clean

$(STAMP): pyproject.toml setup.py
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Dossier needs Python >= 3.11"'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

# The suggestion rules compiled with mypyc (~1.3x faster; annotations/suggest/compiled.py). Optional: without a C
# compiler the script says so and the rules run as Python; with one, a failed build stops here. Stale builds are
# never used.
$(COMPILED): $(STAMP) $(shell find annotations -name '*.py') scripts/compile_suggest.py
	$(PY) scripts/compile_suggest.py $(VENV)/dossier-compiled

run: $(STAMP) $(COMPILED)
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$(uname)" = Darwin ]; then \
		$(PY) main.py $(SAMPLE); \
	else \
		echo "No display here: showing the sample with the command line instead (python main.py --help)."; \
		$(PY) main.py add $(SAMPLE) && $(PY) main.py show $(SAMPLE); \
	fi

test: $(STAMP) $(COMPILED)
	$(PY) -m mypy
	$(VENV)/bin/lint-imports
	DOSSIER_REQUIRE_COMPILED=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -n 2 --dist loadfile

# The property tests (Hypothesis) with fresh random examples on every run (`make test` draws the same ones each time).
fuzz: $(STAMP) $(COMPILED)
	DOSSIER_HYPOTHESIS=fuzz QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -n 2 --dist loadfile \
		$$(grep -rl --include='test_*.py' '@given' tests)

soak: $(STAMP)
	DOSSIER_KILLS=1000 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -s tests/reliability/test_crash_safety.py

bench: $(STAMP) $(COMPILED)
	$(PY) bench/store_index.py > /dev/null
	$(PY) bench/app.py > /dev/null
	$(PY) bench/text_view.py > /dev/null 2>&1
	$(PY) bench/suggest_speed.py > /dev/null
	$(PY) bench/exports.py > /dev/null
	$(PY) bench/report.py
	$(PY) bench/eval_suggestions.py

# Issue 17: a team's library of 1,000,000 annotations (built once, reused; hours on a busy 2-core machine).
BENCH_LIB ?= $(HOME)/dossier-bench-lib-1m
bench-1m: $(STAMP)
	$(PY) bench/gen_library.py $(BENCH_LIB) --resume --defer-index
	$(PY) bench/store_index.py --library $(BENCH_LIB)/library --rounds 5 --adds 100
	$(PY) bench/report.py

clean:
	rm -rf $(VENV) build *.egg-info
