"""The outlet that published or supplied a page ("来源:制药网", "Source: Xinhua", a wire byline).

Evidence is tried from the most to the least explicit: a labelled source field, a wire
byline opening the body, an outlet credited in the headline, the copyright owner, a
"据…消息" attribution, a bare name in the byline block, the site's logo line.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipelines.clean.furniture import BULLET, CJK, fold, is_furniture
from pipelines.clean.layout import PageLayout, names_organisation
from pipelines.clean.outlet_names import BYLINE_OUTLETS, DOMAIN_NAMES
from pipelines.clean.pubdate import MONTH_NAME
from pipelines.extract.text import strip_pinyin

# Any spelling of the label, case included, that `_LABEL` can match: a cheap scan of a whole page.
_LABEL_HINT = re.compile(r"来\s*源|來\s*源|S[Oo][Uu][Rr][Cc][Ee]|s[Oo][Uu][Rr][Cc][Ee]")  # each opening with a literal: scanned at C speed
_LABEL = re.compile(r"(?:^|[\s/|•·(（\[【])(?:本文|文章|稿件|信息|新闻|新聞|消息)?(?:来\s*源|來\s*源|source)\s*[:：]\s*(?P<v>.+)", re.I)   # (spaced to a column: 来　　源：)
# The site's sponsor in a footer ("主办单位：某某局", "Sponsored by …"): the publisher of a government site.
_SPONSOR = re.compile(r"(?:^|\s)(?:主办单位|主辦單位|主办|主辦|sponsored by|hosted by)\s*[:：]?\s*(?P<v>.+)", re.I)
# A bare domain as a byline field ("By X | chinadaily.com.cn | Updated …"): the outlet's own name for itself.
_DOMAIN = re.compile(r"(?:^|(?<=[\s|]))(?P<d>(?:[a-z0-9-]+\.)+(?:com|cn|net|org|gov|hk|tw)(?:\.[a-z]{2})?)(?=$|[\s|])", re.I)
# A value ends where the next field of the info line begins.
_VALUE_END = re.compile(
    r"\s{2,}|\s*\||\s/\s|[,，;；]|\s(?=(?:作者|编辑|责任编辑|浏览|点击|阅读|时间|发布|author|editor|views?|date|published)\b)"
    r"|\s+[^\s:：]{1,12}\s*[:：]"
    r"|(?:作者|编辑|責任編輯|责任编辑|浏览|瀏覽|点击|點擊|阅读|閱讀|时间|時間|发布|發布|字号)|\s\d", re.I)
_GENERIC = {"internet", "网络", "網絡", "互联网", "本站", "本网", "原创", "综合", "网友投稿", "admin", "user", "网络整理",
            "网友", "未知", "unknown", "web", "online", "转载"}
_EN_WIRE = re.compile(
    rf"^\((?P<paren>[A-Z][\w .&'-]{{1,40}})\)|^(?P<name>[A-Z][\w.&' -]{{1,50}}?),\s+(?:[A-Z][A-Za-z]+,\s+)?{MONTH_NAME}\s+\d{{1,2}}\b")
# "新华社北京5月10日电", and in brackets with the reporter: "（中央社記者齊倩香港12日電）"
_ZH_WIRE = re.compile(
    r"^[（(]?(?P<name>[\u4e00-\u9fff]{2,12}?(?:通讯社|新闻社|社|网|網|日报|日報|晚报|晚報|报|報|电视台|電視台|台))"
    r"(?:(?:记者|記者)[\u4e00-\u9fff]{2,4}?)?(?:[\u4e00-\u9fff]{2,3})?(?:\d{1,2}月)?(?:\d{1,2}日)?\s*(?:专|專)?(?:电|電|讯|訊)")
# A paper's own credit opening its story: "【明報專訊】", "【星島日報報道】"
_ZH_BRACKET_CREDIT = re.compile(
    r"^【(?P<name>[\u4e00-\u9fff]{1,8}?(?:日报|日報|报|報|网|網|社|台))(?:报道|報道|专讯|專訊|讯|訊)】")
# An outlet heading a byline's fields: "經濟日報／ 記者林宸誼／即時報導", "中央社／ 台北12日電"
_ZH_BYLINE_CREDIT = re.compile(
    r"(?:^|\s)(?P<name>[\u4e00-\u9fff]{2,10}?(?:通讯社|通訊社|社|日报|日報|报|報|网|網|台))\s*[／/]\s*"
    r"(?:记者|記者|[\u4e00-\u9fff]{2,3}\d{1,2}日\s*(?:专|專)?(?:电|電))")
_ZH_ACCORDING = re.compile(r"^[据據]\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,16}?(?:网站|網站|网|網|报|報|社|台)?)(?:消息|报道|報道)")
_HEADLINE_CREDIT = re.compile(r"[(（](?P<name>[\u4e00-\u9fff]{2,10}?(?:日报|日報|晚报|晚報|报|報|网|網|社))")
_COPYRIGHT = re.compile(
    r"(?:©|copyright\s*(?:©|\(c\)|(?=\d{4}))|版权所有|版權所有)\s*(?:©|\(c\)|c(?=\s*\d{4}))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?!c\s*\d{4})(?P<name>[^\W\d_][^.,;|©]{1,59})", re.I)
_ZH_RIGHTS = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,12}?)所(?:刊载|刊登|发布)")
_LOGO = re.compile(r"^(?P<name>.{2,40}?)\s+logo$", re.I)
_TRAILING_NAME = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,12}(?:局|部|委|网|網|报|報|社|办|辦|院|会|會|中心|台))\s*$")
_BEIJING_ONLY = re.compile(r"^[A-Z]{3,}$")  # "BEIJING, Jan. 27": a city, not an outlet
# The wire credited after the dateline: "BEIJING, Jan. 3 (Xinhua) --".
_EN_WIRE_CREDIT = re.compile(
    rf"^[A-Z][\w.' -]{{1,40}},\s+(?:[A-Z][A-Za-z]+,\s+)?{MONTH_NAME}\s+\d{{1,2}}\s*(?:\((?P<name>[A-Z][\w .&'-]{{1,40}})\)\s*(?:--|—|–|-)|\((?P<caps>[A-Z]{{2,10}})\)\s+(?=[A-Z]))")   # ("Taipei, June 18 (CNA) Taiwan's")
# "By Global Times": a byline naming an outlet rather than a person.
_BY_OUTLET = re.compile(r"^by\s+(?P<name>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}"
                        r"\s+(?:Times|Daily|News|Post|Net|Online|Agency|Network|Global|Journal|Press|Herald|Weekly))\s*$",
                        re.I)
# A 来源 naming an internal division of the site's own agency ("来源：综合处"): the site's owner is the outlet.
_DIVISION = re.compile(r"^(?!.*(?:局|委|部|厅|院|政府|中心|司))[\u4e00-\u9fff、和与]{1,16}(?:处|科|室|股)$")
_EDITION = re.compile(r"\s+(?:english|english edition|english version|中文|中文版)$", re.I)


def _tidy(value: str) -> str | None:
    value = _VALUE_END.split(strip_pinyin(value.strip()), maxsplit=1)[0].strip(" :：-—()（）[]【】\"'“”")
    if not value or value.lower() in _GENERIC or len(value) > 80:
        return None
    return value


def labelled_source(lines: list[str]) -> str | None:
    """The first labelled source field ("来源:制药网", "Source: Xinhua") among `lines`."""
    for line in lines:
        if ":" not in line and "：" not in line:
            continue    # no field without its colon (a paragraph naming its sources: the search would try every position)
        if "凡本" in line or "注明" in line:  # the site's reprint notice quotes its own label
            continue
        m = _LABEL.search(BULLET.sub("", line.strip()))
        if m and (name := _tidy(m.group("v"))):
            return name
    return None


def labelled_source_in(text: str) -> str | None:
    """`labelled_source` over the lines of a whole page text, reading only the lines with a label."""
    lines = []
    for hint in _LABEL_HINT.finditer(text):
        start = text.rfind("\n", 0, hint.start()) + 1
        if lines and start == lines[-1][0]:
            continue  # a second label on the same line
        end = text.find("\n", hint.end())
        lines.append((start, text[start:end if end >= 0 else len(text)]))
    return labelled_source([line for _, line in lines])


def _credited(m: re.Match) -> str:
    """The wire an `_EN_WIRE_CREDIT` match credits, with a dash after it or in capitals without one."""
    return (m.group("name") or m.group("caps")).strip()


def _wire(paragraphs: list[str]) -> str | None:
    for para in paragraphs[:2]:
        text = para.strip()
        if m := _EN_WIRE_CREDIT.match(text):
            return _credited(m)
        m = _EN_WIRE.match(text)
        if m and m.group("paren") and (inner := _EN_WIRE_CREDIT.match(text[m.end():].lstrip(" -—–"))):
            return _credited(inner)     # "(ECNS) -- BEIJING, Sept. 8 (Xinhua) --"
        if m:
            name = (m.group("paren") or m.group("name") or "").strip()
            # (a credit in brackets is an outlet, "(ECNS) --"; a capitalised word before the date, a city)
            if name and (m.group("paren") or not _BEIJING_ONLY.match(name)) and len(name.split()) <= 6:
                return name
        m = _ZH_WIRE.match(text) or _ZH_BRACKET_CREDIT.match(text)
        if m and not m.group("name").startswith(("本报", "本報", "本网", "本網", "本台")):
            return m.group("name")
    return None


def _according_to(paragraphs: list[str]) -> str | None:
    for para in paragraphs[:2]:
        m = _ZH_ACCORDING.match(para.strip())
        if m:
            return m.group("name")
    return None


_NO_REPRINT = ("不得", "翻印", "违者", "違者", "未经", "未經", "禁止", "转载", "轉載")    # "版權所有 不得轉載": no owner named
# Chinese may name the owner first ("中国医药报社 版权所有"): a weaker sign than a name after the notice.
_OWNER_FIRST = re.compile(r"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff（）]{1,30})\s*[‧·•]?\s*(?:版权所有|版權所有)")
# What a footer puts after a rights notice that names no one: a licence number, an address, a link.
_NOT_AN_OWNER = re.compile(r"icp|[:：]|[备備]\d|\d{5}", re.I)
# A company owning the rights is the outlet's publisher, not the outlet ("Questex LLC" for Fierce Pharma).
_COMPANY = re.compile(r"\b(?:LLC|Ltd|Limited|Inc|Incorporated|Corporation|Corp|Holdings|PLC)\b\.?|有限公司|控股")


def _copyright(lines: list[str]) -> str | None:
    for line in lines:
        folded = line.strip()
        m = _ZH_RIGHTS.match(folded)
        if m:
            return m.group("name")
        m = _COPYRIGHT.search(folded)
        while m and m.group("name").lower().startswith("copyright"):
            m = _COPYRIGHT.search(folded, m.start("name"))    # "X版权所有 Copyright (C) Shenzhen Daily": the English credit
        if m:
            name = m.group("name").strip()
            name = re.split(r"\s+(?:all rights|未经|版权|保留)", name, flags=re.I)[0].strip()
            if CJK.search(name):
                name = name.split()[0]
            if name and not name.lower().startswith(("all rights", "by ")) and not name.startswith(_NO_REPRINT) \
                    and not _NOT_AN_OWNER.search(name) and not is_furniture(name):
                return name
    return None


def _owner_first(lines: list[str]) -> str | None:
    for line in lines:
        if m := _OWNER_FIRST.search(line.strip()):
            return m.group("name")
    return None


def _sponsor(lines: list[str]) -> str | None:
    for line in lines:
        if (m := _SPONSOR.search(line.strip())) and (name := _tidy(m.group("v"))):
            return name
    return None


def outlet_of_domain(domain: str) -> str:
    """The outlet a known domain stands for (its longest known suffix), else the domain itself."""
    parts = domain.lower().removeprefix("www.").split(".")
    for i in range(len(parts) - 1):
        if name := DOMAIN_NAMES.get(".".join(parts[i:])):
            return name
    return domain


def _byline_domain(byline: tuple[str, ...]) -> str | None:
    for line in byline:
        if m := _DOMAIN.search(line):
            return outlet_of_domain(m.group("d"))
    return None


@lru_cache(maxsize=1)
def _known_outlet() -> re.Pattern:
    names = sorted(BYLINE_OUTLETS, key=len, reverse=True)  # "Xinhua News Agency" before "Xinhua"
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(map(re.escape, names)) + r")(?![A-Za-z])")


def _byline_outlet(byline: tuple[str, ...]) -> str | None:
    """A well-known outlet named in the byline block, or a "By <Outlet>" credit."""
    for line in byline:
        core = BULLET.sub("", line).strip()
        if m := _BY_OUTLET.match(core) or _ZH_BYLINE_CREDIT.search(core):
            return m.group("name")
        if m := _known_outlet().search(core):
            return m.group(0)
    return None


# A logo line in both scripts: "香港經濟日報 hket.com", "GovHK 香港政府一站通"
_BILINGUAL = re.compile(r"^(?P<zh>[\u4e00-\u9fff]{2,12}(?:日报|日報|报|報|网|網|社|台|公报|公報))\s+[A-Za-z]"
                        r"|^(?P<en>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3})\s+[\u4e00-\u9fff]")


def _site_name(masthead: tuple[str, ...], chinese: bool) -> str | None:
    """The site's name line opening the masthead, above its menu or navigation trail ("CCTV.com English");
    of a logo in both scripts, the name in the page's."""
    if not masthead:
        return None
    name = BULLET.sub("", masthead[0]).strip()
    if (m := _BILINGUAL.match(name)) and m.group("zh" if chinese else "en"):
        return m.group("zh" if chinese else "en")
    if is_furniture(name) or re.search(r"[\d。，,；;!?！？:：|>]", name) or len(name.split()) > 8 or len(name) > 60:
        return None
    title_case = not CJK.search(name) and all(w[0].isupper() for w in name.split() if w.isalpha() and len(w) > 3)
    if names_organisation(name) or title_case and len(masthead) > 1 and is_furniture(masthead[1]):
        return _EDITION.sub("", name)
    return None


