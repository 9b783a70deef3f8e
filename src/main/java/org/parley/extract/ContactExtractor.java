package org.parley.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.link.Gazetteer;
import org.parley.model.PartialDate;
import org.parley.model.Span;
import org.parley.extract.EventDates.DateFinding;

/**
 * Finds the contacts an article reports: a trigger ("met", "telephone conversation", "state visit"), the
 * participants in its clause, its place and its date; planned, hypothetical and denied contacts are left
 * out, and earlier contacts mentioned in passing are kept only with a date the text gives.
 */
final class ContactExtractor {
    /** "the two leaders", "both presidents": the participants of the contact last reported. */
    static final Pattern GROUP = Pattern.compile(
            "\\b(the two|both|the) (leaders|presidents|heads of state|sides|ministers|secretaries|counterparts|parties)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A clause opened by these words places its contact before the one being reported. */
    private static final Pattern EARLIER_CLAUSE = Pattern.compile("(?i)\\b(after|before|since|following|than)\\s*$");
    /** "their talks", "our conversation", "we held a videoconference": words that point back to known people. */
    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "\\b(their|our)\\s+([\\w-]+\\s+){0,3}(talks|meeting|summit|call|conversation|videoconference|discussion|visit)|\\bwe\\s+(held|had|met|spoke|talked)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BRIEFED_ON = Pattern.compile(
            "(?is)\\b(briefed|informed|told|updated|reported|spoke|talked)\\b.*\\b(on|about|of|after|following)\\s+(the|his|her|their|a|an)?\\s*([\\w-]+\\s+){0,3}$");
    /** Regions are not destinations of a visit between states. */
    private static final Pattern REGION = Pattern.compile(
            "(?i)europe|asia|africa|the middle east|middle east|latin america|south america|north america|the gulf|gulf|the west|the region|abroad");
    /** Buildings and seas are venues; the city they are in is the contact's place. */
    private static final Pattern VENUE = Pattern.compile(
            "(?i)\\b(palace|hall|house|hotel|cent(er|re)|complex|building|residence|castle|kremlin|pentagon|mansion|"
                    + "sea|ocean|resort|airport|villa|embassy|ministry|headquarters|office|chancellery|summit)\\b");
    /** "the situation in Ukraine": a place named as a topic of talks. */
    private static final Pattern TOPIC_BEFORE = Pattern.compile(
            "(?i)\\b(situation|crisis|conflict|war|developments|events|aggression|invasion|operation|peace|ceasefire|security|"
                    + "stability|elections?|interests|presence|troops|forces|attacks?|tensions|fighting|investment|projects?|"
                    + "cooperation|trade|violence|settlement|reconstruction|humanitarian \\w+)\\s+(in|at)\\s+(the\\s+)?$");
    /** What may stand between "the" and a trigger that a date names ("the December 7 videoconference"). */
    private static final Pattern NAMED_BY = Pattern.compile("(?s)\\bthe\\s+(.{1,80})$");
    /** One person's contacts with several others, each apart: "spoke separately with", "held separate meetings with". */
    private static final Pattern SEPARATELY = Pattern.compile("(?i)\\bseparately\\b|\\b(first )?met\\b.{3,80}\\band then\\b"
            + "|\\bseparate (bilateral |one-on-one |individual )?(meetings|talks|calls|phone calls|conversations)\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\s*,?\\s*(which|that)\\s+");
    private static final Pattern ARRIVAL = Pattern.compile("(?i)^(arrived|flew in|flown in|flies in)$");
    private static final Pattern OPENING_PLACE = Pattern.compile("^(?:While |Whilst |Once )?(?:in|In) ([A-Z][\\p{L}' -]+),");
    /** A sentence that carries on from the visit before it: "While in Kyiv, …", "During the visit, …". */
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(?:(?:While|Whilst|Once) )?(?:in|In) [A-Z][\\p{L}' -]+,|^(?:During|On the sidelines of|In the course of) (?:the|his|her|their|this) (?:visit|trip|stay|tour)\\b|^There,");
    private static final Pattern CONDITIONAL = Pattern.compile("(?i)(^|[,;]\\s*|\\s)(if|unless|whether)\\s");
    private static final Pattern SUMMIT = Pattern.compile("(?i)summit");
    private static final Pattern HERE = Pattern.compile("\\bhere\\b");
    private static final Pattern PLACE_AFTER = Pattern.compile("^\\s*(?:in|to|at|inside|near)\\s+(?:the\\s+(?:city|capital)\\s+of\\s+)?$");

    private final ExtractionContext context;
    private final EventDates eventDates;
    private final List<Contact> contacts = new ArrayList<>();
    /** Once an article names a visitor, "the visit" refers to that visit rather than to the main meeting. */
    private boolean namedVisitSeen;

    ContactExtractor(ExtractionContext context) {
        this.context = context;
        this.eventDates = new EventDates(context);
    }

    /**
     * The article's contacts, each completed from the others: a meeting without a place of its own took place
     * where one of its people's visit went ("made a working visit to Moscow. Putin held talks with Bennett"),
     * and a contact dated only by the article's own date takes the date of the visit or contact the article
     * reported just before it with the same people ("visited Kyiv yesterday ... While in Kyiv, they met").
     * Indexes are kept, since statements refer to contacts by index.
     */
    List<Contact> contacts() {
        List<Contact> settled = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            PartialDate date = c.date();
            String evidence = c.dateEvidence();
            if (evidence == null && !c.background() && CONTINUATION.matcher(c.evidence().sentenceText()).find()) {
                for (int j = i - 1; j >= 0; j--) {
                    Contact earlier = contacts.get(j);
                    if (!earlier.background() && earlier.dateEvidence() != null && sharesPerson(earlier, c)) {
                        date = earlier.date();
                        evidence = earlier.dateEvidence();
                        break;
                    }
                }
            }
            String place = c.place();
            if (place == null && c.type() == ContactType.MEETING) {
                PartialDate on = date;
                place = contacts.stream().filter(v -> v.type() == ContactType.VISIT && v.place() != null && sharesPerson(v, c)
                        && (on == null || v.date() == null || on.compatibleWith(v.date()))).map(Contact::place).findFirst().orElse(null);
            }
            settled.add(date == c.date() && place == c.place() ? c : new Contact(c.type(), c.participants(), c.host(), date,
                    evidence, place, c.background(), c.confidence(), c.flags(), c.evidence()));
        }
        return settled;
    }

