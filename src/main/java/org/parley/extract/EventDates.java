package org.parley.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.PartialDate;
import org.parley.model.Span;
import org.parley.nlp.EntitySpan;

/**
 * The date of a contact: the time expression that belongs to its trigger, resolved against the right day.
 * <ul>
 * <li>The expression of the trigger's own predicate wins: in "arrived on Thursday and held talks on Friday" the
 *     talks are Friday's. The nearest expression of the clause comes next; one that cannot be resolved ("on
 *     Wednesday" on a page without a date) leaves the contact undated rather than passing to a farther one.</li>
 * <li>"…in July 2000, when he met …": a "when" clause is dated by the expression it follows.</li>
 * <li>"the day before", "the next day", "that day" count from the day of the contact last reported with a date
 *     of its own (a meeting or call before a visit), else from the article's day.</li>
 * <li>A contact told in the past perfect ("had held talks"), outside reported speech, is not the day's news:
 *     without a date of its own it stays undated.</li>
 * </ul>
 * Relative expressions are resolved by SUTime against the article's day (the dateline's day where it has one, else
 * the publication day; see {@link Extractor}) and settled by {@link DateResolver}; without that day they stay unknown.
 */
final class EventDates {
    /** Calendar words; a holiday's name ("the Chinese New Year") is not the date of a contact. */
    static final Pattern DATE_WORDS = Pattern.compile(
            "\\d|\\b(today|tonight|yesterday|ago|overnight|(last|this|past|previous|same) (week|month|year|day|night|weekend)|weekend|"
                    + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
                    + "august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that name a day; a clock time without them ("3am local time") dates nothing by itself. */
    private static final Pattern DAY_WORDS = Pattern.compile(
            "(?i)\\b(today|tonight|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|"
                    + "night|january|february|march|april|may|june|july|august|september|october|november|december)\\b|\\d[./-]\\d");
    private static final Pattern LOCAL_TIME = Pattern.compile("(?i)\\blocal time\\b");
    static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    /** A date in a clause about something else: "since taking office on 1 October". */
    private static final Pattern SUBORDINATE_DATE = Pattern.compile("(?i)\\b(since|until|took office|taking office|elected|born|died)\\b");
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\b");
    /** A bare year. */
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** A capitalised word that a year may close as part of a name: "Vision 2030", "Agenda 2063", "Expo 2020". */
    private static final Pattern NAME_WORD = Pattern.compile("[\"“‘']?\\p{Lu}[\\p{L}-]*\\s$");
    /** Where one predicate of a clause ends and the next begins: "arrived on Thursday | and held talks". */
    private static final Pattern NEXT_PREDICATE = Pattern.compile(
            "(?i),?\\s+(?:and|then|but)\\s+(?:then\\s+|later\\s+|also\\s+)?(?=(?:[a-z]+ed|held|met|spoke|flew|went|took|gave|made|"
                    + "came|left|began|sat|told|said|paid|saw|drove|laid|led|hosted|received|was|were)\\b)");
    private static final Pattern WHEN_BEFORE = Pattern.compile("(?i),\\s*when\\s*$");
    /** Days counted from a day the text has just given. */
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?i)\\b(?:(?:the|a)\\s+)?(day before|previous day|day earlier|next day|following day|day after|same day|"
                    + "(?:later |earlier )?that (?:day|morning|afternoon|evening|night)|"
                    // "Earlier in the day, X received Y": the day of the contact just told, not of the news
                    + "(?:later|earlier) in the (?:day|morning|afternoon|evening)|(?:on )?the same (?:morning|afternoon|evening)|"
                    + "(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) (?:days?|weeks?) (?:later|earlier))\\b");
    /** Words of a relative day that name the reference day itself: "that day", "earlier in the day", "the same evening". */
    private static final Pattern SAME_DAY = Pattern.compile("(?i)\\b(that|in the|same) (day|morning|afternoon|evening|night)\\b");
    /** "earlier in the week", "earlier this week": a day of the report's week before its own. */
    private static final Pattern EARLIER_IN_WEEK = Pattern.compile("(?i)\\bearlier (in the|this) week\\b");
    /** "three days later", "a week earlier": a count of days or weeks from the day the text has just given. */
    private static final Pattern COUNTED = Pattern.compile("(?i)^(a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) (day|week)s? (later|earlier)$");
    /** "came less than a week after Trump and Putin spoke": a count of days back to the contact the clause tells. */
    private static final Pattern COUNTED_AFTER = Pattern.compile(
            "(?i)\\b(?:(less than|under|within|barely|fewer than)\\s+)?(a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+"
                    + "(day|week)s?\\s+(after)\\s+[^,.;:]*$");
    /** "came hours after Trump and Putin spoke": a contact earlier the same day as the one the clause reports. */
    private static final Pattern HOURS_AFTER = Pattern.compile(
            "(?i)\\b((?:(?:a few|several|just|only|mere|some|a couple of|two|three|four|five|six|\\d{1,2})\\s+)?hours\\s+after)\\s+[^,.;:]*$");
    private static final List<String> COUNTS = List.of("a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    /** "had held talks": the past perfect, for what came before the day's news. */
    private static final Pattern PAST_PERFECT = Pattern.compile("(?i)\\bhad\\s+(?:already\\s+|also\\s+|previously\\s+|\\w+ly\\s+)?$");
    /** "Biden said he had spoken …": in reported speech the past perfect is the news itself. */
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b(said|says|told|added|announced|confirmed|stated)\\b");
    private static final Pattern PARTICIPLE = Pattern.compile("(?i)^(?:\\w+ed|held|met|spoken|paid|made|been|seen|flown|gone)\\b");
    /** "on the 7th", as a day of the month the report is in; not "the 25th anniversary". */
    private static final Pattern ORDINAL_DAY = Pattern.compile("(?i)\\bon the ([0-3]?\\d)(?:st|nd|rd|th)\\b(?!\\s+(?:of\\b|\\p{L}))");
    private static final Pattern VAGUE = Pattern.compile("(?i).*\\b(recent|current|now|present|ongoing)\\b.*");

    /** What dating a contact found: its date and the words, or that its words name a time that cannot be resolved. */
    record DateFinding(PartialDate date, String evidence, boolean unresolvedExpression) {
        static final DateFinding NONE = new DateFinding(null, null, false);
        static final DateFinding UNRESOLVED = new DateFinding(null, null, true);
    }

    private final ExtractionContext context;

    EventDates(ExtractionContext context) {
        this.context = context;
    }

    /**
     * The date of the contact whose trigger lies at [triggerStart, triggerEnd) in the clause [clauseStart, clauseEnd).
     * An earlier contact mentioned in passing takes only its clause's date: the rest of the sentence dates the news.
     *
     * @param reported the contacts the article has reported so far
     */
    DateFinding date(SentenceView sentence, int clauseStart, int clauseEnd, int triggerStart, int triggerEnd,
                     boolean background, List<Contact> reported) {
        if (sentence.analysed() == null) {
            return DateFinding.NONE;
        }
        String text = context.text();
        int[] predicate = predicate(clauseStart, clauseEnd, triggerStart, triggerEnd);
        Matcher relative = RELATIVE_DAY.matcher(text).region(predicate[0], predicate[1]);
        if (relative.find()) {
            return fromReference(relative, sentence, reported);
        }
        // "the first summit since their meeting in Brasília in March 2021": a date after "since" is the earlier contact's.
        List<EntitySpan> times = candidates(sentence, triggerStart, triggerEnd).stream().filter(e -> e.begin() < triggerEnd
                || !SINCE.matcher(text.substring(triggerEnd, e.begin())).find()).toList();
        DateFinding own = nearest(times, predicate[0], predicate[1], triggerStart);
        Matcher earlierInWeek = EARLIER_IN_WEEK.matcher(text).region(predicate[0], predicate[1]);
        if (own.date() == null && !own.unresolvedExpression() && earlierInWeek.find()) {
            return earlierInWeek(earlierInWeek.group(), earlierInWeek.start()); // "earlier this week, on Tuesday": the Tuesday
        }
        if (own.date() != null || own.unresolvedExpression()) {
            return own;
        }
        Matcher after = COUNTED_AFTER.matcher(text.substring(Math.max(sentence.start(), triggerStart - 120), triggerStart));
        if (after.find()) {
            return beforeReference(after, sentence, reported);
        }
        Matcher hoursAfter = HOURS_AFTER.matcher(text.substring(Math.max(sentence.start(), triggerStart - 120), triggerStart));
        if (hoursAfter.find()) {
            // "hours after speaking by phone with X": the day of the contact just reported.
            LocalDate reference = referenceDay(sentence, reported);
            return reference == null ? DateFinding.UNRESOLVED
                    : new DateFinding(PartialDate.of(reference), hoursAfter.group(1).strip(), false);
        }
        Matcher ordinal = ORDINAL_DAY.matcher(text).region(predicate[0], predicate[1]);
        if (ordinal.find()) {
            return DateResolver.dayOfMonth(Integer.parseInt(ordinal.group(1)), context.anchorLocalDate(ordinal.start()))
                    .map(d -> new DateFinding(d, ordinal.group(), false)).orElse(DateFinding.UNRESOLVED);
        }
        Optional<EntitySpan> antecedent = whenAntecedent(sentence, clauseStart);
        if (antecedent.isPresent()) {
            DateFinding when = resolve(antecedent.get());
            if (when.date() != null) {
                return when;
            }
        }
        DateFinding inClause = nearest(times, clauseStart, clauseEnd, triggerStart);
        if (inClause.date() != null || inClause.unresolvedExpression() || background) {
            return inClause;
        }
        if (PAST_PERFECT.matcher(text.substring(clauseStart, triggerStart)).find()
                && PARTICIPLE.matcher(text.substring(triggerStart, triggerEnd)).find()
                && !REPORTED.matcher(text.substring(sentence.start(), triggerStart)).find()) {
            return DateFinding.UNRESOLVED;
        }
        // Outside the clause, the sentence's main event is dated first ("arrived on Monday ..., since taking office on 1 October").
        return nearest(times, sentence.start(), sentence.end(), sentence.start());
    }

    /** The trigger's own predicate: the clause cut where another coordinated verb starts. */
    int[] predicate(int clauseStart, int clauseEnd, int triggerStart, int triggerEnd) {
        int from = clauseStart;
        int to = clauseEnd;
        Matcher next = NEXT_PREDICATE.matcher(context.text()).region(clauseStart, clauseEnd);
        while (next.find()) {
            if (next.end() <= triggerStart) {
                from = next.end();
            } else if (next.start() >= triggerEnd) {
                to = next.start();
                break;
            }
        }
        return new int[] {from, to};
    }

    /**
     * The time expressions that may date the contact whose trigger lies at [triggerStart, triggerEnd): dates and times,
     * not those of a subordinate matter ("since taking office on 1 October"), unless that matter is the contact
     * itself ("since they met in Paris in May").
     */
    private List<EntitySpan> candidates(SentenceView sentence, int triggerStart, int triggerEnd) {
        List<EntitySpan> kept = new ArrayList<>();
        for (EntitySpan e : sentence.times().get()) {
            String lead = context.text().substring(Math.max(0, e.begin() - 6), e.begin());
            boolean dateLike = e.type().equals("DATE") || e.type().equals("TIME");
            boolean clockOnly = e.type().equals("TIME") && !DAY_WORDS.matcher(e.text()).find();
            if (dateLike && !clockOnly && !context.isDatelineSpan(e.begin()) && DATE_WORDS.matcher(e.text()).find()
                    && !lead.matches("(?is).*\\b(since|until|till|by)\\s+$")
                    && !yearOfAName(sentence, e)
                    && !subordinate(sentence, e, triggerStart, triggerEnd)) {
                kept.add(e);
            }
        }
        return kept;
    }

    /** Whether a cue just before the expression makes it another matter's date than the contact's trigger between them. */
    private boolean subordinate(SentenceView sentence, EntitySpan e, int triggerStart, int triggerEnd) {
        int from = Math.max(sentence.start(), e.begin() - 40);
        Matcher cue = SUBORDINATE_DATE.matcher(context.text()).region(from, e.begin());
        int cueEnd = -1;
        while (cue.find()) {
            cueEnd = cue.end();
        }
        return cueEnd >= 0 && !(cueEnd <= triggerStart && triggerEnd <= e.begin());
    }

    /**
     * A year that closes a name ("a roadmap titled Horizon 2047", "the Vision 2030 plan"): a capitalised word that is
     * no calendar word stands just before it, inside the sentence rather than opening it ("In 2019, ...").
     */
    private boolean yearOfAName(SentenceView sentence, EntitySpan e) {
        if (!YEAR.matcher(e.text()).matches()) {
            return false;
        }
        int from = context.text().lastIndexOf(' ', Math.max(sentence.start(), e.begin() - 2)) + 1;
        if (from <= sentence.start()) {
            return false;
        }
        String word = context.text().substring(from, e.begin());
        return NAME_WORD.matcher(word).matches() && !DATE_WORDS.matcher(word).find();
    }

    /**
     * The expression within [from, to) nearest the given offset. The first that names a definite time settles it:
     * resolved, it dates the contact; unresolvable, it leaves the contact undated.
     */
    private DateFinding nearest(List<EntitySpan> times, int from, int to, int near) {
        List<EntitySpan> byDistance = new ArrayList<>(times.stream().filter(e -> e.begin() >= from && e.end() <= to).toList());
        byDistance.sort(Comparator.comparingInt(e -> Math.min(Math.abs(e.begin() - near), Math.abs(e.end() - near))));
        for (EntitySpan e : byDistance) {
            DateFinding found = resolve(e);
            if (found.date() != null || found.unresolvedExpression()) {
                return found;
            }
        }
        return DateFinding.NONE;
    }

    /**
     * "earlier in the week": a day from the Monday of the report's week to the day before it; its month when those days
     * lie in one month, else no date that can be told.
     */
    private DateFinding earlierInWeek(String words, int at) {
        LocalDate anchor = context.anchorLocalDate(at);
        if (anchor == null || anchor.getDayOfWeek() == java.time.DayOfWeek.MONDAY) {
            return DateFinding.UNRESOLVED;
        }
        LocalDate monday = anchor.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        LocalDate last = anchor.minusDays(1);
        return monday.getMonth() == last.getMonth()
                ? new DateFinding(new PartialDate(monday.getYear(), monday.getMonthValue(), null), words, false) : DateFinding.UNRESOLVED;
    }

    /**
     * The date a time expression starting exactly at {@code at} gives: the earlier contact a "since" phrase names
     * ("has not spoken to him since a call in December 2022"), which {@link #date} leaves out.
     */
    DateFinding startingAt(SentenceView sentence, int at) {
        if (sentence.analysed() == null) {
            return DateFinding.NONE;
        }
        return sentence.times().get().stream().filter(e -> e.begin() == at && DATE_WORDS.matcher(e.text()).find())
                .findFirst().map(this::resolve).orElse(DateFinding.NONE);
    }

    /**
     * The first definite date a whole sentence gives ("Xi's return to Europe in May 2024 was ..."): the time of a
     * contact that takes its people from that sentence and tells no time of its own.
     */
    DateFinding toldIn(SentenceView sentence) {
        if (sentence.analysed() == null) {
            return DateFinding.NONE;
        }
        return nearest(sentence.times().get().stream().filter(e -> e.type().equals("DATE") && DATE_WORDS.matcher(e.text()).find()
                && !context.isDatelineSpan(e.begin())).toList(), sentence.start(), sentence.end(), sentence.start());
    }

    private DateFinding resolve(EntitySpan e) {
        Optional<PartialDate> date = localWeekday(e);
        if (date.isEmpty()) {
            date = DateResolver.resolve(e.normalized(), e.text(), context.anchorLocalDate(e.begin()));
        }
        if (date.isEmpty() && e.normalized() == null) {
            // "the early hours of Wednesday", which SUTime leaves without a value: the weekday it names.
            Matcher weekday = WEEKDAY.matcher(e.text());
            date = weekday.find() ? DateResolver.lastWeekday(weekday.group(1), context.anchorLocalDate(e.begin())) : Optional.empty();
        }
        if (date.isPresent()) {
            return new DateFinding(date.get(), e.text(), false);
        }
        return e.normalized() != null && !VAGUE.matcher(e.text()).matches() ? DateFinding.UNRESOLVED : DateFinding.NONE;
    }

    /**
     * The day a weekday told in local time names: "at 3am local time on Wednesday" in a report filed on Tuesday is the day
     * after: the place's clock runs up to a day ahead of the report's, so its next day may already have come.
     */
    private Optional<PartialDate> localWeekday(EntitySpan e) {
        LocalDate anchor = context.anchorLocalDate(e.begin());
        Matcher weekday = WEEKDAY.matcher(e.text());
        String around = context.text().substring(Math.max(0, e.begin() - 30), Math.min(context.text().length(), e.end() + 30));
        return anchor != null && weekday.find() && LOCAL_TIME.matcher(around).find()
                ? DateResolver.lastWeekday(weekday.group(1), anchor.plusDays(1)) : Optional.empty();
    }

    /** "… in July 2000, when he met …": the expression that ends just before ", when". */
    private Optional<EntitySpan> whenAntecedent(SentenceView sentence, int clauseStart) {
        String before = context.text().substring(Math.max(sentence.start(), clauseStart - 12), clauseStart);
        Matcher when = WHEN_BEFORE.matcher(before);
        if (!when.find()) {
            return Optional.empty();
        }
        int comma = clauseStart - before.length() + when.start();
        return sentence.times().get().stream().filter(e -> e.end() <= comma && comma - e.end() <= 1).findFirst();
    }

    /**
     * "The day before": counted from the day of a contact reported with a date of its own: one of the same sentence
     * ("arrived on Monday and met him the same day"), else the last meeting or call, else the last visit; else from
     * the article's day.
     */
    private DateFinding fromReference(Matcher relative, SentenceView sentence, List<Contact> reported) {
        // "A day after that she was in Hanoi, meeting X": one count dates both contacts of its sentence; the
        // second does not count again from the first.
        Span here = context.mention(sentence.start(), sentence.start(), sentence).sentence();
        Optional<Contact> counted = reported.stream().filter(c -> c.evidence().sentence().equals(here)
                && relative.group().equals(c.dateEvidence()) && c.date() != null).findFirst();
        if (counted.isPresent()) {
            return new DateFinding(counted.get().date(), relative.group(), false);
        }
        LocalDate reference = referenceDay(sentence, reported);
        if (reference == null) {
            return DateFinding.UNRESOLVED;
        }
        String words = relative.group(1).toLowerCase(Locale.ROOT);
        return new DateFinding(PartialDate.of(reference.plusDays(shift(words))), relative.group(), false);
    }

    /** The day a count of days is taken from: see {@link #fromReference}; null when the text gives none. */
    private LocalDate referenceDay(SentenceView sentence, List<Contact> reported) {
        Span here = context.mention(sentence.start(), sentence.start(), sentence).sentence();
        List<Contact> dated = reported.stream()
                .filter(c -> c.dateEvidence() != null && c.date() != null && c.date().toLocalDate().isPresent()).toList();
        Comparator<Contact> preference = Comparator.comparing((Contact c) -> c.evidence().sentence().equals(here))
                .thenComparing(c -> c.type() != ContactType.VISIT).thenComparing(dated::indexOf);
        return dated.stream().max(preference).map(c -> c.date().toLocalDate().orElseThrow()).orElse(context.anchorLocalDate(sentence.start()));
    }

    /**
     * "came three days after X met Y": X met Y that many days before the day of the contact just reported. "less
     * than a week after" gives only a span of days: its month when the span lies in one month, else nothing.
     */
    private DateFinding beforeReference(Matcher after, SentenceView sentence, List<Contact> reported) {
        LocalDate reference = referenceDay(sentence, reported);
        if (reference == null) {
            return DateFinding.UNRESOLVED;
        }
        String n = after.group(2).toLowerCase(Locale.ROOT);
        int count = n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : n.equals("one") ? 1 : COUNTS.indexOf(n) + 1;
        int days = count * (after.group(3).equalsIgnoreCase("week") ? 7 : 1);
        String words = after.group().substring(0, after.end(4) - after.start()).strip();
        if (after.group(1) == null) {
            return new DateFinding(PartialDate.of(reference.minusDays(days)), words, false);
        }
        LocalDate first = reference.minusDays(days);
        LocalDate last = reference.minusDays(1);
        return first.getMonth() == last.getMonth() && first.getYear() == last.getYear()
                ? new DateFinding(new PartialDate(first.getYear(), first.getMonthValue(), null), words, false)
                : DateFinding.UNRESOLVED;
    }

    /** How many days the words count from the day given: "the day before" -1, "three days later" 3. */
    static int shift(String words) {
        Matcher counted = COUNTED.matcher(words);
        if (counted.matches()) {
            String n = counted.group(1).toLowerCase(Locale.ROOT);
            int count = n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : n.equals("one") ? 1 : COUNTS.indexOf(n) + 1;
            int days = count * (counted.group(2).equalsIgnoreCase("week") ? 7 : 1);
            return counted.group(3).equalsIgnoreCase("earlier") ? -days : days;
        }
        if (SAME_DAY.matcher(words).find()) {
            return 0;
        }
        return words.contains("before") || words.contains("previous") || words.contains("earlier")
                ? -1 : words.contains("next") || words.contains("following") || words.contains("after") ? 1 : 0;
    }
}
