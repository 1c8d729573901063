"""People extraction: hand-written patterns, then the whole corpus against gold as score.py counts it."""
from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import SHARED, shared_scorer

import pipelines.extract.agencies as agencies_module
from pipelines.extract.model import AgencyMention, Evidence, PersonMention
from pipelines.extract.document import extract_document
from pipelines.extract.people import find_people
from pipelines.extract.text import NormalizedText


class FakeRegistry:
    """The registry API people.py relies on: lookup(name) -> id | None."""

    def __init__(self, names: dict[str, str] | None = None):
        self.names = {k.lower(): v for k, v in (names or {}).items()}

    def lookup(self, name: str) -> str | None:
        return self.names.get(name.lower().removeprefix("the "))

    def lookup_key(self, name: str) -> list[str]:
        return [self.names[name.lower()]] if name.lower() in self.names else []

    def get(self, agency_id: str):
        return None


def people(text: str, language: str = "en", mentions: list[tuple[str, str]] = (),
           registry: FakeRegistry | None = None) -> list[PersonMention]:
    """Run find_people with agency mentions given as (agency_id, surface) found in the text."""
    norm = NormalizedText(text)
    ams = []
    for agency_id, surface in mentions:
        start = text.index(surface)
        ams.append(AgencyMention(agency_id, surface, Evidence(start, start + len(surface), surface)))
    return find_people(norm, language, ams, registry or FakeRegistry())


def titled(found: list[PersonMention]) -> dict[str, PersonMention]:
    """First titled mention per name (bare repeats come later)."""
    out: dict[str, PersonMention] = {}
    for p in found:
        if p.title and p.name not in out:
            out[p.name] = p
    for p in found:
        out.setdefault(p.name, p)
    return out


# ------------------------------------------------------------------ English

def test_party_post_gives_way_to_state_title_and_agency_from_mention():
    text = ("Huang Guo, member of the Party Group and Deputy Director of the National Medical Products "
            "Administration, attended the meeting.")
    p = titled(people(text, mentions=[("nmpa", "National Medical Products Administration")]))
    assert list(p) == ["Huang Guo"]
    assert p["Huang Guo"].title == "Deputy Director"
    assert p["Huang Guo"].agency_id == "nmpa"
    assert p["Huang Guo"].evidence.start == 0 and p["Huang Guo"].evidence.end == 9


def test_possessive_and_appositive_titles():
    text = ("Wu Zhen, Vice Minister of China Food and Drug Administration (CFDA),MHLW's Deputy Minister "
            "Furuya Noriko, PMDA’s director Tatsuya Egawa also attended. Wu address that reform matters.")
    p = titled(people(text, registry=FakeRegistry({"China Food and Drug Administration": "cfda", "MHLW": "mhlw"})))
    assert set(p) == {"Wu Zhen", "Furuya Noriko", "Tatsuya Egawa"}   # "Wu" alone is not a new person
    assert (p["Wu Zhen"].title, p["Wu Zhen"].agency_id) == ("Vice Minister", "cfda")
    assert (p["Furuya Noriko"].title, p["Furuya Noriko"].agency_id) == ("Deputy Minister", "mhlw")
    assert (p["Tatsuya Egawa"].title, p["Tatsuya Egawa"].affiliation) == ("Director", "PMDA")


def test_plural_titles_before_and_after_a_list_of_names():
    text = ("Also joining us today are three vice administrators of the NHSA, Mr. Shi Zihai, Ms. Li Tao, "
            "and Mr. Huang Huabo.\nAttendees included Wang Hong and Lan Wengchi, Deputy Directors of the "
            "Provincial Drug Administration; Vice Mayor Xu Hui; and 40 others. General Manager Xie Wenbo spoke.")
    p = titled(people(text, registry=FakeRegistry({"NHSA": "nhsa"})))
    for name in ("Shi Zihai", "Li Tao", "Huang Huabo"):
        assert (p[name].title, p[name].agency_id) == ("Vice Administrator", "nhsa")
    for name in ("Wang Hong", "Lan Wengchi"):
        assert (p[name].title, p[name].affiliation) == ("Deputy Director", "Provincial Drug Administration")
    assert p["Xu Hui"].title == "Vice Mayor"
    assert p["Xie Wenbo"].title == "General Manager"


def test_first_state_title_with_its_own_organisation():
    text = ("Gong Zheng, Deputy Secretary of the Shanghai Municipal Party Committee and Mayor, and Yan Xiaojun, "
            "co-founder and CTO of Huakan Biotechnology, spoke. Jiang Changsong, assistant to the director of "
            "the National Healthcare Security Research Institute and director of the Price Office, stated it.")
    p = titled(people(text))
    assert p["Gong Zheng"].title == "Mayor"
    assert (p["Yan Xiaojun"].title, p["Yan Xiaojun"].affiliation) == ("CTO", "Huakan Biotechnology")
    assert p["Jiang Changsong"].title == "Assistant to the Director"


def test_premier_implies_the_state_council_and_doctrines_are_not_people():
    text = ("Chinese Premier Li Qiang has signed a decree. The meeting is guided by Xi Jinping Thought on "
            "Socialism with Chinese Characteristics.")
    p = titled(people(text, registry=FakeRegistry({"State Council": "sc"})))
    assert list(p) == ["Li Qiang"]
    assert (p["Li Qiang"].title, p["Li Qiang"].agency_id) == ("Premier", "sc")


def test_foreign_names_speaker_labels_and_speech_verbs():
    text = ("Li Li, commissioner of China's National Medical Products Administration (NMPA), signed an MoU "
            "with Hisham S Aljadhey, chief executive officer of the Saudi Food and Drug Authority (SFDA), "
            "on Nov 1.\n\nXing Huina:\n\nWelcome. Gong Zheng said that Shanghai Daily reported it.")
    p = titled(people(text))
    assert set(p) == {"Li Li", "Hisham S Aljadhey", "Xing Huina", "Gong Zheng"}
    assert (p["Li Li"].title, p["Li Li"].affiliation) == ("Commissioner", "National Medical Products Administration")
    assert p["Hisham S Aljadhey"].affiliation == "Saudi Food and Drug Authority"
    assert p["Xing Huina"].title is None


def test_english_bylines():
    text = ("China Economic Net, Beijing, May 10 (Reporter Wang Wanying) Zhou Jian said today.\n"
            "Edit:Yao jue Responsible editor:Xie Tunan\nHealthcare Author: Mianmian Wang Sep 02, 2022\n"
            "Author: User")
    p = titled(people(text))
    assert (p["Wang Wanying"].title, p["Wang Wanying"].role) == ("Reporter", "reporter")
    assert (p["Yao jue"].title, p["Yao jue"].role) == ("Editor", "editor")
    assert p["Xie Tunan"].role == "editor"
    assert p["Mianmian Wang"].role == "reporter"
    assert "User" not in " ".join(p)


def test_plural_title_before_a_list_is_shared():
    text = "MIIT vice ministers Xin Guobin, Wang Jiangping and Zhang Yunming attended the forum on Friday."
    p = titled(people(text, registry=FakeRegistry({"MIIT": "miit"})))
    for name in ("Xin Guobin", "Wang Jiangping", "Zhang Yunming"):
        assert (p[name].title, p[name].agency_id) == ("Vice Minister", "miit")


def test_title_shapes_hyphen_possessive_qualifier():
    text = ("Ma Xiaowei, vice-minister of the National Health Commission, spoke first. Sun Lan, vice chairwoman "
            "of the provincial people's congress, said the law was ready. The fund opens in May, said Liu Wei, "
            "the bureau's deputy director. Ahmed Khalil, Egyptian Minister of Health, welcomed the guests. "
            "The director Steven Brown came.")
    p = titled(people(text, registry=FakeRegistry({"National Health Commission": "nhc"})))
    assert (p["Ma Xiaowei"].title, p["Ma Xiaowei"].agency_id) == ("Vice Minister", "nhc")
    assert p["Sun Lan"].title == "Vice Chairwoman"
    assert p["Liu Wei"].title == "Deputy Director"
    assert (p["Ahmed Khalil"].title, p["Ahmed Khalil"].affiliation) == ("Minister", "Egyptian Ministry of Health")
    assert "Steven Brown" not in p                # a lower-case title needs an owner or a Chinese name


def test_surname_that_is_an_english_word():
    text = "Mr. He Jianguo, deputy director general of the department, said so. He Also Said more."
    p = titled(people(text))
    assert list(p) == ["He Jianguo"]
    assert p["He Jianguo"].title == "Deputy Director General"


def test_english_name_glossed_in_chinese_is_one_person_with_the_title_after():
    text = ("Wu Xiaoming (吴晓明), Party secretary and director of the Hunan Medical Products Administration, "
            "met a delegation led by Leong Kam Fai (梁锦辉), president of the Health Bureau of Macao.")
    p = titled(people(text, mentions=[("hn-mpa", "Hunan Medical Products Administration")]))
    assert set(p) == {"Wu Xiaoming", "Leong Kam Fai"}
    assert (p["Wu Xiaoming"].title, p["Wu Xiaoming"].agency_id) == ("Director", "hn-mpa")
    assert p["Leong Kam Fai"].title == "President"


def test_office_set_off_by_a_comma_before_the_name_wins_over_an_academic_title():
    text = ("The Secretary for Transport, Professor Chan Ka-ming, toured the port. The Under Secretary for "
            "Transport, Dr Alice Wong, joined him on the trip. Later he met the Deputy Commissioner of the "
            "National Medical Products Administration (NMPA), Mr Li Mingde, and briefed Mr Li on the plan.")
    p = titled(people(text, mentions=[("nmpa", "National Medical Products Administration")]))
    assert p["Chan Ka-ming"].title == "Secretary"
    assert p["Alice Wong"].title == "Under Secretary"
    assert (p["Li Mingde"].title, p["Li Mingde"].agency_id) == ("Deputy Commissioner", "nmpa")


def test_department_after_a_possessive_owner_is_the_affiliation():
    text = "Sun Lihua, deputy director of the NMPA's Department of Drug Registration, said the rule is final."
    p = titled(people(text, mentions=[("nmpa", "NMPA"), ("nmpa-reg", "Department of Drug Registration")]))
    assert (p["Sun Lihua"].title, p["Sun Lihua"].agency_id) == ("Deputy Director", "nmpa-reg")


def test_research_titles():
    text = "Li Wei, an associate research fellow at the Shanghai Academy of Social Sciences, told the paper."
    p = titled(people(text))
    assert (p["Li Wei"].title, p["Li Wei"].affiliation) == ("Associate Research Fellow",
                                                             "Shanghai Academy of Social Sciences")


# ------------------------------------------------------------------ Chinese

