"""Events: typing, dating, merging and links, on hand-made inputs and against the gold corpus."""
import json
from datetime import date
from pathlib import Path

import pytest

from pipelines.extract.agencies import AgencyRegistry
from pipelines.extract.dates import find_dates
from pipelines.extract.document import extract_document
from pipelines.extract.events import find_events
from pipelines.extract.model import AgencyMention, Directive, PersonMention
from pipelines.extract.places import find_places
from pipelines.extract.text import NormalizedText

SHARED = Path(__file__).resolve().parents[2] / "shared"
FAMILY = {"meeting": "meeting", "press_conference": "press_conference", "release": "release", "visit": "visit",
          "signing": "signing"}


def events(raw: str, published: date | None, language: str = "en", agencies=(), people=(), directives=(),
           officials=None):
    """find_events on raw, with the given mentions (each at its first place); `officials`: name -> agency_id."""
    text = NormalizedText(raw)

    def at(surface: str):
        start = raw.index(surface)
        return text.evidence(start, start + len(surface))

    ams = [AgencyMention(agency_id, s, at(s)) for agency_id, s in agencies]
    pms = [PersonMention(name, at(name)) for name in people]
    pms += [PersonMention(name, at(name), agency_id=agency_id) for name, agency_id in (officials or {}).items()]
    pms.sort(key=lambda p: p.evidence.start)    # in text order, as find_people gives them
    dirs = [Directive(title, at(title), issuer_ids=tuple(issuers)) for title, issuers in directives]
    return find_events(text, language, published, find_dates(text, published, language), ams, pms, dirs,
                       find_places(text, language), AgencyRegistry([]))


def test_meeting_with_range_place_organizer_and_attendee():
    raw = ("The 2025 National Conference on Drug Registration was held in Jinan, Shandong Province from February "
           "18th to 19th. Huang Guo, Deputy Director of the NMPA, attended the meeting and delivered a speech. "
           "The meeting emphasized that the spirit of the Third Plenary Session must be implemented.")
    (ev,) = events(raw, date(2025, 2, 28), agencies=[("nmpa", "NMPA")], people=["Huang Guo"])
    assert (ev.event_type, ev.start_date, ev.end_date, ev.city, ev.province) == (
        "meeting", date(2025, 2, 18), date(2025, 2, 19), "Jinan", "Shandong")
    assert ev.name == "2025 National Conference on Drug Registration"
    assert [a.name for a in ev.attendees] == ["Huang Guo"] and ev.attendees[0].role == "speaker"


def test_a_briefing_named_with_its_host_is_held_by_it_not_by_the_speakers_body():
    raw = "NMPA Commissioner Li Li told a State Council Information Office news conference in Beijing on Jan. 14 that exports rose."
    (pc,) = extract_document(raw, "en", date(2025, 1, 15)).events
    assert (pc.event_type, pc.organizer_ids, pc.participant_ids) == ("press_conference", ("scio",), ("nmpa",))


def test_a_forum_session_a_delegation_met_and_a_measures_release_told_by_weekday():
    raw = ("At a session titled \"Health Without Borders\" on Wednesday afternoon, Ni Qiang spoke. He pointed to the "
           "Several Measures to Support the Biomedical Industry in Hainan Free Trade Port (2025-2027), released on Monday "
           "by the General Office of the Hainan Provincial People's Government. Ni met "
           "Aalto and his delegation on Tuesday evening.")
    evs = extract_document(raw, "en", date(2025, 3, 28)).events
    assert sorted((e.event_type, e.start_date) for e in evs) == [
        ("meeting", date(2025, 3, 26)), ("release", date(2025, 3, 24)), ("visit", date(2025, 3, 25))]


def test_an_article_of_a_rule_reports_no_meeting():
    raw = "第六条　定点医疗机构应根据临床需求，及时召开药事管理与药物治疗学委员会会议，将谈判药品纳入用药供应目录。"
    assert extract_document(raw, "zh", date(2024, 5, 1)).events == []


def test_a_release_yet_to_come_is_none():
    zh = "胡正平表示，省药品监督管理局将抓紧制定配套制度，年内出台《安徽省医疗机构制剂调剂使用管理办法》。"
    assert extract_document(zh, "zh", date(2024, 9, 29)).events == []
    en = "The NMPA said the Measures for the Administration of Expanded Access will be issued by the end of the year."
    assert extract_document(en, "en", date(2024, 9, 29)).events == []


def test_an_undated_issuer_told_in_an_aside_is_background_not_a_release():
    raw = ("The Provisions for Drug Registration, issued by the State Administration for Market Regulation, repeat this "
           "rule.")
    assert extract_document(raw, "en", date(2024, 9, 20)).events == []


def test_a_notice_told_by_its_kind_with_its_day_before_its_title():
    raw = ("BEIJING, Sept. 20 -- China will launch a new round of procurement, according to a notice released on "
           "Thursday by the National Healthcare Security Administration (NHSA).\nThe Notice on Carrying Out the National "
           "Organized Centralized Procurement of Peripheral Vascular Intervention Medical Consumables was jointly issued "
           "by the NHSA and the National Health Commission.")
    (release,) = extract_document(raw, "en", date(2024, 9, 20)).events
    assert (release.event_type, release.start_date) == ("release", date(2024, 9, 19))   # (will launch: not Thursday next)


def test_visit_and_reception_types():
    (ev,) = events("On Jan 27, Yang Sheng, deputy commissioner of the NMPA, met with a visiting delegation led by "
                   "Mark Abdoo. Also present at the meeting were officials.", date(2026, 2, 3),
                   agencies=[("nmpa", "NMPA")], people=["Yang Sheng", "Mark Abdoo"])
    assert (ev.event_type, ev.start_date, ev.organizer_ids) == ("visit", date(2026, 1, 27), ("nmpa",))
    zh = events("8月15日至16日,省药品监督管理局局长桂敦山带队来我市,督导检查药品监管工作。", date(2019, 8, 19), "zh")
    assert [(e.event_type, e.start_date, e.end_date) for e in zh] == [("visit", date(2019, 8, 15), date(2019, 8, 16))]
    for led in ("led an inspection team on an unannounced visit to", "made an unannounced visit to"):
        (ev,) = events(f"On Wednesday, the director {led} four pharmacies in Fengtai district.", date(2024, 5, 17))
        assert (ev.event_type, ev.start_date) == ("visit", date(2024, 5, 15))


def test_teams_sent_to_a_list_of_provinces_and_a_products_on_site_inspection_are_visits():
    zh = "6月17日至21日，国家药监局派出5个督导组，分赴河北、山西、湖南、广西、云南等10个省（区）开展实地督导。"
    assert [(e.event_type, e.start_date, e.end_date) for e in events(zh, date(2024, 7, 5), "zh")] == [
        ("visit", date(2024, 6, 17), date(2024, 6, 21))]
    zh = "2023年11月6日至9日，江苏省药品监督管理局对瑞格替尼片同步开展药品注册核查和上市前GMP符合性检查。"
    assert [(e.event_type, e.start_date) for e in events(zh, date(2024, 3, 8), "zh")] == [("visit", date(2023, 11, 6))]
    policy = "对首次开展委托生产的持有人，上市前开展全覆盖的药品GMP符合性检查。"
    assert events(policy, date(2024, 3, 8), "zh") == []


def test_a_delegations_trip_of_days_and_the_symposium_on_one_of_them():
    raw = ("9月12日至14日，国家卫生健康委副主任曹雪涛一行来甘肃，先后深入兰州市、定西市，就药品供应保障等工作开展调研，"
           "并在兰州召开座谈会。\n14日下午，调研座谈会在兰州召开。")
    evs = events(raw, date(2023, 9, 15), "zh")
    assert [(e.event_type, e.start_date, e.end_date) for e in evs] == [
        ("visit", date(2023, 9, 12), date(2023, 9, 14)), ("meeting", date(2023, 9, 14), None)]


def test_a_legislatures_vote_on_a_regulation_is_its_release_by_the_standing_committee():
    raw = "安徽省十四届人大常委会第十二次会议在合肥举行。27日下午，会议表决通过了《安徽省药品管理条例》。"
    evs = extract_document(raw, "zh", date(2024, 9, 29)).events
    assert [(e.event_type, e.start_date, e.organizer_ids) for e in evs if e.event_type == "release"] == [
        ("release", date(2024, 9, 27), ("prov-anhui-congress-sc",))]
    plan = "安徽省卫生健康委召开主任办公会议。27日下午，会议审议通过了《安徽省卫生健康事业发展规划》。"
    assert not [e for e in extract_document(plan, "zh", date(2024, 9, 29)).events if e.event_type == "release"]


def test_after_the_closing_session_is_its_last_day_and_who_then_holds_a_briefing_hosts_it():
    raw = ("云南省第十四届人民代表大会常务委员会第十三次会议于2024年11月26日至28日在昆明举行。\n"
           "闭幕会后，省人大常委会办公厅举行新闻发布会。")
    pc = extract_document(raw, "zh", date(2024, 11, 29)).events[-1]
    assert (pc.event_type, pc.start_date, pc.organizer_ids) == (
        "press_conference", date(2024, 11, 28), ("prov-yunnan-congress-sc-office",))


def test_a_cooperation_arrangement_signed_by_two_directors_and_witnessed_but_not_by_a_cited_documents_issuers():
    raw = ("為落實中共中央、國務院印發的《橫琴粵澳深度合作區建設總體方案》，澳門特別行政區政府藥物監督管理局於本月十二日簽署"
           "《關於便利澳門中成藥註冊的合作安排》。藥監局局長蔡炳祥與商事服務局局長梁志強代表雙方簽署，"
           "廣東省藥品監督管理局副局長陳少芳見證簽署。")
    (signing,) = extract_document(raw, "zh", date(2024, 3, 13)).events
    assert (signing.event_type, signing.start_date, signing.organizer_ids) == ("signing", date(2024, 3, 12), ("macao-isaf",))
    assert {a.name for a in signing.attendees} >= {"蔡炳祥", "梁志强", "陈少芳"}


def test_press_conference_and_signing():
    (pc,) = events("国务院新闻办公室于2021年9月29日(星期三)下午4时举行国务院政策例行吹风会。", None, "zh")
    assert (pc.event_type, pc.start_date) == ("press_conference", date(2021, 9, 29))
    (sg,) = events("11月9日,广东省药监局与西藏自治区药监局签署战略合作框架协议。", None, "zh",
                   agencies=[("gd", "广东省药监局"), ("xz", "西藏自治区药监局")])
    assert (sg.event_type, sg.start_date, set(sg.organizer_ids)) == ("signing", None, {"gd", "xz"})


def test_release_dates_and_vague_words():
    raw = ('On April 24th, seven departments jointly released the "Implementation Plan for the Digital '
           'Transformation". Recently, the ministry issued the "Notice on Drug Sales".')
    evs = events(raw, date(2025, 4, 25), directives=[("Implementation Plan for the Digital Transformation", ["miit"]),
                                                     ("Notice on Drug Sales", [])])
    assert [(e.event_type, e.start_date, e.organizer_ids) for e in evs] == [
        ("release", date(2025, 4, 24), ("miit",)), ("release", None, ())]


def test_references_are_not_events():
    raw = "The meeting fully implements the spirit of the 20th National Congress and the Fourth Plenary Session."
    assert events(raw, date(2025, 1, 1)) == []


def _gold_counts(language: str) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for gold_file in sorted((SHARED / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        if gold["language"] != language:
            continue
        published = date.fromisoformat(gold["published_date"]) if gold["published_date"] else None
        predicted = extract_document((SHARED / "corpus" / gold["doc"]).read_text(encoding="utf-8"),
                                     language, published).events
        # Matched as score.py does: same type family and same start date; optional gold never counts against.
        used: set[int] = set()
        for want_optional in (False, True):
            for g in gold["events"]:
                if bool(g.get("optional")) != want_optional:
                    continue
                hit = next((i for i, p in enumerate(predicted) if i not in used
                            and FAMILY.get(p.event_type, "other") == FAMILY.get(g["type"], "other")
                            and (p.start_date.isoformat() if p.start_date else None) == g["start_date"]), None)
                if hit is not None:
                    used.add(hit)
                    tp += not want_optional
                elif not want_optional:
                    fn += 1
        fp += len(predicted) - len(used)
    return tp, fp, fn


@pytest.mark.parametrize("language", ["en", "zh"])
def test_gold_corpus_f1_floor(language):
    tp, fp, fn = _gold_counts(language)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.75, (tp, fp, fn)


@pytest.mark.parametrize("raw, released", [
    ("The Ministry recently issued the Guideline on Vaccine Storage, officials said.", True),
    ("The Guideline on Vaccine Storage was released on Monday.", True),
    ("Hospitals are implementing the Guideline on Vaccine Storage issued by the Ministry in 2015.", False),
    ("The reform follows the Guideline on Vaccine Storage, issued by the Ministry in 2015.", False),
    ("He explained the revised Guideline on Vaccine Storage to the press.", False),
    ("On 28 June the Ministry promulgated the revised Guideline on Vaccine Storage.", True),
    ("The Ministry is revising the Guideline on Vaccine Storage, issued in 2015.", False),
])
def test_release_needs_an_issuing_verb_taking_the_directive(raw, released):
    evs = events(raw, date(2024, 3, 13), directives=[("Guideline on Vaccine Storage", [])])
    assert any(e.event_type == "release" for e in evs) == released


@pytest.mark.parametrize("raw, released", [
    ("近日，某某局印发《疫苗储存管理办法》。", True),
    ("各地要认真贯彻落实《疫苗储存管理办法》。", False),
    ("2015年某某局印发《疫苗储存管理办法》以来，各地取得积极成效。", False),
    ("省局将加快出台《疫苗储存管理办法》，推动更多产品落地。", False),     # intended, not yet issued
    ("省局正抓紧制定《疫苗储存管理办法》。", False),
    ("去年，某某局药品审评中心发布了《疫苗储存管理办法》。", False),       # background, the year before
])
def test_chinese_release_and_citation(raw, released):
    evs = events(raw, date(2024, 3, 13), "zh", directives=[("疫苗储存管理办法", [])])
    assert any(e.event_type == "release" for e in evs) == released


def test_same_day_signing_and_named_visit():
    raw = ("The 2024 Lakeside Vaccine Forum opened on Tuesday in Hangzhou. "
           "On the opening day, the provincial bureau signed a cooperation agreement with a Thai regulator. "
           "On March 4, Chen Bo visited Ningbo to inspect vaccine makers.")
    evs = {e.event_type: e for e in events(raw, date(2024, 3, 13), people=["Chen Bo"])}
    assert evs["meeting"].start_date == evs["signing"].start_date == date(2024, 3, 12)
    assert evs["signing"].name.startswith("Signing of the cooperation agreement")
    assert evs["visit"].name == "Chen Bo visited Ningbo" and evs["visit"].start_date == date(2024, 3, 4)


def test_range_gives_one_event_and_a_later_bare_mention_joins_it():
    raw = ("The Yangtze Delta Pharmacovigilance Forum, held on June 6 and 7 in Hefei, opened on Thursday. "
           "On the sidelines of the forum on Friday, delegates held talks.")
    evs = [e for e in events(raw, date(2024, 6, 8)) if e.event_type == "meeting"]
    assert [(e.start_date, e.end_date) for e in evs] == [(date(2024, 6, 6), date(2024, 6, 7))]


def test_different_hosts_on_one_day_are_different_events():
    raw = ("The MIIT held a video conference on Monday on drug supply. "
           "On the same day, the NHSA held a mobilization meeting on fund safety.")
    evs = events(raw, date(2024, 3, 6), agencies=[("miit", "MIIT"), ("nhsa", "NHSA")])
    assert [(e.start_date, e.organizer_ids) for e in evs] == [(date(2024, 3, 4), ("miit",)), (date(2024, 3, 4), ("nhsa",))]


def test_cohosts_are_organisers_and_issuers_are_neither():
    raw = ("The summit was held on May 9 and co-hosted by the NMPA and the Hainan government. "
           "Speakers at the summit cited the plan issued by the State Council.")
    (ev,) = events(raw, date(2024, 5, 10), agencies=[("nmpa", "NMPA"), ("hn", "Hainan government"),
                                                       ("sc", "State Council")])
    assert (set(ev.organizer_ids), ev.participant_ids) == ({"nmpa", "hn"}, ())


def test_bid_opening_and_the_day_before():
    raw = "12月10日，第五批药品集中带量采购在南京开标。开标前一日，联盟省份在南京召开工作座谈会。"
    evs = events(raw, date(2022, 12, 12), "zh")
    assert [(e.event_type, e.start_date, e.city) for e in evs] == [
        ("other", date(2022, 12, 10), "Nanjing"), ("meeting", date(2022, 12, 9), "Nanjing")]


def test_event_abroad_does_not_take_the_page_city():
    raw = "9月3日，局长在北京会见代表团。双方回顾了8月在瑞士日内瓦召开的国际会议。"
    meeting = [e for e in events(raw, date(2023, 9, 4), "zh") if e.event_type == "meeting"]
    assert all(e.city is None for e in meeting)


def test_place_nearest_the_event_noun():
    raw = "Regulators in Hubei province spoke at a press conference in Wuhan today."
    (ev,) = events(raw, date(2020, 1, 3))
    assert (ev.start_date, ev.city) == (date(2020, 1, 3), "Wuhan")


def test_this_event_is_dated_by_the_transcript_date_line():
    raw = "Speakers:\nMr. Wang Lin, spokesperson\n\nMarch 2, 2022\n\nWelcome to this press conference held by the SCIO."
    (ev,) = events(raw, date(2022, 3, 20))
    assert ev.start_date == date(2022, 3, 2)


def test_a_date_things_apply_from_is_not_the_event_date():
    (ev,) = events("局长今日（五月九日）举行记者会，宣布新规将于六月一日起实施。", date(2023, 5, 9), "zh")
    assert (ev.event_type, ev.start_date) == ("press_conference", date(2023, 5, 9))


def test_weekday_dates_and_ending_verbs():
    friday = date(2024, 6, 14)
    (rel,) = events("The provincial health commission made public on Monday the Plan to Expand Rural Clinics.", friday,
                    directives=[("Plan to Expand Rural Clinics", [])])
    assert (rel.event_type, rel.start_date) == ("release", date(2024, 6, 10))
    (ev,) = events("The national pharmacovigilance symposium wrapped up in Chengdu yesterday.", friday)
    assert (ev.event_type, ev.start_date) == ("meeting", date(2024, 6, 13))


def test_duration_widens_a_single_date():
    friday = date(2024, 6, 14)
    (ended,) = events("A two-day forum on device regulation that concluded Friday in Hangzhou drew 300 delegates.", friday)
    assert (ended.start_date, ended.end_date) == (date(2024, 6, 13), date(2024, 6, 14))
    (opened,) = events("The three-day conference on drug safety opened on the 11th in Wuhan.", friday)
    assert (opened.start_date, opened.end_date) == (date(2024, 6, 11), date(2024, 6, 13))


def test_anaphoric_dates_follow_the_event_just_reported():
    published = date(2024, 6, 14)
    visit, signing = events("On June 10, the bureau director met in Xiamen with a delegation from Singapore. "
                            "The two sides signed a memorandum of understanding on inspections.", published)
    assert (visit.event_type, signing.event_type, signing.start_date) == ("visit", "signing", date(2024, 6, 10))
    zh = events("6月12日，局长会见来访代表团。会后，双方签署合作备忘录。", published, "zh")
    assert [(e.event_type, e.start_date) for e in zh] == [("visit", date(2024, 6, 12)), ("signing", date(2024, 6, 12))]
    talks, tour = events("On June 10, the director held talks with the visiting delegation. "
                         "In the afternoon, the delegation visited a vaccine plant in Suzhou.", published)
    assert (tour.event_type, tour.start_date) == ("visit", date(2024, 6, 10))
    meeting, release = events("4月8日，市局召开全市化妆品监管工作会议。会议传达了文件精神。会上印发了《化妆品专项整治实施方案》。",
                              published, "zh", directives=[("化妆品专项整治实施方案", [])])
    assert release.start_date == meeting.start_date == date(2024, 4, 8)


def test_release_dated_by_a_later_sentence_about_it():
    (rel,) = events("The health bureau has published its finalised Rules on Clinical Trial Data. The rules, issued as "
                    "a notice on 3 June, take effect in 2025.", date(2024, 6, 14),
                    directives=[("Rules on Clinical Trial Data", [])])
    assert rel.start_date == date(2024, 6, 3)


def test_transcript_header_dates_the_press_conference():
    en = events("Transcript of the press conference\nDate: March 3, 2022\nGood afternoon. Welcome to the press "
                "conference.", None)
    zh = events("新闻发布会文字实录\n时间：2022年3月3日\n主持人：下午好，欢迎出席国务院新闻办公室新闻发布会。", None, "zh")
    assert [(e.event_type, e.start_date) for e in en + zh] == [("press_conference", date(2022, 3, 3))] * 2


def test_news_agency_and_joint_hosts():
    (ev,) = events("The forum was jointly convened by the NHC and eight other departments including the NMPA and the "
                   "NHSA on June 3, Xinhua reported.", date(2024, 6, 14),
                   agencies=[("nhc", "NHC"), ("nmpa", "NMPA"), ("nhsa", "NHSA"), ("xinhua", "Xinhua")])
    assert set(ev.organizer_ids) == {"nhc", "nmpa", "nhsa"} and "xinhua" not in ev.participant_ids


def test_agencies_whose_officials_attend_are_participants():
    (ev,) = events("Officials of the City Health Commission attended the conference held by the Provincial Health "
                   "Commission on June 3.", date(2024, 6, 14),
                   agencies=[("city", "City Health Commission"), ("prov", "Provincial Health Commission")])
    assert (ev.organizer_ids, ev.participant_ids) == (("prov",), ("city",))


def test_people_who_take_part_in_a_later_sentence_attend_the_event_reported_before():
    raw = ("The 2024 Provincial Drug Safety Symposium was held in Hefei on March 3. Zhang Wei, vice governor of "
           "Anhui, delivered a keynote speech. Chen Ming, deputy director of the provincial administration, chaired "
           "the session. Wang Lan said the province would publish a list of key enterprises.")
    (ev,) = events(raw, date(2024, 3, 5), people=["Zhang Wei", "Chen Ming", "Wang Lan"])
    assert {(a.name, a.role) for a in ev.attendees} == {("Zhang Wei", "speaker"), ("Chen Ming", "presider")}
    raw = ("At a symposium held in Kunming on the 31st, Xu listened to reports. Zhao Jianhua, director of the Yunnan "
           "MPA, briefed him on the province's work. Li Hong, deputy director of the Yunnan MPA, also took part.")
    (ev,) = events(raw, date(2023, 11, 2), people=["Zhao Jianhua", "Li Hong"])
    assert {a.name for a in ev.attendees} == {"Zhao Jianhua", "Li Hong"}
    zh = "日前，省药监局与沈阳药科大学签署战略合作协议。副局长周丽与副校长李岩松代表双方签约。"
    (ev,) = events(zh, date(2023, 11, 2), "zh", people=["周丽", "李岩松"])
    assert {a.name for a in ev.attendees} == {"周丽", "李岩松"}
    zh = ("11月22日，国家药监局在杭州召开全国医疗器械唯一标识工作推进会。" + "会议指出，工作稳步推进。" * 9
          + "会上，医疗器械监督管理司司长李淑萍作工作部署。")
    (ev,) = events(zh, date(2023, 11, 24), "zh", people=["李淑萍"])
    assert [a.name for a in ev.attendees] == ["李淑萍"]     # "at the meeting": however far back it was reported
    zh = "11日下午，徐景和主持召开座谈会，听取工作情况汇报。刘安福、谭湘军分别作汇报。"
    (ev,) = events(zh, date(2023, 5, 15), "zh", people=["徐景和", "刘安福", "谭湘军"])
    assert {a.name for a in ev.attendees} == {"徐景和", "刘安福", "谭湘军"}


def test_a_later_sentence_naming_the_kind_of_event_goes_to_the_last_of_that_kind():
    raw = ("4月14日，省药监局局长王越带队赴泰州市调研药品监管工作。4月15日下午，王越在泰州主持召开座谈会。会议听取了企业汇报。"
           "会议指出，要守牢安全底线。会议要求，要提升检查能力。会议强调，要优化营商环境。会议认为，成绩来之不易。"
           "会议提出，要加强协同。会议部署了下一步工作。会议号召全系统奋发有为。副局长张乐夫参加调研。"
           "会议强调，要贯彻落实习近平总书记重要讲话精神。")
    visit, meeting = events(raw, date(2024, 4, 16), "zh", people=["王越", "张乐夫", "习近平"])
    assert (visit.event_type, meeting.event_type) == ("visit", "meeting")
    assert "张乐夫" in {a.name for a in visit.attendees}     # 调研: the research trip, nine sentences back
    assert "习近平" not in {a.name for a in visit.attendees + meeting.attendees}  # the spirit of a speech


def test_speakers_on_a_briefing_transcripts_header_lines_attend_it():
    raw = ("Speakers:\nMr. Wang Lei, deputy commissioner of the NMPA\nHost:\nMs. Zhou Fang, spokesperson of the SCIO\n\n"
           "Zhou Fang:\nGood afternoon. The State Council Information Office held a press conference in Beijing on "
           "May 6, 2024. Sun Hao, a professor we interviewed, thinks the rules will help.")
    (ev,) = events(raw, date(2024, 5, 6), people=["Wang Lei", "Zhou Fang", "Sun Hao"])
    assert ev.event_type == "press_conference"
    assert {a.name for a in ev.attendees} == {"Wang Lei", "Zhou Fang"}


def test_sentences_do_not_end_after_an_initial_or_a_title_before_a_name():
    text = NormalizedText("Penny K. Lukito met Dr. Libby Lee in the U.S. capital. Mr. Wang signed Order No. 58. "
                          "They left.")
    assert [text.original[s:e].strip() for s, e in text.sentences()] == [
        "Penny K. Lukito met Dr. Libby Lee in the U.S. capital.", "Mr. Wang signed Order No. 58.", "They left."]
    # nor does a month's before its day; a month closing a sentence does
    text = NormalizedText("BEIJING, Jan. 3 (Xinhua) -- It was issued in Oct. It is good.")
    assert [text.original[s:e].strip() for s, e in text.sentences()] == [
        "BEIJING, Jan. 3 (Xinhua) -- It was issued in Oct.", "It is good."]
    # an English semicolon separates the items of one list; a Chinese one, or one with no space after it, ends
    for raw, expected in [("It was signed by Chen Yong, director of X; and Wang Yue, director of the bureau. They left.",
                           ["It was signed by Chen Yong, director of X; and Wang Yue, director of the bureau.", "They left."]),
                          ("一是加强监管；二是优化服务;三是强化保障。", ["一是加强监管；", "二是优化服务;", "三是强化保障。"])]:
        text = NormalizedText(raw)
        assert [text.original[s:e].strip() for s, e in text.sentences()] == expected


def test_signers_named_in_a_later_sentence_attend_the_signing():
    raw = ("7月27日，中国国家药监局与印尼食品药品监督管理局在北京签署合作谅解备忘录。"
           "国家药监局局长李利与印尼食品药品监督管理局局长彭妮·卢基托（Penny K. Lukito）分别代表双方签字。")
    (ev,) = events(raw, date(2023, 7, 28), "zh", people=["李利", "彭妮·卢基托"])
    assert ev.event_type == "signing" and {a.name for a in ev.attendees} == {"李利", "彭妮·卢基托"}


def test_people_referred_to_by_surname_or_short_name_attend_the_event_of_that_sentence():
    raw = ("On April 9, Zhao Dan, director of the Sichuan Healthcare Security Administration, led a research team to "
           "Panzhihua. On the afternoon of April 10, Zhao presided over a symposium in Panzhihua. "
           "Zhao Ming of the city bureau reported on its work.")
    visit, meeting = events(raw, date(2024, 4, 12), people=["Zhao Dan", "Zhao Ming"])
    assert "Zhao Dan" in {a.name for a in visit.attendees}
    assert {a.name for a in meeting.attendees} == set()    # two people named Zhao: "Zhao" alone is no one
    raw = ("On April 9, Zhao Dan, director of the Sichuan Healthcare Security Administration, led a research team to "
           "Panzhihua. On the afternoon of April 10, Zhao presided over a symposium in Panzhihua.")
    _, meeting = events(raw, date(2024, 4, 12), people=["Zhao Dan"])
    assert [a.name for a in meeting.attendees] == ["Zhao Dan"]
    zh = ("4月14日，省药监局局长王越带队赴泰州市调研药品监管工作。15日下午，王越在泰州医药高新区主持召开座谈会。")
    _, meeting = events(zh, date(2024, 4, 16), "zh", people=["王越"])
    assert [a.name for a in meeting.attendees] == ["王越"]
    # after an honorific, and before a hyphenated given name: "Professor Lo" is Lo Chung-mau
    raw = ("The Secretary for Health, Professor Lo Chung-mau, arrived in Guangzhou on June 15. On June 16, "
           "Professor Lo met with the Director of the Guangdong Health Commission in Guangzhou.")
    evs = events(raw, date(2023, 6, 17), people=["Lo Chung-mau"])
    assert "Lo Chung-mau" in {a.name for a in evs[-1].attendees}


def test_the_presiding_officials_agency_hosts_and_a_departments_official_hosts_for_its_parent():
    raw = ("On April 9, Zhao Dan, director of the Sichuan Healthcare Security Administration, led a research team to "
           "Panzhihua. On the afternoon of April 10, at the Panzhihua Municipal Healthcare Security Administration, Zhao "
           "presided over a symposium.")
    _, meeting = extract_document(raw, "en", date(2024, 4, 12)).events
    assert (meeting.event_type, meeting.organizer_ids) == ("meeting", ("prov-sichuan-hsa",))
    assert meeting.participant_ids == ("city-panzhihua-hsa",)
    (briefing,) = extract_document("10月23日下午，国家卫生健康委宣传司副司长米锋主持例行新闻发布会。", "zh",
                                   date(2019, 10, 24)).events
    assert briefing.organizer_ids == ("nhc",)    # 宣传司 presides for the commission
    (briefing,) = extract_document("The National Health Commission held a news conference in Beijing on May 30, 2023. "
                                   "The news conference was hosted by Mi Feng, spokesman for the commission and "
                                   "deputy director of its Publicity Department.", "en", date(2023, 5, 30)).events
    assert briefing.organizer_ids == ("nhc",)    # "hosted by" an official of its unit


def test_a_president_or_chairman_by_title_does_not_preside():
    raw = ("The forum opened in Shanghai on June 3, 2024. Liu Jingzhen, Chairman of Sinopharm Group, and Dominic "
           "Jordan, President of the International Pharmaceutical Federation, delivered keynote speeches.")
    (forum,) = extract_document(raw, "en", date(2024, 6, 4)).events
    assert {a.role for a in forum.attendees} == {"speaker"}


def test_a_release_dated_by_month_alone_borrows_no_day_and_its_titles_years_do_not_date_it():
    raw = ("A national video conference was held on July 28 to deploy the campaign. In May, 14 departments led by the "
           "NHC issued the Key Points for Rectifying Unhealthy Practices in Pharmaceutical Purchasing in 2023.")
    releases = [e for e in extract_document(raw, "en", date(2023, 7, 29)).events if e.event_type == "release"]
    assert [(e.name[:10], e.start_date) for e in releases] == [("Key Points", None)]   # not July 28
    zh = "国家卫生计生委等14部门联合印发《遏制细菌耐药国家行动计划（2016-2020年）》\n日前，国家卫生计生委等14个部门联合印发上述计划。"
    (release,) = extract_document(zh, "zh", date(2016, 8, 25)).events
    assert (release.event_type, release.name, release.start_date) == (
        "release", "遏制细菌耐药国家行动计划（2016-2020年）", None)   # full-width brackets found; 2016 names it


def test_a_release_told_before_the_directive_is_named():
    raw = ("BEIJING, Dec. 30 (Xinhua) -- Chinese authorities on Thursday released a plan to ensure drug safety during "
           "the 14th Five-Year Plan period (2021-2025).\nThe plan was jointly issued by the National Medical Products "
           "Administration and seven other departments.\nAccording to the 14th Five-Year Plan for National Drug Safety "
           "and Promoting High-Quality Development, China will further improve its drug regulatory system by 2025.")
    releases = [e for e in extract_document(raw, "en", date(2021, 12, 30)).events if e.event_type == "release"]
    assert [(e.name, e.start_date) for e in releases] == [
        ("14th Five-Year Plan for National Drug Safety and Promoting High-Quality Development", date(2021, 12, 30))]
    # no directive of that kind named after it: no release
    raw = "The ministry on Monday issued a circular on rural clinics.\nThe 14th Five-Year Plan remains in force."
    assert [e for e in extract_document(raw, "en", date(2021, 12, 30)).events if e.event_type == "release"] == []
    # the plan as the subject: "an action plan jointly released on Wednesday by five departments"
    raw = ("China aims to improve the supply of children's medicines, according to an action plan jointly released on "
           "Wednesday by five departments.\nThe Action Plan for Improving the Supply of Pediatric Drugs (2024-2026) "
           "sets 20 tasks.")
    releases = [e for e in extract_document(raw, "en", date(2024, 3, 21)).events if e.event_type == "release"]
    assert [(e.name[:11], e.start_date) for e in releases] == [("Action Plan", date(2024, 3, 20))]


def test_a_round_of_national_procurement_concluded_is_an_event():
    raw = ("SHANGHAI, Nov. 6 (Xinhua) -- China's ninth round of national volume-based drug procurement concluded here "
           "on Monday, with the average price of the selected drugs cut by 58 percent.\nSince 2018, China has carried "
           "out nine rounds of volume-based procurement.")
    (ev,) = extract_document(raw, "en", date(2023, 11, 6)).events    # not the nine rounds since 2018
    assert (ev.event_type, ev.start_date) == ("other", date(2023, 11, 6))


def test_a_leader_quoted_from_another_named_meeting_does_not_attend():
    raw = ("3月5日，省药监局召开全省药品检查工作会议。会议传达了有关文件精神。"
           "习近平总书记在二十届三中全会上强调，要健全药品监管体制。副局长刘强在会上作工作部署。")
    (meeting,) = events(raw, date(2024, 3, 6), "zh", people=["习近平", "刘强"])
    assert [a.name for a in meeting.attendees] == ["刘强"]


def test_a_later_sentence_dated_another_occasion_is_not_this_events():
    raw = ("The 2024 Provincial Drug Safety Symposium was held in Hefei on March 3. Zhang Wei, vice governor of "
           "Anhui, delivered a keynote speech. Chen Ming, who attended the World Health Assembly on May 21, 2019, "
           "praised the provincial reforms.")
    (ev,) = events(raw, date(2024, 3, 5), people=["Zhang Wei", "Chen Ming"])
    assert [a.name for a in ev.attendees] == ["Zhang Wei"]


def test_officials_speaking_on_the_sidelines_or_on_site_attend():
    raw = ("SHANGHAI, Nov. 6 (Xinhua) -- China's ninth round of national volume-based drug procurement concluded here "
           "on Monday. Ding Yilei, a director of the NHSA, told reporters on the sidelines that the rules were refined.")
    (ev,) = events(raw, date(2023, 11, 6), people=["Ding Yilei"])
    assert [a.name for a in ev.attendees] == ["Ding Yilei"]
    zh = "11月6日，第四批国家组织高值医用耗材集中带量采购在天津开标。天津市医疗保障局局长尹伟在开标现场表示，将配合做好工作。"
    (ev,) = events(zh, date(2023, 11, 7), "zh", people=["尹伟"])
    assert [a.name for a in ev.attendees] == ["尹伟"]


def test_officials_quoted_in_a_press_conference_report_spoke_there():
    raw = ("The State Council Information Office held a press conference in Beijing on April 5, 2016. Li Guoqing, "
           "director of the CFDA's Department of Drug Supervision, said the names of 300 buyers were published. "
           "Wang Lan, a parent, said she was worried.")
    (ev,) = events(raw, date(2016, 4, 6), people=["Wang Lan"], officials={"Li Guoqing": "cfda"})
    assert [(a.name, a.role) for a in ev.attendees] == [("Li Guoqing", "speaker")]


def test_officials_quoted_in_an_event_report_spoke_at_its_first_event_unless_at_another():
    raw = ("The China-ASEAN Forum on Drug Regulatory Cooperation opened in Nanning on June 5, 2024. Huang Guangsheng, "
           "director of the Guangxi administration, said the forum would help local medicines. On June 6, the Guangxi "
           "administration signed an agreement with the Laos department. Xu Ming of the NMPA said at the signing that "
           "it was a milestone.")
    forum, signing = events(raw, date(2024, 6, 7), officials={"Huang Guangsheng": "gx", "Xu Ming": "gx"})
    assert (forum.event_type, signing.event_type) == ("meeting", "signing")
    assert [a.name for a in forum.attendees] == ["Huang Guangsheng"]
    assert [a.name for a in signing.attendees] == ["Xu Ming"]


def test_a_visit_no_agency_is_named_making_is_made_by_its_leaders_agency():
    raw = ("5月11日，成都市市场监督管理局党组成员、副局长王晓东出席会议。"
           "近日，王晓东带队赴锦江区春熙路商圈，对化妆品专营店开展监督检查。")
    visit = [e for e in extract_document(raw, "zh", date(2021, 5, 20)).events if e.event_type == "visit"]
    assert [(e.organizer_ids, [a.name for a in e.attendees]) for e in visit] == [
        (("city-chengdu-amr",), ["王晓东"])]


def test_agencies_named_for_their_officials_who_attend_take_part():
    raw = ("5月10日，国家药监局局长李利在北京会见英国药管局局长一行。国家药监局国际合作司（港澳台办公室）、药品注册管理司、"
           "医疗器械注册管理司和药品审评中心负责同志参加会见。")
    (visit,) = events(raw, date(2024, 5, 11), "zh", agencies=[("nmpa", "国家药监局"), ("nmpa-intl", "国际合作司"),
                                                              ("cde", "药品审评中心")])
    assert visit.organizer_ids == ("nmpa",) and set(visit.participant_ids) == {"nmpa-intl", "cde"}
    trad = "3月5日，江蘇省藥監局派員參加了藥品檢查工作座談會。"
    (meeting,) = events(trad, date(2024, 3, 6), "zh", agencies=[("js", "江蘇省藥監局")])
    assert (meeting.organizer_ids, meeting.participant_ids) == ((), ("js",))   # 參加 is 参加


def test_a_meeting_held_somewhere_and_named_after_inspection_is_no_visit():
    raw = "3月5日，国家药监局在南京召开的药品检查工作座谈会强调，要提升检查能力。"
    assert [e.event_type for e in events(raw, date(2024, 3, 6), "zh")] == ["meeting"]


def test_a_traditional_page_reads_the_same_cues():
    raw = "5月10日，國家藥監局在北京召開工作會議。副局長徐景和出席會議並講話。"
    (meeting,) = events(raw, date(2024, 5, 11), "zh", people=["徐景和"])
    assert [(a.name, a.role) for a in meeting.attendees] == [("徐景和", "speaker")]   # 講話 is 讲话


def test_at_a_signing_agencies_whose_officials_attend_take_part():
    raw = ("7月27日，国家药监局与印尼食品药品监督管理局在北京签署合作谅解备忘录。国家药监局综合和规划财务司、药品注册管理司、"
           "国际合作司负责同志出席签约仪式。")
    (signing,) = events(raw, date(2023, 7, 28), "zh", agencies=[("nmpa", "国家药监局"), ("bpom", "印尼食品药品监督管理局"),
                                                                ("nmpa-intl", "国际合作司")])
    assert set(signing.organizer_ids) == {"nmpa", "bpom"} and signing.participant_ids == ("nmpa-intl",)


def test_an_agency_in_an_attendees_title_or_list_takes_part():
    raw = ("The 2024 National Drug Regulatory Work Conference was held in Beijing on January 18. Luo Wen, minister of "
           "the State Administration for Market Regulation (SAMR), attended the conference and delivered a speech. "
           "The NMPA held a symposium in Beijing on January 18, attended by officials of the NHC.")
    (ev,) = events(raw, date(2024, 1, 19), agencies=[("samr", "State Administration for Market Regulation"),
                                                     ("nmpa", "NMPA"), ("nhc", "NHC")], people=["Luo Wen"])
    assert "samr" in ev.participant_ids and "samr" not in ev.organizer_ids
    assert "nmpa" in ev.organizer_ids      # "held ..., attended by": its subject hosts


def test_a_briefings_host_line_names_its_host_and_the_hosts_agency_holds_it():
    raw = ("Speakers:\nMr. Wang Lei, deputy commissioner of the NMPA\n\nHost:\nMs. Zhou Fang, spokesperson of the "
           "SCIO\n\nZhou Fang:\nGood afternoon. The State Council Information Office held a press conference in Beijing "
           "on May 6, 2024.")
    (ev,) = events(raw, date(2024, 5, 6), officials={"Wang Lei": "nmpa", "Zhou Fang": "scio"})
    assert dict((a.name, a.role) for a in ev.attendees)["Zhou Fang"] == "host"
    assert ev.organizer_ids == ("scio",)


def test_agencies_that_join_in_take_part():
    raw = "12月24日，由湖北省医保局牵头，河北省医保局、新疆生产建设兵团医保局共同参与的中成药省际联盟集中带量采购在武汉开标。"
    (ev,) = events(raw, date(2024, 12, 25), "zh", agencies=[("hb", "湖北省医保局"), ("heb", "河北省医保局"),
                                                           ("xpcc", "新疆生产建设兵团医保局")])
    assert "xpcc" in ev.participant_ids and "xpcc" not in ev.organizer_ids   # 共同参与


def test_a_meeting_no_agency_is_named_holding_is_held_by_its_first_officials_agency():
    raw = "8月23日，疫苗国家监管体系评估末次会议在北京召开。国家药监局副局长徐景和出席会议。"
    (meeting,) = events(raw, date(2022, 8, 24), "zh", officials={"徐景和": "nmpa"})
    assert meeting.organizer_ids == ("nmpa",)


def test_co_hosts_listed_past_an_alias_in_brackets_all_host():
    raw = ("On September 23, organized by the Hainan Provincial Development and Reform Commission (Provincial Data "
           "Bureau), Hainan Provincial Health Commission and Hainan Provincial Medical Products Administration, the "
           "Trusted Data Space Launch Conference was held in Boao.")
    (ev,) = events(raw, date(2025, 9, 24), agencies=[
        ("drc", "Hainan Provincial Development and Reform Commission"), ("hc", "Hainan Provincial Health Commission"),
        ("mpa", "Hainan Provincial Medical Products Administration")])
    assert set(ev.organizer_ids) == {"drc", "hc", "mpa"}


def test_everyone_in_a_long_list_that_attended_the_meeting_takes_part():
    raw = ("The 2025 National Conference on Drug Registration was held in Jinan on February 18. The heads of the drug "
           "supervision bureaus of the provinces and the Xinjiang Production and Construction Corps, the Health Bureau "
           "of the Central Military Commission, and units of the NMPA attended the meeting.")
    (ev,) = events(raw, date(2025, 2, 20), agencies=[("xpcc", "Xinjiang Production and Construction Corps"),
                                                     ("cmc", "Health Bureau of the Central Military Commission")])
    assert ev.organizer_ids == () and set(ev.participant_ids) == {"xpcc", "cmc"}


def test_the_parties_of_a_signing_sign_whoever_attended_the_ceremony():
    raw = ("On July 27, 2023, the NMPA and the BPOM signed a memorandum of understanding in Beijing, and officials "
           "of the WHO attended the ceremony.")
    found = events(raw, date(2023, 7, 28), agencies=[("nmpa", "NMPA"), ("bpom", "BPOM"), ("who", "WHO")])
    signing = next(e for e in found if e.event_type == "signing")
    assert {"nmpa", "bpom"} <= set(signing.organizer_ids)


def test_a_traditional_pages_short_reference_is_found():
    raw = "4月14日，省藥監局局長陳靜帶隊赴泰州市調研藥品監管工作。15日下午，陳靜在泰州醫藥高新區主持召開座談會。"
    text = NormalizedText(raw)
    start = raw.index("陳靜")     # names are kept simplified: 陈静
    (_, meeting) = find_events(text, "zh", date(2024, 4, 16), find_dates(text, date(2024, 4, 16), "zh"), [],
                               [PersonMention("陈静", text.evidence(start, start + 2))], [], find_places(text, "zh"),
                               AgencyRegistry([]))
    assert [a.name for a in meeting.attendees] == ["陈静"]


def test_a_release_in_an_earlier_year_is_background_though_the_sentence_says_today():
    zh = "今天是“六一”国际儿童节，2014年，六部门联合印发《关于保障儿童用药的若干意见》。"
    assert extract_document(zh, "zh", date(2021, 6, 1)).events == []
    en = "Today, a year after the rules took effect, the NHSA issued the Notice on Fund Supervision, which builds on 2019 pilots."
    assert [e.start_date for e in extract_document(en, "en", date(2021, 6, 1)).events] == [date(2021, 6, 1)]
    en = "In 2014, six departments jointly issued the Opinions on Safeguarding Drugs for Children, officials said today."
    assert extract_document(en, "en", date(2021, 6, 1)).events == []


def test_chinese_meetings_named_for_their_purpose():
    raw = "10月15日，省药监局在南昌召开《行动计划》宣贯会。3月2日，市医保局举行媒体通气会。"
    evs = events(raw, date(2021, 10, 19), "zh", agencies=[("jx", "省药监局"), ("hsa", "市医保局")])
    assert [(e.event_type, e.start_date) for e in evs] == [("meeting", date(2021, 10, 15)),
                                                           ("press_conference", date(2021, 3, 2))]


def test_an_inspection_centre_is_no_visit():
    raw = "企业建议，进一步发挥国家药监局在大湾区设立的审评检查分中心作用。"
    assert events(raw, date(2023, 7, 28), "zh") == []


def test_that_day_is_the_day_the_text_last_dated():
    raw = ("国家医保局、人社部昨日（13日）印发新版目录。新版目录自2024年1月1日起正式执行。"
           "国家医保局当日举行新闻发布会。")
    (pc,) = events(raw, date(2023, 12, 14), "zh", agencies=[("nhsa", "国家医保局")])
    assert (pc.event_type, pc.start_date) == ("press_conference", date(2023, 12, 13))


def test_a_delegation_calling_on_its_hosts_is_a_visit():
    raw = "卫生局副局长梁淑雯率领的代表团于本月21日至23日赴上海，先后拜访上海市药品监督管理局。网站访问量：2135"
    (visit,) = events(raw, date(2021, 4, 23), "zh")
    assert (visit.event_type, visit.start_date, visit.end_date) == ("visit", date(2021, 4, 21), date(2021, 4, 23))


def test_todays_briefing_in_a_transcript_is_the_one_its_header_dates():
    raw = ("Host:\nMi Feng\n\nDate: July 16, 2021\n\nMi Feng:\nWelcome to the NHC press conference.\n\n"
           "Mi Feng:\nThanks to all. Today's press conference is concluded.")
    evs = events(raw, date(2021, 7, 20), people=["Mi Feng"])
    assert [(e.event_type, e.start_date) for e in evs] == [("press_conference", date(2021, 7, 16))]


def test_being_briefed_is_no_press_event():
    raw = "This morning, Professor Lo visited the hospital and received a briefing on the use of registered drugs."
    assert [e.event_type for e in events(raw, date(2023, 6, 17))] == ["visit"]


def test_agencies_that_attended_a_meeting_named_after_them_do_not_host_it():
    raw = "6月26日，总局副局长吴浈在京会见了欧洲药品管理局执行主任一行。总局国际合作司司长袁林参加会见。"
    (ev,) = events(raw, date(2017, 6, 27), "zh", agencies=[("cfda", "总局"), ("ema", "欧洲药品管理局"),
                                                          ("cfda-intl", "总局国际合作司")])
    assert "cfda-intl" not in ev.organizer_ids and "cfda-intl" in ev.participant_ids


def test_the_two_sides_of_a_meeting_are_the_parties_of_what_they_sign():
    raw = ("On the 27th, Zhang Jianfeng, director of the Guangdong MPA, met in Guangzhou with a delegation led by "
           "Choi Peng Cheong, president of the ISAF. The two sides signed the Cooperation Agreement on Drug Regulation.")
    evs = events(raw, date(2023, 3, 28), agencies=[("gd", "Guangdong MPA"), ("isaf", "ISAF")],
                 people=["Zhang Jianfeng", "Choi Peng Cheong"],
                 directives=[("Cooperation Agreement on Drug Regulation", [])])
    signing = next(e for e in evs if e.event_type == "signing")
    assert set(signing.organizer_ids) == {"gd", "isaf"}
    assert {a.name for a in signing.attendees} == {"Zhang Jianfeng", "Choi Peng Cheong"}


def test_a_release_at_the_meeting_is_issued_by_whoever_held_it():
    raw = "5月11日，成都市市场监督管理局召开全市化妆品安全监管工作会议。会上印发了《成都市化妆品专项行动实施方案》。"
    evs = events(raw, date(2021, 5, 12), "zh", agencies=[("cd", "成都市市场监督管理局")],
                 directives=[("成都市化妆品专项行动实施方案", [])])
    release = next(e for e in evs if e.event_type == "release")
    assert (release.start_date, release.organizer_ids) == (date(2021, 5, 11), ("cd",))


def test_who_organized_an_event_reported_before():
    raw = ("China's ninth round of national volume-based drug procurement concluded in Shanghai on Monday. "
           "A total of 266 products won bids. The procurement was organized by the NHSA and conducted by the "
           "Shanghai center.")
    (ev,) = events(raw, date(2023, 11, 7), agencies=[("nhsa", "NHSA")])
    assert ev.organizer_ids == ("nhsa",)
    zh = "第四批国家组织高值医用耗材集中带量采购30日在天津开标。据介绍，本次集采由国家医保局指导，联合采购办公室具体实施。"
    (ev,) = events(zh, date(2023, 11, 30), "zh", agencies=[("nhsa", "国家医保局"), ("jpo", "联合采购办公室")])
    assert ev.organizer_ids == ("nhsa", "jpo")


def test_a_briefing_dated_under_a_label_line_and_its_release_dated_later():
    raw = ("Speakers:\nMr. Chen Jinfu\n\nDate:\nFeb. 8, 2021\n\nShou Xiaoli:\nWelcome to this State Council policy "
           "briefing. The General Office of the State Council recently released the Opinions on Promoting Centralized "
           "Procurement (hereinafter referred to as the 'Opinions').\n\nChen Jinfu:\nThe Opinions, released on "
           "Jan 28, are the first such document.")
    evs = extract_document(raw, "en", date(2021, 2, 10)).events
    assert [(e.event_type, e.start_date) for e in evs] == [("press_conference", date(2021, 2, 8)),
                                                           ("release", date(2021, 1, 28))]


def test_a_chairperson_line_names_the_host_whose_bureau_acts_for_its_office():
    raw = ("Speakers:\nMr. Chen Jinfu, vice administrator of the National Healthcare Security Administration\n\n"
           "Chairperson:\nMs. Shou Xiaoli, deputy director general of the Press Bureau of the State Council Information "
           "Office (SCIO)\n\nDate:\nFeb. 8, 2021\n\nShou Xiaoli:\nWelcome to this State Council policy briefing.")
    (pc,) = [e for e in extract_document(raw, "en", date(2021, 2, 10)).events if e.event_type == "press_conference"]
    assert pc.organizer_ids == ("scio",) and ("Shou Xiaoli", "host") in {(a.name, a.role) for a in pc.attendees}


def test_training_sessions_are_meetings():
    raw = "The NMPA's Department of Cosmetics Regulation yesterday held an online training session for regulators."
    (ev,) = events(raw, date(2022, 7, 1), agencies=[("dcr", "Department of Cosmetics Regulation")])
    assert (ev.event_type, ev.start_date, ev.organizer_ids) == ("meeting", date(2022, 6, 30), ("dcr",))


def test_a_delegations_trip_and_the_meetings_and_signing_within_it():
    raw = ("葡萄牙国家药物及保健产品管理局主席率领代表团于11月6日至9日访澳。社会文化司司长欧阳瑜今日（7日）上午会见代表团。"
           "会见后，药物监督管理局局长蔡炳祥与主席签署合作备忘录。卫生局局长罗奕龙出席会见，并出席了签署仪式。")
    evs = events(raw, date(2023, 11, 7), "zh", people=["欧阳瑜", "蔡炳祥", "罗奕龙"])
    assert [(e.event_type, e.start_date, e.end_date) for e in evs] == [
        ("visit", date(2023, 11, 6), date(2023, 11, 9)), ("visit", date(2023, 11, 7), None),
        ("signing", date(2023, 11, 7), None)]
    trip, meeting, signing = evs
    assert "罗奕龙" in {a.name for a in meeting.attendees} and "罗奕龙" not in {a.name for a in trip.attendees}


def test_after_the_talks_points_back_to_the_meeting_reported():
    raw = ("On the 12th, Li Li met in Beijing with a delegation led by Anthony Lawler. After the talks, Li and Lawler "
           "signed the Memorandum of Understanding on Drug Regulation.")
    evs = events(raw, date(2024, 11, 13), people=["Li Li", "Anthony Lawler"],
                 directives=[("Memorandum of Understanding on Drug Regulation", [])])
    assert sorted(e.event_type for e in evs) == ["signing", "visit"]


def test_a_roundtable_is_a_meeting():
    raw = "On March 6, the two vice ministers co-chaired a roundtable with foreign-funded enterprises in Beijing."
    (ev,) = events(raw, date(2024, 3, 7))
    assert (ev.event_type, ev.start_date) == ("meeting", date(2024, 3, 6))


def test_an_agency_named_at_a_briefing_already_reported_does_not_host_it():
    raw = ("At a press conference held by the NMPA in Beijing on Wednesday, Xu Jinghe announced the result. "
           "A director of the WHO congratulated China in a video message played at the press conference.")
    (pc,) = events(raw, date(2022, 8, 25), agencies=[("nmpa", "NMPA"), ("who", "WHO")])
    assert pc.organizer_ids == ("nmpa",) and "who" in pc.participant_ids


def test_a_kick_off_meeting_is_on_the_day_of_the_launch_told_before():
    raw = ("Hangzhou will tighten control over antibiotics under a campaign launched yesterday by the city's health "
           "commission.\n\nAt a kick-off meeting held at the commission, the director said more.")
    (ev,) = events(raw, date(2023, 5, 17))
    assert (ev.event_type, ev.start_date) == ("meeting", date(2023, 5, 16))
    raw = ("The bureau and the police launched a joint campaign on Tuesday. The campaign was kicked off at a "
           "mobilization meeting held at the police headquarters.")
    (ev,) = events(raw, date(2024, 5, 17))
    assert (ev.event_type, ev.start_date) == ("meeting", date(2024, 5, 14))


def test_who_signs_at_a_conference_attends_it():
    raw = ("Drug regulators from four provinces signed an agreement on Friday at the 2021 Yangtze River Delta Drug "
           "Regulatory Cooperation Conference held in Shanghai. The agreement was signed by Chen Yongjiang, director "
           "of the Shanghai administration; and Wang Yue, director of the Jiangsu administration.")
    evs = events(raw, date(2021, 11, 20), people=["Chen Yongjiang", "Wang Yue"])
    meeting = next(e for e in evs if e.event_type == "meeting")
    assert {a.name for a in meeting.attendees} >= {"Chen Yongjiang", "Wang Yue"}


def test_co_chairs_both_host():
    raw = ("On March 6, Ling Ji, Vice Minister of Commerce and Deputy China International Trade Representative, and "
           "Zhao Junning, Deputy Commissioner of the National Medical Products Administration, co-chaired a "
           "roundtable with foreign-funded enterprises.")
    (ev,) = extract_document(raw, "en", date(2024, 3, 7)).events
    assert set(ev.organizer_ids) == {"mofcom", "nmpa"}


def test_a_transcripts_closing_today_is_the_conference_reported():
    raw = ("The NHSA held a news conference in Beijing on Thursday on the reform.\n"
           "Lu Jing:\nThank you, friends from the media. Today's news conference is hereby concluded.")
    (pc,) = events(raw, date(2025, 2, 21), agencies=[("nhsa", "NHSA")])
    assert pc.start_date == date(2025, 2, 20)


def test_talks_during_a_reception_and_the_meeting_attended_after_a_signing_are_the_reception():
    raw = ("On June 19, Li Li, commissioner of the National Medical Products Administration (NMPA), met with a "
           "delegation led by Raymond Chua, chief executive officer of the Health Sciences Authority, in Beijing. "
           "During the talks, Li briefed the delegation on the reform. After the talks, Li and Chua signed the "
           "Memorandum of Understanding on Cooperation in the Field of Medical Products Regulation. Zhao Junning, "
           "deputy commissioner of the NMPA, attended the meeting.")
    visit, signing = extract_document(raw, "en", date(2024, 6, 21)).events
    assert (visit.event_type, signing.event_type) == ("visit", "signing")
    assert "Zhao Junning" in {a.name for a in visit.attendees} - {a.name for a in signing.attendees}


def test_a_decree_to_promulgate_and_a_guideline_titled_are_releases():
    raw = ("BEIJING, June 29 -- Premier Li Keqiang has signed a State Council decree to promulgate a regulation on the "
           "supervision and administration of cosmetics, according to a statement released Monday. The Regulation on "
           "the Supervision and Administration of Cosmetics contains 80 articles.")
    releases = [e for e in extract_document(raw, "en", date(2020, 6, 30)).events if e.event_type == "release"]
    assert [(e.name, e.start_date) for e in releases] == [
        ("Regulation on the Supervision and Administration of Cosmetics", date(2020, 6, 29))]
    raw = ("The Center for Drug Evaluation (CDE) of the National Medical Products Administration on Friday published a "
           "draft guideline titled Guiding Principles for Clinical Research of Anti-Tumor Drugs.")
    (release,) = extract_document(raw, "en", date(2021, 7, 6)).events
    assert (release.event_type, release.start_date) == ("release", date(2021, 7, 2))


def test_presiding_over_a_symposium_and_a_visit_before_it_the_same_day():
    raw = ("BEIJING, Aug. 22 -- Vice Premier Liu Guozhong on Thursday called for support for innovative drugs, while "
           "presiding over a symposium with pharmaceutical enterprises in Beijing. Before the symposium, Liu visited a "
           "biopharmaceutical company.")
    meeting, visit = extract_document(raw, "en", date(2024, 8, 23)).events
    assert (meeting.event_type, meeting.start_date) == ("meeting", date(2024, 8, 22))
    assert (visit.event_type, visit.start_date) == ("visit", date(2024, 8, 22))


def test_a_meeting_in_the_datelines_sentence_is_on_its_day_and_a_draft_it_adopts_is_not_released():
    raw = ("李克强主持召开国务院常务会议 通过《化妆品监督管理条例（草案）》\n"
           "新华社北京1月3日电 国务院总理李克强主持召开国务院常务会议，通过《化妆品监督管理条例（草案）》。")
    (meeting,) = extract_document(raw, "zh", date(2020, 1, 3)).events
    assert (meeting.event_type, meeting.start_date) == ("meeting", date(2020, 1, 3))


def test_a_draft_put_out_for_comment_is_released_by_who_drafted_it():
    raw = ("关于公开征求《抗肿瘤药物临床试验中使用外部对照的技术指导原则（征求意见稿）》意见的通知\n"
           "药审中心组织起草了《抗肿瘤药物临床试验中使用外部对照的技术指导原则（征求意见稿）》。\n"
           "国家药品监督管理局药品审评中心\n2024年11月8日")
    (release,) = extract_document(raw, "zh", date(2024, 11, 8)).events
    assert (release.event_type, release.start_date, release.organizer_ids) == (
        "release", date(2024, 11, 8), ("nmpa-cde",))


def test_a_dialogue_its_delegation_leaders_and_the_parties_of_what_they_sign():
    raw = ("The Medicines and Healthcare products Regulatory Agency (MHRA) hosted a delegation from China's National "
           "Medical Products Administration (NMPA) for the fifth UK-China Regulatory Dialogue, held in London on 12 and "
           "13 September 2023. The Chinese delegation was led by Xu Jinghe, Deputy Commissioner of the NMPA. The UK "
           "side was led by Dr June Raine, Chief Executive of the MHRA. On 13 September, Dr Raine and Mr Xu signed the "
           "Memorandum of Understanding on Medicines Regulation.")
    dialogue, signing = extract_document(raw, "en", date(2023, 9, 15)).events
    assert (dialogue.event_type, dialogue.start_date, dialogue.end_date) == (
        "meeting", date(2023, 9, 12), date(2023, 9, 13))
    assert {"Xu Jinghe", "June Raine"} <= {a.name for a in dialogue.attendees}
    assert (signing.event_type, set(signing.organizer_ids)) == ("signing", {"uk-mhra", "nmpa"})


def test_a_wire_datelines_month_ends_no_sentence_and_dates_the_release_named_next():
    raw = ("China unveils guideline to deepen drug regulatory reform\n"
           "BEIJING, Jan. 3 (Xinhua) -- China will deepen the reform of drug regulation, according to a guideline made "
           "public on Friday.\nThe Opinions on Comprehensively Deepening the Reform of Drug and Medical Device Regulation "
           "were issued by the General Office of the State Council.")
    (release,) = extract_document(raw, "en", date(2025, 1, 4)).events
    assert (release.event_type, release.start_date) == ("release", date(2025, 1, 3))


def test_a_fair_organised_by_companies_and_a_briefing_for_exhibitors():
    raw = ("The 89th China International Medical Equipment Fair (CMEF) opened on Thursday in Shanghai. Lei Ping, deputy "
           "commissioner of the National Medical Products Administration (NMPA), said at the opening ceremony that "
           "reviews will speed up. The fair is sponsored by China National Pharmaceutical Group (Sinopharm) and "
           "organized by Reed Sinopharm Exhibitions.\nOn Friday, the Shanghai Municipal Medical Products Administration "
           "held a regulatory policy briefing for exhibitors on the sidelines of the fair.")
    fair, briefing = extract_document(raw, "en", date(2024, 4, 12)).events
    assert (fair.event_type, fair.organizer_ids, fair.participant_ids) == ("meeting", (), ("nmpa",))
    assert (briefing.event_type, briefing.start_date) == ("meeting", date(2024, 4, 12))


def test_a_release_months_before_a_law_firms_write_up_and_a_passive_inspection():
    raw = ("On 27 September 2023, the State Administration for Market Regulation (SAMR) promulgated the Measures for the "
           "Supervision and Administration of the Quality of Drug Distribution and Use. Applicants will be inspected by "
           "the licensing authority before a license is granted.")
    (release,) = extract_document(raw, "en", date(2024, 1, 10)).events
    assert (release.event_type, release.start_date, release.organizer_ids) == ("release", date(2023, 9, 27), ("samr",))


def test_an_afternoon_visit_to_another_body_is_its_own_and_the_delegation_included_attends():
    raw = ("The Secretary for Health, Professor Lo Chung-mau, led a delegation to visit the National Medical Products "
           "Administration (NMPA) in Beijing today (May 21) and met with the Commissioner of the NMPA, Mr Li Li. "
           "In the afternoon, the delegation visited the National Institutes for Food and Drug Control (NIFDC) and was "
           "received by its President, Mr Zhang Hui. The delegation included the Director of Health, Dr Ronald Lam.")
    nmpa, nifdc = extract_document(raw, "en", date(2024, 5, 21)).events
    assert (nmpa.event_type, nifdc.event_type, nifdc.start_date) == ("visit", "visit", date(2024, 5, 21))
    assert {"Zhang Hui", "Ronald Lam"} <= {a.name for a in nifdc.attendees}


def test_how_long_an_event_runs_and_its_opening_ceremony():
    raw = ("The 2023 Seminar on Quality Control of Vaccines for Developing Countries, which opened on Tuesday and will "
           "run until Oct 30, is hosted by the institute.")
    (seminar,) = extract_document(raw, "en", date(2023, 10, 12)).events
    assert (seminar.start_date, seminar.end_date) == (date(2023, 10, 10), date(2023, 10, 30))
    raw = ("由中国食品药品检定研究院主办的2024年发展中国家药品质量控制与检验技术研修班本周一（2日）在北京开班，将持续至21日。"
           "中检院副院长周立新在开班仪式上致辞。")
    (course,) = extract_document(raw, "zh", date(2024, 9, 4)).events
    assert (course.event_type, course.start_date, course.end_date) == ("meeting", date(2024, 9, 2), date(2024, 9, 21))
    assert "周立新" in {a.name for a in course.attendees}


def test_each_persons_own_clause_gives_their_role():
    raw = ("28日上午，甘肃省药监局在兰州组织召开中药产业高质量发展座谈会。国家药监局副局长赵军宁出席并讲话，"
           "省药监局局长周启明主持。省药监局副局长马晓东汇报了全省情况。")
    (meeting,) = extract_document(raw, "zh", date(2023, 7, 31)).events
    roles = {a.name: a.role for a in meeting.attendees}
    assert (roles["赵军宁"], roles["周启明"]) == ("speaker", "presider") and "马晓东" in roles
    assert meeting.organizer_ids == ("prov-gansu-mpa",)


def test_hosts_before_zhuban_a_foreign_guest_by_her_last_name_and_no_visit_in_inspection_cooperation():
    raw = ("2024中欧药品医疗器械监管研讨会5日至6日在北京举行。本次研讨会由国家药品监督管理局与欧盟委员会健康与食品安全总司共同主办，"
           "国家药监局高级研修学院承办。欧盟委员会健康与食品安全总司副总司长克劳迪娅·甘博表示，希望与中方在供应链安全、检查合作等方面深化对话。"
           "欧盟驻华代表团公使衔参赞托马斯·莱曼也在开幕式上发言。5日下午，国家药监局副局长杨胜会见了甘博一行。")
    seminar, meeting = extract_document(raw, "zh", date(2024, 11, 6)).events
    assert set(seminar.organizer_ids) == {"nmpa", "ec-dg-sante"}
    assert {"克劳迪娅·甘博", "托马斯·莱曼"} <= {a.name for a in seminar.attendees}
    assert (meeting.event_type, meeting.start_date) == ("visit", date(2024, 11, 5))
    assert {a.name for a in meeting.attendees} == {"杨胜", "克劳迪娅·甘博"}


def test_what_is_issued_at_the_opening_ceremony_is_issued_that_day_and_the_ceremony_is_the_expo():
    raw = ("第十五届中国（泰州）国际医药博览会18日在泰州开幕。江苏省副省长方伟出席开幕式并致辞。方伟在致辞中表示，生物医药产业很重要。"
           "开幕式上，泰州市人民政府发布了《泰州市加快生物医药产业高质量发展三年行动计划（2024—2026年）》。")
    expo, release = extract_document(raw, "zh", date(2024, 10, 19)).events
    assert (expo.event_type, release.event_type, release.start_date) == ("meeting", "release", date(2024, 10, 18))
    assert {a.name for a in expo.attendees} == {"方伟"}


def test_titles_issued_together_are_each_released():
    raw = ("国家市场监督管理总局于2021年8月26日公布《医疗器械注册与备案管理办法》（国家市场监督管理总局令第47号）及"
           "《体外诊断试剂注册与备案管理办法》（国家市场监督管理总局令第48号），均自2021年10月1日起施行。")
    releases = extract_document(raw, "zh", date(2021, 10, 5)).events
    assert [(e.name, e.start_date, e.organizer_ids) for e in releases] == [
        ("医疗器械注册与备案管理办法", date(2021, 8, 26), ("samr",)),
        ("体外诊断试剂注册与备案管理办法", date(2021, 8, 26), ("samr",))]


def test_a_macao_delegations_reception_and_afternoon_tour_and_who_came_along():
    raw = ("社會文化司司長歐陽瑜今（18）日率領澳門特區政府代表團在北京拜訪國家藥品監督管理局，與國家藥監局局長李利會面。"
           "國家藥監局副局長趙軍寧亦有出席會見。當日下午，代表團參觀了中國食品藥品檢定研究院。"
           "澳門特區政府藥物監督管理局局長蔡炳祥等隨團參與是次行程。")
    nmpa, tour = extract_document(raw, "zh", date(2024, 6, 18)).events
    assert {a.name for a in nmpa.attendees} >= {"欧阳瑜", "李利", "赵军宁"}
    assert (tour.event_type, tour.start_date) == ("visit", date(2024, 6, 18))
    assert "欧阳瑜今" not in {p.name for p in extract_document(raw, "zh", date(2024, 6, 18)).people}


def test_a_signings_parties_hold_it_whoever_presides_and_two_provinces_bureaus_are_no_one_body():
    raw = ("湘赣两省医保局签署区域医疗保障协同发展合作协议\n5月17日，湖南省医疗保障局与江西省医疗保障局在萍乡市签署《湘赣边区域医疗保障"
           "协同发展合作协议》。湖南省医疗保障局局长蒋爱国，江西省医疗保障局局长胡伟民出席签约仪式并代表双方签约。"
           "签约仪式前，两省医保局召开座谈会，江西省医疗保障局副局长陈光明主持座谈会。")
    x = extract_document(raw, "zh", date(2024, 5, 18))
    signing = next(e for e in x.events if e.event_type == "signing")
    assert set(signing.organizer_ids) == {"prov-hunan-hsa", "prov-jiangxi-hsa"}
    assert not any(a.agency_id.startswith("new-") for a in x.agencies)


def test_a_tour_on_a_day_of_the_trip_is_the_trips():
    raw = ("藥物監督管理局局長蔡炳祥於本週一（14日）至週二（15日）率領代表團赴廣西壯族自治區南寧市進行工作訪問。"
           "15日，代表團參觀了廣西壯族自治區食品藥品檢驗所。")
    (trip,) = extract_document(raw, "zh", date(2024, 10, 16)).events
    assert (trip.event_type, trip.start_date, trip.end_date) == ("visit", date(2024, 10, 14), date(2024, 10, 15))


def test_what_came_next_keeps_the_day_and_who_accompanies_goes_to_the_trip():
    raw = ("8月15日至16日，省药品监督管理局局长桂敦山带队来我市督导检查药品监管工作。随后，桂敦山主持召开座谈会。"
           "省药品监督管理局副局长史国生参加，副市长刘贤军陪同。")
    visit, meeting = extract_document(raw, "zh", date(2019, 8, 17)).events
    assert (meeting.event_type, meeting.start_date, meeting.end_date) == ("meeting", date(2019, 8, 15), None)
    assert {"史国生", "刘贤军"} <= {a.name for a in visit.attendees}
    raw = "李利对塔鲁纳·伊克拉尔一行来访表示欢迎。"
    assert [p.name for p in extract_document(raw, "zh", None).people if "·" in p.name] == ["塔鲁纳·伊克拉尔"]


def test_posted_drafts_and_a_plan_issued_on_a_day_told_in_passing():
    raw = ("The Implementation Measures for Drug Trial Data Protection (Trial) (Draft for Comments) were posted on the "
           "agency's website last Wednesday.")
    (release,) = extract_document(raw, "en", date(2025, 3, 25)).events
    assert (release.event_type, release.start_date) == ("release", date(2025, 3, 19))
    raw = ("Under the Hangzhou Work Plan for the Special Campaign on Antimicrobial Stewardship (2023-2024), issued by "
           "the Hangzhou Municipal Health Commission on May 10, hospitals must set up teams. It implements the Implementation "
           "Plan for Supporting Innovative Drugs, which was adopted at a State Council executive meeting in July.")
    releases = [e for e in extract_document(raw, "en", date(2023, 5, 17)).events if e.event_type == "release"]
    assert [(e.start_date, e.name[:24]) for e in releases] == [(date(2023, 5, 10), "Hangzhou Work Plan for t")]


def test_a_release_past_an_aside_and_a_news_conference_where_the_pledge_was_made():
    raw = ("The Regulations on the Supervision and Administration of Cosmetics, signed by Premier Li Keqiang in a State "
           "Council decree, were made public on Monday and will take effect on Jan 1, 2021. The Regulations on the "
           "Supervision and Administration of Cosmetics, which contain 80 articles, were adopted at a State Council "
           "executive meeting on Jan 3.")
    releases = [e for e in extract_document(raw, "en", date(2020, 6, 30)).events if e.event_type == "release"]
    assert [e.start_date for e in releases] == [date(2020, 6, 29)]
    raw = ("China's top drug and health authorities pledged on Wednesday to plug loopholes in vaccine distribution.\n"
           "At a joint news conference held in Beijing by the China Food and Drug Administration, Wu Zhen spoke.")
    (pc,) = extract_document(raw, "en", date(2016, 3, 24)).events
    assert (pc.event_type, pc.start_date) == ("press_conference", date(2016, 3, 23))


def test_a_press_conference_told_or_spoken_at_and_a_notice_issued_by_two_on_the_datelines_day():
    raw = ("China's National Healthcare Security Administration (NHSA) said on Thursday that inspections covered 30 "
           "regions.\nSpeaking at a press conference in Beijing, Gu Rong, director-general of the NHSA's Department of "
           "Fund Supervision, said teams had checked 245 institutions.")
    (pc,) = extract_document(raw, "en", date(2024, 7, 12)).events
    assert (pc.event_type, pc.start_date) == ("press_conference", date(2024, 7, 11))
    raw = ("BEIJING, Oct. 25 (Xinhua) -- China's National Health Commission (NHC) released a new edition of the list.\n"
           "The Notice on Issuing the National Essential Medicines List (2018 Edition), jointly issued by the NHC and "
           "the National Administration of Traditional Chinese Medicine (NATCM), will take effect on Nov. 1.\n"
           "Wu Zhen, deputy director of the NHC, told a press conference in Beijing on Thursday that it would help.")
    release, pc = extract_document(raw, "en", date(2018, 10, 26)).events
    assert (release.event_type, release.start_date, set(release.organizer_ids)) == (
        "release", date(2018, 10, 25), {"nhc", "natcm"})
    assert (pc.event_type, pc.start_date) == ("press_conference", date(2018, 10, 25))


def test_a_conference_that_runs_through_sunday_undertaken_by_others_and_what_is_still_to_come():
    raw = ("NANCHANG, Nov. 15 (Xinhua) -- The 2024 China (Jiangxi) Traditional Chinese Medicine Industry Development "
           "Conference opened Friday in Nanchang. Co-hosted by the National Administration of Traditional Chinese "
           "Medicine (NATCM) and the Jiangxi Provincial People's Government, the three-day conference runs through "
           "Sunday and is undertaken by the Jiangxi Provincial Health Commission. During the conference, sub-forums "
           "will be held, along with an exhibition.")
    (conference,) = extract_document(raw, "en", date(2024, 11, 15)).events
    assert (conference.start_date, conference.end_date) == (date(2024, 11, 15), date(2024, 11, 17))
    assert set(conference.organizer_ids) == {"natcm", "prov-jiangxi-gov"}
    assert "prov-jiangxi-hc" in conference.participant_ids


def test_a_document_dated_a_day_is_released_that_day():
    raw = ("In the Announcement on Cancelling the Drug Registration Certificates of Phenolphthalein Tablets (No. 6 of "
           "2021), dated 14 January, the regulator ordered an immediate halt to the production of the products.")
    (release,) = extract_document(raw, "en", date(2021, 1, 18)).events
    assert (release.event_type, release.start_date) == ("release", date(2021, 1, 14))


def test_a_year_in_a_later_clause_does_not_make_a_release_recalled():
    raw = ("3月28日，市卫生健康委召开全市合理用药工作推进会。医政医管科科长唐丽主持会议。\n"
           "会上，市卫生健康委印发了《绵阳市合理用药专项行动实施方案（2024—2025年）》，市药事管理质量控制中心主任王建明通报了"
           "2023年全市处方点评情况。")
    meeting, release = extract_document(raw, "zh", date(2024, 3, 29)).events
    assert (release.event_type, release.start_date) == ("release", date(2024, 3, 28))
    assert "唐丽" in {a.name for a in meeting.attendees}


def test_at_the_press_conference_points_back_and_a_bracketed_portfolio_after_a_title():
    raw = ("衞生署今日（五月二十日）舉行記者會，公布藥物管理局的決定。"
           "衞生署署長林文健醫生在記者會上表示，管理局於五月十六日舉行的會議上通過有關修訂。"
           "記者會上，衞生署助理署長（藥物）黃詠嘉宣布，衞生署今日命令回收一款止咳藥水。")
    pc, meeting = extract_document(raw, "zh", date(2024, 5, 20)).events
    assert (pc.event_type, pc.start_date, meeting.event_type, meeting.start_date) == (
        "press_conference", date(2024, 5, 20), "meeting", date(2024, 5, 16))
    assert {"林文健", "黄咏嘉"} <= {a.name for a in pc.attendees}
    titles = {p.name: p.title for p in extract_document(raw, "zh", date(2024, 5, 20)).people if p.title}
    assert titles["黄咏嘉"] == "Assistant Director"


def test_achieving_an_inspection_is_no_trip_to_one():
    raw = "5月22日，国家医保局召开飞行检查启动会。会议要求各检查组做到“一次检查、全面体检”。"
    assert [e.event_type for e in extract_document(raw, "zh", date(2024, 5, 23)).events] == ["meeting"]


def test_the_press_conference_a_wire_story_quotes_from_is_on_its_day_and_a_later_mention_is_the_same_one():
    raw = ("BEIJING, Oct. 25 (Xinhua) -- China's National Health Commission (NHC) released a new list.\nThe list "
           "contains 685 drugs.\nZeng Yixin, vice minister of the NHC, told a press conference that the list covers "
           "common diseases.\n\"It matters,\" said Qin Kun, deputy director of the NHC, at the press conference.")
    (pc,) = extract_document(raw, "en", date(2018, 10, 26)).events
    assert (pc.event_type, pc.start_date) == ("press_conference", date(2018, 10, 25))


def test_a_notice_issued_recently_is_dated_by_its_sign_off():
    raw = ("日前，国家医保局、国家卫生健康委印发《关于做好医用耗材集中带量采购中选结果落地实施工作的通知》。\n"
           "附：《通知》全文（节选）\n现就有关事项通知如下：……\n国家医保局    国家卫生健康委\n2024年4月19日")
    (release,) = extract_document(raw, "zh", date(2024, 4, 25)).events
    assert (release.event_type, release.start_date) == ("release", date(2024, 4, 19))


def test_afterwards_keeps_the_nearest_day_stated_and_the_report_names_the_presider():
    raw = ("钟卫东赴赣州吉安调研并召开企业座谈会\n5月14日至15日，省药监局局长钟卫东带队赴赣州、吉安两市调研。"
           "15日上午，调研组来到吉安市。随后，钟卫东在吉安主持召开医疗器械企业座谈会，吉安市人民政府副市长刘晓琴出席座谈会。")
    x = extract_document(raw, "zh", date(2024, 5, 16))
    meeting = next(e for e in x.events if e.event_type == "meeting")
    assert meeting.start_date == date(2024, 5, 15)
    assert {a.name: a.role for a in meeting.attendees}["钟卫东"] == "presider"


def test_an_industry_briefing_a_guide_uploaded_and_a_kind_of_meeting_in_quotes():
    raw = ("衞生署今日（三月二十八日）公布新安排。衞生署同日為業界舉行簡報會，介紹申請程序。"
           "申請人亦可在正式提交申請前，與衞生署藥物辦公室舉行「提交前會議」。"
           "衞生署已於今日將修訂的《藥劑製品/物質註冊申請指南》上載至藥物辦公室網頁。")
    events = extract_document(raw, "zh", date(2025, 3, 28)).events
    assert [(e.event_type, e.start_date) for e in events] == [
        ("meeting", date(2025, 3, 28)), ("release", date(2025, 3, 28))]


def test_the_body_a_visit_goes_to_receives_it_unless_the_visitor_owns_it():
    raw = ("On May 15, Professor Lo Chung-mau visited the Center for Drug Evaluation (CDE) of the NMPA. "
           "On May 16, the delegation visited the NMPA's Center for Drug Evaluation. "
           "On May 17, Li Li, Commissioner of the National Medical Products Administration, visited the National "
           "Institutes for Food and Drug Control to inspect vaccine lot release.")
    events = extract_document(raw, "en", date(2024, 5, 18)).events
    assert [(e.start_date.day, e.organizer_ids) for e in events] == [
        (15, ("nmpa-cde",)), (16, ("nmpa-cde",)), (17, ("nmpa",))]
    assert "nifdc" in events[2].participant_ids


def test_recently_in_a_later_clause_does_not_undate_the_event():
    raw = "衞生局今日（14日）下午聯合舉行新聞發佈會，通報近期多宗市民服用減肥產品後出現不良反應的個案。近日，衞生局召開會議。"
    events = extract_document(raw, "zh", date(2025, 1, 14)).events
    assert [(e.event_type, e.start_date) for e in events] == [("press_conference", date(2025, 1, 14)), ("meeting", None)]


def test_a_delegation_received_the_day_before_is_a_visit_of_its_own():
    raw = ("On 12 March 2024, the delegation visited the Center for Drug Evaluation. The day before, on 11 March, the "
           "delegation was received at the NMPA headquarters by Zhao Junning, Deputy Commissioner of the NMPA.")
    events = extract_document(raw, "en", date(2024, 3, 15)).events
    assert [(e.event_type, e.start_date, e.organizer_ids) for e in events] == [
        ("visit", date(2024, 3, 12), ("nmpa-cde",)), ("visit", date(2024, 3, 11), ("nmpa",))]


def test_memorandums_signed_during_a_forum_of_two_days_on_a_day_not_said():
    base = "The China-ASEAN Drug Cooperation Forum was held in Fangchenggang from November 16 to 17. "
    during = extract_document(base + "During the forum, the Guangxi Medical Products Administration signed memorandums "
                                     "of understanding with the Thai FDA.", "en", date(2023, 11, 18)).events
    opening = extract_document(base + "On the opening day, the Guangxi Medical Products Administration signed memorandums "
                                      "of understanding with the Thai FDA.", "en", date(2023, 11, 18)).events
    assert [(e.event_type, e.start_date) for e in during] == [("meeting", date(2023, 11, 16)), ("signing", None)]
    assert [(e.event_type, e.start_date) for e in opening] == [("meeting", date(2023, 11, 16)), ("signing", date(2023, 11, 16))]
    assert during[1].organizer_ids == ("prov-guangxi-mpa", "foreign-thailand-fda")


def test_the_chair_of_one_host_leaves_the_others_named_with_it_hosting():
    raw = ("国家卫生健康委28日会同教育部、公安部、审计署召开全国医药领域腐败问题集中整治工作视频会议。"
           "国家卫生健康委主任马晓伟出席会议并讲话，国家卫生健康委副主任曾益新主持会议。")
    events = extract_document(raw, "zh", date(2023, 7, 28)).events
    assert [(e.event_type, e.organizer_ids) for e in events] == [("meeting", ("nhc", "moe", "mps", "nao"))]


def test_an_official_documents_own_page_is_its_release_on_the_day_it_was_signed():
    raw = ("国家卫生健康委 国家中医药局 国家药监局关于加强医疗机构中药制剂管理工作的通知\n国卫医政发〔2025〕8号\n"
           "各省、自治区、直辖市卫生健康委、中医药局、药品监督管理局：\n现就有关事项通知如下。\n"
           "国家卫生健康委　　国家中医药局　　国家药监局\n2025年3月12日\n")
    events = extract_document(raw, "zh", date(2025, 3, 20)).events
    assert [(e.event_type, e.start_date, e.organizer_ids) for e in events] == [
        ("release", date(2025, 3, 12), ("nhc", "natcm", "nmpa"))]
    wrapper = raw.replace("关于加强医疗机构中药制剂管理工作的通知", "关于印发《医疗机构中药制剂管理办法》的通知")
    assert [e.directive_title for e in extract_document(wrapper, "zh", date(2025, 3, 20)).events] == ["医疗机构中药制剂管理办法"]


def test_a_notice_forwarding_one_issued_earlier_is_a_release_of_its_own():
    raw = ("On August 8, the National Health Commission issued the Notice on Further Strengthening Infection Prevention "
           "and Control in Medical Institutions. On August 11, the Health Commission of Guangdong Province issued the "
           "Notice on Forwarding the Notice on Further Strengthening Infection Prevention and Control in Medical "
           "Institutions to all cities.")
    events = extract_document(raw, "en", date(2025, 8, 12)).events
    assert [(e.start_date, e.organizer_ids) for e in events if e.event_type == "release"] == [
        (date(2025, 8, 8), ("nhc",)), (date(2025, 8, 11), ("prov-guangdong-hc",))]
    alone = extract_document(raw[raw.index("On August 11"):], "en", date(2025, 8, 12))
    assert [(e.start_date, e.organizer_ids) for e in alone.events] == [(date(2025, 8, 11), ("prov-guangdong-hc",))]
    assert [d.issuer_ids for d in alone.directives] == [("prov-guangdong-hc",), ()]     # the forwarded one's not known


def test_a_report_meeting_is_a_meeting_and_a_coordinating_council_is_not():
    raw = "16日下午，执法检查组在杭州召开汇报会。中国加入国际人用药品注册技术协调会（ICH）后，监管合作加深。"
    events = extract_document(raw, "zh", date(2025, 6, 17)).events
    assert [(e.event_type, e.start_date) for e in events] == [("meeting", date(2025, 6, 16))]


def test_the_press_conference_quoted_is_on_the_day_its_speakers_are_said_to_speak():
    raw = ("Patients will spend less time queuing under a three-year campaign, health officials said on Tuesday.\n"
           "\"Many problems happen outside the consulting room,\" Jiao Yahui, director of the NHC's Bureau of Medical "
           "Administration, told a news conference in Beijing.")
    events = extract_document(raw, "en", date(2023, 5, 31)).events
    assert [(e.event_type, e.start_date) for e in events] == [("press_conference", date(2023, 5, 30))]


def test_a_team_led_on_a_weekday_is_a_visit_and_a_tally_of_inspections_is_not():
    raw = ("Deputy Mayor Ye Jianming led a team on Tuesday to check drug safety at retail pharmacies. "
           "As of Monday, law enforcement officers had inspected 3,642 pharmacies, the administration said.")
    events = extract_document(raw, "en", date(2024, 2, 7)).events
    assert [(e.event_type, e.start_date) for e in events] == [("visit", date(2024, 2, 6))]


def test_a_meeting_before_the_signing_is_its_own_on_the_same_day():
    raw = ("The Jiangxi Provincial Drug Administration and the police signed a cooperation framework agreement in "
           "Nanchang yesterday. Before the signing, the two departments held their first joint conference on drug safety.")
    events = extract_document(raw, "en", date(2024, 11, 15)).events
    assert [(e.event_type, e.start_date) for e in events] == [("signing", date(2024, 11, 14)), ("meeting", date(2024, 11, 14))]


def test_a_plan_a_meeting_adopted_is_released_only_where_it_is_published():
    adopted = "7月5日，国务院常务会议审议通过《全链条支持创新药发展实施方案》。"
    published = "《“十四五”全民医疗保障规划》已经国务院常务会议审议通过，刚刚在吹风会之前已经正式对外公布了。"
    assert "release" not in [e.event_type for e in extract_document(adopted, "zh", date(2024, 7, 6)).events]
    assert "release" in [e.event_type for e in extract_document(published, "zh", date(2021, 9, 29)).events]


def test_a_reception_before_the_signing_is_on_the_signings_day():
    raw = ("昨日，市人民政府与中国医药集团有限公司在襄阳签署战略合作协议。"
           "签约前，市委书记王振宇、市长刘建华会见了国药集团副总经理赵立军一行。")
    events = extract_document(raw, "zh", date(2023, 8, 16)).events
    assert [(e.event_type, e.start_date) for e in events] == [("signing", date(2023, 8, 15)), ("visit", date(2023, 8, 15))]


def test_a_meeting_that_must_be_held_routine_inspections_and_an_agreement_acted_on_are_no_events():
    english = "To use the channel, sponsors must hold a pre-IND communication meeting with the CDE."
    chinese = ("佛山市市场监督管理局在日常检查中发现，该诊所使用未经注册的产品。张宁波要求济宁市医保局督促相关药店限期整改，"
               "并依据医保服务协议严肃处理。")
    assert extract_document(english, "en", date(2025, 9, 19)).events == []
    assert extract_document(chinese, "zh", date(2021, 6, 19)).events == []


def test_a_visit_to_one_body_on_a_day_of_a_trip_is_a_visit_of_its_own():
    raw = ("A delegation of the Pharmaceutical Administration Bureau visited Beijing from 15 to 17 April. On 16 April, "
           "the delegation visited the Center for Drug Evaluation. On 17 April, the delegation visited the National "
           "Institutes for Food and Drug Control.")
    events = extract_document(raw, "en", date(2025, 4, 18)).events
    assert [(e.start_date.day, e.end_date and e.end_date.day) for e in events] == [(15, 17), (16, None), (17, None)]
    with_leader = extract_document(raw.replace("Bureau visited", "Bureau led by its President, Choi Weng Kin, visited"),
                                   "en", date(2025, 4, 18)).events
    assert all("Choi Weng Kin" in [a.name for a in e.attendees] for e in with_leader)   # the delegation at each stop


def test_a_dateline_with_its_year_dates_the_report_and_a_company_suffix_ends_no_sentence():
    raw = ("Mianyang signs strategic cooperation agreement with Sinopharm\nMIANYANG, Oct. 24, 2023 — The Mianyang "
           "Municipal People's Government and China National Pharmaceutical Group Co., Ltd. (Sinopharm) signed a "
           "strategic cooperation agreement here.\nBefore the signing ceremony, Tang Hongbin met with Chen Jianwei.")
    events = extract_document(raw, "en", date(2023, 10, 24)).events
    assert [(e.event_type, e.start_date) for e in events] == [("signing", date(2023, 10, 24)), ("visit", date(2023, 10, 24))]


def test_speakers_after_at_the_symposium_and_those_who_also_attended_the_event_take_part():
    raw = ("The Jiangsu Medical Products Administration held a symposium with foreign firms in Nanjing on Thursday. "
           "At the symposium, company representatives spoke in turn. Zhou Jing, vice-president of AstraZeneca "
           "China, said the company hoped for faster transfers. Kenji Nakamura, president of Eisai China, raised "
           "questions that Xi Jinping's speech had touched on.\n"
           "Andreas Vogel, general manager of B. Braun Medical (Suzhou), and Chen Xiaoyu, head of regulatory affairs "
           "at Johnson & Johnson MedTech China, focused on device registration.\n"
           "Officials responded on the spot. Li Wei, a professor, said the reforms work. Jiangsu has 300 such firms. "
           "Output grew. Exports grew. Imports fell. Staff rose. Sales rose. "
           "Zhu Xiaoming, deputy director of the administration, also attended the event.")
    [meeting] = extract_document(raw, "en", date(2024, 5, 17)).events
    assert [a.name for a in meeting.attendees] == ["Zhou Jing", "Kenji Nakamura", "Andreas Vogel", "Chen Xiaoyu",
                                                   "Zhu Xiaoming"]
    chinese = ("江苏省药品监督管理局11月23日在南京召开外资医药企业座谈会。会上，企业代表依次发言。"
               "阿斯利康中国副总裁周静表示，希望加快转移。全局干部要深入学习领会习近平总书记重要讲话精神。")
    [meeting] = extract_document(chinese, "zh", date(2023, 11, 24)).events
    assert [a.name for a in meeting.attendees] == ["周静"]


def test_a_congress_named_in_a_body_is_no_session_and_a_body_told_to_act_holds_nothing():
    raw = ("The regulations were passed at the 13th session of the Standing Committee of the 14th Hunan Provincial "
           "People's Congress, held from Nov. 26 to 29 in Changsha.\nAt a press conference held after the session on "
           "Friday, Zhou Hongwei, deputy director of the Legislative Affairs Commission of the Standing Committee of "
           "the Hunan Provincial People's Congress, said the regulations fill a gap.\nXiao Wenming, director of the "
           "Hunan Provincial Administration of Traditional Chinese Medicine, said Hunan has 164 TCM hospitals.")
    session, briefing = extract_document(raw, "en", date(2024, 11, 30)).events
    assert (session.event_type, session.attendees) == ("meeting", ())
    assert [a.name for a in briefing.attendees] == ["Zhou Hongwei", "Xiao Wenming"]
    decision = ("Beijing, Nov 4 - decision of the Standing Committee of the National People's Congress on "
                "Authorizing the State Council to carry out the pilot (adopted at the 17th meeting of the Standing "
                "Committee of the 12th National People's Congress on Nov 4, 2015) In order to promote the reform, the "
                "Standing Committee of the 12th National People's Congress decided at its 17th Meeting: the State "
                "Council is authorized to carry out the pilot.")
    [meeting] = extract_document(decision, "en", date(2015, 11, 4)).events
    assert meeting.organizer_ids == ("npcsc",)


def test_the_release_of_a_draft_is_not_the_release_of_the_measures_it_revises():
    raw = ("On December 27, 2024, the NMPA released the Measures for the Administration of Medical Device "
           "Registration and Filing (Revised Draft for Comments) and invited comments. The current Measures for the "
           "Administration of Medical Device Registration and Filing were promulgated by SAMR on August 26, 2021.")
    releases = [(e.directive_title, e.start_date) for e in extract_document(raw, "en", date(2025, 1, 5)).events]
    assert releases[0] == (
        "Measures for the Administration of Medical Device Registration and Filing (Revised Draft for Comments)",
        date(2024, 12, 27))
    assert ("Measures for the Administration of Medical Device Registration and Filing", date(2024, 12, 27)) \
        not in releases


def test_a_visit_to_a_list_of_places_and_those_at_the_activities_above():
    raw = ("6月16日，国家中医药管理局与河南省人民政府在郑州签署框架协议。国家中医药管理局局长余艳红出席签约仪式。"
           "签约前，双方举行工作会谈。6月15日至16日，余艳红一行还深入河南省中医院、河南中医药大学第一附属医院、"
           "郑州市中医院等地调研。省领导孙守刚、张雷明参加上述活动。")
    signing, _, visit = extract_document(raw, "zh", date(2023, 6, 17)).events
    assert (visit.event_type, visit.start_date, visit.end_date) == ("visit", date(2023, 6, 15), date(2023, 6, 16))
    assert {"孙守刚", "张雷明"} <= {a.name for a in signing.attendees}


def test_an_inspection_accompanied_by_the_hosts_and_those_who_join_it():
    raw = ("社會文化司司長柯嵐今（15）日在藥物監督管理局局長蔡炳祥、副局長黃翠玲陪同下視察藥物監督管理局，了解該局工作。"
           "衛生局局長羅奕龍、司長辦公室主任黃嘉倩亦一同視察。")
    [visit] = extract_document(raw, "zh", date(2025, 1, 15)).events
    assert (visit.event_type, visit.start_date) == ("visit", date(2025, 1, 15))
    assert [a.name for a in visit.attendees] == ["柯岚", "蔡炳祥", "黄翠玲", "罗奕龙", "黄嘉倩"]


def test_those_greeted_in_a_speech_attend_the_event_it_was_given_at():
    raw = ("以下是醫務衞生局局長盧寵茂教授今日（十二月七日）在香港會議展覽中心舉行的「中醫藥發展論壇2024」的致辭：\n"
           "林文健署長、范鴻齡主席、陳永光會長、各位中醫藥界的朋友、各位嘉賓：\n大家好！今天很高興出席論壇。")
    [forum] = extract_document(raw, "zh", date(2024, 12, 7)).events
    assert {"林文健", "范鸿龄", "陈永光"} <= {a.name for a in forum.attendees}


def test_a_numbered_session_of_a_body_is_its_meeting():
    raw = ("The regulations were passed at the 13th session of the Standing Committee of the 14th Hunan Provincial "
           "People's Congress, held from Nov. 26 to 29 in Changsha.")
    [session] = [e for e in extract_document(raw, "en", date(2024, 11, 30)).events if e.event_type == "meeting"]
    assert (session.start_date, session.end_date, session.organizer_ids) == (
        date(2024, 11, 26), date(2024, 11, 29), ("prov-hunan-congress-sc",))


def test_going_to_places_then_a_field_survey_is_a_visit():
    raw = ("8月24日，市政府与省药品监督管理局签署合作备忘录。当天上午，王越一行还先后来到武进国家高新区、西太湖科技产业园，"
           "实地调研医疗器械企业研发生产情况，李晓东陪同。")
    visit = extract_document(raw, "zh", date(2023, 8, 25)).events[-1]
    assert (visit.event_type, visit.start_date) == ("visit", date(2023, 8, 24))


def test_a_guideline_hereby_issued_dated_by_the_notice_s_last_line_not_by_when_it_comes_into_force():
    raw = ("The NMPA has organized the CDE to revise the guideline. The Guideline for Writing Pediatric Information in "
           "Drug Labels (Revised Edition) is hereby issued and shall come into force on March 1, 2026.\n"
           "The Old Requirements for Drug Labels (Trial), issued by the NMPA in its Announcement No. 38 of 2021, shall "
           "be repealed.\nAugust 14, 2025")
    releases = [(e.directive_title, e.start_date) for e in extract_document(raw, "en", date(2025, 8, 18)).events]
    assert releases == [("Guideline for Writing Pediatric Information in Drug Labels (Revised Edition)",
                         date(2025, 8, 14))]


def test_a_dialogue_between_two_ministers_is_talk_not_an_event():
    raw = ("Experts said that dialogue between the two ministers at a multilateral occasion sends a positive signal. "
           "The China-EU high-level dialogue was held in Brussels on May 20, 2025.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2025, 5, 21)).events] == [
        ("meeting", date(2025, 5, 20))]


def test_where_a_body_is_located_is_no_going_there():
    raw = "我们实行持有人所在地和受托方所在地监管部门联合检查，提高监管效率。"
    assert extract_document(raw, "zh", date(2025, 4, 16)).events == []


def test_the_day_before_a_meeting_is_held_names_the_meeting_only_as_a_reference():
    raw = ("6月11日，省医保局在武汉召开全省定点零售药店药品价格公示工作座谈会。座谈会召开前一天（6月10日），陈志刚一行先后来到"
           "武汉市4家定点零售药店，实地查看药品价格标签。")
    events = extract_document(raw, "zh", date(2025, 6, 12)).events
    assert [(e.event_type, e.start_date) for e in events] == [("meeting", date(2025, 6, 11)), ("visit", date(2025, 6, 10))]


def test_a_briefing_held_by_an_information_office_stays_its_own_when_another_body_s_spokesperson_presides():
    raw = ("Shanghai will support biomedicine, officials said at a press conference held by the Information Office of "
           "Shanghai Municipality on Tuesday. The press conference was presided over by Gu Jun, spokesperson of the "
           "Shanghai Municipal People's Government.")
    [briefing] = extract_document(raw, "en", date(2024, 7, 31)).events
    assert briefing.organizer_ids == ("prov-shanghai-info-office",)


def test_an_assessment_teams_on_site_assessment_over_a_range_of_days_is_a_visit():
    raw = ("A pre-accession assessment team of the Pharmaceutical Inspection Co-operation Scheme (PIC/S) carried out an "
           "on-site assessment of China's drug inspection system in Beijing and Shanghai from May 19 to 23. The NMPA "
           "will conduct on-site inspections of manufacturers.")
    (visit,) = extract_document(raw, "en", date(2025, 5, 27)).events
    assert (visit.event_type, visit.start_date, visit.end_date) == ("visit", date(2025, 5, 19), date(2025, 5, 23))


def test_an_opening_ceremony_officiated_hong_kong_style():
    raw = ("行政長官李家超今日（一月十三日）主禮香港中醫醫院開幕典禮。典禮由醫務衞生局主辦，醫務衞生局局長盧寵茂等出席。")
    (ceremony,) = extract_document(raw, "zh", date(2026, 1, 13)).events
    assert (ceremony.event_type, ceremony.start_date, ceremony.organizer_ids) == ("other", date(2026, 1, 13),
                                                                                   ("hk-health-bureau",))


def test_a_release_on_the_same_day_as_the_one_before_and_not_on_the_day_it_applies():
    raw = ("人民网北京9月8日电 商务部、国家卫生健康委、国家药监局8日联合印发《关于在医疗领域开展扩大开放试点工作的通知》。"
           "记者了解到，同日，国家发展改革委、商务部发布《外商投资准入特别管理措施（负面清单）（2024年版）》，自2024年11月1日起施行。")
    x = extract_document(raw, "zh", date(2024, 9, 8))
    assert [(e.event_type, e.start_date) for e in x.events] == [("release", date(2024, 9, 8))] * 2
    assert x.directives[-1].issued_date is None     # 自…起施行: the day it applies


def test_a_second_title_after_an_edition_word_is_released_by_the_same_verb():
    raw = ("12月7日，国家医保局召开新闻发布会，正式发布《国家基本医疗保险、生育保险和工伤保险药品目录（2025年）》和首版《商业健康保险"
           "创新药品目录（2025年）》。")
    releases = [e for e in extract_document(raw, "zh", date(2025, 12, 8)).events if e.event_type == "release"]
    assert [(e.start_date, e.organizer_ids) for e in releases] == [(date(2025, 12, 7), ("nhsa",))] * 2


def test_a_provincial_cppcc_team_led_to_a_city_makes_a_research_visit():
    raw = ("4月16日至17日，省政协副主席郭晓峰率省政协调研组赴武汉，围绕“推动我省生物医药产业高质量发展”开展专题调研。"
           "省政协常委、经济委员会主任陈荣参加调研。")
    (visit,) = extract_document("湖北省政协\n" + raw, "zh", date(2025, 4, 18)).events
    assert (visit.event_type, visit.start_date, visit.end_date) == ("visit", date(2025, 4, 16), date(2025, 4, 17))
    assert visit.organizer_ids == ("prov-hubei-cppcc",)


def test_held_by_one_agency_together_with_others_makes_them_all_hosts():
    raw = ("The campaign was deployed at a national video and telephone conference held on Tuesday by the National "
           "Healthcare Security Administration (NHSA) together with the Ministry of Public Security and the National "
           "Health Commission.")
    (conference,) = extract_document(raw, "en", date(2023, 4, 27)).events
    assert conference.organizer_ids == ("nhsa", "mps", "nhc")


def test_a_judicial_interpretation_released_on_a_day_and_the_news_conference_that_announced_it():
    raw = ("China's top court and top procuratorate released a judicial interpretation on Thursday to step up the "
           "crackdown on crimes endangering drug safety.\n"
           "The Interpretation on Several Issues Concerning the Application of Law in Handling Criminal Cases Endangering "
           "Drug Safety, jointly issued by the Supreme People's Court and the Supreme People's Procuratorate, will take "
           "effect on Sunday.\n"
           "Speaking at a joint news conference held by the two bodies in Beijing, Zhou Jiahai, deputy director of the "
           "research office of the Supreme People's Court, said the new document was needed.")
    events = extract_document(raw, "en", date(2022, 3, 3)).events
    assert sorted((e.event_type, e.start_date) for e in events) == [("press_conference", date(2022, 3, 3)),
                                                                    ("release", date(2022, 3, 3))]


def test_a_release_told_in_the_headline_takes_the_day_the_body_gives():
    raw = ("NMPA releases National Adverse Drug Reaction Monitoring Annual Report (2023)\n"
           "On April 17, the National Medical Products Administration (NMPA) released the National Adverse Drug Reaction "
           "Monitoring Annual Report (2023), giving a full picture of reporting across the country.")
    (release,) = extract_document(raw, "en", date(2024, 4, 19)).events
    assert (release.event_type, release.start_date, release.organizer_ids) == ("release", date(2024, 4, 17), ("nmpa",))


def test_a_visit_to_an_expo_hall_a_symposium_held_after_it_and_the_expos_own_hosts():
    raw = ("第七届中国国际进口博览会5日至10日在上海举行。国家药监局局长李利6日率队到进博会医疗器械及医药保健展区参观，"
           "副局长雷平陪同参观。\n在随后举行的座谈会上，美敦力大中华区总裁顾宇韶等企业负责人先后发言。\n"
           "进博会由商务部和上海市人民政府主办。")
    events = extract_document(raw, "zh", date(2024, 11, 7)).events
    assert [(e.event_type, e.start_date, e.organizer_ids) for e in events] == [
        ("meeting", date(2024, 11, 5), ("mofcom", "prov-shanghai-gov")), ("visit", date(2024, 11, 6), ("nmpa",)),
        ("meeting", date(2024, 11, 6), ("nmpa",))]


def test_a_joint_press_conference_and_not_the_day_a_notice_it_tells_of_was_issued():
    raw = ("Patients will be able to settle their bills directly, Chinese health and medical insurance authorities said "
           "on Wednesday.\nAt a joint press conference held by the National Healthcare Security Administration (NHSA) "
           "and the National Health Commission (NHC) in Beijing, officials said that a notice issued on Tuesday by the "
           "NHSA and the Ministry of Finance (MOF) extends direct settlement.\nThe press conference was presided over by "
           "Hu Qiangqiang, deputy director of the NHC's Department of Publicity.")
    (conference,) = [e for e in extract_document(raw, "en", date(2024, 6, 13)).events if e.event_type == "press_conference"]
    assert conference.start_date == date(2024, 6, 12)
    assert {"nhsa", "nhc"} <= set(conference.organizer_ids)


def test_an_emergency_drill_is_an_occurrence_of_its_own_kind():
    (drill,) = extract_document("HUZHOU, Sept 12 -- A provincial vaccine safety incident emergency drill was held here, "
                                "jointly organized by the Zhejiang Provincial Medical Products Administration and the "
                                "Huzhou Municipal People's Government.", "en", date(2023, 9, 14)).events
    assert (drill.event_type, drill.start_date) == ("other", date(2023, 9, 12))
    (drill,) = extract_document("日前，江苏省药品监督管理局联合泰州市人民政府在泰州医药高新区举行2023年江苏省疫苗质量安全事件应急演练。",
                                "zh", date(2023, 11, 24)).events
    assert drill.event_type == "other" and "prov-jiangsu-mpa" in drill.organizer_ids


def test_a_directive_the_meeting_issued_is_released_that_day_by_its_host():
    raw = ("4月2日，全省中药饮片质量集中整治动员部署会在兰州召开。省药监局党组书记、局长王建军出席会议并讲话。\n"
           "会议印发了《甘肃省中药饮片质量集中整治工作方案（2024—2025年）》。")
    meeting, release = extract_document("甘肃省药品监督管理局\n" + raw, "zh", date(2024, 4, 3)).events
    assert (release.event_type, release.start_date) == ("release", date(2024, 4, 2))
    assert release.organizer_ids == meeting.organizer_ids


def test_a_transcripts_headline_dates_the_press_conference_its_body_welcomes_to():
    raw = ("Regular Press Conference of the Ministry of Commerce (June 15, 2023)\n"
           "Spokesperson Shu Jueting: Good afternoon, friends from the media. Welcome to MOFCOM's regular press conference.")
    (conference,) = extract_document(raw, "en", date(2023, 6, 16)).events
    assert (conference.event_type, conference.start_date) == ("press_conference", date(2023, 6, 15))


def test_a_plan_formulated_by_its_authors_in_an_aside_is_cited_not_released():
    raw = ("The Action Plan for Further Improving Medical Services (2023-2025), formulated by the NHC and the National "
           "Administration of Traditional Chinese Medicine, also lists pharmacist clinics among the services.")
    assert extract_document(raw, "en", date(2024, 8, 19)).events == []


def test_a_signing_a_rule_requires_is_no_signing():
    raw = "第六条　持有人委托生产的，应当对受托生产企业的质量管理体系进行审核和监督，与受托方签订委托协议和质量协议。"
    assert extract_document(raw, "zh", date(2022, 12, 30)).events == []


def test_a_trip_then_a_comma_then_an_inspection_and_this_mornings_ceremony():
    (visit,) = extract_document("行政長官賀一誠今（15日）上午前往橫琴，視察粵澳合作中醫藥科技產業園。", "zh",
                                date(2023, 6, 15)).events
    assert (visit.event_type, visit.start_date) == ("visit", date(2023, 6, 15))
    (ceremony,) = extract_document("歌禮今早在港交所舉行上市儀式。", "zh", date(2018, 8, 1)).events
    assert (ceremony.event_type, ceremony.start_date) == ("other", date(2018, 8, 1))


def test_a_standing_committee_session_that_voted_and_its_press_conference_after():
    raw = ("广州日报讯（记者刘志慧）昨日，广州市第十六届人民代表大会常务委员会第三十三次会议表决通过《广州市促进生物医药产业发展条例》。\n"
           "会后，市人大常委会举行新闻发布会。")
    events = extract_document(raw, "zh", date(2024, 10, 31)).events
    assert [(e.event_type, e.start_date, e.name) for e in events] == [
        ("meeting", date(2024, 10, 30), "广州市第十六届人民代表大会常务委员会第三十三次会议"),
        ("release", date(2024, 10, 30), "广州市促进生物医药产业发展条例"),    # (a vote on a regulation makes it)
        ("press_conference", date(2024, 10, 30), "新闻发布会")]


def test_an_official_of_an_agencys_general_office_presides_for_the_agency():
    (briefing,) = extract_document("4月10日，湖南省医疗保障局召开新闻发布会，省医保局办公室主任王强主持发布会。", "zh",
                                   date(2024, 4, 11)).events
    assert briefing.organizer_ids == ("prov-hunan-hsa",)


def test_a_revised_version_issued_undated_then_its_release_day_told_after():
    raw = ("China's Ministry of Agriculture and Rural Affairs (MARA) has issued a revised version of the Good Manufacturing "
           "Practice for Veterinary Drugs, the first overhaul in two decades. The Good Manufacturing Practice for Veterinary "
           "Drugs (2020 Revision) was promulgated as MARA Order No. 3 of 2020, signed by Minister Han Changfu and released "
           "on April 21. It takes effect on June 1, 2020.")
    (release,) = extract_document(raw, "en", date(2020, 5, 7)).events
    assert (release.event_type, release.start_date) == ("release", date(2020, 4, 21))


def test_a_ministerial_order_signed_by_the_minister_dates_a_release_told_as_recent():
    raw = ("近日，农业农村部以2020年第3号部令发布修订后的《兽药生产质量管理规范（2020年修订）》，自2020年6月1日起施行。\n"
           "中华人民共和国农业农村部令\n2020年第3号\n《兽药生产质量管理规范（2020年修订）》现予公布，自2020年6月1日起施行。\n"
           "部长　韩长赋\n2020年4月21日\n")
    (release,) = extract_document(raw, "zh", date(2020, 4, 27)).events
    assert (release.event_type, release.start_date, release.organizer_ids) == ("release", date(2020, 4, 21), ("moa",))


def test_a_bill_passed_at_a_councils_meeting_and_a_count_of_meetings_is_no_name():
    raw = ("立法會今日（六月二十五日）在會議上三讀通過《2025年藥劑業及毒藥（修訂）條例草案》。"
           "法案委員會自今年二月起共舉行五次會議。")
    (meeting,) = extract_document(raw, "zh", date(2025, 6, 25)).events
    assert (meeting.event_type, meeting.start_date, meeting.name) == ("meeting", date(2025, 6, 25), "会议")
    (en,) = extract_document("The Legislative Council (LegCo) passed the Bill at its meeting today (July 9) after the "
                             "Third Reading.", "en", date(2025, 7, 9)).events
    assert (en.event_type, en.start_date) == ("meeting", date(2025, 7, 9))


def test_officials_said_on_a_day_a_few_sentences_and_paragraph_breaks_before():
    raw = ("China has added 165 medicines to its list of essential medicines, health authorities said on Thursday.\n\n"
           "The 2018 edition of the list will take effect on Nov 1, replacing the previous edition. It includes 685 "
           "medicines.\n\nZeng Yixin, vice-minister of the National Health Commission, said at a news conference in "
           "Beijing that the adjustment focuses on patients.")
    (briefing,) = extract_document(raw, "en", date(2018, 10, 26)).events
    assert (briefing.event_type, briefing.start_date) == ("press_conference", date(2018, 10, 25))


def test_a_decision_told_as_the_news_is_an_event_of_its_own():
    raw = ("Client Alert\nLast Thursday (April 14), the Beijing Intellectual Property Court delivered its first-instance "
           "judgment in Chugai v. Wenzhou Haihe, the first patent-linkage case.")
    (judgment,) = extract_document(raw, "en", date(2022, 4, 20)).events
    assert (judgment.event_type, judgment.start_date, judgment.organizer_ids) == (
        "other", date(2022, 4, 14), ("beijing-ip-court",))
    zh = ("中央社記者台北16日電）中共中央紀委國家監委網站今天發布消息，江西省藥品監督管理局原局長鄧承華涉嫌嚴重違紀違法，"
          "目前正接受中央紀委國家監委紀律審查和監察調查。")
    (review,) = extract_document(zh, "zh", date(2024, 8, 16)).events
    assert (review.event_type, review.start_date) == ("other", date(2024, 8, 16))
    assert "prov-jiangxi-mpa" not in review.organizer_ids


def test_an_approval_and_the_briefing_that_told_it_are_two_events():
    raw = ("Taipei, June 18 (CNA) Taiwan's Food and Drug Administration (TFDA) on Tuesday approved a locally developed "
           "antibody-drug conjugate for the treatment of breast cancer.\n\nThe drug is approved for adult patients, TFDA "
           "Deputy Director-General Wang Te-yuan told reporters at a press briefing in Taipei.")
    kinds = {(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 6, 18)).events}
    assert kinds == {("other", date(2024, 6, 18)), ("press_conference", date(2024, 6, 18))}


def test_a_passive_approval_was_decided_by_the_body_after_by():
    raw = ("A vaccine made in China has been prequalified by the World Health Organization (WHO), the China Food and "
           "Drug Administration said Thursday.")
    (decision,) = extract_document(raw, "en", date(2013, 10, 11)).events
    assert decision.organizer_ids == ("who",)


def test_meeting_an_official_by_title_or_honorific_is_a_visit_and_sets_the_day_that_follows():
    raw = ("A delegation of the Macao SAR Government visited Nanning from 7 to 9 June.\n\nOn 8 June, Ms Ao Ieong U met "
           "the Chairman of the People's Government of Guangxi Zhuang Autonomous Region, Mr Lan Tianli. Mr Lan said the "
           "two places enjoyed a long friendship.\n\nOn the same day, the two sides signed a Memorandum of Understanding "
           "on Health Cooperation.")
    kinds = [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2023, 6, 9)).events]
    assert kinds == [("visit", date(2023, 6, 7)), ("visit", date(2023, 6, 8)), ("signing", date(2023, 6, 8))]
    assert not extract_document("The products met the standards on 8 June.", "en", date(2023, 6, 9)).events


def test_a_quoted_exchange_meeting_its_cochairs_and_a_visit_the_day_before():
    raw = ("由臺灣日本關係協會與日本台灣交流協會共同主辦的「第十一屆臺日醫藥交流會議」於本（10）月17日在臺北舉行。"
           "衛生福利部食品藥物管理署副署長林志賢與日本厚生勞動省醫藥局審議官佐藤健一共同擔任會議主席。"
           "近年雙方在藥品優良製造規範（GMP）檢查報告互相參採等方面合作成果豐碩。"
           "此外，日方代表團於會前一日（16日）參訪財團法人醫藥品查驗中心。")
    found = extract_document(raw, "zh", date(2024, 10, 18))
    assert [(e.event_type, e.start_date, e.name) for e in found.events] == [
        ("meeting", date(2024, 10, 17), "第十一届台日医药交流会议"), ("visit", date(2024, 10, 16), "参访财团法人医药品查验中心")]
    assert found.events[0].organizer_ids[:2] == ("taiwan-japan-relations-association", "japan-taiwan-exchange-association")
    assert {(p.name, p.title) for p in found.people} >= {("佐藤健一", "Councillor")}


def test_a_signing_the_headline_told_is_dated_by_the_meeting_the_report_tells_it_at():
    raw = ("中匈簽署中醫藥合作諒解備忘錄\n"
           "國家中醫藥管理局副局長盧曉航昨（16）日在北京會見匈牙利內政部衛生國務秘書率領的代表團。雙方深入交換意見，"
           "並共同見證簽署《國家中醫藥管理局與匈牙利內政部關於中醫藥領域合作的諒解備忘錄》。\n"
           "國家中醫藥管理局願以簽署備忘錄為契機，與匈方加強合作。")
    signing = [e for e in extract_document(raw, "zh", date(2024, 4, 17)).events if e.event_type == "signing"]
    assert [(e.start_date, e.name) for e in signing] == [(date(2024, 4, 16), "中匈签署中医药合作谅解备忘录")]


def test_a_notice_page_is_released_by_the_body_signing_it():
    raw = ("Notice on the Results of the 2025 Special Inspection of Sterile Medical Device Manufacturers\n\n"
           "To the administrations for market regulation of all prefecture-level cities:\n\nThe inspections found "
           "deficiencies at seven manufacturers, which are listed in the Annex.\n\n"
           "Guangdong Provincial Medical Products Administration\nMarch 18, 2025\n")
    (release,) = extract_document(raw, "en", date(2025, 3, 20)).events
    assert (release.event_type, release.start_date, release.organizer_ids) == (
        "release", date(2025, 3, 18), ("prov-guangdong-mpa",))


def test_a_transcripts_labelled_day_without_its_year_dates_the_briefing():
    raw = ("《若干政策措施》新闻发布会\n时间：8月29日（星期四）上午10:00\n地点：省政府新闻发布厅\n"
           "【主持人　黄凌云】\n各位记者朋友，大家上午好！欢迎参加省政府新闻办新闻发布会。")
    (briefing,) = extract_document(raw, "zh", date(2024, 8, 30)).events
    assert (briefing.event_type, briefing.start_date) == ("press_conference", date(2024, 8, 29))


def test_a_visitor_when_meeting_a_vice_minister_and_a_symposium_she_is_scheduled_to_attend_on_friday():
    raw = ("A senior WHO official praised China's contribution when meeting Wang Jingyi, vice minister of the National "
           "Health Commission, in Beijing on Wednesday.\n\nDuring the visit, she is scheduled to visit the NMPA, and to "
           "attend the China-WHO Symposium on Regulatory System Strengthening in Shanghai on Friday. Officials said on "
           "Tuesday that the rules will take effect next year.")
    kinds = [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2025, 6, 5)).events]
    assert kinds == [("visit", date(2025, 6, 4)), ("meeting", date(2025, 6, 6))]


def test_a_release_years_ago_told_with_its_full_date_is_an_event_one_told_by_its_year_none():
    raw = ("China regulates human genetic resources mainly through the Regulation of the People's Republic of China on "
           "the Administration of Human Genetic Resources (the \"HGR Regulation\"), promulgated by the State Council on 28 "
           "May 2019 and effective from 1 July 2019.")
    releases = [(e.start_date, e.name) for e in extract_document(raw, "en", date(2024, 5, 22)).events]
    assert releases == [(date(2019, 5, 28), "Regulation of the People's Republic of China on the Administration of Human "
                                             "Genetic Resources")]
    assert not extract_document("In 2019, the State Council issued the Regulations on Human Genetic Resources.", "en",
                                date(2024, 5, 22)).events


def test_taiwans_announced_revision_of_a_guideline_is_its_release():
    raw = "食藥署藥品組組長說明，食藥署於上月17日公告修正「藥品中亞硝胺類不純物管控指引」，將NDSRI納入管控範圍。"
    releases = [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 5, 21)).events]
    assert releases == [("release", date(2024, 4, 17))]


def test_a_tour_set_for_the_next_day_is_a_visit_unless_a_day_of_the_trip_told():
    raw = ("衛生署與澳門藥物監督管理局今日（七月五日）在衛生署總部簽署合作協議。\n"
           "澳門代表團明日（七月六日）將參觀政府化驗所，了解香港的藥物檢測工作。")
    kinds = [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 7, 5)).events]
    assert ("visit", date(2024, 7, 6)) in kinds
    trip = ("醫務衞生局局長盧寵茂教授今日（六月十二日）開始在四川省成都市進行為期兩天的訪問。\n"
            "盧寵茂教授明日（六月十三日）將參觀成都天府國際生物城。")
    assert [(e.event_type, e.start_date) for e in extract_document(trip, "zh", date(2024, 6, 12)).events] == [
        ("visit", date(2024, 6, 12))]


def test_a_title_then_which_was_released_on_a_day_tells_its_release():
    raw = ("This year's campaign is guided by the Notice on Carrying Out Special Rectification of Medical Insurance Fraud "
           "in 2024, which was jointly released on April 18 by the NHSA and the Ministry of Public Security.")
    (release,) = extract_document(raw, "en", date(2024, 4, 26)).events
    assert (release.event_type, release.start_date) == ("release", date(2024, 4, 18))


def test_an_inspection_team_led_to_inspect_is_a_visit():
    raw = "9月12日至15日，张卫东带领由局医疗器械监管科执法人员组成的检查组，对辖区医疗器械经营企业开展集中检查。"
    (visit,) = extract_document(raw, "zh", date(2023, 9, 20)).events
    assert (visit.event_type, visit.start_date, visit.end_date) == ("visit", date(2023, 9, 12), date(2023, 9, 15))


def test_a_nicknames_sentence_dates_the_release_and_drafting_research_is_no_visit():
    raw = ("近日，国家中医药管理局、国家药监局联合印发了《中药材质量提升三年行动方案（2025—2027年）》（以下简称《行动方案》）。"
           "国家中医药管理局会同国家药监局，在深入调研、广泛征求意见的基础上，研究制定了《行动方案》，已于3月28日正式印发。")
    events = [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2025, 4, 10)).events]
    assert events == [("release", date(2025, 3, 28))]


def test_a_licence_issued_as_the_news_is_a_decision():
    raw = ("Separately, Macao's Pharmaceutical Administration Bureau (ISAF) issued on Monday (14 October) a licence for the "
           "manufacture of proprietary Chinese medicines to a pharmaceutical factory in Coloane.")
    (decision,) = extract_document(raw, "en", date(2024, 10, 15)).events
    assert (decision.event_type, decision.start_date, decision.organizer_ids) == ("other", date(2024, 10, 14), ("macao-isaf",))


def test_a_bill_gazetted_is_released():
    raw = ("The Hong Kong Special Administrative Region Government today (June 6) gazetted the Chinese Medicine (Amendment) "
           "Bill 2025, which seeks to amend the Chinese Medicine Ordinance (Cap. 549).")
    found = extract_document(raw, "en", date(2025, 6, 6))
    assert [(e.event_type, e.start_date, e.organizer_ids) for e in found.events] == [
        ("release", date(2025, 6, 6), ("hksar-government",))]


def test_a_risk_consultation_meeting_is_a_meeting():
    (meeting,) = extract_document("12月5日，省药监局在石家庄召开全省药品安全风险会商会，通报药品抽检情况。", "zh",
                                  date(2024, 12, 9)).events
    assert (meeting.event_type, meeting.start_date) == ("meeting", date(2024, 12, 5))


def test_a_talk_is_a_meeting():
    (talk,) = extract_document("藥物監督管理局於今日（15日）下午舉辦「長者安全用藥」講座，約80名長者參加。", "zh",
                               date(2024, 3, 15)).events
    assert (talk.event_type, talk.start_date) == ("meeting", date(2024, 3, 15))


def test_a_products_launch_is_a_meeting_not_a_press_conference():
    (launch,) = extract_document("本月8日，苏州市医疗保障局联合举行2025年度“苏惠保”产品发布会。", "zh", date(2024, 11, 20)).events
    assert (launch.event_type, launch.start_date) == ("meeting", date(2024, 11, 8))


def test_a_public_health_talk_is_a_meeting_and_who_officiated_at_the_talk_attended():
    raw = ("The Department of Health (DH) held a public health talk on the safe use of Chinese medicines at the Hong Kong "
           "Central Library today (March 15).\n\nOfficiating at the talk, the Director of Health, Dr Ronald Lam, said "
           "that Chinese medicine is an integral part of Hong Kong's healthcare system.")
    (talk,) = extract_document(raw, "en", date(2025, 3, 15)).events
    assert (talk.event_type, talk.start_date, [a.name for a in talk.attendees]) == (
        "meeting", date(2025, 3, 15), ["Ronald Lam"])


def test_inspected_closing_a_relative_clause_is_no_visit():
    raw = "Zhou Min, the licensed pharmacist at the store Li inspected, said the chain had grown too fast."
    assert not extract_document(raw, "en", date(2023, 11, 20)).events


@pytest.mark.parametrize("raw", [
    "《药品生产监督管理办法》要求委托双方签订委托协议和质量协议。",         # what a rule requires
    "监管部门检查时，往往要求企业提供会议记录、风险清单等书面材料。",       # minutes, not a meeting
    "企业应全面梳理关键岗位人员，避免因人员配置不合规而在检查中被判定为严重缺陷。",   # inspections in general
    "【导读】从标准出台到延伸检查落地，中药材GAP正在从纸面走向田间。",       # an extended inspection, the term
    "機制是《行政長官2023年施政報告》公布的措施之一。",                      # the measures a title announced
])
def test_generic_chinese_mentions_of_events_are_no_occurrence(raw):
    assert not extract_document(raw, "zh", date(2024, 4, 9)).events


def test_a_joint_statement_signed_at_the_end_of_the_meeting_and_an_agreement_under_negotiation():
    raw = ("The 17th Tripartite Health Ministers Meeting was held in Tokyo on Sunday. At the end of the meeting, the three "
           "ministers signed a joint statement on ageing. They will keep taking part in negotiations on the WHO Pandemic "
           "Agreement.")
    kinds = [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 12, 9)).events]
    assert kinds == [("meeting", date(2024, 12, 8)), ("signing", date(2024, 12, 8))]
    expo = ("The 2024 Suzhou Biomedicine Expo opened on Thursday in Suzhou. Xu Ying, vice governor of Jiangsu Province, "
            "attended the opening ceremony. At the ceremony, the Jiangsu Provincial Medical "
            "Products Administration and the Suzhou Municipal People's Government signed a strategic cooperation agreement.")
    kinds = [(e.event_type, e.start_date) for e in extract_document(expo, "en", date(2024, 10, 25)).events]
    assert kinds == [("meeting", date(2024, 10, 24)), ("signing", date(2024, 10, 24))]


def test_a_release_dated_by_the_next_sentence_not_the_dateline():
    raw = ("BEIJING, Nov. 3 -- Chinese authorities have issued a circular to improve the reserve system for drugs.\n\n"
           "The circular, titled Circular on Further Strengthening the Reserve of Drugs and Medical Supplies for Health "
           "Emergencies, was jointly issued by the National Health Commission (NHC) and the National Development and "
           "Reform Commission. It was made public on the NHC's website on Thursday.")
    (release,) = [e for e in extract_document(raw, "en", date(2023, 11, 3)).events if e.event_type == "release"]
    assert release.start_date == date(2023, 11, 2)


def test_a_tally_of_approvals_or_an_old_approval_is_no_event():
    assert not extract_document("China approved 47 innovative drugs in 2021 as of Dec. 20, the NMPA said.", "en",
                                date(2021, 12, 21)).events
    assert not extract_document("The NMPA approved the vaccine on March 3, 2019, and it is now widely used.", "en",
                                date(2024, 5, 1)).events


def test_a_letter_of_intent_signed_after_talks():
    raw = ("On Sept 4, Li Li, commissioner of the National Medical Products Administration, met with Delese Mimi Darko, "
           "Director General of the African Medicines Agency, in Beijing. Following the talks, Li and Darko signed a "
           "letter of intent on cooperation on behalf of the two agencies.")
    kinds = [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2025, 9, 9)).events]
    assert ("signing", date(2025, 9, 4)) in kinds


def test_a_notice_issued_alongside_what_the_lead_dated():
    zh = ("3月18日，国家药监局发布2024年国家化妆品监督抽检结果。从品类看，此次抽检覆盖18个类别。\n"
          "国家药监局同步发布《关于284批次不符合规定化妆品的通告》，对不符合规定产品逐一点名。")
    (release,) = extract_document(zh, "zh", date(2025, 3, 19)).events
    assert (release.event_type, release.start_date) == ("release", date(2025, 3, 18))
    en = ("China's National Medical Products Administration on Thursday released the results of the 2024 national "
          "cosmetics sampling. The results were published in the Notice on the Results of the 2024 National Cosmetics "
          "Supervision Sampling Inspection, which named the products.")
    (release,) = extract_document(en, "en", date(2025, 3, 21)).events
    assert (release.event_type, release.start_date) == ("release", date(2025, 3, 20))


def test_a_warning_letter_told_with_its_day_is_the_regulators_decision():
    raw = ("美國食品及藥物管理局（FDA）周一（7日）在官網公布，已於本月2日向浙江台州一家原料藥生產商發出警告信，"
           "指該公司數據完整性存缺陷。")
    (letter,) = extract_document(raw, "zh", date(2025, 7, 8)).events
    assert (letter.event_type, letter.start_date) == ("other", date(2025, 7, 2))


def test_a_seizure_told_with_its_day_is_an_event():
    raw = "（記者 梁家俊）香港海關前日（14日）在葵涌一個貨櫃碼頭檢獲一批懷疑假冒藥物，市值約580萬元。"
    (seizure,) = extract_document(raw, "zh", date(2025, 5, 16)).events
    assert (seizure.event_type, seizure.start_date, seizure.organizer_ids) == ("other", date(2025, 5, 14), ("hk-customs",))


def test_a_title_lately_issued_told_in_passing():
    raw = ("根据市医保局、市财政局近日联合印发的《关于做好2026年度杭州市城市定制型商业医疗保险工作的通知》，"
           "2026年度“西湖益联保”继续面向全市参保人员。")
    (release,) = extract_document(raw, "zh", date(2025, 10, 21)).events
    assert (release.event_type, release.start_date) == ("release", None)
    assert not extract_document("根据2019年印发的《关于做好某项工作的通知》，继续推进。", "zh", date(2025, 10, 21)).events


def test_an_interview_with_a_reporter_is_no_visit():
    assert not extract_document("台北醫學大學藥學系教授林明輝接受中央社記者訪問時分析，大陸藥品監管持續收緊。", "zh",
                                date(2025, 5, 15)).events


def test_in_a_supervisory_inspection_is_no_visit():
    assert not extract_document("企业应及早修订标签，避免因标签遗漏修订而在监督检查中被判定为不符合规定。", "zh",
                                date(2025, 5, 15)).events


def test_a_recall_initiated_on_a_day_is_an_event():
    raw = ("The recall was initiated on March 28 by Boston Scientific (Shanghai), and publicized on Monday through a notice "
           "on the website of the Shanghai Municipal Medical Products Administration.")
    (recall,) = extract_document(raw, "en", date(2024, 4, 3)).events
    assert (recall.event_type, recall.start_date) == ("other", date(2024, 3, 28))


def test_a_unit_holding_its_meeting_keeps_it_when_its_parents_official_presides():
    raw = "中检院召开建院70周年座谈会\n昨日，中检院在京召开建院70周年座谈会。国家药监局副局长徐景和主持会议。"
    (meeting,) = extract_document(raw, "zh", date(2020, 9, 30)).events
    assert meeting.organizer_ids == ("nifdc",)


def test_a_recall_a_designation_and_a_list_of_checks_is_no_visit():
    (recall,) = extract_document("香港衞生署今日（十二月三日）指示持牌中成藥製造商順和堂藥業有限公司回收一款中成藥產品。", "zh",
                                 date(2024, 12, 3)).events
    assert (recall.event_type, recall.start_date) == ("other", date(2024, 12, 3))
    (designation,) = extract_document("China's Center for Drug Evaluation on Monday granted breakthrough therapy "
                                      "designation to Hangzhou Qiansu's KRAS G12D inhibitor.", "en", date(2025, 1, 14)).events
    assert (designation.event_type, designation.start_date) == ("other", date(2025, 1, 13))
    assert not extract_document("要深化人工智能等新技术在审评审批、检查等环节的应用。", "zh", date(2024, 3, 28)).events


def test_officials_who_answered_questions_after_the_press_conference_sentence_attended():
    raw = ("The press conference was presided over by Wang Jing, spokesperson of the information office, on Thursday. "
           "Ye Jianping, deputy director of the Zhejiang Medical Products Administration, introduced the platform and "
           "answered questions together with Chen Xiaoyong, director of its Informatization Division.")
    (briefing,) = extract_document(raw, "en", date(2024, 5, 17)).events
    assert {a.name for a in briefing.attendees} == {"Wang Jing", "Ye Jianping", "Chen Xiaoyong"}


def test_a_provincial_peoples_congress_named_as_a_body_is_no_meeting():
    raw = ("\"The regulations fill gaps,\" said Zhao Jinyun, deputy director of the Education, Science, Culture and Health "
           "Committee of the Yunnan Provincial People's Congress, at a news briefing held on Monday.")
    assert [e.event_type for e in extract_document(raw, "en", date(2024, 12, 3)).events] == ["press_conference"]


def test_a_session_dated_by_the_days_it_was_held_not_the_day_it_adopted_a_law():
    raw = ("The Regulations were adopted on Nov 29 at the 13th session of the Standing Committee of the 14th Yunnan "
           "Provincial People's Congress, which was held in Kunming from Nov 27 to 29.")
    session = next(e for e in extract_document(raw, "en", date(2024, 12, 3)).events if e.event_type == "meeting")
    assert (session.start_date, session.end_date) == (date(2024, 11, 27), date(2024, 11, 29))


def test_that_afternoon_after_a_lead_whose_last_date_is_when_a_rule_applies():
    raw = ("财政部、海关总署、税务总局20日联合发布《关于发布海南自由贸易港进口药品清单的通知》，明确自2025年3月1日起执行。\n"
           "当日下午，海南省人民政府新闻办公室举行新闻发布会解读相关政策。")
    kinds = {e.event_type: e.start_date for e in extract_document(raw, "zh", date(2025, 2, 21)).events}
    assert kinds["press_conference"] == date(2025, 2, 20)


def test_the_day_a_press_release_came_out_does_not_date_the_visit_it_reports():
    raw = ("A delegation led by Asim Rauf visited the CDE in Beijing on Wednesday. According to a press release issued by "
           "DRAP here on Friday, the delegation was received by CDE Deputy Director Zhou Wenhua.")
    (ev,) = events(raw, date(2024, 10, 18), agencies=[("nmpa-cde", "CDE"), ("pakistan-drap", "DRAP")],
                   people=["Asim Rauf", "Zhou Wenhua"])
    assert (ev.event_type, ev.start_date) == ("visit", date(2024, 10, 16))
    assert [a.name for a in ev.attendees] == ["Asim Rauf", "Zhou Wenhua"]
    raw = ("The MIIT on Thursday held a symposium with manufacturers. Xin Guobin presided over the symposium in Beijing, "
           "according to a statement on the MIIT's website on Friday.")
    (ev,) = events(raw, date(2023, 12, 8), agencies=[("miit", "MIIT")], people=["Xin Guobin"])
    assert ev.start_date == date(2023, 12, 7) and [a.name for a in ev.attendees] == ["Xin Guobin"]


def test_taking_part_is_counted_in_sentences_not_paragraph_breaks_and_also_follows_the_sentence_before():
    filler = "".join(f"He made point {n}.\n\n" for n in range(7))
    raw = ("On May 5, Wang Li visited the NIFDC. On May 6, the NMPA held a symposium in Beijing.\n\n" + filler
           + "Zhang Hua gave presentations on the system. Officials accompanied the inspection. Li Hong also took part.")
    visit, meeting = events(raw, date(2024, 5, 8), agencies=[("nifdc", "NIFDC"), ("nmpa", "NMPA")],
                            people=["Wang Li", "Zhang Hua", "Li Hong"])
    assert [a.name for a in meeting.attendees] == ["Zhang Hua"]
    assert [a.name for a in visit.attendees] == ["Wang Li", "Li Hong"]


def test_a_procurements_results_announced_by_the_body_named_next_and_bids_opened():
    raw = ("A 19-province alliance on Friday announced the results of its centralized procurement of Chinese patent "
           "medicines. According to the announcement issued by the Hubei Healthcare Security Administration, 111 "
           "companies won bids. Bids were opened in Wuhan on December 14.")
    results, opening = events(raw, date(2021, 12, 25), agencies=[("prov-hubei-hsa", "Hubei Healthcare Security Administration")])
    assert (results.event_type, results.start_date, results.organizer_ids) == ("other", date(2021, 12, 24), ("prov-hubei-hsa",))
    assert (opening.event_type, opening.start_date) == ("other", date(2021, 12, 14))
    (zh,) = [e for e in events("湖北日报讯（记者 龚达发）昨日，19省中成药集中带量采购中选结果正式公布。此次集采共有111家企业中选。"
                               "此次集采由湖北省医疗保障局牵头。", date(2021, 12, 25), "zh",
                               agencies=[("prov-hubei-hsa", "湖北省医疗保障局")])]
    assert (zh.start_date, zh.organizer_ids, zh.name) == (date(2021, 12, 24), ("prov-hubei-hsa",), "中选结果正式公布")


def test_each_dated_decision_is_its_own_event_and_the_bureau_decided_as_named_before():
    raw = ("Three pharmacies have been fined, the SZAMR said at a press briefing Monday. In the first case, the Futian "
           "District Bureau of the SZAMR found that Kangyuantang Pharmacy Co. had sold drugs without prescriptions. "
           "The bureau issued a penalty decision on June 12. The Nanshan District Bureau of the SZAMR fined the company "
           "150,000 yuan in a decision dated June 28.")
    found = events(raw, date(2024, 7, 16), agencies=[("szamr", "SZAMR"), ("futian", "Futian District Bureau of the SZAMR"),
                                                     ("nanshan", "Nanshan District Bureau of the SZAMR")])
    assert [(e.event_type, e.start_date, e.organizer_ids) for e in found] == [
        ("press_conference", date(2024, 7, 15), ("szamr",)), ("other", date(2024, 6, 12), ("futian",)),
        ("other", date(2024, 6, 28), ("nanshan",))]


def test_a_draft_revision_released_for_comment_with_a_deadline_and_a_decision_word_inside_a_title():
    title = "Procedures for the Review and Approval of Conditionally Approved Drugs (Trial)"
    raw = (f"On August 25, 2023, the NMPA released for public comment a draft revision of the {title}. Comments may be "
           "submitted to the CDE by September 24, 2023.")
    (ev,) = events(raw, date(2023, 9, 5), agencies=[("nmpa", "NMPA"), ("nmpa-cde", "CDE")], directives=[(title, ["nmpa"])])
    assert (ev.event_type, ev.start_date, ev.organizer_ids) == ("release", date(2023, 8, 25), ("nmpa",))
    draft = "Measures for Device Registration (Revised Draft for Comments)"
    raw = (f"The NMPA issued the {draft} on December 27, 2024. The NMPA has published a draft revision of the Measures "
           "for Device Registration, with comments due by January 26, 2025.")
    found = events(raw, date(2025, 1, 9), agencies=[("nmpa", "NMPA")],
                   directives=[(draft, ["nmpa"]), ("Measures for Device Registration", [])])
    assert [(e.event_type, e.start_date) for e in found] == [("release", date(2024, 12, 27))]
    gmp = "Good Manufacturing Practice for Medical Devices"
    raw = f"On 13 November 2024, the NMPA released a revised draft of the {gmp} for public comment."
    (ev,) = events(raw, date(2025, 1, 14), agencies=[("nmpa", "NMPA")], directives=[(gmp, ["nmpa"])])
    assert (ev.event_type, ev.start_date, ev.name) == ("release", date(2024, 11, 13), gmp)


def test_a_lower_case_event_is_named_with_what_it_was_on():
    (ev,) = events("A training course for inspectors of drug clinical trial institutions, organized by the Shandong MPA, "
                   "was held in Jinan from May 20 to 24.", date(2024, 5, 27), agencies=[("sd", "Shandong MPA")])
    assert (ev.name, ev.start_date, ev.end_date) == (
        "training course for inspectors of drug clinical trial institutions", date(2024, 5, 20), date(2024, 5, 24))


def test_a_report_goes_on_while_the_events_people_speak():
    speeches = "".join(f"Hu said point {n} mattered.\n\n" for n in range(9))
    raw = ("On Oct 19, the 2024 China Drug Regulatory Science Conference was held in Chengdu. Hu Yun, vice-governor of "
           "Sichuan, attended the opening ceremony.\n\n" + speeches
           + "Emer Cooke, executive director of the EMA, delivered a video speech.")
    (ev,) = events(raw, date(2024, 10, 21), agencies=[("ema", "EMA")], people=["Hu Yun", "Emer Cooke"])
    assert [a.name for a in ev.attendees] == ["Hu Yun", "Emer Cooke"]


def test_people_among_the_leaders_who_attended_and_who_briefed_participants():
    raw = ("On March 10, the IMDRF Management Committee meeting was held in Shanghai. Representatives of ten regulators "
           "attended the meeting. Among the delegation leaders were Melissa Torres, associate director of the CDRH, and "
           "Tracey Duffy of the TGA. On March 12, a stakeholder forum was held. Xu Jinghe briefed more than 300 "
           "participants on recent developments.")
    meeting, forum = events(raw, date(2025, 3, 14), people=["Melissa Torres", "Tracey Duffy", "Xu Jinghe"])
    assert [a.name for a in meeting.attendees] == ["Melissa Torres", "Tracey Duffy"]
    assert [a.name for a in forum.attendees] == ["Xu Jinghe"]


def test_one_who_spoke_on_behalf_of_others_took_part():
    raw = ("On Nov 12, the Department of Health held a seminar in Hong Kong. Many firms were represented.\\n\\n"
           "The chairperson of the association, Ms Agnes Lam, spoke on behalf of the industry.")
    (ev,) = events(raw.replace("\\n", "\n"), date(2025, 11, 13), people=["Agnes Lam"])
    assert [a.name for a in ev.attendees] == ["Agnes Lam"]


def test_a_welcome_speech_after_the_meeting_sentence_is_taking_part():
    raw = "当天下午，推进会在中国药科大学召开。中国药科大学党委书记金能明致欢迎辞，校长郝海平介绍了学科建设情况。"
    (ev,) = events(raw, date(2025, 1, 10), "zh", people=["金能明", "郝海平"])
    assert [a.name for a in ev.attendees] == ["金能明", "郝海平"]


def test_an_official_quoted_after_a_press_conference_spoke_there():
    raw = ("11月26日，省人大常委会会议表决通过《云南省中医药民族医药条例》。闭幕会后，省人大常委会办公厅举行新闻发布会。"
           "省卫生健康委副主任杨春雷表示，将抓紧制定配套措施。")
    found = events(raw, date(2024, 11, 28), "zh", officials={"杨春雷": "prov-yunnan-hc"})
    briefing = next(e for e in found if e.event_type == "press_conference")
    assert [a.name for a in briefing.attendees] == ["杨春雷"]



def test_a_headline_release_dated_by_the_page_gives_way_to_the_body_that_dates_it():
    raw = ("国家知识产权局发布《药品专利权期限补偿办法》\n\n发布时间：2024-01-19\n\n"
           "1月19日，国家知识产权局举行新闻发布会。新闻发言人介绍，为配合专利法实施细则施行，国家知识产权局于1月18日发布公告，"
           "公布《药品专利权期限补偿办法》，自2024年1月20日起施行。")
    release = next(e for e in extract_document(raw, "zh", date(2024, 1, 19)).events if e.event_type == "release")
    assert release.start_date == date(2024, 1, 18)


def test_two_meetings_in_one_sentence_each_dated_in_its_clause():
    raw = ("The Regulations were adopted at the 33rd meeting of the Standing Committee of the Guangzhou Municipal People's "
           "Congress on October 30, 2024, and approved at the 13th meeting of the Standing Committee of the Guangdong "
           "Provincial People's Congress on November 29, 2024.")
    city, province = "Standing Committee of the Guangzhou Municipal People's Congress", \
        "Standing Committee of the Guangdong Provincial People's Congress"
    found = [e for e in events(raw, date(2024, 12, 11), agencies=[("gz", city), ("gd", province)])
             if e.event_type == "meeting"]
    assert [(e.start_date, e.organizer_ids) for e in found] == [(date(2024, 10, 30), ("gz",)), (date(2024, 11, 29), ("gd",))]


def test_a_plan_an_executive_meeting_adopted_is_not_yet_released():
    raw = ("Premier Li Qiang presided over an executive meeting of the State Council on Friday, which reviewed and "
           "adopted an implementation plan on providing full-chain support for the development of innovative drugs.")
    found = extract_document(raw, "en", date(2024, 7, 6)).events
    assert [(e.event_type, e.start_date) for e in found] == [("meeting", date(2024, 7, 5))]


def test_a_leader_whose_instructions_are_studied_or_proposals_cited_did_not_attend():
    (zh,) = events("7月14日，省药监局在南昌召开推进会，深入学习贯彻习近平总书记关于药品安全工作的重要指示批示精神。",
                   date(2024, 7, 15), "zh", people=["习近平"], agencies=[("prov-jiangxi-mpa", "省药监局")])
    assert not zh.attendees
    raw = ("On Sept 5, the China-Arab States Health Cooperation Forum was held in Yinchuan. Zhou Changqing said in his "
           "keynote speech that China will implement the actions proposed by Chinese President Xi Jinping.")
    (en,) = events(raw, date(2023, 9, 6), people=["Zhou Changqing", "Xi Jinping"])
    assert [a.name for a in en.attendees] == ["Zhou Changqing"]


def test_a_courses_teachers_took_part_in_it():
    raw = ("A training course for vaccine inspectors opened in Hefei on Oct 14. Li Jun attended the opening ceremony. "
           "Wang Lihua lectured on common deficiencies. Zhou Hong gave a lecture on data integrity, while Liu Fang "
           "walked trainees through the inspection procedures.")
    (ev,) = events(raw, date(2024, 10, 20), people=["Li Jun", "Wang Lihua", "Zhou Hong", "Liu Fang"])
    assert [a.name for a in ev.attendees] == ["Li Jun", "Wang Lihua", "Zhou Hong", "Liu Fang"]


def test_people_who_spoke_about_something_or_shared_their_experience_took_part():
    raw = ("On Sept 12, Yan presided over a symposium in Guiyang with hospital heads. Sun Zhaoqi, president of a hospital, "
           "spoke about the reform's effects. Entrepreneurs Liu Haoran and Emily Zhang shared their experience.")
    (ev,) = events(raw, date(2024, 9, 14), people=["Sun Zhaoqi", "Liu Haoran", "Emily Zhang"])
    assert [a.name for a in ev.attendees] == ["Sun Zhaoqi", "Liu Haoran", "Emily Zhang"]


def test_a_delegation_that_paid_a_working_visit():
    raw = ("A delegation from Malaysia's NPRA, led by its director Dr Rosilawati Ahmad, paid a working visit to Jiangsu "
           "from Sept 9 to 11 to explore closer cooperation.")
    (ev,) = events(raw, date(2024, 9, 13), agencies=[("npra", "NPRA")], people=["Rosilawati Ahmad"])
    assert (ev.event_type, ev.start_date, ev.end_date) == ("visit", date(2024, 9, 9), date(2024, 9, 11))


def test_signed_minutes_of_a_meeting_are_a_signing():
    (en,) = [e for e in events("On April 19, Lu Jianxin and Vu Tuan Cuong signed the minutes of the meeting on behalf of "
                               "the two sides.", date(2023, 4, 21), people=["Lu Jianxin", "Vu Tuan Cuong"])
             if e.event_type == "signing"]
    assert (en.event_type, en.start_date) == ("signing", date(2023, 4, 19)) and "the the" not in en.name
    (zh,) = events("23日下午，黄建宁与阮成林代表双方签署《中越边境地区药品监管合作会议纪要》。", date(2024, 10, 25), "zh")
    assert (zh.event_type, zh.start_date) == ("signing", date(2024, 10, 23))



def test_a_meeting_a_rule_asks_for_is_no_meeting_held():
    raw = ("On August 25, 2023, the NMPA released a draft. Applicants will be required to submit a confirmatory trial plan "
           "at the pre-submission communication meeting with the CDE.")
    assert [e.event_type for e in events(raw, date(2023, 8, 30), agencies=[("nmpa", "NMPA"), ("cde", "CDE")])] == []


def test_regulations_a_premier_signed_a_decree_to_promulgate():
    raw = ("BEIJING, Jan. 27 -- China has revised its drug regulations. The modified regulations for implementing the Drug "
           "Administration Law, which Chinese Premier Li Qiang has signed a State Council decree to promulgate, take "
           "effect on May 15, an official statement said on Tuesday.")
    found = [e for e in extract_document(raw, "en", date(2026, 2, 1)).events if e.event_type == "release"]
    assert [(e.start_date, e.directive_title) for e in found] == [
        (date(2026, 1, 27), "regulations for implementing the Drug Administration Law")]


def test_relevant_issues_is_no_issuing_verb():
    raw = "Decision on Authorizing the State Council to Carry Out a Pilot and Relevant Issues\n\nThe text follows."
    assert not [e for e in extract_document(raw, "en", date(2015, 11, 5)).events if e.event_type == "release"]


def test_a_hong_kong_magistrates_court_convicts():
    en = [e for e in extract_document("A pharmacy was fined a total of $12,000 at Kwun Tong Magistrates' Courts today "
                                      "(June 11) for breaching the Pharmacy and Poisons Ordinance (Cap 138).", "en",
                                      date(2024, 6, 11)).events]
    assert [(e.event_type, e.start_date, e.organizer_ids) for e in en] == [
        ("other", date(2024, 6, 11), ("hk-kwun-tong-magistrates-courts",))]
    zh = extract_document("一間藥房今日（五月二十二日）在觀塘裁判法院被裁定售賣第1部毒藥罪名成立，違反香港《藥劑業及毒藥規例》。",
                          "zh", date(2024, 5, 22)).events
    assert [(e.event_type, e.start_date) for e in zh] == [("other", date(2024, 5, 22))]


def test_a_round_table_is_a_meeting():
    (ev,) = events("6月20日，商务部与国家药监局在上海联合召开外资医药企业圆桌会，听取企业意见。", date(2024, 6, 21), "zh",
                   agencies=[("mofcom", "商务部"), ("nmpa", "国家药监局")])
    assert (ev.event_type, ev.start_date, ev.organizer_ids) == ("meeting", date(2024, 6, 20), ("mofcom", "nmpa"))


@pytest.mark.parametrize("title, told, published, day, issuer", [
    # plural measures with no article
    ("Measures for Patent Term Compensation for New Drugs", "The CNIPA on Thursday released measures on patent term "
     "compensation for new drugs, a move analysts welcomed. The {title} will take effect on Saturday.",
     date(2024, 1, 19), date(2024, 1, 18), "cnipa"),
    # a white paper
    ("White Paper on the Trial of Drug Safety Crimes by Zhejiang Courts (2019-2023)", "The Zhejiang High People's Court "
     "on Thursday released a white paper on the trial of drug safety crimes. According to the {title}, courts concluded "
     "1,326 cases.", date(2024, 6, 21), date(2024, 6, 20), "prov-zhejiang-hpc"),
    # an announcement dated a day, whose sentence names one body
    ("Announcement on Revising the Instructions for Shengmai-Type Injection Preparations", "In an announcement dated 27 "
     "September, the NMPA said it had decided to revise the instructions. The document, the {title} (No. 128 of 2023), "
     "covers 57 products.", date(2023, 10, 9), date(2023, 9, 27), "nmpa"),
    # a report a body published
    ("2023 Drug Review Report", "China approved 40 innovative drugs last year, according to the annual drug review report "
     "released on Sunday by the CDE. The CDE accepted 18,503 applications, the {title} showed.",
     date(2024, 2, 5), date(2024, 2, 4), "nmpa-cde"),
])
def test_a_release_told_by_its_kind_then_named(title, told, published, day, issuer):
    (ev,) = extract_document(told.format(title=title), "en", published).events
    assert (ev.event_type, ev.start_date, ev.directive_title, ev.organizer_ids) == ("release", day, title, (issuer,))


def test_a_release_at_a_news_conference_takes_the_day_the_lead_gives():
    raw = ("Ninety-one drugs have been added to the national list, the National Healthcare Security Administration "
           "said on Thursday. The National Drug List for Basic Medical Insurance (2024) was jointly released by the "
           "NHSA and the Ministry of Human Resources and Social Security at a news conference held by the NHSA in "
           "Beijing.")
    evs = extract_document(raw, "en", date(2024, 11, 29)).events
    by_type = {e.event_type: e for e in evs}
    assert by_type["press_conference"].start_date == by_type["release"].start_date == date(2024, 11, 28)
    assert by_type["press_conference"].organizer_ids == ("nhsa",)     # held by the NHSA; MOHRSS only released


def test_a_transcript_is_dated_by_its_time_line():
    raw = ("Transcript of the press conference of the National Health Commission\nDate: 2022-11-18\n"
           "Time: 3 pm, Thursday, November 17, 2022\nVenue: Press Hall, National Health Commission, Beijing\n"
           "Mi Feng: Good afternoon, and welcome to the press conference of the National Health Commission.")
    (pc,) = [e for e in extract_document(raw, "en", date(2022, 11, 18)).events if e.event_type == "press_conference"]
    assert pc.start_date == date(2022, 11, 17)


def test_a_visit_with_talks_is_one_visit_and_talks_with_a_delegation_receive_it():
    raw = ("On Sept 13, Zhao visited the European Medicines Agency (EMA) in Amsterdam, the Netherlands, and held "
           "talks with Emer Cooke, executive director of the EMA.")
    assert [e.event_type for e in extract_document(raw, "en", date(2024, 9, 20)).events] == ["visit"]
    raw = ("BEIJING, March 26 (Xinhua) -- Vice Minister of Commerce Ma Yueqing met with a delegation of the EFPIA "
           "in Beijing on Tuesday. Also on Tuesday, Zhou Hanwen, vice minister of the National Health Commission "
           "(NHC), held talks with the delegation.")
    evs = extract_document(raw, "en", date(2024, 3, 26)).events
    assert [(e.event_type, e.start_date) for e in evs] == [("visit", date(2024, 3, 26))] * 2
    assert evs[1].organizer_ids == ("nhc",)


def test_the_next_day_after_a_release_and_a_release_long_in_force():
    raw = ("On April 28, 2024, the NHSA and four other authorities jointly issued the Work Plan for the 2024 Special "
           "Rectification of Medical Insurance Funds. The next day, the five authorities convened a national video "
           "conference in Beijing. The Regulations on the Supervision of Medical Security Funds, promulgated by "
           "the State Council and in force since May 1, 2021, allow heavy fines.")
    evs = extract_document(raw, "en", date(2024, 5, 10)).events
    assert [(e.event_type, e.start_date) for e in evs] == [("release", date(2024, 4, 28)),
                                                          ("meeting", date(2024, 4, 29))]
    zh = ("在此基础上，国家医保局制定了《医疗保障基金飞行检查管理暂行办法》，自2023年5月1日起施行。"
          "根据《暂行办法》，医疗保障行政部门可以启动飞行检查。")
    x = extract_document(zh, "zh", date(2024, 6, 12))
    assert x.events == [] and [d.title for d in x.directives] == ["医疗保障基金飞行检查管理暂行办法"]


def test_zh_talks_on_their_own_day_after_a_forum_and_recalled_signings():
    raw = ("7月11日至13日，国家中医药局局长余艳红一行来甘肃调研。12日，省委书记胡昌升在兰州会见余艳红一行；"
           "13日，省长任振鹤与余艳红一行座谈。")
    evs = extract_document(raw, "zh", date(2023, 7, 14)).events
    assert ("meeting", date(2023, 7, 13)) in [(e.event_type, e.start_date) for e in evs]
    inside = "8日，王晓东带队赴商圈开展监督检查，并与区市场监管局执法人员座谈，了解基层执法中存在的困难。"
    assert "meeting" not in [e.event_type for e in extract_document(inside, "zh", date(2021, 5, 12)).events]
    after = ("医务卫生局局长卢宠茂今日（十一月二十八日）出席论坛并致辞。论坛结束后，卢宠茂与副局长范婉雯会见了国家药监局代表团。")
    evs = extract_document(after, "zh", date(2024, 11, 28)).events
    assert [(e.event_type, e.start_date) for e in evs] == [("meeting", date(2024, 11, 28)), ("visit", date(2024, 11, 28))]
    recalled = "他表示，药监局去年与广东省药品监督管理局签署的《粤澳药品监管合作协议》为两地监管互认奠定了基础。"
    assert extract_document(recalled, "zh", date(2024, 5, 17)).events == []


def test_a_taiwan_release_in_corner_quotes_dated_by_the_republic_year():
    raw = "衛生福利部於中華民國113年5月20日以衛授食字第1131402586號令，修正發布「藥事法施行細則」第3條條文。"
    (release,) = extract_document(raw, "zh", date(2024, 6, 5)).events
    assert (release.event_type, release.start_date, release.name) == ("release", date(2024, 5, 20), "藥事法施行細則")
    rule = "委託者與受託製造廠均應符合規範，並應檢具雙方簽訂之委託製造契約、品質協議書及核定函。"
    assert extract_document(rule, "zh", date(2024, 6, 5)).events == []


def test_remarks_made_at_a_summit_take_the_day_they_were_said_and_a_signing_during_its_ceremony():
    raw = ("CHENGDU, June 17 (Xinhua) -- China will step up regulatory science research, the country's top drug "
           "regulator said Monday.\nThe remarks were made at the opening of the 2024 China Drug Regulatory Science "
           "Summit, co-hosted by the National Medical Products Administration (NMPA) in Chengdu.\nDuring the opening "
           "ceremony, the NMPA and the Sichuan provincial government signed a strategic cooperation agreement.")
    evs = extract_document(raw, "en", date(2024, 6, 17)).events
    assert [(e.event_type, e.start_date) for e in evs] == [("meeting", date(2024, 6, 17)), ("signing", date(2024, 6, 17))]


def test_a_session_of_a_body_is_named_with_it():
    raw = ("The draft was submitted to the second session of the 14th National People's Congress (NPC) Standing "
           "Committee, which opened in Beijing on Monday.")
    (session,) = extract_document(raw, "en", date(2023, 4, 24)).events
    assert session.name.startswith("second session of the 14th National People's Congress")


def test_a_notice_signed_off_by_its_departments_above_its_annex():
    raw = ("国家卫生健康委办公厅 国家中医药局综合司关于印发登革热诊疗方案（2024年版）的通知\n各省、自治区、直辖市卫生健康委：\n"
           "为进一步规范登革热临床诊疗工作，我们组织制定了《登革热诊疗方案（2024年版）》。现印发给你们。\n"
           "国家卫生健康委办公厅　　国家中医药局综合司\n2024年7月18日\n（信息公开形式：主动公开）\n附件1\n登革热诊疗方案（2024年版）\n一、病原学")
    releases = [e for e in extract_document(raw, "zh", date(2024, 7, 23)).events if e.event_type == "release"]
    assert [(e.name, e.start_date) for e in releases] == [("登革热诊疗方案（2024年版）", date(2024, 7, 18))]


def test_deadlines_tallies_and_background_are_no_events_and_a_series_of_days_starts_an_event():
    raw = ("5月21日，省药监局召开全省药品安全专项整治工作视频会议。李宏伟要求，各地要认真传达学习会议精神，"
           "于6月30日前将阶段性工作总结报送省药监局。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 5, 22)).events] == [
        ("meeting", date(2024, 5, 21))]
    tally = "行动计划实施以来，我们与多个国家的药品监管机构开展交流，先后举办4届监管科学国际研讨会。"
    assert extract_document(tally, "zh", date(2024, 9, 26)).events == []
    recent = "近年来，中国药品监管部门修订实施《中华人民共和国药品管理法》，制定出台《中华人民共和国疫苗管理法》。"
    assert extract_document(recent, "zh", date(2021, 9, 16)).events == []
    series = "食药署于本（113）年5月13日、15日及17日，分别于台北、台中及高雄办理「医疗器材管理法规说明会」，逾850人次参加。"
    assert [e.start_date for e in extract_document(series, "zh", date(2024, 5, 20)).events] == [date(2024, 5, 13)]


def test_a_special_inspection_campaign_is_a_visit_and_a_trend_is_not():
    raw = ("导读：清廉医院建设正在由制度搭建转向常态化督导和量化考评。\n"
           "上月18日至21日，温州市卫生健康委员会组成4个督导组，对全市12家市级公立医院开展专项督导。")
    (visit,) = extract_document(raw, "zh", date(2024, 7, 22)).events
    assert (visit.event_type, visit.start_date) == ("visit", date(2024, 6, 18))


def test_a_session_that_passed_a_regulation_on_the_day_just_told():
    raw = ("SHENZHEN'S top legislature on Wednesday adopted a regulation to promote the cell and gene industry.\n"
           "The Shenzhen Special Economic Zone Regulations on Promoting the Cell and Gene Industry were passed at the 38th "
           "session of the Standing Committee of the Seventh Shenzhen Municipal People's Congress.")
    (session,) = [e for e in extract_document(raw, "en", date(2025, 6, 27)).events if e.event_type == "meeting"]
    assert session.start_date == date(2025, 6, 25)
    board = ("China on Monday called for solidarity as the WHO Executive Board opened its 156th session in Geneva.")
    (eb,) = extract_document(board, "en", date(2025, 2, 5)).events
    assert (eb.event_type, eb.start_date) == ("meeting", date(2025, 2, 3))


def test_zh_briefing_time_line_and_gazetted_regulations_and_days_in_numerals():
    raw = ("“推进紧密型县域医共体建设”新闻发布会\n发布会时间：2024年6月18日（星期二）上午10:00\n"
           "发布会地点：四川新闻发布中心\n各位记者朋友，上午好！欢迎参加省政府新闻办新闻发布会。")
    (pc,) = extract_document(raw, "zh", date(2024, 6, 19)).events
    assert (pc.event_type, pc.start_date) == ("press_conference", date(2024, 6, 18))
    gazette = ("政府今日（五月三十一日）在宪报刊登由药剂业及毒药管理局订立的《2024年药剂业及毒药（修订）规例》（《修订规例》）。"
               "根据《修订规例》，十一种物质将列为第1部毒药。")
    (release,) = extract_document(gazette, "zh", date(2024, 5, 31)).events
    assert (release.event_type, release.start_date) == ("release", date(2024, 5, 31))
    trip = "局长梁振邦于本月十四日至十六日率团访问北京。十六日，代表团参观了中国食品药品检定研究院。"
    assert date(2024, 10, 16) in [e.start_date for e in extract_document(trip, "zh", date(2024, 10, 17)).events]


def test_zh_collective_interviews_are_meetings_and_findings_while_inspecting_no_visit():
    raw = ("3月13日上午，省药监局在昆明召开全省疫苗生产企业质量安全约谈会。上周，执法人员在对一家单体药店检查时发现问题。")
    evs = extract_document(raw, "zh", date(2025, 3, 14)).events
    assert [(e.event_type, e.start_date) for e in evs] == [("meeting", date(2025, 3, 13))]


def test_a_trip_leader_meets_the_hosts_who_hold_the_meeting():
    raw = ("On 7 June, the Secretary for Social Affairs and Culture of Macao, Ms Ao Ieong U, led a delegation that "
           "visited Nanning. On 8 June, Ms Ao Ieong U met the Chairman of the People's Government of Guangxi Zhuang "
           "Autonomous Region, Lan Tianli.")
    visits = [e for e in extract_document(raw, "en", date(2023, 6, 9)).events if e.start_date == date(2023, 6, 8)]
    assert [(e.organizer_ids, e.participant_ids) for e in visits] == [(("prov-guangxi-gov",), ("macao-sar-government",))]


def test_a_chair_of_one_side_of_a_meeting_both_sides_held_leaves_both_hosting():
    raw = ("8月24日，江苏省药品监督管理局与常州市人民政府签署合作备忘录。签约前，双方召开座谈会，市长盛蕾主持。")
    (meeting,) = [e for e in extract_document(raw, "zh", date(2023, 8, 25)).events if e.event_type == "meeting"]
    assert set(meeting.organizer_ids) == {"prov-jiangsu-mpa", "city-changzhou-gov"}


def test_a_release_with_an_aside_and_an_opening_ceremony_dated_by_the_opening_told_before():
    raw = ("The Henan HSA issued, on behalf of the alliance, the Implementation Plan for the Henan-Led Alliance "
           "Procurement of Drugs on Sept. 18, under which hospitals report their demand.")
    (release,) = extract_document(raw, "en", date(2023, 11, 13)).events
    assert (release.event_type, release.start_date, release.organizer_ids) == (
        "release", date(2023, 9, 18), ("prov-henan-hsa",))
    raw = ("A service station for device makers opened in Guangming Science City on Wednesday.\n\n"
           "The station was set up by the provincial administration. It will offer consultations.\n\n"
           "Officials unveiled the station's nameplate at the opening ceremony. During the ceremony, the two sides "
           "signed a cooperation agreement.")
    evs = extract_document(raw, "en", date(2025, 4, 17)).events
    assert sorted((e.event_type, e.start_date) for e in evs) == [
        ("other", date(2025, 4, 16)), ("signing", date(2025, 4, 16))]


def test_a_witness_s_body_takes_part_in_a_signing():
    raw = ("The HSA and the NMPA signed a Memorandum of Understanding on 18 October 2024, in the presence of Mr Liang "
           "Weiming, Minister-Counsellor of the Embassy of the People's Republic of China in Singapore.")
    (signing,) = extract_document(raw, "en", date(2024, 10, 21)).events
    assert "embassy-china-in-singapore" in signing.participant_ids
    assert "embassy-china-in-singapore" not in signing.organizer_ids


def test_a_signing_witnessed_then_after_the_press_conference_and_a_joint_summons():
    raw = ("The Secretary for Health continued his visit to Hainan today (April 11). In the morning, he visited the "
           "pilot zone. Professor Lo then witnessed the signing of the Memorandum of Understanding on Co-operation "
           "between the Department of Health and the Hainan Provincial Medical Products Administration.")
    signings = [e for e in extract_document(raw, "en", date(2025, 4, 11)).events if e.event_type == "signing"]
    assert [s.start_date for s in signings] == [date(2025, 4, 11)]
    raw = ("The measures were released at a press conference on Thursday. After the press conference, Shanghai Customs "
           "and the Shanghai Municipal Medical Products Administration signed a memorandum of cooperation.")
    signings = [e for e in extract_document(raw, "en", date(2024, 3, 29)).events if e.event_type == "signing"]
    assert [s.start_date for s in signings] == [date(2024, 3, 28)]
    raw = "本月19日，市场监管总局、国家药监局在京联合约谈6家网络交易平台企业，通报突出问题。"
    (summons,) = extract_document(raw, "zh", date(2024, 9, 20)).events
    assert (summons.event_type, summons.start_date, summons.organizer_ids) == ("meeting", date(2024, 9, 19), ("samr", "nmpa"))


def test_a_release_told_in_an_aside_of_the_next_sentence_and_a_conference_right_after_what_was_said():
    raw = ("Faster reviews cut approval times, the country's top drug regulator said on Tuesday.\n\n"
           "The National Medical Products Administration held a news conference in Beijing. Officials are drafting "
           "rules to implement the Opinions on Deepening Drug Regulatory Reform. The document, released by the General "
           "Office of the State Council on Jan 3, sets goals for 2027.")
    evs = extract_document(raw, "en", date(2025, 6, 11)).events
    assert sorted((e.event_type, e.start_date, e.organizer_ids) for e in evs) == [
        ("press_conference", date(2025, 6, 10), ("nmpa",)),
        ("release", date(2025, 1, 3), ("state-council-general-office",))]


def test_zh_a_consultation_held_before_a_meeting_and_an_agreement_signed_jointly_after_its_report():
    raw = ("3月22日，省药监局、省公安厅在福州联合召开打击药品违法犯罪工作座谈会。\n"
           "座谈会前，两部门还就建立信息共享制度等事项进行了会商，达成一致意见。")
    evs = extract_document(raw, "zh", date(2023, 3, 23)).events
    assert sorted((e.event_type, e.start_date, e.name) for e in evs) == [
        ("meeting", date(2023, 3, 22), "会商"), ("meeting", date(2023, 3, 22), "打击药品违法犯罪工作座谈会")]
    raw = ("6月15日，黄河流域药品监管协作联席会议第一次会议在济南召开。会议审议通过《联席会议制度》。"
           "九省（区）药品监督管理局共同签署《黄河流域药品监管协作框架协议》。")
    signings = [e for e in extract_document(raw, "zh", date(2023, 6, 16)).events if e.event_type == "signing"]
    assert [e.start_date for e in signings] == [date(2023, 6, 15)]
    # a consultation mechanism is no consultation held
    assert extract_document("6月15日，双方签约后建立定期会商机制，会商结果通报各方。", "zh", date(2023, 6, 16)).events == []


def test_zh_a_video_conference_and_a_team_led_to_a_site_last_numbered_month():
    raw = "20日，国家药监局召开药品说明书适老化改革试点工作启动视频会，对试点工作进行部署。"
    (meeting,) = extract_document(raw, "zh", date(2023, 12, 22)).events
    assert (meeting.event_type, meeting.start_date) == ("meeting", date(2023, 12, 20))
    raw = "上(8)月27日，食藥署副署長王德原即率員前往臺中市國光生物科技股份有限公司疫苗工廠，查核其流感疫苗充填作業。"
    (visit,) = extract_document(raw, "zh", date(2024, 9, 26)).events
    assert (visit.event_type, visit.start_date) == ("visit", date(2024, 8, 27))


def test_a_tour_told_by_its_start_and_talks_of_two_days_led_by_their_chiefs():
    raw = ("A joint inspection team from the National Medical Products Administration spent three days this week "
           "examining vaccine storage. The team, led by Xu Mingde, deputy commissioner of the NMPA, started its tour "
           "in Nanning on Monday.")
    (visit,) = extract_document(raw, "en", date(2019, 11, 21)).events
    assert (visit.event_type, visit.start_date, visit.organizer_ids) == ("visit", date(2019, 11, 18), ("nmpa",))
    raw = ("BEIJING, July 31 (Reuters) - The two days of talks on Monday and Tuesday were led by Chinese Vice Premier "
           "He Lifeng and U.S. Treasury Secretary Scott Bessent. Asked about the reports at a regular press briefing on "
           "Thursday, Chinese Commerce Ministry spokesperson Wei Lan said the talks had covered issues of common concern.")
    evs = extract_document(raw, "en", date(2025, 7, 31)).events
    # the talks, then the briefing its spokesperson's ministry held, where "the talks" are only spoken of
    assert sorted((e.event_type, e.start_date, e.end_date, e.organizer_ids) for e in evs) == [
        ("meeting", date(2025, 7, 28), date(2025, 7, 29), ("state-council",)),
        ("press_conference", date(2025, 7, 31), None, ("mofcom",))]


def test_zh_a_document_signed_at_a_meeting_whatever_it_is_called_but_not_a_pledge():
    raw = ("4月23日，自治区药品监督管理局与自治区人民检察院在南宁联合召开协作座谈会，会上双方签署了《关于加强药品安全领域"
           "公益诉讼检察与行政执法协作配合的意见》。")
    evs = extract_document(raw, "zh", date(2024, 4, 25)).events
    assert sorted((e.event_type, e.start_date) for e in evs) == [
        ("meeting", date(2024, 4, 23)), ("signing", date(2024, 4, 23))]
    assert [e.name for e in evs if e.event_type == "signing"] == ["签署《关于加强药品安全领域公益诉讼检察与行政执法协作配合的意见》"]
    raw = "7月16日，市医保局召开定点医药机构工作会议，各定点医药机构现场签订《规范使用医保基金承诺书》。"
    assert [e.event_type for e in extract_document(raw, "zh", date(2024, 7, 17)).events] == ["meeting"]


def test_zh_a_team_led_on_a_trip_and_the_meeting_it_holds_there():
    raw = ("6月13日至14日，南阳市卫生健康委主任王振国与南阳市医疗保障局局长刘春燕带领联合调研组，先后深入淅川县、西峡县的村卫生室，就药品供应保障工作开展专题调研。\n"
           "14日下午，调研组在内乡县召开座谈会，内乡县人民政府副县长马晓丽参加座谈。")
    doc = extract_document(raw, "zh", date(2024, 6, 17))
    visit, meeting = sorted(doc.events, key=lambda e: e.event_type, reverse=True)
    assert (visit.event_type, visit.start_date, visit.end_date) == ("visit", date(2024, 6, 13), date(2024, 6, 14))
    # the team's bodies hold its meeting; the county's official takes part
    assert (meeting.start_date, meeting.organizer_ids) == (date(2024, 6, 14), visit.organizer_ids)
    assert {a.name for a in meeting.attendees} == {"王振国", "刘春燕", "马晓丽"}


def test_zh_another_meeting_that_day_and_a_release_told_by_this_document_s_issuer():
    raw = ("昨日，商务部在北京举办2024年药品流通行业发展座谈会。"
           "当天下午，商务部与国家药品监督管理局还联合召开药品流通企业合规经营座谈会，国家药监局司长周凯就《药品经营和使用质量"
           "监督管理办法》作了解读。周凯表示，该办法由国家市场监督管理总局于2023年9月27日公布。")
    evs = extract_document(raw, "zh", date(2024, 8, 23)).events
    assert sorted((e.event_type, e.start_date, e.organizer_ids) for e in evs) == [
        ("meeting", date(2024, 8, 22), ("mofcom",)), ("meeting", date(2024, 8, 22), ("mofcom", "nmpa")),
        ("release", date(2023, 9, 27), ("samr",))]


def test_zh_a_visit_to_a_place_given_with_its_short_name_and_taiwans_announced_plans_and_drafts():
    raw = "11月21日，省人大常委会副主任委员赵永军带领代表一行10人，到陕西省食品药品检验研究院（以下简称“省药检院”）视察。"
    (visit,) = extract_document(raw, "zh", date(2023, 11, 23)).events
    assert (visit.event_type, visit.start_date) == ("visit", date(2023, 11, 21))
    raw = ("食藥署已於今年6月公告「強化學名藥供應韌性行動方案（113年至116年）」，將推動22項措施。"
           "此外，食藥署已於113年7月30日預告「藥品查驗登記審查準則」部分條文修正草案，預告期60日。")
    evs = extract_document(raw, "zh", date(2024, 8, 15)).events
    assert [(e.event_type, e.start_date, e.directive_title) for e in evs] == [
        ("release", None, "強化學名藥供應韌性行動方案（113年至116年）"), ("release", date(2024, 7, 30), "藥品查驗登記審查準則")]


def test_zh_a_visit_told_by_daofang_and_taiwans_plans_and_standards_in_corner_brackets():
    raw = "羅振邦昨日（三月十七日）到訪觀塘地區康健中心，了解中心提供的藥物管理服務。蔡炳祥歡迎代表團到訪，並介紹工作情況。"
    (visit,) = extract_document(raw, "zh", date(2025, 3, 18)).events
    assert (visit.event_type, visit.start_date) == ("visit", date(2025, 3, 17))
    raw = ("健保署預計自明年1月起推出「長者用藥整合照護試辦計畫」。衛福部醫事司長王宗曦補充，醫事司將修正「藥事照護相關人員培訓課程基準」。")
    doc = extract_document(raw, "zh", date(2024, 10, 3))
    assert [(d.title, d.directive_type) for d in doc.directives] == [
        ("長者用藥整合照護試辦計畫", "plan"), ("藥事照護相關人員培訓課程基準", "standard")]
    assert [p.name for p in doc.people] == ["王宗曦"]


def test_an_event_is_placed_where_the_page_places_things_not_by_the_sides_it_names():
    raw = ("A Macao delegation arrived in Nanning, Guangxi on Monday. On Tuesday, the delegation met with officials of the Guangxi "
           "Health Commission on Tuesday. Macao and Guangxi will step up exchanges, the Macao delegation said.")
    evs = extract_document(raw, "en", date(2024, 5, 22)).events
    assert evs and {e.city for e in evs} == {"Nanning"}


def test_zh_a_working_meeting_called_huiwu_with_the_visiting_delegation_but_not_a_regular_one_to_come():
    raw = "衛生署署長梁志恆今日(三月十四日)與到訪的浙江省藥品監督管理局局長俞光明率領的代表團在衛生署總部舉行工作會晤，深入交流。"
    (meeting,) = extract_document(raw, "zh", date(2025, 3, 14)).events
    assert (meeting.event_type, meeting.start_date) == ("meeting", date(2025, 3, 14))
    assert list(extract_document("双方将建立定期会晤机制和信息通报制度。", "zh", date(2025, 3, 14)).events) == []


def test_a_ceremony_a_plaque_was_unveiled_at_takes_the_day_the_report_told_it_unveiled():
    raw = ("CHONGQING - The Wanzhou Inspection Branch of the Chongqing Municipal Medical Products Administration was "
           "officially unveiled yesterday in Wanzhou District. Deng Yaling, vice mayor of Chongqing, and Tan Yong, director "
           "of the Chongqing MPA, jointly unveiled the plaque for the new branch at a ceremony held in Wanzhou. After the "
           "ceremony, the Chongqing MPA held a training session on GMP inspection for about 60 inspectors.")
    evs = extract_document(raw, "en", date(2022, 8, 24)).events
    assert sorted((e.event_type, e.start_date) for e in evs) == [
        ("meeting", date(2022, 8, 23)), ("other", date(2022, 8, 23))]


def test_a_cooperation_plan_signed_at_an_opening_ceremony():
    raw = ("The opening ceremony was held at the Macao Science Center on Monday morning. During the opening ceremony, the "
           "ISAF and the Guangdong Medical Products Administration also signed the Guangdong-Macao Pharmaceutical "
           "Regulatory Talent Training Cooperation Plan (2025-2027).")
    evs = extract_document(raw, "en", date(2025, 5, 23)).events
    assert ("signing", date(2025, 5, 19)) in {(e.event_type, e.start_date) for e in evs}


def test_a_trip_ends_on_the_day_a_later_sentence_says_it_ended():
    raw = ("A joint team of the National Medical Products Administration started its tour in Nanning on Monday. It "
           "checked vaccine depots in four cities. The tour, which ended on Wednesday in Nanning, is one of four.")
    (visit,) = extract_document(raw, "en", date(2019, 11, 22)).events
    assert (visit.start_date, visit.end_date) == (date(2019, 11, 18), date(2019, 11, 20))
    raw = "On Monday, a delegation of the National Medical Products Administration began a four-day visit to Hungary."
    (visit,) = extract_document(raw, "en", date(2023, 5, 12)).events
    assert (visit.event_type, visit.start_date, visit.end_date) == ("visit", date(2023, 5, 8), date(2023, 5, 11))
    # the sentence that says the trip ended names it again: one visit, not a second
    raw = "11月18日，国家药监局调研组到广西调研疫苗冷链。调研组在南宁召开座谈会。11月21日，调研组结束在广西的调研。"
    visits = [e for e in extract_document(raw, "zh", date(2019, 11, 25)).events if e.event_type == "visit"]
    assert [(v.start_date, v.end_date) for v in visits] == [(date(2019, 11, 18), date(2019, 11, 21))]
    # a trip told undated, then the days it began and ended
    raw = ("Hasbagan, director of the Health Commission of Inner Mongolia Autonomous Region, spoke during a four-day "
           "inspection tour of Xilingol League. The tour, which began on Sunday in Xilinhot, ended on Wednesday.")
    (visit,) = extract_document(raw, "en", date(2023, 9, 15)).events
    assert (visit.start_date, visit.end_date, visit.organizer_ids) == (date(2023, 9, 10), date(2023, 9, 13),
                                                                        ("prov-inner-mongolia-hc",))


def test_zh_a_flying_inspection_carried_out_and_a_ceremony_told_again_after_earlier_unveilings():
    raw = ("12月18日上午，湖北省药品监督管理局第三检查分局揭牌仪式在宜昌市举行。揭牌次日，即12月19日，分局即组织检查组"
           "对辖区内3家疫苗配送企业开展飞行检查。此前，第一检查分局已于12月6日在襄阳市揭牌成立。"
           "省药监局人事处负责同志参加揭牌仪式。")
    evs = extract_document(raw, "zh", date(2019, 12, 20)).events
    # (the earlier unveiling, told with its day, is an occurrence of its own: "已于12月6日在襄阳市揭牌成立")
    assert [(e.event_type, e.start_date) for e in evs] == [("other", date(2019, 12, 18)), ("visit", date(2019, 12, 19)),
                                                          ("other", date(2019, 12, 6))]
    assert not extract_document("今年以来，省药监局共开展飞行检查120次。", "zh", date(2019, 12, 20)).events  # a tally
    assert not extract_document("国家医保局会同有关部门组织开展飞行检查，覆盖全国31个省。", "zh", date(2019, 12, 20)).events


def test_zh_a_session_told_closed_then_opened_runs_both_days_and_its_first_reading_is_a_sitting():
    raw = ("昨天下午，常州市十七届人大常委会第二十一次会议在市行政中心闭幕。会议表决通过了《常州市医疗器械产业促进条例》。"
           "本次常委会会议于10月29日开幕，为期两天。29日上午的第一次全体会议由副主任李惠民主持。")
    meeting, release = extract_document(raw, "zh", date(2024, 10, 31)).events
    assert (meeting.start_date, meeting.end_date) == (date(2024, 10, 29), date(2024, 10, 30))
    assert release.start_date == date(2024, 10, 30)     # voted on at the close
    raw = "今年8月27日，常州市十七届人大常委会第十九次会议对条例草案进行了第一次审议。"
    (meeting,) = extract_document(raw, "zh", date(2024, 10, 31)).events
    assert (meeting.event_type, meeting.start_date) == ("meeting", date(2024, 8, 27))


def test_a_course_of_eleven_days_told_closed_then_opened_hosted_as_its_body_sentence_says():
    raw = ("Training course for drug inspectors concludes in Hangzhou\n\n"
           "The second session of the 2023 Training Course for Drug GMP Inspectors, hosted by the Center for Food and "
           "Drug Inspection of the National Medical Products Administration (CFDI) and co-organized by the Zhejiang "
           "Provincial Medical Products Administration, closed in Hangzhou on Thursday. Chen Lijuan, deputy director "
           "of the Zhejiang Provincial Medical Products Administration, presided over the ceremony.\n\n"
           "The 11-day course opened on May 29. At the opening ceremony, Xu Jinghe, deputy commissioner of the NMPA, "
           "gave a speech by video link from Beijing.")
    (course,) = extract_document(raw, "en", date(2023, 6, 9)).events
    assert (course.start_date, course.end_date) == (date(2023, 5, 29), date(2023, 6, 8))
    assert course.organizer_ids == ("nmpa-cfdi", "prov-zhejiang-mpa")


def test_a_plan_signed_after_talks_by_their_sides():
    raw = ("On Oct 15, Li Li, commissioner of the National Medical Products Administration (NMPA), met in Beijing with "
           "Mariano Fontán, administrator of Argentina's National Administration of Drugs, Food and Medical Devices "
           "(ANMAT). After the talks, Li and Fontán signed the Work Plan on Regulatory Cooperation between the NMPA and "
           "the ANMAT (2024-2026).")
    evs = extract_document(raw, "en", date(2024, 10, 18)).events
    assert [(e.event_type, e.start_date) for e in evs] == [("visit", date(2024, 10, 15)), ("signing", date(2024, 10, 15))]
    assert evs[1].organizer_ids == ("nmpa", "argentina-anmat")
    raw = ("Lei Haichao, minister of the National Health Commission (NHC), met with Syed Mustafa Kamal, Pakistan's Federal "
           "Minister for National Health Services, in Beijing on Monday. After the talks, the two ministers signed the "
           "Implementation Plan for China-Pakistan Health Cooperation (2025-2027).")
    visit, signing = extract_document(raw, "en", date(2025, 5, 27)).events
    # the sides of the talks sign what "the two ministers" signed after them
    assert (signing.event_type, signing.start_date, signing.organizer_ids) == ("signing", date(2025, 5, 26), ("nhc",))
    assert [a.name for a in signing.attendees] == ["Lei Haichao", "Syed Mustafa Kamal"]


def test_a_visit_dated_by_its_end_then_its_days_and_hosted_by_who_invited():
    raw = ("Dr Saia Ma'u Piukala, WHO Regional Director for the Western Pacific, concluded his first official visit to "
           "China on Thursday. The visit, from 18 to 21 November, was made at the invitation of the National Health "
           "Commission (NHC) of the People's Republic of China.")
    (visit,) = extract_document(raw, "en", date(2024, 11, 22)).events
    assert (visit.start_date, visit.end_date, visit.organizer_ids) == (date(2024, 11, 18), date(2024, 11, 21), ("nhc",))
    raw = ("A delegation from the Food and Drug Department of the Ministry of Health of Laos wrapped up a five-day study "
           "visit to Yunnan province today.")
    (visit,) = extract_document(raw, "en", date(2019, 8, 23)).events
    assert (visit.start_date, visit.end_date) == (date(2019, 8, 19), date(2019, 8, 23))
    (visit,) = extract_document("应国家药监局邀请，匈牙利国家药品和营养研究所所长一行于11月18日至21日访华。", "zh",
                                date(2024, 11, 22)).events
    assert visit.organizer_ids == ("nmpa",)


def test_who_accompanies_a_visitor_does_not_host_the_visit():
    raw = ("Hasbagan, director of the Health Commission of Inner Mongolia Autonomous Region, began an inspection tour "
           "on Sunday. Accompanied by Wang Lixin, deputy director of the Xilingol League Health Commission, Hasbagan "
           "visited the Abag Banner People's Hospital.")
    evs = extract_document(raw, "en", date(2023, 9, 15)).events
    assert all(e.organizer_ids == ("prov-inner-mongolia-hc",) for e in evs)


def test_zh_a_discussion_meeting_the_day_before_and_inspections_asked_of_others_are_no_occurrence():
    raw = ("11月24日，第十二届药典委员会执行委员会第二次全体会议在北京召开。会前，部分执行委员会委员于23日下午参加了编制"
           "大纲预审讨论会。")
    evs = extract_document(raw, "zh", date(2021, 11, 26)).events
    assert [(e.start_date, e.organizer_ids) for e in evs] == [(date(2021, 11, 24), ("chp-commission",)),
                                                            (date(2021, 11, 23), ("chp-commission",))]
    assert not extract_document("我们将会同有关部门，指导各地药品监管部门开展专项检查。", "zh", date(2022, 9, 7)).events


def test_a_briefing_session_for_industry_is_a_meeting_and_a_ceremony_held_after_the_opening_its_own():
    raw = "The TFDA held a briefing session for industry associations and manufacturers in Taipei on April 18, 2024."
    (briefing,) = extract_document(raw, "en", date(2024, 5, 29)).events
    assert (briefing.event_type, briefing.start_date) == ("meeting", date(2024, 4, 18))
    raw = ("The 54th National Pharmaceutical Trade Fair opened on Wednesday in Zhangshu. At a signing ceremony held after "
           "the opening, 36 projects were signed.")
    fair, signing = extract_document(raw, "en", date(2023, 10, 20)).events
    assert (signing.event_type, signing.start_date) == ("signing", fair.start_date)


def test_zh_a_tally_of_agreements_and_a_ceremony_spoken_at():
    assert not extract_document("去年以来，研究院与34家企业签署了研究服务协议。", "zh", date(2025, 1, 10)).events
    raw = ("醫院管理局今日(十一月二十二日)與深圳市衛生健康委員會簽署《關於深化深港公立醫療服務合作的備忘錄》。黃偉庭在簽署"
           "儀式上表示，深圳市人民政府將全力支持。")
    (signing,) = extract_document(raw, "zh", date(2024, 11, 22)).events
    assert (signing.event_type, signing.start_date) == ("signing", date(2024, 11, 22))
    assert "city-shenzhen-gov" not in signing.organizer_ids      # its official spoke at the ceremony


def test_a_directive_told_as_lately_issued_by_its_bodies_is_released():
    raw = ("The goals are set out in the Guiding Opinions on Comprehensively Promoting the Construction of Close-knit "
           "County Medical and Health Communities, issued late last month by the NHC together with nine other "
           "departments, including the National Development and Reform Commission and the Ministry of Finance.")
    found = extract_document(raw, "en", date(2024, 1, 19))
    (release,) = found.events
    assert (release.event_type, release.start_date, release.organizer_ids) == ("release", None, ("nhc", "ndrc", "mof"))
    assert found.directives[0].issuer_ids == ("nhc", "ndrc", "mof")


def test_zh_what_a_rule_requires_be_signed_is_no_signing():
    raw = "二、明定委託運輸之管理責任，委託者應對受託運輸業者進行資格評估並簽訂品質協議；"
    assert not extract_document(raw, "zh", date(2025, 3, 18)).events


def test_a_working_group_led_to_a_province_and_a_conference_dated_by_what_was_signed_there():
    raw = ("From Monday to Tuesday this week, Zhao Junning, Deputy Commissioner of the National Medical Products "
           "Administration (NMPA), led a working group to Liaoning province to inspect vaccine manufacturers.")
    (visit,) = extract_document(raw, "en", date(2023, 8, 25)).events
    assert (visit.event_type, visit.start_date, visit.end_date) == ("visit", date(2023, 8, 21), date(2023, 8, 22))
    raw = ("The medical products administrations of Heilongjiang and Jilin provinces signed a framework agreement in "
           "Harbin on Thursday. The agreement was signed at the 2024 Northeast China Joint Conference on Drug "
           "Regulatory Cooperation.")
    signing, conference = extract_document(raw, "en", date(2024, 6, 21)).events
    assert (conference.event_type, conference.start_date) == ("meeting", signing.start_date)


def test_zh_a_delegations_trip_across_its_stops_and_the_day_it_ended():
    raw = "23日至24日，钱振宇一行先后深入遵义市、贵阳市，走进遵义医科大学附属医院等地，调研公立医院改革情况。"
    (visit,) = extract_document(raw, "zh", date(2023, 8, 25)).events
    assert (visit.event_type, visit.start_date, visit.end_date) == ("visit", date(2023, 8, 23), date(2023, 8, 24))
    raw = ("澳門藥監局代表團昨日（十一月十一日）抵港，先後參觀政府化驗所及衛生署藥物辦公室。代表團今日下午結束訪問。")
    (visit,) = extract_document(raw, "zh", date(2024, 11, 12)).events
    assert (visit.start_date, visit.end_date) == (date(2024, 11, 11), date(2024, 11, 12))


def test_zh_a_session_of_three_days_by_its_agenda_and_a_meeting_system_is_no_meeting():
    raw = ("黑龙江省第十三届人民代表大会常务委员会第三十四次会议23日在哈尔滨开幕。根据会议议程，此次常委会会议会期3天，"
           "至25日闭幕。")
    (session,) = extract_document(raw, "zh", date(2022, 8, 25)).events
    assert (session.start_date, session.end_date) == (date(2022, 8, 23), date(2022, 8, 25))
    raw = "昨日，市市场监管局与市公安局签署协作机制，建立了联席会议制度和联络员制度。"
    assert not any(e.event_type == "meeting" for e in extract_document(raw, "zh", date(2023, 4, 26)).events)


def test_negotiations_held_over_days_are_a_meeting():
    raw = ("The negotiations, held in Beijing from Tuesday to Thursday, involved 117 drugs, according to the National "
           "Healthcare Security Administration (NHSA).")
    (talks,) = extract_document(raw, "en", date(2021, 11, 13)).events
    assert (talks.event_type, talks.start_date, talks.end_date) == ("meeting", date(2021, 11, 9), date(2021, 11, 11))


def test_zh_talks_held_after_a_signing_are_a_meeting_of_that_day_and_a_course_still_to_come_is_none():
    raw = ("藥監局與珠海市市場監督管理局昨(十八)日在珠海簽署《藥品監管合作協議》。\n"
           "簽署儀式後,雙方舉行工作會談,交換意見。\n"
           "藥監局將於本年下半年與珠海市市場監督管理局合辦「珠澳藥品監管人員培訓班」,內容涵蓋藥物警戒等範疇。")
    signing, talks = extract_document(raw, "zh", date(2025, 3, 19)).events
    assert (signing.event_type, signing.start_date) == ("signing", date(2025, 3, 18))
    assert (talks.event_type, talks.start_date, talks.city, talks.name) == ("meeting", date(2025, 3, 18), "Zhuhai", "工作会谈")


def test_a_meeting_after_an_inspection_is_its_own_that_day():
    raw = ("The Health Bureau and the Zhuhai Municipal Administration for Market Regulation yesterday carried out a joint "
           "inspection of cross-border shipments at Hengqin Port. After the inspection, the two sides held a working "
           "meeting in the Cooperation Zone.")
    visit, meeting = extract_document(raw, "en", date(2024, 10, 23)).events
    assert (visit.event_type, visit.start_date) == ("visit", date(2024, 10, 22))
    assert (meeting.event_type, meeting.start_date) == ("meeting", date(2024, 10, 22))


def test_zh_an_explicit_date_after_recently_dates_the_event():
    raw = "為協助業者瞭解近期修正之相關法規,食藥署於本(113)年5月17日假臺北市舉辦「醫療器材管理法新制法規說明會」北區場次。"
    (briefing,) = extract_document(raw, "zh", date(2024, 5, 20)).events
    assert (briefing.event_type, briefing.start_date) == ("meeting", date(2024, 5, 17))


def test_zh_a_reception_told_right_after_a_dated_signing_is_of_that_day():
    raw = ("6月20日,国家医疗保障局与云南省人民政府在昆明签署《战略合作协议》。云南省委书记王宁会见了国家医保局局长章轲一行。\n"
           "6月19日至20日,章轲一行还深入昆明市、玉溪市,先后来到昆明市延安医院,调研医保基金监管。")
    events_ = extract_document(raw, "zh", date(2024, 6, 21)).events
    assert [(e.event_type, e.start_date, e.end_date) for e in events_] == [
        ("signing", date(2024, 6, 20), None), ("visit", date(2024, 6, 20), None),
        ("visit", date(2024, 6, 19), date(2024, 6, 20))]


def test_zh_a_deadline_set_for_inspections_is_no_inspection():
    raw = "2025年全国药品监督管理工作会议15日在京召开。会议要求,各地要在今年6月底前完成新一轮全覆盖检查。"
    assert [e.event_type for e in extract_document(raw, "zh", date(2025, 1, 16)).events] == ["meeting"]


def test_zh_a_delegation_come_to_look_around_a_site_is_a_visit():
    raw = "会前一天(14日),李利一行来到中国食品药品检定研究院,实地察看生物制品批签发工作。"
    (visit,) = extract_document(raw, "zh", date(2025, 1, 16)).events
    assert (visit.event_type, visit.start_date) == ("visit", date(2025, 1, 14))


def test_a_seminar_where_standards_were_released_on_a_day_and_that_ran_through_the_next():
    raw = ("The Tibet Autonomous Region Standards for Tibetan Medicinal Materials (2024 Edition) were released on Monday "
           "at the opening of a two-day seminar in Lhasa. About 150 participants attended the seminar, which ran "
           "through Tuesday.")
    release, seminar = extract_document(raw, "en", date(2024, 8, 29)).events
    assert (release.event_type, release.start_date) == ("release", date(2024, 8, 26))
    assert (seminar.event_type, seminar.start_date, seminar.end_date) == (
        "meeting", date(2024, 8, 26), date(2024, 8, 27))


def test_an_inspection_completed_on_its_last_day_and_a_visit_within_a_stay():
    raw = ("An inspection team from the Shaanxi Provincial Drug Administration (SPDA) completed a two-day compliance "
           "inspection of drug wholesalers in Xi'an on Wednesday.")
    (visit,) = extract_document(raw, "en", date(2023, 11, 16)).events
    assert (visit.start_date, visit.end_date) == (date(2023, 11, 14), date(2023, 11, 15))
    raw = ("During its stay in China from May 20 to 24, the delegation also visited the Beijing Municipal Medical "
           "Insurance Bureau on May 22.")
    (visit,) = extract_document(raw, "en", date(2024, 5, 24)).events
    assert (visit.start_date, visit.end_date) == (date(2024, 5, 22), None)


def test_zh_a_stop_of_a_trip_by_its_party_is_part_of_the_trip():
    raw = ("6月11日至13日,国家中医药局局长卢桂芳赴贵州省调研中医药工作。\n"
           "13日上午,卢桂芳一行来到遵义市中医院,察看治未病中心。")
    (trip,) = extract_document(raw, "zh", date(2023, 6, 14)).events
    assert (trip.event_type, trip.start_date, trip.end_date) == ("visit", date(2023, 6, 11), date(2023, 6, 13))
    assert trip.name == "国家中医药局局长卢桂芳赴贵州省调研"     # (the stop names neither the trip nor its place)


def test_zh_a_notice_page_releases_the_directive_it_issues_on_the_day_it_was_signed():
    raw = ("省人民政府办公厅关于印发湖北省支持创新药和医疗器械高质量发展若干措施的通知\n鄂政办发〔2025〕9号\n"
           "各市、州、县人民政府，省政府各部门：\n"
           "《湖北省支持创新药和医疗器械高质量发展若干措施》已经省人民政府同意，现印发给你们，请结合实际认真组织实施。\n"
           "2025年3月10日\n（此件公开发布）\n湖北省支持创新药和医疗器械高质量发展若干措施\n为推动全省创新药产业发展，制定以下措施。")
    (release,) = extract_document(raw, "zh", date(2025, 3, 14)).events
    assert (release.event_type, release.start_date, release.name) == (
        "release", date(2025, 3, 10), "湖北省支持创新药和医疗器械高质量发展若干措施")


def test_zh_a_skills_contest_its_length_told_later_and_a_ceremony_scheduled():
    raw = ("自治区药监局举办2023年全区药品检验检测技能竞赛\n9月12日上午,2023年全区药品检验检测技能竞赛在银川开幕。"
           "本次竞赛为期3天,设理论知识考试和实验操作考核两个环节。竞赛闭幕式暨颁奖仪式定于14日下午举行。"
           "选手将择优推荐参加全国药品检验检测技能竞赛。")
    (contest,) = extract_document(raw, "zh", date(2023, 9, 13)).events
    assert (contest.event_type, contest.start_date, contest.end_date) == ("other", date(2023, 9, 12), date(2023, 9, 14))


def test_zh_a_hearings_notice_is_no_hearing_and_joint_inspections_done_or_to_come():
    raw = "10月30日至11月5日,听证会举行公告和听证参加人名单在市政府门户网站进行了公示。"
    assert extract_document(raw, "zh", date(2023, 11, 16)).events == []
    raw = "7月8日至9日,省药监局已联合省卫生健康委对福州、莆田两市医疗机构开展了联合督查,共抽查医疗机构14家。"
    (visit,) = extract_document(raw, "zh", date(2024, 7, 11)).events
    assert (visit.event_type, visit.start_date, visit.end_date) == ("visit", date(2024, 7, 8), date(2024, 7, 9))
    raw = "对发现问题的企业，属地监管部门还将开展延伸检查或联合检查。"
    assert extract_document(raw, "zh", date(2024, 7, 11)).events == []


def test_zh_a_signing_sought_is_none_and_that_day_after_a_recollection_is_the_reports():
    raw = ("李利会见乌拉圭驻华大使\n"
           "3月18日,国家药监局局长李利在北京会见乌拉圭驻华大使一行,双方就推进签署合作谅解备忘录等议题深入交换意见。\n"
           "他指出,2024年11月12日,国家药监局代表团与乌拉圭公共卫生部在蒙得维的亚举行首次药品监管技术交流会。\n"
           "双方商定,力争于年内完成《关于药品监管领域合作的谅解备忘录》文本磋商,并择机举行签署。\n"
           "当日下午,阿尔卡拉斯一行还赴国家药监局药品审评中心参观交流。")
    events_ = extract_document(raw, "zh", date(2025, 3, 19)).events
    assert [(e.event_type, e.start_date) for e in events_] == [
        ("visit", date(2025, 3, 18)), ("meeting", date(2024, 11, 12)), ("visit", date(2025, 3, 18))]


def test_zh_a_session_opened_days_before_its_close_and_the_executive_yuans_numbered_session():
    raw = ("自治区人大常委会会议闭幕\n3月28日上午,自治区十四届人大常委会第十五次会议在呼和浩特闭幕。"
           "本次会议于3月26日开幕。经过3天的审议,会议表决通过了条例。")
    (session,) = [e for e in extract_document(raw, "zh", date(2025, 3, 28)).events if e.event_type == "meeting"]
    assert (session.start_date, session.end_date) == (date(2025, 3, 26), date(2025, 3, 28))
    # (a headline ending on 可近性 does not make the session one to come)
    raw = "行政院會通過修正草案 兼顧醫療可近性\n行政院今(17)日召開第3945次院會,通過衛生福利部擬具之修正草案。"
    (meeting,) = extract_document(raw, "zh", date(2025, 4, 17)).events
    assert (meeting.event_type, meeting.start_date) == ("meeting", date(2025, 4, 17))


def test_zh_at_the_meeting_its_chair_takes_part_in_the_meeting_the_two_named_held():
    raw = ("国家中医药管理局与省政府召开推进会\n4月17日,国家中医药管理局与湖南省人民政府在长沙召开部省共建中医药综合改革示范区工作推进会。"
           "会上,省卫生健康委主任谭立新主持会议,并发布《示范区建设2025年重点任务清单》。")
    meeting, release = extract_document(raw, "zh", date(2025, 4, 18)).events
    assert (meeting.start_date, meeting.organizer_ids) == (date(2025, 4, 17), ("natcm", "prov-hunan-gov"))
    assert "谭立新" in [a.name for a in meeting.attendees]
    assert (release.event_type, release.start_date) == ("release", date(2025, 4, 17))


def test_companies_counted_that_signed_are_no_signing_of_the_day():
    raw = ("On Tuesday afternoon, the NMPA and the South African Health Products Regulatory Authority signed a memorandum "
           "of understanding in Xiamen. Zhang Hua told CGTN that six Fujian companies had signed export agreements with "
           "partners from Africa on Tuesday.")
    assert [e.event_type for e in extract_document(raw, "en", date(2025, 7, 16)).events] == ["signing"]


def test_a_reception_told_by_met_yesterday_with_and_a_briefing_after_a_year_earlier():
    raw = ("Minister of Health and Welfare Hsu Chen-wei met yesterday with a Japanese health delegation led by Takeshi "
           "Morimoto at the Ministry of Health and Welfare (MOHW) in Taipei.")
    (visit,) = extract_document(raw, "en", date(2025, 4, 23)).events
    assert (visit.event_type, visit.start_date) == ("visit", date(2025, 4, 22))
    raw = ("The CFDI carried out 1,468 drug inspections in 2023, up 14% from a year earlier, according to an annual "
           "report released at a briefing in Beijing on Wednesday.")
    (briefing,) = extract_document(raw, "en", date(2024, 6, 28)).events
    assert (briefing.event_type, briefing.start_date) == ("press_conference", date(2024, 6, 26))


def test_a_course_told_closed_then_opened_runs_between():
    raw = ("The 2024 China-ASEAN Drug Regulatory Capacity Building Training Course came to a close in Nanning last "
           "Friday. The two-week course, which opened on Nov 4, was jointly organised by the CCFDIE and the Guangxi MPA.")
    (course,) = extract_document(raw, "en", date(2024, 11, 18)).events
    assert (course.start_date, course.end_date) == (date(2024, 11, 4), date(2024, 11, 15))


def test_zh_a_plan_passed_that_day_by_an_executive_meeting_and_a_flying_inspection_carried_out():
    raw = "据了解,《行动计划》于4月3日正式印发,此前已于3月27日经市人民政府第四十八次常务会议审议通过。"
    meetings = [e for e in extract_document(raw, "zh", date(2025, 4, 11)).events if e.event_type == "meeting"]
    assert [m.start_date for m in meetings] == [date(2025, 3, 27)]
    raw = "6月17日至21日,省医疗保障局飞行检查组对我市部分定点医疗机构进行了飞行检查,发现了超标准收费等问题。"
    (visit,) = extract_document(raw, "zh", date(2024, 9, 20)).events
    assert (visit.event_type, visit.start_date, visit.end_date) == ("visit", date(2024, 6, 17), date(2024, 6, 21))


def test_a_trip_begun_today_its_meeting_its_stop_its_signing_and_a_roundtable_at_noon():
    raw = ("The Secretary for Health, Professor Lo Chung-mau, began his visit to Shanghai today (March 11).\n"
           "In the morning, Professor Lo met with the Vice Mayor of Shanghai, Mr Chen Jie.\n"
           "Professor Lo then visited the Shanghai Municipal Medical Products Administration (SHMPA), where he was "
           "received by its Director, Mr Xu Zhiping. In the presence of Professor Lo and Mr Xu, the Director of Health, "
           "Dr Ronald Lam, signed a Memorandum of Co-operation on Medical Products Regulation.\n"
           "At noon, Professor Lo attended a luncheon roundtable with representatives of biotechnology enterprises.")
    events_ = extract_document(raw, "en", date(2025, 3, 11)).events
    assert [(e.event_type, e.start_date) for e in events_] == [
        ("visit", date(2025, 3, 11)), ("meeting", date(2025, 3, 11)), ("visit", date(2025, 3, 11)),
        ("signing", date(2025, 3, 11)), ("meeting", date(2025, 3, 11))]


def test_a_campaign_launched_at_a_long_named_conference_and_a_plan_released_at_the_meeting():
    raw = ("BEIJING, March 5 (Xinhua) -- Five Chinese departments on Tuesday launched a joint campaign against "
           "illegal online drug sales.\n"
           "The campaign was launched at a national video and telephone conference jointly held by the National Medical "
           "Products Administration and the Ministry of Public Security.\n"
           "According to the Work Plan for the Joint Campaign against Illegal Online Drug Sales (2024-2025), released by "
           "the five departments at the meeting, the campaign will focus on livestreaming platforms.")
    events_ = extract_document(raw, "en", date(2024, 3, 6)).events
    assert [(e.event_type, e.start_date) for e in events_] == [
        ("meeting", date(2024, 3, 5)), ("release", date(2024, 3, 5))]


def test_a_signing_told_in_the_sentence_of_a_trip_of_days_is_on_one_of_them_not_said():
    raw = ("A delegation from the Food and Drug Authority of Laos visited Kunming from Tuesday to Thursday, during which "
           "the two sides signed a memorandum on cooperation in drug regulation.")
    events_ = extract_document(raw, "en", date(2024, 6, 14)).events
    assert [(e.event_type, e.start_date, e.end_date) for e in events_] == [
        ("visit", date(2024, 6, 11), date(2024, 6, 13)), ("signing", None, None)]


def test_zh_signed_and_released_at_the_scene_of_a_forum_that_day():
    raw = ("4月21日，由广西壮族自治区药品监督管理局主办的壮瑶医药发展论坛在南宁举办。\n"
           "活动现场举行了标准发布和项目签约仪式。广西药监局发布了《广西壮族自治区壮药质量标准（第四卷）》。"
           "广西药监局与广西中医药大学签署《壮瑶医药监管科学研究合作框架协议》。")
    events_ = extract_document(raw, "zh", date(2023, 4, 23)).events
    assert {(e.event_type, e.start_date) for e in events_} == {
        ("meeting", date(2023, 4, 21)), ("signing", date(2023, 4, 21)), ("release", date(2023, 4, 21))}


def test_zh_opened_today_and_to_close_on_a_later_day():
    raw = "由台灣生物產業發展協會主辦的「2024亞洲生技大會」今（24）日於臺北南港展覽館盛大開幕，大會為期5天，將於28日閉幕。"
    (fair,) = extract_document(raw, "zh", date(2024, 7, 24)).events
    assert (fair.start_date, fair.end_date) == (date(2024, 7, 24), date(2024, 7, 28))


def test_an_undated_meeting_of_days_whose_first_day_a_later_sentence_gives():
    raw = ("Drugmakers cleared another hurdle this week, after the regulator closed a three-day expert review meeting.\n"
           "The meeting, which began on Sunday, brought together more than 500 experts in Beijing.")
    (meeting,) = extract_document(raw, "en", date(2023, 8, 31)).events
    assert (meeting.start_date, meeting.end_date) == (date(2023, 8, 27), date(2023, 8, 29))


def test_a_plan_which_two_bodies_jointly_issued_on_a_day_told_after_its_title():
    raw = ("This year's adjustment follows the 2023 National Basic Medical Insurance, Work-Related Injury Insurance and "
           "Maternity Insurance Drug List Adjustment Work Plan, which the National Healthcare "
           "Security Administration and the Ministry of Human Resources and Social Security (MOHRSS) jointly issued on "
           "June 29.")
    (release,) = extract_document(raw, "en", date(2023, 8, 31)).events
    assert (release.event_type, release.start_date) == ("release", date(2023, 6, 29))


def test_a_memorandum_signed_and_a_catalogue_released_at_a_conferences_opening():
    raw = ("The 2025 Zhongguancun International Biomedicine Industry Conference opened yesterday in Haidian district.\n"
           "Among them, the Beijing Municipal Medical Products Administration signed a cooperation memorandum with the "
           "Management Committee of Beijing E-Town.\n"
           "Also at the opening, the Beijing Municipal Bureau of Economy and Information Technology released the Beijing "
           "Catalogue of Innovative Medical Products (2025 Edition).")
    events_ = extract_document(raw, "en", date(2025, 5, 16)).events
    assert [(e.event_type, e.start_date) for e in events_] == [
        ("meeting", date(2025, 5, 15)), ("signing", date(2025, 5, 15)), ("release", date(2025, 5, 15))]


def test_the_second_day_of_a_trip_of_two_and_the_afternoon_of_that_day():
    raw = ("A delegation of the pharmaceutical industry of Guangdong Province visited Hengqin and Macao on 11 and 12 "
           "April for two days of exchanges.\n"
           "On the second day, the delegation travelled to Macao and was received by the President of the "
           "Pharmaceutical Administration Bureau (ISAF), Choi Peng Cheong.\n"
           "In the afternoon of the same day, the Macao-Guangdong Pharmaceutical Industry Exchange Symposium was held at "
           "the Macao Science Center.")
    events_ = extract_document(raw, "en", date(2023, 4, 13)).events
    assert [(e.event_type, e.start_date) for e in events_][1:] == [
        ("visit", date(2023, 4, 12)), ("meeting", date(2023, 4, 12))]


def test_zh_a_trip_to_a_province_told_as_a_survey_around_its_topics():
    raw = ("6月6日至8日，国家中医药局党组书记、局长郑书兰赴陕西，围绕中医医院建设、中医药传承创新和重大工程项目实施等开展调研。"
           "陕西省人民政府副省长赵卫东陪同调研。")
    (trip,) = extract_document(raw, "zh", date(2023, 6, 12)).events
    assert (trip.event_type, trip.start_date, trip.end_date) == ("visit", date(2023, 6, 6), date(2023, 6, 8))


def test_a_notice_published_right_after_a_crackdown_told_launched_on_a_day():
    raw = ("China's health, market regulation and drug authorities on Tuesday jointly launched a nationwide crackdown on "
           "illegal medical aesthetics.\n"
           "The National Health Commission (NHC) and 10 other departments, including the National Medical Products "
           "Administration (NMPA), published the Notice on Further Strengthening the Comprehensive Supervision and Law "
           "Enforcement of Medical Aesthetics, according to a statement posted on the NHC's website.")
    (release,) = extract_document(raw, "en", date(2023, 5, 10)).events
    assert (release.event_type, release.start_date) == ("release", date(2023, 5, 9))


def test_an_arrangement_signed_by_two_offices_on_a_day():
    raw = ("The Taipei Economic and Cultural Office in the Philippines (TECO) and the Manila Economic and Cultural Office "
           "(MECO) signed the Arrangement on Medical Product Regulatory Cooperation on October 5, 2022. Owing to travel "
           "restrictions, the signing ceremony was held by video conference linking Taipei and Manila.")
    (signing,) = extract_document(raw, "en", date(2022, 10, 7)).events
    assert (signing.event_type, signing.start_date) == ("signing", date(2022, 10, 5))


def test_zh_an_inspection_a_body_will_carry_out_with_others_is_still_to_come():
    raw = ("8月24日上午，青岛市政府新闻办公室召开新闻发布会。下一步还将联合市卫生健康委、市民政局开展定点护理服务机构专项检查，"
           "确保基金安全运行。")
    assert [e.event_type for e in extract_document(raw, "zh", date(2023, 8, 25)).events] == ["press_conference"]


def test_zh_the_executive_yuan_in_session_told_by_what_it_passed():
    raw = "政院會通過「藥害救濟法」部分條文修正草案\n行政院會今（14）日通過衛生福利部擬具的「藥害救濟法」部分條文修正草案，將函請立法院審議。"
    (meeting,) = extract_document(raw, "zh", date(2024, 11, 14)).events
    assert (meeting.event_type, meeting.start_date) == ("meeting", date(2024, 11, 14))


def test_agreements_signed_at_a_launch_ceremony_after_a_plan_released_there():
    raw = ("The launch ceremony was held in Qianhai yesterday. Under the Implementation Plan for the Shenzhen Pilot Program "
           "(2024-2026), released at the ceremony by the Shenzhen Municipal Administration for Market Regulation, companies "
           "may register devices.\n"
           "Three agreements were signed at the ceremony. The Shenzhen Municipal Administration for Market Regulation "
           "signed a technical service cooperation agreement with the National Medical Products Administration.\n"
           "The healthcare security administrations of the 13 members signed a cooperation agreement in Zhengzhou in July.")
    events_ = extract_document(raw, "en", date(2024, 11, 19)).events
    assert [(e.event_type, e.start_date) for e in events_ if e.event_type == "signing"] == [
        ("signing", date(2024, 11, 18))]


def test_zh_signed_after_the_opening_ceremony_of_a_two_day_symposium_on_its_first_day():
    raw = ("食藥署於本（10）月15日至16日假臺北國際會議中心舉辦「2024臺灣醫療器材法規國際研討會」。\n"
           "研討會開幕式由衛生福利部政務次長許明哲致詞。\n"
           "開幕式後，食藥署署長陳玉玲與泰國食品藥物管理局副秘書長蘇帕塔•汶納共同簽署「臺泰醫療器材法規合作備忘錄」。")
    events_ = extract_document(raw, "zh", date(2024, 10, 16)).events
    assert [(e.event_type, e.start_date) for e in events_] == [
        ("meeting", date(2024, 10, 15)), ("signing", date(2024, 10, 15))]


def test_zh_a_trip_to_two_cities_told_by_what_it_went_into_then_surveyed():
    raw = ("7月22日至25日，国家药监局党组书记、局长李利赴黑龙江省哈尔滨市、牡丹江市，深入药品检验机构、基层监管所、医药企业和"
           "零售药店，调研药品监管和医药产业发展工作。")
    (trip,) = extract_document(raw, "zh", date(2024, 7, 29)).events
    assert (trip.event_type, trip.start_date, trip.end_date) == ("visit", date(2024, 7, 22), date(2024, 7, 25))


def test_a_two_day_forum_that_ends_on_friday_and_what_was_signed_ahead_of_it():
    raw = ("Drug regulators from China and six ASEAN members gathered in Jinghong, Yunnan province, on Thursday.\n"
           "The 2024 China-ASEAN Cross-border Drug Safety Cooperation Forum, a two-day event that ends on Friday, was "
           "co-hosted by the National Medical Products Administration and the Yunnan provincial government.\n"
           "On Wednesday evening, ahead of the forum, the Yunnan Medical Products Administration and the Lao Food and "
           "Drug Department signed a memorandum of understanding on cross-border drug safety cooperation.\n"
           "The forum was first held in Kunming in 2019.")
    events_ = extract_document(raw, "en", date(2024, 8, 9)).events
    assert [(e.event_type, e.start_date, e.end_date) for e in events_] == [
        ("meeting", date(2024, 8, 8), date(2024, 8, 9)), ("signing", date(2024, 8, 7), None)]


def test_zh_an_event_named_inside_a_title_is_no_event_held():
    raw = "5月9日，湖南省药品监督管理局印发《关于召开全省药品安全工作会议的通知》和《关于开展药品安全专项检查的通知》。"
    events_ = extract_document(raw, "zh", date(2024, 5, 10)).events
    assert {e.event_type for e in events_} == {"release"}


def test_where_they_signed_minutes_at_a_meeting_named_by_its_sides():
    raw = ("Drug regulators from Guangdong, Hong Kong and Macao met in Zhuhai on Wednesday for the Sixth Guangdong-Hong "
           "Kong-Macao Pharmaceutical Regulatory Liaison Meeting, where they signed minutes setting out 14 cooperation tasks.\n"
           "The meeting was co-chaired by Zhu Weiqiang, director of the Guangdong Provincial Medical Products "
           "Administration, and Ho Kin Man, president of Macao's Pharmaceutical Administration Bureau.")
    meeting, signing = extract_document(raw, "en", date(2024, 11, 22)).events
    assert (meeting.event_type, meeting.start_date, meeting.city) == ("meeting", date(2024, 11, 20), "Zhuhai")
    assert (signing.event_type, signing.start_date, signing.city) == ("signing", date(2024, 11, 20), "Zhuhai")
    assert set(signing.organizer_ids) >= set(meeting.organizer_ids) and meeting.organizer_ids


def test_zh_a_place_in_the_title_of_what_was_signed_is_not_where_it_was_signed():
    raw = ("澳門特別行政區政府藥物監督管理局與橫琴粵澳深度合作區商事服務局於本月十二日在澳門簽署《關於便利澳門中成藥在橫琴粵澳深度合作區"
           "註冊及上市的合作安排》。")
    (signing,) = [e for e in extract_document(raw, "zh", date(2024, 3, 13)).events if e.event_type == "signing"]
    assert signing.city == "Macao"


def test_a_press_conference_held_the_same_afternoon_after_a_cabinet_meeting():
    raw = ("At the weekly Cabinet meeting on May 22, Premier Lin Chien-hung approved draft amendments to the Medical "
           "Devices Act proposed by the Ministry of Health and Welfare (MOHW). The bill will be sent to the Legislative "
           "Yuan.\n"
           "At the post-Cabinet press conference held the same afternoon, Executive Yuan Spokesperson Lee Hui-chih "
           "explained the amendments.")
    extraction = extract_document(raw, "en", date(2025, 5, 23))
    assert [(e.event_type, e.start_date, e.organizer_ids) for e in extraction.events] == [
        ("meeting", date(2025, 5, 22), ("taiwan-executive-yuan",)),
        ("press_conference", date(2025, 5, 22), ("taiwan-executive-yuan",))]
    assert {p.name: p.agency_id for p in extraction.people}["Lin Chien-hung"] == "taiwan-executive-yuan"


def test_zh_a_measure_approved_at_a_dated_executive_meeting_of_the_government_that_held_it():
    raw = ("烟台市人民政府办公室关于印发《烟台市促进生物医药产业高质量发展若干措施（2024—2026年）》的通知\n"
           "《烟台市促进生物医药产业高质量发展若干措施（2024—2026年）》已经2024年2月26日市政府第38次常务会议研究通过，现印发给你们。\n"
           "4．积极争取山东省药品监督管理局在烟台设立审评检查服务站，为企业提供注册申报前置辅导。\n"
           "9．建立市级生物医药产业发展联席会议制度，市工业和信息化局承担联席会议办公室日常工作，每季度召开一次会议。")
    meetings = [e for e in extract_document(raw, "zh", date(2024, 3, 12)).events if e.event_type != "release"]
    assert [(e.event_type, e.start_date, e.organizer_ids) for e in meetings] == [
        ("meeting", date(2024, 2, 26), ("city-yantai-gov",))]


def test_what_two_sides_will_do_under_what_they_signed_is_no_event():
    raw = ("The Health Bureau and the Livelihood Affairs Bureau signed the Framework Agreement on "
           "Cooperation in Public Health Emergency Response on June 18, under which the two sides will share "
           "information and hold a joint emergency drill in the fourth quarter of this year.")
    assert [e.event_type for e in extract_document(raw, "en", date(2024, 6, 19)).events] == ["signing"]


def test_projects_signed_at_a_conference_are_a_signing():
    raw = ("Officials gathered in Boao on Tuesday for a conference marking the 10th anniversary of the pilot zone, "
           "where new support measures were unveiled and 16 investment projects were signed.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2023, 3, 1)).events] == [
        ("meeting", date(2023, 2, 28)), ("signing", date(2023, 2, 28))]


def test_zh_that_afternoon_is_the_day_the_sentence_before_told_on_a_trip_of_days():
    raw = ("1月30日至31日，省药监局局长王晓峰带队赴大同、朔州两市进行督导检查。\n"
           "30日，检查组在大同市实地检查了国药控股大同有限公司。\n"
           "31日上午，检查组转赴朔州市，先后检查了两家零售药店。当天下午，王晓峰在朔州主持召开座谈会。")
    (meeting,) = [e for e in extract_document(raw, "zh", date(2024, 2, 1)).events if e.event_type == "meeting"]
    assert (meeting.start_date, meeting.city) == (date(2024, 1, 31), "Shuozhou")


def test_zh_a_post_cabinet_press_conference_is_on_the_cabinet_meetings_day_and_a_public_hearing_is_a_meeting():
    raw = ("行政院今（22）日召開第3890次會議，通過衛生福利部擬具的「再生醫療法」草案。\n"
           "行政院發言人林子倫在院會後記者會中補充說明，草案研擬過程中，衛福部曾於111年12月8日召開公聽會，廣泛蒐集各界意見。")
    events_ = extract_document(raw, "zh", date(2024, 2, 22)).events
    assert [(e.event_type, e.start_date) for e in events_ if e.event_type != "release"] == [
        ("meeting", date(2024, 2, 22)), ("press_conference", date(2024, 2, 22)), ("meeting", date(2022, 12, 8))]


def test_zh_a_delegation_touring_in_the_afternoon_after_a_signing_is_a_visit_of_its_own():
    raw = ("醫務衞生局局長盧寵茂教授今日（十一月二十日）在深圳見證衞生署與深圳市市場監督管理局簽署合作備忘錄。\n"
           "簽署儀式後，盧寵茂教授一行於下午參觀位於深圳的國家藥品監督管理局藥品審評檢查大灣區分中心。")
    events_ = extract_document(raw, "zh", date(2024, 11, 20)).events
    assert [(e.event_type, e.start_date) for e in events_] == [
        ("signing", date(2024, 11, 20)), ("visit", date(2024, 11, 20))]


def test_zh_a_plan_issued_at_the_meeting_made_by_a_list_of_bodies():
    raw = ("4月16日下午，江西省医疗保障局召开全省医保基金监管工作电视电话会议。\n"
           "会上印发了江西省医疗保障局、省人民检察院、省公安厅、省财政厅、省卫生健康委联合制定的《江西省2024年医保基金违法违规问题"
           "专项整治工作方案》。")
    events_ = extract_document(raw, "zh", date(2024, 4, 17)).events
    assert [(e.event_type, e.start_date) for e in events_] == [
        ("meeting", date(2024, 4, 16)), ("release", date(2024, 4, 16))]


def test_a_title_released_together_with_another_named_after_its_nickname():
    raw = ('On 29 June 2023, the National Healthcare Security Administration ("NHSA") jointly released the final 2023 Work '
           'Plan for the Adjustment of the National Drug List for Basic Medical Insurance (the "Work Plan"), together with '
           'the Application Guidelines for the 2023 National Medical Insurance Drug List Adjustment.')
    releases = [e.name for e in extract_document(raw, "en", date(2023, 7, 3)).events if e.event_type == "release"]
    assert len(releases) == 2 and releases[1].startswith("Application Guidelines")


def test_zh_a_talk_named_by_a_quoted_question_is_one_sentence_and_a_booth_toured_there_is_part_of_it():
    raw = ("衛生局今（9）日下午在社區中心舉辦「社區合理用藥——家中藥物你識點處理？」講座，並於講座開始前與街總簽署《藥物安全社區推廣"
           "合作備忘錄》。\n活動結束前，梁志明等一同參觀了現場的藥物諮詢站。")
    events_ = extract_document(raw, "zh", date(2024, 11, 9)).events
    assert [(e.event_type, e.start_date) for e in events_] == [
        ("meeting", date(2024, 11, 9)), ("signing", date(2024, 11, 9))]


def test_documents_signed_at_the_forum_are_of_its_day():
    raw = ("The China-CEEC Drug Regulatory Cooperation Forum was held in Ningbo on May 17.\n"
           "Witnessed by the guests, three cooperation documents were signed at the forum.")
    events_ = extract_document(raw, "en", date(2023, 5, 18)).events
    assert [(e.event_type, e.start_date) for e in events_] == [("meeting", date(2023, 5, 17)), ("signing", date(2023, 5, 17))]


def test_met_with_a_mayor_on_a_trip_told_by_its_end_is_a_meeting_on_it():
    raw = ("The Secretary for Health, Professor Lo Chung-mau, today (November 8) continued his visit to Suzhou, Jiangsu "
           "Province, and concluded his two-day visit to Jiangsu.\n"
           "At noon, Professor Lo met with the Mayor of Suzhou, Mr Qian Jun, and exchanged views on co-operation.")
    events_ = extract_document(raw, "en", date(2024, 11, 8)).events
    assert [(e.event_type, e.start_date) for e in events_] == [
        ("visit", date(2024, 11, 7)), ("meeting", date(2024, 11, 8))]


def test_an_event_abroad_takes_its_city_there_and_gives_none_to_the_page():
    raw = ("Chinese and German drug regulators met at the sixth China-Germany Pharmaceutical Regulatory Dialogue held in "
           "Berlin on Wednesday.\nThe work plan implements the memorandum the two agencies signed in Beijing in 2017.")
    (dialogue,) = extract_document(raw, "en", date(2024, 6, 14)).events
    assert (dialogue.start_date, dialogue.city, dialogue.province) == (date(2024, 6, 12), "Berlin", None)


def test_a_fair_at_an_expo_center_is_named_by_the_fair_and_hosted_with_its_co_organizers():
    raw = ("The 2024 Zhejiang Biomedicine Industry Investment Fair opened on Friday at the Hangzhou International Expo Center.\n"
           "The fair was jointly hosted by the Department of Commerce of Zhejiang Province and the Hangzhou Municipal "
           "People's Government, with the Zhejiang Medical Products Administration as co-organizer.")
    (fair,) = extract_document(raw, "en", date(2024, 11, 23)).events
    assert fair.name == "2024 Zhejiang Biomedicine Industry Investment Fair"
    assert fair.start_date == date(2024, 11, 22) and len(fair.organizer_ids) == 3


def test_projects_signed_at_an_event_and_an_agreement_signed_there_are_two_signings_and_a_forum_held_there_its_own():
    raw = ("The 2024 Zhejiang Biomedicine Industry Investment Fair opened on Friday in Hangzhou.\n"
           "Xu Haoran, vice-governor of Zhejiang province, and Wang Ruiqing, vice-mayor of Hangzhou, attended the fair.\n"
           "During the opening session, 36 projects with a total investment of 41.6 billion yuan were signed. "
           "Xu Haoran and Wang Ruiqing witnessed the signing.\n"
           "At the same event, the Zhejiang MPA signed a strategic cooperation agreement with the Hangzhou Municipal "
           "People's Government.\n"
           "In the afternoon, the Qiantang Biomedicine Innovation Forum was held as part of the fair.")
    events_ = extract_document(raw, "en", date(2024, 11, 23)).events
    assert [(e.event_type, e.start_date) for e in events_] == [
        ("meeting", date(2024, 11, 22)), ("signing", date(2024, 11, 22)), ("signing", date(2024, 11, 22)),
        ("meeting", date(2024, 11, 22))]
    projects = events_[1]
    assert [a.name for a in projects.attendees] == ["Xu Haoran", "Wang Ruiqing"]
    assert events_[3].name == "Qiantang Biomedicine Innovation Forum"


def test_a_meeting_held_on_the_sidelines_of_a_workshop_is_its_own_and_what_was_agreed_there_is_still_to_come():
    raw = ("The TFDA hosted the workshop in Taipei from September 23 to 25.\n"
           "On the sidelines of the workshop, the TFDA and the Thai FDA held a bilateral meeting on September 24, at "
           "which both sides agreed to hold regular technical exchanges on medical devices.")
    events_ = extract_document(raw, "en", date(2024, 9, 25)).events
    assert [(e.event_type, e.start_date, e.end_date) for e in events_] == [
        ("meeting", date(2024, 9, 23), date(2024, 9, 25)), ("meeting", date(2024, 9, 24), None)]


def test_a_meeting_mechanism_set_up_is_no_meeting():
    raw = ("The Kunming Initiative, adopted at the closing session on Wednesday, calls for a regular meeting mechanism "
           "among the regulators, with the forum to be held every two years.")
    assert [e for e in extract_document(raw, "en", date(2019, 9, 12)).events if e.name == "meeting"] == []


def test_a_two_day_conference_which_ends_today_began_the_day_before():
    raw = ("The 2024 Greater Bay Area Drug Regulatory Innovation Conference opened in Guangzhou.\n"
           "During the two-day conference, which ends today, experts are discussing real-world data.")
    (conference,) = extract_document(raw, "en", date(2024, 11, 22)).events
    assert (conference.start_date, conference.end_date) == (date(2024, 11, 21), date(2024, 11, 22))


def test_a_signing_is_placed_where_it_was_signed_not_where_its_sides_come_from():
    raw = ("Drug regulators from Guangdong, Hong Kong and Macao signed a cooperation agreement in Guangzhou on Thursday.")
    (signing,) = extract_document(raw, "en", date(2024, 11, 22)).events
    assert signing.city == "Guangzhou"


def test_zh_a_plaque_unveiled_at_an_opening_ceremony_is_an_event_of_its_own():
    raw = ("4月19日，2025年浙江省药学会学术年会在杭州开幕。\n"
           "19日上午的开幕式上，沈卫东与陈晓峰共同为“浙江省药品监管科学研究基地”揭牌。")
    events_ = extract_document(raw, "zh", date(2025, 4, 21)).events
    assert [(e.event_type, e.start_date) for e in events_] == [("meeting", date(2025, 4, 19)), ("other", date(2025, 4, 19))]


def test_zh_the_unveiling_a_meeting_is_named_by_is_no_second_event():
    raw = "11月17日，“湖北省药品监管科学研究基地”揭牌暨启动会在武汉举行。周学军、唐承华共同为基地揭牌。"
    assert [e.event_type for e in extract_document(raw, "zh", date(2023, 11, 18)).events] == ["meeting"]


def test_zh_a_meeting_held_after_the_plenary_is_its_own_and_the_plenary_keeps_its_qualifier():
    raw = ("3月15日，宝鸡市药品安全委员会2023年全体（扩大）会议召开。杨朝晖出席会议并讲话。\n"
           "会后，刘亚峰主持召开全市市场监管系统药品监管工作会议。")
    events_ = extract_document(raw, "zh", date(2023, 3, 16)).events
    assert [(e.name, e.start_date) for e in events_] == [
        ("宝鸡市药品安全委员会2023年全体(扩大)会议", date(2023, 3, 15)), ("全市市场监管系统药品监管工作会议", date(2023, 3, 15))]


def test_zh_a_launch_ceremony_held_after_the_meeting_is_of_its_day_and_a_visit_told_after_a_comma():
    raw = ("4月10日，全省医疗保障基金监管工作会议在贵阳召开。\n"
           "会议结束后，省医保局在筑城广场举行2024年全省医保基金监管集中宣传月启动仪式。\n"
           "今（11）日，代表团前往横琴，参观粤澳合作中医药科技产业园。")
    events_ = extract_document(raw, "zh", date(2024, 4, 11)).events
    assert [(e.event_type, e.start_date, e.city) for e in events_] == [
        ("meeting", date(2024, 4, 10), "Guiyang"), ("other", date(2024, 4, 10), "Guiyang"),
        ("visit", date(2024, 4, 11), "Zhuhai")]


def test_zh_a_plaque_unveiled_during_the_event_is_of_its_day():
    raw = ("6月18日，济南高新区生物医药产业链供需对接会在济南召开。\n"
           "活动中，山东省药品监督管理局济南高新区药品医疗器械审评检查服务站揭牌。")
    events_ = extract_document(raw, "zh", date(2024, 6, 19)).events
    assert [(e.event_type, e.start_date) for e in events_] == [("meeting", date(2024, 6, 18)), ("other", date(2024, 6, 18))]


def test_a_service_station_launched_is_an_event_and_what_was_signed_and_held_at_its_ceremony_is_of_its_day():
    raw = ("Tianjin on Tuesday launched a drug and medical device innovation service station in the TEDA.\n"
           "Vice Mayor Wang Xu unveiled the nameplate of the station at a ceremony held at the park. Zhang Hongbo, director "
           "of the Tianjin Municipal Medical Products Administration, signed a strategic cooperation agreement with the "
           "People's Government of Binhai New Area.\n"
           "After the ceremony, Wang Xu presided over a symposium with representatives of 22 enterprises.")
    events_ = extract_document(raw, "en", date(2025, 4, 16)).events
    assert [(e.event_type, e.start_date) for e in events_] == [
        ("other", date(2025, 4, 15)), ("signing", date(2025, 4, 15)), ("meeting", date(2025, 4, 15))]


def test_projects_signed_as_a_two_day_forum_closed_are_of_the_day_it_closed():
    raw = ("The 2024 China Optics Valley International Biomedicine Forum closed in Wuhan on Saturday with 32 industrial "
           "projects worth a combined 21.6 billion yuan signed at its investment promotion session.\n"
           "The two-day forum was hosted by the Hubei Provincial People's Government.")
    events_ = extract_document(raw, "en", date(2024, 11, 10)).events
    assert [(e.event_type, e.start_date, e.end_date) for e in events_] == [
        ("meeting", date(2024, 11, 8), date(2024, 11, 9)), ("signing", date(2024, 11, 9), None)]


def test_zh_a_release_told_recently_then_on_its_day_by_its_short_name_is_of_that_day():
    raw = ("7月25日上午，省政府新闻办举行新闻发布会，介绍近日出台的《湖南省推动医疗器械产业高质量发展三年行动方案（2024—2026年）》"
           "（以下简称《行动方案》）有关情况。\n陈建华介绍，本月10日，省人民政府办公厅正式印发《行动方案》。")
    releases = [e for e in extract_document(raw, "zh", date(2024, 7, 26)).events if e.event_type == "release"]
    assert [r.start_date for r in releases] == [date(2024, 7, 10)]


def test_zh_a_meeting_the_counties_are_to_hold_is_none_held_but_one_whose_results_are_to_be_used_was():
    to_come = "6月5日，市医保局召开工作部署会。会后，各县（市、区）要在一周内召开本地部署会。"
    assert [e.name for e in extract_document(to_come, "zh", date(2024, 6, 6)).events] == ["工作部署会"]
    held = "8月29日，省政府召开常务会议。会议强调，要用好本月16日在太原召开的全省生物医药产业链推进大会成果。"
    assert date(2023, 8, 16) in {e.start_date for e in extract_document(held, "zh", date(2023, 8, 30)).events}


def test_zh_a_circular_of_results_is_a_directive_released_on_its_signed_day():
    raw = ("柳州市医疗保障局关于2024年全市定点医药机构医保基金飞行检查情况的通报\n"
           "各县（区）医疗保障局：\n现将2024年全市定点医药机构医保基金飞行检查情况通报如下。\n"
           "柳州市医疗保障局\n2024年10月14日")
    doc = extract_document(raw, "zh", date(2024, 10, 15))
    assert [d.directive_type for d in doc.directives] == ["notice"]
    assert [(e.event_type, e.start_date) for e in doc.events] == [("release", date(2024, 10, 14))]


def test_zh_a_state_council_meeting_told_as_what_adopted_the_opinions_and_a_themed_publicity_event():
    raw = ("新华社北京4月8日电  近日，国务院办公厅印发《关于加强罕见病诊疗和用药保障的意见》。《意见》已经3月21日国务院常务会议审议通过。\n"
           "今年2月28日，国家卫生健康委在北京举办2025年“国际罕见病日”主题宣传活动。")
    events_ = extract_document(raw, "zh", date(2025, 4, 8)).events
    assert {(e.event_type, e.start_date) for e in events_} >= {("meeting", date(2025, 3, 21)), ("other", date(2025, 2, 28))}


def test_met_with_on_a_trip_told_by_who_led_it_is_a_meeting_on_it():
    raw = ("The Secretary for Health, Professor Lo Chung-mau, led a delegation to Macao today (June 12).\n"
           "In the morning, Professor Lo met with the Secretary for Social Affairs and Culture of the Macao Special "
           "Administrative Region Government, Ms O Lam.")
    events_ = extract_document(raw, "en", date(2025, 6, 12)).events
    assert [(e.event_type, e.start_date) for e in events_] == [("visit", date(2025, 6, 12)), ("meeting", date(2025, 6, 12))]


def test_a_release_told_by_the_kind_then_the_title_in_apposition():
    raw = ("The province also issued a three-year work plan, the Shandong Work Plan for Deepening the Rectification of "
           "Corruption in the Pharmaceutical Sector (2024-2026), which requires hospitals to complete self-inspections.")
    releases = [e for e in extract_document(raw, "en", date(2024, 7, 9)).events if e.event_type == "release"]
    assert [r.name for r in releases] == ["Shandong Work Plan for Deepening the Rectification of Corruption in the "
                                          "Pharmaceutical Sector (2024-2026)"]


def test_an_exchange_program_of_days_opened_and_closed_with_its_ceremonies():
    raw = ("TIANJIN, June 15 -- A delegation of drug inspectors from Kazakhstan concluded a five-day exchange program in "
           "Tianjin on Friday. The program, which opened on Monday at the Tianjin MPA headquarters, focused on GMP.\n"
           "Sun Weidong, director of the Tianjin MPA, said at the opening ceremony that Tianjin is a gateway.\n"
           "On Wednesday, the Kazakh inspectors joined a mock inspection at a vaccine manufacturer in Binhai New Area.\n"
           "Officials attended the closing ceremony on Friday.")
    events_ = extract_document(raw, "en", date(2024, 6, 15)).events
    assert [(e.event_type, e.start_date, e.end_date) for e in events_] == [
        ("meeting", date(2024, 6, 10), date(2024, 6, 14)), ("visit", date(2024, 6, 12), None)]


def test_an_arrangement_signed_with_its_day_before_the_object():
    raw = ("The Health Bureau (SSM) of the Macao Special Administrative Region and the Zhuhai Municipal Health Commission "
           "signed yesterday (21 November) the Arrangement on Cooperation in the Emergency Supply of Medicines between "
           "Macao and Zhuhai, at the Guangdong-Macao In-Depth Cooperation Zone in Hengqin.")
    events_ = extract_document(raw, "en", date(2023, 11, 22)).events
    assert [(e.event_type, e.start_date) for e in events_] == [("signing", date(2023, 11, 21))]


def test_a_signing_told_in_the_passive_is_named_by_what_was_signed():
    raw = "On Monday the agreement was signed by the Director of the Health Bureau, Alvis Lo Iek Long."
    assert [e.name for e in extract_document(raw, "en", date(2023, 11, 22)).events] == ["Signing of the agreement"]


def test_todays_cabinet_meeting_and_the_post_meeting_press_conference():
    raw = ("At today's weekly Cabinet meeting, the Executive Yuan approved the draft Regenerative Medicine Act. "
           "Executive Yuan Spokesperson Lin Tze-luen said at a post-meeting press conference that the Cabinet also "
           "approved draft amendments.")
    events_ = extract_document(raw, "en", date(2023, 6, 29)).events
    assert [(e.event_type, e.start_date) for e in events_] == [
        ("meeting", date(2023, 6, 29)), ("press_conference", date(2023, 6, 29))]


def test_a_courtesy_call_on_an_official_or_a_body_is_a_visit_and_an_appeal_is_none():
    raw = ("HONG KONG, June 28 -- The delegation arrived in Hong Kong on June 26 and called on the Secretary for Health, "
           "Professor Lo Chung-mau, on the same day. In the afternoon, he called on the National Health Commission (NHC). "
           "He called on the platforms to set up drug quality teams.")
    events_ = extract_document(raw, "en", date(2024, 6, 28)).events
    assert [(e.event_type, e.start_date) for e in events_] == [("visit", date(2024, 6, 26))] * 2


def test_a_meeting_named_as_where_an_agreement_was_signed_and_the_previous_one_held_elsewhere():
    raw = ("Drug regulators of Shanghai, Jiangsu, Zhejiang and Anhui signed an agreement in Hefei on Tuesday to recognize "
           "inspections.\nThe agreement was signed at the 2024 Yangtze River Delta Drug Regulatory Cooperation Joint "
           "Meeting, hosted by the Anhui Provincial Medical Products Administration.\n"
           "The previous meeting was held in Ningbo, Zhejiang province, last year.")
    events_ = extract_document(raw, "en", date(2024, 11, 7)).events
    assert [(e.event_type, e.start_date, e.city) for e in events_] == [
        ("signing", date(2024, 11, 5), "Hefei"), ("meeting", date(2024, 11, 5), "Hefei")]


def test_an_innovation_week_opened_yesterday_with_what_was_released_and_signed_at_its_opening():
    raw = ("The 2025 Guangzhou International Biomedicine Innovation Week opened yesterday at the Guangzhou International "
           "Biotech Island Convention Center.\nAt the opening ceremony, he released the Several Measures of Guangzhou "
           "Development District for Promoting the Biomedicine Industry.\nA total of 31 projects with a combined "
           "investment of 42.6 billion yuan were signed at the opening ceremony.")
    events_ = extract_document(raw, "en", date(2025, 9, 16)).events
    assert [(e.event_type, e.start_date) for e in events_] == [
        ("meeting", date(2025, 9, 15)), ("release", date(2025, 9, 15)), ("signing", date(2025, 9, 15))]


def test_a_part_of_the_day_continues_the_day_reported_not_one_recalled_in_between():
    raw = ("The Secretary for Health, Professor Lo Chung-mau, continued his visit to Hainan Province today (April 11).\n"
           "In the morning, Professor Lo visited the Hainan Boao Lecheng International Medical Tourism Pilot Zone.\n"
           "Since the mechanism was launched on November 1, 2023, more than 20 new drugs have been registered.\n"
           "In the afternoon, Professor Lo returned to Haikou and called on the Vice Governor of Hainan Province, "
           "Mr Xu Qiming.")
    events_ = extract_document(raw, "en", date(2025, 4, 11)).events
    # (calling on the Vice Governor on a trip told as going on is a meeting on it)
    assert [(e.event_type, e.start_date) for e in events_] == [("visit", date(2025, 4, 11)), ("meeting", date(2025, 4, 11))]


def test_speaking_at_the_ceremony_is_at_the_opening_ceremony_told():
    raw = ("The Chief Executive, Mr John Lee, officiated at the opening ceremony of the Chinese Medicine Hospital of "
           "Hong Kong today (December 19).\nSpeaking at the ceremony, Mr Lee said that the hospital is a flagship project.")
    events_ = extract_document(raw, "en", date(2025, 12, 19)).events
    assert [(e.event_type, e.start_date) for e in events_] == [("other", date(2025, 12, 19))]


def test_a_visit_to_a_unit_in_the_afternoon_is_apart_from_the_call_on_its_parent_in_the_morning():
    raw = ("The Secretary for Health, Professor Lo Chung-mau, continued his visit programme in Beijing today (May 15). "
           "In the morning, he called on the Deputy Commissioner of the National Medical Products Administration (NMPA), "
           "Mr Zhao Junning, to exchange views. In the afternoon, Professor Lo visited the Center for Drug Evaluation "
           "(CDE) of the NMPA.")
    events_ = extract_document(raw, "en", date(2024, 5, 15)).events
    assert [(e.event_type, e.organizer_ids) for e in events_] == [("visit", ("nmpa",)), ("visit", ("nmpa-cde",))]


def test_a_symposium_on_one_day_of_a_tour_is_dated_where_a_later_sentence_says_the_day():
    raw = ("Vice-Governor Xu Mingfei made a two-day inspection tour of herb bases in Shangluo city from Tuesday to "
           "Wednesday, and presided over a symposium on promoting TCM.\nDuring the tour, Xu visited the extraction "
           "workshop of a TCM company.\nAt the symposium held in Shangluo on Wednesday afternoon, Zhang Heping, "
           "director of the Shaanxi MPA, reported progress.")
    events_ = extract_document(raw, "en", date(2023, 7, 13)).events
    assert ("meeting", date(2023, 7, 12)) in [(e.event_type, e.start_date) for e in events_]


def test_zh_the_day_before_the_meeting_and_a_plan_issued_at_it():
    raw = ("9月5日，国家药监局在京召开药品监管科学体系建设工作推进会。宋国强要求，认真落实会上印发的《药品监管科学体系建设"
           "实施方案（2024—2027年）》。据悉，会前一天，宋国强专程到国家药监局医疗器械技术审评中心调研。")
    events_ = extract_document(raw, "zh", date(2024, 9, 6)).events
    assert [(e.event_type, e.start_date) for e in events_] == [
        ("meeting", date(2024, 9, 5)), ("release", date(2024, 9, 5)), ("visit", date(2024, 9, 4))]


def test_zh_responsibility_letters_signed_at_a_meeting():
    raw = "2月26日，绵阳市召开全市卫生健康工作会议。会上，市卫生健康委与各县（市、区）卫生健康局签订了2024年度卫生健康工作目标责任书。"
    events_ = extract_document(raw, "zh", date(2024, 2, 27)).events
    assert [(e.event_type, e.start_date) for e in events_] == [("meeting", date(2024, 2, 26)), ("signing", date(2024, 2, 26))]


def test_zh_an_executive_meeting_that_adopted_measures_sat_that_day_but_not_one_cited():
    raw = ("3月28日，省政府第58次常务会议审议通过《陕西省促进生物医药产业高质量发展若干措施》。"
           "省药监局将深入落实国务院常务会议审议通过的《全链条支持创新药发展实施方案》。")
    events_ = extract_document(raw, "zh", date(2025, 4, 17)).events
    assert [(e.event_type, e.start_date) for e in events_ if e.event_type == "meeting"] == [("meeting", date(2025, 3, 28))]


def test_zh_a_consultation_held_and_a_seminar_agreed_to_be_held_and_a_signing_agreed():
    raw = ("羅致遠續說，醫務衛生局轄下的中醫藥處已於十月二十一日舉行業界諮詢會，收集意見。"
           "考察期間，雙方同意於今年下半年在澳門聯合舉辦粵澳中藥監管研討會。"
           "12月19日，健保署召開共擬會議，會議同意以暫時性支付方式給付，並與廠商簽訂藥品給付協議。")
    events_ = extract_document(raw, "zh", date(2024, 12, 20)).events
    assert [(e.event_type, e.start_date) for e in events_] == [("meeting", date(2024, 10, 21)), ("meeting", date(2024, 12, 19))]


def test_zh_a_release_told_with_its_day_in_passing_and_stops_made_in_turn():
    raw = ("9月13日，甘肃中医药大学与某公司在兰州签署战略合作协议，副省长何文涛出席。签约仪式前，何文涛一行先后来到甘肃中医药大学"
           "敦煌医学馆、甘肃省中药质量与标准研究重点实验室。赵永平提到，国家药监局今年2月10日发布的《中药注册管理专门规定》已于7月1日起施行。")
    events_ = extract_document(raw, "zh", date(2023, 9, 14)).events
    assert {(e.event_type, e.start_date) for e in events_} == {
        ("signing", date(2023, 9, 13)), ("visit", date(2023, 9, 13)), ("release", date(2023, 2, 10))}


def test_zh_at_the_meeting_is_the_one_reported_not_one_recalled_years_before():
    raw = ("11月29日，国家药监局在京召开疫苗管理法实施五周年座谈会。李利指出，2019年6月29日，十三届全国人大常委会第十一次会议"
           "审议通过《中华人民共和国疫苗管理法》。\n会上，国家药监局发布了《疫苗生产企业质量管理体系检查要点（2024年版）》。\n"
           "中国工程院院士王军志等专家学者参加会议。")
    events_ = extract_document(raw, "zh", date(2024, 12, 3)).events
    release = next(e for e in events_ if e.event_type == "release" and e.name.startswith("疫苗生产企业"))
    symposium = next(e for e in events_ if e.start_date == date(2024, 11, 29) and e.event_type == "meeting")
    assert release.start_date == date(2024, 11, 29) and "王军志" in [a.name for a in symposium.attendees]


def test_people_who_joined_the_visits_attend_each_visit_of_that_day():
    raw = ("Professor Lo Chung-mau continued his visit programme in Beijing today (May 15). In the morning, he called on "
           "the Deputy Commissioner of the National Medical Products Administration (NMPA), Mr Zhao Junning.\n"
           "In the afternoon, Professor Lo visited the Center for Drug Evaluation (CDE) of the NMPA.\n"
           "The Under Secretary for Health, Dr Libby Lee, and the Director of Health, Dr Ronald Lam, joined the visits.")
    visits = [e for e in extract_document(raw, "en", date(2024, 5, 15)).events if e.event_type == "visit"]
    assert len(visits) == 2 and all({"Libby Lee", "Ronald Lam"} <= {a.name for a in v.attendees} for v in visits)


def test_a_list_published_then_titled_and_agreement_reached_on_prices_is_no_signing():
    raw = ("BEIJING, Dec 7 (Reuters) - China on Sunday published its first list of innovative medicines to be covered by "
           "commercial health insurance.\nThe NHSA said 19 drugs had been included in the Commercial Health Insurance "
           "Innovative Drug List (2025).\nThe negotiations took place in Beijing from Oct. 31 to Nov. 3, with 127 drugs "
           "reaching agreement for the basic list.")
    events_ = extract_document(raw, "en", date(2025, 12, 7)).events
    assert ("release", date(2025, 12, 7)) in [(e.event_type, e.start_date) for e in events_]
    assert "signing" not in [e.event_type for e in events_]


def test_a_pledge_that_came_at_a_conference_dates_it_and_an_initiative_released_there():
    raw = ("China's top drug regulator pledged on Thursday to keep a firm grip on vaccine safety.\nThe pledge came at the "
           "mid-year work conference of the National Medical Products Administration, held in Beijing.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 7, 12)).events] == [
        ("meeting", date(2024, 7, 11))]
    raw = ("FUZHOU, May 22 (Xinhua) -- China and Pacific island countries agreed to deepen cooperation, releasing the "
           "Fuzhou Initiative on China-Pacific Island Countries Health Cooperation at a ministerial meeting that ended "
           "here on Wednesday.\nOn Thursday, the visiting ministers toured the Fujian Medical University Union Hospital.")
    events_ = extract_document(raw, "en", date(2025, 5, 22)).events
    assert {(e.event_type, e.start_date) for e in events_} == {
        ("release", date(2025, 5, 21)), ("meeting", date(2025, 5, 21)), ("visit", date(2025, 5, 22))}


def test_a_news_conference_is_on_the_day_its_speakers_spoke_not_a_day_they_reported():
    raw = ("Hospitals will be paid within days, the National Healthcare Security Administration said on Wednesday.\n"
           "Speaking at a news conference in Beijing, Yan Qingfeng, deputy head of the NHSA, said the administration and "
           "the Ministry of Finance jointly released the Notice on Promoting the Instant Settlement of Medical Insurance "
           "Funds last Friday.")
    events_ = extract_document(raw, "en", date(2025, 3, 20)).events
    assert [(e.event_type, e.start_date) for e in events_] == [
        ("press_conference", date(2025, 3, 19)), ("release", date(2025, 3, 14))]
    raw = ("The Qingdao Action Plan (2024-2026) was issued by the General Office of the Qingdao Municipal People's "
           "Government last Wednesday and explained at a press conference held by the Information Office of the Qingdao "
           "Municipal People's Government on Tuesday.")
    events_ = extract_document(raw, "en", date(2024, 7, 10)).events
    assert ("press_conference", date(2024, 7, 9)) in [(e.event_type, e.start_date) for e in events_]


def test_zh_a_meeting_told_only_by_its_month_is_apart_and_one_whose_directions_are_carried_out_is_none():
    raw = ("23日上午，检查组转赴吉安市，先后检查了两家企业，并就冷链设备验证、停电应急演练等情况进行了交流。当天下午，熊建华在吉安主持"
           "召开疫苗流通质量安全工作座谈会。据悉，今年3月，省药监局已在南昌召开全省疫苗质量安全监管工作会议，对全年工作作出部署。"
           "各地要落实今年1月召开的全省药品监管工作会议部署。")
    events_ = extract_document(raw, "zh", date(2024, 4, 25)).events
    assert [(e.event_type, e.start_date, e.name) for e in events_ if e.event_type != "visit"] == [
        ("meeting", date(2024, 4, 23), "疫苗流通质量安全工作座谈会"), ("meeting", None, "全省疫苗质量安全监管工作会议")]


def test_zh_a_two_day_exchange_from_today_and_not_the_forum_a_secretariat_is_named_after():
    raw = ("由藥物監督管理局主辦、中國—葡語國家經貿合作論壇(澳門)常設秘書處協辦的「第二屆中國與葡語國家藥物監管交流會」今(13)日起"
           "一連兩日在澳門舉行。國家藥監局去年已與巴西國家衛生監督局舉行了視頻會談，雙方同意在藥品檢查和標準方面深化合作。")
    events_ = extract_document(raw, "zh", date(2024, 11, 13)).events
    assert [(e.event_type, e.start_date, e.end_date) for e in events_ if e.start_date] == [
        ("meeting", date(2024, 11, 13), date(2024, 11, 14))]
    assert "visit" not in [e.event_type for e in events_]


def test_zh_a_policy_briefing_stops_visited_in_turn_and_an_adoption_whose_publication_is_to_come():
    raw = ("4月17日，省药监局在合肥召开政策解读会。当天下午，汪立新带领孙慧敏等到合肥高新区，先后走访两家企业。"
           "3月13日，自治区召开药品安全委员会全体会议。会议审议通过了《2025年全区药品安全工作要点》，会后将由自治区药安委印发实施。"
           "省人大常委会执法检查组计划于5月中旬来宜开展药品管理法执法检查。")
    events_ = extract_document(raw, "zh", date(2025, 4, 18)).events
    assert [(e.event_type, e.start_date) for e in events_] == [
        ("meeting", date(2025, 4, 17)), ("visit", date(2025, 4, 17)), ("meeting", date(2025, 3, 13))]


def test_a_signing_said_to_come_and_a_deputy_joining_a_team_to_check_clinics():
    raw = ("On Aug. 9, Ma Xiaolin, deputy director of the Xinjiang Uygur Autonomous Region Medical Products "
           "Administration, joined the team in Yutian county to check drug storage conditions at five village clinics. "
           "At a summary meeting held in Hotan city on Monday, Memet Abdukadir thanked the team and said the prefecture "
           "would sign long-term pairing agreements with the 11 hospitals.")
    events_ = extract_document(raw, "en", date(2023, 8, 16)).events
    assert [(e.event_type, e.start_date) for e in events_] == [("visit", date(2023, 8, 9)), ("meeting", date(2023, 8, 14))]


def test_a_law_adopted_and_a_standard_issued_told_in_a_clause_after_the_title_with_its_own_day():
    raw = ("China regulates them through the Regulation on the Administration of Human Genetic Resources, promulgated by "
           "the State Council on 28 May 2019 and effective from 1 July 2019, and the Biosecurity Law of the People's "
           "Republic of China, adopted by the Standing Committee of the National People's Congress on 17 October 2020 and "
           "effective from 15 April 2021. Zhou introduced the practice under China's Good Clinical Practice for Drug "
           "Trials, which was jointly issued by the NMPA and the National Health Commission (NHC) on April 23, 2020. "
           "Participants discussed Cambodia's amended Law on the Management of Pharmaceuticals.")
    releases = [(e.name, e.start_date) for e in extract_document(raw, "en", date(2025, 4, 18)).events
                if e.event_type == "release"]
    assert releases == [("Regulation on the Administration of Human Genetic Resources", date(2019, 5, 28)),
                        ("Biosecurity Law of the People's Republic of China", date(2020, 10, 17)),
                        ("Good Clinical Practice for Drug Trials", date(2020, 4, 23))]
    # (not the day it took effect: "issued by SAMR in September and taking effect on Jan 1")
    raw = ("The Measures for the Supervision and Administration of Quality in Drug Distribution and Use, issued by the "
           "State Administration for Market Regulation in September and taking effect on Jan 1, require it.")
    assert [e.start_date for e in extract_document(raw, "en", date(2023, 1, 20)).events] in ([], [None])


def test_briefing_sessions_for_the_trade_are_meetings_not_press_conferences():
    raw = ("The Department of Health (DH) held the second of two briefing sessions today (March 15) for licensed "
           "wholesale dealers on the new Guidelines. On Tuesday, the CMDE held an industry briefing in Beijing.")
    events_ = extract_document(raw, "en", date(2024, 3, 15)).events
    assert [(e.event_type, e.start_date) for e in events_] == [("meeting", date(2024, 3, 15)), ("meeting", date(2024, 3, 12))]


def test_zh_a_law_adopted_by_the_legislature_under_its_short_name_and_a_seminar_a_year_before():
    raw = ("会议要求贯彻《中华人民共和国传染病防治法》。新修订的传染病防治法于今年4月30日经十四届全国人大常委会第十五次会议审议通过，"
           "将于2025年9月1日起施行。该指引依据《中华人民共和国反垄断法》制定。")
    releases = [(e.name, e.start_date) for e in extract_document(raw, "zh", date(2025, 6, 13)).events
                if e.event_type == "release"]
    assert releases == [("中华人民共和国传染病防治法", date(2025, 4, 30))]
    # (a first reading of a draft amendment is no adoption)
    raw = "立法院社會福利及衛生環境委員會今(22)日初審通過「罕見疾病防治及藥物法」部分條文修正草案。"
    assert "release" not in [e.event_type for e in extract_document(raw, "zh", date(2024, 5, 22)).events]
    raw = ("3月18日，国家药监局局长会见了代表团。据悉，去年10月，国家药监局副局长周海燕率团出席在伊斯兰堡举行的地区药品监管研讨会期间，"
           "中巴双方就签署合作文件达成原则共识。3月19日，法鲁克·汗一行先后到中国食品药品检定研究院和国家药监局药品审评中心参观交流。")
    events_ = extract_document(raw, "zh", date(2025, 3, 20)).events
    assert [(e.event_type, e.start_date) for e in events_] == [
        ("visit", date(2025, 3, 18)), ("meeting", None), ("visit", date(2025, 3, 19))]


def test_the_day_an_outlet_learned_of_a_conference_is_not_its_day_and_a_signing_during_an_opening_ceremony():
    raw = ("The campaign was jointly launched on Monday by five departments at a national video and telephone conference "
           "held in Beijing, the Global Times learned from the NDCPA on Tuesday.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 3, 26)).events] == [
        ("meeting", date(2024, 3, 25))]
    raw = ("食藥署於本（10）月24日至25日在新竹舉辦「2023臺越醫藥法規合作研討會」。開幕式中，在周次長及阮副局長共同見證下，"
           "雙方代表簽署「臺越藥品及醫療器材法規管理合作備忘錄」。省药监局将积极争取国家药监局在审评检查资源方面对我省的支持。")
    events_ = extract_document(raw, "zh", date(2023, 10, 26)).events
    assert [(e.event_type, e.start_date) for e in events_] == [("meeting", date(2023, 10, 24)), ("signing", date(2023, 10, 24))]


def test_zh_a_public_open_day_and_a_delegation_come_to_see_places_before_a_meeting():
    raw = ("9月21日，中国食品药品检定研究院在北京大兴院区举办2024年公众开放日活动。国家药监局要求常态化开展开放日等科普活动。"
           "2月25日，省医保局在南昌召开全省集采中选结果落地推进会。会前，范卫东一行来到江西省人民医院和南昌市东湖区一家定点零售药店，"
           "实地了解集采药品配备使用情况。")
    events_ = extract_document(raw, "zh", date(2025, 2, 26)).events
    assert [(e.event_type, e.start_date) for e in events_] == [
        ("other", date(2024, 9, 21)), ("meeting", date(2025, 2, 25)), ("visit", date(2025, 2, 25))]


def test_a_signing_during_a_forum_of_days_is_on_the_day_it_was_told_and_a_release_in_an_opening_clause():
    raw = ("China's National Medical Products Administration (NMPA) and Kenya's Pharmacy and Poisons Board (PPB) on "
           "Wednesday signed a memorandum of understanding on regulatory cooperation in Nairobi. The MoU was signed by "
           "NMPA Deputy Commissioner Wei Hongbo during the China-Africa Pharmaceutical Cooperation Forum, which ran from "
           "Tuesday to Wednesday at the Kenyatta International Convention Centre.")
    events_ = extract_document(raw, "en", date(2025, 6, 13)).events
    assert [(e.event_type, e.start_date, e.end_date) for e in events_] == [
        ("signing", date(2025, 6, 11), None), ("meeting", date(2025, 6, 10), date(2025, 6, 11))]
    assert "kenya-ppb" in events_[0].organizer_ids
    raw = ("Jointly issued by the NMPA and the CNIPA on 4 July 2021 and effective on the date of issuance, the "
           "Implementation Measures for the Early Resolution Mechanism for Drug Patent Disputes (Trial) set out the core "
           "mechanics of the system.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2021, 7, 13)).events] == [
        ("release", date(2021, 7, 4))]


def test_zh_releases_told_with_their_day_a_year_before_after_a_legislature_and_in_a_citation():
    raw = ("10日上午，省政府新闻办举行新闻发布会，解读今年9月26日经省十四届人大常委会第十二次会议审议通过的《江西省促进生物医药产业发展条例》。"
           "去年5月17日，省政府办公厅印发《江西省生物医药产业链现代化建设行动方案（2023—2026年）》。"
           "会议通报了前期工作进展。根据7月10日国家医保局、人力资源社会保障部联合印发的《2025年药品目录调整工作方案》，评审分两个阶段。")
    releases = [(e.name, e.start_date) for e in extract_document(raw, "zh", date(2024, 10, 11)).events
                if e.event_type == "release"]
    assert releases == [("江西省促进生物医药产业发展条例", date(2024, 9, 26)),
                        ("江西省生物医药产业链现代化建设行动方案（2023—2026年）", date(2023, 5, 17)),
                        ("2025年药品目录调整工作方案", date(2024, 7, 10))]
    raw = "就在签约前一天，曹立军率益阳市党政代表团赴长沙，专程参观考察康泽医药集团的生产基地。"
    assert [e.event_type for e in extract_document(raw, "zh", date(2024, 5, 17)).events] == ["visit"]
    raw = ("食藥署於今（114）年1月15日公告「西藥查驗登記電子通用技術文件送件作業須知」。"
           "醫藥品查驗中心執行長洪志遠分享eCTD驗證規則。")
    x = extract_document(raw, "zh", date(2025, 3, 24))
    assert [(e.event_type, e.start_date) for e in x.events] == [("release", date(2025, 1, 15))]
    assert [p.name for p in x.people] == ["洪志远"]


def test_zh_a_quoted_meeting_convened_is_held_but_one_named_as_a_kind_is_not():
    raw = ("衛生福利部今(27)日邀集長照服務提供單位，在臺北召開「長照藥事服務座談會」。"
           "申請人亦可在正式提交申請前，與衞生署藥物辦公室舉行「提交前會議」。")
    events_ = extract_document(raw, "zh", date(2024, 8, 27)).events
    assert [(e.event_type, e.start_date, e.name) for e in events_] == [("meeting", date(2024, 8, 27), "长照药事服务座谈会")]


def test_zh_a_visit_to_come_or_deployed_is_no_visit_but_a_programme_day_told_ahead_is():
    raw = ("乌兰图雅要求，自治区中医药(蒙医药)管理局将在下半年组织开展专项督导。"
           "3月27日，省医疗保障局召开全省医疗保障基金监管工作会议，部署开展定点医药机构自查自纠、省级交叉检查和飞行检查。")
    assert [e.event_type for e in extract_document(raw, "zh", date(2025, 3, 28)).events] == ["meeting"]
    raw = "卫生署助理署长（药物）梁嘉欣出席签署仪式。代表团明日（七月六日）将参观政府化验所。"
    visits = [e.start_date for e in extract_document(raw, "zh", date(2024, 7, 5)).events if e.event_type == "visit"]
    assert visits == [date(2024, 7, 6)]


def test_a_meeting_an_agreement_was_signed_at_is_held_that_day_and_an_opening_ceremony_addressed_is_held():
    raw = ("Drug regulators from Jiangxi, Hubei, Hunan and Anhui provinces signed a framework agreement on Thursday in "
           "Nanchang. The Cooperation Framework Agreement was signed at the first joint meeting of the four provinces' "
           "medical products administrations.")
    found = {(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 10, 18)).events}
    assert ("meeting", date(2024, 10, 17)) in found
    raw = ("A China-Laos traditional medicine cooperation centre opened on Thursday at Mahosot Hospital in the Lao "
           "capital. Addressing the opening ceremony, Lao Vice Minister of Health Khamphone Vongsakda said the centre "
           "would help.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 11, 15)).events] == [
        ("other", date(2024, 11, 14))]


def test_the_days_of_what_a_which_clause_describes_do_not_date_the_event_after_it():
    raw = ("Shanghai has launched a five-month campaign against counterfeit weight-loss drugs, officials said on "
           "Wednesday. The campaign, which runs from May 20 to Oct 31, was announced at a press conference held by the "
           "Information Office of Shanghai Municipality.")
    found = [(e.event_type, e.start_date, e.end_date) for e in extract_document(raw, "en", date(2024, 5, 23)).events]
    assert found == [("press_conference", date(2024, 5, 22), None)]


def test_meeting_a_delegation_is_a_visit():
    raw = "On Tuesday, Ni met a delegation of the Swiss pharmaceutical company Roche led by its chief medical officer in Boao."
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 3, 28)).events] == [
        ("visit", date(2024, 3, 26))]


def test_a_roundtable_with_a_delegation_is_a_meeting_and_a_visit_a_day_before_the_conference_is_its_eve():
    raw = "On Sunday, Zuo Yanping chaired a roundtable with the delegation and heads of six local drug companies."
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 9, 24)).events] == [
        ("meeting", date(2024, 9, 22))]
    raw = ("The National Health Commission held a national video conference on hospital pharmacy administration on "
           "Thursday. A day before the conference, Li visited the outpatient pharmacy of Beijing Chao-Yang Hospital.")
    found = [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2022, 3, 18)).events]
    assert found == [("meeting", date(2022, 3, 17)), ("visit", date(2022, 3, 16))]


def test_zh_the_press_conference_a_transcript_welcomes_to_today_is_the_one_reported():
    raw = ("12月17日上午，国家药监局召开新闻发布会，通报2024年药品安全专项整治工作进展情况。"
           "孙海涛：各位记者朋友，大家上午好！欢迎参加国家药监局今天举行的新闻发布会。")
    found = [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 12, 18)).events]
    assert found == [("press_conference", date(2024, 12, 17))]


def test_a_guideline_released_and_named_in_the_next_sentence_is_that_opinions_release():
    raw = ("The State Council on Tuesday released a guideline on reforming the review and approval system for drugs. "
           "The Opinions on Reforming the Review and Approval System for Drugs and Medical Devices set the goal of "
           "clearing the backlog by 2016.")
    found = [(e.event_type, e.start_date, e.name) for e in extract_document(raw, "en", date(2015, 8, 18)).events]
    assert found == [("release", date(2015, 8, 18),
                      "Opinions on Reforming the Review and Approval System for Drugs and Medical Devices")]


def test_a_directive_recently_issued_or_told_of_at_a_press_conference_has_no_day_of_its_own():
    raw = ("The Shanxi Provincial Government Information Office held a press conference in Taiyuan on Thursday to "
           "introduce the Implementation Plan for Promoting the Chinese Medicinal Materials Industry in Shanxi Province "
           "(2023-2025), which was recently issued by the General Office of the Shanxi Provincial People's Government.")
    found = {(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2023, 6, 9)).events}
    assert found == {("press_conference", date(2023, 6, 8)), ("release", None)}
    raw = ("The General Office of the Hebei Provincial People's Government has issued the Several Measures to Support "
           "the Biomedicine Industry (2023-2025), officials said at a press conference held by the Information Office "
           "of the Hebei Provincial People's Government in Shijiazhuang on Thursday.")
    found = {(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2023, 6, 16)).events}
    assert found == {("press_conference", date(2023, 6, 15)), ("release", None)}


def test_lawmakers_voting_to_adopt_a_law_release_it_and_a_place_in_a_quotation_places_nothing():
    raw = ("Chinese lawmakers in Beijing on Monday voted to adopt a revised Drug Administration Law. "
           "\"The revision responds to public concerns raised after the Changchun Changsheng vaccine scandal,\" said "
           "Yuan Jie at a press conference held by the General Office of the NPC Standing Committee on Monday afternoon.")
    found = {(e.event_type, e.start_date, e.city) for e in extract_document(raw, "en", date(2019, 8, 26)).events}
    assert ("release", date(2019, 8, 26), "Beijing") in found
    [conference] = [e for e in extract_document(raw, "en", date(2019, 8, 26)).events if e.event_type == "press_conference"]
    assert conference.city == "Beijing" and conference.organizer_ids == ("npcsc-general-office",)


def test_a_legislative_council_question_and_its_written_reply_are_the_councils_meeting_that_day():
    raw = ("LCQ11: Supply of medicines\n"
           "Following is a question by Dr the Hon David Lam and a written reply by the Secretary for Health, Professor "
           "Lo Chung-mau, in the Legislative Council today (February 15):\nQuestion:\nWill the Government inform this "
           "Council of the supply of medicines?")
    [meeting] = extract_document(raw, "en", date(2023, 2, 15)).events
    assert (meeting.event_type, meeting.start_date, meeting.organizer_ids) == ("meeting", date(2023, 2, 15), ("hk-legco",))
    assert {a.name for a in meeting.attendees} == {"David Lam", "Lo Chung-mau"}


def test_a_visit_continued_today_runs_from_the_day_before_its_page_tells():
    raw = ("The Secretary for Health, Professor Lo Chung-mau, continued his visit to Chongqing today (May 21). "
           "In the afternoon, Professor Lo witnessed the signing of a Memorandum of Understanding on Health "
           "Co-operation. Yesterday (May 20), Professor Lo met with officials of the Chongqing Municipal People's "
           "Government.")
    trips = [(e.start_date, e.end_date) for e in extract_document(raw, "en", date(2024, 5, 21)).events
             if e.event_type == "visit"]
    assert trips == [(date(2024, 5, 20), date(2024, 5, 21))]


def test_zh_asking_about_agreements_signed_is_no_signing_and_a_topic_named_session_is_its_own_meeting():
    raw = "9月23日，焦红在一家企业仔细询问了委托生产质量协议签订、持有人履行药物警戒义务等情况。"
    assert [e.event_type for e in extract_document(raw, "zh", date(2019, 9, 25)).events if e.event_type == "signing"] == []
    raw = ("9月18日，第二届中国（安国）数字中药都发展大会开幕，会期三天。"
           "当天下午，大会举办了“中药材生产质量管理规范（GAP）实施”专题研讨会。")
    found = [(e.event_type, e.start_date, e.name) for e in extract_document(raw, "zh", date(2023, 9, 19)).events]
    assert ("meeting", date(2023, 9, 18), "“中药材生产质量管理规范(GAP)实施”专题研讨会") in found
    assert len([f for f in found if f[0] == "meeting"]) == 2


def test_zh_going_into_places_to_check_them_is_a_visit_and_a_special_patrol_of_days_too():
    raw = ("3月13日下午，陈志远带领县市场监管局有关负责同志，先后深入城厢镇、凤城镇部分药品零售连锁门店，"
           "实地检查药品购进验收、储存养护等情况。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 3, 14)).events] == [
        ("visit", date(2024, 3, 13))]
    raw = "藥監局於3月4日至5月31日期間對全澳中藥房及中藥商進行專項巡查，共巡查處所182間。"
    assert [(e.event_type, e.start_date, e.end_date) for e in extract_document(raw, "zh", date(2024, 6, 18)).events] == [
        ("visit", date(2024, 3, 4), date(2024, 5, 31))]


def test_zh_afterwards_is_the_day_of_what_was_done_not_of_what_is_planned():
    raw = ("副局長范婉雯今日（六月十八日）出席中成藥生產質量管理規範研討會。"
           "中藥組計劃於本年七月二十九日至九月三十日期間舉行業界諮詢會。"
           "范婉雯其後在林文健陪同下參觀位於大埔工業邨的一間中成藥生產廠房。")
    visits = [e.start_date for e in extract_document(raw, "zh", date(2024, 6, 18)).events if e.event_type == "visit"]
    assert visits == [date(2024, 6, 18)]


def test_zh_a_convention_centre_and_a_legislator_hold_no_meeting_and_a_briefing_session_is_one():
    raw = ("香港中藥聯商會昨晚（14日）假灣仔香港會議展覽中心舉行慶祝成立75周年典禮，立法會議員陳永光出任主禮嘉賓。"
           "另外，衞生署中醫藥規管辦公室上周五（11日）為中藥商舉行業界簡介會。")
    found = [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 10, 15)).events]
    assert found == [("other", date(2024, 10, 14)), ("meeting", date(2024, 10, 11))]


def test_rules_described_before_they_are_named_take_the_day_told_of_them():
    raw = ("Cosmetics will be banned from claiming medical effects, according to new rules released by the National "
           "Medical Products Administration on Thursday. The Measures for the Administration of Cosmetic Labels will "
           "come into force on May 1, 2022.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2021, 6, 4)).events] == [
        ("release", date(2021, 6, 3))]
    raw = ("China's top drug regulator on Thursday issued guidelines defining how AI medical software products should "
           "be classified. According to the Guidelines for the Classification Defining of Artificial Intelligence "
           "Medical Software Products released by the NMPA, such software will be managed as Class III devices.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2021, 7, 9)).events] == [
        ("release", date(2021, 7, 8))]
    raw = ("Five cities will carry out the pilots, according to a plan issued by eight central government departments "
           "led by the NHSA. The document was dated Aug. 25 and made public Tuesday. Prices will be split in two. "
           "Hospitals will gain more say. Under the Pilot Program for Deepening the Reform of Medical Service Prices, "
           "the government will control the overall level of increases.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2021, 9, 1)).events] == [
        ("release", date(2021, 8, 31))]
    raw = ("China has set up a national network of 324 hospitals, the National Health Commission said on Friday. "
           "Peking Union Medical College Hospital will lead it, according to a notice issued by the commission's "
           "general office. Under the Notice on Establishing the National Rare Disease Diagnosis and Treatment "
           "Collaboration Network, hospitals will refer patients to one another.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2019, 2, 16)).events] == [
        ("release", date(2019, 2, 15))]


def test_a_law_passed_at_the_closing_meeting_of_a_session_of_days_is_released_on_its_last():
    raw = ("The Vaccine Administration Law was passed at the closing meeting of the 11th session of the 13th National "
           "People's Congress Standing Committee, which ran from Tuesday to Saturday in Beijing.")
    releases = [e.start_date for e in extract_document(raw, "en", date(2019, 6, 29)).events if e.event_type == "release"]
    assert releases == [date(2019, 6, 29)]


def test_zh_a_years_tally_of_inspections_is_none_and_a_plan_drafted_then_issued_on_a_day_is_released_then():
    raw = ("在周四（4月18日）举行的国家医保局新闻发布会上，蒋成嘉介绍，2023年国家医保局共组织飞行检查组对全国27个省份的"
           "77家定点医药机构开展了飞行检查。")
    assert [e.event_type for e in extract_document(raw, "zh", date(2024, 4, 22)).events] == ["press_conference"]
    raw = ("日前，市人民政府办公室印发了《玉林市中医药产业高质量发展三年行动方案（2023—2025年）》（以下简称《行动方案》）。"
           "市卫生健康委会同有关部门起草了《行动方案》，经市人民政府同意，于6月9日由市人民政府办公室正式印发实施。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2023, 6, 21)).events] == [
        ("release", date(2023, 6, 9))]


def test_a_release_at_the_meeting_and_a_regulation_signed_as_a_decree_take_their_days():
    raw = ("The Sichuan Provincial Department of Agriculture and Rural Affairs held a provincial video conference on "
           "veterinary drug supervision in Chengdu on Tuesday, March 21. The meeting also released the Sichuan "
           "Implementation Plan for the Action to Reduce the Use of Veterinary Antimicrobials (2023-2025).")
    found = {(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2023, 3, 24)).events}
    assert ("release", date(2023, 3, 21)) in found
    raw = ("China has published a revised regulation on pesticide management, according to a State Council decree. "
           "The revised Regulations on Pesticide Administration, signed by Premier Li Keqiang as State Council Decree "
           "No. 677 on March 16, will take effect on June 1.")
    [release] = extract_document(raw, "en", date(2017, 3, 20)).events
    assert (release.event_type, release.start_date, release.organizer_ids) == ("release", date(2017, 3, 16), ("state-council",))


def test_zh_a_visit_among_the_clauses_of_what_is_still_to_come_is_none():
    raw = ("9月22日，第三届中国·江油附子产业发展大会开幕。9月23日（周六），大会还将举办附子产业高质量发展论坛，"
           "并组织与会嘉宾实地考察太平镇、彰明镇附子种植基地。")
    assert [e.event_type for e in extract_document(raw, "zh", date(2023, 9, 23)).events] == ["meeting"]


def test_a_release_told_by_a_participle_without_a_comma_and_the_signing_of_a_plan_witnessed():
    raw = ("The training followed the Notice on Issuing the DRG/DIP 2.0 Grouping Schemes and Further Advancing Related "
           "Work released by the General Office of the National Healthcare Security Administration on July 23.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 8, 16)).events] == [
        ("release", date(2024, 7, 23))]
    raw = ("Ma Xiaowei held video talks with Ethiopian Minister of Health Lia Tadesse on December 9. After the talks, the "
           "two ministers witnessed the online signing of the Implementation Plan on Health Cooperation between the two "
           "ministries (2022-2024).")
    assert ("signing", date(2021, 12, 9)) in [(e.event_type, e.start_date)
                                              for e in extract_document(raw, "en", date(2021, 12, 10)).events]


def test_what_a_relative_clause_says_was_approved_already_is_no_decision():
    raw = ("The Center for Drug Evaluation of the National Medical Products Administration on Thursday published a list "
           "covering 48 products that have been approved in the United States, the European Union or Japan.")
    assert [e.event_type for e in extract_document(raw, "en", date(2018, 11, 1)).events] == []


def test_bids_opened_a_publicity_event_a_visit_others_were_led_on_and_a_quotation_that_says_what_ought_to_be():
    raw = ("The procurement of orthopedic trauma consumables led by the alliance opened bids in Shijiazhuang on Thursday. "
           "On Tuesday, the Nanping Municipal Administration for Market Regulation held a drug safety publicity event in "
           "Xingcun town. On Wednesday, Sun and Wang led participants to visit a medicinal rose planting base in Pingyin "
           "county.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2021, 11, 26)).events] == [
        ("other", date(2021, 11, 25)), ("other", date(2021, 11, 23)), ("visit", date(2021, 11, 24))]
    raw = '"Patients should not pay more," Ding Yiling said at a briefing in Beijing on Monday.'
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 11, 12)).events] == [
        ("press_conference", date(2024, 11, 11))]


def test_projects_signed_at_a_dated_conference_a_matchmaking_conference_and_a_delegation_of_a_named_body():
    raw = ("URUMQI, Aug. 22 -- Twenty-eight biomedicine projects with a total investment of 16.3 billion yuan were "
           "signed at the 2024 Xinjiang Biomedicine Industry Investment Promotion Conference, which was held in Urumqi "
           "from Tuesday to Wednesday.")
    events = extract_document(raw, "en", date(2024, 8, 22)).events
    assert ("signing", date(2024, 8, 20)) in [(e.event_type, e.start_date) for e in events]
    assert "16.3 billion yuan" in next(e.name for e in events if e.event_type == "signing")    # (not cut at "16.")
    raw = ("The Director of Health, Dr Ronald Lam, led a delegation of the Department of Health (DH) to Foshan and "
           "Jiangmen in Guangdong Province from yesterday (November 21) to today (November 22) to exchange views.")
    [trip] = extract_document(raw, "en", date(2024, 11, 22)).events
    assert (trip.event_type, trip.start_date, trip.end_date) == ("visit", date(2024, 11, 21), date(2024, 11, 22))
    raw = ("Ma Xiaowei, minister of the National Health Commission, who led the Chinese delegation to the assembly, "
           "spoke on May 21.")
    assert [e.event_type for e in extract_document(raw, "en", date(2019, 5, 27)).events] == []


def test_people_gathered_for_a_session_a_group_that_went_somewhere_to_look_into_it_and_a_tally_of_agreements():
    raw = ("More than 230 managers gathered in Nanjing on Wednesday for a training session on patent linkage. From May "
           "22 to 24, a working group of the NHC went to Changsha and Zhuzhou in Hunan province to look into the "
           "transformation of township health centers. By the end of 2022, institutions had signed 84,000 pairs of "
           "cooperation agreements.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 5, 17)).events] == [
        ("meeting", date(2024, 5, 15)), ("visit", date(2024, 5, 22))]


def test_an_announcement_the_bodies_said_they_made_a_release_by_two_general_offices_and_a_date_it_applies_from():
    raw = ("China will place all nitazene-type substances under class-wide control starting July 1, the Ministry of "
           "Public Security, the National Health Commission and the National Medical Products Administration said in "
           "a joint announcement on Monday. Under the Announcement on Listing Nitazene-type Substances in the "
           "Supplementary List of Controlled Narcotic Drugs, any substance with the core structure will be controlled.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 6, 4)).events] == [
        ("release", date(2024, 6, 3))]
    raw = ("The approval reflects the review reform launched by the Opinions on Deepening the Reform of the Review and "
           "Approval System, issued by the General Office of the CPC Central Committee and the General Office of the "
           "State Council on 8 October 2017.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2019, 2, 26)).events] == [
        ("release", date(2017, 10, 8))]


def test_zh_signed_before_the_meeting_and_another_meeting_presided_over_too():
    raw = ("11月7日下午，省长许昆林在南京会见阿斯利康全球首席执行官苏博科一行。会见前，省商务厅与阿斯利康（中国）签署"
           "《深化战略合作备忘录》。")
    assert ("signing", date(2023, 11, 7)) in [(e.event_type, e.start_date)
                                              for e in extract_document(raw, "zh", date(2023, 11, 8)).events]
    raw = "9月5日，王正谱在石家庄调研。随后，王正谱主持召开座谈会，听取汇报。当天，王正谱还主持召开专题会议，研究部署工作。"
    assert [e.event_type for e in extract_document(raw, "zh", date(2023, 9, 6)).events] == ["visit", "meeting", "meeting"]


def test_remarks_made_during_a_tour_and_a_symposium_during_the_trip_take_the_day_the_remarks_were_made():
    raw = ("BEIJING, Dec. 13 (Xinhua) -- Chinese Vice Premier Liu Guozhong on Wednesday called for efforts to ensure the "
           "supply of medicines. Liu made the remarks during an inspection tour in Beijing, where he visited a pediatric "
           "outpatient department.\n\nDuring the trip, Liu presided over a symposium attended by officials.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2023, 12, 13)).events] == [
        ("visit", date(2023, 12, 13)), ("meeting", date(2023, 12, 13))]


def test_a_list_announced_at_a_meeting_dates_the_meeting_and_what_was_released_there():
    raw = ("Shanghai named its first 18 digital transformation benchmark factories in the pharmaceutical industry on Monday. "
           "The list was announced at a promotion meeting held in the Zhangjiang Science City by the Shanghai Municipal "
           "Medical Products Administration. At the meeting, the department released the Shanghai Action Plan for the "
           "Digital Transformation of the Pharmaceutical Industry (2025-2027).")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2025, 7, 22)).events] == [
        ("meeting", date(2025, 7, 21)), ("release", date(2025, 7, 21))]


def test_zh_a_meeting_held_by_video_is_no_visit_and_a_report_unveiled_at_a_conference_dates_it():
    raw = "22日下午，省药监局党组书记、局长谭颖以视频方式会见世界卫生组织驻华代表高力，双方就药品监管合作交换了意见。"
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2021, 7, 23)).events] == [
        ("meeting", date(2021, 7, 22))]
    raw = ("HARBIN, May 17 -- The Heilongjiang Medical Products Administration on Thursday released the Heilongjiang "
           "Provincial Annual Report on Adverse Drug Reaction Monitoring (2023). The report was unveiled at the province's "
           "2024 pharmacovigilance work conference held in Harbin.")
    assert sorted((e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 5, 17)).events) == [
        ("meeting", date(2024, 5, 16)), ("release", date(2024, 5, 16))]


def test_research_done_in_places_on_days_told_is_a_visit_and_a_symposium_after_it_takes_its_own_clauses_day():
    raw = ("Huang Kunming, Secretary of the CPC Guangdong Provincial Committee, conducted research on the biomedicine and "
           "health industry in Guangzhou and Zhuhai from May 27 to 28, and presided over a symposium on the development "
           "of the industry in Guangzhou on Wednesday.")
    assert [(e.event_type, e.start_date, e.end_date) for e in extract_document(raw, "en", date(2024, 5, 30)).events] == [
        ("visit", date(2024, 5, 27), date(2024, 5, 28)), ("meeting", date(2024, 5, 29), None)]
    # (a study's research is no trip)
    raw = "The team conducted research on the compound in mice from 2019 to 2021."
    assert extract_document(raw, "en", date(2024, 5, 30)).events == []


def test_the_same_day_looks_back_past_sentences_on_what_was_issued():
    raw = ("The National Healthcare Security Administration issued the Notice on Issuing the 2.0 Version of the DRG/DIP "
           "Grouping Schemes on Tuesday. The new DRG scheme includes 409 core groups, the NHSA said.\n\nAll pooling "
           "regions must switch to the new version by the end of this year, the notice said.\n\nThe updated groupings put "
           "more emphasis on specialties. Hospitals may apply for case-by-case assessment. Such cases should not exceed 5 "
           "percent, the notice said.\n\n\"The scheme is the core standard,\" Huang Xinyu, director general at the NHSA, "
           "said at a briefing in Beijing on the same day.")
    assert sorted((e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 7, 24)).events) == [
        ("press_conference", date(2024, 7, 23)), ("release", date(2024, 7, 23))]


def test_earlier_in_the_day_is_the_day_told_before():
    raw = ("Chinese Premier Li Qiang on Tuesday presided over a symposium in Beijing. Earlier in the day, Li visited a "
           "biopharmaceutical company in Beijing.")
    assert sorted((e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 11, 19)).events) == [
        ("meeting", date(2024, 11, 19)), ("visit", date(2024, 11, 19))]


def test_a_notice_issuing_a_plan_releases_the_plan_and_what_was_since_signed_has_no_day():
    raw = ("On 30 July 2024, the General Department of the National Medical Products Administration issued the Notice on "
           "Issuing the Work Plan for the Pilot Program to Optimize the Review and Approval of Clinical Trials for "
           "Innovative Drugs. The NMPA confirmed at a press briefing on Thursday, 12 September 2024 that Beijing had been "
           "approved as a pilot region. The Beijing Municipal Medical Products Administration has since signed cooperation "
           "memoranda with 10 hospitals.")
    found = sorted((e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 10, 10)).events)
    assert found == [("press_conference", date(2024, 9, 12)), ("release", date(2024, 7, 30)), ("signing", None)]


def test_officials_who_met_the_media_held_a_press_session():
    raw = "醫務衞生局局長盧寵茂今日較早時聯同保安局局長鄧炳強會見傳媒，介紹依托咪酯列為危險藥物的安排。"
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2025, 2, 13)).events] == [
        ("press_conference", date(2025, 2, 13))]
    raw = "羅家豪在行程最後一日會見傳媒時表示，是次訪問收穫豐富。"     # (where a remark was made: no press session)
    assert not [e for e in extract_document(raw, "zh", date(2025, 2, 13)).events if e.event_type == "press_conference"]
    raw = "The Secretary for Health, Professor Lo Chung-mau, met the media after attending a function today (February 13)."
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2025, 2, 13)).events] == [
        ("press_conference", date(2025, 2, 13))]


def test_zh_a_visit_told_as_fangshi():
    raw = "衛福部部長邱泰源於8月18日（星期日）上午前往臺北市大同區一家社區藥局訪視，瞭解藥師調劑慢箋及提供用藥諮詢情形。"
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 8, 20)).events] == [
        ("visit", date(2024, 8, 18))]


def test_a_videoconference_is_a_meeting():
    raw = "Also on Sunday, the Jilin Provincial Drug Safety Committee held a videoconference to deploy work on drug safety."
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2023, 8, 8)).events] == [
        ("meeting", date(2023, 8, 6))]


def test_zh_a_delegation_that_kaocha_the_next_day():
    raw = ("5月20日，省长王浩在杭州会见新加坡卫生部长王乙康一行。省政府副秘书长沈建明参加会见。\n"
           "次日，王乙康一行还考察了浙江大学医学院附属第一医院余杭院区和杭州医药港小镇，了解我省智慧医院建设。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 5, 22)).events] == [
        ("visit", date(2024, 5, 20)), ("visit", date(2024, 5, 21))]


def test_zh_an_inspection_campaign_set_for_months_to_come_is_no_visit():
    raw = ("黄伟明表示,县市场监管局将加强对基层医疗机构药品储存、养护等环节的检查,8月下旬至9月底开展一次基层医疗机构药品质量安全专项检查。"
           "会议明确，三部门近期将联合印发实施方案，并于7月至8月开展专项督导。")
    assert not [e for e in extract_document(raw, "zh", date(2022, 6, 20)).events if e.event_type == "visit"]


def test_a_joint_announcement_released_on_a_day_dates_the_announcement_named_next():
    raw = ("China will add oliceridine to its list of narcotic drugs from October 1, according to a joint announcement "
           "released on Wednesday by three departments. The Announcement on Adjusting the Catalogue of Narcotic Drugs and "
           "Psychotropic Substances was issued by the National Medical Products Administration.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2023, 9, 7)).events] == [
        ("release", date(2023, 9, 6))]


def test_a_campaign_deployed_at_a_conference_and_a_plan_issued_on_the_same_day_take_the_day_told_before():
    raw = ("China's top drug regulator on Thursday launched a special rectification campaign on drug safety.\n\n"
           "The campaign was deployed at a national video and telephone conference held by the National Medical Products "
           "Administration (NMPA) in Beijing. Xu Jinghe, deputy commissioner of the NMPA, attended the meeting.\n\n"
           "According to the Work Plan for the Special Rectification Campaign on Drug Safety issued by the NMPA on the "
           "same day, the campaign will last from April to December 2022.\n\n"
           "Earlier in April, the NMPA and the Ministry of Public Security held a working meeting on April 12.")
    found = {(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2022, 4, 29)).events}
    assert found == {("meeting", date(2022, 4, 28)), ("release", date(2022, 4, 28)), ("meeting", date(2022, 4, 12))}


def test_an_announcement_issuing_a_guideline_releases_it_that_day():
    raw = ("• The NMPA has issued the Technical Guideline for the Use of Real-World Data in the Clinical Evaluation of "
           "Medical Devices (Trial), effective immediately.\n\nOn Thursday, 26 November 2020, the NMPA published an "
           "announcement issuing the Technical Guideline for the Use of Real-World Data in the Clinical Evaluation of "
           "Medical Devices (Trial).")
    found = [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2020, 11, 30)).events]
    assert found == [("release", date(2020, 11, 26))]


def test_zh_a_visit_to_two_places_listed_and_the_symposium_it_held_told_again_after():
    raw = ("2月27日（星期二），省长赵龙到福建省医疗保障服务中心、福州市医保服务大厅调研，并主持召开座谈会。"
           "在省医疗保障服务中心，赵龙察看医保信息平台运行监测大屏。随后召开的座谈会上，省医疗保障局局长郑丽娜汇报了工作情况。")
    found = sorted((e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 2, 28)).events)
    assert found == [("meeting", date(2024, 2, 27)), ("visit", date(2024, 2, 27))]


def test_zh_going_deep_into_counties_then_researching_is_a_visit_but_going_deep_into_reform_is_not():
    raw = "6月10日至11日，副省长方光华深入商洛市镇安县、柞水县，调研紧密型县域医疗卫生共同体建设工作。"
    found = [(e.event_type, e.start_date, e.end_date) for e in extract_document(raw, "zh", date(2021, 6, 15)).events]
    assert found == [("visit", date(2021, 6, 10), date(2021, 6, 11))]
    assert not extract_document("6月10日，各地深入推进改革，调研工作有序开展。", "zh", date(2021, 6, 15)).events


def test_an_event_the_following_day_in_a_sentence_dated_by_another_clause():
    raw = ("Vice Governor An Lijia inspected the Changchun Medical Device Industrial Park on Tuesday, and chaired a "
           "symposium on the development of the province's medical device industry the following day.")
    found = sorted((e.event_type, e.start_date) for e in extract_document(raw, "en", date(2021, 5, 20)).events)
    assert found == [("meeting", date(2021, 5, 19)), ("visit", date(2021, 5, 18))]
    raw = "5月21日，省药监局局长王伟到企业调研，次日在南昌召开座谈会。"
    found = sorted((e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2021, 5, 25)).events)
    assert found == [("meeting", date(2021, 5, 22)), ("visit", date(2021, 5, 21))]


def test_zh_a_meeting_of_two_days_until_the_day_it_ended():
    raw = "本周二，全区医疗器械不良事件监测工作会议在呼和浩特开班，会期两天，至16日结束。局长高峰出席并讲话。"
    found = [(e.event_type, e.start_date, e.end_date) for e in extract_document(raw, "zh", date(2019, 1, 18)).events]
    assert found == [("meeting", date(2019, 1, 15), date(2019, 1, 16))]


def test_zh_taiwans_banli_of_a_quoted_seminar_holds_it():
    raw = ("衛生福利部食品藥物管理署與財團法人藥害救濟基金會於民國113年11月5日（星期二）假臺北市國際會議中心共同辦理"
           "「113年藥物安全監視研討會」，邀請專家共逾300人參與。")
    found = [(e.event_type, e.start_date, e.name) for e in extract_document(raw, "zh", date(2024, 11, 5)).events]
    assert found == [("meeting", date(2024, 11, 5), "113年药物安全监视研讨会")]


@pytest.mark.parametrize("raw, expected", [
    # said at a press conference, as English "said at a press conference"
    ("卫生福利部部长陈时中今日下午在记者会上宣布，系统上线。", [("press_conference", date(2020, 3, 11), "记者会")]),
    ("中央流行疫情指揮中心指揮官陳時中今(11)日下午於指揮中心記者會宣布，系統將於明(12)日上線。",
     [("press_conference", date(2020, 3, 11), "指挥中心记者会")]),
    ("国家卫生健康委主任马晓伟11日在国新办新闻发布会上介绍，要加强监管。",
     [("press_conference", date(2020, 3, 11), "新闻发布会")]),
])
def test_zh_said_at_a_gathering_reports_it(raw, expected):
    events = extract_document(raw, "zh", date(2020, 3, 11)).events
    assert len(events) == len(expected)
    # (the name's end: where it starts is another matter)
    assert [(e.event_type, e.start_date, e.name[-len(x[2]):]) for e, x in zip(events, expected)] == expected


def test_zh_the_press_conference_pointed_back_to_is_the_one_reported():
    raw = ("陳時中今(11)日下午於指揮中心記者會宣布，口罩實名制2.0上線。陳時中表示，自2月6日實施口罩實名制以來，藥局每日販售"
           "口罩已逾400萬片。行政院政務委員唐鳳在記者會上說明，網路預購每期成人可購買9片。")
    events = extract_document(raw, "zh", date(2020, 3, 11)).events
    assert [(e.event_type, e.start_date) for e in events] == [("press_conference", date(2020, 3, 11))]
    assert "唐凤" in [a.name for a in events[0].attendees]


def test_zh_gone_to_a_place_to_see_it_is_a_visit():
    raw = "李伯璋今日上午前往臺北市大安區一家健保特約藥局，實地了解藥師販售口罩及健保卡讀卡作業情形。"
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2020, 3, 11)).events] == [
        ("visit", date(2020, 3, 11))]


def test_zh_a_sentence_opening_on_the_site_a_trip_went_on_to_continues_its_day():
    raw = ("13日上午，孙东生先后来到利民生物医药产业园、深哈产业园科技创新中心，实地察看企业。在产业园综合服务中心，孙东生主持"
           "召开座谈会，听取汇报。")
    found = [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2023, 6, 15)).events]
    assert found == [("visit", date(2023, 6, 13)), ("meeting", date(2023, 6, 13))]


def test_approvals_tallied_since_a_mechanism_began_are_no_event():
    raw = ("On Monday, Hong Kong's Health Bureau said the Department of Health had approved 14 new drugs under the "
           "\"1+\" mechanism since it took effect in November 2023.")
    assert extract_document(raw, "en", date(2025, 1, 20)).events == []


def test_two_directives_released_together_after_a_nickname_defined_with_an_order_number():
    raw = ("On 30 December 2020, the National Healthcare Security Administration (\"NHSA\") released the Interim Measures "
           "for the Administration of Medical Insurance Designation of Retail Pharmacies (NHSA Order No. 3, the \"Pharmacy "
           "Measures\") together with the Interim Measures for the Administration of Medical Insurance Designation of "
           "Medical Institutions (NHSA Order No. 2). The Pharmacy Measures list circumstances.")
    x = extract_document(raw, "en", date(2021, 1, 8))
    assert [(e.event_type, e.start_date, e.name[-20:]) for e in x.events] == [
        ("release", date(2020, 12, 30), "of Retail Pharmacies"), ("release", date(2020, 12, 30), "Medical Institutions")]
    assert len(x.directives) == 2     # (the nickname is the first one's)


@pytest.mark.parametrize("raw, language, name", [
    ("The 2024 Seminar on Drug Regulation for Developing Countries, hosted by the NMPA Institute of Executive Development "
     "(IED), closed in Beijing on Wednesday, October 30. Thirty-two officials completed the programme.\n\nThe seminar "
     "opened on October 10. Zhao Junning attended the opening ceremony.", "en",
     "2024 Seminar on Drug Regulation for Developing Countries"),
    ("第十届研讨会30日在北京闭幕。来自16个国家的学员参加。研讨会于10日开幕，赵军宁出席开幕式。", "zh", "第十届研讨会"),
])
def test_a_meeting_told_closing_on_one_day_and_opening_on_another_ran_between_them(raw, language, name):
    found = [(e.event_type, e.start_date, e.end_date, e.name) for e in extract_document(raw, language, date(2024, 10, 31)).events
             if e.event_type == "meeting"]
    assert found == [("meeting", date(2024, 10, 10), date(2024, 10, 30), name)]


def test_zh_a_ceremony_joined_to_a_seminar_and_its_opening_ceremony_are_the_seminar():
    raw = ("食藥署今（27）日舉辦「112年度管制藥品管理研討會暨績優機構表揚典禮」，頒獎表揚績優機構。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2023, 11, 27)).events] == [
        ("meeting", date(2023, 11, 27))]
    raw = ("为期两天的「2024粤港澳大湾区中药标准研讨会」今日（六月十八日）在香港举行。卢宠茂在「2024粤港澳大湾区中药标准研讨会」"
           "开幕典礼致辞。")
    assert [(e.event_type, e.name) for e in extract_document(raw, "zh", date(2024, 6, 18)).events] == [
        ("meeting", "2024粤港澳大湾区中药标准研讨会")]


def test_zh_a_headlines_day_something_applies_from_dates_no_event_it_names():
    raw = ("“黄冈惠民保”签约仪式举行 12月10日起开放参保\n12月6日（星期二）上午，“黄冈惠民保”签约仪式在市行政中心举行。"
           "副市长郑晓峰出席并讲话，市医疗保障局局长胡勇主持签约仪式。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2022, 12, 8)).events] == [
        ("signing", date(2022, 12, 6))]


def test_zh_a_transcripts_today_is_its_header_day():
    raw = ("“提升合理用药水平”新闻发布会文字实录\n发布时间：2024年11月19日（星期二）上午10:00\n"
           "主持人：江苏省人民政府新闻办公室副主任 王静宜\n王静宜：各位记者朋友，大家上午好！今天，我们举行新闻发布会，介绍有关情况。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 11, 20)).events] == [
        ("press_conference", date(2024, 11, 19))]


def test_zh_a_meetings_opening_ceremony_named_with_its_year_is_the_meeting():
    raw = ("醫院管理局研討大會2024今日（五月七日）開幕。醫務衞生局局長盧寵茂在醫院管理局研討大會2024開幕典禮致辭。")
    assert [e.event_type for e in extract_document(raw, "zh", date(2024, 5, 7)).events] == ["meeting"]


def test_zh_a_deadline_day_dates_no_event_and_a_trip_after_the_meeting_keeps_its_day():
    raw = ("6月13日上午，三七产业高质量发展座谈会在文山召开。王建勋表示，州市场监管局将以此次座谈会为契机，于7月31日前逐项"
           "研究答复。会后，杨庆明一行还实地调研了文山三七国际交易市场。")
    found = [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2023, 6, 14)).events]
    assert found == [("meeting", date(2023, 6, 13)), ("visit", date(2023, 6, 13))]


def test_zh_said_in_a_press_conference_named_with_its_host_and_day():
    raw = "食藥署署長吳秀梅於19日上午中央流行疫情指揮中心記者會中說明，本案係依據《藥事法》辦理。"
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2021, 7, 19)).events] == [
        ("press_conference", date(2021, 7, 19))]


def test_zh_a_day_a_speaker_at_the_press_conference_tells_is_not_its_day():
    raw = "食藥署副署長王德原於記者會中說明，《化粧品衛生安全管理法》於107年5月2日經總統公布，自今年7月1日起實施。"
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 6, 25)).events] == [
        ("press_conference", None)]


def test_en_a_law_enforcement_inspection_told_by_what_the_team_examined():
    raw = ("An inspection team of the Standing Committee of the National People's Congress examined the enforcement of the "
           "Drug Administration Law in northwest China's Gansu Province from Monday to Thursday.")
    assert [(e.event_type, e.start_date, e.end_date) for e in extract_document(raw, "en", date(2024, 5, 24)).events] == [
        ("visit", date(2024, 5, 20), date(2024, 5, 23))]


def test_en_field_research_in_a_place_and_a_legislative_hearing():
    raw = "From June 17 to 21, the team conducted field research in Zhejiang and Sichuan provinces, visiting hospitals."
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 10, 24)).events] == [
        ("visit", date(2024, 6, 17))]
    raw = "Sixteen citizens took the floor on Tuesday afternoon at a legislative hearing on the draft regulations."
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2023, 6, 21)).events] == [
        ("meeting", date(2023, 6, 20))]


def test_zh_a_meeting_named_as_what_a_trip_prepared_for_is_not_reported_there():
    raw = "为开好此次座谈会，全国政协教科卫体委员会于9月11日至15日组织调研组赴浙江、湖南两省开展专题调研。"
    assert [e.event_type for e in extract_document(raw, "zh", date(2023, 11, 25)).events] == ["visit"]


def test_zh_members_led_to_look_at_a_work_and_a_consultation_meeting():
    raw = "9月14日至15日，县人大常委会主任王建军带领部分县人大常委会组成人员和县人大代表，对全县药品安全工作进行视察。"
    assert [(e.event_type, e.start_date, e.end_date) for e in extract_document(raw, "zh", date(2022, 9, 16)).events] == [
        ("visit", date(2022, 9, 14), date(2022, 9, 15))]
    raw = "7月20日（星期四）下午，市政协召开“加强医保基金监管”专题协商会，与市政府及相关部门面对面协商交流。"
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2023, 7, 21)).events] == [
        ("meeting", date(2023, 7, 20))]


def test_zh_an_official_reporting_in_a_later_sentence_does_not_host_the_meeting():
    raw = ("当天下午，成岳冲主持召开座谈会，听取我县中药材产业发展情况汇报。县长陈丽萍汇报了全县中药材种植情况。"
           "县市场监管局局长吴志强就中药饮片生产经营监管等工作作了补充汇报。")
    [meeting] = extract_document(raw, "zh", date(2019, 9, 13)).events
    assert meeting.organizer_ids == ()


def test_en_releases_told_as_a_count_the_sentence_before_take_its_day():
    raw = ("Three departments jointly released two sets of rules on Tuesday (July 30) governing online diagnosis. The Tianjin "
           "Municipal Health Commission issued the Implementation Rules of Tianjin Municipality for the Supervision of "
           "Internet Diagnosis and Treatment and the Measures of Tianjin Municipality for the Administration of "
           "Electronic Prescription Circulation (Trial).")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 8, 1)).events] == [
        ("release", date(2024, 7, 30)), ("release", date(2024, 7, 30))]


def test_zh_a_day_of_what_a_meeting_resolved_is_not_its_day():
    raw = ("衛生福利部已於上（2）月26日（星期三）邀集22個縣市衛生局召開「處方藥品網路販售管理協調會議」，決議由食藥署與各縣市"
           "衛生局自3月10日起至4月30日止，共同執行「GLP-1類藥品流通稽查專案」。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2025, 3, 4)).events] == [
        ("meeting", date(2025, 2, 26))]


def test_zh_the_period_a_press_conference_reports_on_is_not_its_day():
    raw = "藥物監督管理局今（19）日下午聯同海關召開新聞發佈會，公佈去年9月1日至12月31日期間雙方聯合開展的“護藥行動”成果。"
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 1, 19)).events] == [
        ("press_conference", date(2024, 1, 19))]


def test_zh_a_transcripts_today_posted_the_day_after_is_the_day_its_lead_gives():
    raw = ("9月9日（星期一）下午3时，湛江市人民政府新闻办公室召开新闻发布会，介绍医药物资保障工作有关情况。\n"
           "主持人 陈晓东：\n各位记者朋友，大家下午好！今天我们召开新闻发布会。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 9, 10)).events] == [
        ("press_conference", date(2024, 9, 9))]


def test_zh_an_official_leading_others_to_places_in_turn_to_check_them_on_site():
    raw = ("9月4日（星期三）上午，副市长王红梅带领市工信局、市卫生健康局负责同志，先后到国药控股湛江有限公司和湛江中心人民医院，"
           "实地检查应急药品储备情况。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 9, 10)).events] == [
        ("visit", date(2024, 9, 4))]


def test_en_inspections_told_as_done_in_the_passive_and_places_inspected_are_no_visit():
    raw = ("The inspections were conducted from August 23 to September 10 by six teams of inspectors. Among the institutions "
           "inspected were the Union Hospital of Tongji Medical College.")
    assert [(e.event_type, e.start_date, e.end_date) for e in extract_document(raw, "en", date(2021, 9, 13)).events] == [
        ("visit", date(2021, 8, 23), date(2021, 9, 10))]


def test_zh_a_consultation_meeting_and_a_document_co_signed_at_it():
    raw = ("3月21日（星期二）下午，缙云县人民检察院与缙云县市场监督管理局召开药品安全行政公益诉讼诉前磋商会。"
           "会上，双方会签了《关于建立药品安全领域公益诉讼协作配合机制的实施意见》。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2023, 3, 23)).events] == [
        ("meeting", date(2023, 3, 21)), ("signing", date(2023, 3, 21))]


def test_zh_a_trips_first_day_told_after_its_last_dates_what_followed_it():
    raw = ("醫務衞生局局長盧寵茂今日（十一月十七日）繼續率領代表團在江門訪問，結束兩日的大灣區城市考察行程。"
           "代表團昨日（十一月十六日）上午抵達中山，與中山市市長肖展欣會面。他期望中山有更多醫療機構加入。\n"
           "其後，代表團與廣東省藥品監督管理局局長江效東舉行工作會議。")
    assert [(e.event_type, e.start_date, e.end_date) for e in extract_document(raw, "zh", date(2023, 11, 17)).events] == [
        ("visit", date(2023, 11, 16), date(2023, 11, 17)), ("meeting", date(2023, 11, 16), None)]


def test_zh_a_talk_held_is_a_meeting_and_a_papers_lead_does_not_hide_its_day():
    held = "10月16日下午，省长王伟中会见蒙博涛一行。\n当天上午，省药品监督管理局局长江效东与西门子医疗代表团举行工作座谈。"
    assert [(e.event_type, e.start_date) for e in extract_document(held, "zh", date(2024, 10, 17)).events] == [
        ("visit", date(2024, 10, 16)), ("meeting", date(2024, 10, 16))]
    lead = "陈绍旺与企业代表座谈\n本报讯（记者 孙丽萍）6月13日下午，市长陈绍旺在市政府与我市生物医药企业代表座谈。"
    assert [(e.event_type, e.start_date) for e in extract_document(lead, "zh", date(2023, 6, 14)).events] == [
        ("meeting", date(2023, 6, 13))]


def test_zh_signed_during_the_meeting_is_on_its_day():
    raw = ("9月24日上午，国家药监局局长李利在京会见韩国食品药品安全处处长吴有卿一行。李利表示，两国合作密切。\n"
           "会见中，双方签署了《关于医疗产品监管合作的谅解备忘录》。")
    found = extract_document(raw, "zh", date(2024, 9, 25))
    assert [(e.event_type, e.start_date) for e in found.events] == [
        ("visit", date(2024, 9, 24)), ("signing", date(2024, 9, 24))]
    assert "korea-mfds" in {a.agency_id for a in found.agencies}     # (韩国食品药品安全处, as the NMPA writes it)


def test_zh_a_matchmaking_session_and_a_study_session_are_meetings():
    raw = "周三下午，中国国际进口博览局与上海市商务委员会在展区联合举行“医药健康专场”交易对接活动。"
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2023, 11, 9)).events] == [
        ("meeting", date(2023, 11, 8))]
    raw = ("7月16日上午，省卫生健康委党组理论学习中心组举行2024年第六次集体学习。\n"
           "当天下午，省卫生健康委召开2024年上半年工作推进会。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 7, 17)).events] == [
        ("meeting", date(2024, 7, 16)), ("meeting", date(2024, 7, 16))]


def test_zh_two_meetings_of_one_body_in_the_morning_and_the_afternoon():
    raw = ("2023年全省药品监管工作会议在合肥召开\n2月9日上午，2023年全省药品监管工作会议在合肥召开。\n"
           "当天下午，省药监局召开党风廉政建设工作会议暨警示教育会。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2023, 2, 10)).events] == [
        ("meeting", date(2023, 2, 9)), ("meeting", date(2023, 2, 9))]


def test_zh_a_sub_forum_named_in_quotes_is_a_session_of_its_own():
    raw = ("博鳌亚洲论坛2024年年会于3月26日至29日在海南博鳌举行。"
           "周三（3月27日）下午，年会“创新药械：从研发到可及”分论坛在东屿岛大酒店举行。")
    events_ = extract_document(raw, "zh", date(2024, 3, 28)).events
    assert [(e.event_type, e.start_date, e.end_date) for e in events_] == [
        ("meeting", date(2024, 3, 26), date(2024, 3, 29)), ("meeting", date(2024, 3, 27), None)]
    assert events_[1].name.endswith("分论坛")


def test_zh_workshops_and_training_courses_held():
    raw = ("衛生福利部食品藥物管理署於今（9）日至10日假臺北國際會議中心舉辦「2022 APEC法規科學卓越中心優良查驗登記管理（GRM）工作坊」。\n"
           "衞生署亦已於本月十三日至十七日聯同醫院管理局為前線醫生舉辦一連五日的抗生素合理使用培訓課程。")
    assert [(e.event_type, e.start_date, e.end_date) for e in extract_document(raw, "zh", date(2022, 11, 9)).events] == [
        ("meeting", date(2022, 11, 9), date(2022, 11, 10)), ("meeting", date(2022, 11, 13), date(2022, 11, 17))]


def test_en_a_plan_issued_told_outright_after_it_was_named():
    raw = ("The Information Office of Liaoning Provincial People's Government held a press conference in Shenyang on "
           "July 12, 2023, to introduce the Implementation Plan for Promoting High-quality Development of the Biomedicine "
           "Industry in Liaoning Province (2023-2025).\nThe plan was issued by the General Office of Liaoning Provincial "
           "People's Government on July 5.")
    events_ = extract_document(raw, "en", date(2023, 7, 12)).events
    assert [(e.event_type, e.start_date) for e in events_] == [
        ("press_conference", date(2023, 7, 12)), ("release", date(2023, 7, 5))]


def test_en_an_opening_ceremony_officiated_and_a_word_inside_a_bodys_name():
    raw = ("The Hong Kong International Medical and Healthcare Fair opened today at the Hong Kong Convention and "
           "Exhibition Centre.\nThe opening ceremony was officiated by Professor Lo Chung-mau, Secretary for Health.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 5, 13)).events] == [
        ("other", date(2024, 5, 13))]
    raw = "The ceremony on Nov 8 was organized by the China International Import Expo Bureau."
    assert [e.name for e in extract_document(raw, "en", date(2024, 11, 9)).events] == ["ceremony"]


def test_zh_a_release_already_done_on_a_day_told_after_its_title():
    raw = "她介绍，国家药监局会同国家卫生健康委制定的《医药代表备案管理办法（试行）》已于2020年9月22日发布，自2020年12月1日起施行。"
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2020, 12, 4)).events] == [
        ("release", date(2020, 9, 22))]


def test_zh_what_is_still_to_be_held_and_a_count_of_sessions():
    raw = ("11月22日，醫院管理局與深圳市衞生健康委員會簽署合作備忘錄。兩地藥劑部門亦會就臨床藥學服務、抗菌藥物管理等專題舉辦聯合工作坊。"
           "10月20日，副署長王德原率員赴國家衛生研究院座談，雙方同意於明（112）年上半年共同辦理查核人員培訓課程。")
    # (the talk held that day is one; the course agreed for next year and the workshops the two will hold are none)
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 11, 22)).events] == [
        ("signing", date(2024, 11, 22)), ("meeting", date(2024, 10, 20))]
    counted = "4月19日，2025年浙江省药学会学术年会在杭州开幕。年会同期举办药品监管科学、中药与天然药物等8个分论坛。"
    assert [e.event_type for e in extract_document(counted, "zh", date(2025, 4, 20)).events] == ["meeting"]
    series = "衛生局於8月30日至9月8日期間，以線上形式為本澳中藥房等舉辦共五場說明會，逾三百名業界人士參加。"
    assert [(e.event_type, e.start_date, e.end_date) for e in extract_document(series, "zh", date(2021, 9, 9)).events] == [
        ("meeting", date(2021, 8, 30), date(2021, 9, 8))]


def test_zh_an_inspection_of_what_is_in_the_places_gone_into():
    raw = ("9月10日至11日，盟市场监督管理局副局长乌云毕力格带领药品监管科相关人员，深入锡林浩特市、正蓝旗和多伦县，"
           "对药品零售企业开展节前药品安全监督检查。")
    assert [(e.event_type, e.start_date, e.end_date) for e in extract_document(raw, "zh", date(2024, 9, 13)).events] == [
        ("visit", date(2024, 9, 10), date(2024, 9, 11))]


def test_en_what_a_notice_requires_from_a_day_is_not_its_release_day_and_an_anaphor_takes_its_kind():
    raw = ("In January this year, the NHSA, the National Health Commission and the National Medical Products "
           "Administration jointly issued the Notice on Comprehensively Collecting and Applying Drug Traceability Codes, "
           "requiring all designated pharmacies to scan codes when dispensing reimbursed drugs from July 1, 2025.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2025, 4, 16)).events] == [
        ("release", None)]
    raw = ("China's revised Provisions for Drug Registration take effect today, completing the first layer of rules under "
           "the amended Drug Administration Law (DAL).\nThe provisions were issued on 22 January as Order No. 27 of the "
           "State Administration for Market Regulation.")
    assert [(e.name, e.start_date) for e in extract_document(raw, "en", date(2020, 7, 1)).events
            if e.event_type == "release"] == [("Provisions for Drug Registration", date(2020, 1, 22))]


def test_en_the_items_of_a_digest_take_their_headings_days():
    raw = ("Pharma Quarter in Review: Paxlovid Left Out, 111 Drugs In\nThe first quarter of 2023 saw China close its annual "
           "drug reimbursement talks.\nJan. 18: 2022 reimbursement list released\nThe NHSA and the Ministry of Human "
           "Resources and Social Security published the National Drug List for Basic Medical Insurance (2022).\nAt a press "
           "conference held by the NHSA that day, Huang Xinyu answered reporters' questions.\n"
           "Feb. 23: Rural health system opinions\nThe General Office of the State Council issued the Opinions on Further "
           "Deepening Reform to Promote the Healthy Development of the Rural Medical and Health System.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2023, 4, 3)).events] == [
        ("release", date(2023, 1, 18)), ("press_conference", date(2023, 1, 18)), ("release", date(2023, 2, 23))]
    bracketed = ("China Healthcare Regulatory Update (July 2015)\nThe first seven months of 2015 were busy.\n"
                 "5. CFDA orders self-inspection of clinical trial data (22 July 2015)\nThe CFDA issued the Announcement on "
                 "Conducting Self-inspection and Verification of Drug Clinical Trial Data.")
    assert [(e.event_type, e.start_date) for e in extract_document(bracketed, "en", date(2015, 7, 31)).events] == [
        ("release", date(2015, 7, 22))]


def test_en_a_teams_day_of_checks_and_a_day_a_mechanism_took_effect():
    raw = ("An inspection team from the Market Supervision and Administration Bureau of Xilingol League spent Thursday "
           "checking retail pharmacies and clinics in Xilinhot.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 9, 13)).events] == [
        ("visit", date(2024, 9, 12))]
    raw = ("On Tuesday (April 16), the delegation visited the Fujian Provincial Medical Products Administration, where the "
           "two sides exchanged views on the \"1+\" mechanism that took effect in Hong Kong on November 1 last year.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 4, 17)).events] == [
        ("visit", date(2024, 4, 16))]


def test_zh_that_evening_and_a_validity_period_and_the_yearly_reform_tasks():
    raw = ("5月27日至28日，副省长陈建军一行来眉调研医药健康产业发展。\n27日下午，陈建军一行先后来到眉山天府新区生物医药产业园。\n"
           "当晚，陈建军主持召开座谈会，听取眉山市医药健康产业发展情况汇报。")
    assert ("meeting", date(2025, 5, 27)) in [(e.event_type, e.start_date)
                                              for e in extract_document(raw, "zh", date(2025, 5, 29)).events]
    raw = ("11月28日，国家医保局召开新闻发布会。同日，国家医保局、人力资源社会保障部印发《关于将2019年谈判药品纳入药品目录乙类范围的通知》，"
           "明确谈判药品协议有效期为2020年1月1日至2021年12月31日。6月6日，国务院办公厅印发《深化医药卫生体制改革2024年重点工作任务》。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2019, 12, 2)).events] == [
        ("press_conference", date(2019, 11, 28)), ("release", date(2019, 11, 28)), ("release", date(2019, 6, 6))]


def test_en_a_release_day_told_beside_the_day_its_document_bears_and_past_its_number():
    raw = ("On Saturday, 28 February, the General Office of the State Council released the Guiding Opinions on Improving "
           "Centralized Drug Procurement in Public Hospitals (Guo Ban Fa [2015] No. 7), dated 9 February.\nThe State "
           "Council General Office's Guiding Opinions on the Pilot Comprehensive Reform of Urban Public Hospitals (Guo Ban "
           "Fa [2015] No. 38) were published on Sunday, 17 May.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2015, 7, 31)).events] == [
        ("release", date(2015, 2, 28)), ("release", date(2015, 5, 17))]


def test_en_a_media_session_is_a_press_event():
    raw = ("Following is the transcript of remarks by the Secretary for Health, Professor Lo Chung-mau, at a media session "
           "after attending a radio programme this morning (December 20):")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2022, 12, 20)).events] == [
        ("press_conference", date(2022, 12, 20))]


def test_zh_a_trip_to_places_listed_then_its_research():
    raw = "5月11日至12日，国家中医药局局长余艳红赴云南省昆明市、文山壮族苗族自治州，调研中药材市场建设情况。"
    assert [(e.event_type, e.start_date, e.end_date) for e in extract_document(raw, "zh", date(2023, 5, 13)).events] == [
        ("visit", date(2023, 5, 11), date(2023, 5, 12))]


def test_zh_a_guideline_named_back_to_right_after_its_release_verb():
    raw = ("此次价格项目设立，是落实国家医疗保障局《神经系统类医疗服务价格项目立项指南（试行）》的具体举措。"
           "3月12日，国家医保局印发该指南，首次为脑机接口新技术单独立项。")
    assert [(e.event_type, e.start_date, e.organizer_ids) for e in extract_document(raw, "zh", date(2025, 3, 20)).events] == [
        ("release", date(2025, 3, 12), ("nhsa",))]


def test_en_teams_sent_to_places_and_a_field_check_are_visits():
    raw = ("The National Medical Products Administration sent a working group to Linxia on Tuesday to guide the drug "
           "safety work.\nOn Wednesday, Qi Wei, director of the Gansu MPA, led a field check at the Dahejia town relief "
           "material center.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2023, 12, 22)).events] == [
        ("visit", date(2023, 12, 19)), ("visit", date(2023, 12, 20))]
    raw = ("The Hebei Provincial Drug Administration has sent inspection teams to flood-hit cities in the province to check "
           "pharmacies. Five teams were dispatched on Aug 2 to Baoding, Zhuozhou, Langfang, Xingtai and Shijiazhuang.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2023, 8, 9)).events] == [
        ("visit", date(2023, 8, 2))]
    # (a delegation sent to a conference attends it: no visit)
    assert extract_document("The ministry sent a delegation to the World Health Assembly on Monday.", "en",
                            date(2024, 5, 29)).events == []


def test_en_the_day_of_a_meeting_told_by_its_attendance_or_by_a_report_delivered_at_it():
    raw = ("The Secretary for Health, Professor Lo Chung-mau, met representatives of the pharmaceutical trade today "
           "(January 16) to learn about the supply of antiviral drugs. Also attending the meeting were the Under Secretary "
           "for Health, Dr Libby Lee; and the Director of Health, Dr Ronald Lam.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 1, 16)).events] == [
        ("meeting", date(2024, 1, 16))]
    raw = ("China's top legislature was told on Tuesday that the Vaccine Administration Law has been effectively "
           "enforced.\n\nDelivering a law enforcement inspection report at a plenary meeting of the ongoing 12th session "
           "of the 14th National People's Congress Standing Committee, He Wei said the law had helped.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 11, 6)).events] == [
        ("meeting", date(2024, 11, 5))]
    raw = ("Four Chinese authorities on Thursday launched a joint special rectification campaign.\n\nThe NHSA, the SPP, the "
           "MPS and the NHC held a national video conference in Beijing to mobilize the campaign.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 4, 19)).events] == [
        ("meeting", date(2024, 4, 18))]


def test_en_a_release_recalled_with_its_year_and_an_agreement_referred_to():
    raw = ("At a briefing on the release of the notice held in Beijing on Monday, Zhu Hongbiao said that since the State "
           "Council General Office issued the Opinions on Further Improving the Supply Guarantee and Price Stability of "
           "Drugs in Shortage in 2019, the country had basically established a coordinated mechanism.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 3, 12)).events] == [
        ("press_conference", date(2024, 3, 11))]
    raw = ("On Thursday, the three regulators held a working meeting in Hengqin to discuss the implementation details of "
           "the agreement.")
    assert [e.event_type for e in extract_document(raw, "en", date(2024, 12, 6)).events] == ["meeting"]


def test_en_projects_signed_and_a_plan_released_at_the_opening_ceremony_of_the_event_reported():
    raw = ("The 2024 Sichuan Biomedicine Industry Week opened in Chengdu on Friday. At the opening ceremony, 38 biomedicine "
           "projects with a total investment of 52.7 billion yuan were signed.\nOn Thursday evening, Governor Shi Xiaolin "
           "met in Chengdu with executives of multinational pharmaceutical companies attending the event.\nDuring the "
           "opening ceremony, the Sichuan MPA released the Sichuan Action Plan for Promoting the High-Quality Development "
           "of the Biomedicine Industry (2024-2027).")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 10, 19)).events] == [
        ("meeting", date(2024, 10, 18)), ("signing", date(2024, 10, 18)), ("visit", date(2024, 10, 17)),
        ("release", date(2024, 10, 18))]


def test_zh_a_trip_before_the_meeting_keeps_its_own_days_and_a_review_page_dates_its_year():
    raw = ("新华社北京5月23日电 全国政协23日在京召开双周协商座谈会，围绕“促进罕见病药物研发和供应保障”建言资政。\n"
           "会前，蒋作君率调研组赴上海、浙江开展专题调研，召开座谈会听取地方有关部门和专家意见。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2025, 5, 24)).events] == [
        ("meeting", date(2025, 5, 23)), ("visit", None), ("meeting", None)]
    # a meeting reported as held, on a day that without its year would be after publication: the year before
    raw = ("1月16日，南京市医疗保障局召开新闻发布会。2024年，全市医保部门持续加强基金监管。4月12日，市医保局会同市卫健委等六部门"
           "召开全市医保基金违法违规问题专项整治工作部署会。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2025, 1, 16)).events] == [
        ("press_conference", date(2025, 1, 16)), ("meeting", date(2024, 4, 12))]


def test_zh_inspections_projects_signed_on_site_and_two_named_meetings_that_day():
    raw = "12月20日至21日，局长马振祥带领工作组赴临夏州积石山县地震灾区，实地检查抗震救灾药品医疗器械质量安全保障工作。"
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2023, 12, 22)).events] == [
        ("visit", date(2023, 12, 20))]
    raw = ("9月17日，市人大常委会副主任王建勇带领部分市人大代表，对我市医保基金监管和国家组织药品集中带量采购（以下简称集采）药品落地"
           "情况开展专题视察。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2025, 9, 18)).events] == [
        ("visit", date(2025, 9, 17))]
    raw = ("4月17日，2025江西生物医药产业（上海）招商推介会在上海举行。推介会上，各设区市分别作了招商推介。现场集中签约26个项目，"
           "总金额182.6亿元。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2025, 4, 18)).events] == [
        ("meeting", date(2025, 4, 17)), ("signing", date(2025, 4, 17))]
    raw = ("第91届CMEF在沪开幕 同期举办医疗器械监管科学论坛\n4月8日，第91届中国国际医疗器械（春季）博览会（CMEF）在国家会展中心"
           "（上海）开幕。\n当天下午，由器审中心主办的2025医疗器械监管科学论坛同期举行。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2025, 4, 9)).events] == [
        ("meeting", date(2025, 4, 8)), ("meeting", date(2025, 4, 8))]


def test_zh_releases_this_year_and_meetings_expected_to_come():
    raw = ("今年以来，市医保局会同市卫生健康委联合印发《宜昌市2025年医保基金管理突出问题专项整治工作方案》。"
           "食藥署並預計於3月中旬再次召開協調會議追蹤供應情形。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2025, 9, 18)).events] == [
        ("release", None)]


def test_checks_carried_out_on_a_day_and_a_symposium_after_the_inspection():
    raw = ("Market regulators in Minhang District carried out unannounced checks on pharmacies on Friday. By the end of last "
           "week, officers had conducted inspections of 612 pharmacies.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 2, 5)).events] == [
        ("visit", date(2024, 2, 2))]
    raw = ("本月10日，区政协副主席刘建民带领部分区政协委员，就全区社区卫生服务中心药品配备使用情况开展专题视察。视察结束后，区政协"
           "召开座谈会。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2025, 4, 14)).events] == [
        ("visit", date(2025, 4, 10)), ("meeting", date(2025, 4, 10))]


def test_a_regulators_dialogue_its_memorandum_renewed_after_it_and_a_conference_awards_were_presented_at():
    raw = ("当地时间9月9日，国家药监局与英国药品和健康产品管理局（MHRA）在伦敦举行第九次中英药品监管年度对话。\n"
           "对话结束后，雷平与塔伦代表双方续签了《中华人民共和国国家药品监督管理局与大不列颠及北爱尔兰联合王国药品和健康产品管理局"
           "关于药品和医疗器械监管合作的谅解备忘录》。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2025, 9, 12)).events] == [
        ("meeting", date(2025, 9, 9)), ("signing", date(2025, 9, 9))]
    raw = ("HANGZHOU, Dec. 12 (Xinhua) -- The Health Commission of Zhejiang Province on Monday honored 20 hospitals for "
           "outstanding work in prescription review.\n\nThe awards were presented at the provincial clinical pharmacy work "
           "conference held in Hangzhou.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2023, 12, 12)).events] == [
        ("meeting", date(2023, 12, 11))]
    raw = "新华社福建三明9月6日电 全国深化医改经验推广会6日在福建省三明市召开。"
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 9, 6)).events] == [
        ("meeting", date(2024, 9, 6))]


def test_talks_regulators_summoned_platforms_to_a_release_an_event_was_held_for_and_the_eve_of_a_forum():
    raw = ("BEIJING, May 17 (Xinhua) -- Chinese regulators on Thursday summoned major e-commerce platforms for talks "
           "over irregularities in the online sale of prescription drugs.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 5, 17)).events] == [
        ("meeting", date(2024, 5, 16))]
    raw = ("The National Medical Products Administration (NMPA) held a press briefing in Beijing on Nov 29 to release the "
           "Guidelines for the Implementation of the Measures for the Supervision and Administration of Online Drug Sales.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2022, 11, 30)).events] == [
        ("press_conference", date(2022, 11, 29)), ("release", date(2022, 11, 29))]
    raw = ("Fujian announced 18 measures at a forum held in Xiamen on Saturday. On the eve of the forum, officials of the "
           "provincial administration visited Taiwan-funded companies in Haicang.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2025, 6, 16)).events] == [
        ("meeting", date(2025, 6, 14)), ("visit", date(2025, 6, 13))]


def test_a_release_told_by_a_list_of_issuers_and_a_policy_briefing_session_and_a_science_week():
    raw = ("The shipment was the first under the Notice on the Zero-Tariff Policy for Imported Drugs, which was jointly "
           "released by the Ministry of Finance, the General Administration of Customs (GACC) and the National Medical "
           "Products Administration (NMPA) on Nov. 26 last year.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2026, 1, 14)).events] == [
        ("release", date(2025, 11, 26))]
    raw = "昨日（7日）下午，澳门药品注册便利化政策宣讲会在合作区举行。会前，梁嘉颖一行参观了粤澳合作中医药科技产业园。"
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 11, 8)).events] == [
        ("meeting", date(2024, 11, 7)), ("visit", date(2024, 11, 7))]
    raw = ("The 2024 Shanghai Cosmetics Safety Science Popularization Week was launched on Monday at an event held in the "
           "Pudong New Area.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 5, 21)).events] == [
        ("other", date(2024, 5, 20))]


def test_a_release_told_in_a_clause_which_were_issued_and_a_meeting_a_trip_prepared_for():
    raw = ("Shanghai will extend its long-term care insurance, the Shanghai Municipal Healthcare Security Bureau said at a "
           "press conference on Wednesday. The conference was held by the Information Office of Shanghai Municipality "
           "to introduce the Shanghai Measures for Long-term Care Insurance (2026-2030), which were issued by the "
           "Shanghai Municipal People's Government on November 20.")
    events = extract_document(raw, "en", date(2025, 11, 27)).events
    assert ("release", date(2025, 11, 20)) in [(e.event_type, e.start_date) for e in events]
    raw = ("6月12日，省医疗保障局在长春召开全省长期护理保险制度试点工作推进会。此前，5月下旬，省医疗保障局组成调研组赴试点地区开展专项调研，"
           "为召开此次推进会作了准备。")
    assert [(e.event_type, e.name) for e in extract_document(raw, "zh", date(2025, 6, 13)).events if e.event_type == "meeting"] \
        == [("meeting", "全省长期护理保险制度试点工作推进会")]


def test_a_meeting_telling_of_a_dated_check_and_the_ceremony_a_signing_was_at_is_the_one_reported():
    raw = ("4月15日，省局在南京召开全省医疗器械生产监督检查工作部署会。会议还通报了3月26日至28日国家药品监督管理局食品药品审核查验中心"
           "对我省部分医疗器械注册人开展飞行检查的情况。会上印发了《2024年全省医疗器械生产监督检查工作方案》。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 4, 16)).events] == [
        ("meeting", date(2024, 4, 15)), ("visit", date(2024, 3, 26)), ("release", date(2024, 4, 15))]
    raw = ("The Shenzhen Sub-center of the Guangdong Center for Medical Device Evaluation was unveiled on Tuesday at a "
           "ceremony in Shenzhen. The sub-center will start accepting applications on Nov 3. At the ceremony, the Guangdong "
           "Medical Products Administration and the Shenzhen municipal government signed a strategic cooperation agreement.")
    assert [e.event_type for e in extract_document(raw, "en", date(2025, 10, 29)).events] == ["other", "signing"]


def test_a_signing_event_a_launch_event_ceremonys_aftermath_and_meetings_to_come_in_a_list_or_upcoming():
    raw = ("5月21日下午，广州开发区生物医药产业项目集中签约活动在中新广州知识城举行。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2025, 5, 22)).events] == [
        ("signing", date(2025, 5, 21))]
    raw = ("創新科技及工業局局長孫東今日（六月十八日）出席生命健康研究院開幕典禮。典禮上，研究院與三間藥企簽署合作備忘錄。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2025, 6, 18)).events] == [
        ("other", date(2025, 6, 18)), ("signing", date(2025, 6, 18))]
    # Taiwan's 假…辦理 (held at); the briefings "to be held respectively" on two later days are still to come
    raw = ("衛福部中醫藥司昨（14）日假臺北市國際會議中心辦理北區施行說明會。"
           "衛福部表示，中區及南區施行說明會將分別於本月20日在臺中市、21日在高雄市舉辦。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2020, 1, 15)).events] == [
        ("meeting", date(2020, 1, 14))]
    raw = ("The measures were officially launched at an event held in Zhangjiang on Thursday. Before the roundtable, "
           "the minister met the delegation on the morning of April 10 and exchanged views on the upcoming China "
           "International Import Expo.")
    events = extract_document(raw, "en", date(2025, 4, 11)).events
    assert [(e.event_type, e.name, e.start_date) for e in events if e.event_type == "meeting"] == [
        ("meeting", "Launch event", date(2025, 4, 10))]


def test_a_meeting_that_opened_one_day_and_concluded_the_next_runs_from_its_opening():
    raw = ("BEIJING, Jan. 10 (Xinhua) -- The pledge was made at the 2025 National Conference on Traditional Chinese "
           "Medicine Work, which opened Thursday in Beijing and concluded on Friday. The two-day conference was "
           "organized by the National Administration of Traditional Chinese Medicine.")
    [event] = extract_document(raw, "en", date(2025, 1, 10)).events
    assert (event.start_date, event.end_date) == (date(2025, 1, 9), date(2025, 1, 10))


def test_a_working_groups_checks_in_the_townships_a_release_of_this_months_day_and_a_meetings_mechanism():
    raw = "12月20日至21日，司长郭燕红带领工作组，深入积石山县大河家镇、柳沟乡等受灾较重乡镇，检查医疗救治和药品供应情况。"
    assert [(e.event_type, e.start_date, e.end_date) for e in extract_document(raw, "zh", date(2023, 12, 22)).events] == [
        ("visit", date(2023, 12, 20), date(2023, 12, 21))]
    # "this month's 12th" dates the release a citation tells of; a joint meeting's member units are no meeting
    raw = ("5月16日，国家卫生健康委等14部门召开全国医药领域腐败问题集中整治工作视频会议。会议指出，要以本月12日上述14部门联合印发的"
           "《2025年纠正医药购销领域和医疗服务中不正之风工作要点》为抓手，依托部际联席会议（以下简称联席会议）工作机制推动工作。"
           "部际联席会议成员单位有关司局负责同志在主会场参加会议。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2025, 5, 17)).events] == [
        ("meeting", date(2025, 5, 16)), ("release", date(2025, 5, 12))]


def test_the_cabinet_spokespersons_press_conference_after_its_meeting():
    raw = "行政院今(20)日召開第3941次院會。行政院發言人李慧芝會後記者會轉述，卓院長期盼帶動產業產值突破一兆元。"
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2025, 3, 20)).events] == [
        ("meeting", date(2025, 3, 20)), ("press_conference", date(2025, 3, 20))]


def test_the_next_steps_and_a_law_enforcement_inspections_report_are_no_events():
    raw = ("8月10日，国家卫生健康委在杭州召开全国互联网医疗服务监管工作推进会。下一步，国家卫生健康委将会同国家医保局、国家药监局等部门，"
           "于今年第四季度开展互联网医院规范执业专项检查。执法检查报告计划于8月提请全国人大常委会会议审议。")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2023, 8, 17)).events] == [
        ("meeting", date(2023, 8, 10))]


def test_a_meeting_takes_the_day_of_its_own_clause_and_a_release_after_its_approval_the_day_of_its_verb():
    raw = ("9月16日上午，四川省人民政府新闻办公室举行新闻发布会，解读《四川省促进生物医药产业高质量发展若干措施》"
           "（以下简称《若干措施》）。据介绍，《若干措施》经8月28日省政府第96次常务会议审议通过，9月5日由省政府办公厅正式印发。")
    events = extract_document(raw, "zh", date(2025, 9, 16)).events
    assert sorted((e.event_type, e.start_date) for e in events) == [
        ("meeting", date(2025, 8, 28)), ("press_conference", date(2025, 9, 16)), ("release", date(2025, 9, 5))]
    # the day of a later clause that publishes what the meeting passed is the publication's
    raw = "今年1月15日，新《办法》经国家市场监督管理总局2020年第1次局务会议审议通过，1月22日以总局令形式公布。"
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2020, 3, 31)).events] == [
        ("meeting", date(2020, 1, 15))]
    # a comma in brackets parts no clauses, and a weekday after a day is that day
    raw = "另外，衞生署將於後日（五月十五日，星期三）下午在展覽場地舉辦「醫療器械行政管理制度」簡介會。"
    assert [e.start_date for e in extract_document(raw, "zh", date(2024, 5, 13)).events] == [date(2024, 5, 15)]


def test_a_signing_with_companies_a_briefing_the_reporter_learned_from_and_a_team_gone_to_help():
    raw = ("4月15日上午，省政府新闻办在海口召开新闻发布会。记者从发布会上获悉，3月27日，先行区管理局与12家国内外药械企业集中签约。")
    assert sorted((e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2025, 4, 16)).events) == [
        ("press_conference", date(2025, 4, 15)), ("signing", date(2025, 3, 27))]
    raw = ("8月20日至24日，上海市卫生健康委员会组织援疆药事管理专家团队一行12人赴新疆喀什地区，深入巴楚、莎车四县开展药事管理帮扶。")
    assert [(e.event_type, e.start_date, e.end_date) for e in extract_document(raw, "zh", date(2024, 8, 26)).events] == [
        ("visit", date(2024, 8, 20), date(2024, 8, 24))]
    raw = "衛生福利部部長邱泰源今（12）日上午前往位於新竹縣竹北市生醫園區的國家衛生研究院生物製劑廠視察。"
    assert [e.event_type for e in extract_document(raw, "zh", date(2025, 3, 12)).events] == ["visit"]


def test_a_release_told_with_its_day_after_a_list_of_issuers_even_where_cited_since():
    raw = ("According to Zhu, since the Notice on Carrying out Pilot Programs for Expanding Opening-up in the Medical Field "
           "was issued by MOFCOM, the NHC and the NMPA on Sept 8, 2024, 13 foreign-invested projects have been registered.")
    [event] = extract_document(raw, "en", date(2025, 10, 17)).events
    assert (event.event_type, event.start_date) == ("release", date(2024, 9, 8))


def test_a_delegation_received_a_visit_accompanied_after_a_comma_and_a_committees_habit():
    raw = "本月五日，我在醫務衞生局接待了到訪的國家藥品監督管理局（國家藥監局）代表團，雙方就藥械監管合作深入交流。"
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 11, 10)).events] == [
        ("visit", date(2024, 11, 5))]
    raw = "社會文化司司長柯嵐本月6日在衞生局局長羅奕龍陪同下，視察衞生局藥物倉庫，了解藥物儲備情況。"
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2025, 1, 10)).events] == [
        ("visit", date(2025, 1, 6))]
    # a committee that meets every three months holds no meeting told; one attended is the one reported
    raw = ("醫管局行政總裁高拔陞今日在醫管局大樓舉行的記者會上表示，藥物諮詢委員會每三個月舉行會議。"
           "出席記者會的醫管局總藥劑師補充，藥物諮詢委員會於本月十日舉行會議。")
    assert sorted((e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 9, 27)).events) == [
        ("meeting", date(2024, 9, 10)), ("press_conference", date(2024, 9, 27))]


def test_a_list_released_as_the_first_ever_and_a_delegation_met_a_day_earlier():
    raw = "China on Sunday released its first-ever Commercial Health Insurance Innovative Drug List, containing 19 drugs."
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2025, 12, 7)).events] == [
        ("release", date(2025, 12, 7))]
    raw = ("The forum opened in Beijing on Tuesday. A day earlier, Li met Nakatani's deputy and a WHO delegation at the "
           "NMPA headquarters, according to a statement released by the NMPA on Monday evening.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2025, 9, 17)).events] == [
        ("meeting", date(2025, 9, 16)), ("visit", date(2025, 9, 15))]


def test_a_regulators_summons_of_a_company_is_a_meeting_held():
    raw = "我局药品生产监管处于9月11日对该企业法定代表人、质量负责人和质量受权人进行了约谈，要求企业立即开展全面自查。"
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "zh", date(2024, 9, 13)).events] == [
        ("meeting", date(2024, 9, 11))]
    raw = ("On June 20, the GDMPA, together with the Zhuhai Administration for Market Regulation, held an administrative "
           "interview with the company's legal representative and head of quality.")
    assert [(e.event_type, e.start_date) for e in extract_document(raw, "en", date(2024, 6, 21)).events] == [
        ("meeting", date(2024, 6, 20))]
