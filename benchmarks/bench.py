"""Benchmark harness: index build, refresh, query latency, start-up and memory, with floors.

    python benchmarks/bench.py --sizes 10k,100k,1m      # the full run (see docs/benchmarks.md)
    python benchmarks/bench.py --smoke --json out.json  # seconds; what CI runs
    python benchmarks/bench.py --backend postgres       # PostgreSQL beside SQLite

Every phase runs in its own process (its peak RSS comes from os.wait4). Each figure is
reported next to a floor measured in the same run: a bare FTS5 MATCH for retrieval, a
bare FTS5 bulk insert for the build, a bare file scan for refresh,
`python -c "import typer, rich"` for start-up, the seeds check (`factcheck CLAIM` on the
bundled seeds, run alternately with it) for the one-shot check at each size, a bare
read of every sentence's text for the audit, and four CPU-bound loops during the same
refreshes for the four concurrent clients.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

import corpus_gen  # noqa: E402

SEED_CLAIM = "Turkey has 12 observation posts"
UNRELATED = [
    "The Eiffel Tower is 330 metres tall",
    "Honey bees visit about 5,000 flowers a day",
    "The Amazon river is 6,400 kilometres long",
    "Mount Kilimanjaro was first climbed in 1889",
    "A blue whale's heart weighs 180 kg",
    "The Great Barrier Reef covers 344,400 square kilometres",
    "Saturn has 146 known moons",
    "The first transatlantic telegraph cable was laid in 1858",
]
TARGETS = {
    "build_sentences_per_s": 30_000,
    "refresh_nochange_s": 1.0,
    "refresh_one_file_s": 1.0,
    "check_p50_ms": 50,
    "check_p95_ms": 150,
    "cli_seeds_s": 0.4,
    "cli_vs_floor": 2.5,
    "peak_rss_mb": 500,
    "cli_vs_seeds": 2.0,  # one-shot `factcheck CLAIM` at the largest size / the seeds check
    "audit_s": 300,  # at 1M sentences; scaled to the largest size (30 s per 100k)
    "audit_rss_mb": 1024,  # the audit's processes together, at their peak
    "pg_check_p50_ms": 100,  # PostgreSQL at the largest size
    "pg_clients_vs_one": 2.0,  # four clients during refreshes, worst p50 / one client's p50
}


# -- running things ---------------------------------------------------------------------
def _env(source_tree: bool = True) -> dict[str, str]:
    """The environment of a child process; with `source_tree`, this checkout's factcheck
    comes first on the path (phases work without an install)."""
    env = dict(os.environ)
    if source_tree:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    env["NO_COLOR"] = "1"
    # start-up is timed on compiled modules, as an install has them: with this set, every
    # run would compile the modules whose cached bytecode is missing or stale
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if BENCH_PASSWORD:  # the server's password reaches children here, never on a command line
        env["PGPASSWORD"] = BENCH_PASSWORD
    return env


def run(cmd: list[str], check: bool = True, cwd: Path = REPO,
        source_tree: bool = True) -> dict[str, object]:
    """Run `cmd`; wall time, exit code, stdout and the child's peak RSS (KiB)."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, cwd=cwd,
                             env=_env(source_tree))
        out = p.stdout.read() if p.stdout else b""
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        cpu = usage.ru_utime + usage.ru_stime
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.stdout:
            p.stdout.close()
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    if check and p.returncode != 0:
        raise SystemExit(f"failed ({p.returncode}): {' '.join(cmd)}\n{stderr[-2000:]}")
    return {"wall": wall, "cpu": cpu, "rc": p.returncode, "stdout": out.decode("utf-8", "replace"),
            "stderr": stderr, "rss_kb": usage.ru_maxrss}


