package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.link.Gazetteer;
import org.parley.model.Actor;
import org.parley.model.Contact;
import org.parley.model.Span;
import org.parley.model.Statement;

/**
 * Reported speech: the content of what someone said, in the text's words. For each verb of saying its speaker is
 * the subject before it, the subject of the clause it goes on from ("…, adding that"), the person a channel quotes
 * ("CCTV quoted Xi as saying that"), or the subject after the words ("…, Kremlin aide Yury Ushakov reported");
 * "according to X" makes X the speaker of a clause that names no other, or the channel of one that does. A channel
 * credits words and never speaks them: "state media reported that Xi urged …" is Xi's statement, through the channel.
 */
final class ReportedSpeech {
    /** Where a sentence holds two clauses that may have speakers of their own. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";\\s+|,\\s+(?:while|whereas)\\s+|\\s+(?:[—–]|--)\\s+");
    private static final Pattern LEADING_ACCORDING = Pattern.compile("(?i)^\\W*(?:[\\w-]+\\s+){0,3}?according to\\s+");
    private static final Pattern TRAILING_ACCORDING = Pattern.compile("(?i),\\s*(?:according to|as quoted by|citing)\\s+([^,;]{2,100})$");
    /** A verb that goes on from the clause before it: "…, adding", "… and said", "… and, according to X, said". */
    private static final Pattern AND_BEFORE = Pattern.compile("(?:\\band|,)\\s*(?:,[^,]{1,60},\\s*)?$");
    private static final Pattern AND_ONLY = Pattern.compile("\\band\\s*(?:,[^,]{1,60},\\s*)?$");

    /**
     * Words, then a comma and the subject's title ("The two leaders also rejected …, Kremlin aide"): the words are
     * what the subject said. An opening phrase ("In Moscow,", "Asked about it,") is no such words.
     */
    private static final Pattern AFTER_WORDS = Pattern.compile(
            "(?s)(?!\\W*(?:In|On|At|After|Before|During|Following|Asked|Speaking|Answering|Responding|Commenting|Later|Earlier|"
                    + "Meanwhile|However|But|And|Then|When|While|As)\\b).*\\S.*,\\s*(?:(?:the|The)\\s+)?(?:(?!and\\b|but\\b|who\\b)[\\p{L}'’.-]+\\s+){0,4}");
    private static final Pattern QUOTE_CLOSED = Pattern.compile("[”\"],?\\s*$");
    private static final Pattern RELATIVE = Pattern.compile(",\\s*who\\s+(?:[\\w-]+\\s+){0,2}$");

    private final ExtractionContext context;
    private final Speakers speakers;
    private final ContentClause content;
    private final List<SentenceView> sentences;
    private final List<QuoteSpan> quotes;
    private final List<Contact> contacts;
    private final List<Credit> credits = new ArrayList<>();

    ReportedSpeech(ExtractionContext context, Speakers speakers, ContentClause content, List<SentenceView> sentences,
                   List<QuoteSpan> quotes, List<Contact> contacts) {
        this.context = context;
        this.speakers = speakers;
        this.content = content;
        this.sentences = sentences;
        this.quotes = quotes;
        this.contacts = contacts;
    }

    /**
     * Words a channel or a source is credited with ("…, CCTV reported", "according to the Kremlin"): the statements
     * inside take it as their channel, or as the one who delivered them ("According to Peskov, Putin told Kim …").
     */
    record Credit(int start, int end, Actor channel, Actor deliverer) {
        boolean covers(Utterance u) {
            int at = u.subjectStart() >= 0 ? u.subjectStart() : u.start();
            return start <= at && at < end;
        }
    }

    /** The credits found by {@link #find}, for statements of every kind. */
    List<Credit> credits() {
        return List.copyOf(credits);
    }

