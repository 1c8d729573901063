"""Events: the meetings, briefings, visits, signings and releases a document reports.

An event is recorded where a sentence names a kind of event *and* says it took place
(`data/event_triggers.yaml`): "the meeting emphasized" or "the spirit of the Plenary
Session" name an event without reporting one. Mentions of the same kind whose dates agree
are one occurrence (a headline, its lead and "the symposium" later on), so a document
yields one entry per occurrence. Releases come from the directives found, when a sentence
that names the directive says it was issued.

Attendees are the people of an event's sentences, those of a later sentence that says they took
part ("Vice Mayor X accompanied the team", "李利作工作报告"), and, on a press conference's page,
those of its header and transcript lines ("Speakers:", "主持人：…", "米锋："); officials a page quotes
("X, director of ..., said") spoke at the first event it reports.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property, lru_cache
from typing import NamedTuple

import ahocorasick

from pipelines.extract.agencies import AgencyRegistry
from pipelines.extract.dates import find_dates, is_dateline
from pipelines.extract.directives import FORWARDING
from pipelines.extract.model import (
    Agency,
    AgencyMention,
    DateMention,
    Directive,
    Event,
    EventAttendee,
    Evidence,
    PersonMention,
    directive_key,
)
from pipelines.extract.people import ends_with_zh_title, short_name, wire_services
from pipelines.extract.places import Place, places_abroad
from pipelines.extract.resources import load_yaml
from pipelines.extract.text import WEEKDAY_WORD, NormalizedText, fold, matches_from, to_simplified


def _gated(first: str, pattern: str) -> re.Pattern[str]:
    """A case-insensitive pattern tried only where one of the characters `first` stands (every match starts
    with one). Under IGNORECASE sre has no fast scan to a candidate: each position of a sentence would try
    every alternative in turn."""
    return re.compile(f"(?=[{first}])(?:{pattern})", re.I)


def _word_gated(letters: str, hanzi: str, pattern: str) -> re.Pattern[str]:
    """`_gated` for a pattern whose English alternatives each open on a word boundary: tried only at the start of
    a word opening on one of `letters`, or where one of `hanzi` stands. The boundary, tested first, passes over
    the positions within a word at once (a third less time on an English sentence)."""
    at_hanzi = f"|(?=[{hanzi}])" if hanzi else ""
    return re.compile(f"(?:\\b(?=[{letters}]){at_hanzi})(?:{pattern})", re.I)


_ROLE_CUES = [
    ("host", _gated("hmce主", r"\b(?:hosts?|moderators?|chairpersons?|chair|emcees?)\s*[:：]|主持人")),   # "Host:" line
    ("presider", _gated("pc主", r"\bpresid(?:ed|es|ing)\b|\bchair(?:ed|s|ing)\b|主持")),   # not "President", "Chairman"
    ("speaker", _gated("sarb讲致发介", r"speech|spoke|address|remarks|briefed|讲话|致辞|发言|介绍")),
    ("received", _gated("dl率来", r"delegation|led by|率团|来访")),
]
_FUTURE_BEFORE = {"en": re.compile(r"\b(?:will|shall|must|should|may|can|could|would|to)\s+(?:also\s+)?(?:be\s+)?$|\b(?:is|are)\s+(?:scheduled|expected|set|due|"
                                   r"planned)\s+to\s+(?:be\s+)?$", re.I),
                  "zh": re.compile(r"(?:将|拟|计划|即将|预计|预定|定于|适时|于(?:下半年|年内|年底)|同意(?=[于在])|明年|明[(（]\d+[)）]年"
                                   r"|(?<![许认])可(?![及持行控靠])以?|每(?:[一二三四五六七八九十两\d]+个?)?(?:季度|半年|年|月|周|星期)|定期"
                                   r"|(?<![大开年例晚集议社学协公工全省市会])会(?=为|向|再|继续))[^，。；、,;\n”\"]{0,12}$"   # (Hong Kong's "会为业界举办简介会": will hold)
                                   r"|(?<![主重需纲])要(?:[在于][^，。；、,;\n]{0,8})?$"
                                   # (days and places listed: "将分别于本月20日在台中市、21日在高雄市举办")
                                   r"|将分别[于在][^，。；,;\n”\"]{0,30}$")}   # (可: may, not did;
# 定于14日下午举行: scheduled; 每季度召开一次会议, 每三个月举行会议: what a mechanism is to do, none held; 要在一周内召开: to be done,
# not "要用好本月16日…召开的…大会成果"; nor a word of a quoted name: "“创新药械：从研发到可及”分论坛…举行")
_FUTURE_REACH = 40     # characters before a verb searched for a cue (each cue's own bounds keep it near the verb)
# ...and a release yet to come: "will be issued", "年内出台《X》"
_RELEASE_TO_COME = {"en": re.compile(r"\b(?:will|shall|would)\s+(?:also\s+)?(?:soon\s+)?(?:be\s+)?$|\b(?:is|are)\s+(?:scheduled|"
                                    r"expected|set|due|planned)\s+to\s+(?:be\s+)?$", re.I),
                    "zh": re.compile(r"(?:将|拟|计划|即将|年内|年底前|今年内)[^，。；、,;\n]{0,8}$")}
# Before the noun of what followed a meeting reported: "院會後記者會", "the post-Cabinet press conference"
_AFTER_A_MEETING = re.compile(r"(?:院会|会议|会)后$|\bpost-(?:cabinet|meeting|session)\s+$", re.I)
# ...or told in a clause of what is to come after what was done: ", under which the two sides will … hold a drill"
_AGREED_TO = re.compile(r"\b(?:agreed|decided|pledged|vowed|promised|resolved)\s+to\s+$")    # (lower-cased view)
_FUTURE_CLAUSE = re.compile(r",\s+(?:under\s+which|in\s+which|by\s+which|which|where)\s+[^.;]*?\bwill\b", re.I)
_RULE_ARTICLE = re.compile(r"\s*第[一二三四五六七八九十百零〇\d]+条")
_QUOTED_KIND = re.compile(r"[」”\"』]")
_QUOTE_OPEN = re.compile(r"[「“\"『][^「“\"『」”』，。,]{0,8}$")
# "在记者会上" / "记者会上，" opening a clause: at the event named, already reported
_IN_THE_ZH = re.compile(r"(?:在|从|^|[。,;\n])$")    # (on the folded view: ，and ；are , and ;; 记者从发布会上获悉)
# "the 13th session of the Standing Committee of ...", "a plenary meeting of the State Council": the body's own
_MEETING_OF = re.compile(r"\b(?:session|meeting|sitting)\s+of\s+(?:the\s+)?$", re.I)
_ACCOMPANYING = re.compile(r"[^，。；,;]{0,24}陪同下")
# ...and an English sentence opening on them: "Accompanied by Wang Lixin, deputy director of the X, Hasbagan visited"
_ACCOMPANIED_BY = re.compile(r"\W*(?:[A-Z][\w ]{0,40},\s+)?[Aa]ccompanied\s+by\s+[^;.]{0,120}$")
# An agency told to act ("authorizing the State Council to", "责成省药监局"): the object of a decision, not a host
_OBJECT_OF = re.compile(r"\b(?:authori[sz]|entrust|instruct)\w*\s+(?:the\s+)?$|(?:授权|委托|责成)$", re.I)
_UNDERTAKEN_BY = re.compile(r"\bundertaken\s+by\s+(?:the\s+)?(?:[^,.;]{0,60}\s+and\s+(?:the\s+)?)?$|承办单位[:：]?$", re.I)
_BY_AGENCY = re.compile(r"(?:\bby|\bOrganized by|由|主办单位[:：]?)\s*(?:the\s+)?$", re.I)
# The body a visit goes to receives it: "the delegation visited the NIFDC", "visited the MHRA's NIBSC", "代表团参观了
# 中检院" (not the body owning it: "the MHRA's"; not 访问, which names a whole trip, its visitors' own)
_VISITED = re.compile(r"\b(?:visited|toured|called\s+on|visit\s+to|tour\s+of)\s+(?:the\s+)?"
                      r"(?:[A-Z][\w-]*['’]s\s+)?$|参观了?$", re.I)
_POSSESSIVE_NEXT = re.compile(r"['’]s\b")
# A trip's delegation, the subject of one of its stops
_THE_DELEGATION = re.compile(r"\bthe\s+delegation\b|代表团|一行", re.I)
# "issued by the X": X issued a directive the sentence mentions; it neither hosts nor attends the event.
_ISSUED_BY = _gated("irpfads印发出制", r"(?:issued|released|published|promulgated|formulated|adopted|drafted|proposed|submitted)\s+"
                                     r"(?:jointly\s+)?by\s+(?:the\s+)?$|(?:印发|发布|出台|制定)的?$")
# ...and before it: "为落实中共中央、国务院印发的《X》", the issuers of a document cited, no party to the event
_ISSUER_OF_CITED = re.compile(r"(?:[、和与及][^，。；、]{1,16}?)*(?:联合|共同)?(?:印发|发布|出台|制定|颁布)的《")
# Between two agencies of one list ("co-hosted by A and B", "A、B联合主办", "by A (its alias), B"): the second shares
# the first's role.
_AGENCY_JOINER = re.compile(r"^\s*(?:[(（][^()（）]{1,40}[)）])?[\s,，、()（）]*(?:(?:and|&|as well as|together with|jointly with)\s+)?"
                            r"(?:the\s+)?$"
                            r"|^\s*[和与及]\s*$"
                            r"|^\s*,?\s*(?:and|with)\s+(?:\w+\s+){0,2}other\s+(?:departments|agencies|ministries|bodies|"
                            r"organi[sz]ations)\s*,?\s*(?:including|such\s+as|namely)\s+(?:the\s+)?$", re.I)
# The last of these before a Chinese event noun is where the event's name starts.
_COUNT_OF_TIMES = re.compile(r"[一二两三四五六七八九十百\d]+次$")
_CONVENED_BEFORE = re.compile(r"(?:召开|举行|举办)[^，。；,;]{0,40}$")
_QUALIFIER_BEFORE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[）)]$")
_HOLDS_ANOTHER_ZH = re.compile(r"(?:还|也|同期|期间)?(?:举办|举行|召开)了?")
_SESSION_NAMED_AFTER = re.compile(r"[“\"][^“”\"\n]{2,40}[”\"](?:分|专题|平行|主题)?(?=论坛|研讨会|会议|座谈会|对话会|圆桌)")
_QUOTED_TOPIC_BEFORE = re.compile(r"“[^“”\n]{2,40}”(?:专题|主题|分)?$")
_NAME_START_ZH = re.compile(r"召开|举行|举办|办理|主办|出席|参加|主持|担任|在|了|的|和|与|及|[、,，。；;:：“”\"《》()（）\s]")
_ISSUING_WRAPPER = _gated("印转發发轉oipf", r"印发|转发|發布|发布|印發|轉發|\b(?:on )?(?:issuing|printing and distributing|forwarding)\b")
# Dates that say when a rule applies or a deadline falls, not when anything happened.
_ISSUED_ASIDE = re.compile(r",\s*(?:which\s+(?:was|were)\s+)?(?:jointly\s+)?(?:issued|released|published|promulgated|adopted)\s+by\b", re.I)
_NOT_EVENT_DATE = _gated("eifudbs施实执截有", r"(?:effect|force|implemented|enforced|until|deadline|before|due\s+(?:by|on)|submitted\s+(?:\w+\s+){0,4}by"
                                      r"|starting|beginning|施行|实施|执行至|截至|截止|有效期)"     # ("under control starting July 1";
                                      # "明确谈判药品协议有效期为2020年1月1日至…": how long what it sets runs)
                                      r"[^.。;；,，]{0,12}$"
                                      # ("the mechanism that took effect in Hong Kong on November 1 last year")
                                      r"|effect\s+in\s+[^.。;；,，]{1,25}$")
# ...or when what a directive requires applies from: "issued the Notice …, requiring all pharmacies to scan codes from July 1"
_REQUIRED_FROM = re.compile(r"\b(?:requiring|requires|required|asking|ordering|mandating)\b[^.;]{0,100}\bfrom\s+$")
# ...and a date followed by these is when something starts applying ("自11月1日起实施", "from June 1 onwards").
_FROM_DATE = re.compile(r"\s*(?:起(?!一连|连续|为期)|开始施行|开始实施|onwards?\b|(?:之|以)?前(?!往|夕))", re.I)
# (or a deadline: "于6月30日前将阶段性工作总结报送省药监局", "于7月31日前逐项研究答复"; not 前往, gone to, nor 前夕, its eve)
# (no digit before: checked after the year, as a pattern opening with a lookbehind is tried at every position)
_YEAR = re.compile(r"((?:19|20)\d\d)(?<!\d{5})(?:年|(?!\d))")
# A directive named after these is cited (in force, being implemented, to be revised), not issued now.
_CITING_BEFORE = {
    "en": re.compile(r"\b(?:implement(?:ing|ation\s+of)|under|according\s+to|in\s+line\s+with|in\s+accordance\s+with"
                     r"|pursuant\s+to|follow(?:s|ed|ing)?|based\s+on|in\s+the\s+spirit\s+of"
                     # (not "issued the revised X": an adjective there)
                     r"|(?<!the\s)(?<!\ba\s)(?<!its\s)(?<!draft\s)revis(?:e|ed|ing|ion\s+of)"
                     r"|amend(?:ing|ment\s+of)|enforc(?:e|ing|ement\s+of)|as\s+required\s+by|set\s+out\s+in|since)"
                     r"\s+(?:(?:the|its|their|revised|new|current)\s+)*[“\"]?$", re.I),
    "zh": re.compile(r"(?:贯彻|落实|推进|推动|加快|按照|根据|依据|依照|遵照|执行|实施|学习|宣贯|对照|修订|修改|起草|参照|围绕|依托|对标)"
                     r"(?:好|了)?[《“\"]?$"),
}
# ...and a title followed by these is the subject of what it says, or dates a period since it.
_CITING_AFTER = {"en": re.compile(r"^[”\"]?\s*(?:requires?|stipulates?|says|states|calls\s+for)\b", re.I),
                 "zh": re.compile(r"^[》”\"]?(?:实施|出台|印发|发布|施行)?(?:以来|要求|规定|明确|提出|精神|部署)")}
# What may stand between an issuing verb and its object ("issued the revised", "印发了《"), including
# a notice that carries it ("issued the Notice on Issuing the X", "印发《关于印发X").
# The kinds of document a title's object may be called before it ("a draft guideline titled X", "a work plan, the X")
_DOCUMENT_KINDS_EN = r"document|guidelines?|plan|notice|circular|regulations?|rules|measures|opinions|standards?|provisions"
_VERB_TO_OBJECT = {"en": re.compile(r"^\s*(?:(?:the|a|an|its|their|new|revised|draft|final|finali[sz]ed|amended|updated|official"
                                    r"|first(?:-ever)?|inaugural|latest)\s+|\w+ly\s+"   # ("released its first-ever X List")
                                    r"|(?:on\s+\w+day|yesterday|today)\s+"  # "made public on Monday the X"
                                    r"|(?:version|edition|draft)\s+of\s+"  # "issued a revised version (draft) of the X"
                                    r"|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
                                    r"\s+batch\s+of\s+"   # "released the second batch of the Catalogue of X"
                                    r"|(?:country|nation|city|province|region)['’]s\s+"  # "released the country's 2025 X"
                                    r"|in\s+"  # "the results were published in the Notice on X"
                                    # "issued, on behalf of the alliance, the X"
                                    r"|,\s*(?:on\s+behalf\s+of|together\s+with|jointly\s+with|in\s+conjunction\s+with)\s+[^,.;]{1,80},\s*"
                                    # "released for public comment a draft revision of the X"
                                    r"|for\s+(?:public\s+)?comments?\s+|(?:revision|amendment)s?\s+(?:to|of)\s+"
                                    # "published a draft guideline titled X"
                                    rf"|(?:{_DOCUMENT_KINDS_EN})\s+(?:titled|entitled|called|named)\s+"
                                    # "issued a three-year work plan, the Shandong Work Plan for X": the kind, then its title
                                    rf"|(?:[\w-]+\s+){{0,3}}(?:{_DOCUMENT_KINDS_EN}|policy)\s*,\s*"
                                    r"|[“\"《]\s*(?:notice|circular)\s+on\s+(?:issuing|printing\s+and\s+distributing|"
                                    r"forwarding)\s+(?:the\s+)?"
                                    # (unquoted, a notice issuing it; one forwarding another is a release of its own)
                                    r"|(?:notice|circular)\s+on\s+(?:issuing|printing\s+and\s+distributing)\s+(?:the\s+)?"
                                    r")*[“\"《]?\s*$", re.I),
                   "zh": re.compile(r"^(?:了)?(?:由?[^，。；,;《]{1,60}?(?:订立|制定|发出|拟订)的)?(?:新?修订(?:后)?的|新版)?"   # ("刊登由管理局订立的《X》",
                                    # "会上印发了省医保局、省公安厅等联合制定的《X》")
                                    r"[《“\"「『\s]*(?:关于(?:印发|转发|发布))?[《“\"「『\s]*$")}
# A citation that tells the day it was issued: "根据7月10日国家医保局、人力资源社会保障部联合印发的《X》"
# (or "以本月12日上述14部门联合印发的《X》为抓手": this month's or last month's day)
_DAY_ISSUED_BEFORE_ZH = re.compile(r"(?:\d{1,2}|本|上)月\d{1,2}日[^，。；,;《]{0,30}?(?:印发|发布|出台|公布|颁布)的[《“\"「『\s]*$")
# "…近日联合印发的《X》": a title after 的 is the object of a verb that lately issued it
_OF_THE_TITLE_ZH = re.compile(r"的[《“\"「『\s]*$")
_RECENTLY_BEFORE_ZH = re.compile(r"(?:近日|日前|近期|今天|今日|昨天|昨日|会上|会议上|(?:\d{1,2}|本|上)月\d{1,2}日)"
                                 r"(?:[^，。；,;]{0,24}|[^，。；,;]{0,4}经[^，。；,;]{2,30})$")   # (…9月26日经省人大常委会…会议审议通过的《X》)
# (or at the meeting reported: "认真落实会上印发的《X》"; or on a day told: "国家药监局今年2月10日发布的《X》")
# The approval a Chinese title's release may be told after: "《X》，经市人民政府同意，", "《若干措施》经8月28日省政府第96次
# 常务会议审议通过，" (its day is the meeting's, not the release's).
_APPROVAL_ZH = r"[，,]?经[^，。；,;]{1,24}?(?:同意|批准|审议通过)[，,]"
_APPROVED_AFTER_ZH = re.compile(rf"[》”\"」』\s]*{_APPROVAL_ZH}")
# ...and between a title and a verb after it: only a passive ("X was issued"), or a time (《X》于…印发).
# (past an aside set off by commas: "The Regulations ..., signed by Premier Li in a State Council decree, were made public")
_OBJECT_TO_VERB = {"en": re.compile(r"^[”\"]?\s*(?:\([^()]{1,30}\))?\s*(?:,[^,.;\n]{1,80},)?\s*,?\s*(?:was|were|has\s+been|have\s+been|is|are)\s+"
                                    r"(?:\w+ly\s+|hereby\s+)?$"
                                    # "X, which Premier Li Qiang has signed a State Council decree to promulgate"
                                    r"|^[”\"]?\s*,\s*which\s+[^,.;\n]{1,60}?\bsigned\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:decree|order)\s+to\s+$",
                                    re.I),
                   "zh": re.compile(rf"^[》”\"」』\s]*(?:{_APPROVAL_ZH})?"   # (《X》，经市人民政府同意，于6月9日…印发)
                                    r"(?:正式|近日|日前|已经?(?:于(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日)?(?:正式)?|今天|今日|昨天|昨日"
                                    r"|于[^，。；,;]{1,14}?|(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日)?"   # (《若干措施》9月5日由…印发)
                                    r"(?:[经由](?:[^，。；,;]{1,14}?|[^，。；,;]{0,12}?(?:人大常委会|人民代表大会)[^，。；,;]{0,12}?))?$")}
# (a legislature's session named in full: 经十四届全国人大常委会第十五次会议审议通过)
# "the revised law", "新修订的": an issuing verb used as an adjective; "将加快出台": one not yet done.
_ADJECTIVAL_VERB = {"en": re.compile(r"\b(?:the|a|an|its|their|this|newly)\s+$|['’]s\s+$", re.I),   # ("Cambodia's amended Law")
                    "zh": re.compile(r"(?:将|拟|要|正在|即将|尚未|新|加快|抓紧|尽快|适时|争取|计划|研究|酝酿|加紧)$")}
# A sentence dated by the event just reported ("On the opening day, ... signed", 会上).
# A sentence dated a day from the event just reported ("开标前一日", "the next day").
_HELD_WORD = re.compile(r"召开|举行|举办|开幕")
_NEIGHBOUR_DAY = ((_gated("前tao", r"前一[日天]|the\s+(?:day\s+before|previous\s+day|eve\s+of)"
                                   r"|\b(?:a|one)\s+day\s+(?:(?:before|ahead\s+of)\s+(?:the|its)\b|earlier\b)"), -1),   # ("A day before the conference, Li visited …", "A day earlier, Li met …")
                  (_gated("次翌第tao", r"次日|翌日|第二天|the\s+(?:next|following)\s+day|\b(?:a|one)\s+day\s+(?:after\s+(?:the|its)\b|later\b)"), 1))
# "Welcome to this press conference": the event the page itself records, dated by the date line above it.
# ("this State Council policy briefing", "欢迎参加国家药监局今天举行的新闻发布会", a transcript's "今天，我们举行新闻发布会")
_THIS_EVENT = re.compile(r"\b(?:this|today's)\s+(?:[a-z][\w-]*\s+){0,3}$|(?:本次|这次|今[天日](?:举行|召开)?的)$"
                         r"|今[天日][，,]?我们(?:在这里)?(?:举行|召开)$", re.I)
# The label of a briefing header's date line: "Date: May 14, 2021", "时间：2017年4月21日".
_DATE_LABEL = re.compile(r"\s*(?:date|time|(?:发布会|会议|发布)?时间|日期)\s*[:：]\s*(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?,?\s*)?"
                         rf"(?:{WEEKDAY_WORD},?\s*)?$", re.I)   # ("Time: 3 pm, Thursday, ...")
_SAME_DAY = _word_gated("odtafbmel", "当同会期式论签仪活现结典", r"\b(?:on|during)\s+(?:the\s+)?(?:opening|first|same|closing|that)\s+day\b"
                                   # ("Earlier in the day, Li visited a biopharmaceutical company")
                                   r"|\b(?:earlier|later)\s+(?:in\s+the|that)\s+day\b"
                                   # ("Liu … made the remarks during an inspection tour in Beijing": the day he said it)
                                   r"|\bmade\s+the\s+(?:remarks|comments)\b"
                                   r"|\b(?:that|the\s+same)\s+(?:day|morning|afternoon|evening)\b"
                                   r"|\b(?:after|following|during|before)\s+the\s+(?:opening\s+|closing\s+|signing\s+|press\s+|news\s+)?"
                                   r"(?:meeting|talks|visit|trip|tour|conference|forum|ceremony|symposium|seminar|signing|summit)\b"
                                   r"|\bat\s+the\s+(?:opening|closing)\s+(?:ceremony|session)\b(?!\s+of\b)"   # (of what the report told opened)
                                   r"|\bon\s+the\s+sidelines\b|当天|当日|当晚|同日|同一天|会上|会前|会后|会见后|会谈后|会议期间|期间"
                                   r"|现场(?=(?:集中)?签约)"   # ("推介会上，…。现场集中签约26个项目": at the event)
                                   r"|(?:会见|会谈|会晤)[中时](?=[，,])"     # ("会见中，双方签署了《…》")
                                   r"|式上|式前|式后|(?<=幕)式中|仪式中|论坛上|签约前|签约后|签字前|签字后|签署前|签署后"
                                   r"|典礼[上后](?=[，,])"    # ("典礼上，研究院与…签署合作备忘录", "典礼后，…参观了")
                                   r"|(?:会|论坛|仪式|活动)结束后"     # ("论坛结束后，…会见了…代表团")
                                   # ("视察结束后，区政协召开座谈会": tried where 结 stands, as 调, 检 and 对 stand everywhere)
                                   r"|(?:(?<=视察)|(?<=调研)|(?<=考察)|(?<=检查)|(?<=对话)|(?<=会谈))结束后"
                                   r"|(?:活动|会议|论坛|大会|仪式)现场"     # ("活动现场举行了…签约仪式": at the event reported)
                                   r"|(?<![\u4e00-\u9fff])活动中(?=[，,])")     # ("活动中，…服务站揭牌": during it)
# ...and a briefing named with its host: "told a State Council Information Office news conference"
_TOLD_A = re.compile(r"\b(?:told|at)\s+(?:a|an|the)\s+$")
# A press conference quoted from, and the day its speakers were said to speak
_TOLD_A_CONFERENCE = re.compile(r"\b(?:told|said\s+at|speaking\s+at|at)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:news|press)\s+"
                                r"(?:conference|briefing)", re.I)
# What a rule requires ("应当…签订协议", "shall sign"), not what was done
_RULE_BEFORE = re.compile(r"\b(?:will\s+be\s+required|(?:is|are)\s+required|shall|must|should)\b")
# One of these stands in each of its matches: looked for first, as a pattern opening on \b is tried at every position
_RULE_WORDS = ("required", "shall", "must", "should")
_NORMATIVE = re.compile(r"应当|必须|须与|不得|(?<![供响相适反效对呼感])应(?![用对急邀届聘])[^，。；,;]{0,12}签"
                        r"|(?<![供响相适反效对呼感])应[^，。；,;]{0,24}?并(?:签订|签署)"   # (委托者应对受托业者进行评估并签订品质协议)
                        r"|\b(?:shall|must|should)\b", re.I)   # ("应检具双方签订之…协议书")
# Who wrote a directive, in an aside after its title: "The X, formulated by the NHC, ..."
_AUTHORED_BY = re.compile(r"(?:formulated|drafted|compiled)\s+(?:jointly\s+)?by\b", re.I)
# "a notice issued on Tuesday": the day of a directive's issue, not of the event the sentence reports
# From an event noun to its day: "press conference held by the Information Office of the … Government on "
_HELD_BY_THEN_DAY = re.compile(r"(?:[\w-]+\s+){1,3}?(?:held|hosted|convened|organi[sz]ed)\s+by\s+[^,.;]{2,100}?\s+(?:on\s+)?")
_OWN_CLAUSE_THEN_DAY = re.compile(r"[^,.;()]{0,100}?\s+on\s+")
_CLAUSE_BREAK = re.compile(r"[,;]")
# A meeting told as opening or closing on its day, right after its name ("The seminar opened on October 10", "closed in
# Beijing on Wednesday", 研讨会10日开幕), and the longest run of days two such tellings are taken to bound.
_EDGE_AFTER = {"en": re.compile(r"[^.;!?]{0,240}?\s(?:(?P<opened>opened|opens|kicked\s+off|kicks\s+off|began|begins)"
                                r"|(?P<closed>closed|closes|concluded|concludes|ended|ends|wrapped\s+up|wraps\s+up))"
                                r"\s+(?:in|on|at|yesterday|today|\w+day)\b", re.I),
               "zh": re.compile(r"[^，。；,;]{0,16}?(?:(?P<opened>开幕|开班|开营)|(?P<closed>闭幕|结业|闭班|落幕))")}
_LONGEST_RUN = timedelta(days=60)
# What a speaker said, after the event noun: "在记者会中说明，…"
_SAID_THEN_ZH = re.compile(r"(?:说明|表示|指出|介绍|强调|宣布)[，,:：]")
_AT_THE_EVENT_ZH = re.compile(r"[在于][^，。；,;]{0,24}$")
# A day told as that of what is still to come: "系统将于明(12)日上线"
_TO_COME_ON_ZH = re.compile(r"(?:将|拟|计划|预计)(?:于|在)?$")
# ...nor is a day of what it resolved: "召开「…协调会议」，决议由食药署与各县市卫生局自3月10日起至4月30日止，共同执行…"
_RESOLVED_ZH = re.compile(r"[，,；;](?:会议|会上|并)?(?:决议|议定|决定由|商定)")
_HELD_BEFORE = re.compile(r"\b(?:was|were)\s+held\b[^,.;]{0,30}?(?:\b(?:from|on|between)\s+)?$", re.I)
_STAY_FRAME = re.compile(r"\b(?:during|throughout)\s+(?:its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}(?:stay|visit|trip|tour)\b"
                         r"[^.;,]{0,30}$", re.I)
_ISSUED_ON_BEFORE = re.compile(r"\b(?:issued|released|published|promulgated)\s+(?:jointly\s+)?on\s+$")
# ...unless released there: "released on Monday at the opening of a two-day seminar", "published on May 8 at a press
# conference": that day is the event's too
_RELEASED_AT = re.compile(r",?\s+at\s+(?:the\s+(?:opening|start|close|end)\s+of\s+)?(?:a|an|the)\s", re.I)
# the day a report of the event came out: "according to a press release issued by DRAP here on Friday"
# (or "according to a statement on the MIIT's website on Friday")
_STATEMENT_ON_BEFORE = re.compile(r"\b(?:press\s+release|statement|readout|news\s+release)\s+(?:was\s+)?(?:issued|released|published)"
                                  r"(?:\s+by\s+[^,.;]{1,60}?)?\s+(?:here\s+)?on\s+$"
                                  r"|\baccording\s+to\s+(?:a|an|the|its)\s+(?:press\s+release|statement|readout|news\s+release"
                                  r"|notice|announcement)\b[^,.;]{0,60}?\s+on\s+$", re.I)
# A verb of saying after an event noun, opening what the speaker reports; and what may stand between it and the day
# it was said
_SAID_VERB = re.compile(r"\b(?:said|says|told\s+(?:reporters|the\s+(?:news|press)\s+conference))\b")
_SAID_ON_GAP = re.compile(r"\s+(?:on\s+)?")
# ...and the day an outlet learned of what it reports: "…, the Global Times learned from the NDCPA on Tuesday"
_OUTLET_LEARNED = re.compile(r"\b(?:learned|learnt)\b[^.;]{0,50}$")
_SAID_ON = re.compile(r"\b(?:said|say|says|announced|told\s+\w+|(?:was|were)\s+told|pledged|vowed|urged|promised|stressed|warned)\s+(?:on\s+)?$")
# The cues of _SAME_DAY that name one day, of an event of several too
_ZH_SAME_DAY = "当天|当日|同日|同一天"
_A_DAY = re.compile(rf"\bday\b|{_ZH_SAME_DAY}")
_THE_SAME_DAY = re.compile(rf"\b(?:the|that)\s+same\s+day\b|{_ZH_SAME_DAY}")     # (one day named: not "every day")
# A release told as going with what the sentence before dated: issued alongside it, or the document it was published in
_ALONG_WITH = _gated("同一ratp", r"同步|同时|一并|\b(?:results|report|findings|list)\s+(?:was|were)\s+published\s+in\b"
                     r"|\balong\s*side\b|\bat\s+the\s+same\s+time\b|\btogether\s+with\b")
_AFTER_THE_CLOSE = re.compile(r"闭幕(?:会|式)?后|閉幕(?:會|式)?後|\bafter\s+the\s+closing\b", re.I)
# How many sentences back "that day" may look for the day it means.
_SAME_DAY_REACH = 3
_NAMED_DAY_REACH = 8     # ...and "the same day", "当天", which name one
# "将联合A、B开展…": what a body will do with others, however many it lists
_TO_DO_WITH_OTHERS = re.compile(r"(?:将|拟|计划)(?:联合|会同|协调)[^，。；,;\n]{1,36}$")
# A day named for what is to come: "明日（十月二十七日）将参观"
_DAY_STATED_ZH = re.compile(r"今天|今日|明日|明天|翌日|次日|[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日")
# Inspections a meeting or a notice sets in motion, to be carried out: "部署开展定点医药机构自查自纠、省级交叉检查和飞行检查"
# A campaign's months, no day, right before it: "8月下旬至9月底开展…专项检查", "并于7月至8月开展专项督导"
_MONTHS_AHEAD = re.compile(r"\d{1,2}月(?:上旬|中旬|下旬|底|初|中)?(?:至|到|—|－|-)\d{1,2}月(?:上旬|中旬|下旬|底|初|中)?(?:期间)?$")
_WILL_ZH = re.compile(r"将|拟|计划")
_DEPLOYED = re.compile(r"(?:部署|安排|动员)(?:各地|全省|全市|全区|各级)?$")
# A sentence opening on a day of what was told to run for days: "On the second day, …", "第三天，…"
_NTH_DAY = re.compile(r"\W*(?:on\s+)?the\s+(?P<en>first|second|third|fourth|fifth|last|final)\s+day\b|\W*第(?P<zh>[一二三四五])天",
                      re.I)
_NTH_DAY_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": None, "final": None,
                    "一": 1, "二": 2, "三": 3, "四": 4, "五": 5}
# The ceremony opening or closing an event reported: a part of it ("在开班仪式上致辞")
_OPENING_OR_CLOSING = re.compile(r"(?:开班|开幕|闭幕|结业|开营)(?:仪)?式$|\b(?:opening|closing)\s+ceremony$", re.I)
# ...and a meeting's named so: "「2024粤港澳大湾区中药标准研讨会」开幕典礼" (a bare 开幕典礼 may be the event itself: a hospital's)
_MEETINGS_CEREMONY = re.compile(r"(?:会|论坛)(?:\d{4})?[」”》\"]?(?:开班|开幕|闭幕|结业)典礼$")    # (研讨大会2024开幕典礼)
# A ceremony joined to a meeting in one name: "112年度管制藥品管理研討會暨績優機構表揚典禮" is the seminar's
_JOINED_TO_A_MEETING = re.compile(r"(?:会|论坛|会议)暨")
# The last day an event runs to: "will run until Oct 30", "将持续至21日" (a day alone: of the month it opened)
_RUNS_UNTIL = re.compile(r"\b(?:run|runs|last|lasts|continue|continues)\s+(?:until|till|through|to)\s+$"
                         r"|持續[至到]$|持续[至到]$", re.I)
_ENDS_THEN = re.compile(r"\s*(?:结束|闭幕|落幕|結束)")
_DAY_ONLY = re.compile(r"\d{1,2}\s*[日号]")
# A sentence opening on a part of the day continues the day last stated, whether or not an event was dated on it;
# so does one opening on what came next ("其后，…出席座谈会", "Afterwards, ...")
_PART_OF_DAY = re.compile(r"\W*(?:in\s+the\s+(?:morning|afternoon|evening)\b|at\s+(?:noon|lunchtime)\b|(?:当[日天]|同日)?(?:上午|中午|下午|晚上)"
                          r"|(?:[\u4e00-\u9fff]{2,4}?)?(?:其后|随后)|afterwards\b|later\s+that\s+day\b"
                          # ...or on the site a trip went on to: "在产业园综合服务中心，孙东生主持召开座谈会"
                          r"|在[^,，。;；]{2,20}?(?:中心|园区?|馆|厂|院|基地|公司|车间|医院|药店|药房|大厅|现场)[,，])", re.I)
# (on the simplified view; "范婉雯其后在林文健陪同下参观…": the subject first)
# "Professor Lo and Mr Li then witnessed the signing": what they went on to do that day (a stop of a trip told so
# is one of its days, not said which)
_SINCE_DONE = re.compile(r"\b(?:has|have|had)\s+since\s+(?:[\w-]+\s+){0,3}$")
_SO_FAR_THIS_YEAR = _gated("今年s", r"今年以来|年初以来|\bso\s+far\s+this\s+year\b|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b")
# A year right after a directive's title: "issued the X in 2019"
_IN_A_YEAR = re.compile(r"\s+in\s+((?:19|20)\d\d)\b(?![-–]\d)")
_PRESENTED_AT = re.compile(r"\b(?:awards?|prizes?|honou?rs?|certificates?|plaques?)\s+(?:was|were)\s+(?:presented|given|"
                           r"handed\s+out|conferred)\s+at\s+(?:the|a)\b")
_ALSO_ATTENDING = re.compile(r"\balso\s+(?:attending|present\s+at|joining)\s+(?:the|this)\s+$")
_THEN_DID = re.compile(r"\W*(?:(?:[A-Z][\w'’-]*|and)\s+){1,6}then\s")
# After an agency, an attendance verb in the same clause makes it (its officials) a participant.
# (English: also past an abbreviation and one comma, "X (SAMR), attended", "..., the XPCC, and Y attended"; not
# "attended by", whose subject hosts)
_ATTENDED_AFTER = re.compile(r"[^，。；,;]{0,24}?(?:参加|出席|列席|参与)|(?:\s*\([^()]{1,20}\))?\s*,?\s*(?:and\s+)?[^,.;]{0,60}?"
                             r"\b(?:attended|attend|were\s+present)\b(?!\s+by\b)", re.I)
# ...or anywhere in a long list of those who "attended the meeting", with no verb of hosting in it
_ATTENDED_LIST = re.compile(r"(?:(?!\b(?:held|hosted|organi[sz]ed|convened|chaired|presided|launched|signed)\b)[^.;])"
                            r"{0,300}?"
                            r"\battended\s+(?:the|this)\s+(?:meeting|conference|forum|symposium|event|ceremony|session)",
                            re.I)
# An agency named for its officials, who attend ("国家药监局综合司、注册司负责同志", "officials from the NHC").
_OFFICIALS_AFTER = re.compile(r"[^，。；,;]{0,40}?(?:负责同志|负责人|有关同志|相关同志)")
_OFFICIALS_BEFORE = re.compile(r"\b(?:heads?|officials?|representatives?|leaders?|staff|delegates?)\s+(?:of|from)\s+(?:the\s+)?$",
                               re.I)
# A sentence after an event's that says its people took part ("Vice Mayor X accompanied the team", "X delivered a
# keynote speech", "李利作工作报告", "副市长刘贤军陪同"): they attended the event last reported, this many sentences back.
_TOOK_PART = {
    "en": _word_gated("ajwpsdgmcaotbl", "", r"\b(?:accompanied|attended|participated\s+in|took\s+part|briefed\s+(?:him|her|them|the)"
                                 r"|briefed\s+(?:more\s+than\s+|over\s+|about\s+)?(?:\d[\d,]*\s+)?(?:participants|attendees|delegates|guests)"
                                 # "The Chinese delegation was led by X", "X led the UK side"
                                 r"|(?:was|were)\s+(?:led|headed)\s+by|led\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:delegation|side|team)"
                                 r"|(?:delegation|team)\s+(?:also\s+)?(?:included|comprised|consisted\s+of)"
                                 r"|joined\s+the\s+(?:visits?|delegation|team|trip|tour)|(?:was|were)\s+present"
                                 r"|(?:delivered|gave|made)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:speech(?:es)?|address(?:es)?|presentations?"
                                 r"|remarks|(?:work\s+)?report|(?:video\s+)?message)|said\s+in\s+(?:his|her|their|a)\s+(?:[\w-]+\s+)?"
                                 r"(?:speech|address|remarks)|presided\s+over|chaired|(?:spoke|said)\s+at\s+(?:the|a)|addressed\s+the"
                                 r"|spoke\s+(?:on\s+behalf\s+of|in\s+turn|successively|about|on|of)"
                                 r"|shared\s+(?:their|his|her)\s+(?:experience|views|insights|thoughts)"
                                 # a course's teachers: "X lectured on ...", "gave a lecture on", "walked trainees through"
                                 r"|lectured|(?:gave|delivered)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?lectures?|walked\s+\w+\s+through"
                                 r"|signed\s+on\s+behalf|at\s+the\s+(?:opening|closing|launch)\s+(?:event|ceremony|session)"
                                 r"|among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:leaders|participants|attendees|guests|speakers)\s+(?:were|was)"
                                 r"|presented\s+(?:the|a|an|his|her|their|its|[A-Z]\w*['’]s)\s|on\s+the\s+sidelines|answered\s+(?:(?:reporters['’]|journalists['’]|the\s+media['’]s)\s+)?questions)\b"),
    # (not "重要讲话精神": the spirit of a leader's speech, studied, not given; nor "全会上": at another, named meeting)
    "zh": re.compile(r"陪同|随团|参加|出席|列席|主持|率团|(?:一同|一起)(?:视察|调研|考察|参观|走访)|率领|带队|致辞|致(?:欢迎|开幕|闭幕)辞|致词|汇报|(?<!重要)讲话(?!精神)|发言|作[^，。；,;]{0,8}(?:报告|汇报)|解读|在会上"
                     r"|(?<![\u4e00-\u9fff])会上|(?:记者|发布|座谈|研讨|推进|工作)会上|签字|签约|签署|见证|在[^，。；,;]{0,8}现场"
                     r"|授课|讲课"),     # ("代表双方签署，…见证签署"; a course's teachers: "以“X”为题授课")
}
_TOOK_PART_REACH = 8
# ...or the page's first, any number of sentences back, when it points at the event itself ("also attended the event")
_THE_EVENT_ITSELF = re.compile(r"\b(?:attended|joined|were\s+present\s+at|was\s+present\s+at)\s+the\s+(?:event|ceremony)\b"
                               r"|(?:出席|参加)了?(?:上述)?(?:活动|仪式)", re.I)
# A sentence that sets an event's scene for the people named after it: "At the symposium, company representatives
# spoke in turn", "During the meeting, ...", "会上，", "座谈会上，", "在研讨会上，".
_SCENE_OPENER = {
    "en": re.compile(r"(?:At|During)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:meeting|symposium|forum|conference|seminar|workshop|"
                     r"session|briefing|roundtable|event|ceremony)\b"),
    "zh": re.compile(r"(?:在)?[^，。；,;\s]{0,12}?(?:会|论坛|仪式)上"),
}
_CEREMONY = re.compile(r"ceremony|仪式")
# Where the people opening a sentence end: its first verb of speaking or acting (in Chinese, its first clause).
_SUBJECT_ENDS = {
    "en": re.compile(r"\b(?:said|says|told|noted|added|raised|focused|called|urged|asked|suggested|spoke|proposed|"
                     r"expressed|shared|introduced|highlighted|stressed|explained|pointed|presented|gave|delivered|made|"
                     r"hoped|briefed|emphasi[sz]ed|put\s+forward|outlined|described|answered|responded)\b"),
    "zh": re.compile(r"[，,。；;：:]|表示|指出|认为|强调|介绍|提出|建议|希望|谈到|就"),
}
_TITLED_LEAD_ZH = 24    # "阿斯利康中国副总裁" before a name: a unit and a title, no clause
_CLAUSE_MARK_ZH = re.compile(r"[，,。；;：:、“”\"]|表示|指出|认为")
# Who organized an event reported before: "was organized by X", "由X指导/主办/组织…实施".
_ORGANIZED_BY_WORDS = ("ed by", "主办", "承办", "指导", "牵头", "实施", "召集")   # one must occur: most pages pass at once
_ORGANIZED_BY = _word_gated("wia", "由", r"\b(?:was|were|is|are)\s+(?:jointly\s+)?(?:organi[sz]ed|hosted|sponsored|convened)\s+by\s+"
                           r"(?P<who>[^.;]{2,120}?)(?:\s+and\s+(?:conducted|carried out|implemented)\b|[.;]|$)"
                           r"|由(?P<who_zh>[^。；]{2,80})(?:主办|承办|指导|组织|牵头|具体实施|实施|召集)")
_ZH_SUBJECT_BEFORE_BY = re.compile(r"[\u4e00-\u9fff]{2,8}$")
_NOT_AN_AGENCY = re.compile(r"\b(?:Group|Co\.|Company|Corporation|Ltd|Inc|Exhibitions|Association|Society|Federation)\b")
_NEXT_CLAUSE = re.compile(r"[，；;]|,\s(?!(?:19|20)\d\d\b)")     # (not the comma of a date: "on April 23, 2020")
_ASIDE_GAP = re.compile(r"[\s,”\"]+|\([^()]{1,30}\)")
_ASIDE_AFTER = re.compile(r"[”\"]?\s*,[^,.;\n]{1,80},")
_AT_AN_EVENT_OPENING = re.compile(r"\W*(?:speaking\s+)?at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$", re.I)
# A meeting that launches what the sentence before says was launched, that day: "kick-off meeting", 启动会
# "... adopted a regulation on Wednesday. The X Regulations were passed at the 38th session of ...": that day's session
# (and "The campaign was kicked off at a mobilization meeting held ...", "launched at a national video and telephone
# conference": the day it was launched; "The X Agreement was signed at the first joint meeting of …": the day it was signed;
# "The report was unveiled at the province's 2024 pharmacovigilance work conference": the day it was released)
_PASSED_AT = re.compile(r"\b(?:(?:passed|adopted|approved|signed)\s+at\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}"
                        r"|(?:kicked\s+off|launched|announced|unveiled|deployed|rolled\s+out)\s+at\s+(?:the|a|an)\s+"
                        r"(?:[\w'’-]+\s+){0,5})$")     # ("The campaign was deployed at a national video and telephone conference")
# A ceremony opening what a sentence shortly before says opened (that day), and the words that say it
_OPENING_CEREMONY = re.compile(r"\b(?:opening|unveiling|inauguration|inaugural)\s+ceremony|开幕式|揭牌仪式|启用仪式|开业仪式", re.I)
_OPENED = re.compile(r"\b(?:opened|opens|(?:was|were)\s+(?:officially\s+|formally\s+)?(?:inaugurated|unveiled|opened))\b"
                     r"|开幕|揭牌|启用|开业", re.I)
# A ceremony its sentence says something was unveiled at: "jointly unveiled the plaque for the new branch at a ceremony"
_UNVEILED_AT = re.compile(r"\bunveiled\b[^.;]{0,80}\bat\s+(?:a|the)\s+$", re.I)
_LAUNCH_MEETING = re.compile(r"\b(?:kick-?off|launch(?:ing)?|mobili[sz]ation)\s+(?:meeting|ceremony|conference)"
                             r"|启动会|启动仪式|动员会", re.I)
# ...or told as held to launch what was just told launched: "… held a national video conference in Beijing to mobilize the
# campaign" after "Four authorities on Thursday launched a joint campaign"
_TO_LAUNCH_AFTER = re.compile(r"[^.;]{0,40}?\bto\s+(?:mobili[sz]e|launch|kick\s+off|deploy)\s+(?:the|this)\b")
# Hosts named together: "A会同B、C召开", "A、B联合召开", "jointly held by A and B", "A, together with B, held"
_CO_HOSTED = re.compile(r"会同|联合(?:召开|举办|主办|举行)|共同(?:召开|举办|主办)|\bjointly\s+(?:held|hosted|organi[sz]ed|convened)"
                        r"|与[\u4e00-\u9fff]{2,16}?(?:召开|举办)"     # "国家中医药管理局与省政府召开…推进会"
                        r"|\bco-?(?:hosted|organi[sz]ed)|\btogether\s+with\b|\bjoint\s+(?:press|news)\s+(?:conference|briefing)\s+"
                        r"(?:held|hosted|organi[sz]ed)\s+by\b", re.I)
_CO_CHAIRED = re.compile(r"\bco-?(?:chair|host|preside)\w*|共同主持|联合主持", re.I)
# Before an event noun it sets the scene of another act: "played at the press conference", "told the meeting"
_AT_THE_NOUN = re.compile(r"\b(?:at|during|told|addressed|to)\s+(?:the|this)\s+$|在$", re.I)
# Before an event noun that points back to one reported: "after the talks", "following the meeting"
_SAID_THE = re.compile(r"\b(?:said|says|noted|notes|added|adds|stressed|told\s+\w+)\s+(?:that\s+)?the\s+"
                       r"(?:[\w-]+\s+){0,2}$", re.I)
_FIRST_EDITION_AFTER = re.compile(r"\s+(?:was|were)\s+first\s+(?:held|launched|organi[sz]ed|convened)\b")
_AT_THE_SCENE = re.compile(r"上[，,]")
_SIDELINES_OF = re.compile(r"\bon\s+the\s+sidelines\s+of\s+the\s+$")      # (on the lower-cased view)
_AFTER_THE = re.compile(r"\b(?:after|following|during|before|ahead\s+of|prior\s+to|eve\s+of)\s+the\s+$", re.I)   # ("On the eve of the forum")
_A_DRAFT = re.compile(r"\bdraft\b|征求意见稿|草案", re.I)
_DRAFT_TITLE = re.compile(r"草案|\(draft\)", re.I)
_ADOPTION = re.compile(r"(?:审议)?通过|adopted|passed|voted\s+to\s+adopt", re.I)     # ("lawmakers on Monday voted to adopt a revised X Law")
_PUBLISHED_TOO = re.compile(r"公布|印发|发布|颁布|公开")
_VOTED = ("表决", "三读", "表決")
# ...or adopted by a legislature: "传染病防治法于今年4月30日经十四届全国人大常委会第十五次会议审议通过"
_BY_A_LEGISLATURE = re.compile(r"人大常委会|人民代表大会|全国人大|立法会|立法院")
# (not a first reading, nor a draft amendment of it: "初審通過「X法」部分條文修正草案")
_A_READING = re.compile(r"(?:初审|一读|二读|初審|一讀|二讀)$")
_A_DRAFT_AFTER = re.compile(r"[」』”》\"]?[^，。；,;]{0,8}草案")


def _published_too(sentence: str) -> bool:
    """The sentence of an adoption also tells the publication done ("…审议通过，…已正式公布"), not one to come
    ("会后将由自治区药安委印发实施")."""
    return any(not _RELEASE_TO_COME["zh"].search(sentence, max(0, m.start() - 16), m.start())
               for m in _PUBLISHED_TOO.finditer(sentence))
_TOUR_NOUNS = frozenset({"参观了", "参观"})   # (参观 after 将: a tour yet to come)
# What is signed or issued at a meeting, not a gathering of its own.
_HELD_AT = frozenset({"signing", "release"})
# Before an event noun: held after what was just reported, as an occurrence of its own
_HELD_NEXT = re.compile(r"(?:随后|之后|其后|接着)(?:举行|召开|进行)的$|\b(?:then|later|subsequently)\s+(?:held|convened)\s+(?:a|an)\s+$",
                        re.I)
# ...or after it: "At a signing ceremony held after the opening, 36 projects were signed"
_HELD_AFTER_IT = re.compile(r"\s+(?:held|that\s+followed)\s+(?:right\s+)?(?:after|following)\s+the\s+", re.I)
# The subject of a signing that refers back to the sides of a meeting just reported.
# a visit told as a meeting with those visited: "met", "called on", 会见
_MEETS_HOSTS = re.compile(r"(?:met|meets?|called\s+on|calls\s+on|会见|会晤|拜会|会面)", re.I)
# an event noun naming the time before it ("座谈会前，"): the event reported, not one told
_NOUN_AS_TIME = re.compile(r"(?:召开|举行)?前[，,]")
# A meeting named as what preparations were for ("为开好此次座谈会，…组织调研组…开展专题调研"): the one reported elsewhere
_PREPARED_FOR = re.compile(r"为了?(?:开好|办好|筹备|准备|召开|举办)(?:此次|本次|这次|该次)?$")   # (为召开此次推进会作了准备)
# ...or as the time after it: "开幕式后，…共同签署", "会议结束后，…赴…调研" (who is named there did what followed)
_NOUN_AS_TIME_AFTER = re.compile(r"(?:结束)?后[，,]")
# an event noun naming what a notice is of ("听证会举行公告…进行了公示", "座谈会通知"): the notice, no event told
_NOUN_OF_A_NOTICE = re.compile(r"(?:举行|召开)?(?:公告|通知|通告|名单)")
# ...or a body named after it ("…经贸合作论坛(澳门)常设秘书处", 博览会组委会)
_NOUN_OF_A_BODY = re.compile(r"(?:[(（][^)）]{1,6}[)）])?(?:常设)?(?:秘书处|组委会|执委会|理事会)")
# ...or the directions it gave, carried out ("落实今年3月召开的全省…会议部署", 贯彻…会议精神)
_ITS_DIRECTIONS = re.compile(r"的?(?:部署|精神|要求|安排)")
_CARRIED_OUT_BEFORE = re.compile(r"(?:落实|贯彻|按照|根据|遵照)[^，。；,;]*$")
# ...or what was asked or talked about ("停电应急演练等情况")
_NOUN_AS_A_TOPIC = re.compile(r"等?(?:情况|工作情况|开展情况)")
# A meeting as the subject of what it said, at a clause's start: "会议还通报了3月26日至28日…飞行检查的情况" (the one reported)
_MEETING_SAYS = re.compile(r"(?:还|也|同时|并)?(?:通报|指出|强调|要求|认为|明确|提出|传达|听取|审议|总结|分析)")
# An event noun naming a building (on the lower-cased view): "the Hangzhou International Expo Center", "the conference hall"
_VENUE_AFTER = re.compile(r"(?: and (?:convention|exhibition|conference))? (?:center|centre|hall|halls|park|building|complex"
                          r"|grounds?|venue|room|street|road)\b")
_NEXT_STEPS = re.compile(r"下一步[，,：:]")
# "将于本年下半年与珠海市市场监督管理局合办「…培训班」": a when, then who, then the event still to come
_TO_BE_HELD = re.compile(r"将于[^，。；、,;\n]{0,30}$"
                         # ("兩地藥劑部門亦會就…等專題舉辦聯合工作坊": will also hold)
                         r"|(?:亦|也|还)会(?![议谈见晤商场期员])[^。；;\n]{0,30}?(?:举办|举行|召开|开展)[^，。；,;\n]{0,12}$")
# A same-day cue naming an event's opening ("During the opening ceremony, …"): the day the event reported opened
_AN_OPENING = re.compile(r"opening|开幕")
# A page dated the day after what it reports, or a time zone away: not yet "after publication"
_PUBLISHED_SLACK = timedelta(days=2)
# A trip away told as made before the meeting reported: not on its day
_TRIP_BEFORE = re.compile(r"\W*(?:会前(?![一两1-9]?[天日])|before\s+the\s+(?:meeting|symposium|conference|session))")
_TRIP_AWAY = re.compile(r"赴|前往|\btravel")
# a sentence opening on the time before an event reported ("座谈会前，…进行了会商"): what it tells is another occurrence
_BEFORE_IT = re.compile(r"\W*[\u4e00-\u9fff]{0,12}(?:会议?|式|会见|会谈)" + _NOUN_AS_TIME.pattern)   # (会见前，…签署)
# ...or the time after it: "簽署儀式後，雙方舉行工作會談", "会议结束后，…召开座谈会", "After the inspection, the two
# sides held a working meeting"
_AFTER_IT = re.compile(r"\W*(?:[\u4e00-\u9fff]{0,12}(?:会议?|式)" + _NOUN_AS_TIME_AFTER.pattern
                       + r"|(?:after|following)\s+the\s+[\w -]{1,30}?,\s)", re.I)
# ...or beside it: "On the sidelines of the workshop, the TFDA and the Thai FDA held a bilateral meeting"
_ON_THE_SIDELINES = re.compile(r"\W*on\s+the\s+sidelines\s+of\b", re.I)
_WITNESSED = re.compile(r"\b(?:in\s+the\s+presence\s+of|witnessed\s+by)\b", re.I)
# ...or their heads: "the two ministers signed"
_THE_TWO = re.compile(r"\b(?:the\s+two|both)\s+(?:sides|parties|ministers|heads|leaders|agencies|regulators|commissioners)\b"
                      r"|双方", re.I)
_THEY_SIGNED_THERE = re.compile(r"\bwhere\s+they\s+(?:also\s+)?signed\b", re.I)     # (those who met)
_BOTH_SIDES = re.compile(r"\b(?:the\s+two|both)\s+sides\b|双方", re.I)
# An event noun right after these is one its sentence's agencies attended ("参加会见", "attended the meeting").
_ATTENDING_BEFORE = {"zh": re.compile(r"(?:参加|出席|列席|陪同)$"),
                     "en": re.compile(r"\b(?:attended|joined|accompanied\s+\w+\s+(?:to|at|on))\s+(?:the|a|an)\s+$", re.I)}
# ...unless it names the kind of event they took part in ("参加调研", "joined the visits"): then the last of that kind.
# (one accompanies a visit: "副市长刘贤军陪同" is of the inspection tour, not of the symposium held during it)
_KIND_WORDS = (("visit", _gated("rivta调考视访陪", r"\b(?:research|inspection|visits?|tour|trip|accompanied)\b|调研|考察|视察|走访|陪同")),
               ("meeting", _gated("mcsf会座论", r"\b(?:meeting|conference|symposium|forum|seminar|consultation)\b|会议|会上|座谈|论坛|会商")),
               ("press_conference", _gated("pnb发吹记", r"\b(?:press\s+conference|news\s+conference|briefing)\b|发布会|吹风会|记者会")),
               ("signing", _gated("s签", r"\bsigning\b|签约|签署|签字")))
# An agency's internal unit, not an agency: a department (司, "Department of ..."), a division (处, 科) or its
# leading Party group (党组), whose officials act for the agency.
_INTERNAL_UNIT = re.compile(r"[司处科]$|党组$|^办公[室厅]$|^(?:Department|Division|Leading Party Group) of\b")
_UNIT_HEAD_LAST = re.compile(r" (?:Department|Division)$")
# Around a short reference to a person (`_stands_as_reference`).
_CLAUSE_OPENERS_ZH = frozenset("，。；：、,;:\n \t\u3000")
_NAME_NEXT = re.compile(r"[ \t]+[A-Z]")
_NAME_BEFORE = re.compile(r"[A-Z][\w.-]*[ \t]+$")
_HONORIFICS = frozenset({"Mr", "Ms", "Mrs", "Miss", "Madam", "Dr", "Prof", "Professor"})
# A line of a briefing's header or transcript, not a sentence: "Speakers:", "Mr. Shi Zihai, vice administrator of the
# NHSA", "主持人：…米锋", "米锋：". Whoever it names speaks at the press conference the page records.
_SENTENCE_END = re.compile(r"[.。!?！？][”\"’']?\s*$")
_LABEL_LINE = re.compile(r"[^\W\d][\w ]{0,20}[:：]")   # "Host:", "Speakers:", "主持人："
_HEADER_LINE_CHARS = 200   # longer, it is a paragraph (cut off mid-sentence at the page's end), not a header
_BYLINE_LABEL = re.compile(r"\s*(?:Authors?|Written\s+by|Contributors?|作者|记者|編輯|编辑)\s*[:：]")
# What an official quoted in an event's report says (in simplified characters): they spoke at the event.
_SALUTATION_END = re.compile(r"(?:各位|女士们|先生们|朋友们)[^\n。！？]{0,20}[:：]\s*$")
_SAID = re.compile(r"\b(?:said|told|noted|added|explained|stressed)\b|表示|介绍|指出|说")
# A release "at the meeting" is dated by the event last reported (a mention there is part of that event).
_AT_THE_EVENT = re.compile(r"\bat\s+the\s+(?:meeting|conference|press\s+conference|briefing|forum|ceremony|opening)\b"
                           r"|^\s*the\s+(?:meeting|conference|forum)\s+(?:also\s+)?(?:released|issued|unveiled|published)\b"   # ("The meeting also released the X")
                           r"|^\s*(?:\d{1,2}日(?:上午|下午|晚间?)?[,，]\s*)?(?:会议|大会|座谈会)(?:还|并|同时)?(?:表决)?"
                           r"(?:印发|发布|审议通过|通过|公布)", re.I)   # 会议印发了《X》, "27日下午，会议表决通过了《X》"
# A sentence that opens on these speaks of the directive just reported ("The regulation, issued on 3 May, ...").
_DIRECTIVE_ANAPHOR = re.compile(r"\W*(?:the|this|these)\s+(?:new\s+)?(?:regulations?|rules|measures|plan|guidelines?|"
                                r"document|notice|standards?|practice|circular|opinions|provisions)\b"
                                r"|\W*it\s+was\s+(?:made\s+public|published|released|issued)\b"   # "It was made public on …"
                                r"|\W*该(?:文件|方案|规定|办法|通知|意见)", re.I)
# How many sentences after a release such a sentence may stand.
_ANAPHOR_REACH = 4
# The nouns a Chinese sentence names a directive just named back by (该办法, 该指南)
_ZH_ANAPHOR_NOUNS = "文件|方案|规定|办法|通知|意见|规划|指南|条例"
# a sentence opening on the directive just named, its release told in an aside: "The document, released by ..."
_ANAPHOR_ASIDE = re.compile(r"(?:^|\n|[.!?]\s+)(?:the|this)\s+(?P<noun>document|opinions|plan|notice|guidelines?"
                            r"|measures|regulations?|rules|circular|provisions)"
                            r"(?:,\s+(?:which\s+was\s+)?|\s+(?:was|were)\s+)(?:jointly\s+)?$"
                            # "周凯表示，该办法由国家市场监督管理总局于2023年9月27日公布": its issuer and day, in Chinese
                            rf"|该(?P<zh_noun>{_ZH_ANAPHOR_NOUNS})(?P<by>由[^，。；,;]{{2,40}}?)?"
                            r"(?:于[^，。；,;]{2,16}?)?(?:正式|联合|印发并)?$")
# ...or, in Chinese, named back to right after the issuing verb: "3月12日，国家医保局印发该指南"
_VERB_THEN_ANAPHOR_ZH = re.compile(rf"了?该(?P<zh_noun>{_ZH_ANAPHOR_NOUNS})")
# The kinds of directive such a noun refers back to ("The provisions were issued on 22 January" after "the revised
# Provisions for Drug Registration … under the amended Drug Administration Law": the provisions, not the law)
_ANAPHOR_KINDS = {"plan": {"plan"}, "notice": {"notice"}, "circular": {"notice"}, "opinions": {"opinions"},
                  "guideline": {"guideline", "opinions"}, "guidelines": {"guideline", "opinions"}, "measures": {"measures"},
                  "regulation": {"regulation", "measures"}, "regulations": {"regulation", "measures"},
                  "rules": {"regulation", "measures"}, "provisions": {"regulation", "measures"},
                  "方案": {"plan"}, "规划": {"plan"}, "通知": {"notice"}, "意见": {"opinions"}, "指南": {"guideline"},
                  "规定": {"regulation", "measures"}, "办法": {"measures", "regulation"}, "条例": {"regulation"}}
_RELEASED_KINDS = ("notice", "circular", "plan", "guideline", "opinion", "regulation", "measure", "announcement")
_KIND_RELEASED = re.compile(rf"\b(?:a|the)\s+(?:new\s+|joint\s+)?({'|'.join(_RELEASED_KINDS)})s?\s+"
                            r"(?:jointly\s+)?(?:released|issued|published)\b")
# ...or told as a count before they are named: "Three departments jointly released two sets of rules on Tuesday (July 30)
# ... They issued the Implementation Rules of … and the Measures of …"
_COUNT_RELEASED = re.compile(r"\b(?:released|issued|published|unveiled)\s+(?:two|three|four|five|six|\d)\s+(?:sets\s+of\s+)?"
                             r"(?:new\s+)?(?:rules|measures|documents|regulations|guidelines|policies|policy\s+documents)\b")
# "a two-day forum", "为期三天的": an event's length, giving the end from its start (or the start from its end).
_EN_DAYS = r"\b(?P<en>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|[2-9]|[1-3]\d)-day\b"
# ("结束两日的…考察行程": a trip of days that ended on the day told)
_DURATION_WORDS = ("为期", "会期", "一连", "结束")
_DURATION = _gated("tfsen1-9为会一结", _EN_DAYS + r"|(?:为期|会期|一连|结束(?=\w{1,3}的))"
                   r"(?P<zh>十[一二三四五]?|[两二三四五六七八九]|[2-9]|[1-3]\d)[天日]")
_NEXT_DURATION = re.compile(r"\W*(?:the|this)\s+" + _EN_DAYS, re.I)
_DURATION_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                  "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "两": 2, "二": 2, "三": 3, "四": 4,
                  "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12, "十三": 13, "十四": 14,
                  "十五": 15}
def _days_stated(stated: str | None) -> int | None:
    """A length in days as a duration pattern caught it: "3", "three", "两"."""
    if not stated:
        return None
    return int(stated) if stated.isdigit() else _DURATION_DAYS.get(stated.lower())


# A date next to these is the day the event ended ("concluded Friday", "闭幕").
# (or that the date is its last day: "the three-day conference runs through Sunday")
_ENDED = _gated("cwerl闭落结", r"\b(?:concluded|completed|closed|wrapped\s+up|ended|came\s+to\s+a\s+close"
                             r"|(?:runs?|running|lasts?|lasting)\s+(?:through|until|till)"
                             r"|(?:ends|closes|concludes)\s+(?:on|today))\b"
                             r"|闭幕|落幕|结束")
# ...unless its opening is told first: "which opened Thursday in Beijing and concluded on Friday"
_OPENING_TOLD = re.compile(r"\b(?:opened|opens|kicked\s+off|began|begins)\b|开幕", re.I)
# A visit or signing named by a verb ("met with", "signed an MoU") is named by its clause, up to here.
_CLAUSE_END = re.compile(r"[;:，。；：!?！？()（）]|[,.](?!\d)|\s(?:and|to|which|who|where|when|as|after)\s")   # (not "16.3", "1,200")
_VERB_NOUN_TYPES = ("visit", "signing")
# A release whose sentence is dated this long before publication is a past issuance recalled.
# A decision reported as the news: a regulator's approval, designation, penalty, seizure, recall or warning letter,
# a court's judgment, a WHO prequalification, a disciplinary review announced. Its own event ("other") when its
# sentence dates it within six weeks of publication and names who decided; an approval or fine recalled as background
# ("approved 40 drugs last year") is none.
_DECISION = {
    # (found in the lower-cased view, where one of `_DECISION_WORDS` stands at all)
    # (not what a relative clause says is approved already: "48 products that have been approved in the United States")
    "en": re.compile(r"\b(?:granted\s+(?:\w+\s+){0,2}approval|approved(?<!that have been approved)(?<!which have been approved)"
                     r"(?<!that has been approved)(?<!which has been approved)(?<!that had been approved)"
                     r"|prequalified|fined|convicted|sentenced"
                     r"|warning\s+letter|seized|recall\s+was\s+(?:initiated|launched|started)|to\s+recall"
                     r"|breakthrough\s+therapy\s+designation"
                     r"|(?:initiated|launched|started)\s+(?:a|the)\s+(?:class\s+\w+\s+)?recall"
                     r"|(?:delivered|handed\s+down|issued|made)\s+(?:its\s+|a\s+|the\s+)?(?:first-instance\s+|final\s+)?"
                     r"(?:judgment|judgement|ruling|verdict)|ruled|recalled|under\s+disciplinary\s+review"
                     # a procurement's results made public
                     r"|(?:administrative\s+)?penalty\s+decision|announced\s+the\s+(?:[\w-]+\s+){0,2}results\s+of|results\s+(?:[\w-]+\s+){0,4}(?:were|was)\s+announced"
                     # a licence granted: "ISAF issued on Monday (14 October) a licence for the manufacture of …"
                     r"|(?:issued|granted)\s+(?:on\s+\w+\s+(?:\([^()]{1,20}\)\s+)?)?(?:a|an|the|its\s+first)\s+(?:[\w-]+\s+){0,3}licen[cs]e)\b"),
    "zh": re.compile(r"一审宣判|作出[^，。；,;]{0,8}判决|判处|处以[^，。；,;]{0,12}罚款|行政处罚决定|预认证|附条件批准|"
                     r"批准[^，。；,;]{0,24}上市|获批上市|纪律审查|警告信|查获|检获|召回|回收|突破性治疗"
                     r"|中选结果[^，。；,;]{0,6}(?:公布|发布|出炉)|(?:公布|发布)[^，。；,;]{0,30}中选结果"
                     r"|裁定[^。；]{0,40}罪名成立"),     # a Hong Kong court's conviction
}
_DECISION_WORDS = {"en": (      # (a pair: both words must stand on the page)
                           "approv", "prequalified", "fined", "convicted", "sentenced", "warning letter", "seized", "judg",
                           "ruling", "verdict", "ruled", "recall", "disciplinary", "breakthrough", ("results", "announced"), "penalty decision",
                           "licence", "license"),
                    "zh": ("判", "罚款", "处罚", "预认证", "批准", "获批", "纪律审查", "警告信", "查获", "检获", "召回", "回收",
                           "突破性治疗", "中选结果", "罪名成立")}
_DECISION_NEWS = timedelta(days=45)
_RESULTS = re.compile(r"results|中选结果")
_THE_BODY = re.compile(r"\b[Tt]he\s+(?:bureau|administration|court|commission|regulator|agency|authority)\b|该局|该院")
# Decisions only a court or a discipline body makes, and the ids of such bodies
_BY_A_BODY = re.compile(r"judg|ruling|verdict|ruled|convicted|sentenced|disciplinary|判|纪律审查|罪名成立", re.I)
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?$")
_DECIDING_BODY = re.compile(r"court|^spc|-hpc$|-ipc$|^ccdi|^nsc|supervis|discipline")
# ...nor is a tally over a period ("approved 47 innovative drugs in 2021 as of Dec. 20", "had approved 14 new drugs
# since it took effect" (not "the first new drug since 2002"), 今年以来…获批上市)
_TALLY_PERIOD = _gated("ildtsa截以全今", r"\b(?:in|during)\s+(?:19|20)\d\d\b|\b(?:last|this)\s+year\b|\bas\s+of\b|\bso\s+far\b|\bsince\s+(?:it|its|the)\b"
                       r"|截至|以来|全年")
_STALE_RELEASE = timedelta(days=365)    # (a law firm writes up "On 27 September 2023, SAMR promulgated" months on)
_LAST_YEAR = _gated("去前lt", r"去年|前年|\b(?:last|the previous|the past) year\b")
_RECENT_YEARS = _gated("近多io", r"近年来|近几年|近些年|多年来|\b(?:in recent years|over the (?:past|last) (?:few|several) years)\b")
# A year that sets the time of a clause: "2014年，", "In 2014, "
_YEAR_ADVERBIAL = re.compile(r"(?:^|[，,；;：:\s])((?:19|20)\d\d)年[，,]|\b[Ii]n ((?:19|20)\d\d),")
# A month without a day ("In May", "in March 2023", "5月"): the release is dated no closer than that.
_MONTH_ONLY = {
    "en": re.compile(r"\b(?i:in|since|during|early|late|mid-?|by|from)\s+(?:January|February|March|April|May|June|July|August"
                     r"|September|October|November|December)\b(?!\s+\d{1,2}\b)"),
    "zh": re.compile(r"(?<!\d)\d{1,2}月(?!\s*\d{1,2}\s*[日号])"),
}
# A release told by the kind of directive before its title is given ("released a plan to ..."), and the kinds of
# directive each noun may be; the title must follow within this many sentences.
_DESCRIBED_VERB = re.compile(r"(?:released|issued|unveiled|published|rolled out|promulgated|dated|said in)$")   # done, not to come
# ... or done by the signature: "Premier Li Keqiang has signed a State Council decree to promulgate a regulation on ..."
_DECREE_TO = re.compile(r"\b(?:decree|order)\s+to\s+$")
# (a plural kind may go without an article: "released measures on patent term compensation")
_DESCRIBED_OBJECT = re.compile(r"\s+(?:(?:an?|its|their)\s+|(?=(?:[a-z-]+\s+){0,2}(?:measures|guidelines|rules|regulations|opinions)\s+"
                               r"(?:on|for|to|governing|concerning|defining|setting|regulating|clarifying)\b))"
                               r"(?:(?:new|first|updated|national|draft|revised|guiding|detailed|joint|\d{4}|[a-z]+-year)\s+)*"
                               r"(?P<noun>action\s+plan|plan|guidelines?|regulations?|circular|notice|opinions?"
                               r"|measures|rules|(?:judicial\s+)?interpretation|white\s+paper|announcement"
                               r"|list(?=\s+of\b))\b")    # on the lower-cased view ("published its first list of ...")
# "... according to an action plan jointly released on Wednesday by five departments"
_DESCRIBED_SUBJECT = re.compile(r"(?:\ban?\s+|\bnew\s+(?=(?:rules|measures|regulations|guidelines)\s))"   # ("new rules released by the NMPA")
                                r"(?:(?:new|national|draft|revised|guiding|detailed|\d{4}|[a-z]+-year)\s+)*"
                                r"(?P<noun>action\s+plan|plan|guidelines?|regulations?|circular|notice|opinions?"
                                r"|measures|rules|(?:judicial\s+)?interpretation|announcement)\s+(?:(?:jointly|recently|officially|newly)\s+)?$")
# ... or a report or bulletin a body published: "according to the annual drug review report released on Sunday by the CDE"
_DESCRIBED_REPORT = re.compile(r"\b(?:an?|the|its)\s+(?:[a-z][\w-]*\s+){0,3}(?P<noun>report|bulletin)\s+$")
# (English news calls a 指导意见 "a guideline": "The State Council on Tuesday released a guideline ... The Opinions on ...")
_DESCRIBED_KINDS = {"plan": {"plan"}, "action plan": {"plan"}, "guideline": {"guideline", "opinions"},
                    "guidelines": {"guideline", "opinions"},
                    "regulation": {"regulation"}, "regulations": {"regulation"}, "circular": {"notice"},
                    "notice": {"notice"}, "opinion": {"opinions"}, "opinions": {"opinions"}, "measures": {"measures"},
                    "rules": {"regulation", "measures"}, "interpretation": {"other"}, "judicial interpretation": {"other"},
                    "white paper": {"other"}, "announcement": {"notice", "other"}, "report": {"other"}, "bulletin": {"other"},
                    "list": {"other"}}
_DESCRIBED_REACH = 5
# How far (characters) a release verb may stand from the directive's title.
_RELEASE_REACH = {"zh": (16, 36), "en": (90, 40)}
_LISTED_REACH = 150
_ISSUED_AS_MADE_BY = re.compile(r"(?:印发|发布|出台)了?[^，。；,;《]{1,60}?(?:订立|制定|拟订|起草)的[《“\"「『]?$")
_EN_NAME_WORD = re.compile(r"(?:[A-Z0-9][\w'’\-·]*|of|on|for|and|the|in|to|·|&|“|”|\")$")
# A line continuing the sentence before it: its first letter is an ASCII lower-case one.
_LOWER_CASE_START = re.compile(r"\s*[a-z]")
# What may stand between the words of a directive's title where the text names it: an optional quote, spaces,
# and an optional quote (matched after these, in `_word_run_end`).
_TITLE_GAP = re.compile(r"[“”\"'‘’]?\s+")
_QUOTES = "“”\"'‘’"
_PUBLIC_MARK = re.compile(r"\s*\n\s*[(（]此件(?:公开发布|主动公开)[)）]")
_SIGN_OFF_AGENCY_LINE = re.compile(r"^(?:[\u4e00-\u9fff\s]{2,40}(?:局|委|部|院|会|办公室|办|厅|署|司|处|中心|政府)"
                                   r"|(?:部长|局长|署长|主任|总理|省长|市长|主席)\s+[\u4e00-\u9fff]{2,4}"  # (an order: 部长 韩长赋)
                                   r"|(?:[A-Z][\w,'&-]*\s+(?:of\s+|and\s+|the\s+)*){1,12}(?:Administration|Commission|Ministry"
                                   r"|Bureau|Office|Department|Government|Council|Committee|Center|Centre))$")


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_REGEX_SYNTAX = re.compile(r"[\\()\[\]{}?*+|^$.]")
_ESCAPE_GROUP_OR_CLASS = re.compile(r"\\.|\[[^\]]*\]|\([^()]*\)")
_QUANTIFIER = re.compile(r"\{\d*,?\d*\}")
_PLAIN_RUN = re.compile(r"[^\0?*+{}^$.]+(?![?*{])")


def _top_level(fragment: str) -> str:
    """The fragment with each escape, group and class (the outermost) as one NUL: what stands at its top level."""
    top = _QUANTIFIER.sub("?", fragment)  # "x{0,3}": x is optional, like "x?"
    while (stripped := _ESCAPE_GROUP_OR_CLASS.sub("\0", top)) != top:
        top = stripped
    return top


def _required_text(fragment: str) -> str | None:
    """The longest plain text every match of a regex fragment contains, if any: the fragment
    need only be tried on texts that hold it."""
    top = _top_level(fragment)
    runs = _PLAIN_RUN.findall(top) if "|" not in top else []
    return max(runs, key=len) if runs else None


_LOOKBEHIND = r"\(\?<[=!][^()\\]*\)"
_PLAIN_ALTERNATIVE = rf"(?:{_LOOKBEHIND})*([^()\\\[\]{{}}?*+^$.|]+)"      # (its lookbehinds aside)
# A fragment opening on a group of plain alternatives (each perhaps after lookbehinds: "(?:(?<![所现])在|赴)"), or on a
# positive lookbehind of them (past any other lookbehinds)
_OPENING_ALTERNATIVES = re.compile(rf"(?:{_LOOKBEHIND})*\(\?(?P<group>:|<=)(?P<texts>{_PLAIN_ALTERNATIVE}"
                                   rf"(?:\|{_PLAIN_ALTERNATIVE})*)\)(?![?*{{])")
_ALTERNATIVE_TEXT = re.compile(_PLAIN_ALTERNATIVE)
# ...or on a group of positive lookbehinds, as texts of different lengths need: "(?:(?<=signed the )|(?<=signed a ))…"
_OPENING_LOOKBEHINDS = re.compile(r"\(\?:((?:\(\?<=[^()\\|]+\)\|)*\(\?<=[^()\\|]+\))\)")
_LOOKBEHIND_TEXT = re.compile(r"\(\?<=([^()\\|]+)\)")


class _Gates(NamedTuple):
    """The numbers of a fragment's gating texts in the automaton, and where its matches start when it opens on
    them: "at" one ("(?:wrapped up|concluded) …"), "after" one ("(?<=signed the )…"), or None (anywhere)."""
    numbers: frozenset[int]
    start: str | None


def _gating(fragment: str) -> tuple[tuple[str, ...] | None, str | None]:
    """The fragment's gating texts, one of which stands wherever it matches: its required text, or else the
    alternatives it opens on ("(?:wrapped up|concluded|ended) …", "(?<=signed the )…"), each found at C speed by
    `in`; and where a match starts if they are those alternatives: at or after one of them."""
    required = _required_text(fragment)
    if lookbehinds := _OPENING_LOOKBEHINDS.match(fragment):
        alternatives, start = tuple(_LOOKBEHIND_TEXT.findall(lookbehinds.group(1))), "after"
    elif opening := _OPENING_ALTERNATIVES.match(fragment):
        alternatives = tuple(_ALTERNATIVE_TEXT.findall(opening.group("texts")))
        start = "after" if opening.group("group") == "<=" else "at"
    else:
        alternatives, start = (), None
    if "|" in _top_level(fragment):
        start = None    # ("(?:a|b)c|d": a match may open on neither)
    if alternatives and (required is None or len(required.strip()) < min(map(len, alternatives))):
        return alternatives, start     # (more telling than a required " to")
    return ((required,) if required else None), None


# Lookbehinds opening a fragment, then the plain text they stand before (less a last character a quantifier
# makes optional).
_LEADING_LOOKBEHINDS = re.compile(r"((?:\(\?<[=!][^()\\]*\))+)([^\\()\[\]{}?*+|^$.]+?)(?=[?*+{]?)(?![^\\()\[\]{}?*+|^$.])")


def _literal_first(fragment: str) -> str:
    """The same regex with its opening lookbehinds moved after the text they stand before: "(?<!had )visited" as
    "visited(?<!had visited)". Python's regex engine scans for a pattern's opening text at C speed, but tries a
    pattern that opens with a lookbehind at every position (35 times slower on a page)."""
    lead = _LEADING_LOOKBEHINDS.match(fragment)
    if not lead:
        return fragment
    lookbehinds, text = lead.groups()
    if fragment[lead.end():lead.end() + 1] in ("?", "*", "+", "{"):
        text = text[:-1]        # "courses?": the s is optional
    if not text:
        return fragment
    moved = re.sub(r"\(\?<([=!])([^()\\]*)\)", lambda m: f"(?<{m.group(1)}{m.group(2)}{text})", lookbehinds)
    return text + moved + fragment[len(lookbehinds) + len(text):]



class _Phrases:
    """Finds the phrases of several lexicons, each leftmost-longest and not overlapping within its lexicon.
    Plain phrases of all of them go through one Aho-Corasick automaton (one pass at C speed, ~30 ns a
    character whatever it holds); the few regex fragments are tried only where their plain part occurs.
    English is matched lower-cased, on word boundaries."""

    def __init__(self, lexicons: list[list[tuple[str, str]]], english: bool):
        self.english = english
        self.automaton = ahocorasick.Automaton()
        # Per lexicon, (gates, pattern, label) of its regex fragments: gates hold the numbers of the texts one of which
        # a match needs (None: it needs none). The texts go into the automaton too, under the lexicon number one past
        # the last, so that its one pass tells which fragments can match at all (a search of the page for each text
        # cost more than the pass), and where those opening on one can.
        self.fragments: list[list[tuple[_Gates | None, re.Pattern[str], str]]] = [[] for _ in lexicons]
        self.gates = len(lexicons)
        holders: dict[str, dict[int, str]] = {}  # phrase -> lexicon number -> its first label there
        gate_numbers: dict[str, int] = {}
        for number, phrases in enumerate(lexicons):
            for phrase, label in phrases:
                phrase = phrase.lower() if english and not _REGEX_SYNTAX.search(phrase) else phrase
                if _REGEX_SYNTAX.search(phrase):
                    texts, start = _gating(phrase)
                    gates = None if texts is None else _Gates(
                        frozenset(gate_numbers.setdefault(t, len(gate_numbers)) for t in texts), start)
                    self.fragments[number].append((gates, re.compile(_literal_first(phrase)), label))
                else:
                    holders.setdefault(phrase, {}).setdefault(number, label)
        for text, gate in gate_numbers.items():
            holders.setdefault(text, {})[self.gates] = gate
        for phrase, labels in holders.items():
            self.automaton.add_word(phrase, (len(phrase), tuple(labels.items())))
        self.automaton.make_automaton()

    def view(self, norm: str) -> str:
        if not self.english:
            return norm
        lowered = norm.lower()
        return lowered if len(lowered) == len(norm) else norm.translate(_ASCII_LOWER)

    def _bounded(self, view: str, start: int, end: int) -> bool:
        if not self.english:
            return True
        before = view[start - 1] if start else " "
        after = view[end] if end < len(view) else " "
        return not (before.isalnum() or before == "_" or after.isalnum() or after == "_")  # no word character either side

    def find(self, view: str) -> list[list[tuple[int, int, str]]]:
        """Per lexicon, (start, end, label) of every phrase in the view (`self.view(norm)`)."""
        found: list[list] = [[] for _ in range(self.gates + 1)]
        for end, (n, labels) in self.automaton.iter(view):
            for number, label in labels:
                found[number].append((end + 1 - n, end + 1, label))
        seen: dict[int, list[tuple[int, int]]] = {}     # gating text -> where it stands
        for start, end, gate in found[self.gates]:
            seen.setdefault(gate, []).append((start, end))
        return [self._kept(view, hits, fragments, seen) for hits, fragments in zip(found, self.fragments)]

    def _kept(self, view: str, found: list[tuple[int, int, str]],
              fragments: list[tuple[_Gates | None, re.Pattern[str], str]],
              seen: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int, str]]:
        for gates, pattern, label in fragments:
            if gates is not None and gates.numbers.isdisjoint(seen):
                continue
            if gates is None or gates.start is None:
                matches = pattern.finditer(view)
            else:   # tried only where a match can start: at (or after) a gating text
                after = gates.start == "after"
                matches = matches_from(pattern, view, sorted({end if after else start for gate in gates.numbers
                                                                for start, end in seen.get(gate, ())}))
            found.extend((m.start(), m.end(), label) for m in matches)
        kept: list[tuple[int, int, str]] = []
        for start, end, label in sorted(found, key=lambda f: (f[0], -f[1])):
            if (not kept or start >= kept[-1][1]) and self._bounded(view, start, end):
                kept.append((start, end, label))
        return kept


@lru_cache(maxsize=1)
def _lexicons() -> dict[str, _Phrases]:
    """Per language (en, zh): event nouns (labelled with their event type), verbs that report an event took
    place, and verbs that report a directive was issued: `find` gives the three in this order. (No argument:
    the warm-up builds both before the workers fork.)"""
    data = load_yaml("event_triggers.yaml")
    lexicons = {}
    for lang in ("en", "zh"):
        # English pages quote Chinese and vice versa rarely enough that each language keeps its own lexicon.
        nouns = [(w, t) for t in data["types"] for w in data["types"][t][f"{lang}_nouns"]]
        lexicons[lang] = _Phrases([nouns, [(w, "") for w in data["occurrence"][lang]],
                                   [(w, "") for w in data["release"][lang]]], english=lang == "en")
    return lexicons


def _lexicon(language: str) -> _Phrases:
    return _lexicons()["zh" if language == "zh" else "en"]


@dataclass
class _Draft:
    """An event being assembled from one or more mentions."""
    event_type: str
    name: str
    proper: bool                          # the name is the event's own title, not a description
    span: tuple[int, int]                 # original offsets of the first mention
    start_date: date | None
    end_date: date | None
    dated: bool                           # a date (or an explicit "recently") was seen for it
    city: str | None = None
    province: str | None = None
    organizers: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    agency_evidence: dict[str, Evidence] = field(default_factory=dict)   # agency id -> the mention linking it
    attendees: dict[str, EventAttendee] = field(default_factory=dict)   # by name
    directive_title: str | None = None
    noun: str = ""                        # the event noun as written ("press conference", "吹风会")
    abroad: bool = False                  # its sentence places it outside China
    month_only: bool = False              # named with only the month it was held in ("今年3月，…已在南昌召开全省…会议")
    follows: "_Draft | None" = None       # held right after this one ("在随后举行的座谈会上"), by its hosts if none named
    signed_at: "_Draft | None" = None     # signed at this one by its sides ("where they signed"), as they are known at the end
    edge: str | None = None               # "opened" / "closed": its day is told as its first or its last
    part_of_day: str | None = None        # "上午", "afternoon": the part of its day its sentence names before it

    def hosted_by(self, agencies: list[str], named_at: "_Draft") -> None:
        """Adds hosts known from another occurrence, with the mentions that named them there."""
        for agency in agencies:
            if agency not in self.organizers:
                self.organizers.append(agency)
                self.agency_evidence.setdefault(agency, named_at.agency_evidence.get(agency))


class _Doc:
    """Sentence geometry of one document in original offsets, with the facts that fall in each."""

    def __init__(self, text: NormalizedText, dates: list[DateMention], agencies: list[AgencyMention],
                 people: list[PersonMention], places: list[Place], language: str):
        self.text = text
        lexicon = _lexicon(language)
        self.view = lexicon.view(text.norm)  # the text the lexicon's phrases are found in
        # Event nouns, occurrence verbs and release verbs, found in one pass.
        self.nouns, self.occurrences, self.releases = lexicon.find(self.view)
        self.dates, self.agencies, self.people, self.places = dates, agencies, people, places
        self.person_spans = [(p.evidence.start, p.evidence.end) for p in people]
        self.language = language
        offsets = text.offsets
        # No pinyin gloss removed: offsets are the identity, and a norm position is the original one.
        self.identity = isinstance(offsets, range) and offsets.start == 0 and offsets.step == 1
        self.found: dict[str, Agency] = {}
        self._roles: dict[tuple[int, int], str] = {}

    def agency(self, agency_id: str, registry: AgencyRegistry) -> Agency | None:
        """An agency of this document: found in it (a unit with its parent), or the registry's."""
        return self.found.get(agency_id) or registry.agencies.get(agency_id)

    @cached_property
    def headline_end(self) -> int:
        """Where the first line (the headline of a cleaned page) ends, in original offsets."""
        end = self.text.original.find("\n")
        return len(self.text.original) if end < 0 else end

    @cached_property     # on first use: a page with no event noun and no release needs none
    def sentences(self) -> list[tuple[int, int]]:
        """Sentences, with a line that continues the one before (starts in lower case) joined to it."""
        text = self.text
        out: list[tuple[int, int]] = []
        for s, e in text.sentences():
            if out and _LOWER_CASE_START.match(text.original, s, e):
                out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
        return out

    @cached_property
    def sign_off_at(self) -> tuple[date, int] | None:
        """The date under the issuing agencies at the foot of an official notice, and where its line starts."""
        original = self.text.original
        for d in self.dates:
            if not (d.start_date and d.has_year):
                continue
            line_start, alone = _own_line(original, d)
            if not alone:
                continue
            previous = to_simplified(original[:line_start].rstrip().rsplit("\n", 1)[-1].strip())
            after = original[d.evidence.end:]
            if _SIGN_OFF_AGENCY_LINE.match(previous) or not after.strip(" \t\n.。") or _PUBLIC_MARK.match(after):
                return d.start_date, line_start     # (or the page's very last line: "Annex: …\nAugust 14, 2025";
                # or the line over "（此件公开发布）", a government notice's foot)
        return None

    @property
    def sign_off(self) -> date | None:
        return self.sign_off_at[0] if self.sign_off_at else None

    @cached_property
    def signers(self) -> list[AgencyMention]:
        """The agencies named on the line above the sign-off date ("Guangdong Provincial Medical Products
        Administration" over "March 18, 2025")."""
        if not self.sign_off_at:
            return []
        line_start = self.sign_off_at[1]
        above = self.text.original.rfind("\n", 0, max(0, line_start - 1)) + 1
        return [a for a in self.agencies if above <= a.evidence.start < line_start]

    @cached_property
    def datelines(self) -> list[DateMention]:
        """The dates that are news datelines ("BEIJING, Jan. 27 --"), asked for by several rules."""
        return [d for d in self.dates if d.start_date and is_dateline(self.text, d)]

    @cached_property
    def agencies_in_order(self) -> tuple[list[AgencyMention], list[int]]:
        ordered = sorted(self.agencies, key=lambda m: m.evidence.start)
        return ordered, [m.evidence.start for m in ordered]

    def names_a_body(self, s: int, e: int) -> bool:
        """original[s:e] is the tail of a body's name that an agency's name ends with ("Legislative Affairs
        Commission of the Standing Committee of the Hunan Provincial People's Congress"), or a word within one
        ("China International Import Expo Bureau")."""
        original = self.text.original
        ordered, starts = self.agencies_in_order
        for m in ordered[:bisect.bisect_right(starts, s)]:
            if m.evidence.end > e or m.evidence.end == e and " of " in original[m.evidence.start:s]:
                return True
        return False

    @cached_property
    def simplified_text(self) -> str:
        """The original in simplified characters, offset for offset (an English page's as it is): converted once, as
        the cue patterns read it sentence after sentence, clause after clause."""
        return to_simplified(self.text.original) if self.language == "zh" else self.text.original

    def simplified(self, s: int, e: int) -> str:
        """original[s:e] in simplified characters, as long: what the Chinese cue patterns read, so that a
        traditional page's 為期, 講話, 當天 are 为期, 讲话, 当天."""
        return self.simplified_text[s:e]

    @cached_property
    def named(self) -> list[PersonMention]:
        """The people's mentions and their short references after them, for linking people with events."""
        refs = _short_references(self.text, self.people, self.language, self.simplified_text)
        return sorted(self.people + refs, key=lambda p: p.evidence.start) if refs else self.people

    @cached_property
    def named_starts(self) -> list[int]:
        return [p.evidence.start for p in self.named]

    @cached_property
    def starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    @cached_property
    def said_before(self) -> list[int]:
        """said_before[i]: how many sentences before sentence i say something (paragraph breaks are sentences too)."""
        original = self.text.original
        return list(itertools.accumulate((not original[s:e].isspace() for s, e in self.sentences), initial=0))

    def sentences_told_before(self, index: int, reach: int) -> Iterator[tuple[int, int]]:
        """The nearest `reach` sentences before sentence `index` that say something (paragraph breaks aside),
        nearest first."""
        for s, e in reversed(self.sentences[:index]):
            if not reach:
                return
            if self.text.original[s:e].strip():
                yield s, e
                reach -= 1

    def told_before(self, index: int) -> int:
        """The index of the nearest sentence before sentence `index` that says something (not a paragraph
        break), or -1."""
        return next((j for j in range(index - 1, -1, -1) if self.text.original[slice(*self.sentences[j])].strip()), -1)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = max(bisect.bisect_right(self.starts, pos) - 1, 0)
        return self.sentences[i]

    def norm_range(self, s: int, e: int) -> tuple[int, int]:
        offsets = self.text.offsets
        if self.identity:  # what bisect_left on range(n) gives, without the search
            n = len(offsets)
            return min(max(s, 0), n), min(max(e, 0), n)
        return bisect.bisect_left(offsets, s), bisect.bisect_left(offsets, e)

    def within(self, items, s: int, e: int):
        return [x for x in items if s <= x.evidence.start < e]

    def role(self, s: int, e: int) -> str:
        """`_role` of the sentence (or clause) original[s:e]: looked up once, as each event of a sentence asks it."""
        if (s, e) not in self._roles:
            self._roles[s, e] = _role(self.simplified(s, e))
        return self._roles[s, e]