    private static boolean sharesPerson(Contact a, Contact b) {
        return sharesPerson(a.participants(), b.participants());
    }

    private static boolean sharesPerson(List<Actor> some, List<Actor> others) {
        return some.stream().anyMatch(p -> others.stream().anyMatch(q -> q.key().equals(p.key())));
    }


    void accept(SentenceView sentence) {
        for (TriggerHit hit : triggers(sentence)) {
            candidate(sentence, hit).ifPresent(c -> {
                if (SEPARATELY.matcher(sentence.text()).find() && c.participants().size() >= 3) {
                    // "spoke separately with A and with B": one contact with each.
                    Actor first = c.participants().get(0);
                    for (Actor other : c.participants().subList(1, c.participants().size())) {
                        add(new Contact(c.type(), List.of(first, other), c.host(), c.date(), c.dateEvidence(), c.place(),
                                c.background(), c.confidence(), c.flags(), c.evidence()), sentence);
                    }
                } else {
                    add(c, sentence);
                }
            });
        }
    }

    private record TriggerHit(int start, int end, ContactType type, boolean weak) {
    }

    /**
     * The triggers of a sentence. Triggers a few words apart describe one contact ("held talks, via
     * videoconference"): of those the most specific type wins. Triggers further apart are separate contacts
     * ("the December 7 videoconference ... and the December 30 telephone conversation").
     */
    private List<TriggerHit> triggers(SentenceView sentence) {
        List<TriggerHit> hits = new ArrayList<>();
        List<int[]> unrealClauses = new ArrayList<>();
        for (Lexicon.Trigger trigger : Lexicon.TRIGGERS) {
            Matcher m = trigger.pattern().matcher(sentence.text());
            while (m.find()) {
                ContactType type = trigger.weak() ? context.weakCallType() : trigger.type();
                TriggerHit hit = new TriggerHit(sentence.start() + m.start(), sentence.start() + m.end(), type, trigger.weak());
                if (hits.stream().anyMatch(h -> h.start() < hit.end() && hit.start() < h.end())) {
                    continue;
                }
                if (unreal(sentence, hit)) {
                    unrealClauses.add(Clauses.around(sentence.text(), m.start(), m.end()));
                } else {
                    hits.add(hit);
                }
            }
        }
        // "did not meet Xi at the summit": what cancels one trigger cancels the others of its clause.
        hits.removeIf(h -> unrealClauses.stream().anyMatch(c -> c[0] <= h.start() - sentence.start() && h.end() - sentence.start() <= c[1]));
        hits.sort(java.util.Comparator.comparingInt(TriggerHit::start));
        List<TriggerHit> merged = new ArrayList<>();
        for (TriggerHit hit : hits) {
            TriggerHit last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            boolean close = last != null && hit.start() - last.end() <= 25 && hit.type() != ContactType.VISIT
                    && last.type() != ContactType.VISIT;
            if (close) {
                merged.set(merged.size() - 1, specificity(hit) > specificity(last) ? hit : last);
            } else {
                merged.add(hit);
            }
        }
        // One contact of each type per sentence, unless their dates set them apart (checked when adding).
        return merged;
    }