    /**
     * The reported statements of the article.
     *
     * @param attributed the direct quotations found, whose speakers a participle in their sentence goes on from
     */
    List<Utterance> find(List<Utterance> attributed) {
        List<Utterance> found = new ArrayList<>();
        for (SentenceView s : sentences) {
            List<Utterance> inSentence = new ArrayList<>(attributed.stream().filter(u -> u.setting().start() == s.start()).toList());
            for (Span clause : clauses(s)) {
                List<Utterance> inClause = new ArrayList<>();
                List<SpeechVerb> verbs = SpeechVerb.find(context.text(), clause.start(), clause.end(), this::quoted);
                for (int i = 0; i < verbs.size(); i++) {
                    int limit = limitAfter(verbs, i, clause.end());
                    List<Utterance> before = new ArrayList<>(inSentence);
                    before.addAll(inClause);
                    said(s, clause, verbs.get(i), limit, before, inClause);
                }
                List<Utterance> known = new ArrayList<>(inSentence);
                known.addAll(inClause);
                according(s, clause, known, inClause);
                inSentence.addAll(inClause);
                found.addAll(inClause);
            }
        }
        return found;
    }

    /** The clauses of a sentence: it is cut at semicolons, dashes and ", while". */
    private List<Span> clauses(SentenceView s) {
        List<Span> clauses = new ArrayList<>();
        Matcher m = CLAUSE_BREAK.matcher(context.text()).region(s.start(), s.end());
        int start = s.start();
        while (m.find()) {
            if (!quoted(m.start())) {
                clauses.add(new Span(start, m.start()));
                start = m.end();
            }
        }
        clauses.add(new Span(start, s.end()));
        return clauses;
    }

    /** The words of a verb end where a verb that goes on from it begins (", adding that", "and said"). */
    private int limitAfter(List<SpeechVerb> verbs, int i, int clauseEnd) {
        String t = context.text();
        for (int j = i + 1; j < verbs.size(); j++) {
            SpeechVerb next = verbs.get(j);
            Matcher joined = AND_BEFORE.matcher(t).region(verbs.get(i).end(), next.start());
            if (joined.find() && (next.form() == SpeechVerb.Form.PARTICIPLE || next.form() == SpeechVerb.Form.FINITE
                    || next.form() == SpeechVerb.Form.PHRASE)) {
                return joined.start();
            }
        }
        return clauseEnd;
    }

    private void said(SentenceView s, Span clause, SpeechVerb verb, int limit, List<Utterance> before, List<Utterance> out) {
        switch (verb.form()) {
            case QUOTED_AS -> {
                // "TASS quoted Kremlin spokesman Dmitry Peskov as saying": the person named before "as"
                Optional<ActorMention> quoted = s.mentions().stream()
                        .filter(m -> m.start() >= verb.object() && m.end() <= verb.saying().start() && m.isPerson()).findFirst();
                if (quoted.isEmpty()) {
                    return;
                }
                Optional<Utterance> earlier = before.stream().filter(u -> u.start() < verb.start()).reduce((a, b) -> b);
                if (quoted.get().kind() == ActorMention.Kind.PRONOUN && earlier.isPresent()) {
                    // "Xi told Albanese …, according to a summary, which also quoted him as saying": the one who spoke
                    ActorMention pronoun = quoted.get();
                    quoted = Optional.of(new ActorMention(pronoun.start(), pronoun.end(), pronoun.text(), earlier.get().speaker(),
                            ActorMention.Kind.PRONOUN));
                }
                Optional<Speakers.Speaker> by = speakers.before(s, verb.start(), clause.start());
                Actor channel = by.filter(b -> b.role() == Speakers.Role.CHANNEL).map(Speakers.Speaker::actor).orElse(null);
                Actor deliverer = by.filter(b -> b.role() == Speakers.Role.INSTITUTION).map(Speakers.Speaker::actor).orElse(null);
                Speakers.Speaker speaker = new Speakers.Speaker(quoted.get().actor(), quoted.get().start(), quoted.get().end(),
                        Speakers.Role.PERSON, List.of(quoted.get().actor()), channel);
                forward(s, verb.saying(), speaker, limit, out, deliverer);
            }
            case PASSIVE_QUOTED -> {
                Optional<Speakers.Speaker> speaker = speakers.before(s, verb.object(), clause.start());
                if (speaker.isEmpty() || speaker.get().role() == Speakers.Role.CHANNEL) {
                    return;
                }
                Actor channel = speakers.quotingChannel(verb).orElse(null);
                forward(s, verb.saying(), speaker.get().withChannel(channel), limit, out, null);
            }
            case PARTICIPLE -> {
                Optional<Speakers.Speaker> speaker = before.stream().filter(u -> u.start() < verb.start() || u.subjectStart() < verb.start())
                        .reduce((a, b) -> b).map(ReportedSpeech::goesOnFrom)
                        .or(() -> speakers.clauseSubject(s, clause.start(), verb.start()));
                speaker.ifPresent(x -> forward(s, verb, x, limit, out, null));
            }
            default -> finite(s, clause, verb, limit, before, out);
        }
    }

