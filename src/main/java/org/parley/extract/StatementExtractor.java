package org.parley.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Actor;
import org.parley.model.Contact;
import org.parley.model.PartialDate;
import org.parley.model.Statement;

/**
 * Finds who said what: direct quotations (straight or curly, running over paragraphs) with the speaker
 * from the attribution around them ("…,” he said", "CCTV quoted Xi as saying"), reported speech ("X
 * stressed that …", "according to X, …"), and transcript turns ("Yury Ushakov: Good evening!").
 */
final class StatementExtractor {
    private static final Pattern QUOTED_AS = Pattern.compile(
            "\\b([A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*)*|state (?:media|broadcaster [A-Z]\\w+|agency|television|TV))\\s+quoted\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTER = Pattern.compile(
            "(?:according to (?:the )?|,\\s*(?:state broadcaster |state agency |news agency |state media )?)"
                    + "([A-Z][\\w’'.-]*(?:\\s+[A-Z][\\w’'.-]*)*)(?:\\s+(?:quoted|reported|said|cited)|[.,]|$)");
    private static final Pattern LEADING_FILLER = Pattern.compile(
            "^(\\s|,[^,.;“”\"]{1,40},|,|also|further|again|repeatedly|once again|in turn|then|later|separately|"
                    + "on (his|her|their) part|for (his|her|their) part|too)*", Pattern.CASE_INSENSITIVE);
    private static final Pattern INVERTED = Pattern.compile(
            ",[”\"]?\\s+(?:said|added|stressed|noted|emphasized|emphasised|continued|explained|told reporters)\\s+(?=[^,]{3,80}[.!]?\\s*$)");
    private static final Pattern PRESS_STATEMENT = Pattern.compile("(?i)^(press statement|statement|media note)$|^statement (by|from)\\b.*");
    private static final Pattern FIRST_PERSON_PLURAL = Pattern.compile("\\b(We|we|our|Our|us)\\b");
    private static final Pattern WORD = Pattern.compile("^[\\p{L}’'-]+");
    /** A speaker label's colon, followed by the turn's first words. */
    private static final Pattern LABEL_END = Pattern.compile("\\s?:\\s+[A-Z(“\"]");
    /** "FOREIGN MINISTER LAVROV:", "SECRETARY KERRY:" — a label in capitals. */
    private static final Pattern CAPITALS_LABEL = Pattern.compile("(?:^|(?<=[\\s.!?)]))([A-Z][A-Z.'’-]+(?:\\s+[A-Z][A-Z.'’-]+){0,4})\\s*:\\s");
    /** Labels of turns by people not named: they end the turn before them. */
    private static final Pattern OTHER_LABEL = Pattern.compile("(?:^|(?<=[\\s.!?)]))(Question|QUESTION|Q|Moderator|MODERATOR|Journalist|Reporter|Participant)\\s*:\\s");
    private static final int MAX_TURN = 4000;

    private final ExtractionContext context;
    private final ActorResolver resolver;
    private final List<SentenceView> sentences;
    private final List<Contact> contacts;
    private final List<Statement> statements = new ArrayList<>();
    private final List<QuoteSpan> quotes;

    StatementExtractor(ExtractionContext context, ActorResolver resolver, List<SentenceView> sentences, List<Contact> contacts,
                       List<QuoteSpan> quotes) {
        this.quotes = quotes;
        this.context = context;
        this.resolver = resolver;
        this.sentences = sentences;
        this.contacts = contacts;
    }

