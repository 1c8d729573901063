"""Gazetteer places: city and province from English and Chinese text."""
from pathlib import Path

import pytest
import yaml

from pipelines.extract.places import find_places
from pipelines.extract.text import NormalizedText

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DIVISIONS = Path(__file__).resolve().parents[1] / "pipelines" / "extract" / "data" / "divisions.yaml"


def places(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    return [(p.surface, p.city, p.province) for p in find_places(NormalizedText(text), language)]


def test_gazetteer_covers_every_division():
    data = yaml.safe_load(DIVISIONS.read_text(encoding="utf-8"))
    assert len(data["provinces"]) == 34
    assert sum(c["kind"] == "prefecture" for c in data["cities"]) >= 330
    provinces = {p["en"] for p in data["provinces"]}
    assert all(c["province"] in provinces for c in data["cities"] + data["towns"])


@pytest.mark.parametrize("text, expected", [
    ("held in Jinan, Shandong Province from", [("Jinan, Shandong Province", "Jinan", "Shandong")]),
    ("a symposium in Nanchang, Jiangxi Province,", [("Nanchang, Jiangxi Province", "Nanchang", "Jiangxi")]),
    ("an inspection in Suzhou, Jiangsu province", [("Suzhou, Jiangsu province", "Suzhou", "Jiangsu")]),
    ("It was held in Beijing.", [("Beijing", "Beijing", "Beijing")]),
    ("in Fuzhou, Jiangxi", [("Fuzhou, Jiangxi", "Fuzhou", "Jiangxi")]),   # the Jiangxi Fuzhou, not Fujian's
    ("the Liaoyuan City government", [("Liaoyuan City", "Liaoyuan", "Jilin")]),
])
def test_english(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("王江平在北京調研", [("北京", "Beijing", "Beijing")]),
    ("江苏省苏州市", [("江苏省苏州市", "Suzhou", "Jiangsu")]),
    ("桂敦山带队来我市", []),
    ("临沂市委、市政府", [("临沂市", "Linyi", "Shandong")]),
    ("宣传周10日在京启动", [("京", "Beijing", "Beijing")]),
    ("在京新药业，成岳冲仔细询问企业情况", []),     # (a company's name opening on 京: Jingxin Pharmaceutical)
    ("广东西藏两地", [("广东", None, "Guangdong"), ("西藏", None, "Tibet")]),
])
def test_chinese(text, expected):
    assert places(text, "zh") == expected


def test_bare_names_inside_people_and_words_are_not_places():
    assert places("Wang Hong and Zhang Yulin met the press.") == []
    assert places("要确保长治久安和中山大学", "zh") == []


def test_corpus_pages():
    text = (CORPUS / "d02_nmpa_lili_suzhou_inspection.txt").read_text(encoding="utf-8")
    assert ("Suzhou", "Jiangsu") in {(p.city, p.province) for p in find_places(NormalizedText(text), "en")}
    text = (CORPUS / "f06_gba_work_plan.txt").read_text(encoding="utf-8")
    assert ("Zhongshan", "Guangdong") in {(p.city, p.province) for p in find_places(NormalizedText(text), "zh")}


def test_hong_kong_and_macao_are_their_own_cities_and_taiwans_cities_are_known():
    assert places("The seminar was held in Hong Kong.") == [("Hong Kong", "Hong Kong", "Hong Kong")]
    assert places("研讨会在澳门举行。", "zh") == [("澳门", "Macao", "Macao")]
    assert places("座談會在臺北市舉行。", "zh") == [("臺北市", "Taipei", "Taiwan")]


def test_a_zone_or_district_named_like_a_city_is_not_that_city():
    assert places("代表团在合作区考察中医药产业园。", "zh") == []
    assert places("地址：臺北市大安區信義路三段140號", "zh") == [("臺北市", "Taipei", "Taiwan")]


def test_a_district_where_products_are_piloted_is_in_its_city():
    assert places("国家药监局在浦东召开座谈会。", "zh") == [("浦东", "Shanghai", "Shanghai")]
    assert places("The NMPA held a symposium in Hengqin.") == [("Hengqin", "Zhuhai", "Guangdong")]


@pytest.mark.parametrize("text, language, expected", [
    ("the sixth dialogue held in Berlin on Wednesday", "en", [("Berlin", "Berlin", None)]),
    ("a forum was held in São Paulo", "en", [("São Paulo", "São Paulo", None)]),
    ("会议在日内瓦召开", "zh", [("日内瓦", "Geneva", None)]),
    ("Berlin and Paris are far apart", "en", []),            # a city abroad is placed by a cue, as a bare city is
])
def test_a_city_abroad_is_a_place_of_its_own_with_no_province(text, language, expected):
    assert places(text, language) == expected
    assert all(p.abroad for p in find_places(NormalizedText(text), language))


def test_a_town_reached_by_qianwang_is_placed():
    assert places("代表团前往横琴，参观产业园", "zh") == [("横琴", "Zhuhai", "Guangdong")]
