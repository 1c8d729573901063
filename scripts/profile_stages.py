"""Per-stage CPU cost of parsing and extraction in one warmed process: ms per page / document.

usage: python scripts/profile_stages.py PAGES_DIR [N]
Generate pages with ../shared/bench/make_corpus.py first. Run before and after touching a
cleaner's or an extractor's hot path (with scripts/extraction_snapshot.py to prove the output
unchanged); `make bench` measures the whole pipeline.
"""
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipelines.documents import Rejected, parse_document  # noqa: E402
from pipelines.extract import agencies, dates, directives, events, people, places  # noqa: E402
from pipelines.extract.text import NormalizedText  # noqa: E402
from pipelines.staging import warm_up  # noqa: E402

warm_up()       # caches built and frozen, as a pool worker inherits them
files = sorted(Path(sys.argv[1]).iterdir())[:int(sys.argv[2]) if len(sys.argv) > 2 else 500]
pages = [(str(f), f.read_bytes()) for f in files]
clock = time.process_time

start, docs = clock(), []
for path, data in pages:
    try:
        docs.append(parse_document(path, data))
    except Rejected:
        pass
parse = clock() - start
registry = agencies.load_registry()
spent = dict.fromkeys(("normalise", "agencies", "dates", "people", "directives", "places", "events"), 0.0)
for d in docs:
    t0 = clock(); text = NormalizedText(d.clean_text)
    t1 = clock(); found, mentions = agencies.find_agencies(text, d.language, registry)
    t2 = clock(); found_dates = dates.find_dates(text, d.published_date, d.language)
    mentions = [m for m in mentions if not m.within_unit]     # (as extract_document passes them on)
    t3 = clock(); persons = people.find_people(text, d.language, mentions, registry)
    t4 = clock(); found_directives = directives.find_directives(text, d.language, mentions, found_dates, registry)
    t5 = clock(); found_places = places.find_places(text, d.language)
    t6 = clock(); events.find_events(text, d.language, d.published_date, found_dates, mentions, persons,
                                     found_directives, found_places, registry, found)
    t7 = clock()
    for stage, seconds in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6)):
        spent[stage] += seconds
n = len(docs)
print(f"parse {parse / len(pages) * 1000:.2f} ms/page over {len(pages)} pages; "
      f"extraction {sum(spent.values()) / n * 1000:.2f} ms/document:")
print("  " + ", ".join(f"{stage} {seconds / n * 1000:.2f}" for stage, seconds in spent.items()))