def _tree(pid: int) -> list[int]:
    """`pid` and its descendants (Linux /proc; just `pid` elsewhere)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return out


def _tree_kb(pid: int) -> int:
    """Memory of a process tree now: the sum of each process's proportional set size
    (shared pages, as a forked pool's, counted once in all), else of its RSS."""
    total = 0
    for p in _tree(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
            total += int((fields.get("Pss") or fields["Rss"]).split()[0])
        except (OSError, KeyError, ValueError):
            try:
                with open(f"/proc/{p}/statm") as f:
                    total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
            except (OSError, ValueError, IndexError):
                pass
    return total


def run_tree(cmd: list[str], stdout: Path, cwd: Path) -> dict[str, object]:
    """Run `cmd` with its output to a file; wall and CPU time (the process and its
    children), the peak RSS of the largest single process (os.wait4: the process or a
    child it waited for) and the peak memory of the whole tree sampled every 0.1 s."""
    import threading

    peak = [0]
    done = threading.Event()
    with open(stdout, "wb") as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        installed = factcheck_command()[0] != sys.executable
        p = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=cwd, env=_env(not installed))

        def sample() -> None:
            while not done.wait(0.1):
                peak[0] = max(peak[0], _tree_kb(p.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        done.set()
        sampler.join()
        p.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rc": p.returncode,
            "stderr": stderr, "rss_kb": usage.ru_maxrss, "tree_kb": peak[0]}


def phase(name: str, *args: Path | str) -> dict[str, object]:
    r = run([sys.executable, str(HERE / "phases.py"), name, *map(str, args)])
    data = json.loads(str(r["stdout"]).strip().splitlines()[-1])
    data["wall"], data["rss_kb"] = r["wall"], r["rss_kb"]
    return data


def median_wall(cmd: list[str], reps: int) -> dict[str, object]:
    """Median of `reps` runs of a whole process as a user runs it: the installed package
    (not this checkout put first on the path, whose modules may be recompiled on every
    run), from a folder with no project in it (so no run reads this repository's
    pyproject.toml). Without an installed console script, the checkout is used."""
    installed = factcheck_command()[0] != sys.executable
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as neutral:
        runs = [run(cmd, check=False, cwd=Path(neutral), source_tree=not installed)
                for _ in range(reps)]
    return {"median_s": statistics.median(float(r["wall"]) for r in runs),  # type: ignore[arg-type]
            "median_cpu_s": statistics.median(float(r["cpu"]) for r in runs),  # type: ignore[arg-type]
            "rc": runs[-1]["rc"], "rss_kb": max(int(r["rss_kb"]) for r in runs),
            "stderr_tail": str(runs[-1]["stderr"])[-300:]}


def paired_walls(cmd: list[str], floor_cmd: list[str], reps: int) -> dict[str, object]:
    """`cmd` and its floor `floor_cmd`, each run `reps` times in turn (one of each, then
    again), so a machine slowed for a while slows both: medians and their ratio."""
    installed = factcheck_command()[0] != sys.executable
    walls: dict[str, list[float]] = {"cmd": [], "floor": []}
    cpus: dict[str, list[float]] = {"cmd": [], "floor": []}
    last: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as neutral:
        for _ in range(reps):
            for name, c in (("floor", floor_cmd), ("cmd", cmd)):
                r = run(c, check=False, cwd=Path(neutral), source_tree=not installed)
                walls[name].append(float(r["wall"]))  # type: ignore[arg-type]
                cpus[name].append(float(r["cpu"]))  # type: ignore[arg-type]
                if name == "cmd":
                    last = r
    out = {"median_s": statistics.median(walls["cmd"]),
           "median_cpu_s": statistics.median(cpus["cmd"]),
           "seeds_floor_s": statistics.median(walls["floor"]),
           "seeds_floor_cpu_s": statistics.median(cpus["floor"]),
           "runs": reps, "rc": last.get("rc"), "stderr_tail": str(last.get("stderr"))[-300:]}
    out["vs_seeds"] = out["median_s"] / out["seeds_floor_s"]  # type: ignore[operator]
    return out


def audit(corpus: Path, index: Path | str, work: Path, label: str) -> dict[str, object]:
    """`factcheck audit --format json` as a user runs it, beside its floor (every
    sentence's text read once from the index by a bare query, in its own process)."""
    floor = phase("read_floor", corpus, index)
    out_file = work / f"audit-{label}.json"
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as neutral:
        r = run_tree([*factcheck_command(), "audit", "--corpus", str(corpus), "--index",
                      str(index), "--format", "json"], out_file, Path(neutral))
    if r["rc"] != 0:
        raise SystemExit(f"the audit failed ({r['rc']}): {str(r['stderr'])[-2000:]}")
    report = json.loads(out_file.read_text("utf-8"))
    out_file.unlink()
    wall = float(r["wall"])  # type: ignore[arg-type]
    print(f"[{label}] audit: {wall:.1f}s, peak {int(r['tree_kb']) / 1024:.0f} MB "  # type: ignore[call-overload]
          f"(floor {float(floor['seconds']):.2f}s)", file=sys.stderr)  # type: ignore[arg-type]
    return {"seconds": wall, "cpu_s": r["cpu"],
            "peak_rss_mb": int(r["rss_kb"]) / 1024,  # type: ignore[call-overload]
            "tree_peak_mb": int(r["tree_kb"]) / 1024,  # type: ignore[call-overload]
            "conflict_groups": len(report["conflicts"]), "copy_clusters": len(report["copies"]),
            "read_floor_s": floor["seconds"],
            "read_floor_rss_mb": int(floor["rss_kb"]) / 1024,  # type: ignore[call-overload]
            "ratio_vs_floor": wall / max(float(floor["seconds"]), 1e-9)}  # type: ignore[arg-type]


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


# -- claims -----------------------------------------------------------------------------
def make_claims(corpus: Path, n: int, seed: int = 11) -> list[str]:
    """Sentences from the corpus, some with a number changed, plus unrelated claims."""
    from factcheck.corpus.sentences import split_sentences

    rng = random.Random(seed)
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".md") and p.is_file())
    picked: list[str] = []
    n_unrelated = max(1, n // 8)
    tries = 0
    while len(picked) < n - n_unrelated and tries < 50 * n:
        tries += 1
        text = rng.choice(files).read_text("utf-8", errors="replace")
        spans = split_sentences(text)
        if not spans:
            continue
        s, e = rng.choice(spans)
        sentence = " ".join(text[s:e].split())
        if not 6 <= len(sentence.split()) <= 35:
            continue
        numbers = list(re.finditer(r"\d+", sentence))
        if numbers and rng.random() < 0.5:
            m = rng.choice(numbers)
            sentence = sentence[: m.start()] + str(int(m.group()) + rng.randint(1, 9)) \
                + sentence[m.end():]
        picked.append(sentence)
    return picked + (UNRELATED * n)[:n_unrelated]


# -- one corpus size ----------------------------------------------------------------------
def bench_size(label: str, articles: list[corpus_gen.Article], work: Path, reps: int,
               n_claims: int, cli_reps: int, seeds_cmd: list[str], last: bool = False,
               server: str | None = None) -> dict[str, object]:
    target = corpus_gen.parse_size(label)
    corpus = work / "corpora" / label
    t0 = time.perf_counter()
    gen = corpus_gen.generate(articles, target, corpus)
    print(f"[{label}] corpus: {gen['files']} files, ~{gen['sentences']} sentences "
          f"({time.perf_counter() - t0:.1f}s)", file=sys.stderr)
    out = bench_index(label, corpus, work / f"index-{label}.sqlite", work, reps, n_claims,
                      cli_reps, seeds_cmd, last)
    if server is not None:
        url = f"{server}{'&' if '?' in server else '?'}corpus=bench-{label}"
        print(f"[{label}] PostgreSQL", file=sys.stderr)
        out["postgres"] = bench_index(label, corpus, url, work, reps, n_claims, cli_reps,
                                      seeds_cmd, last)
        claims_file = work / f"claims-{label}.json"
        out["postgres"]["concurrent"] = concurrent(corpus, url, claims_file, work)  # type: ignore[index]
        out["concurrent"] = concurrent(corpus, work / f"index-{label}.sqlite", claims_file, work)
    print(f"[{label}] done", file=sys.stderr)
    return out


CLIENTS = 4
BENCH_PASSWORD = ""  # the benchmark server's, set by main()
AUDIT = True  # False with --no-audit


def concurrent(corpus: Path, index: Path | str, claims_file: Path,
               work: Path) -> dict[str, object]:
    """Four clients check every claim at once while another process refreshes (1% of the
    files changed and restored, over and over): each client's check() p50/p95."""
    stop = work / "stop-refresher"
    stop.unlink(missing_ok=True)
    alone = phase("client", corpus, index, claims_file, "99")  # one client, nothing else
    cmd = [sys.executable, str(HERE / "phases.py")]
    refresher = subprocess.Popen([*cmd, "refresher", str(corpus), str(index), str(stop)],
                                 stdout=subprocess.PIPE, env=_env())
    time.sleep(3)  # the refresher is reading and writing before the clients start
    clients = [subprocess.Popen([*cmd, "client", str(corpus), str(index), str(claims_file),
                                 str(seed)], stdout=subprocess.PIPE, env=_env())
               for seed in range(CLIENTS)]
    results = []
    for p in clients:
        out, _ = p.communicate()
        if p.returncode != 0:
            raise SystemExit(f"a client failed ({p.returncode})")
        results.append(json.loads(out.decode().strip().splitlines()[-1]))
    # the floor: four CPU-bound loops of a check's length alone, during the same refreshes
    step_ms = 1000 * pct(alone["times"], .5)  # type: ignore[arg-type]
    spun_alone = phase("spin", corpus, index, f"{step_ms:.3f}")
    spinners = [subprocess.Popen([*cmd, "spin", str(corpus), str(index), f"{step_ms:.3f}",
                                  str(spun_alone["n"])], stdout=subprocess.PIPE, env=_env())
                for _ in range(CLIENTS)]
    spun = [json.loads(p.communicate()[0].decode().strip().splitlines()[-1])
            for p in spinners]
    stop.touch()
    out, _ = refresher.communicate()
    stop.unlink(missing_ok=True)
    if refresher.returncode != 0:
        raise SystemExit(f"the refresher failed ({refresher.returncode})")
    ref = json.loads(out.decode().strip().splitlines()[-1])
    per_client = [{"p50_ms": 1000 * pct(r["times"], .5), "p95_ms": 1000 * pct(r["times"], .95),
                   "index_p50_ms": 1000 * pct(r["index_times"], .5)} for r in results]
    return {"clients": per_client,
            "alone_p50_ms": 1000 * pct(alone["times"], .5),  # type: ignore[arg-type]
            "alone_index_p50_ms": 1000 * pct(alone["index_times"], .5),  # type: ignore[arg-type]
            "worst_index_p50_ms": max(c["index_p50_ms"] for c in per_client),
            "worst_p50_ms": max(c["p50_ms"] for c in per_client),
            "worst_p95_ms": max(c["p95_ms"] for c in per_client),
            "spin_alone_p50_ms": 1000 * pct(spun_alone["times"], .5),  # type: ignore[arg-type]
            "spin_worst_p50_ms": max(1000 * pct(r["times"], .5) for r in spun),
            "refreshes": ref["refreshes"], "files_per_refresh": ref["files_per_refresh"],
            "refresh_median_s": statistics.median(ref["durations"]) if ref["durations"] else 0}


def bench_index(label: str, corpus: Path, index: Path | str, work: Path, reps: int,
                n_claims: int, cli_reps: int, seeds_cmd: list[str],
                last: bool) -> dict[str, object]:
    """Build, refresh and query figures of one index (a SQLite file or a server URL)."""
    server = isinstance(index, str)
    builds = [phase("build", corpus, index) for _ in range(reps)]
    b = builds[0]
    floor = phase("floor", corpus, index)
    build_s = statistics.median(float(x["seconds"]) for x in builds)  # type: ignore[arg-type]
    print(f"[{label}] build: {b['sentences']} sentences in {build_s:.2f}s", file=sys.stderr)
    nochange = [phase("refresh", corpus, index) for _ in range(max(3, reps))]
    victim = sorted((corpus / "r000").rglob("*.txt"))[0]
    original = victim.read_bytes()
    one = []
    try:
        for i in range(max(2, reps)):
            victim.write_bytes(original + f"\nA benchmark edit, number {i}.\n".encode())
            one.append(phase("refresh", corpus, index))
    finally:
        victim.write_bytes(original)
        one.append(phase("refresh", corpus, index))
    claims_file = work / f"claims-{label}.json"
    if server and claims_file.exists():  # the same claims as the SQLite run
        claims = json.loads(claims_file.read_text())
    else:
        claims = make_claims(corpus, n_claims)
        claims_file.write_text(json.dumps(claims, indent=1))
    q = phase("query", corpus, index, claims_file)
    times = q["times"]  # type: ignore[index]

    def ms(key: str, p: float) -> float:
        return 1000 * pct(times[key], p)  # type: ignore[index]

    out: dict[str, object] = {
        "files": b["files"], "sentences": b["sentences"],
        "build": {"seconds": build_s, "sentences_per_s": int(b["sentences"]) / build_s,
                  "index_mb": int(b["index_bytes"]) / 2**20,
                  "peak_rss_mb": max(int(x["rss_kb"]) for x in builds) / 1024,
                  "fts_insert_floor_s": floor["seconds"],
                  "ratio_vs_floor": build_s / float(floor["seconds"])},  # type: ignore[arg-type]
        "refresh_nochange": {
            "median_s": statistics.median(float(x["seconds"]) for x in nochange),  # type: ignore[arg-type]
            "scan_floor_s": statistics.median(float(x["scan_floor_s"]) for x in nochange),  # type: ignore[arg-type]
        },
        "refresh_one_file": {
            "median_s": statistics.median(float(x["seconds"]) for x in one),  # type: ignore[arg-type]
            "stats": one[0]["stats"],
        },
        "query": {
            "claims": q["claims"], "check_error": q["check_error"], "verdicts": q["verdicts"],
            "fts_p50_ms": ms("fts", .5), "fts_p95_ms": ms("fts", .95),
            "fts_selective_p50_ms": ms("fts_selective", .5),
            "fts_selective_p95_ms": ms("fts_selective", .95),
            "retrieve_p50_ms": ms("retrieve", .5), "retrieve_p95_ms": ms("retrieve", .95),
            "check_p50_ms": ms("check", .5), "check_p95_ms": ms("check", .95),
            "check_max_ms": ms("check", 1.0), "first_check_ms": 1000 * float(q["first_check_s"]),  # type: ignore[arg-type]
            "check_cpu_p50_ms": ms("check_cpu", .5), "check_cpu_p95_ms": ms("check_cpu", .95),
            "peak_rss_mb": int(q["rss_kb"]) / 1024,  # type: ignore[call-overload]
            "retrieval_rss_mb": int(q["rss_retrieval_kb"]) / 1024,  # type: ignore[call-overload]
        },
    }
    rn = out["refresh_nochange"]
    rn["ratio_vs_floor"] = rn["median_s"] / rn["scan_floor_s"]  # type: ignore[index,operator]
    qq = out["query"]
    base = qq["fts_p50_ms"] or float("nan")  # type: ignore[index]
    qq["retrieve_vs_fts"] = qq["retrieve_p50_ms"] / base  # type: ignore[index,operator]
    qq["check_vs_fts"] = qq["check_p50_ms"] / base  # type: ignore[index,operator]
    # the one-shot process on a warm index, run in turn with the seeds check (its floor)
    out["cli_check"] = paired_walls(_cli(corpus, index, claims[0]), seeds_cmd, cli_reps)
    c = out["cli_check"]
    print(f"[{label}] factcheck CLAIM: {c['median_s']:.3f}s, seeds check "  # type: ignore[index]
          f"{c['seeds_floor_s']:.3f}s (x{c['vs_seeds']:.2f})", file=sys.stderr)  # type: ignore[index]
    if AUDIT:
        out["audit"] = audit(corpus, index, work, label if not server else f"{label}-pg")
    multi = q.get("multi_source_claim")
    if multi and last:
        # two or more deciding sources: the check also runs copy detection over the corpus
        out["cli_check_multi_source"] = {"claim": multi,
                                         **median_wall(_cli(corpus, index, str(multi)), 3)}
    return out


def factcheck_command() -> list[str]:
    """The installed console script next to this Python, else `python -m factcheck`."""
    script = Path(sys.executable).with_name("factcheck")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "factcheck"]


