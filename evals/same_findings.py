"""Are the review's findings unchanged? The review JSON of this tree against another revision's, byte
for byte, on the sample, every fixture (text and .docx, with and without its data and prior), the
scratch fixtures, the dev texts of the real corpus and large texts from ``evals.big_text``.

Why: the speed work of issue 14 must not change a single finding; this is its gate. Test texts of the
real corpus are never read here (the split is in ``evals/real/split.yaml``).

    python -m evals.same_findings [--before REV] [--big 0.5,1] [--only SUBSTRING] [--keep DIR] [--diff]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

from .bench_speed import BEFORE, unpack
from .big_text import CORPUS, SAMPLE, big_text

ROOT = Path(__file__).resolve().parent.parent
_DRIVER = """
import sys, drafting
from pathlib import Path
assert Path(drafting.__file__).resolve().is_relative_to(Path.cwd().resolve()), drafting.__file__
from drafting.cli import main
sys.exit(main(sys.argv[1:]))
"""


def cases(tmp: Path, big: list[float]) -> list[tuple[str, list[str]]]:
    """(name, arguments after ``review REPORT``) for every input of the gate."""
    out: list[tuple[str, list[str]]] = [("sample", [str(SAMPLE)])]
    for folder in sorted([*ROOT.glob("fixtures/*/"), *ROOT.glob("fixtures/scratch/*/")]):
        data, priors = folder / "data.yaml", sorted(folder.glob("prior.*"))
        for report in sorted(folder.glob("report.*")):
            extras: list[list[str]] = [[]]
            if data.exists():
                extras.append(["--data", str(data)])
            for prior in priors:
                extras.append(["--prior", str(prior)])
                if data.exists():
                    extras.append(["--data", str(data), "--prior", str(prior)])
            for extra in extras:
                name = f"{folder.relative_to(ROOT)}/{report.name} {' '.join(Path(e).name for e in extra)}"
                out.append((name.strip(), [str(report), *extra]))
    split = yaml.safe_load((ROOT / "evals" / "real" / "split.yaml").read_text(encoding="utf-8"))
    test = set(split["test"])
    for path in sorted(CORPUS.glob("*.txt")):
        if path.name not in test:
            out.append((f"real/{path.name}", [str(path)]))
    for mb in big:
        path = tmp / f"big-{mb:g}.txt"
        path.write_text(big_text(int(mb * 1_000_000)), encoding="utf-8")
        out.append((f"big_text {mb:g} MB", [str(path)]))
    return out


def review(code: Path, args: list[str], out: Path, cache: Path) -> bytes:
    """The review JSON written by the ``drafting`` in ``code`` (a fresh process)."""
    env = dict(os.environ, JIXIAO_MAX_TEXT_BYTES="0", JIXIAO_MAX_PARAGRAPHS="0", PYTHONHASHSEED="0",
               JIXIAO_CACHE_DIR=str(cache), PYTHONPATH=str(code))
    out.unlink(missing_ok=True)
    proc = subprocess.run([sys.executable, "-c", _DRIVER, "review", *args, "--format", "json", "-o", str(out)],
                          env=env, cwd=code, capture_output=True, check=False)
    if proc.returncode not in (0, 1) or not out.exists():
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        return f"exit {proc.returncode}: {tail[-1] if tail else ''}".encode()
    return out.read_bytes()


def changed(before: bytes, after: bytes) -> list[str]:
    """The findings only one side has, as ``- rule [severity] quote: message`` (before) and ``+ …`` (after):
    what a reviewer reads to judge each change, without a second run."""
    try:
        sides = [json.loads(side)["findings"] for side in (before, after)]
    except (ValueError, KeyError, TypeError):
        return []
    keyed = [Counter(f"{f['rule']} [{f['severity']}] {f['location']['quote']!r}: {f['message']}" for f in side)
             for side in sides]
    return [f"- {line}" for line in sorted((keyed[0] - keyed[1]).elements())] + \
        [f"+ {line}" for line in sorted((keyed[1] - keyed[0]).elements())]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.same_findings", description=__doc__)
    parser.add_argument("--before", default=BEFORE,
                        help="git revision, or a checkout's folder, to compare with (default: %(default)s)")
    parser.add_argument("--big", default="0.5,1", help="MB of big_text, comma-separated")
    parser.add_argument("--only", default="", help="only the cases whose name holds this")
    parser.add_argument("--keep", type=Path, help="keep the before outputs here and reuse them")
    parser.add_argument("--diff", action="store_true", help="list the findings that differ under each case")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        keep = args.keep or tmp / "kept"
        keep.mkdir(parents=True, exist_ok=True)
        (tmp / "before").mkdir()
        given = Path(args.before)
        before = given.resolve() if given.is_dir() else unpack(args.before, tmp / "before")
        if before is None:
            print(f"cannot unpack {args.before}", file=sys.stderr)
            return 2
        # the large texts beside the kept outputs: their path is in the JSON (``source``)
        chosen = [c for c in cases(keep, [float(s) for s in args.big.split(",") if s]) if args.only in c[0]]
        differ = 0
        for k, (label, rest) in enumerate(chosen):
            kept = keep / f"{given.name}-{label.replace('/', '_').replace(' ', '_')}.json"
            if not kept.exists():
                kept.write_bytes(review(before, rest, tmp / "b.json", keep / "cache-before"))
            after = review(ROOT, rest, tmp / "a.json", keep / "cache-after")
            same = after == kept.read_bytes() and not after.startswith(b"exit ")
            differ += not same
            print(f"{k + 1:3d}/{len(chosen)} {'same' if same else 'DIFFERENT'}  {label}", flush=True)
            if args.diff and not same:
                for line in changed(kept.read_bytes(), after):
                    print(f"      {line}", flush=True)
    print(f"{len(chosen) - differ} of {len(chosen)} the same")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
