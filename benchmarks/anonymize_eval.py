"""Recall and precision of the story scrubber on labelled sentences.

    python -m benchmarks.anonymize_eval                       # Kindred's own set, both parts
    python -m benchmarks.anonymize_eval --presidio DIR/synth_dataset_v2.json
    python -m benchmarks.anonymize_eval --presidio DIR/synth_dataset_v2.json --half tune --show 50

Kindred's own set (``tests/stories/data/anonymize_set.jsonl``, built by
``build_anonymize_set.py`` beside it) has a ``tune`` part the recognizers were adjusted on and
a ``holdout`` part with other templates and other values that was only measured. The Presidio
research set (``presidio-research``'s synthetic sentences) is read from wherever it lies; it is
reference data and is not shipped with Kindred. ``--half`` splits it in two by a stable hash
of each sentence: look at the failures of the ``tune`` half only, so the ``check`` half stays an
honest measure of what the recognizers learnt.

A labelled detail counts as found when every letter and digit of it lies inside something the
scrubber replaced (a half-hidden name is a miss). A replacement counts as right when it
overlaps any labelled detail, of whatever type; otherwise it hid an ordinary word.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OWN_SET = ROOT / "tests" / "stories" / "data" / "anonymize_set.jsonl"

# Presidio research labels that are personal details; the others (ORGANIZATION, GPE, DATE_TIME,
# AGE, TITLE, NRP) are reported apart: Kindred keeps cities, years and job titles on purpose.
PRESIDIO_PERSONAL = frozenset(
    {
        "PERSON",
        "STREET_ADDRESS",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "CREDIT_CARD",
        "IBAN_CODE",
        "US_SSN",
        "US_DRIVER_LICENSE",
        "IP_ADDRESS",
        "DOMAIN_NAME",
        "ZIP_CODE",
    }
)


@dataclass(frozen=True)
class Labelled:
    text: str
    spans: tuple[tuple[str, int, int], ...]  # (type, start, end)
    part: str = "all"
    lang: str = ""


@dataclass
class Tally:
    planted: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    replaced: int = 0
    right: int = 0
    texts: int = 0
    seconds: float = 0.0
    misses: list[tuple[str, str]] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def recall(self, kinds: Iterable[str] | None = None) -> float:
        kinds = list(kinds) if kinds is not None else list(self.planted)
        planted = sum(self.planted[k] for k in kinds)
        return sum(self.found[k] for k in kinds) / planted if planted else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.replaced if self.replaced else 1.0


def covered(text: str, start: int, end: int, replaced: Sequence[tuple[int, int]]) -> bool:
    """Every letter and digit of text[start:end] lies inside a replaced span."""
    return all(any(s <= i < e for s, e in replaced) for i in range(start, end) if text[i].isalnum())


def measure(rows: Iterable[Labelled]) -> Tally:
    """Scrub every row and count what was found and what was hidden wrongly."""
    from knowledge.anonymize import scrub

    tally = Tally()
    for row in rows:
        started = time.perf_counter()
        entities = scrub(row.text).entities
        tally.seconds += time.perf_counter() - started
        tally.texts += 1
        replaced = [(e.start, e.end) for e in entities]
        for kind, start, end in row.spans:
            tally.planted[kind] += 1
            if covered(row.text, start, end, replaced):
                tally.found[kind] += 1
            else:
                tally.misses.append((kind, f"{row.text[start:end]!r} in {row.text[:120]!r}"))
        for entity in entities:
            tally.replaced += 1
            if any(entity.start < end and entity.end > start for _, start, end in row.spans):
                tally.right += 1
            else:
                tally.false_alarms.append(
                    f"{entity.type}: {entity.original!r} in {row.text[:120]!r}"
                )
    return tally


def load_own_set(path: Path = OWN_SET) -> list[Labelled]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        spans, cursor = [], {}
        for item in row["items"]:
            start = row["text"].index(item["value"], cursor.get(item["value"], 0))
            cursor[item["value"]] = start + 1
            spans.append((item["type"], start, start + len(item["value"])))
        rows.append(Labelled(row["text"], tuple(spans), row["part"], row.get("lang", "")))
    return rows


def load_presidio(path: Path) -> list[Labelled]:
    rows = json.loads(path.read_text(encoding="utf-8"))
    return [
        Labelled(
            row["full_text"],
            tuple((s["entity_type"], s["start_position"], s["end_position"]) for s in row["spans"]),
        )
        for row in rows
    ]


def presidio_half(row: Labelled) -> str:
    """``tune`` or ``check``: the same sentence always falls in the same half."""
    digest = hashlib.sha256(row.text.encode("utf-8")).digest()
    return "tune" if digest[0] % 2 == 0 else "check"


def report(name: str, tally: Tally, show: int, kinds: frozenset[str] | None = None) -> None:
    kinds = kinds if kinds is not None else frozenset(tally.planted)
    total = sum(tally.planted[k] for k in kinds)
    print(
        f"\n{name}: recall {tally.recall(kinds):.3f} over {total} details, "
        f"precision {tally.precision:.3f} over {tally.replaced} replacements, "
        f"{1000 * tally.seconds / max(tally.texts, 1):.0f} ms a text"
    )
    print("| kind | n | recall |\n| --- | ---: | ---: |")
    for kind in sorted(tally.planted):
        mark = "" if kind in kinds else " (kept on purpose, not counted)"
        share = tally.found[kind] / tally.planted[kind]
        print(f"| {kind}{mark} | {tally.planted[kind]} | {share:.3f} |")
    if show:
        misses = [f"{kind}: {where}" for kind, where in tally.misses if kind in kinds]
        print("missed:", *misses[:show], sep="\n  ")
        print("hidden but not a detail:", *tally.false_alarms[:show], sep="\n  ")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presidio", type=Path, help="presidio-research synth_dataset_v2.json")
    parser.add_argument(
        "--show", type=int, default=0, help="print this many misses and false alarms"
    )
    parser.add_argument(
        "--half",
        choices=("tune", "check", "both"),
        default="both",
        help="which half of the Presidio set to measure (split by a stable hash)",
    )
    parser.add_argument("--skip-own", action="store_true", help="do not measure Kindred's set")
    args = parser.parse_args(argv)

    from knowledge.anonymize import warm_up

    started = time.perf_counter()
    warm_up()
    print(f"anonymizer loaded in {time.perf_counter() - started:.1f} s")
    if not args.skip_own:
        own = load_own_set()
        for part in ("tune", "holdout"):
            report(f"Kindred set, {part}", measure(r for r in own if r.part == part), args.show)
    if args.presidio:
        rows = load_presidio(args.presidio)
        halves = ("tune", "check") if args.half == "both" else (args.half,)
        for half in halves:
            tally = measure(r for r in rows if presidio_half(r) == half)
            report(f"Presidio research set, {half} half", tally, args.show, PRESIDIO_PERSONAL)


if __name__ == "__main__":
    main()
