package org.parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.model.Actor;
import org.parley.model.Contact;
import org.parley.model.Mention;
import org.parley.model.PartialDate;
import org.parley.model.Span;
import org.parley.model.Statement;

/**
 * Finds who said what in an article, and reconciles what the finders report: direct quotations
 * ({@link Quotations}), transcript turns ({@link TranscriptTurns}), reported speech ({@link ReportedSpeech}) and, in
 * a press statement, its authors' own sentences. A statement named inside another speaker's words was relayed by
 * that speaker (a spokesperson's readout of a leader's words); words found twice for one speaker are one statement,
 * the exact words winning over the reported ones.
 */
final class StatementExtractor {
    private static final Pattern PRESS_STATEMENT = Pattern.compile("(?i)^(press statement|statement|media note)$|^statement (by|from)\\b.*");
    private static final Pattern FIRST_PERSON_PLURAL = Pattern.compile("\\b(We|we|our|Our|us)\\b");

    private final ExtractionContext context;
    private final ActorResolver resolver;
    private final List<SentenceView> sentences;
    private final List<Contact> contacts;
    private final List<QuoteSpan> quotes;
    private final ChannelNames channelNames;

    StatementExtractor(ExtractionContext context, ActorResolver resolver, List<SentenceView> sentences, List<Contact> contacts,
                       List<QuoteSpan> quotes, ChannelNames channelNames) {
        this.context = context;
        this.resolver = resolver;
        this.sentences = sentences;
        this.contacts = contacts;
        this.quotes = quotes;
        this.channelNames = channelNames;
    }

    List<Statement> extract() {
        if (sentences.isEmpty()) {
            return List.of();
        }
        Speakers speakers = new Speakers(context, resolver, channelNames, sentences);
        ContentClause content = new ContentClause(context, speakers, channelNames);
        List<Utterance> found = new ArrayList<>(new Quotations(context, resolver, speakers, content, sentences, quotes).find());
        found.addAll(new TranscriptTurns(context, resolver, speakers, sentences).find());
        ReportedSpeech reported = new ReportedSpeech(context, speakers, content, sentences, quotes, contacts);
        List<Utterance> reports = reported.find(found);
        found.addAll(reports);
        found.addAll(reported.continuations(reports));
        found.addAll(authorsSentences(found));
        List<Utterance> reconciled = reconcile(relayed(credited(found, reported.credits())));
        ContactTies ties = new ContactTies(context, contacts);
        return reconciled.stream().sorted(Comparator.comparingInt(Utterance::start)).map(u -> statement(u, ties)).toList();
    }

    /**
     * A statement whose speaker is named inside the words of a speaker of the same side was delivered on the
     * speaker's behalf: Misri's answer "The Prime Minister reiterated …", "Peskov said Putin had told Kim that …".
     * Relayed by the other side ("Ushakov: … He said that our two great nations …"), it is the speaker's still, but
     * not delivered for them.
     */
    private static List<Utterance> relayed(List<Utterance> found) {
        List<Utterance> result = new ArrayList<>();
        for (Utterance u : found) {
            Optional<Utterance> outer = u.subjectStart() < 0 ? Optional.empty() : found.stream()
                    .filter(o -> o != u && !o.speaker().key().equals(u.speaker().key()) && covers(o, u.subjectStart()))
                    .findFirst();
            boolean onBehalf = outer.isPresent() && sameSide(outer.get().speaker(), u.speaker()) && u.deliveredBy() == null;
            result.add(onBehalf ? u.withDeliveredBy(outer.get().speaker()) : u);
        }
        return result;
    }

    /** Words credited to a channel or a source ("…, CCTV reported", "according to Peskov") take it. */
    private static List<Utterance> credited(List<Utterance> found, List<ReportedSpeech.Credit> credits) {
        List<Utterance> result = new ArrayList<>();
        for (Utterance u : found) {
            Utterance c = u;
            for (ReportedSpeech.Credit credit : credits) {
                if (!credit.covers(c)) {
                    continue;
                }
                if (credit.channel() != null && c.channel() == null) {
                    c = c.withChannel(credit.channel());
                }
                Actor deliverer = credit.deliverer();
                if (deliverer != null && c.deliveredBy() == null && !deliverer.key().equals(c.speaker().key()) && sameSide(deliverer, c.speaker())) {
                    c = c.withDeliveredBy(deliverer);
                }
            }
            result.add(c);
        }
        return result;
    }

    private static boolean covers(Utterance outer, int offset) {
        return outer.pieces().stream().anyMatch(p -> p.start() <= offset && offset < p.end());
    }