    private void finite(SentenceView s, Span clause, SpeechVerb verb, int limit, List<Utterance> before, List<Utterance> out) {
        String t = context.text();
        Optional<Speakers.Speaker> subject = speakers.before(s, verb.start(), clause.start());
        if (subject.isEmpty() && AND_ONLY.matcher(t).region(clause.start(), verb.start()).find()) {
            // "Putin received Modi and described …", "stressed … and said that …": the clause's subject goes on.
            subject = before.stream().filter(u -> u.subjectStart() >= clause.start() && u.subjectStart() < verb.start())
                    .reduce((a, b) -> b).map(ReportedSpeech::goesOnFrom)
                    .or(() -> speakers.clauseSubject(s, clause.start(), verb.start()));
        }
        if (subject.isEmpty()) {
            Optional<List<Actor>> group = group(clause, verb);
            if (group.isPresent()) {
                for (Actor p : group.get()) {
                    forward(s, verb, new Speakers.Speaker(p, clause.start(), clause.start(), Speakers.Role.PERSON, List.of(p), null),
                            limit, out, null);
                }
                return;
            }
            if (t.substring(clause.start(), verb.start()).strip().endsWith(",")) {
                // "…, said the Chinese defence minister": the words before are the subject's.
                speakers.after(s, verb.end(), clause.end()).ifPresent(x -> inverted(s, clause, x, verb.start(), out));
            }
            return;
        }
        Speakers.Speaker x = subject.get();
        String lead = t.substring(clause.start(), x.start());
        if (AFTER_WORDS.matcher(lead).matches() && lead.strip().length() > 1 && isTailRest(verb.end(), limit)) {
            // "…, Kremlin aide Yury Ushakov reported after the conversation": the words before are the subject's.
            inverted(s, clause, x, x.start(), out);
            return;
        }
        if (QUOTE_CLOSED.matcher(lead).find() && !content.after(s, verb.start(), verb.end(), verb.verb(), limit).afterThat()) {
            return; // '“…,” he said of the Russian president': the attribution of a quotation, which has its words
        }
        Matcher relative = RELATIVE.matcher(t).region(clause.start(), verb.start());
        if (relative.find()) {
            // "Zelenskyy, who had questioned whether …, pushed back": the words end with the relative clause.
            int comma = t.indexOf(',', verb.end());
            limit = comma > 0 && comma < limit ? comma : limit;
        }
        forward(s, verb, x, limit, out, null);
        if (x.role() == Speakers.Role.CHANNEL) {
            credits.add(new Credit(verb.end(), limit, x.actor(), null));
        }
    }

    /** The speaker of words said before in the sentence, for a verb that goes on from them (", adding that", "and said"). */
    private static Speakers.Speaker goesOnFrom(Utterance u) {
        return new Speakers.Speaker(u.speaker(), u.subjectStart(), u.subjectStart(), Speakers.Role.PERSON, List.of(u.speaker()), u.channel());
    }

    /** Words of a verb after it: "said (that) …". A channel's are not its own statement: they credit the one inside. */
    private void forward(SentenceView s, SpeechVerb verb, Speakers.Speaker speaker, int limit, List<Utterance> out, Actor deliverer) {
        ContentClause.Start start = content.after(s, verb.start(), verb.end(), verb.verb(), limit);
        if (start.at() >= limit || speaker.role() == Speakers.Role.CHANNEL) {
            return;
        }
        ContentClause.End end = content.end(start.at(), limit);
        Actor channel = end.channel() != null ? end.channel() : speaker.channel();
        emit(s, speaker, start.at(), end.at(), start.addressee(), channel, deliverer, out);
    }

