"""Cleaning and metadata on real corpus text, pages from the real generator, and edge cases."""
from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from pipelines.clean.furniture import is_furniture, is_related_heading
from pipelines.clean.pubdate import dateline_date, find_date
from pipelines.documents import parse_document
from pipelines.extract.document import extract_document

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


def _doc(name: str):
    return parse_document(name, (CORPUS / name).read_bytes())


@pytest.mark.parametrize("text, expected", [
    ("2025.10.29 10:29", date(2025, 10, 29)), ("时间:2025-2-28 14:05:54", date(2025, 2, 28)),
    ("Updated: 2019-06-24", date(2019, 6, 24)), ("12/28/2021, 5:40:07 AM", date(2021, 12, 28)),
    ("Sep 25, 2025 17:26 CST", date(2025, 9, 25)), ("2016年03月11日 17:13", date(2016, 3, 11)),
    ("E-mail, June 6, 2023", date(2023, 6, 6)), ("DATE:  Nov 29 2019", date(2019, 11, 29)),
    ("2021. 3. 26", date(2021, 3, 26)), ("Publish Date:02-01-2026", date(2026, 2, 1)),
    ("the 22nd of May 2018", date(2018, 5, 22)), ("加入日期:2020/11/30 9:36:48", date(2020, 11, 30)),
    ("2019年13月45日", None), ("version 3.2.1", None),
    # Taiwan's years of the Republic
    ("發布日期：113.06.05　｜", date(2024, 6, 5)), ("112-05-17", date(2023, 5, 17)), ("民國113年5月20日", date(2024, 5, 20)),
    ("version 110.2.3.4", None),
])
def test_date_expressions(text, expected):
    found = find_date(text)
    assert (found[0] if found else None) == expected


def test_dateline_year_only_when_certain():
    assert dateline_date("中新网1月7日电 据国家医保局消息", "执行至2023年3月31日") == date(2023, 1, 7)
    assert dateline_date("China Economic Net, Beijing, May 10 (Reporter X) said", "no year at all") is None
    assert dateline_date("新华社北京3月5日电 2024年起", "2019年 2024年") == date(2024, 3, 5)
    assert dateline_date("BEIJING, Jan. 27 -- text", "2025 and 2026") is None
    assert dateline_date("On the morning of January 9, the commission", "2017") is None
    # a founding year is history, not the page's year
    assert dateline_date("SUZHOU, May 21 (Xinhua) -- The minister visited the park.",
                         "The park marks the 30th anniversary of its founding in 1994 this year.") is None
    # the page's own date of that day, below it, beats the one other year its text names
    assert dateline_date("新华社北京9月14日电 国家药监局13日约谈平台", "《办法》2022年12月1日施行以来……\n2024-09-14 10:21") == \
        date(2024, 9, 14)
    # nor is the year of a law's adoption told with "since", nor an edition's (which may lie ahead)
    assert dateline_date("BEIJING, Dec. 6 (Xinhua) -- The institute said Friday.",
                         "improved since the adoption of the Vaccine Administration Law in 2019; from January to "
                         "November 2024; under the 2025 edition of the Chinese Pharmacopoeia") == date(2024, 12, 6)
    # a page naming only last year's figures, its weekday telling the year: Aug. 9 was a Friday in 2024, not in 2023
    assert dateline_date("BEIJING, Aug. 9 (Xinhua) -- The commission announced Friday that it found problems.",
                         "the donation rate in 2023") == date(2024, 8, 9)
    # (a weekday of the day before changes nothing: Aug. 10, 2024 was the Saturday after)
    assert dateline_date("BEIJING, Aug. 10 (Xinhua) -- The commission announced Friday that it found problems.",
                         "figures for 2024") == date(2024, 8, 10)


@pytest.mark.parametrize("line", [
    "Home> News", "当前位置: 首页>>媒体聚焦>>正文", "您當(dāng)前的位置 > 行業(yè)動態(tài)", "浏览:2169次", "点击量:4133",
    "Views: 1200", "分享到:", "Adjust font size:", "0 Comment(s)", "版权所有 © 2024 医药观察网", "京ICP备12345678号",
    "鲁公网安备 37130202371934号", "责任编辑:张三", "Responsible editor:Xie Tunan", "图片551.png", "【资料图】",
    "echemi logo", "Client Login", "Chinese(GB)", "联系我们 | 网站地图 | 移动版", "HOME | ABOUT | NEWS | SEARCH",
    "说说你的看法...", "<ul id=\"x\"></ul>", "<< 上一篇：国家药监局发布季度报告", "列印此頁　　電郵此頁", "每日明報\u3000即時新聞\u3000明報OL網\u3000明報財經網\u3000明報加東版",
    "【责任编辑：季雯】　　【信息审核：朱海燕】", "本網站著作權屬於衛生福利部中央健康保險署",
    "[Share] [Weibo] [WeChat] [Copy link]   0 comments", "12 Comments",
    "Share this article: [Weibo] [WeChat] [Twitter] [LinkedIn] [Email]     A A", "Attachment: Press release (Chinese).pdf",
])
def test_furniture_lines(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "On October 28, 2025, the Department of Consumer Goods Industry held a symposium in Nanchang.",
    "国办发 〔2016〕11号", "2025年6月30日", "市委副书记、市长孟庆斌陪同。", "一、加大创新药研发支持力度",
    "The Measures consist of six chapters and 42 articles.", "国家卫生健康委",
    "国家药监局拟收紧附条件批准 逾期未完成确证试验或撤销注册", "法院认定该作品著作权属于原告。",
    "The draft received 1,200 comments.", "Note: the figures are provisional.",
])
def test_body_lines_are_not_furniture(line):
    assert not is_furniture(line)


def test_text_dump_headline_byline_and_furniture():
    doc = _doc("003_8cdfc35f8dcb786d.txt")
    assert doc.clean_text.splitlines()[0] == doc.title
    assert doc.published_date == date(2022, 9, 16) and doc.language == "zh"
    assert "制藥網" in doc.source_name
    assert "相關(guān)閱讀" not in doc.clean_text and "點(diǎn)擊量" not in doc.clean_text
    assert "網(wǎng)" in doc.clean_text and "网" in doc.normalized_text and "(wǎng)" not in doc.normalized_text


def test_page_without_headline_keeps_its_opening_paragraph():
    doc = _doc("002_e7dd39ac17558234.txt")
    assert doc.title is None and doc.published_date is None
    assert doc.source_name == "China Economic Net"
    assert doc.clean_text.startswith("China Economic Net, Beijing, May 10")


def test_related_list_and_everything_after_it_is_dropped():
    text = ("药监局召开座谈会部署年度重点工作\n2024-03-05 来源:某某日报\n"
            "3月4日,药监局召开座谈会,部署年度重点工作。会议强调要加强监管。\n"
            "相关阅读\n• 另一篇新闻标题很长很长\n• 又一篇新闻\n")
    doc = parse_document("a.txt", text.encode("utf-8"))
    assert doc.title == "药监局召开座谈会部署年度重点工作"
    assert doc.published_date == date(2024, 3, 5) and doc.source_name == "某某日报"
    assert doc.clean_text.endswith("会议强调要加强监管。") and "另一篇" not in doc.clean_text


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> list[Path]:
    out = tmp_path_factory.mktemp("gen")
    subprocess.run([sys.executable, str(SHARED / "bench" / "make_corpus.py"), str(CORPUS), str(out), "-n", "40"],
                   check=True, capture_output=True)
    return sorted(out.glob("*.html"))


def _gold_snippets() -> list[str]:
    return [s for g in (SHARED / "gold").glob("*.json") for s in json.loads(g.read_text("utf-8"))["must_include"]]


