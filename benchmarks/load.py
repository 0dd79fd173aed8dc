"""Load test: `python -m benchmarks.load [--people 30] [--seconds 60] [--quick]` (`make load`).

Starts one PostgreSQL and one Chroma server on loopback, seeds them as `make seed` would,
then two app replicas: separate Python processes, each holding its own cached services
exactly as a Streamlit server process does (settings, embedding model, Chroma client,
SQLAlchemy engines, companion). The simulated people are threads inside the replicas, half
on each, every one with their own journal; they check in, search stories, search the
directory and talk to the companion, with think-time between actions. Everything stays on
127.0.0.1, the number of people and the time are bounded, and it stops by itself.

Part-way through, a backup of both stores is taken while the load runs (pg_dump -Fc and an
export of the story index, see deploy/snapshots.py); afterwards it is restored into a fresh
database and a fresh Chroma server and checked: every journal unlocks there with the
entries it had at the moment of the backup, and story search answers.

Why not browsers: thirty `streamlit run` sessions driven through Chromium need thirty
browser tabs plus the servers' websocket reruns, which is far beyond a 2-core machine (one
headless tab alone takes most of a core while a page renders). The replicas here run the
same domain calls the pages make; tests/scale/test_browser.py drives two real `streamlit
run` replicas with a real browser once.

Prints Markdown: throughput and p50/p95 per action, errors, the read-back of every
acknowledged check-in (no lost writes), and the backup and restore check. Exits 1 when
anything failed.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import secrets
import shutil
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RAMP = 0.25  # people arrive over the first quarter of the run
QUICK_PEOPLE, QUICK_SECONDS = 6, 20.0  # --quick: every step once, in about a minute and a half
ACTIONS = {"check-in": 35, "story search": 25, "directory search": 20, "companion turn": 20}
PLACES = ["Chicago", "New York, NY", "10001", "Seattle", "Boston", "Denver", "Portland, OR"]
STORY_QUERIES = [
    "panic attacks on the train and avoiding going out",
    "I stopped eating properly after my mum died",
    "hearing voices and going back to university",
    "burnout at work and not sleeping",
    "a peer group helped me feel less alone",
    "looking after my partner with bipolar",
]
COMPANION_MESSAGES = [
    "I had a rough day at work and feel drained",
    "I feel lonely since I moved to a new city",
    "Is there a peer group near me?",
    "I'm anxious about a hospital appointment tomorrow",
    "Today was actually a good day, I went for a walk",
]
NOTES = ["slept badly", "walked by the river", "called my sister", "tired but okay", ""]


# -- inside a replica process -----------------------------------------------------------------
class Services:
    """What ui/services.py and friends cache once per Streamlit server process."""

    def __init__(self) -> None:
        from companion import build_companion
        from journal import open_store
        from knowledge.directory import open_directory
        from knowledge.embeddings import warm
        from knowledge.stories import open_library
        from settings import Settings

        self.settings = Settings.from_env()
        warm()
        self.library = open_library(self.settings)
        self.directory = open_directory(self.settings)
        self.store = open_store(self.settings)  # the production argon2id cost, the name key
        self.companion = build_companion(
            self.settings, library=self.library, directory=self.directory
        )


class Person(threading.Thread):
    """One simulated person: unlock their journal, then act and pause until the deadline."""

    def __init__(self, account: tuple[str, str], services: Services, arrive: float,
                 deadline: float, think: float) -> None:  # fmt: skip
        super().__init__(daemon=True)
        self.name_in_journal, self.passphrase = account
        self.services, self.arrive, self.deadline, self.think = services, arrive, deadline, think
        self.random = random.Random(self.name_in_journal)
        self.samples: list[tuple[str, float, str]] = []  # (action, seconds, error or "")
        self.acknowledged: list[tuple[str, float]] = []  # (entry id, when acknowledged)

    def timed(self, action: str, call) -> Any:  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            result = call()
        except Exception as error:  # every failure is counted and reported, never hidden
            failure = f"{type(error).__name__}: {str(error)[:160]}"
            self.samples.append((action, time.perf_counter() - started, failure))
            return None
        self.samples.append((action, time.perf_counter() - started, ""))
        return result

    def run(self) -> None:
        from journal import CheckIn

        store = self.services.store
        time.sleep(max(0.0, self.arrive - time.time()))
        journal = self.timed(
            "unlock journal", lambda: store.unlock(self.name_in_journal, self.passphrase)
        )
        pick = self.random.choices(list(ACTIONS), weights=list(ACTIONS.values()), k=10_000)
        for action in pick:
            time.sleep(self.random.uniform(0.5, 1.5) * self.think)
            if time.time() >= self.deadline:
                return
            if action == "check-in" and journal is not None:
                checkin = CheckIn(mood=self.random.randint(1, 5), note=self.random.choice(NOTES))
                entry_id = self.timed(action, lambda c=checkin: journal.add(c))
                if entry_id:
                    self.acknowledged.append((entry_id, time.time()))
            elif action == "story search":
                query = self.random.choice(STORY_QUERIES)
                self.timed(action, lambda q=query: self.services.library.search(q, k=5))
            elif action == "directory search":
                place = self.random.choice(PLACES)
                self.timed(action, lambda p=place: self.services.directory.find(p, limit=20))
            elif action == "companion turn":
                message = self.random.choice(COMPANION_MESSAGES)
                near = self.random.choice([None, "Chicago"])
                self.timed(
                    action, lambda m=message, n=near: self.services.companion.reply(m, "US", n)
                )


def replica_main(  # type: ignore[no-untyped-def]
    index: int, env: dict[str, str], accounts: list[tuple[str, str]], think: float, inbox, outbox
) -> None:
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    services = Services()
    services.library.search("warming up", k=1)
    services.directory.find("Chicago", limit=5)
    services.companion.reply("hello", "US")
    outbox.put(("ready", index, os.getpid()))
    _, start, ramp, deadline = inbox.get()
    # People arrive spread over the ramp, as they do; a burst of argon2id unlocks is a
    # deliberate cost (64 MiB each), not what a peer-support service sees.
    crowd = [Person(account, services, start + ramp * (2 * n + index) / (2 * len(accounts)),
                    deadline, think) for n, account in enumerate(accounts)]  # fmt: skip
    for person in crowd:
        person.start()
    for person in crowd:
        person.join(timeout=max(0.0, deadline - time.time()) + 120)
    outbox.put((
        "done", index,
        [sample for p in crowd for sample in p.samples],
        {p.name_in_journal: (p.passphrase, p.acknowledged) for p in crowd},
    ))  # fmt: skip
    _, accounts = inbox.get()  # ("verify", {name: passphrase}) for the other replica's people
    outbox.put(("verified", index, read_back(services.store, accounts)))
    inbox.get()  # ("stop",)


def read_back(store, accounts: dict[str, str]) -> dict[str, list[str] | str]:  # type: ignore[no-untyped-def]
    found: dict[str, list[str] | str] = {}
    for name, passphrase in accounts.items():
        try:
            found[name] = [entry.id for entry in store.unlock(name, passphrase).entries()]
        except Exception as error:
            found[name] = type(error).__name__
    return found


# -- the driver -------------------------------------------------------------------------------
def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))] if ordered else 0.0


def action_table(samples: list[tuple[str, float, str]], seconds: float) -> str:
    from benchmarks.stats import markdown_table

    rows = []
    for action in ["unlock journal", *ACTIONS]:
        times = [s for a, s, _ in samples if a == action]
        errors = sum(1 for a, _, e in samples if a == action and e)
        rows.append([action, len(times), len(times) / seconds, percentile(times, 50) * 1000,
                     percentile(times, 95) * 1000, errors])  # fmt: skip
    total_errors = sum(1 for *_, e in samples if e)
    rows.append(["all", len(samples), len(samples) / seconds, percentile([s for _, s, _ in samples], 50) * 1000,
                 percentile([s for _, s, _ in samples], 95) * 1000, total_errors])  # fmt: skip
    headers = ["action", "count", "per second", "p50 ms", "p95 ms", "errors"]
    return markdown_table(headers, rows)


def seed(settings) -> None:  # type: ignore[no-untyped-def]
    from journal import JournalStore
    from knowledge.directory import prepare_sample_data as seed_directory
    from knowledge.moderation.inbox import open_inbox
    from knowledge.stories import prepare_sample_data as seed_stories

    JournalStore(settings.store_url).close()
    open_inbox(settings)
    seed_directory(settings)
    seed_stories(settings)


def create_accounts(url: str, people: int, name_key: str) -> list[tuple[str, str]]:
    """Everyone's journal, made before the run: the load is returning people checking in."""
    from concurrent.futures import ThreadPoolExecutor

    from journal import JournalStore

    # the production argon2id cost, and the replicas' own name key
    store = JournalStore(url, name_key=name_key.encode("utf-8"))
    run_id = uuid.uuid4().hex[:6]
    accounts = [(f"load {n} {run_id}", " ".join(secrets.token_hex(3) for _ in range(4)))
                for n in range(people)]  # fmt: skip
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(lambda account: store.create_account(*account), accounts))
    store.close()
    return accounts