_DATE_LIST_JOINER = re.compile(r"\s*(?:[、,，]|及|和|与|以及|,?\s*and)\s*")


def _in_an_earlier_which_clause(original: str, s: int, d: DateMention, anchor: int) -> bool:
    """The date stands in a ", which …," clause that closes before the event's noun, so it tells of what the clause
    is about."""
    which = original.rfind(", which ", s, d.evidence.start)
    if which < 0 or any(c in original[which + 8:d.evidence.start] for c in ",;"):
        return False
    closes = original.find(",", d.evidence.end, anchor)
    return closes >= 0 and not any(c in original[d.evidence.end:closes] for c in ";")


def _sentence_date(doc: _Doc, s: int, e: int, anchor: int, language: str,
                   outside: tuple[int, int] | None = None, issue_dates: bool = True
                   ) -> tuple[date | None, date | None, bool]:
    """(start, end, dated) from the date expressions of a sentence (those outside a span, if given); "recently"
    counts as dated with None."""
    found = doc.within(doc.dates, s, e)
    if outside:
        found = [d for d in found if not outside[0] <= d.evidence.start < outside[1]]
    if any(d.kind == "vague" and _vague_of_the_event(doc, d, anchor) and not any(
            x.kind != "vague" and d.evidence.start < x.evidence.start and (
                x.evidence.start < anchor or not _CLAUSE_MARKS.search(doc.text.original, anchor, x.evidence.start))
            for x in found) for d in found):
        return None, None, True     # (a date between "recently" and the event is the event's: "瞭解近期修正之法規，…於5月17日舉辦";
        #                             and one in the event's own clause: "Earlier this year, the MIIT held a national
        #                             symposium on biomanufacturing in Tianjin on April 18")
    candidates = [d for d in found if d.kind != "vague" and not is_dateline(doc.text, d)
                  and not _NOT_EVENT_DATE.search(doc.simplified(max(s, d.evidence.start - 30), d.evidence.start))
                  and not (language == "en" and _REQUIRED_FROM.search(doc.text.original, max(s, d.evidence.start - 120),
                                                                      d.evidence.start))
                  and not (not issue_dates and _ISSUED_ON_BEFORE.search(doc.text.original, max(s, d.evidence.start - 24),
                                                                         d.evidence.start)
                           and not _RELEASED_AT.match(doc.text.original, d.evidence.end))
                  and not (not issue_dates and _STATEMENT_ON_BEFORE.search(doc.text.original, max(s, d.evidence.start - 100),
                                                                           d.evidence.start))
                  and not _FROM_DATE.match(doc.text.norm, doc.norm_range(d.evidence.end, d.evidence.end)[0])]
    if language == "en":
        # "The campaign, which runs from May 20 to Oct 31, was announced at a press conference": the days of what a
        # clause before the event describes
        candidates = [d for d in candidates if not _in_an_earlier_which_clause(doc.text.original, s, d, anchor)]
        # "Speaking at a news conference, Yan said the NHSA … released the Notice … last Friday": a day of what the
        # speaker reports, not of where he spoke (but "…, officials said on Tuesday" is the day they spoke)
        candidates = [d for d in candidates if not (anchor < d.evidence.start and (said := next(
            _SAID_VERB.finditer(doc.text.original, anchor + 1, d.evidence.start), None)) and not _SAID_ON_GAP.fullmatch(
            doc.text.original, said.end(), d.evidence.start))]
        if len(candidates) > 1:
            # "…launched on Monday … at a conference held in Beijing, the Global Times learned from the NDCPA on Tuesday":
            # the day the outlet learned of it
            candidates = [d for d in candidates if not _OUTLET_LEARNED.search(
                doc.text.original, max(s, d.evidence.start - 60), d.evidence.start)] or candidates
    if not candidates:
        return None, None, False
    if len(candidates) > 1:
        # "During its stay in China from May 20 to 24, the delegation also visited the bureau on May 22": the days of
        # the stay frame the one told
        told = [d for d in candidates if not _STAY_FRAME.search(doc.text.original, max(s, d.evidence.start - 50),
                                                                 d.evidence.start)]
        candidates = told or candidates
    if not issue_dates and len(candidates) > 1:
        # "adopted on Nov 29 at the 13th session ..., which was held in Kunming from Nov 27 to 29": the days it sat
        held = [d for d in candidates if _HELD_BEFORE.search(doc.text.original, max(s, d.evidence.start - 40),
                                                             d.evidence.start)]
        candidates = held or candidates
    if language == "en" and len(candidates) > 1 and (own := [
            d for d in candidates if anchor < d.evidence.start and _HELD_BY_THEN_DAY.fullmatch(
                doc.text.original, anchor, d.evidence.start)]):
        # "… was issued last Wednesday and explained at a press conference held by the Information Office … on
        # Tuesday": the day its own clause gives it
        candidates = own
    if language == "en" and len(candidates) > 1 and (own := [
            d for d in candidates if anchor < d.evidence.start and _OWN_CLAUSE_THEN_DAY.fullmatch(
                doc.text.original, anchor, d.evidence.start)]) and all(
            d.evidence.start < anchor and _CLAUSE_BREAK.search(doc.text.original, d.evidence.end, anchor)
            for d in candidates if d not in own):
        # "… conducted research in Guangzhou and Zhuhai from May 27 to 28, and presided over a symposium on the
        # industry in Guangzhou on Wednesday": the day told in the event's own clause, the others' in clauses before
        candidates = own
    if language == "zh" and candidates and _AT_THE_EVENT_ZH.search(doc.simplified(max(s, anchor - 24), anchor)):
        # "王德原於記者會中說明，《化粧品衛生安全管理法》於107年5月2日經總統公布": a day of what the speaker at it tells
        candidates = [d for d in candidates if not (d.evidence.start > anchor and _SAID_THEN_ZH.search(
            doc.simplified(anchor, d.evidence.start)))]
        if not candidates:
            return None, None, False
    if language == "zh" and len(candidates) > 1:
        # "今(11)日下午於記者會宣布，系統將於明(12)日上線": a later clause's day of what is still to come is not the event's
        candidates = [d for d in candidates if not (d.evidence.start > anchor and (
            _CLAUSE_MARK.search(doc.text.original, anchor, d.evidence.start)
            and _TO_COME_ON_ZH.search(doc.simplified(max(s, d.evidence.start - 4), d.evidence.start))
            or _RESOLVED_ZH.search(doc.simplified(anchor, d.evidence.start))
            # (or the period of what it announced: "今（19）日下午…召开新闻发布会，公布去年9月1日至12月31日期间…成果")
            or doc.simplified(d.evidence.end, d.evidence.end + 2) == "期间"))] or candidates
    if language == "zh" and not issue_dates and len(candidates) > 1:
        # "《若干措施》经8月28日省政府第96次常务会议审议通过，9月5日由省政府办公厅正式印发": the day in the meeting's own
        # clause, nearer or not than one in the next (not for a release, whose anchor is its title)
        ordered = sorted(candidates, key=lambda d: d.evidence.start)
        own = [not _CLAUSE_MARK.search(_BRACKETED.sub(
            "", doc.text.original[min(d.evidence.end, anchor):max(d.evidence.start, anchor)])) for d in ordered]
        for k in range(len(ordered) - 1, 0, -1):    # (with the days listed before one: "五月十五日，星期三")
            own[k - 1] = own[k - 1] or own[k] and bool(_DATE_LIST_JOINER.fullmatch(
                doc.text.original, ordered[k - 1].evidence.end, ordered[k].evidence.start))
        candidates = [d for d, is_own in zip(ordered, own) if is_own] or candidates
        # "今年1月15日，新《办法》经…局务会议审议通过，1月22日以总局令形式公布": a later clause's day of a publication is its own
        candidates = [d for d in candidates if not (
            d.evidence.start > anchor and _CLAUSE_MARK.search(doc.text.original, anchor, d.evidence.start)
            and _PUBLISHED_THEN_ZH.match(doc.simplified(d.evidence.end, d.evidence.end + 16)))] or candidates
    best = min(candidates, key=lambda d: abs(d.evidence.start - anchor))
    if len(candidates) > 1:
        # "于5月13日、15日及17日分别于台北、台中及高雄办理": a series of days, reported from its first
        ordered = sorted(candidates, key=lambda d: d.evidence.start)
        k = ordered.index(best)
        while k and _DATE_LIST_JOINER.fullmatch(doc.text.original, ordered[k - 1].evidence.end, ordered[k].evidence.start):
            k -= 1
        if ordered[k] is not best and ordered[k].start_date:
            return ordered[k].start_date, None, True
    if best.start_date is None and not best.has_year:
        # No publication date to lend a year: a single year stated in the sentence ("press conference of 2017") will.
        years = set(_YEAR.findall(doc.text.original[s:e]))
        if len(years) == 1:
            resolved = find_dates(NormalizedText(best.surface), date(int(years.pop()), 12, 31), language)
            if resolved and resolved[0].start_date:
                return resolved[0].start_date, resolved[0].end_date, True
    return best.start_date, best.end_date, best.start_date is not None


