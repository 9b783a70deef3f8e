package org.parley.extract;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parley.link.Gazetteer;
import org.parley.link.Gazetteer.MatchKind;
import org.parley.link.Gazetteer.NameMatch;
import org.parley.link.Places;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Contact;
import org.parley.model.DateEvidence;
import org.parley.model.PartialDate;
import org.parley.model.Extraction;
import org.parley.model.Span;
import org.parley.model.Statement;
import org.parley.nlp.AnalysedSentence;
import org.parley.nlp.EntitySpan;
import org.parley.nlp.Nlp;
import org.parley.nlp.Token;

/**
 * Turns an article into actors, contacts and statements. The costly CoreNLP annotators run only on the
 * sentences a cheap screen (gazetteer names, contact triggers, speech verbs, quote marks) picks out.
 * Thread-safe; build once, reuse.
 */
public final class Extractor {
    public static final String VERSION = "0.2.0";
    private static final Pattern NAME_OR_PRONOUN = Pattern.compile("\\b([Hh]e|[Ss]he|I|[Ww]e|[A-Z][a-z]+ [A-Z][a-z]+)\\b");
    private static final Pattern BACK_OR_DATE = Pattern.compile(
            "(?i)\\b(their|our|we|both|two|leaders|\\d+|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                    + "january|february|march|april|may|june|july|august|september|october|november|december)\\b");
    /** A quotation mark, a transcript's "Name:" label, or "according to": what attributes words with no verb of saying. */
    private static final Pattern QUOTE_OR_LABEL = Pattern.compile("[“”\"]|[A-Za-z]:(\\s|$)|\\b[Aa]ccording to\\b");

    /** A yearless dateline whose year only the terms of office of the people named settle is weak evidence. */
    private static final double TERMS_CONFIDENCE = 0.5;
    /** How many days a dispatch's dateline may precede its publication (wire copy published the next day or so). */
    private static final int DATELINE_LEAD_DAYS = 3;

    private final Nlp nlp;
    private final Gazetteer gazetteer;
    private final Places places;
    private final ChannelNames channelNames;

    private static final class Holder {
        static final Extractor SHARED = new Extractor(Nlp.shared(), Gazetteer.standard(), Places.standard());
    }

    /** The process-wide extractor: its models load once, on first use. */
    public static Extractor shared() {
        return Holder.SHARED;
    }

    public Extractor(Nlp nlp, Gazetteer gazetteer, Places places) {
        this.nlp = nlp;
        this.gazetteer = gazetteer;
        this.places = places;
        this.channelNames = new ChannelNames(gazetteer);
    }

