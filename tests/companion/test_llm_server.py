"""The optional model path for real: LangChain's OpenAI client over HTTP to a loopback server.

The test serves an OpenAI-compatible ``/v1/chat/completions`` on 127.0.0.1 with scripted
answers (a good draft, an unsafe one, a slow one, an error) and drives the companion built
from settings exactly as a deployment would (``KINDRED_LLM=openai:...``). Unsafe, slow and
failed drafts fall back to the curated reply; the crisis route is intact on every turn.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import deque
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from companion import Conversation, build_companion
from settings import Settings

GOOD = (
    "That sounds like a draining week, and it makes sense you're worn out. What has been the "
    "hardest part? A peer group or a warmline could listen too."
)
UNSAFE = "It sounds like you have clinical depression; try 50 mg of sertraline."


class ScriptedOpenAI(BaseHTTPRequestHandler):
    script: ClassVar[deque[tuple[str, str | float]]] = deque()
    requests: ClassVar[list[dict]] = []

    def log_message(self, *args: object) -> None:  # keep test output quiet
        return

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length) or b"{}")
        type(self).requests.append(body)
        kind, value = self.script.popleft() if self.script else ("good", GOOD)
        if kind == "error":
            self._send(500, {"error": {"message": "scripted failure", "type": "server_error"}})
            return
        if kind == "slow":
            time.sleep(float(value))
            value = GOOD
        self._send(
            200,
            {
                "id": "chatcmpl-test",
                "object": "chat.completion",
                "created": 0,
                "model": body.get("model", "scripted"),
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": value},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            },
        )

    def _send(self, status: int, payload: dict) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture()
def llm_server() -> Iterator[str]:
    ScriptedOpenAI.script = deque()
    ScriptedOpenAI.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), ScriptedOpenAI)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


def bot_for(url: str, timeout: float = 5.0):
    settings = Settings(
        llm="openai:gpt-4o-mini", llm_base_url=url, llm_api_key="test", llm_timeout_seconds=timeout
    )
    bot = build_companion(settings, open_defaults=False)
    assert bot.uses_model
    return bot


def test_a_good_draft_from_the_server_is_used(model, llm_server):
    ScriptedOpenAI.script.append(("good", GOOD))
    reply = bot_for(llm_server).reply("work has been so draining this week")
    assert reply.source == "model" and reply.text == GOOD
    sent = ScriptedOpenAI.requests[-1]
    assert sent["messages"][0]["role"] == "system"
    assert "Never diagnose" in sent["messages"][0]["content"]


@pytest.mark.parametrize(
    ("script", "source"),
    [
        (("unsafe", UNSAFE), "curated (draft replaced)"),
        (("error", ""), "curated (model failed)"),
        (("slow", 3.0), "curated (model failed)"),
    ],
    ids=["unsafe", "error", "slow"],
)
def test_unsafe_failed_and_slow_drafts_fall_back_to_the_curated_reply(
    model, llm_server, caplog, script, source
):
    ScriptedOpenAI.script.append(script)
    with caplog.at_level(logging.INFO):
        reply = bot_for(llm_server, timeout=1.0).reply("work has been so draining this week")
    assert reply.source == source
    assert UNSAFE not in reply.text and reply.routes
    assert "curated" in caplog.text


def test_the_crisis_route_holds_on_every_turn_with_a_model(model, llm_server):
    bot = bot_for(llm_server)
    conversation = Conversation()
    turns = [
        "I took a load of pills last week and I'm planning to do it again",
        "hospitals are a trap, forget it",
        "let's talk about my garden",
    ]
    ScriptedOpenAI.script.extend([("good", GOOD)] * 3)
    replies = [bot.reply(turn, conversation=conversation) for turn in turns]
    assert replies[0].source == "crisis protocol"
    for reply in replies:
        assert reply.state.is_crisis
        assert [r.kind for r in reply.pinned] == ["crisis", "emergency"]
    # the refusal is answered from verified facts, never by the model's words
    assert replies[1].source == "curated"
    assert "garden" in replies[2].text or replies[2].source == "model"


def test_an_unreachable_ollama_degrades_to_curated_with_a_log_line(model, caplog):
    settings = Settings(
        llm="ollama:llama3.1", llm_base_url="http://127.0.0.1:9", llm_timeout_seconds=1
    )
    bot = build_companion(settings, open_defaults=False)
    with caplog.at_level(logging.WARNING):
        reply = bot.reply("I had a long day")
    assert reply.text and reply.routes
    assert reply.source.startswith("curated")
    assert "curated" in caplog.text


def test_a_provider_package_that_is_missing_means_the_curated_responder(model, caplog):
    with caplog.at_level(logging.WARNING):
        bot = build_companion(Settings(llm="nosuchprovider:model"), open_defaults=False)
    assert not bot.uses_model
    assert "could not be started" in caplog.text
    assert bot.reply("hi").source == "curated"