def _dated_apart(doc: _Doc, previous_end: int, a: int, b: int, e: int) -> bool:
    """A second noun of a kind in a sentence names another occurrence when a date stands between the two and
    another after it: "adopted at the 33rd meeting of X on October 30, and approved at the 13th meeting of Y on
    November 29"."""
    lo, mid, hi = doc.text.span(previous_end, a)[0], doc.text.span(a, b)[1], e
    dated = [d for d in doc.dates if d.start_date and d.kind != "vague"]
    return any(lo <= d.evidence.start < mid for d in dated) and any(mid <= d.evidence.start < hi for d in dated)


def _clause_end_after(doc: _Doc, lo: int, hi: int) -> int:
    """Where the clause of a noun ending at `lo` ends, before another noun at `hi`: after the date it gave."""
    return max((d.evidence.end for d in doc.dates if lo <= d.evidence.start < hi and d.start_date), default=lo)


def _keep_links_before(draft: _Draft, boundary: int) -> None:
    """Drop the agencies and people a mention linked from past `boundary` (another clause's occurrence)."""
    late = {a for a, ev in draft.agency_evidence.items() if ev is not None and ev.start >= boundary}
    draft.organizers = [a for a in draft.organizers if a not in late]
    draft.participants = [a for a in draft.participants if a not in late]
    for a in late:
        del draft.agency_evidence[a]
    for name in [n for n, p in draft.attendees.items() if p.evidence.start >= boundary]:
        del draft.attendees[name]


def _vague_of_the_event(doc: _Doc, d: DateMention, anchor: int) -> bool:
    """"recently" before the event, or in its clause, dates it; in a later clause it is of something else
    ("今日（14日）舉行新聞發佈會，通報近期多宗個案")."""
    return d.evidence.start < anchor or not _NEXT_CLAUSE.search(doc.text.original, anchor, d.evidence.start)


# A digest's item heading: a short line, no sentence, that opens on its day ("Jan. 8: Paxlovid fails review", "Wednesday,
# 23 May — registration optimisation announcement", "1月8日：…") or closes on it in brackets ("1. State Council General
# Office: hospital drug procurement (28 February 2015)")
_HEADING_MAX = 120
_HEADING_LEAD = re.compile(rf"[\s\-–—•·*#\d.、)）(（]*(?:{WEEKDAY_WORD},?\s*)?", re.I)
_HEADING_TAIL = re.compile(r"\s*[)）]\s*$")
_SENTENCE_ENDS = re.compile(r"[.。!?！？]\s*$")
_HEADING_REACH = 4      # paragraphs of an item under its heading


def _item_heading_date(doc: _Doc, s: int) -> tuple[date, date | None] | None:
    """The day of the digest item a sentence stands in, from the heading line over its paragraphs (none for a page
    whose first such line has no day: its items are not dated by their headings)."""
    original = doc.text.original
    line_start = original.rfind("\n", 0, s) + 1
    for _ in range(_HEADING_REACH):
        prev_end = line_start - 1
        prev_start = original.rfind("\n", 0, max(prev_end, 0)) + 1
        if prev_end <= doc.headline_end or prev_start <= doc.headline_end:
            return None     # (the page's headline dates the page, not an item)
        line = original[prev_start:prev_end]
        if len(line) <= _HEADING_MAX and line.strip() and not _SENTENCE_ENDS.search(line):
            days = [d for d in doc.within(doc.dates, prev_start, prev_end) if d.start_date and d.kind != "vague"]
            first, last = (days[0], days[-1]) if days else (None, None)
            if first and _HEADING_LEAD.fullmatch(original, prev_start, first.evidence.start):
                return first.start_date, first.end_date
            if last and _HEADING_TAIL.fullmatch(original, last.evidence.end, prev_end) \
                    and original[last.evidence.start - 1:last.evidence.start] in "(（":
                return last.start_date, last.end_date
            return None
        line_start = prev_start
    return None


def _dateline_for(doc: _Doc, s: int, e: int, reach: int = 2, sentence: str | None = None) -> date | None:
    """The dateline's date for a sentence that opens the report (the dateline's own sentence or the next);
    `sentence` is its text without what may name a year of its own (a title's "(2018 Edition)")."""
    text = doc.text.original[s:e] if sentence is None else sentence
    datelines = doc.datelines
    if not datelines or _YEAR.search(text) and _YEAR.search(functools.reduce(
            lambda t, d: t.replace(d.surface, ""), datelines, text)):   # (a dateline's own year, "Oct. 24, 2023 —", is none)
        return None  # the sentence is about another year
    for d in datelines:
        line = doc.sentence_of(d.evidence.start)
        i = doc.sentences.index(line)
        following = [x for x in doc.sentences[i:i + reach + 2] if doc.text.original[x[0]:x[1]].strip()]
        if (s, e) in following[:reach]:
            return d.start_date
    return None


