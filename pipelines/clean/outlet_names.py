"""Well-known outlets, as data: the name each site's domain stands for, and wire/outlet names a byline may carry.

General knowledge about Chinese and international news and government sites, not about any one page.
A domain matches itself and its subdomains; the longest matching suffix wins ("en.people.cn" before "people.cn").
Portals without a brand of their own (gov.cn and its English site) are left out: their domain is their name.
"""
from __future__ import annotations

DOMAIN_NAMES = {
    "chinadaily.com.cn": "China Daily", "xinhuanet.com": "Xinhua", "news.cn": "Xinhua", "english.news.cn": "Xinhua",
    "people.com.cn": "人民网", "people.cn": "People's Daily Online", "en.people.cn": "People's Daily Online",
    "cgtn.com": "CGTN", "globaltimes.cn": "Global Times",
    "yicaiglobal.com": "Yicai Global", "yicai.com": "第一财经", "caixinglobal.com": "Caixin Global", "caixin.com": "财新网",
    "thepaper.cn": "澎湃新闻", "sixthtone.com": "Sixth Tone", "chinanews.com.cn": "中国新闻网", "chinanews.com": "中国新闻网",
    "ecns.cn": "China News Service", "cctv.com": "CCTV", "cnr.cn": "央广网", "ce.cn": "中国经济网",
    "en.ce.cn": "China Economic Net", "bjnews.com.cn": "新京报", "jiemian.com": "界面新闻", "21jingji.com": "21世纪经济报道",
    "stcn.com": "证券时报", "cs.com.cn": "中国证券报", "cnstock.com": "上海证券报", "scmp.com": "South China Morning Post",
    "reuters.com": "Reuters", "bloomberg.com": "Bloomberg", "fiercepharma.com": "Fierce Pharma",
    "fiercebiotech.com": "Fierce Biotech", "nmpa.gov.cn": "国家药品监督管理局", "nhsa.gov.cn": "国家医疗保障局",
    "nhc.gov.cn": "国家卫生健康委员会",
}

# Outlet names that credit a story when they stand in a byline or info line ("By Global Times", "Updated: … Xinhua").
BYLINE_OUTLETS = (
    "Xinhua", "Xinhua News Agency", "China Daily", "Global Times", "CGTN", "People's Daily", "People's Daily Online",
    "China News Service", "Yicai Global", "Caixin Global", "Caixin", "Sixth Tone", "China Economic Net", "CCTV",
    "Reuters", "Bloomberg", "AFP", "Associated Press", "South China Morning Post",
    "新华社", "新华网", "人民日报", "人民网", "中新社", "中新网", "中国新闻网", "央视新闻", "央视网", "央广网", "光明日报",
    "经济日报", "健康报", "中国医药报", "医药经济报", "第一财经", "财新网", "澎湃新闻", "新京报", "界面新闻", "21世纪经济报道",
)
