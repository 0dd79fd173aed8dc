"""Journal: unlock + decrypt + chart data for ten years of daily check-ins (3,650 entries),
and the Insights page in use with a year of check-ins answering five trackers.

Baselines, measured in the same process on the same rows: the same chart building on
plaintext JSON rows read from a plain SQLite table (what encryption adds), and a raw AES-GCM
decrypt loop over the payloads (the floor for decrypting). Target: unlock + decrypt + chart
data under 300 ms at production argon2id cost. The Insights part (``--part insights``) times
warm reruns of the unlocked page (AppTest) against a one-line Streamlit script, with the
report's PDF made once on the side; target: warm rerun under 150 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from benchmarks.stats import markdown_table, ms, time_calls, time_interleaved
from journal import ACTIVITIES, EMOTIONS, CheckIn, Entry, JournalStore
from journal.insights import mood_by_activity, mood_by_weekday, mood_over_time, streaks

TARGET_MS = 300.0
ENTRIES = 3650
USER, PASSPHRASE = "bench", "correct horse battery staple"


def _checkins(count: int) -> list[CheckIn]:
    rng = random.Random(7)
    start = datetime(2016, 1, 1, 21, 0)
    return [
        CheckIn(
            mood=rng.randint(1, 5),
            note=" ".join(rng.choices(["calm", "walked", "tired", "work", "friends"], k=25)),
            emotions=tuple(rng.sample(EMOTIONS, 2)),
            activities=tuple(rng.sample(ACTIVITIES, 3)),
            tags=("bench",),
            sleep_hours=rng.choice([5.5, 6.0, 7.0, 8.0]),
            occurred_at=start + timedelta(days=day),
        )
        for day in range(count)
    ]


def _chart_data(entries: list[Entry]) -> None:
    mood_over_time(entries)
    mood_by_weekday(entries)
    mood_by_activity(entries)
    streaks(entries)


def run(repeat: int) -> str:
    folder = Path(tempfile.mkdtemp(prefix="kindred-bench-"))
    store = JournalStore(f"sqlite:///{folder / 'bench.db'}")
    store.create_account(USER, PASSPHRASE)
    journal = store.unlock(USER, PASSPHRASE)
    journal.add_many(_checkins(ENTRIES))
    entries = journal.entries()

    plain = sqlite3.connect(folder / "plain.db")
    plain.execute("CREATE TABLE rows (id TEXT PRIMARY KEY, body TEXT)")
    plain.executemany(
        "INSERT INTO rows VALUES (?, ?)",
        [(e.id, json.dumps(e.checkin.to_record())) for e in entries],
    )
    plain.commit()

    def plaintext_baseline() -> None:
        rows = plain.execute("SELECT id, body FROM rows").fetchall()
        now = datetime.now()
        _chart_data([Entry(i, CheckIn.from_record(json.loads(body)), now, now) for i, body in rows])

    with store.engine.connect() as connection:
        payloads = [
            (row.id, row.payload)
            for row in connection.exec_driver_sql("SELECT id, payload FROM journal_entries")
        ]
    aead = AESGCM(journal._data_key)
    prefix = f"kindred:journal_entries:{journal.account_id}:"

    def raw_decrypt() -> None:
        for row_id, sealed in payloads:
            aead.decrypt(sealed[:12], sealed[12:], (prefix + row_id).encode())

    measured = {
        "plaintext rows + chart data (baseline)": time_calls(plaintext_baseline, repeat),
        "raw AES-GCM decrypt loop (floor)": time_calls(raw_decrypt, repeat),
        "unlock (argon2id, 64 MiB, t=3)": time_calls(lambda: store.unlock(USER, PASSPHRASE), 5),
        "read + decrypt entries": time_calls(journal.entries, repeat),
        "chart data from entries": time_calls(lambda: _chart_data(entries), repeat),
        "unlock + decrypt + chart data": time_calls(
            lambda: _chart_data(store.unlock(USER, PASSPHRASE).entries()), max(3, repeat // 2)
        ),
    }
    base = ms(measured["plaintext rows + chart data (baseline)"], 50)
    rows = []
    for name, samples in measured.items():
        p50 = ms(samples, 50)
        verdict = ""
        if name.startswith("unlock + decrypt"):
            verdict = "ok" if p50 < TARGET_MS else "over target"
        rows.append([name, p50, ms(samples, 95), p50 / base, verdict])
    store.close()
    return f"### Journal: {ENTRIES:,} check-ins (SQLite)\n\n" + markdown_table(
        ["step", "p50 ms", "p95 ms", "x baseline", f"< {TARGET_MS:.0f} ms"], rows
    )


INSIGHTS_TARGET_MS = 150.0


def insights_page(repeat: int) -> str:
    """Warm reruns of Insights unlocked on a year of check-ins with five trackers, against a
    one-line script and against the same page on ten check-ins (what a year adds)."""
    from streamlit.testing.v1 import AppTest

    from benchmarks.journal_year import create_year_journal
    from benchmarks.pages_in_use import check_state, in_use_states, open_in_use
    from journal.report_pdf import ReportChoices, report_pdf
    from settings import Settings
    from ui.services import heavy_resources

    os.environ["KINDRED_DATA_DIR"] = tempfile.mkdtemp(prefix="kindred-insights-bench-")
    store_url = Settings.from_env().store_url
    account = create_year_journal(store_url)
    small = create_year_journal(store_url, days=10, name="bench-ten-days")
    baseline = AppTest.from_string("import streamlit as st\nst.write('hello')\n")
    [state] = [s for s in in_use_states(account) if s.script == "pages/insights.py"]
    [small_state] = [s for s in in_use_states(small) if s.script == "pages/insights.py"]
    at, small_at = open_in_use(state), open_in_use(small_state)
    # The app's first run starts loading the model, index and anonymizer in a background
    # thread; a warm rerun on a running server does not share the process with that load.
    heavy_resources().wait(timeout=900)
    # Interleaved, so a burst of load on a shared machine falls on all three alike.
    runs = [baseline.run, at.run, small_at.run]
    base_samples, samples, small_samples = time_interleaved(runs, repeat)
    # CPU time of this process per rerun: what the page itself costs, whatever else the
    # machine is running.
    base_cpu, cpu, small_cpu = time_interleaved(runs, repeat, clock=time.process_time)
    check_state(state, at)
    check_state(small_state, small_at)

    store = JournalStore(store_url)
    journal = store.unlock(account.name, account.passphrase)
    entries, trackers, checks = journal.entries(), journal.trackers(), journal.self_checks()
    last = max(e.occurred_at.date() for e in entries)
    everything = ReportChoices(
        last - timedelta(days=89), last, True, True, tuple(t.id for t in trackers), True, True
    )
    pdf_samples = time_calls(
        lambda: report_pdf(everything, entries, trackers, checks, title="t", disclaimer="d"),
        max(3, repeat // 4),
    )
    store.close()
    base = ms(base_samples, 50)
    p50 = ms(samples, 50)
    verdict = "ok" if p50 < INSIGHTS_TARGET_MS else "over target"
    ten = ms(small_samples, 50)
    rows = [
        ["one-line script (baseline)", base, ms(base_samples, 95), 1.0, ms(base_cpu, 50),
         ms(base_cpu, 95), ""],
        [f"Insights: {small_state.state}", ten, ms(small_samples, 95), ten / base,
         ms(small_cpu, 50), ms(small_cpu, 95), ""],
        [f"Insights: {state.state}", p50, ms(samples, 95), p50 / base, ms(cpu, 50),
         ms(cpu, 95), verdict],
        ["report PDF, 90 days, everything ticked (on click)", ms(pdf_samples, 50),
         ms(pdf_samples, 95), ms(pdf_samples, 50) / base, "", "", ""],
    ]  # fmt: skip
    title = f"### Insights page: {account.checkins} check-ins, {account.trackers} trackers\n\n"
    footer = f"\n\nA year against ten check-ins (same process): {p50 / ten:.2f} x at p50."
    headers = [
        "page (warm rerun)",
        "p50 ms",
        "p95 ms",
        "x baseline",
        "CPU ms p50",
        "CPU ms p95",
        f"< {INSIGHTS_TARGET_MS:.0f} ms",
    ]
    return title + markdown_table(headers, rows) + footer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--part", choices=["all", "store", "insights"], default="all")
    args = parser.parse_args()
    repeat = 5 if args.quick else 15
    if args.part in ("all", "store"):
        print(run(repeat=repeat))
    if args.part in ("all", "insights"):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        print(insights_page(repeat=repeat))


if __name__ == "__main__":
    main()
