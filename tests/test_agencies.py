"""Agency registry and mention extraction: hand-written cases and a gold check over the corpus."""
from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import SHARED, shared_scorer

from pipelines.extract.agencies import _build_registry, find_agencies, load_registry, slugify, unit_id
from pipelines.extract.document import extract_document
from pipelines.extract.resources import CACHE_ENV, built_once, extractor_fingerprint
from pipelines.extract.text import NormalizedText


def ids(text: str, language: str = "en") -> dict[str, str | None]:
    agencies, _ = find_agencies(NormalizedText(text), language, load_registry())
    return {a.agency_id: a.parent_agency_id for a in agencies}


def unit(name: str, parent: str) -> str:
    """The id of a unit found in the text, which names its parent."""
    return unit_id("new-" + slugify(name), parent)


def test_english_registry_names_and_abbreviations():
    found = ids("The National Medical Products Administration (NMPA) and the NHC met. The nmpa said...")
    assert set(found) == {"nmpa", "nhc"}


def test_chinese_and_traditional_script_match_the_same_row():
    assert set(ids("國家藥監局、国家医保局联合发布", "zh")) == {"nmpa", "nhsa"}


def test_nested_department_yields_department_and_parent():
    found = ids("the Department of Consumer Goods Industry of the Ministry of Industry and Information Technology")
    assert found == {"miit-consumer-goods": "miit", "miit": None}
    assert ids("国家卫生健康委医政司司长出席", "zh") == {"nhc": None, "nhc-medical-administration": "nhc"}


def test_unknown_department_takes_the_agency_it_is_written_with():
    found = ids("the Department of Drug Policy of the National Health Commission")
    assert found == {unit("Department of Drug Policy", "nhc"): "nhc", "nhc": None}


def test_provincial_and_municipal_bodies_by_pattern():
    found = ids("The Hubei Provincial Medical Products Administration met the Wuhan Municipal Health Commission.")
    assert set(found) == {"prov-hubei-mpa", "city-wuhan-hc"}
    assert set(ids("江苏省药监局与苏州市市场监督管理局联合检查", "zh")) == {"prov-jiangsu-mpa", "city-suzhou-amr"}
    registry = load_registry()
    assert registry.get("prov-jiangsu-mpa").name_en == "Jiangsu Provincial Medical Products Administration"
    assert registry.lookup("Jiangsu Drug Administration") == "prov-jiangsu-mpa"


def test_bare_kind_resolves_to_the_province_named_in_the_sentence():
    found = ids("Guangdong Provincial Department of Science and Technology, the Health Commission and the "
                "Development and Reform Commission jointly issued the plan.")
    assert set(found) == {"prov-guangdong-dst", "prov-guangdong-hc", "prov-guangdong-drc"}


def test_historic_names_and_shared_abbreviations():
    assert set(ids("In 2010 the SFDA approved the drug.")) == {"sfda-historic"}
    assert set(ids("Saudi Arabia's SFDA signed an MoU.")) == {"saudi-fda"}
    registry = load_registry()
    assert registry.get("cfda") and registry.lookup("国家食品药品监督管理总局") == "cfda"
    assert registry.lookup("卫计委") == "nhfpc"


def test_unknown_agency_is_discovered_with_its_abbreviation():
    agencies, mentions = find_agencies(NormalizedText(
        "The National Rare Disease Coordination Bureau (NRDCB) said the NRDCB would act."), "en", load_registry())
    assert [(a.agency_id, a.in_registry, a.abbreviation) for a in agencies] == [
        ("new-national-rare-disease-coordination-bureau", False, "NRDCB")]
    assert [m.surface for m in mentions] == ["National Rare Disease Coordination Bureau", "NRDCB", "NRDCB"]


def test_companies_universities_and_addressee_lists_are_not_agencies():
    assert ids("Shenzhen Pharmaceutical Co., Ltd. and the Beijing Institute of Technology signed.") == {}
    assert ids("上海医药集团股份有限公司参加会议。", "zh") == {}
    assert ids("各省、自治区、直辖市及新疆生产建设兵团医保局、卫生健康委：\n", "zh") == {}


def test_mentions_carry_evidence_in_the_original_text():
    text = NormalizedText("據國家醫療保障局網站消息，國家醫保局發出通知。")
    _, mentions = find_agencies(text, "zh", load_registry())
    assert [m.surface for m in mentions] == ["國家醫療保障局", "國家醫保局"]
    assert all(text.original[m.evidence.start:m.evidence.end] == m.surface for m in mentions)


