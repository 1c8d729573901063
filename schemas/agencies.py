"""Agencies: the registry dimension, what documents discovered, and their mentions."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.base import AGENCY_LEVELS, SpanModel, TableModel, Text, non_empty_id


class AgencyColumns(TableModel):
    agency_id: Series[Text] = non_empty_id()
    name_en: Series[Text] = pa.Field(nullable=True)
    name_zh: Series[Text] = pa.Field(nullable=True)
    abbreviation: Series[Text] = pa.Field(nullable=True)
    parent_agency_id: Series[Text] = pa.Field(nullable=True)
    level: Series[Text] = pa.Field(nullable=True, isin=AGENCY_LEVELS)
    province: Series[Text] = pa.Field(nullable=True)
    in_registry: Series[bool]

    @pa.dataframe_check(error="an agency needs an English or a Chinese name")
    def has_a_name(cls, df: pd.DataFrame) -> pd.Series:
        return df["name_en"].notna() | df["name_zh"].notna()


class DiscoveredAgencies(AgencyColumns):
    doc_id: Series[Text] = non_empty_id()
    aliases: Series[object] = pa.Field(nullable=True)


class Agencies(AgencyColumns):
    agency_id: Series[Text] = non_empty_id(unique=True)


class AgencyAliases(TableModel):
    agency_id: Series[Text] = non_empty_id()
    alias: Series[Text] = pa.Field(str_length={"min_value": 1})


class AgencyMentions(SpanModel):
    doc_id: Series[Text] = non_empty_id()
    agency_id: Series[Text] = non_empty_id()
    surface: Series[Text] = pa.Field(str_length={"min_value": 1})
    start_char: Series[pd.Int64Dtype]
    end_char: Series[pd.Int64Dtype]
    sentence: Series[Text] = pa.Field(nullable=True)