    /** "…, Kremlin aide Yury Ushakov reported after the conversation": the words before the attribution. */
    private void inverted(SentenceView s, Span clause, Speakers.Speaker speaker, int attribution, List<Utterance> out) {
        String t = context.text();
        int comma = t.lastIndexOf(',', attribution);
        if (comma < clause.start()) {
            return;
        }
        int from = clause.start();
        while (from < comma && !Character.isLetterOrDigit(t.charAt(from)) && t.charAt(from) != '“' && t.charAt(from) != '"') {
            from++;
        }
        if (speaker.role() == Speakers.Role.CHANNEL) {
            credits.add(new Credit(from, comma, speaker.actor(), null));
            return;
        }
        int end = ContentClause.trim(t, from, comma);
        if (t.substring(from, end).split("\\s+").length >= 4) {
            emit(s, speaker, from, end, null, speaker.channel(), null, out);
        }
    }

    /** Nothing but time, place, manner or punctuation after a verb: it closes the words before it. */
    private boolean isTailRest(int from, int limit) {
        String rest = context.text().substring(from, limit).strip();
        return rest.isEmpty() || rest.matches("(?is)^[,.;].*") || rest.split("\\s+").length <= 12
                && rest.matches("(?is)^(?:in|on|at|after|before|during|later|earlier|yesterday|today|afterwards|while|when|via|"
                + "through|to (?:reporters|journalists|the press|the media)|reporters|journalists)\\b[^“”\"]*") && !rest.matches("(?s).*\\bthat\\b.*");
    }

    /** "The two leaders reiterated …": a statement of each participant of the contact last reported. */
    private Optional<List<Actor>> group(Span clause, SpeechVerb verb) {
        Matcher g = ContactExtractor.GROUP.matcher(context.text()).region(clause.start(), verb.start());
        if (!g.find() || g.start() > clause.start() + 3 || contacts.isEmpty()
                || !Speech.FILLERS.matcher(context.text()).region(g.end(), verb.start()).matches()) {
            return Optional.empty();
        }
        return Optional.of(contacts.get(contacts.size() - 1).participants());
    }

    /**
     * Readouts go on in the speaker's voice: after "Wang Yi said that China's position has been consistent", the
     * sentences of the paragraph that speak of the speaker's own country ("China has always stood …", "Russia, on
     * the other hand, is ready …") are the speaker's too, until another sentence comes between.
     */
    List<Utterance> continuations(List<Utterance> reports) {
        List<Utterance> found = new ArrayList<>();
        String t = context.text();
        for (Utterance u : reports) {
            Optional<Gazetteer.Country> country = Optional.ofNullable(u.speaker().country()).flatMap(context.gazetteer()::country);
            Optional<SentenceView> sentence = StatementExtractor.sentenceAt(sentences, u.start());
            if (country.isEmpty() || sentence.isEmpty() || ContentClause.trim(t, u.start(), sentence.get().end()) != u.end()) {
                continue;
            }
            for (int i = sentence.get().index() + 1; i < sentences.size(); i++) {
                SentenceView next = sentences.get(i);
                boolean sameParagraph = !t.substring(sentences.get(i - 1).end(), next.start()).contains("\n\n");
                boolean spoken = reports.stream().anyMatch(r -> r.start() < next.end() && next.start() < r.end())
                        || quotes.stream().anyMatch(q -> q.openStart() < next.end() && next.start() < q.closeEnd());
                if (!sameParagraph || spoken || !aboutOwnCountry(next.text(), country.get())) {
                    break;
                }
                int end = ContentClause.trim(t, next.start(), next.end());
                found.add(new Utterance(Statement.Kind.REPORTED, u.speaker(), t.substring(next.start(), end).replaceAll("\\s+", " "),
                        List.of(new Span(next.start(), end)), u.deliveredBy(), null, u.channel(), -1,
                        new Span(next.start(), next.end()), Utterance.How.CONTINUATION));
            }
        }
        return found;
    }

