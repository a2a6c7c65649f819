#!/usr/bin/env python3
"""Classify the edition's reference entries by kind of source and count them.

Usage: python3 bench/source-kinds.py [content-dir] [--list] [--notes]

The kinds, tested in this order (the first rule that matches wins):
  tertiary/mirror  encyclopedias and their copies, and documents read on
                   document-sharing, CDN or preview hosts
  aggregator/blog  aggregators, blogs, reposts and republications of another
                   outlet's text on a third-party site
  primary/official official sites, official texts, statements and court papers
  scholarly        books, journal articles, legal and think-tank analysis
  wire/news        everything else (news agencies and news outlets)
The rules read the entry type, the host of its url and its note; --list
prints every entry with its kind so that each decision can be checked.
--notes also counts the notes and glossary entries by verdict and lists
those whose every citation is of a tertiary/mirror entry.
"""
import glob
import os
import re
import sys
from urllib.parse import urlparse

TERTIARY_HOSTS = ("wikipedia.org", "wikimili.com", "docslib.org", "pangea-cms.com",
                  "britannica.com", "encyclopedia", "iranicaonline.org", "wikiwand.com",
                  "dbpedia.org", "cloudfront.net", "amazonaws.com")
TERTIARY_NOTE = re.compile(r"\btertiary\b|\bmirror\b|copy of the english wikipedia|copy on docslib"
                           r"|document-sharing", re.I)
AGGREGATOR_HOSTS = ("blogspot.", "substack.com", "wordpress.com", "menafn.com", "daily8.com",
                    "newstide247.com", "dnyuz.com", "am1.news", "qoshe.com", "medium.com",
                    "focuseatv.com", "az24saat.org", "shafaqna.com", "israelandstuff.com",
                    "ostomaan.org", "foreignpolicyblogs.com", "turkishnews.com", "newser.com",
                    "manchikoni.com", "morningexpress.in", "lokmattimes.com", "urdupoint.com")
AGGREGATOR_NOTE = re.compile(r"aggregat|\bblog\b|\brepost|republish|republication|reposted"
                             r"|copy of a copy|collecting press", re.I)
OFFICIAL_HOSTS = (".gov", "gov.", "mfa.", "president.az", "president.ir", "un.org", "unhcr",
                  "treasury", "mid.ru", "kremlin.ru", "primeminister.am", "mfa.am", "mod.gov",
                  "coe.int", "pace.coe", "europarl.europa.eu", "consilium.europa.eu",
                  "leader.ir", "khamenei.ir", "justice.gov", "congress.gov", "state.gov",
                  "whitehouse.gov", "eco.int", "osce.org", "icj-cij.org", "azstat.org",
                  "stat.gov.az", "gov.il", "mfa.gov.az", "mfa.gov.ir", "en.mfa.gov.ir")
OFFICIAL_NOTE = re.compile(r"\bofficial\b|\bprimary\b|press release|treaty text|court document"
                           r"|resolution text|constitutional act|federal register|the op-ed itself", re.I)
SCHOLARLY_TYPES = ("article", "book", "incollection", "inbook", "thesis", "phdthesis",
                   "mastersthesis", "report", "inproceedings", "collection")
SCHOLARLY_HOSTS = ("lieber.westpoint.edu", "justsecurity.org", "opiniojuris.org",
                   "lawfaremedia.org", "idi.org.il", "russiancouncil.ru", "jstor.org",
                   "doi.org", "cambridge.org", "tandfonline.com", "springer", "sciencedirect",
                   "journals.", "ejournal", "ensani.ir", "sid.ir", "noormags.ir", "magiran.com",
                   "crisisgroup.org", "carnegie", "brookings.edu", "csis.org", "rand.org",
                   "chathamhouse.org", "washingtoninstitute.org", "fdd.org", "armscontrol.org")
SCHOLARLY_NOTE = re.compile(r"legal analysis|peer-reviewed|scholarly|think tank|journal article", re.I)

ENTRY = re.compile(r"@(\w+)\s*\{\s*([^,\s]+)\s*,(.*?)\n\}", re.S)


def field(body, name):
    m = re.search(r"\b" + name + r"\s*=\s*\{(.*?)\}\s*,?\s*\n", body, re.S)
    return m.group(1) if m else ""


def classify(kind, body):
    url = field(body, "url")
    host = (urlparse(url).hostname or "").lower() if url else ""
    note = field(body, "note") + " " + field(body, "journaltitle")
    if any(h in host for h in TERTIARY_HOSTS) or TERTIARY_NOTE.search(note):
        return "tertiary/mirror"
    if any(h in host for h in AGGREGATOR_HOSTS) or AGGREGATOR_NOTE.search(note):
        return "aggregator/blog"
    if any(h in host for h in OFFICIAL_HOSTS) or OFFICIAL_NOTE.search(note):
        return "primary/official"
    if kind.lower() in SCHOLARLY_TYPES or any(h in host for h in SCHOLARLY_HOSTS) \
            or SCHOLARLY_NOTE.search(note):
        return "scholarly"
    return "wire/news"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    content = args[0] if args else "content"
    rows = []
    for path in sorted(glob.glob(os.path.join(content, "references", "*.bib"))):
        text = open(path, encoding="utf-8").read()
        for m in ENTRY.finditer(text):
            rows.append((m.group(2), classify(m.group(1), m.group(3)), os.path.basename(path)))
    if "--list" in sys.argv:
        for key, kind, path in rows:
            print(f"{kind:17} {key:40} {path}")
    counts = {}
    for _, kind, _ in rows:
        counts[kind] = counts.get(kind, 0) + 1
    total = len(rows)
    for kind in ("primary/official", "wire/news", "scholarly", "tertiary/mirror", "aggregator/blog"):
        n = counts.get(kind, 0)
        print(f"{kind:17} {n:4}  {100.0 * n / total:5.1f} %")
    print(f"{'total':17} {total:4}")
    if "--notes" in sys.argv:
        notes_report(content, {key: kind for key, kind, _ in rows})


CITATION = re.compile(r"@([A-Za-z0-9_:-]+)")
REF = re.compile(r"\[\[ref:([A-Za-z0-9_:-]+)")


def notes_report(content, kinds):
    verdicts = {}
    tertiary_only = []
    files = sorted(glob.glob(os.path.join(content, "notes", "*", "*.md"))) + \
        sorted(glob.glob(os.path.join(content, "glossary", "*.md")))
    for path in files:
        text = open(path, encoding="utf-8").read()
        head, _, body = text.partition("\n---\n")
        kind = re.search(r"^kind:\s*(\S+)", head, re.M)
        verdict = re.search(r"^verdict:\s*(\S+)", head, re.M)
        if kind and kind.group(1) == "fact-check" and verdict:
            verdicts[verdict.group(1)] = verdicts.get(verdict.group(1), 0) + 1
        keys = [k for k in CITATION.findall(body) + REF.findall(body) if k in kinds]
        if keys and all(kinds[k] == "tertiary/mirror" for k in keys):
            tertiary_only.append(os.path.relpath(path, content))
    print("fact-checks by verdict:")
    for v in sorted(verdicts):
        print(f"  {v:24} {verdicts[v]:4}")
    print(f"notes and glossary entries resting only on tertiary/mirror entries: {len(tertiary_only)}")
    for path in tertiary_only:
        print(f"  {path}")


if __name__ == "__main__":
    main()
