"""The extractors' data files (registry, gazetteer, lexicons), each parsed once per process.

YAML goes through libyaml's C loader when PyYAML has it: the pure-Python loader takes
seconds over the registry and the gazetteer, which every worker process would pay.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parent / "data"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    """The parsed content of data/<name>; shared, so callers must not mutate it."""
    return yaml.load((DATA / name).read_text(encoding="utf-8"), Loader=_LOADER)
