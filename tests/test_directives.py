"""Directive extraction: hand-written cases, then the real corpus scored as shared/eval/score.py does."""
from __future__ import annotations

import json
from datetime import date
from functools import lru_cache

import pytest
from conftest import SHARED, shared_scorer

from pipelines.extract.directives import directive_type_of, find_directives, period_of
from pipelines.extract.document import extract_document
from pipelines.extract.model import AgencyMention, DateMention, Directive
from pipelines.extract.text import NormalizedText


def mentions_of(text: NormalizedText, surfaces: dict[str, str]) -> list[AgencyMention]:
    """Hand-made agency mentions: every occurrence of each surface, as agencies.py would report."""
    out = []
    for surface, agency_id in surfaces.items():
        i = text.original.find(surface)
        while i >= 0:
            out.append(AgencyMention(agency_id, surface, text.evidence(i, i + len(surface))))
            i = text.original.find(surface, i + 1)
    return sorted(out, key=lambda m: m.evidence.start)


def date_at(text: NormalizedText, surface: str, value: date) -> DateMention:
    i = text.original.index(surface)
    return DateMention(surface, text.evidence(i, i + len(surface)), value)


def run(raw: str, agencies: dict[str, str] | None = None, dates: list[tuple[str, date]] = (),
        language: str = "en") -> list[Directive]:
    text = NormalizedText(raw)
    found_dates = [date_at(text, s, d) for s, d in dates]
    return find_directives(text, language, mentions_of(text, agencies or {}), found_dates, None)


def titles(directives: list[Directive]) -> list[str]:
    return [d.title for d in directives]


# ---------------------------------------------------------------- English

def test_quoted_plan_with_period_issuers_and_nickname():
    raw = ("On April 24th, seven departments including the Ministry of Industry and Information Technology and "
           "the National Health Commission jointly released the \"Implementation Plan for the Digital "
           "Transformation of the Pharmaceutical Industry (2025-2030)\" (hereinafter referred to as the "
           "\"Implementation Plan\"). The Implementation Plan deploys 14 key tasks.")
    [d] = run(raw, {"Ministry of Industry and Information Technology": "miit", "National Health Commission": "nhc"},
              [("April 24th", date(2025, 4, 24))])
    assert d.title == "Implementation Plan for the Digital Transformation of the Pharmaceutical Industry (2025-2030)"
    assert (d.directive_type, d.period_start_year, d.period_end_year) == ("plan", 2025, 2030)
    assert d.issuer_ids == ("miit", "nhc")
    assert d.issued_date == date(2025, 4, 24)
    assert "Implementation Plan" in d.short_names


def test_unquoted_title_case_stops_before_date_and_keeps_guiding():
    raw = ("The General Office of the State Council issued the Guiding Opinions of the General Office of the "
           "State Council on Promoting the Healthy Development of the Pharmaceutical Industry on March 4 and "
           "asked provinces to act.")
    [d] = run(raw, {"General Office of the State Council": "gosc"}, [("March 4", date(2016, 3, 4))])
    assert d.title == ("Guiding Opinions of the General Office of the State Council on Promoting the Healthy "
                       "Development of the Pharmaceutical Industry")
    assert d.directive_type == "opinions"
    assert d.issuer_ids == ("gosc",)
    assert d.issued_date == date(2016, 3, 4)


def test_hereinafter_is_not_swallowed_and_nickname_is_not_a_directive():
    raw = ("The State Council promulgated the Regulations on Supervision and Administration of Medical Devices "
           "(hereinafter referred to as the \"Regulations\"). The \"Regulations\" take effect on June 1.")
    [d] = run(raw, {"State Council": "sc"})
    assert d.title == "Regulations on Supervision and Administration of Medical Devices"
    assert d.directive_type == "regulation"
    assert d.short_names == ("Regulations",)
    assert d.issuer_ids == ("sc",)


def test_notice_on_issuing_yields_the_notice_and_what_it_issues():
    raw = ("The NHSA issued the Notice on Issuing the Measures for the Administration of Medical Insurance "
           "Funds (Trial).")
    found = run(raw, {"NHSA": "nhsa"})
    assert titles(found) == ["Notice on Issuing the Measures for the Administration of Medical Insurance Funds (Trial)",
                             "Measures for the Administration of Medical Insurance Funds (Trial)"]
    assert [d.directive_type for d in found] == ["notice", "measures"]
    assert all(d.issuer_ids == ("nhsa",) for d in found)


def test_lower_case_opinions_need_the_and_a_verb():
    found = run("Wu said that the opinions on deepening the reform of review and approval, issued last year, work. "
                "We listened to the opinions of the people and relevant policies.")
    assert titles(found) == ["opinions on deepening the reform of review and approval"]


def test_five_year_ordinal_alone_is_a_period_not_a_plan():
    found = run("During the \"14th Five-Year\" period and beyond, the industry grew. The meeting discussed the "
                "preparation of the \"15th Five-Year\" development plan for the pharmaceutical industry.")
    assert titles(found) == ["\"15th Five-Year\" development plan for the pharmaceutical industry"]
    assert found[0].period_start_year is None  # gold convention: an ordinal gives no explicit span


def test_slogans_companies_and_magazines_are_not_directives():
    found = run("We must focus on the \"three highlights\" and support \"two products and one medical device\" "
                "firms, said \"Chinese Medical Insurance\" magazine and Beijing Huakan Biotechnology Co., Ltd. "
                "(hereinafter referred to as \"Huakan Biotechnology\"). LAWS AND REGULATIONS")
    assert found == []


def test_law_and_order_number():
    raw = ("SAMR promulgated the Measures for the Supervision and Administration of Online Drug Sales (Order of "
           "the State Administration for Market Regulation No. 58), in line with the Drug Administration Law.")
    found = run(raw, {"SAMR": "samr"})
    assert titles(found) == ["Measures for the Supervision and Administration of Online Drug Sales",
                             "Drug Administration Law"]
    assert found[0].doc_number == "Order of the State Administration for Market Regulation No. 58"
    assert found[0].issuer_ids == ("samr",)
    assert found[1].directive_type == "law" and found[1].issuer_ids == ()


def test_headline_subject_and_verb_open_no_title():
    found = run("Hubei Releases 2025 Drug Procurement Work Plan\n"
                "Guangxi Unveils 12 Measures to Support Rural Pharmacies\n"
                "China Proposes Tighter Rules for Conditional Approval of Drugs\n"
                "The province published the plan on Monday.")
    assert found == []


def test_title_case_list_with_commas_stays_in_the_title():
    found = run("The NHC issued the Regulations on Vaccines, Blood Products and Biological Reagents, which take "
                "effect in May. It follows the 2025 Provincial Hospital, Pharmacy and Clinic Inspection Work Plan.")
    assert titles(found) == ["Regulations on Vaccines, Blood Products and Biological Reagents",
                             "2025 Provincial Hospital, Pharmacy and Clinic Inspection Work Plan"]


def test_list_of_laws_is_not_one_title():
    found = run("He cited the Drug Administration Law, Vaccine Administration Law and other rules.")
    assert titles(found) == ["Drug Administration Law", "Vaccine Administration Law"]


def test_other_issuing_departments_join_the_issuers():
    raw = ("Six departments led by the Ministry of Finance jointly issued the Opinions on Improving Hospital Funding. "
           "The other issuing departments are the National Health Commission and the National Healthcare Security "
           "Administration.")
    [d] = run(raw, {"Ministry of Finance": "mof", "National Health Commission": "nhc",
                    "National Healthcare Security Administration": "nhsa"})
    assert d.issuer_ids == ("mof", "nhc", "nhsa")


def test_lower_case_nickname_issued_by_names_the_issuers():
    raw = ("Authorities released a plan on Monday during the 15th Five-Year Plan period (2026-2030). "
           "The plan was jointly issued by the National Health Commission and the Ministry of Finance. "
           "According to the 15th Five-Year Plan for Rural Clinics, every county will have a clinic.")
    found = run(raw, {"National Health Commission": "nhc", "Ministry of Finance": "mof"})
    # ("the 15th Five-Year Plan period" is a span of years, no plan named)
    assert titles(found) == ["15th Five-Year Plan for Rural Clinics"]
    [rural] = found
    assert rural.issuer_ids == ("nhc", "mof")
    assert (rural.period_start_year, rural.period_end_year) == (2026, 2030)  # the span the text gives the ordinal
    assert "plan" not in rural.short_names