def test_chinese_title_chains_simplified():
    text = ("省市场监管局党组副书记,省药品监督管理局党组书记、局长桂敦山带队来我市。市委副书记、市长孟庆斌陪同。"
            "桂敦山强调,要加强监管。省药品监督管理局党组成员、副局长史国生参加,副市长刘贤军陪同。")
    p = titled(people(text, "zh", registry=FakeRegistry({"省药品监督管理局": "sd_mpa"})))
    assert set(p) == {"桂敦山", "孟庆斌", "史国生", "刘贤军"}
    assert (p["桂敦山"].title, p["桂敦山"].agency_id) == ("Director", "sd_mpa")
    assert p["孟庆斌"].title == "Mayor"
    assert p["史国生"].title == "Deputy Director"
    assert p["刘贤军"].title == "Vice Mayor"
    assert sum(1 for x in people(text, "zh") if x.name == "桂敦山") == 2   # the repeat is the same person


def test_chinese_traditional_with_name_lengths_and_agency_mention():
    text = "工業和信息化部消費品工業司副司長周健表示,將加強協作。國家藥監局副局長徐景和在啟動儀式上透露。"
    p = titled(people(text, "zh", mentions=[("cgid", "消費品工業司"), ("nmpa", "國家藥監局")]))
    assert set(p) == {"周健", "徐景和"}
    assert (p["周健"].title, p["周健"].agency_id) == ("Deputy Director-General", "cgid")
    assert (p["徐景和"].title, p["徐景和"].agency_id) == ("Deputy Director", "nmpa")
    assert text[p["徐景和"].evidence.start:p["徐景和"].evidence.end] == "徐景和"


def test_a_places_governor_or_mayor_serves_its_government():
    from pipelines.extract.agencies import find_agencies, load_registry
    for text, agency in (("Hainan Vice-Governor Ni Qiang spoke.", "prov-hainan-gov"),
                         ("Wuhan Vice Mayor Wang Hua spoke.", "city-wuhan-gov")):
        norm = NormalizedText(text)
        _, mentions = find_agencies(norm, "en", load_registry())
        (person,) = find_people(norm, "en", mentions, load_registry())
        assert person.agency_id == agency


def test_a_press_releases_contact_lines_name_then_post():
    text = "食藥署提醒民眾諮詢藥師。\n發言人：莊明哲\u3000副署長\n聯絡電話：02-2787-8000\n業務聯絡人：藥品組\u3000李怡君\u3000科長\n"
    p = titled(people(text, "zh"))
    assert {name: f.title for name, f in p.items()} == {"庄明哲": "Deputy Director", "李怡君": "Section Chief"}


def test_chinese_speaker_labels_cues_and_leaders():
    text = ("请国家医疗保障局副局长施子海、规划财务和法规司司长王文君介绍情况。\n主持人:\n欢迎。\n施子海\n"
            "国家医疗保障局副局长施子海:\n各位好。习近平总书记强调,要加快建设。王江平强调,文件指出要发展。")
    p = titled(people(text, "zh", registry=FakeRegistry({"国家医疗保障局": "nhsa"})))
    assert set(p) == {"施子海", "王文君", "习近平", "王江平"}
    assert (p["施子海"].title, p["施子海"].agency_id) == ("Deputy Director", "nhsa")
    assert (p["王文君"].title, p["王文君"].affiliation) == ("Director-General", "规划财务和法规司")
    assert p["习近平"].title == "General Secretary"


def test_chinese_bylines():
    text = "本报讯 (临报融媒记者 柏建波)8月15日。(記者陳海波)答记者问。\n版面编辑:王永\n"
    p = titled(people(text, "zh"))
    assert set(p) == {"柏建波", "陈海波", "王永"}
    assert p["柏建波"].role == "reporter" and p["王永"].title == "Editor"


def test_chinese_list_after_one_title_and_conjunctions():
    text = "省卫生健康委副主任张明、李华、王志强出席会议。市长周峰與副市长陈刚共同出席。县长王海和副县长林涛陪同。"
    p = titled(people(text, "zh"))
    assert set(p) == {"张明", "李华", "王志强", "周峰", "陈刚", "王海", "林涛"}
    assert p["林涛"].affiliation is None          # "县长王海和" is no organisation
    assert {p[n].title for n in ("张明", "李华", "王志强")} == {"Deputy Director"}
    assert (p["周峰"].title, p["陈刚"].title) == ("Mayor", "Vice Mayor")


def test_transliterated_names_keep_the_middle_dot():
    text = ("英国药品和保健品管理局首席执行官琼·雷恩(June Raine)表示,合作成果丰硕。会后,琼·雷恩参观了实验室。"
            "执行主任艾默•库克表示赞同。")
    found = people(text, "zh")
    assert {x.name for x in found} == {"琼·雷恩", "艾默•库克"}
    assert titled(found)["琼·雷恩"].title == "Chief Executive Officer"
    assert sum(1 for x in found if x.name == "琼·雷恩") == 2


def test_chinese_host_label_and_title_set_off_by_a_space():
    text = "主持人:国家药监局新闻发言人 王明\n王明:\n各位记者朋友,大家好。\n主持人:李强\n"
    p = titled(people(text, "zh", registry=FakeRegistry({"国家药监局": "nmpa"})))
    assert set(p) == {"王明", "李强"}
    assert (p["王明"].title, p["王明"].agency_id) == ("Spokesperson", "nmpa")


# ------------------------------------------------------------------ corpus against gold

