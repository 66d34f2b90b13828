"""The demo's bundled data (drafting/data/demo/) are byte-for-byte the fixtures they were copied from."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "drafting" / "data" / "demo"
COPIES = sorted(p.relative_to(DEMO) for p in DEMO.rglob("*") if p.is_file())


def test_the_demo_bundles_every_fixture_department():
    assert sorted(p.parent.name for p in DEMO.glob("*/data.yaml")) == sorted(
        p.parent.name for p in (ROOT / "fixtures").glob("*/data.yaml"))


@pytest.mark.parametrize("rel", COPIES, ids=str)
def test_each_bundled_file_equals_its_fixture(rel):
    assert (DEMO / rel).read_bytes() == (ROOT / "fixtures" / rel).read_bytes(), (
        f"drafting/data/demo/{rel} differs from fixtures/{rel}: copy the fixture over it")


def test_the_demo_reads_its_data_from_the_package():
    from drafting import demo

    assert demo.FIXTURES == DEMO