def test_formulated_counts_only_without_an_issuing_sentence():
    raw = ("The NHSA issued the Measures for the Management of Medical Insurance Codes. "
           "The NHSA and the NHC formulated the Measures for the Management of Medical Insurance Codes to unify data.")
    [d] = run(raw, {"NHSA": "nhsa", "NHC": "nhc"})
    assert d.issuer_ids == ("nhsa",)


def test_agency_possessive_before_a_title_is_its_issuer():
    [d] = run("Hospitals must follow the State Council's Opinions on Improving Primary Care Drug Supply.",
              {"State Council": "sc"})
    assert d.issuer_ids == ("sc",)



def test_gxp_names_need_good_and_stay_title_case():
    found = run("Tianjin Inspectors Check Pharmacies Against Good Supply Practice for drug retailers\n"
                "Inspectors found that some pharmacies still followed unhealthy practices, breaching the "
                "Good Supply Practice for Pharmaceutical Products.")
    # (the short form and the full name are one instrument, named in full)
    assert titles(found) == ["Good Supply Practice for Pharmaceutical Products"]
    assert all(d.directive_type == "standard" for d in found)
    # (a practice named bare, never with what it governs, is the practice, no instrument)
    assert not run("The office held a seminar on the implementation of Good Manufacturing Practice (GMP) for proprietary "
                   "Chinese medicines. The 2023 Good Manufacturing Practice inspections found 12 firms at fault.")


def test_ordinance_with_its_chapter_number_is_a_law():
    [d] = run("The Legislative Council passed amendments to the Medical Devices Ordinance (Cap. 620A) yesterday.")
    assert (d.title, d.directive_type) == ("Medical Devices Ordinance (Cap. 620A)", "law")


def test_key_points_and_provisions_are_titles():
    found = run("The NHSA issued the Key Points for Medical Insurance Fund Supervision in 2025 on Friday. "
                "Firms must follow the Drug Recall Provisions. He raised three points on supervision.")
    assert titles(found) == ["Key Points for Medical Insurance Fund Supervision", "Drug Recall Provisions"]
    assert [d.directive_type for d in found] == ["other", "regulation"]


def test_head_of_the_head_phrase_is_its_last_head():
    [d] = run("The NHSA released the 2026 National Drug List Adjustment Work Plan.")
    assert d.directive_type == "plan"


def test_title_stops_before_a_weekday_but_not_before_a_month_like_word():
    found = run("The NMPA issued the Rules for the Administration of Drug Recalls on Tuesday. "
                "The NHC issued the Opinions on Marketing Authorization Holders.")
    assert titles(found) == ["Rules for the Administration of Drug Recalls",
                             "Opinions on Marketing Authorization Holders"]

# ---------------------------------------------------------------- Chinese

def test_chinese_bracketed_notice_with_issuers_and_nickname():
    raw = ("中新网1月7日电 国家医保局、财政部、国家卫生健康委日前发出《关于优化新型冠状病毒感染患者治疗费用医疗保障"
           "相关政策的通知》。《通知》要求，执行前期费用保障政策。")
    [d] = run(raw, {"国家医保局": "nhsa", "财政部": "mof", "国家卫生健康委": "nhc"}, [("1月7日", date(2023, 1, 7))])
    assert d.title == d.title_zh == "关于优化新型冠状病毒感染患者治疗费用医疗保障相关政策的通知"
    assert d.directive_type == "notice"
    assert d.issuer_ids == ("nhsa", "mof", "nhc")
    assert d.issued_date is None  # the dateline dates the report
    assert d.short_names == ("通知",)


def test_traditional_script_plan_keeps_the_text_as_written():
    raw = "為深入實施《粵港澳大灣區發展規劃綱要》，9月29日，國家藥品監督管理局等八部委聯合印發《粵港澳大灣區藥品醫療器械監管創新發展工作方案》。《工作方案》制定了多項措施。"
    found = run(raw, {"國家藥品監督管理局": "nmpa"}, [("9月29日", date(2020, 9, 29))])
    assert titles(found) == ["粵港澳大灣區發展規劃綱要", "粵港澳大灣區藥品醫療器械監管創新發展工作方案"]
    outline, work_plan = found
    assert outline.issuer_ids == () and outline.directive_type == "plan"
    assert work_plan.issuer_ids == ("nmpa",) and work_plan.issued_date == date(2020, 9, 29)
    assert work_plan.short_names == ("工作方案",)


def test_chinese_unbracketed_guanyu_after_verb_and_doc_number():
    raw = "据中国政府网消息，国务院办公厅印发关于促进医药产业健康发展的指导意见。\n国办发 〔2016〕11号\n"
    [d] = run(raw, {"国务院办公厅": "gosc", "中国政府网": "gov"})
    assert d.title == "关于促进医药产业健康发展的指导意见"
    assert d.directive_type == "opinions"
    assert d.doc_number == "国办发〔2016〕11号"
    assert d.issuer_ids == ("gosc",)  # the attribution source is not an issuer


def test_chinese_issuing_notice_headline_and_inner_measures():
    raw = "国家医保局 国家卫生健康委关于印发《支持创新药高质量发展的若干措施》的通知\n各省医保局："
    found = run(raw, {"国家医保局": "nhsa", "国家卫生健康委": "nhc"})
    assert titles(found) == ["国家医保局 国家卫生健康委关于印发《支持创新药高质量发展的若干措施》的通知",
                             "支持创新药高质量发展的若干措施"]
    assert [d.directive_type for d in found] == ["notice", "measures"]
    assert all(d.issuer_ids == ("nhsa", "nhc") for d in found)


def test_chinese_slogans_and_papers_are_not_directives():
    found = run("要认真贯彻“四个最严”要求，坚持“高标准”，据《人民日报》报道，“十四五”期间发展良好。")
    assert found == []


def test_chinese_five_year_plan_without_brackets():
    [d] = run("工信部将加快落实“十四五”医药工业发展规划，推动产业发展。")
    assert d.title == "“十四五”医药工业发展规划" and d.directive_type == "plan"


def test_chinese_joint_issuers_listed_in_the_body_not_only_the_headline():
    raw = ("国家卫生健康委等5部门印发《乡村医疗服务提升行动方案》\n"
           "新华社北京3月5日电 国家卫生健康委、财政部、国家医保局、国家药监局、国家中医药局等5部门日前联合印发"
           "《乡村医疗服务提升行动方案》。")
    agencies = {"国家卫生健康委": "nhc", "财政部": "mof", "国家医保局": "nhsa", "国家药监局": "nmpa",
                "国家中医药局": "natcm", "新华社": "xinhua"}
    [d] = run(raw, agencies)
    assert d.issuer_ids == ("nhc", "mof", "nhsa", "nmpa", "natcm")  # the dateline's news agency is no issuer


def test_chinese_notice_and_what_it_issues_share_issuers():
    raw = ("财政部等三部门关于印发《基层医疗机构补助资金管理办法》的通知\n"
           "财政部、国家卫生健康委、国家医保局联合印发《基层医疗机构补助资金管理办法》。")
    found = run(raw, {"财政部": "mof", "国家卫生健康委": "nhc", "国家医保局": "nhsa"})
    assert [d.issuer_ids for d in found] == [("mof", "nhc", "nhsa")] * 2


def test_chinese_agency_joined_to_the_title_and_passive_by():
    found = run("要落实国务院办公厅《关于完善基层药品配备使用政策的意见》。《药品配送工作方案》由国家医保局、商务部联合印发。",
                {"国务院办公厅": "gosc", "国家医保局": "nhsa", "商务部": "mofcom"})
    assert [d.issuer_ids for d in found] == [("gosc",), ("nhsa", "mofcom")]


def test_chinese_related_links_and_headline_verbs_are_not_titles():
    raw = ("国家药监局等5部门印发关于加强罕见病用药保障的通知\n正文要求各地落实。\n相关链接\n"
           "　· 国家卫生健康委关于印发医疗机构药事管理规定的通知\n")
    assert titles(run(raw)) == ["关于加强罕见病用药保障的通知"]


def test_chinese_ordinance_cited_by_chapter_and_new_heads():
    found = run("衞生署按《醫療儀器條例》（第620章）更新指引，並公布《2025年工作要點》及《第二批罕見病名單》。")
    assert [(d.title, d.directive_type) for d in found] == [
        ("醫療儀器條例", "law"), ("2025年工作要點", "other"), ("第二批罕見病名單", "other")]
    assert directive_type_of("药物警戒质量管理规范") == "standard"


def test_chinese_period_stated_after_the_title():
    [d] = run("国家药监局印发《药品网络销售监管工作方案》（2024—2026年），部署重点任务。")
    assert (d.period_start_year, d.period_end_year) == (2024, 2026)