def test_generated_html_pages(generated):
    snippets = _gold_snippets()
    assert len(generated) > 30
    for path in generated:
        raw = path.read_bytes()
        charset = re.search(rb'charset="([^"]+)"', raw).group(1).decode()
        page = raw.decode(charset)
        doc = parse_document(str(path), raw)
        heading = re.search(r"<h1>(.*?)</h1>|<div class=\"title\">(.*?)</div>", page)
        title = html.unescape(heading.group(1) or heading.group(2)).strip()
        assert doc.title == title and doc.clean_text.splitlines()[0] == title, path.name
        meta = re.search(r'(?:published_time|publishdate)" content="(\d{4}-\d\d-\d\d)', page)
        if meta:
            assert doc.published_date == date.fromisoformat(meta.group(1)), path.name
        else:
            info = html.unescape(re.search(r'<div class="info"><span>(.*?)</span>', page).group(1))
            assert doc.published_date == find_date(info)[0], path.name
        body = _squash(" ".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", page)))
        text = _squash(doc.clean_text)
        for s in snippets:
            if _squash(s) in body:
                assert _squash(s) in text, (path.name, s)
        furniture = re.findall(r"<aside>.*?</aside>|<footer>.*?</footer>|<section class=\"comments\">.*?</section>"
                               r"|<div class=\"share\">.*?</div>|<nav>.*?</nav>", page)
        lines = {_squash(line) for line in doc.clean_text.splitlines()}
        for block in furniture:
            for item in map(html.unescape, re.findall(r">([^<>]{4,})<", block)):
                key = _squash(item)
                assert key not in lines and (len(key) < 15 or key not in text), (path.name, item)


@pytest.mark.parametrize("line", [
    "【Print this page】　【Close window】", "[Print this page] [Close window]",
    "【打印本页】【关闭窗口】", "（责编：王五、赵六）", "【我要纠错】　责任编辑：李四", "分享让更多人看到", "扫一扫在手机打开当前页",
    "Sponsored by Example City Information Office | Contact us | Site map", "Contact the writer at lisi@example.com",
    "主办：某某市卫生健康委员会　承办：某某市信息中心", "Reproduction without permission is prohibited.",
    "This material may not be republished, broadcast or redistributed.",
    # font-size widgets in buttons, and a press release's issue-time line
    "[Font size: Large  Medium  Small]    [Print]    [Close]", "[Font: Large Medium Small]    [Print]",
    "[Large] [Medium] [Small]        Share to: WeChat | Weibo | QQ", "Font size: A+ | A | A-        Print        Share",
    "Issued at HKT 18:20", "Share - WeChat   Weibo   Facebook   Twitter   LinkedIn", "分享　列印　字體大小 A- A A+",
    "字體大小：A A A　　分享：Facebook WhatsApp", "[Font: Big Medium Small]  [Print]  [Share to: WeChat Weibo]",
    "Address: No 26 Xuanwumenxi Street, Xicheng District, Beijing", "地址：北京市西城区宣武门西大街26号　邮编：100053",
    # buttons set apart by spaces, a tag row, a page's revision stamp
    "Printer Friendly     Email this article     news.gov.hk", "列印本頁  關閉視窗", "Hot Tags: Boao  real-world data",
    "This publication is for general information only and does not constitute legal advice.",
    "本文僅供參考，不構成本所之法律意見。", "License for publishing multimedia online 0108263",
    "【版权声明】凡注明“来源：中国医药报”的作品", "分享　Facebook　LINE　複製連結　字級",
    "Translated and edited by Wang Yiming, Zhou Jing and David Ball", "此網頁由政府新聞處負責管理",
    "本網頁修訂日期：2024年6月12日", "本網頁上次修訂日期：2024年5月20日", "Page last updated: 12 June 2024", "Search Trends",
    # social buttons in brackets, editorial sign-offs, a footer's links, a document page's index number
    "[Facebook] [Twitter] [Linkedin] [Mail] [More]", "【打印】　【关闭】　【返回目录】", "一审：周燕　二审：曹辉　三审：谭登",
    "本版责编：王怡　　美编：赵雪", "Links: Jiangsu Provincial People's Government | Taizhou Municipal People's Government",
    "索 引 号：11140000MB1965473X/2023-00156", "[Photo] [Print] [Mail] [Large] [Medium] [Small]",
    "Website Identification Code bm01000001", "Presented by China Daily.", "Sign up here.",
    "Without written authorization from www.gov.cn, such content shall not be republished or used in any form.",
    "Translated and edited by Wang Yiming, Zhou Jing, Liu Sitong, Xu Xiaoxuan, Mi Xiaomeng, David Ball. In case of any "
    "discrepancy between the English and Chinese texts, the Chinese version shall prevail.",
    "Maintained by: Sichuan Big Data Center", "Press release        [Print]   [Share]   [Text size]",
    "今天是：2023年8月16日 星期三", "最近修訂日期： 2024年11月20日", "Listen to this article   6:04 min",
    "Attorney Advertising. Prior results do not guarantee a similar outcome.", "常州市人民政府办公室主办　常州市大数据管理中心承办",
    "[Editor's note: Xinhuanet reserves all rights to this article.]",
    # a hit counter, an accessibility statement, a text-size widget, a reading-time line, a credit in brackets
    "Hit: 1,482", "本網頁已符合「無障礙網頁內容指引」2.0 AA級別的規定", "[Print this page] [Email this article]   Text size: A A A",
    "Reading time: 6 min    [Download PDF]  [Share]  [Subscribe to alerts]", "（县市场监管局　供稿　责任编辑：谭丽）", "(Web editor: Zhang Kaiwei, Liang Jun)", "打开交汇点APP 阅读更多精彩内容", "此網頁於2025年2月13日修訂", "[Facebook] [Twitter] [Weibo] [WeChat]   0", "Why you can trust SCMP", "【放大】【缩小】【默认】    分享到:",
    "Government Website Open Information Announcement | Privacy Policy | Security Policy", "列印　　轉寄　　分享至Facebook　　分享至LINE　　回上一頁",
    "本網站由政府新聞處設計及管理　最近修訂日期：2024年5月13日",
    "You've accessed an article available only to subscribers",
])
def test_footer_and_button_lines(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Sponsored by the NMPA, the forum drew 300 delegates.", "会上，各地代表分享了经验。", "【会议要求】各地要加强监管。",
    "Related work will be finished by the end of the year.",
    "The firm sold the drug without permission from the regulator, the court found.",
    "Issued at the meeting, the plan runs to 2025.", "[Large] enterprises were inspected.",
    "The plan was last updated in 2019, officials said.", "修订日期为明年一月。", "The line between the two is thin.",
    "该数据仅供参考。", "Translated by the author, the book sold well across the country and abroad in later years.",
    "Mail delivery of prescription drugs is banned.", "The links: between the two regulators were strengthened.",
    "未經許可售賣屬違法行為，藥物監督管理局已聯同澳門海關加強對郵包的抽查。",
    "Sponsored by the NMPA. The forum drew 300 delegates from 20 countries.", "The photo shows the delegation.",
    "今天，国家药监局召开会议。", "Press release issued by the NMPA on new rules for trials.", "会议由省卫健委主办，市卫健委承办。",
    "NMPA releases National Adverse Drug Reaction Monitoring Annual Report (2023)",
    "Apps are used by millions of patients.",
    "Chinese lawmakers inspect enforcement of traditional Chinese medicine law in Guangxi",
    "Taiwan and the Philippines sign arrangement on medical product regulatory cooperation via video conference",
])
def test_sentences_like_furniture_are_kept(line):
    assert not is_furniture(line) and not is_related_heading(line)


@pytest.mark.parametrize("line", ["Search Trends", "Related:", "Related posts", "Related Stories:", "相关阅读", "Editor's picks", "Most read"])
def test_related_headings(line):
    assert is_related_heading(line)


def _text_page(*lines: str):
    return parse_document("page.txt", "\n".join(lines).encode("utf-8"))


def test_related_list_after_a_bare_label_is_dropped():
    doc = _text_page("Regulator issues new rules on drug recalls", "Updated: 2024-03-05",
                     "The regulator on Monday issued rules that tighten drug recalls nationwide.",
                     "Related:", "Another headline about vaccines")
    assert "Another headline" not in doc.clean_text


def test_date_inside_a_headline_is_not_a_byline():
    doc = _text_page("国家药监局2023年5月6日新闻发布会实录", "发布时间：2023-05-06", "",
                     "主持人：各位记者朋友，大家好！今天我们介绍药品监管工作有关情况。")
    assert doc.title == "国家药监局2023年5月6日新闻发布会实录" and doc.published_date == date(2023, 5, 6)


@pytest.mark.parametrize("headline", ["2021年6月1日国家卫生健康委员会新闻发布会文字实录",
                                      "2021-06-01 National Health Commission press conference on children's drugs"])
def test_headline_opening_with_a_date_is_not_a_byline(headline):
    doc = _text_page("某某网站", "首页 > 新闻发布", "", headline, "", "发布时间：2021-06-01　　来源：宣传司", "",
                     "各位媒体朋友，下午好！今天我们介绍儿童用药保障工作有关情况。")
    assert doc.title == headline and doc.published_date == date(2021, 6, 1)


@pytest.mark.parametrize("line", ["2024-03-29 16:40   来源：宁波市市场监督管理局", "2023年10月27日 星期五",
                                  "2022年09月16日 14:39:39 来源:制药网 点击量:4133", "2024-05-06 Source: Xinhua",
                                  "2021年05月12日　　成都市市场监督管理局"])
def test_date_first_info_lines_are_bylines(line):
    from pipelines.clean.layout import is_meta_line
    assert is_meta_line(line)


def test_day_month_year_with_dashes():
    assert find_date("Updated 09:15, 03-Mar-2022")[0] == date(2022, 3, 3)


@pytest.mark.parametrize("lines, source", [
    (("Source: Example News| 2024-01-02 10:00|Editor: abc",), "Example News"),
    (("By Li Si | example-daily.com.cn | Updated: 2024-01-02 10:00",), "example-daily.com.cn"),
    (("2024-01-02", "正文", "（来源：某某医药报）"), "某某医药报"),
    (("2024-01-02", "正文", "本文來源：某某經濟報"), "某某經濟報"),
    (("2024-01-02", "正文", "主办单位：某某省药品监督管理局　地址：某某路1号"), "某某省药品监督管理局"),
])
def test_source_from_byline_fields_and_trailers(lines, source):
    body = "The bureau held a meeting on drug safety and set out the tasks for the coming year."
    head, rest = lines[0], lines[1:]
    doc = _text_page("Bureau holds drug safety meeting in the provincial capital", head, body, *rest)
    assert doc.source_name == source


def test_copyright_years_are_not_an_outlet():
    doc = _text_page("Bureau holds drug safety meeting in the provincial capital", "2024-01-02",
                     "The bureau held a meeting on drug safety and set out the tasks for the coming year.",
                     "Copyright 1995 - 2024. All rights reserved.")
    assert doc.source_name is None


def test_site_banner_above_the_navigation_trail_is_masthead():
    doc = _text_page("Yunnan Provincial Medical Products Administration", "Home > News > Work Updates", "",
                     "Inspectors check cold-chain storage at vaccine depots",
                     "The bureau sent teams to 16 prefectures to check how vaccines are stored and moved.")
    assert doc.title == "Inspectors check cold-chain storage at vaccine depots"
    assert doc.source_name == "Yunnan Provincial Medical Products Administration"


def test_banner_with_section_is_masthead_in_chinese():
    doc = _text_page("澳门特别行政区政府 新闻局", "主页 > 新闻 > 2024年3月", "", "药物监督管理局举办药物安全讲座",
                     "药物监督管理局昨日举办药物安全讲座，介绍新法规的实施情况，共有一百多名业界人士参加。")
    assert doc.title == "药物监督管理局举办药物安全讲座"