def _cli(corpus: Path, index: Path | str, claim: str) -> list[str]:
    return [*factcheck_command(), "check", "--corpus", str(corpus),
            "--index", str(index), "--format", "json", claim]


PIPELINE_IMPORTS = ("import typer, rich, factcheck.cli, factcheck.cli.check, "
                    "factcheck.judge.checker, factcheck.quantities.quantities, "
                    "factcheck.quantities.compare, factcheck.printers.json")


def seeds_check(work: Path) -> list[str]:
    """The seeds check, `factcheck CLAIM` on the bundled seeds, its index made warm."""
    cmd = _cli(REPO / "seeds", work / "index-seeds.sqlite", SEED_CLAIM)
    run(cmd, check=False)
    return cmd


def compile_bytecode() -> str:
    """Compile the installed package's bytecode, as pip does when it installs a wheel.
    Under PYTHONDONTWRITEBYTECODE (set on some machines and CI images) an editable install
    never writes its .pyc files, so every module changed since they were last written is
    compiled from source on every run: start-up would then measure the compiler, not
    factcheck (on the development machine, x3.2 against x2.6 for the same code). Returns
    the package's folder."""
    found = subprocess.run([sys.executable, "-c", "import factcheck, os; "
                            "print(os.path.dirname(factcheck.__file__))"],
                           capture_output=True, text=True, check=True).stdout.strip()
    subprocess.run([sys.executable, "-m", "compileall", "-q", found], check=True,
                   stdout=subprocess.DEVNULL)
    return found


