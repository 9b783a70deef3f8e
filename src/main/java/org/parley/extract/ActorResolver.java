package org.parley.extract;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.link.Gazetteer;
import org.parley.link.Gazetteer.MatchKind;
import org.parley.link.Gazetteer.NameMatch;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Article;
import org.parley.model.TextBlock;
import org.parley.nlp.AnalysedSentence;
import org.parley.nlp.EntitySpan;
import org.parley.rdf.Ids;
import org.parley.rdf.Parley;

/**
 * Finds the actors of an article and resolves every mention to one of them: full names through the
 * gazetteer or NER, family names to the article's full names, titles to the office they name and its
 * holder on the article's date, bare titles ("the Secretary") and pronouns to the latest fitting person.
 */
final class ActorResolver {
    /** Words of rank or courtesy that are part of neither the name nor the office. */
    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?:(?:Mr|Mrs|Ms|Dr|Shri|Smt|Shrimati|Gen|Gen\\.|General|Adm|Admiral|Lt|Col|Sen|Rep|Sir|Dame|Prof|H\\.E\\.|His Excellency|Her Excellency|"
                    + "Sheikh|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|Sen\\.|Rep\\.|Crown Prince|Prince|Princess|King|Queen|Emir|Sultan|Ayatollah|"
                    + "Supreme Leader|President|Vice President|Prime Minister|Premier|Chancellor|Secretary|Minister|Foreign Minister|"
                    + "Defen[cs]e Minister|Ambassador|Envoy|Special Envoy|Senator|Governor|Pope|Patriarch|Metropolitan)\\s+)+");
    /** A personal name as written in running text: capitalised words ("Vincent Magwenya", "Jean-Noël Barrot"). */
    private static final Pattern PERSONAL_NAME = Pattern.compile("\\p{Lu}[\\p{Ll}'’.-]+(\\s+\\p{Lu}[\\p{Ll}'’.-]+){1,3}");
    /** ", gave him", ", and then showed him": one verb, its subject the clause's. */
    private static final Pattern SHARED_SUBJECT_PREDICATE = Pattern.compile("\\s*(and\\s+)?(then\\s+)?\\p{Ll}+\\s+");
    /** "Putin met Kim": a word in lower case between two names, where "Xi, Putin's host," has none. */
    private static final Pattern VERB_BETWEEN = Pattern.compile("^\\s+\\p{Ll}+\\s");
    private static final Pattern PRONOUN = Pattern.compile("\\b([Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er)\\b");
    /** Bare office words that refer back to the latest person with such a title ("The Secretary made clear"). */
    private static final Pattern BARE_TITLE = Pattern.compile(
            "\\b[Tt]he ((?i:president|prime minister|premier|chancellor|secretary-general|secretary general|secretary|foreign minister|"
                    + "defen[cs]e minister|minister|king|crown prince|emir|vice president|spokesperson|spokesman|spokeswoman|ambassador|"
                    + "envoy|national security advis[eo]r|head of state))\\b(?! of\\b)(?!['’]s? [A-Z])");
    private static final Pattern AUTHOR_TITLE = Pattern.compile("\\b(Statement|Remarks|Message|Op-[Ee]d|Letter|Address|Speech)s?\\s+(by|from|of)\\s+");
    private static final Pattern ATTRIBUTION_LINE = Pattern.compile("(?i)\\b(?:attributable|attributed) to\\s+(?:the\\s+)?([^:]{3,120}):?\\s*$");
    private static final Pattern SPOKESPERSON_LINE = Pattern.compile(
            "([A-Z][\\p{L}.\"“”' -]{2,60}),\\s+(?:[A-Z][\\w ]*\\s)?(?:Spokesperson|Spokesman|Spokeswoman|Press Secretary)");
    private static final Pattern TRAILING_NAME = Pattern.compile("((?:[A-Z][\\p{L}'’-]+\\.?\\s+)?[A-Z][\\p{L}'’-]+)\\s*$");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|my|me)\\b");
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "\\b(Secretary|Envoy|Minister|President|Premier|Chancellor|Ambassador|Senator|Governor|General|Admiral|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|"
                    + "Spokesperson|Spokesman|Spokeswoman|Adviser|Advisor|Director|Chairman|Chair|Prince|King|Sheikh|Emir)\\s+$");
    private static final Pattern COLLECTIVE = Pattern.compile(
            "\\b[Tt]he (leaders|presidents|prime ministers|heads of state|heads of government|foreign ministers|defen[cs]e ministers) of "
                    + "((?:the )?\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*)*(?:(?:, | and )(?:the )?\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*)*)+)");
    private static final Pattern COUNTERPART = Pattern.compile("\\b([Hh]is|[Hh]er) (\\p{Lu}[\\p{L}]+) counterpart\\b(?!,?\\s+(?:[A-Z][a-z]+\\s+)*\\p{Lu}[\\p{L}]+\\s+\\p{Lu})");
    private static final Pattern NAME_AFTER_TITLE = Pattern.compile("\\s+(\\p{Lu}[\\p{Ll}'’-]*(?:\\s+\\p{Lu}[\\p{Ll}'’-]*){1,2})\\b(?!\\s+\\p{Lu})");
    /** Capitalised words that open a sentence's next part rather than a name. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "\\b(On|In|At|The|And|But|For|With|After|Before|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                    + "March|April|May|June|July|August|September|October|November|December|Minister|President|Secretary|Office|Ministry|Council)\\b");
    /** The opening of a fronted phrase up to a possessive pronoun: "In his", "During her first". */
    private static final Pattern FRONTED = Pattern.compile("\\s*(In|During|At|After|Before|Following|Ahead of|On)\\s+([\\w-]+\\s+){0,3}");
    private static final Pattern OF_COUNTRY = Pattern.compile("^\\s+of\\s+(?:the\\s+)?");
    private static final Pattern POSSESSIVE = Pattern.compile("^['’]s?\\s+");
    /** A sentence's end inside a span: a word of two or more letters and a stop, not an abbreviated title ("Gen. Milley"). */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile(
            "\\p{Ll}{2,}(?<!\\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Gov|Rep|Lt|Col|Capt|Maj|Adm|Sgt|Cpl|Prof|Rev|St|Jr|Sr|Messrs|Hon|Amb|Pres))[.!?]\\s+\\p{Lu}|\\n");
    /**
     * What may stand between a fronted phrase's comma and the subject's name: its title, in apposition or not ("the
     * Australian prime minister, Anthony Albanese").
     */
    private static final Pattern SUBJECT_TITLE = Pattern.compile(
            "\\s*(?:(?:the|a|an)\\s+)?(?:(?!(?:said|says|told|and|who|which|that)\\b)[\\p{L}.'’-]+\\s+){0,5}(?:[\\p{L}.'’-]+,\\s*)?");

    /** Prepositions that open a fronted place ("In Almaty"); "To" is left out, a family name too ("To Lam"). */
    private static final Pattern LEADING_PREPOSITION = Pattern.compile(
            "(?:In|At|From|After|Before|During|Since|Near|Outside|Inside|Across|Towards?)\\s");
    /** A masthead stands in the first lines of a page. */
    private static final int MASTHEAD_BLOCKS = 3;

    private final Gazetteer gazetteer;
    private final String text;
    private final LocalDate anchor;
    private final List<NameMatch> matches;
    private final List<QuoteSpan> quotes;
    private final CountryTies countryTies;
    /** Full-name persons of the article, by key, in order of first mention. */
    private final Map<String, Actor> persons = new LinkedHashMap<>();
    /** The title words seen with each person, for bare titles. */
    private final Map<String, List<String>> titlesByPerson = new LinkedHashMap<>();
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    /** Who speaks as "I" or "we" in a statement, rather than reports on others. */
    private final List<Actor> authors = new ArrayList<>();
    /** The country (ISO alpha-3) whose own page this is; null for a page of no known country's. */
    private String homeCountry;

    ActorResolver(Gazetteer gazetteer, String text, LocalDate anchor, List<NameMatch> matches, List<QuoteSpan> quotes) {
        this.gazetteer = gazetteer;
        this.quotes = quotes;
        this.text = text;
        this.anchor = anchor;
        this.matches = matches;
        this.countryTies = new CountryTies(gazetteer, text);
    }

    /**
     * Learns who speaks in a statement that is not a report: from its title ("Statement from Secretary Rubio
     * and NSC Waltz"), or from an attribution line ("The below is attributable to Spokesperson Ned Price:",
     * "Thomas Pigott, Spokesperson"), wherever the reader placed those lines.
     */
    void learnAuthors(Article article) {
        if (article.title() != null) {
            Matcher m = AUTHOR_TITLE.matcher(article.title());
            if (m.find()) {
                String named = article.title().substring(m.end()).replaceFirst("\\s+(on|about|regarding|following)\\s.*$", "");
                for (NameMatch match : gazetteer.scan(named)) {
                    if ((match.kind() == MatchKind.PERSON_NAME || match.kind() == MatchKind.FAMILY_NAME) && match.iris().size() == 1) {
                        gazetteer.personByIri(match.iris().get(0)).map(this::toActor).ifPresent(authors::add);
                    }
                }
            }
        }
        List<TextBlock> blocks = article.blocks();
        for (TextBlock block : blocks.subList(0, Math.min(8, blocks.size()))) {
            Matcher line = ATTRIBUTION_LINE.matcher(block.text().trim());
            Matcher byline = SPOKESPERSON_LINE.matcher(block.text().trim());
            String name = line.find() ? line.group(1) : byline.matches() ? byline.group(1) : null;
            if (name != null && authors.isEmpty()) {
                personNamedIn(name).ifPresent(authors::add);
            }
        }
    }

    /**
     * Learns whose own page this is: the country of its authors, else of the official site whose masthead heads the
     * page or whose name the reader gave as the outlet. On such a page a bare title that no person of the text bears
     * is that country's office ("the Prime Minister" on the Indian ministry's site); a news outlet's page has no home,
     * since a report on other countries does not speak of its own country's leaders by title alone.
     */
    void learnHome(Article article) {
        List<TextBlock> blocks = article.blocks();
        homeCountry = authors.stream().map(Actor::country).filter(java.util.Objects::nonNull).findFirst()
                // A masthead heads the page: a line the reader dropped before the article, not a caption or credit in it.
                .or(() -> blocks.subList(0, Math.min(MASTHEAD_BLOCKS, blocks.size())).stream()
                        .takeWhile(b -> !b.kept())
                        .flatMap(b -> gazetteer.publisherByMasthead(b.text().strip()).stream())
                        .map(Gazetteer.Organisation::countryIso3).filter(java.util.Objects::nonNull).findFirst())
                .or(() -> Optional.ofNullable(article.outlet()).flatMap(gazetteer::channel)
                        .filter(gazetteer::hasMasthead).map(Gazetteer.Organisation::countryIso3))
                .orElse(null);
    }

    /** The authors learnt from the title or an attribution line; empty for ordinary news. */
    List<Actor> authors() {
        return List.copyOf(authors);
    }

    /** The person at the end of a title-and-name phrase ("Principal Deputy Spokesperson Tommy Pigott"). */
    private Optional<Actor> personNamedIn(String phrase) {
        // 'Thomas "Tommy" Pigott' goes by the name in quotes.
        String cleaned = phrase.replaceAll("[A-Z][\\p{L}.]*\\s+[\"“]([^\"“”]+)[\"”]", "$1").trim();
        for (NameMatch match : gazetteer.scan(cleaned)) {
            if (match.kind() == MatchKind.PERSON_NAME && match.iris().size() == 1) {
                return gazetteer.personByIri(match.iris().get(0)).map(this::toActor);
            }
        }
        Matcher name = TRAILING_NAME.matcher(cleaned);
        if (!name.find()) {
            return Optional.empty();
        }
        Actor a = personByName(cleanName(name.group(1)));
        persons.putIfAbsent(a.key(), a);
        return Optional.of(persons.get(a.key()));
    }

    /** Every actor any mention resolved to, in order of first mention. */
    List<Actor> actors() {
        return List.copyOf(actors.values());
    }

    /**
     * Learns the article's full-name persons from gazetteer matches and NER, before any sentence is resolved,
     * so that "Li" resolves to "Li Shangfu" even where the full name comes later.
     */
    void learnNames(List<AnalysedSentence> analysed) {
        for (NameMatch m : matches) {
            if (m.kind() == MatchKind.PERSON_NAME) {
                linkedPerson(m.iris()).ifPresent(a -> persons.putIfAbsent(a.key(), a));
            }
        }
        for (AnalysedSentence s : analysed) {
            for (EntitySpan e : s.entities()) {
                if (e.type().equals("PERSON") && !coveredByPersonMatch(e.begin(), e.end()) && !notAName(e.text())) {
                    String name = cleanName(e.text());
                    if (name.split("\\s+").length >= 2) {
                        Actor a = personByName(name);
                        persons.putIfAbsent(a.key(), a);
                    }
                }
            }
        }
    }

    /** Resolves the mentions in one sentence, in text order. {@code previousSubject} resolves pronouns. */
    List<ActorMention> resolve(int start, int end, AnalysedSentence analysed, Actor previousSubject) {
        List<ActorMention> found = new ArrayList<>();
        List<NameMatch> inSentence = matches.stream().filter(m -> m.start() >= start && m.end() <= end).toList();
        for (NameMatch m : inSentence) {
            switch (m.kind()) {
                case PERSON_NAME -> linkedPerson(m.iris()).ifPresent(a -> found.add(mention(m.start(), m.end(), a, ActorMention.Kind.NAME)));
                case FAMILY_NAME -> {
                    if (!coveredByLongerPerson(m, analysed)) {
                        byFamilyName(m.surface()).ifPresent(a -> found.add(mention(m.start(), m.end(), a, ActorMention.Kind.FAMILY_NAME)));
                    }
                }
                case COUNTRY_NAME -> country(m).ifPresent(a -> found.add(mention(m.start(), m.end(), a, ActorMention.Kind.COUNTRY)));
                case ORGANISATION -> organisation(m).ifPresent(a -> found.add(mention(m.start(), m.end(), a, ActorMention.Kind.ORGANISATION)));
                default -> {
                }
            }
        }
        if (analysed != null) {
            for (EntitySpan e : analysed.entities()) {
                if (e.type().equals("PERSON") && !coveredByPersonMatch(e.begin(), e.end()) && !isPronoun(e.text()) && !notAName(e.text())) {
                    resolveNerPerson(e).ifPresent(a -> found.add(mention(e.begin(), e.end(), a, ActorMention.Kind.NAME)));
                }
            }
        }
        addLearnedFamilyNames(start, end, found);
        found.removeIf(m -> m.kind() == ActorMention.Kind.FAMILY_NAME && found.stream().anyMatch(o -> o != m
                && o.kind() == ActorMention.Kind.NAME && o.start() <= m.start() && m.end() <= o.end()));
        addOffices(inSentence, found);
        addBareTitles(start, end, found);
        addCollectives(start, end, found);
        addPronouns(start, end, found, previousSubject);
        addCounterparts(start, end, found);
        countryTies.tie(start, end, inSentence, found).forEach((person, iso3) -> place(person.actor(), iso3, null, found));
        found.sort(Comparator.comparingInt(ActorMention::start));
        found.forEach(m -> actors.putIfAbsent(m.actor().key(), m.actor()));
        return found;
    }

    /**
     * "According to Magwenya, …": the family name of a person the article named in full and the gazetteer lacks,
     * where NER did not tag it. Only where nothing else is named (a country, an office, another person), so that
     * a family name that is also a place stays the place.
     */
    private void addLearnedFamilyNames(int start, int end, List<ActorMention> found) {
        for (Actor person : persons.values()) {
            Optional<String> learned = learnedFamilyName(person);
            if (learned.isEmpty()) {
                continue;
            }
            String family = learned.get();
            for (int s = text.indexOf(family, start); s >= 0 && s + family.length() <= end; s = text.indexOf(family, s + 1)) {
                int e = s + family.length();
                if (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))
                        || e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
                    continue; // part of a longer word
                }
                int at = s;
                boolean named = found.stream().anyMatch(o -> o.start() < e && at < o.end())
                        || matches.stream().anyMatch(n -> n.start() < e && at < n.end());
                if (!named) {
                    byFamilyName(family).ifPresent(a -> found.add(mention(at, e, a, ActorMention.Kind.FAMILY_NAME)));
                }
            }
        }
    }

    /**
     * The family name a person the gazetteer lacks goes by alone: the last word of a full name. Empty for the
     * gazetteer's people (its name scanner matches theirs) and for what is no such name ("ABU DHABI", "Royal Highness
     * the Crown Prince").
     */
    private static Optional<String> learnedFamilyName(Actor person) {
        String[] words = person.label().split("\\s+");
        String family = words[words.length - 1];
        boolean name = person.wikidata() == null && words.length >= 2 && family.length() >= 3
                && PERSONAL_NAME.matcher(person.label()).matches() && !HONORIFIC.matcher(family + " ").matches();
        return name ? Optional.of(family) : Optional.empty();
    }

    /** Whether the words hold, alone, the family name of a person the article named in full and the gazetteer lacks. */
    boolean namesLearnedPerson(String words) {
        return persons.values().stream().map(ActorResolver::learnedFamilyName).flatMap(Optional::stream)
                .anyMatch(family -> Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(family) + "(?![\\p{L}\\d])").matcher(words).find());
    }

    private ActorMention mention(int s, int e, Actor actor, ActorMention.Kind kind) {
        return new ActorMention(s, e, text.substring(s, e), actor, kind);
    }

    private boolean coveredByPersonMatch(int s, int e) {
        return matches.stream().anyMatch(m -> m.kind() == MatchKind.PERSON_NAME && m.start() < e && s < m.end());
    }

    private boolean coveredByLongerPerson(NameMatch family, AnalysedSentence analysed) {
        if (matches.stream().anyMatch(m -> m.kind() == MatchKind.PERSON_NAME && m.start() <= family.start() && family.end() <= m.end())) {
            return true;
        }
        return analysed != null && analysed.entities().stream().anyMatch(e -> e.type().equals("PERSON")
                && e.begin() <= family.start() && family.end() <= e.end() && cleanName(e.text()).contains(" "));
    }

    private static boolean isPronoun(String s) {
        return PRONOUN.matcher(s.toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * A tagger's person span that is no name: one running over a sentence's end ("Asia. In Almaty", "March.\n\nIn
     * Almaty"), or one that opens with a preposition ("In Almaty"), the tagger having taken a fronted place for a name.
     */
    static boolean notAName(String raw) {
        return SENTENCE_INSIDE.matcher(raw).find() || LEADING_PREPOSITION.matcher(raw).lookingAt();
    }

    static String cleanName(String raw) {
        String name = raw.replaceAll("[\\s\\u00a0]+", " ").trim();
        name = HONORIFIC.matcher(name).replaceFirst("");
        name = name.replaceAll("['’]s$", "");
        return name.trim();
    }

    // ------------------------------------------------------------------ persons

    private Optional<Actor> linkedPerson(List<String> iris) {
        List<Gazetteer.Person> candidates = iris.stream().map(gazetteer::personByIri).flatMap(Optional::stream).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Gazetteer.Person chosen = candidates.stream().filter(this::inOfficeAtAnchor).findFirst().orElse(candidates.get(0));
        return Optional.of(toActor(chosen));
    }

    private boolean inOfficeAtAnchor(Gazetteer.Person p) {
        return anchor != null && p.positions().stream().anyMatch(pos -> pos.covers(anchor));
    }

    private Actor toActor(Gazetteer.Person p) {
        Gazetteer.Position current = p.positions().stream()
                .filter(pos -> anchor != null && pos.covers(anchor)).findFirst()
                .orElse(p.positions().isEmpty() ? null : p.positions().get(p.positions().size() - 1));
        String office = current == null ? null : current.officeIri().substring(Parley.ID.length());
        String country = current == null ? null : gazetteer.officeByIri(current.officeIri()).map(Gazetteer.Office::countryIso3).orElse(null);
        return new Actor(p.iri().substring(Parley.ID.length()), p.label(), ActorKind.PERSON, p.wikidata(), country, office);
    }

    private Actor personByName(String name) {
        List<Gazetteer.Person> linked = gazetteer.personsByName(name);
        String[] parts = name.split(" ");
        if (linked.isEmpty() && parts.length == 2) {
            // East Asian order, family name first: "Kishida Fumio" is Fumio Kishida.
            linked = gazetteer.personsByName(parts[1] + " " + parts[0]);
        }
        if (!linked.isEmpty()) {
            return toActor(linked.stream().filter(this::inOfficeAtAnchor).findFirst().orElse(linked.get(0)));
        }
        return new Actor("person/" + Ids.slug(name), name, ActorKind.PERSON, null, null, null);
    }

    private Optional<Actor> resolveNerPerson(EntitySpan e) {
        String name = cleanName(e.text());
        if (name.isEmpty() || HONORIFIC.matcher(name + " ").matches() || !Character.isUpperCase(name.charAt(0)) || name.length() > 3 && name.equals(name.toUpperCase(Locale.ROOT))) {
            return Optional.empty(); // "ABU DHABI —": a dateline in capitals, not a person
        }
        if (name.contains(" ")) {
            Actor a = personByName(name);
            persons.putIfAbsent(a.key(), a);
            return Optional.of(persons.get(a.key()));
        }
        Optional<Actor> known = byFamilyName(name).or(() -> fullNameWritten(name));
        if (known.isPresent()) {
            return known;
        }
        // "Special Envoy Witkoff", "Mr. Kushner": a surname after a title is a person the gazetteer lacks.
        String before = text.substring(Math.max(0, e.begin() - 30), e.begin());
        if (TITLE_BEFORE.matcher(before).find()) {
            Actor a = new Actor("person/" + Ids.slug(name), name, ActorKind.PERSON, null, null, null);
            persons.putIfAbsent(a.key(), a);
            return Optional.of(a);
        }
        return Optional.empty();
    }

    /**
     * "Orbán travelled ...": a family name whose full name the article wrote in a sentence the tagger did not read
     * ("Viktor Orbán has never been shy ..."). The first "Given Family" in the text, if its given names are not
     * titles or honorifics.
     */
    private Optional<Actor> fullNameWritten(String family) {
        Matcher full = Pattern.compile("\\b((?:\\p{Lu}[\\p{Ll}'’.-]+\\s+){1,2})" + Pattern.quote(family) + "\\b").matcher(text);
        while (full.find()) {
            String given = full.group(1).trim();
            if (!HONORIFIC.matcher(given + " ").matches() && !TITLE_BEFORE.matcher(given + " ").find()
                    && gazetteer.scan(given).isEmpty() && !notAName(full.group())) {
                Actor a = personByName(given + " " + family);
                persons.putIfAbsent(a.key(), a);
                return Optional.of(persons.get(a.key()));
            }
        }
        return Optional.empty();
    }

    /** A family name alone: the article's person of that name, else the one such office-holder on the date. */
    Optional<Actor> byFamilyName(String family) {
        String last = family.replaceAll("['’]s?$", "");
        List<Actor> inArticle = persons.values().stream().filter(a -> lastWordsMatch(a.label(), last)).toList();
        if (!inArticle.isEmpty()) {
            // "Kim" after "Kim Jong-il, the father of the current leader": the one in office on the date, if one is.
            return Optional.of(inArticle.stream().filter(a -> gazetteer.personByIri(Parley.ID + a.key()).filter(this::inOfficeAtAnchor).isPresent())
                    .findFirst().orElse(inArticle.get(0)));
        }
        // Names written family name first ("Jiang Bin" ... "Jiang said"), for people the gazetteer lacks.
        // ... and names used by their first part ("Shehbaz said" for Shehbaz Sharif), when one person fits.
        List<Actor> firstWord = persons.values().stream().filter(a -> a.label().startsWith(last + " ")).toList();
        if (firstWord.size() == 1) {
            return Optional.of(firstWord.get(0));
        }
        List<Gazetteer.Person> linked = gazetteer.personsByFamilyName(last);
        List<Gazetteer.Person> serving = linked.stream().filter(this::inOfficeAtAnchor).toList();
        if (serving.size() == 1) {
            return Optional.of(toActor(serving.get(0)));
        }
        if (anchor == null && linked.size() == 1) {
            return Optional.of(toActor(linked.get(0)));
        }
        return Optional.empty();
    }

    private boolean lastWordsMatch(String label, String family) {
        // Accents folded and hyphens as spaces: "Lam" ends "Tô Lâm", "Sisi" ends "Abdel-Fattah al-Sisi".
        String l = folded(label);
        String f = folded(family);
        return l.endsWith(" " + f) || l.equals(f) || l.startsWith(f + " ")
                && gazetteer.personsByName(label).stream().anyMatch(p -> f.equalsIgnoreCase(p.familyName()));
    }

    private static String folded(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('-', ' ').toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------ countries and organisations

    private Optional<Actor> country(NameMatch m) {
        return gazetteer.country(m.surface()).map(ActorResolver::countryActor);
    }

    static Actor countryActor(Gazetteer.Country c) {
        return new Actor("country/" + c.iso3(), c.label(), ActorKind.COUNTRY, c.wikidata(), c.iso3(), null);
    }

    private Optional<Actor> organisation(NameMatch m) {
        return gazetteer.organisation(m.surface()).map(o -> new Actor(o.iri().substring(Parley.ID.length()), o.label(),
                ActorKind.ORGANISATION, o.wikidata(), null, null));
    }

    // ------------------------------------------------------------------ offices

    /**
     * Office titles: with a name next to them they tell us the person's office (and country, for people the
     * gazetteer lacks); alone, with a country ("the Chinese defence minister"), they name the holder.
     */
    private void addOffices(List<NameMatch> inSentence, List<ActorMention> found) {
        for (NameMatch title : inSentence) {
            if (title.kind() != MatchKind.OFFICE_TITLE) {
                continue;
            }
            Optional<String> countryIso = countryBefore(title, inSentence).or(() -> countryAfter(title))
                    .or(() -> singleCountry(title));
            Optional<ActorMention> named = personNextTo(title, found).or(() -> nameAfterTitle(title, countryIso, found));
            if (named.isPresent()) {
                ActorMention person = named.get();
                titlesByPerson.computeIfAbsent(person.actor().key(), k -> new ArrayList<>()).add(title.surface().toLowerCase(Locale.ROOT));
                if (person.actor().wikidata() == null && person.actor().office() == null) {
                    Optional<Gazetteer.Office> office = officeFor(title, countryIso);
                    if (office.isPresent() || countryIso.isPresent()) {
                        place(person.actor(), office.map(Gazetteer.Office::countryIso3).orElse(countryIso.orElse(null)),
                                office.map(o -> o.iri().substring(Parley.ID.length())).orElse(null), found);
                    }
                }
                continue;
            }
            if (countryIso.isEmpty()) {
                continue;
            }
            officeFor(title, countryIso).flatMap(this::holder).ifPresent(holder -> {
                int s = descriptionStart(title, inSentence);
                int e = descriptionEnd(title);
                found.removeIf(m -> m.kind() == ActorMention.Kind.COUNTRY && m.start() >= s && m.end() <= e);
                found.add(mention(s, e, holder, ActorMention.Kind.DESCRIPTION));
                titlesByPerson.computeIfAbsent(holder.key(), k -> new ArrayList<>()).add(title.surface().toLowerCase(Locale.ROOT));
            });
        }
    }

    /** Gives a person the gazetteer lacks the country (and office) the text ties them to, here and in later mentions. */
    private void place(Actor person, String countryIso3, String officeKey, List<ActorMention> found) {
        Actor enriched = new Actor(person.key(), person.label(), ActorKind.PERSON, null, countryIso3, officeKey);
        persons.put(enriched.key(), enriched);
        found.replaceAll(m -> m.actor().key().equals(enriched.key())
                ? new ActorMention(m.start(), m.end(), m.text(), enriched, m.kind()) : m);
    }

    /**
     * "Vietnamese President To Lam": capitalised words right after a country's title name a person whom neither the
     * gazetteer nor the tagger knows; they hold the title's office in that country.
     */
    private Optional<ActorMention> nameAfterTitle(NameMatch title, Optional<String> countryIso, List<ActorMention> found) {
        if (countryIso.isEmpty()) {
            return Optional.empty();
        }
        Matcher name = NAME_AFTER_TITLE.matcher(text).region(title.end(), Math.min(text.length(), title.end() + 50));
        if (!name.lookingAt() || NOT_A_NAME.matcher(name.group(1)).find()) {
            return Optional.empty();
        }
        int s = name.start(1);
        int e = name.end(1);
        if (found.stream().anyMatch(f -> f.start() < e && s < f.end()) || matches.stream().anyMatch(m -> m.start() < e && s < m.end())) {
            return Optional.empty();
        }
        Actor person = new Actor("person/" + Ids.slug(name.group(1)), name.group(1), ActorKind.PERSON, null, countryIso.get(),
                officeFor(title, countryIso).map(o -> o.iri().substring(Parley.ID.length())).orElse(null));
        persons.putIfAbsent(person.key(), person);
        ActorMention mention = mention(s, e, persons.get(person.key()), ActorMention.Kind.NAME);
        found.add(mention);
        return Optional.of(mention);
    }

    /** A title that names its country itself ("Chinese defense minister") belongs to offices of one country. */
    private Optional<String> singleCountry(NameMatch title) {
        List<String> countries = title.iris().stream().map(gazetteer::officeByIri).flatMap(Optional::stream)
                .map(Gazetteer.Office::countryIso3).filter(java.util.Objects::nonNull).distinct().toList();
        return countries.size() == 1 ? Optional.of(countries.get(0)) : Optional.empty();
    }

    private Optional<Gazetteer.Office> officeFor(NameMatch title, Optional<String> countryIso) {
        if (countryIso.isEmpty()) {
            return Optional.empty();
        }
        return title.iris().stream().map(gazetteer::officeByIri).flatMap(Optional::stream)
                .filter(o -> countryIso.get().equals(o.countryIso3())).findFirst();
    }

    /** The holder of a country's office of a role ("the Ukrainian Head of State"), as {@link #holder(Gazetteer.Office)}. */
    Optional<Actor> holder(String countryIso3, Gazetteer.Role role) {
        return gazetteer.office(countryIso3, role).flatMap(this::holder);
    }

    /** The holder of an office: a person of the article who held it, else whoever held it on the anchor date. */
    private Optional<Actor> holder(Gazetteer.Office office) {
        for (Actor a : persons.values()) {
            Optional<Gazetteer.Person> p = gazetteer.personByIri(Parley.ID + a.key());
            if (p.isPresent() && p.get().positions().stream().anyMatch(pos -> pos.officeIri().equals(office.iri())
                    && (anchor == null || pos.covers(anchor)))) {
                return Optional.of(a);
            }
        }
        if (anchor == null) {
            return Optional.empty();
        }
        List<Gazetteer.Position> holders = gazetteer.holders(office.iri(), anchor);
        if (holders.size() != 1) {
            return Optional.empty();
        }
        return gazetteer.personByIri(holders.get(0).personIri()).map(this::toActor);
    }

    /** "Chinese defence minister", "China's defence minister": a country adjective or possessive just before. */
    private Optional<String> countryBefore(NameMatch title, List<NameMatch> inSentence) {
        for (NameMatch m : inSentence) {
            if ((m.kind() == MatchKind.COUNTRY_ADJECTIVE || m.kind() == MatchKind.COUNTRY_NAME) && m.end() <= title.start()) {
                String between = text.substring(m.end(), title.start());
                if (between.matches("\\s*") || between.matches("['’]s?\\s+")
                        || between.matches("\\s+(State Councilor and|[A-Z][a-z]+ and)\\s+")) {
                    return gazetteer.country(m.surface()).map(Gazetteer.Country::iso3);
                }
            }
        }
        return Optional.empty();
    }

    /** "President of Russia", "President of the People's Republic of China": "of" and a country just after. */
    private Optional<String> countryAfter(NameMatch title) {
        String rest = text.substring(title.end(), Math.min(text.length(), title.end() + 60));
        Matcher of = OF_COUNTRY.matcher(rest);
        if (!of.find()) {
            return Optional.empty();
        }
        int at = title.end() + of.end();
        return matches.stream().filter(m -> m.start() == at && m.kind() == MatchKind.COUNTRY_NAME).findFirst()
                .flatMap(m -> gazetteer.country(m.surface())).map(Gazetteer.Country::iso3);
    }

    private int descriptionStart(NameMatch title, List<NameMatch> inSentence) {
        int s = title.start();
        for (NameMatch m : inSentence) {
            if ((m.kind() == MatchKind.COUNTRY_ADJECTIVE || m.kind() == MatchKind.COUNTRY_NAME) && m.end() <= title.start()
                    && text.substring(m.end(), title.start()).matches("(['’]s?)?\\s*")) {
                s = Math.min(s, m.start());
            }
        }
        return s;
    }

    private int descriptionEnd(NameMatch title) {
        String rest = text.substring(title.end(), Math.min(text.length(), title.end() + 60));
        Matcher of = OF_COUNTRY.matcher(rest);
        if (of.find()) {
            int at = title.end() + of.end();
            Optional<NameMatch> country = matches.stream().filter(m -> m.start() == at && m.kind() == MatchKind.COUNTRY_NAME).findFirst();
            if (country.isPresent()) {
                return country.get().end();
            }
        }
        return title.end();
    }

    /**
     * The person a title belongs to: a name right after it ("President Xi Jinping", "Defence Minister Li"),
     * or right before it with "of"/"," ("Putin, the Russian President" is rare in news; skip it).
     */
    private Optional<ActorMention> personNextTo(NameMatch title, List<ActorMention> found) {
        for (ActorMention m : found) {
            if (!m.isPerson() || m.start() < title.end()) {
                continue;
            }
            String between = text.substring(title.end(), m.start());
            if (between.matches("\\s*") || between.matches("\\s+(of|for)\\s+(the\\s+)?[A-Z][\\w'’.-]*(\\s+[A-Z][\\w'’.-]*|\\s+of|\\s+the|\\s+and)*\\s+")
                    || between.matches(",?\\s+(and\\s+)?[A-Z][\\w.]*(\\s+[A-Z][\\w.]*)*\\s+")
                    || between.matches("\\s+(Gen\\.?|General|Mr\\.?|Dr\\.?|Admiral|Air Force Brig\\. Gen\\.)\\s+")) {
                return Optional.of(m);
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ collective references

    /**
     * "the leaders of Iran and Turkey", "the foreign ministers of India and China": each country's holder of the office
     * on the article's date. A leader is the head of state, or the head of government where the article names that
     * one and not the head of state.
     */
    private void addCollectives(int start, int end, List<ActorMention> found) {
        Matcher m = COLLECTIVE.matcher(text.substring(start, end));
        while (m.find()) {
            int s = start + m.start();
            int e = start + m.end();
            if (found.stream().anyMatch(f -> f.isPerson() && f.start() < e && s < f.end())) {
                continue;
            }
            List<Gazetteer.Role> roles = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "leaders", "heads of state" -> List.of(Gazetteer.Role.HEAD_OF_STATE, Gazetteer.Role.HEAD_OF_GOVERNMENT);
                case "presidents" -> List.of(Gazetteer.Role.HEAD_OF_STATE);
                case "prime ministers", "heads of government" -> List.of(Gazetteer.Role.HEAD_OF_GOVERNMENT);
                case "foreign ministers" -> List.of(Gazetteer.Role.FOREIGN_MINISTER);
                default -> List.of(Gazetteer.Role.DEFENCE_MINISTER);
            };
            for (String name : m.group(2).split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+")) {
                gazetteer.country(name.replaceFirst("^(?i)the\\s+", "")).flatMap(c -> leader(c.iso3(), roles))
                        .ifPresent(holder -> found.add(mention(s, e, holder, ActorMention.Kind.COLLECTIVE)));
            }
        }
    }

    /** The holder of the first role whose holder the article names, else of the first role, on the article's date. */
    private Optional<Actor> leader(String iso3, List<Gazetteer.Role> roles) {
        List<Actor> holders = roles.stream().map(r -> gazetteer.office(iso3, r).flatMap(this::holder)).flatMap(Optional::stream).toList();
        return holders.stream().filter(h -> persons.containsKey(h.key())).findFirst().or(() -> holders.stream().findFirst());
    }

    /**
     * "his Turkish counterpart": the holder, on the article's date, of the office of the same role as the person the
     * pronoun stands for, in the country the adjective names; only when no name follows ("his Japanese counterpart,
     * Defense Minister Itsunori Onodera" names him).
     */
    private void addCounterparts(int start, int end, List<ActorMention> found) {
        Matcher m = COUNTERPART.matcher(text.substring(start, end));
        while (m.find()) {
            int s = start + m.start();
            int e = start + m.end();
            Optional<Gazetteer.Role> role = found.stream().filter(f -> f.kind() == ActorMention.Kind.PRONOUN && f.start() == s)
                    .map(f -> f.actor().office()).filter(java.util.Objects::nonNull).findFirst()
                    .flatMap(office -> gazetteer.officeByIri(Parley.ID + office)).map(Gazetteer.Office::role);
            Optional<Gazetteer.Country> country = gazetteer.country(m.group(2));
            if (role.isPresent() && country.isPresent()) {
                gazetteer.office(country.get().iso3(), role.get()).flatMap(this::holder)
                        .ifPresent(holder -> found.add(mention(s, e, holder, ActorMention.Kind.DESCRIPTION)));
            }
        }
    }

    // ------------------------------------------------------------------ bare titles and pronouns

    private void addBareTitles(int start, int end, List<ActorMention> found) {
        Matcher m = BARE_TITLE.matcher(text.substring(start, end));
        while (m.find()) {
            int s = start + m.start();
            int e = start + m.end();
            if (found.stream().anyMatch(f -> f.start() < e && s < f.end())) {
                continue;
            }
            String title = m.group(1).toLowerCase(Locale.ROOT).replace("secretary general", "secretary-general");
            firstWithTitle(title).or(() -> homeHolder(title))
                    .ifPresent(a -> found.add(mention(s, e, a, ActorMention.Kind.DESCRIPTION)));
        }
    }

    /**
     * The person a bare title refers to: in readouts "The President" and "The Secretary" are the text's
     * principal, so the first person (in order of mention) with that title or office wins; on a country's own page
     * (see {@link #learnHome}), only among those named already.
     */
    private Optional<Actor> firstWithTitle(String title) {
        Map<String, Actor> ordered = new LinkedHashMap<>(actors);
        if (homeCountry == null) {
            // On a country's own page its own holder is the principal, unless someone bearing the title was named
            // before it; elsewhere a person named later may be the one meant.
            persons.forEach(ordered::putIfAbsent);
        }
        for (Actor a : ordered.values()) {
            if (a.kind() != ActorKind.PERSON) {
                continue;
            }
            List<String> words = new ArrayList<>(titlesByPerson.getOrDefault(a.key(), List.of()));
            words.add(roleWords(a.office()));
            if (words.stream().anyMatch(t -> t.contains(title))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The holder, on the article's date, of the page's home country's office that this title names. */
    private Optional<Actor> homeHolder(String title) {
        if (homeCountry == null) {
            return Optional.empty();
        }
        return gazetteer.offices().stream()
                .filter(o -> homeCountry.equals(o.countryIso3()) && o.titles().stream().anyMatch(t -> t.equalsIgnoreCase(title)))
                .findFirst().flatMap(this::holder);
    }

    /** The words an office's holder is called by without a name ("the foreign minister"). */
    private static String roleWords(String officeKey) {
        if (officeKey == null) {
            return "";
        }
        String role = officeKey.substring(officeKey.lastIndexOf('/') + 1);
        return switch (role) {
            case "head-of-state" -> "president head of state";
            case "head-of-government" -> "prime minister premier chancellor head of government";
            case "foreign-minister" -> "foreign minister secretary minister";
            case "defence-minister" -> "defence minister defense minister secretary minister";
            default -> role.replace('-', ' ');
        };
    }

    /**
     * "Putin met Kim at the gate, gave him a tour": a predicate that shares its clause's subject ("gave him") has for its
     * object pronoun the object of the predicate before it, the person named after that subject and its verb.
     */
    private Optional<Actor> objectOfSharedSubject(List<ActorMention> found, int clauseStart, int pronoun) {
        int comma = text.lastIndexOf(',', pronoun);
        if (comma <= clauseStart || !SHARED_SUBJECT_PREDICATE.matcher(text.substring(comma + 1, pronoun)).matches()) {
            return Optional.empty();
        }
        List<ActorMention> named = found.stream().filter(f -> f.isPerson() && f.kind() != ActorMention.Kind.PRONOUN
                && f.start() >= clauseStart && f.end() <= comma).sorted(Comparator.comparingInt(ActorMention::start)).toList();
        if (named.size() < 2) {
            return Optional.empty();
        }
        ActorMention subject = named.get(0);
        ActorMention object = named.get(named.size() - 1);
        boolean verbBetween = VERB_BETWEEN.matcher(text.substring(subject.end(), object.start())).find();
        return verbBetween && !object.actor().key().equals(subject.actor().key()) ? Optional.of(object.actor()) : Optional.empty();
    }

    /** True inside a direct quotation, where names are the quoted speaker's, not the text's subjects. */
    boolean quoted(int offset) {
        return quotes.stream().anyMatch(q -> q.openStart() <= offset && offset < q.closeEnd());
    }

    private void addPronouns(int start, int end, List<ActorMention> found, Actor previousSubject) {
        if (!authors.isEmpty()) {
            Matcher first = FIRST_PERSON.matcher(text.substring(start, end));
            while (first.find()) {
                if (!quoted(start + first.start())) {
                    found.add(mention(start + first.start(), start + first.end(), authors.get(0), ActorMention.Kind.PRONOUN));
                }
            }
        }
        Matcher m = PRONOUN.matcher(text.substring(start, end));
        while (m.find()) {
            int s = start + m.start();
            List<Actor> before = found.stream().filter(f -> f.isPerson() && f.end() <= s && !quoted(f.start())
                    && f.kind() != ActorMention.Kind.PRONOUN).sorted(Comparator.comparingInt(ActorMention::start))
                    .map(ActorMention::actor).toList();
            Actor referent;
            if (m.group(1).equalsIgnoreCase("him")) {
                // An object pronoun is nobody named in its own clause ("since Biden spoke with him", "where Vucic and
                // Orban received him"): it is the latest person named before the clause, else the previous subject.
                int clauseStart = start + Clauses.around(text.substring(start, end), m.start(), m.end())[0];
                List<String> inClause = found.stream().filter(f -> f.isPerson() && f.start() >= clauseStart && f.end() <= s)
                        .map(f -> f.actor().key()).toList();
                referent = objectOfSharedSubject(found, clauseStart, s).orElseGet(() -> found.stream()
                        .filter(f -> f.isPerson() && f.end() <= clauseStart && !quoted(f.start())
                                && f.kind() != ActorMention.Kind.PRONOUN && !inClause.contains(f.actor().key()))
                        .max(Comparator.comparingInt(ActorMention::start)).map(ActorMention::actor)
                        .orElse(previousSubject != null && !inClause.contains(previousSubject.key()) ? previousSubject : null));
            } else if (before.isEmpty() && FRONTED.matcher(text.substring(start, s)).matches()) {
                // "In his meeting with Xi, Putin said": a pronoun in a fronted phrase points ahead, to the subject after it.
                int comma = text.indexOf(',', s);
                referent = found.stream().filter(f -> f.isPerson() && f.kind() != ActorMention.Kind.PRONOUN && comma >= 0
                                && f.start() > comma && f.end() <= end
                                && SUBJECT_TITLE.matcher(text.substring(comma + 1, f.start())).matches())
                        .map(ActorMention::actor).findFirst().orElse(previousSubject);
            } else {
                // A subject or possessive pronoun refers back to its sentence's subject more often than to the nearest name.
                referent = before.isEmpty() ? previousSubject : before.get(0);
            }
            if (referent != null) {
                found.add(mention(s, start + m.end(), referent, ActorMention.Kind.PRONOUN));
            }
        }
    }
}
