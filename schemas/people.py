"""People and where documents name them."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.base import PERSON_ROLES, SpanModel, TableModel, non_empty_id


class People(TableModel):
    person_id: Series[str] = non_empty_id(unique=True)
    name: Series[str] = pa.Field(str_length={"min_value": 1})


class PersonMentions(SpanModel):
    doc_id: Series[str] = non_empty_id()
    person_id: Series[str] = non_empty_id()
    name: Series[str] = pa.Field(str_length={"min_value": 1})
    title: Series[str] = pa.Field(nullable=True)
    agency_id: Series[str] = pa.Field(nullable=True)
    affiliation: Series[str] = pa.Field(nullable=True)
    role: Series[str] = pa.Field(isin=PERSON_ROLES)
    start_char: Series[pd.Int64Dtype]
    end_char: Series[pd.Int64Dtype]
    sentence: Series[str] = pa.Field(nullable=True)
