"""Shared column shapes and checks for the warehouse table models."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

LANGUAGES = ["en", "zh"]
EVENT_TYPES = ["meeting", "press_conference", "release", "visit", "signing", "other"]
DIRECTIVE_TYPES = ["plan", "opinions", "notice", "regulation", "law", "measures", "guideline", "standard", "other"]
EVENT_AGENCY_ROLES = ["organizer", "participant"]
ATTENDEE_ROLES = ["attendee", "speaker", "host", "presider", "received"]
PERSON_ROLES = ["official", "reporter", "editor", "other"]
DATE_KINDS = ["absolute", "relative", "range", "vague"]
AGENCY_LEVELS = ["national", "provincial", "municipal", "county", "foreign", "international", "party", "other"]
QUARANTINE_STAGES = ["scan", "decode", "clean", "extract", "validate", "load"]


def non_empty_id(**kwargs) -> pa.Field:
    return pa.Field(str_length={"min_value": 1}, **kwargs)


class TableModel(pa.DataFrameModel):
    """Every model coerces types and refuses columns the warehouse table lacks."""

    class Config:
        coerce = True
        strict = True


class SpanModel(TableModel):
    """Evidence spans: offsets into clean_text, start inclusive, end exclusive."""

    @pa.dataframe_check(error="span must satisfy 0 <= start_char <= end_char")
    def span_is_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return (df["start_char"] >= 0) & (df["start_char"] <= df["end_char"])
