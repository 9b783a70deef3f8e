package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.link.Gazetteer;
import org.parley.link.Gazetteer.MatchKind;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.rdf.Ids;
import org.parley.rdf.Parley;

/**
 * Who a verb of saying belongs to. The speaker is the subject before the verb ("Peskov said", "Kim Tae-hyo, first
 * deputy director of the National Security Office, told"), or after it ("said the Chinese defence minister"): a
 * person the resolver found (a name, a title, a pronoun), a person by honorific ("His Highness affirmed"), an
 * unnamed office-holder ("a No 10 spokesperson"), an institution ("the Japanese Foreign Ministry", "the Kremlin") or a
 * channel ("state broadcaster CCTV"), which credits words rather than speaks them.
 */
final class Speakers {
    /** What kind of speaker a subject is. */
    enum Role { PERSON, INSTITUTION, CHANNEL }

    /**
     * A subject of a verb of saying.
     *
     * @param actor   who
     * @param start   where the subject's words begin in the body text
     * @param end     where they end
     * @param role    person, institution or channel
     * @param group   the persons of a coordinated subject ("Blinken and Austin said"), the actor alone otherwise
     * @param channel a channel named in a parenthesis between subject and verb (", as quoted by Xinhua,"), or null
     */
    record Speaker(Actor actor, int start, int end, Role role, List<Actor> group, Actor channel) {
        Speaker withChannel(Actor c) {
            return new Speaker(actor, start, end, role, group, c);
        }
    }

