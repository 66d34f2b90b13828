"""Shared fixtures. Add yours; do not remove others'."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


# -- no network ----------------------------------------------------------------------------------


class NetworkBlocked(RuntimeError):
    """Raised when a test tries to reach anything but this machine."""


def _loopback(address: object) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    if not isinstance(host, str):
        return True  # AF_UNIX paths and the like never leave the machine
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name: resolving it would already be network access


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """Every test runs with sockets blocked except loopback: nothing may download a tokenizer,
    a model or a dictionary; tests that need HTTP start their own server on 127.0.0.1."""
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def connect(self, address):
        if not _loopback(address):
            raise NetworkBlocked(f"测试中禁止联网：{address!r}")
        return real_connect(self, address)

    def connect_ex(self, address):
        if not _loopback(address):
            raise NetworkBlocked(f"测试中禁止联网：{address!r}")
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)


# -- drafting ------------------------------------------------------------------------------------


@pytest.fixture
def small_data():
    """A small made-up department (tests/data/drafting/small.yaml)."""
    from drafting.io.loading import load_department

    return load_department(DATA / "drafting" / "small.yaml")


@pytest.fixture
def fake_model():
    """A FakeModel with an empty queue; queue answers with ``fake_model.queue(...)``."""
    from drafting.llm.models import FakeModel

    return FakeModel()


@pytest.fixture
def allow_model_requests(monkeypatch):
    """Opt in to model requests (for tests that talk to their own 127.0.0.1 server)."""
    monkeypatch.delenv("JIXIAO_BLOCK_MODEL_REQUESTS", raising=False)


@pytest.fixture(autouse=True)
def _no_model_env(monkeypatch, tmp_path_factory):
    """Model requests are switched off explicitly (the documented JIXIAO_BLOCK_MODEL_REQUESTS; the
    library never sniffs pytest), and no user key, endpoint or config file leaks into tests."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "JIXIAO_TEMPERATURE", "JIXIAO_TIMEOUT", "JIXIAO_MAX_RETRIES",
                 "JIXIAO_MODEL_BUDGET", "JIXIAO_STRUCTURED_OUTPUT", "JIXIAO_PROMPTS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("JIXIAO_BLOCK_MODEL_REQUESTS", "1")
    monkeypatch.setenv("JIXIAO_CONFIG", str(tmp_path_factory.getbasetemp() / "no-config.toml"))


@pytest.fixture(scope="session")
def sample_reviewed():
    """The real sample report and its review (no data, no prior): read once for the whole run."""
    from drafting.io.reading import read_report
    from drafting.review import review

    report = read_report(Path(__file__).resolve().parent.parent / "fixtures" / "jingzhou-hrss-2022" / "report.txt")
    return report, review(report)


# -- a scripted OpenAI-compatible server ------------------------------------------------------------


@pytest.fixture
def scripted(allow_model_requests):
    """A scripted chat-completions server on 127.0.0.1 (tests/scripted_server.py), model requests allowed."""
    from scripted_server import Script, serve

    script = Script()
    httpd = serve(script)
    yield script
    httpd.shutdown()
    httpd.server_close()
