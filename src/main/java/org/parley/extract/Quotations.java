package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Span;
import org.parley.model.Statement;

/**
 * Direct quotations and their speakers. The attribution follows the quotation ("…,” he said", "…,” state broadcaster
 * CCTV quoted Xi as saying", "…,” the statement read") or introduces it ("Xi told Putin: “…”"). A quotation
 * interrupted by its attribution ("“We are ready,” he said, “to continue.”") is one statement, its pieces joined
 * with a gap mark; a quotation over several paragraphs is one statement. A quotation with no attribution of its
 * own continues the quotation before it in the same paragraph, or the one that closed the paragraph before.
 */
final class Quotations {
    private static final Pattern EMBEDDED = Pattern.compile(
            "(?s)^\\s*(?:and|or|but|to|which|that|of|in|for|as|with|from|on|at|by)\\b.*");
    private static final Pattern ACCORDING_TO = Pattern.compile("\\b(?:[Aa]ccording to|as quoted by|[Cc]iting)\\s+");
    private static final Pattern STATEMENT_READ = Pattern.compile(
            "(?i)^\\W*(?:the|a|an|its|their|his|her)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:statement|readout|communiqu[eé]|release|"
                    + "declaration|message|letter|post)\\s+(?:read|said|says|added|noted|stated|continued)\\b");
    private static final Pattern STATEMENT_SOURCE = Pattern.compile(
            "(?i)\\b(?:(?:statement|readout|communiqu[eé]|message|letter)\\s+(?:from|by|issued by|released by|published by)\\s+"
                    + "|according to\\s+)");
    private static final Pattern IN_A_STATEMENT = Pattern.compile("(?i)\\bin a (?:[\\w-]+ ){0,2}statement\\b");
    private static final Pattern ISSUED_STATEMENT = Pattern.compile(
            "(?i)\\s+(?:issued|released|published|put out|posted)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:statement|readout|communiqu[eé])");

    private final ExtractionContext context;
    private final ActorResolver resolver;
    private final Speakers speakers;
    private final ContentClause content;
    private final List<SentenceView> sentences;
    private final List<QuoteSpan> quotes;

    Quotations(ExtractionContext context, ActorResolver resolver, Speakers speakers, ContentClause content,
               List<SentenceView> sentences, List<QuoteSpan> quotes) {
        this.context = context;
        this.resolver = resolver;
        this.speakers = speakers;
        this.content = content;
        this.sentences = sentences;
        this.quotes = quotes;
    }

    /** Who said a quotation, to whom, through which channel, and where the attribution is. */
    private record Attribution(List<Actor> speakers, Actor addressee, Actor channel, int start, int end, boolean interrupts,
                               Actor deliveredBy) {
    }

    List<Utterance> find() {
        List<Utterance> found = new ArrayList<>();
        Actor chainSpeaker = null;
        QuoteSpan previous = null;
        for (int i = 0; i < quotes.size(); i++) {
            List<QuoteSpan> run = new ArrayList<>(List.of(quotes.get(i)));
            while (i + 1 < quotes.size() && quotes.get(i + 1).continuesPrevious()) {
                run.add(quotes.get(++i));
            }
            QuoteSpan first = run.get(0);
            Optional<Attribution> attribution = attributeAfter(run.get(run.size() - 1)).or(() -> introduced(first));
            List<String> joints = new ArrayList<>();
            for (int k = 1; k < run.size(); k++) {
                joints.add(" ");
            }
            while (attribution.isPresent() && attribution.get().interrupts() && i + 1 < quotes.size()) {
                // "“We are ready,” he said, “to continue”": the quotation goes on after its attribution.
                run.add(quotes.get(++i));
                joints.add(Statement.GAP);
                Attribution a = attribution.get();
                boolean again = attributeAfter(quotes.get(i)).filter(l -> l.interrupts() && l.speakers().equals(a.speakers())).isPresent();
                attribution = Optional.of(new Attribution(a.speakers(), a.addressee(), a.channel(), a.start(), a.end(), again, a.deliveredBy()));
            }
            Utterance.How how = Utterance.How.QUOTATION;
            if (attribution.isEmpty() && chainSpeaker != null && continues(previous, first)) {
                attribution = Optional.of(new Attribution(List.of(chainSpeaker), null, null, -1, -1, false, null));
                how = Utterance.How.CHAINED_QUOTATION;
            } else if (attribution.isEmpty() && opensParagraph(first) && speakerOfParagraphBefore(first).isPresent()) {
                // 'Lavrov said the talks had been useful. ¶ “We understand each other better now.”'
                attribution = speakerOfParagraphBefore(first).map(a -> new Attribution(List.of(a), null, null, -1, -1, false, null));
                how = Utterance.How.CHAINED_QUOTATION;
            } else if (attribution.isEmpty() && !resolver.authors().isEmpty()) {
                // A quotation nobody is credited with, in a statement, is its authors' words.
                attribution = Optional.of(new Attribution(resolver.authors(), null, null, -1, -1, false, null));
                how = Utterance.How.AUTHORS;
            }
            previous = run.get(run.size() - 1);
            if (attribution.isEmpty()) {
                chainSpeaker = null;
                continue;
            }
            Attribution a = attribution.get();
            chainSpeaker = a.speakers().get(0);
            List<Span> pieces = new ArrayList<>();
            StringBuilder words = new StringBuilder();
            for (int k = 0; k < run.size(); k++) {
                QuoteSpan q = run.get(k);
                // A paragraph of a quotation that runs on keeps its punctuation; a piece before a gap, or the last, loses it.
                boolean runsOn = k + 1 < run.size() && joints.get(k).equals(" ");
                int end = runsOn ? ContentClause.trimSpaces(context.text(), q.start(), q.end()) : ContentClause.trim(context.text(), q.start(), q.end());
                int start = skipSpaces(q.start(), end);
                if (end - start < 2) {
                    continue;
                }
                if (!words.isEmpty()) {
                    words.append(joints.get(k - 1));
                }
                words.append(context.text(), start, end);
                pieces.add(new Span(start, end));
            }
            if (pieces.isEmpty()) {
                continue;
            }
            Span setting = setting(first.openStart(), Math.max(previous.closeEnd(), a.end()));
            for (Actor speaker : a.speakers()) {
                found.add(new Utterance(Statement.Kind.DIRECT, speaker, words.toString().replaceAll("\\s+", " "), pieces, a.deliveredBy(),
                        a.addressee(), a.channel(), -1, setting, how));
            }
        }
        return found;
    }