def _own_line(original: str, d: DateMention) -> tuple[int, bool]:
    """(start of the date's line, whether the line holds nothing but the date)."""
    line_start = original.rfind("\n", 0, d.evidence.start) + 1
    line_end = original.find("\n", d.evidence.end)
    line = original[line_start:line_end if line_end >= 0 else len(original)].strip()
    return line_start, line.strip("()（） ") == d.surface.strip()


def _date_line_before(doc: _Doc, pos: int, labelled_only: bool = False) -> date | None:
    """The last date standing alone on its line before `pos` (a transcript's "May 18, 2023"), or after a
    "Date:"/"时间：" label (a briefing's header); with `labelled_only`, only the latter."""
    found = None
    original = doc.text.original
    for d in doc.dates:
        if d.evidence.start >= pos:
            break
        if not d.start_date:
            continue
        line_start, alone = _own_line(original, d)
        # the label before it on its line, or alone on the line above ("Date:\nFeb. 8, 2021"); a labelled day
        # may leave its year to the page ("时间：8月29日（星期四）上午10:00")
        labelled = _DATE_LABEL.match(doc.simplified(line_start, d.evidence.start)) or alone and _DATE_LABEL.fullmatch(
            doc.simplified(original.rfind("\n", 0, max(line_start - 1, 0)) + 1, max(line_start - 1, 0)))
        if not d.has_year and not labelled:
            continue
        if labelled or (alone and not labelled_only):
            found = d.start_date
    return found


_LOWER_TOPIC = re.compile(r" (?:on|for) (?!(?:the|a|an|its|their|his|her)\b)(?:(?!(?:was|were|is|are|which|that|held|organi[sz]ed|hosted|"
                          r"by|in|at|from|to|with|and|as)\b)[a-z][a-z-]*(?: |(?=[,.;])|$)){1,8}(?=[,.;]|$)")


# The body a session is of: " of the 14th National People's Congress (NPC) Standing Committee"
_OF_A_BODY = re.compile(r" of the (?:\d{1,2}(?:st|nd|rd|th) )?[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|and|the|\([A-Z]{2,}\)))*")


def _english_name(norm: str, s: int, e: int, ns: int, ne: int) -> tuple[str, bool]:
    """The proper name around an English event noun ("the 2025 National Conference on ..."), else the noun."""
    noun = norm[s:e]
    if noun == "event":     # the lexicon takes a bare "event" only as what something was launched at
        return "Launch event", False
    if not noun[:1].isupper():
        if noun.endswith("session") and (body := _OF_A_BODY.match(norm, e, ne)):
            return noun + body.group(0), False   # "the second session of the 14th NPC Standing Committee"
        # "a training course for inspectors of drug clinical trial institutions, organized by ...": what it was on
        topic = _LOWER_TOPIC.match(norm, e, ne)
        return (noun + topic.group(0) if topic else noun), False
    left = s
    for m in reversed(list(re.finditer(r"\S+", norm[ns:s]))):
        if not _EN_NAME_WORD.match(m.group(0)) or m.group(0) in ("The", "the"):
            break
        left = ns + m.start()
    right = e
    tail = re.match(r"(?:\s+(?:on|of|for|and|the|in|to|&|[A-Z0-9“\"][\w'’\-·”\"]*))+", norm[e:ne])
    if tail:
        right = e + len(tail.group(0).rstrip())
        while norm[left:right].split()[-1] in ("on", "of", "for", "and", "the", "in", "to", "&"):
            right = left + norm[left:right].rstrip().rfind(" ")
    name = norm[left:right].strip(" “”\"")
    while name.split()[0] in ("of", "on", "for", "and", "in", "to"):
        name = name.split(" ", 1)[1]
    return name, True


_SIGNED_THERE = re.compile(r"\b(?:(?:at|after|following|during)\s+the\s+(?:end\s+of\s+the\s+|same\s+|opening\s+|closing\s+)?"
                           r"|in\s+a\s+separate\s+)"
                           r"(?:meeting|talks|conference|forum|ceremony|symposium|summit|expo|fair|session|event)\b(?:[^.;]|\.(?=\d))*"
                           r"\bsigned\b|\bsigned\s+(?:at|during)\s+the\s+(?:meeting|talks|conference|forum|symposium|summit|expo)\b"
                           r"|" + _THEY_SIGNED_THERE.pattern + r"|(?:会上|会后|会议期间|会谈后|仪式上)[^。；]*(?:签署|签订)"
                           r"|(?:共同|正式)(?:签署|签订)(?:了)?《", re.I)    # ("九省药监局共同签署《X》", after the meeting's report)
# A signing told as done by its parties, before its noun: "the Beijing MPA signed a cooperation memorandum with …"
_SIGNED_ONE = re.compile(r"\bsigned\s+an?\s+(?:[\w-]+\s+){0,3}$")
# a signing sought, not done: "推进签署合作谅解备忘录等议题", "力争于年内…并择机举行签署", "双方将签署…"
_TO_BE_SIGNED = re.compile(r"(?:推进|推动|争取|力争|尽快|尽早|择机|加快|商签|洽签|拟|将)[^，。；,;\n]{0,3}签(?:署|订)?[^，。；,;\n]{0,14}$")
_AIMED_AT = re.compile(r"力争|争取|推进|推动|拟|将")
_NEGOTIATED = re.compile(r"\bnegotiations?\s+(?:on|over|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w()-]+\s+){0,5}$|谈判$", re.I)
_TALLY_OF_PARTIES = re.compile(r"(?:与|同|和)[\d一二三四五六七八九十百千]+余?(?:家|个|所)[^，。；,;]{0,12}$"
                               r"|\bwith\s+(?:more\s+than\s+|over\s+)?\d+\s+(?:companies|firms|enterprises|hospitals)\b[^,.;]{0,20}$",
                               re.I)
# ...or agreements counted in hundreds, whatever day the sentence gives: "institutions had signed 84,000 pairs of
# cooperation agreements"
_SIGNED_HUNDREDS = re.compile(r"\bsigned\s+(?:more\s+than\s+|over\s+|nearly\s+)?(?:\d{1,3}(?:,\d{3})+|\d{3,})\s+"
                              r"(?:[\w-]+\s+){0,3}$", re.I)
# ...and companies counted, that signed: "six Fujian companies had signed export agreements", whatever day it says
_COMPANIES_SIGNED = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several)\s+(?:[\w-]+\s+){0,2}"
                               r"(?:companies|firms|enterprises|hospitals)\s+(?:had\s+|have\s+)?signed\b[^,.;]{0,20}$", re.I)
# An occurrence named as the one before or after that reported ("The previous meeting was held in Ningbo", 上一次会议)
_ANOTHER_OCCURRENCE = re.compile(r"\b(?:previous|next)\s+(?:[\w-]+\s+){0,3}$|(?:上|下)一?[次届期](?:[^，。；,;]{0,8})$", re.I)
# ...and one still to come, whatever day its sentence tells (lower-cased view)
_UPCOMING = re.compile(r"\b(?:upcoming|forthcoming)\s+(?:[\w'’-]+\s+){0,4}$")
# ...and in English, a signing said to come: "said the prefecture would sign long-term pairing agreements with the hospitals"
_TO_SIGN = re.compile(r"\b(?:will|would|shall|(?:plans?|planned|agreed|expects?|hopes?|is|are)\s+to)\s+(?:also\s+)?sign\s+"
                      r"(?:[\w'’-]+\s+){0,5}$")     # (lower-cased view)
_AGREED_OR_PLANNED = re.compile(r"(?:同意|计划于|拟于)[^，。；,;]{0,10}$")
# A signing a meeting agreed to, not yet made: "共擬會議同意以…方式給付，並與廠商簽訂藥品給付協議"
_AGREED_TO_SIGN = re.compile(r"同意[^。；;]{0,60}并(?:与[^，。；,;]{1,20})?(?:签订|签署)(?!了)[^，。；,;]{0,12}$"
                             # ("會談中，雙方同意爭取於今年下半年簽署…協議": to be signed later)
                             r"|同意(?:争取|力争|尽快|择机)[^，。；,;]{0,20}(?:签订|签署)(?!了)[^，。；,;]{0,12}$")
_REQUIRED_OF = re.compile(r"(?:要求|应当|必须|指导|督促|前完成|(?<![重主需只纲提简摘首紧])要(?![闻点素件害]))[^，。；,;\n]{0,10}$")
# (指导各地…开展专项检查: asked of others; 各地要在6月底前完成新一轮全覆盖检查: a deadline set)
_OPENING_QUOTES = frozenset("「『“\"")
_CLOSING_QUOTES = frozenset("」』”\"")


def _chinese_name(norm: str, s: int, e: int, ns: int) -> tuple[str, bool]:
    if norm.startswith("《", e) and (close := norm.find("》", e, e + 80)) > 0:
        return norm[s:s + 2] + norm[e:close + 1], True     # 签署了《X》: named by what was signed
    if norm.startswith("”", s - 1) or norm.startswith(("”专题", "”主题"), s - 3) or norm.startswith("”分", s - 2):
        if quoted := _QUOTED_TOPIC_BEFORE.search(norm, max(ns, s - 48), s):
            return norm[quoted.start():e], True   # "举办了“中药材生产质量管理规范（GAP）实施”专题研讨会": named by its topic
    window_start = max(ns, s - 24)
    starts = [m.end() for m in _NAME_START_ZH.finditer(norm, window_start, s)]
    if starts and (qualifier := _QUALIFIER_BEFORE.search(norm, window_start, starts[-1])):
        starts = [p for p in starts if p <= qualifier.start()]  # "2023年全体（扩大）会议": a qualifier inside the name
    left = starts[-1] if starts else window_start
    if _COUNT_OF_TIMES.match(norm, left, s):
        return norm[s:e], False     # "共举行五次会议": how many were held, not a name
    if norm.startswith("会议", e - 1):
        e += 1                      # "交流会议": the noun found was 交流会
    if norm[left:left + 1] in _OPENING_QUOTES and norm[e:e + 1] in _CLOSING_QUOTES:
        left += 1                   # 「第十一屆臺日醫藥交流會議」: its name, without the quotes
    return norm[left:e], left < s


def _with_duration(doc: _Doc, index: int, start: date | None, end: date | None) -> tuple[date | None, date | None]:
    """A single date widened by a length stated in its sentence or opening the next ("The two-day event ..."):
    the end day if the sentence says the event ended, else the first."""
    s, e = doc.sentences[index]
    if start is not None and end is None:
        for d in doc.within(doc.dates, s, e):    # "opened on Tuesday and will run until Oct 30", 将持续至21日
            original = doc.text.original
            if not d.start_date or not (_RUNS_UNTIL.search(original, max(s, d.evidence.start - 30), d.evidence.start)
                                        or original.endswith(("至", "到"), s, d.evidence.start)
                                        and _ENDS_THEN.match(original, d.evidence.end)):
                continue    # (or "会期两天，至16日结束": the day it ended)
            until = d.start_date
            if until <= start and _DAY_ONLY.fullmatch(d.surface) and until.day > start.day:
                until = start.replace(day=until.day)    # 2日开班，持续至21日: the 21st of the month it opened
            if until > start:
                return start, until
    sentence = doc.simplified(s, e)
    # every length stated says "-day" (any case) or 为期: most sentences need no scan by the pattern
    m = _DURATION.search(sentence) if any(w in sentence for w in _DURATION_WORDS) or "-day" in sentence.lower() else None
    if not m and index + 1 < len(doc.sentences):
        m = _NEXT_DURATION.match(doc.text.original, doc.sentences[index + 1][0])
    if not m or start is None or (end is not None and end != start):
        return start, end
    days = _days_stated(m.group("en") or m.group("zh"))
    if not days:
        return start, end
    span = timedelta(days=days - 1)
    future = _FUTURE_BEFORE[doc.language]
    closings = [m for m in _ENDED.finditer(sentence) if not future.search(sentence, max(0, m.start() - 16), m.start())]
    # (not "…今日开幕，将于28日闭幕"; nor "which opened Thursday in Beijing and concluded on Friday": told from its opening)
    ended = bool(closings) and not ((opened := _OPENING_TOLD.search(sentence)) and opened.start() < closings[0].start())
    return (start - span, start) if ended else (start, start + span)


def _date_of_sentence_before(doc: _Doc, index: int, language: str, reach: int = _SAME_DAY_REACH
                             ) -> tuple[date, date | None] | None:
    """The date of the nearest of the `reach` sentences before (blank lines aside) that states one (as an event
    date would be read)."""
    for s, e in doc.sentences_told_before(index, reach):
        if _TO_COME_SENTENCE.search(doc.simplified(s, e)):
            continue    # "…计划于七月二十九日至九月三十日期间举行业界咨询会。范婉雯其后…参观": not the day of what follows
        start, end, _ = _sentence_date(doc, s, e, s, language)
        if start:
            return start, end
    return None


# (tried only where one of its first characters stands: its word boundaries leave sre no fast scan to a candidate)
_TO_COME_SENTENCE = re.compile(r"(?=[计将拟定wia])(?:计划于|将于|拟于|定于|\bwill\s+be\s+held\b|\b(?:is|are)\s+(?:scheduled|set)\s+to\b)")


def _opened_before(doc: _Doc, index: int, language: str, reach: int = 3) -> date | None:
    """The day told in the nearest of the `reach` sentences before that says something opened (was inaugurated,
    unveiled, 揭牌), if that sentence tells one."""
    for s, e in doc.sentences_told_before(index, reach):
        if _OPENED.search(doc.simplified(s, e)):
            return _sentence_date(doc, s, e, s, language)[0]
    return None


def _headline_date(doc: _Doc, noun: str) -> date | None:
    """The date the headline gives an event it names by this noun ("… Press Conference … (June 15, 2023)")."""
    headline = doc.text.original[:doc.headline_end]
    if noun.lower() not in headline.lower():
        return None
    dated = [d for d in doc.within(doc.dates, 0, doc.headline_end) if d.start_date and d.kind != "vague"
             and not _FROM_DATE.match(doc.text.norm, doc.norm_range(d.evidence.end, d.evidence.end)[0])]
    return dated[0].start_date if len(dated) == 1 else None     # (not the day something applies from: "12月10日起开放参保")


def _day_officials_said(doc: _Doc, index: int, reach: int = 4) -> date | None:
    """The day a sentence shortly before says its speakers spoke ("officials said on Tuesday")."""
    k = index
    while k > 0 and reach > 0:      # (a paragraph break is no sentence)
        k -= 1
        reach -= bool(doc.text.original[slice(*doc.sentences[k])].strip())
    lo = doc.sentences[k][0]
    hi = doc.sentences[index][0]
    for d in doc.within(doc.dates, lo, hi):
        if d.start_date and _SAID_ON.search(doc.text.original, max(0, d.evidence.start - 16), d.evidence.start):
            return d.start_date
    # "... released a judicial interpretation on Thursday. ... Speaking at a joint news conference ...": the release
    # told was announced there
    for d in doc.within(doc.dates, lo, hi):
        ds, de = doc.sentence_of(d.evidence.start)
        ns, ne = doc.norm_range(ds, de)
        if d.start_date and d.kind != "vague" and any(ns <= v < ne for v, _, _ in doc.releases):
            return d.start_date
    return None


def _last_day_opened_on(doc: _Doc, pos: int) -> tuple[date, date | None] | None:
    """The last day a sentence before `pos` opens on ("23日上午，检查组转赴吉安市…"): where the account moved to, which a
    later "当天下午" continues (not a day in a clause about something else)."""
    for d in reversed(doc.dates):
        if d.evidence.end <= pos and d.start_date and not d.end_date \
                and not doc.text.original[doc.sentence_of(d.evidence.start)[0]:d.evidence.start].strip():
            return d.start_date, None
    return None


def _last_date_before(doc: _Doc, pos: int) -> tuple[date, date | None] | None:
    """The date last stated before a position, for "In the afternoon, ..." where no event was dated yet (not a day
    from which something applies: "自2025年3月1日起", "takes effect on")."""
    stated = [d for d in doc.dates if d.evidence.end <= pos and d.start_date and d.kind != "vague"
              and not _FROM_DATE.match(doc.text.norm, doc.norm_range(d.evidence.end, d.evidence.end)[0])
              and not _NOT_EVENT_DATE.search(doc.simplified(max(0, d.evidence.start - 30), d.evidence.start))]
    return (stated[-1].start_date, stated[-1].end_date) if stated else None


def _role(sentence: str) -> str:
    for role, cue in _ROLE_CUES:
        if cue.search(sentence):
            return role
    return "attendee"


def _person_role(doc: _Doc, s: int, e: int, pos: int, sentence_role: str) -> str:
    """The role in the person's own clause when it has a cue ("赵军宁出席并讲话，周启明主持": a speaker and the
    presider), else the sentence's. Chinese only: an English comma also sets off a title."""
    if doc.language != "zh":
        return sentence_role
    original = doc.text.original
    cs = max(original.rfind(c, s, pos) for c in "，,；;") + 1 or s
    ce = min((i for i in (original.find(c, pos, e) for c in "，,；;") if i >= 0), default=e)
    clause = doc.simplified(max(cs, s), ce)
    return next((role for role, cue in _ROLE_CUES if cue.search(clause)), sentence_role)


def _places_in_name(doc: _Doc, draft: _Draft, places: list[Place]) -> list[Place]:
    """The places within a gathering's own name, as written just before its noun (not a release's: a document's
    title names where it applies)."""
    end = draft.span[1]
    start = end - len(draft.name)
    if draft.event_type == "release" or not draft.proper or doc.text.original[start:end] != draft.name:
        return []
    return [p for p in places if start <= p.evidence.start and p.evidence.end <= end]


# A quotation in an English sentence, curly or straight
_QUOTED = re.compile(r'“[^”\n]*”|"[^"\n]*"')
# Between a body and the noun of a meeting it holds: "the weekly Cabinet meeting", "市政府第38次常务会议"
_HOLDER_BEFORE_NOUN = re.compile(r"\s|['’]s\s|(?:第[\d一二三四五六七八九十百零〇]+次)?(?:常务|全体|局务|院务|主任)?")


# Bodies listed as the event's co-hosts: "with the Zhejiang MPA and the Zhejiang Provincial Health Commission as co-organizers"
_AS_CO_HOSTS = re.compile(r"\bwith\s+([^.;]{1,200}?)\s+as\s+(?:its\s+|the\s+)?(?:co-?)?(?:organi[sz]ers?|hosts?|sponsors?)\b")


def _fill_links(draft: _Draft, doc: _Doc, s: int, e: int, verb_pos: int) -> None:
    """Place, agencies and people of one mention's sentence."""
    places = [p for p in doc.within(doc.places, s, e) if draft.abroad or not p.abroad]
    if places and doc.language != "zh" and ('"' in (told := doc.text.original[s:e]) or "“" in told):
        # not a place in a quotation the event is not told in: '"… after the Changchun Changsheng vaccine
        # scandal …," said Yuan Jie … at a press conference'
        quoted = [q.span() for q in _QUOTED.finditer(doc.text.original, s, e) if not q.start() < draft.span[0] < q.end()]
        places = [p for p in places if not any(qs < p.evidence.start < qe for qs, qe in quoted)]
    if places and not draft.city:
        # The place nearest the event noun, one naming a city first ("in Shandong province, at a press conference in Beijing"),
        # but not one of the sides its name lists when the sentence says where it met ("met in Zhuhai for the Sixth
        # Guangdong-Hong Kong-Macao … Meeting")
        if draft.event_type != "release":   # 在总部签署《关于便利澳门中成药在横琴…注册的合作安排》: not where it was signed
            places = [p for p in places if not _inside_title(doc.text.original, s, p.evidence.start)] or places
        named = _places_in_name(doc, draft, places)
        if named and any(p.city and p not in named and _placed_in(doc.text.original, p) for p in places):
            places = [p for p in places if p not in named]
        # (one the sentence places it in before one naming a side: "regulators from Guangdong, Hong Kong and Macao
        # signed a cooperation agreement in Guangzhou")
        nearest = min(places, key=lambda p: (p.city is None, not _placed_in(doc.text.original, p),
                                             abs(p.evidence.start - draft.span[0])))
        draft.city, draft.province = nearest.city, nearest.province
    previous: tuple[AgencyMention, bool] | None = None
    co_hosts = [m.span(1) for m in _AS_CO_HOSTS.finditer(doc.text.original, s, e)] if doc.language != "zh" and (
        " as " in doc.view[slice(*doc.norm_range(s, e))]) else []   # (one `in` spares most sentences the scan)
    for a in doc.within(doc.agencies, s, e):
        if a.agency_id in wire_services():
            continue  # "Xinhua reported": the outlet, not a party to the event
        before = doc.simplified(max(s, a.evidence.start - 30), a.evidence.start)
        if _ISSUED_BY.search(before) or doc.language == "zh" and _ISSUER_OF_CITED.match(
                doc.simplified(a.evidence.end, min(e, a.evidence.end + 30))):
            previous = None
            continue
        organiser = bool(draft.event_type == "signing" or a.evidence.start < verb_pos or _BY_AGENCY.search(before[-16:])
                         or _HOLDER_BEFORE_NOUN.fullmatch(doc.text.original, a.evidence.end, draft.span[0])
                         or draft.event_type == "meeting" and _MEETING_OF.search(before)
                         or draft.event_type == "visit" and _VISITED.search(before)
                         and not _POSSESSIVE_NEXT.match(doc.text.original, a.evidence.end))
        if organiser and _UNDERTAKEN_BY.search(before):
            organiser = False  # "undertaken by the Jiangxi Provincial Health Commission": it carries out, the hosts hold
        if organiser and _attends(doc, a, before, e):
            organiser = False  # "各省药监局负责同志参加会议", "officials of the NHC attended": attendees, not hosts
        if organiser and draft.event_type == "meeting" and any(ps <= a.evidence.start < pe for ps, pe in doc.person_spans):
            organiser = False  # an attendee's own title, not the host
        if organiser and doc.language == "zh" and _ACCOMPANYING.match(doc.simplified(a.evidence.end,
                                                                                   min(e, a.evidence.end + 30))):
            organiser = False  # "在X局局长Y陪同下视察": the unit of those who accompany, not the visitor's
        if organiser and doc.language != "zh" and _ACCOMPANIED_BY.match(doc.text.original, s, a.evidence.start):
            organiser = False
        if organiser and draft.event_type == "signing" and _WITNESSED.search(
                doc.text.original, max(s, verb_pos), a.evidence.start):
            organiser = False  # "signed by A and B, in the presence of C of the Embassy": a witness's body
        if organiser and _OBJECT_OF.search(before):
            organiser = False  # "... on Authorizing the State Council to": told what to do, not holding the event
        if previous and previous[1] and _AGENCY_JOINER.match(doc.simplified(previous[0].evidence.end, a.evidence.start)):
            organiser = True  # "co-hosted by A and B"
        if any(cs <= a.evidence.start < ce for cs, ce in co_hosts):
            organiser = True
        previous = (a, organiser)
        bucket = draft.organizers if organiser else draft.participants
        if organiser and a.agency_id in draft.participants and _BY_AGENCY.search(before[-16:]):
            # "卢宠茂局长出席由医务卫生局和卫生署合办的论坛": named first in a title, then as the host
            draft.participants.remove(a.agency_id)
        if a.agency_id not in draft.organizers + draft.participants:
            bucket.append(a.agency_id)
            draft.agency_evidence.setdefault(a.agency_id, a.evidence)
    if doc.language != "zh" and len(draft.organizers) > 1:
        _narrow_to_holders(draft, doc, e)
    role = None  # one sentence, one role: looked up once, and only if someone attends
    for p in doc.within(doc.named, s, e):
        if p.role in ("reporter", "editor") or _cited(doc, p, s):
            continue
        role = role or doc.role(s, e)
        draft.attendees.setdefault(p.name, EventAttendee(p.name, _person_role(doc, s, e, p.evidence.start, role),
                                                         p.evidence))


# "a news conference held by the NHSA": the bodies named holding it right after its noun
_HELD_BY_AFTER = re.compile(r"\s*,?\s*(?:which\s+was\s+)?(?:jointly\s+)?(?:held|hosted|co-hosted|organi[sz]ed|convened)\s+"
                            r"(?:jointly\s+)?by\s+(?:the\s+)?$", re.I)


def _narrow_to_holders(draft: _Draft, doc: _Doc, e: int) -> None:
    """"X was released by A and B at a news conference held by A": A held the conference; B, the subject of
    another verb, is a participant."""
    end = draft.span[1]
    holders = []
    for a in doc.within(doc.agencies, end, e):
        gap = doc.text.original[end:a.evidence.start]
        if _HELD_BY_AFTER.fullmatch(gap) or (holders and _AGENCY_JOINER.match(gap)):
            holders.append(a.agency_id)
            end = a.evidence.end
        else:
            break
    if holders and set(holders) < set(draft.organizers):
        draft.participants += [o for o in draft.organizers if o not in holders and o not in draft.participants]
        draft.organizers = [o for o in draft.organizers if o in holders]


# A person whose words or ideas are cited, not who took part: "学习贯彻习近平总书记…重要指示精神", "the eight actions
# proposed by President Xi Jinping"
_CITED_BEFORE = {"zh": re.compile(r"(?:学习|贯彻|落实|传达|领会|宣传)[^，。；,;]{0,2}$"),
                 "en": re.compile(r"\b(?:proposed|put\s+forward|initiated|advocated|stated)\s+by\s+(?:[A-Z][\w'’-]*\s+){0,3}$")}


def _cited(doc: _Doc, p: PersonMention, s: int) -> bool:
    return bool(_CITED_BEFORE["zh" if doc.language == "zh" else "en"].search(
        doc.simplified(max(s, p.evidence.start - 40), p.evidence.start)))


def _attends(doc: _Doc, a: AgencyMention, before: str, sentence_end: int) -> bool:
    """The agency attends, or stands for its officials who do ("各省药监局负责同志参加会议", "officials from the
    NHC"); matched in the simplified text, so that 參加 is 参加."""
    if _OFFICIALS_BEFORE.search(before):
        return True
    ns, ne = doc.norm_range(a.evidence.end, sentence_end)
    norm = doc.text.norm
    if _ATTENDED_AFTER.match(norm, ns, ne) or _OFFICIALS_AFTER.match(norm, ns, ne):
        return True
    # the long-list pattern is slow to fail: tried only where "attended" follows at all
    return "attended" in doc.view[ns:ne] and bool(_ATTENDED_LIST.match(norm, ns, ne))


def _inside_title(text: str, sentence_start: int, at: int) -> bool:
    """Whether `at` lies within a 《title》 opened in its sentence."""
    opened = text.rfind("《", sentence_start, at)
    return opened >= 0 and text.find("》", opened, at) < 0


def _after_quotes(view: str, start: int, pos: int) -> int:
    """Where the words after the last quotation closing between start and pos begin: '"Patients should not pay
    more," Ding said at a briefing' is told by its reporter, whatever the quotation says ought to be."""
    return max(start, view.rfind('"', start, pos) + 1, view.rfind("”", start, pos) + 1)


_HELD_A_TALK = re.compile(r"(?:举行|召开)(?:了)?(?:工作|专题)?$")


def _in_the_past(doc: _Doc, drafts: list[_Draft], published: date | None) -> list[_Draft]:
    """Occurrences reported as done that a yearless day puts after publication took place the year before, where the
    year the text last named is that one: "2024年，全市医保部门…。4月12日，市医保局…召开…部署会" on a page of January 2025
    (dates.py keeps such a day in the publication's year for a few months, as announcements of what is to come need)."""
    if published is None:
        return drafts
    for draft in drafts:
        if not draft.start_date or draft.start_date <= published + _PUBLISHED_SLACK:
            continue
        s, e = doc.sentence_of(draft.span[0])
        told = [d for d in doc.within(doc.dates, s, e) if d.start_date == draft.start_date]
        years = _YEAR.findall(doc.text.original, max(0, s - _YEAR_CONTEXT), s)
        if told and not any(d.has_year for d in told) and not _TO_COME_WORDS.search(doc.view, *doc.norm_range(s, e)) \
                and _year_before(draft.start_date) <= published and years and int(years[-1]) == published.year - 1:
            draft.start_date = _year_before(draft.start_date)
            draft.end_date = draft.end_date and _year_before(draft.end_date)
    return drafts


_CLAUSE_MARKS = re.compile(r"[,;，；。、]")
_YEAR_CONTEXT = 400     # how far back (characters) the year a text last named is looked for
# What a sentence tells as still to come, whatever its verb
_TO_COME_WORDS = re.compile(r"\b(?:will|shall|would|scheduled|expected|plans?\s+to|set\s+to|upcoming|next)\b"
                            r"|将|拟|计划|预计|即将|定于|明年|下周|下月")


def _year_before(day: date) -> date:
    return day.replace(year=day.year - 1, day=min(day.day, 28) if (day.month, day.day) == (2, 29) else day.day)