def test_standfirst_under_the_headline_is_not_the_title():
    doc = _text_page("Regulator tightens rules on online drug sales",
                     "Platforms will have to verify every seller's licence from next March.", "Jane Doe", "4 June 2024",
                     "The regulator published rules on Tuesday requiring platforms to check sellers.")
    assert doc.title == "Regulator tightens rules on online drug sales"
    assert doc.published_date == date(2024, 6, 4)
    assert doc.clean_text.splitlines()[1].startswith("Platforms will have to verify")


def test_labelled_info_line_with_many_fields_is_the_byline():
    doc = _text_page("Drug bureau trains county inspectors in sampling rules",
                     "Source: Example Provincial Medical Products Administration    Date: 2023-09-14    Views: 2,001    "
                     "Font size: [L] [M] [S]",
                     "The bureau held a two-day course for county inspectors on the new sampling rules.")
    assert doc.published_date == date(2023, 9, 14)


@pytest.mark.parametrize("closing, expected", [
    ("Ends/Friday, March 8, 2024", date(2024, 3, 8)), ("2022年6月30日（星期四）", date(2022, 6, 30)),
])
def test_press_release_dated_at_its_end(closing, expected):
    doc = _text_page("Health department warns against unregistered slimming products",
                     "The Department of Health today urged the public not to buy slimming products sold online.",
                     closing, "Issued at HKT 16:30", "NNNN")
    assert doc.published_date == expected and "NNNN" not in doc.clean_text


def test_date_line_month_first_with_time_zone():
    doc = _text_page("Authorities order recall of mislabelled eye drops", "07-14-2019 09:10 BJT",
                     "The regulator on Sunday ordered a recall of three batches of eye drops.")
    assert doc.title == "Authorities order recall of mislabelled eye drops"
    assert doc.published_date == date(2019, 7, 14)


@pytest.mark.parametrize("byline, first, source", [
    ("By China Daily", "The regulator set out new rules on Monday.", "China Daily"),
    ("Updated: Mar 4, 2024 10:05 Xinhua", "The regulator set out new rules on Monday.", "Xinhua"),
    ("2024-03-04", "SHANGHAI, March 4 (Xinhua) -- The regulator set out new rules.", "Xinhua"),
    ("By Li Si | globaltimes.cn | 2024-03-04", "The regulator set out new rules on Monday.", "Global Times"),
    ("2024-06-18", "Taipei, June 18 (CNA) Taiwan's regulator set out new rules.", "CNA"),    # no dash after the credit
    ("2024-09-26", "(ECNS) -- The regulator set out new rules on Wednesday.", "ECNS"),       # a credit in capitals
    ("2024-09-09", "(ECNS) -- BEIJING, Sept. 8 (Xinhua) -- The regulator set out new rules.", "Xinhua"),  # reprinted
    ("2024-05-10", "China Economic Net, Beijing, May 10 (Reporter Wang Wanying) The regulator set out new rules.",
     "China Economic Net"),
])
def test_outlet_credits_in_byline_and_dateline(byline, first, source):
    doc = _text_page("Regulator sets out new rules on clinical trial data", byline, first,
                     "Copyright © Example Provincial Government. All rights reserved.")
    assert doc.source_name == source


@pytest.mark.parametrize("lines, source", [
    # a government portal's release: the department that supplied it
    (("某某政府入口網站", "首頁 > 新聞", "", "藥監局舉辦藥物安全講座", "2025/03/21 18:02　消息來源：藥物監督管理局",
      "藥物監督管理局昨日舉辦藥物安全講座，介紹新法規的實施情況，共有一百多名業界人士參加。"), "藥物監督管理局"),
    # a wire's credit opening the story, with its reporter; a paper's own credit in brackets
    (("某某新聞網", "首頁 > 兩岸", "", "國家藥監局發布公告支持港澳藥械通", "2025/03/12 18:45",
      "（中央社記者齊倩香港12日電）中國國家藥品監督管理局11日發布公告，宣布進一步支持港澳藥械通政策。",
      "Copyright © 2025 Central News Agency. All rights reserved."), "中央社"),
    (("某某新聞網", "首頁 > 中國", "", "內地首宗藥品專利鏈接訴訟案宣判", "2022年4月15日",
      "【明報專訊】內地首宗藥品專利鏈接訴訟案昨日在北京知識產權法院一審宣判，法院駁回原告訴訟請求。",
      "Copyright © 2022 Ming Pao Holdings Limited. All rights reserved."), "明報"),
    # an outlet heading the byline's fields, on a portal that carries several papers
    (("某某新聞網", "首頁 > 兩岸", "", "市場監管總局發布醫藥企業反壟斷合規指引", "2025-01-25 10:32　經濟日報／ 記者林宸誼／即時報導",
      "大陸國家市場監督管理總局24日發布《醫藥企業反壟斷合規指引》，列出具體行為清單。", "Copyright © 2025 udn.com"),
     "經濟日報"),
])
def test_source_from_release_fields_wire_credits_and_bylines(lines, source):
    assert _text_page(*lines).source_name == source


@pytest.mark.parametrize("masthead, footer, source", [
    # the company owning the rights publishes the outlet its logo names
    ("Fierce Pharma", "© 2024 Questex LLC. All rights reserved.", "Fierce Pharma"),
    ("香港經濟日報 hket.com", "Copyright © 2018 Hong Kong Economic Times Holdings Ltd.", "香港經濟日報"),
    # a Chinese footer names the owner before the notice, and what follows it is no owner
    ("", "中国医药报社 版权所有  地址：北京市东城区北河沿大街69号  邮编：100009", "中国医药报社"),
    ("", "北京市某某律师事务所　版权所有　©2024　京ICP备16048812号-1", "北京市某某律师事务所"),
])
def test_source_from_logo_and_rights_owner(masthead, footer, source):
    chinese = "\u4e00" <= footer[0] <= "\u9fff" or "\u4e00" <= (masthead or "a")[0] <= "\u9fff"
    body = ("国家药监局召开座谈会，部署疫苗管理法实施五周年有关工作，要求各地进一步加强疫苗全过程监管。" if chinese else
            "The regulator on Monday issued rules that tighten drug recalls nationwide, officials said.")
    lines = ([masthead, "Home | News | Policy | Markets", "Home > News"] if masthead else []) + [
        "", "疫苗管理法实施五周年座谈会在京召开" if chinese else "Regulator tightens rules on drug recalls",
        "2024-12-03", body, "", footer]
    assert _text_page(*lines).source_name == source


def test_bilingual_logo_names_the_outlet_in_the_pages_language():
    doc = _text_page("GovHK 香港政府一站通", "Home > Press Releases > Health", "",
                     "Department of Health announces recall of a drug product", "2025-04-16",
                     "The Department of Health today endorsed a licensed wholesaler to recall a product.",
                     "2025 | Important notices | Privacy Policy")
    assert doc.source_name == "GovHK"


def test_a_sections_heading_under_the_byline_is_not_the_outlet():
    doc = _text_page("某某律师事务所", "首页 | 关于我们 | 专业领域 | 联系我们", "当前位置：首页 > 观点", "",
                     "透明质酸钠填充剂按第三类医疗器械管理的合规要点", "作者：周雅琴　发布时间：2023-03-15　阅读：1822", "引言",
                     "国家药监局发布公告，明确透明质酸钠填充剂按第三类医疗器械管理，企业需要关注注册和生产要求。",
                     "北京市某某律师事务所　版权所有　京ICP备17052291号-1")
    assert doc.source_name == "北京市某某律师事务所"


def test_source_naming_an_internal_division_yields_the_site_owner():
    doc = _text_page("某某省医保局召开基金监管工作会议", "发布时间：2024-05-06　来源：基金监管处",
                     "5月6日，某某省医保局召开基金监管工作会议，部署全年工作。", "主办单位：某某省医疗保障局")
    assert doc.source_name == "某某省医疗保障局"


@pytest.mark.parametrize("line", [
    "Follow Example Pharma News on", "Sign up for our weekly newsletter!", "Twitter LinkedIn Facebook Email",
    "Today's Press Releases", "Previous: Bureau publishes sampling results", "Next: 省局开展化妆品专项检查",
    "今日新闻　｜　返回页首", "NNNN", "Skip to main content", "跳至主要內容", "Sponsored", "2 Min Read",
    "Apps  Newsletters  Advertise with Us  Advertising Guidelines  Cookies  Terms of Use  Privacy",
    "打印本頁　　電郵本頁　　分享至 Facebook X", "本網站由政府新聞處負責管理", "相關字詞﹕撲爾敏 原料藥 反壟斷",
    "Disinformation report hotline: 010-85061466", "A A A   [Share to WeChat] [Weibo]", "打印本页　关闭窗口",
    "[Editor's note: click here for more Xinhua coverage of public health.]", "点击查看更多",
])
def test_more_footer_lines(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["相关稿件", "【相关新闻】", "Related Company Profiles"])
def test_more_related_headings(line):
    assert is_related_heading(line)


def test_closing_list_of_links_is_dropped():
    doc = _text_page("省药监局部署疫苗质量安全工作", "2024-04-01",
                     "4月1日，省药监局召开会议，部署疫苗质量安全工作，要求加强流通环节监管。",
                     "· 省药监局开展药品安全宣传周活动", "· 某某市局通报药品抽检结果")
    assert "宣传周" not in doc.clean_text and doc.clean_text.endswith("要求加强流通环节监管。")


def test_an_editors_credit_closing_the_last_paragraph_is_cut():
    path = Path(__file__).parent / "heldout_l" / "zh" / "lzh09_cna_gba_drug_device_access.txt"
    doc = parse_document(str(path), path.read_bytes())
    assert "深化區域融合。" in doc.clean_text and "陳怡璇" not in doc.clean_text and "1140312" not in doc.clean_text