    List<Statement> extract() {
        Actor chainSpeaker = null;
        QuoteSpan previous = null;
        for (QuoteSpan quote : quotes) {
            Optional<Attribution> attribution = attribute(quote);
            boolean sameParagraph = previous != null && !context.text().substring(previous.closeEnd(), quote.openStart()).contains("\n\n");
            boolean nextParagraph = previous != null && opensParagraph(quote)
                    && context.text().substring(previous.closeEnd(), quote.openStart()).split("\n\n", -1).length == 2;
            if (attribution.isEmpty() && (quote.continuesPrevious() || sameParagraph || nextParagraph) && chainSpeaker != null) {
                // The next quote of a paragraph, or the next paragraph of a quote, is the same speaker's.
                attribution = Optional.of(new Attribution(List.of(chainSpeaker), null, null));
            }
            previous = quote;
            if (attribution.isPresent()) {
                chainSpeaker = attribution.get().speakers().get(0);
                for (Actor speaker : attribution.get().speakers()) {
                    add(speaker, quote.start(), quote.end(), true, attribution.get());
                }
            } else if (!resolver.authors().isEmpty()) {
                // A quotation nobody is credited with, in a statement, is its authors' words.
                for (Actor author : resolver.authors()) {
                    add(author, quote.start(), quote.end(), true, new Attribution(resolver.authors(), null, null));
                }
                chainSpeaker = resolver.authors().get(0);
            } else {
                chainSpeaker = null;
            }
        }
        for (SentenceView sentence : sentences) {
            reported(sentence, quotes);
        }
        authorsSentences(quotes);
        turns();
        return statements;
    }

    /** A quote that opens its paragraph ("“We hope ..." after "“...,” Lin said."). */
    private boolean opensParagraph(QuoteSpan quote) {
        int start = context.text().lastIndexOf("\n\n", quote.openStart());
        return context.text().substring(start < 0 ? 0 : start, quote.openStart()).isBlank();
    }

    private record Attribution(List<Actor> speakers, Actor addressee, String reportedBy) {
    }

    // ------------------------------------------------------------------ direct quotes

    private Optional<Attribution> attribute(QuoteSpan quote) {
        Optional<SentenceView> after = sentenceAt(Math.max(quote.start(), quote.end() - 1));
        if (after.isPresent() && quote.closeEnd() < after.get().end()) {
            SentenceView s = after.get();
            int from = quote.closeEnd();
            int to = Math.min(s.end(), nextQuoteStart(from, s.end()));
            String window = context.text().substring(from, to);
            boolean embedded = window.matches("(?s)^\\s*(and|or|but|to|which|that|of|in|for|as|with|from|on|at|by)\\b.*");
            if (embedded) {
                // 'should "act together" on the issue, IRNA quoted him as saying': the attribution closes the sentence.
                int comma = window.lastIndexOf(',');
                from = comma < 0 ? to : from + comma + 1;
                window = context.text().substring(from, to);
            }
            Optional<Attribution> a = speakerIn(s, from, to, window);
            if (a.isPresent()) {
                return a;
            }
        }
        Optional<Attribution> introduced = introducedByColon(quote);
        if (introduced.isPresent()) {
            return introduced;
        }
        Optional<SentenceView> before = sentenceAt(quote.openStart());
        if (before.isPresent()) {
            SentenceView s = before.get();
            String lead = context.text().substring(s.start(), quote.openStart());
            List<ActorMention> subjects = subjectsBeforeSpeechVerb(s, s.start(), quote.openStart());
            if (!subjects.isEmpty()) {
                return Optional.of(new Attribution(actors(subjects), addresseeAfter(s, subjects), reporter(lead)));
            }
        }
        return Optional.empty();
    }

    /** '... issued the following statement: "…"': the quote belongs to the subject of the sentence before the colon. */
    private Optional<Attribution> introducedByColon(QuoteSpan quote) {
        String lead = context.text().substring(Math.max(0, quote.openStart() - 4), quote.openStart());
        if (!lead.matches("(?s).*:\\s*")) {
            return Optional.empty();
        }
        return sentenceAt(Math.max(0, quote.openStart() - 4)).flatMap(s -> s.mentions().stream()
                .filter(m -> m.isPerson() && m.start() < quote.openStart() && m.kind() != ActorMention.Kind.PRONOUN)
                .findFirst().map(m -> new Attribution(List.of(m.actor()), null, null)));
    }