    private static boolean aboutOwnCountry(String sentence, Gazetteer.Country country) {
        List<String> names = new ArrayList<>(country.names());
        country.adjectives().forEach(a -> names.add("The " + a + " side"));
        return names.stream().anyMatch(n -> sentence.startsWith(n + " ") || sentence.startsWith(n + ","));
    }

    // ------------------------------------------------------------------ according to

    /**
     * "According to X, …" and "…, according to X": X speaks the clause when nothing in it has a speaker; when
     * something does, X is the channel it came through, or the one who relayed it.
     */
    private void according(SentenceView s, Span clause, List<Utterance> known, List<Utterance> out) {
        String t = context.text();
        Matcher leading = LEADING_ACCORDING.matcher(t).region(clause.start(), clause.end());
        if (leading.lookingAt()) {
            int comma = t.indexOf(',', leading.end());
            if (comma > 0 && comma < clause.end()) {
                source(s, leading.end(), comma).ifPresent(source -> credit(s, source, comma + 1, clause.end(), known, out));
            }
            return;
        }
        Matcher trailing = TRAILING_ACCORDING.matcher(t).region(clause.start(), ContentClause.trim(t, clause.start(), clause.end()));
        if (trailing.find()) {
            int comma = trailing.start();
            source(s, trailing.start(1), trailing.end(1)).ifPresent(source -> credit(s, source, clause.start(), comma, known, out));
        }
    }

    private Optional<Speakers.Speaker> source(SentenceView s, int from, int to) {
        Optional<Speakers.Speaker> named = speakers.after(s, from, to);
        if (named.isPresent()) {
            return named;
        }
        return speakers.channelNamed(from, to).map(c -> new Speakers.Speaker(c, from, to, Speakers.Role.CHANNEL, List.of(), null));
    }

    /**
     * Words "according to" a source: the source's statement when nobody in them is said to speak; else a channel or
     * an institution is where the words came from ("…,” he said, according to the Kremlin) and a person the one
     * who delivered them.
     */
    private void credit(SentenceView s, Speakers.Speaker source, int from, int to, List<Utterance> known, List<Utterance> out) {
        boolean saidInside = known.stream().anyMatch(u -> u.start() < to && from < u.end());
        if (source.role() == Speakers.Role.CHANNEL || saidInside && source.role() == Speakers.Role.INSTITUTION) {
            credits.add(new Credit(from, to, source.actor(), null));
        } else if (saidInside) {
            credits.add(new Credit(from, to, null, source.actor()));
        } else {
            int start = from;
            while (start < to && !Character.isLetterOrDigit(context.text().charAt(start))) {
                start++;
            }
            emit(s, source, start, ContentClause.trim(context.text(), start, to), null, source.channel(), null, out);
        }
    }

    // ------------------------------------------------------------------ shared

    private void emit(SentenceView s, Speakers.Speaker speaker, int from, int to, Actor addressee, Actor channel,
                      Actor deliverer, List<Utterance> out) {
        String t = context.text();
        if (t.substring(from, to).strip().split("\\s+").length < 2) {
            return;
        }
        Optional<QuoteSpan> whole = quotes.stream().filter(q -> q.openStart() <= from && to <= q.closeEnd()).findFirst();
        Statement.Kind kind = Statement.Kind.REPORTED;
        int start = from;
        int end = to;
        if (whole.isPresent()) {
            // 'said: “…”' — the content is a quotation: the speaker's own words.
            kind = Statement.Kind.DIRECT;
            start = whole.get().start();
            end = ContentClause.trim(t, start, Math.min(to, whole.get().end()));
        }
        String words = t.substring(start, end).replaceAll("\\s+", " ").trim();
        List<Actor> group = speaker.group().isEmpty() ? List.of(speaker.actor()) : speaker.group();
        for (Actor a : group) {
            out.add(new Utterance(kind, a, words, List.of(new Span(start, end)), deliverer, addressee, channel,
                    speaker.start(), new Span(s.start(), s.end()), Utterance.How.REPORTED));
        }
    }

    private boolean quoted(int offset) {
        return quotes.stream().anyMatch(q -> q.start() <= offset && offset < q.end());
    }
}