def take_backup(settings, folder: Path) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from deploy.snapshots import CHROMA_FILE, POSTGRES_FILE, dump_postgres, export_chroma
    from loopback_servers import postgres_identity

    began = time.time()
    dump_postgres(settings.database_url, folder / POSTGRES_FILE, **postgres_identity())
    dumped = time.time()
    passages = export_chroma(settings.chroma_host, settings.chroma_port, folder / CHROMA_FILE)
    return {"began": began, "pg_seconds": dumped - began, "chroma_seconds": time.time() - dumped,
            "ended": time.time(), "pg_bytes": (folder / POSTGRES_FILE).stat().st_size,
            "passages": passages}  # fmt: skip


def check_restore(
    postgres_url: str, folder: Path, backup: dict, people: dict, name_key: str
) -> list[str]:
    """Restore into a fresh database and Chroma server; returns problems (empty when fine)."""
    from deploy.snapshots import CHROMA_FILE, POSTGRES_FILE, import_chroma, restore_postgres
    from journal import JournalStore
    from knowledge.directory import open_directory
    from knowledge.stories import StoryLibrary
    from knowledge.stories.index import open_collection
    from loopback_servers import create_database, postgres_identity, running_chroma
    from settings import Settings

    problems: list[str] = []
    url = create_database(postgres_url, "kindred_restored")
    restore_postgres(folder / POSTGRES_FILE, url, **postgres_identity())
    with running_chroma(folder / "chroma-restored") as (host, port):
        import_chroma(folder / CHROMA_FILE, host, port)
        restored = Settings(data_dir=folder / "restored", database_url=url, chroma_host=host,
                            chroma_port=port)  # fmt: skip
        store = JournalStore(url, name_key=name_key.encode("utf-8"))  # kept with the backup
        restored_entries = 0
        for name, (passphrase, acknowledged) in people.items():
            try:
                kept = {e.id for e in store.unlock(name, passphrase).entries()}
            except Exception as error:
                problems.append(f"{name}: {type(error).__name__} on the restored instance")
                continue
            ids = [entry_id for entry_id, _ in acknowledged]
            before = {entry_id for entry_id, at in acknowledged if at < backup["began"]}
            if kept != set(ids[: len(kept)]) or not before <= kept:
                problems.append(f"{name}: restored entries are not the journal as of the backup")
            restored_entries += len(kept)
        store.close()
        if not StoryLibrary(open_collection(restored)).search("panic attacks on the train", k=3):
            problems.append("story search on the restored index found nothing")
        if not open_directory(restored).find("Chicago", limit=5):
            problems.append("directory search on the restored store found nothing")
    backup["restored_entries"] = restored_entries
    return problems


