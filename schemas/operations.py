"""Operational tables: what was rejected, and what each load did."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.base import QUARANTINE_STAGES, TableModel, Text, non_empty_id


class Quarantine(TableModel):
    source_path: Series[Text] = pa.Field(nullable=True)
    doc_id: Series[Text] = pa.Field(nullable=True)
    stage: Series[Text] = pa.Field(isin=QUARANTINE_STAGES)
    reason: Series[Text] = pa.Field(str_length={"min_value": 1})
    detail: Series[Text] = pa.Field(nullable=True)
    table_name: Series[Text] = pa.Field(nullable=True)
    row_json: Series[Text] = pa.Field(nullable=True)
    run_id: Series[Text] = non_empty_id()
    quarantined_at: Series[pd.Timestamp]


class LoadRuns(TableModel):
    run_id: Series[Text] = non_empty_id(unique=True)
    started_at: Series[pd.Timestamp]
    finished_at: Series[pd.Timestamp]
    files_seen: Series[pd.Int64Dtype] = pa.Field(ge=0)
    new: Series[pd.Int64Dtype] = pa.Field(ge=0)
    changed: Series[pd.Int64Dtype] = pa.Field(ge=0)
    unchanged: Series[pd.Int64Dtype] = pa.Field(ge=0)
    removed: Series[pd.Int64Dtype] = pa.Field(ge=0)
    quarantined: Series[pd.Int64Dtype] = pa.Field(ge=0)
    status: Series[Text] = pa.Field(isin=["success"])
    schema_version: Series[Text] = pa.Field(nullable=True)
