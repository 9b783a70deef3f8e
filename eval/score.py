#!/usr/bin/env python3
"""Score Parley's extracted contacts and statements against a gold standard.

    score.py --gold GOLD --contacts contacts.csv --statements statements.csv [--json OUT] [-v]

The inputs are the SPARQL CSV results of the two contract queries (queries/contacts.rq and
queries/statements.rq) over a store holding the gold file's articles. The scoring rules are those of
../shared/eval/README.md; where that contract leaves a choice open, the choice is written next to
the code that makes it and summarised in eval/README.md.

Standard library only (Python 3.11).
"""
import argparse
import csv
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

CONTACT_TYPES = ("Meeting", "PhoneCall", "VideoCall", "Visit")
# The lenient figure forgives confusing a meeting with a visit and a phone call with a video call.
TYPE_FAMILY = {"Meeting": "in-person", "Visit": "in-person", "PhoneCall": "remote", "VideoCall": "remote"}

CONTACT_COLUMNS = ("event", "type", "participantLabel", "source")
STATEMENT_COLUMNS = ("speakerLabel", "quote", "source")


class InputError(Exception):
    """Bad input: the message names the file and what is wrong with it."""


# ---------------------------------------------------------------- normalisation

def fold(text):
    """Lower case without accents, with typographic apostrophes made plain."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower().replace("\u2019", "'").replace("\u2018", "'")


def name_key(text):
    """A name as its words: 'Sa\u2019ar' -> 'saar', 'Al-Sisi' -> 'al sisi'."""
    text = fold(text).replace("'", "")
    return " ".join(re.findall(r"[^\W_]+", text))


def squash(text):
    """Text without case, punctuation or spaces, for quote containment."""
    return "".join(re.findall(r"[^\W_]+", fold(text)))


def local_name(term):
    """Local name of a type IRI, prefixed name or bare name: '<...ns#PhoneCall>' -> 'PhoneCall'."""
    term = (term or "").strip().strip("<>")
    parts = [p for p in re.split(r"[#/:]", term) if p]
    return parts[-1] if parts else ""


def qid_of(term):
    """'http://www.wikidata.org/entity/Q7747' -> 'Q7747'; None without one."""
    m = re.search(r"(Q\d+)\s*>?\s*$", (term or "").strip())
    return m.group(1) if m else None


def locator_file(locator):
    """The file name a source locator ends in: a path as given to ingest, a file: IRI or a URL."""
    locator = (locator or "").strip()
    path = urlsplit(locator).path if "://" in locator or locator.startswith("file:") else locator
    return unquote(path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1])


def clip(text, width=90):
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= width else text[: width - 1] + "\u2026"


# ---------------------------------------------------------------- gold

class GoldName:
    """A gold name: 'Sergei Shoigu|Sergey Shoigu (Q312640)' is two spellings and a Wikidata ID."""

    def __init__(self, text):
        self.text = text
        self.qid = None
        m = re.search(r"\((Q\d+)\)", text)
        if m:
            self.qid = m.group(1)
            text = text[: m.start()] + text[m.end():]
        self.alternatives = []
        for alt in text.split("|"):
            alt = alt.strip()
            if re.fullmatch(r"Q\d+", alt):
                self.qid = self.qid or alt
            elif name_key(alt):
                self.alternatives.append(name_key(alt))
        self.display = re.sub(r"\s*\(Q\d+\)", "", self.text).split("|")[0].strip()

    def matches(self, label, qid=None):
        """Same Wikidata ID, same label, or one name is the other's trailing words ('Putin' ~ 'Vladimir Putin')."""
        if self.qid and qid == self.qid:
            return True
        key = name_key(label)
        if not key:
            return False
        return any(key == alt or alt.endswith(" " + key) or key.endswith(" " + alt) for alt in self.alternatives)

    def matches_any(self, participants):
        return any(self.matches(p.label, p.qid) for p in participants)


@dataclass
class GoldContact:
    file: str
    index: int
    type: str
    participants: list
    date: str
    place: str
    optional: bool
    id: str

    def describe(self):
        names = ", ".join(n.display for n in self.participants)
        return f"{self.type} [{names}] {self.date or 'no date'}" + (f" @ {self.place}" if self.place else "")


@dataclass
class GoldStatement:
    speaker: GoldName
    quote: str
    needle: str


@dataclass
class GoldArticle:
    file: str
    doc_date: str
    contacts: list
    statements: list


