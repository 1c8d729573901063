"""Line-level rules that recognise page furniture in crawled text.

Rules are about what furniture *is* on any news or government site (breadcrumbs, menus,
counters, share bars, copyright and ICP lines, editor lines, image file names, login
prompts), never about one site. Lines are matched in a folded form (NFKC, simplified
script, pinyin glosses removed, lower case) so one rule covers both scripts, and the
patterns need no IGNORECASE (which makes Python's regex engine several times slower). Body text
is precious: a rule that could hit a sentence only applies to short lines.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipelines.extract.text import CJK, strip_pinyin, to_simplified

_CJK_RUNS = re.compile(CJK.pattern + "+")
BULLET = re.compile(r"^[\s•·●◆■□▪►▶>*\-–—]+")
_SENT_PUNCT = re.compile(r"[。！？；，,;!?]|\.\s|\.$")

# Single-label lines: menu entries, buttons and section labels.
_LABELS = {
    "home", "homepage", "home page", "news", "search", "site map", "sitemap", "contact", "contact us", "about us",
    "about", "login", "log in", "sign in", "sign up", "register", "subscribe", "print", "e-mail", "email", "share",
    "close", "back", "back to top", "top", "more", "more>>", "product", "products", "supplier", "inquiry", "send",
    "english", "chinese", "中文", "english version", "mobile", "rss", "tags", "keywords", "related", "comments",
    "首页", "网站首页", "主页", "返回首页", "网站地图", "联系我们", "关于我们", "登录", "注册", "退出", "搜索", "打印",
    "打印本页", "关闭", "关闭窗口", "收藏", "分享", "取消", "发送", "返回顶部", "返回", "更多", "查看更多", "查看更多+",
    "移动版", "手机版", "无障碍", "繁体", "简体", "繁体版", "简体版", "english", "关键词", "标签", "推荐", "每日推荐",
    "热点推荐", "分享成功", "扫一扫", "微信", "微博", "qq空间", "字号", "大 中 小", "纠错", "我要纠错", "正文",
    "print this page", "print this article", "print page", "close window", "close this window", "close page",
    "打印此页", "打印文章", "打印正文", "关闭本页", "关闭页面", "收藏本页", "加入收藏", "字体", "大", "中", "小", "列印",
    "我要打印", "我要分享", "我要收藏", "comment", "share to", "share on", "back to press releases", "back to news",
    # section names and end-of-page links of press-release sites; "nnnn" is the wire services' end-of-story marker
    "press releases", "today's press releases", "news releases", "新闻公报", "今日新闻", "其他新闻", "返回页首", "回页首", "回到顶部",
    "nnnn",
    "share this article", "share this story", "share this page",
    "printer friendly", "printer-friendly version", "printer friendly version", "email this article", "email this page",
    "search trends", "save article", "save", "bookmark", "print", "mail",
    "email this alert", "print this alert", "share this alert",
    "enlarge", "reduce", "favorite", "favourite", "favorites", "favourites", "add to favorites", "listen",
    "列印本页", "列印此页", "电邮此页", "电邮本页", "电邮", "返回主页", "关闭视窗", "列印", "友善列印", "字级", "复制链接", "copy link", "返回目录", "返回列表", "返回新闻列表", "返回上页",
    "转寄", "回上一页", "回上页",     # (Taiwan's: 列印　轉寄　分享至Facebook　回上一頁)
    "download", "download pdf", "下载", "下载pdf", "下载全文", "photo", "photos", "video", "audio", "图片", "视频",
    "sign up here", "sign up here.", "subscribe here", "suggested topics", "suggested topics:", "press release",
    "text size", "font size", "搜寻",
    "私隐政策", "隐私政策", "私隐声明", "隐私声明", "使用条款", "重要告示", "版权告示",
    # a footer's links and a sponsored block's label
    "terms of use", "terms of service", "terms and conditions", "privacy", "privacy policy", "privacy statement",
    "cookies", "cookie policy", "cookie settings", "advertise with us", "advertising guidelines", "newsletters", "apps",
    "accessibility", "sponsored", "sponsored content", "advertisement", "电邮本页", "电邮", "列印本页",
    # an accessibility link above a site's header
    "skip to main content", "skip to content", "skip to main", "skip navigation", "跳至主要内容", "跳到主要内容", "跳过导航",
}
_SOCIAL = (r"twitter|x|linkedin|facebook|e-?mail|mail|weibo|wechat|whatsapp|youtube|instagram|reddit|telegram|qq|line|微博|微信|qq空间"
           r"|复制链接|複製連結")
# Lines that are furniture whatever their length, as (words, pattern): the pattern cannot match without one of its
# words. The alternation is only searched in a line holding one of them: the engine tries each alternative at every
# position of every line, a third of the cleaning of a text page, while a substring test runs at C speed.
_ALWAYS_RULES = (
    (("版权所有", "版權所有", "copyright", "©", "(c)", "all rights reserved", "禁止转载", "转载请注明"),
     r"版权所有|版權所有|copyright|©|\(c\)\s*\d{4}|all rights reserved|禁止转载|转载请注明"),
    # "未经书面授权不得转载", but not "未经许可售卖属违法行为"
    (("未经", "非经"),
     r"[未非]经[^。]{0,8}(许可|授权)[^。]{0,6}(禁止|严禁|不得|请勿)[^。]{0,4}(转载|使用|复制|下载|摘编|镜像|链接|转发)"),
    (("reproduction ", "may not be re"),
     r"reproduction (in whole or in part )?without (prior )?(written )?permission|may not be (reproduced|republished)"),
    (("免责声明", "disclaimer", "special statement", "凡本网注明", "本网转载", "本站转载", "不代表本", "如涉及作品内容", "版权声明"),
     r"免责声明|disclaimer|special statement|凡本网注明|本网转载|本站转载|不代表本(网|站)(赞同|观点)|如涉及作品内容|版权声明"),
    (("内容由政府新闻处提供",), r"内容由政府新闻处提供"),     # Hong Kong's government pages: "此網頁內容由政府新聞處提供"
    # a law firm's or adviser's standing disclaimer; a licence number in a footer
    (("不构成", "不代表本所", "特别声明", "for general information ", "does not constitute ",
      "license for publishing multimedia online"),
     r"不构成[^。]{0,8}(法律|投资)(意见|建议)|不代表本所[^。]{0,8}(法律)?意见|特别声明\s*[:：]|(is|are) (provided )?for general information (purposes )?only"
     r"|does not constitute (legal|investment|professional) advice|license for publishing multimedia online"),
    (("网页由", "网站由", "is managed by", "is maintained by"),
     r"(此网页|本网页|本网站|此网站)由.{0,16}(负责|设计及)?管理|this (web ?)?(page|site) is (managed|maintained) by"),
    (("discrepanc",), r"in case of (any )?discrepanc(y|ies) between the english and chinese"),    # a translation's disclaimer
    # a law firm's advertising notice, a news site's rights note, a terminal's advert, a tip line
    (("热线", "hotline"), r"(举报|投诉|report|tip|complaints?)\s*(热线|hotline)\s*[:：]|hotline\s*[:：]\s*[\d(+]"),
    (("click here ", "点击"),
     r"click here (for|to) (more|read|view|see|watch)|点击(这里|此处)?(查看|阅读)(更多|全文|原文)"),
    (("attorney advertising", "prior results do not guarantee", "reserves all rights to this article",
      "on the bloomberg terminal", "have a confidential tip", "listen to this article", "available only to subscribers",
      "why you can trust"),
     r"attorney advertising|prior results do not guarantee|reserves all rights to this article|on the bloomberg terminal"
     r"|have a confidential tip|listen to this article|(article|content) (is )?available only to subscribers|why you can trust"),
    # Taiwan's government sites' footer ("政府網站資料開放宣告", "Government Website Open Information Announcement")
    (("政府网站资料开放宣告", "government website open information announcement"),
     r"政府网站资料开放宣告|government website open information announcement"),
    (("所刊载内容之知识产权", "如有意愿转载", "for copyright issues", "website cooperation", "获得书面确认及授权"),
     r"所刊载内容之知识产权|如有意愿转载|for copyright issues|website cooperation|获得书面确认及授权"),
    # (a footer's sponsor field, "主办单位：…" or "主办单位 国家药监局", not prose's "担任培训之主办单位。")
    (("icp", "公网安备", "网站标识码", "网站识别码", "constructed and maintained", "主办单位", "承办单位", "技术支持"),
     r"icp备|icp证|icp (registration |license |licence )?(number|no\.?)\s*[:：]|公网安备|网站标识码|网站识别码|constructed and maintained|(?:主办|承办)单位(?=\s*[:：]|\s+[^\s，。,]|$)|技术支持[:：]"),
    (("投诉举报电话", "业务咨询电话", "enter your ", "forgot ", "client login"),
     r"投诉举报电话|业务咨询电话|enter your (account|user ?name|password)|forgot (your )?password|client login"),
    (("visit", "best viewed", "浏览器", "分辨率", "最佳浏览解析度", "browser"),
     r"visit\s+(www\.|https?://)|best viewed|建议使用.{0,20}浏览器|分辨率|最佳浏览解析度|browsers? with \d+\s*[*x×]\s*\d+"),
    # a market-data site's delay notice; a wire's pointer to its editorial standards
    (("quotes ", "trust principles", "website identification code"),
     r"quotes (are )?delayed|trust principles|website identification code"),
    # a comment section's rules ("Comments will be moderated. ... at the discretion of the Taipei Times.")
    (("comments will be ", "keep comments relevant", "leave a comment"),
     r"^comments will be (closed|moderated)|keep comments relevant|^(be the first to )?leave a comment"),
    # an outlet's app promotion ("Download our app to receive breaking news alerts and read the news on the go.")
    ((" app",), r"^(download|get|install) (our|the [\w ]{1,20}) app\b"),
    # a feedback widget, a wire's licensing link
    (("was this ", "purchase licensing rights", ", opens new tab"),
     r"^was this (page|article|information) (helpful|useful)\??|^purchase licensing rights|^[^.]{0,60}, opens new tab$"),
    (("written authori",), r"without (prior )?written authori[sz]ation"),
    # a government press-release site's header links and its footer's maker and update line
    (("新闻公报", "政府新闻处制作", "本网页", "此网页"),
     r"新闻公报搜寻|搜寻新闻公报|订阅新闻公报|新闻公报电邮订阅|今日的新闻公报|政府新闻处制作|[本此]网页(?:最近|最后)?于\s*\d{4}年\d{1,2}月\d{1,2}日(?:更新|修订)"),
    # a site's accessibility statement ("本網頁已符合「無障礙網頁內容指引」2.0 AA級別的規定")
    (("无障碍网页内容指引", "web content accessibility guidelines"), r"无障碍网页内容指引|web content accessibility guidelines"),
    # a site's copyright line in other words: "本網站著作權屬於衛生福利部中央健康保險署"
    (("著作权",), r"(?:本|此)(?:网站|网页|站|网)\S{0,2}著作权"),
)
_ALWAYS = re.compile("|".join(pattern for _, pattern in _ALWAYS_RULES))
_ALWAYS_WORDS = tuple(dict.fromkeys(word for words, _ in _ALWAYS_RULES for word in words))
# Furniture only when the line is short: these words also occur inside sentences. Fields that open
# a line are matched at the start only (one `match`), the rest searched for: a `search` with
# anchored alternatives would still try every one of them at every position.
_LOCATION = r"(当前位置|当前的位置|您当前的位置|您的位置|您现在的位置|现在位置|所在位置|current location|you are here|location)\s*[:：>]"
# The parts of a credit line naming only people: a name of one to three words, the words joining names, a wire's
# credit word, and the place a wire's reporter filed from ("Kevin Huang in Shanghai")
_CREDIT_NAME = r"[\w'.-]+( [\w'.-]+){0,2}"
_CREDIT_JOIN = r"(,| and|, and)"
_WIRE_CREDIT = r"((additional )?reporting|writing|editing) by "
_CREDIT_PLACE = r"( in [\w'.-]+( [\w'.-]+)?)?"
_SHORT_HEAD = re.compile("|".join((
    _LOCATION,
    # links to the neighbouring articles, newsletter and follow-us prompts, a bare row of social networks
    r"([<>«»‹›]{1,2}\s*)?(previous|next|prev|上一篇|下一篇|上一条|下一条|上一则|下一则|上一页|下一页)( article| story| post)?\s*[:：]",
    # a site's address alone: "news.gov.hk", "www.nmpa.gov.cn"
    r"(https?://)?(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+/?$",
    # a link to an infographic of the story: "图解：一图读懂生物医药产业“20条”"
    r"图解\s*[:：]",
    # a photo caption's label: "(Cover image: The WHO headquarters in Geneva. / CFP)"
    r"\(?(cover image|cover photo|file photo|photo|image)\s*(:|via\b)",     # (or its credit: "(Cover image via CFP)")
    rf"follow (us|[\w .&'-]{{2,40}}) on\s*({_SOCIAL}|[:：]|$)|(sign up|subscribe) (for|to) our\b|关注我们|订阅我们",
    r"get our [\w' -]{0,40}newsletter|newsletters?\s*[:：]",    # ("Newsletter: Get the Week in Review in your inbox …")
    r"[(\[]\s*(edited|compiled) by [\w'.,& -]{2,60}[)\]]$",     # an editor's credit in brackets: "(Edited by Zhang Xinyue)"
    r"related\s*:",      # a link to another story, labelled: "Related: In Depth: Can Volume-Based Procurement Work…"
    rf"({_SOCIAL})([\s|/·,]+({_SOCIAL}))+$|share\s*[-–—]\s*({_SOCIAL})\b",
    r"(分享到|分享|share( this)?( on| to)?|print|e-?mail|字号|字体|adjust font size|font( size)?|text size|服务时间|办公时间)\s*[:：]",
    # a search box: "在新聞公報中搜尋  搜尋", "Search in press releases"
    r"(在[^\s。，,.]{1,12}中?(搜寻|搜索)(\s+(搜寻|搜索))?|search (in|within) [\w .'-]{1,30})$",
    # the issue-time line closing a government press release
    r"issued at (hkt |bjt )?\d{1,2}:\d\d$",
    # a credit line naming only people: "Translated and edited by Wang Yiming, Zhou Jing and David Ball"
    # (or bracketed, under a wire story: "(By Chen Chun-hua and Sean Lin)")
    rf"\(by {_CREDIT_NAME}({_CREDIT_JOIN} {_CREDIT_NAME}){{0,4}}\)$",
    # (or a wire's credits: "Reporting by Kevin Huang in Shanghai and Liz Tan in Beijing; Editing by Sonali Rao")
    rf"{_WIRE_CREDIT}{_CREDIT_NAME}{_CREDIT_PLACE}({_CREDIT_JOIN} {_CREDIT_NAME}{_CREDIT_PLACE}){{0,5}}"
    rf"(; ?{_WIRE_CREDIT}{_CREDIT_NAME}({_CREDIT_JOIN} {_CREDIT_NAME}){{0,3}}){{0,3}}(?<!\.)$",   # (no full stop: a sentence)
    rf"((translated|translation)( and edited)?|edited and translated) by {_CREDIT_NAME}"
    rf"((,| and|, and| \|) {_CREDIT_NAME}){{0,9}}\.?($| in case of any discrepancy)",
    r"[(\[【]?(责任编辑|信息审核|内容审核|本版责编|责编|美编|版面编辑|编辑|审核人?|[一二三]审|校对|编审|签发|值班编辑|供稿|作者|author|edit|editor|web editor"
    r"|responsible editor|editors? in charge"
    r"|reporter|记者|摄影|通讯员)\s*[:：]",
    r"(来\s*源|稿件来源|文章来源|信息来源|source|category|subject|(hot )?tags?|keywords?|关键词|相关字词|相关词|栏目|分类|发布者|发布人)"
    r"\s*[:：﹕]",
    r"\d{1,2}\s*min(ute)?s?\s+read$|reading time\s*[:：]",        # a reading-time estimate
    r"registration number\s*[:：]\s*\d{6,10}$",      # gov.cn's footer ("Registration Number: 05070218"; a drug's has letters)
    # a file's link: "Attachment: Press release (Chinese).pdf", "Attachment: … summary (PDF)"
    r"attachments?\s*[:：].{1,80}(\.(pdf|docx?|xlsx?|zip)|\((pdf|docx?|xlsx?|zip)\))$",
    # a footer's links to other sites; a government document page's index number (索引号, spaced or not)
    r"((friendly |useful |external )?links|友情链接|相关链接|网站链接)\s*[:：]|索\s*引\s*号\s*[:：]",
    # a policy library's record fields ("标　　题：…", "发文机关：…", "主题分类：…", "生成日期：…"): the document's own lines say it
    r"(标\s*题|发文机关|发布机构|生成日期|发文字号|主题分类|公文种类|主\s*题\s*词|文\s*号|有\s*效\s*性)\s*[:：]",
    # a page's revision stamp: "本网页修订日期：2024年6月12日", "Page last updated: ..."
    # ("︰", Hong Kong's colon, folds to "..")
    r"(本网页|本页|网页)?(上次|最后|最近)?(修订|更新)日期\s*([:：]|\.\.)|(page )?last (revised|reviewed|modified|updated)( date| on)?\s*[:：]",
    r"^相关(新闻|报道|阅读|链接|解读)\s*([:：]|\.\.)",       # a link to a related release (or its explainer) under the article
    r"(address|地址|通讯地址|postcode|邮编|tel|电话|fax|传真)\s*[:：]",      # a footer's contact lines
    # site sponsor, share-to-phone and contact-the-author lines of any footer
    r"(主办|承办|协办|sponsors?|co-sponsors?)\s*[:：]|[\u4e00-\u9fff]{2,20}(主办|承办)\s+[\u4e00-\u9fff]{2,20}(主办|承办)$"
    r"|(sponsored|hosted|maintained|presented|undertaken) by:? [^.,;!?]*\.?$|(分享|一键分享)[^\s。，,.!！?？]{0,10}$",
    r"(contact|e-?mail|write to|reach) (the )?(writers?|authors?|reporters?|editors?|us)\b.{0,20}@",
    r"[\[【](资料图|资料图片|图片|配图|视频|图)[\]】]$|\S+\.(png|jpe?g|gif|bmp|webp|svg)$",
    r"(chinese|english)\s*\((gb|big5|simplified|traditional)\)|last \d+ days$",
    # a site's clock in its header ("今天是：2023年8月16日 星期三")
    r"(今天是|今天|today is)\s*[:：]?\s*\d{4}\s*年",
)))
_LOCATION_HEAD = re.compile(_LOCATION)
# (or one button per network: "分享至 Facebook　分享至 LINE　分享至 Twitter")
_SHARE_TO = re.compile(rf"((分享至|分享到|share (to|on))\s*:?\s*(({_SOCIAL})[\s|/·,]*)+)+")
_SOCIAL_LABEL = re.compile(rf"(?:share (?:on|to|via) )?(?:{_SOCIAL})")   # a network's button: "[Facebook] [Share on X]"
_FONT_WIDGET = re.compile(r"(font( size)?|text size|字号|字体)\s*[:：]")
# Counters, QR prompts and comment links, searched anywhere in a short line. Split in two: when every
# alternative opens with a literal character the engine skips from candidate to candidate at C
# speed, and a single alternative opening with a group or `\d` would make it try all of them at
# every position.
_SHORT_ANYWHERE = re.compile("|".join((
    r"浏览量?(?:次数|量|数)?\s*[:：]\s*\d+|阅读量?(?:次数|量|数)?\s*[:：]\s*\d+|点[击阅](?:量|数)?(?:次数|量|数)?\s*[:：]\s*\d+|浏览人次\s*[:：]\s*[\d,]+",
    r"查看人数(?:次数|量|数)?\s*[:：]\s*\d+|访问(?:次数|量|数)?\s*[:：]\s*\d+|人气(?:次数|量|数)?\s*[:：]\s*\d+",
    r"visitors?\s*[:：]\s*[\d,]+\s*$|hit(?<=\bhit)s?\s*[:：]\s*[\d,]+\s*$",       # "Visitors: 3,215", "Hit: 1,482"
    r"[|｜]\s*(?:阅读|浏览)\s+[\d,]+\s*$",      # "发布日期 2024.03.12 | 阅读 1,042"
    r"[|｜]\s*(?:上一|下一)(?:篇|条|则|页)\s*[:：]",  # "今日新闻 | 按日期浏览 | 上一则：…"
    # an editor's credit anywhere in its line: "（县市场监管局　供稿　责任编辑：谭丽）"
    r"责任编辑\s*[:：]|供稿\s*\)$",
    # an outlet's app promotion: "打开交汇点APP 阅读更多精彩内容"
    r"打开[^\s,，。]{0,10}app|下载[^\s,，。]{0,10}app|阅读更多精彩内容",
    # an e-paper's page bar: "版面：A02 澳聞　｜　上一版　下一版"
    r"版面\s*[:：]\s*[a-z]?\d|上一版\s*[|｜]?\s*下一版",
    r"扫码关注|扫描二维码关注|(?:本报|新闻|读者)热线\s*[:：]|报料(?:热线|电话)?\s*[:：]\s*[\d-]{7,}|广告(?:查询|热线|联系)\s*[:：]",
    # `\bview`, `\bcomment`, `\blogo` written with the boundary behind the word, so that they open with a literal
    r"view(?<=\bview)s?\s*[:：]?\s*\d+|comment(?<=\bcomment)s?\s*[:：(]\s*\d+|评论\s*[:：(（]\s*\d+"
    r"|click(?<=\bclick)s?\s*[:：]\s*[\d,]+\s*$",     # (Taiwan's English pages: "Click: 1,086")
    r"扫一扫|扫描二维码|手机上?(?:打开|阅读|浏览)|scan (?:the )?qr code|字体大小",
    r"logo(?<=\blogo)\b|说说你的看法|发表评论|网友评论|我要评论|网友留言|订阅.{0,20}(?:>>|》)$|\((?!(?:19|20)\d\d\))\d+\)\s*$",
)))
_COUNTER_LINE = re.compile(r"[\d,]+\s*(?:comments?|views?|likes?|shares?|reads?)")   # a line that is a counter alone
_COUNTER_AFTER = re.compile(r"\d+\s*(?:次浏览|人浏览|次阅读|条评论(?=\s|$)|views\b|reads\b|comment\(s\))")
_RELATED = re.compile(
    r"^(?:(?:相关阅读|相关推荐|相关文章|相关新闻公报|相关新闻|相关链接|相关连结|相关报道|相关稿件|相关专题|相关信息|相关资讯|延伸阅读|推荐阅读|热门文章|热门推荐|猜你喜欢|更多阅读|精彩推荐|上一篇|下一篇"
    r"|related (?:reading|articles?|news|stories|links|content|posts|items|topics|coverage|reports)|read more|more news"
    r"|recommended|you may also like|news under same subject|further reading|editor'?s'? picks?|most (?:read|popular|viewed)"
    r"|top stories|read next|up next|also read|see also|suggested topics|search trends|编辑推荐|热点新闻|热门新闻|最新新闻|今日新闻|today'?s press releases"
    r"|latest (?:press releases|releases|news releases))\b"
    r"|related( [a-z]+){0,3}\s*[:：]?$)")
_BRACKETS = re.compile(r"^[\[【(（]\s*|\s*[\]】)）]$")
_BUTTON = re.compile(r"^\s*[\[【]([^\]】]{1,40})[\]】]\s*")
_BUTTON_AFTER = re.compile(r"\s*[\[【][^\]】]{1,40}[\]】]")
_SOCIAL_ROW = re.compile(rf"(?:{_SOCIAL})(?:[\s|/·,]+(?:{_SOCIAL}))*")
# The steps of a font-size widget, as buttons ("[Large] [Medium] [Small]"); not labels, as "a",
# "large" and "small" on their own would make a headline look like a menu.
_FONT_STEPS = {"large", "big", "medium", "small", "l", "m", "s", "a", "a+", "a-", "大", "中", "小", "放大", "缩小", "默认"}
_HTML_TAG_LINE = re.compile(r"^(<[^>]{1,200}>\s*)+$")
_SEPARATORS = re.compile(r"\s*(?:>>|>|»|›|\|)\s*")
_WORD = re.compile(r"\w")
_NON_WORD = re.compile(r"[\W_]+")
_NON_LETTER = re.compile(r"[^A-Za-z]")
_SPACED = re.compile(r"\s{2,}|\u3000")
_HOME = re.compile(r"^(home|homepage|首页|网站首页|主页|.{1,12}首页|[\w-]+(\.[\w-]+)*\.(com|cn|net|org|gov|hk|mo|tw)(\.(cn|hk|mo|tw))?)$",
                   re.I)


# a site's address as its masthead writes it: "Xinhua | english.news.cn"
_DOMAIN = re.compile(r"^(www\.)?[\w-]+(\.[\w-]+)*\.(com|cn|net|org|gov|hk|mo|tw)(\.(cn|hk|mo|tw))?$")


@lru_cache(maxsize=4096)  # the layout asks several questions about each line
def fold(line: str) -> str:
    """The matching form of a line: NFKC, pinyin glosses out, simplified, lower case."""
    return to_simplified(strip_pinyin(unicodedata.normalize("NFKC", line))).strip().lower()


def visual_length(text: str) -> int:
    """Width where a hanzi counts twice: a fair measure of how much a line says in either script."""
    return len(text) + sum(map(len, _CJK_RUNS.findall(text)))  # runs: far fewer matches than characters


def is_short(line: str, limit: int = 100) -> bool:
    if len(line) * 2 <= limit or len(line) > limit:  # decided without counting hanzi
        return len(line) * 2 <= limit
    return visual_length(line) <= limit


# Words set apart by single spaces, nothing between them a menu or a label would use ("|", ":", wide gaps)
_PLAIN_RUN_OF_WORDS = re.compile(r"[^\s|:：]+(?: [^\s|:：]+)*")


def _is_menu(folded: str) -> bool:
    parts = [p for p in _SEPARATORS.split(folded) if p]
    # (a table's row opens on its number: "5 | 完善药学服务支付和激励机制 | 国家医保局医药价格和招标采购司")
    if len(parts) >= 2 and ("|" in folded or ">" in folded or "»" in folded or "›" in folded) \
            and not (parts[0].strip().isdigit() and len(parts[0].strip()) <= 3):    # (a year is no row number)
        if all(visual_length(p) <= 40 for p in parts) and (_HOME.match(parts[0]) or len(parts) >= 3
                                                           or any(p in _LABELS or _DOMAIN.match(p) for p in parts)):
            return True
    words = folded.split()
    labels = sum(w in _LABELS for w in words) if len(words) >= 3 and not _SENT_PUNCT.search(folded) else 0
    if labels >= 2 and (len(words) < 10 or labels * 3 >= len(words) or not _PLAIN_RUN_OF_WORDS.fullmatch(folded)):
        return True     # (not a long line of plain words holding two: "…traditional Chinese medicine law in Guangxi")
    spaced = _SPACED.split(folded)
    if len(spaced) >= 3 and all(0 < visual_length(p) <= 12 for p in spaced) and not _SENT_PUNCT.search(folded):
        return True
    # Chinese items set apart by single spaces, which Chinese prose never has: "每日明報　即時新聞　明報OL網　明報財經網"
    if len(words) >= 4 and all(CJK.search(w) and visual_length(w) <= 12 for w in words) and not _SENT_PUNCT.search(folded):
        return True
    # buttons set apart by spaces: "Printer Friendly     Email this article     news.gov.hk", "列印本页  关闭视窗"
    return len(spaced) >= 2 and all(p.strip("[]【】") in _LABELS or _HOME.match(p) or _SHARE_TO.fullmatch(p) for p in spaced)


# Words written in lower case, as a sentence has them and a menu's items do not (its "and", "of" aside)
_LOWER_WORD = re.compile(r"(?<![\w'’-])(?!(?:and|of|the|for|to|in|on|by|a|an|us)\b)[a-z][a-z'’-]*")


def _reads_as_prose(line: str) -> bool:
    """A headline in sentence case ("Chinese premier urges more resilient pharmaceutical supply chain"), however many
    of its words a menu also has: three or more words in lower case, single-spaced, and no menu separators."""
    line = line.strip()
    return not (_MENU_SEPARATOR.search(line) or _SPACED.search(line)) and len(_LOWER_WORD.findall(line)) >= 3


_MENU_SEPARATOR = re.compile(r"[|>»›]")


def _all_caps_menu(line: str) -> bool:
    letters = _NON_LETTER.sub("", line)
    return (len(letters) >= 4 and letters.isupper() and not CJK.search(line) and not _SENT_PUNCT.search(line)
            and len(line.split()) >= 2)


_ASKED_BY = re.compile(r"(?:reporter|journalist|记者|問|问)\s*[:：]", re.I)


@lru_cache(maxsize=8192)  # menus, counters and footers repeat on every page of a site
def is_furniture(line: str) -> bool:
    """True when a single line is page furniture wherever it stands."""
    stripped = line.strip()
    if not stripped:
        return False
    folded = fold(stripped)
    core = BULLET.sub("", folded).strip()
    if not core or not _WORD.search(core) or _HTML_TAG_LINE.match(core):
        return True
    if core in _LABELS or core.rstrip(":：") in _LABELS or _always_furniture(folded):
        return True
    if _SHARE_TO.fullmatch(core) or _COUNTER_LINE.fullmatch(core):
        return True
    words = core.split()
    if len(words) >= 2 and all(w in _LABELS for w in words):
        return True     # labels set apart by one (folded ideographic) space: "打印本页　关闭窗口"
    if "|" in core and len(parts := [x for x in core.split("|") if x.strip()]) >= 2 and all(map(is_furniture, parts)):
        return True     # widgets set apart by bars: "分享至：微信 微博  |  字号：A+ A-"
    if len(words) >= 2 and words[0] in _LABELS and is_furniture(" ".join(words[1:])):
        return True     # a label, then other furniture: "友善列印　　分享：Facebook　LINE　Twitter"
    if (colon := core.find(":") + 1) and colon < len(core) and is_furniture(core[:colon]) and is_furniture(core[colon:]):
        return True     # a label of words, then other furniture: "Share this article: [Weibo] [WeChat] [Email]   A A"
    if len(words) >= 2 and words[0] in _FONT_STEPS and words[1] in _FONT_STEPS:
        # a font widget's steps, alone ("A-  A+") or then buttons: "A A A   [Share to WeChat] [Weibo]"
        k = next((i for i, w in enumerate(words) if w not in _FONT_STEPS), len(words))
        if k == len(words) or is_furniture(" ".join(words[k:])):
            return True
    if (rest := _strip_buttons(core)) != core:     # (buttons, then a font widget's steps: "[Mail]  A A A")
        return not rest or rest.isdigit() or all(step in _FONT_STEPS for step in rest.split()) or is_furniture(rest) or (
            # (or a row of networks between buttons: "WeChat  Weibo  Facebook  Twitter  [Print]  [Font: A+ A-]")
            (rest := _BUTTON_AFTER.sub("", rest).strip()) != "" and bool(_SOCIAL_ROW.fullmatch(rest)))
    if core.endswith(("?", "？")) and _ASKED_BY.match(core):
        return False    # a transcript's question, "Reporter: Why was Paxlovid not included?", not a byline
    if is_short(core, 160) and (_SHORT_HEAD.match(core) or _SHORT_ANYWHERE.search(core) or _COUNTER_AFTER.search(core)
                                or _is_menu(core) and not _reads_as_prose(stripped) or _all_caps_menu(stripped)):
        return True
    return _is_breadcrumb(core)


def _always_furniture(folded: str) -> bool:
    return any(word in folded for word in _ALWAYS_WORDS) and bool(_ALWAYS.search(folded))


def _strip_buttons(core: str) -> str:
    """Drop the bracketed buttons ("【打印本页】", "[Close window]", "[Font size: L M S]", "[Share to: WeChat]")
    opening a line; other brackets stay."""
    while (m := _BUTTON.match(core)) and ((label := m.group(1).strip()) in _LABELS
                                          or all(step in _FONT_STEPS for step in label.split())    # ("[ A A ]")
                                          or _SOCIAL_LABEL.fullmatch(label) or _FONT_WIDGET.match(label)
                                          or is_furniture(label)):
        core = core[m.end():]
    return core


_CLAUSE_END = re.compile(r"[.,;:!?。，；：！？]")


def _is_breadcrumb(folded: str) -> bool:
    """Home > Section > Headline: the last crumb may be a long headline ("Home / Newsroom / Item / Headline" too)."""
    if any(sep in folded for sep in (">", "»", "›")):
        parts = [p for p in _SEPARATORS.split(folded) if p]
    elif " / " in folded:
        parts = folded.split(" / ")
        sections = all(len(p.split()) <= 4 and len(p) <= 32 and not _CLAUSE_END.search(p) for p in parts)
        if len(parts) >= 3 and sections:
            return True     # "Insights / Client Alerts / Life Sciences & Healthcare": sections, each a short name
        if len(parts) == 2 and not sections:
            return False    # ("Home / office workers were surveyed, the report said.": prose; but a home page and
            #                 one section, "Home / Weekly Review", is a trail)
    else:
        return False
    return len(parts) >= 2 and bool(_HOME.match(parts[0]))


def is_breadcrumb(line: str) -> bool:
    """The navigation trail above an article ("Home > News", "当前位置：首页 > 工作动态")."""
    core = BULLET.sub("", fold(line)).strip()
    return is_short(core, 160) and bool(_LOCATION_HEAD.match(core)) or _is_breadcrumb(core)


@lru_cache(maxsize=8192)  # asked of every body line
def is_related_heading(line: str) -> bool:
    core = BULLET.sub("", fold(line)).strip()
    if core[:1] in "[【(（" or core[-1:] in "]】)）":  # else nothing to strip, and the sub would scan the whole line
        core = _BRACKETS.sub("", core)
    return is_short(core, 60) and bool(_RELATED.match(core))


@lru_cache(maxsize=8192)  # the layout and the document both compare body lines with the headline
def squash(text: str) -> str:
    """`fold(text)` with everything but letters and digits removed: the key for "the same line"."""
    return _NON_WORD.sub("", fold(text))
