"""The coding benchmarks still run against the current code (on a tiny corpus): a benchmark
that breaks silently measures nothing. Their timings are not checked (machines are noisy)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def run(script: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.model
def test_throughput_reports_each_measure() -> None:
    out = run("throughput.py", "--copies", "1", "--rounds", "1")
    for label in ("ratio diurna/spaCy", "coding parsed Docs", "actor resolution", "peak RSS"):
        line = next((row for row in out.splitlines() if row.startswith(label)), None)
        assert line is not None, (label, out)
        assert float(re.findall(r"\d+(?:\.\d+)?", line[len(label) :])[0]) > 0, line
    assert re.search(r"(\d+) events per round", out) and " 0 events" not in out


@pytest.mark.model
def test_stages_reports_each_stage() -> None:
    out = run("stages.py", "--copies", "1", "--rounds", "1")
    for stage in ("events", "actors", "places", "quotes", "dates"):
        assert re.search(rf"^  {stage} +\d+\.\d+ s +\d+%", out, re.MULTILINE), (stage, out)