def load_gold(path):
    articles = []
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except OSError as e:
        raise InputError(f"gold file {path}: {e.strerror}")
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            contacts = []
            for i, c in enumerate(d.get("contacts") or []):
                if c["type"] not in CONTACT_TYPES:
                    raise ValueError(f"contact {i}: unknown type {c['type']!r}")
                contacts.append(GoldContact(d["file"], i, c["type"], [GoldName(p) for p in c["participants"]],
                                            (c.get("date") or "").strip(), (c.get("place") or "").strip(),
                                            bool(c.get("optional")), c.get("id") or ""))
            statements = [GoldStatement(GoldName(s["speaker"]), s["quote_contains"], squash(s["quote_contains"]))
                          for s in d.get("statements") or []]
            articles.append(GoldArticle(d["file"], d.get("doc_date"), contacts, statements))
        except (ValueError, KeyError, TypeError) as e:
            raise InputError(f"gold file {path}, line {number}: {type(e).__name__}: {e}")
    files = [a.file for a in articles]
    duplicates = sorted({f for f in files if files.count(f) > 1})
    if duplicates:
        raise InputError(f"gold file {path}: articles listed twice: {', '.join(duplicates)}")
    return articles


# ---------------------------------------------------------------- predictions

@dataclass(frozen=True)
class Participant:
    label: str
    qid: str


@dataclass
class PredContact:
    file: str
    event: str
    types: set = field(default_factory=set)
    dates: set = field(default_factory=set)
    places: set = field(default_factory=set)
    participants: dict = field(default_factory=dict)  # (name_key, qid) -> Participant

    @property
    def type(self):
        # One row set per event should carry one class; several are reported in the listing.
        return sorted(self.types)[0] if self.types else ""

    def people(self):
        return list(self.participants.values())

    def describe(self):
        names = ", ".join(p.label or p.qid or "?" for p in self.people())
        date = "/".join(sorted(self.dates)) or "no date"
        place = "/".join(sorted(self.places))
        kind = "+".join(sorted(self.types)) or "?"
        return f"{kind} [{names}] {date}" + (f" @ {place}" if place else "") + f"  <{self.event}>"


@dataclass
class PredStatement:
    file: str
    iri: str
    speakers: dict = field(default_factory=dict)  # (name_key, qid) -> Participant
    quotes: list = field(default_factory=list)    # squashed
    shown: str = ""

    def speaker_text(self):
        return " / ".join(p.label or p.qid or "?" for p in self.speakers.values()) or "no speaker"


def read_csv(path, required, what):
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            text = f.read()
    except OSError as e:
        raise InputError(f"{what} file {path}: {e.strerror}")
    if not text.strip():
        return [], True   # an empty result file (e.g. the query failed): no predictions
    reader = csv.DictReader(text.splitlines(keepends=True))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(f"{what} file {path}: missing column(s) {', '.join(missing)}; header is {','.join(header)}")
    rows = []
    try:
        for r in reader:
            rows.append({(k or "").strip(): (v or "") for k, v in r.items()})
    except csv.Error as e:
        raise InputError(f"{what} file {path}, line {reader.line_num}: {e}")
    return rows, False


def load_pred_contacts(rows):
    """{file: {event: PredContact}}: a predicted contact is one event's rows for one article."""
    out = defaultdict(dict)
    for r in rows:
        file, event = locator_file(r.get("source")), r.get("event", "").strip()
        if not file or not event:
            continue
        c = out[file].setdefault(event, PredContact(file, event))
        if local_name(r.get("type")):
            c.types.add(local_name(r.get("type")))
        if r.get("date", "").strip():
            c.dates.add(r["date"].strip()[:10])
        if r.get("placeLabel", "").strip():
            c.places.add(r["placeLabel"].strip())
        label, qid = r.get("participantLabel", "").strip(), qid_of(r.get("participantWikidata"))
        if label or qid:
            c.participants.setdefault((name_key(label), qid), Participant(label, qid))
    return out


def load_pred_statements(rows):
    """{file: [PredStatement]}: rows of one statement IRI for one article are one statement."""
    out = defaultdict(dict)
    for n, r in enumerate(rows):
        file = locator_file(r.get("source"))
        if not file:
            continue
        iri = r.get("statement", "").strip() or f"row {n + 2}"
        s = out[file].setdefault(iri, PredStatement(file, iri))
        label, qid = r.get("speakerLabel", "").strip(), qid_of(r.get("speakerWikidata"))
        if label or qid:
            s.speakers.setdefault((name_key(label), qid), Participant(label, qid))
        quote = squash(r.get("quote"))
        if quote and quote not in s.quotes:
            s.quotes.append(quote)
            s.shown = s.shown or r.get("quote", "")
    return {f: list(v.values()) for f, v in out.items()}


