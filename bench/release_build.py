"""The thidua binary a bench measures: the one given with --thidua, or the
release build of this repository (`cargo build --release --bin thidua`).
Shared by search_bench.py, search_relevance.py and lighthouse.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def thidua_binary(given: str | None) -> Path:
    """`given` resolved, or the release binary after building it; exits
    with cargo's last lines when the build fails."""
    if given:
        return Path(given).resolve()
    print("cargo build --release --bin thidua …", flush=True)
    proc = subprocess.run(["cargo", "build", "--release", "--bin", "thidua"], cwd=REPO, capture_output=True, text=True)
    if proc.returncode:
        print(f"cargo build failed (exit {proc.returncode}):", flush=True)
        print("\n".join((proc.stderr or proc.stdout).rstrip().splitlines()[-30:]), flush=True)
        sys.exit(1)
    return REPO / "target" / "release" / "thidua"
