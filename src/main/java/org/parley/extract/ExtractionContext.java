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
import org.parley.model.PartialDate;
import org.parley.model.Span;
import org.parley.nlp.EntitySpan;
import org.parley.rdf.Parley;

/** What every extraction stage of one article shares: its text, dates, places and the gazetteer. */
final class ExtractionContext {
    private static final Pattern TITLE_PLACE = Pattern.compile("\\b(?:in|to)\\s+([A-Z][\\p{L}'’.-]+(?:\\s+[A-Z][\\p{L}'’.-]+)?)\\s*$");
    private static final Pattern TITLE_PLACE_ANYWHERE = Pattern.compile("\\b(?:in|to)\\s+([A-Z][\\p{L}'’.-]+(?:\\s+[A-Z][\\p{L}'’.-]+)?)");

    /** "the Indian capital": the capital of the country the adjective names. */
    private static final Pattern ADJECTIVE_CAPITAL = Pattern.compile("\\b(?:the\\s+)?([A-Z][\\p{L}]+)\\s+capital\\b");
    private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+)?");

    private final Article article;
    private final BodyText body;
    private final Gazetteer gazetteer;
    private final List<NameMatch> matches;
    private final LocalDate anchor;
    private final String datelinePlace;
    private final ContactType titleType;
    private final String titlePlace;
    private final List<Span> datelineSpans;

    ExtractionContext(Article article, BodyText body, Gazetteer gazetteer, List<NameMatch> matches, LocalDate anchor,
                      List<Span> datelineSpans) {
        this.article = article;
        this.body = body;
        this.gazetteer = gazetteer;
        this.matches = matches;
        this.anchor = anchor;
        this.datelineSpans = datelineSpans;
        this.datelinePlace = article.dateline() == null ? null : article.dateline().place();
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

    LocalDate anchorLocalDate() {
        return anchor;
    }

    PartialDate anchorDate() {
        return anchor == null ? null : PartialDate.of(anchor);
    }

    String datelinePlace() {
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

    /** A meeting's place when its sentence names none: the title's ("Talks in Geneva"), else the dateline's. */
    String defaultPlace(ContactType type) {
        if (titlePlace != null && (titleType == null || titleType == type)) {
            return titlePlace;
        }
        return datelinePlace;
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

    private String placeIn(String title) {
        Matcher m = TITLE_PLACE.matcher(title);
        if (!m.find()) {
            m = TITLE_PLACE_ANYWHERE.matcher(title);
            if (!m.find()) {
                return null;
            }
        }
        String candidate = m.group(1);
        boolean known = gazetteer.country(candidate).isPresent() || countryOfPlace(candidate).isPresent();
        boolean endsTitle = title.trim().endsWith(candidate) && gazetteer.scan(candidate).isEmpty();
        return known || endsTitle ? candidate : null;
    }

    /** The country whose capital this is. */
    Optional<Gazetteer.Country> countryOfPlace(String place) {
        return gazetteer.countryByCapital(place);
    }

    /** Places in a sentence: NER locations and gazetteer countries, capital names included. */
    List<PlaceMention> places(SentenceView sentence) {
        List<PlaceMention> places = new ArrayList<>();
        if (sentence.analysed() != null) {
            for (EntitySpan e : sentence.analysed().entities()) {
                if (e.type().equals("LOCATION") || e.type().equals("CITY") || e.type().equals("COUNTRY")) {
                    places.add(new PlaceMention(e.begin(), e.end(), placeLabel(e.text())));
                }
            }
        }
        for (NameMatch m : matches) {
            if (m.kind() == MatchKind.COUNTRY_NAME && m.start() >= sentence.start() && m.end() <= sentence.end()
                    && places.stream().noneMatch(p -> p.start() <= m.start() && m.end() <= p.end())) {
                gazetteer.country(m.surface()).ifPresent(c -> places.add(new PlaceMention(m.start(), m.end(), c.label())));
            }
        }
        addCapitals(sentence, places);
        Matcher capital = ADJECTIVE_CAPITAL.matcher(sentence.text());
        while (capital.find()) {
            int s = sentence.start() + capital.start();
            int e = sentence.start() + capital.end();
            gazetteer.country(capital.group(1)).filter(c -> c.capital() != null)
                    .ifPresent(c -> places.add(new PlaceMention(s, e, c.capital())));
        }
        places.sort(java.util.Comparator.comparingInt(PlaceMention::start));
        return places;
    }

    /** Capitals the tagger missed ("visited Kyiv, Ukraine"), found word by word. */
    private void addCapitals(SentenceView sentence, List<PlaceMention> places) {
        Matcher word = CAPITALISED.matcher(sentence.text());
        while (word.find()) {
            int s = sentence.start() + word.start();
            int e = sentence.start() + word.end();
            if (places.stream().anyMatch(p -> p.start() < e && s < p.end())) {
                continue;
            }
            countryOfPlace(word.group()).ifPresent(c -> places.add(new PlaceMention(s, e, c.capital())));
        }
    }

    /** A place's label: a country by its gazetteer name, anything else as written. */
    private String placeLabel(String text) {
        String t = text.replaceAll("^the\\s+", "").trim();
        if (t.length() > 3 && t.equals(t.toUpperCase(Locale.ROOT))) {
            t = titleCase(t); // "SEOUL" in a dateline
        }
        return gazetteer.country(t).map(Gazetteer.Country::label).orElse(t);
    }

    /** The country a place lies in, when it is a country or a capital. */
    Optional<String> countryIsoOf(String place) {
        return gazetteer.country(place).or(() -> countryOfPlace(place)).map(Gazetteer.Country::iso3);
    }

    /** Countries named by adjective or name between two offsets ("the Russian-Indian summit"). */
    List<String> countriesNamedIn(int from, int to) {
        return matches.stream().filter(m -> m.start() >= from && m.end() <= to
                        && (m.kind() == MatchKind.COUNTRY_ADJECTIVE || m.kind() == MatchKind.COUNTRY_NAME) && m.iris().size() == 1)
                .map(m -> m.iris().get(0).substring(m.iris().get(0).lastIndexOf('/') + 1)).distinct().toList();
    }

    private static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder();
        for (String w : upper.toLowerCase(Locale.ROOT).split(" ")) {
            if (!w.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
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