def _mentions(doc: _Doc, language: str) -> list[_Draft]:
    norm = doc.text.norm
    nouns = doc.nouns
    if not nouns:
        return []       # no event named: every sentence would be passed over
    # an occurrence still to come is no report of one ("sub-forums will be held", "将于10月在深圳举行")
    future = _FUTURE_BEFORE[language]
    verbs = [start for start, _, _ in doc.occurrences]
    # "Applicants will be required to submit a plan at the pre-submission meeting": where a rule asks it done
    if language == "en" and any(word in doc.view for word in _RULE_WORDS) and _RULE_BEFORE.search(doc.view):
        # (one scan, and only where one of its words stands: most pages state no rule)
        verbs = [v for v in verbs if not (doc.view.startswith(("at ", "during "), v) and _RULE_BEFORE.search(
            doc.view, _after_quotes(doc.view, doc.norm_range(*doc.sentence_of(doc.text.span(v, v)[0]))[0], v), v))]
    to_come = [v for v in verbs if future.search(doc.view, max(0, v - _FUTURE_REACH), v)]
    first_to_come: dict[int, int] = {}     # sentence -> where the first verb of what is to come stands
    if to_come:     # ... nor is anything else in its sentence ("During the conference, sub-forums will be held")
        def sentence_of(v: int) -> int:
            return bisect.bisect_right(doc.starts, doc.text.span(v, v)[0]) - 1
        for v in to_come:
            first_to_come.setdefault(sentence_of(v), v)
        # (but what an earlier clause says happened did: "…今（24）日盛大开幕，…将于28日闭幕", "held a bilateral
        # meeting on September 24, at which both sides … agreed to hold regular technical exchanges")
        verbs = [v for v in verbs if (cue := first_to_come.get(sentence_of(v))) is None
                 or v < cue and _CLAUSE_MARK.search(doc.view, v, cue) and (
                     language == "zh" or _AGREED_TO.search(doc.view, max(0, cue - 24), cue))]
    drafts: list[_Draft] = []
    last_date: tuple[date, date | None] | None = None
    last_dated_sentence = last_draft_sentence = -1
    # Where the nouns stand in the original, so that sentences without one are passed over at once.
    noun_starts = [doc.text.offsets[a] for a, _, _ in nouns]
    first = 0  # the first noun at or after the sentence: sentences and nouns are both in order
    for index, (s, e) in enumerate(doc.sentences):
        while first < len(nouns) and noun_starts[first] < s:
            first += 1
        if first == len(nouns) or noun_starts[first] >= e:
            continue  # no event noun: nothing to report, and no date to carry on
        ns, ne = doc.norm_range(s, e)
        if language == "zh" and _RULE_ARTICLE.match(norm, ns):
            continue    # "第六条　定点医疗机构应…及时召开…会议": an article of a rule says what is to be done
        i = bisect.bisect_left(verbs, ns)
        occurrence = verbs[i] if i < len(verbs) and verbs[i] < ne else None
        seen: dict[str, int] = {}     # kind -> where its noun ended
        abroad: bool | None = None  # whether the sentence places its events outside China: asked once
        for a, b, kind in itertools.islice(nouns, first, None):
            if a >= ne:
                break
            if kind == "meeting" and language == "en" and _WITH_A_DELEGATION.match(doc.view, b) and not any(
                    d.event_type == "visit" and d.end_date for d in drafts) and not doc.view.endswith(_MEETING_FORMATS, a, b):
                kind = "visit"  # "held talks with the delegation": a delegation received (unless on its trip of days told;
                #                 "chaired a roundtable with the delegation and heads of six companies" is a meeting held)
            if b > ne or (kind != "visit" and occurrence is None):
                continue
            if language == "zh" and kind == "meeting" and (held := _HOLDS_ANOTHER_ZH.match(norm, b)) and any(
                    k == "meeting" and held.end() <= a2 < ne and not _CLAUSE_MARK.search(norm, held.end(), a2)
                    for a2, _, k in itertools.islice(nouns, first, None)):
                continue    # "大会举办了“…”专题研讨会": the conference as the host of the one reported
            if language == "zh" and kind == "meeting" and _SESSION_NAMED_AFTER.match(norm, b):
                continue    # "年会“创新药械：从研发到可及”分论坛…举行": the session of the conference, named after it
            if kind == "visit" and language == "zh" and (cue := first_to_come.get(index)) is not None and cue < a \
                    and not doc.within(doc.dates, doc.text.span(cue, cue)[0], doc.text.span(a, a)[0]):
                continue    # "大会还将举办…论坛，并组织与会嘉宾实地考察…": a visit in the clauses of what is to come
            if kind != "visit" and occurrence < first_to_come.get(index, ne) < a:
                continue    # named in the clause of what is still to come ("考察期间，双方同意于下半年…联合举办…研讨会")
            if kind in seen and not _dated_apart(doc, seen[kind], a, b, e):
                continue    # one of a kind per sentence, unless each is dated in its own clause
            # (the second by the date after it: "..., and approved at the 13th meeting ... on Nov 29")
            own_clause = (s, doc.text.span(a, a)[0]) if kind in seen else None
            after_noun = held.end() if (held := _HELD_WORD.match(doc.view, b)) else b
            if any(cue.match(doc.view, after_noun) for cue, _ in _NEIGHBOUR_DAY):
                continue  # "开标前一日", "座谈会召开前一天": the event named is the reference point, reported elsewhere
            if language == "zh" and _PREPARED_FOR.search(norm, max(ns, a - 8), a):
                continue  # "为开好此次座谈会": the meeting a trip prepared for, reported in its own sentence
            if language == "zh" and _NOUN_OF_A_NOTICE.match(norm, b):
                continue  # "听证会举行公告…进行了公示": the notice of a hearing
            if language == "zh" and _NOUN_OF_A_BODY.match(norm, b):
                continue  # "中国—葡语国家经贸合作论坛(澳门)常设秘书处": a body named after the forum
            if language == "zh" and drafts and norm[a:b] == "会议" and _MEETING_SAYS.match(norm, b) and (
                    not norm[ns:a].strip() or norm[a - 1] in "，,；;"):
                continue  # "会议还通报了3月26日至28日…的情况": the meeting reported, telling of something dated
            if language == "zh" and _NOUN_AS_A_TOPIC.match(norm, b):
                continue  # "就冷链设备验证、停电应急演练等情况进行了交流": what was talked about
            if language == "zh" and _ITS_DIRECTIONS.match(norm, b) and _CARRIED_OUT_BEFORE.search(norm, max(ns, a - 30), a):
                continue  # "落实今年3月召开的全省药品监管工作会议部署": the directions of a meeting cited, not one reported
            if language == "zh" and _TO_BE_HELD.search(doc.view, max(ns, a - 32), a):
                continue  # its sentence has reported nothing held yet
            if language == "zh" and _NEXT_STEPS.search(norm, ns, a):
                continue  # "下一步，国家卫生健康委将会同…等部门，于今年第四季度开展…专项检查": the plans told
            if kind == "visit" and language == "zh" and _AGREED_OR_PLANNED.search(doc.view, max(ns, a - 16), a):
                continue  # "双方同意在药品检查…方面加强合作", "检查组计划于5月中旬来宜开展…执法检查": agreed, or planned
            if kind == "visit" and language == "zh" and (
                    future.search(doc.view, max(ns, a - 16), a) and not _DAY_STATED_ZH.search(norm, max(ns, a - 16), a)
                    or _MONTHS_AHEAD.search(norm, max(ns, a - 16), a) and _WILL_ZH.search(norm, ns, a)
                    or norm.startswith("开展", a) and (_TO_DO_WITH_OTHERS.search(doc.view, max(ns, a - 40), a)
                                                     or _DEPLOYED.search(norm, ns, a))):
                continue  # "…还将开展延伸检查或联合检查", "协会将组织会员企业赴新津开展项目考察", "将加强…检查，8月下旬至9月底开展一次
                #           …专项检查" (months, no day, for what a sentence says will be done), "下一步还将联合市卫生健康委、
                #           市民政局开展…专项检查", "部署开展…飞行检查": an inspection to come (a visit needs no verb to be
                #           told); but a programme's day is told as it will be ("代表团明日（十一月八日）将参观…")
            if language == "zh" and drafts and (_NOUN_AS_TIME.match(norm, b) or _NOUN_AS_TIME_AFTER.match(norm, b)):
                continue  # "座谈会前，两部门还就…进行了会商", "开幕式后，…签署": the event reported, as the time of another
            if drafts and (_AFTER_THE.search(doc.view, max(ns, a - 16), a)
                           or doc.view[ns:a].strip() == "at the" and doc.view.startswith(",", b)):
                continue  # "After the talks, they signed ...", "At the ceremony, …": the one just reported, whatever it was called
                #           (not "At the symposium held in Shangluo on Wednesday, …", told there first)
            if language == "en" and any(d.event_type == kind for d in drafts) and _SAID_THE.search(
                    doc.view, max(ns, a - 40), a):
                continue  # "Wei Lan said the talks had covered ...": what is said of the talks reported before
            if language == "en" and doc.names_a_body(*doc.text.span(a, b)):
                continue  # "the Standing Committee of the Hunan Provincial People's Congress": a body, not a session
            if language == "en" and _VENUE_AFTER.match(doc.view, b):
                continue  # "at the Hangzhou International Expo Center": where an event is, not one
            if language == "en" and occurrence is not None and occurrence < a and _FUTURE_CLAUSE.search(
                    doc.view, occurrence, a):
                continue  # "signed the Framework Agreement, under which the two sides will … hold a joint emergency drill"
            if language == "zh" and kind == "other" and any(norm[a:b] in d.name for d in drafts if d.event_type != "other"):
                continue  # "“…研究基地”揭牌暨启动会在武汉举行。…共同为基地揭牌": the unveiling the meeting is named by
            if kind == "visit" and language == "zh" and drafts and norm.startswith("现场", b):
                continue  # "活動結束前，…一同參觀了現場的藥物諮詢站": a booth at the event reported, part of it
            if language == "zh" and kind not in _HELD_AT and _inside_title(norm, ns, a):
                continue  # 印发《关于召开…会议的通知》, 《关于开展…专项检查的通知》: what a title names, none held
            if language == "zh" and _QUOTED_KIND.match(norm, b) and (quote := _QUOTE_OPEN.search(norm, max(ns, a - 8), a)) \
                    and not norm.endswith("召开", ns, quote.start()):   # (召开「长照药事服务座谈会」: held; not 举行「提交前会议」)
                continue  # 「提交前会议」: the name of a kind of meeting, not one held
            if language == "zh" and norm.startswith("大会", a) and norm.endswith(("人民代表", "职工代表", "党员代表"), ns, a):
                continue  # 人民代表大会: a body's name (its session is the 会议 after it)
            if language == "en" and doc.view.startswith("congress", a) and doc.view.endswith(
                    ("provincial people's ", "municipal people's ", "provincial people’s ", "municipal people’s "), ns, a):
                continue  # "the Yunnan Provincial People's Congress": a body (its session is the "session of" it)
            if language == "zh" and _TALLY_OF_EDITIONS.search(norm, max(ns, a - 24), a):
                continue  # "先后举办4届监管科学国际研讨会": a tally of editions, none of them reported
            if language == "zh" and _COUNTED_SESSIONS.search(norm, max(ns, a - 12), a):
                continue  # "年会同期举办…中药与天然药物等8个分论坛": a count of sessions, none of them reported
            if language == "en" and _FIRST_EDITION_AFTER.match(doc.view, b):
                continue  # "The forum was first held in Kunming in 2019": its history, not this edition
            if norm.startswith("座谈", a) and b - a == 2 and not (
                    (day := _OPENS_ON_ITS_DAY.match(norm, max(ns, max(norm.rfind(c, ns, a) for c in "；;") + 1)))
                    and not _CLAUSE_MARK.search(norm, day.end(), a)) and not _HELD_A_TALK.search(norm, max(ns, a - 6), a):
                continue  # "并与企业代表座谈": a talk within a visit; "13日，省长与余艳红一行座谈" is a meeting of its own,
                #           and so is one held: "局长江效东与西门子医疗代表团举行工作座谈"
            if kind == "signing" and _NORMATIVE.search(norm, ns, a):
                continue  # "应当与受托方签订委托协议", "shall sign an agreement": what a rule requires, not a signing
            if kind == "signing" and language == "zh" and "签" not in norm[ns:ne]:
                continue  # "依据医保服务协议严肃处理": an agreement acted on, not one signed
            if kind == "signing" and language == "zh" and _TO_BE_SIGNED.search(norm, max(ns, a - 20), a):
                continue
            if kind == "visit" and language == "zh" and _YEAR_TALLY_ZH.search(norm, max(ns, a - 60), a):
                continue    # "2023年国家医保局共组织飞行检查组对…8家医保经办机构开展了飞行检查": a year's tally, none reported
            if kind == "signing" and language == "zh" and _ASKED_ABOUT_ZH.search(norm, max(ns, a - 16), a) \
                    and "情况" in norm[b:min(ne, b + 30)]:
                continue    # "仔细询问了委托生产质量协议签订、…等情况": a matter asked about, no signing
            if not (language == "en" and _SIDELINES_OF.search(doc.view, max(ns, a - 28), a)
                    and doc.within(doc.agencies, doc.text.span(b, b)[0], e)
                    or language == "zh" and _AT_THE_SCENE.match(norm, b)):
                seen[kind] = b  # (the event beside or at which another is held leaves that one its kind: "On the
                #                 sidelines of the workshop, the TFDA and the Thai FDA held a bilateral meeting",
                #                 "开幕式上，沈卫东与陈晓峰共同为…揭牌")
            if language == "zh":
                name, proper = _chinese_name(norm, a, b, ns)
            else:
                name, proper = _english_name(norm, a, b, ns, ne)
            anchor, _ = doc.text.span(a, b)
            start, end, dated = _sentence_date(doc, s, e, anchor, language, outside=own_clause,
                                               issue_dates=kind == "release")
            if language == "zh" and any(d.event_type != kind and norm[a:b] in d.name for d in drafts) \
                    and _points_back(doc.view, a, b, language):
                continue    # "在发布会上介绍" after "举行…产品发布会": the launch just reported, whatever its kind
            # (undated too, in Chinese: 唐鳳在記者會上說明 after the press conference's day was told; and one its noun
            # names: 在约谈会上 is no 推进会 reported before)
            pointed_back = next((d for d in reversed(drafts) if d.event_type == kind and d.start_date and (
                language != "zh" or norm[a:b] in d.name)), None) if (
                (dated or language == "zh" and kind in ("meeting", "press_conference"))
                and _points_back(doc.view, a, b, language)) else None
            if pointed_back:
                # "林文健在记者会上表示，管理局于五月十六日举行的会议上通过…": the press conference reported, not
                # one on the day another clause (or sentence before) names
                start, end, dated = None, None, True
            if dated and start and end is None and (days := _day_from_the_sentences_date(doc, ns, ne, a, b)):
                # "inspected the park on Tuesday, and chaired a symposium ... the following day", "21日调研…，次日召开座谈会"
                start += timedelta(days=days)
            if kind != "meeting" and _AFTER_A_MEETING.search(doc.view, max(ns, a - 16), a) and (held := next((
                    d for d in reversed(drafts) if d.event_type == "meeting" and d.start_date), None)):
                # "在院會後記者會中補充說明，…衛福部曾於111年12月8日召開公聽會": the meeting's day, not another clause's
                start, end, dated = held.start_date, None, True
            if not dated and s > doc.headline_end and (titled := _headline_date(doc, norm[a:b])):
                # a transcript's headline names it with its day: "Regular Press Conference of the Ministry of Commerce
                # (June 15, 2023)" ... "Welcome to MOFCOM's regular press conference"
                start, end, dated = titled, None, True
            if not dated and (nth := _NTH_DAY.match(doc.view, ns)) and (days := next((
                    (d.start_date, d.end_date) for d in reversed(drafts) if d.start_date and d.end_date), None)):
                # "On the second day, the delegation travelled to Macao": that day of the trip (or event) of days told
                number = _NTH_DAY_NUMBERS[(nth.group("en") or nth.group("zh")).lower()]
                day = days[1] if number is None else days[0] + timedelta(days=number - 1)
                if day <= days[1]:
                    start, end, dated = day, None, True
            if not dated and not any(c.search(norm, ns, ne) for c, _ in _NEIGHBOUR_DAY) and (
                    heading := _item_heading_date(doc, s)):
                # "Jan. 18: 2022 reimbursement list released\n… At a press conference held by the NHSA that day": the day
                # of the digest's item it stands in
                (start, end), dated = heading, True
            if not dated and _TRIP_BEFORE.match(doc.view, ns) and _TRIP_AWAY.search(doc.view, ns, ne):
                # "会前，蒋作君率调研组赴上海、浙江开展专题调研，…召开座谈会": a trip (and what it held) on days of its own
                start, end, dated = None, None, True
            if not dated and (cue := _SAME_DAY.search(norm, ns, ne)) and not (
                    last_date and any(c.search(norm, ns, ne) for c, _ in _NEIGHBOUR_DAY)) and not (
                    _LAST_YEAR.search(doc.view, ns, cue.start())) and not (
                    cue.group().lower().startswith("at ") and norm[ns:cue.start()].strip(" \"“")):
                # ("At the opening ceremony, …" opens its sentence; "Other guests at the opening ceremony included …" is
                # a list of who was there)
                # (not one a year before the report: "去年10月，…出席在伊斯兰堡举行的研讨会期间")
                # (not "会前一天", the day before the meeting: a day from it, below)
                # one day of it ("on the opening day"), or of what the text last dated ("…昨日（13日）印发…。当日举行")
                same_day = last_date or _date_of_sentence_before(doc, index, language) or (
                    # ("…issued the Notice on Tuesday. [four sentences on what it says] …said at a briefing on the same
                    # day": a day named so looks further back for the one told last)
                    _date_of_sentence_before(doc, index, language, reach=_NAMED_DAY_REACH)
                    if _A_DAY.search(cue.group()) else None)
                if last_date and last_dated_sentence < index - 1 and (
                        day := _date_of_sentence_before(doc, index, language, reach=1)
                        or (_last_day_opened_on(doc, s) if _A_DAY.search(cue.group()) else None)
                ) and day[1] is None and (
                        last_date[0] < day[0] <= max(last_date[1] or last_date[0], last_date[0] + timedelta(days=7))):
                    same_day = day  # "30日，检查组在大同市…。31日上午，检查组转赴朔州市…。当天下午，…召开座谈会": the day told last
                if _AN_OPENING.search(cue.group()) and (opened := next((
                        d for d in reversed(drafts) if d.event_type == "meeting" and d.start_date), None)):
                    # "During the opening ceremony, …" after the governor's meeting the evening before: the day the
                    # event reported opened
                    same_day = (opened.start_date, None)
                lead = next((d for d in drafts if d.start_date), None)
                if last_date and lead and last_date[0] < lead.start_date and "\n" in doc.text.original[
                        doc.sentences[last_dated_sentence][1]:s]:
                    # "3月18日，李利会见…。(他指出,2024年11月12日…举行交流会。)\n当日下午，…参观": after a
                    # recollection told in a paragraph of its own, the report's day
                    same_day = (lead.start_date, None)
                if same_day and (same_day[1] is None or _A_DAY.search(cue.group())
                                 or norm.endswith(("开幕", "开班", "开营"), ns, cue.start())   # (开幕式后: its first day)
                                 or cue.group().endswith("前")):    # (研讨会前: before it opened, its first day)
                    start, end, dated = same_day[0], None, True
                elif same_day and _AFTER_THE_CLOSE.search(norm, ns, ne):
                    start, end, dated = same_day[1], None, True     # "闭幕会后", "after the closing session": its last day
                elif same_day:      # "during the forum" of two days: on one of them, which is not said
                    start, end, dated = None, None, True
            if not dated and language == "en" and _SINCE_DONE.search(doc.view, max(ns, a - 60), a):
                start, end, dated = None, None, True    # "… has since signed memoranda with 10 hospitals": after the day
                #                                          told before, not on it
            if not dated and (_PART_OF_DAY.match(norm, ns, ne) or _THEN_DID.match(norm, ns, ne) and (
                    kind != "visit" or last_date and last_date[1] is None)) and (
                    same_day := _date_of_sentence_before(doc, index, language) or last_date or _last_date_before(doc, s)):
                # the day the text last stated ("15日上午，调研组来到吉安… 随后，…召开座谈会"), of a range its first
                if last_date and same_day[0] < last_date[0] - timedelta(days=7):
                    same_day = last_date    # (not a day recalled in between: "Since the mechanism was launched on
                    #                          November 1, 2023, … In the afternoon, Professor Lo … called on …"; but
                    #                          a trip's first day told after its last: "今日（十一月十七日）繼續…訪問。
                    #                          代表團昨日（十一月十六日）抵達中山，…。其後，…舉行工作會議")
                start, end, dated = same_day[0], None, True
            if not dated and language == "en" and _ALSO_ATTENDING.search(doc.view, max(ns, a - 32), a) and not any(
                    d.event_type in (kind, "visit") for d in drafts) and (
                    told := _date_of_sentence_before(doc, index, language, reach=1)):
                # "X met representatives of the trade today (January 16). Also attending the meeting were …": the
                # meeting the sentence before told (unless one was reported, or a call met with: that one)
                (start, end), dated = told, True
            if (not dated and kind == "signing" and last_date and last_dated_sentence == index - 1
                    and not any(d.event_type == "signing" and d.span[0] >= doc.headline_end for d in drafts)):
                # "X met Y. The two sides signed ...": at that meeting (unless the report told a signing: that one)
                (start, end), dated = last_date, True
            if (not dated and kind == "visit" and language == "zh" and last_date and last_date[1] is None
                    and last_dated_sentence == index - 1 and _MEETS_HOSTS.fullmatch(norm, a, b)
                    and "\n" not in doc.text.original[doc.sentences[index - 1][1]:s]):
                # "6月20日，…在昆明签署《协议》。王宁会见了章轲一行。": the delegation received that day
                (start, end), dated = last_date, True
            if dated and kind not in ("release", "signing"):    # (a signing is on the day told, not "the two-day forum closed")
                start, end = _with_duration(doc, index, start, end)
            if end and kind in ("meeting", "signing") and any(
                    d.event_type == "visit" and (d.start_date, d.end_date) == (start, end) and s <= d.span[0] < e
                    for d in drafts):
                # "9月12日至14日，X一行来甘肃…调研，并在兰州召开座谈会", "visited Harbin from Tuesday to Thursday, during
                # which the two sides signed": on one day of the trip, not said
                start = end = None
            if this := _THIS_EVENT.search(doc.view, max(ns, a - 40), a):
                # "this/today's press conference": the page's own, dated by its header ("Date: July 16, 2021")
                # even where "today" would say the day of publication
                header = _date_line_before(doc, s, labelled_only=dated)
                earlier = next((d for d in reversed(drafts) if d.event_type == kind and d.start_date), None)
                if dated and start and earlier and start < earlier.start_date <= start + timedelta(days=14):
                    end = earlier.end_date or earlier.start_date    # "本次会议于3月26日开幕" after its close on the 28th
                elif dated and start and earlier and this.group().lower().startswith(("今", "today")) \
                        and earlier.start_date < start <= earlier.start_date + timedelta(days=3):
                    # a transcript posted the day after ("9月9日下午3时…召开新闻发布会。…今天我们召开新闻发布会"): its
                    # "today" is the day its lead reported
                    start, end = earlier.start_date, earlier.end_date
                elif header:
                    start, end, dated = header, None, True
                elif earlier:   # "Today's news conference is concluded", in its transcript: the one reported
                    start, end, dated = earlier.start_date, earlier.end_date, True
            if not dated and kind == "press_conference":
                start = _date_line_before(doc, s, labelled_only=True)  # a transcript under its "Date:" header
                dated = start is not None
            if not dated and (_LAUNCH_MEETING.search(doc.view, max(ns, a - 12), b) or _TO_LAUNCH_AFTER.match(
                    doc.view, b) and not any(c.search(norm, ns, ne) for c, _ in _NEIGHBOUR_DAY) or _AT_AN_EVENT_OPENING.match(
                    doc.view, ns, a) or _PASSED_AT.search(doc.view, max(ns, a - 64), a)
                    or _PRESENTED_AT.search(doc.view, max(ns, a - 80), a)) and (
                    launched := _date_of_sentence_before(doc, index, language, reach=1)):
                # "a campaign launched yesterday. At a kick-off meeting, ...", "Regulators pledged on Wednesday to ...
                # At a joint news conference held in Beijing, ...", "… on Monday honored 20 hospitals … The awards were
                # presented at the provincial clinical pharmacy work conference": where what was just told was done,
                # that day
                (start, end), dated = launched, True
            if not dated and (_OPENING_CEREMONY.search(doc.view, max(ns, a - 12), b)
                              or kind == "other" and _UNVEILED_AT.search(doc.view, max(ns, a - 120), a)) and not any(
                    d.noun == norm[a:b] and d.start_date for d in drafts) and (
                    opened := _opened_before(doc, index, language)):
                # "A service station opened in Guangming on Wednesday. ... unveiled its nameplate at the opening
                # ceremony": the ceremony of what the report told opened, that day (a ceremony the report already
                # told is that one: "…参加揭牌仪式" after the other branches "已分别于12月6日…揭牌")
                start, end, dated = opened, None, True
            quoted_from = kind == "press_conference" and not any(d.event_type == kind for d in drafts)
            if not dated and (dateline := _dateline_for(doc, s, e, reach=99 if quoted_from else 1)):
                # "新华社北京1月3日电 李克强主持召开国务院常务会议": the day filed; and the (first) press conference a
                # wire story quotes from ("Zeng Yixin told a press conference that ..."), anywhere in it
                start, dated = dateline, True
            if not dated and quoted_from and (said := _day_officials_said(
                    doc, index, reach=4 if _TOLD_A_CONFERENCE.search(doc.view, ns, ne) else 1)):
                # "..., health officials said on Tuesday. ... Jiao Yahui told a news conference": that day's; and
                # "..., the regulator said on Tuesday. The NMPA held a news conference in Beijing to ...", right after
                start, dated = said, True
            if not dated and language == "en" and _REMARKS_MADE_AT.search(doc.view, max(ns, a - 80), a) and (
                    said := _day_officials_said(doc, index, reach=1)):
                # "..., the country's top drug regulator said Monday. The remarks were made at the opening of the X"
                start, dated = said, True
            if not dated and (last_date or index):
                for cue, days in _NEIGHBOUR_DAY:
                    if cue.search(norm, ns, ne) and (
                            before := last_date or _date_of_sentence_before(doc, index, language, reach=1)):
                        # ("…jointly issued the Work Plan on April 28. The next day, the five authorities convened …")
                        start, end, dated = before[0] + timedelta(days=days), None, True
                        break
            if kind == "signing" and (start is None and _TALLY_OF_PARTIES.search(norm, max(ns, a - 30), a)
                                      or language == "en" and (_COMPANIES_SIGNED.search(norm, max(ns, a - 60), a)
                                                               or _SIGNED_HUNDREDS.search(norm, max(ns, a - 40), a))):
                continue    # "与34家企业签署了研究服务协议": a tally of agreements, none of them reported
            if start is None and norm.endswith("飞行检查", a, b):
                continue    # "对中药饮片生产企业开展飞行检查": a programme of unannounced inspections, not one reported
            if start is None and norm.endswith(("竞赛", "大赛"), a, b):
                continue    # "择优推荐参加全国中药炮制技能竞赛": a contest named, none held here
            if start is None and norm.startswith("为契机", b):
                continue    # "愿以签署备忘录为契机": the signing reported, taken as an occasion
            if kind == "signing" and start is None and _NEGOTIATED.search(doc.view, max(ns, a - 40), a):
                continue    # "negotiations on the WHO Pandemic Agreement": under negotiation, not signed
            if kind == "signing" and language == "zh" and _AGREED_TO_SIGN.search(norm, max(ns, a - 90), a):
                continue    # agreed to sign, with the day of the meeting that agreed it
            if kind == "signing" and language == "en" and _TO_SIGN.search(doc.view, max(ns, a - 60), a):
                continue    # "would sign pairing agreements with the 11 hospitals", with the day it was said
            if start is None and kind == "signing" and language == "zh" and _AIMED_AT.search(
                    norm, _clause_start(norm, ns, a), a):
                continue    # "力争于年内完成《…谅解备忘录》文本磋商，并择机举行签署": a signing aimed at
            if start is None and language == "zh" and _REQUIRED_OF.search(norm, max(ns, a - 16), a):
                continue    # "《办法》要求委托双方签订委托协议": what a rule requires, no occurrence
            if _UPCOMING.search(doc.view, max(ns, a - 40), a):
                continue    # "met … on May 22 and exchanged views on … the upcoming China International Import Expo"
            if start is None and _ANOTHER_OCCURRENCE.search(doc.view, max(ns, a - 30), a):
                continue    # "The previous meeting was held in Ningbo …": another occurrence than the one reported
            if start is None and _LAST_YEAR.search(doc.view, max(ns, _clause_start(norm, ns, a)), b):
                continue    # "藥監局去年與廣東省藥監局簽署的《協議》": a past occurrence recalled, without its day
            if kind == "signing" and end is not None and end != start:
                start = end = None  # "signed … during the forum, which ran from Tuesday to Wednesday": one of its days
            proper = proper and name != norm[a:b]  # "MoU" alone is a noun, not a title
            if (not proper and kind in _VERB_NOUN_TYPES) or norm.endswith("约谈", a, b):   # (联合约谈: a verb too)
                name = _clause_name(doc, kind, a, b, ns, ne, language)
            if abroad is None:
                abroad = places_abroad(norm[ns:ne])
            draft = _Draft(kind, name, proper, (anchor, doc.text.span(a, b)[1]), start, end, dated, noun=norm[a:b],
                           abroad=abroad)
            if start and end is None and kind == "meeting" and (edge := _EDGE_AFTER[language].match(doc.view, b)):
                draft.edge = "opened" if edge.group("opened") else "closed"
            if start and (parts := _PART_OF_DAY_WORD.findall(doc.simplified(s, anchor))):
                draft.part_of_day = parts[-1].lower()
            draft.month_only = start is None and proper and kind == "meeting" and bool(
                _MONTH_ONLY[language].search(doc.text.original, s, anchor))
            verb_pos, _ = doc.text.span(occurrence if occurrence is not None else a, ne)
            if own_clause and (before := next((d for d in reversed(drafts) if d.event_type == kind), None)):
                # two occurrences of a kind in one sentence, each in its clause: the first's ends with its date
                boundary = _clause_end_after(doc, before.span[1], anchor)
                _keep_links_before(before, boundary)
                _fill_links(draft, doc, boundary, e, anchor)
            else:
                _fill_links(draft, doc, s, e, min(verb_pos, anchor))
            if kind == "press_conference" and language == "en" and (host := next(
                    (m for m in doc.within(doc.agencies, s, e) if 0 <= anchor - m.evidence.end <= 1), None)) \
                    and _TOLD_A.search(doc.text.original, max(s, host.evidence.start - 16), host.evidence.start):
                # "Li Li told a State Council Information Office news conference": the body named with the briefing
                # holds it; the speaker's is a participant
                draft.participants = [o for o in draft.organizers + draft.participants if o != host.agency_id]
                draft.organizers = [host.agency_id]
                draft.agency_evidence.setdefault(host.agency_id, host.evidence)
            if pointed_back or _ATTENDING_BEFORE[language].search(doc.view, max(ns, a - 12), a):
                # "…司长袁林…参加会见": those named took part in the meeting; someone else held it (as did those
                # speaking at the press conference reported before: "said Xu Xu, director of X, at the press conference")
                draft.participants, draft.organizers = draft.organizers + draft.participants, []
            if (kind == "signing" and not draft.organizers and drafts and last_draft_sentence >= index - 2
                    and _BOTH_SIDES.search(norm, ns, a)):
                _parties_of(drafts[-1], draft)   # "X met Y in Guangzhou. The two sides signed ..."
            elif kind == "meeting" and not draft.organizers and _BOTH_SIDES.search(doc.view, ns, a) and (
                    sides := next((d for d in reversed(drafts) if d.organizers), None)):
                # "签署仪式后，双方举行工作会议": the sides of what was just reported hold it
                draft.hosted_by(sides.organizers + sides.participants, sides)
            drafts.append(draft)
            last_draft_sentence = index
            if start and not _TO_COME_SENTENCE.search(doc.simplified(s, e)):
                last_date, last_dated_sentence = (start, end), index    # (what is still to come dates nothing after it)
    return drafts


def _decision_verbs(doc: _Doc, language: str) -> Iterator[re.Match[str]]:
    """`_DECISION`'s matches in the view, in order: tried only in the sentences holding one of `_DECISION_WORDS`
    (every match holds one), as the pattern, opening on a word boundary, is otherwise tried at every position."""
    view, pattern = doc.view, _DECISION[language]
    sentences: set[int] = set()
    for word in _decision_word_list(language):
        at = view.find(word)
        while at >= 0:
            i = bisect.bisect_right(doc.starts, doc.text.span(at, at)[0]) - 1
            sentences.add(i)
            s, e = doc.sentences[i]
            at = view.find(word, max(at + 1, doc.norm_range(s, e)[1]))     # (on from the next sentence)
    for i in sorted(sentences):
        yield from pattern.finditer(view, *doc.norm_range(*doc.sentences[i]))


@lru_cache(maxsize=2)
def _decision_word_list(language: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w for word in _DECISION_WORDS[language]
                               for w in ((word,) if isinstance(word, str) else word)))


def _decision_drafts(doc: _Doc, language: str, events: list[_Draft], published: date | None,
                     directives: list[Directive]) -> list[_Draft]:
    """The decisions a page reports as its news (`_DECISION`): each sentence that tells one with its day, near
    publication, with the body that decided in it (or, for "the bureau", in the sentence before), on a day no other
    event of the page stands (where it was told) and no decision before it took."""
    if published is None or not doc.agencies:
        return []
    norm, view = doc.text.norm, doc.view
    if not any(word in view if isinstance(word, str) else all(w in view for w in word)
               for word in _DECISION_WORDS[language]):
        return []           # (most pages tell none: a few scans at C speed, no pattern tried along the text)
    told: set[tuple[int, int]] = set()
    drafts: list[_Draft] = []
    titles: list[tuple[int, int]] | None = None
    for verb in _decision_verbs(doc, language):
        if any(verb.group() in _folded(d.title) for d in directives):    # (a word of a title, maybe: where?)
            if titles is None:
                titles = [span for d in directives for span in _title_spans(norm, d)]
            if any(ts <= verb.start() < te for ts, te in titles):
                continue    # a word of a title: "... for Conditionally Approved Drugs"
        anchor, _ = doc.text.span(verb.start(), verb.end())
        s, e = doc.sentence_of(anchor)
        if (s, e) in told:
            continue
        told.add((s, e))
        ns, ne = doc.norm_range(s, e)
        if _TALLY_PERIOD.search(norm, ns, ne):
            continue
        start, _, dated = _sentence_date(doc, s, e, anchor, language)
        deciders = doc.within(doc.agencies, s, e)
        if not deciders:
            deciders = _deciders_around(doc, doc.starts.index(s), verb.group(), norm[ns:ne])
        if not (dated and start and deciders and timedelta(0) <= published - start <= _DECISION_NEWS):
            continue
        if any(x.start_date == start and (x.event_type != "press_conference" or s <= x.span[0] < e)
               for x in events + drafts):
            continue         # the day of an event reported: the decision was made there, or told ("…, the SZAMR said
            #                  at a press briefing Monday"; an approval a later sentence's briefing told is one of its own)
        # who decided: a court its judgment, a discipline body its review; else the bodies named before the verb
        # ("has been prequalified by the WHO": the body after "by")
        agent = [a for a in deciders if _BY_AGENT.match(doc.text.original, anchor + len(verb.group()), a.evidence.start)]
        deciders = agent or ([a for a in deciders if _DECIDING_BODY.search(a.agency_id)] if _BY_A_BODY.search(
            verb.group()) else [a for a in deciders if a.evidence.start < anchor]) or deciders
        name = _clause_name(doc, "other", verb.start(), verb.end(), ns, ne, language)
        draft = _Draft("other", name, False, (anchor, doc.text.span(verb.start(), verb.end())[1]), start, None, True)
        for a in deciders:
            if a.agency_id not in draft.organizers:
                draft.organizers.append(a.agency_id)
                draft.agency_evidence[a.agency_id] = a.evidence
        drafts.append(draft)
    return drafts


def _council_question_drafts(doc: _Doc, language: str, events: list[_Draft]) -> list[_Draft]:
    """A legislator's question and an official's reply "in the Legislative Council today" (`_COUNCIL_QUESTION`, Hong
    Kong's "LCQ" releases): the Council's meeting that day, held by the Council, the two attending."""
    if _COUNCIL[language] not in doc.view or not (found := _COUNCIL_QUESTION[language].search(doc.view)):
        return []   # (a substring test first: the pattern, opening on a word boundary, is scanned slowly on every page)
    anchor, anchor_end = doc.text.span(*found.span("council"))
    s, e = doc.sentence_of(anchor)
    start, _, dated = _sentence_date(doc, s, e, anchor, language)
    if not (dated and start) or any(x.event_type == "meeting" and x.start_date == start for x in events):
        return []
    draft = _Draft("meeting", _COUNCIL_MEETING_NAME[language], False, (anchor, anchor_end), start, None, True,
                   noun=found.group("council"))
    for a in doc.within(doc.agencies, s, e):
        if a.evidence.start >= anchor and a.agency_id not in draft.organizers:
            draft.organizers.append(a.agency_id)
            draft.agency_evidence[a.agency_id] = a.evidence
    for p in doc.within(doc.people, s, e):
        draft.attendees.setdefault(p.name, EventAttendee(p.name, "attendee", p.evidence))
    return [draft] if draft.organizers else []


def _deciders_around(doc: _Doc, i: int, decision: str, sentence: str) -> list[AgencyMention]:
    """Who decided, for a sentence i that names no body: "19 provinces announced the results. According to the
    announcement issued by the Hubei HSA, ...": the body named in the next two sentences; "The Futian bureau found
    ... The bureau issued a penalty decision": the last one named in the two sentences before."""
    k: int | None = i
    for _ in range(2 if _RESULTS.search(decision) else 0):
        if (k := _said_next(doc, k, 1)) is None:
            break
        if named := doc.within(doc.agencies, *doc.sentences[k])[:1]:
            return named
    k = i
    for _ in range(2 if _THE_BODY.search(sentence) else 0):    # (two: "Co." may end a sentence)
        if (k := _said_next(doc, k, -1)) is None:
            break
        if named := doc.within(doc.agencies, *doc.sentences[k])[-1:]:
            return named
    return []


def _points_back(view: str, a: int, b: int, language: str) -> bool:
    """The event noun at view[a:b] names where something was said or done ("at the press conference", 在记者会上)."""
    if language == "zh":    # (or those who attended it: 出席记者会的医管局总药剂师补充)
        return view.startswith("上", b) and bool(_IN_THE_ZH.search(view, max(0, a - 3), a)) or (
            view.startswith("的", b) and view.endswith(("出席", "参加"), 0, a))
    return bool(_AT_THE_NOUN.search(view, max(0, a - 24), a))


def _parties_of(meeting: _Draft, signing: _Draft) -> None:
    """The sides of a meeting are the parties of what "the two sides" sign there, with their people."""
    signing.hosted_by(meeting.organizers + meeting.participants, meeting)
    for name, attendee in meeting.attendees.items():
        signing.attendees.setdefault(name, attendee)


# (where the clause says it was signed, the name of what was signed ends: "62 projects … were signed at the opening
# ceremony", "16 projects worth 8.2 billion yuan signed at the opening ceremony")
_SIGNED_PASSIVE = re.compile(r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?)?signed\b", re.I)


def _clause_name(doc: _Doc, kind: str, a: int, b: int, ns: int, ne: int, language: str) -> str:
    """A name for an event reported by a verb: who did it and what, "Li Li meets with the EMA delegation",
    "李利会见印尼食品药品监管局局长" (the subject is the nearest person or agency before the verb)."""
    norm = doc.text.norm
    actors = [x for x in doc.people + doc.agencies if ns <= doc.norm_range(x.evidence.start, x.evidence.start)[0] < a
              and getattr(x, "role", None) not in ("reporter", "editor")]
    subject = ""
    if actors:
        nearest = max(actors, key=lambda x: x.evidence.start)
        subject = nearest.name if isinstance(nearest, PersonMention) else nearest.surface
    end = _CLAUSE_END.search(norm, b + 1, ne)
    tail = norm[b:min(end.start() if end else ne, b + (20 if language == "zh" else 80))].strip()
    if language == "zh":
        return f"{subject}{norm[a:b]}{tail}".rstrip("。，；,;")
    if kind == "signing":
        if passive := _SIGNED_PASSIVE.search(tail):
            tail = tail[:passive.start()].strip()   # "The arrangement was signed by …": the signing of the arrangement
        return f"Signing of the {norm[a:b].removeprefix('the ')} {tail}".strip()
    return " ".join(x for x in (subject, norm[a:b].strip(), tail) if x)


