# The two commands a new user needs: `make demo` and `make test`. Both set everything up.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test eval bench fuzz check lint typecheck schema clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

# The eval environment only: pycorrector's wheel for the SIGHAN-2015 test set it ships, without its
# dependencies (transformers, torch); it is never imported and never a dependency of jixiao.
EVAL_STAMP := $(VENV)/.eval-installed
$(EVAL_STAMP): $(STAMP)
	$(BIN)/pip install -q --no-deps pycorrector || echo "pycorrector not installed: SIGHAN-2015 will be skipped"
	touch $(EVAL_STAMP)

demo: $(STAMP)
	$(BIN)/python -m drafting demo --out out

test: $(STAMP)
	$(BIN)/python -m pytest

# The synthetic suites (gated by evals/thresholds.yaml), then the review on the real corpus in
# ../shared: hand labels (dev and test apart), defects planted into the real texts, the same texts
# re-laid as PDF text, spaced, full- and half-width, their forms flattened one cell or one row a line, and as a
# site publishes copies: traditional characters, the region or the years masked XX (findings must not change;
# invented forms with blank cells flattened the same ways too), printed as real PDFs and read
# back through the PDF reader (differences listed), written as Word 97 .doc files and read back, the language checks
# on clean text, with wrong characters planted into the real texts and on invented 公文 sentences and paragraphs (and
# into the fixed budget names of real and invented sentences), the
# number/indicator and structure/date rules on session 48's held-out invented excerpts, SIGHAN-2015 (spelling errors,
# read from pycorrector's wheel); then the hand-written guard benchmark (fails below 98 % recall or
# above 1 % false alarms).
eval: $(STAMP) $(EVAL_STAMP)
	$(BIN)/python -m evals.runner evals/suites --out evals/results
	$(BIN)/python -m evals.real --out evals/results --check
	$(BIN)/python -m evals.real_planted --out evals/results
	$(BIN)/python -m evals.real_layouts --out evals/results
	$(BIN)/python -m evals.real_copies --out evals/results
	$(BIN)/python -m evals.flat_forms_invented --out evals/results
	$(BIN)/python -m evals.real_pdf --out evals/results
	$(BIN)/python -m evals.real_doc --out evals/results
	$(BIN)/python -m evals.language_clean --out evals/results
	$(BIN)/python -m evals.language_planted --out evals/results
	$(BIN)/python -m evals.form_labels_planted --out evals/results
	$(BIN)/python -m evals.fiscal_terms_planted --out evals/results
	$(BIN)/python -m evals.language_invented --out evals/results
	$(BIN)/python -m evals.numbers_invented --out evals/results
	$(BIN)/python -m evals.structure_invented --out evals/results
	$(BIN)/python -m evals.sighan --out evals/results --check
	$(BIN)/python -m evals.bench_guard_hand --check

bench: $(STAMP)
	$(BIN)/python -m evals.bench
	$(BIN)/python -m evals.bench_files
	$(BIN)/python -m evals.bench_speed
	$(BIN)/python -m evals.bench_startup
	$(BIN)/python -m evals.bench_folder --reports 1000

# Thousands of generated and mutated inputs for the text, .docx and data readers (Hypothesis).
fuzz: $(STAMP)
	JIXIAO_FUZZ_EXAMPLES=2000 $(BIN)/python -m pytest tests/test_fuzz.py -q

lint: $(STAMP)
	$(BIN)/ruff check drafting tests evals fixtures

typecheck: $(STAMP)
	$(BIN)/mypy

# ruff, mypy (the package, configured in pyproject.toml) and pytest; stops at the first that fails.
check: lint typecheck test

schema: $(STAMP)
	$(BIN)/python -m drafting schema

clean:
	rm -rf $(VENV) out .pytest_cache
