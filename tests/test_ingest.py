"""Decoding: detected, not assumed; anything that is not text is rejected with a reason."""
from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from pipelines.documents import Rejected, parse_document
from pipelines.ingest.decoding import UndecodableError, decode_bytes

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TRADITIONAL = (CORPUS / "f03_miit_wang_jiangping.txt").read_text(encoding="utf-8")
SIMPLIFIED = (CORPUS / "f02_caixin_pharma_opinions.txt").read_text(encoding="utf-8")


def _html(body: str, charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    paras = "".join(f"<p>{p}</p>" for p in body.splitlines() if p.strip())
    return f"<html><head>{meta}<title>t</title></head><body>{paras}</body></html>"


@pytest.mark.parametrize("text", [SIMPLIFIED, TRADITIONAL])
def test_utf8_with_and_without_bom(text):
    assert decode_bytes(text.encode("utf-8")).text == text
    with_bom = decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert with_bom.text == text and with_bom.encoding == "utf-8-sig"


@pytest.mark.parametrize("declared", ["gb2312", "gbk", "GB18030", None, "utf-8", "big5"])
def test_gb18030_page_whatever_it_declares(declared):
    page = _html(SIMPLIFIED, declared)
    decoded = decode_bytes(page.encode("gb18030"))
    assert "国办印发促进医药产业健康发展指导意见" in decoded.text


@pytest.mark.parametrize("declared", ["big5", "BIG5", None, "gb2312"])
def test_big5_page_whatever_it_declares(declared):
    page = _html(TRADITIONAL, declared)
    decoded = decode_bytes(page.encode("big5", errors="xmlcharrefreplace"))
    assert "工信部:五方面推動醫藥產業加快發展" in decoded.text


def test_a_clean_big5_page_charset_detection_refuses_is_read_by_a_strict_decode():
    # a Hong Kong press release (held-out set AQ) whose chunks charset-normalizer scores as chaotic
    page = Path(__file__).parent / "heldout_aq" / "zh" / "aqzh09_hk_dh_macao_isaf_working_meeting.txt"
    decoded = decode_bytes(page.read_bytes())
    assert decoded.encoding == "cp950" and "衛生署與澳門藥物監督管理局舉行第二次工作會議" in decoded.text


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"), (b"  \n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
    (b"abc\x00def\x00" * 50, "NUL"),
])
def test_non_text_is_rejected_with_a_reason(data, reason):
    with pytest.raises(UndecodableError, match=reason):
        decode_bytes(data)
    with pytest.raises(Rejected) as info:
        parse_document("x.html", data)
    assert info.value.stage == "decode" and reason in info.value.reason


def test_page_of_only_furniture_is_rejected_at_clean():
    with pytest.raises(Rejected) as info:
        parse_document("x.txt", "首页 > 新闻中心 > 正文\n分享到:\n版权所有 © 2024 某某网\n".encode("utf-8"))
    assert info.value.stage == "clean"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from(["a.html", "b.txt", "c.htm", "d.dat"]))
def test_any_bytes_give_a_document_or_rejected(data, name):
    try:
        parse_document(name, data)
    except Rejected:
        pass


def test_random_noise_and_truncated_multibyte_never_crash():
    rnd = random.Random(7)
    base = SIMPLIFIED.encode("gb18030")
    for _ in range(200):
        cut = base[: rnd.randint(1, len(base))]
        noisy = bytearray(cut)
        for _ in range(rnd.randint(0, 5)):
            noisy[rnd.randrange(len(noisy))] = rnd.randrange(256)
        try:
            doc = parse_document("p.html" if rnd.random() < 0.5 else "p.txt", bytes(noisy))
            assert doc.clean_text.strip()
        except Rejected:
            pass