@pytest.mark.parametrize("title, kind", [
    ("Implementation Plan for X", "plan"), ("Guiding Opinions on X", "opinions"),
    ("Notice on Issuing the Measures for X", "notice"), ("Draft for Soliciting Opinions", "other"),
    ("Drug Administration Law", "law"), ("Technical Guidelines for X", "guideline"),
    ("药品注册管理办法", "measures"), ("药品管理法", "law"), ("化学药品注射剂仿制药质量和疗效一致性评价技术要求", "other"),
    ("医疗器械监督管理条例", "regulation"), ("新型冠状病毒感染诊疗方案", "guideline"), ("中国药典", "standard"),
    ("关于印发《X》的通知", "notice"), ("药品生产质量管理规范(2010年修订)", "standard"),
    ("儿童肺炎诊疗规范", "guideline"), ("Good Clinical Practice", "standard"), ("Medical Device Ordinance", "law"),
    ("Key Points for Drug Inspection Work in 2025", "other"), ("医疗器械经营企业名单", "other"),
    ("药品安全提升行动计划（2024—2026年）", "plan"), ("2025年全省药品监管工作要点", "other"),
])
def test_type_from_head(title, kind):
    assert directive_type_of(title) == kind


@pytest.mark.parametrize("title, span", [
    ("Action Plan for X (2023-2025)", (2023, 2025)), ("医药工业数智化转型实施方案(2025—2030年)", (2025, 2030)),
    ("14th Five-Year Plan for X", (None, None)), ("Plan 2030", (None, None)),
])
def test_period_from_title(title, span):
    assert period_of(title) == span


# ---------------------------------------------------------------- the corpus, scored like score.py

def dir_match(gold: dict, pred: dict) -> bool:
    """score.py's dir_match, verbatim in behaviour."""
    s = shared_scorer()
    for x in (gold.get("title"), gold.get("title_zh")):
        for y in (pred.get("title"), pred.get("title_zh")):
            if not x or not y:
                continue
            nx, ny = s.norm(x), s.norm(y)
            if s._CJK.search(nx) or s._CJK.search(ny):
                if s.squash(x) == s.squash(y) or s.fuzz.ratio(s.squash(x), s.squash(y)) >= 85:
                    return True
            elif s.fuzz.token_set_ratio(nx, ny) >= 85 and s.fuzz.ratio(nx, ny) >= 60:
                return True
    return False


def corpus_directives(gold: dict) -> list[Directive]:
    from pipelines.extract import agencies, dates

    text = NormalizedText((SHARED / "corpus" / gold["doc"]).read_text(encoding="utf-8"))
    published = date.fromisoformat(gold["published_date"]) if gold.get("published_date") else None
    registry = agencies.load_registry()
    found = agencies.find_agencies(text, gold["language"], registry) if hasattr(agencies, "find_agencies") else ([], [])
    return find_directives(text, gold["language"], found[1], dates.find_dates(text, published, gold["language"]),
                           registry)


