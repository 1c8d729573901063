"""Messy input on a schedule: every file accounted for, reruns idempotent, no path outside
RAW_DIR, near-duplicate pages recorded against one canonical copy."""
from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from conftest import CORPUS, SAMPLE_PAGES, SHARED
from pipelines import pipeline, plan, staging
from pipelines.dedup import Candidate, find_duplicates
from pipelines.documents import Rejected, parse_document
from pipelines.ingest import raw_files
from pipelines.ingest.raw_files import TOO_LARGE, read_raw_file, scan_raw_files
from pipelines.pipeline import run_pipeline

ZH_STORY = (CORPUS / "f02_caixin_pharma_opinions.txt").read_text(encoding="utf-8")
ZH_PHRASE = "医药产业创新能力明显提高"


@pytest.fixture(autouse=True)
def same_code(monkeypatch):
    """Reruns here mean the same code: pin the version so an edit elsewhere during the test run
    cannot turn a rerun into a reprocessing."""
    monkeypatch.setattr(plan, "pipeline_version", lambda: "pinned")


def page(body: str, charset: str | None, site: str) -> str:
    """The same story as two different sites would frame it."""
    meta = f'<meta charset="{charset}">' if charset else ""
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in body.splitlines() if p.strip())
    return (f"<html><head>{meta}<title>{site}</title></head><body><nav><a>Home</a> | <a>{site} News</a></nav>"
            f"<article>{paras}</article><footer><p>Copyright {site}. All rights reserved.</p></footer></body></html>")