def startup(work: Path, reps: int) -> dict[str, object]:
    """Whole-process figures on the seeds, against `import typer, rich`, with the
    package's bytecode compiled first (compile_bytecode)."""
    compiled = compile_bytecode()
    index = work / "index-seeds.sqlite"
    seeds = REPO / "seeds"
    run(_cli(seeds, index, SEED_CLAIM), check=False)  # warm the index
    # the seeds check and its floor run in turn, 2 * reps + 1 times each, so that a
    # machine slowed for a while slows both (run apart, 7 times each, the ratio ranged
    # from x2.16 to x2.86 over six runs of the same code: docs/benchmarks.md)
    paired = paired_walls(_cli(seeds, index, SEED_CLAIM),
                          [sys.executable, "-c", "import typer, rich"], 2 * reps + 1)
    floor = {"median_s": paired["seeds_floor_s"], "median_cpu_s": paired["seeds_floor_cpu_s"]}
    seed = {"median_s": paired["median_s"], "median_cpu_s": paired["median_cpu_s"],
            "rc": paired["rc"], "stderr_tail": paired["stderr_tail"], "runs": paired["runs"]}
    # what a check imports on top of the floor (its modules compile their patterns and
    # build their tables at import): the rest of a check is the work itself
    pipeline = median_wall([sys.executable, "-c", PIPELINE_IMPORTS], reps)
    helps = median_wall([*factcheck_command(), "--help"], reps)
    f = float(floor["median_s"])  # type: ignore[arg-type]
    return {"command": " ".join(factcheck_command()), "bytecode_compiled": compiled,
            "import_floor": floor,
            "import_pipeline": pipeline, "help": helps,
            "check_seeds": seed,
            "help_vs_floor": float(helps["median_s"]) / f,  # type: ignore[arg-type]
            "check_seeds_vs_floor": float(seed["median_s"]) / f}  # type: ignore[arg-type]


