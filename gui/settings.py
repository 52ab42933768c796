"""What the app remembers between runs: window layout, recent and last projects, exports.

Stored as JSON in the platform's config directory (platformdirs), not in
QSettings, so the file is readable, portable and testable without Qt.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

APP = "Dateline"
MAX_RECENT = 10


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


@dataclass
class Settings:
    geometry: str = ""  # base64 of QMainWindow.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState() (docks, toolbars)
    recent: list[str] = field(default_factory=list)
    last_project: str = ""
    lanes: str = "none"
    export_format: str = "png"  # File ▸ Export… starts where the last export went
    export_folder: str = ""

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or config_dir() / "settings.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        try:
            return cls(**known)
        except TypeError:
            return cls()

    def save(self, path: Path | None = None) -> None:
        path = path or config_dir() / "settings.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        tmp.replace(path)

    def add_recent(self, project: str | Path) -> None:
        project = str(Path(project))
        self.recent = [project] + [p for p in self.recent if p != project]
        del self.recent[MAX_RECENT:]
        self.last_project = project

    def existing_recent(self) -> list[str]:
        return [p for p in self.recent if Path(p).is_file()]


def encode(data: bytes) -> str:
    return base64.b64encode(bytes(data)).decode("ascii")


def decode(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"))
    except ValueError:
        return b""
