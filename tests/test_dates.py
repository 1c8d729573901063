"""Date finding and resolution: every supported form, the ordinal traps, and real corpus pages."""
from datetime import date
from pathlib import Path

import pytest

from pipelines.extract.dates import find_dates
from pipelines.extract.text import NormalizedText

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def resolved(text: str, published: date | None, language: str = "en") -> list[tuple[str, date | None, date | None, str]]:
    return [(m.surface, m.start_date, m.end_date, m.kind) for m in find_dates(NormalizedText(text), published, language)]


@pytest.mark.parametrize("text, published, expected", [
    ("On October 28, 2025, it met.", date(2025, 10, 29), (date(2025, 10, 28), None, "absolute")),
    ("On Oct. 28 it met.", date(2025, 10, 29), (date(2025, 10, 28), None, "absolute")),
    ("signed on Nov 1 in Beijing", date(2025, 11, 3), (date(2025, 11, 1), None, "absolute")),
    ("from 28 October 2025 on", date(2025, 11, 3), (date(2025, 10, 28), None, "absolute")),
    ("Last Tuesday, the 22nd of May 2018", None, (date(2018, 5, 22), None, "absolute")),
    ("Published 2025-04-24 here", None, (date(2025, 4, 24), None, "absolute")),
    ("12/28/2021, 5:40:07 AM", None, (date(2021, 12, 28), None, "absolute")),
    ("opened in Shanghai on the 14th.", date(2022, 11, 26), (date(2022, 11, 14), None, "absolute")),
    ("met on the 27th, officials said", date(2026, 2, 3), (date(2026, 1, 27), None, "absolute")),
    ("held from February 18th to 19th.", date(2025, 2, 28), (date(2025, 2, 18), date(2025, 2, 19), "range")),
    ("between June 17 and June 20.", date(2019, 6, 24), (date(2019, 6, 17), date(2019, 6, 20), "range")),
    ("on June 17-20 in Suzhou", date(2019, 6, 24), (date(2019, 6, 17), date(2019, 6, 20), "range")),
    ("held in London on 12 and 13 September 2023.", date(2023, 9, 15), (date(2023, 9, 12), date(2023, 9, 13), "range")),
    ("said today", date(2019, 11, 29), (date(2019, 11, 29), None, "relative")),
    ("said yesterday", date(2019, 11, 29), (date(2019, 11, 28), None, "relative")),
    ("this morning, it opened", date(2019, 11, 29), (date(2019, 11, 29), None, "relative")),
    ("recently issued", date(2019, 11, 29), (None, None, "vague")),
])
def test_english_forms(text, published, expected):
    assert resolved(text, published)[0][1:] == expected


@pytest.mark.parametrize("text, published, expected", [
    ("2025年10月28日召开", None, (date(2025, 10, 28), None, "absolute")),
    ("10月28日召开", date(2025, 10, 29), (date(2025, 10, 28), None, "absolute")),
    ("宣传周10日在京启动", date(2023, 7, 10), (date(2023, 7, 10), None, "absolute")),
    ("27日上午，省局召开座谈会", date(2023, 7, 28), (date(2023, 7, 27), None, "absolute")),
    ("本月21日至23日，代表团访问", date(2021, 4, 23), (date(2021, 4, 21), date(2021, 4, 23), "range")),
    ("於本（10）月17日在臺北舉行", date(2024, 10, 18), (date(2024, 10, 17), None, "absolute")),   # this month, numbered
    ("30日至2日调研", date(2021, 5, 3), (date(2021, 4, 30), date(2021, 5, 2), "range")),
    ("9月21日至24日举行", date(2025, 9, 30), (date(2025, 9, 21), date(2025, 9, 24), "range")),
    ("8月15日至16日,督导", date(2019, 8, 19), (date(2019, 8, 15), date(2019, 8, 16), "range")),
    ("于2021年9月29日(星期三)下午举行", None, (date(2021, 9, 29), None, "absolute")),
    ("二〇二一年九月二十九日", None, (date(2021, 9, 29), None, "absolute")),
    ("今天的吹风会", date(2021, 9, 29), (date(2021, 9, 29), None, "relative")),
    ("昨日召开", date(2021, 9, 29), (date(2021, 9, 28), None, "relative")),
    ("近日印发", date(2021, 9, 29), (None, None, "vague")),
    ("日前發出", date(2021, 9, 29), (None, None, "vague")),
])
def test_chinese_forms(text, published, expected):
    assert resolved(text, published, "zh")[0][1:] == expected


