"""Nothing downloads: sockets are blocked in every test, and the tokenizer still works."""

from __future__ import annotations

import socket

import pytest

from drafting.llm.tokens import count_tokens


def test_sockets_to_other_hosts_are_blocked_in_tests():
    with pytest.raises(RuntimeError, match="禁止联网"):
        socket.create_connection(("203.0.113.7", 443), timeout=1)


def test_loopback_stays_open_for_local_test_servers():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    try:
        client = socket.create_connection(server.getsockname(), timeout=1)
        client.close()
    finally:
        server.close()


def test_token_counting_uses_the_bundled_encoding_without_network():
    assert count_tokens("靖州县人力资源和社会保障局") > 0