    private static final Pattern HONORIFIC = Pattern.compile(
            "(?<![\\p{L}])(?:His|Her)\\s+(?:Royal\\s+)?(?:Highness|Majesty|Excellency)(?:\\s+the\\s+(?:[A-Z][\\p{L}-]*\\s*){1,3})?$");
    /** Words before a name that make its bearer someone a text calls "His Highness" later. */
    private static final Pattern HONOURED = Pattern.compile(
            "(?:Highness|Majesty|Excellency|King|Queen|Emir|Amir|Sultan|Sheikh|Shaikh|Crown Prince|Prince|Princess)\\s+"
                    + "(?:the\\s+)?(?:[A-Z][\\p{L}-]*\\s+){0,4}$");
    private static final String QUALIFIER = "(?:[A-Z][\\p{L}'’.-]*(?:['’]s)?|No\\.? ?10|[Ff]oreign|[Dd]efen[cs]e|[Mm]inistry|[Ss]tate|"
            + "[Gg]overnment|[Pp]residential|[Ee]mbassy|[Ss]enior|[Dd]eputy|[Cc]hief|[Oo]fficial)";
    private static final Pattern SPOKESPERSON = Pattern.compile(
            "(?<![\\p{L}])(?:(?:an?|the|An?|The)\\s+)?(?<q>(?:" + QUALIFIER + "\\s+){0,4})"
                    + "(?<h>[Ss]pokes(?:person|man|woman)|[Pp]ress [Ss]ecretary)(?:\\s+for\\s+(?:the\\s+)?(?<for>[A-Z][^,;.]{2,40}?))?$");
    private static final Pattern INSTITUTION = Pattern.compile(
            "(?<![\\p{L}])(?:(?:the|The|a|A)\\s+)?(?<pre>(?:[A-Z][\\p{L}'’.-]*(?:['’]s)?\\s+){0,3})"
                    + "(?<head>(?:[Ff]oreign [Aa]ffairs|[Ee]xternal [Aa]ffairs|[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Tt]rade|[Ff]inance)?\\s*[Mm]inistry"
                    + "|[Mm]inistry of (?<of>[A-Z][\\p{L}]*(?: [A-Z][\\p{L}]*| and| of){0,4})"
                    + "|(?:[Pp]residential |[Pp]ress |[Mm]edia )?[Oo]ffice|[Pp]residency(?:['’]s [Cc]ommunications [Dd]irectorate)?"
                    + "|[Cc]ommunications [Dd]irectorate|[Pp]ress [Ss]ervice|[Gg]overnment|[Ee]mbassy"
                    + "|(?<fixed>Kremlin|White House|Downing Street|Number 10|No\\.? ?10|[EÉ]lys[eé]e(?: Palace)?|Pentagon|State Department"
                    + "|Foreign Office|Blue House))"
                    + "(?:\\s+(?:of|in)\\s+(?:the\\s+)?(?<after>[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,3}))?$");
    /** A preposition or a verb before a name makes it an object, not the speaker. */
    private static final Pattern OBJECT_BEFORE = Pattern.compile(
            "(?i)\\b(?:with|to|by|for|from|of|on|at|about|against|between|among|towards?|than|like|as|told|met|thanked|received|"
                    + "urged|asked|called|welcomed|hosted|visited|invited|quoted|greeted|congratulated|praised|accused)\\s+$");
    /** Titles and honorifics before a name ("said Dr Anjali Raghavan", "said Foreign Minister Wang Yi"). */
    private static final Pattern TITLES = Pattern.compile("(?:(?:the|a|an)\\s+)?(?:[A-Z][\\p{L}'’.-]*\\s+){0,5}");
    /** Lower-case words inside names: "von der Leyen", "bin Salman", "da Silva". */
    private static final String PARTICLE = "(?:von|van|der|den|de|da|del|di|du|al|el|bin|ibn|le|la)\\s+";
    /** A name the tagger missed, after a title that says it is a person's ("Spokesperson Stéphane Dujarric"). */
    private static final Pattern TITLED_NAME = Pattern.compile(
            "(?<![\\p{L}])(?:Spokes(?:person|man|woman)|Minister|President|Secretary|Ambassador|Envoy|Adviser|Advisor|Aide|Director|"
                    + "Chairman|Chair|Senator|Governor|General|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?)\\s+"
                    + "(?<name>(?:" + PARTICLE + ")*\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:" + PARTICLE + ")*\\p{Lu}[\\p{Ll}'’-]+){0,2})$");
    /** A title in lower case after "the": a reference back, where "The President" of a readout is its principal. */
    private static final Pattern LOWER_CASE_TITLE = Pattern.compile("(?:the|The)\\s+((?:[a-z]+\\s+)?[a-z]+)");
    /** A person referred to by a title alone: "the minister said", "the president added", readouts' "Prime Minister said". */
    private static final Pattern BARE_TITLE = Pattern.compile(
            "(?:(?<![\\p{L}])(?:the|The)\\s+|^\\W*(?=[A-Z]))(?:(?<adjective>[A-Z][\\p{L}-]*)\\s+)?(?<title>(?i:head of state|head of government|"
                    + "prime minister|foreign minister|defen[cs]e minister|(?:[a-z]+\\s+)?minister|president|premier|chancellor|secretary|"
                    + "ambassador|envoy|adviser|advisor|aide|leader|king|queen|emir|crown prince|prince|sheikh|spokesperson|spokesman|"
                    + "spokeswoman))$");
    private static final Pattern OPENING_TITLE = Pattern.compile(
            "\\W*(?:(?:the|The)\\s+)?(?:[A-Z][\\p{L}-]*\\s+)?(?:Prime Minister|President|Premier|Chancellor|Secretary|Minister|"
                    + "Foreign Minister|King|Emir|Crown Prince|Spokesperson)(?![\\p{L}])(?!\\s+of\\b)");
    /** What may stand before a clause's subject: a live blog's time stamp, an opening phrase, titles, an article. */
    private static final Pattern CLAUSE_OPENING = Pattern.compile(
            "(?s)\\W*(?:\\d{1,2}[.:]\\d{2}(?:\\s+[A-Z]{2,4})?\\s+)?(?:[^,“”\"]{0,80},\\s*|(?:At|In|On|During|After|Before|Following|Later|Earlier)\\b[^,“”\"]{0,40}?\\s+)?"
                    + "(?:(?:the|The)\\s+)?(?:[A-Z][\\p{L}'’.-]*\\s+){0,5}");
    private static final Pattern OPENING_WORDS = Pattern.compile(
            "(?i)^(?:on|in|at|but|and|meanwhile|however|later|earlier|after|before|during|according|asked|speaking|separately|also)$");

    private final ExtractionContext context;
    private final ActorResolver resolver;
    private final ChannelNames channelNames;
    private final List<SentenceView> sentences;
    private final Gazetteer gazetteer;
    /** The institutions and channels named so far, for "the ministry", "the agency" and "It quoted him". */
    private final List<Speaker> institutions = new ArrayList<>();

    Speakers(ExtractionContext context, ActorResolver resolver, ChannelNames channelNames, List<SentenceView> sentences) {
        this.context = context;
        this.resolver = resolver;
        this.channelNames = channelNames;
        this.sentences = sentences;
        this.gazetteer = context.gazetteer();
    }