def test_a_labelled_info_line_above_the_headline_dates_the_page():
    page = ("Xinhua | english.news.cn\nHOME  CHINA  WORLD  BUSINESS  TECH  SCIENCE\n"
            "Source: Xinhua | 2024-06-13 21:05:33 | Editor: huaxia\n\n"
            "Top legislator inspects Drug Administration Law enforcement in Hunan\n\n"
            "CHANGSHA, June 13 (Xinhua) -- A law enforcement inspection team inspected the implementation of the Drug "
            "Administration Law in central China's Hunan Province from Monday to Thursday.\n")
    doc = parse_document("page.txt", page.encode())
    assert doc.title == "Top legislator inspects Drug Administration Law enforcement in Hunan"
    assert doc.published_date == date(2024, 6, 13) and "english.news.cn" not in doc.clean_text


def test_a_policy_library_record_keeps_the_title_number_and_publication_day():
    path = Path(__file__).parent / "heldout_l" / "zh" / "lzh04_tcm_preparations_joint_notice.txt"
    doc = parse_document(str(path), path.read_bytes())
    assert doc.title == "国家卫生健康委 国家中医药局 国家药监局关于加强医疗机构中药制剂管理工作的通知"
    assert doc.published_date == date(2025, 3, 20)      # 发布日期, not the 成文日期 above it
    assert doc.source_name == "国家卫生健康委网站"          # "来　　源：", spaced to a column
    assert doc.clean_text.splitlines()[1] == "国卫医政发〔2025〕8号" and "主题分类" not in doc.clean_text


def test_an_english_dateline_with_its_year_dates_the_page():
    page = ("Mianyang signs strategic cooperation agreement with Sinopharm\n\nMIANYANG, Oct. 24, 2023 — The Mianyang "
            "Municipal People's Government and Sinopharm signed a strategic cooperation agreement here.\n")
    assert parse_document("page.txt", page.encode()).published_date == date(2023, 10, 24)


def test_a_story_ends_at_its_end_marker_and_more_buttons_search_boxes_and_rights_notes_are_furniture():
    path = Path(__file__).parent / "heldout_p" / "en" / "pen07_hk_sfh_chinese_medicine_forum.txt"
    doc = parse_document(str(path), path.read_bytes())
    assert doc.published_date == date(2025, 3, 22)     # from the "Ends/Saturday, March 22, 2025" line, furniture
    assert "a spokesman for the Bureau said" in doc.clean_text and "Ends/" not in doc.clean_text
    assert "Photo:" not in doc.clean_text and "Brand Hong Kong" not in doc.clean_text
    assert all(map(is_furniture, ["[Share] [Facebook] [X] [Linkedin] [Mail]  A A A", "在新聞公報中搜尋        搜尋",
                                  "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。"]))
    assert not is_furniture("在会议中搜索到的问题很多")


def test_a_day_first_dotted_date_and_a_year_looked_back_to_does_not_date_a_dateline():
    assert find_date("16.04.2025")[0] == date(2025, 4, 16)
    assert dateline_date("CHONGQING, March 12 (iChongqing) - The two sides signed.",
                         "Chongqing has been an approved port since 2017.") is None
    assert dateline_date("新华社北京4月30日电 国家药监局当日发布标准，自2021年11月1日起施行。", "") == date(2021, 4, 30)


def test_a_tagline_section_and_date_above_the_headline_and_its_author_line():
    doc = _text_page("Reuters", "Exclusive news, data and analytics for financial market professionals",
                     "Learn more about Refinitiv", "", "HEALTHCARE & PHARMA", "APRIL 14, 2020 / 12:02 PM / UPDATED 5 YEARS AGO",
                     "", "China fines three drug ingredient makers $46 million for monopoly", "", "By Reuters Staff", "",
                     "BEIJING (Reuters) - China's market regulator said on Tuesday it had fined three makers of a "
                     "pharmaceutical ingredient a total of 325.5 million yuan for abusing their dominant position.")
    assert doc.title == "China fines three drug ingredient makers $46 million for monopoly"
    assert doc.published_date == date(2020, 4, 14)
    assert "Exclusive news" not in doc.clean_text


def test_a_headline_closing_on_its_date_in_brackets_is_no_byline():
    doc = _text_page("MINISTRY OF COMMERCE PEOPLE'S REPUBLIC OF CHINA", "Home > News > Press Release", "",
                     "Regular Press Conference of the Ministry of Commerce (June 15, 2023)", "",
                     "Source: MOFCOM   Release Time: 2023-06-16   [Print] [Close]", "",
                     "Spokesperson Shu Jueting: Good afternoon, friends from the media. Welcome to the press conference.")
    assert doc.title == "Regular Press Conference of the Ministry of Commerce (June 15, 2023)"
    assert doc.published_date == date(2023, 6, 16)


_PAPER_WITH_ITS_DATE_UNDER_ITS_NAME = (
    "SHENZHEN DAILY  深圳日报\nThursday, March 6, 2025\nHome | Shenzhen | Business | GBA | Culture | Sports\n"
    "Business > Industry\n\nCity unveils plan to become global synthetic biology hub by 2027\n\n"
    "Writer: Cao Zhen  |  Editor: Wang Yuanyuan  |  From: Shenzhen Daily  |  Updated: 2025-03-06\n\n"
    "SHENZHEN has released an action plan to build a synthetic biology cluster, the city said on Wednesday.\n")
_ALERT_DATED_ABOVE_ITS_HEADLINE = (
    "Weiming & Partners\nPractices | Industries | People | Insights | Offices | Careers\n"
    "Insights > Client Alerts > Life Sciences\n\nClient Alert | March 14, 2023\n\n"
    "Filling the Gaps: How China Regulates Hyaluronic Acid Fillers\n\nAuthors: Helen Zhou, Partner\n\n"
    "China's medical aesthetics market has grown rapidly over the past decade. This alert summarises the rules.\n")


@pytest.mark.parametrize("page, title, published", [
    (_PAPER_WITH_ITS_DATE_UNDER_ITS_NAME, "City unveils plan to become global synthetic biology hub by 2027", date(2025, 3, 6)),
    (_ALERT_DATED_ABOVE_ITS_HEADLINE, "Filling the Gaps: How China Regulates Hyaluronic Acid Fillers", date(2023, 3, 14)),
])
def test_a_date_above_the_headline_is_masthead_and_dates_a_page_nothing_else_dates(page, title, published):
    doc = parse_document("a.txt", page.encode("utf-8"))
    assert (doc.title, doc.published_date) == (title, published)


def test_an_alerts_authors_stay_with_the_text_where_people_are_read():
    assert "Helen Zhou" in parse_document("b.txt", _ALERT_DATED_ABOVE_ITS_HEADLINE.encode("utf-8")).clean_text


def test_a_chinese_headline_with_a_date_in_it_is_no_byline():
    text = ("健康界\n首页 > 资讯 > 医保\n\n首版商保创新药目录落地：19个药品入围，2026年1月1日起实施\n\n"
            "来源：健康界    作者：王晓燕    2025-12-07 19:46\n\n　　健康界讯 12月7日，国家医保局召开新闻发布会，正式发布目录。\n")
    doc = parse_document("c.txt", text.encode("utf-8"))
    assert (doc.title, doc.published_date) == ("首版商保创新药目录落地：19个药品入围，2026年1月1日起实施", date(2025, 12, 7))


@pytest.mark.parametrize("line", ["今日的新聞公報    新聞公報搜尋    訂閱新聞公報", "政府新聞處製作　本網頁於2024年12月3日更新"])
def test_a_hong_kong_press_release_sites_header_links_and_footer_are_furniture(line):
    assert is_furniture(line)


def test_a_trail_of_slashes_from_home_is_a_breadcrumb():
    assert is_furniture("Home / Newsroom / Item / WHO Regional Director for the Western Pacific concludes visit to China")
    assert is_furniture("Home / Weekly Review")     # (a home page and one section)
    assert not is_furniture("Home / office workers were surveyed, the report said.")


@pytest.mark.parametrize("page, expected", [
    # a labelled field in the footer, below the article
    ("宁波市开展疫苗质量安全专项检查\n\n　　上月，宁波市市场监督管理局联合市卫生健康委开展疫苗质量安全专项检查，切实保障疫苗质量安全。\n\n"
     "【打印本页】　　【关闭窗口】\n信息来源：药品安全监管处　　发布时间：2024-04-09　　浏览次数：712\n", date(2024, 4, 9)),
    # the article's closing line
    ("China Steps Up Medical Insurance Fund Enforcement\n\nFive central authorities have launched a year-long campaign "
     "against the misuse of medical insurance funds, with public security organs involved.\n\n"
     "This client alert was first published on 10 May 2024.\n", date(2024, 5, 10)),
    # unlabelled but for the verb, day first
    ("China Life Sciences Regulatory Update\n\nOn 30 December 2024, the General Office of the State Council issued the "
     "Opinions, which were made public on 3 January 2025.\n\nPublished 14/01/2025\n\nRelated Insights\n", date(2025, 1, 14)),
    # a law firm's "发布于" and a disclosure table's "生成日期"
    ("新版规范施行在即\n\n　　新修订的规范已由国家药品监督管理局于2023年12月发布，将自2024年7月1日起施行。\n\n"
     "发布于：2024年03月05日　　阅读：1,203\n", date(2024, 3, 5)),
    ("联席会议在合肥召开\n\n　　本周三，长三角三省一市药品监管部门2024年度联席会议在合肥召开。会议总结2023年区域药品监管合作成效，"
     "研究部署2024年重点合作任务。\n\n索引号：11340000MB1925783X/202404-00031\n发布机构：安徽省药品监督管理局\n生成日期：2024-04-19\n", date(2024, 4, 19)),
    # a wire's timestamp line under the story
    ("China tightens rules on drug export certificates\n\nBy Helen Zhao and Mark Daly\n4 min read\n\nChina's drug regulator on Tuesday unveiled tighter rules on the certificates drugmakers "
     "need to export medicines, as a boom in overseas licensing deals puts Chinese paperwork under closer scrutiny.\n\n"
     "The National Medical Products Administration said in a statement that the revised provisions will take effect "
     "on July 1.\n\n"
     "(Reporting by Helen Zhao; Editing by Simon Carter)\n\nMarch 12, 2025 10:41 AM GMT+8 · Updated 3 hours ago\n\n"
     "Our Standards: The Thomson Reuters Trust Principles.\n", date(2025, 3, 12)),
])
def test_a_publication_field_below_the_article_dates_the_page(page, expected):
    assert parse_document("page.txt", page.encode()).published_date == expected


