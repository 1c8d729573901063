"""People and where documents name them."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.base import PERSON_ROLES, SpanModel, TableModel, Text, non_empty_id


class People(TableModel):
    person_id: Series[Text] = non_empty_id(unique=True)
    name: Series[Text] = pa.Field(str_length={"min_value": 1})


class PersonMentions(SpanModel):
    doc_id: Series[Text] = non_empty_id()
    person_id: Series[Text] = non_empty_id()
    name: Series[Text] = pa.Field(str_length={"min_value": 1})
    title: Series[Text] = pa.Field(nullable=True)
    agency_id: Series[Text] = pa.Field(nullable=True)
    affiliation: Series[Text] = pa.Field(nullable=True)
    role: Series[Text] = pa.Field(isin=PERSON_ROLES)
    start_char: Series[pd.Int64Dtype]
    end_char: Series[pd.Int64Dtype]
    sentence: Series[Text] = pa.Field(nullable=True)
