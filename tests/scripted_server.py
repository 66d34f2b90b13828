"""A scripted OpenAI-compatible chat-completions server on 127.0.0.1, for tests (and the wheel test).

Each request takes the next step of ``Script.steps``: ``Step(status, content, headers, delay)``.
``content`` is the assistant's text (sent as a tool call when the request forces one), ``bytes`` to
send a raw body as it is, or ``None`` for a scripted error object. ``status="drop"`` closes the
connection without answering. Every request is recorded with its path, auth header and JSON body.
Run as ``python scripted_server.py STEPS.json`` it serves until killed and prints its URL.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Step:
    status: int | str = 200
    content: str | bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Script:
    steps: list[Any] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""

    def next(self) -> Step:
        if not self.steps:
            return Step(500)
        step = self.steps.pop(0)
        return step if isinstance(step, Step) else Step(*step)

    @property
    def modes(self) -> list[str]:
        """How each request asked for structured output: json_schema, json_mode, function_calling or none."""
        out = []
        for r in self.requests:
            body = r["body"]
            kind = (body.get("response_format") or {}).get("type")
            out.append("function_calling" if body.get("tools") else
                       {"json_schema": "json_schema", "json_object": "json_mode"}.get(kind, "none"))
        return out


def completion(content: str, body: dict[str, Any]) -> bytes:
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if body.get("tools"):  # answer through the forced tool, as a provider does
        name = body["tools"][0]["function"]["name"]
        message = {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": name, "arguments": content}}]}
    return json.dumps({
        "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": "local",
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
    }, ensure_ascii=False).encode("utf-8")


def _handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("content-length", 0)))
            body = json.loads(raw)
            script.requests.append({"path": self.path, "auth": self.headers.get("authorization"), "body": body})
            step = script.next()
            if step.delay:
                time.sleep(step.delay)
            if step.status == "drop":
                self.close_connection = True
                self.connection.close()
                return
            if isinstance(step.content, bytes):
                payload = step.content
            elif step.status == 200 and step.content is not None:
                payload = completion(step.content, body)
            else:
                payload = json.dumps({"error": {"message": "scripted", "type": "server_error"}}).encode()
            try:
                self.send_response(int(step.status))
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                for k, v in step.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


def serve(script: Script) -> ThreadingHTTPServer:
    """Start serving ``script`` in a daemon thread; ``script.url`` is set. Call ``shutdown()`` after."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(script))
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    script.url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    return httpd


if __name__ == "__main__":  # a server for another process (the wheel test): steps from a JSON file
    steps = [Step(**s) for s in json.loads(open(sys.argv[1], encoding="utf-8").read())]
    server_script = Script(steps)
    server = serve(server_script)
    print(server_script.url, flush=True)
    threading.Event().wait()