# A reduced relative telling when: "Under the X (2023-2024), issued by the HMHC on May 10, ..."
# (or a document dated a day: "In the Announcement on X (No. 6 of 2021), dated 14 January, the regulator ordered ...")
_BEARS_DATE_AFTER = re.compile(r"[”\"]?\s*(?:\([^()]{1,30}\)\s*)?,\s*dated\s")
_ISSUED_RIGHT_AFTER = re.compile(r"[”\"]?(?:\s+(?:in|for)\s+(?:19|20)\d\d)?\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*|\s*(?=(?:(?:was|were)\s+)?(?:jointly\s+)?"
                                 r"(?:issued|released|published|promulgated)\s+by\s))(?:(?:(?:which\s+)?(?:was|were)\s+)?(?:jointly\s+)?(?:issued|released|"
                                 r"published|promulgated|adopted|signed)\s+(?:by\s+(?:(?!\b(?:effect|effective|force|taking|took|takes)\b)"
                                 r"(?:No\.|[^,.;]|,\s+(?=(?:and\s+)?the\s))){2,160}?\s+)?"   # (a list of bodies: "by the MOF, the GACC and the NMPA on")
                                 r"on\s+|dated\s+"
                                 r"|which\s+(?:the\s+)?[^,.;]{2,120}?\s+(?:jointly\s+)?(?:issued|released|published|promulgated)\s+on\s+)"
                                 rf"(?:[a-z]{{3,9}}\.?\s+\d|\d|{WEEKDAY_WORD}\b|(?:the|that)\s+same\s+day\b)",
                                 re.I)   # (or "…, which was jointly released on April 18 by …", "…, released on Monday by …",
#                                          "… issued by the NMPA on the same day",
#                                          with no comma before "released by … on July 23" (or "was issued by … on Sept 8"),
#                                          "…, which the NHSA and the MOHRSS jointly issued on June 29", "…, signed by Premier Li
#                                          Keqiang as State Council Decree No. 677 on March 16")
# ...or told in a clause its sentence opens on: "Jointly issued by the NMPA and the CNIPA on 4 July 2021 and effective on
# the date of issuance, the Implementation Measures set out ..."
_ISSUED_OPENING = re.compile(r"(?:^|[.!?\n]\s*)(?:jointly\s+)?(?P<verb>issued|released|published|promulgated)\s+by\s+[^.;]{2,160}?,\s+"
                             r"(?:the\s+)?[”“\"]?$", re.I)
# ...or told as lately issued: "the Guiding Opinions on X, issued late last month by the NHC"
_ISSUED_LATELY_AFTER = re.compile(r"[”\"]?\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:which\s+(?:was|were)\s+)?(?:recently\s+(?:jointly\s+)?"
                                  r"(?:issued|released|published|promulgated)\b|(?:jointly\s+)?(?:issued|released|published|"
                                  r"promulgated)\s+(?:(?:late|early|earlier|in\s+(?:late|early|mid-?))\s+)?"
                                  r"(?:(?:last|this)\s+(?:month|week)|recently)\b)", re.I)    # (", which was recently issued by")
# ...or told as issued at an event reported: "According to the X (2024-2025), released by the six departments at
# the meeting, ..."
_ISSUED_AT_THE_EVENT_AFTER = re.compile(r"[”\"]?\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:which\s+(?:was|were)\s+)?(?:jointly\s+)?(?:issued|released|"
                                        r"published|unveiled)\s+(?:by\s+[^,.;]{2,80}?\s+)?(?:at|during)\s+(?:the|this)\s+"
                                        r"(?:[\w-]+\s+){0,3}?(?:meeting|conference|forum|symposium|ceremony|session)\b", re.I)
# ... or the title is the subject its sentence opens on
_SENTENCE_OPENS_ON = re.compile(r"(?:^|[.!?\n]\s*)(?:the\s+)?(?:(?:notice|circular)\s+on\s+(?:issuing|printing\s+and\s+"
                                r"distributing|releasing|publishing)\s+(?:the\s+)?)?$", re.I)
# Between titles issued together: "公布《A》（令第47号）及《B》", "issued the A and the B"
# (an edition word may stand before the next title: "发布《A》和首版《B》", "the X and the first Y")
_TITLE_LIST_GAP = re.compile(r"[》」”\"]?\s*(?:[(（][^()（）\n]{0,60}[)）])?\s*(?:及|和|与|、|以及|,|，|and|as\s+well\s+as"
                             r"|,?\s*(?:together|along)\s+with)\s*"
                             r"(?:the\s+)?(?:首版|新版|最新版|修订版|(?:first|new|updated|revised)\s+)?[《「“\"]?", re.I)
# A release signed as a decree: "The Regulations on X, signed by Premier Li as State Council Decree No. 677 on March 16"
_SIGNED_AS_DECREE = re.compile(r"[”\"]?\s*,\s*(?P<verb>signed)\s+by\s+[^,;]{2,60}?\s+as\s+(?:a\s+)?[^,;]{0,30}?(?:decree|order)\b", re.I)
# "起草了《行动方案》，经市人民政府同意，于6月9日由市人民政府办公室正式印发": drafted, then issued on a day told
_ISSUED_ON_A_DAY_AFTER_ZH = re.compile(r"[》”\"」』\s]*[，,]?(?:经[^，。；,;]{1,20}?(?:同意|批准)[，,])?于[^，。；,;]{1,14}?(?:由[^，。；,;]{1,20}?)?"
                                       r"(?:正式)?(?:印发|发布|出台|公布)")
# The clause of who told of a release, after it: ", officials said at a press conference held … on Thursday"
_SAID_AT_AFTER = re.compile(r",\s+(?:[\w'’-]+\s+){1,6}(?:said|told\s+(?:reporters|journalists))\s+(?:at|during|on)\b")
# Adopted at the last meeting of a session of days: on its last day
_AT_THE_CLOSING = re.compile(r"\bat\s+(?:the|its)\s+closing\s+(?:meeting|session|ceremony)\b|闭幕会|闭幕式")


_NICKNAME_OPENS = re.compile(r"[(（]\s*(?:[^()（）\n\"“”,，]{1,40}[,，]\s*)?(?:the\s+)?[\"“]?$", re.I)   # ('(NHSA Order No. 3, the "')


def _listed_after(view: str, a: int, b: int, between: list[tuple[int, int]]) -> bool:
    """The titles between a verb and this one are listed with it, each joined to the next (a nickname within a title,
    or given in brackets after it, "(the "Work Plan")", is no title of the list)."""
    between = [(ts, te) for ts, te in between if not _NICKNAME_OPENS.search(view, max(0, ts - 48), ts) and not any(
        os <= ts and te <= oe and (os, oe) != (ts, te) for os, oe in between)]
    ends = [te for _, te in between]
    starts = [ts for ts, _ in between[1:]] + [b]
    return all(_TITLE_LIST_GAP.fullmatch(view, e, s) for e, s in zip(ends, starts))


_NUMBER_AFTER = re.compile(r"[”\"]?\s*\([^()]{1,40}\)")


def _release_verb(verbs: list[tuple[int, int, str]], view: str, language: str, title_start: int, title_end: int,
                  other_titles: list[tuple[int, int]]) -> tuple[int, int] | None:
    """An issuing verb taking the title as its object ("issued the X", "X was released", "印发《X》"),
    with no other directive's title in between; None when the title is only cited."""
    lang = "zh" if language == "zh" else "en"
    told_after = next((m for after in (_ISSUED_RIGHT_AFTER, _ISSUED_LATELY_AFTER, _ISSUED_AT_THE_EVENT_AFTER)
                       if (m := after.match(view, title_end))), None) if lang == "en" else None
    issued_after = told_after is not None
    if issued_after and (signed := _SIGNED_AS_DECREE.match(view, title_end)):
        return signed.span("verb")  # "The Regulations on X, signed by Premier Li as State Council Decree No. 677 on March 16"
    if (_CITING_BEFORE[lang].search(view, max(0, title_start - 40), title_start)
            or _CITING_AFTER[lang].match(view, title_end, title_end + 12)) and not issued_after and not (
            lang == "zh" and (_DAY_ISSUED_BEFORE_ZH.search(view, max(0, title_start - 60), title_start)
                              or _ISSUED_ON_A_DAY_AFTER_ZH.match(view, title_end))):
        return None     # (but "Under the X, issued by the HMHC on May 10, ..." tells of its issuance, as does
        #                 "根据7月10日国家医保局、人力资源社会保障部联合印发的《X》")
    # "The Notice on X, jointly issued by the NHC and NATCM, will take effect": a verb right after a title that is
    # its sentence's subject, or told with its day, issues it
    if lang == "en" and (opening := _ISSUED_OPENING.search(view, max(0, title_start - 200), title_start)):
        return opening.span("verb")     # "Jointly issued by the NMPA and the CNIPA on 4 July 2021, the Measures set out"
    issued_by_subject = issued_after or (
        lang == "en" and bool(_SENTENCE_OPENS_ON.search(view, max(0, title_start - 60), title_start)))
    before, after = _RELEASE_REACH[language]
    lo, hi = title_start - before, title_end + after
    if lang == "zh" and (made := _ISSUED_AS_MADE_BY.search(view, max(0, title_start - 80), title_start)):
        lo = min(lo, made.start())  # "会上印发了省医保局、省检察院、省公安厅…联合制定的《X》": past the list of its makers
    reach_end = hi
    if lang == "en" and (aside := _ASIDE_AFTER.match(view, title_end)):
        hi += aside.end() - title_end     # "The X, signed by Premier Li in a decree, were made public"
    elif lang == "en" and (number := _NUMBER_AFTER.match(view, title_end)):
        hi += number.end() - title_end    # "The Guiding Opinions on X (Guo Ban Fa [2015] No. 38) were published on …"
    elif lang == "zh" and (approved := _APPROVED_AFTER_ZH.match(view, title_end)):
        hi += approved.end() - title_end  # "《若干措施》经8月28日省政府第96次常务会议审议通过，9月5日由…印发": past its approval
    if told_after:
        hi = max(hi, told_after.end())    # (", which the NHSA and the MOHRSS jointly issued on June 29")
    # a title listed after others the verb takes may stand further off ("公布《A》（…令第47号）及《B》")
    far = lo - _LISTED_REACH if other_titles else lo
    for start, end, _ in verbs[bisect.bisect_left(verbs, (far,)):]:
        if end > hi:
            break
        a, b = (end, title_start) if end <= title_start else (title_end, start)
        if a > b or (end > reach_end and _ADOPTION.fullmatch(view, start, end)):
            continue    # (past an aside, "was adopted at a State Council executive meeting" is no publication)
        between = sorted((ts, te) for ts, te in other_titles if a <= ts and te <= b)
        if between and not (end <= title_start and _listed_after(view, a, b, between)) or (start < lo and not between):
            continue
        link = _VERB_TO_OBJECT[lang] if end <= title_start else _OBJECT_TO_VERB[lang]
        if end > title_start and _AUTHORED_BY.match(view, start):
            continue    # "The X, formulated by the NHC, also lists ...": who wrote it, not its release told
        if lang == "zh" and end > title_start and view.startswith("的", end):
            continue    # "《施政報告》公布的措施": the measures the title announced, no release of it told
        if lang == "zh" and end <= title_start and view.startswith("的", end) and view.endswith("制定", start, end):
            continue    # "介绍中药组制定的《X指引》的主要要求": who made it, told of as background
        if end > title_start and issued_by_subject and (issued_after or not _ASIDE_GAP.sub("", view[a:b])):
            return start, end
        if link.match(view[a:between[0][0] if between else b]) and not _ADJECTIVAL_VERB[lang].search(
                view, max(0, start - 8), start):
            return start, end
        if lang == "zh" and end <= title_start and _OF_THE_TITLE_ZH.match(view, a, b) and _RECENTLY_BEFORE_ZH.search(
                view, max(0, start - 48), start):
            return start, end   # "近日联合印发的《X》": issued lately, told in passing
    return None


_IN_FORCE_AFTER_DATE = re.compile(r"\s*(?:起)?(?:正式)?(?:施行|实施|生效|执行)|\s*[)）]?\s*(?:起施行|起实施|起生效)")
_IN_FORCE_BEFORE_DATE = re.compile(r"(?:took|came)\s+(?:into\s+)?(?:effect|force)\s+(?:on\s+)?$|entered\s+into\s+force\s+on\s+$"
                                   r"|\b(?:in\s+force|in\s+effect|effective)\s+(?:since|from)\s+$")


def _day_from_the_sentences_date(doc: _Doc, ns: int, ne: int, a: int, b: int) -> int:
    """Days from the date a sentence gives to the event at a..b, when the event's clause says "the following day"
    (次日, "the day before") and gives no date of its own; else 0."""
    lo = _clause_start(doc.view, ns, a)
    hi = mark.start() if (mark := _CLAUSE_MARK.search(doc.view, b, ne)) else ne
    for cue, days in _NEIGHBOUR_DAY:
        if cue.search(doc.view, lo, hi) and not doc.within(doc.dates, *doc.text.span(lo, hi)):
            return days
    return 0


def _clause_start(norm: str, lo: int, pos: int) -> int:
    """Where the clause holding `pos` starts (after the last comma or semicolon before it)."""
    return max(norm.rfind(c, lo, pos) for c in "，,；;") + 1 or lo


def _in_force_long_before(doc: _Doc, lo: int, hi: int, published: date | None) -> bool:
    """Right after a title (lo..hi), the text says it took effect on a day over two months before publication."""
    if published is None:
        return False
    for d in doc.within(doc.dates, lo, hi):
        if d.start_date and d.has_year and published - d.start_date > _LONG_IN_FORCE and (
                _IN_FORCE_AFTER_DATE.match(doc.text.original, d.evidence.end)
                or _IN_FORCE_BEFORE_DATE.search(doc.text.original, max(lo, d.evidence.start - 30), d.evidence.start)):
            return True
    return False


_LONG_IN_FORCE = timedelta(days=60)
_IN_FORCE_REACH = 80


_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _names_full_date(sentence: str, day: date) -> bool:
    """The sentence writes this day in full, year and all ("on July 27, 2018", "27 July 2018", "2018年7月27日", or with the
    year told from the page's: "去年5月17日")."""
    if re.search(rf"(?:去年|前年)\s*0?{day.month}\s*月\s*0?{day.day}\s*日", sentence):
        return True
    if str(day.year) not in sentence:
        return False
    month = _MONTH_NAMES[day.month - 1]
    return bool(re.search(rf"{day.year}\s*年\s*0?{day.month}\s*月\s*0?{day.day}\s*日"
                          rf"|\b{month}[a-z]*\.?\s+0?{day.day}(?:st|nd|rd|th)?,?\s+{day.year}"
                          rf"|\b0?{day.day}(?:st|nd|rd|th)?\s+{month}[a-z]*\.?,?\s+{day.year}", sentence, re.I))


def _is_stale(start: date | None, sentence: str, published: date | None) -> bool:
    """A release dated (or only given a year) well before publication: an issuance recalled as background."""
    if published is None:
        return False
    if start is not None:
        # "今天是…，2014年，六部门联合印发《…》": the year opening the clause, not the day, dates the issuance
        adverbial = _YEAR_ADVERBIAL.search(sentence)
        if adverbial and int(adverbial.group(1) or adverbial.group(2)) < start.year:
            return True
        # a release told with its full date, year and all ("issued by the NMPA on July 27, 2018"), is told as such
        return published - start > _STALE_RELEASE and not _names_full_date(sentence, start)
    years = [int(y) for y in _YEAR.findall(sentence)]
    if _LAST_YEAR.search(sentence) or _RECENT_YEARS.search(sentence):     # "去年，…发布了《X》", "近年来…制定出台《X》"
        years.append(published.year - 1)
    return bool(years) and max(years) < published.year - (1 if published.month <= 2 else 0)


@lru_cache(maxsize=4096)   # the same directives are named page after page
def _folded(title: str) -> str:
    return fold(title)


_THE_STATE_ZH = "中华人民共和国"


def _title_spans(norm: str, d: Directive) -> list[tuple[int, int]]:
    """Where the directive's titles stand, allowing quotes between words ('the "14th Five-Year Plan" for X')."""
    spans: set[tuple[int, int]] = set()
    titles = {_folded(t) for t in (d.title, d.title_zh, *d.short_names) if t}
    # a national law goes by its name without the state's ("新修订的传染病防治法于…审议通过")
    titles |= {t.removeprefix(_THE_STATE_ZH) for t in titles if t.startswith(_THE_STATE_ZH) and t.endswith("法")}
    for title in titles:
        words = title.split()
        if words:
            spans.update(_word_run_spans(norm, words))
        else:  # a blank title: the empty pattern, matching everywhere
            spans.update(m.span() for m in re.finditer("", norm))
    if len(titles) > 1:     # (a shorter name inside a longer one is that one's mention: "《中华人民共和国反垄断法》")
        spans = {(s, e) for s, e in spans if not any(o != (s, e) and o[0] <= s and e <= o[1] for o in spans)}
    return sorted(spans)


def _word_run_spans(norm: str, words: list[str]) -> list[tuple[int, int]]:
    """What re.finditer gives for the words joined by the pattern `[“”"'‘’]?\\s+[“”"'‘’]?`, leftmost first and
    not overlapping, without compiling a pattern per title (~0.4 ms for a long one)."""
    found: list[tuple[int, int]] = []
    # With no later word opening on a quote, each gap matches one way: a text writing the title with single
    # spaces holds the match as written.
    joined = " ".join(words) if not any(w[0] in _QUOTES for w in words[1:]) else None
    pos = 0
    while (start := norm.find(words[0], pos)) >= 0:
        if joined is not None and norm.startswith(joined, start):
            end: int | None = start + len(joined)
        else:
            end = _word_run_end(norm, start, words)
        if end is None:
            pos = start + 1
        else:
            found.append((start, end))
            pos = end
    return found


def _word_run_end(norm: str, pos: int, words: list[str]) -> int | None:
    """Where the words standing from `pos` end, or None. Choices go in the regex's order: a quote after a gap's
    spaces is tried as part of the gap first, then as the opening of the next word."""
    if not norm.startswith(words[0], pos):
        return None
    end = pos + len(words[0])
    if len(words) == 1:
        return end
    gap = _TITLE_GAP.match(norm, end)
    if not gap:
        return None
    after = gap.end()
    if after < len(norm) and norm[after] in _QUOTES:
        found = _word_run_end(norm, after + 1, words[1:])
        if found is not None:
            return found
    return _word_run_end(norm, after, words[1:])


def _release_drafts(doc: _Doc, language: str, directives: list[Directive], events: list[_Draft],
                    published: date | None) -> list[_Draft]:
    norm = doc.text.norm
    drafts: list[_Draft] = []
    verbs = doc.releases
    if not verbs:
        return _with_the_page_itself(doc, directives, drafts)  # nothing says a directive was issued
    verbs = [v for v in verbs if not _RELEASE_TO_COME[language].search(doc.view, max(0, v[0] - 20), v[0])]
    sign_off = doc.sign_off
    spans = {id(d): _title_spans(norm, d) for d in directives}
    drafts_among = [d for d in directives if _A_DRAFT.search(to_simplified(d.title))]    # a draft's title holds its final's
    draft_ids = {id(d) for d in drafts_among}
    # Keys are only compared for a notice that issues another directive: most pages have none.
    wrappers = {id(d) for d in directives if _ISSUING_WRAPPER.search(d.title)}
    keys = {id(d): directive_key(d.title) for d in directives} if wrappers else {}
    for d in directives:
        # A notice that issues another directive ("关于印发《X》的通知") is that directive's release.
        if id(d) in wrappers and any(keys[id(o)] != keys[id(d)] and keys[id(o)] in keys[id(d)] and not (
                FORWARDING.search(d.title) and o.issued_date != d.issued_date)
                                     for o in directives):
            continue    # (but a notice forwarding one issued earlier is a release of its own, by its own body)
        others = [sp for o in directives if o is not d for sp in spans[id(o)]]
        drafts_of = [sp for o in drafts_among if o is not d for sp in spans[id(o)]] if (
            drafts_among and id(d) not in draft_ids) else ()
        tentative = None
        for ts, te in spans[id(d)]:
            if any(os <= ts and te <= oe for os, oe in drafts_of):
                continue    # within the title of its draft: "X (Revised Draft for Comments)" names the draft
            if any(os == ts and te < oe for os, oe in others):
                continue    # opening another's title: 《药品管理法实施条例》 names no release of the 药品管理法
            verb = _release_verb(verbs, doc.view, language, ts, te, others)
            adopted = bool(verb) and bool(_ADOPTION.fullmatch(doc.view[verb[0]:verb[1]]))
            if not verb or (adopted and _DRAFT_TITLE.search(to_simplified(d.title))):
                continue    # "通过《X条例（草案）》": a draft adopted is published later, in its final form
            if adopted and language == "en" and d.directive_type not in ("law", "regulation"):
                continue    # "the meeting adopted an implementation plan on X": adopted, to be issued later
            if drafts_of and verb[1] <= ts and _A_DRAFT.search(doc.view, verb[1], ts):
                continue    # "published a draft revision of the X": the release of X's draft, named on the page
            pos, pos_end = doc.text.span(ts, te)
            s, e = doc.sentence_of(pos)
            if adopted and language == "zh" and not _published_too(doc.simplified(s, e)) and not (
                    d.directive_type in ("law", "regulation") and (doc.view.endswith(_VOTED, 0, verb[0]) or (
                        _BY_A_LEGISLATURE.search(doc.simplified(s, e))
                        and not _A_READING.search(doc.view, max(0, verb[0] - 4), verb[0])
                        and not _A_DRAFT_AFTER.match(norm, te)))):
                continue    # "会议审议通过《X》": adopted by a meeting, published later if at all ("…审议通过，…已正式公布": now);
                #             but a legislature's vote on a law or regulation (表决通过《X条例》) is its making
            # the title's own dates and years ("(2016-2020年)", "in 2023") name the directive, not its release
            if language == "zh" and (approved := _APPROVED_AFTER_ZH.match(doc.view, te)):
                pos_end = doc.text.span(te, approved.end())[1]     # (the approving meeting's day is its own)
            start, last_day, dated = _sentence_date(doc, s, e, pos, language, outside=(pos, pos_end))
            if last_day and _AT_THE_CLOSING.search(doc.view, *doc.norm_range(s, e)):
                start = last_day    # "was passed at the closing meeting of the session, which ran from Tuesday to Saturday"
            if language == "en" and (own := _own_issue_date(doc, te, s, e)) and not (
                    start and start != own and _BEARS_DATE_AFTER.match(doc.view, te)):
                # (but not the day the document bears where its release was told with its own: "On Saturday, 28 February,
                # the General Office released the Guiding Opinions (Guo Ban Fa [2015] No. 7), dated 9 February")
                start, dated = own, True     # "…Regulation, promulgated on 28 May 2019, and the Law, adopted … on 17 October 2020"
            elif language == "en" and _ISSUED_LATELY_AFTER.match(doc.view, te):
                start, dated = None, True    # "…, which was recently issued by X": no day, whatever else the sentence dates
            elif language == "en" and (said := _SAID_AT_AFTER.search(doc.view, te, doc.norm_range(s, e)[1])) \
                    and not doc.within(doc.dates, s, pos) \
                    and not doc.within(doc.dates, pos_end, doc.text.span(said.start(), said.start())[0]):
                start, dated = None, True    # "X has issued the Y, officials said at a press conference … on Thursday":
                #                              the day is the saying's, the release's is not told
            if start and language == "en" and (year := _IN_A_YEAR.match(doc.text.original, pos_end)) \
                    and int(year.group(1)) < start.year:
                start = None    # "said that since the General Office issued the Opinions on X in 2019, …": that year's
            sentence = doc.text.original[s:pos] + doc.text.original[pos_end:e]
            # a year in a later clause is of something else ("会上印发了《X》，…通报了2023年…情况")
            clause_end = _NEXT_CLAUSE.search(doc.text.original, pos_end, e)
            if clause_end and _ISSUED_ASIDE.match(doc.text.original, clause_end.start()):
                # "The X (Trial), issued by the NMPA in its Announcement No. 38 of 2021, shall be repealed"
                clause_end = _NEXT_CLAUSE.search(doc.text.original, clause_end.end(), e)
            if _is_stale(start, doc.text.original[s:pos] + doc.text.original[pos_end:clause_end.start() if clause_end else e],
                         published) and not (start and language == "en" and _names_full_date(sentence, start)):
                continue    # (its day in full past the clause's first comma is told as such: "The X was issued by MOFCOM,
                #             the NHC and the NMPA on Sept 8, 2024"; a Chinese sentence's may be another's, 2011年11月10日以后出生)
            if not dated and _in_force_long_before(doc, pos_end, min(e, pos_end + _IN_FORCE_REACH), published):
                continue    # "制定了《X》，自2023年5月1日起施行" a year on: an issuance recalled as background
            if dated and start is None and (d.issued_date or sign_off):
                # "近日…印发《X》" and elsewhere "《X》于10月11日印发", or the notice itself signed below: the stated day
                start = d.issued_date or sign_off
            elif not dated and _SO_FAR_THIS_YEAR.search(doc.view, doc.norm_range(s, e)[0], verb[0]):
                start = d.issued_date   # "今年以来，市医保局…联合印发《X》": some day this year, not the report's
            elif not dated and _MONTH_ONLY[language].search(sentence) and not _THE_SAME_DAY.search(sentence):
                start = d.issued_date   # "In May, 14 departments issued ...": no day to borrow from elsewhere
            elif not dated and not d.issued_date and _A_DAY.search(simplified := doc.simplified(s, e)) and (
                    same_day := next((x.start_date for x in sorted(drafts + events, key=lambda x: x.span[0], reverse=True)
                                      if x.start_date and x.span[0] < pos), None) or (
                        # ...or, nothing dated reported before, the day told last ("China's regulator on Thursday
                        # launched a campaign. … According to the Work Plan issued by the NMPA on the same day, …")
                        _THE_SAME_DAY.search(simplified)
                        and (told := _date_of_sentence_before(doc, doc.sentences.index(doc.sentence_of(s)), language,
                                                              _NAMED_DAY_REACH)) and told[0])):
                start = same_day    # "同日，A、B发布《Y》": the day of what was reported just before
            elif not dated and not d.issued_date and _ALONG_WITH.search(doc.simplified(s, pos)) and (
                    told := _release_told_before(doc, s, language)):
                start = told        # "国家药监局同步发布《X》", "The results were published in the X": with what was told
            elif not dated:
                # (a later sentence's own day for it beats the dateline's: "… was issued by X. It was made public
                # on Thursday.")
                start = (d.issued_date or sign_off or _anaphor_release_date(doc, verbs, s, language, d.title)
                         or ((heading := _item_heading_date(doc, s)) and heading[0])
                         or _dateline_for(doc, s, e, sentence=sentence) or _event_date_for(doc, events, s, e)
                         or _launch_told_before(doc, s, language))
            if start is None and language == "en" and _ISSUED_ASIDE.match(doc.view, te):
                continue    # "The Provisions for X, issued by SAMR, repeat this rule": who issued it, as background
            draft = _release_draft(doc, d, (pos, pos_end), start, (s, e), doc.text.span(*verb)[0])
            if not draft.organizers and (held := _event_pointed_back(doc, events, s, e)):
                draft.hosted_by(held.organizers, held)      # "会上印发了《X》": issued by whoever held the meeting
            if tentative is not None:
                # an earlier telling was undated, or dated only by the page ("国家知识产权局发布《X》" over the dateline):
                # a later one its own sentence dates is the one
                if start is None or (tentative.start_date is not None and not dated):
                    continue
                drafts.remove(tentative)
            drafts.append(draft)
            if not dated or start is None:  # (or dated "recently", 近日: a later telling may give its day, "本月10日…印发《行动方案》")
                tentative = draft
                continue
            break
        tentative = None
    told_apart = (_described_releases(doc, language, directives, spans, published) if language == "en" else []
                  ) + _released_aside(doc, language, directives, spans, published)
    if told_apart:
        by_title = {x.directive_title: x for x in drafts}
        for described in told_apart:
            told = by_title.get(described.directive_title)
            if told is None:
                drafts.append(described)
            else:
                if told.start_date is None:
                    # "... an action plan jointly released on Wednesday ... The Action Plan for X, issued by ...": that day
                    told.start_date = described.start_date
                if not told.organizers:
                    told.hosted_by(described.organizers, described)     # (and who, where only the first telling says)
    return _with_the_page_itself(doc, directives, drafts)


def _own_issue_date(doc: _Doc, title_end: int, s: int, e: int) -> date | None:
    """The day told right after a title as its issuance's (", which was issued by X on April 23, 2020"), where the
    sentence holds other days."""
    told = _ISSUED_RIGHT_AFTER.match(doc.view, title_end)
    if told is None:
        return None
    at = doc.text.span(told.end() - 1, told.end())[0]
    return next((d.start_date for d in doc.within(doc.dates, s, e) if d.evidence.start <= at < d.evidence.end
                 and d.kind != "vague"), None)


def _release_told_before(doc: _Doc, pos: int, language: str) -> date | None:
    """The day of the nearest sentence before `pos` that tells something issued, with its day."""
    starts = [doc.text.span(v, v)[0] for v, _, _ in doc.releases]
    for s, e in reversed([x for x in doc.sentences if x[1] <= pos]):
        if any(s <= v < e for v in starts):
            start, _, _ = _sentence_date(doc, s, e, s, language)
            if start:
                return start
    return None


def _with_the_page_itself(doc: _Doc, directives: list[Directive], drafts: list[_Draft]) -> list[_Draft]:
    """An official document's own page (a policy library's copy): its title heads the text and its issuers and
    date close it ("国家卫生健康委 国家中医药局 国家药监局关于…的通知 … 2025年3月12日"). The page is the release of
    that directive, on the day it was signed, by its issuers."""
    original = doc.text.original
    headline_end = original.find("\n")
    if headline_end < 0 or not directives:
        return drafts
    # (its issuers named in its title, or signing it: "Notice on the Results of …" … "Guangdong Provincial Medical
    # Products Administration / March 18, 2025")
    own = next((d for d in directives if d.evidence.start < headline_end and (d.issuer_ids or doc.signers)), None)
    if own is None or any(x.directive_title == own.title for x in drafts) or not (signed := doc.sign_off):
        return drafts
    released = own
    if _ISSUING_WRAPPER.search(own.title):
        # a notice issuing another directive, 关于印发X的通知, is X's release, told by its verb ("《X》已经省政府同意，
        # 现印发给你们"), or, where no verb was read as issuing it, by the notice's page itself
        key = directive_key(own.title)
        # (the wrapper names it without its 关于 and 的: 关于印发促进…若干措施的通知 issues 《关于促进…的若干措施》)
        issued = [d for d in directives if d is not own and (k := directive_key(d.title)) != key
                  and k.removeprefix("关于").replace("的", "") in key]
        if not issued or any(x.directive_title == d.title for d in issued for x in drafts):
            return drafts
        released = issued[0]
    draft = _Draft("release", released.title, True, (released.evidence.start, released.evidence.end), signed, None,
                   True, directive_title=released.title)
    if own.issuer_ids:
        draft.organizers = list(own.issuer_ids)
        draft.agency_evidence.update(own.issuer_evidence)
    else:
        for a in doc.signers:
            if a.agency_id not in draft.organizers:
                draft.organizers.append(a.agency_id)
                draft.agency_evidence[a.agency_id] = a.evidence
    return drafts + [draft]


def _release_draft(doc: _Doc, d: Directive, span: tuple[int, int], start: date | None, sentence: tuple[int, int],
                   verb_pos: int) -> _Draft:
    draft = _Draft("release", d.title, True, span, start, None, True, directive_title=d.title)
    _fill_links(draft, doc, *sentence, verb_pos)
    if d.issuer_ids:
        draft.organizers = list(d.issuer_ids)
        draft.agency_evidence.update(d.issuer_evidence)
    draft.attendees.clear()
    return draft


def _described_releases(doc: _Doc, language: str, directives: list[Directive], spans: dict[int, list[tuple[int, int]]],
                        published: date | None) -> list[_Draft]:
    """A release told before the directive is named: "Chinese authorities on Thursday released a plan to ensure
    drug safety ... According to the 14th Five-Year Plan for National Drug Safety, ...". The first directive of
    that kind named in the next few sentences, and not in that one, is the one released, on that sentence's date."""
    drafts: list[_Draft] = []
    original, view = doc.text.original, doc.view
    for verb_start, verb_end, _ in doc.releases:
        done = _DESCRIBED_VERB.search(view, verb_start, verb_end) or _DECREE_TO.search(view, max(0, verb_start - 12),
                                                                                         verb_start)
        if not done or not (
                (m := _DESCRIBED_OBJECT.match(view, verb_end))
                or (m := _DESCRIBED_SUBJECT.search(view, max(0, verb_start - 80), verb_start))
                or (m := _DESCRIBED_REPORT.search(view, max(0, verb_start - 80), verb_start))):
            continue
        kinds = _DESCRIBED_KINDS[" ".join(m.group("noun").split())]
        verb_pos, _ = doc.text.span(verb_start, verb_end)
        noun = doc.text.span(*m.span("noun"))
        i = bisect.bisect_right(doc.starts, verb_pos) - 1
        s, e = doc.sentences[i]
        reach = doc.sentences[min(i + _DESCRIBED_REACH, len(doc.sentences) - 1)][1]
        first_named = [(doc.text.span(*spans[id(d)][0])[0], d) for d in directives
                       if d.directive_type in kinds and spans[id(d)]]      # spans are in text order
        named = [(pos, d) for pos, d in first_named if e <= pos < reach]
        if not named:
            continue
        _, d = min(named, key=lambda x: x[0])
        start, _, dated = _sentence_date(doc, s, e, verb_pos, language)
        if _is_stale(start, original[s:e], published):
            continue
        if not dated:
            start = (d.issued_date or _anaphor_release_date(doc, doc.releases, s, language) or _dateline_for(doc, s, e)
                     or _day_officials_said(doc, i))    # ("…, the NHC said on Friday. … according to a notice issued by …")
        draft = _release_draft(doc, d, noun, start, (s, e), verb_pos)
        if not draft.organizers and len(set(draft.participants)) == 1:
            # "In an announcement dated 27 September, the NMPA said ...": the one body its sentence names issued it
            draft.organizers, draft.participants = draft.participants, []
        drafts.append(draft)
        directives = [x for x in directives if x is not d]
    return drafts


def _released_aside(doc: _Doc, language: str, directives: list[Directive], spans: dict[int, list[tuple[int, int]]],
                    published: date | None) -> list[_Draft]:
    """"... to implement the Opinions on X. The document, released by the General Office of the State Council on
    Jan 3, sets ...": a sentence opening on the directive just named, its release told in an aside (or told
    outright: "The plan was issued by the General Office of … on July 5", "3月12日，国家医保局印发该指南"). The last
    title of the sentence before is the one released, on the aside's date."""
    drafts: list[_Draft] = []
    for verb_start, verb_end, _ in doc.releases:
        aside = _ANAPHOR_ASIDE.search(doc.view, max(0, verb_start - 60), verb_start)
        after = _VERB_THEN_ANAPHOR_ZH.match(doc.view, verb_end) if language == "zh" and not aside else None
        if not (aside or after):
            continue
        verb_pos, _ = doc.text.span(verb_start, verb_end)
        i = bisect.bisect_right(doc.starts, verb_pos) - 1
        before = doc.told_before(i)
        if before < 0:
            continue
        bs, be = doc.norm_range(*doc.sentences[before])
        named = [(ts, d) for d in directives for ts, te in spans[id(d)] if bs <= ts and te <= be]
        noun = (aside.group("noun") or aside.group("zh_noun")) if aside else after.group("zh_noun")
        kinds = _ANAPHOR_KINDS.get((noun or "").lower())
        named = [(ts, d) for ts, d in named if d.directive_type in kinds] if kinds else named   # ("the document": any)
        if not named:
            continue
        ts, d = max(named, key=lambda x: x[0])
        s, e = doc.sentences[i]
        start, _, dated = _sentence_date(doc, s, e, verb_pos, language)
        if not dated or _is_stale(start, doc.text.original[s:e], published):
            continue
        draft = _release_draft(doc, d, doc.text.span(ts, ts + 1), start, (s, e), verb_pos)
        aside_end = doc.text.original.find(",", verb_pos, e)
        if doc.view.startswith(" by ", verb_end):
            by_span = (verb_pos, aside_end if aside_end > 0 else e)
        elif language == "zh" and aside and aside.group("by"):
            by_span = doc.text.span(*aside.span("by"))
        else:
            by_span = None
        if not draft.organizers and by_span:
            # "released by A and B on Jan 3,", "该办法由A于…公布": the bodies the aside names
            for m in doc.within(doc.agencies, *by_span):
                if m.agency_id not in draft.organizers:
                    draft.organizers.append(m.agency_id)
                    draft.agency_evidence.setdefault(m.agency_id, m.evidence)
            draft.participants = [a for a in draft.participants if a not in draft.organizers]
        drafts.append(draft)
    return drafts


