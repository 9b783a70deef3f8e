package org.parley.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.parley.link.Gazetteer;
import org.parley.link.Places;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Article;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.DateEvidence;
import org.parley.model.Extraction;
import org.parley.model.Mention;
import org.parley.model.PartialDate;
import org.parley.model.Place;
import org.parley.model.Span;
import org.parley.model.Statement;
import org.parley.rdf.Parley;

/**
 * A reproducible stream of synthetic news, as extractions (the store-growth part of {@code bench scale} bypasses
 * CoreNLP): actors drawn from the gazetteer's office holders with a Zipf law (a few leaders in most of the news),
 * contacts of every type over 20 years, each reported by one or more outlets (duplicates to merge), some reports
 * dated only to the month, by the publication day or not at all, background mentions of earlier contacts, and
 * statements credited to a channel. Article {@code n} is the same in every run with the same seed.
 */
public final class SyntheticNews {
    /** Where synthetic articles say they were read from. */
    public static final String LOCATOR_PREFIX = "synthetic/";
    private static final LocalDate FIRST_DAY = LocalDate.of(2005, 1, 1);
    private static final int DAYS = 20 * 365;
    private static final String[] OUTLETS = {"Wire One", "Daily Courier", "Global Times Desk", "Capital Post",
            "Evening Standard Desk", "News Agency North", "Harbour Herald", "State Broadcaster", "Metro Tribune",
            "World Report"};
    /** Zipf exponent over the actors' ranks. */
    private static final double ZIPF = 1.1;

    private final long seed;
    private final List<Actor> actors;
    private final List<Place> places;
    private final double[] cumulative;

    public SyntheticNews(Gazetteer gazetteer, long seed) {
        this.seed = seed;
        List<Actor> people = new ArrayList<>();
        List<Place> capitals = new ArrayList<>();
        Places world = Places.standard();
        for (Gazetteer.Person person : gazetteer.persons()) {
            String country = person.positions().stream()
                    .map(p -> gazetteer.officeByIri(p.officeIri()).map(Gazetteer.Office::countryIso3).orElse(null))
                    .filter(Objects::nonNull).findFirst().orElse(null);
            if (country == null) {
                continue;
            }
            people.add(new Actor(person.iri().substring(Parley.ID.length()), person.label(), ActorKind.PERSON,
                    person.wikidata(), country, null));
            capitals.add(world.capital(country).orElse(null));
        }
        // A fixed shuffle, so that the most frequent actors are not simply the gazetteer's first.
        SplittableRandom order = new SplittableRandom(seed);
        for (int i = people.size() - 1; i > 0; i--) {
            int j = order.nextInt(i + 1);
            people.set(i, people.set(j, people.get(i)));
            capitals.set(i, capitals.set(j, capitals.get(i)));
        }
        this.actors = List.copyOf(people);
        this.places = capitals;
        cumulative = new double[actors.size()];
        double total = 0;
        for (int i = 0; i < actors.size(); i++) {
            total += 1 / Math.pow(i + 1, ZIPF);
            cumulative[i] = total;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= total;
        }
    }

    /** The actors by frequency, most frequent first. */
    public List<Actor> actors() {
        return actors;
    }

    /** A real contact: what outlets report. */
    private record RealContact(ContactType type, List<Actor> participants, LocalDate day, Place place) {
    }

    /** Real contact {@code n}: the same for every article that reports it. */
    private RealContact realContact(long n) {
        SplittableRandom random = new SplittableRandom(seed * 31 + n);
        ContactType type = ContactType.values()[pick(random, 0.45, 0.25, 0.1, 0.2)];
        int first = zipf(random);
        List<Actor> participants = new ArrayList<>();
        participants.add(actors.get(first));
        if (type != ContactType.VISIT) {
            int second = first;
            while (second == first) {
                second = zipf(random);
            }
            participants.add(actors.get(second));
            if (type == ContactType.MEETING && random.nextInt(10) == 0) {
                int third = zipf(random);
                if (third != first && third != second) {
                    participants.add(actors.get(third));
                }
            }
        }
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
        Place place = type == ContactType.PHONE_CALL || type == ContactType.VIDEO_CALL ? null
                : places.get(type == ContactType.VISIT ? zipf(random) : first);
        return new RealContact(type, participants, day, place);
    }

    /**
     * Article {@code n}. Articles report real contacts in bursts: about half report a contact of their own, the
     * others one of the few contacts before them (another outlet's account of the same contact).
     */
    public Extraction article(long n) {
        SplittableRandom random = new SplittableRandom(seed * 17 + n * 1_000_003L);
        long contactNumber = random.nextInt(2) == 0 || n < 4 ? n : n - 1 - random.nextInt(3);
        RealContact main = realContact(contactNumber);
        String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        LocalDate published = main.day().plusDays(random.nextInt(3));
        String text = "Synthetic report " + n + " by " + outlet + ": " + main.participants().get(0).label() + " "
                + main.type().localName() + ".";
        Mention evidence = new Mention(new Span(0, 9), "Synthetic", new Span(0, text.length()), text);
        List<Contact> contacts = new ArrayList<>();
        int dating = pick(random, 0.7, 0.1, 0.1, 0.1);
        PartialDate date = switch (dating) {
            case 0 -> PartialDate.of(main.day());
            case 1 -> PartialDate.of(published);
            case 2 -> null;
            default -> new PartialDate(main.day().getYear(), main.day().getMonthValue(), null);
        };
        contacts.add(new Contact(main.type(), main.participants(), null, date, dating == 0 || dating == 3 ? "on " + date : null,
                main.place(), false, 0.8, List.of(), evidence));
        if (random.nextInt(10) < 3 && contactNumber > 100) {
            RealContact earlier = realContact(random.nextLong(contactNumber));
            contacts.add(new Contact(earlier.type(), earlier.participants(), null,
                    new PartialDate(earlier.day().getYear(), earlier.day().getMonthValue(), null),
                    "in " + earlier.day().getMonth(), earlier.place(), true, 0.7, List.of(), evidence));
        }
        List<Statement> statements = List.of(new Statement(main.participants().get(0), "We had useful talks " + n + ".",
                random.nextBoolean(), null, random.nextInt(3) == 0 ? outlet : null, PartialDate.of(main.day()), 0, 0.8, evidence));
        List<Actor> named = contacts.stream().flatMap(c -> c.participants().stream()).distinct().toList();
        Article article = new Article(LOCATOR_PREFIX + n + ".txt", "https://news.example/" + outlet.toLowerCase().replace(' ', '-')
                + "/" + n, "Report " + n, text, List.of(), new DateEvidence(PartialDate.of(published), "meta",
                published.toString(), null), null, outlet, null, "txt", Map.of());
        return new Extraction(article, named, contacts, statements);
    }

    private int zipf(SplittableRandom random) {
        int index = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(index < 0 ? -index - 1 : index, actors.size() - 1);
    }

    private static int pick(SplittableRandom random, double... weights) {
        double r = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