    public Extraction extract(Article article) {
        BodyText body = new BodyText(article);
        String text = body.text();
        List<NameMatch> matches = gazetteer.scan(text);
        List<Span> spans = nlp.sentences(text);
        LocalDate anchor = anchorDate(article, matches);
        List<Span> datelineSpans = datelineSpans(article, text);
        PlaceResolver placeResolver = new PlaceResolver(gazetteer, places, text, matches);
        ExtractionContext context = new ExtractionContext(article, body, gazetteer, placeResolver, matches, anchor, datelineSpans);

        // The sentences are analysed as parallel tasks, in the fork/join pool of the calling thread (the ingest's
        // workers, else the common pool), so that idle threads can take some of a long article's sentences.
        List<AnalysedSentence> analysed = java.util.stream.IntStream.range(0, spans.size()).parallel().mapToObj(i -> {
            Span s = spans.get(i);
            String sentence = text.substring(s.start(), s.end());
            // "Xi returned to Europe in May. In Paris, Macron brought in von der Leyen for a three-way session": the
            // sentence before one that counts more people than it names may supply them and their time.
            // A sentence that tells someone's trip may date the stops the next sentences tell.
            boolean tag = isCandidate(sentence, s, matches) || ContactExtractor.tellsTrip(sentence) || i + 1 < spans.size()
                    && ContactExtractor.countsPeople(text.substring(spans.get(i + 1).start(), spans.get(i + 1).end()));
            return tag ? nlp.tag(sentence, s.start()) : null;
        }).toList();
        List<QuoteSpan> quotes = QuoteSpan.find(text);
        ActorResolver resolver = new ActorResolver(gazetteer, text, anchor, matches, quotes);
        resolver.learnNames(analysed.stream().filter(a -> a != null).toList());
        analysed = withLearnedNamesTagged(text, spans, analysed, resolver);
        resolver.learnAuthors(article);
        resolver.learnHome(article);

        List<SentenceView> sentences = new ArrayList<>();
        ContactExtractor contacts = new ContactExtractor(context);
        Actor subject = null;
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            AnalysedSentence tagged = analysed.get(i);
            List<ActorMention> mentions = resolver.resolve(s.start(), s.end(), tagged, subject);
            // Parts of speech and time expressions are left until a sentence needs them: most do not.
            Supplier<AnalysedSentence> withPartsOfSpeech = tagged == null ? () -> null
                    : new Lazy<>(() -> nlp.partsOfSpeech(tagged));
            Actor own = subjectOf(mentions.stream().filter(m -> !resolver.quoted(m.start())).toList(),
                    withPartsOfSpeech);
            Supplier<List<EntitySpan>> times = tagged == null || !nlp.mayHoldTime(tagged.text()) ? List::of
                    : new Lazy<>(() -> nlp.times(withPartsOfSpeech.get(), context.anchorLocalDate(s.start())));
            SentenceView view = new SentenceView(i, s.start(), s.end(), text.substring(s.start(), s.end()),
                    tagged, mentions, own, withPartsOfSpeech, times);
            if (own != null) {
                subject = own;
            }
            sentences.add(view);
            contacts.accept(view);
        }
        List<Contact> found = contacts.contacts();
        List<Statement> statements = new StatementExtractor(context, resolver, sentences, found, quotes, channelNames).extract();
        return new Extraction(withSettledDate(article, anchor), resolver.actors(), found, statements);
    }

    /**
     * A sentence worth the costly annotators: it names someone and holds a trigger, a speech verb, a quote, a list of
     * the sides of a table or companions (whose people a meeting told beside it may have).
     */
    private static boolean isCandidate(String sentence, Span span, List<NameMatch> matches) {
        boolean named = matches.stream().anyMatch(m -> m.start() >= span.start() && m.end() <= span.end())
                || NAME_OR_PRONOUN.matcher(sentence).find();
        if (Lexicon.TRIGGERS.stream().anyMatch(t -> t.pattern().matcher(sentence).find())) {
            // A contact's people may be named elsewhere, when the sentence points back to them or dates it
            // ("their talks in Beijing on February 4").
            return named || BACK_OR_DATE.matcher(sentence).find();
        }
        if (!named) {
            return false;
        }
        if (QUOTE_OR_LABEL.matcher(sentence).find() || Delegations.listsSides(sentence) || ContactExtractor.namesCompanions(sentence)) {
            return true;
        }
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (Speech.isSpeechWord(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Whitmore had been in Moscow last week": a sentence that holds a trigger and names, by family name alone, someone the
     * gazetteer lacks is worth the annotators too, once the article's full names are learnt, for the time of the contact.
     */
    private List<AnalysedSentence> withLearnedNamesTagged(String text, List<Span> spans, List<AnalysedSentence> analysed,
                                                          ActorResolver resolver) {
        return java.util.stream.IntStream.range(0, spans.size()).parallel().mapToObj(i -> {
            Span s = spans.get(i);
            String sentence = text.substring(s.start(), s.end());
            boolean tag = analysed.get(i) == null && Lexicon.TRIGGERS.stream().anyMatch(t -> t.pattern().matcher(sentence).find())
                    && resolver.namesLearnedPerson(sentence);
            return tag ? nlp.tag(sentence, s.start()) : analysed.get(i);
        }).toList();
    }

    /** The person a sentence is about: the first named person followed by a verb, else the first person. */
    private static Actor subjectOf(List<ActorMention> mentions, Supplier<AnalysedSentence> withPartsOfSpeech) {
        List<ActorMention> persons = mentions.stream().filter(ActorMention::isPerson).toList();
        if (persons.isEmpty()) {
            return null;
        }
        AnalysedSentence analysed = persons.size() > 1 ? withPartsOfSpeech.get() : null;
        if (analysed != null) {
            for (ActorMention m : persons) {
                List<Token> next = analysed.tokens().stream().filter(t -> t.begin() >= m.end()).limit(2).toList();
                // "Zelenskyy, who had questioned whether Putin could …, pushed back": a relative clause names its subject.
                boolean relative = next.size() == 2 && next.get(0).word().equals(",") && next.get(1).word().equalsIgnoreCase("who");
                if (!next.isEmpty() && next.get(0).pos().matches("VB[DZP]|MD") || relative) {
                    return m.actor();
                }
            }
        }
        return persons.get(0).actor();
    }

    /**
     * The date relative expressions are anchored on: the dateline's day when it lies a few days before the
     * publication day (a dispatch filed on the 14th and published on the 15th), else the publication day, else the
     * dateline's day with its year settled by the terms of office of the people the article names (only when one
     * year fits).
     */
    private LocalDate anchorDate(Article article, List<NameMatch> matches) {
        if (article.published() != null) {
            LocalDate published = article.published().date().toLocalDate().orElse(null);
            return published == null ? null : datelineDayBefore(article.dateline(), published).orElse(published);
        }
        Article.Dateline dateline = article.dateline();
        if (dateline == null || dateline.monthDay() == null) {
            return null;
        }
        if (dateline.year() != null) {
            return dateline.monthDay().atYear(dateline.year());
        }
        Set<String> people = matches.stream().filter(m -> m.kind() == MatchKind.PERSON_NAME && m.iris().size() == 1)
                .map(m -> m.iris().get(0)).collect(Collectors.toSet());
        List<Gazetteer.Person> withTerms = people.stream().map(gazetteer::personByIri).flatMap(Optional::stream)
                .filter(p -> !p.positions().isEmpty()).toList();
        if (withTerms.isEmpty()) {
            return null;
        }
        List<LocalDate> fits = new ArrayList<>();
        for (int year = Year.now().getValue(); year >= 1990; year--) {
            if (!dateline.monthDay().isValidYear(year)) {
                continue;
            }
            LocalDate day = dateline.monthDay().atYear(year);
            if (withTerms.stream().allMatch(p -> p.positions().stream().anyMatch(pos -> pos.covers(day)))) {
                fits.add(day);
            }
        }
        return fits.size() == 1 ? fits.get(0) : null;
    }

    /** The dateline's day, in the year that puts it at most {@value #DATELINE_LEAD_DAYS} days before the given day. */
    private static Optional<LocalDate> datelineDayBefore(Article.Dateline dateline, LocalDate published) {
        if (dateline == null || dateline.monthDay() == null) {
            return Optional.empty();
        }
        for (int year = published.getYear(); year >= published.getYear() - 1; year--) {
            if ((dateline.year() == null || dateline.year() == year) && dateline.monthDay().isValidYear(year)) {
                LocalDate day = dateline.monthDay().atYear(year);
                long lead = java.time.temporal.ChronoUnit.DAYS.between(day, published);
                if (lead >= 0 && lead <= DATELINE_LEAD_DAYS) {
                    return Optional.of(day);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The article with the publication date its dateline gives once the year is settled ("Moscow, Apr 16 (AP)"
     * and Li Shangfu's term of office give 2023-04-16), so that the graph records it with its evidence.
     */
    private static Article withSettledDate(Article article, LocalDate anchor) {
        if (article.published() != null || anchor == null || article.dateline() == null) {
            return article;
        }
        Span source = article.dateline().source();
        String words = source == null ? "" : article.sourceText().substring(source.start(), source.end());
        DateEvidence settled = new DateEvidence(PartialDate.of(anchor), "dateline, year from terms of office", words, source,
                TERMS_CONFIDENCE);
        return article.withPublished(settled);
    }

    /** Where the dateline lies in the body, so its date is not taken for an event's. */
    private static List<Span> datelineSpans(Article article, String text) {
        if (article.dateline() == null || article.dateline().source() == null) {
            return List.of();
        }
        Span source = article.dateline().source();
        if (source.end() > article.sourceText().length()) {
            return List.of();
        }
        String words = article.sourceText().substring(source.start(), source.end());
        int at = text.indexOf(words);
        return at < 0 ? List.of() : List.of(new Span(at, at + words.length()));
    }
}