def _corpus_extraction():
    # until the agency finder lands, people are measured without agency mentions
    find_agencies = getattr(agencies_module, "find_agencies", None)
    registry = agencies_module.load_registry() if find_agencies else FakeRegistry()
    for gold_file in sorted((SHARED / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = NormalizedText((SHARED / "corpus" / gold["doc"]).read_text(encoding="utf-8"))
        mentions = find_agencies(text, gold["language"], registry)[1] if find_agencies else []
        yield gold, find_people(text, gold["language"], mentions, registry), registry


def _agency_names(agency_id: str | None, registry) -> list[str]:
    agency = registry.get(agency_id) if agency_id else None
    if agency is None:
        return []
    return [n for n in (agency.name_en, agency.name_zh, agency.abbreviation, *agency.aliases) if n]



def test_hong_kong_and_macao_offices_have_their_own_titles():
    text = ("勞工及福利局局長孫玉菡今日聯同社會福利署署長李佩詩醫生出席活動。"
            "經濟財政司司長李偉農今日（8日）上午會見代表團。北京市教育局局长李奕出席。")
    p = titled(people(text, "zh"))
    assert p["孙玉菡"].title == "Secretary for Labour and Welfare"
    assert p["李佩诗"].title == "Director"
    assert p["李伟农"].title == "Secretary for Economy and Finance"
    assert p["李奕"].title == "Director"            # a mainland bureau's head stays a Director


def test_international_titles_and_latin_names_after_a_chinese_title():
    text = "世卫组织总干事谭德塞表示，世卫组织驻华代表马丁说，欧洲药品管理局执行主任Peter Arlett Smith率团访问。"
    p = titled(people(text, "zh"))
    assert p["谭德塞"].title == "Director-General"
    assert p["马丁"].title == "Representative in China"
    assert p["Peter Arlett Smith"].title == "Executive Director"


def test_chinese_names_end_before_prepositions_and_time_words():
    text = "省药监局药品注册处处长王芳对新规进行了解读。处长李刚在会上发言。司长赵明今日上午会见来宾。"
    assert {p.name for p in people(text, "zh")} == {"王芳", "李刚", "赵明"}


def test_colleague_with_the_same_title_shares_the_organisation():
    text = "国家药监局党组成员、副局长赵军宁主持会议，副局长徐景和、李利出席会议，副市长王刚致辞。"
    p = titled(people(text, "zh", mentions=[("nmpa", "国家药监局")]))
    assert [p[n].agency_id for n in ("赵军宁", "徐景和", "李利")] == ["nmpa"] * 3
    assert p["王刚"].agency_id is None              # another office: no inheritance


@pytest.fixture(scope="module")
def corpus_scores() -> dict[str, dict[str, float]]:
    """People P/R/F1 per language exactly as score.py counts them, plus title and agency accuracy."""
    sc = shared_scorer()
    tallies = {"en": sc.Tally(), "zh": sc.Tally(), "all": sc.Tally()}
    title_acc, agency_acc = sc.Acc(), sc.Acc()
    for gold, found, registry in _corpus_extraction():
        preds: dict[str, dict] = {}
        for p in found:    # one warehouse person per person_id, titles and agencies of all mentions
            cur = preds.setdefault(p.person_id, {"name": p.name, "titles": [], "agencies": []})
            cur["titles"] += [p.title] if p.title else []
            cur["agencies"] += _agency_names(p.agency_id, registry) + ([p.affiliation] if p.affiliation else [])
        golds, pred_list = gold.get("people", []), list(preds.values())
        for key in (gold["language"], "all"):
            pairs = sc.set_score(golds, pred_list, lambda a, b: sc.person_key(a["name"]) == sc.person_key(b["name"]),
                                 tallies[key])
        for gi, pi in pairs:
            g, pr = golds[gi], pred_list[pi]
            if g.get("title"):
                title_acc.add(any(sc.fuzz.token_set_ratio(sc.norm(a), sc.norm(b)) >= 80
                                  for a in (g["title"], g.get("title_zh")) if a for b in pr["titles"]))
            if g.get("agency"):
                gold_names = next((sc.gold_agency_names(a) for a in gold.get("agencies", [])
                                   if g["agency"] in sc.gold_agency_names(a)), [g["agency"]])
                agency_acc.add(sc.names_match(gold_names, pr["agencies"], 85))
    out = {k: dict(zip(("p", "r", "f1"), t.prf())) for k, t in tallies.items()}
    out["acc"] = {"title": title_acc.value(), "agency": agency_acc.value()}
    print("\npeople scores:", json.dumps(out, indent=1))
    return out


def test_corpus_people_f1(corpus_scores):
    assert corpus_scores["all"]["f1"] >= 0.85
    assert corpus_scores["en"]["f1"] >= 0.85
    assert corpus_scores["zh"]["f1"] >= 0.85


def test_corpus_titles_and_agencies(corpus_scores):
    assert corpus_scores["acc"]["title"] >= 0.8
    # agency or affiliation as written, matched like score.py matches agency names
    assert corpus_scores["acc"]["agency"] >= 0.6


def test_chinese_names_before_motion_and_address_verbs():
    text = ("分中心主任吴海燕向代表团介绍了工作流程。康方生物董事长夏瑜建议加快审评。副局长王立新来我市调研。"
            "检查分局局长顾志强应邀出席。药物监督管理局局长蔡炳祥率领代表团赴北京。副局长段文平、王昕结合分管工作作交流发言。")
    assert {p.name for p in people(text, "zh")} == {"吴海燕", "夏瑜", "王立新", "顾志强", "蔡炳祥", "段文平", "王昕"}


def test_a_name_seen_whole_elsewhere_reads_whole_in_the_headline():
    text = "国家药监局副局长徐景和来株洲调研\n5月10日，国家药监局副局长徐景和一行赴株洲市调研。"
    assert {p.name for p in people(text, "zh")} == {"徐景和"}


def test_english_given_name_jun_particles_and_ambassadors():
    text = ("Xu Jun, director of the Jinhua Municipal Healthcare Security Bureau, reported on the city's work. "
            "The visit is part of the state visit of Brazilian President Luiz Inacio Lula da Silva from April 12 to 15. "
            "Brazilian Ambassador to China Marcos Galvao was also present.")
    p = titled(people(text))
    assert set(p) == {"Xu Jun", "Luiz Inacio Lula da Silva", "Marcos Galvao"}
    assert (p["Xu Jun"].title, p["Marcos Galvao"].title) == ("Director", "Ambassador")


def test_short_names_put_the_surname_before_a_hyphenated_given_name():
    from pipelines.extract.people import short_name
    assert [short_name(n) for n in ("Wang Yuexin", "Lo Chung-mau", "Mark Abdoo", "He Jianguo")] == [
        "Wang", "Lo", "Abdoo", None]


def test_organisation_words_in_a_title_are_no_name():
    text = ("On March 6, Ling Ji, Vice Minister of Commerce and Deputy China International Trade Representative, spoke. "
            "Jens Eskelund, President of the European Union Chamber of Commerce in China, said more.")
    assert {p.name for p in people(text)} == {"Ling Ji", "Jens Eskelund"}


def test_three_part_singapore_names_with_a_group_title():
    text = ("Heads of the Center for Drug Evaluation, as well as Foo Yang Tong, group director of the HSA's Health "
            "Products Regulation Group, were also present.")
    assert titled(people(text))["Foo Yang Tong"].title == "Group Director"


def test_a_month_after_an_honorific_is_a_given_name_and_interim_is_no_name():
    text = ("The UK side was led by Dr June Raine, Chief Executive of the MHRA. In June Li Keqiang said so. Julian Beach, "
            "Interim Executive Director of Healthcare Quality and Access, briefed the delegation.")
    p = titled(people(text))
    assert set(p) == {"June Raine", "Li Keqiang", "Julian Beach"}
    assert (p["June Raine"].title, p["Julian Beach"].title) == ("Chief Executive", "Executive Director")


def test_the_speaker_after_a_quotation():
    text = '"Demand for portable ultrasound is strong," said Li Na, a marketing manager with a Shenzhen-based maker.'
    assert set(titled(people(text))) == {"Li Na"}


def test_chinese_surnamed_people_named_with_an_organisation_or_an_appositive_before_speech():
    text = ("Zhang Hongqiang, an official with the Criminal Investigation Bureau of the Ministry of Public Security, told "
            "the press conference that police acted. Lin Qiong of the China Chemical Pharmaceutical Industry Association "
            "called for calm. \"Cooperation matters,\" said Ruth Chen, a consultant. The High-Quality Development of the "
            "industry said nothing.")
    assert {p.name for p in people(text)} == {"Zhang Hongqiang", "Lin Qiong", "Ruth Chen"}


def test_names_listed_together_share_the_cue_after_the_last():
    text = "He was accompanied by officials. Zhou Jiang and He Ying from the NMPA also took part in the inspection."
    assert {p.name for p in people(text)} == {"Zhou Jiang", "He Ying"}


def test_more_chinese_titles_cues_and_a_rare_surname_on_a_speaker_line():
    text = ("省公安厅刑侦总队副总队长刘卫平介绍，今年以来破案增多。合作区执委会主任李伟农见证签署。"
            "绿谷制药董事长吕松涛接受采访时表示满意。研究员耿美玉则说，团队花了22年。\n寿小丽：\n女士们、先生们，大家上午好。")
    found = titled(people(text, "zh"))
    assert {"刘卫平", "李伟农", "吕松涛", "耿美玉", "寿小丽"} <= set(found)
    assert found["刘卫平"].title == "Deputy Commander"


def test_a_company_in_a_list_of_signers_is_no_person():
    text = ("Zhang Qiming, chairman of Changjiang Biopharmaceutical, and Wu Xiaobo, vice president of HUST, signed for "
            "their organizations.")
    assert {p.name for p in people(text)} == {"Zhang Qiming", "Wu Xiaobo"}


def test_an_officer_title_before_a_name_and_an_appositive_before_attendance():
    text = ("The company expects inclusion at the next negotiation, Chief Financial Officer Marcus Tan told analysts. "
            "Xiang Hui, an official with the Hunan Provincial Health Commission, also attended the press conference.")
    found = titled(people(text))
    assert set(found) == {"Marcus Tan", "Xiang Hui"} and found["Marcus Tan"].title == "Chief Financial Officer"


def test_hong_kong_and_malaysian_romanised_surnames_and_a_secretarys_portfolio():
    text = ("Xu Jian, deputy director of the Jiangsu MPA, Lim Chee Keong of the NPRA, and officials attended the talks. "
            "Chan Siu-ming said the scheme would help patients. "
            "Under Secretary for Health Libby Lee Ha-yan also attended. A plan for Health Wang Jian attended.")
    found = titled(people(text))
    assert {"Xu Jian", "Lim Chee Keong", "Chan Siu-ming", "Libby Lee Ha-yan", "Wang Jian"} == set(found)
    assert found["Libby Lee Ha-yan"].title == "Under Secretary for Health" and found["Wang Jian"].title is None


def test_arabic_names_with_bin_a_body_after_of_and_a_name_before_an_adverb():
    text = ("Hamad bin Saleh Al-Ansari, Minister of Health of Oman, said the pandemic showed the need. Samira Al-Rashidi, "
            "Director of the Health Department of the League of Arab States, also addressed the ceremony.")
    assert {p.name for p in people(text)} == {"Hamad bin Saleh Al-Ansari", "Samira Al-Rashidi"}
    assert {p.name for p in people("马拉维卫生部部长昆比泽·坎多多·奇蓬达先后致辞。", "zh")} == {"昆比泽·坎多多·奇蓬达"}


def test_more_cues_a_role_word_before_names_and_a_given_name_first():
    text = ("Wang Lihua, a chief inspector at the Center for Food and Drug Inspection, lectured on deficiencies. "
            "Entrepreneurs Liu Haoran and Emily Zhang shared their experience. The Beijing Wang said nothing.")
    found = titled(people(text))
    assert set(found) == {"Wang Lihua", "Liu Haoran", "Emily Zhang"} and found["Wang Lihua"].title == "Chief Inspector"
    assert {p.name for p in people("中国科学院院士张建国受聘为主任委员。司長劉春燕以視像形式介紹了規定。", "zh")} == {"张建国", "刘春燕"}


def test_a_councilor_a_country_director_also_a_title_and_any_name_of_a_named_body():
    text = ("State Councilor Shen Yiqin called for efforts. A delegation was led by Mara Warwick, the bank's country "
            "director for China. Zhao Junning, also a deputy commissioner of the NMPA, said inspections rose. "
            "Also present were Liu Jun and Xu Fang of the provincial administration, as well as city officials. "
            "Nurbek Asanov of the Department "
            "of Medicines under the Kyrgyz Ministry of Health also spoke. Wang Hui, secretary-general of the Medical "
            "Robot Branch of the China Association for Medical Devices Industry, told reporters.")
    found = titled(people(text))
    assert set(found) == {"Shen Yiqin", "Mara Warwick", "Zhao Junning", "Liu Jun", "Xu Fang", "Nurbek Asanov", "Wang Hui"}
    assert found["Shen Yiqin"].title == "State Councilor"
    found = titled(people("章轲会见世界银行中国局局长芮泽一行。委员会主席叶尔兰·萨格德科夫在开幕式上发言。", "zh"))
    assert set(found) == {"芮泽", "叶尔兰·萨格德科夫"}


def test_a_party_chief_a_name_before_jiu_and_the_agency_a_spokesperson_speaks_for():
    text = ("Yin Hong, Party chief of Jiangxi, attended the ceremony. The Chengdu Healthcare Security Administration "
            "held a press conference. Li Ming, spokesperson for the administration, said benefits will rise.")
    found = titled(people(text, mentions=[("city-chengdu-hsa", "Chengdu Healthcare Security Administration")]))
    assert found["Yin Hong"].title == "Party Chief"
    assert (found["Li Ming"].title, found["Li Ming"].agency_id) == ("Spokesperson", "city-chengdu-hsa")
    assert {p.name for p in people("辉瑞中国总裁李明就变更管理提出建议。", "zh")} == {"李明"}


def test_hong_kong_is_no_name():
    assert people("Speakers from the Mainland and Hong Kong shared their views.") == []


def test_leaders_named_after_a_collective_label():
    assert [p.name for p in people("省领导孙守刚、张雷明，省直有关部门负责同志参加上述活动。省领导对此高度重视。", "zh")] \
        == ["孙守刚", "张雷明"]


def test_diplomatic_titles_in_chinese():
    found = titled(people("瑞士驻华大使白瑞谊参加会见。欧盟驻华代表团公使衔参赞托马斯·莱曼、瑞士驻广州总领事王明出席。", "zh"))
    assert {name: p.title for name, p in found.items()} == {
        "白瑞谊": "Ambassador", "托马斯·莱曼": "Minister-Counsellor", "王明": "Consul General"}
    assert titled(people("策略發展所分析師吳欣怡則認為，政策導向明確。", "zh"))["吴欣怡"].title == "Analyst"


def test_a_resident_named_before_a_relative_clause_and_a_patient():
    text = ("Hong Kong resident Lam Ka-yee, who has been living in Zhuhai, said she travels less. "
            "Patient Chan Tai-man said the drug helped.")
    assert [p.name for p in people(text)] == ["Lam Ka-yee", "Chan Tai-man"]


def test_rare_given_characters_after_a_title_a_name_before_a_foreign_one_and_an_expert():
    text = ("国务院副秘书长丁向阳\n新闻发言人李大为主持发布会。局长王为大家介绍情况。"
            "局长马俊与叶尔兰·萨格德科夫签署了备忘录。世界银行高级卫生专家王兴等参加会见。")
    assert [p.name for p in people(text, "zh")] == ["丁向阳", "李大为", "马俊", "王兴"]


def test_an_interview_header_a_macao_name_after_dr_and_more_titles_and_surnames():
    found = titled(people("Zhu Jianping – Director, Zhejiang Provincial Medical Products Administration\n"
                          "The Director of the Health Bureau, Dr Alvis Lo Iek Long, spoke."))
    assert (found["Zhu Jianping"].title, "Alvis Lo Iek Long" in found) == ("Director", True)
    chinese = people("公司董事长助理杨帆先后发言。副市长解冬，局长楼晓东出席。成都海关副关长陈敏代表双方签署。局长解读了政策。"
                     "以及大药房的王冬梅先后发言。他的陈述表示清楚。", "zh")
    assert [p.name for p in chinese] == ["杨帆", "解冬", "楼晓东", "陈敏", "王冬梅"]


def test_a_sentence_opening_on_a_name_set_off_by_its_post():
    found = titled(people("沈嘉禾，恒信律师事务所合伙人，主要执业领域为医药健康合规。\n高雨桐，恒信律师事务所律师，主要执业领域为"
                          "医药健康合规。王建国，国家药监局副局长，出席会议。会议指出，要加强监管。", "zh",
                          mentions=[("nmpa", "国家药监局")]))
    assert {name: (p.title, p.agency_id) for name, p in found.items()} == {
        "沈嘉禾": ("Partner", None), "高雨桐": ("Lawyer", None), "王建国": ("Deputy Director", "nmpa")}


def test_a_leaders_pages_lines_name_then_posts():
    found = titled(people("局　长\n王志刚　省市场监督管理局党组成员，省药品监督管理局党组书记、局长\n\n副局长\n"
                          "陈　芳　省药品监督管理局党组成员、副局长\n　　负责药品注册等方面工作。", "zh"))
    assert {name: p.title for name, p in found.items()} == {"王志刚": "Director", "陈芳": "Deputy Director"}


def test_a_name_with_an_age_or_whose_surname_speaks_later_is_a_person():
    text = ("Li Hua pulls open a drawer behind the counter of a small pharmacy.\n\n\"Antibiotics cannot be sold like "
            "candy,\" said Li, deputy director of the county bureau. Tang Guiying, 67, who lives in a village, buys pills "
            "there. Hai Dian opens a store; Dian said nothing.")
    assert [p.name for p in people(text)] == ["Li Hua", "Tang Guiying"]


def test_a_macao_name_may_close_on_one_letter_after_an_honorific():
    found = titled(people("The Secretary for Social Affairs and Culture, Ms Ao Ieong U, visited Nanning. Mr Lan U said "
                          "so."))
    assert set(found) == {"Ao Ieong U"}


def test_a_deputy_to_a_congress_a_procurator_and_a_pinyin_u_umlaut():
    found = titled(people("Tang Ruiqing, a deputy to the 14th National People's Congress from Hunan province, made "
                          "the suggestion. The team was led by Lena Holmqvist, senior GMP inspector of the Swedish Medical Products Agency. The meeting was attended by Hu Lianfang, deputy procurator-general of the "
                          "Jiangxi Provincial People's Procuratorate. It held a working meeting with the Director of "
                          "CMDE, Wang Zhenhua, and Deputy Director Lü Yun."))
    assert {name: p.title for name, p in found.items()} == {
        "Tang Ruiqing": "Deputy", "Lena Holmqvist": "Senior GMP Inspector", "Hu Lianfang": "Deputy Procurator-General", "Wang Zhenhua": "Director",
        "Lü Yun": "Deputy Director"}


def test_a_capitalised_deputy_before_a_title_the_list_lacks_is_no_title_of_its_own():
    found = titled(people("On March 6, Ling Ji, Vice Minister of Commerce and Deputy China International Trade "
                          "Representative, co-chaired a roundtable.", mentions=[("mofcom", "Commerce")]))
    assert (found["Ling Ji"].title, found["Ling Ji"].agency_id) == ("Vice Minister", "mofcom")


def test_a_board_before_its_chairmans_title_is_no_name_and_a_hong_kong_variant_stays_as_written():
    found = titled(people("香港中醫醫院營運機構董事局主席王桂壎、香港浸會大學校長衞炳江等出席典禮。", "zh"))
    assert set(found) == {"王桂埙", "衞炳江"}


def test_the_first_words_of_a_titled_full_name_are_that_person():
    found = people("The Director of the Health Bureau, Dr Alvis Lo Iek Long, attended. Dr Alvis Lo said that influenza "
                   "activity rose.")
    assert {p.name for p in found} == {"Alvis Lo Iek Long"}


def test_a_company_after_at_is_no_person_and_a_senior_vice_president_is_a_title():
    found = titled(people("At the Medtronic booth, Gu Yushao, senior vice president of Medtronic, introduced devices. "
                          "At Siemens Healthineers, Wang Hao, president of Siemens Healthineers Greater China, briefed Lei."))
    assert {name: p.title for name, p in found.items()} == {"Gu Yushao": "Senior Vice President", "Wang Hao": "President"}


def test_names_listed_before_dengzhuanjia_and_a_zongjian():
    found = people("年会期间还举办了多场平行论坛，丁健、王晓东、陈凯先等专家围绕新靶点发现进行了研讨。我省组织专家、学者等代表开展研讨。"
                   "财付通支付科技有限公司微信医保业务华中区总监周蕾分别介绍了平台。", "zh")
    assert [(p.name, p.title) for p in found] == [("丁健", None), ("王晓东", None), ("陈凯先", None), ("周蕾", "Director")]


def test_a_cppcc_member_is_titled_and_a_committee_is_no_member():
    found = titled(people("全国政协常委孙建华，全国政协委员李明远、韩雪梅在会上发言。监督委员会主席叶尔兰·萨格德科夫致辞。", "zh"))
    assert {name: p.title for name, p in found.items()} == {
        "孙建华": "Standing Committee Member", "李明远": "Member", "韩雪梅": "Member", "叶尔兰·萨格德科夫": "Chairman"}


def test_a_hyphenated_title_and_a_title_of_its_own_before_a_listed_name():
    found = titled(people("Huzhou Vice-Mayor Lu Jianping and Wang Meifang, director of the Huzhou bureau, attended. "
                          "Bozhou Vice-Mayor Zhang Qi said the city would tighten supervision."))
    assert {name: p.title for name, p in found.items()} == {
        "Lu Jianping": "Vice Mayor", "Wang Meifang": "Director", "Zhang Qi": "Vice Mayor"}
    found = titled(people("Among the leaders were Melissa Torres, associate director for international affairs of the "
                          "FDA; and Tracey Duffy, first assistant secretary of the TGA."))
    assert {name: p.title for name, p in found.items()} == {
        "Melissa Torres": "Associate Director", "Tracey Duffy": "First Assistant Secretary"}


def test_a_transliterated_name_joined_by_a_full_width_dot():
    found = titled(people("國家藥監局副局長趙軍寧會見了蓋茨基金會全球健康項目總裁特雷弗．蒙德爾（Trevor Mundel）率領的代表團。", "zh"))
    assert found["特雷弗．蒙德尔"].title == "President"


def test_a_two_character_name_a_strong_cue_confirms_reads_whole_after_its_title():
    found = titled(people("泰州市人民政府副市长周宏现场指挥演练。周宏表示，泰州市将以此为契机。", "zh",
                          mentions=[("city-taizhou-gov", "泰州市人民政府")]))
    assert (found["周宏"].title, found["周宏"].agency_id) == ("Vice Mayor", "city-taizhou-gov")


def test_a_name_before_gaosu_and_a_partner_before_a_name_a_lawyer_follows():
    found = titled(people("中国药科大学国际医药商学院教授周子恒告诉记者，前两批目录已见成效。"
                          "北京一家律師事務所合夥人黃志明律師接受本報查詢時表示。", "zh"))
    assert (found["周子恒"].title, found["黄志明"].title) == ("Professor", "Partner")


def test_shi_inside_a_full_name_and_more_cues_after_a_name():
    found = titled(people("国家药监局副局长陈时飞主持会议。江西省藥品監督管理局原黨組書記、局長鄧承華涉嫌嚴重違紀違法。"
                          "他感謝法案委員會主席林哲玄議員的審議工作。恒瑞医药首席医学官邹建军、研发负责人何静围绕创新展开讨论。", "zh",
                          mentions=[("nmpa", "国家药监局")]))
    assert set(found) == {"陈时飞", "邓承华", "林哲玄", "邹建军", "何静"}
    assert found["邹建军"].title == "Chief Medical Officer"
    assert not people("李利调研时强调，要加强监管。", "zh")


def test_a_former_or_global_title_in_apposition():
    found = titled(people("Peng Zhiyong, former deputy director of the Hunan Provincial Medical Products Administration, "
                          "is under review. Marwan Fathallah, global president and CEO of DIA, said."))
    assert (found["Peng Zhiyong"].title, found["Marwan Fathallah"].title) == ("Deputy Director", "CEO")


def test_an_authors_profile_heading_names_no_one():
    assert "简介" not in [p.name for p in people("作者简介：\n周雅琴，北京瀚澄律师事务所合伙人。", "zh")]


def test_a_ministrys_last_word_is_no_given_name():
    found = titled(people("ROK Minister of Health and Welfare Chung Eun-kyeong attended the meeting."))
    assert list(found) == ["Chung Eun-kyeong"]


def test_a_name_before_this_year():
    found = titled(people("大陸國務院總理李強今年1月簽署國務院令。", "zh", mentions=[("state-council", "國務院")]))
    assert found["李强"].title == "Premier"


def test_prosecutors_before_names_is_no_given_name():
    assert [p.name for p in people("Prosecutors Gu Jun and Li Na said the case was serious.")] == ["Gu Jun", "Li Na"]


def test_ye_ends_a_full_name_a_clear_cue_follows():
    found = titled(people("衛生局副局長鄭成業主禮。推动医药产业发展，医药企业负责人表示支持。", "zh"))
    assert list(found) == ["郑成业"]


def test_zhixingzhang_is_a_chief_executive():
    assert titled(people("康晟生物執行長陳立群表示，KS-1021是公司首個產品。", "zh"))["陈立群"].title == "Chief Executive Officer"


def test_a_portfolio_of_several_words_goes_on_past_its_comma():
    registry = FakeRegistry({"Japanese Ministry of Health, Labour and Welfare": "japan-mhlw",
                             "Ministry of Health, Labour and Welfare": "japan-mhlw"})
    before = titled(people("Japanese Minister of Health, Labour and Welfare Takamaro Fukuoka attended.", registry=registry))
    after = titled(people("Lei Haichao held talks with Takamaro Fukuoka, Japan's Minister of Health, Labour and Welfare, "
                          "on Monday.", registry=registry))
    assert before["Takamaro Fukuoka"].agency_id == after["Takamaro Fukuoka"].agency_id == "japan-mhlw"


def test_names_listed_after_officials_including_a_division_and_a_diplomats_title():
    found = titled(people("Officials of the Office of International Cooperation, including Wang Lu and Sun Hao, gave "
                          "presentations. Muhammad Faisal and Ayesha Tariq of DRAP's Quality Assurance Division also took "
                          "part. Commercial Counsellor Nazia Hussain accompanied the delegation."))
    assert set(found) == {"Wang Lu", "Sun Hao", "Muhammad Faisal", "Ayesha Tariq", "Nazia Hussain"}
    assert found["Nazia Hussain"].title == "Commercial Counsellor"
    assert not people("Topics including Drug Safety and Quality Control were discussed.")


def test_a_korean_surname_in_chinese_characters():
    assert titled(people("南韓駐中國大使館公使朴英植等人參加會見。", "zh"))["朴英植"].title == "Minister"


def test_japanese_and_korean_ministers_written_in_chinese_characters():
    found = titled(people("日本厚生劳动大臣武见敬三、韩国保健福祉部长官曹圭鸿分别率团出席。PMDA理事长近藤达也分别介绍了进展。", "zh"))
    assert {n: p.title for n, p in found.items()} == {"武见敬三": "Minister", "曹圭鸿": "Minister", "近藤达也": "Chairman"}
    assert "欧阳瑜今" not in titled(people("澳门社会文化司司长欧阳瑜今日率团访问。", "zh"))


def test_representatives_listed_after_their_title_and_a_welcome_speech():
    found = titled(people("医学界及私家医疗机构代表梁永康、黄淑仪、陈家豪等亦出席仪式。中国药科大学党委书记金能明致欢迎辞。", "zh"))
    assert set(found) == {"梁永康", "黄淑仪", "陈家豪", "金能明"}
    assert found["黄淑仪"].title == "Representative"
    assert not people("他代表省政府致辞。", "zh")


def test_hospital_professional_titles():
    found = titled(people("四川大学华西医院药剂科主任药师王静作专题讲座。北京协和医院副主任医师李明表示。", "zh"))
    assert (found["王静"].title, found["李明"].title) == ("Chief Pharmacist", "Associate Chief Physician")


def test_judges_titles():
    found = titled(people("省高院刑二庭庭长李建平、四级高级法官沈芳回答记者提问。", "zh"))
    assert (found["李建平"].title, found["沈芳"].title) == ("Chief Judge", "Senior Judge")


def test_experts_compliance_officers_participants_and_vietnamese_names():
    found = titled(people("Wang Huaqing, chief expert of the immunization program, said it works. Maria Santos, a "
                          "participant from the Philippine Food and Drug Administration, said she hoped to learn. Ta Manh "
                          "Hung, deputy director of the DAV, and Nguyen Thi Thu Thuy, head of the DAV's Drug Registration "
                          "Division, attended."))
    assert set(found) == {"Wang Huaqing", "Maria Santos", "Ta Manh Hung", "Nguyen Thi Thu Thuy"}
    assert found["Wang Huaqing"].title == "Chief Expert"
    zh = titled(people("京东健康首席合规官孙海燕先后发言。大学教授周明远分析，过去以事后处罚为主。", "zh"))
    assert (zh["孙海燕"].title, zh["周明远"].title) == ("Chief Compliance Officer", "Professor")


def test_a_name_before_fenxiang():
    assert titled(people("廣東省藥品不良反應監測中心主任梁樹明分享了信息。", "zh"))["梁树明"].title == "Director"


def test_a_name_before_this_week():
    assert titled(people("新加坡衛生部長王乙康本週訪問大陸江蘇省。", "zh"))["王乙康"].title == "Minister"


def test_a_name_before_holding_talks():
    assert titled(people("與日本厚生勞動大臣福岡資麿舉行會談，雙方交換意見。", "zh"))["福冈资麿"].title == "Minister"


def test_a_name_before_lv_and_zhe_inside_a_full_name():
    found = titled(people("总局副局长吴浈率中国代表团出席会议。IMDRF管理委员会主席王者雄主持论坛。", "zh"))
    assert set(found) == {"吴浈", "王者雄"}


@pytest.mark.parametrize("text, name, title", [
    ("Lei Haichao met with Syed Mustafa Kamal, Pakistan's Federal Minister for National Health Services, in Beijing.",
     "Syed Mustafa Kamal", "Minister"),
    ("Legislator Tse Chi-keung said some drug makers had complained.", "Tse Chi-keung", "Legislator"),
    ("Assistant Director of Health (Drug) Kenny Ho Kin-fai said the department had registered eight new drugs.",
     "Kenny Ho Kin-fai", "Assistant Director"),
    ("A delegation of the EFPIA led by its president Markus Heller arrived in Beijing on Tuesday.",
     "Markus Heller", "President"),
    ("Daniel Hartmann, chief science officer of the United States Pharmacopeia, also addressed the forum.",
     "Daniel Hartmann", "Chief Science Officer"),
])
def test_foreign_and_hong_kong_names_with_their_titles(text, name, title):
    assert titled(people(text))[name].title == title


def test_zh_a_legislator_and_no_one_named_by_surname_and_address():
    found = titled(people("立委陈家豪质询时指出，药品短缺与健保药价偏低有关。医保办负责人王女士表示，医院每季度自查。", "zh"))
    assert found["陈家豪"].title == "Legislator" and "王女士" not in found


def test_zh_dotted_foreign_names_before_a_verb_or_a_list_end():
    found = titled(people("国家药监局副局长徐立新与巴西国家卫生监督局局长安东尼奥·卡洛斯·梅洛举行视频会谈。"
                          "巴西国家卫生监督局国际事务顾问玛丽亚·费尔南达·索萨等参加会谈。", "zh"))
    assert {"安东尼奥·卡洛斯·梅洛", "玛丽亚·费尔南达·索萨"} <= set(found)
    assert found["玛丽亚·费尔南达·索萨"].title == "Adviser"


def test_zh_a_speaker_lists_padded_name_and_an_author_bio_heading():
    found = titled(people("发布人：\n四川省中医药管理局副局长　罗　敏\n广元市旺苍县人民政府副县长　杨建华\n", "zh"))
    assert found["罗敏"].title == "Deputy Director" and "杨建华" in found
    assert "简介" not in titled(people("作者简介\n许嘉宁　合伙人\n", "zh"))


def test_zh_taiwan_deputy_minister_and_a_surname_with_a_title_is_no_name():
    found = titled(people("衛生福利部政務次長林志遠今（25）日出席論壇。林次長指出，衛福部於2018年修正發布辦法。", "zh"))
    assert found["林志远"].title == "Deputy Minister" and "林次长" not in found


def _with_registry(text: str, language: str) -> dict[str, PersonMention]:
    from pipelines.extract.agencies import find_agencies, load_registry
    norm = NormalizedText(text)
    mentions = find_agencies(norm, language, load_registry())[1]
    return titled(find_people(norm, language, mentions, load_registry()))


def test_a_secretary_for_a_portfolio_and_the_director_of_health_head_their_offices():
    p = _with_registry("HONG KONG, May 3 - The Secretary for Health, Professor Lo Chung-mau, and the Under Secretary "
                       "for Health, Dr Libby Lee, met the press. The Director of Health, Dr Ronald Lam, said ...", "en")
    assert (p["Lo Chung-mau"].title, p["Lo Chung-mau"].agency_id) == ("Secretary for Health", "hk-health-bureau")
    assert (p["Libby Lee"].title, p["Libby Lee"].agency_id) == ("Under Secretary for Health", "hk-health-bureau")
    assert p["Ronald Lam"].agency_id == "hk-department-of-health"


def test_a_bare_mayor_serves_in_the_one_city_government_the_page_names():
    p = _with_registry("5月8日，市委副书记、市长王建国主持召开扬州市政府常务会议。副市长李红出席。扬州市政府将…", "zh")
    assert p["王建国"].agency_id == p["李红"].agency_id == "city-yangzhou-gov"
    # two city governments, or one named in passing: which one is not said
    p = _with_registry("扬州市政府与泰州市政府签署协议，市长王建国出席。扬州市政府、泰州市政府将…", "zh")
    assert p["王建国"].agency_id is None
    assert _with_registry("副市长李红出席。当阳市人民政府有关负责同志陪同检查。", "zh")["李红"].agency_id is None


def test_zh_a_body_called_by_its_last_character_is_the_one_its_head_was_named_with():
    p = _with_registry("国家药监局党组书记、局长李利主持召开党组会议。局党组成员、副局长徐景和、赵军宁出席会议。", "zh")
    assert p["徐景和"].agency_id == p["赵军宁"].agency_id == "nmpa"


def test_zh_the_first_post_with_a_known_body_where_the_last_has_none():
    p = _with_registry("国家药监局副局长、药典委员会执行委员会副主任委员赵军宁出席会议并讲话。", "zh")
    assert (p["赵军宁"].title, p["赵军宁"].agency_id) == ("Deputy Director", "nmpa")


def test_an_ambassador_heads_the_embassy_of_the_nationality_and_the_country_the_title_names():
    p = _with_registry("Zhao met Liao Liqiang, Chinese Ambassador to Egypt. Pakistani Ambassador to China Khalil "
                       "Hashmi was present.", "en")
    assert p["Liao Liqiang"].agency_id == "embassy-china-in-egypt"
    assert p["Khalil Hashmi"].agency_id == "embassy-pakistan-in-china"
    assert _with_registry("瑞士驻华大使白瑞谊出席。", "zh")["白瑞谊"].agency_id == "embassy-switzerland-in-china"


def test_zh_a_reporter_a_wire_dateline_credits_works_for_that_news_agency():
    p = _with_registry("新华社上海11月6日电(记者彭韵佳)第九批国家组织药品集中带量采购6日在上海开标。", "zh")
    assert (p["彭韵佳"].title, p["彭韵佳"].agency_id) == ("Reporter", "xinhua")


def test_a_chief_executive_of_a_hong_kong_body_and_a_qualified_title_set_off_by_a_comma():
    p = _with_registry("代表團成員包括香港醫務衛生局副局長李夏茵醫生、醫院管理局行政總裁高拔陞醫生。", "zh")
    assert (p["高拔升"].title, p["高拔升"].agency_id) == ("Chief Executive", "hk-hospital-authority")
    p = _with_registry("The NMPA Commissioner, Dr Li Li, said.", "en")
    assert (p["Li Li"].title, p["Li Li"].agency_id) == ("Commissioner", "nmpa")


def test_a_spokesperson_named_without_a_body_speaks_for_the_one_its_sentence_or_the_headline_names():
    p = _with_registry("At MOFCOM's regular press conference on Thursday, spokesperson Liu Yanbin said exports grew.", "en")
    assert p["Liu Yanbin"].agency_id == "mofcom"
    p = _with_registry("Regular Press Conference of the Ministry of Commerce (June 15, 2023)\nSpokesperson Shu Jueting: "
                       "Good afternoon.", "en")
    assert p["Shu Jueting"].agency_id == "mofcom"


def test_zh_a_cantonese_surname_after_a_hong_kong_title():
    p = _with_registry("香港醫務衛生局局長鄺志明今日下午舉行記者會。", "zh")
    assert "邝志明" in p or "鄺志明" in p


def test_zh_every_reporter_a_byline_lists_is_credited():
    p = _with_registry("新华社上海11月6日电(记者彭韵佳、龚雯)第九批国家组织药品集中带量采购6日在上海开标。", "zh")
    assert [(p[n].title, p[n].agency_id) for n in ("彭韵佳", "龚雯")] == [("Reporter", "xinhua")] * 2


@pytest.mark.parametrize("text", ["省药监局已先后邀请各级人大代表、政协委员90余人次参加药监开放日活动。",
                                  "要求各分局按照规定的程序和要求，认真组织开展检查。"])
def test_zh_a_count_and_a_joined_noun_name_no_one(text):
    assert list(extract_document(text, "zh", date(2023, 11, 23)).people) == []


def test_zh_a_bare_head_title_heads_the_body_its_sentence_named_with_that_character():
    text = "衛生福利部食品藥物管理署（下稱食藥署）於113年8月14日召開座談會，由署長林泰宏主持，副署長王淑芬出席。"
    found = {p.name: p.agency_id for p in extract_document(text, "zh", date(2024, 8, 15)).people}
    assert found == {"林泰宏": "taiwan-fda", "王淑芬": "taiwan-fda"}


@pytest.mark.parametrize("text, expected", [
    ("Executive Vice Governor Wang Jianhua and Vice Governors Chen Ping and Zhao Xiaoming attended the meeting.",
     [("Wang Jianhua", "Vice Governor"), ("Chen Ping", "Vice Governor"), ("Zhao Xiaoming", "Vice Governor")]),
    ("The delegation met with Zoltán Horváth, state secretary for health of the Hungarian Ministry of Interior.",
     [("Zoltán Horváth", "State Secretary")]),
    ("It was co-chaired by Andrei Pleshkov, first deputy minister of health of the Russian Federation.",
     [("Andrei Pleshkov", "First Deputy Minister")]),
    ("Authors: David Chen, Partner | Liu Yiwen, Counsel | Emily Zhang, Associate",
     [("David Chen", "Partner"), ("Liu Yiwen", "Counsel"), ("Emily Zhang", "Associate")]),
])
def test_plural_titles_state_secretaries_first_deputies_and_a_firms_grades(text, expected):
    assert [(p.name, p.title) for p in extract_document(text, "en", date(2024, 10, 10)).people] == expected


@pytest.mark.parametrize("text, expected", [
    ("宜昌市人民政府副市长向德军共同为第三检查分局揭牌。", ["向德军"]),
    ("会议听取了市人大教科文卫委员会主任委员王晓东所作的审议结果报告。", ["王晓东"]),
    ("市市场监督管理局局长蒋国平受市人民政府委托作了起草说明。", ["蒋国平"]),
    ("今天我们邀请到几位负责同志，向大家介绍行动计划实施情况。局长向媒体通报了案件。", []),
])
def test_zh_the_surname_xiang_and_names_before_suo_zuo_shou_and_gongtong(text, expected):
    assert [p.name for p in extract_document(text, "zh", date(2024, 10, 31)).people] == expected


def test_a_one_word_name_opening_its_sentence_with_a_title_of_a_body():
    raw = ("Hasbagan, director of the Health Commission of Inner Mongolia Autonomous Region, called for county "
           "hospitals to act. Meanwhile, officials met. Beijing, the capital, hosted the meeting.")
    found = [(p.name, p.title, p.agency_id) for p in extract_document(raw, "en", date(2023, 9, 15)).people]
    assert found[0] == ("Hasbagan", "Director", "prov-inner-mongolia-hc")
    assert {name for name, _, _ in found} == {"Hasbagan"}


def test_a_national_director_of_a_foreign_agency_named_by_its_possessive():
    raw = "Laura Ríos, ANMAT's national director of medicines evaluation, and officials of the embassy were present."
    (person,) = extract_document(raw, "en", date(2024, 10, 18)).people
    assert (person.name, person.title, person.agency_id) == ("Laura Ríos", "National Director", "argentina-anmat")


def test_zh_a_name_then_its_post_then_speech_and_the_surname_lin():
    raw = "衛生福利部食品藥物管理署今(18)日召開記者會。莊宜蓁署長表示，我國將實施新制。林宗翰副署長也提醒，業者需準備。"
    found = {(p.name, p.title, p.agency_id) for p in extract_document(raw, "zh", date(2025, 3, 18)).people if p.title}
    assert {("庄宜蓁", "Director", "taiwan-fda"), ("林宗翰", "Deputy Director", "taiwan-fda")} <= found
    raw = "省公安厅党委委员、副厅长蔺志强出席会议并讲话。"
    assert [p.name for p in extract_document(raw, "zh", date(2023, 3, 30)).people][:1] == ["蔺志强"]


def test_zh_a_name_between_its_body_and_its_post_whatever_follows():
    # (Taiwan's order, told with no speech after it; a clause opening on a name and post, then speech)
    raw = ("衛生福利部薛瑞元部長今（14）日上午在食品藥物管理署（食藥署）吳秀梅署長、中央健康保險署（健保署）石崇良署長陪同下，"
           "前往桃園市視察。會上，林宗翰副署長表示，將加強輔導。")
    found = {(p.name, p.agency_id) for p in extract_document(raw, "zh", date(2023, 4, 14)).people}
    assert {("薛瑞元", "taiwan-mohw"), ("吴秀梅", "taiwan-fda"), ("石崇良", "taiwan-nhia")} < found
    assert {name for name, _ in found} == {"薛瑞元", "吴秀梅", "石崇良", "林宗翰"}
    raw = "麻醉药品目录由国务院药品监督管理部门会同国务院公安部门、国务院卫生主管部门制定。"
    assert not extract_document(raw, "zh", date(2023, 4, 14)).people


def test_zh_a_name_ends_before_once_or_then():
    raw = "立委楊曉芬曾質詢指出，台灣新藥納保速度落後。衛福部長邵啟文當時承諾，將提出方案。"
    assert [p.name for p in extract_document(raw, "zh", date(2024, 4, 19)).people if p.title] == ["杨晓芬", "邵启文"]


def test_zh_a_name_before_taking_a_role_and_a_chief_pharmacist():
    raw = "深圳市人民政府副市長黃偉庭擔任主禮嘉賓。醫管局總藥劑師龐詠欣表示，中心是重要的設施。"
    found = [(p.name, p.title) for p in extract_document(raw, "zh", date(2024, 11, 22)).people if p.title]
    assert found == [("黄伟庭", "Vice Mayor"), ("庞咏欣", "Chief Pharmacist")]


def test_zh_temperature_and_humidity_is_no_name():
    raw = "配送药品应当根据运输时间、温湿度要求等情况，选择适宜的运输工具。"
    assert not extract_document(raw, "zh", date(2022, 9, 7)).people


def test_zh_at_the_opening_after_a_title_is_no_name():
    raw = "食藥署吳秀梅署長於開幕致詞表示，近年各國法規單位積極探討運用真實世界證據。"
    assert [p.name for p in extract_document(raw, "zh", date(2023, 3, 20)).people] == ["吴秀梅"]


def test_a_one_word_name_closing_a_list_of_signers():
    raw = ("The agreement was signed by Guo Peng, director of the Liaoning Provincial Medical Products Administration; "
           "and Wurigen, deputy director of the Inner Mongolia Autonomous Region Medical Products Administration.")
    found = [(p.name, p.agency_id) for p in extract_document(raw, "en", date(2024, 6, 21)).people]
    assert ("Wurigen", "prov-inner-mongolia-mpa") in found


def test_zh_a_surname_then_a_deputys_title_is_no_name():
    assert not extract_document("周副院長今（5）日在閉幕式致詞時表示，生技醫藥產業是重要支柱。", "zh",
                                date(2024, 12, 5)).people


def test_zh_a_region_a_team_represents_is_no_person():
    people = extract_document("成绩优异的选手将组队代表宁夏参加今年11月在成都举行的全国决赛。局长马志强出席并讲话。", "zh",
                              date(2023, 9, 13)).people
    assert {p.name for p in people} == {"马志强"}


def test_zh_names_without_a_surname_after_a_title_and_in_its_list():
    people = extract_document("自治区人大常委会主任高建民主持闭幕会,副主任孟根巴雅尔、李秀兰、张国庆和秘书长吕志成出席。"
                              "自治区人大法制委员会主任委员巴特尔作了关于条例草案审议结果的报告。副主任多次强调。", "zh",
                              date(2025, 3, 28)).people
    assert {p.name for p in people} == {"高建民", "孟根巴雅尔", "李秀兰", "张国庆", "吕志成", "巴特尔"}


def test_a_minister_named_by_a_portfolio_the_page_gives_to_a_regions_ministry():
    raw = ("Minister of Health and Welfare Hsu Chen-wei met the delegation in Taipei, at the Ministry of Health and "
           "Welfare (MOHW).")
    (hsu,) = extract_document(raw, "en", date(2025, 4, 23)).people
    assert (hsu.name, hsu.agency_id) == ("Hsu Chen-wei", "taiwan-mohw")


def test_zh_tibetan_names_of_two_and_four_characters_after_a_title():
    people = extract_document("自治区卫生健康委党组副书记、主任旺堆作工作报告。自治区藏医药管理局局长次仁央宗对《要点》进行了解读。"
                              "副主任多次强调要抓落实。", "zh", date(2022, 3, 25)).people
    assert {p.name for p in people} == {"旺堆", "次仁央宗"}


def test_a_bodys_short_name_before_its_heads_title_and_capitalised_disease_words_are_no_names():
    raw = "衛福部長出席2024亞洲生技大會開幕。\n臺灣衛生福利部部長林宏毅應邀出席開幕典禮並致詞。"
    assert [p.name for p in extract_document(raw, "zh", date(2024, 7, 24)).people] == ["林宏毅"]
    raw = ("Zhang Shuyang, Chair of the National Expert Committee on Rare Disease Diagnosis, Treatment and Protection, "
           "said the list was drawn up in line with the Interim Procedures for Formulating the Rare Disease List, the "
           "expert committee said.")
    assert [p.name for p in extract_document(raw, "en", date(2023, 9, 21)).people] == ["Zhang Shuyang"]


def test_a_title_case_headline_verb_after_a_plural_title_names_no_one():
    raw = "Experts Whittle Down Candidates as China's Drug List Review Heads Into Price Talks\nHuang Huabo spoke."
    assert "Into Price Talks" not in [p.name for p in extract_document(raw, "en", date(2023, 8, 31)).people]
    assert "Whittle Down Candidates" not in [p.name for p in extract_document(raw, "en", date(2023, 8, 31)).people]


def test_macao_names_set_off_by_commas_with_an_english_given_name_or_a_one_letter_syllable():
    raw = ("The arrangement was signed by the Director of the Health Bureau, Alvis Lo Iek Long, and the Director of the "
           "Zhuhai Municipal Health Commission, Chen Zhiqiang. The signing was witnessed by the Secretary for Social "
           "Affairs and Culture of the Macao SAR Government, Elsie Ao Ieong U, and the Vice Mayor of Zhuhai, Huang Jiali.")
    assert [p.name for p in extract_document(raw, "en", date(2023, 11, 22)).people] == [
        "Alvis Lo Iek Long", "Chen Zhiqiang", "Elsie Ao Ieong U", "Huang Jiali"]


def test_words_of_portfolios_and_events_are_no_names_and_an_undersecretary_is_a_title():
    raw = ("Egyptian Deputy Minister of Health and Population Mohamed Tantawy spoke after the first China-Arab States "
           "Summit. Fatima Al-Balushi, undersecretary of Oman's health ministry for health affairs, and Ma Jun signed it.")
    people = {p.name: p.title for p in extract_document(raw, "en", date(2023, 9, 22)).people}
    assert people == {"Mohamed Tantawy": "Deputy Minister", "Fatima Al-Balushi": "Undersecretary"}


def test_a_macao_name_without_its_english_given_name_and_a_two_character_name_before_an_adverb():
    raw = ("The arrangement was signed by the Director of the Health Bureau, Alvis Lo Iek Long. "
           "Lo Iek Long explained that the mechanism works.")
    assert {p.name for p in extract_document(raw, "en", date(2023, 11, 22)).people} == {"Alvis Lo Iek Long"}
    raw = "國家藥品監督管理局藥品審評中心副主任孫立等一同見證。孫立則介紹了情況。"
    assert {p.name for p in extract_document(raw, "zh", date(2025, 3, 18)).people} == {"孙立"}


def test_zh_names_before_reporting_or_acting_and_section_and_office_heads():
    raw = ("第二日議程則由食藥署藥品組組長黃淑芬報告GMP查核統計。高志明離港期間，醫務衛生局副局長范俊傑署理局長職務。"
           "日本PMDA國際合作室室長佐藤健一分享經驗；韓國MFDS藥品品質課課長金敏貞介紹查核重點。")
    people = {p.name: p.title for p in extract_document(raw, "zh", date(2024, 11, 7)).people}
    assert {"黄淑芬", "范俊杰", "佐藤健一", "金敏贞"} <= set(people)
    assert people["佐藤健一"] == "Director" and people["金敏贞"] == "Division Director"


def test_a_pharmacist_is_a_title_an_envoy_after_the_country_he_is_sent_to_and_a_foreign_name_shortened():
    raw = ('"We sat down with each of them," said Gulnar Ismail, a clinical pharmacist from Jiangsu Province People\'s '
           "Hospital. Chinese Ambassador to Cambodia Liang Hong witnessed the signing.")
    people = {p.name: p.title for p in extract_document(raw, "en", date(2024, 11, 22)).people}
    assert people == {"Gulnar Ismail": "Clinical Pharmacist", "Liang Hong": "Ambassador"}
    raw = "秦文斌会见巴基斯坦药品监管局首席执行官穆罕默德·法鲁克·汗。3月19日，法鲁克·汗一行先后到中国食品药品检定研究院参观交流。"
    assert {p.name for p in extract_document(raw, "zh", date(2025, 3, 20)).people} == {"秦文斌", "穆罕默德·法鲁克·汗"}


def test_in_a_list_of_titled_names_the_title_after_a_comma_is_the_next_names():
    raw = ("The meeting was attended by Deputy Minister of Agriculture Ho Wen-chuan, Deputy Minister of Environment "
           "Shen Chih-hsiu, Director-General of the Taiwan Centers for Disease Control (Taiwan CDC) Liao Mei-hsuan, and "
           "Director-General of the Taiwan Food and Drug Administration (TFDA) Chuang Yu-ping.")
    people = {p.name: p.title for p in extract_document(raw, "en", date(2025, 2, 21)).people}
    assert people == {"Ho Wen-chuan": "Deputy Minister", "Shen Chih-hsiu": "Deputy Minister",
                      "Liao Mei-hsuan": "Director-General", "Chuang Yu-ping": "Director-General"}


def test_a_ministers_lower_case_portfolio_names_his_countrys_ministry_and_services_are_no_name():
    raw = ("The document was signed by Tserendorj Batbayar, Mongolia's minister of health, after talks. We were briefed "
           "by the Director of Architectural Services, Mr Kwan Chi-wing.")
    people = {p.name: (p.title, p.agency_id) for p in extract_document(raw, "en", date(2024, 7, 10)).people}
    assert people == {"Tserendorj Batbayar": ("Minister", "foreign-mongolia-moh"), "Kwan Chi-wing": ("Director", None)}


def test_a_country_of_two_words_is_no_person():
    raw = ("Abdulrahman Al-Sultan, chief executive officer of the SFDA, said Saudi Arabia welcomes Chinese companies. "
           "New Zealand and Sri Lanka sent delegations.")
    names = [p.name for p in extract_document(raw, "en", date(2024, 12, 10)).people]
    assert "Saudi Arabia" not in names and "New Zealand" not in names and "Sri Lanka" not in names


def test_md_shortening_mohammad_is_part_of_the_name_and_ends_no_sentence():
    raw = ("Ruwan Perera, chief executive officer of Sri Lanka's National Medicines Regulatory Authority, and Md. Kamrul "
           "Hasan, director general of Bangladesh's Directorate General of Drug Administration, also spoke at the forum.")
    assert [(p.name, p.title) for p in extract_document(raw, "en", date(2025, 6, 21)).people] == [
        ("Ruwan Perera", "Chief Executive Officer"), ("Md. Kamrul Hasan", "Director General")]


def test_the_hon_before_a_legislators_name_and_a_legislator_titled_in_chinese():
    from datetime import date

    from pipelines.extract.document import extract_document
    raw = "Following is a question by Dr the Hon David Lam and a reply by the Hon Yeung Siu-ming."
    assert [p.name for p in extract_document(raw, "en", date(2023, 2, 15)).people] == ["David Lam", "Yeung Siu-ming"]
    raw = "醫務衞生局局長盧寵茂、立法會議員陳永光等出任主禮嘉賓。副局長向議員簡介建議的規管框架。"
    assert [(p.name, p.title) for p in extract_document(raw, "zh", date(2024, 10, 15)).people] == [
        ("卢宠茂", "Secretary for Health"), ("陈永光", "Legislator")]


def test_a_name_then_its_post_after_its_bodys_short_name():
    from datetime import date

    from pipelines.extract.document import extract_document
    raw = "食藥署吳秀梅署長致詞時表示，上市後的安全監視是守護民眾用藥安全不可或缺的一環。"
    assert [(p.name, p.title) for p in extract_document(raw, "zh", date(2019, 11, 28)).people] == [("吴秀梅", "Director")]


def test_a_name_after_its_units_name_and_rarer_surnames():
    from datetime import date

    from pipelines.extract.document import extract_document
    raw = "食藥署醫療器材及化粧品組吳正寧組長補充說明，配合新法施行。"
    assert [p.name for p in extract_document(raw, "zh", date(2019, 6, 28)).people] == ["吴正宁"]
    raw = "市卫生健康委副主任、市中医管理局局长屠志涛表示,将抓紧制定配套文件。"
    assert [p.name for p in extract_document(raw, "zh", date(2020, 11, 28)).people] == ["屠志涛"]


def test_a_two_character_name_padded_with_a_space_a_prefecture_governor_and_年_in_a_given_name():
    from datetime import date

    from pipelines.extract.document import extract_document
    raw = ("湖北省药品监督管理局党组成员、副局长程 明，九州通医药集团股份有限公司董事长刘兆年，州委副书记、州长刘芳震，"
           "副州长谭　伟出席签约仪式。（记者 向 蓉）")
    assert [p.name for p in extract_document("市委副书记、市长姚高员主持召开专题会议。", "zh", date(2023, 5, 16)).people] == [
        "姚高员"]
    assert [(p.name, p.title) for p in extract_document(raw, "zh", date(2023, 9, 14)).people] == [
        ("程明", "Deputy Director"), ("刘兆年", "Chairman"), ("刘芳震", "Prefecture Governor"),
        ("谭伟", "Deputy Prefecture Governor"), ("向蓉", "Reporter")]
    # ...but a full name set off from its post by a space stays whole
    raw = "出席：\n黄建华　市卫生健康委员会副主任\n主持人：林晓燕　市委宣传部副部长\n"
    assert [p.name for p in extract_document(raw, "zh", date(2023, 9, 14)).people] == ["黄建华", "林晓燕"]


def test_the_head_of_state_signing_時_inside_a_full_name_a_town_head_and_a_pinyin_given_name_that_is_a_word():
    from datetime import date

    from pipelines.extract.document import extract_document
    raw = "会议表决通过了疫苗管理法。国家主席习近平签署第三十号主席令予以公布。"
    assert [(p.name, p.title) for p in extract_document(raw, "zh", date(2019, 6, 29)).people] == [("习近平", "President")]
    raw = "衛生福利部今（26）日舉行記者會，由部長陳時中親自主持。\n陳時中部長表示，我國自民國89年公布施行該法。"
    assert {(p.name, p.title) for p in extract_document(raw, "zh", date(2019, 2, 26)).people} == {("陈时中", "Minister")}
    raw = "出席会议的有县农业农村局副局长李守华，郑城镇党委副书记、镇长高鹏。"
    assert [(p.name, p.title) for p in extract_document(raw, "zh", date(2022, 6, 15)).people] == [
        ("李守华", "Deputy Director"), ("高鹏", "Town Head")]
    raw = "Vice-Premiers Han Zheng, Sun Chunlan, Hu Chunhua and Liu He attended the meeting."
    assert [p.name for p in extract_document(raw, "en", date(2019, 2, 21)).people] == [
        "Han Zheng", "Sun Chunlan", "Hu Chunhua", "Liu He"]


def test_a_name_then_its_post_after_its_bodys_short_name_beside_another_and_a_reply():
    from datetime import date

    from pipelines.extract.document import extract_document
    raw = ("衛生福利部食品藥物管理署（下稱食藥署）與財團法人國家衛生研究院（下稱國衛院）簽署備忘錄，由食藥署吳秀梅署長與國衛院"
           "司徒惠康院長代表雙方簽署。食藥署副署長王德原回應，將另以專法規範。")
    assert [(p.name, p.title) for p in extract_document(raw, "zh", date(2022, 10, 26)).people] == [
        ("吴秀梅", "Director"), ("司徒惠康", "President"), ("王德原", "Deputy Director")]


def test_rare_surnames_after_a_title_or_a_leaders_label_a_foreign_name_in_characters_and_a_tibetan_name():
    from datetime import date

    from pipelines.extract.document import extract_document
    raw = ("副省长时清霜，省政府秘书长朱浩文参加调研。浙江省副省长成岳冲一行来磐安调研。国务院副秘书长丁向阳，省领导时光辉、谭炯参加"
           "有关活动。省长许昆林会见阿斯利康全球首席执行官苏博科（Pascal Soriot）一行。省药监局副局长才让多杰主持会议。")
    names = [p.name for p in extract_document(raw, "zh", date(2023, 9, 6)).people]
    for name in ("时清霜", "成岳冲", "时光辉", "谭炯", "苏博科", "才让多杰"):
        assert name in names
    # ...but a word is no name: 同时 is no 时-name, 解读 (what an official does) no 解-name
    raw = "同时，会议强调。省中医药局负责人解读《贵州省支持中医药传承创新发展若干措施》。"
    assert [p.name for p in extract_document(raw, "zh", date(2023, 9, 6)).people] == []


def test_an_epidemic_commander_and_consultancy_authors_in_a_dated_info_line():
    from datetime import date

    from pipelines.documents import parse_document
    from pipelines.extract.document import extract_document
    raw = "中央流行疫情指揮中心指揮官陳時中表示，疫苗後續將依預防接種順序納入公費疫苗接種計畫。"
    assert [(p.name, p.title) for p in extract_document(raw, "zh", date(2021, 7, 19)).people] == [("陈时中", "Commander")]
    page = ("Meridian Regulatory Partners\nHome > Insights > Regulatory Alerts\n\nNMPA Approves China's First "
            "Biosimilar\n\n26 February 2019 | Authors: Emily Zhou, Partner, Shanghai; Daniel Hu, Senior Consultant, "
            "Beijing\n\nOn Friday, 22 February 2019, the National Medical Products Administration approved HLX01, a "
            "biosimilar developed by Shanghai Henlius Biotech, for the treatment of lymphoma.\n")
    doc = parse_document("alert.txt", page.encode("utf-8"))
    assert doc.published_date == date(2019, 2, 26)
    people = extract_document(doc.clean_text, "en", doc.published_date).people
    assert [(p.name, p.title) for p in people] == [("Emily Zhou", "Partner"), ("Daniel Hu", "Senior Consultant")]


def test_a_speaker_list_names_诸_a_surname():
    from datetime import date

    from pipelines.extract.document import extract_document
    raw = "发布人：\n国家卫生健康委药政司副司长 王雪涛\n国家卫生健康委基层卫生健康司副司长 诸宏明\n"
    assert [p.name for p in extract_document(raw, "zh", date(2022, 9, 22)).people] == ["王雪涛", "诸宏明"]


def test_zh_a_dotted_foreign_name_ends_before_a_conjunction():
    raw = "老挝卫生部副部长普通·蒙帕和越南卫生部副部长陈文顺分别代表本国签署备忘录。"
    assert [p.name for p in extract_document(raw, "zh", date(2023, 8, 18)).people] == ["普通·蒙帕", "陈文顺"]


def test_zh_a_county_bureaus_unit_chief():
    from pipelines.extract.document import extract_document
    raw = "县人民医院副院长李红霞、县市场监管局药品医疗器械股股长孙涛、各市场监管所所长共30余人参加会议。"
    assert [(p.name, p.title) for p in extract_document(raw, "zh", date(2024, 3, 12)).people] == [
        ("李红霞", "Vice President"), ("孙涛", "Unit Chief")]


def test_zh_a_given_name_ending_in_qi():
    from pipelines.extract.document import extract_document
    raw = "省政府副秘书长邓立佳，省医保局党组书记、局长龙玉其参加调研。"
    assert [p.name for p in extract_document(raw, "zh", date(2023, 6, 1)).people] == ["邓立佳", "龙玉其"]


@pytest.mark.parametrize("raw, expected", [
    ("省商务厅厅长王一川推介了我省生物医药产业投资环境。", [("王一川", "Director")]),
    ("医疗器械监管处处长李明华现场逐一回应。", [("李明华", "Division Director")]),
    ("市公安局刑事侦查支队副支队长郭永明出席。", [("郭永明", "Deputy Head")]),
    ("县市场监督管理局执法大队大队长 王海涛", [("王海涛", "Captain")]),
    ("行政院政務委員唐鳳在記者會上說明。", [("唐凤", "Minister without Portfolio")]),
])
def test_zh_names_after_titles_before_less_common_verbs_and_new_titles(raw, expected):
    assert [(p.name, p.title) for p in extract_document(raw, "zh", date(2023, 6, 15)).people] == expected


def test_a_who_assistant_director_general_however_hyphenated():
    raw = "\"It helps,\" said Mariangela Simao, WHO Assistant-Director General for Access to Health Products."
    assert [(p.name, p.title) for p in extract_document(raw, "en", date(2021, 5, 8)).people] == [
        ("Mariangela Simao", "Assistant Director General")]


def test_a_second_level_inspector_in_english():
    raw = "Li Wei, second-level inspector of the Henan Provincial Department of Industry and Information Technology, spoke."
    assert [(p.name, p.title) for p in extract_document(raw, "en", date(2024, 1, 5)).people] == [
        ("Li Wei", "Second-level Inspector")]


def test_miss_is_an_honorific_not_a_given_name():
    raw = "The Commissioner for Chinese Medicine Development, Miss Vivian Lau, told members of the Panel."
    assert [p.name for p in extract_document(raw, "en", date(2024, 6, 14)).people] == ["Vivian Lau"]


def test_zh_appointments_give_each_name_its_post():
    raw = "任命焦红为国家药品监督管理局局长；任命施子海、李滔为国家医疗保障局副局长；免去于文明的国家卫生健康委员会副主任职务。"
    assert [(p.name, p.title, p.agency_id) for p in extract_document(raw, "zh", date(2018, 9, 3)).people] == [
        ("焦红", "Director", "nmpa"), ("施子海", "Deputy Director", "nhsa"), ("李滔", "Deputy Director", "nhsa"),
        ("于文明", "Deputy Director", "nhc")]


def test_zh_a_rare_surname_after_a_title_before_what_a_person_does_and_one_reading_out():
    raw = "国家疾病预防控制局副局长常继乐共同为省疾病预防控制局揭牌。仪式上，省委编办副主任高志宏宣读了《规定》。"
    assert [p.name for p in extract_document(raw, "zh", date(2023, 4, 27)).people] == ["常继乐", "高志宏"]


def test_a_given_name_that_is_a_citys_closes_a_pinyin_name():
    raw = ("The hearing was presided over by Ye Chongqing, vice director of the Standing Committee of the Xiamen Municipal "
           "People's Congress. The delegation visited Beijing, Chongqing and Xi'an.")
    assert [p.name for p in extract_document(raw, "en", date(2023, 6, 21)).people] == ["Ye Chongqing"]


def test_a_company_or_a_programme_in_a_list_of_representatives_is_no_person():
    raw = ("Led by the Director-General of Investment Promotion, Ms Alice Lau, the delegation comprised representatives of "
           "the Hong Kong Science and Technology Parks Corporation, Hong Kong Exchanges and Clearing Limited and the Hong "
           "Kong Economic and Trade Office in Shanghai. They briefed guests on the Government's Policy Address measures.")
    assert [p.name for p in extract_document(raw, "en", date(2024, 5, 17)).people] == ["Alice Lau"]


def test_a_police_corps_is_no_person():
    raw = ("Wang Lei, head of the Food and Drug Environment Crime Investigation Corps of the Liaoning Provincial Public "
           "Security Department, said 320 cases had been solved.")
    assert [p.name for p in extract_document(raw, "en", date(2024, 12, 20)).people] == ["Wang Lei"]


def test_zh_a_procuratorates_chief_and_deputy():
    raw = "参加会议的有：县检察院党组书记、检察长吴建峰，党组成员、副检察长陈丽。"
    assert [(p.name, p.title) for p in extract_document(raw, "zh", date(2023, 3, 23)).people] == [
        ("吴建峰", "Chief Procurator"), ("陈丽", "Deputy Chief Procurator")]


def test_the_subjects_of_discipline_cases_and_no_count_read_as_a_name():
    found = titled(people("1.衡阳市某县人民医院原党委书记、院长贺志成严重违纪违法问题。2.湘西州某医院原副院长彭德林违规收受礼金问题。"
                          "另有1.91万人次通过重复报销骗取医保基金。", "zh"))
    assert set(found) == {"贺志成", "彭德林"}
    assert not [p for p in people("另有1.91万人次通过重复报销骗取医保基金。", "zh") if p.name == "万人次"]


def test_a_titles_possessive_report_is_no_person():
    assert not people("The Director of Audit's Report No. 83 was tabled in the Legislative Council today.")


def test_a_title_after_an_organisations_abbreviation_and_a_given_name_before_a_particle():
    found = titled(people("Martin Taylor, the World Health Organization (WHO) Representative in China, said the plan "
                          "helps. The governor met with a delegation led by Hubertus von Baumbach, chairman of the Board "
                          "of Managing Directors of Boehringer Ingelheim. The Rio de Janeiro office opened."))
    assert set(found) == {"Martin Taylor", "Hubertus von Baumbach"}
    assert found["Martin Taylor"].title == "Representative"


def test_a_reporters_question_names_no_reporter():
    assert not [p for p in people("Reporter: Why was Paxlovid not included?\nHuang Xinyu: The price was high.")
                if p.role == "reporter"]


def test_a_reporters_question_in_either_language_names_no_reporter():
    for text, language in (("Reporter: Will the Government restrict the quantity each person can buy?", "en"),
                           ("Reporter: Many patients have to visit hospitals monthly. What has been done?", "en"),
                           ("记者：请问这次目录调整有哪些亮点？", "zh")):
        assert not [p for p in people(text, language) if p.role == "reporter"], text


def test_macao_names_closing_on_an_english_word_and_a_surname_of_two_words_said_later():
    found = extract_document("The Legislative Assembly of Macao passed the law today. The session was chaired by the "
                             "President of the Legislative Assembly, Mr Kou Hoi In. The "
                             "Secretary for Social Affairs and Culture, Ms Elsie Ao Ieong U, attended. Ms Ao Ieong said the "
                             "ISAF would recruit additional pharmacists.", "en", date(2024, 8, 14)).people
    assert [p.name for p in found] == ["Kou Hoi In", "Elsie Ao Ieong U", "Elsie Ao Ieong U"]


def test_no_name_in_a_preposition_a_concern_or_a_withheld_name():
    text = ("委員會要求衛福部會同經濟部，於修法通過後6個月內提出報告。省药监局负责同志参加会议，并现场回应委员关切。"
            "该院院长王某、副院长潘某某被移送司法机关。發言人解釋，製品須註冊。局长王建国出席。")
    assert [p.name for p in people(text, "zh")] == ["王建国"]


def test_a_two_character_name_before_a_talks_title():
    raw = ("在科普讲座环节，中检院生物制品检定所研究员徐苗以《一支疫苗的“出厂体检”》为题，讲解了疫苗批签发制度；"
           "研究员王以明以《家用医疗器械怎么选》为题发言。")
    assert [p.name for p in extract_document(raw, "zh", date(2024, 5, 21)).people] == ["徐苗", "王以明"]