    private String text() {
        return context.text();
    }

    // ------------------------------------------------------------------ subjects

    /** The subject of a verb of saying that begins at {@code verb}, looking no further back than {@code floor}. */
    Optional<Speaker> before(SentenceView s, int verb, int floor) {
        String t = text();
        Matcher fillers = Speech.FILLERS.matcher(t).region(floor, verb);
        int end = trimBack(fillers.find() ? fillers.start() : verb, floor);
        Optional<Speaker> adjacent = endingAt(s, end, floor);
        if (adjacent.isPresent() || end <= floor || t.charAt(end - 1) != ',') {
            return adjacent;
        }
        // Appositions and asides between the subject and its verb: "Kim Tae-hyo, first deputy director of the National
        // Security Office, told", "Xi, as quoted by Xinhua, said", "Poland's prime minister, Donald Tusk, addressed".
        int comma = end - 1;
        if (!t.substring(end, verb).isBlank()) {
            Optional<Speaker> asideAsFiller = endingAt(s, trimBack(comma, floor), floor);
            if (asideAsFiller.isPresent()) {
                return asideAsFiller; // "Putin, however, said"
            }
        }
        Actor channel = null;
        ActorMention apposedName = null;
        for (int k = 0; k < 3; k++) {
            int previous = t.lastIndexOf(',', comma - 1);
            if (previous < floor) {
                break;
            }
            String aside = t.substring(previous + 1, comma).trim();
            if (aside.isEmpty() || aside.split("\\s+").length > 25 || aside.matches("(?s).*[“”\"].*")) {
                break;
            }
            Optional<ChannelNames.Found> credited = channelNames.find(t, previous + 1, comma).filter(ChannelNames.Found::namesAnOutlet);
            if (credited.isPresent() && aside.matches("(?is)(?:as quoted by|according to|quoted by|citing|in an interview with)\\b.*")) {
                channel = channel(credited.get(), previous + 1);
            } else if (apposedName == null) {
                apposedName = personCovering(s, previous + 1, comma).orElse(null);
            }
            Matcher before = Speech.FILLERS.matcher(t).region(floor, previous);
            int subjectEnd = trimBack(before.find() ? before.start() : previous, floor);
            Optional<Speaker> subject = endingAt(s, subjectEnd, floor);
            boolean titleBefore = apposedName != null && t.substring(floor, subjectEnd).trim().split("\\s+").length <= 6;
            if (subject.isPresent() || titleBefore) {
                Speaker found = apposedName != null && subject.map(x -> x.role() == Role.PERSON || x.role() == Role.INSTITUTION).orElse(true)
                        ? person(apposedName, List.of(apposedName.actor())) : subject.get();
                return Optional.of(channel == null ? found : found.withChannel(channel));
            }
            comma = previous;
        }
        return Optional.empty();
    }

