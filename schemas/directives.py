"""Policy documents (directives), their mentions and issuers."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine
from pandera.typing import Series

from schemas.base import DIRECTIVE_TYPES, SpanModel, TableModel, Text, non_empty_id

YEAR = {"ge": 1949, "le": 2100, "nullable": True}


class DirectiveColumns(TableModel):
    directive_id: Series[Text] = non_empty_id()
    title: Series[Text] = pa.Field(str_length={"min_value": 1})
    title_zh: Series[Text] = pa.Field(nullable=True)
    directive_type: Series[Text] = pa.Field(isin=DIRECTIVE_TYPES)
    period_start_year: Series[pd.Int64Dtype] = pa.Field(**YEAR)
    period_end_year: Series[pd.Int64Dtype] = pa.Field(**YEAR)
    issued_date: Series[pandas_engine.Date] = pa.Field(nullable=True)
    doc_number: Series[Text] = pa.Field(nullable=True)
    short_names: Series[object] = pa.Field(nullable=True)

    @pa.dataframe_check(error="a period must not end before it starts")
    def period_is_ordered(cls, df: pd.DataFrame) -> pd.Series:
        start, end = df["period_start_year"], df["period_end_year"]
        return (start.isna() | end.isna() | (start <= end)).astype(bool)


class DirectiveMentions(DirectiveColumns, SpanModel):
    doc_id: Series[Text] = non_empty_id()
    start_char: Series[pd.Int64Dtype]
    end_char: Series[pd.Int64Dtype]
    sentence: Series[Text] = pa.Field(nullable=True)


class Directives(DirectiveColumns):
    directive_id: Series[Text] = non_empty_id(unique=True)
    first_doc_id: Series[Text] = non_empty_id()
    mention_count: Series[pd.Int64Dtype] = pa.Field(ge=0)   # 0 when only near-duplicate copies cite it


class DirectiveIssuerMentions(SpanModel):
    doc_id: Series[Text] = non_empty_id()
    directive_id: Series[Text] = non_empty_id()
    agency_id: Series[Text] = non_empty_id()
    start_char: Series[pd.Int64Dtype]
    end_char: Series[pd.Int64Dtype]
    sentence: Series[Text] = pa.Field(nullable=True)


class DirectiveIssuers(TableModel):
    directive_id: Series[Text] = non_empty_id()
    agency_id: Series[Text] = non_empty_id()
