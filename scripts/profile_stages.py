"""Per-stage cost of parsing and extraction, single process: ms per document.

usage: python scripts/profile_stages.py PAGES_DIR [N]
Generate pages with ../shared/bench/make_corpus.py first. Run before and after touching an
extractor's hot path; `make bench` measures the whole pipeline.
"""
import sys, time
from pathlib import Path
from pipelines.documents import parse_document
from pipelines.extract.text import NormalizedText
from pipelines.extract import agencies, dates, people, directives, places, events
files = sorted(Path(sys.argv[1]).iterdir())[:int(sys.argv[2]) if len(sys.argv) > 2 else 300]
t=time.perf_counter(); docs=[]
for f in files:
    try: docs.append(parse_document(str(f), f.read_bytes()))
    except Exception: pass
tp=time.perf_counter()-t
reg=agencies.load_registry()
T={k:0.0 for k in "norm agencies dates people directives places events".split()}
for d in docs:
    a=time.perf_counter(); text=NormalizedText(d.clean_text); b=time.perf_counter(); T['norm']+=b-a
    ag, am = agencies.find_agencies(text, d.language, reg); c=time.perf_counter(); T['agencies']+=c-b
    ds = dates.find_dates(text, d.published_date, d.language); e=time.perf_counter(); T['dates']+=e-c
    pp = people.find_people(text, d.language, am, reg); f_=time.perf_counter(); T['people']+=f_-e
    dv = directives.find_directives(text, d.language, am, ds, reg); g=time.perf_counter(); T['directives']+=g-f_
    pl = places.find_places(text, d.language); h=time.perf_counter(); T['places']+=h-g
    ev = events.find_events(text, d.language, d.published_date, ds, am, pp, dv, pl, reg); i=time.perf_counter(); T['events']+=i-h
n=len(docs)
print(f"parse {tp/len(files)*1000:.1f} ms/page over {len(files)}")
for k,v in T.items(): print(f"{k:12s} {v/n*1000:.2f} ms/doc")
