"""Story ratings and avoided topics in the journal: sealed at rest, owner-only, exported and
restored, removed with the account, bad input refused whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from journal import BadImportFile, InvalidEntry, JournalStore
from journal.schema import story_feedback
from journal.story_feedback import NO_FEEDBACK, StoryFeedback, feedback_from_export
from knowledge.stories.feedback import StoryRating

PASS_A = "maple river lantern"
PASS_B = "quiet copper harbor"
STORY = "p1-anx-panic-on-the-train"
OTHER = "p2-sh-sketchbook-instead"
LIKED = StoryRating(STORY, relevant=1, hopeful=1, more_like_this=1)
DISLIKED = StoryRating(OTHER, relevant=-1, hopeful=-1, more_like_this=-1)


def _journal(store: JournalStore, name: str = "ana", passphrase: str = PASS_A):  # type: ignore[no-untyped-def]
    store.create_account(name, passphrase)
    return store.unlock(name, passphrase)


def _rate_both_and_avoid(journal) -> StoryFeedback:  # type: ignore[no-untyped-def]
    journal.update_story_feedback(lambda f: f.rated(LIKED))
    journal.update_story_feedback(lambda f: f.rated(DISLIKED))
    return journal.update_story_feedback(lambda f: f.avoiding(["grief-loss", "eating-disorders"]))


def test_ratings_and_avoided_topics_are_kept_and_read_back(store: JournalStore):
    journal = _journal(store)
    assert journal.story_feedback() == NO_FEEDBACK
    saved = _rate_both_and_avoid(journal)
    again = store.unlock("ana", PASS_A).story_feedback()
    assert again == saved
    assert again.ratings[STORY] == LIKED and again.ratings[OTHER] == DISLIKED
    assert again.avoid_topics == ("grief-loss", "eating-disorders")
    assert again.preferences() == {STORY: 1.0, OTHER: -1.0}


def test_a_new_rating_replaces_the_old_and_an_empty_one_removes_it(store: JournalStore):
    journal = _journal(store)
    journal.update_story_feedback(lambda f: f.rated(LIKED))
    journal.update_story_feedback(lambda f: f.rated(StoryRating(STORY, hopeful=-1)))
    assert journal.story_feedback().ratings == {STORY: StoryRating(STORY, hopeful=-1)}
    journal.update_story_feedback(lambda f: f.rated(StoryRating(STORY)))
    assert journal.story_feedback().ratings == {}


def test_nothing_about_the_feedback_is_in_the_database_in_clear(
    store: JournalStore, tmp_path: Path
):
    journal = _journal(store)
    _rate_both_and_avoid(journal)
    secrets = (STORY.encode(), OTHER.encode(), b"grief-loss", b"eating-disorders", b"more_like")
    with store.engine.connect() as connection:
        row = connection.execute(select(story_feedback)).one()
    assert set(row._mapping) == {"account_id", "created_at", "updated_at", "payload"}
    for secret in secrets:
        assert secret not in bytes(row.payload)
    if store.url.startswith("sqlite"):
        store.close()
        files = list(tmp_path.glob("kindred.db*"))  # the file and its WAL
        assert files
        for path in files:
            data = path.read_bytes()
            for secret in secrets:
                assert secret not in data, (path.name, secret)


def test_the_sealed_size_hides_how_many_stories_were_rated(store: JournalStore):
    journal = _journal(store)

    def stored_size() -> int:
        with store.engine.connect() as connection:
            return len(connection.execute(select(story_feedback.c.payload)).scalar())

    journal.update_story_feedback(lambda f: f.rated(LIKED))
    one = stored_size()
    for n in range(5):
        journal.update_story_feedback(lambda f, n=n: f.rated(StoryRating(f"s-{n}", hopeful=1)))
    assert stored_size() == one


def test_another_journal_sees_none_of_it(store: JournalStore):
    ana = _journal(store)
    ben = _journal(store, "ben", PASS_B)
    _rate_both_and_avoid(ana)
    assert ben.story_feedback() == NO_FEEDBACK
    assert STORY not in ben.export_json()


def test_export_and_restore_round_trip(store: JournalStore):
    ana = _journal(store)
    saved = _rate_both_and_avoid(ana)
    exported = ana.export_json()
    assert json.loads(exported)["story_feedback"]["avoid_topics"] == [
        "grief-loss",
        "eating-disorders",
    ]
    restored = feedback_from_export(exported.encode())
    assert restored == saved
    ben = _journal(store, "ben", PASS_B)
    ben.update_story_feedback(lambda _: restored)
    assert ben.story_feedback() == saved
    # Restoring the same export again changes nothing.
    ben.update_story_feedback(lambda _: feedback_from_export(exported.encode()))
    assert ben.story_feedback() == saved


def test_restoring_merges_and_twice_is_the_same_as_once(store: JournalStore):
    ana = _journal(store)
    saved = _rate_both_and_avoid(ana)
    ben = _journal(store, "ben", PASS_B)
    own = StoryRating("p1-grief-widowed-and-out", hopeful=1)
    ben.update_story_feedback(lambda f: f.rated(own).rated(StoryRating(STORY, hopeful=-1)))
    ben.update_story_feedback(lambda f: f.avoiding(["ocd", "grief-loss"]))
    for _ in range(2):
        merged = ben.update_story_feedback(lambda f: f.merged(saved))
    assert merged.ratings == {**saved.ratings, own.story_id: own}  # the export wins for STORY
    assert merged.avoid_topics == ("ocd", "grief-loss", "eating-disorders")


def test_an_export_without_feedback_restores_none(store: JournalStore):
    document = json.loads(_journal(store).export_json())
    document.pop("story_feedback")
    assert feedback_from_export(json.dumps(document).encode()) is None


@pytest.mark.parametrize(
    ("story_feedback_record", "why"),
    [
        ({"ratings": [{"story_id": STORY, "hopeful": 7}]}, "-1, 0 or 1"),
        ({"ratings": [{"story_id": "", "hopeful": 1}]}, "needs the id"),
        ({"ratings": [{"story_id": STORY, "stars": 5}]}, "Unknown fields"),
        ({"ratings": "all of them"}, "must be lists"),
        ({"avoid_topics": ["weather"]}, "Unknown topics"),
        ("nope", "must be an object"),
    ],
)
def test_a_bad_export_is_refused_whole_with_a_reason(story_feedback_record, why):
    data = json.dumps({"format": "kindred-journal", "story_feedback": story_feedback_record})
    with pytest.raises(BadImportFile, match=why):
        feedback_from_export(data.encode())


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"{not json", "isn't valid JSON"),
        (b'{"format": "something-else"}', "doesn't look like a Kindred"),
        (b"[" * 100 + b"]" * 100, "nests brackets"),
        (b"\xff\xfe\x00", "isn't readable UTF-8"),
    ],
)
def test_unreadable_files_get_a_plain_message(data: bytes, why: str):
    with pytest.raises(BadImportFile, match=why):
        feedback_from_export(data)


def test_a_change_that_fails_saves_nothing(store: JournalStore):
    journal = _journal(store)
    journal.update_story_feedback(lambda f: f.rated(LIKED))
    with pytest.raises(InvalidEntry):
        journal.update_story_feedback(lambda f: f.avoiding(["not-a-topic"]))
    assert journal.story_feedback().ratings == {STORY: LIKED}
    assert journal.story_feedback().avoid_topics == ()


def test_the_feedback_goes_with_the_account(store: JournalStore):
    journal = _journal(store)
    _rate_both_and_avoid(journal)
    journal.delete_everything()
    with store.engine.connect() as connection:
        assert connection.execute(select(story_feedback)).first() is None