def _anaphor_release_date(doc: _Doc, verbs: list[tuple[int, int, str]], s: int, language: str,
                          title: str = "") -> date | None:
    """The date of a later sentence that refers back to the directive and says when it was issued, or of the sentence
    just before that told of it by its kind ("according to a notice released on Thursday by the NHSA. The Notice on X
    was jointly issued by ...")."""
    i = doc.starts.index(s) if s in doc.starts else -1
    if i > 0 and language == "en" and (before := doc.told_before(i)) >= 0:
        # the sentence before told of it: as a count ("released two sets of rules on Tuesday"), or by its kind
        ns, ne = doc.norm_range(*doc.sentences[before])
        cues = []
        if counted := _COUNT_RELEASED.search(doc.view, ns, ne):
            cues.append(counted.start())
        if title.lower().startswith(_RELEASED_KINDS) and (kind := _KIND_RELEASED.search(doc.view, ns, ne)) \
                and title.lower().startswith(kind.group(1)):
            cues.append(kind.end())
        for cue in cues:
            start, _, dated = _sentence_date(doc, *doc.sentences[before], doc.text.span(cue, cue)[0], language)
            if dated and start:
                return start
    for ls, le in doc.sentences[i + 1:i + 1 + _ANAPHOR_REACH] if i >= 0 else ():
        ns, ne = doc.norm_range(ls, le)
        if not _DIRECTIVE_ANAPHOR.match(doc.text.norm, ns):
            continue
        j = bisect.bisect_left(verbs, (ns,))
        told = [v for v in verbs[j:] if v[0] < ne]
        # (made public, not signed: "The document was dated Aug. 25 and made public Tuesday")
        told = [v for v in told if doc.view[v[0]:v[1]] != "dated"] or told
        if told:
            vs, ve = doc.text.span(*told[0][:2])
            if right_after := [d for d in doc.within(doc.dates, ve, min(le, ve + 24)) if d.start_date and d.kind != "vague"]:
                return right_after[0].start_date     # ("… and made public Tuesday": the day the verb takes)
            start, _, dated = _sentence_date(doc, ls, le, vs, language)
            if dated:
                return start
    return None


_AT_A_MEETING = re.compile(r"会上|会议|meeting|conference|briefing")


def _event_pointed_back(doc: _Doc, events: list[_Draft], s: int, e: int, dated: bool = False) -> _Draft | None:
    """The event a sentence points back to ("会上印发", "at the meeting"): the last reported before it."""
    sentence = doc.simplified(s, e).lower()
    if cue := (_SAME_DAY.search(sentence) or _AT_THE_EVENT.search(sentence)):
        before = [ev for ev in events if (ev.start_date or not dated) and ev.event_type != "release" and ev.span[0] < s]
        if _AT_A_MEETING.search(cue.group()):
            # "会上…发布《X》" after a signing recalled: at the meeting, the last one reported
            before = [ev for ev in before if ev.event_type in ("meeting", "press_conference")] or before
        elif _AN_OPENING.search(cue.group()):
            # "During the opening ceremony, …" after a meeting told the evening before: the event that opened
            before = [ev for ev in before if ev.event_type == "meeting" or _OPENING_OR_CLOSING.search(ev.noun)] or before
        before = _not_recalled(before)
        if before:
            return max(before, key=lambda ev: ev.span[0])
    return None


def _not_recalled(events: list[_Draft]) -> list[_Draft]:
    """The events not recalled from years before the others ("2019年6月29日，十三届全国人大常委会第十一次会议审议通过…" on a
    page about a 2024 symposium): what "会上" or an undated "参加会议" may point back to."""
    days = [ev.start_date for ev in events if ev.start_date]
    return [ev for ev in events if ev.start_date is None or max(days) - ev.start_date <= _STALE_RELEASE] if days else events


def _release_day_at(event: _Draft, sentence: str) -> date | None:
    """The day of an event a release was announced at; a bill voted on at a session of several days, its last
    ("会议表决通过了《X条例》")."""
    return event.end_date if event.end_date and any(v in sentence for v in _VOTED) else event.start_date


# A sentence telling something launched, rolled out: "… authorities on Tuesday jointly launched a nationwide crackdown"
_LAUNCHED = re.compile(r"\b(?:launched|kicked\s+off|rolled\s+out|unveiled)\b", re.I)


def _launch_told_before(doc: _Doc, s: int, language: str) -> date | None:
    """The day the sentence right before says something was launched: "… on Tuesday jointly launched a crackdown …
    The NHC and 10 other departments published the Notice on …": published with it, that day."""
    if language == "zh":
        return None
    for ps, pe in doc.sentences_told_before(doc.sentences.index(doc.sentence_of(s)), 1):
        if _LAUNCHED.search(doc.text.original, ps, pe):
            return _sentence_date(doc, ps, pe, ps, language)[0]
    return None


def _event_date_for(doc: _Doc, events: list[_Draft], s: int, e: int) -> date | None:
    """A release announced at a dated event: the sentence right after it, one that names it, or one that points
    back to it ("会上印发", "at the meeting": the event last reported before it)."""
    sentence = doc.simplified(s, e).lower()
    if held := _event_pointed_back(doc, events, s, e, dated=True):
        return _release_day_at(held, sentence)
    for ev in events:
        if ev.start_date is None or ev.event_type == "release":
            continue
        ev_sentence = doc.sentence_of(ev.span[0])
        i = doc.sentences.index(ev_sentence)
        follows = i + 1 < len(doc.sentences) and doc.sentences[i + 1] == (s, e)
        if follows or ev.noun.lower() in sentence:
            return _release_day_at(ev, sentence)
    return None


def _another_stop(doc: _Doc, earlier: _Draft, draft: _Draft) -> bool:
    """"In the afternoon, the delegation visited the NIFDC": a visit to another body, at another part of the
    day or on one day of a trip, is a visit of its own."""
    if draft.event_type != "visit" or not (draft.organizers or draft.participants or earlier.noun.lower() == "talks"):
        return False
    if earlier.end_date and draft.start_date and not draft.end_date and draft.organizers \
            and not set(draft.organizers) & set(earlier.organizers + earlier.participants):
        return True     # "On 16 April, the delegation visited the CMDE", one body's, on a day of the three-day trip
    s, e = doc.sentence_of(draft.span[0])
    if not _PART_OF_DAY.match(doc.text.norm, doc.norm_range(s, e)[0]):
        return False
    if earlier.noun.lower() in ("talks", "meeting") and draft.noun.lower() != earlier.noun.lower():
        return True     # "held talks with the delegation. In the afternoon, the delegation visited a plant"
    # (the body visited, not its parent named beside it: "visited the Center for Drug Evaluation (CDE) of the NMPA")
    return not set(draft.organizers or draft.participants) & set(earlier.organizers + earlier.participants)


_SIGNING_CEREMONY = frozenset({"签约仪式", "签署仪式", "签字仪式", "signing ceremony"})


def _same_head(a: str, b: str) -> bool:
    """One noun names the other's kind: "training course" and "the 11-day course"."""
    a, b = a.lower(), b.lower()
    return a.endswith(b) or b.endswith(a)


# A meeting told as meeting someone (not _MEETS_HOSTS, whose "meets?" also opens "meeting")
_MET_SOMEONE = re.compile(r"(?:met|meets)\b|call(?:ed|s)\s+on\b", re.I)


def _same_party(a: _Draft, b: _Draft) -> bool:
    """The same hosts, or (none named) the same people: "13日上午，卢桂芳一行来到遵义市中医院" on her trip (not
    "胡昌升会见了余艳红一行": received by another, a visit of its own)."""
    if _MEETS_HOSTS.search(a.noun) or _MEETS_HOSTS.search(b.noun):
        return False
    return bool(set(a.organizers) & set(b.organizers) or not b.organizers and set(a.attendees) & set(b.attendees))


def _is_projects(noun: str) -> bool:
    """A signing of investment projects (by companies, whoever hosts the event) rather than of an agreement."""
    return noun.lower() == "projects" or "项目" in noun


_SUB_EVENT = re.compile(r"分论坛|分会场|平行论坛|\bsub-?forums?\b|\bparallel\s+(?:sessions?|forums?)\b"
                        r"|\bbreakout\s+sessions?\b", re.I)


_PLENARY = re.compile(r"全体会议|\bplenary\b", re.I)
_PART_OF_DAY_WORD = re.compile(r"上午|下午|晚上|\b(?:morning|afternoon|evening)\b", re.I)
def _same_occurrence(a: _Draft, b: _Draft) -> bool:
    if a.event_type != b.event_type:
        return False
    if a.event_type == "visit" and _TRIP_BEGAN.search(a.noun) and not _TRIP_BEGAN.search(b.noun) \
            and b.organizers and not set(b.organizers) & set(a.organizers):
        return False    # "began his visit to Shanghai today … then visited the SHMPA": a stop of one of its days
    if a.event_type == "meeting" and a.noun.isascii() and b.noun.isascii() \
            and bool(_MET_SOMEONE.match(a.noun)) != bool(_MET_SOMEONE.match(b.noun)):
        return False    # "met with the Vice Mayor" and "a luncheon roundtable" that day: two meetings
    if a.event_type == "release":
        return directive_key(a.directive_title or a.name) == directive_key(b.directive_title or b.name)
    if a.event_type == "other" and bool(_OPENING_OR_CLOSING.search(a.noun)) != bool(_OPENING_OR_CLOSING.search(b.noun)) \
            and "ceremony" not in (a.noun.lower(), b.noun.lower()):
        return False  # an event's opening ceremony, and a plaque unveiled at it: the first is the event's own part
        # (but "Speaking at the ceremony" is of the opening ceremony just told)
    if a.part_of_day and b.part_of_day and a.part_of_day != b.part_of_day and a.start_date == b.start_date and (
            a.noun != b.noun or a.proper and b.proper and a.name != b.name) and not (
            _PLENARY.search(a.name) or _PLENARY.search(b.name)):    # (not a session's plenary, held that morning)
        return False  # "2月9日上午，…工作会议在合肥召开。…当天下午，省药监局召开党风廉政建设工作会议": two that day
    if a.event_type == "meeting" and (a.noun == "集体学习") != (b.noun == "集体学习"):
        return False  # a Party group's study session in the morning, the body's work meeting in the afternoon
    if a.event_type == "meeting" and bool(_SUB_EVENT.search(a.name)) != bool(_SUB_EVENT.search(b.name)):
        return False  # "年会“创新药械：从研发到可及”分论坛" on one day of the annual conference: a session of its own
    if a.event_type == "signing" and _is_projects(a.noun) != _is_projects(b.noun):
        return False  # "36 projects … were signed. At the same event, the MPA signed an agreement with …": two signings
    if a.start_date is None or b.start_date is None:
        return True
    if a.event_type == "meeting" and a.proper and b.proper and a.noun.isascii() == b.noun.isascii() \
            and not _same_head(a.noun, b.noun) and (a.noun.isascii() or _titled_zh(a.name) and _titled_zh(b.name)):
        return False  # "the Qiantang Biomedicine Innovation Forum was held as part of the fair": each named, two held
        # (and "第91届中国国际医疗器械博览会" with "2025医疗器械监管科学论坛", held that afternoon)
    if {a.edge, b.edge} == {"opened", "closed"} and _same_head(a.noun, b.noun) and (
            opened := a if a.edge == "opened" else b).start_date < (closed := b if opened is a else a).start_date \
            <= opened.start_date + _LONGEST_RUN:
        return True     # "… closed in Beijing on Wednesday, October 30. … The seminar opened on October 10.": its days
    if a.event_type == "meeting" and a.proper and b.proper and a.name.startswith("“") != b.name.startswith("“") \
            and not _same_head(a.noun, b.noun):
        return False  # "大会举办了“中药材GAP实施”专题研讨会": a session named by its topic, held within the conference
    if a.event_type == "signing" and (a.noun in _SIGNING_CEREMONY or b.noun in _SIGNING_CEREMONY) \
            and a.start_date == b.start_date:
        return True   # "…簽署《…備忘錄》… 黃偉庭在簽署儀式上表示": the signing's ceremony, whoever speaks at it
    if a.organizers and b.organizers and a.noun.lower() != b.noun.lower() and not set(a.organizers) & set(b.organizers):
        return False  # a video conference by one body, a mobilisation meeting by another, the same day
    if (a.end_date or b.end_date) and a.start_date != b.start_date and not _same_head(a.noun, b.noun) \
            and not (a.event_type == "visit" and (b.noun in _TOUR_NOUNS or _same_party(a, b))):
        return False  # a meeting on one day of a delegation's four-day visit is an occurrence of its own
        # (a tour on one day of its trip, or a stop its party makes, is part of the trip)
    # a mention on any day of an event's range ("the forum on Friday" of a two-day forum)
    return a.start_date <= b.start_date <= (a.end_date or a.start_date) or b.start_date <= a.start_date <= (b.end_date or b.start_date)


def _titled_zh(name: str) -> bool:
    """A Chinese meeting named by its title ("2025医疗器械监管科学论坛"), not by "本次论坛" or a word or two."""
    return len(name) >= 8 and not name.startswith(("本次", "此次", "这次", "本届", "该"))


def _merge(into: _Draft, other: _Draft) -> None:
    undated = into.start_date is None and other.start_date is not None
    if {into.edge, other.edge} == {"opened", "closed"} and into.start_date and other.start_date \
            and into.start_date != other.start_date and into.end_date is None and other.end_date is None:
        into.start_date, into.end_date = sorted((into.start_date, other.start_date))     # the day it opened, and closed
        into.edge = None
    elif into.start_date is None and other.start_date is not None:
        into.start_date, into.end_date = other.start_date, other.end_date
    elif into.end_date is None and other.end_date and other.start_date <= into.start_date <= other.end_date:
        # "opened Friday ... the three-day conference runs through Sunday"; "…会议昨天闭幕。本次会议于10月29日开幕，
        # 为期两天": the days it ran
        into.start_date, into.end_date = other.start_date, other.end_date
    if into.end_date is None and into.start_date == other.start_date:
        into.edge = into.edge or other.edge     # (the headline's "concludes", dated by the report's "closed on …")
        into.part_of_day = into.part_of_day or other.part_of_day
    # one day of a trip of days ("13日上午，卢桂芳一行来到遵义市中医院" on her June 11-13 trip) names a stop, not the trip
    stop = bool(into.end_date and other.start_date and not other.end_date and other.start_date != into.start_date)
    if other.proper and (not into.proper or len(other.name) > len(into.name)) and not stop \
            and not (into.proper and _MEETINGS_CEREMONY.search(other.name)):   # (not its opening ceremony's name)
        into.name, into.proper = other.name, True
        if into.event_type == "meeting" and not into.noun.isascii() and undated:
            into.noun = other.noun  # (the headline's "同期举办…论坛" took the report's "第91届…博览会": a fair, then)
    if not into.city and other.city and not stop:
        into.city, into.province = other.city, other.province
    for agency in other.organizers:
        if agency not in into.organizers:
            into.organizers.append(agency)
    for agency in other.participants:
        if agency not in into.organizers + into.participants:
            into.participants.append(agency)
    for agency, evidence in other.agency_evidence.items():
        into.agency_evidence.setdefault(agency, evidence)
    for name, attendee in other.attendees.items():
        if into.attendees.setdefault(name, attendee).role == "attendee" and attendee.role != "attendee":
            into.attendees[name] = attendee     # the headline's "召开座谈会", the report's "主持召开": the presider


_FOREIGN_LAST = re.compile(r"(?<=[·•‧・.])[\u4e00-\u9fff]{2,}$")
# ... where it stands as a person: "会见了甘博一行", "甘博表示"
_FOREIGN_REFERENCE = re.compile(r"一行|表示|说|指出|女士|先生|博士|等人|介绍|强调")
_FOREIGN_REFERENCE_BEFORE = re.compile(r"(?:会见了?|会晤了?|会谈|与|和|同)$")


def _short_references(text: NormalizedText, people: list[PersonMention], language: str,
                       haystack: str) -> list[PersonMention]:
    """Later references to people found, that the people extractor does not repeat: an English-written name by
    its surname alone ("Wang presided over a symposium"), a two-character Chinese name at the start of a clause
    ("15日下午，王越主持召开座谈会"; shorter than three characters, a name may be part of other words)."""
    first: dict[str, PersonMention] = {}
    for p in people:
        if p.role not in ("reporter", "editor"):
            first.setdefault(p.name, p)
    if language == "zh":
        shorts = {name: name for name in first if len(name) == 2}
        # "克劳迪娅·甘博" is later "甘博": a foreign name by its last part (two characters or more)
        shorts.update({last: name for name in first if (last := _FOREIGN_LAST.search(name)) and (last := last.group())
                       not in first})
    else:
        by_short: dict[str, list[str]] = {}
        for name in first:
            if short := short_name(name):
                by_short.setdefault(short, []).append(name)
        shorts = {short: names[0] for short, names in by_short.items() if len(names) == 1 and short not in first}
    original = text.original
    # (haystack: names are kept in simplified characters, so a traditional page is searched as simplified, offset
    # for offset)
    taken = [(p.evidence.start, p.evidence.end) for p in people]
    found = []
    for short, name in shorts.items():
        person = first[name]
        pos = haystack.find(short, person.evidence.end)
        while pos >= 0:
            end = pos + len(short)
            stands = (_FOREIGN_REFERENCE.match(haystack, end) or _FOREIGN_REFERENCE_BEFORE.search(haystack, max(0, pos - 3), pos)
                      if len(short) < len(name) and language == "zh" else _stands_as_reference(original, pos, end, language))
            if stands and not any(s < end and pos < e for s, e in taken):
                found.append(replace(person, evidence=text.evidence(pos, end)))
            pos = haystack.find(short, end)
    return found


def _stands_as_reference(original: str, start: int, end: int, language: str) -> bool:
    """A two-character Chinese name where a clause starts; a surname alone, not part of a word or of another full
    name ("Wang Lei"), nor after a capitalised word ("Vice Mayor Wang") other than an honorific ("Professor Lo")."""
    before = original[start - 1] if start else "\n"
    if language == "zh":
        return before in _CLAUSE_OPENERS_ZH
    if before.isalnum() or before in "-_" or (end < len(original) and (original[end].isalnum() or original[end] in "-_")):
        return False
    if _NAME_NEXT.match(original, end):
        return False
    word_before = _NAME_BEFORE.search(original, max(0, start - 30), start)
    return not word_before or word_before.group().strip().rstrip(".") in _HONORIFICS   # "Professor Lo" is Lo


def _line_around(original: str, pos: int) -> tuple[int, str]:
    """Where the line holding pos starts, and the line."""
    start = original.rfind("\n", 0, pos) + 1
    end = original.find("\n", pos)
    return start, original[start:end if end >= 0 else len(original)]


def _greeted(doc: _Doc, pos: int) -> bool:
    """The name stands on a speech's salutation line ("林文健署长、范鸿龄主席、各位中医药界的朋友、各位嘉宾：")."""
    start, line = _line_around(doc.text.original, pos)
    return len(line) <= _HEADER_LINE_CHARS and bool(_SALUTATION_END.search(doc.simplified(start, start + len(line))))


def _header_line(original: str, pos: int) -> str | None:
    """The line around pos when it is a header or transcript line: short, and no sentence; with the label line
    above it when there is one ("Host:" over "Ms. Shou Xiaoli, spokesperson of the SCIO")."""
    start, line = _line_around(original, pos)
    if len(line) > _HEADER_LINE_CHARS or _SENTENCE_END.search(line) or _BYLINE_LABEL.match(line):
        return None     # (nor a byline: "Authors: Catherine Wu, Partner; …" wrote the page, at no briefing)
    above = original[:start].rstrip().rsplit("\n", 1)[-1]
    return f"{above} {line}" if _LABEL_LINE.fullmatch(above.strip()) else line


def _signers_attend_the_meeting(doc: _Doc, reported: list[tuple[int, _Draft]]) -> None:
    """"The regulators signed an agreement at the 2021 Cooperation Conference": a signing reported in the sentence
    of a meeting takes place at it, so whoever signs attends the meeting too."""
    by_sentence: dict[tuple[int, int], list[_Draft]] = {}
    for pos, draft in reported:
        by_sentence.setdefault(doc.sentence_of(pos), []).append(draft)
    for drafts in by_sentence.values():
        meetings = [d for d in drafts if d.event_type == "meeting"]
        for signing in (d for d in drafts if d.event_type == "signing") if meetings else ():
            for name, attendee in signing.attendees.items():
                meetings[0].attendees.setdefault(name, attendee)


def _attendees_beyond_their_sentence(doc: _Doc, language: str, reported: list[tuple[int, _Draft]]) -> None:
    """People named outside the event's own sentence: on a header or transcript line of a press conference's
    page, officials the page quotes (at its first event), or in a sentence that says they took part in an event
    reported before it."""
    if not reported or not doc.people:
        return
    starts = doc.starts
    at = [(bisect.bisect_right(starts, pos) - 1, draft) for pos, draft in reported if draft.event_type != "release"]
    # the page records a press conference when that is the first event it reports
    briefing = at[0][1] if at and at[0][1].event_type == "press_conference" else None
    original = doc.text.original
    taken_part_in: dict[int, tuple[_Draft | None, str, int]] = {}   # sentence -> its event, role, people's end
    run: set[int] = set()     # sentences of people speaking in turn at an event whose scene a sentence set
    for p in doc.named:
        if p.role in ("reporter", "editor"):
            continue
        if at and language == "zh" and _greeted(doc, p.evidence.start):
            # "林文健署长、范鸿龄主席、各位嘉宾：" opening a speech: those greeted are at the event it was given at
            at[0][1].attendees.setdefault(p.name, EventAttendee(p.name, "attendee", p.evidence))
            continue
        if briefing is not None and (line := _header_line(original, p.evidence.start)):
            briefing.attendees.setdefault(p.name, EventAttendee(p.name, _role(to_simplified(line)), p.evidence))
            continue
        i = bisect.bisect_right(starts, p.evidence.start) - 1
        if i not in taken_part_in:
            event, limit = _event_taken_part_in(doc, language, i, at), doc.sentences[i][1]
            if event is None and (scene := _scene_continued(doc, language, i, at, taken_part_in, run)):
                event, limit = scene
                run.add(i)
            taken_part_in[i] = event, doc.role(*doc.sentences[i]) if event else "", limit
        event, role, limit = taken_part_in[i]
        if event and (p.evidence.start > limit or _cited(doc, p, doc.sentences[i][0])):
            event = None    # named after the people the sentence's run is about, or only cited in it
        if event:
            role = _person_role(doc, *doc.sentences[i], p.evidence.start, role)
            event.attendees.setdefault(p.name, EventAttendee(p.name, role, p.evidence))
        elif at and p.agency_id and not any(j == i for j, _ in at) and _SAID.search(doc.simplified(*doc.sentences[i])):
            # an official quoted in the report of an event (the page's first, or a press conference just held) spoke there
            briefed = [d for j, d in at if j < i and d.event_type == "press_conference"
                       and doc.said_before[i] - doc.said_before[j] <= _TOOK_PART_REACH]
            (briefed[-1] if briefed else at[0][1]).attendees.setdefault(p.name, EventAttendee(p.name, "speaker", p.evidence))


def _scene_continued(doc: _Doc, language: str, i: int, at: list[tuple[int, _Draft]],
                     taken_part_in: dict[int, tuple[_Draft | None, str, int]], run: set[int]
                     ) -> tuple[_Draft, int] | None:
    """The event whose scene the sentence before set, and where sentence i's subject ends, when sentence i opens
    with people: "At the symposium, company representatives spoke in turn. Kenji Nakamura, president of Eisai
    China, raised questions...", "会上，企业代表依次发言。卫材中国总裁中村健二提出…". The run goes on while
    each sentence opens with people; those named later in it (whom a speaker quotes or cites) are not in it.
    After a sentence of people who took part ("X said in his speech"), a sentence whose opening titled people
    speak ("Y, vice chairwoman of the regional government, said") continues it too."""
    if i < 1 or any(j == i for j, _ in at):
        return None
    k = _said_next(doc, i, -1) or 0     # (past a paragraph break)
    opening = None
    if k in run:      # the sentence before was one of the run
        event = taken_part_in[k][0]
    elif k in taken_part_in and taken_part_in[k][0]:
        # it took part, and this one's opening people speak too, a title to the first
        opening = _opening_subject_end(doc, language, i)
        if not (opening and opening[1] and _SAID.search(doc.simplified(*doc.sentences[i]))):
            return None
        event = taken_part_in[k][0]
    else:
        s, e = doc.sentences[k]
        opener = _SCENE_OPENER[language].match(doc.simplified(s, min(e, s + 80)).lstrip())
        if not opener:
            return None
        # the scene is a meeting's or a briefing's ("会上": at the meeting, not at the signing reported there)
        kinds = {"meeting", "press_conference", "signing"} if _CEREMONY.search(opener.group()) else {
            "meeting", "press_conference"}
        scenes = [(j, d) for j, d in at if j <= k and k - j <= _TOOK_PART_REACH and d.event_type in kinds]
        if not scenes:
            return None
        event = max(scenes, key=lambda x: x[0])[1]
    opening = opening or _opening_subject_end(doc, language, i)
    if opening is None or _dated_elsewhere(doc, *doc.sentences[i], event):
        return None
    return event, opening[0]


def _opening_subject_end(doc: _Doc, language: str, i: int) -> tuple[int, bool] | None:
    """Where the people opening sentence i end ("Andreas Vogel, general manager of ..., and Chen Xiaoyu, head of
    ..., focused on"), and whether the first has a title: at its first verb of speaking or acting after them (in
    Chinese its first clause), or right after the first person when no such verb follows. None when the sentence
    does not open with a person, or in Chinese with their unit and title before the name ("卫材中国总裁中村健二")."""
    s, e = doc.sentences[i]
    at = bisect.bisect_left(doc.named_starts, s)
    if at == len(doc.named) or doc.named_starts[at] >= e:
        return None
    first = doc.named[at]
    lead = doc.text.original[s:first.evidence.start].strip()
    if language == "zh":
        if lead and (len(lead) > _TITLED_LEAD_ZH or _CLAUSE_MARK_ZH.search(lead)
                     or not ends_with_zh_title(to_simplified(lead))):
            return None
    elif lead and lead.rstrip(".") not in _HONORIFICS:
        return None
    verb = _SUBJECT_ENDS[language].search(doc.simplified(first.evidence.end, e))
    return (first.evidence.end + verb.start() if verb else first.evidence.end), bool(first.title)


def _event_taken_part_in(doc: _Doc, language: str, i: int, at: list[tuple[int, _Draft]]) -> _Draft | None:
    """The event sentence i says its people took part in (`_TOOK_PART`): the last one reported before it of a
    kind it names ("参加调研": the research trip), else the last one, a few sentences back. None in an event's
    own sentence, whose people were linked with it already."""
    before = [(j, d) for j, d in at if j < i]
    if not before or any(j == i for j, _ in at):
        return None
    s, e = doc.sentences[i]
    ns, ne = doc.norm_range(s, e)
    norm = doc.text.norm
    if not _TOOK_PART[language].search(norm, ns, ne):
        return None
    kinds = {kind for kind, words in _KIND_WORDS if words.search(norm, ns, ne)}
    if not kinds and (k := _said_next(doc, i, -1)) is not None:
        # "Officials ... accompanied the inspection. Li Hong ... also took part": in what the sentence before took part in
        ps, pe = doc.norm_range(*doc.sentences[k])
        if _TOOK_PART[language].search(norm, ps, pe):
            kinds = {kind for kind, words in _KIND_WORDS if words.search(norm, ps, pe)}
    named = [(j, d) for j, d in before if d.event_type in kinds]
    if not named and _THE_EVENT_ITSELF.search(norm, ns, ne):
        j, event = before[0]    # "also attended the event", "参加上述活动": the page's own, whatever came after it
    else:
        # (of what a signing was done at, where no kind is named: "…signed an agreement. Ma Lin … gave a lecture")
        j, event = max(named or [x for x in before if x[1].event_type != "signing"] or before, key=lambda x: x[0])
        if not named and doc.said_before[i] - doc.said_before[_last_told_of(doc, event, j, s)] > _TOOK_PART_REACH:
            return None
    return None if _dated_elsewhere(doc, s, e, event) else event


def _last_told_of(doc: _Doc, event: _Draft, j: int, before: int) -> int:
    """The last sentence before `before` (an offset) that tells of the event reported in sentence j: its own, or one
    naming a person who attended it ("Li Yan said ..."): the report of the event goes on while its people speak."""
    k = bisect.bisect_left(doc.named_starts, before) - 1
    while k >= 0 and doc.named_starts[k] >= doc.starts[j]:
        if doc.named[k].name in event.attendees:
            return max(j, bisect.bisect_right(doc.starts, doc.named_starts[k]) - 1)
        k -= 1
    return j


def _said_next(doc: _Doc, i: int, step: int) -> int | None:
    """The sentence before (step -1) or after (step 1) sentence i, past paragraph breaks."""
    k = i + step
    while 0 <= k < len(doc.sentences) and doc.text.original[slice(*doc.sentences[k])].isspace():
        k += step
    return k if 0 <= k < len(doc.sentences) else None


def _dated_elsewhere(doc: _Doc, s: int, e: int, event: _Draft) -> bool:
    """The sentence is dated another day than the event ("attended the assembly on May 21, 2019"): it tells of
    another occasion."""
    return any(d.start_date and not (event.start_date and d.start_date <= event.start_date <= (d.end_date or d.start_date))
               for d in doc.within(doc.dates, s, e) if d.kind != "vague")


_SPOKESPERSON = re.compile(r"(?i:spokes(?:person|man|woman))|发言人")


def _hosts_from_their_officials(doc: _Doc, events: list[_Draft], registry: AgencyRegistry) -> None:
    """An event is hosted by the agency of the official presiding over it ("Zhao Dan, director of the Sichuan
    Healthcare Security Administration, ... Zhao presided over a symposium"); the others named with it take part.
    A visit, meeting or briefing no agency is named holding is held by the agency of its first official named (a
    visit's leader), not only quoted. A department's official acts for the department's parent (宣传司 hosts for
    the commission)."""
    agency_of: dict[str, str] = {}
    spokespeople: set[str] = set()
    for p in doc.people:
        if p.agency_id:
            agency = doc.agency(p.agency_id, registry)
            agency_of.setdefault(p.name, agency.parent_agency_id if _is_internal_unit(agency, registry) else p.agency_id)
            if p.title and _SPOKESPERSON.search(p.title):
                spokespeople.add(p.name)
    for event in events:
        if event.event_type == "release":
            continue
        # (a signing's parties hold it, whoever presided over the ceremony)
        presider = next((name for name, a in event.attendees.items() if a.role in ("host", "presider")
                         and name in agency_of and (event.event_type != "visit" or doc.sentence_of(
                             a.evidence.start) == doc.sentence_of(event.span[0]))),
                        None) if event.event_type != "signing" or not event.organizers else None
        # (a visit has no chair: one presiding in a later sentence of a trip chairs a meeting held on it)
        if presider:
            chairs = [presider]
            sentence = doc.sentence_of(event.attendees[presider].evidence.start)
            if _CO_CHAIRED.search(doc.simplified(*sentence)):   # "A and B co-chaired the meeting": both host it
                chairs += [name for name, a in event.attendees.items() if name != presider and name in agency_of
                           and a.role in ("host", "presider") and doc.sentence_of(a.evidence.start) == sentence]
            hosts = list(dict.fromkeys(agency_of[name] for name in chairs))
            told = doc.simplified(*doc.sentence_of(event.span[0]))
            # (or where its hosts were named: "The second session …, hosted by A and co-organized by B, closed …"
            # after the headline)
            hosts_told = " ".join(doc.simplified(*doc.sentence_of(ev.start)) for o, ev in event.agency_evidence.items()
                                  if o in event.organizers and ev)
            if _CO_HOSTED.search(told) or _BOTH_SIDES.search(told) or _CO_HOSTED.search(hosts_told):
                if set(hosts) <= set(event.organizers):
                    continue    # "A会同B、C召开…，A的副主任主持", "双方召开座谈会，B市长主持": the chair's is one of the hosts named
                if len(event.organizers) >= 2:
                    # "国家中医药管理局与省政府召开…推进会。会上，省卫生健康委主任主持": the two named hold it, the
                    # chair's body takes part
                    event.participants += [h for h in hosts if h not in event.participants]
                    continue
            if not set(hosts) & set(event.organizers) and any(_is_information_office(registry.agencies.get(o))
                                                              for o in event.organizers):
                continue    # "held by the Information Office of X", another body's spokesperson presiding: the office
            units = [o for o in event.organizers if set(hosts) & registry.ancestors(o)
                     and not _is_internal_unit(doc.agency(o, registry), registry)]
            if units:       # "中检院召开…座谈会，国家药监局副局长主持": the institute under the chair's body holds it
                event.participants = [a for a in event.organizers + event.participants if a not in units]
                event.organizers = units
                continue
            event.participants = [a for a in event.organizers + event.participants if a not in hosts]
            event.organizers = hosts
            for name in chairs:
                event.agency_evidence.setdefault(agency_of[name], event.attendees[name].evidence)
        elif event.event_type == "signing" and not event.organizers:
            # "Dr Raine and Mr Xu signed the Joint Work Plan": the signers' agencies are its parties
            for name in event.attendees:
                if name in agency_of and agency_of[name] not in event.organizers:
                    event.organizers.append(agency_of[name])
                    event.agency_evidence.setdefault(agency_of[name], event.attendees[name].evidence)
        elif event.event_type in ("visit", "meeting", "press_conference") and not event.organizers:
            # the leader: named first, and not only quoted or speaking
            leader = next((name for name, a in event.attendees.items() if name in agency_of and a.role != "speaker"),
                          None)
            chair = next(iter(event.attendees.items()), None)
            if leader and chair and chair[0] != leader and chair[0] not in agency_of and chair[1].role in ("host", "presider"):
                leader = None   # "成岳冲主持召开座谈会。…县市场监管局局长吴志强…作了补充汇报": one whose body is not told
                #                 chaired it; another reporting to it does not hold it
            if not leader and event.event_type == "press_conference":
                # "at a regular press briefing, Commerce Ministry spokesperson Wei Lan said": the spokesperson's body
                leader = next((name for name in event.attendees if name in spokespeople), None)
            if leader and event.event_type == "visit" and event.participants and _MEETS_HOSTS.match(event.noun) and any(
                    other is not event and other.event_type == "visit" and other.span[0] < event.span[0]
                    and agency_of[leader] in other.organizers for other in events):
                # "Ao Ieong U visited Nanning. ... Ms Ao met the Chairman of the People's Government of Guangxi": the
                # leader of a trip the page told meets its hosts, who hold the meeting
                event.organizers, event.participants = event.participants, [agency_of[leader]]
            elif leader:
                event.organizers = [agency_of[leader]]
                event.agency_evidence.setdefault(agency_of[leader], event.attendees[leader].evidence)