@pytest.mark.parametrize("text", [
    "the 14th Five-Year Plan", "the 20th Central Committee of the CPC", "at the 17th meeting of the Standing Committee",
    "This is the 16th briefing in the series", "第十四个五年规划", "“十四五”规划", "国办发〔2016〕11号", "自收到之日起15日内",
    "每月5日上报",
])
def test_ordinals_and_counts_are_not_dates(text):
    assert resolved(text, date(2025, 1, 1), "zh" if not text.isascii() else "en") == []


def test_year_inference_and_missing_publication():
    # A yearless date well after publication belongs to the year before.
    assert resolved("On December 28 it met.", date(2022, 1, 5))[0][1] == date(2021, 12, 28)
    # Without a publication date nothing relative or yearless resolves, but the mention is kept.
    assert resolved("On January 9 and today", None) == [("January 9", None, None, "absolute"), ("today", None, None, "relative")]
    # Invalid calendar days are never produced.
    assert resolved("On February 30, 2023", None) == [("February 30, 2023", None, None, "absolute")]


def test_dateline_anchors_relative_words():
    text = "(Yicai Global) Nov. 28 -- The official said at a press conference today in Beijing."
    assert [m[1] for m in resolved(text, date(2019, 11, 29))] == [date(2019, 11, 28), date(2019, 11, 28)]


def test_evidence_points_into_original_text():
    raw = "國家藥監局2023年7月10日在京啟動宣傳周。"
    (m,) = find_dates(NormalizedText(raw), None, "zh")
    assert raw[m.evidence.start:m.evidence.end] == m.surface == "2023年7月10日"
    assert m.evidence.sentence == raw


@pytest.mark.parametrize("name, published, language, surface, start, end", [
    ("001_81d3dcfeeb5081c9.txt", date(2025, 2, 28), "en", "from February 18th to 19th", date(2025, 2, 18), date(2025, 2, 19)),
    ("d05_shanghai_biomedical_industry_week.txt", date(2022, 11, 26), "en", "on the 14th", date(2022, 11, 14), None),
    ("d09_nmpa_yang_sheng_meets_us_fda.txt", date(2026, 2, 3), "en", "Jan 27", date(2026, 1, 27), None),
    ("f01_linyi_mpa_inspection.txt", date(2019, 8, 19), "zh", "8月15日至16日", date(2019, 8, 15), date(2019, 8, 16)),
    ("f05_nhsa_fyp_briefing.txt", None, "zh", "2021年9月29日(星期三)", date(2021, 9, 29), None),
    ("f08_device_safety_week.txt", date(2023, 7, 10), "zh", "10日", date(2023, 7, 10), None),
])
def test_corpus_pages(name, published, language, surface, start, end):
    mentions = find_dates(NormalizedText((CORPUS / name).read_text(encoding="utf-8")), published, language)
    assert (surface, start, end) in [(m.surface, m.start_date, m.end_date) for m in mentions]


@pytest.mark.parametrize("text, published, expected", [
    # published on a Wednesday
    ("The bureau signed the deal on Monday.", date(2024, 3, 13), date(2024, 3, 11)),
    ("Officials met Wednesday in Hangzhou.", date(2024, 3, 13), date(2024, 3, 13)),
    ("It opened last Wednesday.", date(2024, 3, 13), date(2024, 3, 6)),
    ("It will open next Friday.", date(2024, 3, 13), date(2024, 3, 15)),
    ("On the 5th, the team inspected two plants.", date(2024, 3, 13), date(2024, 3, 5)),
])
def test_weekdays_and_sentence_initial_day_numbers(text, published, expected):
    assert resolved(text, published)[0][1] == expected