# -- reporting --------------------------------------------------------------------------
def postgres_settings(url: str) -> dict[str, object]:
    """The server's version and the settings that matter to the figures."""
    import psycopg

    from factcheck.index.postgres.connect import split_corpus

    names = ("shared_buffers", "work_mem", "maintenance_work_mem", "effective_cache_size",
             "synchronous_commit", "max_wal_size", "jit")
    with psycopg.connect(split_corpus(url)[0]) as conn:  # before the password leaves the URL
        version = conn.execute("SHOW server_version").fetchone()[0]  # type: ignore[index]
        values = {n: conn.execute(f"SHOW {n}").fetchone()[0] for n in names}  # type: ignore[index]
    return {"version": version, **values}


def machine() -> dict[str, object]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version, "platform": platform.platform()}


def targets(results: dict[str, object]) -> dict[str, dict[str, object]]:
    sizes = results["sizes"]  # type: ignore[assignment]
    largest = sizes[max(sizes, key=lambda k: sizes[k]["sentences"])]  # type: ignore[index]
    s = results["startup"]
    q = largest["query"]
    check_or_retrieve = "check" if q["check_p50_ms"] == q["check_p50_ms"] else "retrieve"
    figures = {
        "build_sentences_per_s": (largest["build"]["sentences_per_s"], ">="),
        "refresh_nochange_s": (largest["refresh_nochange"]["median_s"], "<="),
        "refresh_one_file_s": (largest["refresh_one_file"]["median_s"], "<="),
        "check_p50_ms": (q[f"{check_or_retrieve}_p50_ms"], "<="),
        "check_p95_ms": (q[f"{check_or_retrieve}_p95_ms"], "<="),
        "cli_seeds_s": (s["check_seeds"]["median_s"], "<="),  # type: ignore[index]
        "cli_vs_floor": (s["check_seeds_vs_floor"], "<="),  # type: ignore[index]
        "peak_rss_mb": (max(largest["build"]["peak_rss_mb"], q["peak_rss_mb"]), "<="),
        "cli_vs_seeds": (largest["cli_check"]["vs_seeds"], "<="),
    }
    if "audit" in largest:
        figures["audit_s"] = (largest["audit"]["seconds"], "<=")
        figures["audit_rss_mb"] = (largest["audit"]["tree_peak_mb"], "<=")
    goals = dict(TARGETS)
    # the audit's time scales with the corpus: 30 s per 100k sentences (5 min at 1M)
    goals["audit_s"] = round(TARGETS["audit_s"] * int(largest["sentences"]) / 1_000_000, 1)
    server = largest.get("postgres")
    if server:  # issue 15: one client, and four clients while another refreshes
        figures["pg_check_p50_ms"] = (server["query"]["check_p50_ms"], "<=")
        c = server.get("concurrent")
        if c:
            figures["pg_clients_vs_one"] = (c["worst_p50_ms"] / server["query"]["check_p50_ms"],
                                            "<=")
    out = {}
    for key, (value, op) in figures.items():
        goal = goals[key]
        met = value >= goal if op == ">=" else value <= goal
        out[key] = {"value": value, "target": f"{op} {goal}", "met": bool(met)}
    return out