@lru_cache(maxsize=1)
def corpus_scores() -> dict:
    s = shared_scorer()
    tallies = {"all": s.Tally(), "en": s.Tally(), "zh": s.Tally()}
    kind, period = s.Acc(), s.Acc()
    for path in sorted((SHARED / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        golds = gold.get("directives", [])
        preds = [{"title": d.title, "title_zh": d.title_zh, "type": d.directive_type,
                  "period": (d.period_start_year, d.period_end_year)} for d in corpus_directives(gold)]
        doc = s.Tally()
        pairs = s.set_score(golds, preds, dir_match, doc)
        for t in (tallies["all"], tallies[gold["language"]]):
            t.add(doc.tp, doc.fp, doc.fn)
        for gi, pi in pairs:
            g, p = golds[gi], preds[pi]
            if g.get("type"):
                kind.add(g["type"] == p["type"])
            if g.get("period_start") or g.get("period_end"):
                period.add((g.get("period_start"), g.get("period_end")) == p["period"])
    return {**{k: t.prf() for k, t in tallies.items()}, "type": kind.value(), "period": period.value()}


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="shared corpus not present")
def test_corpus_directive_quality():
    scores = corpus_scores()
    print(scores)
    for part in ("all", "en", "zh"):
        precision, recall, f1 = scores[part]
        assert f1 >= 0.85, (part, scores[part])
    assert scores["type"] >= 0.9
    assert scores["period"] >= 0.9


def test_issue_date_stated_after_the_title_or_its_nickname():
    from pipelines.extract.document import extract_document
    zh = ("近日，省药监局等六部门联合印发《江西省中药产业高质量发展行动计划（2021—2025年）》（以下简称《行动计划》）。"
          "《行动计划》于2021年10月11日印发实施。")
    (d,) = extract_document(zh, "zh", date(2021, 10, 19)).directives
    assert d.issued_date == date(2021, 10, 11)
    en = ("The Provisions for Drug Registration were recently revised. The Provisions were issued on January 22, 2020 "
          "and take effect on July 1, 2020.")
    (d,) = extract_document(en, "en", date(2020, 7, 1)).directives
    assert d.issued_date == date(2020, 1, 22)
    # a dateline's day is the report's, not the issue's, in either script
    for dateline in ("中新网1月7日电 ", "中新網1月7日電 "):
        (d,) = extract_document(dateline + "国家医保局日前发出《关于优化医疗保障相关政策的通知》。", "zh",
                                date(2023, 1, 7)).directives
        assert d.issued_date is None


def test_issuers_after_the_title_past_a_date_or_in_a_relative_clause():
    raw = ("The National Plan for Medicinal Herb Bases (2018-2025) was jointly issued on December 18 by the Ministry of "
           "Agriculture and the NMPA. Xu called for implementing the Rules for the Unique Device Identification System, "
           "which the NMPA issued in 2019, and the Regulations on Medical Devices, which were revised by the State "
           "Council in 2021.")
    found = {d.title: d.issuer_ids for d in run(raw, {"Ministry of Agriculture": "moa", "NMPA": "nmpa",
                                                      "State Council": "sc"})}
    assert found == {"National Plan for Medicinal Herb Bases (2018-2025)": ("moa", "nmpa"),
                     "Rules for the Unique Device Identification System": ("nmpa",),
                     "Regulations on Medical Devices": ("sc",)}


def test_counted_departments_stand_for_the_agencies_just_named():
    from pipelines.extract.document import extract_document
    zh = ("今年，省医保局将会同省卫生健康委、省公安厅、省市场监管局联合开展专项治理。"
          "目前，四部门已联合印发《河南省2021年医疗保障基金专项治理工作方案》。")
    (d,) = extract_document(zh, "zh", date(2021, 4, 8)).directives
    assert len(d.issuer_ids) == 4


def test_guiding_principles_are_guidelines():
    found = run("On Nov 19, the CDE released the Guiding Principles for Clinical Research of Anti-tumor Drugs "
                "(hereinafter referred to as the Guiding Principles). The basic principles of reform remain.")
    assert [(d.title, d.directive_type) for d in found] == [
        ("Guiding Principles for Clinical Research of Anti-tumor Drugs", "guideline")]


def test_the_owner_of_the_issuing_unit_does_not_issue():
    raw = ("On Nov 19, the Center for Drug Evaluation (CDE) of the National Medical Products Administration (NMPA) "
           "released the Guiding Principles for Clinical Research of Anti-tumor Drugs.")
    (d,) = run(raw, {"Center for Drug Evaluation": "cde", "CDE": "cde", "National Medical Products Administration": "nmpa",
                     "NMPA": "nmpa"})
    assert d.issuer_ids == ("cde",)


def test_a_recent_issue_is_not_dated_by_the_announcement_and_a_signature_date_dates_it():
    from pipelines.extract.document import extract_document
    # announced on the 4th, issued recently; the signature line gives the day
    zh = ("国家药监局昨天（4日）公布，五部门日前联合印发《中药饮片质量提升行动方案（2023—2025年）》（以下简称《方案》）。"
          "《方案》落款日期为5月29日。")
    (d,) = extract_document(zh, "zh", date(2023, 6, 5)).directives
    assert d.issued_date == date(2023, 5, 29)


def test_a_count_with_a_head_is_a_nickname():
    found = run("The bureau issued the Several Measures for Supporting Biomedicine in Hubei Province, which put forward "
                "20 measures. The 20 Measures cover research. He cited the Twelve Measures on drug review.")
    assert [d.title for d in found] == ["Several Measures for Supporting Biomedicine in Hubei Province"]
    assert "20 Measures" in found[0].short_names


def test_technical_requirements_are_directives():
    from pipelines.extract.document import extract_document
    zh = "此次发布的标准严格按照《中药配方颗粒质量控制与标准制定技术要求》研究制定。"
    assert [(d.title, d.directive_type) for d in extract_document(zh, "zh", None).directives] == [
        ("中药配方颗粒质量控制与标准制定技术要求", "other")]


def test_a_unit_named_for_regulations_is_no_directive():
    found = run("Wang Wenjun, director-general of the NHSA's Department of Planning, Finance and Regulations, said the "
                "Regulations on the Supervision of Medical Security Funds apply.")
    assert [d.title for d in found] == ["Regulations on the Supervision of Medical Security Funds"]


def test_a_straight_quoted_name_inside_a_title():
    found = run('The NHC and 15 other departments jointly issued the Implementation Plan for the "Weight Management '
                'Year" Campaign. Officials "welcomed" It.')
    assert [d.title for d in found] == ['Implementation Plan for the "Weight Management Year" Campaign']


def test_a_nickname_defined_after_a_title_stays_with_it():
    found = run('On 27 September 2023, SAMR promulgated the Measures for the Supervision and Administration of the '
                'Quality of Drug Distribution and Use (SAMR Order No. 84, the "Measures"). They replace the Measures '
                'for the Supervision and Administration of Drugs in Medical Institutions (Trial) issued in 2011. The '
                'Measures implement the Drug Administration Law.')
    names = {d.title: d.short_names for d in found}
    assert "Measures" in names["Measures for the Supervision and Administration of the Quality of Drug Distribution and Use"]
    assert "Measures" not in names["Measures for the Supervision and Administration of Drugs in Medical Institutions (Trial)"]


def test_guidelines_in_the_field_of():
    found = run("He noted that the Anti-monopoly Guidelines in the Field of Active Pharmaceutical Ingredients set red "
                "lines, as did the plan in Shanghai.")
    assert [d.title for d in found] == ["Anti-monopoly Guidelines in the Field of Active Pharmaceutical Ingredients"]


def test_an_action_names_a_plan_only_before_its_years():
    found = run("It implements the Healthy China Action (2019-2030). Officials took joint action. The Action on Drugs began.")
    assert [(d.title, d.directive_type) for d in found] == [("Healthy China Action (2019-2030)", "plan")]


def test_a_zhiyin_is_a_guideline():
    from pipelines.extract.document import extract_document
    zh = "论坛开幕式上，广东省药品监督管理局发布了《粤港澳大湾区内地九市药品医疗器械监管协同工作指引》。"
    assert [(d.title, d.directive_type) for d in extract_document(zh, "zh", None).directives] == [
        ("粤港澳大湾区内地九市药品医疗器械监管协同工作指引", "guideline")]


def test_a_judicial_interpretation_is_a_directive():
    found = run("The Interpretation on Several Issues Concerning the Application of Law in Handling Criminal Cases "
                "Endangering Drug Safety, jointly released by the two top courts, clarifies the penalties.")
    assert [(d.title, d.directive_type) for d in found] == [
        ("Interpretation on Several Issues Concerning the Application of Law in Handling Criminal Cases Endangering "
         "Drug Safety", "other")]


def test_a_list_of_titles_is_split_at_each_title():
    found = run("It is supported by the Regulations for the Implementation of the Drug Administration Law, the Regulations "
                "for the Supervision and Administration of Medical Devices and the Vaccine Administration Law. The "
                "Measures on Drug Production, Circulation and Use apply.")
    assert [d.title for d in found] == [
        "Regulations for the Implementation of the Drug Administration Law",
        "Regulations for the Supervision and Administration of Medical Devices", "Vaccine Administration Law",
        "Measures on Drug Production, Circulation and Use"]


def test_a_blueprint_is_a_plan():
    found = run("Professor Lo said that the Chinese Medicine Development Blueprint, announced by the HHB in December, "
                "sets out the directions. Measures under the Blueprint go on.")
    assert [(d.title, d.directive_type) for d in found] == [("Chinese Medicine Development Blueprint", "plan")]
    chinese = run("政府公布《中醫藥發展藍圖》，並推展《基層醫療健康藍圖》。", language="zh")
    assert [d.directive_type for d in chinese] == ["plan", "plan"]


def test_a_defined_term_is_a_nickname_and_a_draft_is_not_the_measures_in_force():
    raw = ('On December 27, 2024, the NMPA released the Measures for the Administration of Medical Device '
           'Registration and Filing (Revised Draft for Comments) (the "Draft"). The current Measures for the '
           'Administration of Medical Device Registration and Filing (the "Current Measures") implement the '
           'Regulations on the Supervision and Administration of Medical Devices (State Council Order No. 739) '
           '(the "Device Regulations"). The Draft keeps the Current Measures in line with the Device Regulations.')
    assert titles(run(raw)) == [
        "Measures for the Administration of Medical Device Registration and Filing (Revised Draft for Comments)",
        "Measures for the Administration of Medical Device Registration and Filing",
        "Regulations on the Supervision and Administration of Medical Devices"]


def test_a_headline_notice_with_a_batch_in_brackets_is_the_pages_own_directive():
    raw = ("广东省药品监督管理局 广东省卫生健康委员会 广东省中医药局关于公布广东省医疗机构中药制剂调剂使用品种目录（第二批）的通知\n\n"
           "各地级以上市市场监督管理局：\n\n现将目录印发给你们。\n\n广东省药品监督管理局\n2024年10月25日")
    (notice,) = run(raw, language="zh")
    assert notice.title.endswith("品种目录（第二批）的通知") and notice.directive_type == "notice"


def test_requirements_are_directives():
    found = find_directives(NormalizedText("按照《国家重点监控合理用药药品临床应用管理要求》加强管理。同场发布团体标准《化学原料药绿色工厂评价要求》。"),
                            "zh", [], [], None)
    assert [(d.title, d.directive_type) for d in found] == [
        ("国家重点监控合理用药药品临床应用管理要求", "guideline"), ("化学原料药绿色工厂评价要求", "standard")]


def test_a_technical_guideline_daoze_is_a_guideline():
    (d,) = run("稳妥推动《化妆品安全评估技术导则（2021年版）》全面实施。", language="zh")
    assert (d.title, d.directive_type) == ("化妆品安全评估技术导则（2021年版）", "guideline")


def test_chinese_laws_named_without_brackets():
    def found(raw: str) -> list[tuple[str, str]]:
        return [(d.title, d.directive_type) for d in run(raw, language="zh")]
    assert found("现行精神卫生法于2012年通过。会议还将继续审议医疗保障法草案。依据药品管理法和疫苗管理法加强监管。") == [
        ("精神卫生法", "law"), ("医疗保障法草案", "law"), ("药品管理法", "law"), ("疫苗管理法", "law")]
    assert found("要依法加强管理，推进药品安全管理法治建设，完善药品管理法律法规。") == []
    assert found("台灣專家解讀大陸藥品管理法。") == [("藥品管理法", "law")]
    assert found("听取市疾控局关于疫苗管理法贯彻实施情况的汇报，要加大疫苗管理法宣传普及力度。") == [("疫苗管理法", "law")]
    assert found("积极配合立法机关推动医疗保障法尽快出台。") == [("医疗保障法", "law")]


def test_a_pharmacopoeia_by_its_edition_not_a_commission_named_after_it_nor_a_quoted_sentence():
    raw = ("The NMPA issued an announcement promulgating the Pharmacopoeia of the People's Republic of China (2025 "
           "Edition). The compilation was carried out by the 12th Chinese Pharmacopoeia Commission. \"Drug standards "
           "are the technical basis for drug research, production, distribution and regulation,\" Li said.")
    assert titles(run(raw)) == ["Pharmacopoeia of the People's Republic of China (2025 Edition)"]


def test_zh_the_outline_a_pharmacopoeias_edition_is_compiled_by_is_a_plan_of_its_own():
    found = run("会议审议《中华人民共和国药典》2025年版编制大纲（草案）。2020年版《中国药典》由国家药监局颁布。", language="zh")
    assert [(d.title, d.directive_type) for d in found] == [("中华人民共和国药典2025年版编制大纲", "plan"),
                                                           ("中国药典", "standard")]


def test_a_head_first_title_stops_before_the_next_title_of_a_list():
    raw = ("The revision should be coordinated with other laws, including the Law on Emergency Response and the "
           "Frontier Health and Quarantine Law.")
    assert titles(run(raw)) == ["Law on Emergency Response", "Frontier Health and Quarantine Law"]


def test_a_drug_list_named_in_title_case_and_its_year_in_brackets():
    raw = ("The 2025 National Reimbursement Drug List adds 114 drugs. The new Commercial Health Insurance Innovative Drug "
           "List (2025) includes 19 drugs. The Priority List was not changed.")
    assert titles(run(raw)) == ["2025 National Reimbursement Drug List",
                                "Commercial Health Insurance Innovative Drug List (2025)"]


def test_a_title_case_gloss_between_the_head_and_its_subject():
    raw = ("The NDRC and MOFCOM on Friday released the Special Administrative Measures (Negative List) for Foreign "
           "Investment Access (2024 Edition), which removes all remaining restrictions.")
    assert titles(run(raw)) == ["Special Administrative Measures (Negative List) for Foreign Investment Access (2024 Edition)"]


def test_chinese_titles_with_two_trailing_brackets():
    from pipelines.extract.text import NormalizedText as _T
    found = find_directives(_T("国家药监局19日发布《药品试验数据保护实施办法（试行）（征求意见稿）》。发改委发布《外商投资准入特别管理措施"
                               "（负面清单）（2024年版）》。"), "zh", [], [], None)
    assert titles(found) == ["药品试验数据保护实施办法（试行）（征求意见稿）", "外商投资准入特别管理措施（负面清单）（2024年版）"]


def test_chinese_rules_are_a_regulation():
    from pipelines.extract.text import NormalizedText as _T
    (rules,) = find_directives(_T("严格按照《医疗器械唯一标识系统规则》要求，规范开展赋码。"), "zh", [], [], None)
    assert (rules.title, rules.directive_type) == ("医疗器械唯一标识系统规则", "regulation")


def test_a_chinese_verb_whose_object_closed_issues_no_later_title():
    from pipelines.extract.text import NormalizedText as _T
    text = _T("2017年中共中央办公厅、国务院办公厅印发《关于深化审评审批制度改革鼓励药品医疗器械创新的意见》以来，改革持续深化，"
              "《药品管理法》《疫苗管理法》等法律法规相继修订。")
    found = find_directives(text, "zh", mentions_of(text, {"中共中央办公厅": "cpc-general-office",
                                                         "国务院办公厅": "state-council-general-office"}), [], None)
    assert {d.title: d.issuer_ids for d in found} == {
        "关于深化审评审批制度改革鼓励药品医疗器械创新的意见": ("cpc-general-office", "state-council-general-office"),
        "药品管理法": (), "疫苗管理法": ()}


def test_issued_last_year_by_names_its_issuers():
    raw = ("Under the Announcement on the Third Batch Implementation of Unique Device Identification for Medical Devices "
           "jointly issued last year by the National Medical Products Administration and the National Health Commission, "
           "Class II devices must carry UDI.")
    (notice,) = run(raw, {"National Medical Products Administration": "nmpa", "National Health Commission": "nhc"})
    assert notice.issuer_ids == ("nmpa", "nhc")


def test_in_the_title_the_regulator_ordered_names_its_issuer():
    raw = ("China's National Medical Products Administration (NMPA) has cancelled the certificates. In the Announcement "
           "on Cancelling the Drug Registration Certificates of Phenolphthalein Tablets (No. 6 of 2021), dated 14 January, "
           "the regulator ordered an immediate halt to production. In the Drug Administration Law, penalties are set.")
    found = run(raw, {"National Medical Products Administration": "nmpa"})
    assert {d.title: d.issuer_ids for d in found} == {
        "Announcement on Cancelling the Drug Registration Certificates of Phenolphthalein Tablets": ("nmpa",),
        "Drug Administration Law": ()}


def test_an_annual_report_closes_a_name_and_a_report_opens_none():
    raw = ("On April 17, the NMPA released the National Adverse Drug Reaction Monitoring Annual Report (2023). It "
           "also released the Statistical Annual Report on Drug Regulation (2024). Premier Li delivered the Report on "
           "the Work of the Government.")
    assert titles(run(raw)) == ["National Adverse Drug Reaction Monitoring Annual Report (2023)",
                                "Statistical Annual Report on Drug Regulation (2024)"]
    from pipelines.extract.text import NormalizedText as _T
    found = find_directives(_T("日前，国家药监局发布《国家药品不良反应监测年度报告（2024年）》。"), "zh", [], [], None)
    assert [(d.title, d.directive_type) for d in found] == [("国家药品不良反应监测年度报告（2024年）", "other")]


def test_a_criminal_law_amendment_is_a_law():
    from pipelines.extract.text import NormalizedText as _T
    (amendment,) = find_directives(_T("《中华人民共和国刑法修正案（十一）》对危害药品安全犯罪作出修改。"), "zh", [], [], None)
    assert (amendment.title, amendment.directive_type) == ("中华人民共和国刑法修正案（十一）", "law")


def test_an_emergency_plan_is_a_plan():
    from pipelines.extract.text import NormalizedText as _T
    found = find_directives(_T("依据《疫苗质量安全事件应急预案（试行）》、《江苏省药品安全突发事件应急预案》组织实施。"), "zh", [], [], None)
    assert [(d.title, d.directive_type) for d in found] == [("疫苗质量安全事件应急预案（试行）", "plan"),
                                                            ("江苏省药品安全突发事件应急预案", "plan")]


def test_a_reply_letter_is_a_directive():
    assert titles(run("Under the Reply on Agreeing to Carry Out the Pilot of Cross-border E-commerce Retail Imports of "
                      "Drugs in Zhengzhou, issued jointly by the two departments, consumers can buy drugs.")) == [
        "Reply on Agreeing to Carry Out the Pilot of Cross-border E-commerce Retail Imports of Drugs in Zhengzhou"]
    from pipelines.extract.text import NormalizedText as _T
    (reply,) = find_directives(_T("海关总署、国家药监局日前印发《关于同意在郑州市开展跨境电子商务零售进口部分药品试点的复函》。"), "zh",
                               [], [], None)
    assert reply.directive_type == "other"


def test_a_head_of_its_subject_a_batch_of_a_list_and_no_act_of_regulation():
    raw = ("The NHC released the Third Batch of the List of Encouraged Generic Drugs on Monday. The measures build on the "
           "Implementing Regulations of the Patent Law. The visit followed the Master Plan of the Development of the "
           "Guangdong-Macao In-Depth Cooperation Zone in Hengqin. They discussed the Regulation of Drugs and Medical "
           "Devices between the two regulators. The Notice of the State Council was sent out.")
    assert titles(run(raw)) == [
        "Third Batch of the List of Encouraged Generic Drugs", "Implementing Regulations of the Patent Law",
        "Master Plan of the Development of the Guangdong-Macao In-Depth Cooperation Zone in Hengqin"]


def test_hong_kong_bills_with_amendment_inside_and_their_year_after():
    found = run("The Legislative Council passed the Pharmacy and Poisons (Amendment) Bill 2025 today. The Government "
                "will introduce the Medical Device Bill next year.")
    assert [(d.title, d.directive_type) for d in found] == [
        ("Pharmacy and Poisons (Amendment) Bill 2025", "law"), ("Medical Device Bill", "law")]
    zh = run("立法會三讀通過《2025年藥劑業及毒藥（修訂）條例草案》。", language="zh")
    assert [(d.title, d.directive_type) for d in zh] == [("2025年藥劑業及毒藥（修訂）條例草案", "law")]


def test_a_bare_law_after_duizhao_keeps_its_whole_name():
    found = run("一是坚持依法监管，对照疫苗管理法逐条梳理配套制度落实情况。", language="zh")
    assert [d.title for d in found] == ["疫苗管理法"]


def test_a_law_named_short_and_in_full_is_one_directive_under_its_full_name():
    found = run("Symposium marks five years of Vaccine Administration Law\nThe Vaccine Administration Law of the "
                "People's Republic of China was adopted on June 29, 2019.")
    assert [(d.title, d.short_names) for d in found] == [
        ("Vaccine Administration Law of the People's Republic of China", ("Vaccine Administration Law",))]
    zh = run("学习疫苗管理法。《中华人民共和国疫苗管理法》于2019年6月29日通过。", language="zh")
    assert [d.title for d in zh] == ["中华人民共和国疫苗管理法"]


def test_a_batch_told_before_a_catalogue_and_a_years_doping_list():
    found = run("The NATCM and the NMPA on Wednesday jointly released the second batch of the Catalogue of Ancient "
                "Classical Formulas. Five departments released the country's 2025 Doping List.")
    assert [d.title for d in found] == ["Catalogue of Ancient Classical Formulas (Second Batch)", "2025 Doping List"]


def test_a_law_adopted_by_a_legislature_is_issued_by_it_a_plan_adopted_is_not():
    [law] = run("The Vaccine Administration Law of the People's Republic of China was adopted by the Standing Committee "
                "of the National People's Congress on June 29, 2019.",
                {"Standing Committee of the National People's Congress": "npcsc"})
    assert law.issuer_ids == ("npcsc",)
    text = NormalizedText("十三届全国人大常委会第十一次会议审议通过《中华人民共和国疫苗管理法》。要落实国务院常务会议审议通过的"
                          "《医药工业高质量发展行动计划（2023—2025年）》。")
    found = find_directives(text, "zh", mentions_of(text, {"全国人大常委会": "npcsc", "国务院": "state-council"}), [], None)
    assert [(d.directive_type, d.issuer_ids) for d in found] == [("law", ("npcsc",)), ("plan", ())]


def test_issued_by_after_an_adverb_or_an_aside_and_a_regulation_adopted_at_a_meeting():
    found = run("It complements the Drug Administration Law, which was comprehensively revised by the Standing Committee "
                "of the National People's Congress on 26 August 2019. The Regulation on the Supervision and Administration "
                "of Cosmetics, which contains six chapters and 80 articles, was adopted at a State Council executive "
                "meeting on Jan 3.",
                {"Standing Committee of the National People's Congress": "npcsc", "State Council": "state-council"})
    assert [d.issuer_ids for d in found] == [("npcsc",), ("state-council",)]


def test_a_statistical_bulletin_is_a_document_issued():
    zh = run("国家医保局25日发布《2023年全国医疗保障事业发展统计公报》。", language="zh")
    assert [(d.title, d.directive_type) for d in zh] == [("2023年全国医疗保障事业发展统计公报", "other")]
    assert [d.title for d in run("The figures were given in the 2023 Statistical Bulletin on the Development of "
                                 "National Healthcare Security.")] == [     # (its year opens its name, as the gold has it)
        "2023 Statistical Bulletin on the Development of National Healthcare Security"]


def test_a_chinese_nickname_defined_after_a_title_is_no_directive_of_its_own():
    text = NormalizedText("国家药监局《关于医用透明质酸钠产品管理类别的公告》（2022年第103号，以下简称“103号公告”）作出了规定。"
                          "103号公告同时明确。")
    found = find_directives(text, "zh", [], [], None)
    assert [d.title for d in found] == ["关于医用透明质酸钠产品管理类别的公告"]


def test_an_issuer_in_a_passive_is_not_the_issuer_of_a_later_title_and_a_registration_regulation():
    found = {d.title: d for d in run(
        "The current Procedures for X (Trial) were issued by the NMPA in July 2020, together with other procedures, to "
        "implement the Drug Registration Regulation promulgated by the State Administration for Market Regulation in "
        "January 2020.", agencies={"NMPA": "nmpa", "State Administration for Market Regulation": "samr"})}
    assert found["Procedures for X (Trial)"].issuer_ids == ("nmpa",)
    assert found["Drug Registration Regulation"].issuer_ids == ("samr",)


def test_a_strategy_in_title_case_is_a_plan():
    found = run("China supports the WHO Traditional Medicine Strategy 2025-2034. The China-WHO Country Cooperation "
                "Strategy (2022-2026) guides the work. Their strategy differs.")
    assert [(d.title, d.directive_type) for d in found] == [
        ("WHO Traditional Medicine Strategy", "plan"), ("China-WHO Country Cooperation Strategy (2022-2026)", "plan")]


def test_implementing_regulations_named_three_ways_are_one_directive_and_not_the_law():
    found = run("China Finalizes Overhaul of the Drug Administration Law Implementing Regulations\n"
                "The State Council published the revised Regulations for the Implementation of the Drug Administration "
                "Law of the People's Republic of China. The Implementing Rules for the Regulations on the Administration "
                "of Human Genetic Resources add to the Regulations on the Administration of Human Genetic Resources.")
    assert len(titles(found)) == 3
    assert "Regulations for the Implementation of the Drug Administration Law of the People's Republic of China" in titles(found)


def test_a_lower_case_title_an_issuing_verb_takes_unless_it_describes_a_named_one():
    found = run("The State Council in January issued opinions on comprehensively deepening the reform of drug regulation, "
                "pledging faster reviews. The meeting adopted an implementation plan on providing full-chain support for "
                "innovative drugs.")
    assert titles(found) == ["opinions on comprehensively deepening the reform of drug regulation",
                             "implementation plan on providing full-chain support for innovative drugs"]
    named = run("The ministry issued a guideline on comprehensively deepening the reform of drug and medical device "
                "regulation. The Opinions on Comprehensively Deepening the Reform of Drug and Medical Device Regulation "
                "were published on Friday.")
    assert titles(named) == ["Opinions on Comprehensively Deepening the Reform of Drug and Medical Device Regulation"]


def test_a_white_paper_in_title_marks():
    found = run("省高院发布《浙江法院危害药品安全犯罪审判白皮书（2021—2023年）》。", language="zh")
    assert [(d.title, d.directive_type) for d in found] == [("浙江法院危害药品安全犯罪审判白皮书（2021—2023年）", "other")]


def test_a_hong_kong_amendment_regulation_with_its_year():
    found = run("The change will be effected through the Pharmacy and Poisons (Amendment) Regulation 2025 to be made by "
                "the Board, not by the State Administration for Market Regulation 2024 plan.")
    assert titles(found) == ["Pharmacy and Poisons (Amendment) Regulation 2025"]


def test_a_local_policy_package_is_measures():
    found = run("东湖高新区出台《光谷生物医药产业高质量发展若干政策》。", language="zh")
    assert [(d.title, d.directive_type) for d in found] == [("光谷生物医药产业高质量发展若干政策", "measures")]


def test_rules_named_zhunze_are_directives():
    found = run("依《藥品查驗登記審查準則》規定，並落實《医疗机构工作人员廉洁从业九项准则》。", language="zh")
    assert titles(found) == ["藥品查驗登記審查準則", "医疗机构工作人员廉洁从业九项准则"]


def test_a_lectures_topic_in_quotes_is_no_directive():
    found = run("吴丽娟以“基层常见慢病合理用药与处方审核要点”为题授课。", language="zh")
    assert titles(found) == []


def test_a_law_schools_research_centre_is_no_law():
    found = run("对外经济贸易大学竞争法研究中心教授周明远分析，新指引落实药品管理法要求。", language="zh")
    assert titles(found) == ["药品管理法"]


def test_a_university_or_law_firm_is_no_law_nor_a_columns_title_a_notice():
    found = run("Huang Yimin, a professor at East China University of Political Science and Law, and Xu Mengqi, a partner "
                "at Beijing Jiaxin Law Firm, spoke. Notice of the Week | Issue 32, 2025. The Drug Administration Law applies.")
    assert titles(found) == ["Drug Administration Law"]


def test_a_title_case_name_inside_a_lower_case_title_is_its_own():
    found = run("The modified regulations for implementing the Drug Administration Law, which the Premier signed, take "
                "effect in May.")
    assert titles(found) == ["regulations for implementing the Drug Administration Law", "Drug Administration Law"]


def test_specifications_are_a_directive():
    found = run("Localities must implement the Work Specifications for Rabies Exposure Prophylaxis and Treatment (2023 Edition). "
                "Much builds on the Technical Specifications for Cosmetics Production Licensing.")
    assert titles(found) == ["Work Specifications for Rabies Exposure Prophylaxis and Treatment (2023 Edition)",
                             "Technical Specifications for Cosmetics Production Licensing"]


def test_a_work_report_or_policy_address_in_title_marks():
    found = find_directives(NormalizedText("国家药监局今天发布《2023年度医疗器械注册工作报告》。行政长官在《2023年施政报告》中提出。"),
                            "zh", [], [], None)
    assert [(d.title, d.directive_type) for d in found] == [("2023年度医疗器械注册工作报告", "other"), ("2023年施政报告", "other")]


def test_the_administration_that_released_is_the_one_the_page_is_about():
    agencies = {"Chongqing Municipal Healthcare Security Administration": "cq-hsa",
                "Chongqing Administration of Traditional Chinese Medicine": "cq-tcm",
                "National Healthcare Security Administration": "nhsa"}
    found = run("The Chongqing Municipal Healthcare Security Administration held a launch meeting. The Chongqing Municipal "
                "Healthcare Security Administration said the pilot follows the National Healthcare Security Administration. "
                "At the meeting, the administration and the Chongqing Administration of Traditional Chinese Medicine "
                "jointly released the Implementation Plan for the Pilot Reform of DRG Payment.", agencies=agencies)
    assert found[0].issuer_ids == ("cq-hsa", "cq-tcm")
    said = run("The National Healthcare Security Administration met. The administration said the release of the "
               "Guidelines for Pricing Items is part of its efforts.", agencies=agencies)
    assert said[0].issuer_ids == ()


def test_a_hong_kong_regulation_in_title_marks():
    found = run("違反《藥劑業及毒藥規例》（第138A章）。", language="zh")
    assert [(d.title, d.directive_type) for d in found] == [("藥劑業及毒藥規例", "regulation")]


def test_key_tasks_acts_and_device_regulations_are_named_instruments():
    raw = ("The meeting heard a report on the Key Tasks for Deepening the Reform of the Medical and Health System. "
           "Firms may apply under Article 48-2 of the Pharmaceutical Affairs Act. He described the implementation of "
           "the Medical Device Regulation (MDR) and the In Vitro Diagnostic Medical Device Regulation (IVDR). "
           "The China-Japan Seminar on Drug and Medical Device Regulation opened.")
    assert titles(run(raw)) == ["Key Tasks for Deepening the Reform of the Medical and Health System",
                                "Pharmaceutical Affairs Act", "Medical Device Regulation",
                                "In Vitro Diagnostic Medical Device Regulation"]


def test_the_document_issued_by_the_other_departments_lists_its_issuers():
    raw = ("The NHC and 13 other departments on Wednesday jointly issued the Key Tasks for Rectifying Malpractice in "
           "Pharmaceutical Purchasing and Sales in 2024. Besides the NHC, the document was issued by the Ministry of "
           "Education, the Ministry of Finance and the National Medical Products Administration.")
    (tasks,) = run(raw, {"NHC": "nhc", "Ministry of Education": "moe", "Ministry of Finance": "mof",
                         "National Medical Products Administration": "nmpa"})
    assert set(tasks.issuer_ids) == {"nhc", "moe", "mof", "nmpa"}


def test_zh_generic_nickname_and_the_press_conference_is_no_issuing():
    text = NormalizedText("今天（7月30日）下午，市政府新闻办举行新闻发布会，副秘书长陆国强介绍《关于支持生物医药产业全链条创新发展的若干意见》"
                          "有关情况。日前，市政府办公厅印发《若干意见》。据《暂行办法》规定……")
    found = find_directives(text, "zh", mentions_of(text, {"市政府办公厅": "gov-office"}),
                            [date_at(text, "7月30日", date(2024, 7, 30))], None)
    (opinions,) = [d for d in found if "若干意见" in d.title]
    assert opinions.title == "关于支持生物医药产业全链条创新发展的若干意见" and opinions.issued_date is None
    assert opinions.issuer_ids == ("gov-office",)


def test_a_chinese_gloss_and_an_edition_belong_to_the_title():
    (act,) = run("Provisions were removed after the Medical Devices Act (醫療器材管理法) took effect.")
    assert (act.title, act.title_zh) == ("Medical Devices Act", "醫療器材管理法")
    text = NormalizedText("会议审议并原则通过了《中华人民共和国药典》（2025年版）草案。为全国人大常委会今年开展药品管理法执法检查做好准备。")
    found = find_directives(text, "zh", [], [], None)
    assert titles(found) == ["中华人民共和国药典（2025年版）", "药品管理法"]


def test_a_numbered_law_is_named_from_its_head():
    (law,) = run("Together with Law No. 11/2021 on the Pharmaceutical Activities of Traditional Chinese Medicine and "
                 "the Registration of Proprietary Chinese Medicines, the bill would complete the framework.")
    assert law.title.startswith("Law No. 11/2021 on the Pharmaceutical Activities")


def test_a_quotation_of_two_sentences_is_speech_not_a_title():
    raw = ('"Ten years ago nobody asked where the herbs came from. Now every big buyer wants the planting record '
           'and the test report," said Wang, a herb dealer.')
    assert run(raw) == []


def test_zh_a_consultation_document_named_in_brackets_without_a_head_word():
    (d,) = run("醫務衛生局今日公布《建立醫療器械法定規管制度》諮詢文件，展開公眾諮詢。", language="zh")
    assert (d.title, d.directive_type) == ("建立醫療器械法定規管制度", "other")


def test_an_amended_instrument_keeps_its_name_and_a_database_of_laws_is_none():
    raw = ("The full text can be found on the Laws and Regulations Database of the Republic of China (Taiwan). "
           "Attachment: Amended Regulations Governing Medical Device Quality Management System (Chinese)")
    assert titles(run(raw)) == ["Regulations Governing Medical Device Quality Management System"]


def test_zh_a_statute_quoted_in_corner_brackets_but_not_a_slogan():
    assert titles(run("依據「藥事法」第53條之1規定，業者應符合規定。", language="zh")) == ["藥事法"]
    assert not run("推動「健康台灣」計畫，落實「全民健保」，做好「加法」與「減法」。", language="zh")


def test_a_title_case_title_runs_on_over_a_phrasal_verb_particle():
    raw = ("On May 9, the Hunan Provincial Medical Products Administration issued the Notice on Carrying out Special "
           "Inspections of Vaccine Safety.")
    assert [d.title for d in extract_document(raw, "en", date(2024, 5, 10)).directives] == [
        "Notice on Carrying out Special Inspections of Vaccine Safety"]


def test_issued_jointly_by_after_the_verb_and_technical_operating_procedures():
    raw = ("The updated catalogue, formally the National Basic Medical Insurance, Work-related Injury Insurance and "
           "Maternity Insurance Drug List (2025), was issued jointly by the NHSA and the Ministry of Human Resources and "
           "Social Security.")
    assert [d.issuer_ids for d in extract_document(raw, "en", date(2025, 12, 7)).directives] == [("nhsa", "mohrss")]
    raw = "严格执行国家卫生健康委印发的《单采血浆站技术操作规程（2022年版）》。"
    assert [(d.title, d.directive_type) for d in extract_document(raw, "zh", date(2022, 5, 13)).directives] == [
        ("单采血浆站技术操作规程（2022年版）", "standard")]


def test_a_law_told_with_its_number_and_year():
    raw = "Darmawan said the agreements would help Indonesia reach the goal, set out in Health Law No. 17 of 2023."
    assert [d.title for d in extract_document(raw, "en", date(2024, 11, 15)).directives] == ["Health Law No. 17 of 2023"]


def test_a_place_in_brackets_inside_a_title_stays_in_it():
    raw = ("At the forum, the Administrative Committee released the Several Measures of the China (Tianjin) Pilot Free "
           "Trade Zone for Supporting the Innovative Development of the Biomedicine Industry.")
    titles = [d.title for d in extract_document(raw, "en", date(2024, 5, 24)).directives]
    assert titles == ["Several Measures of the China (Tianjin) Pilot Free Trade Zone for Supporting the Innovative "
                      "Development of the Biomedicine Industry"]


def test_a_plan_against_something_goes_on_past_against():
    raw = ("It is based on the Special Campaign Plan Against Counterfeit and Illegal Weight-Loss Drugs, jointly issued "
           "on May 17 by the Shanghai Medical Products Administration.")
    assert [d.title for d in extract_document(raw, "en", date(2024, 5, 23)).directives] == [
        "Special Campaign Plan Against Counterfeit and Illegal Weight-Loss Drugs"]


def test_a_five_year_plan_period_is_no_plan():
    raw = ("China aims to keep growth above 8 percent during the 14th Five-Year Plan period (2021-2025), according to "
           "a plan released on Sunday. The 14th Five-Year Plan for the Development of the Pharmaceutical Industry was "
           "issued by nine departments; revenue grew during the 13th Five-Year Plan period (2016-2020).")
    assert titles(run(raw, {})) == ["14th Five-Year Plan for the Development of the Pharmaceutical Industry"]


def test_a_version_number_inside_a_title_the_publishers_name_and_a_term_defined_after_a_chinese_gloss():
    raw = ("The training followed the Notice on Issuing the DRG/DIP 2.0 Grouping Schemes and Further Advancing Related "
           "Work released by the General Office of the NHSA on July 23.")
    assert titles(run(raw, {})) == ["Notice on Issuing the DRG/DIP 2.0 Grouping Schemes and Further Advancing Related Work"]
    raw = ('On 22 April 2022, the NMPA published the Guidelines for Pharmacovigilance Inspection (《药物警戒检查指导原则》, '
           'the "Inspection Guidelines"). The Inspection Guidelines give the criteria. Please contact your usual '
           'Harbourview Law contact to register.')
    assert [d.title for d in extract_document(raw, "en", date(2022, 5, 1), "Harbourview Law").directives] == [
        "Guidelines for Pharmacovigilance Inspection"]


def test_a_protocol_of_diagnosis_and_treatment_a_short_form_and_its_full_name_and_a_key_points_of_a_year():
    raw = ("Insurance funds cover the drugs listed in the Diagnosis and Treatment Protocol for COVID-19 (Trial Version 9). "
           "The two sides signed a Cooperation Protocol on Drug Regulation. Inspectors check Good Supply Practice (GSP) "
           "compliance, as required by the Good Supply Practice for Pharmaceutical Products. Hospitals must implement "
           "the 2023 Key Points for Correcting Unhealthy Practices in Pharmaceutical Purchase and Sales and in Medical "
           "Services. It rests on the Technical Guideline for the Research and Evaluation of Biosimilars (Tentative).")
    assert [(d.title, d.directive_type) for d in extract_document(raw, "en", date(2024, 1, 19)).directives] == [
        ("Diagnosis and Treatment Protocol for COVID-19 (Trial Version 9)", "guideline"),
        ("Good Supply Practice for Pharmaceutical Products", "standard"),
        ("2023 Key Points for Correcting Unhealthy Practices in Pharmaceutical Purchase and Sales and in Medical "
         "Services", "other"),
        ("Technical Guideline for the Research and Evaluation of Biosimilars (Tentative)", "guideline")]


def test_a_chinese_title_glossed_in_english_is_one_directive_and_words_quoted_with_a_comma_are_none():
    raw = ("国家药监局、国家知识产权局联合发布《药品专利纠纷早期解决机制实施办法（试行）》（Implementation Measures for the Early "
           "Resolution Mechanism for Drug Patent Disputes (Trial)）。一位总监告诉记者，“现在更多企业把专利挑战前置到立项阶段，"
           "与研发同步规划”。")
    [d] = extract_document(raw, "zh", date(2024, 7, 8)).directives
    assert (d.title, d.title_zh) == ("Implementation Measures for the Early Resolution Mechanism for Drug Patent "
                                     "Disputes (Trial)", "药品专利纠纷早期解决机制实施办法（试行）")
    assert d.issuer_ids == ("nmpa", "cnipa")


def test_a_chinese_title_glossed_by_its_english_name_after_the():
    raw = ('He called for implementing 《"十四五"国家药品安全及促进高质量发展规划》(the 14th Five-Year Plan for National Drug '
           "Safety and Promoting High-Quality Development), issued by the NMPA.")
    [d] = extract_document(raw, "en", date(2024, 1, 25)).directives
    assert (d.title, d.title_zh) == ("14th Five-Year Plan for National Drug Safety and Promoting High-Quality Development",
                                     '"十四五"国家药品安全及促进高质量发展规划')


def test_the_years_a_title_covers_then_of_its_issuer_close_the_title():
    raw = ("It acts under the National Action Plan for Reducing the Use of Veterinary Antimicrobials (2021-2025) of the "
           "Ministry of Agriculture and Rural Affairs. The 14th Five-Year Plan (2021-2025) for National Drug Safety was issued.")
    assert [d.title for d in extract_document(raw, "en", date(2023, 11, 20)).directives] == [
        "National Action Plan for Reducing the Use of Veterinary Antimicrobials (2021-2025)",
        "14th Five-Year Plan (2021-2025) for National Drug Safety"]


def test_a_title_stops_before_a_quote_of_lower_case_words_after_a_function_word():
    raw = ("The Chongqing MPA would implement the Regulations on the Supervision and Administration of Medical Devices "
           "and the Provisions for the Supervision and Administration of Medical Device Manufacturing with \"the same "
           "standard on both sides of the border\".")
    assert [d.title for d in extract_document(raw, "en", date(2022, 5, 20)).directives] == [
        "Regulations on the Supervision and Administration of Medical Devices",
        "Provisions for the Supervision and Administration of Medical Device Manufacturing"]


def test_a_quotation_opening_on_a_speakers_pronoun_is_speech():
    raw = ("\"We want to make it easier to open a pharmacy, but harder to break the rules,\" an official from the "
           "bureau said at the briefing.")
    assert extract_document(raw, "en", date(2024, 1, 12)).directives == []


def test_what_a_seminar_is_on_is_no_directive():
    raw = "The 2024 Seminar on Drug Regulation for Developing Countries closed in Beijing on Wednesday."
    assert extract_document(raw, "en", date(2024, 10, 31)).directives == []


def test_a_strategy_and_action_plan_is_one_instrument_and_a_strategy_in_chinese_a_plan():
    raw = ("The HA's work forms part of the Hong Kong Strategy and Action Plan on Antimicrobial Resistance (2017-2022), "
           "which was launched in July 2017.")
    assert [d.title for d in extract_document(raw, "en", date(2021, 11, 10)).directives] == [
        "Hong Kong Strategy and Action Plan on Antimicrobial Resistance (2017-2022)"]
    assert [(d.title, d.directive_type) for d in extract_document("政府今日公布《香港癌症策略》。", "zh",
                                                                   date(2019, 7, 19)).directives] == [("香港癌症策略", "plan")]


def test_a_numbered_list_of_documents_and_a_classification_catalogue():
    raw = "相关文件：\n1.国家药监局关于发布医疗器械唯一标识系统规则的公告（2019年第66号）\n2.北京市药品监督管理局关于做好第三批医疗器械唯一标识实施工作的通知"
    assert [d.title for d in extract_document(raw, "zh", date(2024, 6, 10)).directives] == [
        "国家药监局关于发布医疗器械唯一标识系统规则的公告", "北京市药品监督管理局关于做好第三批医疗器械唯一标识实施工作的通知"]
    raw = "The new Medical Device Classification Catalogue, released by the China Food and Drug Administration on Monday, will take effect."
    assert [d.title for d in extract_document(raw, "en", date(2017, 9, 5)).directives] == [
        "Medical Device Classification Catalogue"]


def test_zh_an_unbracketed_decision_does_not_run_back_across_commas():
    raw = "6月13日上午，省药监局召开干部大会，宣布省委关于省药监局主要负责同志任职的决定。"
    assert extract_document(raw, "zh", date(2023, 6, 13)).directives == []


def test_zh_a_bare_law_after_jiehe_and_views_on_a_law_being_drafted_are_no_release():
    raw = "何维4月16日至18日率调研组在天津调研，就制定医疗保障法听取意见建议。天津市将结合医疗保障法立法进程启动修改工作。"
    found = extract_document(raw, "zh", date(2024, 4, 19))
    assert [d.title for d in found.directives] == ["医疗保障法"]
    assert [e.event_type for e in found.events] == ["visit"]


def test_the_national_plan_named_by_its_ordinal_alone_is_no_directive():
    raw = ("2022年是实施“十四五”规划承上启下的关键之年，要深入贯彻落实《“十四五”国家药品安全及促进高质量发展规划》。"
           "During the 14th Five-Year Plan, the country will ...")
    assert [d.title for d in extract_document(raw, "zh", date(2022, 3, 18)).directives] == [
        "“十四五”国家药品安全及促进高质量发展规划"]


def test_the_documents_an_announcement_attaches_but_not_its_lists_or_downloads():
    raw = ("国家药监局关于发布《药品注册核查工作程序》等5个文件的公告（2024年第166号）\n特此公告。\n"
           "附件：1.药品注册核查工作程序\n　　　　　2.药品注册核查检验启动工作程序\n　　　　　3.不符合规定药品名单\n"
           "国家药监局\n2024年12月25日\n附件下载：\n附件1.药品注册核查工作程序.docx")
    titles = [d.title for d in extract_document(raw, "zh", date(2024, 12, 27)).directives]
    assert "药品注册核查检验启动工作程序" in titles
    assert not any("名单" in t or t.endswith(".docx") for t in titles)


def test_a_macao_statutes_title_after_its_number_whatever_it_ends_with():
    raw = "藥監局今日舉行新聞發布會，介紹第21/2025號行政法規《西藥註冊及上市許可制度》的主要內容。"
    assert [(d.title, d.directive_type) for d in extract_document(raw, "zh", date(2025, 7, 18)).directives] == [
        ("西藥註冊及上市許可制度", "regulation")]