    private int nextQuoteStart(int from, int limit) {
        String t = context.text();
        for (int i = from; i < limit; i++) {
            char c = t.charAt(i);
            if (c == '“' || c == '"') {
                return i;
            }
        }
        return limit;
    }

    /** The speaker named in an attribution after a quote: "he said", "Jiang said", "CCTV quoted Xi as saying". */
    private Optional<Attribution> speakerIn(SentenceView s, int from, int to, String window) {
        List<ActorMention> mentions = s.mentionsIn(from, to).stream().filter(ActorMention::isPerson).toList();
        for (ActorMention m : mentions) {
            String before = context.text().substring(from, m.start());
            Matcher quoted = QUOTED_AS.matcher(before);
            if (quoted.find()) {
                return Optional.of(new Attribution(List.of(m.actor()), null, quoted.group(1).trim()));
            }
        }
        boolean speech = hasSpeechVerb(window);
        if (!speech || mentions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Attribution(List.of(mentions.get(0).actor()), null, reporter(window)));
    }

    private static boolean hasSpeechVerb(String window) {
        for (String w : window.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (Lexicon.SPEECH_VERBS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ reported speech

    private void reported(SentenceView sentence, List<QuoteSpan> quotes) {
        int start = sentence.start();
        for (ActorMention subject : sentence.mentions()) {
            if (!subject.isPerson() || insideQuote(subject.start(), quotes) || subject.kind() == ActorMention.Kind.PRONOUN
                    && subject.text().toLowerCase(Locale.ROOT).matches("his|her|him")) {
                continue;
            }
            String rest = context.text().substring(subject.end(), sentence.end());
            int verbAt = speechVerbAt(rest);
            if (verbAt < 0) {
                continue;
            }
            if (context.text().substring(sentence.start(), subject.start()).matches("(?s).*[”\"]\\s*$")) {
                return; // the attribution of a direct quotation, which the quotation itself carries
            }
            int quoteStart = subject.end() + verbAt;
            int quoteEnd = trimEnd(sentence.end());
            List<ActorMention> speakers = coordinated(sentence, subject);
            Actor addressee = addresseeAfter(sentence, speakers);
            String lead = context.text().substring(start, speakers.get(0).start());
            int comma = lead.lastIndexOf(", ");
            String np = comma < 0 ? "" : lead.substring(comma + 2);
            boolean afterComma = comma > 0 && np.split("\\s+").length <= 5 && !np.matches("(?s).*\\b(and|that|which|who)\\b.*");
            boolean tail = isTail(context.text().substring(quoteStart, quoteEnd));
            if (afterComma) {
                // "…, Kremlin aide Yury Ushakov reported after the conversation", "…, he said, voicing hope that …":
                // the words are around the attribution, so the whole sentence is the report.
                quoteStart = start;
            } else if (tail) {
                return;
            }
            Attribution a = new Attribution(actors(speakers), addressee, reporter(lead + rest));
            for (Actor speaker : a.speakers()) {
                add(speaker, quoteStart, quoteEnd, false, a);
            }
            return;
        }
        according(sentence, quotes);
        groupSpeakers(sentence, quotes);
        inverted(sentence, quotes);
    }

    /** "…, said the Chinese defense minister.": a speech verb before its subject at the end of the sentence. */
    private void inverted(SentenceView sentence, List<QuoteSpan> quotes) {
        Matcher m = INVERTED.matcher(sentence.text());
        if (!m.find() || insideQuote(sentence.start() + m.start(), quotes)) {
            return;
        }
        int at = sentence.start() + m.end();
        sentence.mentions().stream().filter(x -> x.isPerson() && x.start() >= at && x.start() <= at + 12).findFirst()
                .ifPresent(x -> add(x.actor(), sentence.start(), sentence.start() + m.start(), false,
                        new Attribution(List.of(x.actor()), null, null)));
    }

    /** The words after a speech verb that close an attribution rather than report anything ("added", "said in a post"). */
    private static boolean isTail(String afterVerb) {
        String rest = afterVerb.trim().replaceFirst("^[\\p{L}’'-]+", "").trim();
        return rest.isEmpty() || rest.matches("(?is)^[,.;].*")
                || rest.split("\\s+").length <= 12 && rest.matches("(?is)^(in|on|at|after|during|later|earlier|yesterday|today|"
                + "according|while|when|before|via)\\b.*") && !rest.matches("(?s).*\\bthat\\b.*");
    }

    /**
     * In a press statement every sentence nobody else is credited with is its author's ("At a time when …,
     * China is doing the opposite."); in other texts, those in the first person ("We continue to urge …").
     */
    private void authorsSentences(List<QuoteSpan> quotes) {
        if (resolver.authors().isEmpty()) {
            return;
        }
        boolean pressStatement = PRESS_STATEMENT.matcher(String.valueOf(context.article().title())).find()
                || context.article().blocks().stream().limit(10).anyMatch(b -> PRESS_STATEMENT.matcher(b.text().trim()).matches());
        for (SentenceView sentence : sentences) {
            boolean credited = statements.stream().anyMatch(st -> st.evidence().sentence().equals(context.mention(sentence.start(), sentence.end(), sentence).sentence()));
            boolean firstPerson = FIRST_PERSON_PLURAL.matcher(sentence.text()).find() && !insideQuote(sentence.start(), quotes);
            if (!credited && (pressStatement || firstPerson)) {
                for (Actor author : resolver.authors()) {
                    add(author, sentence.start(), trimEnd(sentence.end()), false, new Attribution(resolver.authors(), null, null));
                }
            }
        }
    }

    /** "According to X, …": the rest of the sentence is X's. */
    private void according(SentenceView sentence, List<QuoteSpan> quotes) {
        Matcher m = Pattern.compile("\\b[Aa]ccording to\\s+").matcher(sentence.text());
        if (!m.find()) {
            return;
        }
        int at = sentence.start() + m.end();
        sentence.mentions().stream().filter(x -> x.isPerson() && x.start() >= at && !insideQuote(x.start(), quotes)
                        && context.text().substring(at, x.start()).matches("(?s)(the\\s+)?([A-Z][\\w.’'-]*\\s+)*"))
                .findFirst().ifPresent(x -> {
                    int from = x.end() < sentence.end() && context.text().charAt(x.end()) == ',' ? x.end() + 1 : sentence.start();
                    add(x.actor(), from, trimEnd(sentence.end()), false, new Attribution(List.of(x.actor()), null, null));
                });
    }

    /** "The two leaders reiterated …": a statement of each participant of the contact last reported. */
    private void groupSpeakers(SentenceView sentence, List<QuoteSpan> quotes) {
        Matcher g = ContactExtractor.GROUP.matcher(sentence.text());
        if (!g.find() || g.start() > 3 || contacts.isEmpty() || insideQuote(sentence.start() + g.start(), quotes)) {
            return;
        }
        int end = sentence.start() + g.end();
        String rest = context.text().substring(end, sentence.end());
        int verbAt = speechVerbAt(rest);
        if (verbAt < 0) {
            return;
        }
        Contact last = contacts.get(contacts.size() - 1);
        for (Actor p : last.participants()) {
            add(p, end + verbAt, trimEnd(sentence.end()), false, new Attribution(last.participants(), null, null));
        }
    }

    /** Where a speech verb begins in the text right after a subject, or -1. */
    private static int speechVerbAt(String rest) {
        Matcher filler = LEADING_FILLER.matcher(rest);
        int at = filler.find() ? filler.end() : 0;
        String tail = rest.substring(at);
        Matcher phrase = Lexicon.SPEECH_PHRASE.matcher(tail);
        if (phrase.find() && phrase.start() == 0) {
            return at + phrase.start(3);
        }
        Matcher word = WORD.matcher(tail);
        if (!word.find()) {
            return -1;
        }
        String verb = word.group().toLowerCase(Locale.ROOT);
        // A finite verb: "said", "stresses"; "say" alone is more often "to say" or a noun.
        boolean finite = verb.endsWith("ed") || verb.endsWith("s") || verb.equals("said") || verb.equals("told")
                || verb.equals("wrote") || verb.equals("gave") || verb.equals("made");
        return Lexicon.SPEECH_VERBS.contains(verb) && finite && !verb.equals("posts") ? at : -1;
    }

    /** The subject and the persons joined to it by "and" or commas ("Both Blinken and Austin pledged"). */
    private List<ActorMention> coordinated(SentenceView sentence, ActorMention last) {
        List<ActorMention> result = new ArrayList<>();
        result.add(last);
        List<ActorMention> persons = sentence.mentions().stream().filter(ActorMention::isPerson).toList();
        int i = persons.indexOf(last);
        int boundary = last.start();
        String titles = "((Secretary|President|Prime Minister|Minister|Foreign Minister|Chancellor|Mr\\.?|Ms\\.?)\\s+)*";
        for (int j = i - 1; j >= 0; j--) {
            ActorMention prev = persons.get(j);
            String between = context.text().substring(prev.end(), boundary);
            // "A and B said", "A, B and C said": the conjunct next to the verb's subject is joined by "and".
            String joint = j == i - 1 ? ",?\\s*and\\s*" : "\\s*(,|,?\\s*and)\\s*";
            if (between.matches("(?s)" + joint + titles)) {
                result.add(0, prev);
                boundary = prev.start();
            } else {
                break;
            }
        }
        return result;
    }

    private List<ActorMention> subjectsBeforeSpeechVerb(SentenceView s, int from, int to) {
        for (ActorMention m : s.mentionsIn(from, to)) {
            if (!m.isPerson()) {
                continue;
            }
            String rest = context.text().substring(m.end(), to);
            if (speechVerbAt(rest) >= 0) {
                return coordinated(s, m);
            }
        }
        return List.of();
    }

    /** "told Putin that", "urged Russia", "thanked President Michel": the person right after the verb. */
    private Actor addresseeAfter(SentenceView s, List<ActorMention> speakers) {
        int after = speakers.get(speakers.size() - 1).end();
        String rest = context.text().substring(after, s.end());
        Matcher m = Pattern.compile("^\\s*(?:\\w+\\s+){0,2}?(?:told|urged|thanked|assured|informed|asked|briefed|congratulated|warned|"
                + "called on|was clear with)\\s+").matcher(rest);
        if (!m.find()) {
            return null;
        }
        int at = after + m.end();
        return s.mentions().stream().filter(x -> x.start() >= at && x.start() <= at + 30 && x.kind() != ActorMention.Kind.PRONOUN)
                .map(ActorMention::actor).findFirst().orElse(null);
    }

    private String reporter(String window) {
        Matcher m = REPORTER.matcher(window);
        while (m.find()) {
            String name = m.group(1).replaceAll("[.’']+$", "");
            if (context.gazetteer().personsByName(name).isEmpty() && context.gazetteer().personsByFamilyName(name).isEmpty()
                    && !name.matches("(?i)he|she|they|it|the|and|but|in|on")) {
                return name;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ transcript turns

    /**
     * Transcript turns: "Aide to the President Yury Ushakov: Good evening! …", "SECRETARY KERRY: …". A turn
     * runs to the next speaker label, "Question:" and the like included.
     */
    private void turns() {
        String text = context.text();
        java.util.TreeMap<Integer, int[]> labels = new java.util.TreeMap<>();
        Map<Integer, Actor> speakers = new java.util.HashMap<>();
        for (SentenceView s : sentences) {
            for (ActorMention m : s.mentions()) {
                if (m.isPerson() && m.kind() != ActorMention.Kind.PRONOUN && LABEL_END.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 4)).lookingAt()
                        && !quotedAt(m.start())) {
                    labels.put(m.start(), new int[] {m.start(), text.indexOf(':', m.end()) + 1});
                    speakers.put(m.start(), m.actor());
                }
            }
        }
        Matcher caps = CAPITALS_LABEL.matcher(text);
        while (caps.find()) {
            String[] words = caps.group(1).trim().split("\\s+");
            String last = words[words.length - 1];
            Optional<Actor> speaker = resolver.byFamilyName(last.charAt(0) + last.substring(1).toLowerCase(Locale.ROOT));
            labels.putIfAbsent(caps.start(1), new int[] {caps.start(1), caps.end()});
            speaker.ifPresent(a -> speakers.putIfAbsent(caps.start(1), a));
        }
        Matcher other = OTHER_LABEL.matcher(text);
        while (other.find()) {
            labels.putIfAbsent(other.start(1), new int[] {other.start(1), other.end()});
        }
        for (Map.Entry<Integer, int[]> label : labels.entrySet()) {
            Actor speaker = speakers.get(label.getKey());
            if (speaker == null) {
                continue;
            }
            int from = label.getValue()[1];
            Integer next = labels.higherKey(label.getKey());
            int to = Math.min(next == null ? text.length() : next, from + MAX_TURN);
            if (to - from > 10) {
                add(speaker, from, trimEnd(to), true, new Attribution(List.of(speaker), null, null));
            }
        }
    }

    private boolean quotedAt(int offset) {
        return sentenceAt(offset).map(s -> context.text().substring(s.start(), offset).chars()
                .filter(c -> c == '"' || c == '“' || c == '”').count() % 2 == 1).orElse(false);
    }

    private int paragraphEnd(int from) {
        int end = context.text().indexOf("\n\n", from);
        return end < 0 ? context.text().length() : end;
    }

    // ------------------------------------------------------------------ shared

    private void add(Actor speaker, int from, int to, boolean direct, Attribution a) {
        while (from < to && Character.isWhitespace(context.text().charAt(from))) {
            from++;
        }
        if (to - from < 3) {
            return;
        }
        String quote = context.text().substring(from, to).replaceAll("\\s+", " ").trim();
        for (Statement existing : statements) {
            if (existing.speaker().key().equals(speaker.key()) && existing.quote().contains(quote)) {
                return;
            }
        }
        statements.removeIf(existing -> existing.speaker().key().equals(speaker.key()) && quote.contains(existing.quote()));
        SentenceView sentence = sentenceAt(from).orElse(sentences.get(0));
        int contactIndex = contactOf(speaker);
        PartialDate date = contactIndex >= 0 ? contacts.get(contactIndex).date() : context.anchorDate();
        double confidence = direct ? 0.85 : 0.7;
        statements.add(new Statement(speaker, quote, direct, a.addressee(), a.reportedBy(), date, contactIndex,
                confidence, context.mention(from, to, sentence)));
    }

    /** The contact a statement was made during: the first reported contact its speaker took part in. */
    private int contactOf(Actor speaker) {
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            if (!c.background() && c.participants().stream().anyMatch(p -> p.key().equals(speaker.key()))) {
                return i;
            }
        }
        return -1;
    }

    private int trimEnd(int end) {
        String t = context.text();
        while (end > 0 && (Character.isWhitespace(t.charAt(end - 1)) || t.charAt(end - 1) == '.')) {
            end--;
        }
        return end;
    }

    private Optional<SentenceView> sentenceAt(int offset) {
        return sentences.stream().filter(s -> s.start() <= offset && offset < s.end()).findFirst()
                .or(() -> sentences.stream().filter(s -> s.start() >= offset).findFirst());
    }

    private static boolean insideQuote(int offset, List<QuoteSpan> quotes) {
        return quotes.stream().anyMatch(q -> q.start() <= offset && offset < q.end());
    }

    private static List<Actor> actors(List<ActorMention> mentions) {
        Map<String, Actor> result = new LinkedHashMap<>();
        mentions.forEach(m -> result.putIfAbsent(m.actor().key(), m.actor()));
        return List.copyOf(result.values());
    }
}