def test_a_notices_record_fields_and_its_sign_off_leave_its_own_title_the_headline():
    page = ("中国政府网\nwww.gov.cn\n首页 > 政策 > 政策文件库 > 国务院部门文件\n\n"
            "索 引 号：000013610/2025-00211        主题分类：卫生、体育\\卫生\n发文机关：国家卫生健康委 国家中医药局\n"
            "成文日期：2025年04月18日\n标　　题：国家卫生健康委等五部门关于印发行动方案的通知\n发文字号：国卫医政发〔2025〕9号\n"
            "发布日期：2025年04月29日\n\n国家卫生健康委等五部门关于印发行动方案的通知\n\n国卫医政发〔2025〕9号\n\n"
            "各省、自治区、直辖市卫生健康委：\n\n　　为贯彻落实健康中国战略，进一步提升医疗机构药学服务能力和水平，促进合理用药，"
            "保障患者用药安全，国家卫生健康委、国家中医药局、国家疾控局、国家医保局、国家药监局联合制定了《医疗机构药学服务能力提升行动方案"
            "（2025—2027年）》。现印发给你们，请结合实际认真贯彻执行。\n\n国家卫生健康委　　国家中医药局\n2025年4月18日\n")
    doc = parse_document("page.txt", page.encode())
    assert (doc.title, doc.published_date) == ("国家卫生健康委等五部门关于印发行动方案的通知", date(2025, 4, 29))


@pytest.mark.parametrize("page, title, published", [
    # a trail of sections without Home; a footer's "Posted" field among others
    ("HANWEI & PARTNERS\nPeople    Expertise    Insights    Events\n\nInsights / Client Alerts / Life Sciences & Healthcare\n\n"
     "China Speeds Up Clinical Trial Approvals\n\nAuthors\nGrace LIU  |  Partner, Beijing\n\n"
     "Clinical trial applications for qualifying innovative drugs may now be reviewed within 30 working days instead of "
     "60 in pilot regions, the regulator said.\n\nSponsors must line up a qualified lead site and complete early "
     "communication with the provincial regulator before filing, and human genetic resources approvals now sit with the "
     "National Health Commission.\n\n"
     "Related insights\nChina's Revised Drug Registration Rules\n\n© Hanwei & Partners. All rights reserved.\n"
     "Ref: HW-LS/CA/2024-041  |  Posted 25 Sep 2024  |  Privacy", "China Speeds Up Clinical Trial Approvals",
     date(2024, 9, 25)),
    # a "Release time:" info line
    ("广东省药品监督管理局    Guangdong Provincial Medical Products Administration\nHome  |  About Us  |  Notices\n"
     "Your current location: Home > Notices > Medical Devices\n\nNotice on the Results of the 2025 Special Inspection\n\n"
     "Release time: 2025-03-20 10:05    Source: Device Division    Views: 1,836\n\nThe Guangdong Provincial Medical "
     "Products Administration organized special inspections of device manufacturers across the province.\n\nMarch 18, 2025\n",
     "Notice on the Results of the 2025 Special Inspection", date(2025, 3, 20)),
    # a Macao release's "消息來源" and "新聞日期" fields
    ("澳門特別行政區政府新聞局\n首頁 > 新聞 > 醫療衛生\n\n藥監局舉辦長者安全用藥講座\n\n消息來源：藥物監督管理局\n新聞日期：2024-03-15\n\n"
     "　　藥物監督管理局聯同衛生局於今日下午舉辦「長者安全用藥」講座，約80名長者及護老者參加。\n", "藥監局舉辦長者安全用藥講座",
     date(2024, 3, 15)),
    # a Hong Kong release's search bar, its related releases below the sign-off
    ("香港特別行政區政府　新聞公報\n搜尋新聞公報　　　　RSS　｜　新聞公報電郵訂閱\n\n衛生署與上海市藥品監督管理局舉行工作會議\n\n"
     "　　衛生署署長今日率領代表團在上海與上海市藥品監督管理局局長舉行工作會議，雙方就藥物規管合作交換意見。\n\n"
     "2024年11月7日（星期四）\n香港時間20時15分\n\n相關新聞公報\n．衛生署公布第四季藥物安全簡訊\n．立法會討論藥物規管改革\n",
     "衛生署與上海市藥品監督管理局舉行工作會議", date(2024, 11, 7)),
    # a trade paper's "原载于" line
    ("化药行业年会聚焦新质生产力\n\n　　5月16日至17日，第十五届中国医药产业发展年会在浙江杭州召开。来自政府部门和医药企业的代表参加会议。\n\n"
     "（本文原载于《医药经济报》2025年5月22日 第A02版）\n", "化药行业年会聚焦新质生产力", date(2025, 5, 22)),

    # a Chinese headline over its subtitle
    ("绍兴网  首页 | 新闻 | 时政 | 民生\n\n违规刷卡、串换药品……12家定点药店负责人被集中约谈\n我市通报医保基金专项整治处理结果：追回资金386.7万元\n\n"
     "2024-07-17 07:18:46　　来源：绍兴日报　　作者：记者 钱晓梅\n\n　　本报讯 昨日上午，市医疗保障局召开全市定点零售药店约谈会，"
     "对今年专项检查中发现问题较为突出的12家定点零售药店负责人进行集中约谈，通报检查发现的问题。\n",
     "违规刷卡、串换药品……12家定点药店负责人被集中约谈", date(2024, 7, 17)),
    # a "Title:" label, and a footer's "Source: … Date: …" line
    ("National Health Insurance Administration\nHome | Sitemap | News\n\nPress Releases\n\nTitle: Reimbursement prices "
     "of 7,236 drug items to be lowered from April 1\nRelease Date: 2025-02-27\n\nThe National Health Insurance "
     "Administration said today that the reimbursement prices of 7,236 drug items will be lowered from April 1.\n",
     "Reimbursement prices of 7,236 drug items to be lowered from April 1", date(2025, 2, 27)),
    ("NMPA and BPOM hold video conference\n\nOn November 8, the NMPA held a video conference with the Indonesian Food "
     "and Drug Authority, and the two sides signed a letter of intent on regulatory cooperation.\n\nThe two sides agreed "
     "to set up a joint working group to follow up on the implementation of the letter of intent.\n\n"
     "Source: Department of International Cooperation        Date: 2023-11-10\n\n[Print]  [Close]\n",
     "NMPA and BPOM hold video conference", date(2023, 11, 10)),
])
def test_more_headers_and_footers_that_date_and_title_a_page(page, title, published):
    doc = parse_document("page.txt", page.encode("big5" if "澳門" in page or "衛生署" in page else "utf-8"))
    assert (doc.title, doc.published_date) == (title, published)


def test_an_events_time_line_above_its_venue_is_body_not_byline():
    page = ("Transcript of the press conference of the National Health Commission\n\nDate: 2022-11-18\n\n"
            "Time: 3 pm, Thursday, November 17, 2022\nVenue: Press Hall, National Health Commission, Beijing\n\n"
            "Mi Feng: Good afternoon, ladies and gentlemen, and welcome to the press conference.\n")
    doc = parse_document("page.txt", page.encode())
    assert doc.published_date == date(2022, 11, 18) and "Time: 3 pm, Thursday, November 17, 2022" in doc.clean_text


@pytest.mark.parametrize("line", ["Comments will be closed for this article", "點閱次數：4,812",
                                  "本網站最佳瀏覽解析度為1280×1024"])
def test_comment_rules_counters_and_resolution_notes_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Was this page helpful?  Yes | No", "Purchase Licensing Rights, opens new tab",
                                  "瀏覽人次：1,842", "服務時間：週一至週五 08:30-12:30、13:30-17:30"])
def test_feedback_widgets_licensing_links_and_service_hours_are_furniture(line):
    assert is_furniture(line)


def test_related_information_heading_closes_the_body():
    assert is_related_heading("相关信息：")


@pytest.mark.parametrize("line", ["[分享] 　[列印]　 [電郵]　 [返回主頁]", "今日新聞 | 按日期瀏覽 | 上一則：立法會二十二題",
                                  "发布日期　2024.03.12　　　|　　阅读 1,042",
                                  "(Cover image: The WHO headquarters in Geneva, Switzerland. /"])
def test_press_release_buttons_neighbour_links_read_counts_and_captions_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Update: 2021-10-13    Visitors: 3,215", "本網頁最近於2025年3月18日更新"])
def test_a_visitor_counter_and_a_pages_last_update_are_furniture(line):
    assert is_furniture(line)


