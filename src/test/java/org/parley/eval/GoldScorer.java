package org.parley.eval;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Scores the CSV results of the two contract queries ({@code queries/contacts.rq}, {@code queries/statements.rq})
 * against a gold standard ({@code gold.jsonl}), by the rules of {@code eval/score.py} (see {@code eval/README.md}),
 * so that tests can hold the extractor to a quality bar without leaving the JVM.
 *
 * <pre>
 * Scores s = GoldScorer.load(Path.of("src/test/resources/articles/gold.jsonl")).score(contactsCsv, statementsCsv);
 * assertTrue(s.contacts().f1() &gt;= 0.7, s::report);
 * </pre>
 */
public final class GoldScorer {

    public static final List<String> CONTACT_TYPES = List.of("Meeting", "PhoneCall", "VideoCall", "Visit");
    private static final List<String> CONTACT_COLUMNS = List.of("event", "type", "participantLabel", "source");
    private static final List<String> STATEMENT_COLUMNS = List.of("speakerLabel", "quote", "source");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern QID_IN_PARENS = Pattern.compile("\\((Q\\d+)\\)");
    private static final Pattern QID_AT_END = Pattern.compile("(Q\\d+)\\s*>?\\s*$");

    // ------------------------------------------------------------------ results

    /** Right out of total; {@link #value()} is NaN when there is nothing to count. */
    public record Ratio(int right, int total) {
        public double value() {
            return total == 0 ? Double.NaN : (double) right / total;
        }

        @Override
        public String toString() {
            return total == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f (%d/%d)", value(), right, total);
        }
    }

