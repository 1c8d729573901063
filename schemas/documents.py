"""Documents and the raw files behind them."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine
from pandera.typing import Series

from schemas.base import LANGUAGES, TableModel, Text, non_empty_id


class Documents(TableModel):
    doc_id: Series[Text] = non_empty_id(unique=True)
    source_path: Series[Text] = pa.Field(str_length={"min_value": 1})
    file_name: Series[Text] = pa.Field(str_length={"min_value": 1})
    content_type: Series[Text] = pa.Field(isin=["html", "text"])
    encoding: Series[Text] = pa.Field(nullable=True)
    title: Series[Text] = pa.Field(nullable=True)
    language: Series[Text] = pa.Field(isin=LANGUAGES)
    published_date: Series[pandas_engine.Date] = pa.Field(nullable=True)
    source_name: Series[Text] = pa.Field(nullable=True)
    clean_text: Series[Text] = pa.Field(str_length={"min_value": 1})
    normalized_text: Series[Text]
    char_count: Series[pd.Int64Dtype] = pa.Field(ge=1)
    text_signature: Series[object] = pa.Field(nullable=True)
    duplicate_of: Series[Text] = pa.Field(nullable=True)
    pipeline_version: Series[Text] = pa.Field(str_length={"min_value": 1})
    loaded_at: Series[pd.Timestamp]
    run_id: Series[Text] = non_empty_id()

    @pa.dataframe_check(error="char_count must equal len(clean_text)")
    def char_count_matches_text(cls, df: pd.DataFrame) -> pd.Series:
        return df["clean_text"].str.len() == df["char_count"]


class DocumentSources(TableModel):
    source_path: Series[Text] = pa.Field(str_length={"min_value": 1}, unique=True)
    doc_id: Series[Text] = non_empty_id()
    file_size: Series[pd.Int64Dtype] = pa.Field(ge=0)
    modified_ns: Series[pd.Int64Dtype] = pa.Field(ge=0)
    run_id: Series[Text] = non_empty_id()