def test_the_english_credit_after_a_chinese_rights_line_names_the_outlet():
    page = ("City adopts regulation to boost cell, gene therapy industry\n\nBy Zhou Lin\n\nSHENZHEN'S top legislature on "
            "Wednesday adopted a regulation to promote the cell and gene industry, officials said.\n\n"
            "深圳报业集团版权所有 Copyright (C) Shenzhen Daily. All Rights Reserved.\n")
    assert parse_document("page.txt", page.encode()).source_name == "Shenzhen Daily"


def test_a_tables_numbered_row_is_body_a_menu_or_a_footers_year_is_not():
    assert not is_furniture("5 | 完善药学服务支付和激励机制 | 国家医保局医药价格和招标采购司 | 国家卫生健康委医政司")
    assert is_furniture("首页 | 新闻 | 政务") and is_furniture("2024 | 重要告示 | 私隱政策 | 私隱聲明")


@pytest.mark.parametrize("line", ["Print   Mail   Large Medium Small", "[Share on LinkedIn]  [Share on X]  [Email]  [Save article]",
                                  "[Printer Friendly Version]   [Email this article]   news.gov.hk", "扫码关注汇衡律师事务所微信公众号",
                                  "本報熱線：2837 1688　　廣告查詢：2822 0000",
                                  "特别声明：本文仅为作者个人观点，不代表本所正式法律意见。"])
def test_share_bars_site_addresses_and_hotlines_are_furniture(line):
    assert is_furniture(line)


def test_a_masthead_date_and_an_info_line_after_the_body_date_the_page():
    masthead = ("澳門日報 Macao Daily News\n2024年8月17日 星期六　農曆七月十四\n首頁 | 澳聞 | 港聞 | 內地 | 國際\n澳聞 > A03版\n\n"
                "首批本地中成藥獲註冊\n\n　　【本報消息】藥物監督管理局昨日舉行首批中成藥註冊證明頒發儀式，五款中成藥獲註冊。\n\n"
                "版權所有 不得轉載\n")
    doc = parse_document("page.txt", masthead.encode("big5"))
    assert doc.published_date == date(2024, 8, 17) and doc.source_name != "不得轉載"
    rendered = masthead.replace("版權所有 不得轉載", "衛生福利部食品藥物管理署　版權所有 c 2024")   # a © rendered as "c"
    assert parse_document("page.txt", rendered.encode("big5")).source_name != "c 2024"
    after = ("雨花区集中约谈43家药店负责人\n\n本报讯　昨日，雨花区市场监督管理局联合区医疗保障局召开药品零售企业集体约谈会，"
             "通报检查发现的问题。\n\n2024-12-19 07:15　　来源：长沙晚报　　阅读量：1.3万\n")
    assert parse_document("page.txt", after.encode()).published_date == date(2024, 12, 19)


def test_a_policy_documents_page_is_headed_by_the_title_its_particulars_give():
    text = ("吉林省人民政府\nwww.jl.gov.cn\n首页 | 要闻动态 | 政务公开 | 政务服务\n当前位置:首页 > 政务公开 > 政策文件\n\n"
            "索 引 号:11220000013544357T/2024-04127    主题分类:工业、交通\\医药\n"
            "发文机关:吉林省人民政府办公厅    成文日期:2024年09月18日\n"
            "标　　题:吉林省人民政府办公厅关于印发促进医药产业高质量发展若干措施的通知\n"
            "发文字号:吉政办发〔2024〕27号    发布日期:2024年09月25日\n\n"
            "吉林省人民政府办公厅关于印发促进医药产业高质量发展若干措施的通知\n\n吉政办发〔2024〕27号\n\n"
            "各市(州)人民政府,省政府各厅委办、各直属机构:\n\n"
            "　　《关于促进医药产业高质量发展的若干措施》已经省政府同意,现印发给你们,请认真贯彻落实。\n\n"
            "吉林省人民政府办公厅\n2024年9月18日\n\n(此件公开发布)\n\n关于促进医药产业高质量发展的若干措施\n\n"
            "　　为深入贯彻落实国家关于推动医药产业高质量发展的决策部署,制定如下措施。\n")
    doc = parse_document("notice.txt", text.encode("utf-8"))
    assert (doc.title, doc.published_date) == ("吉林省人民政府办公厅关于印发促进医药产业高质量发展若干措施的通知", date(2024, 9, 25))


def test_a_briefings_release_time_above_its_release_place_is_body_not_byline():
    page = ("河南省推进中医药强省建设新闻发布会\n\n时间：2024-10-23 09:12　　来源：河南省人民政府新闻办公室\n\n"
            "发布时间：2024年10月22日上午10时\n发布地点：省政府新闻办新闻发布厅\n\n"
            "【主持人 李军】\n　　女士们、先生们，新闻界的朋友们，大家上午好！欢迎出席省政府新闻办新闻发布会。\n")
    doc = parse_document("page.txt", page.encode())
    assert doc.published_date == date(2024, 10, 23) and "发布时间：2024年10月22日上午10时" in doc.clean_text
    (briefing,) = [e for e in extract_document(doc.clean_text, "zh", doc.published_date).events]
    assert (briefing.event_type, briefing.start_date) == ("press_conference", date(2024, 10, 22))


def test_a_disclosure_pages_name_field_is_no_headline():
    page = ("亳州市市场监督管理局\n首页 | 机构概况 | 信息公开 | 政策法规 | 通知公告\n"
            "当前位置：首页 > 信息公开 > 法定主动公开内容 > 通知公告\n\n"
            "索引号：11341600MB1875632X/202407-00012　　信息分类：通知公告\n"
            "发布机构：亳州市市场监督管理局　　生成日期：2024-07-25　　发文字号：2024年第5号\n"
            "名　　称：亳州市市场监督管理局关于2024年中药饮片专项抽检结果的通告\n有 效 性：有效　　　浏览次数：1388\n\n"
            "亳州市市场监督管理局关于2024年中药饮片专项抽检结果的通告\n（2024年第5号）\n\n"
            "　　为加强中药饮片质量监管，保障公众用药安全有效，我局自2024年5月8日起在全市范围内组织开展中药饮片专项抽检工作。\n")
    doc = parse_document("page.txt", page.encode("gb18030"))
    assert doc.title == "亳州市市场监督管理局关于2024年中药饮片专项抽检结果的通告"


def test_an_official_document_page_takes_its_title_over_the_addressees_and_its_publication_date():
    page = ("连云港市人民政府\n当前位置:网站首页 > 政府信息公开 > 政策文件\n"
            "发布机构:连云港市人民政府办公室    成文日期:2025-03-10\n文    号:连政办发〔2025〕12号        发布日期:2025-03-14\n"
            "市政府办公室关于印发连云港市促进生物医药产业高质量发展若干措施的通知\n"
            "各县、区人民政府,市各开发区(园区)管委会,市各委、办、局,市各直属单位:\n"
            "《连云港市促进生物医药产业高质量发展若干措施》已经市政府同意,现印发给你们,请认真贯彻执行。\n"
            "连云港市人民政府办公室\n2025年3月10日\n")
    doc = parse_document("notice.txt", page.encode())
    assert doc.title == "市政府办公室关于印发连云港市促进生物医药产业高质量发展若干措施的通知"
    assert doc.published_date == date(2025, 3, 14)


def test_a_headline_in_sentence_case_is_no_menu_whatever_menu_words_it_holds():
    assert not is_furniture("Chinese premier urges more resilient pharmaceutical supply chain")
    assert is_furniture("Home News About us More")


def test_a_chinese_subtitle_opening_on_a_dash_keeps_the_date_line_under_it_in_the_byline():
    page = "\n".join([
        "医药经济报 | 数字报 | 移动端 | 订阅服务 | 登录  注册", "首页 > 产业 > 正文", "",
        "创新药出海进入“深水区” 业界共议国际化新路径", "——中国医药创新促进会创新药出海论坛在沪举行", "",
        "2025-07-14 08:56  来源:医药经济报  作者:记者 何欣然  字号:T|T  阅读:", "",
        "从“借船出海”到“造船出海”，中国创新药的国际化正在迎来关键转折。7月11日至12日，2025中国创新药出海论坛在上海举行。",
        "来自监管部门、研发企业、跨国药企、投资机构和专业服务机构的600余名代表参会，围绕对外授权、海外临床等议题展开讨论。"]
        + [f"第{n}位嘉宾在圆桌讨论中分享了企业开展国际多中心临床试验和海外注册的经验与体会。" for n in range(1, 8)])
    doc = parse_document("page.txt", page.encode("utf-8"))
    assert doc.published_date == date(2025, 7, 14)
    assert doc.title == "创新药出海进入“深水区” 业界共议国际化新路径"
    assert "2025-07-14 08:56" not in doc.clean_text


def test_a_date_with_no_space_after_its_comma_and_a_relative_update_stamp_date_the_page():
    assert find_date("Updated: Aug 18,2015 5:27 PM     english.gov.cn")[0] == date(2015, 8, 18)
    page = ("Reuters\nBusiness | Markets | World | Politics | TV | More\n"
            "HEALTHCARE & PHARMA    JANUARY 17, 2019 / 6:42 PM / UPDATED AN HOUR AGO\n"
            "China formalizes drug bulk-buying pilot, squeezing generic makers\n"
            "Brenda Goh, Roxanne Liu\n"
            "SHANGHAI/BEIJING (Reuters) - China's cabinet on Thursday published a plan to formally roll out a pilot "
            "program of centralized drug purchasing in 11 cities, following a bidding round in December.\n")
    doc = parse_document("a.txt", page.encode("utf-8"))
    assert doc.published_date == date(2019, 1, 17) and doc.title.startswith("China formalizes")