@pytest.mark.skipif(not (SHARED / "gold").exists(), reason="shared corpus not available")
def test_agency_f1_against_gold():
    score = shared_scorer()
    registry = load_registry()
    tallies = {"en": score.Tally(), "zh": score.Tally()}
    for gold_file in sorted((SHARED / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = NormalizedText((SHARED / "corpus" / gold["doc"]).read_text(encoding="utf-8"))
        agencies, _ = find_agencies(text, gold["language"], registry)
        preds = [{"name": a.name_en or a.name_zh,
                  "names": [n for n in (a.name_en, a.name_zh, a.abbreviation, *a.aliases) if n]} for a in agencies]
        score.set_score(gold["agencies"], preds, score.agency_match, tallies[gold["language"]])
    for language, tally in tallies.items():
        precision, recall, f1 = tally.prf()
        assert f1 >= 0.85, (language, precision, recall, f1)


def test_city_agencies_take_the_gazetteer_city_and_one_id_across_languages():
    assert set(ids("会议听取扬州市卫生健康委员会汇报。", "zh")) == {"city-yangzhou-hc"}
    assert set(ids("The Yangzhou Municipal Health Commission reported.")) == {"city-yangzhou-hc"}
    assert set(ids("The market regulation bureaus of Yangzhou checked.")) == {"city-yangzhou-amr"}
    # a bare 市<kind> in a page about one prefecture is that prefecture's
    assert set(ids("无锡市市场监督管理局召开会议。市市场监管局局长讲话。", "zh")) == {"city-wuxi-amr"}


def test_foreign_health_ministries_and_their_departments():
    found = ids("China signed with Thailand's Ministry of Health, the Vietnamese Ministry of Health and "
                "the Drug Control Division of the Malaysian Ministry of Health.")
    assert found == {"foreign-thailand-moh": None, "foreign-vietnam-moh": None,
                     unit("Drug Control Division", "foreign-malaysia-moh"): "foreign-malaysia-moh", "foreign-malaysia-moh": None}
    assert set(ids("越南卫生部代表团到访", "zh")) == {"foreign-vietnam-moh"}


def test_branches_of_a_provincial_administration():
    zh = ids("江苏省药监局召开会议，省药监局无锡检查分局汇报工作。", "zh")
    en = ids("The Wuxi Branch of the Jiangsu Medical Products Administration reported.")
    assert zh["prov-jiangsu-mpa-branch-wuxi"] == en["prov-jiangsu-mpa-branch-wuxi"] == "prov-jiangsu-mpa"
    assert ids("常州检查分局开展检查", "zh") == {"prov-jiangsu-mpa-branch-changzhou": "prov-jiangsu-mpa"}


def test_enumerated_units_share_their_agency_and_unit_sets_are_not_units():
    found = ids("广东省卫生健康委医政处、基层卫生处和机关各处负责同志参加。", "zh")
    assert found == {"prov-guangdong-hc": None, unit("医政处", "prov-guangdong-hc"): "prov-guangdong-hc",
                     unit("基层卫生处", "prov-guangdong-hc"): "prov-guangdong-hc"}


def test_bare_generic_heads_are_not_agencies_but_qualified_commissions_are():
    assert ids("Contact the Press Office for details.") == {}
    assert set(ids("The Ningbo Municipal Commission of Ocean and Fishery joined.")) == {
        "new-ningbo-municipal-commission-of-ocean-and-fishery"}


def test_historic_international_department_is_not_todays():
    found = ids("国家食品药品监督管理总局国际合作司（港澳台办公室）负责同志出席", "zh")
    assert found == {"cfda": None, "cfda-international": "cfda"}


def test_sar_bodies_in_either_script_only_on_pages_about_their_region():
    hk = ids("香港衞生署與醫院管理局今日聯合公布流感疫苗接種安排，藥劑業及毒藥管理局亦有參與。", "zh")
    assert set(hk) == {"hk-department-of-health", "hk-hospital-authority", "hk-pharmacy-poisons-board"}
    macao = ids("Macao's Health Bureau and the Secretariat for Social Affairs and Culture welcomed the delegation.")
    assert set(macao) == {"macao-health-bureau", "macao-social-affairs-culture"}
    # the same bare names on a mainland page are no SAR body
    assert ids("县卫生局和医院管理局负责人参加了培训。", "zh") == {}
    assert ids("The Health Bureau of the county issued a notice.") == {}
    # Hong Kong alone has a Secretary for Health: a page that names one is about Hong Kong
    assert set(ids("The Hospital Authority (HA) held a press conference. The Secretary for Health said the Health "
                   "Bureau will continue to work with the HA.")) == {"hk-hospital-authority", "hk-health-bureau"}


def test_liaison_office_and_its_departments():
    found = ids("Staff of the Youth Work Department of the Liaison Office of the Central People's Government "
                "in the Hong Kong SAR visited the Jiangsu MPA.")
    assert found == {unit("Youth Work Department", "hk-liaison-office"): "hk-liaison-office", "hk-liaison-office": "state-council",
                     "prov-jiangsu-mpa": None}
    assert set(ids("澳门中联办与中央人民政府驻香港特别行政区联络办公室", "zh")) == {"macao-liaison-office", "hk-liaison-office"}


def test_country_food_and_drug_administrations_are_not_the_us_fda():
    found = ids("Delegates of the Myanmar Food and Drug Administration, the Iranian FDA and "
                "Portugal's National Authority of Medicines and Health Products (INFARMED) met the US FDA.")
    assert set(found) == {"foreign-myanmar-fda", "foreign-iran-fda", "portugal-infarmed", "us-fda"}
    assert set(ids("泰国食品药品监督管理局与马来西亚国家药品监管局签署协议", "zh")) == {"foreign-thailand-fda", "malaysia-npra"}


def test_customs_districts_belong_to_the_gacc():
    assert ids("Exports of APIs rose 8%, Qingdao Customs said.") == {"customs-qingdao": "gacc"}
    assert ids("据重庆海关统计，一季度中药材进口增长。", "zh") == {"customs-chongqing": "gacc"}


def test_historic_central_bodies_are_their_own_rows():
    found = ids("国家新闻出版广电总局、国土资源部、环境保护部、文化部和国家工商行政管理总局联合印发", "zh")
    assert set(found) == {"sapprft-historic", "mlr-historic", "mep-historic", "mocul-historic", "saic-historic"}
    assert set(ids("最高人民检察院、最高人民法院与国家监委通报案件", "zh")) == {"spp", "spc", "nsc"}
    assert set(ids("the National Commission of Supervision and the Supreme People's Procuratorate")) == {"nsc", "spp"}


def test_party_group_in_a_title_is_the_agency_itself():
    assert ids("国家药监局党组成员、副局长王五主持会议", "zh") == {"nmpa": None}
    # named as a body of its own, the Party group stays
    assert "nmpa-party-group" in ids("国家药监局党组召开会议，研究部署工作", "zh")


def test_registry_cache_is_the_built_registry_keyed_by_code_and_data(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    built = built_once("registry", _build_registry)
    (kept,) = tmp_path.glob("registry-*.pickle")
    assert extractor_fingerprint() in kept.name
    cached = built_once("registry", lambda: pytest.fail("rebuilt although a cached copy exists"))
    for text, language in (("国家药监局与国家卫生健康委在北京召开座谈会", "zh"),
                           ("The NMPA and the Jiangsu Medical Products Administration met in Nanjing.", "en")):
        assert find_agencies(NormalizedText(text), language, cached) == find_agencies(NormalizedText(text), language, built)
    kept.write_bytes(b"truncated by a crash")           # an unusable copy is rebuilt and replaced
    assert built_once("registry", _build_registry).agencies.keys() == built.agencies.keys()
    assert kept.stat().st_size > 1000
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "file.txt" / "no folder here"))
    (tmp_path / "file.txt").write_text("not a folder")     # nowhere to write: builds, no error
    assert built_once("registry", _build_registry).agencies.keys() == built.agencies.keys()


def test_unit_shapes_named_with_their_agency_or_in_a_list():
    dept = unit("Department of Pharmaceutical Price and Tendering Procurement", "nhsa")
    assert ids("Ding Yilei, director of the NHSA's Department of Pharmaceutical Price and Tendering Procurement, "
               "said.") == {"nhsa": None, dept: "nhsa"}
    assert ids("Mi Feng of the Personnel Department of the National Health Commission hosted.") == {
        unit("Personnel Department", "nhc"): "nhc", "nhc": None}
    found = ids("the bureau's Drug Production Supervision Division and Medical Device Supervision Division attended.")
    assert set(found) == {"new-drug-production-supervision-division", "new-medical-device-supervision-division"}
    assert "new-" + slugify("Management Committee of the Wuhan East Lake High-tech Development Zone") in ids(
        "Li Ming, director of the Management Committee of the Wuhan East Lake High-tech Development Zone, spoke.")
    assert set(ids("Officials of the Administrative Committee of the East Lake High-tech Development Zone "
                   "and the Department of Health joined.")) == {
        "new-" + slugify("Administrative Committee of the East Lake High-tech Development Zone"),
        "new-department-of-health"}


def test_a_municipal_kind_is_not_the_province_its_sentence_names():
    found = ids("市市场监管局党组书记、局长钱建新出席会议，江苏省药品监督管理局常州检查分局局长顾志强应邀出席。", "zh")
    assert "prov-jiangsu-amr" not in found and "prov-jiangsu-mpa-branch-changzhou" in found


def test_a_sanction_is_no_division():
    assert ids("逐章逐条学习新修订的《中国共产党纪律处分条例》。", "zh") == {}     # (nor is the Party named in the title)
    assert unit("化妆品监督管理处", "prov-guangdong-hc") in ids("广东省卫生健康委化妆品监督管理处分别通报了工作。", "zh")


def test_units_named_for_what_they_regulate():
    found = ids("Officials from the NMPA's Department of Drug Regulation accompanied the inspection.")
    assert found == {"nmpa": None, unit("Department of Drug Regulation", "nmpa"): "nmpa"}
    assert ids("The Regulations on Drug Regulation took effect.") == {}       # a document, not a unit


def test_zone_administrations_and_units_of_a_sar_bureau_in_chinese():
    found = ids("海南省药监局、博鳌乐城国际医疗旅游先行区管理局主要负责同志参加活动。", "zh")
    assert "hainan-lecheng-administration" in found     # (in the registry since set EI)
    names = {a.name_zh for a in extract_document("海南省药监局、海口江东新区管理局主要负责同志参加活动。", "zh",
                                                 date(2024, 6, 14)).agencies}
    assert names == {"海南省药品监督管理局", "海口江东新区管理局"}     # one it lacks, found by its shape (and no more)
    found = ids("澳門特區政府衛生局藥物事務廳廳長蔡炳祥等隨團訪問。", "zh")
    assert found[unit("藥物事務廳", "macao-health-bureau")] == "macao-health-bureau"


def test_a_province_level_municipality_has_a_citys_bureaus_too():
    assert ids("The Beijing Municipal Public Security Bureau and the Shanghai Municipal Finance Bureau met.") == {
        "prov-beijing-psb": None, "prov-shanghai-bof": None}
    assert set(ids("上海市市场监管局会同市公安局开展联合执法。", "zh")) == {"prov-shanghai-amr", "prov-shanghai-psb"}


def test_a_zones_body_is_one_agency_by_its_long_or_short_name():
    found, _ = find_agencies(NormalizedText("武汉东湖新技术开发区管理委员会副主任出席。东湖高新区管委会与省药监局签约。苏州工业园区"
                                            "管理委员会和苏州工业园区管委会共同主办。"), "zh", load_registry())
    zones = [a for a in found if "区" in a.name_zh]
    assert len(zones) == 2 and {"东湖高新区管委会", "苏州工业园区管委会"} <= {n for a in zones for n in (a.name_zh, *a.aliases)}


def test_a_governors_or_mayors_place_names_their_government():
    assert ids("Ni Qiang, vice-governor of Hainan province, and Wang Hua, vice mayor of Wuhan, spoke.") == {
        "prov-hainan-gov": None, "city-wuhan-gov": None}
    assert set(ids("陪同甘肃省副省长王晓东调研，北京市副市长出席。", "zh")) == {"prov-gansu-gov", "prov-beijing-gov"}
    assert ids("Vice Mayor Wang Hua and Li Ming, Vice Governor of the People's Bank, spoke.") == {}


def test_a_bare_yaojianju_on_a_macao_page_is_the_isaf():
    assert "macao-isaf" in ids("澳門首批本地中成藥獲註冊。儀式上，藥監局與合作區商事服務局簽署備忘錄。", "zh")
    assert "macao-isaf" not in ids("省药监局与市药监局联合检查。", "zh")


def test_the_tfdas_division_of_medicinal_products_on_a_tfda_page():
    assert "taiwan-fda-medicinal-products" in ids("食藥署提醒民眾。業務聯絡人：藥品組　李怡君　科長", "zh")
    assert "taiwan-fda-medicinal-products" not in ids("县卫健局药品组组长出席。", "zh")


def test_the_hengqin_zones_executive_committee_and_its_bureaus():
    found = ids("澳門藥監局與橫琴粵澳深度合作區商事服務局簽署合作安排，合作區執行委員會副主任出席。", "zh")
    assert {"hengqin-commercial-services", "hengqin-executive-committee"} <= set(found)
    assert found["hengqin-commercial-services"] == "hengqin-executive-committee"


def test_a_congress_standing_committees_general_office_is_its_unit():
    assert ids("安徽省人大常委会办公厅在合肥召开新闻发布会。", "zh") == {
        "prov-anhui-congress-sc": None, "prov-anhui-congress-sc-office": "prov-anhui-congress-sc"}


def test_a_registry_unit_written_with_another_owner_is_that_owners_unit():
    # the registry's 政策法规司 is the NMPA's; written with the NHSA it is the NHSA's, in either language
    en = ids("The Department of Policies and Regulations of the NHSA held a meeting.")
    zh = ids("国家医保局政策法规司司长参加会议。", "zh")
    assert en == {unit("Department of Policies and Regulations", "nhsa"): "nhsa", "nhsa": None}
    assert zh == {unit("政策法规司", "nhsa"): "nhsa", "nhsa": None}
    # its full name as written is one of its names: a reader writes it so
    found, _ = find_agencies(NormalizedText("The Department of Policies and Regulations of the NHSA held a meeting."),
                             "en", load_registry())
    assert "Department of Policies and Regulations of the NHSA" in found[0].aliases
    # with its own owner, or the owner's successor's name, it stays the registry row
    assert ids("国家药监局政策法规司负责同志出席", "zh") == {"nmpa": None, "nmpa-policy-regulations": "nmpa"}
    # one ministry's unit is not another's of the same name
    both = ids("国家卫生健康委政策法规司与国家医保局政策法规司联合调研。", "zh")
    assert {unit("政策法规司", "nhc"), unit("政策法规司", "nhsa")} <= set(both)


def test_a_unit_and_a_title_of_its_agency_and_a_hospitals_department():
    found = ids("Hu Qiang, deputy director of the Personnel Department and spokesperson of the National Health "
                "Commission (NHC), hosted.")
    assert found == {unit("Personnel Department", "nhc"): "nhc", "nhc": None}
    assert ids("Zhang Jian, chief physician of the Department of Endocrinology at Peking Union Medical College "
               "Hospital, spoke.") == {}


def test_a_bare_municipal_kind_is_the_one_prefecture_the_text_names():
    found = ids("诸暨市市场监管局和企业代表发言。市市场监管局印发了《绍兴市2024年药品安全专项整治行动方案》。", "zh")
    assert set(found) == {"city-zhuji-amr", "city-shaoxing-amr"}


def test_a_commission_of_the_state_council_and_a_ministry_of_health_named_country_last():
    agencies, _ = find_agencies(NormalizedText("the Customs Tariff Commission of the State Council will release"), "en",
                                load_registry())
    commission = next(a for a in agencies if a.agency_id != "state-council")
    assert (commission.name_en, commission.parent_agency_id) == (
        "Customs Tariff Commission of the State Council", "state-council")
    assert "foreign-malaysia-moh" in ids("The NPRA operates under the Ministry of Health Malaysia.")


def test_the_hengqin_executive_committee_only_where_hengqin_is_named():
    assert set(ids("横琴粤澳深度合作区执行委员会与澳门特区政府签署协议", "zh")) >= {"hengqin-executive-committee"}
    assert ids("合作区执委会主任见证签署。", "zh") == {}


def test_the_provincial_bureau_is_the_one_a_bare_kind_named_before():
    found = ids("5月14日，江西省药监局召开会议。省药监局局长带队。省局医疗器械注册管理处有关负责同志参加调研。", "zh")
    assert found["prov-jiangxi-mpa"] is None and unit("医疗器械注册管理处", "prov-jiangxi-mpa") in found


def test_a_unit_whose_name_goes_on_past_a_listed_units_is_another_unit():
    found = ids("Officials from the Department of Medical Device Registration and Supervision of the Shandong MPA "
                "answered. Officials of the Department of Drug Registration and Department of Drug Supervision came.")
    assert unit("Department of Medical Device Registration and Supervision", "prov-shandong-mpa") in found
    assert "nmpa-drug-registration" in found and "nmpa-device-registration" not in found


def test_macao_customs_and_the_municipal_affairs_bureau():
    found = ids("衛生局與藥物監督管理局今日聯合舉行新聞發佈會。藥物監督管理局已聯同澳門海關加強抽查。"
                "出席發佈會的市政署食品安全中心代表表示，市政署會跟進。", "zh")
    assert {"macao-health-bureau", "macao-isaf", "macao-customs", "macao-iam", "macao-iam-food-safety"} <= set(found)
    assert "macao-iam" not in ids("市政署召开会议。", "zh")     # 市政署 alone, with no word of Macao


def test_a_unit_named_for_what_it_regulates_before_its_head():
    found = ids("Dr. Pornpimon Charoensuk, Director of the Medicine Regulation Division of the Thai FDA, attended.")
    assert unit("Medicine Regulation Division", "foreign-thailand-fda") in found
    assert not ids("Officials read out the Regulations Enforcement Office report.")


def test_a_bare_government_congress_or_general_office_is_the_pages_own_province_or_municipality():
    found = ids("浙江省全面加强药品监管。副省长邵宏刚代表省政府作汇报。省人大常委会副主任范庆瑜陪同。省政府办公厅印发方案。", "zh")
    assert {"prov-zhejiang-gov", "prov-zhejiang-congress-sc", "prov-zhejiang-gov-office"} <= set(found)
    found = ids("上海发布。市政府副秘书长、市发展改革委主任陆国强介绍。市政府办公厅印发《若干意见》。", "zh")
    assert {"prov-shanghai-gov", "prov-shanghai-drc", "prov-shanghai-gov-office"} <= set(found)
    assert not ids("市政府召开常务会议。", "zh")       # no place named: no one's government
    assert "npc-escph-committee" in ids("Liu Qian, vice chairperson of the NPC Education, Science, Culture and "
                                        "Public Health Committee, attended.")


def test_health_ministries_of_arab_and_african_states_under_their_own_names():
    assert {"foreign-oman-moh", "foreign-iraq-moh"} <= set(ids("The NHC signed MoUs with Oman's Ministry of Health and "
                                                                "Iraq's Ministry of Health."))
    assert {"foreign-zimbabwe-moh", "foreign-malawi-moh"} <= set(ids("津巴布韦卫生和儿童保健部副部长、马拉维卫生部部长致辞。", "zh"))


def test_a_bare_autonomous_region_kind_is_the_regions_own():
    found = ids("广西壮族自治区医疗保障局召开会议。自治区医保局党组书记出席。自治区卫生健康委参加。", "zh")
    assert {"prov-guangxi-hsa", "prov-guangxi-hc"} <= set(found)


def test_a_ministrys_bureau_and_hong_kong_macao_and_taiwan_regulators():
    found = ids("公安部新闻宣传局副局长、公安部食品药品犯罪侦查局局长出席。", "zh")
    assert unit("新闻宣传局", "mps") in found and "mps-food-drug-crime" in found
    assert set(ids("公安部指导浙江公安局破获案件。", "zh")) == {"mps"}
    found = ids("衞生署中醫藥規管辦公室主任、香港中醫藥管理委員會中藥組主席。衛福部食品藥物管理署醫療器材及化粧品組組長。"
                "澳門藥物監督管理局藥物註冊廳廳長。", "zh")
    assert {"hk-cmro", "hk-cmchk", "hk-cmchk-medicines-board", "taiwan-fda", "taiwan-fda-devices",
            "macao-isaf-registration"} <= set(found)


def test_a_governments_information_office():
    assert "prov-shanghai-info-office" in ids("上海发布。今天下午，市政府新闻办举行市政府新闻发布会。", "zh")
    assert "prov-hunan-info-office" in ids("湖南省药监局。省政府新闻办举行新闻发布会。", "zh")
    assert "prov-shanghai-info-office" in ids("Officials spoke at a press conference held by the Information Office of "
                                              "Shanghai Municipality on Tuesday.")
    assert "prov-jiangsu-info-office" in ids("The press conference was held by the Jiangsu Provincial Government "
                                             "Information Office in Nanjing on Wednesday.")


def test_an_information_office_without_the_article_and_the_act_of_administering_is_no_body():
    found = ids("The Information Office of Hainan Provincial People's Government held a press conference. Four bodies "
                "released the Several Measures on Further Optimizing the Administration of Urgently Needed Imported Drugs "
                "in the Pilot Zone.")
    assert set(found) == {"prov-hainan-info-office"}


def test_a_standing_committee_named_with_its_congress_term():
    found = ids("The 13th session of the Standing Committee of the 14th Hunan Provincial People's Congress closed. "
                "The Standing Committee of the 12th National People's Congress decided.")
    assert {"prov-hunan-congress-sc", "npcsc"} <= set(found)


def test_units_written_after_a_customs_district():
    found = ids("成都海关口岸监管处、卫生检疫处负责同志参加座谈。", "zh")
    assert sum(parent == "customs-chengdu" for parent in found.values()) == 2


def test_a_chinese_congress_named_with_its_term_and_its_legislative_affairs_commission():
    found = ids("河北省十四届人大常委会第八次会议闭幕。省人大常委会法制工作委员会副主任刘立新出席。十四届全国人大常委会第十六次会议举行。",
                "zh")
    assert {"prov-hebei-congress-sc", "npcsc"} <= set(found)
    assert "prov-hebei-congress-sc" in found.values()   # the commission, a unit of the standing committee


def test_a_rule_named_on_administration_is_no_body_and_the_opens_a_body_of_its_own():
    found = ids("Zhao required all localities to implement the Provisions on Pharmaceutical Administration in Medical "
                "Institutions. Heads of the health commissions of all cities (districts) in the province, the Yangling "
                "Demonstration Zone and the Hancheng Municipal Health Bureau attended the conference.")
    assert set(found) == {"city-hancheng-hc"}      # a city's health bureau (卫生健康局) is its health commission
    found = ids("The groundbreaking followed an agreement signed by AstraZeneca and the Wuxi National Hi-Tech Industrial "
                "Development Zone Administrative Committee.")
    assert set(found) == {"new-wuxi-national-hi-tech-industrial-development-zone-administrative-committee"}


def test_a_countrys_agency_without_its_owner_and_a_unit_after_a_persons_name():
    found = ids("Dilshod Karimov, director of Uzbekistan's Agency for the Development of the Pharmaceutical Industry, "
                "spoke. Nurbek Asanov of the Department of Medicines and Medical Devices under the Kyrgyz Ministry of "
                "Health also spoke at the plenary session.")
    # (the owner's possessive is no part of the name, which the country follows, the bare name kept as an alias)
    assert "new-agency-for-the-development-of-the-pharmaceutical-industry" in found
    assert found.get("new-foreign-kyrgyzstan-moh-department-of-medicines-and-medical-devices") == "foreign-kyrgyzstan-moh"


def test_a_unit_after_its_or_the_kinds_possessive_belongs_to_the_agency_named_before():
    found = ids("The Hunan Provincial Healthcare Security Administration held a symposium. Officials from the "
                "administration's Pharmaceutical Price and Bidding Procurement Department and its Fund Supervision "
                "Division attended. The National Health Commission held a press conference, hosted by Mi Feng, "
                "spokesman for the commission and deputy director of its Personnel Department.")
    assert found[unit("Pharmaceutical Price and Bidding Procurement Department", "prov-hunan-hsa")] == "prov-hunan-hsa"
    assert found[unit("Fund Supervision Division", "prov-hunan-hsa")] == "prov-hunan-hsa"
    assert found[unit("Personnel Department", "nhc")] == "nhc"


def test_the_sars_legislatures_and_hong_kongs_medical_products_bodies():
    found = ids("The Secretary for Health attended the meeting of the Legislative Council (LegCo) Panel on Health Services "
                "in Hong Kong. The Department of Health set up the Preparatory Office for the CMPR in 2024.")
    assert {"hk-legco", "hk-legco-health-panel", "hk-cmpr-preparatory-office", "hk-department-of-health"} <= set(found)
    assert ids("香港立法會衞生事務委員會今日開會，衞生署醫療儀器科與政府中藥檢測中心代表出席。", "zh") == {
        "hk-legco-health-panel": "hk-legco", "hk-medical-device-division": "hk-department-of-health",
        "hk-gcmti": "hk-department-of-health",
        # (the parents each unit's full name opens with are named too)
        "hk-legco": None, "hk-department-of-health": "hksar-government"}
    assert "macao-legislative-assembly" in ids("澳門特區政府將法案提交立法會審議。", "zh")
    assert ids("会前，全国政协教科卫体委员会组织部分委员赴江西、四川等地开展专题调研。", "zh") == {
        "cppcc-education-health": "cppcc", "cppcc": None}
    assert "hk-government-laboratory" in ids("Hong Kong. Test results from the Government Laboratory showed the "
                                             "products contained drugs.")


def test_a_word_ending_in_ju_after_guojia_is_no_bureau():
    assert ids("特區政府會積極融入國家中醫藥發展大局，優化產業布局。", "zh") == {}


def test_an_industrial_parks_administrative_committee():
    assert set(ids("苏州工业园区管理委员会主任出席。", "zh")) == {"new-" + slugify("苏州工业园区管委会")}   # (by its short name)
    assert set(ids("苏州工业园区管委会与礼来签署协议。", "zh")) == {"new-" + slugify("苏州工业园区管委会")}


def test_every_districted_citys_bureau_is_no_one_body():
    assert ids("各设区市市场监督管理局分管负责同志参加。", "zh") == {}
    assert ids("16市医保局和省直有关医疗机构负责人参加。", "zh") == {}     # (counted in digits)
    assert ids("湖州市医保局部署各区县医疗保障分局开展宣传。", "zh").keys() == {"city-huzhou-hsa"}     # (every district's)


def test_the_pages_publisher_places_a_bare_provincial_or_city_kind():
    text = NormalizedText("省药监局召开座谈会。市市场监管局负责同志参加。")
    assert set(ids("省药监局召开座谈会。", "zh")) == {"new-provincial-mpa"}
    found, _ = find_agencies(text, "zh", load_registry(), publisher="江西省药品监督管理局")
    assert "prov-jiangxi-mpa" in {a.agency_id for a in found}
    found, _ = find_agencies(NormalizedText("市市场监管局召开会议。"), "zh", load_registry(), publisher="邢台市市场监督管理局")
    assert {a.agency_id for a in found} == {"city-xingtai-amr"}


def test_ben_ao_places_a_page_in_macao():
    assert "macao-health-bureau" in ids("衛生局今日舉行記者會。流感是本澳冬春季最常見的呼吸道傳染病之一。", "zh")


def test_the_general_offices_of_the_health_agencies():
    assert set(ids("国家医保局办公室关于全面采集应用医保药品耗材追溯码的通知。国家中医药局办公室印发。国家卫生健康委办公厅发布。",
                   "zh")) == {"nhsa-general-office", "natcm-general-office", "nhc-general-office", "nhsa", "natcm", "nhc"}
    assert set(ids("In May, the General Office of the NHSA issued the Notice.")) == {"nhsa-general-office", "nhsa"}


def test_the_citys_bureau_is_the_one_city_its_english_sentence_names():
    assert set(ids("Patients in Xiamen, Fujian Province, can pay after the city's healthcare security bureau "
                   "launched the service.")) == {"city-xiamen-hsa"}
    assert set(ids("The municipal healthcare security bureau of Xiamen said.")) == {"city-xiamen-hsa"}


def test_the_supreme_courts_research_office_and_a_procuratorial_department():
    assert set(ids("最高人民法院研究室副主任周加海、最高人民检察院第一检察厅负责人苗生明出席。", "zh")) == {
        "spc-research-office", "spp-first-procuratorial", "spc", "spp"}
    assert set(ids("Zhou Jiahai, deputy director of the research office of the Supreme People's Court, said.")) == {
        "spc-research-office", "spc"}     # (the court named at the end of its office's name, as in Chinese at the start)


def test_chachu_after_an_agency_is_a_verb_not_a_division():
    assert set(ids("当时负责反垄断执法的国家发展和改革委员会亦曾查处异烟肼原料药垄断案。", "zh")) == {"ndrc"}


def test_a_citys_government_named_of_its_municipality():
    assert set(ids("The People's Government of Guangzhou Municipality said. The Health Commission of Wuhan City said.")) \
        == {"city-guangzhou-gov", "city-wuhan-hc"}


def test_an_office_right_after_an_agency_is_its_general_office():
    found = ids("国家知识产权局办公室副主任梁心新出席。", "zh")
    assert [parent for agency_id, parent in found.items() if agency_id != "cnipa"] == ["cnipa"]


def test_a_citys_congress_standing_committee_is_written_around_the_city():
    found, _ = find_agencies(NormalizedText(
        "The Standing Committee of the 16th Guangzhou Municipal People's Congress adopted the regulations."),
        "en", load_registry())
    assert [(a.agency_id, a.name_en) for a in found] == [
        ("city-guangzhou-congress-sc", "Standing Committee of the Guangzhou Municipal People's Congress")]
    assert set(ids("The Guangzhou Municipal People's Congress Standing Committee said.")) == {"city-guangzhou-congress-sc"}
    assert set(ids("广州市第十六届人大常委会第三十三次会议表决通过，深圳市人大常委会。", "zh")) == {
        "city-guangzhou-congress-sc", "city-shenzhen-congress-sc"}


def test_the_municipal_government_on_a_page_about_one_city_is_that_citys():
    assert set(ids("The Guangzhou Municipal Health Commission said the municipal government will report each "
                   "year.")) == {"city-guangzhou-hc", "city-guangzhou-gov"}
    assert set(ids("The municipal government will report each year.")) == set()


def test_the_provincial_government_on_a_page_about_one_province_is_that_provinces():
    assert set(ids("The Fujian Provincial Medical Products Administration held its work conference. Wu, deputy "
                   "secretary-general of the provincial government, presided.")) == {"prov-fujian-mpa", "prov-fujian-gov"}
    # a province-level municipality named in passing has no provincial government
    assert set(ids("Held to implement the national conference in Beijing, the meeting followed the provincial "
                   "government's arrangements. The Guangdong Medical Products Administration held it.")) == {
        "prov-guangdong-gov", "prov-guangdong-mpa"}


def test_us_trade_bodies_and_the_commerce_ministry_by_its_short_english_name():
    assert set(ids("U.S. Treasury Secretary Scott Bessent and U.S. Trade Representative Jamieson Greer met. The U.S. "
                   "Commerce Department's probe is pending, Chinese Commerce Ministry spokesperson Wei Lan said.")) == {
        "us-treasury", "ustr", "us-commerce", "mofcom"}


def test_a_city_agency_written_in_lower_case():
    assert set(ids("The Xiamen municipal market regulation bureau and the Sanming municipal market regulation bureau "
                   "shared their experience.")) == {"city-xiamen-amr", "city-sanming-amr"}


def test_the_ip_courts_and_the_supreme_courts_ip_tribunal():
    assert set(ids("北京知識產權法院一審宣判，當事人可上訴至最高人民法院知識產權法庭。", "zh")) == {
        "beijing-ip-court", "spc-ip-tribunal", "spc"}
    assert set(ids("The Beijing IP Court ruled; the Jiangsu High People's Court and the Guangzhou Intermediate "
                   "People's Court had heard similar cases.")) == {"beijing-ip-court", "prov-jiangsu-hpc", "city-guangzhou-ipc"}


def test_a_citys_government_offices_written_around_the_city_and_a_science_and_innovation_bureau():
    assert set(ids("The plan was issued by the General Office of the Shenzhen Municipal People's Government. The "
                   "Information Office of the Wuhan Municipal Government held a press conference.")) == {
        "city-shenzhen-gov-office", "city-wuhan-info-office"}
    assert set(ids("深圳市科技创新局负责人介绍。", "zh")) == {"city-shenzhen-bst"}


def test_customs_districts_named_after_no_city_hong_kong_customs_and_the_african_medicines_agency():
    assert set(ids("Gongbei Customs seized 1,200 pens; Shenzhen Customs helped. The Director General of the African "
                   "Medicines Agency (AMA) visited.")) == {"customs-gongbei", "customs-shenzhen", "ama"}
    assert set(ids("香港海關前日在葵涌查獲，海關知識產權調查科跟進。韩国保健福祉部出席。", "zh")) == {
        "hk-customs", "hk-customs-ipib", "foreign-south-korea-moh"}


def test_a_unit_written_of_its_parent_goes_by_that_name_too():
    found, _ = find_agencies(NormalizedText("The Anti-smuggling Bureau of Gongbei Customs opened a case."), "en",
                             load_registry())
    unit = next(a for a in found if a.parent_agency_id == "customs-gongbei")
    assert "Anti-smuggling Bureau of Gongbei Customs" in unit.aliases


def test_a_kind_in_the_plural_of_listed_provinces_is_each_provinces():
    assert set(ids("The NMPA ordered the medical products administrations of Guangdong, Shanghai and Zhejiang to "
                   "investigate.")) == {"nmpa", "prov-guangdong-mpa", "prov-shanghai-mpa", "prov-zhejiang-mpa"}
    assert set(ids("Officials from the medical products administrations of Jiangsu province, Guangdong province and "
                   "Shanghai municipality attended.")) == {"prov-jiangsu-mpa", "prov-guangdong-mpa", "prov-shanghai-mpa"}
    assert "miit-general-office" in ids("The notice was issued by the General Office of the MIIT.")


def test_the_nmpas_complaints_center_by_its_full_name():
    assert "nmpa-complaints-center" in ids("国家药监局行政事项受理服务和投诉举报中心有关负责同志作说明。", "zh")


def test_a_provincial_congress_education_science_culture_and_health_committee():
    assert "prov-hunan-congress-escph" in ids("湖南省人大常委会执法检查组检查。省人大教育科学文化卫生委员会主任委员邓晓岚参加检查。", "zh")
    assert "prov-yunnan-congress-escph" in ids(
        "said Zhao Jinyun, deputy director of the Education, Science, Culture and Health Committee of the Yunnan Provincial "
        "People's Congress.")


def test_the_macao_governments_english_forms_and_the_secretarys_office():
    assert set(ids("A delegation of the Macao Special Administrative Region (MSAR) Government visited Nanning. The Chief "
                   "of Office of the Secretary for Social Affairs and Culture joined.")) == {
        "macao-sar-government", "macao-social-affairs-culture"}


def test_an_autonomous_prefectures_bureaus():
    assert set(ids("临夏州市场监管局参加会议。延边朝鲜族自治州卫生健康委员会负责人介绍。", "zh")) == {
        "pref-linxia-amr", "pref-yanbian-hc"}
    found, _ = find_agencies(NormalizedText("It guided the Linxia Prefecture Administration for Market Regulation."), "en",
                             load_registry())
    assert [(a.agency_id, a.name_en) for a in found] == [
        ("pref-linxia-amr", "Linxia Prefecture Administration for Market Regulation")]


def test_macaos_secretariats_and_the_hengqin_zones_economic_bureau():
    assert set(ids("澳門特區行政長官到橫琴視察。經濟財政司司長戴建業陪同，聽取了合作區經濟發展局負責人介紹。", "zh")) >= {
        "macao-economy-finance", "hengqin-economic-development"}


def test_a_department_named_with_bu_right_after_its_agency():
    found = ids("发布会上，国家知识产权局审查业务管理部、条法司有关负责人回答了提问。国家药监局领导干部出席。", "zh")
    assert sorted(parent for agency_id, parent in found.items() if agency_id.startswith("new-")) == ["cnipa", "cnipa"]


def test_china_s_drug_regulator_is_the_nmpa_or_the_predecessor_a_page_names():
    assert set(ids("China's drug regulator said on Thursday it had approved 11 innovative drugs.")) == {"nmpa"}
    assert set(ids("China's top drug regulator signed a memorandum. The China Food and Drug Administration (CFDA) "
                   "said.")) == {"cfda"}


def test_procuratorates_and_a_prescription_is_no_division():
    assert set(ids("南京市人民检察院提起公诉，江苏省人民检察院督办。澳門電子處方平台啟動。", "zh")) == {
        "city-nanjing-procuratorate", "prov-jiangsu-procuratorate"}
    assert set(ids("The Wuxi Municipal People's Procuratorate prosecuted.")) == {"city-wuxi-procuratorate"}


def test_a_general_administrations_provincial_bureau_written_after_it():
    found = ids("市医保局和国家金融监督管理总局浙江监管局近日联合印发通知。", "zh")
    assert [parent for agency_id, parent in found.items() if agency_id.startswith("new-nfra")] == ["nfra"]


def test_a_unit_written_right_after_its_agency_goes_by_the_joined_name_too():
    found, _ = find_agencies(NormalizedText("国家知识产权局条法司副司长介绍。"), "zh", load_registry())
    unit = next(a for a in found if a.parent_agency_id == "cnipa")
    assert (unit.name_zh, unit.aliases) == ("条法司", ("国家知识产权局条法司",))


def test_who_regional_and_country_offices_and_a_body_joined_by_he_is_no_unit():
    assert set(ids("世界卫生组织西太平洋区域办事处和中日韩合作秘书处共60余人出席。", "zh")) == {"who-wpro", "who"}
    assert set(ids("The WHO Regional Office for the Western Pacific and the WHO Representative Office in China.")) == {
        "who-wpro", "who-china"}


def test_taiwan_copy_names_mainland_and_korean_bodies_its_own_way():
    assert set(ids("陸藥監局長李利會見南韓食藥部長。陸醫保局發布指南。南韓食品藥品安全部部長吳有卿表示。", "zh")) == {
        "nmpa", "nhsa", "korea-mfds"}


def test_a_department_every_ministry_has_is_of_the_parent_the_page_names():
    found = ids("国家中医药管理局召开座谈会，座谈会由国家中医药管理局国际合作司主持。国际合作司有关负责同志参加。", "zh")
    assert "cfda-international" not in found and "cfda" not in found
    assert [parent for parent in found.values() if parent] == ["natcm"]


def test_a_body_under_an_agency_named_in_brackets_as_its_second_nameplate_and_a_unit_after_it():
    found = ids("国家市场监督管理总局（国家标准化管理委员会）标准技术管理司有关负责同志参加座谈。", "zh")
    assert found["sac"] == "samr" and unit("标准技术管理司", "samr") in found


def test_a_department_written_after_its_agencys_possessive():
    found = ids("Hu Qiangqiang, deputy director of the NHC's Personnel Department, presided over the conference.")
    assert found == {"nhc": None, unit("Personnel Department", "nhc"): "nhc"}


def test_an_owners_possessive_is_no_part_of_a_units_name():
    assert ids("Experts from the International Organization for Standardization's Technical Committee 249 attended.") == {}
    assert set(ids("Zhou Meng, head of the GDMPA's Drug Registration Division, briefed them.")) == {
        "new-drug-registration-division"}


def test_a_division_opening_a_clause_with_its_heads_title_is_the_last_named_agencys():
    found = ids("山东省药监局在济南举办培训班。省药监局副局长于长青出席并讲话，药品注册管理处处长李娟主持开班仪式。", "zh")
    assert found[unit("药品注册管理处", "prov-shandong-mpa")] == "prov-shandong-mpa"
    assert set(ids("会议指出，要做好处方审核。各处处长参加。", "zh")) == set()


def test_a_higher_court_by_its_short_name_and_its_criminal_division():
    found = ids("浙江省高级人民法院召开新闻发布会。省高院刑二庭庭长李建平回答记者提问。杭州市中院审理了此案。", "zh")
    assert "prov-zhejiang-hpc" in found and found[unit("刑二庭", "prov-zhejiang-hpc")] == "prov-zhejiang-hpc"
    assert "city-hangzhou-ipc" in found


def test_the_state_councils_anti_monopoly_commission():
    assert set(ids("同年11月，國務院反壟斷委員會印發《關於原料藥領域的反壟斷指南》。", "zh")) == {"state-council-anti-monopoly-commission"}


def test_a_zones_committee_after_a_verb():
    text = NormalizedText("王乙康参观企业，并听取苏州工业园区管理委员会有关产业发展的简报。")
    _, mentions = find_agencies(text, "zh", load_registry())
    assert [m.surface for m in mentions] == ["苏州工业园区管理委员会"]


def test_a_page_citing_a_macao_decree_law_is_about_macao():
    assert set(ids("The Health Bureau (SSM) announced the decision under Decree-Law No. 84/90/M.")) == {"macao-health-bureau"}


def test_a_bare_sar_government_is_the_regions_the_page_is_about():
    assert set(ids("澳門特區政府經濟適度多元發展規劃。特區政府將與合作區加強合作。", "zh")) == {"macao-sar-government"}
    assert set(ids("香港特區政府推出措施。特區政府將繼續支持。", "zh")) == {"hksar-government"}
    assert ids("特区政府将继续支持。", "zh") == {}


def test_a_republics_health_ministry_named_in_full():
    assert set(ids("哈萨克斯坦共和国卫生部医疗和药品监督委员会主席出席。", "zh")) >= {"foreign-kazakhstan-moh"}


def test_a_bare_name_glossed_by_another_agencys_abbreviation_is_that_agency():
    found = ids("The Food and Drug Administration (TFDA) of the Ministry of Health and Welfare (MOHW) has compiled "
                "questions and answers. The Food and Drug Administration checks alternative products.")
    assert "taiwan-fda" in found and "us-fda" not in found and found.get("taiwan-mohw", "absent") is None


def test_taiwan_bodies():
    found = ids("立法院社會福利及衛生環境委員會今天初審通過草案，行政院會去年通過草案並函請立法院審議，健保署將檢討藥價。", "zh")
    assert {"taiwan-legislative-yuan", "taiwan-ly-health-committee", "taiwan-executive-yuan",
            "taiwan-nhia"} <= set(found)
    assert found["taiwan-ly-health-committee"] == "taiwan-legislative-yuan"
    # the Control Yuan, which corrects ministries ("監察院昨（13）日通過糾正案，糾正衛福部")
    assert "taiwan-control-yuan" in ids("監察院昨（13）日通過糾正案，糾正衛福部。", "zh")
    assert "taiwan-control-yuan" in ids("Taiwan's Control Yuan on Tuesday censured the Ministry of Health and Welfare.", "en")
    # a page of the ministry's own naming no place: its short name is Taiwan's alone
    assert "taiwan-mohw" in ids("衛生福利部委託醫策會於昨（13）日辦理說明會，衛福部醫事司司長劉越萍出席致詞。", "zh")


def test_the_hospital_authoritys_own_page_naming_no_city_is_hong_kongs():
    found = ids("The Hospital Authority (HA) Board held its meeting today and approved the HA Annual Plan, drawn up in "
                "response to the Primary Healthcare Blueprint published by the Health Bureau; the HA will work with the "
                "Department of Health on new drugs.", "en")
    assert {"hk-hospital-authority", "hk-health-bureau", "hk-department-of-health"} <= set(found)


def test_a_taiwan_pages_fda_and_the_corps_closing_a_list_of_provinces():
    found = ids("Food and Drug Administration (FDA) Director-General Wu said the Ministry of Health and Welfare and the "
                "Executive Yuan would act; fines range from NT$30,000 to NT$2 million (US$932 to US$62,150).")
    assert "taiwan-fda" in found and "us-fda" not in found
    assert "xpcc" not in ids("各省、自治区、直辖市及新疆生产建设兵团卫生健康委：", "zh")
    assert "xpcc" not in ids("held in all provinces, autonomous regions and municipalities and the Xinjiang Production "
                             "and Construction Corps")
    assert "xpcc" in ids("新疆生产建设兵团召开会议。", "zh")


def test_city_health_bureaus_agriculture_departments_and_police_investigation_corps():
    found = ids("会议由市政府主办，江门市卫生健康局、江门市农业农村局、甘肃省农业农村厅参加。四川省公安厅食品药品环境犯罪侦查总队出席。", "zh")
    assert {"city-jiangmen-hc", "city-jiangmen-bara", "prov-gansu-dara", "prov-sichuan-dps"} <= set(found)
    assert unit("食品药品环境犯罪侦查总队", "prov-sichuan-dps") in found
    assert ids("国家疾控局卫生与免疫规划司司长夏刚介绍", "zh") == {"ndcpa": None, "ndcpa-immunization": "ndcpa"}


def test_a_speaker_lists_unit_belongs_to_the_agency_after_its_comma_and_a_hospital_department_to_none():
    found = ids("Gao Jianhua, deputy director-general of the Bureau of Medical Administration, National Health Commission (NHC)\n"
                "Jiang Xiaolin, deputy director-general of the Department of Medical Administration, National Administration "
                "of Traditional Chinese Medicine (NATCM)\n"
                "Tang Hua, director of the Department of Pharmacy, Peking Union Medical College Hospital\n")
    assert found["nhc-medical-administration"] == "nhc"
    assert found[unit("Department of Medical Administration", "natcm")] == "natcm"
    assert not any("pharmacy" in i for i in found)


def test_macao_and_hong_kong_bodies_named_bare_on_their_pages():
    found = ids("澳門衛生局今（17）日聯同治安警察局、消防局舉行演練，疾病預防控制中心主任出席。", "zh")
    assert {"macao-health-bureau", "macao-psp", "macao-fire-services", "macao-cdc"} <= set(found)
    assert "macao-psp" not in ids("北京市公安局治安警察局", "zh")
    found = ids("The Chinese Medicine Practitioners Board of the Chinese Medicine Council of Hong Kong held an inquiry.")
    assert found.get("hk-cmchk-practitioners-board") == "hk-cmchk"


def test_a_units_full_name_opening_with_its_ministrys_names_the_ministry_too():
    text = NormalizedText("衛生福利部中央健康保險署今天公告藥價調整結果。")
    agencies, mentions = find_agencies(text, "zh", load_registry())
    assert {"taiwan-nhia", "taiwan-mohw"} <= {a.agency_id for a in agencies}
    assert [m.agency_id for m in mentions if m.within_unit] == ["taiwan-mohw"]


def test_the_regional_sub_centers_and_a_parent_closing_a_units_english_name():
    assert set(ids("国家药监局药品审评检查长三角分中心、医疗器械技术审评检查长三角分中心负责同志参加会议。", "zh")) == {
        "nmpa", "nmpa-cde-yrd", "nmpa-cmde-yrd"}
    text = NormalizedText("The delegation visited the Greater Bay Area Sub-center of the Center for Drug Evaluation of the "
                          "National Medical Products Administration.")
    agencies, mentions = find_agencies(text, "en", load_registry())
    assert {"nmpa-cde-gba", "nmpa"} <= {a.agency_id for a in agencies}
    assert [m.agency_id for m in mentions if m.within_unit] == ["nmpa"]


def test_a_government_written_right_before_its_own_bureau_is_part_of_its_name():
    text = NormalizedText("衛生署與澳門特別行政區政府藥物監督管理局今日簽署協議。澳門特別行政區政府亦表示支持。")
    _, mentions = find_agencies(text, "zh", load_registry())
    flagged = [(m.agency_id, m.within_unit) for m in mentions if m.agency_id == "macao-sar-government"]
    assert flagged == [("macao-sar-government", True), ("macao-sar-government", False)]


def test_taiwans_health_insurance_committee_and_the_nhias_pharmaceutical_division():
    assert {"taiwan-nhi-committee", "taiwan-nhia-pharma-division"} <= set(ids(
        "健保署醫審及藥材組組長表示，藥價調整方案已提報衛生福利部全民健康保險會。", "zh"))


def test_a_municipalitys_commission_of_commerce():
    assert "prov-shanghai-doc" in ids("上海市商務委員會昨日表示，將盡快研究出台配套實施細則。", "zh")


def test_a_bare_provincial_bureau_is_that_of_the_province_its_cities_are_in():
    assert "prov-hebei-mpa" in ids("近日，省药监局局长带队深入石家庄市、保定市检查。保定市市场监督管理局参加。", "zh")
    assert not any(i.startswith("prov-") for i in ids("省药监局局长带队深入石家庄市、南京市检查。", "zh"))


def test_a_county_bureau_written_bare_is_the_pages_county():
    found = ids("于都县开展药品零售领域专项整治\n今年3月以来，县市场监管局在全县范围内开展专项整治。上月23日，县市场监管局"
                "联合县医疗保障局、县卫生健康委员会召开警示教育大会。", "zh")
    assert len(found) == 3 and all(i.startswith("new-") for i in found)
    assert not ids("县市场监管局在全县范围内开展专项整治。霍山县、舒城县均已部署。", "zh")   # two counties, no telling
    # a day word before it names no county (近日县…), and a body after 了 is found
    found, _ = find_agencies(NormalizedText("俞晓东解读了县卫生健康局印发的《安吉县处方点评工作实施方案》。近日县卫生健康局联合县医疗保障局"
                                            "开展处方专项检查。"), "zh", load_registry())
    assert {a.name_zh for a in found} == {"安吉县卫生健康局", "安吉县医疗保障局"}


def test_a_word_opening_a_sentence_names_no_district():
    # "下一步区卫生健康局" is the district's commission, told 下一步; 进社区 names no district; a district's branch
    # of the city's insurance bureau is a body of its own
    found, _ = find_agencies(NormalizedText("鄞州区卫生健康局与宁波市第二医院签约。区人民政府副区长王海燕出席，专家进社区巡诊。"
                                            "区卫生健康局要会同区医疗保障分局细化政策。据悉，下一步区卫生健康局将建立例会制度。"),
                             "zh", load_registry())
    assert {a.name_zh for a in found} == {"鄞州区卫生健康局", "鄞州区人民政府", "鄞州区医疗保障分局"}
    assert not ids("随后，一行人来到县中医院考察。县市场监管局开展中药饮片质量专项检查。", "zh")   # (no county 来到县)


def test_a_word_before_a_districts_city_is_no_part_of_its_name():
    found, _ = find_agencies(NormalizedText("某药店发布处方药广告，被贵阳市云岩区市场监管局罚款20万元。"), "zh", load_registry())
    assert [(a.name_zh, "贵阳市云岩区市场监管局" in a.aliases) for a in found] == [("云岩区市场监督管理局", True)]


def test_a_district_bureau_keeps_every_short_form_of_its_kind():
    found, _ = find_agencies(NormalizedText("金水区卫生健康委员会开展专项检查。"), "zh", load_registry())
    assert {"金水区卫健委", "金水区卫生健康委"} <= set(found[0].aliases)


def test_county_bureaus_joined_by_lianhe_are_each_found():
    assert len(ids("于都县市场监管局联合于都县医疗保障局、于都县卫生健康委员会召开警示教育大会。", "zh")) == 3


def test_a_verb_before_a_districts_bureau_names_no_district():
    found, _ = find_agencies(NormalizedText("金水区市场监督管理局联合区卫生健康委员会开展专项检查。"), "zh", load_registry())
    assert {a.name_zh for a in found} == {"金水区市场监督管理局", "金水区卫生健康委员会"}   # (no 联合区: the district's own)


def test_district_and_county_bureaus_are_one_agency_however_written():
    found = ids("近日，宿迁市沭阳县市场监督管理局查处一起案件。沭阳县市场监管局表示将加强监管。昨日，雨花区市场监督管理局联合区医疗保障局"
                "约谈药店。全区市场监管局开展检查。济源示范区市场监管局开展检查。", "zh")
    # (联合区医疗保障局: "jointly with the district's bureau", 雨花区's, the district named with its body; no district 联合区)
    assert {i for i in found if i.startswith("new-")} == {"new-" + slugify("沭阳县市场监督管理局"),
                                                         "new-" + slugify("雨花区市场监督管理局"),
                                                         "new-" + slugify("雨花区医疗保障局")}


def test_embassies_each_way_and_a_province_s_healthcare_security_administration_by_its_abbreviation():
    assert ids("Zhao met the ambassador at the Chinese Embassy in Egypt. Officials of the Embassy of the Republic "
               "of Korea in China and the Pakistani Embassy in Beijing attended.") == {
        "embassy-china-in-egypt": "mfa", "embassy-south-korea-in-china": None, "embassy-pakistan-in-china": None}
    assert set(ids("中国驻埃及大使馆和巴基斯坦驻华大使馆", "zh")) == {"embassy-china-in-egypt", "embassy-pakistan-in-china"}
    assert set(ids("The Henan HSA issued the plan.")) == {"prov-henan-hsa"}


def test_zh_provinces_counted_before_one_kind_word_are_each_that_province_s_body():
    assert set(ids("青海、四川、内蒙古和山东四省（区）药品监督管理局共同签署《协议》。", "zh")) == {
        "prov-qinghai-mpa", "prov-sichuan-mpa", "prov-inner-mongolia-mpa", "prov-shandong-mpa"}
    assert set(ids("上海、江苏、浙江、安徽四地药监局", "zh")) == {
        "prov-shanghai-mpa", "prov-jiangsu-mpa", "prov-zhejiang-mpa", "prov-anhui-mpa"}


def test_zh_a_county_government_however_written():
    assert set(ids("14日下午，内乡县人民政府副县长马晓丽参加座谈，内乡县政府有关负责同志出席。", "zh")) == {
        "new-" + slugify("内乡县人民政府")}


def test_zh_a_numbered_inspection_branch_of_the_provinces_drug_administration():
    found = ids("12月18日，湖北省药品监督管理局第三检查分局揭牌。此前第一检查分局已揭牌。", "zh")
    branches = {i: p for i, p in found.items() if i.startswith("prov-hubei-mpa-branch-")}
    assert len(branches) == 2 and set(branches.values()) == {"prov-hubei-mpa"}


def test_a_countrys_department_of_food_and_drug_administration_is_its_regulator_not_the_us_fda():
    found = ids("Dr. Aung Myo Win, director-general of Myanmar's Department of Food and Drug Administration, attended.")
    assert "foreign-myanmar-fda" in found and "us-fda" not in found


def test_a_congress_standing_committees_education_and_health_committee_under_every_name():
    assert "prov-shaanxi-congress-escph" in ids("陕西省人大常委会教育科学文化卫生委员会副主任委员赵永军带领调研组。", "zh")
    assert "city-yichang-congress-escph" in ids("宜昌市人大常委会教科文卫工委主任张强陪同。", "zh")


def test_an_autonomous_regions_bare_regional_government_and_commission():
    found = ids("Hasbagan toured Xilingol League in Inner Mongolia. The plan was issued by the regional government "
                "in March. The regional health commission will hold a meeting in Chifeng.")
    assert {"prov-inner-mongolia-gov", "prov-inner-mongolia-hc"} <= set(found)


def test_departments_named_by_their_owner_and_a_general_office_without_its_article():
    found = ids("Mi Feng, deputy director of the NHC's Publicity Department, presided. The plan was issued by the General "
                "Office of Heilongjiang Provincial People's Government on June 24.")
    assert {"nhc-publicity", "prov-heilongjiang-gov-office"} <= set(found)
    assert "samr-news-publicity" in ids("市场监管总局新闻发言人、新闻宣传司副司长龚正宇主持发布会。", "zh")
    assert "nmpa-cmde-gba" in ids("The city will work with the Guangdong-Hong Kong-Macao Greater Bay Area Center for "
                                  "Medical Device Technical Evaluation and Inspection of the NMPA.")


def test_a_provinces_procurement_service_center():
    assert "prov-jiangsu-procurement-center" in ids("江苏省医药集中采购服务中心主任冯琳介绍，采购文件于10月15日发布。", "zh")
    assert "prov-hubei-procurement-center" in ids("Officials of the Hubei Provincial Pharmaceutical Procurement "
                                                  "Service Center said.")


def test_a_leagues_own_body_named_by_its_possessive():
    found = ids("He asked the Xilingol League Health Commission and the league's Medical Products Administration to act.")
    assert "city-xilingol-mpa" in found


def test_taiwans_science_council_and_economics_ministry_on_a_taiwan_page():
    found = ids("行政院會議由副院長主持，國科會、經濟部及衛福部整合資源。", "zh")
    assert {"taiwan-nstc", "taiwan-moea"} <= set(found)
    assert "taiwan-moea" not in ids("日本经济部官员来访。", "zh")     # no word of Taiwan
    assert "taiwan-moea-ida" in ids("衛福部部長出席由食藥署與經濟部產業發展署共同主辦的論壇。行政院表示支持。", "zh")


def test_macaos_executive_council_on_a_macao_page():
    assert "macao-executive-council" in ids("MACAO, June 13 - The Executive Council yesterday (12 June) completed its "
                                            "discussion of the draft regulations.")
    assert "macao-executive-council" not in ids("The Executive Council of Hong Kong met.")


def test_a_bare_regional_bureau_is_the_autonomous_regions_beside_a_provinces_institute():
    text = ("自治区药监局举办全区技能竞赛。9月12日上午,由自治区药品监督管理局主办的竞赛在银川开幕,邀请甘肃省药品检验研究院的专家"
            "担任裁判,自治区药监局纪检组对竞赛全过程进行监督。选手将代表宁夏参加全国决赛。")
    found = ids(text, "zh")
    assert "prov-ningxia-mpa" in found and "prov-gansu-mpa" not in found


def test_a_countrys_ministry_of_public_health_and_the_nmpa_before_a_word_for_whom():
    found = ids("国家药监局愿与乌拉圭公共卫生部加强交流。国家药监局面向拉美国家举办培训项目。", "zh")
    assert set(found) == {"nmpa", "foreign-uruguay-moh"}
    assert "foreign-thailand-moh" in ids("国家药监局与泰国公共卫生部签署备忘录。", "zh")
    assert ids("国家中医药管理局与省政府召开部省共建工作推进会。", "zh") == {"natcm": None}


def test_taiwans_justice_interior_and_customs_bodies_and_the_controlled_drugs_division():
    found = ids("行政院會通過修正草案。食藥署管制藥品組組長出席。食藥署近年與財政部關務署、法務部調查局等機關合作,並會同內政部警政署加強查緝。",
                "zh")
    assert {"taiwan-fda-controlled-drugs", "taiwan-customs", "taiwan-moj-ib", "taiwan-npa"} <= set(found)
    assert "taiwan-fda-medicinal-products" not in found
    assert "taiwan-moj-ib" not in ids("Officers of the Criminal Investigation Bureau of the Ministry of Public Security "
                                      "arrested the suspects.")
    assert "nmpa-ccfdie" in ids("The course was organised by the China Center for Food and Drug International Exchange "
                                "(CCFDIE) of the NMPA.")


def test_zh_no_body_in_a_deployment_nor_in_a_hospitals_department():
    raw = "孙洪涛表示，市医保局将认真落实国家和省部署要求。"
    assert [a.name_zh for a in extract_document(raw, "zh", date(2023, 8, 25)).agencies] == ["市医保局"]
    raw = "香港特區政府衞生署中醫藥規管辦公室高級藥劑師陳家豪，以及醫院管理局伊利沙伯醫院內科部顧問醫生梁志偉出席記者會。"
    names = [a.name_zh for a in extract_document(raw, "zh", date(2024, 10, 9)).agencies]
    assert "医院管理局" in names and not any("内科部" in (n or "") for n in names)


def test_autonomous_prefecture_governments_by_their_full_names_and_their_governors():
    raw = ("Jike Qubu, Governor of Liangshan Yi Autonomous Prefecture, spoke. The People's Government of Qiandongnan Miao "
           "and Dong Autonomous Prefecture co-hosted the conference in Sichuan Province.")
    names = {a.agency_id: a.name_en for a in extract_document(raw, "en", date(2024, 5, 29)).agencies}
    assert names == {"pref-liangshan-gov": "People's Government of Liangshan Yi Autonomous Prefecture",
                     "pref-qiandongnan-gov": "People's Government of Qiandongnan Miao and Dong Autonomous Prefecture"}
    raw = "黔东南苗族侗族自治州人民政府州长杨通明出席。凉山州人民政府有关负责人参加。"
    assert {a.agency_id for a in extract_document(raw, "zh", date(2024, 5, 29)).agencies} == {
        "pref-qiandongnan-gov", "pref-liangshan-gov"}


def test_a_foreign_body_named_for_what_it_regulates_then_its_country():
    raw = "Milica Jovanović, Director of the Medicines and Medical Devices Agency of Serbia (ALIMS), delivered a speech."
    extraction = extract_document(raw, "en", date(2023, 5, 18))
    assert [a.name_en for a in extraction.agencies] == ["Medicines and Medical Devices Agency of Serbia"]
    assert [(p.name, p.title) for p in extraction.people] == [("Milica Jovanović", "Director")]


def test_a_provinces_tcm_bureau_written_中医管理局():
    extraction = extract_document("河南省卫生健康委党组成员，省中医管理局局长王建设出席。", "zh", date(2024, 10, 23))
    assert {a.agency_id for a in extraction.agencies} == {"prov-henan-hc", "prov-henan-tcm"}


def test_a_country_whose_health_ministry_is_a_department_and_its_possessive_after_a_final_s():
    raw = "Lei held talks with Teodoro Herbosa, Secretary of the Philippines' Department of Health (DOH)."
    extraction = extract_document(raw, "en", date(2024, 10, 23))
    assert [a.agency_id for a in extraction.agencies] == ["foreign-philippines-moh"]
    assert extraction.agencies[0].name_en.startswith("Department of Health of")


def test_the_nmpa_sub_centers_named_by_their_region_alone_are_the_sub_centers_not_the_head_centers():
    text = ("the NMPA's two sub-centers in Shenzhen, the Greater Bay Area Center for Drug Evaluation and Inspection and the "
            "Greater Bay Area Center for Medical Device Evaluation and Inspection")
    found = {a.agency_id for a in extract_document(text, "en", None).agencies}
    assert {"nmpa-cde-gba", "nmpa-cmde-gba"} <= found and not {"nmpa-cde", "nmpa-cmde"} & found


def test_a_foreign_health_ministry_named_with_its_state_in_full_or_by_what_it_is():
    raw = ("Aigul Bekova, deputy chairperson of the Committee for Medical and Pharmaceutical Control of the Ministry of "
           "Health of the Republic of Kazakhstan, led the delegation. Delegates of the Ministry of Health and Population "
           "of Egypt, the Ministry of Health of the Russian Federation and Oman's health ministry attended.")
    found = [a.agency_id for a in extract_document(raw, "en", date(2025, 6, 24)).agencies]
    assert {"foreign-kazakhstan-moh", "foreign-egypt-moh", "foreign-russia-moh", "foreign-oman-moh"} <= set(found)
    assert "moh-historic" not in found


def test_bodies_of_macao_taiwan_and_africa_the_registry_knows():
    raw = "澳門衛生局將與教育及青年發展局（教青局）及社會工作局（社工局）合作。"
    assert {a.agency_id for a in extract_document(raw, "zh", date(2024, 9, 24)).agencies} == {
        "macao-health-bureau", "macao-dsedj", "macao-ias"}
    raw = "健保署召開共擬會議，經醫藥品查驗中心（CDE）評估。"
    assert {a.agency_id for a in extract_document(raw, "zh", date(2024, 12, 20)).agencies} == {"taiwan-nhia", "taiwan-cde"}
    raw = "China and the Africa Centres for Disease Control and Prevention (Africa CDC) signed an MoU."
    assert [a.agency_id for a in extract_document(raw, "en", date(2025, 3, 12)).agencies] == ["africa-cdc"]


def test_a_bare_provincial_kind_is_of_the_province_a_page_is_about_among_several():
    raw = ("9月13日，云南省药品监督管理局与昆明海关签署备忘录。云南省药监局局长杨海波出席。云南省药品检验研究院介绍情况。"
           "省药监局将以此为契机加强监管。\n相关链接：广西药监局推进边境口岸进口药材监管")
    found = {a.agency_id for a in extract_document(raw, "zh", date(2023, 9, 15)).agencies}
    assert "prov-yunnan-mpa" in found and not any(a.startswith("new-provincial") for a in found)


def test_zh_on_behalf_of_the_county_government_names_no_county():
    raw = "岷县举办文化节。签约仪式上，刘宏伟代表县政府与企业交换协议文本。县商务局、县卫生健康局有关负责同志作了说明。"
    names = {a.name_zh for a in extract_document(raw, "zh", date(2023, 8, 19)).agencies}
    assert not any(n and n.startswith("代表") for n in names)


def test_a_foreign_ministry_a_title_names_and_the_pacific_ministries_not_chinas_former_moh():
    raw = "Egyptian Deputy Minister of Health and Population Mohamed Tantawy spoke. Ambassador Farhod Arziev attended."
    assert [a.agency_id for a in extract_document(raw, "en", date(2023, 9, 22)).agencies] == ["foreign-egypt-moh"]
    raw = ("The NHC signed memorandums with the Ministry of Health and Medical Services of Fiji and the National Department "
           "of Health of Papua New Guinea. The commission also signed an agreement with Samoa's Ministry of Health.")
    found = {a.agency_id for a in extract_document(raw, "en", date(2025, 5, 22)).agencies}
    assert {"foreign-fiji-moh", "foreign-papua-new-guinea-moh", "foreign-samoa-moh"} <= found and "moh-historic" not in found


def test_hong_kong_departments_on_its_health_committees_and_a_body_signing_with_a_company():
    raw = ("高層次督導委員會成員包括教育局、環境及生態局、衛生署、醫管局、漁護署、食環署的代表。環境保護署將與香港大學合作。"
           "醫務衛生局今年九月已與澳門特別行政區政府衛生局舉行視像會議。")
    ids = {a.agency_id for a in extract_document(raw, "zh", date(2022, 11, 14)).agencies}
    assert {"hk-edb", "hk-eeb", "hk-afcd", "hk-fehd", "hk-epd", "hk-health-bureau", "macao-health-bureau"} <= ids
    raw = ("Governor Zhao Weidong meets Halvorsen Biopharma CEO; agreement signed in Zhengzhou\n"
           "Governor Zhao Weidong witnessed the signing of an agreement between the Management Committee of Zhengzhou "
           "Airport Economy Zone and Halvorsen Biopharma.")
    names = {a.name_en for a in extract_document(raw, "en", date(2025, 4, 18)).agencies}
    assert names == {"Management Committee of Zhengzhou Airport Economy Zone"}


def test_places_listed_after_one_plural_kind_are_each_that_places_body():
    raw = ("Officials from the healthcare security bureaus of Qingdao, Chengdu, Nantong and Shangrao spoke. "
           "The medical products administrations of Guangdong and Hainan attended.")
    ids = {a.agency_id for a in extract_document(raw, "en", date(2024, 9, 13)).agencies}
    assert {"city-qingdao-hsa", "city-chengdu-hsa", "city-nantong-hsa", "city-shangrao-hsa", "prov-guangdong-mpa",
            "prov-hainan-mpa"} <= ids


def test_a_place_in_brackets_inside_a_name_stays_in_it():
    raw = ("The forum was jointly organized by the Administrative Committee of the China (Tianjin) Pilot Free Trade "
           "Zone and the Tianjin Municipal Medical Products Administration. The National Medical Products "
           "Administration (NMPA) sent officials.")
    names = [a.name_en for a in extract_document(raw, "en", date(2024, 5, 24)).agencies]
    assert "Administrative Committee of the China (Tianjin) Pilot Free Trade Zone" in names
    assert "National Medical Products Administration" in names


def test_a_count_of_counties_closing_a_list_names_no_county():
    raw = "当天下午，陈建湘在溆浦县主持召开座谈会，听取隆回、洞口、溆浦三县卫生健康局及部分乡镇卫生院负责人的工作汇报。"
    names = [a.name_zh or a.name_en for a in extract_document(raw, "zh", date(2023, 6, 14)).agencies]
    assert not any("三县" in n for n in names)


def test_a_body_named_again_without_its_place_is_the_one_named_in_full():
    found = ids("Li Hongmei, inspector of the Shanxi Provincial Department of Agriculture and Rural Affairs, said the "
                "Department of Agriculture and Rural Affairs will build 50 bases.")
    assert list(found) == ["prov-shanxi-dara"]


def test_a_provincial_governments_offices_are_its_units_and_its_name_in_theirs_is_a_mention():
    found = ids("The General Office of the Hebei Provincial People's Government has issued the measures.")
    assert found == {"prov-hebei-gov-office": "prov-hebei-gov", "prov-hebei-gov": None}


def test_zh_a_pilot_zone_with_its_place_in_brackets_and_a_municipal_science_commission():
    found = ids("上海市卫生健康委员会、上海市科学技术委员会、中国(上海)自由贸易试验区管理委员会有关负责同志参加座谈。", "zh")
    assert "prov-shanghai-stc" in found and any(i.startswith("new-") for i in found) and len(found) == 3


def test_zh_the_bodies_of_two_levels_name_no_district():
    assert ids("条例明确,市和区人民政府应当将中医药事业纳入国民经济和社会发展规划。", "zh") == {}


def test_zh_a_prefectures_bodies_written_bare_on_its_page_and_a_verb_before_a_districts_government():
    found = ids("恩施州中药材产业推进会在恩施市举行。州人民政府与湖北省药品监督管理局签署协议。会上宣读了州人民政府办公室印发的"
                "《方案》，州农业农村局、州市场监督管理局作了交流发言。", "zh")
    assert {"pref-enshi-gov": None, "pref-enshi-gov-office": "pref-enshi-gov", "pref-enshi-bara": None,
            "pref-enshi-amr": None}.items() <= found.items()
    assert not any(i.startswith("pref-") for i in ids("广州卫健委与杭州市市场监督管理局签署协议。", "zh"))
    agencies, _ = find_agencies(NormalizedText("王清宪察看种植基地，听取谯城区人民政府关于种植模式的汇报。"), "zh", load_registry())
    assert [a.name_zh for a in agencies] == ["谯城区人民政府"]


def test_a_foreign_health_ministry_with_its_state_named_in_full():
    assert "foreign-ethiopia-moh" in ids(
        "the Implementation Plan between the NHC and the Ministry of Health of the Federal Democratic Republic of Ethiopia")


def test_zh_signing_is_no_administration_and_hong_kongs_security_bureau_and_taiwans_health_promotion_administration():
    assert ids("国家主席习近平签署第三十号主席令予以公布。", "zh") == {}
    assert ids("香港保安局禁毒處今日表示，大麻二酚將成為危險藥物。", "zh") == {
        "hk-security-bureau": "hksar-government", "hk-narcotics-division": "hk-security-bureau"}
    assert "taiwan-hpa" in ids("台灣衛生福利部國民健康署署長王英偉出席記者會。", "zh")
    assert any(a.name_zh == "平邑县农业农村局" for a in find_agencies(
        NormalizedText("平邑县市场监督管理局、县农业农村局联合印发方案。"), "zh", load_registry())[0])


def test_zh_a_county_level_citys_own_page_places_its_bare_bodies_in_it():
    text = NormalizedText("6月13日上午，长垣市医疗器械不良事件监测工作座谈会在市市场监督管理局召开。新乡市市场监督管理局副局长出席。"
                          "市卫生健康委员会、市医疗保障局作交流发言。")
    agencies, _ = find_agencies(text, "zh", load_registry(), "长垣市市场监督管理局")
    assert {a.agency_id for a in agencies} == {"city-changyuan-amr", "city-xinxiang-amr", "city-changyuan-hc",
                                               "city-changyuan-hsa"}



def test_civil_affairs_bodies_taiwans_city_health_departments_and_a_place_word_inside_another_word():
    assert {"prov-zhejiang-dca", "city-hangzhou-bca"} <= ids("浙江省药品监督管理局：该建议由我局主办，省民政厅会办。杭州市民政局参加。",
                                                             "zh").keys()
    assert {"taiwan-taipei-doh", "taiwan-new-taipei-doh"} <= ids("食藥署與臺北市政府衛生局、新北市政府衛生局共同宣布。", "zh").keys()
    # (the US CDC only where the page names the country: "focus" holds no "us")
    assert "us-cdc" not in ids("The centers for disease control and prevention at all levels will focus on research.")
    assert "us-cdc" in ids("The US Centers for Disease Control and Prevention said so.")


def test_a_citys_party_committee_in_english():
    assert ids("Yin Hong, Secretary of the CPC Jiangxi Provincial Committee and Secretary of the CPC Nanchang "
               "Municipal Committee, attended.") == {"prov-jiangxi-party-committee": None,
                                                     "city-nanchang-party-committee": None}


def test_kinds_a_page_adds_investment_promotion_natural_resources_housing_education_audit_and_assets_commissions():
    raw = "衡阳市教育局、市审计局、市国资委参加。"     # (bare 市 bodies: the page's one city's)
    found = {a.agency_id: a.name_en for a in extract_document(raw, "zh", date(2023, 8, 1)).agencies}
    raw = ("山东省自然资源厅、省住房和城乡建设厅参加。广州市投资促进局举办推介会。天津市市场监督管理委员会查处。"
           "青海省民族宗教事务委员会出席。")
    found |= {a.agency_id: a.name_en for a in extract_document(raw, "zh", date(2023, 8, 1)).agencies}
    assert found == {
        "prov-shandong-dnr": "Shandong Provincial Department of Natural Resources",
        "prov-shandong-dhurd": "Shandong Provincial Department of Housing and Urban-Rural Development",
        "city-hengyang-bedu": "Hengyang Municipal Bureau of Education",
        "city-hengyang-audit-bureau": "Hengyang Municipal Audit Bureau",
        "city-hengyang-sasac": "State-owned Assets Supervision and Administration Commission of Hengyang Municipal Government",
        "city-guangzhou-ipb": "Guangzhou Municipal Investment Promotion Bureau",
        "prov-tianjin-amr": "Tianjin Municipal Administration for Market Regulation",
        "prov-qinghai-erac": "Qinghai Provincial Ethnic and Religious Affairs Commission"}


def test_a_prefectures_own_page_its_seat_a_web_address_a_day_after_on_and_a_title_named_like_an_agency():
    raw = "省药监局到我州召开座谈会\n4月11日，云南省药品监督管理局在文山市召开座谈会。州市场监管局局长龙家良出席。全州药品监管形势平稳。"
    ids = {a.agency_id for a in extract_document(raw, "zh", date(2023, 4, 13)).agencies}
    assert "pref-wenshan-amr" in ids
    raw = "《行動計劃》全文已上載至衞生防護中心網頁（www.chp.gov.hk）。"
    assert "chp-commission" not in {a.agency_id for a in extract_document(raw, "zh", date(2022, 11, 18)).agencies}
    raw = ("The opinions were adopted at the 18th meeting of the Central Committee for Deepening Overall Reform on "
           "February 19. The new law replaces the Hubei Provincial Regulations on Drug Supervision and Administration.")
    assert [a.name_en for a in extract_document(raw, "en", date(2021, 6, 4)).agencies] == [
        "Central Committee for Deepening Overall Reform"]


def test_a_provinces_information_office_written_bare_and_a_trade_office_named_for_where_it_sits():
    raw = ("The measures were unveiled at a news conference held by the information office of the provincial government "
           "in Haikou on Wednesday, the Hainan Provincial Health Commission said. The Director of the Hong Kong Economic "
           "and Trade Office in Guangdong attended.")
    names = {a.agency_id: a.name_en for a in extract_document(raw, "en", date(2023, 8, 17)).agencies}
    assert names["prov-hainan-info-office"] == "Information Office of the Hainan Provincial People's Government"
    assert "Hong Kong Economic and Trade Office in Guangdong" in names.values()


def test_a_regions_party_committee_and_bodies_under_its_full_adjective():
    # "Communist Party of China Yunnan Provincial Committee", "Xinjiang Uygur Autonomous Regional Committee"
    assert ids("Erkin Tuniyaz, deputy secretary of the Communist Party of China Xinjiang Uygur Autonomous Regional "
               "Committee, met the minister.").keys() == {"prov-xinjiang-party-committee"}
    assert ids("Wang Ning, secretary of the Communist Party of China Yunnan Provincial Committee, spoke.").keys() == {
        "prov-yunnan-party-committee"}
    assert ids("The Guangxi Zhuang Autonomous Regional Health Commission said.").keys() == {"prov-guangxi-hc"}


def test_a_regions_offices_named_after_its_government_of_the_region():
    # (not a city "Ningxia Hui")
    assert "prov-ningxia-info-office" in ids("Wang Lei, deputy director of the Information Office of the People's "
                                             "Government of Ningxia Hui Autonomous Region, said.")
    assert "prov-ningxia-info-office" in ids("Source: Information Office of Ningxia Hui Autonomous Region")
    assert "prov-guangxi-gov-office" in ids("The General Office of the People's Government of Guangxi Zhuang "
                                            "Autonomous Region issued it.")


def test_a_provinces_cities_count_toward_the_province_a_page_is_about():
    # 湖南 twice and two of its cities, 广东 once: a bare 省公安厅 is Hunan's
    found = ids("株洲市市场监督管理局将线索移送株洲市公安局，长沙市公安局配合。湖南省公安厅会同湖南省药监局，联合广东警方收网。"
                "省公安厅党委委员、副厅长余国出席发布会。", "zh")
    assert "prov-hunan-dps" in found and not any(i.startswith("new-provincial") for i in found)


def test_provinces_listed_before_the_last_ones_body_each_have_that_body():
    found = ids("上海、广东、四川省药监局和国家药监局药品审评中心作交流发言。", "zh")
    assert {"prov-shanghai-mpa", "prov-guangdong-mpa", "prov-sichuan-mpa"} <= found.keys()
    assert ids("江苏、浙江、安徽三省药监局签署协议。", "zh").keys() == {"prov-jiangsu-mpa", "prov-zhejiang-mpa", "prov-anhui-mpa"}
    assert ids("国家药监局、四川省药监局参加。", "zh").keys() == {"nmpa", "prov-sichuan-mpa"}


def test_a_governments_offices_for_foreign_and_taiwan_affairs():
    found = ids("The two-day forum was co-hosted by the Taiwan Affairs Office of the Jiangsu Provincial People's Government. "
                "Wu Zhenhua, deputy director of the Taiwan Affairs Office of the State Council, spoke.")
    assert {"prov-jiangsu-tao", "taiwan-affairs-office"} <= found.keys()
    assert "prov-zhejiang-fao" in ids("省外办主任陈礼俊参加会见。浙江省卫生健康委负责人出席。", "zh")
    assert "taiwan-affairs-office" in ids("国务院台办发言人表示。", "zh")


def test_a_unit_found_by_shape_is_also_named_in_full_with_its_agency():
    found, _ = find_agencies(NormalizedText("An official with the NMPA's Department of Drug Regulation said."), "en",
                             load_registry())
    unit = next(a for a in found if a.parent_agency_id == "nmpa")
    assert "Department of Drug Regulation of the National Medical Products Administration" in unit.aliases


def test_inner_mongolias_leagues_banners_and_forestry_bureaus():
    # A league (盟) is a prefecture-level city whose government is its administrative office; a banner (旗) a county
    found = ids("阿拉善盟行政公署主办，阿拉善盟林业和草原局、阿拉善盟市场监督管理局承办，内蒙古自治区林业和草原局指导。"
                "阿拉善左旗人民政府与企业签约。", "zh")
    assert {"city-alxa-gov", "city-alxa-forestry", "city-alxa-amr", "prov-inner-mongolia-forestry",
            "new-" + slugify("阿拉善左旗人民政府")} <= set(found)
    assert "city-hinggan-hc" in ids("The Hinggan League Health Commission and the Yunnan Provincial Forestry and "
                                    "Grassland Bureau attended.")
    assert not any(i.startswith("new-") for i in ids("企业旗下政府事务团队、红旗飘扬。", "zh"))


def test_another_countrys_body_the_registry_does_not_know_is_named_with_its_country():
    found = ids("A deputy minister of Vietnam's Ministry of Industry and Trade and officials of Laos's Ministry of Health "
                "spoke, with MOFCOM's Department of Asian Affairs.")
    assert {"new-ministry-of-industry-and-trade", "foreign-laos-moh"} <= set(found)
    assert "moh-historic" not in found     # (China's former ministry of health)
    vietnam = next(a for a in find_agencies(NormalizedText("Vietnam's Ministry of Industry and Trade signed."), "en",
                                            load_registry())[0] if a.agency_id.startswith("new-"))
    assert vietnam.name_en == "Ministry of Industry and Trade of Vietnam" and "Ministry of Industry and Trade" in vietnam.aliases


def test_a_one_character_county_named_with_its_body_owns_the_bare_bodies_and_since_is_no_county():
    found = ids("6月20日上午，魏县市场监督管理局开展集中销毁活动。县人民检察院副检察长王某、县公安局副局长刘振、"
                "县卫生健康局副局长孙丽娟出席。药品主要来源于2021年以来县市场监管局查获的案件。", "zh")
    assert set(found) == {"new-" + slugify(n) for n in ("魏县市场监督管理局", "魏县人民检察院", "魏县公安局", "魏县卫生健康局")}


def test_the_public_security_corps_and_bureau_that_investigate_drug_crime():
    found = ids("Officers of the Food, Drug and Environmental Crime Investigation Corps of the Hebei Provincial Public "
                "Security Department, the Narcotics Control Corps of the Henan Provincial Public Security Department and "
                "the Bureau of Food, Drug and Environmental Crime Investigation of the Ministry of Public Security attended.")
    assert found.get("prov-hebei-fdec-corps") == "prov-hebei-dps" and found.get("prov-henan-narcotics-corps") == "prov-henan-dps"
    assert "mps-food-drug-crime" in found and not any(i.startswith("new-") for i in found)


def test_a_units_name_goes_on_past_and_when_another_unit_is_listed_after_it():
    found = ids("Heads of the Department of Medical Administration, the Department of Planning and Finance and the "
                "Department of Science, Technology and Education of the NATCM attended.")
    assert any(i.endswith("department-of-planning-and-finance") for i in found) and "miit-planning" not in found
    assert "miit-planning" in ids("The Department of Planning of the MIIT and the NHC attended.")


def test_each_city_of_a_counted_list_sharing_one_body_and_a_countys_disease_control_bureau():
    found = ids("签约仪式在徐州举行。徐州、连云港、宿迁、菏泽四市市场监督管理局共同签署《框架协议》。", "zh")
    assert {"city-xuzhou-amr", "city-lianyungang-amr", "city-suqian-amr", "city-heze-amr"} <= set(found)
    assert not any(i.startswith("city-") for i in ids("隆回、洞口、溆浦三县卫生健康局参加。", "zh"))
    assert set(ids("安吉县疾控局与县人民医院签订合作协议。县疾控局局长潘丽萍出席。", "zh")) == {
        "new-" + slugify("安吉县疾病预防控制局")}


def test_samrs_food_review_center_and_special_food_department():
    assert {"samr-food-review", "samr-special-food"} <= set(ids(
        "The Food Review Center of SAMR and its Department of Special Food Safety Supervision said."))


def test_a_district_government_named_by_its_vice_mayor():
    found = ids("Zhang Guozhi, Vice Mayor of Yongchuan district, and Li Ming, Vice Mayor of Luzhou, attended.")
    assert {"new-" + slugify("Yongchuan District People's Government"), "city-luzhou-gov"} <= set(found)


def test_a_provincial_party_committees_cyberspace_office_and_a_districts_body_in_english():
    assert set(ids("河南省药监局联合省委网信办、省市场监管局召开座谈会。", "zh")) == {
        "prov-henan-mpa", "prov-henan-cyberspace", "prov-henan-amr"}
    assert "cac" in ids("国家网信办发布通知。", "zh")
    assert set(ids("The pact was signed at the Jing'an District Administration for Market Regulation.")) == {
        "new-" + slugify("Jing'an District Administration for Market Regulation")}


def test_anti_corruption_bodies_of_hong_kong_macao_and_taiwan():
    assert {"hk-icac", "hk-hospital-authority"} <= set(ids(
        "A supplies officer of a hospital under the Hospital Authority was charged by the ICAC under the Prevention of "
        "Bribery Ordinance."))
    assert "macao-ccac" in ids("The Commission Against Corruption (CCAC) of Macao released a report on the Health Bureau.")
    assert "taiwan-aac" in ids("Prosecutors and Agency Against Corruption (AAC) investigators searched 15 places in Taiwan.")
    assert set(ids("澳门廉政公署发表报告。", "zh")) == {"macao-ccac"}


def test_taiwans_epidemic_command_center():
    assert "taiwan-cecc" in ids("中央流行疫情指揮中心指揮官、衛生福利部部長陳時中今日宣布。", "zh")
    assert "taiwan-cecc" in ids("Taiwan's Central Epidemic Command Center (CECC) said on Tuesday.")
    assert "taiwan-cecc" not in ids("The CECC held a hearing on human rights in Washington.")


def test_a_local_bodys_abbreviation_with_its_place_is_not_the_national_body():
    found = ids("The meeting was organized by the Shenzhen Municipal Administration for Market Regulation "
                "(SAMR Shenzhen). Liu Jia, deputy director of SAMR Shenzhen, spoke.")
    assert set(found) == {"city-shenzhen-amr"}


def test_a_place_owning_a_shared_name_picks_its_body():
    found = ids("ISAF said so on Monday. In a separate statement, Hong Kong's Health Bureau welcomed the expansion. "
                "Macao residents can use vouchers, according to the Health Bureau of Macao.")
    assert {"hk-health-bureau", "macao-health-bureau", "macao-isaf"} <= set(found)


def test_zh_sections_and_brigades_of_local_bureaus():
    found = ids("市卫生健康委员会医政医管科科长张晓燕，市市场监督管理局药品流通监管科科长李文斌出席。", "zh")
    assert len([i for i in found if i.startswith("new-municipal-hc-")]) == 1
    assert len([i for i in found if i.startswith("new-municipal-amr-")]) == 1
    raw = ("眉县市场监督管理局召开部署会。参加会议的有：县市场监督管理局药品医疗器械化妆品安全监管股股长 赵鹏、县市场监督管理局"
           "执法大队大队长 王海涛。线索及时移交县医疗保障局。")
    names = {a.name_zh for a in find_agencies(NormalizedText(raw), "zh", load_registry())[0]}
    assert {"药品医疗器械化妆品安全监管股", "执法大队"} <= names
    assert not any(n and "移交" in n for n in names)     # (handed over to the county's bureau: no county 时移交县)


def test_zh_a_zone_body_after_a_verb_with_le():
    assert any(a.name_zh == "西安高新区管委会" for a in find_agencies(
        NormalizedText("听取了西安高新区管委会的汇报。"), "zh", load_registry())[0])


def test_a_cde_branch_named_by_a_region_of_three_words():
    assert "nmpa-cde-branch-yangtze-river-delta" in ids("They visited the Yangtze River Delta Branch of the CDE.")


def test_a_bare_fda_on_a_page_naming_one_other_countrys_is_that_one():
    found = ids("The Thai FDA and the NMPA signed a memorandum. For more information, please contact the Thai FDA.\n"
                "Food and Drug Administration, 88/24 Tiwanon Road, Nonthaburi 11000, Thailand")
    assert "foreign-thailand-fda" in found and "us-fda" not in found


def test_a_citys_human_resources_and_social_security_bureau():
    assert "city-nanchong-bhrss" in ids("南充市卫生计生委召开座谈会，市人力资源社会保障局医疗保险科科长李俊出席。", "zh")


def test_a_mayor_of_a_city_written_with_an_apostrophe():
    assert "city-xian-gov" in ids("On Feb 1, Xi'an Vice Mayor Zhang Yi led a team to inspect the supply of medicines.")


def test_a_provincial_congress_standing_committees_working_bodies():
    found = ids("At a press conference held by the General Office of the Standing Committee of the Zhejiang Provincial People's "
                "Congress, Chen Xiaoming, deputy director of the Legislative Affairs Commission of the provincial people's "
                "congress standing committee, said members of the Education, Science, Culture and Health Committee of the "
                "provincial people's congress had taken part.")
    assert {"prov-zhejiang-congress-sc-office", "prov-zhejiang-congress-lac", "prov-zhejiang-congress-escph"} <= set(found)
    assert found["prov-zhejiang-congress-lac"] == "prov-zhejiang-congress-sc"
    assert "prov-anhui-congress-lac" in ids("省人大常委会法制工作委员会赴阜阳开展立法调研。安徽省人大常委会举行会议。", "zh")


def test_the_cppcc_committee_for_handling_proposals_and_a_citys_innovation_commission():
    assert "cppcc-proposals-committee" in ids("The proposals will be handled, according to the Committee for Handling "
                                              "Proposals of the CPPCC National Committee.")
    assert "city-shenzhen-bst" in ids("The awards were launched by the Shenzhen Municipal Science, Technology and "
                                      "Innovation Commission.")


def test_a_county_sites_bare_bodies_take_the_county_its_source_names():
    text = ("9月14日至15日，县人大常委会主任王建军带领部分县人大常委会组成人员和县人大代表，对全县药品安全工作进行视察。"
            "县市场监管局局长刘国栋陪同视察。实地察看了县人民医院。")
    agencies, _ = find_agencies(NormalizedText(text), "zh", load_registry(), "临洮县人大常委会办公室")
    assert {a.name_zh for a in agencies} == {"临洮县人民代表大会常务委员会", "临洮县市场监督管理局"}
    # ...and without it, words before a bare level ("部分县", "报告县") name no county to compete with the one named
    agencies, _ = find_agencies(NormalizedText(text + "县政府将于11月底前将办理情况书面报告县人大常委会。察看了临洮县人民医院。"),
                                 "zh", load_registry())
    assert "临洮县市场监督管理局" in {a.name_zh for a in agencies}


def test_a_districts_industry_bureaus_and_a_development_zone_is_no_district():
    text = ("区政府召开生物医药产业座谈会。区委副书记、区长，广州开发区管委会主任陈杰主持会议。区科技局局长谢文，区投资促进局局长"
            "梁志勇出席。广州开发区、黄埔区已集聚生物医药企业。")
    agencies, _ = find_agencies(NormalizedText(text), "zh", load_registry(), "黄埔区科技局")
    assert {"黄埔区人民政府", "黄埔区科技局", "黄埔区投资促进局"} <= {a.name_zh for a in agencies}


def test_a_provincial_disease_control_administration_by_its_other_english_name():
    assert "prov-shanxi-dcpa" in ids("The Shanxi Provincial Administration of Disease Control and Prevention was unveiled.")


def test_cities_each_written_with_shi_listed_before_one_body_share_its_kind():
    found = ids("听取晋中市、长治市市场监管局关于基层药品监管信息化建设的情况汇报。", "zh")
    assert {"city-jinzhong-amr", "city-changzhi-amr"} <= set(found)


def test_a_verb_or_a_day_word_before_a_bare_county_body_names_no_county():
    found = find_agencies(NormalizedText("县长徐涛主持召开会议，听取县农业农村局、县市场监管局、县经济和信息化局的汇报。各部门要按照日前县卫生"
                                         "健康局印发的方案执行。实地察看罗田县九资河镇。"), "zh", load_registry())[0]
    assert {a.name_zh for a in found} == {"罗田县市场监督管理局", "罗田县经济和信息化局", "罗田县卫生健康局"}     # (no 听取县, no 前县)


def test_a_county_or_districts_bodies_named_in_english():
    found = ids("It was chaired by Yang Fan, chief procurator of the Chunhua County People's Procuratorate, with officials "
                "of the Chunhua County Health Bureau. The Pudong New Area People's Government will set up a committee.")
    assert {"new-chunhua-county-peoples-procuratorate", "new-chunhua-county-health-bureau",
            "new-pudong-new-area-peoples-government"} <= set(found)


def test_an_autonomous_countys_bodies_by_its_full_name_and_on_its_site():
    text = "3月21日上午，芷江侗族自治县医疗保障局召开座谈会。县市场监督管理局副局长舒建平，县卫生健康局副局长向丽华参加。"
    found = {a.name_zh for a in find_agencies(NormalizedText(text), "zh", load_registry())[0]}
    assert {"芷江侗族自治县医疗保障局", "芷江侗族自治县市场监督管理局", "芷江侗族自治县卫生健康局"} <= found


def test_macaos_judiciary_police():
    assert "macao-judiciary-police" in ids("The Judiciary Police and the Pharmaceutical Administration Bureau broke up a "
                                           "ring selling unregistered drugs in Macao.")


def test_zone_bodies_listed_after_he_or_a_full_stop():
    text = "市市场监管局和大连高新区管委会负责同志逐一回应。成都高新区管委会、苏州工业园区管委会参加。"
    assert {a.name_zh for a in find_agencies(NormalizedText(text), "zh", load_registry())[0]} >= {
        "大连高新区管委会", "成都高新区管委会", "苏州工业园区管委会"}
    signed = "礼来中国总经理陈文华、苏州工业园区管委会副主任刘敏分别代表双方签约。"
    assert not [a for a in find_agencies(NormalizedText(signed), "zh", load_registry())[0] if "代表" in (a.name_zh or "")]


def test_food_and_drug_safety_committees_of_provinces_and_cities():
    assert {"city-quanzhou-fdsc", "prov-zhejiang-dsc"} <= set(ids("泉州市食品药品安全委员会召开全体会议。浙江省药安委办公室", "zh"))
    assert "city-hefei-dsc" in ids("a joint meeting of the Hefei Municipal Drug Safety Committee")


def test_the_party_itself_is_no_acting_body():
    found = ids("The 20th National Congress of the Communist Party of China opened on Sunday. The CPC Central Committee "
                "and the State Council issued the opinions.")
    assert "cpc" not in found and {"cpc-central-committee", "state-council"} <= set(found)


def test_a_countys_finance_and_tax_bureaus_and_its_governments_general_office():
    text = "宾川县医疗保障局召开会议。参加会议的有：县人民政府办公室副主任李志强，县财政局副局长马俊，县税务局副局长李国栋。"
    found = {a.name_zh for a in find_agencies(NormalizedText(text), "zh", load_registry())[0]}
    assert {"宾川县人民政府办公室", "宾川县财政局", "宾川县税务局"} <= found and "财政部" not in found


def test_a_leagues_bodies_written_bare_on_its_page_and_the_corps_bureaus():
    text = "9月10日，盟市场监督管理局副局长带队检查药店。"
    found = find_agencies(NormalizedText(text), "zh", load_registry(), publisher="锡林郭勒盟市场监督管理局")[0]
    assert [a.agency_id for a in found] == ["city-xilingol-amr"]
    assert set(ids("the Market Supervision and Administration Bureau of the Xinjiang Production and Construction Corps "
                   "and the XPCC Health Commission attended.")) == {"xpcc-amr", "xpcc-hc"}


def test_hong_kong_bodies_on_a_release_its_outlet_places():
    text = "The Director of Audit's Report No. 83 was tabled in the Legislative Council today. See the Audit Commission's website."
    found = {a.agency_id for a in find_agencies(NormalizedText(text), "en", load_registry(), publisher="GovHK")[0]}
    assert {"hk-legco", "hk-audit-commission"} <= found
    assert not {a.agency_id for a in find_agencies(NormalizedText(text), "en", load_registry())[0]} & found


def test_a_provinces_offices_for_hong_kong_macao_and_taiwan():
    found = ids("省人民政府港澳事务办公室副主任梁某出席。福建省人民政府台港澳事务办公室、国务院港澳事务办公室参加。", "zh")
    assert {"prov-fujian-thmao", "hkmao"} <= set(found)
    assert "prov-guangdong-hmao" in ids("广东省人民政府港澳事务办公室与广东省药监局召开座谈会。", "zh")


def test_a_body_after_a_lead_in_capitals_or_a_verb_of_going():
    assert "new-the-legislative-affairs-commission" not in ids(
        "THE Legislative Affairs Commission of the Standing Committee of the Shenzhen Municipal People's Congress held "
        "a legislative hearing yesterday.")
    found = [a.name_zh for a in find_agencies(NormalizedText(
        "视察组一行先后来到宜昌市中心人民医院，并到夷陵区医疗保障局了解情况。随后到西陵区卫生健康局调研。"), "zh", load_registry())[0]]
    assert "夷陵区医疗保障局" in found and "西陵区卫生健康局" in found and not any(n and n.startswith("到") for n in found)


def test_a_districts_bodies_written_bare_on_a_page_its_government_publishes():
    text = ("本月10日，区政协副主席刘建民带领部分区政协委员开展专题视察。区卫生健康局党组书记、局长孙晓燕，区医疗保障局有关负责同志"
            "陪同。会议要求县卫生健康局抓好落实。")
    found = {a.name_zh for a in find_agencies(NormalizedText(text), "zh", load_registry(), publisher="济南市历城区人民政府")[0]}
    assert {"历城区政协", "历城区卫生健康局", "历城区医疗保障局"} <= found
    assert not any(n and n.startswith("要求") for n in found)


def test_the_pilot_and_cooperation_zones_administrations_and_the_bay_area_sub_centres():
    raw = ("海南省药品监督管理局与海南博鳌乐城国际医疗旅游先行区管理局（以下简称“乐城先行区管理局”）召开发布会。"
           "前海管理局局长周晓东出席签约。")
    assert {a.agency_id for a in extract_document(raw, "zh", date(2024, 6, 14)).agencies} == {
        "prov-hainan-mpa", "hainan-lecheng-administration", "qianhai-authority"}
    raw = ("The meeting marked the fifth anniversary of the Greater Bay Area Sub-center of the Center for Drug Evaluation "
           "and the Greater Bay Area Sub-center of the Center for Medical Device Evaluation.")
    assert {a.agency_id for a in extract_document(raw, "en", date(2025, 12, 10)).agencies} == {
        "nmpa-cde-gba", "nmpa-cmde-gba"}
