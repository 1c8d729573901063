"""Shared column shapes and checks for the warehouse table models."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandas.api.types import infer_dtype
from pandera.dtypes import immutable
from pandera.engines import pandas_engine

LANGUAGES = ["en", "zh"]
EVENT_TYPES = ["meeting", "press_conference", "release", "visit", "signing", "other"]
DIRECTIVE_TYPES = ["plan", "opinions", "notice", "regulation", "law", "measures", "guideline", "standard", "other"]
EVENT_AGENCY_ROLES = ["organizer", "participant"]
ATTENDEE_ROLES = ["attendee", "speaker", "host", "presider", "received"]
PERSON_ROLES = ["official", "reporter", "editor", "other"]
DATE_KINDS = ["absolute", "relative", "range", "vague"]
AGENCY_LEVELS = ["national", "provincial", "municipal", "county", "foreign", "international", "party", "other"]
QUARANTINE_STAGES = ["scan", "decode", "clean", "extract", "validate", "load"]


@pandas_engine.Engine.register_dtype
@immutable
class Text(pandas_engine.NpString):
    """`str` (same coercion, same name in failure reports), checked in one C-level pass:
    pandera's own check maps a Python lambda over every value and formats an empty failure
    table for every column, which was most of the validation cost."""

    def coerce(self, data_container):
        # A column of strings and missing values is what `str` coercion would return anyway
        # (missing values stay as they are): skip its three passes over the column.
        if infer_dtype(data_container, skipna=True) in ("string", "empty"):
            return data_container.astype(object)
        return super().coerce(data_container)

    def check(self, pandera_dtype, data_container=None):
        if data_container is None:
            return super().check(pandera_dtype)
        return infer_dtype(data_container, skipna=True) in ("string", "empty")


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