    /** The next quotation of a paragraph, or the next paragraph of a quotation, is the same speaker's. */
    private boolean continues(QuoteSpan previous, QuoteSpan quote) {
        if (previous == null) {
            return false;
        }
        String between = context.text().substring(previous.closeEnd(), quote.openStart());
        return quote.continuesPrevious() || !between.contains("\n\n")
                || opensParagraph(quote) && between.split("\n\n", -1).length == 2;
    }

    private boolean opensParagraph(QuoteSpan quote) {
        int start = context.text().lastIndexOf("\n\n", quote.openStart());
        return context.text().substring(start < 0 ? 0 : start, quote.openStart()).isBlank();
    }

    // ------------------------------------------------------------------ attribution after the quotation

    private Optional<Attribution> attributeAfter(QuoteSpan quote) {
        Optional<SentenceView> sentence = sentenceAt(Math.max(quote.start(), quote.end() - 1));
        if (sentence.isEmpty() || quote.closeEnd() >= sentence.get().end()) {
            return Optional.empty();
        }
        SentenceView s = sentence.get();
        String t = context.text();
        int from = quote.closeEnd();
        int next = nextQuoteStart(from, s.end());
        int to = Math.min(s.end(), next);
        if (EMBEDDED.matcher(t.substring(from, to)).matches()) {
            // 'should "act together" on the issue, IRNA quoted him as saying': the attribution closes the sentence.
            int comma = t.substring(from, to).lastIndexOf(',');
            from = comma < 0 ? to : from + comma + 1;
        }
        boolean interrupts = next < s.end() && t.substring(from, next).strip().endsWith(",");
        return parse(s, from, to, interrupts);
    }

