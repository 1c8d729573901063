"""Operational tables: what was rejected, and what each load did."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.base import QUARANTINE_STAGES, TableModel, non_empty_id


class Quarantine(TableModel):
    source_path: Series[str] = pa.Field(nullable=True)
    doc_id: Series[str] = pa.Field(nullable=True)
    stage: Series[str] = pa.Field(isin=QUARANTINE_STAGES)
    reason: Series[str] = pa.Field(str_length={"min_value": 1})
    detail: Series[str] = pa.Field(nullable=True)
    table_name: Series[str] = pa.Field(nullable=True)
    row_json: Series[str] = pa.Field(nullable=True)
    run_id: Series[str] = non_empty_id()
    quarantined_at: Series[pd.Timestamp]


class LoadRuns(TableModel):
    run_id: Series[str] = non_empty_id(unique=True)
    started_at: Series[pd.Timestamp]
    finished_at: Series[pd.Timestamp]
    files_seen: Series[pd.Int64Dtype] = pa.Field(ge=0)
    new: Series[pd.Int64Dtype] = pa.Field(ge=0)
    changed: Series[pd.Int64Dtype] = pa.Field(ge=0)
    unchanged: Series[pd.Int64Dtype] = pa.Field(ge=0)
    removed: Series[pd.Int64Dtype] = pa.Field(ge=0)
    quarantined: Series[pd.Int64Dtype] = pa.Field(ge=0)
    status: Series[str] = pa.Field(isin=["success"])
