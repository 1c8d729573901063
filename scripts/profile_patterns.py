"""CPU cost of each regular expression the extractors use, as they use it: µs per document and calls per document.

usage: python scripts/profile_patterns.py PAGES_DIR [N] [TOP]
Generate pages with ../shared/bench/make_corpus.py first. Every pattern compiled while the extractors load is wrapped
in a timing proxy, then N documents are extracted as `scripts/profile_stages.py` does; the TOP patterns by total time
are listed with where they were compiled. A pattern that opens on a lookbehind or a bare word boundary is tried at
every position of the text it scans: such patterns show here as many µs for few calls. (The proxy adds about 0.5 µs a
call; the ranking, not the absolute figures, is the point.)
"""
import collections
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

clock = time.perf_counter
spent: dict[tuple[str, int], list] = collections.defaultdict(lambda: [0.0, 0, ""])   # (pattern, flags) -> [s, calls, where]
_compile = re._compile


class _Timed:
    """A compiled pattern whose matching methods add their time to `spent` (finditer: each step of the iteration)."""
    __slots__ = ("_pattern", "_key")

    def __init__(self, pattern: re.Pattern, key: tuple[str, int]):
        self._pattern, self._key = pattern, key

    def __getattr__(self, name):
        return getattr(self._pattern, name)

    def __reduce__(self):
        return re.compile, (self._pattern.pattern, self._pattern.flags)

    def _timed(self, method: str, *args, **kwargs):
        start = clock()
        result = getattr(self._pattern, method)(*args, **kwargs)
        entry = spent[self._key]
        entry[0] += clock() - start
        entry[1] += 1
        return result

    def search(self, *args, **kwargs): return self._timed("search", *args, **kwargs)
    def match(self, *args, **kwargs): return self._timed("match", *args, **kwargs)
    def fullmatch(self, *args, **kwargs): return self._timed("fullmatch", *args, **kwargs)
    def sub(self, *args, **kwargs): return self._timed("sub", *args, **kwargs)
    def subn(self, *args, **kwargs): return self._timed("subn", *args, **kwargs)
    def split(self, *args, **kwargs): return self._timed("split", *args, **kwargs)
    def findall(self, *args, **kwargs): return self._timed("findall", *args, **kwargs)

    def finditer(self, *args, **kwargs):
        matches, entry = self._pattern.finditer(*args, **kwargs), spent[self._key]
        entry[1] += 1

        def steps():
            while True:
                start = clock()
                found = next(matches, None)
                entry[0] += clock() - start
                if found is None:
                    return
                yield found
        return steps()


def _timed_compile(pattern, flags=0):
    if isinstance(pattern, _Timed):
        return pattern
    compiled = _compile(pattern, flags)
    key = (compiled.pattern, compiled.flags)
    if not spent[key][2]:
        frame = sys._getframe(1)
        while frame and "/re/" in frame.f_code.co_filename:
            frame = frame.f_back
        spent[key][2] = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}" if frame else "?"
    return _Timed(compiled, key)


re._compile = _timed_compile     # before the extractors are imported: their module-level patterns are wrapped too

from pipelines.documents import Rejected, parse_document  # noqa: E402
from pipelines.extract import agencies, dates, directives, events, people, places  # noqa: E402
from pipelines.extract.text import NormalizedText  # noqa: E402
from pipelines.staging import warm_up  # noqa: E402

warm_up()
files = sorted(Path(sys.argv[1]).iterdir())[:int(sys.argv[2]) if len(sys.argv) > 2 else 500]
docs = []
for f in files:
    try:
        docs.append(parse_document(str(f), f.read_bytes()))
    except Rejected:
        pass
for entry in spent.values():     # parsing's own patterns out of the count
    entry[0], entry[1] = 0.0, 0
registry = agencies.load_registry()
for d in docs:
    text = NormalizedText(d.clean_text)
    found, mentions = agencies.find_agencies(text, d.language, registry)
    found_dates = dates.find_dates(text, d.published_date, d.language)
    mentions = [m for m in mentions if not m.within_unit]
    persons = people.find_people(text, d.language, mentions, registry)
    found_directives = directives.find_directives(text, d.language, mentions, found_dates, registry)
    found_places = places.find_places(text, d.language)
    events.find_events(text, d.language, d.published_date, found_dates, mentions, persons, found_directives,
                       found_places, registry, found)
n = len(docs)
total = sum(entry[0] for entry in spent.values())
print(f"{n} documents: regular expressions {total / n * 1e3:.2f} ms a document "
      f"in {sum(entry[1] for entry in spent.values()) / n:.0f} calls")
for (pattern, _), (seconds, calls, where) in sorted(spent.items(), key=lambda kv: -kv[1][0])[
        :int(sys.argv[3]) if len(sys.argv) > 3 else 30]:
    print(f"{seconds / n * 1e6:8.1f} µs {calls / n:6.1f} calls  {where:24s} {pattern[:90]!r}")