    /** An attribution in text[from, to): "he said", "said Peskov", "TASS quoted him as saying", "the statement read". */
    private Optional<Attribution> parse(SentenceView s, int from, int to, boolean interrupts) {
        String t = context.text();
        Actor channel = channelIn(from, to);
        for (SpeechVerb verb : SpeechVerb.find(t, from, to, this::quoted)) {
            Optional<Speakers.Speaker> speaker;
            Actor addressee = null;
            if (verb.form() == SpeechVerb.Form.QUOTED_AS) {
                speaker = quotedPerson(s, verb);
                Optional<Speakers.Speaker> by = speakers.before(s, verb.start(), from);
                if (by.isPresent() && by.get().role() != Speakers.Role.PERSON) {
                    channel = by.get().actor();
                }
                addressee = content.after(s, verb.saying().start(), verb.saying().end(), verb.saying().verb(), to).addressee();
            } else if (verb.form() == SpeechVerb.Form.PASSIVE_QUOTED) {
                speaker = speakers.before(s, verb.object(), from);
                channel = speakers.quotingChannel(verb).orElse(channel);
            } else if (verb.form() == SpeechVerb.Form.PARTICIPLE) {
                continue;
            } else {
                speaker = speakers.before(s, verb.start(), from).or(() -> speakers.after(s, verb.end(), to));
                if (verb.verb().addressed()) {
                    addressee = content.after(s, verb.start(), verb.end(), verb.verb(), to).addressee();
                }
            }
            if (speaker.isPresent() && speaker.get().role() != Speakers.Role.CHANNEL) {
                Speakers.Speaker x = speaker.get();
                Actor credited = x.channel() != null ? x.channel() : channel;
                return Optional.of(new Attribution(x.group().isEmpty() ? List.of(x.actor()) : x.group(), addressee, credited,
                        from, to, interrupts, null));
            }
            if (speaker.isPresent()) {
                channel = speaker.get().actor();
            }
        }
        Matcher read = STATEMENT_READ.matcher(t).region(from, to);
        if (read.lookingAt()) {
            Actor credited = channel;
            // The one the sentence before has speak, and the source it names, else whoever spoke just before
            // ("In a statement, the ministry said …").
            Optional<Actor> reported = lastSpeakerBefore(s).filter(a -> a.kind() == ActorKind.PERSON);
            Optional<Actor> author = statementAuthor(s, from).or(() -> lastSpeakerBefore(s));
            if (author.isPresent() && reported.isPresent() && author.get().kind() != ActorKind.PERSON
                    && StatementExtractor.sameSide(author.get(), reported.get())) {
                // 'Wang also said …, according to the foreign ministry. “…,” the ministry's statement read': Wang's
                // words, in the statement his ministry issued.
                return Optional.of(new Attribution(List.of(reported.get()), null, credited, from, to, interrupts, author.get()));
            }
            return author.map(a -> new Attribution(List.of(a), null, credited, from, to, interrupts, null));
        }
        Matcher according = ACCORDING_TO.matcher(t).region(from, to);
        if (according.find()) {
            Optional<ActorMention> person = s.mentionsIn(according.end(), to).stream()
                    .filter(m -> m.isPerson() && m.start() <= according.end() + 4).findFirst();
            if (person.isPresent()) {
                return Optional.of(new Attribution(List.of(person.get().actor()), null, channel, from, to, interrupts, null));
            }
        }
        return Optional.empty();
    }

    /** The one who speaks in the sentence before this one, in the same paragraph: the subject of its first verb of saying. */
    private Optional<Actor> lastSpeakerBefore(SentenceView s) {
        if (s.index() == 0 || context.text().substring(sentences.get(s.index() - 1).end(), s.start()).contains("\n\n")) {
            return Optional.empty();
        }
        return speakerOf(sentences.get(s.index() - 1), null);
    }

    /** The one who speaks last in the paragraph before a quotation that opens its own, if the paragraph ends with words said. */
    private Optional<Actor> speakerOfParagraphBefore(QuoteSpan quote) {
        return sentenceAt(quote.openStart()).filter(s -> s.index() > 0 && s.start() >= quote.openStart() - 1)
                .flatMap(s -> speakerOf(sentences.get(s.index() - 1), Speakers.Role.PERSON));
    }

    /**
     * Who speaks in a sentence: the person who speaks last in it, or (role null) the subject of its first verb of
     * saying, whatever it is but a channel ("In a statement, the ministry said the minister had stressed …").
     */
    private Optional<Actor> speakerOf(SentenceView previous, Speakers.Role role) {
        List<SpeechVerb> verbs = new ArrayList<>(SpeechVerb.find(context.text(), previous.start(), previous.end(), this::quoted));
        if (role != null) {
            java.util.Collections.reverse(verbs);
        }
        for (SpeechVerb verb : verbs) {
            Optional<Speakers.Speaker> speaker = speakers.before(previous, verb.start(), previous.start());
            if (speaker.isPresent() && (role == null ? speaker.get().role() != Speakers.Role.CHANNEL : speaker.get().role() == role)) {
                return Optional.of(speaker.get().actor());
            }
        }
        return Optional.empty();
    }

    /** The person named between "quoted" and "as saying". */
    private Optional<Speakers.Speaker> quotedPerson(SentenceView s, SpeechVerb verb) {
        return s.mentions().stream().filter(m -> m.start() >= verb.object() && m.end() <= verb.saying().start() && m.isPerson()).findFirst()
                .map(m -> new Speakers.Speaker(m.actor(), m.start(), m.end(), Speakers.Role.PERSON, List.of(m.actor()), null));
    }

    private Actor channelIn(int from, int to) {
        Matcher according = ACCORDING_TO.matcher(context.text()).region(from, to);
        if (!according.find()) {
            return null;
        }
        return speakers.channelNamed(according.end(), to).orElse(null);
    }

