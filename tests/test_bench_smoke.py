"""The benchmark harness runs end to end in smoke mode (no assertions on time)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_bench_smoke_writes_results_json(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    proc = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "bench.py"), "--smoke",
         "--json", str(out), "--work", str(tmp_path / "work")],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = json.loads(out.read_text())
    assert {"machine", "sizes", "startup", "targets", "wall_s"} <= set(data)
    assert data["smoke"] is True
    (size,) = data["sizes"].values()
    assert {"build", "refresh_nochange", "refresh_one_file", "query", "cli_check"} <= set(size)
    assert size["sentences"] > 0
    assert {"fts_p50_ms", "retrieve_p50_ms", "check_p50_ms", "peak_rss_mb"} <= set(size["query"])
    assert {"import_floor", "help", "check_seeds"} <= set(data["startup"])
    assert all("met" in t for t in data["targets"].values())
    # issue 13: the one-shot check beside the seeds check, the audit beside its floor
    cli = size["cli_check"]
    assert cli["rc"] == 0 and cli["median_s"] > 0 and cli["seeds_floor_s"] > 0
    assert cli["vs_seeds"] == cli["median_s"] / cli["seeds_floor_s"]
    audit = size["audit"]
    assert audit["seconds"] > 0 and audit["read_floor_s"] > 0
    assert audit["peak_rss_mb"] > 0 and audit["tree_peak_mb"] >= 0
    assert audit["conflict_groups"] >= 0 and audit["copy_clusters"] >= 0
    assert {"cli_vs_seeds", "audit_s", "audit_rss_mb", "build_sentences_per_s"} <= set(
        data["targets"])
    for row in ("floor: seeds check", "audit wall", "audit peak MB", "build sentences/s"):
        assert row in proc.stdout


def test_bench_smoke_without_the_audit_leaves_its_rows_empty(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    proc = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "bench.py"), "--smoke", "--no-audit",
         "--json", str(out), "--work", str(tmp_path / "work")],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = json.loads(out.read_text())
    (size,) = data["sizes"].values()
    assert "audit" not in size and "cli_check" in size
    assert not {"audit_s", "audit_rss_mb"} & set(data["targets"])
    audit_row = next(line for line in proc.stdout.splitlines() if line.startswith("audit wall"))
    assert audit_row.rstrip().endswith("-")
