"""Checks of eval/score.py: the oracle scores perfectly on the shared corpora, and each kind of wrong
prediction lowers the figure it should and leaves the others alone.

    python3 -m unittest eval/test_score.py        (from the project's root)
"""
import contextlib
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import score  # noqa: E402

SHARED = os.path.join(HERE, "..", "..", "shared")  # the read-only folder beside the project
ORACLE = os.path.join(SHARED, "eval", "oracle.py")
NS = "https://w3id.org/parley/ns#"
CONTACT_HEADER = ["event", "type", "date", "placeLabel", "participantLabel", "participantWikidata", "source"]
STATEMENT_HEADER = ["statement", "speakerLabel", "speakerWikidata", "quote", "date", "source"]


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def contact(event, kind, date, place, names, source, qids=()):
    """Rows of one predicted contact: one row per participant."""
    qids = list(qids) + [""] * (len(names) - len(qids))
    return [[event, NS + kind, date, place, n, ("http://www.wikidata.org/entity/" + q) if q else "", source]
            for n, q in zip(names, qids)]


class Scored:
    """Runs score.py's command line on given gold lines and rows; keeps the JSON scores and the printout."""

    def __init__(self, gold, contacts, statements, verbose=True):
        self.dir = tempfile.mkdtemp(prefix="score-test-")
        self.gold = os.path.join(self.dir, "gold.jsonl")
        with open(self.gold, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(d) + "\n" for d in gold)
        c, s, j = (os.path.join(self.dir, n) for n in ("c.csv", "s.csv", "scores.json"))
        write_csv(c, CONTACT_HEADER, contacts)
        write_csv(s, STATEMENT_HEADER, statements)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            self.status = score.main(["--gold", self.gold, "--contacts", c, "--statements", s, "--json", j]
                                     + (["-v"] if verbose else []))
        self.out, self.err = out.getvalue(), err.getvalue()
        self.s = None
        if self.status == 0:
            with open(j, encoding="utf-8") as f:
                self.s = json.load(f)

    def __getitem__(self, key):
        return self.s[key]


# A small gold standard: a two-person call, a three-person meeting with a place, a month-precision background
# meeting, an undated visit, an optional contact, and statements.
GOLD = [
    {"file": "a.txt", "doc_date": "2024-03-05",
     "contacts": [
         {"type": "PhoneCall", "participants": ["Recep Tayyip Erdoğan|Tayyip Erdogan", "Ebrahim Raisi"],
          "date": "2024-03-04", "place": None},
         {"type": "Meeting", "participants": ["Vladimir Putin (Q7747)", "Sergei Shoigu|Sergey Shoigu", "Li Shangfu"],
          "date": "2023-04-16", "place": "Moscow"},
         {"type": "Meeting", "participants": ["Recep Tayyip Erdoğan|Tayyip Erdogan", "Ebrahim Raisi"],
          "date": "2024-01", "place": "Ankara"},
         {"optional": True, "type": "Visit", "participants": ["Ebrahim Raisi"], "date": "2024-01", "place": "Ankara"}],
     "statements": [
         {"speaker": "Recep Tayyip Erdoğan|Tayyip Erdogan", "quote_contains": "Turkey will continue its efforts"},
         {"speaker": "Yury Ushakov|Yuri Ushakov", "quote_contains": "the tone was rather balanced"}],
     "notes": ""},
    {"file": "b.txt", "doc_date": None,
     "contacts": [{"type": "Visit", "participants": ["Xi Jinping (Q15031)"], "date": None, "place": "Russia"}],
     "statements": [{"speaker": "Jiang Bin", "quote_contains": "stands ready to work with the Russian side"}],
     "notes": ""},
]


def perfect_contacts():
    return (contact("urn:e1", "PhoneCall", "2024-03-04", "", ["Recep Tayyip Erdoğan", "Ebrahim Raisi"], "corpus/a.txt")
            + contact("urn:e2", "Meeting", "2023-04-16", "Moscow", ["Vladimir Putin", "Sergei Shoigu", "Li Shangfu"],
                      "corpus/a.txt")
            + contact("urn:e3", "Meeting", "2024-01-24", "Ankara", ["Recep Tayyip Erdoğan", "Ebrahim Raisi"], "corpus/a.txt")
            + contact("urn:e4", "Visit", "", "Moscow, Russia", ["Xi Jinping"], "/abs/path/b.txt"))