def _byline_name(byline: tuple[str, ...]) -> str | None:
    for line in byline:
        core = BULLET.sub("", line).strip()
        m = _TRAILING_NAME.search(core)
        if m and re.search(r"\d", core):  # trails a date/counter on the info line
            return m.group("name")
    for line in byline:
        core = BULLET.sub("", line).strip()
        if core and not is_furniture(line) and not re.search(r"[\d:：]", core) and len(core.split()) == 1 \
                and (not CJK.search(core) or names_organisation(core)):   # (not a section's heading: 引言)
            return core  # a lone name under the headline is the outlet; two words are usually an author
    return None


# A county's or district's site names its bodies bare ("来源：县市场监管局", "来源：区科技局"); its masthead or footer
# names the county ("临洮县人民政府门户网站", "广州市黄埔区人民政府", "主办单位：临洮县人民政府办公室")
_BARE_LOCAL_SOURCE = re.compile(r"^[县区](?=[\u4e00-\u9fff]{2})")
_SITE_COUNTY = re.compile(r"(?:[\u4e00-\u9fff]{2,4}[市州])?(?P<county>[\u4e00-\u9fff]{2,6}?自治县|[\u4e00-\u9fff]{1,4}?[县区])"
                          r"(?:人民政府|政府)")     # (an autonomous county's name is long: 芷江侗族自治县)