def test_weekday_naming_a_calendar_date_is_one_mention():
    assert resolved("on Tuesday, March 12, 2024", None) == [("Tuesday, March 12, 2024", date(2024, 3, 12), None, "absolute")]


@pytest.mark.parametrize("label", ["发布时间", "發布時間", "發佈日期", "時間"])
def test_header_line_dates_a_page_without_publication_date(label):
    text = f"某某局工作会议实录\n{label}：2022-06-08\n\n今天召开工作会议。"
    assert [m[1] for m in resolved(text, None, "zh")] == [date(2022, 6, 8), date(2022, 6, 8)]


@pytest.mark.parametrize("text, published, language, expected", [
    # a bracketed explicit date glosses the relative word before it
    ("The minister toured Shenzhen today (June 3).", date(2022, 6, 3), "en", [("June 3", date(2022, 6, 3))]),
    ("局长今日（三月十二日）上午出席论坛。", date(2021, 3, 12), "zh", [("三月十二日", date(2021, 3, 12))]),
    ("本月5日，三部门召开推进会。", date(2022, 9, 20), "zh", [("本月5日", date(2022, 9, 5))]),
    ("On the morning of the 6th, the team met.", date(2021, 8, 9), "en", [("On the morning of the 6th", date(2021, 8, 6))]),
    ("Posted\n07-14-2019 09:10 BJT\nThe fair opened today.", None, "en",
     [("07-14-2019", date(2019, 7, 14)), ("today", date(2019, 7, 14))]),
])
def test_relative_words_and_glosses(text, published, language, expected):
    assert [(m[0], m[1]) for m in resolved(text, published, language)] == expected


def test_page_without_publication_date_is_dated_by_its_date_line():
    text = "The delegation arrived on June 2 and returns tomorrow (June 4).\nEnds/Friday, June 3, 2022\n"
    assert [m[1] for m in resolved(text, None)] == [date(2022, 6, 2), date(2022, 6, 4), date(2022, 6, 3)]


def test_two_days_of_one_month_joined_by_and_are_a_range():
    assert resolved("The expo, held on March 8 and 9, closed.", date(2024, 3, 10))[0][1:3] == (
        date(2024, 3, 8), date(2024, 3, 9))


def test_relative_day_glossed_by_its_number():
    text = NormalizedText("今(12)日，省局召开会议；昨（11）日已开展检查。")
    assert [d.start_date for d in find_dates(text, date(2024, 6, 12), "zh")] == [date(2024, 6, 12), date(2024, 6, 11)]


def test_two_days_each_with_its_weekday_joined_as_one_range():
    assert resolved("蔡炳祥于本周一（14日）至周二（15日）率领代表团赴广西", date(2024, 10, 16), "zh") == [
        ("14日）至周二（15日", date(2024, 10, 14), date(2024, 10, 15), "range")]
    assert [m[1:3] for m in resolved("14日和15日", date(2024, 10, 16), "zh")] == [
        (date(2024, 10, 14), None), (date(2024, 10, 15), None)]


def test_a_weekday_yet_to_come_is_the_coming_one():
    text = "She is scheduled to attend the symposium in Shanghai on Friday. Officials said on Friday that it was held."
    assert [d for _, d, _, _ in resolved(text, date(2025, 6, 5))] == [date(2025, 6, 6), date(2025, 5, 30)]
    # (what will be done, as a forum that was held heard: the Tuesday gone)
    text = "Experts will share know-how with more countries, a forum held in Shanghai heard on Tuesday, World Malaria Day."
    assert [d for _, d, _, _ in resolved(text, date(2023, 4, 26))] == [date(2023, 4, 25)]


