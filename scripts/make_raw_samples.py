"""Build raw/, the sample input for `make run`: the corpus text dumps unchanged, plus a few
HTML pages as a crawler saves them (site templates, GB18030/Big5/UTF-8, one without charset).

usage: python scripts/make_raw_samples.py [CORPUS_DIR] [OUT_DIR]   (deterministic)
"""
from __future__ import annotations

import html
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"

# (corpus document, encoding, declared charset or None, date shown, outlet)
PAGES = [
    ("f02_caixin_pharma_opinions.txt", "gb18030", "gb2312", "2016-03-11", "医药观察网"),
    ("f09_innovative_drug_measures.txt", "gb18030", "GBK", "2025-07-07", "健康产业报"),
    ("f03_miit_wang_jiangping.txt", "big5", "big5", "2016-05-20", "藥監動態"),
    ("f08_device_safety_week.txt", "big5", "big5", "2023-07-10", "醫藥觀察"),
    ("f07_gd_tibet_signing.txt", "gb18030", None, "2021-11-10", "制药在线"),
    ("d02_nmpa_lili_suzhou_inspection.txt", "utf-8", "utf-8", "2019-06-24", "Pharma Policy Daily"),
    ("e04_nrdl_2019_negotiation.txt", "utf-8", "utf-8", "2019-11-29", "Health Industry Times"),
    ("d07_nmpa_saudi_sfda_mou_signing.txt", "utf-8", None, "2024-02-22", "China Med Review"),
]


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.splitlines() if len(p.strip()) > 30]


def page(title: str, body: list[str], when: str, outlet: str, charset: str | None, zh: bool) -> str:
    e = html.escape
    menu = ["首页", "新闻中心", "政策法规", "行业动态", "联系我们"] if zh else ["Home", "News", "Policy", "Industry", "Contact"]
    related = ["医药板块基本面持续向上", "多家药企获CEP证书"] if zh else ["Weekly roundup of approvals", "Market watch"]
    meta = f'<meta charset="{charset}">' if charset else ""
    labels = ("时间", "来源", "浏览", "相关阅读", "版权所有") if zh else ("Published", "Source", "Views", "Related Reading",
                                                               "Copyright")
    return (f"<!DOCTYPE html><html><head>{meta}<title>{e(title)} - {e(outlet)}</title>"
            f'<meta name="publishdate" content="{when}"></head><body>'
            f'<header><div class="logo">{e(outlet)}</div><nav><ul>'
            + "".join(f'<li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(menu)) + "</ul></nav></header>"
            f'<div class="crumb"><a href="/">{menu[0]}</a> &gt; <a href="/n/">{menu[1]}</a></div>'
            f"<article><h1>{e(title)}</h1><div class=\"info\"><span>{labels[0]}: {when}</span> "
            f"<span>{labels[1]}: {e(outlet)}</span> <span>{labels[2]}: 1234</span></div>"
            + "".join(f"<p>{e(p)}</p>" for p in body) + "</article>"
            f"<aside><h3>{labels[3]}</h3><ul>" + "".join(f"<li><a href='/a/{i}.html'>{e(r)}</a></li>"
                                                      for i, r in enumerate(related)) + "</ul></aside>"
            f"<footer><p>{labels[4]} © {when[:4]} {e(outlet)}</p></footer></body></html>")


def main(corpus: Path = CORPUS, out: Path = ROOT / "raw") -> None:
    out.mkdir(parents=True, exist_ok=True)
    for src in sorted(corpus.glob("*.txt")):
        shutil.copyfile(src, out / src.name)
    for i, (name, encoding, charset, when, outlet) in enumerate(PAGES):
        paras = _paragraphs((corpus / name).read_text(encoding="utf-8"))
        zh = encoding != "utf-8"
        doc = page(paras[0][:120], paras[1:], when, outlet, charset, zh)
        (out / f"site_{i:02d}_{Path(name).stem}.html").write_bytes(doc.encode(encoding, errors="xmlcharrefreplace"))


if __name__ == "__main__":
    main(*(Path(a) for a in sys.argv[1:3]))