def test_a_sponsor_in_prose_a_print_button_and_a_briefings_speaker_field():
    assert not is_furniture("衛生福利部部長陳時中於開幕式致詞表示，我國連續多年擔任GRM CoE培訓之主辦單位。透過與各會員經濟體分享經驗，"
                            "可縮短新藥上市時程。")
    assert is_furniture("主办单位 国家药品监督管理局") and is_furniture("【字号 大 中 小】【我要打印】【关闭】")
    assert is_furniture("Download our app to receive breaking news alerts and read the news on the go.")
    assert is_furniture("友善列印　　分享：Facebook　LINE　Twitter") and is_furniture("本網頁最後更新日期︰2024年5月20日")
    assert is_furniture("相關新聞：醫務衞生局局長明日起訪問江蘇（附圖）")
    page = ("商务部召开例行新闻发布会(2021年11月4日)\n发布时间:2021-11-04 18:06  来源:商务部新闻办公室\n\n"
            "时间:2021年11月4日(星期四)下午3:00\n地点:商务部新闻发布厅\n发布人:商务部新闻发言人 束珏婷\n\n"
            "束珏婷:各位记者朋友,下午好!欢迎参加商务部例行新闻发布会。今天我先通报两方面情况,然后回答大家的提问。\n")
    doc = parse_document("a.txt", page.encode("utf-8"))
    assert "发布人:商务部新闻发言人 束珏婷" in doc.clean_text
    assert ("束珏婷", "Spokesperson") in {(p.name, p.title) for p in extract_document(
        doc.clean_text, "zh", doc.published_date).people}


def test_long_info_lines_of_fields_and_a_labelled_date_among_fields_date_the_page():
    from pipelines.clean.layout import is_meta_line
    assert is_meta_line("2022-06-02 16:35   Source: Shaanxi Provincial Health Commission   [Print] [Close]   Font: [L] [M] [S]")
    assert is_meta_line("14 May 2025 | Client Alert | Authors: Catherine Wu, Partner; Zhao Mingyuan, Senior Associate")
    assert is_meta_line("2023-09-08 18:42    来源:国务院新闻办公室网站    【字号:大 中 小】    【打印】    【关闭】")
    assert not is_meta_line("新聞公報 > 2023年5月24日 > 立法會")   # a trail through a day's releases, no byline
    page = ("Shandong, China | The Official Website of Shandong Provincial People's Government\n"
            "Home | News | Government | About Shandong | Investment\n\n"
            "Shandong pushes development of TCM drugs based on ancient classical formulas\n"
            "en.shandong.gov.cn | Updated: 2023-08-24 09:52  Source: Shandong Provincial Medical Products Administration\n"
            "Share: WeChat | Weibo | Print | Close\n\n"
            "Shandong province will provide one-on-one guidance to companies developing traditional Chinese medicine "
            "compound preparations, officials said at a symposium in Jinan on Tuesday.\n")
    doc = parse_document("a.txt", page.encode("utf-8"))
    assert doc.published_date == date(2023, 8, 24) and doc.title.startswith("Shandong pushes")
    page = ("香港特別行政區政府 新聞公報\n今日新聞 | 新聞公報 | 按日期搜尋\n新聞公報 > 2023年5月24日 > 立法會\n\n"
            "立法會十二題：社區藥房及藥劑師人手\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n\n"
            "　　以下是今日（五月二十四日）在立法會會議上林哲玄議員的提問和醫務衞生局局長盧寵茂教授的書面答覆：\n\n問題：\n\n"
            "　　政府於去年十二月公布的《基層醫療健康藍圖》提出善用社區藥房，以加強基層醫療的藥物服務。另一方面，有業界人士反映，"
            "本港藥劑師人手短缺，部分社區藥房難以聘請足夠的註冊藥劑師。\n\n答覆：\n\n主席：\n\n"
            "　　政府於二○二二年十二月十九日公布《藍圖》，提出一系列策略性改革措施，包括強化地區康健中心的角色，以及建立基層醫療"
            "藥物名冊，推動醫療服務由治療為本轉向預防為重。\n\n"
            "2023年5月24日（星期三）\n香港時間15時30分\n")
    doc = parse_document("b.txt", page.encode("utf-8"))
    assert doc.title == "立法會十二題：社區藥房及藥劑師人手" and doc.published_date == date(2023, 5, 24)
    assert [(p.name, p.title) for p in extract_document(doc.clean_text, "zh", doc.published_date).people][:1] == [
        ("林哲玄", "Legislator")]


def test_a_credit_line_of_who_supplied_the_copy_and_a_link_to_an_explainer_are_furniture():
    assert is_furniture("（供稿：县市场监督管理局　编辑：陈静　审核：王洪涛）")
    assert is_furniture("相关解读：一图读懂《重庆市促进医药产业高质量发展行动计划（2025—2027年）》")


def test_a_trail_through_a_days_releases_dates_a_page_its_sign_off_does_not():
    page = ("香港特別行政區政府 新聞公報\nGovHK 香港政府一站通 | 繁體版 | 简体版 | English\n"
            "新聞公報 主頁 > 2024年5月20日 > 衞生\n電郵給朋友 | 列印 | 上一篇 | 下一篇\n\n"
            "醫務衞生局局長率團訪問江蘇（附圖）\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n\n"
            "　　醫務衞生局局長盧寵茂教授今日（五月二十日）率領代表團抵達南京，展開為期三天的江蘇訪問行程，與江蘇省相關部門就"
            "醫療衞生、藥物及醫療器械監管合作進行交流，並探討在大灣區內進一步便利港澳居民使用內地醫療服務的安排。\n\n"
            "　　盧寵茂教授上午在南京與江蘇省人民政府副省長會面，雙方就深化蘇港兩地在醫學人才培訓及臨床研究合作交換意見。\n\n"
            "　　盧寵茂教授說：「江蘇是內地生物醫藥產業重鎮，聚集大量創新藥和高端醫療器械企業。我們期望借鑑江蘇藥品監管的經驗。」\n完\n\n"
            "2024年5月20日（星期一）\n香港時間20時15分\n\n附圖\n"
            "醫務衞生局局長盧寵茂教授（右）今日在南京與江蘇省衞生健康委員會主任會面。\n"
            "醫務衞生局局長盧寵茂教授（中）今日見證醫院管理局與江蘇省人民醫院簽署醫療合作備忘錄。\n")
    doc = parse_document("c.txt", page.encode("utf-8"))
    assert doc.title == "醫務衞生局局長率團訪問江蘇（附圖）" and doc.published_date == date(2024, 5, 20)


@pytest.mark.parametrize("line", [
    "[ 打印 ] [ 字号：大 中 小 ]  0条评论  分享到：", "澎湃新闻报料：021-962866", "[Share] [Comment] [Print] [Mail] [Large] [Medium] [Small]",
    "[Print] [Close] [Share to]", "[Share] WeChat  Weibo  Facebook  Twitter  [Print]  [Font: A+ A-]", "此網頁內容由政府新聞處提供",
    "Back to Press Releases", "Translated and edited by Wang Yiming | Zhou Jing", "图解：一图读懂生物医药产业“20条”",
    "此網站由政府新聞處管理", "[Share] [Print] [Enlarge] [Reduce]", "[ Save ] [ Share ] [ Print ] [ A A ]",
    "Listen   Share: Facebook Twitter LinkedIn   A-  A+", "分享至：微信 微博  |  字号：A+ A-", "(Cover image via CFP)",
    "Get our weekly free Must-Read newsletter.", "Related: In Depth: Can Volume-Based Procurement Work for Biologics?",
    "(Edited by Zhang Xinyue)", "分享至 Facebook　分享至 LINE　分享至 Twitter", "[Download PDF]  [Share on LinkedIn]  [Email this alert]"])
def test_comment_counters_tip_lines_rows_of_buttons_and_infographic_links_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["该政策已收到120条评论，将在修改中吸收。", "[Photo] Officials visit a plant in Tianjin",
                                  "Related measures will be issued soon.", "国家药监局 | 2024-05-01"])
def test_a_sentence_counting_comments_and_a_captioned_photo_are_not(line):
    assert not is_furniture(line)


def test_a_date_in_chinese_numerals_and_a_trail_with_its_month_and_day_in_crumbs_of_their_own():
    from pipelines.clean.pubdate import find_date
    assert find_date("二○二四年五月十三日（星期一）")[0] == date(2024, 5, 13)
    assert find_date("二〇二三年十二月三十一日")[0] == date(2023, 12, 31)
    page = ("香港特別行政區政府 新聞公報\n新聞公報 > 二○二四年五月 > 十三日\n\n醫務衞生局局長出席醫療及保健展開幕典禮\n\n"
            "　　醫務衞生局局長盧寵茂教授今日（五月十三日）出席由香港貿易發展局主辦的第十五屆香港國際醫療及保健展開幕典禮並致辭。\n"
            "　　盧寵茂教授致辭時表示，特區政府致力推動香港發展成為國際醫療創新樞紐，政府會繼續支持業界發展。\n")
    assert parse_document("page.txt", page.encode()).published_date == date(2024, 5, 13)


def test_an_outlets_name_then_the_date_then_labelled_fields_is_the_byline():
    doc = parse_document("page.txt", "\n".join([
        "上观新闻 | 解放日报", "首页 政情 财经 区情 城市 文化 天下 评论 专题", "解放日报 > 要闻 > 正文",
        "金壮龙在沪调研生物医药产业发展 龚正陪同", "解放日报  2024-05-22 06:10  来源:解放日报  记者 谈燕 吴卫群",
        "阅读 3.2万  收藏  分享至:微信 微博", "",
        "本报讯(记者 谈燕 吴卫群)工业和信息化部部长金壮龙5月20日至21日在沪调研生物医药产业发展。市长龚正陪同调研。",
        "周一下午，金壮龙一行来到张江科学城，先后走访多家企业，详细了解基因治疗临床试验进展等情况。"]).encode("utf-8"))
    assert doc.published_date == date(2024, 5, 22) and doc.title == "金壮龙在沪调研生物医药产业发展 龚正陪同"