def run(people: int, seconds: float, think: float) -> int:
    from loopback_servers import running_chroma, running_postgres
    from settings import Settings

    context = mp.get_context("spawn")
    work = Path(tempfile.mkdtemp(prefix="kload"))
    with running_postgres() as url, running_chroma(work / "chroma") as (host, port):
        settings = Settings(data_dir=work / "data", database_url=url, chroma_host=host,
                            chroma_port=port)  # fmt: skip
        started = time.perf_counter()
        seed(settings)
        print(f"seeded in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        name_key = secrets.token_hex(32)  # one key for both replicas, as a deployment's secret
        env = {"KINDRED_DATA_DIR": str(settings.data_dir), "DATABASE_URL": url,
               "CHROMA_HOST": host, "CHROMA_PORT": str(port), "HF_HUB_OFFLINE": "1",
               "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False",
               "OMP_NUM_THREADS": "1", "TOKENIZERS_PARALLELISM": "false",
               "KINDRED_NAME_KEY": name_key}  # fmt: skip
        accounts = create_accounts(url, people, name_key)
        outbox = context.Queue()
        inboxes = [context.Queue(), context.Queue()]
        replicas = [
            context.Process(
                target=replica_main, args=(i, env, accounts[i::2], think, inboxes[i], outbox)
            )
            for i in range(2)
        ]
        try:
            for replica in replicas:
                replica.start()
            pids = [outbox.get(timeout=600)[2] for _ in replicas]
            start = time.time() + 1
            for inbox in inboxes:
                inbox.put(("go", start, seconds * RAMP, start + seconds))
            time.sleep(1 + seconds * 0.5)
            backup = take_backup(settings, work / "backup")
            finished = [outbox.get(timeout=seconds + 300) for _ in replicas]
            samples = [s for message in finished for s in message[2]]
            acks = [message[3] for message in sorted(finished, key=lambda m: m[1])]
            for index, inbox in enumerate(inboxes):  # each replica reads the other's people
                other = acks[1 - index]
                inbox.put(("verify", {name: pair[0] for name, pair in other.items()}))
            verified = [outbox.get(timeout=600) for _ in replicas]
            for inbox in inboxes:
                inbox.put(("stop",))
            for replica in replicas:
                replica.join(timeout=60)
        finally:
            for replica in replicas:
                if replica.is_alive():
                    replica.terminate()
        people_acks = {name: pair for group in acks for name, pair in group.items()}
        read = {name: ids for message in verified for name, ids in message[2].items()}
        problems = check_restore(url, work / "backup", backup, people_acks, name_key)
    shutil.rmtree(work, ignore_errors=True)
    lost = lost_writes(people_acks, read)
    print(report(people, seconds, think, pids, samples, people_acks, lost, backup, problems))
    errors = sum(1 for *_, error in samples if error)
    return 0 if not errors and not lost and not problems else 1


def lost_writes(people_acks: dict, read: dict) -> list[str]:
    """People whose journal, read by the other replica, differs from what they were told."""
    return [
        name
        for name, (_, acks) in people_acks.items()
        if not isinstance(read.get(name), list) or sorted(read[name]) != sorted(e for e, _ in acks)
    ]


def report(people, seconds, think, pids, samples, people_acks, lost, backup, problems) -> str:  # type: ignore[no-untyped-def]
    acknowledged = sum(len(acks) for _, acks in people_acks.values())
    missing = sum(len(people_acks[name][1]) for name in lost)
    during = sum(
        backup["began"] <= at <= backup["ended"]
        for _, acks in people_acks.values()
        for _, at in acks
    )
    errors = sum(1 for *_, error in samples if error)
    restore = "**ok**" if not problems else "**failed**: " + "; ".join(problems)
    return "\n".join([
        f"## Load test: {people} people on 2 replicas for {seconds:.0f} s\n",
        f"Replica processes {pids[0]} and {pids[1]}, one PostgreSQL and one `chroma run` server, "
        f"all on 127.0.0.1. People arrive over the first {RAMP:.0%} of the run, each unlocks "
        "their own journal once (argon2id at its production cost), then acts with "
        f"{think * 0.5:.1f}-{think * 1.5:.1f} s of think-time. Per second = count / run length.\n",
        action_table(samples, seconds),
        *sorted({f"- error in {action}: {error}" for action, _, error in samples if error}),
        f"\n**Errors: {errors}. Check-ins acknowledged: {acknowledged}; read back from the other "
        f"replica: {acknowledged - missing}; people with lost or extra writes: {len(lost)}.**\n",
        "### Backup during the load, restored into a fresh database and Chroma server\n",
        f"pg_dump -Fc took {backup['pg_seconds']:.2f} s ({backup['pg_bytes'] / 1024:.0f} KiB), the "
        f"story index export {backup['chroma_seconds']:.2f} s ({backup['passages']} passages); "
        f"{during} check-ins were acknowledged while it ran. Restored: every journal unlocks "
        f"with its check-ins as of the backup ({backup.get('restored_entries', 0)} in all), "
        f"story and directory search answer: {restore}.",
    ])  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=30, help="simulated people (>= 2)")
    parser.add_argument("--seconds", type=float, default=60, help="length of the load")
    parser.add_argument("--think", type=float, default=2.0, help="mean think-time, seconds")
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"a smoke run for CI: at most {QUICK_PEOPLE} people for {QUICK_SECONDS:.0f} s",
    )
    args = parser.parse_args()
    people = min(args.people, QUICK_PEOPLE) if args.quick else args.people
    seconds = min(args.seconds, QUICK_SECONDS) if args.quick else args.seconds
    if people < 2 or not 0 < seconds <= 600:
        parser.error("--people must be at least 2 and --seconds between 0 and 600")
    return run(people, seconds, args.think)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