def table(results: dict[str, object]) -> str:
    sizes: dict[str, dict] = results["sizes"]  # type: ignore[assignment]
    lines = grid(sizes)
    server = {k: v["postgres"] for k, v in sizes.items() if "postgres" in v}
    if server:
        lines += ["", "PostgreSQL, same run (floors: a bare table + GIN index filled by the "
                  "server; a GIN match ranked by ts_rank):"]
        lines += grid(server)
        lines.append("")
        for k in server:
            one = server[k]["query"]["check_p50_ms"]
            for name, c, base in (("SQLite", sizes[k].get("concurrent"),
                                   sizes[k]["query"]["check_p50_ms"]),
                                  ("PostgreSQL", server[k].get("concurrent"), one)):
                if c:
                    lines.append(
                        f"[{k}] {name}: {CLIENTS} clients checking during {c['refreshes']} "
                        f"refreshes ({c['files_per_refresh']} files each, median "
                        f"{c['refresh_median_s']:.2f} s): check() p50 per client "
                        + ", ".join(f"{x['p50_ms']:.0f}" for x in c["clients"])
                        + f" ms (worst x{c['worst_p50_ms'] / base:.2f} of one client's "
                        f"{base:.0f}), worst p95 {c['worst_p95_ms']:.0f} ms; in the index: "
                        f"p50 {c['alone_index_p50_ms']:.0f} ms alone, worst "
                        f"{c['worst_index_p50_ms']:.0f} ms of four "
                        f"(x{c['worst_index_p50_ms'] / max(c['alone_index_p50_ms'], 1e-9):.2f})"
                        + (f"; floor: {CLIENTS} CPU-bound loops of that length, worst step "
                           f"p50 {c['spin_worst_p50_ms']:.0f} ms against "
                           f"{c['spin_alone_p50_ms']:.0f} alone "
                           f"(x{c['spin_worst_p50_ms'] / c['spin_alone_p50_ms']:.2f})"
                           if "spin_alone_p50_ms" in c else ""))
    s = results["startup"]
    lines.append("")
    for name, key in (("start-up floor: python -c 'import typer, rich'", "import_floor"),
                      ("... and the modules a check imports", "import_pipeline"),
                      ("factcheck --help", "help"),
                      (f"factcheck \"{SEED_CLAIM}\" (seeds)", "check_seeds")):
        r = s[key]  # type: ignore[index]
        ratio = r["median_s"] / s["import_floor"]["median_s"]  # type: ignore[index]
        lines.append(f"{name:52s} wall {r['median_s']:.3f}s (x{ratio:.2f})  "
                     f"CPU {r['median_cpu_s']:.3f}s")
    lines.append("")
    for key, t in results["targets"].items():  # type: ignore[attr-defined]
        value = t["value"]
        shown = f"{value:,.3f}" if isinstance(value, float) else str(value)
        lines.append(f"{'MET ' if t['met'] else 'MISS'} {key}: {shown} (target {t['target']})")
    return "\n".join(lines)