def test_chinese_weekdays_of_this_last_and_next_week():
    friday = date(2023, 5, 26)
    assert [r[:2] for r in resolved("本周二下午召开座谈会。上周五举行会议。星期三出席。下周一将开幕。", friday, "zh")] == [
        ("本周二", date(2023, 5, 23)), ("上周五", date(2023, 5, 19)), ("星期三", date(2023, 5, 24)),
        ("下周一", date(2023, 5, 29))]
    assert resolved("每周一次检查，一周一报，建国七十周年。", friday, "zh") == []


@pytest.mark.parametrize("text, published, expected", [
    ("食藥署預計於113年6月18日舉辦說明會", date(2024, 6, 5), date(2024, 6, 18)),
    ("衛生福利部於中華民國113年5月20日修正發布", date(2024, 6, 5), date(2024, 5, 20)),
    ("雙方本月十六日在橫琴簽署協議", date(2024, 5, 17), date(2024, 5, 16)),
])
def test_taiwan_years_and_days_in_numerals(text, published, expected):
    assert [start for _, start, _, _ in resolved(text, published, "zh")] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("上月18日至21日，温州市卫生健康委员会开展督导", (date(2024, 6, 18), date(2024, 6, 21))),
    ("上月5日召开会议", (date(2024, 6, 5), None)),
    ("本月十六日签署", (date(2024, 7, 16), None)),
])
def test_days_of_last_and_this_month(text, expected):
    assert [(start, end) for _, start, end, _ in resolved(text, date(2024, 7, 22), "zh")] == [expected]


@pytest.mark.parametrize("text,published,expected", [
    ("上周四至周五，座谈会在成都召开。", date(2024, 11, 18), (date(2024, 11, 14), date(2024, 11, 15))),
    ("本周三至周四，检查组深入基层。", date(2024, 4, 26), (date(2024, 4, 24), date(2024, 4, 25))),
    ("The training ran from Tuesday to Thursday.", date(2024, 9, 14), (date(2024, 9, 10), date(2024, 9, 12))),
    ("The two days of talks on Monday and Tuesday ended.", date(2025, 7, 31), (date(2025, 7, 28), date(2025, 7, 29))),
])
def test_two_weekdays_joined_are_one_range_in_the_first_one_s_week(text, published, expected):
    language = "en" if text.isascii() else "zh"
    (mention,) = find_dates(NormalizedText(text), published, language)
    assert (mention.start_date, mention.end_date) == expected


def test_two_weekdays_apart_joined_by_and_are_two_days():
    found = find_dates(NormalizedText("They met on Monday and Thursday."), date(2025, 7, 31), "en")
    assert [(m.start_date, m.end_date) for m in found] == [(date(2025, 7, 28), None), (date(2025, 7, 31), None)]


def test_hong_kong_and_macao_year_zeros_and_a_relative_day_glossed_in_numerals():
    # (二○二二: the zero as a circle, U+25CB, as their government pages write it)
    assert resolved("藥監局自二○二二年一月一日成立以來", date(2025, 3, 19), "zh")[0][1] == date(2022, 1, 1)
    assert resolved("雙方昨(十八)日在珠海簽署協議", date(2025, 3, 19), "zh")[0][1] == date(2025, 3, 18)


def test_a_run_through_a_weekday_told_in_the_past_is_the_latest_one():
    # published on a Thursday
    assert resolved("The seminar ran through Tuesday.", date(2024, 8, 29))[0][1] == date(2024, 8, 27)
    assert resolved("The fair runs through Sunday.", date(2024, 8, 29))[0][1] == date(2024, 9, 1)


def test_zh_a_month_and_day_after_last_year_or_this_year_is_of_that_year():
    found = find_dates(NormalizedText("去年5月12日，省政府办公厅印发《若干措施》；去年12月30日至1月2日开展检查；今年1月5日举行。"),
                       date(2024, 3, 28), "zh")
    assert [(d.start_date, d.end_date) for d in found] == [
        (date(2023, 5, 12), None), (date(2023, 12, 30), date(2024, 1, 2)), (date(2024, 1, 5), None)]


