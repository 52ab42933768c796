"""Fetch TempEval-3's test set ("TE3-platinum", 20 TimeML documents of March 2013) for bench_timex.

Run: ``.venv/bin/python tests/benchmarks/fetch_te3_platinum.py [DEST]`` (needs the network once).

HeidelTime's published TempEval-3 figures (81.34 strict, 90.30 relaxed, 77.61 value F1) were
measured on these documents, so they are the fairest held-out test of our tagger.  They are other
people's words and annotations: they are never copied into this repository.  DEST defaults to
``te3-platinum`` beside the repository, where ``bench_timex.py`` looks (``DATELINE_TE3_PLATINUM``
overrides both).  The copy is taken from a public mirror at a pinned commit and compared with
the SHA-256 of the copy measured in December 2026, so a difference in the figures can be traced.
"""

from __future__ import annotations

import hashlib
import sys
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.benchmarks.bench_timex import PLATINUM  # noqa: E402

MIRROR = ("https://raw.githubusercontent.com/qiangning/StructTempRel-EMNLP17/"
          "eef1b7a1e56f8ba6e34d8a6737e1fa5480bcfcd5/data/TempEval3/Evaluation/te3-platinum-normalized/")

SHA256: dict[str, str] = {
    "AP_20130322.tml": "36bacbbf927f7ff99c9980762e6187b5d610fc2ff2111b53f9c51ca6c414cda0",
    "CNN_20130321_821.tml": "62263dfbb71a608989871735708075ffe5d4075351b1315f3018c0193fa56451",
    "CNN_20130322_1003.tml": "243b07034445ca43f5404a8b80258f2683129191b6640681ec3eccef6c2b392f",
    "CNN_20130322_1243.tml": "6c59de36f41c8e47e5a56b232e8e6d6906665e7f92505bf82cbf0b62b28ca2a7",
    "CNN_20130322_248.tml": "8e336d79ac92e5732fda5a4c08288ee1dcfd89dd81c07fd8b4a1f67221c6493d",
    "CNN_20130322_314.tml": "95ee9dfe65f4b490962f5518541df0691496b80e8b97f52367636b6d7e6f4376",
    "WSJ_20130318_731.tml": "19ccd40f0f2eff162c72b34727d7e5d7461c43be88cdbda9e917258aec8dad8b",
    "WSJ_20130321_1145.tml": "30818e476124321fa1c9a93b65607be10dd26631bd33981f8cec6f7b32c858c6",
    "WSJ_20130322_159.tml": "db9b16e4459dfcb780cfe087c95b7c1bcd1b4a880d11addf493b7dcc0f8024be",
    "WSJ_20130322_804.tml": "37ea9b2824fd56fc92036d7a57165d0c6f7476dafa0e1183bcee0789fe251976",
    "bbc_20130322_1150.tml": "7427d1253570bcb417452ff6ed1fdc4aaa010bf6ac4b74a8ce5e6a81eda8ee74",
    "bbc_20130322_1353.tml": "579cb0f1534e86fb4e8a4b1a59a6e9cb7cee89d3f4ff56b182ee82ff0f26ebc0",
    "bbc_20130322_1600.tml": "e9610c139960364dd0b6d625e8f68026ad8ac0438a678656dc661613d9448ae2",
    "bbc_20130322_332.tml": "0d554997fbde9058243e5fa90d89bb0b9189778e7c02d14b3234be5b964875c8",
    "bbc_20130322_721.tml": "2c8e1c9b2389b694dbe946bfe01071018cd929ed4d84c91cde82f55d92b1b40f",
    "nyt_20130321_china_pollution.tml": "2dee8fd63b50ca1d3650b008c970b63bdd62298a15b37c8c1f02362071d2d210",
    "nyt_20130321_cyprus.tml": "32c86df2b80ca50131e16e97f6d45df5c05464a1ede734e093310cc032db3a3e",
    "nyt_20130321_sarcozy.tml": "642b419b099f2dacfa46364e8f977bbd5099f845adc690598f609149bbe1d47f",
    "nyt_20130321_women_senate.tml": "842e9116294044d275221b9adbf8da3345ef346e32dc836af275e48ac97ad845",
    "nyt_20130322_strange_computer.tml": "0594ad1aa16805ed9a0616fb1b6ef5f3a99a13e2124399d2c858b6235a70abb9",
}


def fetch(dest: Path) -> int:
    """Download every file not already present; the exit status says whether all are there."""
    dest.mkdir(parents=True, exist_ok=True)
    bad = 0
    for name, digest in sorted(SHA256.items()):
        path = dest / name
        if path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == digest:
            continue
        try:
            with urllib.request.urlopen(MIRROR + name, timeout=60) as response:
                data = response.read()
        except OSError as exc:
            print(f"{name}: not fetched ({exc})")
            bad += 1
            continue
        if hashlib.sha256(data).hexdigest() != digest:
            # our copy came through a code index that dropped a few non-ASCII characters of
            # nyt_20130322_strange_computer.tml (no annotation is affected); say so, keep the file
            print(f"{name}: not the bytes measured in December 2026 (SHA-256 differs); kept, figures may move slightly")
        tmp = path.with_suffix(".part")
        tmp.write_bytes(data)
        tmp.replace(path)
    print(f"{len(SHA256) - bad}/{len(SHA256)} documents in {dest}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(fetch(Path(sys.argv[1]) if len(sys.argv) > 1 else PLATINUM))
