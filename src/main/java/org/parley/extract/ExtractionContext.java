package org.parley.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.link.Gazetteer;
import org.parley.link.Gazetteer.MatchKind;
import org.parley.link.Gazetteer.NameMatch;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.ContactType;
import org.parley.model.Mention;
import org.parley.model.Place;
import org.parley.link.Places;
import org.parley.model.PartialDate;
import org.parley.model.Span;
import org.parley.nlp.EntitySpan;
import org.parley.rdf.Parley;

/** What every extraction stage of one article shares: its text, dates, places and the gazetteer. */
final class ExtractionContext {
    private static final Pattern TITLE_PLACE = Pattern.compile("\\b(?:in|to)\\s+([A-Z][\\p{L}'’.-]+(?:\\s+[A-Z][\\p{L}'’.-]+)?)\\s*$");
    private static final Pattern TITLE_PLACE_ANYWHERE = Pattern.compile("\\b(?:in|to)\\s+([A-Z][\\p{L}'’.-]+(?:\\s+[A-Z][\\p{L}'’.-]+)?)");


    private final Article article;
    private final BodyText body;
    private final Gazetteer gazetteer;
    private final List<NameMatch> matches;
    private final LocalDate anchor;
    private final PlaceResolver placeResolver;
    private final Place datelinePlace;
    private final ContactType titleType;
    private final Place titlePlace;
    private final List<Span> datelineSpans;
    /** For each kept block, the day of the live report's section it stands in, or null. */
    private final List<LocalDate> sectionDays;

    ExtractionContext(Article article, BodyText body, Gazetteer gazetteer, PlaceResolver placeResolver, List<NameMatch> matches,
                      LocalDate anchor, List<Span> datelineSpans) {
        this.article = article;
        this.body = body;
        this.gazetteer = gazetteer;
        this.matches = matches;
        this.anchor = anchor;
        this.datelineSpans = datelineSpans;
        this.sectionDays = DayHeadings.underHeadings(article, anchor);
        this.placeResolver = placeResolver;
        this.datelinePlace = article.dateline() == null || article.dateline().place() == null ? null
                : placeResolver.resolve(article.dateline().place());
        String title = article.title() == null ? "" : article.title();
        this.titleType = typeNamedBy(title);
        this.titlePlace = placeIn(title);
    }

