"""The offline drafter's sentence frames (``drafting/prompts/phrasings.yaml``, ``draft/phrasing.py``):
one phrasing per department, year, section and sentence kind, chosen by a stable hash. The same data
always gives the same draft; two departments do not read alike; every frame of the file, put into
every draft, keeps its numbers supported and its review clean."""

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from drafting.draft import phrasing
from drafting.draft.drafter import draft
from drafting.draft.phrasing import Voice, load_phrasings
from drafting.errors import PromptFileError
from drafting.findings import Kind, Severity
from drafting.io.loading import load_department
from drafting.numbers.extract import extract
from drafting.numbers.guard import verify
from drafting.review import review

ROOT = Path(__file__).parent.parent / "fixtures"
DRAFTS = sorted((ROOT / "scratch").glob("*/data.xlsx")) + sorted(ROOT.glob("*/data.yaml"))
REPEATS = {Kind.DUPLICATE_PARAGRAPH, Kind.SPLICED_TEXT, Kind.REPEATED_WORD}
# a draft's figures come from the data: its own arithmetic and dates can never be wrong
COMPUTED = {Kind.ARITHMETIC_MISMATCH, Kind.NUMBER_CONTRADICTED, Kind.DATE_INCONSISTENCY, Kind.STALE_YEAR}
KINDS = load_phrasings().kinds
MOST = max(len(k.frames) for k in KINDS.values())


def _departments():
    """The nine drafts' data, and two made from them to reach the rarer kinds: a department that
    gives only its adjusted budget, and one whose tasks (but the first) have no completion."""
    datas = [load_department(p) for p in DRAFTS]
    anhua = next(d for d in datas if d.department.name == "安化县教育局" and d.year == 2023)
    water = next(d for d in datas if d.department.name == "清溪县水利局")
    adjusted_only = anhua.model_copy(update={"finance": anhua.finance.model_copy(update={"initial_budget": None})})
    silent = water.model_copy(update={"tasks": [t.model_copy(update={"achievements": []}) if n else t
                                                for n, t in enumerate(water.tasks)]})
    return [*datas, adjusted_only, silent]


DEPARTMENTS = _departments()


def _fingerprint(d) -> str:
    return d.report.model_dump_json() + d.sidecar.model_dump_json()


# -- the file ------------------------------------------------------------------------------------


def test_no_frame_holds_a_number_of_its_own():
    # every figure enters through a slot, formatted and recorded by the drafter: a frame can add none
    for kind, entry in KINDS.items():
        for frame in entry.frames:
            literal = frame.format(**{s: "" for s in entry.slots})
            assert [m.text for m in extract(literal)] == [], (kind, frame)


def test_every_kind_has_several_frames_each_using_every_slot():
    for kind, entry in KINDS.items():
        assert len(entry.frames) >= 3, kind
        for frame in entry.frames:
            assert all(frame.count("{" + s + "}") == 1 for s in entry.slots), (kind, frame)


def _write(tmp_path, kinds: str) -> Path:
    (tmp_path / "phrasings.yaml").write_text(f"id: phrasings\nversion: 1\nkinds:\n{kinds}", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("frames", "says"), [
    ('["全年支出{total}。", "全年共支出{total}，增长5%。"]', "不得含数字"),
    ('["全年支出{total}。", "全年支出合计。"]', "每个槽位须恰好用一次"),
    ('["全年支出{total}。", "全年支出{total}，{other}。"]', "每个槽位须恰好用一次"),
    ('["全年支出{total}。"]', "kinds.spend.frames"),
])
def test_a_bad_frame_is_refused_naming_the_kind(tmp_path, frames, says):
    folder = _write(tmp_path, f"  spend:\n    slots: [total]\n    frames: {frames}\n")
    with pytest.raises(PromptFileError) as err:
        load_phrasings(folder)
    assert says in str(err.value) and "spend" in str(err.value)


# -- the choice ----------------------------------------------------------------------------------


def test_the_same_data_gives_the_same_draft_byte_for_byte():
    data = DEPARTMENTS[0]
    assert _fingerprint(draft(data)) == _fingerprint(draft(data))


