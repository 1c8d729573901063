"""Date expressions found in documents."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine
from pandera.typing import Series

from schemas.base import DATE_KINDS, SpanModel, Text, non_empty_id


class DateMentions(SpanModel):
    doc_id: Series[Text] = non_empty_id()
    surface: Series[Text] = pa.Field(str_length={"min_value": 1})
    start_date: Series[pandas_engine.Date] = pa.Field(nullable=True)
    end_date: Series[pandas_engine.Date] = pa.Field(nullable=True)
    kind: Series[Text] = pa.Field(isin=DATE_KINDS)
    has_year: Series[bool]
    start_char: Series[pd.Int64Dtype]
    end_char: Series[pd.Int64Dtype]
    sentence: Series[Text] = pa.Field(nullable=True)

    @pa.dataframe_check(error="a range must not end before it starts")
    def range_is_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return df["end_date"].isna() | df["start_date"].isna() | (df["start_date"] <= df["end_date"])