def test_hong_kongs_related_releases_listed_under_fullwidth_dots_close_no_body():
    page = ("醫務衞生局副局長訪問杭州（附圖）\n2024年5月22日\n"
            "醫務衞生局副局長范婷醫生今日（五月二十二日）在杭州繼續訪問行程，與浙江省藥品監督管理局會面。\n"
            "范婷醫生明日（五月二十三日）上午將前往寧波，參觀寧波大學附屬第一醫院，並於傍晚返港。\n完\n"
            "今日新聞　其他新聞\n．衞生防護中心調查一宗食物中毒個案\n．立法會十題：社區藥房服務\n回頁首\n此網站由政府新聞處管理\n")
    text = parse_document("hk.txt", page.encode("utf-8")).clean_text
    assert "返港" in text and "立法會十題" not in text and "食物中毒" not in text and "新聞處" not in text


def test_a_dateline_with_labelled_fields_and_a_date_line_with_its_read_count_are_the_byline():
    doc = parse_document("page.txt", "\n".join([
        "浙江在线", "首页 > 新闻中心 > 浙江新闻 > 市县新闻", "",
        "安吉：县疾控局与两家县级医院签约　推动医防协同走深走实", "",
        "浙江在线03月28日讯　　来源：浙江日报　　作者：记者 蒋萍 县委报道组 程玲", "2025-03-28 08:16　　阅读：3207", "",
        "　　3月26日（星期三）下午，安吉县疾病预防控制局与安吉县人民医院签订医防协同合作协议。副县长沈婷出席签约仪式。",
        "　　根据协议，县疾控局将向医院派驻公共卫生专员，双方在医院感染防控等方面开展深度合作。"]).encode("utf-8"))
    assert doc.published_date == date(2025, 3, 28) and doc.title.startswith("安吉：县疾控局")


def test_a_long_line_opening_on_a_date_and_time_then_labelled_fields_is_the_byline():
    doc = parse_document("page.txt", "\n".join([
        "Cyberspace Administration of China", "Home | News | Policies | Laws & Regulations | Reports",
        "Current location: Home > News", "",
        "CAC, four departments launch campaign against illegal online drug and medical information", "",
        "2024-08-28 15:04:12   Source: Cyberspace Administration of China   [Print] [Close]   Font size: Big Medium Small",
        "", "BEIJING -- The Cyberspace Administration of China (CAC) and four other departments launched a special "
        "campaign on Monday to clean up illegal information on drugs and medical services on the internet."]).encode())
    assert doc.published_date == date(2024, 8, 28)
    assert doc.clean_text.splitlines()[1].startswith("BEIJING -- ")


def test_latest_press_releases_head_a_list_of_links():
    assert is_related_heading("Latest Press Releases")


def test_a_labelled_newsletter_prompt_is_furniture():
    assert is_furniture("Newsletter: Get the Week in Review in your inbox every Monday. [Sign up]")
    assert not is_furniture("The newsletter said the agency would act on the findings next month.")


def test_a_row_of_buttons_with_send_is_furniture():
    assert is_furniture("[Video] [Comment] [Print] [Send] [Share to]")


def test_a_row_of_bracketed_fields_over_the_headline_dates_the_page():
    page = ("江苏省人民政府\n首页 > 新闻发布 > 新闻发布会 > 文字实录\n"
            "[ 江苏省人民政府新闻办公室 ] [ 2024-11-20 10:15 ] [ 浏览次数：2031 ] [ 字号：大 中 小 ] [ 打印 ] [ 关闭 ]\n\n"
            "“提升合理用药水平 遏制微生物耐药”新闻发布会文字实录\n\n"
            "　　主持人：各位记者朋友，大家上午好！欢迎参加今天的新闻发布会，今天发布会的主题是提升合理用药水平。\n")
    assert parse_document("page.txt", page.encode("utf-8")).published_date == date(2024, 11, 20)


def test_a_county_sites_bare_source_takes_the_county_its_masthead_names():
    doc = _text_page("临洮县人民政府门户网站", "首页 | 走进临洮 | 政务公开", "当前位置：首页 > 新闻中心 > 部门动态", "",
                     "县人大常委会视察全县药品安全工作", "来源：县人大常委会办公室　发布时间：2022年09月16日",
                     "9月14日至15日，县人大常委会主任王建军带领部分县人大常委会组成人员，对全县药品安全工作进行视察。")
    assert doc.source_name == "临洮县人大常委会办公室"


def test_an_autonomous_county_sites_source_takes_its_full_name():
    doc = _text_page("芷江侗族自治县人民政府", "首页 | 政务公开", "", "县医保局召开座谈会", "来源：县医疗保障局　发布时间：2023-03-22",
                     "3月21日上午，县医疗保障局召开定点零售药店纳入门诊统筹管理工作座谈会，听取意见建议。")
    assert doc.source_name == "芷江侗族自治县医疗保障局"


def test_an_article_source_line_under_the_headline_dates_the_page():
    page = ("MINISTRY OF COMMERCE PEOPLE'S REPUBLIC OF CHINA\nHome > News Release > Ministry Updates\n"
            "Vice Minister Guo Tingting Holds Roundtable with Foreign-funded Medical Device Enterprises\n"
            "Article Source: Department of Foreign Investment Administration    2024-04-19 10:32    [Large] [Medium] [Small]\n"
            "On April 17, 2024, Vice Minister of Commerce Guo Tingting presided over a roundtable with foreign-funded "
            "medical device enterprises in Beijing.\n")
    assert parse_document("page.txt", page.encode("utf-8")).published_date == date(2024, 4, 19)


def test_a_transcripts_question_after_a_reporter_label_is_body_text():
    assert not is_furniture("Reporter: Why was Paxlovid not included?")
    assert not is_furniture("记者：请问这次目录调整有哪些亮点？")
    assert is_furniture("Reporter: Wang Wei") and is_furniture("记者：王伟")


def test_a_chinese_pages_slashed_date_is_day_first_and_a_told_day_decides():
    macao = ("澳門特別行政區政府入口網站\n\n經科局舉辦推介會\n\n05/12/2023 17:42\n新聞來源：經濟及科技發展局\n\n"
             "經濟及科技發展局昨(4)日在廣州舉辦推介會，逾二百名業界人士出席。\n")
    assert parse_document("macao.txt", macao.encode()).published_date == date(2023, 12, 5)
    english = ("Ministry holds forum on drug regulation\n\n05/12/2023 17:42\n\nThe ministry held a forum in Beijing on "
               "Thursday on the regulation of innovative drugs.\n\nOfficials from ten provinces attended the forum.\n")
    assert parse_document("en.txt", english.encode()).published_date == date(2023, 5, 12)     # month first


def test_a_wires_end_marker_its_bracketed_authors_an_editor_in_charge_and_a_sites_undertaker_are_furniture():
    page = ("Cabinet approves biotech plan\n\n10/23/2025 06:12 PM\n\nTaipei, Oct. 23 (CNA) The Cabinet on Thursday "
            "approved a plan to promote the biotech industry.\n\nThe plan runs from 2026 to 2030.\n\n"
            "(By Chen Chun-hua and Sean Lin)\nEnditem/AW\n")
    doc = parse_document("cna.txt", page.encode())
    assert doc.clean_text.endswith("The plan runs from 2026 to 2030.")
    assert all(map(is_furniture, ["Editor in charge: Sun Wen", "Attachment: Chinese Medicine Development Plan (2025-2028) "
                                  "summary (PDF)", "ICP Registration Number: 05004093",
                                  "Undertaken by: Information Office of Ministry of Commerce"]))
    assert not is_furniture("The plan was undertaken by the commission in 2024 with two partners.")
    # an e-paper's page bar, an app's download prompt, an editor named after a space
    assert all(map(is_furniture, ["版面：A02 澳聞　｜　上一版　下一版", "下载川观新闻APP，了解更多四川资讯",
                                  "Sponsor: General Office of the People's Government of Heilongjiang Province"]))
    page = "四川医保召开动员会\n\n2024-07-05 10:12\n\n7月4日，四川省医疗保障局在成都召开自查自纠动员会。\n\n会议要求压实主体责任。\n（编辑 陈曦）\n"
    assert parse_document("sc.txt", page.encode()).clean_text.endswith("会议要求压实主体责任。")


def test_govhks_list_of_todays_news_closes_the_page():
    assert is_related_heading("今日新聞") and is_related_heading("Today's Press Releases")
    assert not is_related_heading("今日新闻发布会上，局长表示")
    page = ("醫務衞生局局長會見傳媒談話內容\n\n2025年6月14日\n\n醫務衞生局局長盧寵茂今日出席活動後會見傳媒。\n\n"
            "他表示政府會推展第一層審批。\n完\n今日新聞\n2025年6月13日 醫務衞生局局長出席立法會衞生事務委員會會議\n")
    assert "立法會" not in parse_document("hk.txt", page.encode()).clean_text


def test_a_wires_reporting_and_editing_credits_and_govcns_registration_number_are_furniture():
    assert is_furniture("Reporting by Kevin Huang in Shanghai and Liz Tan in Beijing; Editing by Sonali Rao")
    assert is_furniture("Additional reporting by Liz Tan") and is_furniture("Registration Number: 05070218")
    assert not is_furniture("Reporting by state media said the plan was approved.")
    assert not is_furniture("Registration Number: S20230001")     # a drug's, letters and all
    assert is_furniture("Contact the writers at wangxiaoyu@chinadaily.com.cn") and is_furniture("返回新聞列表")
    assert is_furniture("Click: 1,086") and not is_furniture("Click: the new system lets patients book online.")
