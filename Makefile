# The two commands a new user needs: `make demo` and `make test`. Both bootstrap .venv themselves.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench browser clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/storygraph read examples/sommet.txt

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

# The browser tests drive Debian's chromium; install it when it is missing and we may (CI runs as root).
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) ; } || \
	  echo "chromium could not be installed: the browser test will be skipped"

bench: $(STAMP)
	$(BIN)/python bench/quotes
	$(BIN)/python bench/times
	$(BIN)/python bench/events
	$(BIN)/python bench/corpus --n 2000
	$(BIN)/python bench/throughput --n 300

clean:
	rm -rf $(VENV) build *.egg-info
