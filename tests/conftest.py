"""Shared fixtures. Add yours; do not remove others'."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


# -- drafting ------------------------------------------------------------------------------------


@pytest.fixture
def small_data():
    """A small made-up department (tests/data/drafting/small.yaml)."""
    from drafting.loading import load_department

    return load_department(DATA / "drafting" / "small.yaml")


@pytest.fixture
def fake_model():
    """A FakeModel with an empty queue; queue answers with ``fake_model.queue(...)``."""
    from drafting.models import FakeModel

    return FakeModel()


@pytest.fixture
def allow_model_requests(monkeypatch):
    """Opt in to real model requests (for tests that talk to their own 127.0.0.1 server)."""
    from drafting import models

    monkeypatch.setattr(models, "ALLOW_MODEL_REQUESTS", True)


@pytest.fixture(autouse=True)
def _no_model_env(monkeypatch, tmp_path_factory):
    """No user key, endpoint or config file leaks into tests."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "JIXIAO_TEMPERATURE", "JIXIAO_TIMEOUT", "JIXIAO_MAX_RETRIES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("JIXIAO_CONFIG", str(tmp_path_factory.getbasetemp() / "no-config.toml"))


@pytest.fixture(scope="session")
def sample_reviewed():
    """The real sample report and its review (no data, no prior): read once for the whole run."""
    from drafting.reading import read_report
    from drafting.review import review

    report = read_report(Path(__file__).resolve().parent.parent / "fixtures" / "jingzhou-hrss-2022" / "report.txt")
    return report, review(report)
