"""Events and the agencies and people taking part."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine
from pandera.typing import Series

from schemas.base import ATTENDEE_ROLES, EVENT_AGENCY_ROLES, EVENT_TYPES, SpanModel, TableModel, Text, non_empty_id


class Events(SpanModel):
    event_id: Series[Text] = non_empty_id(unique=True)
    doc_id: Series[Text] = non_empty_id()
    event_type: Series[Text] = pa.Field(isin=EVENT_TYPES)
    name: Series[Text] = pa.Field(str_length={"min_value": 1})
    start_date: Series[pandas_engine.Date] = pa.Field(nullable=True)
    end_date: Series[pandas_engine.Date] = pa.Field(nullable=True)
    city: Series[Text] = pa.Field(nullable=True)
    province: Series[Text] = pa.Field(nullable=True)
    directive_title: Series[Text] = pa.Field(nullable=True)
    start_char: Series[pd.Int64Dtype]
    end_char: Series[pd.Int64Dtype]
    sentence: Series[Text] = pa.Field(nullable=True)

    @pa.dataframe_check(error="an event must not end before it starts")
    def dates_are_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return df["end_date"].isna() | df["start_date"].isna() | (df["start_date"] <= df["end_date"])


class EventAgencies(SpanModel):
    event_id: Series[Text] = non_empty_id()
    doc_id: Series[Text] = non_empty_id()
    agency_id: Series[Text] = non_empty_id()
    role: Series[Text] = pa.Field(isin=EVENT_AGENCY_ROLES)
    start_char: Series[pd.Int64Dtype]
    end_char: Series[pd.Int64Dtype]
    sentence: Series[Text] = pa.Field(nullable=True)


class EventAttendees(SpanModel):
    event_id: Series[Text] = non_empty_id()
    doc_id: Series[Text] = non_empty_id()
    person_id: Series[Text] = non_empty_id()
    name: Series[Text] = pa.Field(str_length={"min_value": 1})
    role: Series[Text] = pa.Field(isin=ATTENDEE_ROLES)
    start_char: Series[pd.Int64Dtype]
    end_char: Series[pd.Int64Dtype]
    sentence: Series[Text] = pa.Field(nullable=True)