    private static int specificity(TriggerHit hit) {
        return switch (hit.type()) {
            case VIDEO_CALL -> 4;
            case PHONE_CALL -> hit.weak() ? 1 : 3;
            case MEETING -> 2;
            case VISIT -> 0;
        };
    }

    private boolean unreal(SentenceView sentence, TriggerHit hit) {
        String head = context.text().substring(sentence.start(), hit.start());
        if (sentence.text().trim().endsWith("?") || CONDITIONAL.matcher(head).find()) {
            return true; // a question or a condition reports nothing
        }
        int[] clause = Clauses.around(sentence.text(), hit.start() - sentence.start(), hit.end() - sentence.start());
        int from = Math.max(sentence.start() + clause[0], hit.start() - 60);
        String before = context.text().substring(from, hit.start());
        String[] words = before.trim().split("\\s+");
        String window = String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 6), words.length));
        if (Lexicon.UNREAL_BEFORE.matcher(window).find() || window.matches("(?is).*\\bto$")) {
            return true; // "invited him to visit", "plans to travel": an infinitive is no report of a contact
        }
        String after = context.text().substring(hit.end(), sentence.start() + clause[1]);
        return Lexicon.UNREAL_AFTER.matcher(after).find();
    }

    private Optional<Contact> candidate(SentenceView sentence, TriggerHit hit) {
        int[] clause = Clauses.around(sentence.text(), hit.start() - sentence.start(), hit.end() - sentence.start());
        int clauseStart = sentence.start() + clause[0];
        int clauseEnd = sentence.start() + clause[1];
        String clauseText = context.text().substring(clauseStart, clauseEnd);
        String opener = context.text().substring(Math.max(sentence.start(), clauseStart - 12), clauseStart);
        boolean background = Lexicon.BACKGROUND.matcher(clauseText).find() || EARLIER_CLAUSE.matcher(opener).find();
        // Dating a sentence runs SUTime over it: left until a contact needs it.
        Supplier<DateFinding> dating = new Lazy<>(() -> eventDates.date(sentence, clauseStart, clauseEnd, hit.start(), hit.end(),
                background, contacts));

        List<Actor> participants = persons(participants(sentence, hit, clauseStart, clauseEnd));
        if (hit.type() != ContactType.VISIT && participants.size() == 1 && sentence.subject() != null
                && !participants.get(0).key().equals(sentence.subject().key()) && objectOfTrigger(sentence, hit, participants.get(0))) {
            // "Rutte arrived in Ankara ..., and held talks with President Erdoğan": the sentence's subject met him.
            participants = List.of(sentence.subject(), participants.get(0));
        }
        if (hit.type() != ContactType.VISIT && participants.isEmpty()) {
            participants = relativeClauseParticipants(sentence, clauseEnd).orElse(participants);
        }
        if (hit.type() != ContactType.VISIT && participants.size() < 2) {
            participants = sameParticipantsAsMain(sentence, hit, clauseStart, clauseEnd, dating).orElse(participants);
        }
        String place = place(sentence, hit, clauseStart, clauseEnd);
        if (place == null && hit.type() == ContactType.MEETING) {
            place = destinationOfVisitInSentence(sentence, hit, participants);
        }
        Actor host = null;
        if (hit.type() == ContactType.VISIT && place == null && ARRIVAL.matcher(context.text().substring(hit.start(), hit.end())).find()) {
            // "Scholz, who arrived on Thursday, ...": he arrived where the article reports from.
            place = mainContact().map(Contact::place).orElse(context.datelinePlace());
        }
        if (hit.type() == ContactType.VISIT) {
            if (!participants.isEmpty()) {
                namedVisitSeen = true;
            } else if (!namedVisitSeen) {
                participants = visitorsOfMainMeeting(place);
                if (!participants.isEmpty()) {
                    place = mainContact().map(Contact::place).orElse(place);
                }
            }
            if (participants.isEmpty() || place == null || REGION.matcher(place).matches()) {
                return Optional.empty();
            }
            String destination = place;
            host = context.gazetteer().country(destination).map(ActorResolver::countryActor)
                    .or(() -> context.countryOfPlace(destination).map(ActorResolver::countryActor)).orElse(null);
            String hostIso = host == null ? null : host.country();
            participants = participants.stream().filter(p -> hostIso == null || !hostIso.equals(p.country())).toList();
            if (participants.isEmpty()) {
                return Optional.empty();
            }
        } else if (participants.size() < 2) {
            return Optional.empty();
        }

        DateFinding date = dating.get();
        PartialDate resolved = date.date();
        if (resolved == null && !date.unresolvedExpression()) {
            if (background) {
                return Optional.empty();
            }
            resolved = context.anchorDate();
        }
        if (place == null && hit.type() != ContactType.PHONE_CALL && hit.type() != ContactType.VIDEO_CALL && !background) {
            place = context.defaultPlace(hit.type());
        }
        List<String> flags = new ArrayList<>();
        double confidence = (hit.weak() ? 0.6 : 0.8) - (background ? 0.1 : 0);
        if (resolved != null) {
            for (Actor p : participants) {
                if (!context.inOffice(p, resolved)) {
                    flags.add("outside-term:" + p.key());
                    confidence -= 0.3;
                }
            }
        }
        return Optional.of(new Contact(hit.type(), participants, host, resolved, date.evidence(), place, background,
                Math.max(0.05, confidence), flags, context.mention(hit.start(), hit.end(), sentence)));
    }

    /**
     * "Yoon visited Tokyo on March 16-17 for talks with Kishida": talks reported with a visit of one of their
     * people, in the same sentence, were held where the visit went. Null when there is no such visit.
     */
    private String destinationOfVisitInSentence(SentenceView sentence, TriggerHit hit, List<Actor> participants) {
        Span here = context.mention(hit.start(), hit.end(), sentence).sentence();
        return contacts.stream()
                .filter(v -> v.type() == ContactType.VISIT && v.place() != null && v.evidence().sentence().equals(here))
                .filter(v -> sharesPerson(v.participants(), participants))
                .map(Contact::place).findFirst().orElse(null);
    }

    /** Whether the person is named after the trigger, as its object ("talks with X", "met X"). */
    private boolean objectOfTrigger(SentenceView sentence, TriggerHit hit, Actor person) {
        return sentence.mentions().stream().anyMatch(m -> m.actor().key().equals(person.key()) && m.start() >= hit.end()
                && m.start() - hit.end() < 60);
    }

    private static List<Actor> persons(List<Actor> actors) {
        return actors.stream().filter(a -> a.kind() == ActorKind.PERSON).toList();
    }

    /** "the consultations, which Chancellor Scholz and Prime Minister Modi held in New Delhi": the relative clause names them. */
    private Optional<List<Actor>> relativeClauseParticipants(SentenceView sentence, int clauseEnd) {
        Matcher which = RELATIVE.matcher(context.text()).region(clauseEnd, sentence.end());
        if (!which.lookingAt()) {
            return Optional.empty();
        }
        int[] next = Clauses.around(sentence.text(), which.end() - sentence.start(), which.end() - sentence.start() + 1);
        List<Actor> named = sentence.mentionsIn(which.end(), sentence.start() + next[1]).stream()
                .filter(ActorMention::isPerson).map(ActorMention::actor).distinct().toList();
        return named.size() >= 2 ? Optional.of(named) : Optional.empty();
    }

    /** The article's first reported contact between people, which later mentions refer back to. */
    private Optional<Contact> mainContact() {
        return contacts.stream().filter(c -> !c.background() && c.participants().size() >= 2).findFirst();
    }

    /**
     * An earlier contact named without its people ("the December 7 videoconference between Russia and the
     * United States", "their discussion at the Pentagon last week", "in June we held a videoconference") is
     * one between the people of the article's main contact, when the text dates it and points back to them.
     */
    private Optional<List<Actor>> sameParticipantsAsMain(SentenceView sentence, TriggerHit hit, int clauseStart, int clauseEnd,
                                                         Supplier<DateFinding> dating) {
        Optional<Contact> main = mainContact();
        if (main.isEmpty()) {
            return Optional.empty();
        }
        List<Actor> namedCountries = sentence.mentionsIn(clauseStart, clauseEnd).stream()
                .filter(m -> m.kind() == ActorMention.Kind.COUNTRY).map(ActorMention::actor).distinct().toList();
        if (namedCountries.size() >= 2 && hit.type() == ContactType.MEETING && !SUMMIT.matcher(context.text().substring(hit.start(), hit.end())).find()) {
            // "in their recent meeting in Samarkand, China and Russia addressed …": "their" is the countries', and a
            // meeting of states that names none of their people is not one the article's people can be said to have had.
            return Optional.empty();
        }
        String clauseText = context.text().substring(clauseStart, clauseEnd);
        List<String> countries = context.countriesNamedIn(clauseStart, clauseEnd);
        List<String> mainCountries = main.get().participants().stream().map(Actor::country).distinct().toList();
        boolean sameCountries = countries.size() >= 2 && mainCountries.containsAll(countries);
        String beforeTrigger = context.text().substring(clauseStart, hit.start());
        Matcher namedBy = NAMED_BY.matcher(beforeTrigger);
        boolean mayBeDatedByName = namedBy.find() && EventDates.DATE_WORDS.matcher(namedBy.group(1)).find();
        boolean backReference = BACK_REFERENCE.matcher(clauseText).find();
        if (!backReference && !sameCountries && !mayBeDatedByName) {
            return Optional.empty(); // whatever its date, the clause does not point back to the main contact
        }
        DateFinding date = dating.get();
        if (date.date() == null || date.evidence() == null) {
            return Optional.empty();
        }
        // "the December 7 videoconference": a contact named by its date alone is one the reader knows.
        boolean datedByName = beforeTrigger.matches("(?s).*\\bthe\\s+" + Pattern.quote(date.evidence()) + "\\s+([\\w-]+\\s+)?$");
        boolean pointsBack = backReference || datedByName;
        return pointsBack || sameCountries ? Optional.of(main.get().participants()) : Optional.empty();
    }

    /** "within the framework of the visit": the visitors are the main meeting's people from abroad. */
    private List<Actor> visitorsOfMainMeeting(String place) {
        Optional<Contact> main = mainContact().filter(c -> c.type() == ContactType.MEETING && c.place() != null);
        if (main.isEmpty()) {
            return List.of();
        }
        String hostIso = context.countryIsoOf(main.get().place()).orElse(null);
        if (place != null && !place.equals(main.get().place()) && !context.countryIsoOf(place).equals(Optional.ofNullable(hostIso))) {
            return List.of();
        }
        if (hostIso == null || main.get().participants().stream().noneMatch(p -> hostIso.equals(p.country()))) {
            return List.of();
        }
        return main.get().participants().stream().filter(p -> p.country() != null && !hostIso.equals(p.country())).toList();
    }

    private List<Actor> participants(SentenceView sentence, TriggerHit hit, int clauseStart, int clauseEnd) {
        Map<String, Actor> found = new LinkedHashMap<>();
        for (ActorMention m : sentence.mentionsIn(clauseStart, clauseEnd)) {
            if (m.kind() != ActorMention.Kind.COUNTRY && m.kind() != ActorMention.Kind.ORGANISATION && !excluded(m, hit)) {
                found.putIfAbsent(m.actor().key(), m.actor());
            }
        }
        boolean endsAtComma = clauseEnd < sentence.end() && context.text().charAt(clauseEnd) == ',';
        if (Clauses.isFronted(sentence.text(), clauseStart - sentence.start()) && endsAtComma) {
            sentence.mentionsIn(clauseEnd, sentence.end()).stream().filter(ActorMention::isPerson).findFirst()
                    .ifPresent(m -> found.putIfAbsent(m.actor().key(), m.actor()));
        }
        // "The two leaders held talks": the group is the trigger's subject, a few words before it.
        Matcher group = GROUP.matcher(context.text().substring(Math.max(clauseStart, hit.start() - 40), hit.start()));
        if (group.find() && !contacts.isEmpty()) {
            contacts.get(contacts.size() - 1).participants().forEach(p -> found.putIfAbsent(p.key(), p));
        }
        if (hit.type() == ContactType.VISIT) {
            // "President Biden's trip to Europe": the possessor alone is the visitor.
            Optional<ActorMention> possessor = sentence.mentionsIn(Math.max(sentence.start(), hit.start() - 60), hit.start()).stream()
                    .filter(ActorMention::isPerson)
                    .filter(m -> context.text().substring(m.end(), hit.start()).matches("['’]s?\\s+([\\w-]+\\s+){0,3}"))
                    .reduce((a, b) -> b);
            if (possessor.isPresent()) {
                return new ArrayList<>(List.of(possessor.get().actor()));
            }
            // The visitors are named before the trigger ("Xi's trip", "Blinken visited", "leaders, who arrived").
            List<ActorMention> before = sentence.mentionsIn(sentence.start(), hit.start()).stream().filter(ActorMention::isPerson).toList();
            Map<String, Actor> visitors = new LinkedHashMap<>();
            String lead = context.text().substring(Math.max(sentence.start(), clauseStart - 6), hit.start());
            List<ActorMention> pool = before.stream().filter(m -> m.start() >= clauseStart).toList();
            if (pool.isEmpty() && lead.matches("(?s).*\\bwho\\b.*")) {
                pool = before;
                pool = pool.subList(Math.max(0, pool.size() - 4), pool.size());
            }
            pool.forEach(m -> visitors.putIfAbsent(m.actor().key(), m.actor()));
            if (visitors.isEmpty()) {
                found.values().stream().filter(a -> a.kind() == ActorKind.PERSON).findFirst().ifPresent(a -> visitors.put(a.key(), a));
            }
            return new ArrayList<>(visitors.values());
        }
        return new ArrayList<>(found.values());
    }

    /**
     * A person named only as the reporter, as the one briefed on the contact, or on whose behalf greetings were
     * passed, did not take part ("Ushakov briefed the media on the telephone conversation between A and B").
     */
    private boolean excluded(ActorMention m, TriggerHit hit) {
        String before = context.text().substring(Math.max(0, m.start() - 40), m.start()).toLowerCase();
        if (before.matches("(?s).*\\b(on behalf of|greetings (from|to)|wishes to|message from|quoted|according to)\\s+(\\w+\\s+){0,4}$")) {
            return true;
        }
        if (m.end() <= hit.start()) {
            String between = context.text().substring(m.end(), hit.start());
            return BRIEFED_ON.matcher(between).find();
        }
        return false;
    }

    /**
     * The place: "in Warsaw", "visited Kyiv", "trip to Russia", "here" (the dateline's place). A venue ("the
     * Saadabad Palace") gives way to the city the dateline or title names; a topic ("the situation in
     * Ukraine") is no place at all.
     */
    private String place(SentenceView sentence, TriggerHit hit, int clauseStart, int clauseEnd) {
        List<PlaceMention> places = context.places(sentence).stream()
                .filter(p -> p.start() >= clauseStart && p.end() <= clauseEnd).toList();
        String venue = null;
        for (PlaceMention p : places) {
            boolean after = p.start() >= hit.end();
            String between = after ? context.text().substring(hit.end(), p.start()) : "";
            String before = context.text().substring(Math.max(clauseStart, p.start() - 40), p.start());
            boolean destination = hit.type() == ContactType.VISIT && after
                    && (between.isBlank() || PLACE_AFTER.matcher(between).find());
            boolean location = hit.type() != ContactType.VISIT && before.matches("(?s).*\\b(in|at)\\s+(the\\s+)?$")
                    && !TOPIC_BEFORE.matcher(before).find();
            if (!destination && !location) {
                continue;
            }
            if (VENUE.matcher(p.label()).find()) {
                venue = venue == null ? p.label() : venue;
                continue;
            }
            return p.label();
        }
        if (HERE.matcher(context.text().substring(clauseStart, clauseEnd)).find() && context.datelinePlace() != null) {
            return context.datelinePlace();
        }
        Matcher opening = OPENING_PLACE.matcher(sentence.text());
        if (hit.type() != ContactType.VISIT && opening.find()) {
            // "While in Kyiv, Blinken and Austin met ...": the place opens the sentence.
            int at = sentence.start() + opening.start(1);
            Optional<PlaceMention> named = context.places(sentence).stream().filter(p -> p.start() == at).findFirst();
            if (named.isPresent()) {
                return named.get().label();
            }
        }
        if (venue != null) {
            String fallback = context.defaultPlace(hit.type());
            return fallback != null ? fallback : venue;
        }
        return null;
    }

    /** Adds a contact, or folds it into an earlier report of the same contact in this article. */
    private void add(Contact contact, SentenceView sentence) {
        for (int i = 0; i < contacts.size(); i++) {
            Contact earlier = contacts.get(i);
            if (sameContact(earlier, contact)) {
                contacts.set(i, fold(earlier, contact));
                return;
            }
        }
        contacts.add(contact);
    }

    /**
     * Whether a later mention is the contact already reported. A later mention without a date of its own
     * refers back to it; one with a date of its own is the same contact only if the dates agree.
     */
    private static boolean sameContact(Contact earlier, Contact later) {
        if (!earlier.type().sameFamily(later.type())) {
            return false;
        }
        long shared = earlier.participants().stream().filter(p -> later.participants().stream().anyMatch(q -> q.key().equals(p.key()))).count();
        boolean people = shared >= Math.min(2, Math.min(earlier.participants().size(), later.participants().size()));
        boolean dates = later.dateEvidence() == null || earlier.date() == null || later.date() == null
                || earlier.date().compatibleWith(later.date());
        return people && dates;
    }

    /** "Kyiv" is a finer place than "Ukraine". */
    private boolean isCityIn(String city, String country) {
        return !city.equals(country) && context.gazetteer().country(country).isPresent()
                && context.countryIsoOf(city).equals(context.gazetteer().country(country).map(Gazetteer.Country::iso3))
                && context.gazetteer().country(city).isEmpty();
    }

    private Contact fold(Contact kept, Contact other) {
        Map<String, Actor> participants = new LinkedHashMap<>();
        kept.participants().forEach(p -> participants.put(p.key(), p));
        if (!other.background()) {
            other.participants().forEach(p -> participants.putIfAbsent(p.key(), p));
        }
        ContactType type = kept.type() == ContactType.PHONE_CALL && other.type() == ContactType.VIDEO_CALL ? other.type() : kept.type();
        PartialDate date = kept.date() == null ? other.date() : kept.date();
        String place = kept.place() == null || other.place() != null && isCityIn(other.place(), kept.place()) ? other.place() : kept.place();
        return new Contact(type, List.copyOf(participants.values()), kept.host() == null ? other.host() : kept.host(), date,
                date == kept.date() ? kept.dateEvidence() : other.dateEvidence(), place, kept.background() && other.background(),
                Math.max(kept.confidence(), other.confidence()), kept.flags(), kept.evidence());
    }
}