def add_messy_files(raw: Path, outside: Path) -> dict[str, str]:
    """Bad and tricky inputs; file name -> what must become of it."""
    english = (CORPUS / SAMPLE_PAGES[0]).read_text(encoding="utf-8")
    other = page((CORPUS / "d02_nmpa_lili_suzhou_inspection.txt").read_text(encoding="utf-8"), "utf-8", "X").encode()
    (raw / "empty.html").write_bytes(b"")
    (raw / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    (raw / "truncated.html").write_bytes(other[: len(other) * 2 // 3])
    malformed = (CORPUS / "d04_medical_equipment_plan_release.txt").read_text(encoding="utf-8").splitlines()
    (raw / "malformed.html").write_text("<html><body><div><p>Unclosed <b>tags</div></i></p>< <<>> "
                                        + "<p>".join(malformed) + "</td></table>", encoding="utf-8")
    with open(raw / "huge.html", "wb") as f:          # 50 MB, sparse: cheap to make
        f.write(other[:1000])
        f.seek(50 * 2**20)
        f.write(b"</html>")
    (raw / "gb18030_declared_utf8.html").write_bytes(page(ZH_STORY, "utf-8", "A").encode("gb18030"))
    (raw / "gb18030_undeclared.html").write_bytes(page(ZH_STORY, None, "B").encode("gb18030"))
    (raw / "utf8_declared_gb2312.html").write_bytes(page(ZH_STORY, "gb2312", "C").encode("utf-8"))
    (raw / "x'); drop table documents; --.txt").write_bytes((CORPUS / "e03_first_rare_disease_list.txt").read_bytes())
    (raw / "copy_of_first.txt").write_bytes((raw / SAMPLE_PAGES[0]).read_bytes())
    (raw / "republished.html").write_text(page(english, "utf-8", "Health Wire"), encoding="utf-8")
    outside.mkdir()
    (outside / "secret.txt").write_text("a page outside RAW_DIR " * 20, encoding="utf-8")
    (raw / "escape.txt").symlink_to(outside / "secret.txt")
    (raw / "escape_dir").symlink_to(outside, target_is_directory=True)
    return {"empty.html": "decode", "binary.html": "decode", "huge.html": "scan", "escape.txt": "scan",
            "escape_dir": "scan"}


def snapshot(path: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(path), read_only=True) as con:
        tables = [r[0] for r in con.execute("select table_name from information_schema.tables "
                                            "where table_schema = 'main' and table_type = 'BASE TABLE'").fetchall()]
        return {t: con.execute(f'select * from "{t}" order by all').fetchall() for t in tables}


def query(path: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def accounted(wh: Path) -> tuple[set[str], set[str]]:
    loaded = {r[0] for r in query(wh, "select source_path from document_sources")}
    rejected = {r[0] for r in query(wh, "select source_path from quarantine "
                                        "where table_name is null or table_name = 'documents'")}
    return loaded, rejected


def test_every_file_is_accounted_for_and_reruns_are_idempotent(settings, raw_dir, tmp_path):
    expected_stage = add_messy_files(raw_dir, tmp_path / "outside")
    files_in = {str(raw_dir / p.name) for p in raw_dir.iterdir()}
    run_pipeline(settings, workers=1)      # the 50 MB page is quarantined by size, never parsed
    wh = settings.warehouse_path

    loaded, rejected = accounted(wh)
    assert loaded | rejected == files_in and not loaded & rejected           # nothing lost
    stages = {Path(p).name: (s, r) for p, s, r in query(wh, "select source_path, stage, reason from quarantine")}
    for name, stage in expected_stage.items():
        assert stages[name][0] == stage, (name, stages[name])
    assert stages["huge.html"][1] == TOO_LARGE
    docs = dict(query(wh, "select file_name, clean_text from documents"))
    for name in ("gb18030_declared_utf8.html", "gb18030_undeclared.html", "utf8_declared_gb2312.html"):
        assert name in stages or ZH_PHRASE in docs.get(name, ""), name
    assert sum(ZH_PHRASE in t for t in docs.values()) >= 1
    # same bytes twice: one document, two sources
    assert query(wh, "select count(distinct doc_id), count(*) from document_sources where source_path in (?, ?)",
                 [str(raw_dir / SAMPLE_PAGES[0]), str(raw_dir / "copy_of_first.txt")]) == [(1, 2)]
    # the republished page is a document recorded as a copy of the original
    original, republished = (query(wh, "select d.doc_id, d.duplicate_of from documents d join document_sources s "
                                       "using (doc_id) where s.source_path = ?", [str(raw_dir / name)])[0]
                             for name in (SAMPLE_PAGES[0], "republished.html"))
    assert (original[1], republished[1]) == (None, original[0])

    before = snapshot(wh)
    result = run_pipeline(settings, workers=1)
    assert result.wrote is False and snapshot(wh) == before                # second run: no row added or changed

    new = raw_dir / "new_page.txt"
    new.write_bytes((CORPUS / "d07_nmpa_saudi_sfda_mou_signing.txt").read_bytes())
    run_pipeline(settings, workers=1)
    after = snapshot(wh)
    new_doc = query(wh, "select doc_id from document_sources where source_path = ?", [str(new)])[0][0]
    for table in ("documents", "agency_mentions", "person_mentions", "date_mentions", "events",
                  "directive_mentions", "document_sources", "quarantine"):
        assert set(map(repr, before[table])) <= set(map(repr, after[table])), table   # old rows untouched
    assert [r[0] for r in after["documents"] if r not in before["documents"]] == [new_doc]   # only its own

    changed = raw_dir / SAMPLE_PAGES[2]
    old_doc = query(wh, "select doc_id from document_sources where source_path = ?", [str(changed)])[0][0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n本次检查共出动执法人员十二人次。", encoding="utf-8")
    run_pipeline(settings, workers=1)
    for table in ("documents", "agency_mentions", "date_mentions", "events", "document_sources"):
        assert query(wh, f"select count(*) from {table} where doc_id = ?", [old_doc]) == [(0,)], table
    assert query(wh, "select count(*) from documents d join document_sources s using (doc_id) "
                     "where s.source_path = ?", [str(changed)]) == [(1,)]


def test_a_file_renamed_while_the_run_reads_the_folder(settings, raw_dir, monkeypatch):
    victim = raw_dir / SAMPLE_PAGES[1]
    renamed = raw_dir / "renamed.txt"
    real_scan = plan.scan_raw_files

    def scan_then_rename(folder: Path):
        scanned = real_scan(folder)
        victim.rename(renamed)          # between listing the folder and reading the file
        return scanned

    monkeypatch.setattr(plan, "scan_raw_files", scan_then_rename)
    run_pipeline(settings, workers=1)
    wh = settings.warehouse_path
    loaded, rejected = accounted(wh)
    assert loaded | rejected == {str(raw_dir / n) for n in SAMPLE_PAGES}
    assert query(wh, "select stage, reason from quarantine where source_path = ?", [str(victim)]) == [
        ("scan", "vanished or unreadable")]

    monkeypatch.setattr(plan, "scan_raw_files", real_scan)
    run_pipeline(settings, workers=1)                                        # the next run picks up the new name
    assert str(renamed) in accounted(wh)[0]


def test_a_file_vanishing_between_plan_and_parse_is_quarantined(settings, raw_dir, monkeypatch):
    real_plan = pipeline.plan_run

    def plan_then_delete(*args):
        plan = real_plan(*args)
        (raw_dir / SAMPLE_PAGES[0]).unlink()
        return plan

    monkeypatch.setattr(pipeline, "plan_run", plan_then_delete)
    run_pipeline(settings, workers=1)
    assert query(settings.warehouse_path, "select stage, reason from quarantine where source_path = ?",
                 [str(raw_dir / SAMPLE_PAGES[0])]) == [("scan", "vanished or unreadable")]


# ---------------------------------------------------------------- paths never leave RAW_DIR

def test_paths_outside_raw_dir_are_never_read(raw_dir, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("outside", encoding="utf-8")
    with pytest.raises(Rejected):
        read_raw_file(str(raw_dir / ".." / "secret.txt"), str(raw_dir))
    link = raw_dir / "link.txt"
    link.symlink_to(raw_dir / SAMPLE_PAGES[0])
    scan = scan_raw_files(raw_dir)
    assert str(link) in {f.source_path for f in scan.files}                  # inside: followed
    link.unlink()
    link.symlink_to(secret)                                                  # swapped after the scan
    with pytest.raises(Rejected):
        read_raw_file(str(link), str(raw_dir))


def test_symlinked_folder_escaping_raw_dir_is_quarantined_not_walked(raw_dir, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "page.txt").write_text("page " * 50, encoding="utf-8")
    (raw_dir / "sub").mkdir()
    (raw_dir / "sub" / "up").symlink_to(outside, target_is_directory=True)
    scan = scan_raw_files(raw_dir)
    assert not any("elsewhere" in f.source_path or "/up/" in f.source_path for f in scan.files)
    assert [(Path(q["source_path"]).name, q["reason"]) for q in scan.quarantine] == [("up", "points outside RAW_DIR")]


def test_oversized_file_is_quarantined_from_its_size(raw_dir, monkeypatch):
    monkeypatch.setattr(raw_files, "MAX_PAGE_BYTES", 100)
    scan = scan_raw_files(raw_dir)
    assert not scan.files and {q["reason"] for q in scan.quarantine} == {TOO_LARGE}


def test_a_file_read_whole_up_to_the_limit_and_refused_past_it(tmp_path, monkeypatch):
    monkeypatch.setattr(raw_files, "MAX_PAGE_BYTES", 100)
    page = tmp_path / "page.html"
    for size in (0, 1, 99, 100):
        page.write_bytes(b"x" * size)
        assert read_raw_file(str(page), str(tmp_path)) == b"x" * size
    page.write_bytes(b"x" * 101)       # grown past the limit after the scan
    with pytest.raises(Rejected, match="larger than"):
        read_raw_file(str(page), str(tmp_path))


# ---------------------------------------------------------------- near-duplicates

STORY = ("The provincial medical products administration inspected twelve vaccine distributors in March "
         "and ordered three of them to correct their cold-chain records within thirty days. Inspectors "
         "found temperature logs missing for two refrigerated trucks and one warehouse. The bureau said "
         "it would publish the results of the follow-up visits in May. Distributors that fail a second "
         "inspection will lose their licence for six months, and hospitals buying from them must switch "
         "suppliers. The campaign follows a national notice on vaccine storage issued last year, which "
         "asked every province to audit its cold chain before the winter flu season.")


def test_republished_story_with_other_furniture_is_a_copy():
    original = f"Vaccine distributors told to fix cold-chain records\n{STORY}\nEditor: Li Ming"
    republished = f"Vaccine distributors told to fix cold-chain records\nSource: Health Wire\n{STORY}"
    assert find_duplicates([], [Candidate.of_text("a", original), Candidate.of_text("b", republished)]) == {"b": "a"}


def test_loaded_canonical_copy_stays_canonical():
    original, republished = f"{STORY}\nViews: 512", f"Share: WeChat\n{STORY}"
    assert find_duplicates([Candidate.of_text("old", original)], [Candidate.of_text("new", republished)]) == {"new": "old"}


def test_different_stories_on_one_topic_and_short_texts_are_not_copies():
    other = ("The provincial medical products administration inspected eight vaccine distributors in June and "
             "found every cold-chain record complete. It praised two companies for new monitoring systems and "
             "said spot checks would continue in the autumn across all cities of the province.")
    assert find_duplicates([], [Candidate.of_text("a", STORY), Candidate.of_text("b", other)]) == {}
    assert find_duplicates([], [Candidate.of_text("a", "会议通知"), Candidate.of_text("b", "会议通知")]) == {}


def _generated_story(path: Path) -> tuple:
    """(title, body paragraphs) as make_corpus.py wrote them: equal for a page and its republished copies."""
    if path.suffix == ".txt":
        lines = path.read_text(encoding="utf-8").split("\n")
        return lines[0], tuple(lines[3:-2])
    raw = path.read_bytes()
    text = raw.decode(re.search(rb'charset="([^"]+)"', raw).group(1).decode())
    title = re.search(r"<title>(.*?) - [^<]*</title>", text).group(1)
    paras = re.search(r"((?:<p>[^<]*</p>)+)(?:</article>|</div></div>)", text).group(1)
    return html.unescape(title), tuple(html.unescape(p) for p in re.findall(r"<p>([^<]*)</p>", paras))


def test_republished_copies_from_the_bench_generator_are_found(tmp_path):
    out = tmp_path / "pages"
    subprocess.run([sys.executable, str(SHARED / "bench" / "make_corpus.py"), str(CORPUS), str(out), "-n", "60",
                    "--dup-rate", "0.3", "--seed", "3"], check=True, capture_output=True)
    pages = sorted(out.iterdir())
    stories: dict[tuple, list[str]] = {}
    for p in pages:
        stories.setdefault(_generated_story(p), []).append(p.name)
    docs = [Candidate.of_text(p.name, parse_document(str(p), p.read_bytes()).normalized_text) for p in pages]
    copies = find_duplicates([], docs)
    found = {name: copies.get(name, name) for name in (p.name for p in pages)}
    groups = [names for names in stories.values() if len(names) > 1]
    assert len(groups) >= 5
    for names in stories.values():
        assert len({found[n] for n in names}) == 1, names                    # every copy found
    canonical_of_story = [found[names[0]] for names in stories.values()]
    assert len(set(canonical_of_story)) == len(stories)                      # no two stories merged


def test_rejected_content_saved_under_two_names_quarantines_both(settings, raw_dir, monkeypatch):
    twin = raw_dir / "twin.txt"
    twin.write_bytes((raw_dir / SAMPLE_PAGES[1]).read_bytes())
    real_extract = staging.extract_document

    def failing_on_the_twins(text, *rest):
        if "two-invoice" in text.lower() or "两票制" in text:
            raise ValueError("extractor bug")
        return real_extract(text, *rest)

    monkeypatch.setattr(staging, "extract_document", failing_on_the_twins)
    run_pipeline(settings, workers=1)
    loaded, rejected = accounted(settings.warehouse_path)
    assert {str(twin), str(raw_dir / SAMPLE_PAGES[1])} <= rejected and not loaded & rejected
    assert loaded | rejected == {str(p) for p in raw_dir.iterdir()}
    assert run_pipeline(settings, workers=1).wrote is False                 # and the verdict stands on rerun