def perfect_statements():
    return [["urn:s1", "Recep Tayyip Erdoğan", "", "Erdogan said Turkey will continue its efforts for peace.", "", "a.txt"],
            ["urn:s2", "Yury Ushakov", "", "The tone was rather balanced and business-like", "", "a.txt"],
            ["urn:s3", "Jiang Bin", "", "The Chinese military stands ready to work with the Russian side", "", "b.txt"]]


class OracleScoresPerfectly(unittest.TestCase):
    """oracle.py writes what a perfect extractor would: every headline figure must be 1.0."""

    def check(self, corpus):
        gold = os.path.join(SHARED, "corpus", corpus, "gold.jsonl")
        if not os.path.exists(gold):
            self.skipTest(f"{gold} is not available")
        with tempfile.TemporaryDirectory() as d:
            c, s, j = (os.path.join(d, n) for n in ("c.csv", "s.csv", "j.json"))
            subprocess.run([sys.executable, ORACLE, gold, c, s], check=True)
            with contextlib.redirect_stdout(io.StringIO()) as out:
                self.assertEqual(0, score.main(["--gold", gold, "--contacts", c, "--statements", s, "--json", j]))
            with open(j, encoding="utf-8") as f:
                r = json.load(f)
        self.assertEqual(1.0, r["contacts"]["f1"])
        self.assertEqual(0, r["contacts"]["fp"])
        self.assertEqual(1.0, r["date_accuracy"]["value"])
        self.assertEqual(1.0, r["place_accuracy"]["value"])
        self.assertEqual(1.0, r["participants"]["precision"])
        self.assertEqual(1.0, r["participants"]["recall"])
        self.assertEqual(1.0, r["statements"]["recall"])
        self.assertEqual(1.0, r["statements"]["speaker_accuracy"])
        self.assertIn("multi-source contacts merged into one event:", out.getvalue())
        return r

    def test_seeds(self):
        r = self.check("seeds")
        # the seeds share an "id" across three articles, which the oracle turns into one event IRI
        self.assertEqual({"merged": 1, "multi_source": 1}, {k: r["merged"][k] for k in ("merged", "multi_source")})

    def test_dev(self):
        r = self.check("dev")
        # dev has no ids: its repeated contacts are grouped by type, participants and date, and the oracle
        # gives each article's contact its own IRI
        self.assertEqual(10, r["merged"]["multi_source"])
        self.assertEqual(0, r["merged"]["merged"])

    def test_project_gold(self):
        gold = os.path.join(HERE, "..", "src", "test", "resources", "articles", "gold.jsonl")
        if not os.path.exists(gold):
            self.skipTest("no project gold file")
        with tempfile.TemporaryDirectory() as d:
            c, s, j = (os.path.join(d, n) for n in ("c.csv", "s.csv", "j.json"))
            subprocess.run([sys.executable, ORACLE, gold, c, s], check=True)
            with contextlib.redirect_stdout(io.StringIO()):
                self.assertEqual(0, score.main(["--gold", gold, "--contacts", c, "--statements", s, "--json", j]))
            with open(j, encoding="utf-8") as f:
                r = json.load(f)
        self.assertEqual(1.0, r["contacts"]["f1"])
        self.assertEqual(1.0, r["date_accuracy"]["value"])
        self.assertEqual(1.0, r["statements"]["recall"])
        self.assertEqual(r["merged"]["multi_source"], r["merged"]["merged"])