    /** Contact counts: true positives, false positives (spurious predictions), false negatives (missed gold). */
    public record Prf(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)",
                    precision(), recall(), f1(), tp, fp, fn);
        }
    }

    /**
     * All figures. {@code findings} lists, article by article, what went wrong (missed and spurious contacts, wrong
     * types, dates, places and participants, missed or misattributed quotes, unmerged multi-source contacts).
     */
    public record Scores(int articles, Prf contacts, Prf contactsLenient, Ratio participantPrecision,
                         Ratio participantRecall, Ratio dateAccuracy, Ratio placeAccuracy, Ratio statementRecall,
                         Ratio speakerAccuracy, Ratio statementPrecision, int merged, int multiSource,
                         List<String> findings) {

        /** The figures as score.py prints them, then the findings: a useful assertion message. */
        public String report() {
            StringBuilder b = new StringBuilder()
                    .append("articles ").append(articles)
                    .append("\ncontacts strict   ").append(contacts)
                    .append("\ncontacts lenient  ").append(contactsLenient)
                    .append("\nparticipants      precision ").append(participantPrecision)
                    .append(" recall ").append(participantRecall)
                    .append("\ndate accuracy     ").append(dateAccuracy)
                    .append("\nplace accuracy    ").append(placeAccuracy)
                    .append("\nstatements        recall ").append(statementRecall)
                    .append(" speaker accuracy ").append(speakerAccuracy)
                    .append(" precision ").append(statementPrecision)
                    .append("\nmulti-source contacts merged into one event: ").append(merged).append('/').append(multiSource);
            findings.forEach(f -> b.append("\n  ").append(f));
            return b.toString();
        }
    }

    // ------------------------------------------------------------------ gold

    /** A gold name: "Sergei Shoigu|Sergey Shoigu (Q312640)" is two spellings and a Wikidata ID. */
    public record GoldName(String text, List<String> alternatives, String qid) {

        public static GoldName parse(String text) {
            String rest = text;
            String qid = null;
            Matcher m = QID_IN_PARENS.matcher(text);
            if (m.find()) {
                qid = m.group(1);
                rest = text.substring(0, m.start()) + text.substring(m.end());
            }
            List<String> alternatives = new ArrayList<>();
            for (String alt : rest.split("\\|")) {
                alt = alt.strip();
                if (alt.matches("Q\\d+")) {
                    qid = qid == null ? alt : qid;
                } else if (!nameKey(alt).isEmpty()) {
                    alternatives.add(nameKey(alt));
                }
            }
            return new GoldName(text, List.copyOf(alternatives), qid);
        }

        /** The first spelling, as written. */
        public String display() {
            return text.replaceAll("\\s*\\(Q\\d+\\)", "").split("\\|")[0].strip();
        }

        /** Same Wikidata ID, same label, or one name is the other's trailing words ("Putin" ~ "Vladimir Putin"). */
        public boolean matches(String label, String wikidataQid) {
            if (qid != null && qid.equals(wikidataQid)) {
                return true;
            }
            String key = nameKey(label);
            if (key.isEmpty()) {
                return false;
            }
            return alternatives.stream().anyMatch(a -> key.equals(a) || a.endsWith(" " + key) || key.endsWith(" " + a));
        }

        boolean matchesAny(Collection<Participant> people) {
            return people.stream().anyMatch(p -> matches(p.label(), p.qid()));
        }
    }

    public record GoldContact(String file, int index, String type, List<GoldName> participants, String date,
                              String place, boolean optional, String id) {
        public String describe() {
            return type + " [" + participants.stream().map(GoldName::display).collect(Collectors.joining(", ")) + "] "
                    + (date.isEmpty() ? "no date" : date) + (place.isEmpty() ? "" : " @ " + place);
        }
    }

    public record GoldStatement(GoldName speaker, String quote) {
        String needle() {
            return squash(quote);
        }
    }

    public record GoldArticle(String file, String docDate, List<GoldContact> contacts, List<GoldStatement> statements) {}

    private final List<GoldArticle> gold;

    private GoldScorer(List<GoldArticle> gold) {
        this.gold = List.copyOf(gold);
    }

    /** Reads a gold file, one article a line; a bad line is an error naming the file and line. */
    public static GoldScorer load(Path goldJsonl) throws IOException {
        List<GoldArticle> articles = new ArrayList<>();
        Set<String> files = new HashSet<>();
        List<String> lines = Files.readAllLines(goldJsonl, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            try {
                GoldArticle a = parseArticle(JSON.parse(lines.get(n)));
                if (!files.add(a.file())) {
                    throw new IllegalArgumentException("article " + a.file() + " listed twice");
                }
                articles.add(a);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("gold file " + goldJsonl + ", line " + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        return new GoldScorer(articles);
    }

    public List<GoldArticle> gold() {
        return gold;
    }

    private static GoldArticle parseArticle(JsonObject d) {
        String file = text(d, "file");
        if (file.isEmpty()) {
            throw new IllegalArgumentException("no \"file\"");
        }
        List<GoldContact> contacts = new ArrayList<>();
        for (JsonValue v : array(d, "contacts")) {
            JsonObject c = v.getAsObject();
            String type = text(c, "type");
            if (!CONTACT_TYPES.contains(type)) {
                throw new IllegalArgumentException("contact " + contacts.size() + ": unknown type \"" + type + "\"");
            }
            List<GoldName> names = array(c, "participants").stream().map(p -> GoldName.parse(p.getAsString().value())).toList();
            boolean optional = c.hasKey("optional") && c.get("optional").isBoolean() && c.get("optional").getAsBoolean().value();
            contacts.add(new GoldContact(file, contacts.size(), type, names, text(c, "date"), text(c, "place"), optional,
                    text(c, "id")));
        }
        List<GoldStatement> statements = array(d, "statements").stream()
                .map(v -> new GoldStatement(GoldName.parse(text(v.getAsObject(), "speaker")), text(v.getAsObject(), "quote_contains")))
                .toList();
        return new GoldArticle(file, text(d, "doc_date"), contacts, statements);
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.isNull() ? "" : v.isString() ? v.getAsString().value().strip() : v.toString().strip();
    }

    private static List<JsonValue> array(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.isNull() ? List.of() : v.getAsArray();
    }

    // ------------------------------------------------------------------ normalisation

    static String fold(String s) {
        String d = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /** A name as its words: "Sa'ar" -> "saar", "Al-Sisi" -> "al sisi". */
    static String nameKey(String s) {
        Matcher m = WORD.matcher(fold(s).replace("'", ""));
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        return String.join(" ", words);
    }

    /** Text without case, punctuation or spaces, for quote containment. */
    static String squash(String s) {
        return nameKey(s).replace(" ", "");
    }

    /** "https://w3id.org/parley/ns#PhoneCall", "parley:PhoneCall" -> "PhoneCall". */
    static String localName(String term) {
        String[] parts = (term == null ? "" : term.strip().replaceAll("^<|>$", "")).split("[#/:]");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isEmpty()) {
                return parts[i];
            }
        }
        return "";
    }

    static String qidOf(String term) {
        Matcher m = QID_AT_END.matcher(term == null ? "" : term.strip());
        return m.find() ? m.group(1) : null;
    }

    /** The file name a source locator ends in: a path as given to ingest, a file: IRI or a URL. */
    static String locatorFile(String locator) {
        String path = locator == null ? "" : locator.strip();
        if (path.contains("://") || path.startsWith("file:")) {
            path = path.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*:(//[^/]*)?", "").replaceAll("[?#].*$", "");
        }
        path = path.replace('\\', '/').replaceAll("/+$", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        return URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ predictions

    record Participant(String label, String qid) {}

    static final class PredContact {
        final String file;
        final String event;
        final Set<String> types = new TreeSet<>();
        final Set<String> dates = new TreeSet<>();
        final Set<String> places = new TreeSet<>();
        final Map<List<String>, Participant> participants = new LinkedHashMap<>();

        PredContact(String file, String event) {
            this.file = file;
            this.event = event;
        }

        String type() {
            return types.isEmpty() ? "" : types.iterator().next();
        }

        Collection<Participant> people() {
            return participants.values();
        }

        String describe() {
            return String.join("+", types) + " [" + people().stream().map(p -> p.label().isEmpty() ? p.qid() : p.label())
                    .collect(Collectors.joining(", ")) + "] " + (dates.isEmpty() ? "no date" : String.join("/", dates))
                    + (places.isEmpty() ? "" : " @ " + String.join("/", places)) + " <" + event + ">";
        }
    }

    static final class PredStatement {
        final Map<List<String>, Participant> speakers = new LinkedHashMap<>();
        final List<String> quotes = new ArrayList<>();

        boolean contains(String needle) {
            return !needle.isEmpty() && quotes.stream().anyMatch(q -> q.contains(needle));
        }

        boolean spokenBy(GoldName speaker) {
            return speaker.matchesAny(speakers.values());
        }

        String speakerText() {
            return speakers.isEmpty() ? "no speaker"
                    : speakers.values().stream().map(Participant::label).collect(Collectors.joining(" / "));
        }
    }

    // ------------------------------------------------------------------ scoring

    /** Scores the two query results as SPARQL CSV text (RFC 4180, header row first). */
    public Scores score(String contactsCsv, String statementsCsv) {
        return score(parseCsv(contactsCsv, CONTACT_COLUMNS, "contacts CSV"),
                parseCsv(statementsCsv, STATEMENT_COLUMNS, "statements CSV"));
    }

    /** Scores rows given as column name to value (missing columns count as empty). */
    public Scores score(List<Map<String, String>> contactRows, List<Map<String, String>> statementRows) {
        Map<String, Map<String, PredContact>> predContacts = new HashMap<>();
        for (Map<String, String> r : contactRows) {
            String file = locatorFile(r.get("source")), event = value(r, "event");
            if (file.isEmpty() || event.isEmpty()) {
                continue;
            }
            PredContact c = predContacts.computeIfAbsent(file, f -> new LinkedHashMap<>())
                    .computeIfAbsent(event, e -> new PredContact(file, e));
            addIfPresent(c.types, localName(r.get("type")));
            addIfPresent(c.dates, value(r, "date").length() > 10 ? value(r, "date").substring(0, 10) : value(r, "date"));
            addIfPresent(c.places, value(r, "placeLabel"));
            addParticipant(c.participants, value(r, "participantLabel"), qidOf(r.get("participantWikidata")));
        }
        Map<String, Map<String, PredStatement>> predStatements = new HashMap<>();
        for (int n = 0; n < statementRows.size(); n++) {
            Map<String, String> r = statementRows.get(n);
            String file = locatorFile(r.get("source"));
            if (file.isEmpty()) {
                continue;
            }
            String iri = value(r, "statement").isEmpty() ? "row " + (n + 2) : value(r, "statement");
            PredStatement s = predStatements.computeIfAbsent(file, f -> new LinkedHashMap<>())
                    .computeIfAbsent(iri, i -> new PredStatement());
            addParticipant(s.speakers, value(r, "speakerLabel"), qidOf(r.get("speakerWikidata")));
            String quote = squash(r.get("quote"));
            if (!quote.isEmpty() && !s.quotes.contains(quote)) {
                s.quotes.add(quote);
            }
        }
        return score(predContacts, predStatements);
    }

    private Scores score(Map<String, Map<String, PredContact>> predContacts,
                         Map<String, Map<String, PredStatement>> predStatements) {
        int[] strict = new int[3], lenient = new int[3];
        int partGold = 0, partFound = 0, partPredicted = 0, partRight = 0;
        int dateRight = 0, dateTotal = 0, placeRight = 0, placeTotal = 0;
        int stGold = 0, stFound = 0, quoteFound = 0, speakerRight = 0, stPredicted = 0, stPredictedRight = 0;
        Map<GoldContact, String> matchedEvent = new HashMap<>();
        List<String> findings = new ArrayList<>();

        for (GoldArticle art : gold) {
            String at = art.file() + ": ";
            List<PredContact> preds = new ArrayList<>(predContacts.getOrDefault(art.file(), Map.of()).values());
            Outcome res = matchArticle(art.contacts(), preds, false);
            Outcome len = matchArticle(art.contacts(), preds, true);
            res.addTo(strict);
            len.addTo(lenient);
            for (Map.Entry<GoldContact, PredContact> m : res.matched.entrySet()) {
                GoldContact g = m.getKey();
                PredContact p = m.getValue();
                matchedEvent.put(g, p.event);
                int found = participantsFound(g, p), right = participantsRight(g, p);
                partGold += g.participants().size();
                partFound += found;
                partPredicted += p.participants.size();
                partRight += right;
                if (found < g.participants().size() || right < p.participants.size()) {
                    findings.add(at + "NAMES " + g.describe() + ": missing " + g.participants().stream()
                            .filter(n -> !n.matchesAny(p.people())).map(GoldName::display).toList()
                            + ", extra " + p.people().stream().filter(q -> g.participants().stream()
                            .noneMatch(n -> n.matches(q.label(), q.qid()))).map(Participant::label).toList());
                }
                dateTotal++;
                if (dateRight(g.date(), p.dates)) {
                    dateRight++;
                } else {
                    findings.add(at + "DATE " + g.describe() + ": predicted " + (p.dates.isEmpty() ? "no date" : p.dates));
                }
                if (!g.place().isEmpty()) {
                    placeTotal++;
                    if (placeRight(g.place(), p.places)) {
                        placeRight++;
                    } else {
                        findings.add(at + "PLACE " + g.describe() + ": predicted " + (p.places.isEmpty() ? "no place" : p.places));
                    }
                }
            }
            for (GoldContact g : res.missed) {
                PredContact asOther = len.matched.get(g);
                findings.add(at + "MISSED " + g.describe()
                        + (asOther != null ? " (predicted as " + asOther.type() + " <" + asOther.event + ">)" : ""));
            }
            res.spurious.forEach(p -> findings.add(at + "SPURIOUS " + p.describe()));

            List<PredStatement> spreds = new ArrayList<>(predStatements.getOrDefault(art.file(), Map.of()).values());
            stPredicted += spreds.size();
            Set<PredStatement> rightPreds = new HashSet<>();
            for (GoldStatement s : art.statements()) {
                stGold++;
                List<PredStatement> withText = spreds.stream().filter(p -> p.contains(s.needle())).toList();
                List<PredStatement> good = withText.stream().filter(p -> p.spokenBy(s.speaker())).toList();
                rightPreds.addAll(good);
                if (!withText.isEmpty()) {
                    quoteFound++;
                    if (!good.isEmpty()) {
                        speakerRight++;
                    }
                }
                if (!good.isEmpty()) {
                    stFound++;
                } else if (!withText.isEmpty()) {
                    findings.add(at + "SPEAKER \"" + s.quote() + "\" is " + s.speaker().display() + "'s, predicted "
                            + withText.stream().map(PredStatement::speakerText).distinct().toList());
                } else {
                    findings.add(at + "QUOTE " + s.speaker().display() + ": \"" + s.quote() + "\" not found");
                }
            }
            stPredictedRight += rightPreds.size();
        }

        List<List<GoldContact>> groups = mergeGroups();
        int merged = 0;
        for (List<GoldContact> group : groups) {
            List<String> events = group.stream().map(matchedEvent::get).toList();
            if (!events.contains(null) && new HashSet<>(events).size() == 1) {
                merged++;
            } else {
                findings.add("NOT MERGED " + group.get(0).describe() + ": " + group.stream()
                        .map(c -> c.file() + " -> " + Objects.requireNonNullElse(matchedEvent.get(c), "missed"))
                        .collect(Collectors.joining(", ")));
            }
        }
        return new Scores(gold.size(), new Prf(strict[0], strict[1], strict[2]), new Prf(lenient[0], lenient[1], lenient[2]),
                new Ratio(partRight, partPredicted), new Ratio(partFound, partGold), new Ratio(dateRight, dateTotal),
                new Ratio(placeRight, placeTotal), new Ratio(stFound, stGold), new Ratio(speakerRight, quoteFound),
                new Ratio(stPredictedRight, stPredicted), merged, groups.size(), List.copyOf(findings));
    }

    /** Outcome of matching one article's contacts. */
    private record Outcome(Map<GoldContact, PredContact> matched, List<GoldContact> missed, List<PredContact> spurious) {
        /** Adds tp, fp, fn to running counts. */
        void addTo(int[] counts) {
            counts[0] += matched.size();
            counts[1] += spurious.size();
            counts[2] += missed.size();
        }
    }

    private static Outcome matchArticle(List<GoldContact> contacts, List<PredContact> preds, boolean lenient) {
        List<GoldContact> required = contacts.stream().filter(g -> !g.optional()).toList();
        List<GoldContact> optional = contacts.stream().filter(GoldContact::optional).toList();
        Map<Integer, Integer> hits = assign(required, preds, lenient);
        Map<GoldContact, PredContact> matched = new LinkedHashMap<>();
        hits.forEach((gi, pi) -> matched.put(required.get(gi), preds.get(pi)));
        List<GoldContact> missed = new ArrayList<>();
        for (int gi = 0; gi < required.size(); gi++) {
            if (!hits.containsKey(gi)) {
                missed.add(required.get(gi));
            }
        }
        List<PredContact> rest = new ArrayList<>();
        for (int pi = 0; pi < preds.size(); pi++) {
            if (!hits.containsValue(pi)) {
                rest.add(preds.get(pi));
            }
        }
        // A prediction of an optional contact is dropped from both sides, its type judged leniently.
        Collection<Integer> optionalHits = assign(optional, rest, true).values();
        List<PredContact> spurious = new ArrayList<>();
        for (int pi = 0; pi < rest.size(); pi++) {
            if (!optionalHits.contains(pi)) {
                spurious.add(rest.get(pi));
            }
        }
        return new Outcome(matched, missed, spurious);
    }

    private record Pair(int gi, int pi, int found, boolean date, boolean place, double share) {}

    /**
     * One-to-one, greedy by best overlap: admissible pairs ranked by participants found, then right date, right
     * place and share of right predicted participants; ties to the earlier gold contact and prediction.
     */
    private static Map<Integer, Integer> assign(List<GoldContact> golds, List<PredContact> preds, boolean lenient) {
        List<Pair> pairs = new ArrayList<>();
        for (int gi = 0; gi < golds.size(); gi++) {
            GoldContact g = golds.get(gi);
            for (int pi = 0; pi < preds.size(); pi++) {
                PredContact p = preds.get(pi);
                int found = participantsFound(g, p);
                if (sameType(g.type(), p.type(), lenient) && namesEnough(g, found)) {
                    pairs.add(new Pair(gi, pi, found, dateRight(g.date(), p.dates),
                            !g.place().isEmpty() && placeRight(g.place(), p.places),
                            (double) participantsRight(g, p) / Math.max(1, p.participants.size())));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::found).reversed()
                .thenComparing(Pair::date, Comparator.reverseOrder())
                .thenComparing(Pair::place, Comparator.reverseOrder())
                .thenComparing(Pair::share, Comparator.reverseOrder())
                .thenComparingInt(Pair::gi).thenComparingInt(Pair::pi));
        Map<Integer, Integer> out = new LinkedHashMap<>();
        Set<Integer> takenPreds = new HashSet<>();
        for (Pair p : pairs) {
            if (!out.containsKey(p.gi()) && !takenPreds.contains(p.pi())) {
                out.put(p.gi(), p.pi());
                takenPreds.add(p.pi());
            }
        }
        return out;
    }

    private static boolean sameType(String gold, String predicted, boolean lenient) {
        return lenient ? family(gold).equals(family(predicted)) : gold.equals(predicted);
    }

    /** Meeting~Visit and PhoneCall~VideoCall for the lenient figure. */
    private static String family(String type) {
        return switch (type) {
            case "Meeting", "Visit" -> "in-person";
            case "PhoneCall", "VideoCall" -> "remote";
            default -> type;
        };
    }

    static int participantsFound(GoldContact g, PredContact p) {
        return (int) g.participants().stream().filter(n -> n.matchesAny(p.people())).count();
    }

    static int participantsRight(GoldContact g, PredContact p) {
        return (int) p.people().stream().filter(q -> g.participants().stream().anyMatch(n -> n.matches(q.label(), q.qid()))).count();
    }

    /** At least two of the gold participants (one if it has one) and at least half of them. */
    static boolean namesEnough(GoldContact g, int found) {
        return found >= Math.min(2, g.participants().size()) && 2 * found >= g.participants().size();
    }

    /**
     * An empty gold date wants no date; otherwise the one predicted date, cut to the gold's precision, equals it
     * ("2021-06" accepts "2021-06-16"; "2021-06-16" rejects "2021-06"). Two dates on one event are wrong.
     */
    static boolean dateRight(String goldDate, Set<String> predicted) {
        if (goldDate.isEmpty()) {
            return predicted.isEmpty();
        }
        if (predicted.size() != 1) {
            return false;
        }
        String d = predicted.iterator().next();
        return d.length() >= goldDate.length() && d.substring(0, goldDate.length()).equals(goldDate);
    }

    /** Either place name contains the other, ignoring case, accents and punctuation. */
    static boolean placeRight(String goldPlace, Set<String> predicted) {
        List<String> golds = Arrays.stream(goldPlace.split("\\|")).map(GoldScorer::nameKey).filter(s -> !s.isEmpty()).toList();
        return predicted.stream().map(GoldScorer::nameKey).filter(p -> !p.isEmpty())
                .anyMatch(p -> golds.stream().anyMatch(g -> p.contains(g) || g.contains(p)));
    }

    /**
     * Gold contacts that are one real contact (same "id", or same type, participants and date), reported by two
     * or more articles.
     */
    private List<List<GoldContact>> mergeGroups() {
        List<GoldContact> contacts = gold.stream().flatMap(a -> a.contacts().stream()).filter(c -> !c.optional()).toList();
        int[] parent = new int[contacts.size()];
        Arrays.setAll(parent, i -> i);
        Map<List<Object>, Integer> first = new HashMap<>();
        for (int i = 0; i < contacts.size(); i++) {
            GoldContact c = contacts.get(i);
            Set<String> people = c.participants().stream()
                    .map(n -> n.alternatives().isEmpty() ? String.valueOf(n.qid()) : n.alternatives().get(0))
                    .collect(Collectors.toSet());
            List<List<Object>> keys = new ArrayList<>(List.of(List.of("content", c.type(), people, c.date())));
            if (!c.id().isEmpty()) {
                keys.add(List.of("id", c.id()));
            }
            for (List<Object> k : keys) {
                Integer j = first.putIfAbsent(k, i);
                if (j != null) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<GoldContact>> groups = new LinkedHashMap<>();
        for (int i = 0; i < contacts.size(); i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(contacts.get(i));
        }
        return groups.values().stream()
                .filter(g -> g.stream().map(GoldContact::file).collect(Collectors.toSet()).size() >= 2).toList();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static String value(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null ? "" : v.strip();
    }

    private static void addIfPresent(Set<String> set, String v) {
        if (v != null && !v.isEmpty()) {
            set.add(v);
        }
    }

    private static void addParticipant(Map<List<String>, Participant> into, String label, String qid) {
        if (!label.isEmpty() || qid != null) {
            into.putIfAbsent(Arrays.asList(nameKey(label), qid), new Participant(label, qid));
        }
    }

    // ------------------------------------------------------------------ CSV

    /**
     * Parses RFC 4180 CSV (quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF or
     * LF) into rows keyed by the header. Blank text is no rows; a missing required column or an unterminated quote
     * is an error naming {@code what}.
     */
    public static List<Map<String, String>> parseCsv(String text, List<String> required, String what) {
        List<List<String>> records = CsvRecords.read(text.startsWith("\uFEFF") ? text.substring(1) : text, what);
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(what + ": missing column(s) " + missing + "; header is " + header);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> rec : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < rec.size() ? rec.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

}