    /**
     * Who issued "the statement": the nearest source named before it, in "a statement from X", "according to X", "X
     * issued a statement", or "in a statement, X said".
     */
    private Optional<Actor> statementAuthor(SentenceView quoted, int before) {
        String t = context.text();
        int from = Math.max(0, before - 1500);
        int at = -1;
        Optional<Actor> author = Optional.empty();
        Matcher source = STATEMENT_SOURCE.matcher(t).region(from, before);
        while (source.find()) {
            int end = source.end();
            Optional<Actor> named = sentenceAt(end).flatMap(s -> speakers.after(s, end, s.end())).map(Speakers.Speaker::actor);
            if (named.isPresent()) {
                at = end;
                author = named;
            }
        }
        Matcher issued = ISSUED_STATEMENT.matcher(t).region(from, before);
        while (issued.find()) {
            int start = issued.start();
            Optional<Actor> issuer = sentenceAt(start).flatMap(s -> speakers.before(s, start + 1, s.start())).map(Speakers.Speaker::actor);
            if (issuer.isPresent() && start > at) {
                at = start;
                author = issuer;
            }
        }
        Matcher inStatement = IN_A_STATEMENT.matcher(t).region(from, before);
        while (inStatement.find()) {
            int start = inStatement.start();
            Optional<SentenceView> sentence = sentenceAt(start).filter(s -> s.end() <= quoted.start() || s == quoted);
            Optional<Actor> speaker = sentence.flatMap(s -> speakerOf(s, null));
            if (speaker.isPresent() && start > at) {
                at = start;
                author = speaker;
            }
        }
        return author;
    }

    // ------------------------------------------------------------------ attribution before the quotation

    /**
     * "Xi told Putin: “…”", "Putin said “…”": a verb of saying whose content is the quotation; or "… issued the
     * following statement: “…”", the quotation of the subject before the colon.
     */
    private Optional<Attribution> introduced(QuoteSpan quote) {
        // The sentence before the quotation mark, which may close the paragraph before ("… issued the following statement:").
        int before = quote.openStart() - 1;
        while (before > 0 && Character.isWhitespace(context.text().charAt(before))) {
            before--;
        }
        Optional<SentenceView> sentence = sentenceAt(Math.max(0, before));
        if (sentence.isEmpty() || sentence.get().start() >= quote.openStart()) {
            return Optional.empty();
        }
        SentenceView s = sentence.get();
        String t = context.text();
        List<SpeechVerb> verbs = SpeechVerb.find(t, s.start(), quote.openStart(), this::quoted);
        for (int k = verbs.size() - 1; k >= 0; k--) {
            SpeechVerb verb = verbs.get(k);
            if (verb.form() != SpeechVerb.Form.FINITE && verb.form() != SpeechVerb.Form.PHRASE) {
                continue;
            }
            ContentClause.Start start = content.after(s, verb.start(), verb.end(), verb.verb(), quote.openStart());
            boolean opensContent = start.verbKept() ? t.substring(verb.end(), quote.openStart()).matches("(?s)[^,.;]{0,40}:\\s*")
                    : start.at() >= quote.openStart() - 2 || t.substring(start.at(), quote.openStart()).matches("(?s)\\s*:?\\s*");
            if (!opensContent) {
                continue;
            }
            Optional<Speakers.Speaker> speaker = speakers.before(s, verb.start(), s.start());
            if (speaker.isPresent() && speaker.get().role() != Speakers.Role.CHANNEL) {
                Speakers.Speaker x = speaker.get();
                return Optional.of(new Attribution(x.group(), start.addressee(), x.channel(), s.start(), quote.openStart(), false, null));
            }
        }
        if (!t.substring(Math.max(s.start(), quote.openStart() - 4), quote.openStart()).matches("(?s).*:\\s*")) {
            return Optional.empty();
        }
        return s.mentions().stream()
                .filter(m -> m.isPerson() && m.start() < quote.openStart() && m.kind() != ActorMention.Kind.PRONOUN)
                .findFirst().map(m -> new Attribution(List.of(m.actor()), null, null, s.start(), quote.openStart(), false, null));
    }

    // ------------------------------------------------------------------ shared

    private boolean quoted(int offset) {
        return quotes.stream().anyMatch(q -> q.openStart() <= offset && offset < q.closeEnd());
    }

    private int nextQuoteStart(int from, int limit) {
        for (QuoteSpan q : quotes) {
            if (q.openStart() >= from && q.openStart() < limit) {
                return q.openStart();
            }
        }
        return limit;
    }

    private int skipSpaces(int from, int limit) {
        int p = from;
        while (p < limit && Character.isWhitespace(context.text().charAt(p))) {
            p++;
        }
        return p;
    }

    private Span setting(int from, int to) {
        int start = sentenceAt(from).map(SentenceView::start).orElse(from);
        int end = sentenceAt(Math.max(from, to - 1)).map(SentenceView::end).orElse(to);
        return new Span(Math.min(start, from), Math.max(end, to));
    }

    private Optional<SentenceView> sentenceAt(int offset) {
        return StatementExtractor.sentenceAt(sentences, offset);
    }
}