def _placed(name: str, layout: PageLayout) -> str:
    """A bare county body as a source, with the county its site's masthead or footer names (临洮县人大常委会办公室)."""
    if _BARE_LOCAL_SOURCE.match(name):
        for line in layout.masthead + layout.tail:
            if m := _SITE_COUNTY.search(line):
                return m.group("county") + name[1:]
    return name


def source_name(layout: PageLayout) -> str | None:
    """The outlet the page names as publisher or supplier, or None."""
    body_head = list(layout.body[:3])
    every_line = list(layout.byline) + list(layout.masthead) + list(layout.body) + list(layout.tail)
    division = None
    if name := labelled_source(list(layout.byline) + list(layout.masthead) + body_head + list(layout.tail)):
        if not _DIVISION.match(name):
            return _placed(name, layout)
        division = name
    if name := _wire(list(layout.body[:2])):
        return name
    if name := _byline_outlet(layout.byline):
        return name
    if layout.headline and (m := _HEADLINE_CREDIT.search(layout.headline)):
        return m.group("name")
    if name := _byline_domain(layout.byline):
        return name
    company = None
    if name := _copyright(list(layout.tail) + list(layout.masthead)):
        if not _COMPANY.search(name):
            return name
        company = name
    if name := _sponsor(list(layout.tail) + list(layout.masthead)):
        return name
    if name := _according_to(list(layout.body[:2])):
        return name
    if name := _byline_name(layout.byline):
        return name
    for line in layout.masthead + layout.tail:
        if m := _LOGO.match(BULLET.sub("", fold(line))):
            return BULLET.sub("", line).strip()[: len(m.group("name"))]
    chinese = bool(layout.body and CJK.search(layout.body[0]))
    return (_site_name(layout.masthead, chinese) or company or _owner_first(list(layout.tail))
            or labelled_source(every_line) or division)
