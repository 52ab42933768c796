"""Shared test set-up: headless Qt, and the ../shared data that some tests read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DATELINE_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds.gold.json"
TEMPEVAL = SHARED / "data" / "tempeval3-train"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five seed articles; tests that need them skip where ../shared is absent."""
    if not (SEEDS / "meta.json").is_file():
        pytest.skip("../shared/corpus/seeds is not available")
    return SEEDS


@pytest.fixture(scope="session")
def gold() -> dict:
    if not GOLD.is_file():
        pytest.skip("../shared/gold/seeds.gold.json is not available")
    import json

    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline, loaded once per test session."""
    from core import nlp as nlp_module

    return nlp_module.load()


@pytest.fixture(autouse=True)
def no_modal_message_boxes(monkeypatch):
    """A message box nobody expected would wait forever for a click on a headless run:
    fail the test instead (pytest-qt reports exceptions raised in slots).  Tests that
    expect one patch the method themselves, which overrides this."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args, **_kwargs):
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected message box: {' — '.join(texts)}")

    for name in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
