"""Two app processes on one PostgreSQL and one Chroma server agree about everything.

Each replica is its own Python process with its own engine, Chroma client and model, as two
Streamlit servers behind a load balancer would be. A person's requests may land on either.
"""

from __future__ import annotations

import time

import pytest

from journal import throttle
from journal.errors import AccountExists, TooManyAttempts
from tests.scale.conftest import LISTINGS, Replica
from tests.scale.test_stores import SHARED_BODY

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
PASSPHRASE = "copper meadow lantern"


def test_replicas_are_separate_processes(replicas: tuple[Replica, Replica]):
    first, second = replicas
    assert first.ok("pid") != second.ok("pid")


def test_a_journal_created_on_one_replica_unlocks_on_the_other(replicas):
    first, second = replicas
    first.ok("create_account", name="moss", passphrase=PASSPHRASE)
    written = second.ok("add_checkin", name="moss", passphrase=PASSPHRASE, mood=3, note="b")
    assert first.ok("unlock", name="moss", passphrase=PASSPHRASE) == [written]


def test_wrong_passphrases_are_counted_across_replicas(replicas):
    first, second = replicas
    first.ok("create_account", name="fern", passphrase=PASSPHRASE)
    for attempt in range(throttle.PASSPHRASE.free):
        replica = (first, second)[attempt % 2]
        reply = replica.call("unlock", name="fern", passphrase=f"wrong guess {attempt}")
        assert reply["error"] == "WrongPassphrase", reply
    for replica in (first, second):  # now even the right passphrase must wait, on both
        reply = replica.call("unlock", name="fern", passphrase=PASSPHRASE)
        assert reply["error"] == TooManyAttempts.__name__, reply


def test_a_story_approved_on_one_replica_is_found_and_withdrawn_on_the_other(replicas):
    first, second = replicas
    receipt = second.ok(
        "submit_story",
        title="Thursdays at the library",
        body=SHARED_BODY,
        topics=["anxiety"],
        what_helped=["peer-group"],
    )
    assert receipt["id"] in first.ok("pending")
    story_id = first.ok("approve", id=receipt["id"])
    query = "a peer group helped me with a racing heart and avoiding the post"
    assert story_id in second.ok("search", query=query)
    assert second.ok("withdraw", code=receipt["code"]) is True
    assert story_id not in first.ok("search", query=query)


def test_directory_imported_on_one_replica_is_searched_and_corrected_on_the_other(replicas):
    first, second = replicas
    assert first.ok("import_listings", path=str(LISTINGS), source="scale")["ok"]
    assert "scale-uptown-group" in second.ok("find", near="Chicago")
    correction = second.ok(
        "suggest_correction", listing_id="scale-uptown-group", message="Now meets on Mondays."
    )
    assert first.ok("corrections") == [correction]
    assert first.ok("resolve_correction", id=correction)
    assert second.ok("corrections") == []


@pytest.mark.parametrize("round_number", range(4))
def test_the_same_new_name_on_both_replicas_at_once_creates_one_journal(replicas, round_number):
    first, second = replicas
    name, at = f"twin {round_number}", time.time() + 1.0
    first.send("create_account", name=name, passphrase="first person's words", at=at)
    second.send("create_account", name=name, passphrase="second person's words", at=at)
    replies = [first.receive(), second.receive()]
    winners = [reply for reply in replies if "ok" in reply]
    losers = [reply for reply in replies if "error" in reply]
    assert len(winners) == 1 and len(losers) == 1, replies
    assert losers[0] == {"error": "AccountExists", "message": str(AccountExists())}
    winner = (first, second)[replies.index(winners[0])]
    words = "first person's words" if winner is first else "second person's words"
    assert second.ok("unlock", name=name, passphrase=words) == []
