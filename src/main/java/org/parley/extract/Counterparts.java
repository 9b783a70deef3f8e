package org.parley.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.extract.EventDates.DateFinding;
import org.parley.model.Actor;
import org.parley.model.Contact;
import org.parley.model.PartialDate;

/**
 * One contact per counterpart where the text sets the counterparts apart: "spoke separately with A and with B",
 * "hosted A on Monday and B on Thursday", "met A in May and B in June". A single trigger then reports several
 * contacts of its subject, each with one of the people named after it; a list of counterparts without such a cue
 * is one contact of them all.
 */
final class Counterparts {
    /** One person's contacts with several others, each apart: "spoke separately with", "held separate meetings with". */
    private static final Pattern SEPARATELY = Pattern.compile("(?i)\\bseparately\\b|\\b(first )?met\\b.{3,80}\\band then\\b"
            // "held talks with Xi, and later with Putin": a second counterpart met after the first
            + "|\\bwith\\b[^.;]{3,80}?,\\s*and (later|then|afterwards|subsequently) with (?:\\p{Lu}|his |her |their |the )"
            + "|\\bseparate (bilateral |one-on-one |individual )?(meetings|talks|calls|phone calls|conversations)\\b");

    private final ExtractionContext context;
    private final EventDates eventDates;

    Counterparts(ExtractionContext context, EventDates eventDates) {
        this.context = context;
        this.eventDates = eventDates;
    }

    /**
     * The contacts a candidate of the trigger at [triggerStart, triggerEnd) stands for, in the clause ending at
     * {@code clauseEnd}: itself, or one per counterpart.
     *
     * @param namedAfter the contact's people the words after the trigger name or refer to
     * @param reported the contacts reported so far, for dates relative to them
     */
    List<Contact> split(SentenceView sentence, int triggerStart, int triggerEnd, int clauseEnd, Contact c, List<Actor> namedAfter,
            List<Contact> reported) {
        if (c.participants().size() < 3) {
            return List.of(c);
        }
        boolean apart = SEPARATELY.matcher(sentence.text()).find();
        if (apart && namedAfter.size() == 1) {
            // "Both men held separate talks with their host": each of the group met the one counterpart apart.
            Actor counterpart = namedAfter.get(0);
            return c.participants().stream().filter(p -> !p.key().equals(counterpart.key()))
                    .map(p -> with(c, List.of(p, counterpart), c.date(), c.dateEvidence())).toList();
        }
        if (apart) {
            Actor first = c.participants().get(0);
            return c.participants().subList(1, c.participants().size()).stream()
                    .map(other -> with(c, List.of(first, other), c.date(), c.dateEvidence())).toList();
        }
        List<Contact> dated = datedApart(sentence, triggerEnd, clauseEnd, c, reported);
        return dated.isEmpty() ? List.of(c) : dated;
    }

    /**
     * "hosted Macron on Monday and Starmer on Thursday": counterparts after the trigger, each followed by a date of
     * its own that differs from the others', met the trigger's subject apart, each on that date. Empty when any
     * counterpart lacks a date of its own, or two share one.
     */
    private List<Contact> datedApart(SentenceView sentence, int triggerEnd, int clauseEnd, Contact c, List<Contact> reported) {
        Map<String, ActorMention> counterparts = new LinkedHashMap<>();
        for (ActorMention m : sentence.mentionsIn(triggerEnd, clauseEnd)) {
            if (m.isPerson() && c.participants().stream().anyMatch(p -> p.key().equals(m.actor().key()))) {
                counterparts.putIfAbsent(m.actor().key(), m);
            }
        }
        List<Actor> subjects = c.participants().stream().filter(p -> !counterparts.containsKey(p.key())).toList();
        if (counterparts.size() < 2 || subjects.isEmpty()) {
            return List.of();
        }
        List<ActorMention> named = List.copyOf(counterparts.values());
        List<Contact> apart = new ArrayList<>();
        Set<PartialDate> dates = new HashSet<>();
        for (int i = 0; i < named.size(); i++) {
            int from = lastMentionOf(sentence, named.get(i), clauseEnd);
            int to = i + 1 < named.size() ? named.get(i + 1).start() : clauseEnd;
            if (to <= from) {
                return List.of(); // counterparts named in one phrase ("the presidents of X and Y") share its date
            }
            String own = context.text().substring(from, to);
            if (!EventDates.DATE_WORDS.matcher(own).find()) {
                return List.of();
            }
            DateFinding date = eventDates.date(sentence, from, to, from, from, c.background(), reported);
            if (date.date() == null || date.evidence() == null || !own.contains(date.evidence()) || !dates.add(date.date())) {
                return List.of();
            }
            List<Actor> people = new ArrayList<>(subjects);
            people.add(named.get(i).actor());
            apart.add(with(c, people, date.date(), date.evidence()));
        }
        return apart;
    }

    /** Where the words naming a counterpart end: "British Prime Minister Keir Starmer" is one naming. */
    private static int lastMentionOf(SentenceView sentence, ActorMention first, int clauseEnd) {
        int end = first.end();
        for (ActorMention m : sentence.mentionsIn(first.start(), clauseEnd)) {
            if (m.actor().key().equals(first.actor().key()) && m.start() - end <= 1) {
                end = m.end();
            }
        }
        return end;
    }

    private static Contact with(Contact c, List<Actor> people, PartialDate date, String dateEvidence) {
        return new Contact(c.type(), people, c.host(), date, dateEvidence, c.place(), c.background(), c.confidence(), c.flags(),
                c.evidence(), c.placeEvidence());
    }
}