def test_relative_days_in_a_transcript_count_from_its_labelled_date_not_a_later_publication():
    text = NormalizedText("Speakers:\nMr. Li Li\n\nDate:\nSept. 19, 2024\n\nLi Li:\nThe symposium held yesterday marked it.")
    found = find_dates(text, date(2024, 9, 23), "en")
    assert [d.start_date for d in found] == [date(2024, 9, 19), date(2024, 9, 18)]


def test_zh_a_minguo_year_glossed_in_brackets_before_the_month_and_day():
    found = find_dates(NormalizedText("雙北衛生局去(111)年12月6日簽署備忘錄，今(112)年8月1日起開辦。"), date(2023, 10, 17), "zh")
    assert [d.start_date for d in found] == [date(2022, 12, 6), date(2023, 8, 1)]


def test_a_day_some_years_ago_a_span_from_yesterday_to_today_and_a_weekday_an_event_runs_until():
    def days(text, published, language):
        return [(m.start_date, m.end_date) for m in find_dates(NormalizedText(text), published, language)]
    assert days("三年前的7月4日，国家药监局发布", date(2024, 7, 8), "zh") == [(date(2021, 7, 4), None)]
    assert days("去年5月12日", date(2024, 7, 8), "zh") == [(date(2023, 5, 12), None)]
    assert days("visited Foshan from yesterday (November 21) to today (November 22).", date(2024, 11, 22), "en") == [
        (date(2024, 11, 21), date(2024, 11, 22))]
    assert days("The assembly opened on May 20 and runs until Tuesday.", date(2019, 5, 27), "en") == [
        (date(2019, 5, 20), None), (date(2019, 5, 28), None)]


def test_zh_a_ranges_two_weekdays_glossed_after_it_are_part_of_it():
    found = [(m.surface, m.start_date, m.end_date) for m in find_dates(
        NormalizedText("將於8月3日至4日（星期六、日）在臺北舉辦研討會。"), date(2019, 7, 26), "zh")]
    assert found == [("8月3日至4日（星期六、日）", date(2019, 8, 3), date(2019, 8, 4))]


def test_a_day_of_this_month_in_numerals_keeps_its_weekday_gloss():
    # (the weekday glosses the day: one date, not a Wednesday of its own a week earlier)
    assert resolved("衞生署將於本月二十日（星期三）下午舉行業界簡介會", date(2016, 1, 4), "zh") == [
        ("本月二十日（星期三）", date(2016, 1, 20), None, "absolute")]


def test_a_yearless_day_after_publication_takes_the_year_its_review_states():
    review = ("浙江省药品监督管理局2023年工作总结和2024年工作思路\n2023年，省药监局统筹发展。\n一、2023年主要工作\n"
              "（一）谋篇布局开好局。2月22日（星期三），全省药品监督管理工作会议在杭州召开。")
    assert [d.start_date for d in find_dates(NormalizedText(review), date(2024, 1, 26), "zh")][-1] == date(2023, 2, 22)
    ahead = "The conference will be held on February 16."
    assert [d.start_date for d in find_dates(NormalizedText(ahead), date(2024, 1, 10), "en")] == [date(2024, 2, 16)]


def test_a_yearless_day_with_its_year_in_words_after_it():
    text = NormalizedText("Inspectors visited the plant from Nov 6 to 10 last year. The rules were adopted on March 3 this year.")
    assert [(d.start_date, d.end_date) for d in find_dates(text, date(2024, 8, 21), "en")] == [
        (date(2023, 11, 6), date(2023, 11, 10)), (date(2024, 3, 3), None)]


def test_a_weekday_in_a_past_events_own_clause_after_a_future_one_is_the_last_one():
    text = ("Drug regulators will recognize each other's inspection results from July 1, under trial measures adopted at "
            "a symposium held in Chongqing's Tongnan district on Wednesday. The forum will be held in Chengdu on Friday.")
    assert [d.start_date for d in find_dates(NormalizedText(text), date(2024, 6, 6), "en")] == [
        date(2024, 7, 1), date(2024, 6, 5), date(2024, 6, 7)]