def test_the_choice_does_not_depend_on_pythons_string_hash_seed():
    script = ("import sys, hashlib; from drafting.io.loading import load_department; "
              "from drafting.draft.drafter import draft; d = draft(load_department(sys.argv[1])); "
              "print(hashlib.sha256((d.report.model_dump_json()).encode()).hexdigest())")
    digests = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", script, str(DRAFTS[0])], env=env, capture_output=True,
                             text=True, check=True)
        digests.add(out.stdout.strip())
    assert len(digests) == 1


def test_two_departments_word_most_of_their_sentences_differently():
    keys = [f"{d.department.name}\x1f{d.year}" for d in DEPARTMENTS[:len(DRAFTS)]]
    sections = ("lead", "overview", "finance", "performance", "problems", "measures", "result_use")
    for a, b in itertools.combinations(keys, 2):
        differ = sum(Voice(a, s).index(k) != Voice(b, s).index(k) for s in sections for k in KINDS)
        assert differ >= len(sections) * len(KINDS) // 3, (a, b)


def test_two_departments_drafts_differ_in_their_frames():
    # the lead paragraph carries no figure but the year: its frame alone shows the choice
    leads = {draft(d).report.blocks[1].text.split("，", 1)[0] for d in DEPARTMENTS[:len(DRAFTS)]}
    assert len(leads) > 1


def test_a_kind_said_in_turn_takes_each_frame_once_before_repeating():
    voice = Voice("清溪县水利局\x1f2024", "performance")
    n = len(KINDS["indicators_met"].frames)
    assert sorted(voice.index("indicators_met", turn) for turn in range(n)) == list(range(n))


# -- every frame in every draft ------------------------------------------------------------------


@pytest.fixture(scope="module")
def spoken():
    """The kinds the drafts reach (each department, hashed choice): recorded by wrapping ``say``."""
    said: set[str] = set()
    original = Voice.say

    def record(self, kind, turn=0, **slots):
        said.add(kind)
        return original(self, kind, turn, **slots)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(phrasing.Voice, "say", record)
        defaults = [draft(d) for d in DEPARTMENTS]
    return said, defaults


def test_the_departments_reach_every_kind_of_the_file(spoken):
    assert sorted(set(KINDS) - spoken[0]) == []


@pytest.mark.parametrize("pin", range(MOST))
def test_every_frame_keeps_every_draft_supported_and_its_review_clean(spoken, pin):
    """Each draft with every kind pinned to its n-th frame: no unsupported number, no error and no
    repeated text in its own review, and nothing left out that the department's own wording keeps
    (the same 【待补充】 lines and warnings)."""
    for data, default in zip(DEPARTMENTS, spoken[1], strict=True):
        d = draft(data, wording=pin)
        name = f"{data.department.name}{data.year} wording={pin}"
        assert verify(d.report, data).failures == [], name
        findings = review(d.report, data).findings
        assert [f.message for f in findings if f.severity is Severity.ERROR or f.kind in REPEATS] == [], name
        # (staff above posts is the data's own fact, which the review rightly asks about)
        assert [f.message for f in findings if f.kind in COMPUTED and f.rule != "staffing.over_posts"] == [], name
        assert _placeholders(d) == _placeholders(default), name
        assert len(d.sidecar.warnings) == len(default.sidecar.warnings), name
        assert d.sidecar.coverage.missing == default.sidecar.coverage.missing, name


def _placeholders(d) -> list[str]:
    return [b.text for b in d.report.blocks if "【待补充】" in (getattr(b, "text", "") or "")]


def test_pinned_wording_is_what_the_frames_say():
    data = DEPARTMENTS[0]
    frames = KINDS["conclusion"].frames
    texts = [next(b.text for b in draft(data, wording=n).report.blocks if "自评得分" in getattr(b, "text", ""))
             for n in range(len(frames))]
    assert len(set(texts)) == len(frames)
    heads = [f.split("{", 1)[0] for f in frames]
    assert all(t.startswith(h) for t, h in zip(texts, heads, strict=True)), json.dumps(texts, ensure_ascii=False)