    static boolean sameSide(Actor a, Actor b) {
        return a.country() == null || b.country() == null || a.country().equals(b.country());
    }

    /**
     * One statement per speaker and words: of two whose words hold one another, the longer stays, since a mixed
     * quotation is reported speech with the quoted words in it; of two with the same words, the exact quotation
     * stays. What the one dropped knew (channel, addressee, deliverer) carries over.
     */
    private static List<Utterance> reconcile(List<Utterance> found) {
        List<Utterance> kept = new ArrayList<>();
        List<Utterance> ordered = found.stream()
                .sorted(Comparator.comparingInt((Utterance u) -> -squash(u.words()).length()).thenComparing(u -> u.kind().ordinal())
                        .thenComparing(u -> u.how().ordinal()))
                .toList();
        for (Utterance u : ordered) {
            String words = squash(u.words());
            if (words.isEmpty()) {
                continue;
            }
            int same = -1;
            for (int i = 0; i < kept.size(); i++) {
                Utterance k = kept.get(i);
                if (k.speaker().key().equals(u.speaker().key()) && squash(k.words()).contains(words)) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                kept.add(u);
            } else {
                kept.set(same, enrich(kept.get(same), u));
            }
        }
        return kept;
    }

    private static Utterance enrich(Utterance kept, Utterance dropped) {
        Utterance u = kept;
        if (u.channel() == null && dropped.channel() != null) {
            u = u.withChannel(dropped.channel());
        }
        if (u.deliveredBy() == null && dropped.deliveredBy() != null) {
            u = u.withDeliveredBy(dropped.deliveredBy());
        }
        if (u.addressee() == null && dropped.addressee() != null) {
            u = new Utterance(u.kind(), u.speaker(), u.words(), u.pieces(), u.deliveredBy(), dropped.addressee(), u.channel(),
                    u.subjectStart(), u.setting(), u.how());
        }
        return u;
    }

    /** Lower case letters and digits only: the words, whatever their punctuation. */
    private static String squash(String words) {
        return words.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /**
     * In a press statement every sentence nobody else is credited with is its authors' ("At a time when …, China is
     * doing the opposite."); in other texts, those in the first person plural ("We continue to urge …").
     */
    private List<Utterance> authorsSentences(List<Utterance> found) {
        List<Actor> authors = resolver.authors();
        if (authors.isEmpty()) {
            return List.of();
        }
        boolean pressStatement = PRESS_STATEMENT.matcher(String.valueOf(context.article().title())).find()
                || context.article().blocks().stream().limit(10).anyMatch(b -> PRESS_STATEMENT.matcher(b.text().trim()).matches());
        List<Utterance> own = new ArrayList<>();
        for (SentenceView s : sentences) {
            boolean credited = found.stream().anyMatch(u -> u.start() < s.end() && s.start() < u.end());
            boolean quotedHere = quotes.stream().anyMatch(q -> q.openStart() <= s.start() && s.start() < q.closeEnd());
            boolean firstPerson = FIRST_PERSON_PLURAL.matcher(s.text()).find() && !quotedHere;
            int end = ContentClause.trim(context.text(), s.start(), s.end());
            if (!credited && (pressStatement || firstPerson) && end - s.start() >= 3) {
                for (Actor author : authors) {
                    own.add(new Utterance(Statement.Kind.DIRECT, author, context.text().substring(s.start(), end).replaceAll("\\s+", " "),
                            List.of(new Span(s.start(), end)), null, null, null, -1, new Span(s.start(), s.end()), Utterance.How.AUTHORS));
                }
            }
        }
        return own;
    }

    private Statement statement(Utterance u, ContactTies ties) {
        List<Mention> evidence = u.pieces().stream()
                .map(p -> context.mention(p.start(), p.end(), sentenceAt(sentences, p.start()).orElse(sentences.get(0)))).toList();
        int contact = ties.contactOf(u, evidence.get(0).span().start());
        PartialDate date = contact >= 0 ? contacts.get(contact).date() : context.anchorDate();
        return new Statement(u.kind(), u.speaker(), u.words(), u.deliveredBy(), u.addressee(), u.channel(), date, contact,
                u.how().confidence, evidence);
    }

    /** The sentence an offset of the body text lies in, else the first after it. */
    static Optional<SentenceView> sentenceAt(List<SentenceView> sentences, int offset) {
        return sentences.stream().filter(s -> s.start() <= offset && offset < s.end()).findFirst()
                .or(() -> sentences.stream().filter(s -> s.start() >= offset).findFirst());
    }
}