def _organizers_stated_later(doc: _Doc, reported: list[tuple[int, _Draft]], registry: AgencyRegistry) -> None:
    """"The procurement was organized by the NHSA", "本次集采由国家医保局指导…具体实施": a sentence after an
    event's report that says who organized it names its organizers (the last event within reach, of the
    kind the sentence names, if it names one)."""
    norm = doc.text.norm
    if not reported or not any(word in norm for word in _ORGANIZED_BY_WORDS):
        return
    at = [(bisect.bisect_right(doc.starts, pos) - 1, draft) for pos, draft in reported if draft.event_type != "release"]
    for stated in _ORGANIZED_BY.finditer(norm):    # the folded text: simplified, one scan
        who = "who" if stated.group("who") else "who_zh"
        lo, hi = doc.text.span(stated.start(who), stated.end(who))
        if who == "who_zh" and (hosted := doc.simplified(lo, hi).find("主办")) >= 0:
            hi = lo + hosted    # "由A与B共同主办，C承办": A and B host; C only carries it out
        i = bisect.bisect_right(doc.starts, lo) - 1
        before = [(j, d) for j, d in at if i - _TOOK_PART_REACH <= j < i]
        sentence = doc.simplified(*doc.sentences[i])
        kinds = {kind for kind, cue in _KIND_WORDS if cue.search(sentence)}
        of_kind = [(j, d) for j, d in before if d.event_type in kinds] if kinds else before
        agencies = doc.within(doc.agencies, lo, hi)
        if of_kind and not agencies and who == "who" and _NOT_AN_AGENCY.search(doc.text.original, lo, hi):
            # "The fair is sponsored by China National Pharmaceutical Group and organized by Reed Sinopharm
            # Exhibitions": companies or associations hold it; the officials' agencies only take part
            event = of_kind[-1][1]
            event.participants, event.organizers = list(dict.fromkeys(event.organizers + event.participants)), []
            continue
        if not of_kind or not agencies:
            continue
        event = of_kind[-1][1]
        sentence_start = doc.norm_range(*doc.sentences[i])[0]
        if who == "who_zh" and (subject := _ZH_SUBJECT_BEFORE_BY.search(norm, sentence_start, stated.start(who) - 1)):
            # "进博会由商务部和上海市人民政府主办": the event the subject names (its characters in that event's name)
            named = [d for j, d in at if j < i and set(subject.group()) <= set(d.name)
                     and d.noun.endswith(subject.group()[-1])]     # (进博会: a 会, not the visit to its hall)
            if named:
                event = named[-1]
        named = list(dict.fromkeys(a.agency_id for a in agencies))
        if any(lo <= start < hi for start, _ in doc.person_spans):
            # "hosted by Mi Feng, ... deputy director of its Publicity Department": an official hosts for the
            # department's parent, as in `_hosts_from_their_officials`
            units = {a: doc.agency(a, registry) for a in named}
            named = list(dict.fromkeys(u.parent_agency_id if _is_internal_unit(u, registry) else a
                                       for a, u in units.items()))
        event.participants = [a for a in event.organizers + event.participants if a not in named]
        event.organizers = named
        for a in agencies:
            event.agency_evidence.setdefault(a.agency_id, a.evidence)


# A later sentence telling when a trip began or ended: "The tour, which began on Sunday in Xilinhot, ended on
# Wednesday", "concluded its visit", 调研…结束
_TRIP_TOLD = _word_gated("tvimecw", "调检考访督巡视结", r"\b(?:tour|trip|visit|inspection|mission)\b[^.;]{0,40}?"
                    r"\b(?:began|started|kicked\s+off|ended|concluded|wrapped\s+up)\b"
                    r"|\b(?:ended|concluded|wrapped\s+up)\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,3}?"
                    r"(?:tour|trip|visit|inspection|mission)\b"
                    r"|(?:调研|检查|考察|访问|督导|巡查|视察)[^，。；]{0,16}?结束|结束了?(?:(?:在|对)[^，。；]{1,16}?)?(?:调研|检查|考察|访问|督导|巡查|视察)")
_TRIP_BEGAN = re.compile(r"\b(?:began|started|kicked\s+off)\b", re.I)
_LED_A_TRIP = re.compile(r"led\s", re.I)     # "Lo Chung-mau led a delegation to Macao today": the trip, by who led it
_TRIP_BEGAN_OR_ENDED = re.compile(_TRIP_BEGAN.pattern + r"|\b(?:concluded|concludes|wrapped\s+up|wraps\s+up|continued|continues)\b", re.I)
# ...or the days it ran: "The visit, from 18 to 21 November, was made at the invitation of …"
# (its subject: not "The delegation is visiting China as part of the state visit … from April 12 to 15")
_THE_TRIP = re.compile(r"\W*(?:the|this|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:visit|tour|trip|mission)\b", re.I)
_TRIP_DAYS = 30     # the longest trip a later "ended on" date is read as the end of


# "本次竞赛为期3天", "本届论坛会期两天": the length of the event reported, in a sentence of its own
_LENGTH_OF_THIS = re.compile(r"(?:本次|本届|此次)(?P<noun>[\u4e00-\u9fff]{1,8}?)(?:为期|会期)"
                             r"(?P<days>十[一二三四五]?|[两二三四五六七八九]|[2-9]|[1-3]\d)天")


def _last_one_day_event(events: list[_Draft], before: int, noun: str) -> _Draft | None:
    """The last event reported before an original offset, dated by one day, that the noun names the kind of."""
    return next((x for x in reversed(events) if x.span[0] < before and x.start_date and not x.end_date
                 and x.event_type != "release" and _same_head(x.noun, noun)), None)


def _lengths_told_later(doc: _Doc, events: list[_Draft]) -> None:
    """An event dated by its first day alone, whose length a later sentence gives: "2023年全区药品检验检测技能竞赛
    在银川开幕。… 本次竞赛为期3天": its days."""
    if doc.language != "zh" or "为期" not in doc.text.norm and "会期" not in doc.text.norm:
        return
    for m in _LENGTH_OF_THIS.finditer(doc.text.norm):
        if earlier := _last_one_day_event(events, doc.text.span(m.start(), m.start())[0], m["noun"]):
            days = _days_stated(m["days"])
            earlier.end_date = earlier.start_date + timedelta(days=days - 1)


# "The two-week course, which opened on Nov 4, was …": the first day of the event reported closed before it
_IT_OPENED_ON = re.compile(r"\W*(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?P<noun>course|forum|conference|seminar|session|meeting|"
                           r"symposium|expo|fair|workshop|congress)\b,?\s+which\s+(?:opened|began|started)\s+on\b", re.I)


def _openings_told_later(doc: _Doc, events: list[_Draft]) -> None:
    """An event dated by its close, whose first day a later sentence gives ("… came to a close in Nanning last
    Friday. The two-week course, which opened on Nov 4, …"): its days."""
    if doc.language == "zh" or "which" not in doc.view:
        return
    for s, e in doc.sentences:
        if not (m := _IT_OPENED_ON.match(doc.text.original, s, e)):
            continue
        opened = next((d.start_date for d in doc.within(doc.dates, s, e) if d.start_date and not d.end_date), None)
        closed = _last_one_day_event(events, s, m["noun"])
        if opened and closed and 0 < (closed.start_date - opened).days <= 31:
            closed.start_date, closed.end_date = opened, closed.start_date
        elif opened and (undated := next((x for x in reversed(events) if x.span[0] < s and x.start_date is None
                                          and x.event_type != "release" and _same_head(x.noun, m["noun"])), None)):
            # "… closed a three-day expert review meeting … The meeting, which began on Sunday, …": its days,
            # from its first and its length
            told = _DURATION.search(doc.text.original, *doc.sentence_of(undated.span[0]))
            days = _days_stated(told.group("en")) if told else None
            undated.start_date = opened
            undated.end_date = opened + timedelta(days=days - 1) if days else None


def _trip_days_told_later(doc: _Doc, events: list[_Draft], reported: list[tuple[int, _Draft]]) -> None:
    """"The tour, which began on Sunday in Xilinhot, ended on Wednesday in Duolun county.", "The visit, from 18 to
    21 November, …": a later sentence gives the first, last or all days of the trip reported before it (the last
    within a month of the first). A visit a sentence telling its end names (调研组结束在广西的调研) is that trip."""
    trips = [t for t in events if t.event_type == "visit" and not t.end_date]
    if not trips:
        return
    for s, e in doc.sentences:
        if s <= trips[0].span[0]:
            continue
        trip = [t for t in trips if t.span[0] < s][-1]
        if trip.end_date:
            continue
        if not _TRIP_TOLD.search(sentence := doc.simplified(s, e)):
            if doc.language != "zh" and _THE_TRIP.match(sentence) and (ran := next((
                    d for d in doc.within(doc.dates, s, e) if d.start_date and d.end_date and d.kind != "vague"
                    and (trip.start_date is None or d.start_date <= trip.start_date <= d.end_date)), None)):
                trip.start_date, trip.end_date, trip.dated = ran.start_date, ran.end_date, True
            continue
        verbs = sorted([*_ENDED.finditer(sentence), *_TRIP_BEGAN.finditer(sentence)], key=lambda v: v.start())
        for d in doc.within(doc.dates, s, e) if verbs else ():
            if not d.start_date or d.kind == "vague" or is_dateline(doc.text, d):
                continue
            # the verb just before the date ("began on Sunday"), else the first after it (11月21日，调研组结束…)
            before = [v for v in verbs if v.start() < d.evidence.start - s]
            began = (before[-1] if before else verbs[0]).re is _TRIP_BEGAN
            if began and trip.start_date is None:
                trip.start_date, trip.dated = d.start_date, True
            elif not began and trip.start_date and 0 < (d.start_date - trip.start_date).days <= _TRIP_DAYS:
                trip.end_date = d.start_date
        if not trip.end_date:
            continue
        for told in [x for x in events if x.event_type == "visit" and s <= x.span[0] < e and x.start_date == trip.end_date
                     and set(x.organizers) <= set(trip.organizers)]:
            _merge(trip, told)
            events.remove(told)
            reported[:] = [(at, trip if target is told else target) for at, target in reported]


_CONTINUED = re.compile(r"continue[sd]\s", re.I)


def _trips_continued(events: list[_Draft]) -> None:
    """"continued his visit to Chongqing today (May 21). … Yesterday (May 20), Professor Lo met with …": a trip
    told as going on runs from the earliest day, in the week before, of the page's other visits and meetings of
    someone on it to the day told."""
    for trip in events:
        if trip.event_type == "visit" and trip.start_date and not trip.end_date and _CONTINUED.match(trip.noun) and (
                earlier := [x.start_date for x in events if x.event_type in ("visit", "meeting") and x.start_date
                            and 0 < (trip.start_date - x.start_date).days <= 7 and set(x.attendees) & set(trip.attendees)]):
            trip.start_date, trip.end_date = min(earlier), trip.start_date


# The body that invited a visitor: "at the invitation of the National Health Commission", 应国家卫生健康委邀请
_INVITED_BY = {"en": re.compile(r"\bat\s+the\s+invitation\s+of\s+(?:the\s+)?$", re.I), "zh": re.compile(r"应$")}
_INVITATION_AFTER = re.compile(r"的?邀请")


def _visits_hosted_by_who_invited(doc: _Doc, events: list[_Draft]) -> None:
    """A visit made at a body's invitation is hosted by that body (its sentence, or the next, says so); the
    visitor's own take part."""
    invited = _INVITED_BY["zh" if doc.language == "zh" else "en"]
    for trip in events:
        if trip.event_type != "visit":
            continue
        i = max(bisect.bisect_right(doc.starts, trip.span[0]) - 1, 0)     # its sentence, and the next
        s, e = doc.sentences[i][0], doc.sentences[min(i + 1, len(doc.sentences) - 1)][1]
        hosts = [a for a in doc.within(doc.agencies, s, e)
                 if invited.search(doc.text.original, max(s, a.evidence.start - 30), a.evidence.start)
                 and (doc.language != "zh" or _INVITATION_AFTER.match(doc.simplified(a.evidence.end, a.evidence.end + 3)))]
        if hosts and hosts[0].agency_id not in trip.organizers[:1]:
            host = hosts[0].agency_id
            trip.participants = [a for a in trip.organizers + trip.participants if a != host]
            trip.organizers = [host]
            trip.agency_evidence.setdefault(host, hosts[0].evidence)


# A meeting named as where something was signed: "The agreement was signed at the 2024 Northeast China Joint Conference"
_SIGNED_AT = re.compile(r"\bsigned\s+(?:on\s+the\s+sidelines\s+of|at|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,8}$", re.I)


def _meetings_dated_by_what_was_signed_there(doc: _Doc, events: list[_Draft], reported: list[tuple[int, _Draft]]
                                             ) -> None:
    """An undated meeting a mention names as where a signing took place was held on the day of that signing; an
    undated signing its sentence says took place at a dated meeting ("28 projects were signed at the 2024 X Conference,
    which was held in Urumqi from Tuesday to Wednesday") took place on that meeting's first day."""
    for at, meeting in reported:
        if meeting.event_type != "meeting" or not _SIGNED_AT.search(doc.view, *doc.norm_range(max(0, at - 120), at)):
            continue
        if meeting.start_date is None:
            signed = [x for x in events if x.event_type == "signing" and x.start_date and x.span[0] < at]
            if signed:
                meeting.start_date, meeting.dated = signed[-1].start_date, True
            continue
        sentence = doc.sentence_of(at)
        for signing in events:
            if signing.event_type == "signing" and signing.start_date is None and sentence[0] <= signing.span[0] < at:
                signing.start_date, signing.dated = meeting.start_date, True    # (its first day: signed once)


def _delegation_at_each_stop(doc: _Doc, events: list[_Draft]) -> None:
    """"On 16 April, the delegation visited the CMDE": the members of the trip's delegation are at each of its
    stops (its hosts there are named where it stopped)."""
    trips = [t for t in events if t.event_type == "visit" and t.end_date and t.attendees]
    for stop in events:
        if stop.event_type != "visit" or stop.end_date or stop.start_date is None or any(stop is t for t in trips):
            continue
        trip = next((t for t in trips if t.start_date <= stop.start_date <= t.end_date and t.span[0] < stop.span[0]), None)
        if trip and _THE_DELEGATION.search(doc.simplified(*doc.sentence_of(stop.span[0]))):
            for name, attendee in trip.attendees.items():
                if attendee.role not in ("host", "presider"):    # its members, not who received it there
                    stop.attendees.setdefault(name, attendee)


# People said to have joined all of a day's visits: "Dr Libby Lee and Dr Ronald Lam joined the visits."
_JOINED_THE_VISITS = re.compile(r"\b(?:joined|accompanied\s+(?:him|her|them)\s+on|took\s+part\s+in)\s+(?:the|these|both)\s+"
                                r"(?:two\s+|three\s+)?visits\b", re.I)


def _joined_every_visit(doc: _Doc, events: list[_Draft]) -> None:
    """The people of a sentence that says they joined "the visits" attended every visit on the day of the last one
    told before it."""
    if "visits" not in doc.view:
        return
    for cue in _JOINED_THE_VISITS.finditer(doc.text.original):
        s, e = doc.sentence_of(cue.start())
        before = [x for x in events if x.event_type == "visit" and x.start_date and x.span[0] < s]
        if not before:
            continue
        day = before[-1].start_date
        people = [p for p in doc.people if s <= p.evidence.start < e]
        for visit in (x for x in events if x.event_type == "visit" and x.start_date == day and not x.end_date):
            for p in people:
                visit.attendees.setdefault(p.name, EventAttendee(p.name, evidence=p.evidence))


# The visiting team as a meeting's subject: "调研组在内乡县召开座谈会", "the team held a feedback meeting in Liuzhou"
_THE_TEAM_HELD = re.compile(r"(?:调研组|考察组|督导组|检查组|视察组|工作组|代表团)(?:一行)?(?:在[^，。；,;]{1,12}?|还|随后)?"
                            r"(?:主持)?(?:召开|举行|组织)[^，。；,;]{0,24}$"
                            r"|\bthe\s+(?:[\w-]+\s+)?(?:team|delegation)\s+(?:then\s+|also\s+)?(?:held|convened|hosted)\s+"
                            r"(?:a|an)\s+(?:[\w-]+\s+){0,3}$", re.I)


def _held_by_the_team(doc: _Doc, events: list[_Draft], registry: AgencyRegistry) -> None:
    """A meeting the trip's team holds ("14日下午，调研组在内乡县召开座谈会") is held by the bodies that sent it, the
    local officials who join it take part: the hosts of the visit told before it."""
    for event in events:
        if event.event_type != "meeting" or event.organizers:
            continue
        s, _ = doc.sentence_of(event.span[0])
        if not _THE_TEAM_HELD.search(doc.simplified(s, event.span[0])):
            continue
        trip = next((t for t in reversed(events) if t.event_type == "visit" and t.organizers
                     and t.span[0] < event.span[0]), None)
        if trip:
            event.hosted_by(trip.organizers, trip)
            # the team's members, officials of the bodies that sent it, attend it (not the hosts who received it)
            sent = set(trip.organizers)
            for p in doc.people:
                if p.name in trip.attendees and p.agency_id and (p.agency_id in sent or registry.ancestors(p.agency_id) & sent):
                    event.attendees.setdefault(p.name, trip.attendees[p.name])


def _visits_to_own_units(events: list[_Draft], registry: AgencyRegistry) -> None:
    """"The NMPA commissioner visited the NIFDC to inspect ...": a body visiting its own unit holds the visit
    (an inspection); the unit receiving it takes part."""
    for event in events:
        if event.event_type == "visit" and len(event.organizers) > 1:
            units = [a for a in event.organizers if registry.ancestors(a) & set(event.organizers)]
            if units:
                event.organizers = [a for a in event.organizers if a not in units]
                event.participants = units + [a for a in event.participants if a not in units]


def _is_information_office(agency: Agency | None) -> bool:
    """A government's information office (国务院新闻办, 上海市政府新闻办): it holds the briefings others' officials
    present and preside over."""
    return bool(agency and (agency.name_en and "Information Office" in agency.name_en
                            or agency.name_zh and "新闻办" in agency.name_zh))


def _is_internal_unit(agency: Agency | None, registry: AgencyRegistry) -> bool:
    """A department, division or Party group of its parent (`_INTERNAL_UNIT`), or a unit named as the parent's
    ("Press Bureau of the State Council Information Office")."""
    if not agency or not agency.parent_agency_id or agency.acts_alone:
        return False
    if _INTERNAL_UNIT.search(agency.name_zh or agency.name_en or ""):
        return True
    if not agency.in_registry and _UNIT_HEAD_LAST.search(agency.name_en or ""):
        return True     # a unit found by its shape under its parent: "its Publicity Department"
    parent = registry.agencies.get(agency.parent_agency_id)
    return bool(parent and parent.name_en and agency.name_en and agency.name_en.endswith(f" of the {parent.name_en}"))


_PLACED_IN = re.compile(r"(?:\b(?:in|at|to|visited|toured)\s+(?:the\s+)?(?:city\s+of\s+)?|[在赴到来抵于])$", re.I)


def _placed_in(original: str, place: Place) -> bool:
    return bool(_PLACED_IN.search(original, max(0, place.evidence.start - 12), place.evidence.start))


def _document_place(text: NormalizedText, places: list[Place]) -> tuple[str | None, str | None]:
    """The city the document talks about most, for events whose sentence names none: of the cities it places
    something in ("in Nanning", 在南宁), where it does, rather than those it names a side or a body by ("the
    Macao delegation", 澳门特别行政区政府药物监督管理局)."""
    cities = [p for p in places if p.city and not p.abroad]    # (one abroad is where that event was, not the page)
    located = [p for p in cities if _placed_in(text.original, p)]
    cities = located or cities
    if not cities:
        return None, None
    best = max(cities, key=lambda p: sum(q.city == p.city for q in cities))
    return best.city, best.province


# Where the words quoted just before were said: "The remarks were made at the opening of the X"
_REMARKS_MADE_AT = re.compile(r"\b(?:remarks|comments|statement|speech)\s+(?:was|were)\s+(?:made|delivered|given)\s+(?:at|during)\b"
                              r"|\b(?:made|delivered)\s+the\s+(?:remarks|comments)\s+(?:at|during)\b"   # ("made the remarks during an inspection of …")
                              r"|\b(?:pledge|remarks|comments|announcement|call)\s+came\s+at\b"   # ("The pledge came at the …")
                              # ("The legislature was told on Tuesday that … Delivering an inspection report at a plenary
                              # meeting of the session, X said …")
                              r"|\b(?:delivering|presenting|submitting)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,4}(?:report|speech|address)\s+at\b")
_ALSO_HELD_ZH = re.compile(r"还(?:联合|共同|专门|主持)?(?:召开|举行|举办)")   # (还主持召开专题会议)
_ALSO_ON = re.compile(r"\s*(?:Also|Separately|Earlier|Later)\s+(?:on|that|the\s+same)\b")
_WITH_A_DELEGATION = re.compile(r"\s+with\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}delegation\b")
# "Following is a question by the Hon X and a written reply by the Secretary for Health, Professor Y, in the Legislative
# Council today (February 15):", "以下为今日（五月二十九日）在立法会会议上杨议员的提问和医务卫生局局长卢宠茂教授的书面答复" (on the
# lower-cased, simplified view)
_COUNCIL_QUESTION = {
    "en": re.compile(r"\bfollowing\s+is\s+a\s+question\s+by\s+[^.:\n]{3,120}?\s+and\s+an?\s+(?:written\s+)?reply\s+by\s+"
                     r"[^:\n]{3,160}?\s+in\s+the\s+(?P<council>legislative\s+council)\s+today\b"),
    "zh": re.compile(r"以下(?:是|为)今[日天][(（][^)）\n]{2,12}[)）]在(?P<council>立法会)(?:会议)?上[^。\n]{2,60}?的提问和"
                     r"[^。\n]{2,80}?的(?:书面|口头)?答复"),
}
_COUNCIL = {"en": "legislative council", "zh": "立法会"}
_COUNCIL_MEETING_NAME = {"en": "Legislative Council meeting", "zh": "立法会会议"}
_YEAR_TALLY_ZH = re.compile(r"(?:(?:19|20)\d\d年|去年|今年以来|全年)[^。；;]{0,40}?共(?:组织|开展|派出|检查|督导)")
_ASKED_ABOUT_ZH = re.compile(r"(?:询问|了解|听取|检查|查看|察看|核查|关注)了?[^，。；,;]{0,12}$")
_MEETING_FORMATS = ("roundtable", "round table", "symposium", "seminar", "forum", "workshop", "conference")
_CLAUSE_MARK = re.compile(r"[，,；;]")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")     # (a comma in brackets parts no clauses: "後日（五月十五日，星期三）")
_PUBLISHED_THEN_ZH = re.compile(r"[^，。；,;]{0,10}?(?:印发|发布|公布|颁布)")
# (a count of sessions within a conference: "…等8个分论坛"; but not "舉辦共五場說明會" over days told, one series)
_COUNTED_SESSIONS = re.compile(r"(?:\d+|[一二三四五六七八九十两多数几]+)余?[个场](?:分|平行)$")
_TALLY_OF_EDITIONS = re.compile(r"(?:举办|召开|举行|组织|开展)了?(?:\d+|[一二三四五六七八九十两多数]+)(?:届|次|场|期)[^，。；,;]{0,20}$")
# A clause opening on its own day: "13日，", "7月13日，" (after a paper's lead: "本报讯（记者 孙丽萍）6月13日下午，")
_OPENS_ON_ITS_DAY = re.compile(r"\s*(?:[^\s，。,(（]{1,12}讯\s*(?:[(（][^)）]{1,30}[)）])?\s*)?"
                               r"(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}日(?:上午|下午|晚)?[，,]")
_AND_HELD_TALKS = re.compile(r"[^.;!?。；\n]{0,160}\band\s+(?:held|had)\s+")


def _another_that_day(doc: _Doc, draft: _Draft, language: str) -> bool:
    """"Also on Tuesday, Zhou Hanwen held talks with the delegation", "当天下午，商务部与国家药监局还联合召开…座谈会":
    another occurrence of the kind that day, not the one reported."""
    s, _ = doc.sentence_of(draft.span[0])
    if language == "en":
        return bool(_ALSO_ON.match(doc.text.original, s))
    return bool(_ALSO_HELD_ZH.search(doc.text.norm, *doc.norm_range(s, draft.span[0])))


def find_events(text: NormalizedText, language: str, published: date | None, dates: list[DateMention],
                agency_mentions: list[AgencyMention], people: list[PersonMention], directives: list[Directive],
                places: list[Place], registry: AgencyRegistry, found: Sequence[Agency] = ()) -> list[Event]:
    """One Event per occurrence reported in the document, in order of first mention. `found`: the agencies
    `find_agencies` gave, whose units found by shape the registry does not hold."""
    doc = _Doc(text, dates, agency_mentions, people, places, language)
    doc.found = {a.agency_id: a for a in found}
    merged: list[_Draft] = []
    reported: list[tuple[int, _Draft]] = []  # where each mention stands, and the occurrence it went to
    for draft in _in_the_past(doc, _mentions(doc, language), published):
        if draft.event_type == "visit" and _MEETS_HOSTS.search(draft.noun) and draft.start_date and any(
                x.event_type == "visit" and (_TRIP_BEGAN_OR_ENDED.search(x.noun) or _LED_A_TRIP.match(x.noun)) and x.start_date
                for x in merged):
            draft.event_type = "meeting"    # "began his visit to Shanghai today … Lo met with the Vice Mayor": a meeting on it
            # (or "concluded his two-day visit to Jiangsu … At noon, Professor Lo met with the Mayor of Suzhou")
        same = [x for x in merged if _same_occurrence(x, draft) and not _another_stop(doc, x, draft)
                and not ((draft.month_only or x.month_only) and (x.start_date or draft.start_date))]
        # (a meeting told only by its month, "今年3月召开的全省…会议", is apart from those told with their days)
        told = doc.sentence_of(draft.span[0])       # its sentence, original offsets
        opening, told_end = doc.norm_range(*told)     # (where it starts, and ends, in the normalised text)
        if not same and draft.noun in ("会议", "meeting") and draft.start_date and _SCENE_OPENER[language].match(
                text.norm, opening):
            # "会上，谭立新主持会议": the meeting whose scene the sentence is set at, whoever presides
            same = [x for x in merged if x.event_type == draft.event_type and x.start_date == draft.start_date][-1:]
            if same and same[0].organizers:     # (its presider's body takes part; the hosts are those reported)
                draft.participants, draft.organizers = draft.organizers + draft.participants, []
        if same and draft.dated and _another_that_day(doc, draft, language):
            same = []
        if not same and merged and draft.event_type == "other" and _JOINED_TO_A_MEETING.search(draft.name):
            same = [x for x in merged if x.event_type == "meeting" and x.start_date == draft.start_date][-1:]
        if not same and merged and (_OPENING_OR_CLOSING.search(draft.name) or _MEETINGS_CEREMONY.search(draft.name)):
            # the opening ceremony ("开幕式上，…发布了"), on a day of an event reported: a part of it
            same = [x for x in merged if x.event_type not in _HELD_AT and x.event_type != "other" and not x.month_only and (
                draft.start_date is None or x.start_date is None
                or x.start_date <= draft.start_date <= (x.end_date or x.start_date))][-1:]
        # (a sentence opening on the time before one reported, "座谈会前，…进行了会商", tells another of any kind)
        # (and one opening on the time after one reported, "签署仪式后，双方举行工作会谈", another of another kind)
        at = doc.norm_range(*draft.span)[0]
        # (held by bodies it names: "…, the TFDA and the Thai FDA held a bilateral meeting"; not "delegates held talks")
        beside = bool(_ON_THE_SIDELINES.match(text.norm, opening)) and bool(draft.organizers) \
            and not _SIDELINES_OF.search(doc.view, max(0, at - 28), at)
        apart = bool(merged) and bool(_BEFORE_IT.match(text.norm, opening) or beside or (
            _AFTER_IT.match(text.norm, opening) and draft.event_type != "signing"      # (signed after talks: at them)
            and (not any(x.event_type == draft.event_type for x in merged)
                 or draft.proper and draft.event_type == "meeting" and bool(_CONVENED_BEFORE.search(text.norm, opening, at)))))
        # ("会后，刘亚峰主持召开全市…工作会议": a meeting of its own, not "…举行记者会，说明本次会议重要结论")
        if merged and (apart or _HELD_NEXT.search(doc.view, *doc.norm_range(max(0, draft.span[0] - 16), draft.span[0]))
                       or _HELD_AFTER_IT.match(doc.view, doc.norm_range(draft.span[1], draft.span[1])[0])) and (
                before := next((x for x in reversed(merged) if x.start_date and (
                    apart or x.event_type != draft.event_type)), None)) and not (
                # (but "随后召开的座谈会上" after "到X调研，并主持召开座谈会": the symposium already reported that day)
                not apart and draft.start_date in (None, before.start_date) and any(
                    x.event_type == draft.event_type and x.start_date == before.start_date
                    and _same_head(x.noun, draft.noun) for x in merged)):
            # "在随后举行的座谈会上", "a symposium held afterwards": an occurrence of its own, on that day, held by
            # whoever held what came before unless it names its own host
            if not draft.dated:
                draft.start_date, draft.dated = before.start_date, True
            draft.follows = before
            target = draft
            merged.append(draft)
        elif (merged and draft.event_type == "meeting" and merged[-1].event_type == "visit"
              and merged[-1].start_date == draft.start_date and _AND_HELD_TALKS.fullmatch(
                  text.original, merged[-1].span[1], draft.span[0])):
            target = merged[-1]     # "Zhao visited the EMA in Amsterdam and held talks with Emer Cooke": one visit
        elif same:
            # an undated mention ("出席会见", "the meeting") is of the latest such occurrence reported (of those its
            # noun names: "the investment fair" of the fair, not of the forum held at it)
            if draft.start_date is None:
                same = _not_recalled(same) or same
            target = ([x for x in same if _same_head(x.noun, draft.noun)] or same)[-1] if draft.start_date is None \
                else same[0]
        elif merged and not draft.dated and (not draft.proper or _OPENING_OR_CLOSING.search(draft.name)):
            # "the meeting", 座谈会: a part of the occurrence just reported; of a meeting or visit, not of
            # what was signed or issued at it ("After the talks, they signed ... Z attended the meeting")
            held = [x for x in merged if x.event_type not in _HELD_AT and not x.month_only]
            target = held[-1] if held and draft.event_type not in _HELD_AT else merged[-1]
            signed_one = draft.event_type == "signing" and bool(draft.organizers) and bool(_SIGNED_ONE.search(
                doc.view, max(0, (at := doc.norm_range(*draft.span)[0]) - 40), at)) and not (
                doc.within(doc.dates, *told) or _MONTH_ONLY[language].search(doc.text.original, *told))
            # (not "signed … in Zhengzhou in July")
            host = target if target.event_type in ("meeting", "visit") else held[-1] if signed_one and held else None
            if draft.event_type == "signing" and host and host.start_date \
                    and (_SIGNED_THERE.search(doc.view, opening, told_end) or _is_projects(draft.noun) or (
                        signed_one and not set(draft.organizers) <= set(host.organizers + host.participants))):
                # "At the end of the meeting, the three ministers signed a joint statement": signed there, that day,
                # by its sides where the sentence names no one (and one signed by others than those who held it:
                # "the Beijing MPA signed a cooperation memorandum with …", told in a conference's report)
                if not (draft.organizers or draft.attendees or _is_projects(draft.noun)):
                    _parties_of(host, draft)
                if not (draft.city or draft.abroad):
                    draft.city, draft.province = host.city, host.province
                draft.start_date, draft.dated, target = host.start_date, True, draft
                merged.append(draft)
        else:
            target = draft
            if draft.event_type == "signing" and (held := [
                    x for x in merged if x.event_type in ("meeting", "visit") and x.start_date]) and _SIGNED_THERE.search(
                    doc.view, opening, told_end):
                if not draft.dated:
                    draft.start_date, draft.dated = held[-1].start_date, True   # (a titled one: "…共同签署《X》")
                if draft.start_date == held[-1].start_date:
                    if not (draft.organizers or draft.attendees) and (_THE_TWO.search(doc.view, opening, told_end) or (
                            _THEY_SIGNED_THERE.search(doc.view, opening, told_end))):
                        draft.signed_at = held[-1]  # "After the talks, the two ministers signed the X Plan"
                    if held[-1].city:   # "met in Zhuhai for the … Meeting, where they signed minutes": signed there
                        draft.city, draft.province = held[-1].city, held[-1].province
            merged.append(draft)
        if target is not draft:
            if target.organizers and (not draft.dated or draft.start_date == target.start_date) and _AT_THE_NOUN.search(
                    text.original, max(0, draft.span[0] - 24), draft.span[0]):
                # "a video message played at the press conference": named at an event already reported, not its host
                draft.participants, draft.organizers = draft.organizers + draft.participants, []
            _merge(target, draft)
        reported.append((draft.span[0], target))
    _trip_days_told_later(doc, merged, reported)
    _trips_continued(merged)
    _lengths_told_later(doc, merged)
    _openings_told_later(doc, merged)
    _visits_hosted_by_who_invited(doc, merged)
    _meetings_dated_by_what_was_signed_there(doc, merged, reported)
    _attendees_beyond_their_sentence(doc, language, reported)
    _delegation_at_each_stop(doc, merged)
    _joined_every_visit(doc, merged)
    _signers_attend_the_meeting(doc, reported)
    _held_by_the_team(doc, merged, registry)
    _hosts_from_their_officials(doc, merged, registry)
    _organizers_stated_later(doc, reported, registry)
    _visits_to_own_units(merged, registry)
    for draft in merged:
        if draft.signed_at is not None and not (draft.organizers or draft.attendees):
            _parties_of(draft.signed_at, draft)
        if draft.follows is not None and not draft.organizers:
            draft.hosted_by(draft.follows.organizers, draft.follows)
        if draft.follows is not None and not (draft.city or draft.abroad):
            draft.city, draft.province = draft.follows.city, draft.follows.province     # held there, right after
    for draft in _in_the_past(doc, _release_drafts(doc, language, directives, merged, published), published):
        same = [x for x in merged if _same_occurrence(x, draft)]
        if same:
            _merge(same[0], draft)
        else:
            merged.append(draft)
    merged += _decision_drafts(doc, language, merged, published, directives)
    merged += _council_question_drafts(doc, language, merged)
    city, province = _document_place(text, places)
    events = []
    for d in sorted(merged, key=lambda d: d.span[0]):
        if d.event_type != "release" and not d.city and not d.abroad:
            d = replace(d, city=city, province=province)
        end = d.end_date if d.end_date and d.start_date and d.end_date > d.start_date else None
        events.append(Event(
            event_type=d.event_type, name=d.name, evidence=text.evidence(*d.span), start_date=d.start_date,
            end_date=end, city=d.city, province=d.province, organizer_ids=tuple(d.organizers),
            participant_ids=tuple(a for a in d.participants if a not in d.organizers),
            attendees=tuple(d.attendees.values()), directive_title=d.directive_title,
            agency_evidence=tuple((a, ev) for a, ev in d.agency_evidence.items() if ev is not None)))
    return events
