"""Agency mentions (placeholder until the registry lands)."""
from __future__ import annotations

from functools import lru_cache

from pipelines.extract.model import Agency, AgencyMention
from pipelines.extract.text import NormalizedText


class AgencyRegistry:
    def __init__(self, agencies: list[Agency]):
        self.agencies = {a.agency_id: a for a in agencies}


@lru_cache(maxsize=1)
def load_registry() -> AgencyRegistry:
    return AgencyRegistry([])


def find_agencies(text: NormalizedText, language: str, registry: AgencyRegistry
                  ) -> tuple[list[Agency], list[AgencyMention]]:
    return [], []