class HandMadePredictions(unittest.TestCase):

    def test_perfect_hand_made_prediction(self):
        r = Scored(GOLD, perfect_contacts(), perfect_statements())
        self.assertEqual({"tp": 4, "fp": 0, "fn": 0}, {k: r["contacts"][k] for k in ("tp", "fp", "fn")})
        self.assertEqual(1.0, r["contacts"]["f1"])
        self.assertEqual(1.0, r["date_accuracy"]["value"])   # '2024-01-24' is right for month-precision '2024-01'
        self.assertEqual(1.0, r["place_accuracy"]["value"])  # 'Moscow, Russia' contains 'Russia'
        self.assertEqual(1.0, r["statements"]["recall"])
        self.assertEqual(1.0, r["statements"]["precision"])

    def test_missing_participant_of_three_lowers_participant_recall_only(self):
        rows = [r for r in perfect_contacts() if r[4] != "Sergei Shoigu"]
        r = Scored(GOLD, rows, perfect_statements())
        self.assertEqual(1.0, r["contacts"]["f1"])          # two of three is enough to match
        self.assertAlmostEqual(7 / 8, r["participants"]["recall"])
        self.assertEqual(1.0, r["participants"]["precision"])
        self.assertIn("missing Sergei Shoigu", r.out)

    def test_missing_participant_of_two_loses_the_contact(self):
        rows = [r for r in perfect_contacts() if not (r[0] == "urn:e1" and r[4] == "Ebrahim Raisi")]
        r = Scored(GOLD, rows, perfect_statements())
        self.assertEqual({"tp": 3, "fp": 1, "fn": 1}, {k: r["contacts"][k] for k in ("tp", "fp", "fn")})
        self.assertEqual(0.75, r["contacts"]["recall"])
        self.assertEqual(1.0, r["date_accuracy"]["value"])
        self.assertIn("MISSED     PhoneCall [Recep Tayyip Erdoğan, Ebrahim Raisi]", r.out)
        self.assertIn("names 1 of 2 participants", r.out)

    def test_extra_participant_lowers_participant_precision_only(self):
        rows = perfect_contacts() + contact("urn:e1", "PhoneCall", "2024-03-04", "", ["Joe Biden"], "a.txt")
        r = Scored(GOLD, rows, perfect_statements())
        self.assertEqual(1.0, r["contacts"]["f1"])
        self.assertAlmostEqual(8 / 9, r["participants"]["precision"])
        self.assertEqual(1.0, r["participants"]["recall"])

    def test_wrong_type_is_a_strict_miss_but_a_lenient_match(self):
        rows = [[x[0], NS + "Visit" if x[0] == "urn:e2" else x[1]] + x[2:] for x in perfect_contacts()]
        r = Scored(GOLD, rows, perfect_statements())
        self.assertEqual({"tp": 3, "fp": 1, "fn": 1}, {k: r["contacts"][k] for k in ("tp", "fp", "fn")})
        self.assertEqual(1.0, r["contacts_lenient"]["f1"])
        self.assertEqual(1.0, r["date_accuracy"]["value"])
        self.assertIn("predicted as Visit", r.out)

    def test_wrong_date_lowers_date_accuracy_only(self):
        rows = [[x[0], x[1], "2024-03-05" if x[0] == "urn:e1" else x[2]] + x[3:] for x in perfect_contacts()]
        r = Scored(GOLD, rows, perfect_statements())
        self.assertEqual(1.0, r["contacts"]["f1"])
        self.assertEqual(0.75, r["date_accuracy"]["value"])
        self.assertIn("DATE       PhoneCall [Recep Tayyip Erdoğan, Ebrahim Raisi] 2024-03-04: predicted 2024-03-05", r.out)

    def test_date_precision_rules(self):
        self.assertTrue(score.date_right("2024-01", {"2024-01-24"}))
        self.assertTrue(score.date_right("2024-01", {"2024-01"}))
        self.assertFalse(score.date_right("2024-01", {"2024-02-01"}))
        self.assertFalse(score.date_right("2024-01-24", {"2024-01"}))   # less precise than the gold: wrong
        self.assertTrue(score.date_right(None, set()))
        self.assertFalse(score.date_right(None, {"2024-03-05"}))        # a guess where the text gives no date
        self.assertFalse(score.date_right("2024-01-24", set()))
        self.assertFalse(score.date_right("2024-01-24", {"2024-01-24", "2024-01-25"}))

    def test_undated_gold_wants_an_empty_date(self):
        rows = [[x[0], x[1], "2023-03-20" if x[0] == "urn:e4" else x[2]] + x[3:] for x in perfect_contacts()]
        r = Scored(GOLD, rows, perfect_statements())
        self.assertEqual(0.75, r["date_accuracy"]["value"])
        self.assertEqual(1.0, r["contacts"]["f1"])

    def test_wrong_place_lowers_place_accuracy_only(self):
        rows = [[x[0], x[1], x[2], "St Petersburg" if x[0] == "urn:e2" else x[3]] + x[4:] for x in perfect_contacts()]
        r = Scored(GOLD, rows, perfect_statements())
        self.assertAlmostEqual(2 / 3, r["place_accuracy"]["value"])
        self.assertEqual(1.0, r["contacts"]["f1"])
        self.assertEqual(1.0, r["date_accuracy"]["value"])

    def test_spurious_prediction_lowers_precision_only(self):
        rows = perfect_contacts() + contact("urn:e9", "Visit", "", "", ["Xi Jinping", "Vladimir Putin"], "b.txt")
        r = Scored(GOLD, rows, perfect_statements())
        self.assertEqual(0.8, r["contacts"]["precision"])
        self.assertEqual(1.0, r["contacts"]["recall"])
        self.assertIn("SPURIOUS   Visit [Xi Jinping, Vladimir Putin]", r.out)

    def test_optional_contact_neither_rewarded_nor_penalised(self):
        with_optional = perfect_contacts() + contact("urn:e5", "Visit", "2024-01-24", "Ankara", ["Raisi"], "a.txt")
        r = Scored(GOLD, with_optional, perfect_statements())
        self.assertEqual({"tp": 4, "fp": 0, "fn": 0}, {k: r["contacts"][k] for k in ("tp", "fp", "fn")})

    def test_names_match_on_trailing_words_wikidata_and_alternatives(self):
        rows = (contact("urn:e1", "PhoneCall", "2024-03-04", "", ["Erdogan", "Raisi"], "a.txt")
                + contact("urn:e2", "Meeting", "2023-04-16", "Moscow", ["В. В. Путин", "Sergey Shoigu", "Shangfu"],
                          "a.txt", qids=["Q7747"])
                + contact("urn:e3", "Meeting", "2024-01-24", "Ankara", ["Tayyip Erdogan", "Ebrahim Raisi"], "a.txt")
                + contact("urn:e4", "Visit", "", "Russia", ["President Xi"], "b.txt", qids=["Q15031"]))
        r = Scored(GOLD, rows, perfect_statements())
        self.assertEqual(1.0, r["contacts"]["f1"])
        self.assertEqual(1.0, r["participants"]["recall"])
        self.assertEqual(1.0, r["participants"]["precision"])
        # a different person with the same surname does not match
        self.assertFalse(score.GoldName("Joe Biden").matches("Hunter Biden"))
        self.assertFalse(score.GoldName("Joe Biden (Q6279)").matches("Jill Biden", "Q229009"))

    def test_wrong_speaker_lowers_statement_recall_and_speaker_accuracy(self):
        st = perfect_statements()
        st[1][1] = "Vladimir Putin"
        r = Scored(GOLD, perfect_contacts(), st)
        self.assertAlmostEqual(2 / 3, r["statements"]["recall"])
        self.assertAlmostEqual(2 / 3, r["statements"]["speaker_accuracy"])
        self.assertAlmostEqual(2 / 3, r["statements"]["precision"])
        self.assertEqual(1.0, r["contacts"]["f1"])
        self.assertIn("predicted Vladimir Putin", r.out)

    def test_missing_quote_lowers_recall_but_not_speaker_accuracy(self):
        st = perfect_statements()[1:]
        r = Scored(GOLD, perfect_contacts(), st)
        self.assertAlmostEqual(2 / 3, r["statements"]["recall"])
        self.assertEqual(1.0, r["statements"]["speaker_accuracy"])
        self.assertEqual(1.0, r["statements"]["precision"])

    def test_quotes_compare_without_case_punctuation_or_spaces(self):
        st = perfect_statements()
        st[1][3] = "\u201cTHE TONE   was rather-balanced,\u201d he said"
        st[2][3] = "stands ready to work with the Russian\nside"
        r = Scored(GOLD, perfect_contacts(), st)
        self.assertEqual(1.0, r["statements"]["recall"])

    def test_statement_from_another_article_does_not_count(self):
        st = perfect_statements()
        st[2][5] = "a.txt"
        r = Scored(GOLD, perfect_contacts(), st)
        self.assertAlmostEqual(2 / 3, r["statements"]["recall"])
        self.assertAlmostEqual(2 / 3, r["statements"]["precision"])

    def test_one_prediction_matches_one_gold_contact_and_prefers_the_right_date(self):
        gold = [{"file": "c.txt", "doc_date": "2022-02-12", "statements": [], "contacts": [
            {"type": "PhoneCall", "participants": ["Vladimir Putin", "Joe Biden"], "date": "2022-02-12", "place": None},
            {"type": "PhoneCall", "participants": ["Vladimir Putin", "Joe Biden"], "date": "2021-12-30", "place": None}]}]
        one = contact("urn:x", "PhoneCall", "2021-12-30", "", ["Putin", "Biden"], "c.txt")
        r = Scored(gold, one, [])
        self.assertEqual({"tp": 1, "fp": 0, "fn": 1}, {k: r["contacts"][k] for k in ("tp", "fp", "fn")})
        self.assertEqual(1.0, r["date_accuracy"]["value"])    # matched to the gold call of the same date
        both = one + contact("urn:y", "PhoneCall", "2022-02-12", "", ["Putin", "Biden"], "c.txt")
        self.assertEqual(1.0, Scored(gold, both, [])["date_accuracy"]["value"])

    def test_multi_source_contacts_merge(self):
        gold = [{"file": f, "doc_date": "2024-10-25", "statements": [], "contacts": [
            {"type": "Meeting", "participants": ["Olaf Scholz", "Narendra Modi"], "date": "2024-10-25", "place": "New Delhi"}]}
            for f in ("m1.txt", "m2.txt", "m3.txt")]
        same = sum((contact("urn:one", "Meeting", "2024-10-25", "New Delhi", ["Olaf Scholz", "Narendra Modi"], f)
                    for f in ("m1.txt", "m2.txt", "m3.txt")), [])
        r = Scored(gold, same, [])
        self.assertEqual((1, 1), (r["merged"]["merged"], r["merged"]["multi_source"]))
        self.assertIn("multi-source contacts merged into one event: 1/1", r.out)
        split = [x[:] for x in same]
        split[-1][0] = split[-2][0] = "urn:other"
        r = Scored(gold, split, [])
        self.assertEqual((0, 1), (r["merged"]["merged"], r["merged"]["multi_source"]))
        self.assertIn("NOT MERGED", r.out)
        self.assertEqual(1.0, r["contacts"]["f1"])
        missing = [x for x in same if x[6] != "m3.txt"]
        self.assertEqual(0, Scored(gold, missing, [])["merged"]["merged"])

    def test_source_locators_and_type_names(self):
        self.assertEqual("001.txt", score.locator_file("/work/x/corpus/001.txt"))
        self.assertEqual("001.txt", score.locator_file("dir/001.txt"))
        self.assertEqual("001.txt", score.locator_file("file:///tmp/in/001.txt"))
        self.assertEqual("a b.txt", score.locator_file("https://example.org/news/a%20b.txt?x=1"))
        self.assertEqual("PhoneCall", score.local_name("https://w3id.org/parley/ns#PhoneCall"))
        self.assertEqual("PhoneCall", score.local_name("parley:PhoneCall"))
        self.assertEqual("Q7747", score.qid_of("http://www.wikidata.org/entity/Q7747"))

    def test_bad_input_is_named(self):
        d = tempfile.mkdtemp()
        gold, c, s = (os.path.join(d, n) for n in ("g.jsonl", "c.csv", "s.csv"))
        with open(gold, "w", encoding="utf-8") as f:
            f.write(json.dumps(GOLD[0]) + "\n")
        write_csv(c, ["event", "type"], [])
        write_csv(s, STATEMENT_HEADER, [])
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            self.assertEqual(2, score.main(["--gold", gold, "--contacts", c, "--statements", s]))
        self.assertIn(c, err.getvalue())
        self.assertIn("participantLabel", err.getvalue())
        with open(gold, "a", encoding="utf-8") as f:
            f.write("{not json\n")
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            self.assertEqual(2, score.main(["--gold", gold, "--contacts", c, "--statements", s]))
        self.assertIn("line 2", err.getvalue())


if __name__ == "__main__":
    unittest.main()