    /** The subject right after a verb of saying: "said Peskov", "said the Chinese defence minister". */
    Optional<Speaker> after(SentenceView s, int verbEnd, int limit) {
        String t = text();
        int pos = verbEnd;
        while (pos < limit && Character.isWhitespace(t.charAt(pos))) {
            pos++;
        }
        int at = pos;
        for (ActorMention m : s.mentions()) {
            if (m.start() >= at && m.start() <= at + 60 && TITLES.matcher(t.substring(at, m.start())).matches()
                    && (m.isPerson() && m.kind() != ActorMention.Kind.PRONOUN || m.kind() == ActorMention.Kind.ORGANISATION)) {
                return Optional.of(m.isPerson() ? person(m, List.of(m.actor())) : institution(m.actor(), m.start(), m.end()));
            }
        }
        int phraseEnd = Math.min(limit, firstStop(t, at, limit));
        for (int e = phraseEnd; e > at; e--) {
            if (e == phraseEnd || !Character.isLetterOrDigit(t.charAt(e)) && Character.isLetterOrDigit(t.charAt(e - 1))) {
                Optional<Speaker> phrase = phraseEndingAt(at, e);
                if (phrase.isPresent() && phrase.get().start() == at) {
                    return phrase;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The person a clause is about: a named person who opens it, after an opening phrase at most ("On Tuesday
     * afternoon, Putin received Modi and described …"), titles included.
     */
    Optional<Speaker> clauseSubject(SentenceView s, int floor, int before) {
        for (ActorMention m : s.mentionsIn(floor, before)) {
            if (isSubjectMention(m) && !possessive(m) && CLAUSE_OPENING.matcher(text().substring(floor, m.start())).matches()) {
                return Optional.of(person(m, List.of(m.actor())));
            }
        }
        // "Prime Minister accepted the invitation and said …": a title opens the clause
        Matcher title = OPENING_TITLE.matcher(text()).region(floor, before);
        return title.lookingAt() ? phraseEndingAt(floor, title.end()) : Optional.empty();
    }

    private static int firstStop(String t, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = t.charAt(i);
            if (c == ',' || c == ';' || c == '.' || c == ':' || c == '“' || c == '"') {
                return i;
            }
        }
        return limit;
    }

    /** The subject whose words end at {@code end}. */
    private Optional<Speaker> endingAt(SentenceView s, int end, int floor) {
        String t = text();
        if (end <= floor) {
            return Optional.empty();
        }
        for (ActorMention m : s.mentions()) {
            if (m.end() != end || m.start() < floor) {
                continue;
            }
            if (m.kind() == ActorMention.Kind.ORGANISATION) {
                return Optional.of(institution(m.actor(), m.start(), m.end()));
            }
            if (!isSubjectMention(m) || isObject(m.start(), floor)) {
                return Optional.empty();
            }
            Matcher anaphor = LOWER_CASE_TITLE.matcher(m.text());
            if (m.kind() == ActorMention.Kind.DESCRIPTION && anaphor.matches()) {
                // "the minister said": the one the text last called minister, before any office-holder the title fits
                Optional<Actor> titled = titled(anaphor.group(1), m.start());
                if (titled.isPresent()) {
                    return Optional.of(new Speaker(titled.get(), m.start(), m.end(), Role.PERSON, List.of(titled.get()), null));
                }
            }
            return Optional.of(person(m, coordinated(s, m, floor)));
        }
        String lead = t.substring(floor, end);
        if (lead.matches("(?s).*,\\s*who$")) {
            // "…, Xi met Putin, who said": the relative pronoun stands for the name before it.
            int comma = floor + lead.lastIndexOf(',');
            return s.mentions().stream().filter(m -> m.end() == trimBack(comma, floor) && isSubjectMention(m)).findFirst()
                    .map(m -> person(m, List.of(m.actor())));
        }
        if (lead.matches("(?s)(?:.*\\W)?(?:It|it)$")) {
            return latestInstitution(end);
        }
        return phraseEndingAt(floor, end);
    }

    /** An honorific, an unnamed spokesperson, an institution or a channel whose words end at {@code end}. */
    private Optional<Speaker> phraseEndingAt(int floor, int end) {
        String t = text();
        String lead = t.substring(floor, end);
        Matcher honorific = HONORIFIC.matcher(lead);
        if (honorific.find()) {
            int start = floor + honorific.start();
            return honoured(start).map(a -> new Speaker(a, start, end, Role.PERSON, List.of(a), null));
        }
        Matcher bare = BARE_TITLE.matcher(lead);
        if (bare.find()) {
            int start = floor + bare.start();
            // "the Ukrainian Head of State": a country's office; "Prime Minister": a title of two words
            boolean national = bare.group("adjective") != null && gazetteer.country(bare.group("adjective")).isPresent();
            String title = national || bare.group("adjective") == null ? bare.group("title") : bare.group("adjective") + " " + bare.group("title");
            Optional<Actor> titled = (national ? holderOf(bare.group("adjective"), title) : Optional.<Actor>empty())
                    .or(() -> titled(title, start));
            if (titled.isPresent()) {
                return Optional.of(new Speaker(titled.get(), start, end, Role.PERSON, List.of(titled.get()), null));
            }
        }
        Matcher titledName = TITLED_NAME.matcher(lead);
        if (titledName.find() && (titledName.group("name").contains(" ") || resolver.byFamilyName(titledName.group("name")).isPresent())) {
            String name = titledName.group("name");
            Actor person = resolver.byFamilyName(name)
                    .orElseGet(() -> new Actor("person/" + Ids.slug(name), name, ActorKind.PERSON, null, null, null));
            int start = floor + titledName.start("name");
            return Optional.of(new Speaker(person, start, end, Role.PERSON, List.of(person), null));
        }
        Matcher spokesperson = SPOKESPERSON.matcher(lead);
        if (spokesperson.find()) {
            Optional<Speaker> unnamed = unnamedSpokesperson(spokesperson, floor);
            if (unnamed.isPresent()) {
                return unnamed;
            }
        }
        Optional<ChannelNames.Found> channel = channelNames.endingAt(t, floor, end).filter(ChannelNames.Found::namesAnOutlet);
        if (channel.isPresent()) {
            ChannelNames.Found c = channel.get();
            return Optional.of(new Speaker(channel(c, c.start()), c.start(), c.end(), Role.CHANNEL, List.of(), null));
        }
        Matcher institution = INSTITUTION.matcher(lead);
        if (institution.find()) {
            return institutionNamed(institution, floor);
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ persons

    private static boolean isSubjectMention(ActorMention m) {
        return m.isPerson() && !(m.kind() == ActorMention.Kind.PRONOUN && !m.text().matches("(?i)he|she"));
    }

    private boolean isObject(int start, int floor) {
        return OBJECT_BEFORE.matcher(text().substring(Math.max(floor, start - 20), start)).find();
    }

    private boolean possessive(ActorMention m) {
        return text().startsWith("'s", m.end()) || text().startsWith("’s", m.end());
    }

    private Speaker person(ActorMention m, List<Actor> group) {
        return new Speaker(m.actor(), m.start(), m.end(), Role.PERSON, group, null);
    }

    private Optional<ActorMention> personCovering(SentenceView s, int from, int to) {
        String t = text();
        return s.mentionsIn(from, to).stream().filter(m -> m.isPerson() && m.kind() != ActorMention.Kind.PRONOUN)
                .filter(m -> t.substring(from, m.start()).isBlank() && t.substring(m.end(), to).isBlank()).findFirst();
    }

    /** The subject and the persons joined to it by "and" or commas ("Both Blinken and Austin pledged"). */
    private List<Actor> coordinated(SentenceView s, ActorMention last, int floor) {
        List<Actor> result = new ArrayList<>();
        result.add(last.actor());
        List<ActorMention> persons = s.mentionsIn(floor, last.start()).stream().filter(Speakers::isSubjectMention).toList();
        int boundary = last.start();
        // "Kamikawa and her Australian counterpart Penny Wong described": titles and a counterpart between
        String titles = "(?:(?:the|his|her|their)\\s+)?(?:(?:[A-Z][\\p{L}'’.-]*|counterparts?)\\s+){0,5}";
        for (int j = persons.size() - 1; j >= 0; j--) {
            ActorMention previous = persons.get(j);
            String between = text().substring(previous.end(), boundary);
            // "A and B said", "A, B and C said": the conjunct next to the verb's subject is joined by "and".
            String joint = result.size() == 1 ? ",?\\s*and\\s*" : "\\s*(,|,?\\s*and)\\s*";
            if (!between.matches("(?s)" + joint + titles)) {
                break;
            }
            if (!result.contains(previous.actor())) {
                result.add(0, previous.actor());
            }
            boundary = previous.start();
        }
        return List.copyOf(result);
    }

    /** "The Ukrainian Head of State": the holder, on the article's date, of that office of the country the adjective names. */
    private Optional<Actor> holderOf(String adjective, String title) {
        String t = title.toLowerCase(Locale.ROOT);
        Gazetteer.Role role = t.matches("head of state|president|king|queen|emir") ? Gazetteer.Role.HEAD_OF_STATE
                : t.matches("head of government|prime minister|premier|chancellor") ? Gazetteer.Role.HEAD_OF_GOVERNMENT
                : t.equals("foreign minister") ? Gazetteer.Role.FOREIGN_MINISTER
                : t.matches("defen[cs]e minister") ? Gazetteer.Role.DEFENCE_MINISTER : null;
        return role == null ? Optional.empty() : gazetteer.country(adjective).flatMap(c -> resolver.holder(c.iso3(), role));
    }

    /**
     * "The minister": the latest person the text named with that title, before the name ("Unification Minister Kim
     * Yung-ho") or after it ("Charles Michel, the president of the European Council").
     */
    private Optional<Actor> titled(String title, int before) {
        // "the minister" is no prime minister, "the president" no vice president: another office with the same head word
        String word = "(?<![Pp]rime\\s)(?<![Vv]ice[\\s-])(?i:" + Pattern.quote(title) + ")";
        Pattern titleBefore = Pattern.compile("\\b" + word + "\\s+(?:[A-Z][\\p{L}'’.-]*\\s+){0,3}$");
        Pattern titleAfter = Pattern.compile("^,\\s+(?:the\\s+|a\\s+)?[^,;.]{0,60}?\\b" + word + "\\b");
        Actor found = null;
        for (SentenceView s : sentences) {
            if (s.start() >= before) {
                break;
            }
            for (ActorMention m : s.mentions()) {
                if (m.isPerson() && m.kind() != ActorMention.Kind.PRONOUN && m.end() <= before
                        && (titleBefore.matcher(text().substring(Math.max(0, m.start() - 50), m.start())).find()
                        || titleAfter.matcher(text().substring(m.end(), Math.min(before, m.end() + 80))).find())) {
                    found = m.actor();
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** "His Highness": the latest person the text gave an honorific or a royal title. */
    private Optional<Actor> honoured(int before) {
        Actor found = null;
        for (SentenceView s : sentences) {
            if (s.start() >= before) {
                break;
            }
            for (ActorMention m : s.mentions()) {
                if (m.isPerson() && m.kind() != ActorMention.Kind.PRONOUN && m.start() < before
                        && HONOURED.matcher(text().substring(Math.max(0, m.start() - 60), m.start())).find()) {
                    found = m.actor();
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** "A No 10 spokesperson", "a Chinese Foreign Ministry spokesman": an office-holder the text does not name. */
    private Optional<Speaker> unnamedSpokesperson(Matcher m, int floor) {
        String qualifier = stripOpeningWords(m.group("q")).trim();
        String forWhom = m.group("for");
        if (qualifier.isEmpty() && forWhom == null) {
            return Optional.empty(); // "a spokesperson": for whom, the text does not say here
        }
        String label = (qualifier + " " + m.group("h") + (forWhom == null ? "" : " for " + forWhom)).trim().replaceAll("\\s+", " ");
        Actor actor = unnamed(label, countryIn(qualifier + " " + (forWhom == null ? "" : forWhom)).orElse(null));
        int start = floor + m.start();
        return Optional.of(new Speaker(actor, start, floor + m.end(), Role.PERSON, List.of(actor), null));
    }

    /**
     * A person known only by an office's title ("No 10 spokesperson", "Chinese Foreign Ministry spokesperson"): one
     * actor per title, with the office when the gazetteer has it, since which holder spoke the text does not say.
     */
    Actor unnamed(String label, String countryIso3) {
        String office = gazetteer.scan(label).stream().filter(x -> x.kind() == MatchKind.OFFICE_TITLE)
                .flatMap(x -> x.iris().stream()).map(gazetteer::officeByIri).flatMap(Optional::stream)
                .filter(o -> countryIso3 != null && countryIso3.equals(o.countryIso3())).map(o -> o.iri().substring(Parley.ID.length()))
                .findFirst().orElse(null);
        return new Actor("person/" + Ids.slug(label), label, ActorKind.PERSON, null, countryIso3, office);
    }

    /** A title with its country's adjective before it ("Foreign Ministry Spokesperson" of CHN: "Chinese Foreign …"). */
    String withCountry(String title, String countryIso3) {
        String adjective = countryIso3 == null ? null : gazetteer.country(countryIso3)
                .flatMap(c -> c.adjectives().stream().findFirst()).orElse(null);
        return adjective == null || title.startsWith(adjective) ? title : adjective + " " + title;
    }

    // ------------------------------------------------------------------ institutions and channels

    /** "the Japanese Foreign Ministry", "Ukraine's foreign ministry", "the Kremlin", "the ministry". */
    private Optional<Speaker> institutionNamed(Matcher m, int floor) {
        String pre = stripOpeningWords(m.group("pre"));
        String head = m.group("head");
        String after = m.group("after");
        int start = floor + m.start() + (m.group("pre") == null ? 0 : m.group("pre").length() - pre.length());
        if (pre.isEmpty()) {
            start = floor + m.start();
        }
        int end = floor + m.end();
        Optional<String> country = countryIn(pre).or(() -> after == null ? Optional.empty() : countryIn(after));
        Actor actor;
        if (m.group("fixed") != null) {
            actor = fixedInstitution(m.group("fixed"));
        } else if (head.toLowerCase(Locale.ROOT).endsWith("ministry") || m.group("of") != null) {
            // "Ministry of External Affairs", "the Foreign Ministry", "the Indian Ministry of External Affairs"
            boolean afterIsField = after != null && countryIn(after).isEmpty();
            String named = m.group("of") != null ? m.group("of") : afterIsField ? after : null;
            String kind = named != null ? ministryField(named + " ministry") : ministryField(pre + head);
            String field = kind.isEmpty() && named != null ? named : kind;
            if (country.isEmpty()) {
                // "the ministry": the one last named, if any
                int at = start;
                return institutions.stream().filter(i -> i.start() < at && i.actor().label().startsWith("Ministry of " + field))
                        .reduce((a, b) -> b).map(i -> new Speaker(i.actor(), at, end, Role.INSTITUTION, List.of(), null));
            }
            String countryName = gazetteer.country(country.get()).map(Gazetteer.Country::label).orElse(country.get());
            String label = field.isEmpty() ? "Ministry of " + countryName : "Ministry of " + field + " of " + countryName;
            actor = new Actor("org/" + Ids.slug(label), label, ActorKind.ORGANISATION, null, country.get(), null);
        } else {
            if (pre.isEmpty() && after == null) {
                return Optional.empty(); // "the government", "the office": whose?
            }
            String label = (pre + head + (after == null ? "" : " of " + after)).replaceAll("\\s+", " ").trim();
            actor = new Actor("org/" + Ids.slug(label), label, ActorKind.ORGANISATION, null, country.orElse(null), null);
        }
        return Optional.of(remember(new Speaker(actor, start, end, Role.INSTITUTION, List.of(), null)));
    }

    /** The field a ministry's name gives ("Japanese Foreign Ministry" is of Foreign Affairs), or "". */
    private static String ministryField(String name) {
        Matcher kind = MINISTRY_KIND.matcher(name);
        if (!kind.find()) {
            return "";
        }
        String k = kind.group().toLowerCase(Locale.ROOT);
        if (k.startsWith("foreign") || k.startsWith("external")) {
            return "Foreign Affairs";
        }
        return k.startsWith("defen") ? "Defence" : Character.toUpperCase(k.charAt(0)) + k.substring(1);
    }

    private static final Pattern MINISTRY_KIND = Pattern.compile(
            "(?i)\\b(?:foreign affairs|external affairs|foreign|defen[cs]e|interior|trade|finance)(?=\\s+ministry\\b)");

    private static Actor fixedInstitution(String name) {
        String label = switch (name.replace(".", "").replace(" ", "").toLowerCase(Locale.ROOT)) {
            case "number10", "no10" -> "Downing Street";
            case "elysee", "élysée", "elyseepalace", "élyséepalace" -> "Élysée Palace";
            default -> name;
        };
        return new Actor("org/" + Ids.slug(label), label, ActorKind.ORGANISATION, null, institutionCountry(label).orElse(null), null);
    }

    /** The country of an institution known by its seat ("the Kremlin", "No 10"). */
    private static Optional<String> institutionCountry(String words) {
        Matcher seat = SEAT.matcher(words);
        if (!seat.find()) {
            return Optional.empty();
        }
        String name = seat.group().replace(".", "").replace(" ", "").toLowerCase(Locale.ROOT);
        return Optional.of(switch (name) {
            case "kremlin" -> "RUS";
            case "whitehouse", "pentagon", "statedepartment" -> "USA";
            case "elysee", "élysée", "elyseepalace", "élyséepalace" -> "FRA";
            case "bluehouse" -> "KOR";
            default -> "GBR"; // Downing Street, No 10, Number 10, the Foreign Office
        });
    }

    private static final Pattern SEAT = Pattern.compile(
            "Kremlin|White House|Pentagon|State Department|[EÉ]lys[eé]e(?: Palace)?|Blue House|Downing Street|Number 10|No\\.? ?10|Foreign Office");

    private Speaker institution(Actor actor, int start, int end) {
        return remember(new Speaker(actor, start, end, Role.INSTITUTION, List.of(), null));
    }

    /** A channel phrase's organisation; "the agency" is the channel the text named last. */
    Actor channel(ChannelNames.Found found, int at) {
        if (found.anaphoric()) {
            Optional<Speaker> last = institutions.stream().filter(i -> i.role() == Role.CHANNEL && i.start() < at).reduce((a, b) -> b);
            if (last.isPresent()) {
                return last.get().actor();
            }
        }
        Actor actor = channelNames.actor(found);
        remember(new Speaker(actor, found.start(), found.end(), Role.CHANNEL, List.of(), null));
        return actor;
    }

    /**
     * The channel of "he was quoted by Xinhua as saying": the one after "by", else the one named last (", he was
     * also quoted as saying" after "according to a readout carried by CCTV").
     */
    Optional<Actor> quotingChannel(SpeechVerb passive) {
        return channelNamed(passive.end(), passive.saying().start()).or(() -> recentChannel(passive.start()));
    }

    /** The first channel named in text[from, to). */
    Optional<Actor> channelNamed(int from, int to) {
        return channelNames.find(text(), from, to).filter(ChannelNames.Found::namesAnOutlet).map(c -> channel(c, c.start()));
    }

    private Speaker remember(Speaker speaker) {
        if (institutions.stream().noneMatch(i -> i.start() == speaker.start())) {
            institutions.add(speaker);
        }
        return speaker;
    }

    /** "It quoted him as saying": the channel or institution named last, in this sentence or the one before. */
    private Optional<Speaker> latestInstitution(int before) {
        int from = previousSentenceStart(before);
        Matcher keyword = INSTITUTION_KEYWORD.matcher(text()).region(from, before);
        while (keyword.find()) {
            phraseEndingAt(from, keyword.end());
        }
        recentChannel(before);
        return institutions.stream().filter(i -> i.start() >= from && i.start() < before).reduce((a, b) -> b)
                .map(i -> new Speaker(i.actor(), before - 2, before, i.role(), List.of(), null));
    }

    /** The channel named last, in this sentence or the one before ("He was also quoted as saying"). */
    Optional<Actor> recentChannel(int before) {
        int from = previousSentenceStart(before);
        for (int at = from; at < before; ) {
            Optional<ChannelNames.Found> c = channelNames.find(text(), at, before);
            if (c.isEmpty()) {
                break;
            }
            if (c.get().namesAnOutlet()) {
                channel(c.get(), c.get().start());
            }
            at = c.get().end();
        }
        return institutions.stream().filter(i -> i.role() == Role.CHANNEL && i.start() >= from && i.start() < before)
                .reduce((a, b) -> b).map(Speaker::actor);
    }

    private int previousSentenceStart(int before) {
        List<SentenceView> earlier = sentences.stream().filter(s -> s.start() < before).toList();
        return earlier.isEmpty() ? 0 : earlier.get(Math.max(0, earlier.size() - 2)).start();
    }

    private static final Pattern INSTITUTION_KEYWORD = Pattern.compile(
            "[Mm]inistry|[Dd]irectorate|[Pp]residency|[Pp]ress [Ss]ervice|Kremlin|White House|Downing Street|Pentagon|State Department");

    /** The country words name: an adjective, a name, a capital ("in Seoul"), an institution's seat ("No 10"). */
    private Optional<String> countryIn(String words) {
        for (String w : words.split("\\s+")) {
            String name = w.replaceAll("['’]s?$", "").trim();
            // "No" is no Norway: a two-letter name counts in capitals only ("UK", "US")
            if (name.length() < 2 || !Character.isUpperCase(name.charAt(0)) || name.length() == 2 && !name.equals(name.toUpperCase(Locale.ROOT))) {
                continue;
            }
            Optional<Gazetteer.Country> country = gazetteer.country(name).or(() -> gazetteer.countryByCapital(name));
            if (country.isPresent()) {
                return Optional.of(country.get().iso3());
            }
        }
        return institutionCountry(words);
    }

    private static String stripOpeningWords(String words) {
        if (words == null) {
            return "";
        }
        String rest = words;
        while (true) {
            String[] parts = rest.trim().split("\\s+", 2);
            if (parts.length < 2 || !OPENING_WORDS.matcher(parts[0]).matches()) {
                return rest.trim().isEmpty() ? "" : rest.replaceFirst("^\\s+", "");
            }
            rest = parts[1];
        }
    }

    private int trimBack(int pos, int floor) {
        int p = pos;
        while (p > floor && Character.isWhitespace(text().charAt(p - 1))) {
            p--;
        }
        return p;
    }
}
