"""One app "replica" for the scale-out tests: a separate process with its own services.

It builds what a Streamlit server process builds (settings from the environment, the
journal store, the story library and moderation inbox, the directory) and then answers one JSON
command per line on stdin with one JSON line on stdout. Two of these sharing one
PostgreSQL and one Chroma server are two app replicas, minus the browser.

A command may carry ``"at": <epoch seconds>``: the replica waits until then before acting,
so two replicas can be made to race for the same thing.
"""

from __future__ import annotations

import json
import os
import sys
import time
from functools import cached_property
from typing import Any

from journal import CheckIn, JournalError, JournalStore
from settings import Settings
from tests.journal.conftest import TEST_KDF


class Services:
    """Built on first use, then kept for the life of the process (like st.cache_resource)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @cached_property
    def store(self) -> JournalStore:
        return JournalStore(self.settings.store_url, kdf=TEST_KDF)

    @cached_property
    def library(self):  # type: ignore[no-untyped-def]
        from knowledge.stories import open_library

        return open_library(self.settings)

    @cached_property
    def queue(self):  # type: ignore[no-untyped-def]
        from knowledge.moderation.inbox import open_inbox

        return open_inbox(self.settings)

    @cached_property
    def directory(self):  # type: ignore[no-untyped-def]
        from knowledge.directory import open_directory

        return open_directory(self.settings)


def handle(services: Services, command: dict[str, Any]) -> Any:
    match command["op"]:
        case "pid":
            return os.getpid()
        case "create_account":
            return services.store.create_account(command["name"], command["passphrase"])
        case "unlock":
            journal = services.store.unlock(command["name"], command["passphrase"])
            return [entry.id for entry in journal.entries()]
        case "add_checkin":
            journal = services.store.unlock(command["name"], command["passphrase"])
            return journal.add(CheckIn(mood=command["mood"], note=command["note"]))
        case "submit_story":
            from knowledge.moderation.inbox import Consent, Draft

            receipt = services.queue.submit(
                Draft(
                    title=command["title"],
                    body=command["body"],
                    topics=command["topics"],
                    what_helped=command["what_helped"],
                ),
                Consent(True, True, True),
            )
            return {"id": receipt.submission_id, "code": receipt.withdrawal_code}
        case "pending":
            return [item.id for item in services.queue.items("pending")]
        case "approve":
            story = services.queue.approve(command["id"], services.library)
            return story.id if story else None
        case "withdraw":
            return services.queue.withdraw(command["code"], services.library)
        case "search":
            hits = services.library.search(command["query"], k=5, include_warnings=True)
            return [hit.story.id for hit in hits]
        case "import_listings":
            from knowledge.directory import import_feed

            report = import_feed(
                command["path"], format="json", source=command["source"],
                directory=services.directory,
            )  # fmt: skip
            return {"ok": report.ok, "count": services.directory.count()}
        case "find":
            hits = services.directory.find(command["near"], include_remote=False, limit=50)
            return [hit.listing.id for hit in hits]
        case "suggest_correction":
            listing = services.directory.get(command["listing_id"])
            return services.queue.suggest_correction(listing.id, command["message"], listing.name)
        case "corrections":
            return [item.id for item in services.queue.items("pending", kind="correction")]
        case "resolve_correction":
            services.queue.approve(command["id"])
            return True
        case other:
            raise ValueError(f"unknown op {other!r}")


def main() -> None:
    # Replies go to the real stdout; anything libraries print goes to stderr instead.
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "w", buffering=1)
    sys.stdout = sys.stderr
    services = Services(Settings.from_env())
    replies.write(json.dumps({"ready": True}) + "\n")
    for line in sys.stdin:
        command = json.loads(line)
        if "at" in command:
            time.sleep(max(0.0, command["at"] - time.time()))
        try:
            reply = {"ok": handle(services, command)}
        except JournalError as error:
            reply = {"error": type(error).__name__, "message": str(error)}
        except Exception as error:  # the test reads the error; the replica keeps serving
            reply = {"error": type(error).__name__, "message": str(error)}
        replies.write(json.dumps(reply) + "\n")


if __name__ == "__main__":
    main()