# ---------------------------------------------------------------- contact matching

def participants_found(gold, pred):
    """How many of the gold participants the prediction names."""
    people = pred.people()
    return sum(1 for n in gold.participants if n.matches_any(people))


def participants_right(gold, pred):
    """How many of the predicted participants are gold participants."""
    return sum(1 for p in pred.people() if any(n.matches(p.label, p.qid) for n in gold.participants))


def names_enough(gold, found):
    """At least two of the gold participants (one if it has one) and at least half of them."""
    return found >= min(2, len(gold.participants)) and 2 * found >= len(gold.participants)


def date_right(gold_date, pred_dates):
    """A null gold date wants no date; otherwise the one predicted date, cut to the gold's precision, equals it
    ('2021-06' accepts '2021-06-16'; '2021-06-16' rejects '2021-06'). Two dates on one event are wrong."""
    if not gold_date:
        return not pred_dates
    if len(pred_dates) != 1:
        return False
    (d,) = pred_dates
    return d[: len(gold_date)] == gold_date


def place_right(gold_place, pred_places):
    """Either place name contains the other, ignoring case, accents and punctuation ('Bali' ~ 'Bali, Indonesia')."""
    golds = [name_key(g) for g in gold_place.split("|") if name_key(g)]
    for p in map(name_key, pred_places):
        if p and any(g in p or p in g for g in golds):
            return True
    return False


def same_type(gold_type, pred_type, lenient):
    if lenient:
        return TYPE_FAMILY.get(gold_type) == TYPE_FAMILY.get(pred_type, pred_type)
    return gold_type == pred_type


def assign(golds, preds, lenient):
    """One-to-one matching, greedy by best overlap: every admissible (gold, prediction) pair ranked by
    participants found, then right date, right place, share of the prediction's participants that are
    right; ties go to the earlier gold contact and prediction. Returns {gold index: prediction index}."""
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if not same_type(g.type, p.type, lenient):
                continue
            found = participants_found(g, p)
            if not names_enough(g, found):
                continue
            share = participants_right(g, p) / max(1, len(p.participants))
            pairs.append(((found, date_right(g.date, p.dates), bool(g.place) and place_right(g.place, p.places),
                           share), gi, pi))
    pairs.sort(key=lambda t: (tuple(-x for x in t[0]), t[1], t[2]))
    taken_g, taken_p, out = set(), set(), {}
    for _, gi, pi in pairs:
        if gi not in taken_g and pi not in taken_p:
            taken_g.add(gi)
            taken_p.add(pi)
            out[gi] = pi
    return out


@dataclass
class ArticleContacts:
    """Outcome of matching one article's contacts."""
    matched: list      # (GoldContact, PredContact)
    missed: list       # GoldContact
    spurious: list     # PredContact
    optional_hits: list  # (GoldContact, PredContact)


def match_article(gold_contacts, preds, lenient):
    required = [g for g in gold_contacts if not g.optional]
    optional = [g for g in gold_contacts if g.optional]
    hits = assign(required, preds, lenient)
    matched = [(required[gi], preds[pi]) for gi, pi in sorted(hits.items())]
    missed = [g for gi, g in enumerate(required) if gi not in hits]
    rest = [p for pi, p in enumerate(preds) if pi not in hits.values()]
    # A prediction of an optional contact is dropped from both sides; its type is judged leniently, since
    # optional contacts are the ones whose very kind the text leaves open (an implied visit, say).
    opt_hits = assign(optional, rest, lenient=True)
    optional_hits = [(optional[gi], rest[pi]) for gi, pi in sorted(opt_hits.items())]
    spurious = [p for pi, p in enumerate(rest) if pi not in opt_hits.values()]
    return ArticleContacts(matched, missed, spurious, optional_hits)


def ratio(num, den):
    return num / den if den else None


def prf(tp, fp, fn):
    p, r = ratio(tp, tp + fp), ratio(tp, tp + fn)
    f1 = 2 * p * r / (p + r) if p and r else (0.0 if (p is not None or r is not None) else None)
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f1}


# ---------------------------------------------------------------- scoring