def grid(sizes: dict[str, dict]) -> list[str]:
    """The figures of every size, one column each."""
    labels = list(sizes)
    rows: list[tuple[str, list[str]]] = []

    def row(name: str, fn) -> None:  # type: ignore[no-untyped-def]
        def cell(v: dict) -> str:
            try:
                return str(fn(v))
            except KeyError:  # not measured in this run (--no-audit)
                return "-"
        rows.append((name, [cell(sizes[k]) for k in labels]))

    row("sentences", lambda v: f"{v['sentences']:,}")
    row("files", lambda v: f"{v['files']:,}")
    row("build sentences/s", lambda v: f"{v['build']['sentences_per_s']:,.0f}")
    row("build s (floor: bare FTS5 insert)",
        lambda v: f"{v['build']['seconds']:.2f} ({v['build']['fts_insert_floor_s']:.2f}, "
        f"x{v['build']['ratio_vs_floor']:.1f})")
    row("index size MB", lambda v: f"{v['build']['index_mb']:.1f}")
    row("build peak RSS MB", lambda v: f"{v['build']['peak_rss_mb']:.0f}")
    row("refresh, nothing changed s (floor: scan)",
        lambda v: f"{v['refresh_nochange']['median_s']:.3f} "
        f"({v['refresh_nochange']['scan_floor_s']:.3f})")
    row("refresh, one file changed s", lambda v: f"{v['refresh_one_file']['median_s']:.3f}")
    row("FTS5 MATCH p50/p95 ms (floor)",
        lambda v: f"{v['query']['fts_p50_ms']:.1f} / {v['query']['fts_p95_ms']:.1f}")
    row("FTS5 MATCH, rarer words required, p50/p95 ms",
        lambda v: f"{v['query']['fts_selective_p50_ms']:.1f} / "
        f"{v['query']['fts_selective_p95_ms']:.1f}")
    row("retrieve p50/p95 ms",
        lambda v: f"{v['query']['retrieve_p50_ms']:.1f} / {v['query']['retrieve_p95_ms']:.1f}")
    row("check() p50/p95 ms",
        lambda v: f"{v['query']['check_p50_ms']:.1f} / {v['query']['check_p95_ms']:.1f}")
    row("check() max ms (first check in process)",
        lambda v: f"{v['query']['check_max_ms']:.0f} ({v['query']['first_check_ms']:.0f})")
    row("check() CPU p50/p95 ms",
        lambda v: f"{v['query']['check_cpu_p50_ms']:.1f} / {v['query']['check_cpu_p95_ms']:.1f}")
    row("check() p50 / FTS5 p50", lambda v: f"x{v['query']['check_vs_fts']:.1f}")
    row("query peak RSS MB (retrieval only)",
        lambda v: f"{v['query']['peak_rss_mb']:.0f} ({v['query']['retrieval_rss_mb']:.0f})")
    row("`factcheck CLAIM` wall (CPU) s",
        lambda v: f"{v['cli_check']['median_s']:.3f} ({v['cli_check']['median_cpu_s']:.3f})")
    row("... floor: seeds check in turn, s (ratio)",
        lambda v: f"{v['cli_check']['seeds_floor_s']:.3f} (x{v['cli_check']['vs_seeds']:.2f})")
    row("audit wall (CPU) s",
        lambda v: f"{v['audit']['seconds']:.1f} ({v['audit']['cpu_s']:.1f})")
    row("... floor: read every sentence s (ratio)",
        lambda v: f"{v['audit']['read_floor_s']:.2f} (x{v['audit']['ratio_vs_floor']:.0f})")
    row("audit peak MB: all processes, PSS (largest, RSS)",
        lambda v: f"{v['audit']['tree_peak_mb']:.0f} ({v['audit']['peak_rss_mb']:.0f})")
    row("audit conflict groups / copy clusters",
        lambda v: f"{v['audit']['conflict_groups']:,} / {v['audit']['copy_clusters']:,}")
    for k in labels:
        m = sizes[k].get("cli_check_multi_source")
        if m:
            rows.append(("`factcheck CLAIM`, 2+ sources, wall (CPU) s",
                         [f"{m['median_s']:.3f} ({m['median_cpu_s']:.3f})" if j == k else "-"
                          for j in labels]))
    width = max(len(r[0]) for r in rows)
    cols = [max(len(lab), *(len(r[1][i]) for r in rows)) for i, lab in enumerate(labels)]
    def line(first: str, cells: list[str]) -> str:
        return " | ".join([first] + [v.rjust(c) for v, c in zip(cells, cols, strict=True)])

    lines = [line(" " * width, labels)]
    lines.append("-+-".join(["-" * width] + ["-" * c for c in cols]))
    for name, vals in rows:
        lines.append(line(name.ljust(width), vals))
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10k,100k,1m", help="corpus sizes in sentences")
    ap.add_argument("--bbc", type=Path, default=REPO.parent / "shared" / "corpora" / "bbc",
                    help="folder of BBC articles (default ../shared/corpora/bbc)")
    ap.add_argument("--json", type=Path, default=HERE / "out" / "results.json")
    ap.add_argument("--work", type=Path, default=HERE / "out",
                    help="where generated corpora and index files go")
    ap.add_argument("--claims", type=int, default=60, help="claims in the latency run")
    ap.add_argument("--smoke", action="store_true",
                    help="a seconds-long run: one tiny corpus, one repetition, few claims")
    ap.add_argument("--backend", choices=("sqlite", "postgres"), default="sqlite",
                    help="postgres: also measure a PostgreSQL index, beside SQLite, on a "
                    "throwaway server (tools/pgserver.sh start --bench) or --pg-url")
    ap.add_argument("--pg-url", help="a PostgreSQL server to use instead (its database's "
                    "schema 'factcheck' is dropped before each build)")
    ap.add_argument("--no-audit", action="store_true",
                    help="leave out the audit rows (at 1M sentences the audit takes the "
                    "longest of all)")
    args = ap.parse_args()
    global AUDIT
    AUDIT = not args.no_audit
    work: Path = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    source = args.bbc if args.bbc.is_dir() else REPO / "seeds"
    if args.smoke:
        labels, reps, n_claims, cli_reps = ["300"], 1, 8, 1
    else:
        labels, reps, n_claims, cli_reps = args.sizes.split(","), 3, args.claims, 7
    articles = corpus_gen.load_articles(source)
    started = time.perf_counter()
    results: dict[str, object] = {"machine": machine(), "load_before": os.getloadavg(),
                                  "source": str(source),
                                  "smoke": args.smoke, "sizes": {}}
    server, folder = args.pg_url, None
    if args.backend == "postgres" and server is None:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise SystemExit(
                '--backend postgres needs the driver: pip install ".[postgres]"') from None
        started_pg = subprocess.run([str(REPO / "tools" / "pgserver.sh"), "start", "--bench"],
                                    capture_output=True, text=True)
        if started_pg.returncode != 0:
            raise SystemExit(started_pg.stderr.strip())
        server = started_pg.stdout.strip()
        folder = server.rpartition("host=")[2]
    try:  # the throwaway server is stopped whatever happens from here
        if server:
            from urllib.parse import urlsplit

            from factcheck.index.postgres.connect import redacted

            global BENCH_PASSWORD
            BENCH_PASSWORD = urlsplit(server).password or ""
            results["postgres_server"] = postgres_settings(server)
            server = redacted(server)  # children get the password from PGPASSWORD
        seeds_cmd = seeds_check(work)
        for label in labels:
            big = corpus_gen.parse_size(label) > 200_000
            results["sizes"][label] = bench_size(  # type: ignore[index]
                label, articles, work, 1 if big else reps, n_claims, cli_reps, seeds_cmd,
                last=label == labels[-1], server=server)
    finally:
        if folder:
            subprocess.run([str(REPO / "tools" / "pgserver.sh"), "stop", folder])
    results["startup"] = startup(work, cli_reps)
    results["targets"] = targets(results)
    results["wall_s"] = time.perf_counter() - started
    results["load_after"] = os.getloadavg()
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2, default=str))
    print(table(results))
    print(f"\nJSON: {args.json}  ({results['wall_s']:.0f}s)", file=sys.stderr)


if __name__ == "__main__":
    main()