    String text() {
        return body.text();
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    PartialDate anchorDate() {
        return anchor == null ? null : PartialDate.of(anchor);
    }

    /**
     * The day words at the offset are told on: the day heading the live report's section they stand in ("Wed 19 Jun
     * 2024"), else the article's day.
     */
    LocalDate anchorLocalDate(int offset) {
        int block = body.blockIndex(offset);
        LocalDate section = block < 0 ? null : sectionDays.get(block);
        return section != null ? section : anchor;
    }

    PartialDate anchorDate(int offset) {
        LocalDate day = anchorLocalDate(offset);
        return day == null ? null : PartialDate.of(day);
    }

    /** Where the article was filed from: evidence of a contact's place only where the text ties them ("here"). */
    Place datelinePlace() {
        return datelinePlace;
    }

    /** True for offsets inside the dateline, whose date is the article's, not an event's. */
    boolean isDatelineSpan(int offset) {
        return datelineSpans.stream().anyMatch(s -> s.start() <= offset && offset < s.end());
    }

    /**
     * The type a vague "spoke with" or "conversation with" gets: a video call or meeting when the title says
     * so, else a phone call, which is what readouts mean by it.
     */
    ContactType weakCallType() {
        return titleType == ContactType.VIDEO_CALL ? titleType : ContactType.PHONE_CALL;
    }

    /**
     * A contact's place when its sentence names none: the title's ("Talks in Geneva"), when the title is about a
     * contact of that type. Never the dateline's: an outlet files from its own city.
     */
    Place titlePlace(ContactType type) {
        return titlePlace != null && (titleType == null || titleType == type) ? titlePlace : null;
    }

    private static ContactType typeNamedBy(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        if (t.matches(".*\\bvideo.*")) {
            return ContactType.VIDEO_CALL;
        }
        if (t.matches(".*\\b(call|phone|telephone|spoke|conversation)\\b.*")) {
            return ContactType.PHONE_CALL;
        }
        if (t.matches(".*\\b(meet|meets|met|meeting|talks|summit)\\b.*")) {
            return ContactType.MEETING;
        }
        if (t.matches(".*\\b(visit|visits|trip|travel)\\b.*")) {
            return ContactType.VISIT;
        }
        return null;
    }

    /** "Talks in Geneva": a place the title names after "in" or "to", when it is known or ends the title. */
    private Place placeIn(String title) {
        Matcher m = TITLE_PLACE.matcher(title);
        if (!m.find()) {
            m = TITLE_PLACE_ANYWHERE.matcher(title);
            if (!m.find()) {
                return null;
            }
        }
        String candidate = m.group(1);
        Optional<Place> known = placeResolver.known(candidate);
        if (known.isPresent()) {
            return known.get();
        }
        boolean endsTitle = title.trim().endsWith(candidate) && gazetteer.scan(candidate).isEmpty();
        return endsTitle ? placeResolver.resolve(candidate) : null;
    }

    /** Places in a sentence, resolved to countries and gazetteer places. */
    List<PlaceMention> places(SentenceView sentence) {
        return placeResolver.in(sentence);
    }

    /** The country or gazetteer place a name stands for, if the gazetteers know it. */
    Optional<Place> knownPlace(String name) {
        return placeResolver.known(name);
    }

    /** The world place gazetteer. */
    Places placeGazetteer() {
        return placeResolver.places();
    }

    /** Countries named by adjective or name between two offsets ("the Russian-Indian summit"). */
    List<String> countriesNamedIn(int from, int to) {
        return matches.stream().filter(m -> m.start() >= from && m.end() <= to
                        && (m.kind() == MatchKind.COUNTRY_ADJECTIVE || m.kind() == MatchKind.COUNTRY_NAME) && m.iris().size() == 1)
                .map(m -> m.iris().get(0).substring(m.iris().get(0).lastIndexOf('/') + 1)).distinct().toList();
    }

    /**
     * Who held, on the date, the office seated in the venue ("the White House": the President of the United States):
     * empty when the venue seats no office, or the gazetteer knows not exactly one holder then.
     */
    Optional<Actor> seatHolder(Place venue, PartialDate date) {
        Optional<Gazetteer.Office> office = gazetteer.officeSeatedAt(Parley.ID + venue.key());
        if (office.isEmpty() || date == null) {
            return Optional.empty();
        }
        List<Gazetteer.Position> holders = gazetteer.holders(office.get().iri(), date.start()).stream()
                .filter(p -> p.covers(date.end())).toList();
        return holders.size() != 1 ? Optional.empty() : gazetteer.personByIri(holders.get(0).personIri())
                .map(p -> new Actor(p.iri().substring(Parley.ID.length()), p.label(), org.parley.model.ActorKind.PERSON, p.wikidata(),
                        office.get().countryIso3(), office.get().iri().substring(Parley.ID.length())));
    }

    /** Whether a person held any office on that date, when the gazetteer knows their terms. */
    boolean inOffice(Actor person, PartialDate date) {
        Optional<Gazetteer.Person> p = gazetteer.personByIri(Parley.ID + person.key());
        if (p.isEmpty() || p.get().positions().isEmpty()) {
            return true;
        }
        return p.get().positions().stream().anyMatch(pos -> !pos.start().isAfter(date.end())
                && (pos.end() == null || !pos.end().isBefore(date.start())));
    }

    /** Evidence for the words [start, end) of the body in a sentence, with offsets into the original input. */
    Mention mention(int start, int end, SentenceView sentence) {
        return new Mention(body.toSource(start, end), text().substring(start, end),
                body.toSource(sentence.start(), sentence.end()), sentence.text());
    }

    Article article() {
        return article;
    }
}