def merge_groups(gold):
    """Gold contacts that are one real contact: same "id", or same type, participants and date (a union of
    both relations). Returns the groups reported by two or more articles, as lists of GoldContact."""
    contacts = [c for a in gold for c in a.contacts if not c.optional]
    parent = list(range(len(contacts)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first = {}
    for i, c in enumerate(contacts):
        keys = [("content", c.type, frozenset(n.alternatives[0] if n.alternatives else n.qid for n in c.participants),
                 c.date)]
        if c.id:
            keys.append(("id", c.id))
        for k in keys:
            if k in first:
                parent[root(i)] = root(first[k])
            else:
                first[k] = i
    groups = defaultdict(list)
    for i, c in enumerate(contacts):
        groups[root(i)].append(c)
    return [g for g in groups.values() if len({c.file for c in g}) >= 2]


def score(gold, pred_contacts, pred_statements):
    """All figures, and per-article findings for the error listing."""
    strict_counts = [0, 0, 0]
    lenient_counts = [0, 0, 0]
    parts = {"gold": 0, "found": 0, "predicted": 0, "right": 0}
    dates = {"right": 0, "total": 0}
    places = {"right": 0, "total": 0}
    st = {"gold": 0, "found": 0, "quote_found": 0, "speaker_right": 0, "predicted": 0, "predicted_right": 0}
    matched_event = {}          # id(GoldContact) -> event IRI
    findings = {}

    for art in gold:
        preds = list(pred_contacts.get(art.file, {}).values())
        res = match_article(art.contacts, preds, lenient=False)
        len_res = match_article(art.contacts, preds, lenient=True)
        for counts, r in ((strict_counts, res), (lenient_counts, len_res)):
            counts[0] += len(r.matched)
            counts[1] += len(r.spurious)
            counts[2] += len(r.missed)
        f = {"doc_date": art.doc_date, "missed": [], "spurious": [], "wrong_date": [], "wrong_place": [],
             "participants": [], "inconsistent": [], "optional": [], "missed_statements": [],
             "wrong_speaker": [], "extra_statements": [], "type_confusions": []}
        for g, p in res.matched:
            matched_event[id(g)] = p.event
            found, right = participants_found(g, p), participants_right(g, p)
            parts["gold"] += len(g.participants)
            parts["found"] += found
            parts["predicted"] += len(p.participants)
            parts["right"] += right
            if found < len(g.participants) or right < len(p.participants):
                people = p.people()
                f["participants"].append({
                    "gold": g.describe(), "event": p.event,
                    "missing": [n.display for n in g.participants if not n.matches_any(people)],
                    "extra": [q.label or q.qid for q in people if not any(n.matches(q.label, q.qid) for n in g.participants)]})
            dates["total"] += 1
            if date_right(g.date, p.dates):
                dates["right"] += 1
            else:
                f["wrong_date"].append({"gold": g.describe(), "gold_date": g.date or None,
                                        "predicted": sorted(p.dates), "event": p.event})
            if g.place:
                places["total"] += 1
                if place_right(g.place, p.places):
                    places["right"] += 1
                else:
                    f["wrong_place"].append({"gold": g.describe(), "gold_place": g.place,
                                             "predicted": sorted(p.places), "event": p.event})
        for g in res.missed:
            f["missed"].append({"gold": g.describe(), "nearest": nearest(g, preds)})
        lenient_hits = {id(g): p for g, p in len_res.matched}
        for g in res.missed:
            p = lenient_hits.get(id(g))
            if p is not None:
                f["type_confusions"].append({"gold": g.describe(), "predicted_type": p.type, "event": p.event})
        f["spurious"] = [p.describe() for p in res.spurious]
        f["optional"] = [{"gold": g.describe(), "event": p.event} for g, p in res.optional_hits]
        for p in preds:
            if len(p.dates) > 1 or len(p.types) > 1:
                f["inconsistent"].append({"event": p.event, "types": sorted(p.types), "dates": sorted(p.dates)})

        # statements
        spreds = pred_statements.get(art.file, [])
        st["predicted"] += len(spreds)
        right_preds = set()
        for s in art.statements:
            st["gold"] += 1
            with_text = [p for p in spreds if s.needle and any(s.needle in q for q in p.quotes)]
            good = [p for p in with_text if any(s.speaker.matches(x.label, x.qid) for x in p.speakers.values())]
            right_preds.update(id(p) for p in good)
            if with_text:
                st["quote_found"] += 1
                st["speaker_right"] += bool(good)
            if good:
                st["found"] += 1
            elif with_text:
                f["wrong_speaker"].append({"speaker": s.speaker.display, "quote": s.quote,
                                           "predicted_speakers": sorted({p.speaker_text() for p in with_text})})
            else:
                f["missed_statements"].append({"speaker": s.speaker.display, "quote": s.quote,
                                               "by_speaker": [clip(p.shown, 70) for p in spreds
                                                              if any(s.speaker.matches(x.label, x.qid)
                                                                     for x in p.speakers.values())][:3]})
        st["predicted_right"] += len(right_preds)
        f["extra_statements"] = [f"{p.speaker_text()}: \u201c{clip(p.shown, 80)}\u201d" for p in spreds
                                 if id(p) not in right_preds]
        findings[art.file] = f

    # the same real contact reported by several articles should come out as one event IRI
    groups = merge_groups(gold)
    merged, unmerged = 0, []
    for g in groups:
        events = [matched_event.get(id(c)) for c in g]
        if None not in events and len(set(events)) == 1:
            merged += 1
        else:
            unmerged.append({"contact": g[0].describe(),
                             "reports": {c.file: matched_event.get(id(c)) for c in g}})

    return {
        "articles": len(gold),
        "contacts": prf(*strict_counts),
        "contacts_lenient": prf(*lenient_counts),
        "participants": {"precision": ratio(parts["right"], parts["predicted"]),
                         "recall": ratio(parts["found"], parts["gold"]), **parts},
        "date_accuracy": {"value": ratio(dates["right"], dates["total"]), **dates},
        "place_accuracy": {"value": ratio(places["right"], places["total"]), **places},
        "statements": {"recall": ratio(st["found"], st["gold"]),
                       "speaker_accuracy": ratio(st["speaker_right"], st["quote_found"]),
                       "precision": ratio(st["predicted_right"], st["predicted"]), **st},
        "merged": {"merged": merged, "multi_source": len(groups), "not_merged": unmerged},
        "findings": findings,
    }


def nearest(gold, preds):
    """Why a gold contact was missed: the prediction naming most of its participants, and what is wrong."""
    found_by = {id(p): participants_found(gold, p) for p in preds}
    best = max(preds, key=lambda p: (found_by[id(p)] > 0 and p.type == gold.type, found_by[id(p)]), default=None)
    if best is None:
        return "no prediction for this article"
    found = found_by[id(best)]
    if found == 0:
        return "no prediction names any of its participants"
    why = []
    if best.type != gold.type:
        why.append(f"type {best.type or 'missing'}")
    if not names_enough(gold, found):
        why.append(f"names {found} of {len(gold.participants)} participants")
    if not why:
        why.append("taken by another gold contact")
    return f"nearest {best.describe()}: " + ", ".join(why)


# ---------------------------------------------------------------- output

def fmt(x):
    return "n/a" if x is None else f"{x:.3f}"


def print_table(s, out=None):
    out = out or sys.stdout
    c, l, pa, st, m = s["contacts"], s["contacts_lenient"], s["participants"], s["statements"], s["merged"]
    d, pl = s["date_accuracy"], s["place_accuracy"]
    rows = [
        ("contacts strict    precision", fmt(c["precision"]), f"tp {c['tp']}, fp {c['fp']}"),
        ("                   recall", fmt(c["recall"]), f"tp {c['tp']}, fn {c['fn']}"),
        ("                   F1", fmt(c["f1"]), ""),
        ("contacts lenient   F1", fmt(l["f1"]), f"P {fmt(l['precision'])} R {fmt(l['recall'])}; meeting~visit, phone~video"),
        ("participants       precision", fmt(pa["precision"]), f"{pa['right']}/{pa['predicted']} predicted names are gold"),
        ("                   recall", fmt(pa["recall"]), f"{pa['found']}/{pa['gold']} gold names found"),
        ("date accuracy", fmt(d["value"]), f"{d['right']}/{d['total']} matched contacts"),
        ("place accuracy", fmt(pl["value"]), f"{pl['right']}/{pl['total']} matched contacts with a gold place"),
        ("statements         recall", fmt(st["recall"]), f"{st['found']}/{st['gold']} found with the right speaker"),
        ("                   speaker accuracy", fmt(st["speaker_accuracy"]), f"{st['speaker_right']}/{st['quote_found']} of the quotes found"),
        ("                   precision", fmt(st["precision"]), f"{st['predicted_right']}/{st['predicted']} predicted (gold not exhaustive)"),
    ]
    print(f"articles {s['articles']}", file=out)
    for name, value, note in rows:
        print(f"{name:<37} {value:>6}   {note}", file=out)
    print(f"multi-source contacts merged into one event: {m['merged']}/{m['multi_source']}", file=out)


def print_findings(s, out=None):
    out = out or sys.stdout
    clean = 0
    for file, f in s["findings"].items():
        lines = []
        for x in f["missed"]:
            lines.append(f"  MISSED     {x['gold']}\n             {x['nearest']}")
        for x in f["type_confusions"]:
            lines.append(f"  TYPE       {x['gold']}: predicted as {x['predicted_type']} <{x['event']}>")
        for x in f["spurious"]:
            lines.append(f"  SPURIOUS   {x}")
        for x in f["wrong_date"]:
            got = ", ".join(x["predicted"]) or "no date"
            lines.append(f"  DATE       {x['gold']}: predicted {got} <{x['event']}>")
        for x in f["wrong_place"]:
            got = ", ".join(x["predicted"]) or "no place"
            lines.append(f"  PLACE      {x['gold']}: predicted {got} <{x['event']}>")
        for x in f["participants"]:
            bits = []
            if x["missing"]:
                bits.append("missing " + ", ".join(x["missing"]))
            if x["extra"]:
                bits.append("extra " + ", ".join(x["extra"]))
            lines.append(f"  NAMES      {x['gold']}: {'; '.join(bits)}")
        for x in f["inconsistent"]:
            lines.append(f"  RDF        <{x['event']}> has several " +
                         ("types " + "/".join(x["types"]) if len(x["types"]) > 1 else "dates " + "/".join(x.get("dates", []))))
        for x in f["missed_statements"]:
            hint = ("; by that speaker: " + " | ".join(x["by_speaker"])) if x["by_speaker"] else ""
            lines.append(f"  QUOTE      {x['speaker']}: \u201c{clip(x['quote'], 70)}\u201d not found{hint}")
        for x in f["wrong_speaker"]:
            lines.append(f"  SPEAKER    \u201c{clip(x['quote'], 60)}\u201d is {x['speaker']}'s, "
                         f"predicted {', '.join(x['predicted_speakers'])}")
        for x in f["extra_statements"]:
            lines.append(f"  EXTRA      {x}")
        clean += not lines
        for x in f["optional"]:
            lines.append(f"  (optional) {x['gold']} ~ <{x['event']}>")
        if lines:
            print(f"\n== {file}  (doc_date {f['doc_date'] or 'unknown'})", file=out)
            print("\n".join(lines), file=out)
    for x in s["merged"]["not_merged"]:
        reports = ", ".join(f"{k} -> {('<' + v + '>') if v else 'missed'}" for k, v in sorted(x["reports"].items()))
        print(f"\nNOT MERGED {x['contact']}: {reports}", file=out)
    print(f"\n{clean} of {len(s['findings'])} articles without findings "
          "(EXTRA statements are not errors when the gold lists only some statements)", file=out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True, help="gold.jsonl, one article a line")
    ap.add_argument("--contacts", required=True, help="CSV result of queries/contacts.rq")
    ap.add_argument("--statements", required=True, help="CSV result of queries/statements.rq")
    ap.add_argument("--json", metavar="OUT", help="also write the scores as JSON to OUT")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the findings article by article")
    a = ap.parse_args(argv)
    try:
        gold = load_gold(a.gold)
        crow, cempty = read_csv(a.contacts, CONTACT_COLUMNS, "contacts")
        srow, sempty = read_csv(a.statements, STATEMENT_COLUMNS, "statements")
    except InputError as e:
        print(f"score.py: {e}", file=sys.stderr)
        return 2
    for empty, path in ((cempty, a.contacts), (sempty, a.statements)):
        if empty:
            print(f"score.py: warning: {path} is empty; scoring it as no predictions", file=sys.stderr)
    pc, ps = load_pred_contacts(crow), load_pred_statements(srow)
    files = {g.file for g in gold}
    unknown = sorted((set(pc) | set(ps)) - files)
    if unknown:
        print(f"score.py: warning: ignoring predictions for {len(unknown)} article(s) not in the gold file: "
              + ", ".join(unknown[:5]) + (" ..." if len(unknown) > 5 else ""), file=sys.stderr)
    s = score(gold, pc, ps)
    s["ignored_articles"] = unknown
    print_table(s)
    if a.verbose:
        print_findings(s)
    if a.json:
        with open(a.json, "w", encoding="utf-8") as out:
            json.dump(s, out, indent=2, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
