package org.parley.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
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
import org.parley.model.PartialDate;
import org.parley.model.Place;
import org.parley.model.Span;
import org.parley.nlp.AnalysedSentence;
import org.parley.nlp.Token;
import org.parley.extract.EventDates.DateFinding;

/**
 * Finds the contacts an article reports: a trigger ("met", "telephone conversation", "state visit"), the
 * participants in its clause, its place and its date; planned, hypothetical and denied contacts are left
 * out, and earlier contacts mentioned in passing are kept only with a date the text gives.
 */
final class ContactExtractor {
    /** "the two", "both": a group of exactly two. */
    private static final Pattern PAIR = Pattern.compile("(?i)the two|both");
    /**
     * "the two leaders", "both presidents", "the pair": the participants of the contact last reported. Not "the pair's",
     * a possessor, whose contact ("the pair's first meeting since") other rules read.
     */
    static final Pattern GROUP = Pattern.compile(
            "\\b(the two|both|the) (leaders|presidents|heads of state|sides|ministers|secretaries|counterparts|parties"
                    + "|(?<=(?:two|both) )(?:men|women|premiers|chancellors|heads of government"
                    // an office's words before the plural: "the two prime ministers", "both foreign ministers"
                    + "|(?:prime|foreign|defence|defense) ministers)"
                    + "|(?<=the )pair(?!['’]))\\b",
            Pattern.CASE_INSENSITIVE);
    /** A clause opened by these words places its contact before the one being reported. */
    private static final Pattern EARLIER_CLAUSE = Pattern.compile("(?i)\\b(after|before|since|following|than)\\s*$");
    /** "their talks", "our conversation", "we held a videoconference": words that point back to known people. */
    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "\\b(their|our)\\s+([\\w-]+\\s+){0,3}(talks|meeting|summit|call|conversation|videoconference|discussion|visit)"
                    + "|\\b(we|they)\\s+((also|first|last|previously|had|have|already|then)\\s+){0,2}(held|had|met|spoke|talked|saw)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "They met", "and the talks lasted": a clause whose subject names no one but points back to people. */
    private static final Pattern UNNAMED_SUBJECT = Pattern.compile(
            "(?i)(?:^|[,;]\\s*|\\band\\s+)(?:they|the)\\s+(?:(?:also|then|again|later|first|briefly|reportedly|last|had|have|previously|already)\\s+){0,2}$");
    /** What puts two people named in one sentence together: "X and Y", "flew to see Y", "X greeted Y". */
    static final Pattern TOGETHER = Pattern.compile(
            "(?i)^\\s*,?\\s*and\\s|\\b(with|alongside|to see|to meet|to visit|to join|met|greeted|welcomed|received|hosted|joined|visited)\\b");
    private static final Pattern BRIEFED_ON = Pattern.compile(
            "(?is)\\b(briefed|informed|told|updated|reported|spoke|talked)\\b.*\\b(on|about|of|after|following)\\s+(the|his|her|their|a|an)?\\s*([\\w-]+\\s+){0,3}$");
    /** Regions are not destinations of a visit between states. */
    private static final Pattern REGION = Pattern.compile(
            "(?i)europe|asia|africa|the middle east|middle east|latin america|south america|north america|the gulf|gulf|the west|the region|abroad");
    /** Buildings and seas are venues; the city they are in is the contact's place. */
    private static final Pattern VENUE = Pattern.compile(
            "(?i)\\b(palace|hall|house|hotel|cent(er|re)|complex|building|residence|castle|kremlin|pentagon|mansion|"
                    + "sea|ocean|resort|airport|villa|embassy|ministry|headquarters|office|chancellery|summit)\\b");
    /** A name followed by a word for a building is a venue: "Orly airport", "the Saadabad palace". */
    private static final Pattern VENUE_NEXT = Pattern.compile("(?i)\\s+(airport|palace|hall|house|hotel|cent(er|re)|residence|castle|villa|estate|base)\\b");
    /** "the situation in Ukraine": a place named as a topic of talks. */
    private static final Pattern TOPIC_BEFORE = Pattern.compile(
            "(?i)\\b(situation|crisis|conflict|war|developments|events|aggression|invasion|operation|peace|ceasefire|security|"
                    + "stability|elections?|interests|presence|troops|forces|attacks?|tensions|fighting|investment|projects?|"
                    + "cooperation|trade|violence|settlement|reconstruction|humanitarian \\w+)\\s+(in|at)\\s+(the\\s+)?$");
    /** "a summit hosted by", "the forum chaired by", "a conference jointly hosted by": the one named next is the gathering's host. */
    private static final Pattern HOSTED_GATHERING = Pattern.compile(
            "(?i)\\b(summit|conference|forum|congress|games|gathering)\\s*,?\\s+(?:\\w+ly\\s+)?(hosted|chaired|organi[sz]ed|convened)\\s+by\\s+([\\w.-]+\\s+){0,4}$");
    /** A person named as a matter raised in talks, not as one of their people. */
    private static final Pattern TOPIC_PERSON = Pattern.compile(
            "(?i)\\b(case|release|detention|imprisonment|arrest|fate|plight|trial|sentencing|extradition) of\\s+(the\\s+)?([\\w-]+\\s+){0,4}$");
    /** What may stand between "the" and a trigger that a date names ("the December 7 videoconference"). */
    private static final Pattern NAMED_BY = Pattern.compile("(?s)\\bthe\\s+(.{1,80})$");
    /**
     * "held separate talks with their host", "met the host": the host of a gathering the text just named. A host
     * country, city or government is no person.
     */
    private static final Pattern HOST_REFERENCE = Pattern.compile(
            "(?i)^\\s*(?:with\\s+)?(?:their|his|her|the)\\s+host\\b(?!\\s+(?:country|nation|city|government|team))");
    /** A multilateral gathering, whose guests attend it rather than visit their host. */
    private static final Pattern GATHERING = Pattern.compile("(?i)\\b(summit|forum|(?<!news |press )conference|congress|games)\\b");
    /** Where a sentence ends: a full stop, question or exclamation mark before a space or a line break. */
    private static final Pattern SENTENCE_STOP = Pattern.compile("[.!?][\"”’']?\\s+");
    /** "was hosted", "had been received": a host's verb in the passive. */
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(was|were|is|are|had been|has been|have been|being)\\s+(\\w+ly\\s+)?$");
    /** A host's verb: the people after it were the guests. */
    private static final Pattern HOSTING = Pattern.compile("(?i)(received|hosted|welcomed)\\s*");
    /** "received a new car from the president": a thing between the verb and its giver. */
    private static final Pattern GIVER = Pattern.compile("^\\s*\\S.*\\bfrom\\s+(?:\\p{L}+\\s+){0,3}$");
    private static final Pattern RELATIVE = Pattern.compile("\\s*,?\\s*(which|that)\\s+");
    /**
     * An article just before a trigger noun ("the importance of the visit", "during a three-day trip"), unless a verb
     * makes its subject the traveller ("made a brief working visit", "is on an official visit").
     */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile(
            "(?i)(?<!\\b(made|make|makes|making|paid|pay|pays|paying|began|begin|begins|started|starts|undertook|undertakes|concluded|"
                    + "concludes|wrapped up|ended|ends|is on|was on|are on|were on|arrived on|arrived for|arrives on|arrives for|went on)\\s)"
                    + "\\b(the|a|an|this|that)\\s+([\\w-]+\\s+){0,2}$");
    private static final Pattern POSSESSIVE_PRONOUN = Pattern.compile("(?i)his|her|their");
    private static final Pattern PREDICATE_END = Pattern.compile(",|\\s(and|but)\\s");
    private static final Pattern REPEATED = Pattern.compile("(?i)\\b(many|several|numerous|countless) times\\b|\\brepeatedly\\b|\\bregularly\\b|\\bfrequently\\b");
    /** "in Lviv", "at the Kremlin", "in the western city of Lviv": what puts a contact at a place. */
    private static final Pattern LOCATION_BEFORE = Pattern.compile(
            "(?i)\\b(in|at)\\s+(the\\s+)?(([\\w-]+\\s+){0,2}(city|town|capital|port|resort|village)\\s+of\\s+)?$");
    private static final Pattern WHERE = Pattern.compile("[\\s,]*\\bwhere\\b", Pattern.CASE_INSENSITIVE);
    /** "was accompanied by", "were joined by": the people after "by" took part too. */
    private static final Pattern JOINED = Pattern.compile("(?i)\\b(was|were|is|are)\\s+(also\\s+)?(accompanied|joined|flanked|attended)\\s+by\\b");
    /** The rest of a subject noun phrase, then an aside between commas: what follows is the subject's predicate. */
    private static final Pattern ASIDE_BEFORE_PREDICATE = Pattern.compile("[^,.;]{0,40},[^,.;]{1,80},\\s*");
    /** "The talks were attended by …" right after the contact's noun: the contact told before, with more people, not another. */
    private static final Pattern ATTENDED_BY = Pattern.compile("(?i)^\\s+(was|were|had been)\\s+(also\\s+)?attended\\s+by\\b");
    /** How many sentences back "the meeting was attended by" finds the meeting it names. */
    private static final int ATTENDED_REACH = 3;
    /**
     * Words that set a contact's format apart from another of some of the same people: "spoke first with Lula
     * alone. All three leaders later sat down together."
     */
    private static final Pattern FORMAT = Pattern.compile("(?i)\\b(one-on-one|bilateral|t[êe]te-[àa]-t[êe]te|head-to-head|three-way|"
            + "four-way|trilateral|quadrilateral|together|all (three|four|five)|the (three|four|five) (men|women|leaders|presidents|ministers|sides))\\b");
    /** "The three men", "all four leaders": everyone of the latest contacts, when they are that many. */
    private static final Pattern NUMBERED_GROUP = Pattern.compile(
            "(?i)\\b(?:the|all)\\s+(three|four|five)\\s+(?:men|women|leaders|presidents|ministers|sides|heads of state)\\b|\\ball (three|four|five)\\b");
    // Not after "and": "attended by A and, from the other side, B" goes on with the list.
    private static final Pattern APPOSITION = Pattern.compile("(?<!\\band),\\s+(?:a |an |the |his |her )?\\p{Ll}");
    /** The comma closing an aside opened by "and," in a list of names: "A and, from the other side," goes on to B. */
    private static final Pattern ASIDE_CLOSED = Pattern.compile("\\band,\\s+[^,]{1,40},$");
    private static final List<String> NUMBERS = List.of("three", "four", "five");
    /** "a three-way session", "trilateral talks": a contact of as many people as its words count. */
    private static final Pattern WAYS = Pattern.compile("(?i)\\b(three|four|five)-way\\b|\\b(tri|quadri)lateral\\b");
    private static final Pattern PURPOSE_OPENER = Pattern.compile("(?i)\\bto\\s+[a-z]+\\s*$");
    /** Being somewhere: "was in the Kremlin", "had been in the Indian capital". */
    private static final Pattern PRESENCE = Pattern.compile("(?i)^(was|were|(had|has) (\\w+ )?been) in$");
    /** "holding talks with", "for a meeting with": the one named next is met where the clause's subject was. */
    private static final Pattern HOST_MET = Pattern.compile("(?i)\\b(talks|meeting|meets?|lunch|dinner) with\\b|\\bmet\\b");
    /** "a tour that began in", "his trip, which started in": the first stop of a tour the sentence tells. */
    private static final Pattern TOUR_BEGAN = Pattern.compile("(?i)\\b(?:tour|trip|journey)\\s*,?\\s+(?:that|which)\\s+(?:began|started|opened)\\s+in\\s+(?:the\\s+)?");
    /** "..., and Scholz followed on Thursday": the verb alone, then a time or the clause's end ("followed his lead" is not it). */
    private static final Pattern FOLLOWED = Pattern.compile(
            "\\s+(?:then\\s+)?followed(?=\\s*(?:[,.;]|$)|\\s+(?:on|in|at|later|a day|two days|days|the next|the following|hours|\\d)\\b)");
    /** A host's verb with its host for subject: a follower of the host is not this sentence's guest. */
    private static final Pattern ACTIVE_HOST = Pattern.compile("\\b(?:hosted|received|welcomed|greeted|hosts|receives|welcomes|greets)\\b(?!\\s+by\\b)");
    /** A predicate coordinated with the one before, sharing its subject: "…, and was in". */
    private static final Pattern SHARED_SUBJECT = Pattern.compile("\\w,?\\s+and\\s+(?:then\\s+|later\\s+)?$");
    /** What joins the items of a list: "A, B and C", "A, B, and C", "A and B". */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
    /** What may stand between a list's last item and a "where" after it. */
    private static final Pattern LIST_END = Pattern.compile("\\s*,?\\s*");
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("(?i)\\b(?:between|with|of|among|by|for|to|from|and)\\s+$");
    /** What may stand between a subject and its verb: adverbs and a parenthesis ("Li, for his part, also"). */
    private static final Pattern SUBJECT_TO_VERB = Pattern.compile("(?:\\s*,[^,.;]{1,60},)?(?:\\s+(?:\\p{Ll}+ly|also|too|already|still|then|both|all|himself|herself|themselves))*\\s*,?\\s*");
    private static final Pattern ARRIVAL = Pattern.compile("(?i)^(arrived|landed|flew in|flown in|flies in|touched down)$");
    /** "While in Kyiv, ...", "On the sidelines of the summit in Astana, ...": a place that opens the sentence. */
    private static final Pattern OPENING_PLACE = Pattern.compile("^(?:While |Whilst |Once )?(?:in|In) ([A-Z][\\p{L}' -]+),"
            + "|^(?:On|At) the (?:sidelines|margins|fringes) of (?:the|a|an) [^,]{0,60}?\\bin ([A-Z][\\p{L}' -]+),");
    /** A sentence that carries on from the visit before it: "While in Kyiv, …", "During the visit, …". */
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(?:(?:While|Whilst|Once) )?(?:in|In) [A-Z][\\p{L}' -]+,|^(?:During|On the sidelines of|In the course of) (?:the|his|her|their|this) (?:visit|trip|stay|tour)\\b|^There,"
                    // "After a welcome ceremony at the airport, ...": the next step of the programme just told.
                    + "|^(?:After|Following) (?:a|an|the|his|her|their) [^,]{0,60}?\\b(?:ceremony|arrival|welcome|reception|banquet|"
                    + "dinner|lunch|breakfast|parade|wreath-laying|motorcade|guard of honour)\\b[^,]{0,40},");
    private static final Pattern CONDITIONAL = Pattern.compile("(?i)(^|[,;]\\s*|\\s)(if|unless|whether)\\s");
    private static final Pattern SUMMIT = Pattern.compile("(?i)summit");
    private static final Pattern HERE = Pattern.compile("\\bhere\\b");
    /** What may stand between a visit and its destination: "visited Kyiv", "trip to the city of", "visit of the premier to", "was received in". */
    private static final Pattern PLACE_AFTER = Pattern.compile(
            "^\\s*(?:(?:of|by)\\s+[^,.;:]{1,60}?\\s+|(?:\\w+ly\\s+)?(?:received|welcomed|greeted)\\s+)?(?:in|to|at|inside|near)\\s+(?:the\\s+(?:city|capital)\\s+of\\s+|the\\s+)?$");
    /** A gathering named after its city: "the sidelines of the Munich Security Conference", "at the Shanghai Forum". */
    private static final Pattern GATHERING_NAMED_AFTER_CITY = Pattern.compile(
            "\\b(?:at|during|sidelines of|margins? of|fringes? of)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4})"
                    + "(?:Conference|Summit|Forum|Dialogue|Games|Congress|Meeting)\\b");
    /** A visit told as lasting several days. */
    private static final Pattern STAY_OF_DAYS = Pattern.compile("(?i)\\b(two|three|four|five|six|seven|several|multi|\\d+)[- ]days?\\b");
    /** An organisation named after a city, whose gatherings are held elsewhere. */
    private static final Pattern BODY = Pattern.compile("\\b(Organi[sz]ation|Cooperation|Union|Council|Group|Pact|Treaty)\\b");
    /** A time between a visit and its destination: "began his trip on Sunday in Chongqing", "arrived late on Tuesday in". */
    private static final Pattern TIME_BEFORE_PLACE = Pattern.compile(
            "^\\s*(?:(?:late|early)\\s+)?(?:on|last|this|at|over)\\s+[^,.;:]{1,25}?(?=\\s+(?:in|to|at)\\s)");
    /** A trigger that carries its own preposition ("was in", "crossed into"): only an article may stand before the place. */
    private static final Pattern ENDS_IN_PREPOSITION = Pattern.compile("(?i)\\b(in|into|to|at)$");
    private static final Pattern THE = Pattern.compile("(?i)\\s+the\\s+");
    /** A name just before a contact noun: "the Woodside summit", "a surprise Kyiv trip", "the November Geneva talks". */
    private static final Pattern ATTRIBUTIVE_PLACE = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+(?:[ -]\\p{Lu}[\\p{L}'’-]+)?)\\s+$");
    /**
     * "his first visit", "Modi's first trip", "has not spoken": a contact of the same people told as the first since an
     * earlier one, or as none since it; "the first visit by a European leader since 2022" was someone else's.
     */
    private static final Pattern FIRST_OR_NONE = Pattern.compile(
            "(?i)(\\b(his|her|their|our|my)|\\p{L}['’]s?)\\s+first\\s+([\\w-]+\\s+){0,2}$|(\\bnot|\\bnever|n't)\\s+([\\w-]+\\s+){0,1}$");
    /**
     * "to Seoul since", "with him since a telephone call in": what stands between a contact told as the first since
     * an earlier one and that one's date; the noun, when there is one, names the earlier contact's type.
     */
    private static final Pattern SINCE_OCCASION = Pattern.compile("(?i)[^.;:,]{0,60}?\\bsince\\s+(?:(?:a|an|the|their|his|her|its|our|that)\\s+"
            + "((?:[\\w-]+\\s+){0,2}?(?:call|conversation|visit|trip|meeting|talks|summit))\\s+(?:in|on)\\s+)?");
    /** "their talks", "their first meeting": a contact of people the text has named before. */
    private static final Pattern THEIR_BEFORE = Pattern.compile("(?i)\\btheir\\s+([\\w-]+\\s+){0,2}$");
    /** "…, the two leaders appeared", "…, both men said": a main clause whose subject is a pair named before. */
    private static final Pattern PAIR_SUBJECT = Pattern.compile("(?i)^,\\s*(?:the two|both) (?:(?:prime|foreign|defence|defense)\\s+)?"
            + "(?:leaders|presidents|men|women|heads of (?:state|government)|ministers|premiers|chancellors)\\b|^,\\s*the pair\\b");
    /** "return to Europe", not "return to power": a return is a trip when a name follows. */
    private static final String TO_A_PLACE = "(?=\\s+to\\s+(?:the\\s+)?(?-i:\\p{Lu}))";
    /** "Lula's tour", "Xi's own return", "Scholz travelled": the words that tell a person's trip, just after the name. */
    private static final String TRIP_NOUN = "(?:[\\w-]+\\s+){0,2}(?:trip|tour|journey|travels|return\\b" + TO_A_PLACE + ")\\b";
    private static final String TRIP_AFTER_NAME = "['’]s?\\s+" + TRIP_NOUN
            + "|,?\\s+(?:then\\s+|later\\s+)?(?:travell?ed|flew|toured|went on a tour|returned\\b" + TO_A_PLACE + ")\\b";
    private static final Pattern TRIP_OF = Pattern.compile("(?i)" + TRIP_AFTER_NAME);
    /** "his tour", "her own trip": a possessive pronoun the resolver tied to the traveller, then the trip's words. */
    private static final Pattern TRIP_OF_PRONOUN = Pattern.compile("(?i)\\s+" + TRIP_NOUN);
    /** A sentence that tells someone's trip: a capitalised name, then the words of a trip. */
    private static final Pattern NAMED_TRIP = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:" + TRIP_AFTER_NAME + ")");
    /**
     * "after leaving the Quirinale", "upon departing the Kremlin", "as she left the Elysee": the one who left had been at
     * the venue named next.
     */
    private static final Pattern LEAVING = Pattern.compile("(?i)\\b(?:after|upon|on|as|when)\\s+(?:(?:he|she)\\s+)?"
            + "(?:leaving|departing|exiting|left|departed|exited)\\s+(?:from\\s+)?(?:the\\s+)?");
    /** "held talks again", "met once more", "again met": the same people had met before. */
    private static final Pattern AGAIN_AFTER = Pattern.compile("(?i)^\\s+(?:\\w+\\s+)?(?:again|once more|once again)\\b");
    private static final Pattern AGAIN_BEFORE = Pattern.compile("(?i)\\b(?:again|once more|once again)\\s+$");
    /** "the fourth state visit of Mr. Kishida's tenure": the visits a leader hosted in office; the leader is named next. */
    private static final Pattern STATE_VISIT_OF = Pattern.compile("(?i)\\b(?:state|official) visits?\\s+of\\s+");
    private static final Pattern TERM_AFTER_NAME = Pattern.compile("(?i)^['’]s?\\s+(?:presidency|term|tenure|premiership|chancellorship|mandate)\\b");
    /** ", following President Joe": what leads from a term to the possessor of an elided visit. */
    private static final Pattern BEFORE_ELIDED = Pattern.compile("^[\\s,—–-]*(?:after|before|following|like)\\s+(?:[\\p{L}.]+\\s+){0,4}$");
    /** "Biden's in April": a possessive whose noun is left out, then its time. */
    private static final Pattern ELIDED_NOUN = Pattern.compile("^['’]s\\s+(?:(?:in|on)\\s+)?(?=\\p{Lu}|\\d|last\\b|this\\b)");
    /**
     * "stopped in Paris to meet Macron": a visit made to meet someone; the one met is named next. Only the visit's place
     * and time may stand between (names, numbers, the nouns of places, their small words: "in the French capital in
     * May"): "hoping to meet", "in a failed bid to see" or "but was unable to meet" tell a meeting that may not have been.
     */
    private static final Pattern TO_MEET = Pattern.compile(
            "^(?:\\s+(?:on|in|at|the|of|last|this|early|late|briefly|capital|city|town|port|island|resort"
                    + "|\\p{Lu}[\\p{L}.'’-]*|\\d[\\w]*),?)*?\\s+(?:in order\\s+)?to\\s+"
                    + "(?:congratulate|meet|see|thank|consult|pay (?:his|her) respects to)\\s+(?:[\\p{L}.]+\\s+){0,3}?");
    /** "a state visit by King Charles", "the state visit of the emir": a visit whose visitor the words name, someone else. */
    private static final Pattern VISIT_OF_OTHERS = Pattern.compile("(?i)^\\s+(?:\\S+\\s+){0,3}?(?:by|of|from)\\s+(?:the\\s+)?(?-i:\\p{Lu})");
    /** "Neither has made a state visit", "no state visit was planned": the clause denies the contact. */
    private static final Pattern DENIED = Pattern.compile("(?i)\\b(?:neither|never|nor|not|no)\\b|n't\\b");
    /**
     * "crossed the border" names no country; the one who crossed is the subject before it ("Modi's train crossed the
     * border"), not a person named only after it.
     */
    private static final Pattern CROSSING_WITHOUT_DESTINATION = Pattern.compile("(?i)crossed the border");
    /** A word that may name a country: "Chinese", "India", "US" (not "In", which is also a country's code). */
    private static final Pattern COUNTRY_WORD = Pattern.compile("\\b(?:\\p{Lu}\\p{Ll}{2,}[\\p{L}-]*|\\p{Lu}{2,3})\\b");
    /** A visit between states, which one of two leaders pays and the other hosts. */
    private static final Pattern VISIT_BETWEEN_STATES = Pattern.compile("(?i)^(state|official) visit$");
    private static final Pattern CONTACT_NOUN = Pattern.compile("(?i)^(summit|talks|trip|visit|meeting|state visit|official visit|working visit)$");

    /** How far after a trip's words the time it tells may stand: "Lula's tour of South-East Asia in March 2024". */
    private static final int TRIP_TIME_REACH = 60;
    /** How many days apart two reports of one visit to one place may be dated: state visits last a few days. */
    private static final int STAY_DAYS = 4;

    private final ExtractionContext context;
    private final EventDates eventDates;
    private final Counterparts counterparts;
    private final Delegations delegations;
    private final List<Contact> contacts = new ArrayList<>();
    /** The index of the sentence each contact was first reported in. */
    private final List<Integer> sentenceOf = new ArrayList<>();
    /** Once an article names a visitor, "the visit" refers to that visit rather than to the main meeting. */
    private boolean namedVisitSeen;
    /** The people the article has named so far. */
    private final Map<String, Actor> named = new LinkedHashMap<>();
    /** The two sentences read before the current one, whose people "the two leaders" may refer to. */
    private final java.util.ArrayDeque<SentenceView> previous = new java.util.ArrayDeque<>();
    /**
     * The visits whose visitor is one of a pair the text told together, not named with the visit: each is kept only once
     * its place leaves exactly one of the two abroad.
     */
    private final java.util.Set<org.parley.model.Mention> visitsOfPair = new java.util.HashSet<>();
    /** The host of the gathering named last ("a summit hosted by X") and the sentence naming it. */
    private GatheringHost gatheringHost;

    private record GatheringHost(Actor host, SentenceView namedIn) {
    }

    ContactExtractor(ExtractionContext context) {
        this.context = context;
        this.eventDates = new EventDates(context);
        this.counterparts = new Counterparts(context, eventDates);
        this.delegations = new Delegations(context.text());
    }

    /**
     * The article's contacts, each completed from the others: a meeting without a place of its own took place
     * where one of its people's visit went ("made a working visit to Moscow. Putin held talks with Bennett"),
     * and a contact dated only by the article's own date takes the date of the visit or contact the article
     * reported just before it with the same people ("visited Kyiv yesterday ... While in Kyiv, they met").
     * Indexes are kept, since statements refer to contacts by index.
     */
    List<Contact> contacts() {
        SentenceView last = previous.peekLast();
        if (last != null) {
            delegations.finish(last.index(), contacts.size()).forEach(c -> add(withTermChecks(c), last));
        }
        List<Contact> settled = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            PartialDate date = c.date();
            String evidence = c.dateEvidence();
            if (evidence == null && !c.background() && CONTINUATION.matcher(c.evidence().sentenceText()).find()) {
                for (int j = i - 1; j >= 0; j--) {
                    Contact earlier = contacts.get(j);
                    if (!earlier.background() && earlier.dateEvidence() != null && sharesPerson(earlier, c)) {
                        // "arrived on Thursday for a two-day visit ... During the visit": the day of the talks is not
                        // told, and the day of the report is no better a guess than the arrival's.
                        boolean stayOfDays = earlier.type() == ContactType.VISIT
                                && STAY_OF_DAYS.matcher(earlier.evidence().sentenceText()).find();
                        date = stayOfDays ? null : earlier.date();
                        evidence = stayOfDays ? null : earlier.dateEvidence();
                        break;
                    }
                }
            }
            settled.add(date == c.date() ? c : new Contact(c.type(), c.participants(), c.host(), date,
                    evidence, c.place(), c.background(), c.confidence(), c.flags(), c.evidence(), c.placeEvidence()));
        }
        return withDestinations(new ContactPlaces(context.placeGazetteer()).settle(settled));
    }

    static boolean sharesPerson(Contact a, Contact b) {
        return sharesPerson(a.participants(), b.participants());
    }

    static boolean sharesPerson(List<Actor> some, List<Actor> others) {
        return some.stream().anyMatch(p -> others.stream().anyMatch(q -> q.key().equals(p.key())));
    }


    void accept(SentenceView sentence) {
        delegations.read(sentence, contacts.size()).forEach(c -> add(withTermChecks(c), sentence));
        sentence.mentions().stream().filter(ActorMention::isPerson)
                .filter(m -> HOSTED_GATHERING.matcher(context.text()).region(sentence.start(), m.start()).find())
                .findFirst().ifPresent(m -> gatheringHost = new GatheringHost(m.actor(), sentence));
        List<TriggerHit> unreal = new ArrayList<>();
        List<TriggerHit> real = triggers(sentence, unreal);
        // "her first trip there since March 2011": whether or not the contact told is real, the one "since" dates is.
        List<Occasion> occasions = java.util.stream.Stream.concat(real.stream(), unreal.stream())
                .map(hit -> earlierOccasion(sentence, hit)).flatMap(Optional::stream).toList();
        for (TriggerHit hit : real) {
            if (occasions.stream().anyMatch(o -> o.from() <= hit.start() && hit.start() < o.to())) {
                continue; // "since a telephone call in May": the noun names the earlier contact, whose people are the predicate's
            }
            if (ATTENDED_BY.matcher(context.text()).region(hit.end(), sentence.end()).lookingAt() && meetingJustTold(sentence)) {
                continue; // its attendees are companions of the meeting just told (addCompanions)
            }
            candidate(sentence, hit).ifPresent(c -> {
                if (c.participants().isEmpty()) {
                    delegations.await(c, sentence, contacts.size());
                    return;
                }
                int[] clause = Clauses.around(sentence.text(), hit.start() - sentence.start(), hit.end() - sentence.start());
                int clauseStart = sentence.start() + clause[0];
                int clauseEnd = sentence.start() + clause[1];
                List<Contact> apart = respectively(sentence, hit, clauseStart, c);
                if (!apart.isEmpty()) {
                    apart.forEach(one -> add(one, sentence));
                    return;
                }
                for (Contact split : counterparts.split(sentence, hit.start(), hit.end(), clauseEnd, c,
                        namedAfter(sentence, hit, clauseEnd, c), contacts)) {
                    Contact one = datedByTrip(sentence, hit, split);
                    add(one, sentence);
                    guestVisits(sentence, hit, clauseStart, clauseEnd, one).forEach(v -> add(v, sentence));
                    stopsOnTrips(sentence, hit, one).forEach(v -> add(v, sentence));
                    meetingOfVisitBefore(sentence, hit, one).ifPresent(m -> add(m, sentence));
                    meetingOfVisitPurpose(sentence, hit, one).ifPresent(m -> add(m, sentence));
                }
            });
        }
        occasions.forEach(o -> add(o.contact(), sentence));
        addCompanions(sentence);
        addFollowers(sentence);
        tourStart(sentence).ifPresent(c -> add(c, sentence));
        leftVenue(sentence).ifPresent(c -> add(c, sentence));
        elidedVisit(sentence).ifPresent(c -> add(c, sentence));
        sentence.mentions().stream().filter(ActorMention::isPerson).forEach(m -> named.putIfAbsent(m.actor().key(), m.actor()));
        previous.addLast(sentence);
        if (previous.size() > 2) {
            previous.removeFirst();
        }
    }

    private record TriggerHit(int start, int end, ContactType type, boolean weak) {
    }

    /**
     * "Lula hosted Scholz at the Planalto", "Meloni received Sánchez at Palazzo Chigi": a guest of a host at home came on
     * a visit to the meeting's place. The hosts are named before the trigger, in the country of the place; the guests
     * after it, from elsewhere. Nothing when the place or anybody's country is unknown.
     */
    private List<Contact> guestVisits(SentenceView sentence, TriggerHit hit, int clauseStart, int clauseEnd, Contact meeting) {
        Place place = meeting.place();
        if (meeting.type() != ContactType.MEETING || place == null || place.country() == null
                || !hosting(hit) || gatheringAt(place)) {
            return List.of();
        }
        String iso = place.country();
        // "Modi was hosted by Biden": in the passive the guests come first and the hosts after "by".
        boolean passive = passive(sentence, hit);
        int hostsFrom = passive ? hit.end() : sentence.start();
        int hostsTo = passive ? clauseEnd : hit.start();
        List<Actor> hosts = sentence.mentionsIn(hostsFrom, hostsTo).stream().filter(ActorMention::isPerson)
                .map(ActorMention::actor).filter(a -> iso.equals(a.country()) && sharesPerson(meeting.participants(), List.of(a))).toList();
        if (hosts.isEmpty()) {
            return List.of();
        }
        int guestsFrom = passive ? clauseStart : hit.end();
        int guestsTo = passive ? hit.start() : clauseEnd;
        return sentence.mentionsIn(guestsFrom, guestsTo).stream().filter(ActorMention::isPerson).map(ActorMention::actor).distinct()
                .filter(a -> a.country() != null && !iso.equals(a.country()) && sharesPerson(meeting.participants(), List.of(a)))
                .map(guest -> new Contact(ContactType.VISIT, List.of(guest), host(place), meeting.date(), meeting.dateEvidence(), place,
                        meeting.background(), meeting.confidence(), meeting.flags(), meeting.evidence(), meeting.placeEvidence()))
                .toList();
    }

    /**
     * "Albanese was received at the Élysée", "met at Downing Street": a guest from abroad met, in the building
     * an office is seated in, whoever held that office on the contact's date. Only the guest when there is no such
     * holder, or the guest may be one of the house.
     */
    private List<Actor> withHolderOfSeat(Actor guest, Place venue, Supplier<DateFinding> dating, int offset) {
        PartialDate on = Optional.ofNullable(dating.get().date()).orElse(context.anchorDate(offset));
        return context.seatHolder(venue, on)
                .filter(holder -> guest.country() != null && holder.country() != null && !guest.country().equals(holder.country()))
                .map(holder -> List.of(holder, guest)).orElse(List.of(guest));
    }

    /** "was hosted", "had been received by": a host's verb in the passive, whose guests come before it. */
    private boolean passive(SentenceView sentence, TriggerHit hit) {
        return PASSIVE.matcher(context.text().substring(Math.max(sentence.start(), hit.start() - 20), hit.start())).find()
                || context.text().startsWith("by ", hit.end());
    }

    /** Whether the trigger is a host's verb: "received", "hosted", "welcomed". */
    private boolean hosting(TriggerHit hit) {
        return HOSTING.matcher(context.text().substring(hit.start(), hit.end())).matches();
    }

    /**
     * Whether the article names a summit, forum or conference held at the place: its guests came for that, not on a visit.
     * The place is named in the gathering's own sentence ("the G20 summit in Berlin"); a city that opens the next one
     * ("... a forum that Kenya means to hold next spring. Ottawa has yet to confirm ...") is not where it is held.
     */
    private boolean gatheringAt(Place place) {
        String text = context.text();
        Matcher gathering = GATHERING.matcher(text);
        while (gathering.find()) {
            String before = text.substring(Math.max(0, gathering.start() - 60), gathering.start());
            String after = text.substring(gathering.end(), Math.min(text.length(), gathering.end() + 60));
            Matcher stop = SENTENCE_STOP.matcher(before);
            int from = 0;
            while (stop.find()) {
                from = stop.end();
            }
            Matcher next = SENTENCE_STOP.matcher(after);
            String around = before.substring(from) + gathering.group() + (next.find() ? after.substring(0, next.start()) : after);
            if (around.contains(place.label())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The triggers of a sentence. Triggers a few words apart describe one contact ("held talks, via
     * videoconference"): of those the most specific type wins. Triggers further apart are separate contacts
     * ("the December 7 videoconference ... and the December 30 telephone conversation").
     */
    private List<TriggerHit> triggers(SentenceView sentence, List<TriggerHit> unreal) {
        List<TriggerHit> hits = new ArrayList<>();
        List<int[]> unrealReaches = new ArrayList<>();
        for (Lexicon.Trigger trigger : Lexicon.TRIGGERS) {
            Matcher m = trigger.pattern().matcher(sentence.text());
            while (m.find()) {
                ContactType type = trigger.weak() ? context.weakCallType() : trigger.type();
                TriggerHit hit = new TriggerHit(sentence.start() + m.start(), sentence.start() + m.end(), type, trigger.weak());
                if (hits.stream().anyMatch(h -> h.start() < hit.end() && hit.start() < h.end())) {
                    continue;
                }
                int[] reach = unrealReach(sentence, hit);
                if (reach != null) {
                    unrealReaches.add(reach);
                    unreal.add(hit);
                } else {
                    hits.add(hit);
                }
            }
        }
        // "did not meet Xi at the summit": what cancels one trigger cancels the others its cue governs.
        hits.stream().filter(h -> unrealReaches.stream().anyMatch(r -> r[0] <= h.start() && h.end() <= r[1])).forEach(unreal::add);
        hits.removeIf(unreal::contains);
        hits.sort(java.util.Comparator.comparingInt(TriggerHit::start));
        List<TriggerHit> merged = new ArrayList<>();
        for (TriggerHit hit : hits) {
            TriggerHit last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            // "held talks, via videoconference" is one contact told twice, as its most specific type; triggers of one
            // type are kept apart ("the first meeting since Lula's talks with Scholz" names two), and a second report
            // of the same contact folds into the first when it is added.
            boolean close = last != null && hit.start() - last.end() <= 25 && hit.type() != ContactType.VISIT
                    && last.type() != ContactType.VISIT && hit.type() != last.type();
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

    /**
     * The stretch a cue makes unreal around a trigger, as offsets into the text, or null when the trigger reports a
     * contact. A question or a condition takes its whole clause; a cue before the trigger ("did not meet Xi at the
     * summit") what follows it in the clause; a cue after it ("the summit and the talks were cancelled") what
     * precedes it. So "held their first summit ..., agreeing to start talks" keeps the summit.
     */
    private int[] unrealReach(SentenceView sentence, TriggerHit hit) {
        String head = context.text().substring(sentence.start(), hit.start());
        int[] clause = Clauses.around(sentence.text(), hit.start() - sentence.start(), hit.end() - sentence.start());
        int clauseStart = sentence.start() + clause[0];
        int clauseEnd = sentence.start() + clause[1];
        if (sentence.text().trim().endsWith("?") || CONDITIONAL.matcher(head).find()) {
            return new int[] {clauseStart, clauseEnd}; // a question or a condition reports nothing
        }
        // A clause opened by "to address", "to discuss" goes on the verb before it: "is scheduled to address a meeting".
        boolean purpose = PURPOSE_OPENER.matcher(context.text().substring(Math.max(sentence.start(), clauseStart - 20), clauseStart)).find();
        int from = Math.max(purpose ? sentence.start() : clauseStart, hit.start() - 60);
        String before = context.text().substring(from, hit.start());
        String[] words = before.trim().split("\\s+");
        String window = String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 6), words.length));
        if (Lexicon.UNREAL_BEFORE.matcher(window).find() || window.matches("(?is).*\\bto$")
                || Lexicon.UNREAL_GOVERNOR.matcher(context.text()).region(clauseStart, hit.start()).find()) {
            return new int[] {hit.start(), clauseEnd}; // "invited him to visit", "plans to travel": an infinitive is no report
        }
        if (scheduleInPresent(sentence, clauseStart, clauseEnd)) {
            return new int[] {clauseStart, clauseEnd}; // "On Sunday the prime minister hosts a summit": a programme
        }
        Matcher after = Lexicon.UNREAL_AFTER.matcher(context.text()).region(hit.end(), clauseEnd);
        if (after.find()) {
            return new int[] {clauseStart, after.end()};
        }
        // "X's visit to Y, after Z's in May, was postponed": the predicate past an aside is the noun's; the aside keeps its own.
        Matcher aside = ASIDE_BEFORE_PREDICATE.matcher(context.text()).region(hit.end(), sentence.end());
        return aside.lookingAt() && Lexicon.UNREAL_AFTER.matcher(context.text()).region(aside.end(), sentence.end()).lookingAt()
                ? new int[] {clauseStart, hit.end()} : null;
    }

    /**
     * A clause that names a weekday other than the article's own and tells it in the present tense with no past verb
     * ("On Sunday she hosts a summit", "Scholz travels to Paris on Friday") gives a programme: the day is to come.
     */
    private boolean scheduleInPresent(SentenceView sentence, int clauseStart, int clauseEnd) {
        Matcher day = EventDates.WEEKDAY.matcher(context.text()).region(clauseStart, clauseEnd);
        if (!day.find() || ownWeekday(day.group(), day.start())) {
            return false;
        }
        AnalysedSentence tagged = sentence.tagged().get();
        if (tagged == null) {
            return false;
        }
        List<Token> clause = tagged.tokens().stream().filter(t -> t.begin() >= clauseStart && t.end() <= clauseEnd).toList();
        boolean present = false;
        for (int i = 0; i < clause.size(); i++) {
            Token t = clause.get(i);
            boolean perfect = t.word().matches("(?i)has|have") && clause.subList(i + 1, Math.min(clause.size(), i + 4)).stream()
                    .anyMatch(n -> n.pos().equals("VBN")); // "has met on Monday" is past
            if (t.pos().equals("VBD") || perfect) {
                return false;
            }
            present |= t.pos().matches("VBZ|VBP");
        }
        return present;
    }

    /**
     * True when a person is what the trigger is said of: named right before it ("Li, too, was in"), or the subject of
     * the predicate it is coordinated with ("He opened his trip in X, and was in Y").
     */
    private boolean personIsSubjectOf(SentenceView sentence, int clauseStart, TriggerHit hit) {
        if (SHARED_SUBJECT.matcher(context.text().substring(sentence.start(), hit.start())).find()) {
            return sentence.subject() != null;
        }
        List<ActorMention> people = sentence.mentionsIn(clauseStart, hit.start()).stream().filter(ActorMention::isPerson)
                .sorted(Comparator.comparingInt(ActorMention::start)).toList();
        int first = people.size() - 1;
        while (first >= 0 && !SUBJECT_TO_VERB.matcher(context.text().substring(people.get(first).end(), hit.start())).matches()) {
            first--; // "Kishida, for his part, was in": the subject stands before the parenthesis
        }
        if (first < 0) {
            return false;
        }
        // "Kishida and Modi were in": the first of the coordinated names must not be a preposition's object
        // ("the round between Kishida and Modi was in").
        while (first > 0 && LIST_SEPARATOR.matcher(context.text().substring(people.get(first - 1).end(), people.get(first).start())).matches()) {
            first--;
        }
        return !AFTER_PREPOSITION.matcher(context.text().substring(clauseStart, people.get(first).start())).find();
    }

    private boolean ownWeekday(String weekday, int at) {
        return Optional.ofNullable(context.anchorLocalDate(at))
                .map(d -> d.getDayOfWeek().name().equalsIgnoreCase(weekday)).orElse(true);
    }

    /**
     * The earlier contact a "since" phrase dates, when the one told is the first since it or none has been since:
     * "his first visit to Seoul since March 2019" (a visit to Seoul in March 2019), "has not spoken to him since a
     * telephone call in May" (a call in May). It has the told contact's people and place, and the type the phrase's
     * noun names, else the told contact's. Nothing unless a date follows "since" at once or after such a noun.
     */
    private Optional<Occasion> earlierOccasion(SentenceView sentence, TriggerHit hit) {
        String text = context.text();
        if (!FIRST_OR_NONE.matcher(text.substring(Math.max(sentence.start(), hit.start() - 30), hit.start())).find()) {
            return Optional.empty();
        }
        Matcher since = SINCE_OCCASION.matcher(text).region(hit.end(), sentence.end());
        if (!since.lookingAt()) {
            return Optional.empty();
        }
        DateFinding date = eventDates.startingAt(sentence, since.end());
        if (date.date() == null || date.evidence() == null) {
            return Optional.empty();
        }
        String noun = since.group(1) == null ? "" : since.group(1).toLowerCase(java.util.Locale.ROOT);
        ContactType type = noun.isEmpty() ? hit.type() : noun.contains("video") ? ContactType.VIDEO_CALL
                : noun.matches(".*\\b(call|conversation)$") ? ContactType.PHONE_CALL
                : noun.matches(".*\\b(visit|trip)$") ? ContactType.VISIT : ContactType.MEETING;
        if (type == ContactType.VISIT != (hit.type() == ContactType.VISIT)) {
            return Optional.empty(); // a visit's people are not a meeting's: "first visit since talks in May" tells no one
        }
        boolean visitSeen = namedVisitSeen;
        Optional<Contact> told = candidate(sentence, new TriggerHit(hit.start(), hit.end(), type, hit.weak()));
        namedVisitSeen = visitSeen; // read for its people and place only: the contact told may be unreal
        return told.filter(c -> !c.participants().isEmpty()).map(c -> new Occasion(new Contact(type, c.participants(), c.host(), date.date(), date.evidence(),
                        isCall(type) ? null : c.place(), true, Math.max(0.05, c.confidence() - 0.1), c.flags(), c.evidence(),
                        isCall(type) ? null : c.placeEvidence()),
                        since.start(), since.end()));
    }

    /** An earlier contact a "since" phrase dates, and the words [from, to) that phrase takes up before its date. */
    private record Occasion(Contact contact, int from, int to) {
    }

    private Optional<Contact> candidate(SentenceView sentence, TriggerHit hit) {
        int[] clause = Clauses.around(sentence.text(), hit.start() - sentence.start(), hit.end() - sentence.start());
        int clauseStart = sentence.start() + clause[0];
        int clauseEnd = sentence.start() + clause[1];
        String clauseText = context.text().substring(clauseStart, clauseEnd);
        String opener = context.text().substring(Math.max(sentence.start(), clauseStart - 12), clauseStart);
        // "a day after the summit, X met Y": the phrase that "after" opens ends at its comma, before the trigger.
        // "since the invasion and sat down with Y": an "and" before the trigger goes back to the main clause.
        String governed = context.text().substring(clauseStart, hit.start());
        boolean afterEarlier = EARLIER_CLAUSE.matcher(opener).find() && !governed.contains(",") && !governed.contains(" and ");
        boolean background = Lexicon.BACKGROUND.matcher(clauseText).find() || afterEarlier;
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
        if (hit.type() != ContactType.VISIT && participants.isEmpty()
                && UNNAMED_SUBJECT.matcher(context.text().substring(clauseStart, hit.start())).find()) {
            participants = peopleToldTogether(sentence, hit.start());
        }
        Optional<Actor> referredHost = hit.type() == ContactType.VISIT ? Optional.empty() : referredHost(sentence, hit, clauseEnd);
        if (referredHost.isPresent() && participants.stream().noneMatch(p -> p.key().equals(referredHost.get().key()))) {
            participants = new ArrayList<>(participants);
            participants.add(referredHost.get());
        }
        int counted = hit.type() == ContactType.VISIT ? 0 : counted(hit, clauseStart);
        SentenceView completedFrom = null;
        if (counted > participants.size()) {
            // "In May Xi returned to Europe. In Paris, Macron brought in von der Leyen for a three-way session": the
            // ones the sentence leaves out are the people the sentence before named, when that makes up the count.
            SentenceView before = previous.peekLast();
            List<Actor> named = participants;
            List<Actor> others = before == null ? List.of() : before.mentions().stream().filter(ActorMention::isPerson)
                    .map(ActorMention::actor).distinct().filter(p -> named.stream().noneMatch(q -> q.key().equals(p.key()))).toList();
            if (participants.size() + others.size() != counted) {
                return Optional.empty(); // a session of three the text does not name is no contact of the two it does
            }
            participants = new ArrayList<>(participants);
            participants.addAll(others);
            completedFrom = before;
        }
        if (hit.type() != ContactType.VISIT && participants.size() < 2) {
            participants = sameParticipantsAsMain(sentence, hit, clauseStart, clauseEnd, dating).orElse(participants);
        }
        if (hit.type() != ContactType.VISIT && participants.size() < 2 && refersToPair(sentence, hit, clauseStart, clauseEnd)) {
            // "Following their meeting, both men told reporters": the pair the text has told together.
            participants = pairIncluding(participants, pairOfContext(sentence, clauseStart))
                    .filter(pair -> !reportedAsOtherKind(pair, hit.type())).orElse(participants);
        }
        // "They met for three hours", "The talks took place today": the people a list of the sides beside it names.
        boolean unnamed = hit.type() == ContactType.MEETING && participants.isEmpty() && !background
                && Delegations.unnamedPeople(context.text().substring(clauseStart, hit.start()));
        if (unnamed) {
            participants = delegations.listedBefore(sentence, countriesNamed(clauseStart, hit.start()));
        }
        boolean awaitingPeople = unnamed && participants.isEmpty();
        if (hosting(hit) && HOSTED_GATHERING.matcher(context.text()).region(Math.max(sentence.start(), hit.start() - 40), Math.min(context.text().length(), hit.end() + 3)).find()) {
            return Optional.empty(); // "a summit hosted by Ramaphosa": the host of a gathering, who met no one by hosting it
        }
        if (CROSSING_WITHOUT_DESTINATION.matcher(context.text().substring(hit.start(), hit.end())).matches()
                && sentence.mentionsIn(clauseStart, hit.start()).stream().noneMatch(ActorMention::isPerson)) {
            return Optional.empty(); // "troops crossed the border, Modi said": whoever crossed is none of the people named
        }
        if (hosting(hit) && !passive(sentence, hit) && receivedNoOne(sentence, hit, clauseEnd)) {
            return Optional.empty(); // "welcomed the progress", "received the award": no one was received
        }
        if (REPEATED.matcher(ownPredicate(hit, clauseStart, clauseEnd)).find()) {
            return Optional.empty(); // "have spoken by phone many times": no one contact to report
        }
        // A venue of the gazetteer stands for its city: "at the Kremlin" is Moscow. A call has no one place.
        PlaceFinding found = isCall(hit.type()) ? null : place(sentence, hit, clauseStart, clauseEnd);
        Place place = found == null ? null : context.placeGazetteer().cityOf(found.place());
        String placeEvidence = found == null ? null
                : found.evidence() + (place.equals(found.place()) ? "" : ", a venue in " + place.label());
        if (place == null && hit.type() == ContactType.MEETING) {
            place = destinationOfVisitInSentence(sentence, hit, participants);
            placeEvidence = place == null ? null : "the destination of the visit the sentence tells";
        }
        if (place == null && referredHost.isPresent()) {
            // "both men held separate talks with their host": on the gathering's ground, where the talks it set were
            place = gatheringPlace().orElse(null);
            placeEvidence = place == null ? null : "the place of the gathering whose host it names";
        }
        Actor host = null;
        if (hit.type() == ContactType.VISIT && place == null && ARRIVAL.matcher(context.text().substring(hit.start(), hit.end())).find()) {
            // "Scholz, who arrived on Thursday, ...": he arrived where his talks of those days were, which the article's
            // contacts settle together (ContactPlaces: a tour's other stops are not his); with no contact yet, where
            // the article reports from.
            place = mainContact().isPresent() ? null : context.datelinePlace();
            placeEvidence = place == null ? null : "an arrival with no place named before any contact: the dateline's place";
        }
        if (hit.type() == ContactType.VISIT) {
            if (!participants.isEmpty()) {
                namedVisitSeen = true;
            } else if (!namedVisitSeen) {
                participants = visitorsOfMainMeeting(place);
                if (!participants.isEmpty() && mainContact().map(Contact::place).isPresent()) {
                    place = mainContact().get().place();
                    placeEvidence = "the place of the article's main meeting, whose guests made the visit";
                }
                if (participants.isEmpty() && VISIT_BETWEEN_STATES.matcher(context.text().substring(hit.start(), hit.end())).matches()
                        && !VISIT_OF_OTHERS.matcher(context.text()).region(hit.end(), clauseEnd).lookingAt()
                        && !DENIED.matcher(context.text()).region(clauseStart, hit.start()).find()) {
                    // "It crowned a state visit to Tokyo": one of the pair the text tells together came to the other.
                    participants = pairOfContext(sentence, hit.start());
                    if (place != null && visitors(participants, place).size() != 1) {
                        return Optional.empty();
                    }
                    visitsOfPair.add(context.mention(hit.start(), hit.end(), sentence));
                }
            } else if (place != null) {
                // "arrived in Ukraine on a visit ... the visit of the officials to Kyiv": the visit already named.
                participants = latestVisitTowards(place);
            }
            // A visit whose words give no destination ("during his state visit") may take its place from its talks
            // once the article is read (ContactPlaces); one that gets none is dropped then.
            if (participants.isEmpty() || place != null && REGION.matcher(place.label()).matches()) {
                return Optional.empty();
            }
            if (PRESENCE.matcher(context.text().substring(hit.start(), hit.end())).find()
                    && (place == null || place.level() == Place.Level.OTHER
                    || participants.stream().anyMatch(p -> p.country() == null) && !hostAfter(sentence, hit, clauseEnd, place)
                    || !personIsSubjectOf(sentence, clauseStart, hit))) {
                // "was in Beijing" is a visit only for people known to be from elsewhere (or who hold talks there with its
                // people), and only when they are what "was" is said of: "the last time they spoke was in Beijing" tells
                // of a talk, not of a stay.
                return Optional.empty();
            }
            host = host(place);
            participants = visitors(participants, place);
            if (participants.isEmpty()) {
                return Optional.empty();
            }
        } else if (participants.size() == 1 && found != null) {
            participants = withHolderOfSeat(participants.get(0), found.place(), dating, hit.start());
        }
        if (hit.type() != ContactType.VISIT && participants.size() < 2 && !awaitingPeople) {
            return Optional.empty();
        }

        DateFinding date = dating.get();
        if (date.evidence() == null && completedFrom != null) {
            // Its people are the sentence before's, and so is its time: "In May Xi returned ... a three-way session".
            DateFinding told = eventDates.toldIn(completedFrom);
            date = told.date() != null ? told : DateFinding.UNRESOLVED; // not the time of other people's contacts
        }
        PartialDate resolved = date.date();
        if (date.evidence() == null && !awaitingPeople && namedOnlyCollectively(sentence, clauseStart, clauseEnd, participants)) {
            return Optional.empty(); // "the results of the talks between the leaders of X and Y": no contact of the day
        }
        if (resolved == null && !date.unresolvedExpression()) {
            if (background) {
                return Optional.empty();
            }
            resolved = context.anchorDate(sentence.start());
        }
        if (place == null && !isCall(hit.type()) && !background) {
            place = Optional.ofNullable(context.titlePlace(hit.type())).map(context.placeGazetteer()::cityOf).orElse(null);
            placeEvidence = place == null ? null : "the title's place: the sentence names none";
        }
        double confidence = (hit.weak() ? 0.6 : 0.8) - (background ? 0.1 : 0);
        return Optional.of(withTermChecks(new Contact(hit.type(), participants, host, resolved, date.evidence(), place, background,
                confidence, List.of(), context.mention(hit.start(), hit.end(), sentence), placeEvidence)));
    }

    /** The contact flagged, and its confidence lowered, for each of its people out of office on its date. */
    private Contact withTermChecks(Contact c) {
        List<String> flags = new ArrayList<>(c.flags());
        double confidence = c.confidence();
        if (c.date() != null) {
            for (Actor p : c.participants()) {
                if (!context.inOffice(p, c.date())) {
                    flags.add("outside-term:" + p.key());
                    confidence -= 0.3;
                }
            }
        }
        return new Contact(c.type(), c.participants(), c.host(), c.date(), c.dateEvidence(), c.place(), c.background(),
                Math.max(0.05, confidence), flags, c.evidence(), c.placeEvidence());
    }

    /**
     * Whether a host's verb received a thing rather than a person: nobody is named just after it ("welcomed the
     * progress"), or the first person named is the giver ("received a new car from the president").
     */
    private boolean receivedNoOne(SentenceView sentence, TriggerHit hit, int clauseEnd) {
        Optional<ActorMention> first = sentence.mentionsIn(hit.end(), Math.min(clauseEnd, hit.end() + 45)).stream()
                .filter(ActorMention::isPerson).findFirst();
        return first.isEmpty() || GIVER.matcher(context.text().substring(hit.end(), first.get().start())).find();
    }

    /**
     * The words of the trigger's own predicate, between the commas or coordinations around it: in "agreed to deploy
     * assets more regularly, at a summit" and "we met in 2022, and we have spoken many times since" the adverb is
     * another predicate's.
     */
    private String ownPredicate(TriggerHit hit, int clauseStart, int clauseEnd) {
        String text = context.text();
        int from = Math.max(clauseStart, text.lastIndexOf(',', hit.start()) + 1);
        Matcher next = PREDICATE_END.matcher(text).region(hit.end(), clauseEnd);
        return text.substring(from, next.find() ? next.start() : clauseEnd);
    }

    /**
     * "Yoon visited Tokyo on March 16-17 for talks with Kishida": talks reported with a visit of one of their
     * people, in the same sentence, were held where the visit went. Null when there is no such visit.
     */
    private Place destinationOfVisitInSentence(SentenceView sentence, TriggerHit hit, List<Actor> participants) {
        Span here = context.mention(hit.start(), hit.end(), sentence).sentence();
        return contacts.stream()
                .filter(v -> v.type() == ContactType.VISIT && v.place() != null && v.evidence().sentence().equals(here))
                .filter(v -> sharesPerson(v.participants(), participants))
                .map(Contact::place).findFirst().orElse(null);
    }

    /**
     * "spent Friday in Ankara, holding talks with Erdogan": the clause goes on to name someone of the place's country as the
     * one met there, so whoever "was in" the place came from elsewhere, even when the text does not say from where.
     */
    private boolean hostAfter(SentenceView sentence, TriggerHit hit, int clauseEnd, Place place) {
        Matcher talks = HOST_MET.matcher(context.text()).region(hit.end(), clauseEnd);
        return place.country() != null && talks.find() && sentence.mentionsIn(talks.end(), clauseEnd).stream()
                .filter(ActorMention::isPerson).findFirst().filter(m -> place.country().equals(m.actor().country())
                        && context.text().substring(talks.end(), m.start()).matches("\\s*([\\w-]+\\s+){0,4}")).isPresent();
    }

    /** Whether the person is named after the trigger, as its object ("talks with X", "met X"). */
    private boolean objectOfTrigger(SentenceView sentence, TriggerHit hit, Actor person) {
        return sentence.mentions().stream().anyMatch(m -> m.actor().key().equals(person.key()) && m.start() >= hit.end()
                && m.start() - hit.end() < 60);
    }

    private static List<Actor> persons(List<Actor> actors) {
        return actors.stream().filter(a -> a.kind() == ActorKind.PERSON).toList();
    }

    /** "the consultations, which President Lula and Prime Minister Albanese held in Canberra": the relative clause names them. */
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

    /**
     * Whether the words around a trigger point to people named before as a pair: "their talks", or a fronted clause
     * whose main clause has a pair for subject ("After talks at the palace, the two leaders ...").
     */
    private boolean refersToPair(SentenceView sentence, TriggerHit hit, int clauseStart, int clauseEnd) {
        String text = context.text();
        Matcher theirWords = THEIR_BEFORE.matcher(text).region(Math.max(clauseStart, hit.start() - 40), hit.start());
        boolean their = theirWords.find() && ownsTheContact(sentence, theirWords.start(), hit);
        boolean pairSubject = clauseEnd < sentence.end() && Clauses.isFronted(sentence.text(), clauseStart - sentence.start())
                && PAIR_SUBJECT.matcher(text).region(clauseEnd, sentence.end()).lookingAt();
        return their || pairSubject;
    }

    /**
     * Whether "their" determines the contact's own noun ("their talks", "their first meeting"), not the subject of a
     * verb that tells it: in "their aides met" or "their ministers held talks" the contact is the aides' or the ministers'.
     * A verb at the trigger or between is such a predicate; with no parts of speech, only a noun of contact is owned.
     */
    private boolean ownsTheContact(SentenceView sentence, int theirStart, TriggerHit hit) {
        AnalysedSentence tagged = sentence.tagged().get();
        if (tagged == null) {
            return CONTACT_NOUN.matcher(context.text().substring(hit.start(), hit.end())).matches();
        }
        // "their meeting" may be tagged a gerund at the trigger, never a predicate before it
        return tagged.tokens().stream().filter(t -> t.begin() > theirStart && t.begin() <= hit.start() && t.pos() != null)
                .noneMatch(t -> t.pos().equals("MD") || t.pos().startsWith("VB") && !(t.begin() == hit.start() && t.pos().equals("VBG")));
    }

    /** The countries (ISO alpha-3) the words name or qualify with an adjective: "American officials", "officials of India". */
    private java.util.Set<String> countriesNamed(int from, int to) {
        Matcher word = COUNTRY_WORD.matcher(context.text()).region(from, to);
        java.util.Set<String> named = new java.util.HashSet<>();
        while (word.find()) {
            context.gazetteer().country(word.group()).ifPresent(c -> named.add(c.iso3()));
        }
        return named;
    }

    /** The pair the text told together before {@code before}: in this sentence, else in the two before it. */
    private List<Actor> pairOfContext(SentenceView sentence, int before) {
        List<List<ActorMention>> back = new ArrayList<>();
        back.add(sentence.mentionsIn(sentence.start(), before));
        previous.descendingIterator().forEachRemaining(p -> back.add(p.mentions()));
        return ContextPair.of(context.text(), back, TOGETHER);
    }

    /** "The two leaders": the pair the text told together, else the two people it named last. */
    private List<Actor> pairReferredTo(SentenceView sentence, int before) {
        List<Actor> told = pairOfContext(sentence, before);
        return told.isEmpty() ? lastNamedPair(sentence, before) : told;
    }

    /**
     * Whether the article reports a call between the two where a meeting is referred to, or the other way round: "spoke by
     * phone on Monday ... their talks" refers to that call, not to a meeting of theirs.
     */
    private boolean reportedAsOtherKind(List<Actor> pair, ContactType type) {
        return contacts.stream().anyMatch(c -> c.type() != ContactType.VISIT && !c.type().sameFamily(type)
                && pair.stream().allMatch(p -> sharesPerson(c.participants(), List.of(p))));
    }

    /** The pair, when the people already found are of it; nothing when one of them is not. */
    private static Optional<List<Actor>> pairIncluding(List<Actor> found, List<Actor> pair) {
        return pair.size() == 2 && found.stream().allMatch(p -> sharesPerson(List.of(p), pair)) ? Optional.of(pair) : Optional.empty();
    }

    /**
     * "Ruto visited Tokyo in February; he and Kishida met again in Paris on Thursday": the two had met before, and
     * the visit just told of one to the other's country is when and where. None unless the words say "again" and exactly
     * one such visit, dated, stands in this sentence or the two before.
     */
    private Optional<Contact> meetingOfVisitBefore(SentenceView sentence, TriggerHit hit, Contact meeting) {
        String text = context.text();
        boolean again = AGAIN_AFTER.matcher(text).region(hit.end(), sentence.end()).lookingAt()
                || AGAIN_BEFORE.matcher(text.substring(Math.max(sentence.start(), hit.start() - 20), hit.start())).find();
        if (!again || meeting.type() != ContactType.MEETING || meeting.participants().size() != 2) {
            return Optional.empty();
        }
        List<Contact> visits = java.util.stream.IntStream.range(0, contacts.size())
                .filter(i -> sentenceOf.get(i) >= sentence.index() - 2).mapToObj(contacts::get)
                .filter(v -> v.type() == ContactType.VISIT && v.place() != null && v.dateEvidence() != null
                        && (meeting.date() == null || !v.date().compatibleWith(meeting.date())) && toHostOfPair(v, meeting.participants()))
                .toList();
        if (visits.size() != 1) {
            return Optional.empty();
        }
        Contact visit = visits.get(0);
        return Optional.of(new Contact(ContactType.MEETING, meeting.participants(), null, visit.date(), visit.dateEvidence(), visit.place(),
                visit.background(), visit.confidence(), visit.flags(), visit.evidence(), "the place of the visit \"" + visit.evidence().exact().strip() + "\""));
    }

    /**
     * "flew to Rome on Thursday to thank Meloni": a visit made to meet someone of the country visited
     * is a meeting with them, there and then.
     */
    private Optional<Contact> meetingOfVisitPurpose(SentenceView sentence, TriggerHit hit, Contact visit) {
        if (visit.type() != ContactType.VISIT || visit.place() == null || visit.place().country() == null) {
            return Optional.empty();
        }
        Matcher purpose = TO_MEET.matcher(context.text()).region(hit.end(), sentence.end());
        if (!purpose.lookingAt()) {
            return Optional.empty();
        }
        return sentence.mentionsIn(purpose.end(), sentence.end()).stream().filter(ActorMention::isPerson).findFirst()
                .filter(m -> m.start() - purpose.end() <= 25 && visit.place().country().equals(m.actor().country())
                        && !ContextPair.POSSESSOR.matcher(context.text()).region(m.end(), sentence.end()).lookingAt())
                .map(met -> {
                    List<Actor> people = new ArrayList<>(visit.participants());
                    people.add(met.actor());
                    return new Contact(ContactType.MEETING, people, null, visit.date(), visit.dateEvidence(), visit.place(), visit.background(),
                            visit.confidence(), visit.flags(), context.mention(hit.start(), met.end(), sentence),
                            "the place of the visit made to meet " + met.actor().label());
                });
    }

    /** Whether the visit is one of the pair's, to the country of the other. */
    private static boolean toHostOfPair(Contact visit, List<Actor> pair) {
        return visit.participants().size() == 1 && pair.stream().anyMatch(p -> p.key().equals(visit.participants().get(0).key()))
                && pair.stream().anyMatch(p -> !p.key().equals(visit.participants().get(0).key()) && visit.place().country() != null
                        && visit.place().country().equals(p.country()));
    }

    /** A person of a meeting abroad whose trip the text just told, the sentence that told it and where its words end. */
    private record Trip(Actor traveller, SentenceView toldIn, int wordsEnd) {
    }

    /**
     * "Lula's tour of Asia in March 2024 ... In Tokyo, Kishida held talks with him": talks abroad, in a city, with someone
     * whose trip this sentence or one of the two before tells, are a stop of that trip. None at a city where a summit or
     * forum is held (its guests attend it), nor when the trip names a destination elsewhere or a time apart from the talks'.
     */
    private List<Trip> tripsThrough(SentenceView sentence, TriggerHit hit, Contact meeting) {
        Place place = meeting.place();
        if (meeting.type() != ContactType.MEETING || meeting.background() || place == null || place.level() != Place.Level.CITY
                || place.country() == null || gatheringAt(place)) {
            return List.of();
        }
        List<Trip> trips = new ArrayList<>();
        for (Actor traveller : meeting.participants()) {
            if (traveller.country() == null || traveller.country().equals(place.country())) {
                continue;
            }
            tripToldOf(traveller, sentence, hit.start()).filter(trip -> !destinationElsewhere(trip.toldIn(), place))
                    .filter(trip -> meeting.dateEvidence() == null || Optional.ofNullable(tripTime(trip).date())
                            .map(d -> d.compatibleWith(meeting.date())).orElse(true))
                    .ifPresent(trips::add);
        }
        return trips;
    }

    /** Talks on a trip that tell no time of their own took place in the time the trip's sentence tells. */
    private Contact datedByTrip(SentenceView sentence, TriggerHit hit, Contact meeting) {
        if (meeting.dateEvidence() != null) {
            return meeting;
        }
        return tripsThrough(sentence, hit, meeting).stream().map(this::tripTime)
                .filter(date -> date.date() != null).findFirst()
                .map(date -> new Contact(meeting.type(), meeting.participants(), meeting.host(), date.date(), date.evidence(), meeting.place(),
                        false, meeting.confidence(), meeting.flags(), meeting.evidence(), meeting.placeEvidence()))
                .orElse(meeting);
    }

    /** The travellers' visits to the city of talks on their trips, dated as the talks; none for talks of no told time. */
    private List<Contact> stopsOnTrips(SentenceView sentence, TriggerHit hit, Contact meeting) {
        if (meeting.dateEvidence() == null) {
            return List.of();
        }
        Place place = meeting.place();
        return tripsThrough(sentence, hit, meeting).stream().map(trip -> new Contact(ContactType.VISIT, List.of(trip.traveller()), host(place),
                meeting.date(), meeting.dateEvidence(), place, false, meeting.confidence(), meeting.flags(), meeting.evidence(),
                "\"" + place.label() + "\", where talks on the traveller's trip were held")).toList();
    }

    /** The trip of the person told in this sentence up to {@code before}, else in one of the two before it. */
    private Optional<Trip> tripToldOf(Actor traveller, SentenceView sentence, int before) {
        List<SentenceView> told = new ArrayList<>(List.of(sentence));
        previous.descendingIterator().forEachRemaining(told::add);
        for (SentenceView s : told) {
            for (ActorMention m : s.mentions()) {
                boolean pronoun = m.kind() == ActorMention.Kind.PRONOUN && POSSESSIVE_PRONOUN.matcher(m.text()).matches();
                Matcher words = (pronoun ? TRIP_OF_PRONOUN : TRIP_OF).matcher(context.text()).region(m.end(), s.end());
                if (m.actor().key().equals(traveller.key()) && (s != sentence || m.end() <= before) && words.lookingAt()) {
                    return Optional.of(new Trip(traveller, s, words.end()));
                }
            }
        }
        return Optional.empty();
    }

    /** The time a trip's sentence tells just after its words ("tour of Asia in March 2024"), else none. */
    private DateFinding tripTime(Trip trip) {
        DateFinding told = eventDates.toldIn(trip.toldIn());
        String after = context.text().substring(trip.wordsEnd(), Math.min(trip.toldIn().end(), trip.wordsEnd() + TRIP_TIME_REACH));
        return told.date() != null && told.evidence() != null && after.contains(told.evidence()) ? told : DateFinding.NONE;
    }

    /** Whether a trip's sentence names a country, city or venue as where it went, none of which holds the place. */
    private boolean destinationElsewhere(SentenceView trip, Place place) {
        List<Place> named = context.places(trip).stream().map(PlaceMention::place)
                .filter(p -> p.level() == Place.Level.COUNTRY || p.level() == Place.Level.CITY || p.level() == Place.Level.VENUE).toList();
        return !named.isEmpty() && named.stream().noneMatch(p -> context.placeGazetteer().within(place, p));
    }

    /** The visitors of the article's latest visit to the same country, which a later "the visit to X" refers to. */
    private List<Actor> latestVisitTowards(Place place) {
        for (int i = contacts.size() - 1; i >= 0; i--) {
            Contact c = contacts.get(i);
            if (c.type() == ContactType.VISIT && !c.background() && c.place() != null && place.country() != null
                    && place.country().equals(c.place().country())) {
                return c.participants();
            }
        }
        return List.of();
    }

    /** True when every participant is named only by a collective phrase in the clause ("the leaders of X and Y"). */
    private static boolean namedOnlyCollectively(SentenceView sentence, int clauseStart, int clauseEnd, List<Actor> participants) {
        List<ActorMention> mentions = sentence.mentionsIn(clauseStart, clauseEnd);
        return participants.stream().allMatch(p -> {
            List<ActorMention> own = mentions.stream().filter(m -> m.actor().key().equals(p.key())).toList();
            return !own.isEmpty() && own.stream().allMatch(m -> m.kind() == ActorMention.Kind.COLLECTIVE);
        });
    }

    /** The people of the latest contacts of the news, when exactly {@code count} of them took part. */
    private List<Actor> latestPeople(int count) {
        Map<String, Actor> people = new LinkedHashMap<>();
        for (int i = contacts.size() - 1; i >= 0 && people.size() < count; i--) {
            if (!contacts.get(i).background()) {
                contacts.get(i).participants().forEach(p -> people.putIfAbsent(p.key(), p));
            }
        }
        return people.size() == count ? List.copyOf(people.values()) : List.of();
    }

    /** Whether a sentence names the companions of someone in a contact ("was joined by"), people the gazetteer may lack. */
    static boolean namesCompanions(String sentence) {
        return JOINED.matcher(sentence).find();
    }

    /** Whether a sentence tells someone's trip ("Lula's tour of Asia in March"), whose stops the next sentences may tell. */
    static boolean tellsTrip(String sentence) {
        return NAMED_TRIP.matcher(sentence).find();
    }

    /** Whether a sentence counts the people of a contact ("a three-way session"), who may have been named before it. */
    static boolean countsPeople(String sentence) {
        return WAYS.matcher(sentence).find();
    }

    /** How many people the words of a contact count ("a three-way session": three), or 0 when they count none. */
    private int counted(TriggerHit hit, int clauseStart) {
        Matcher ways = WAYS.matcher(context.text()).region(Math.max(clauseStart, hit.start() - 25), hit.end());
        if (!ways.find()) {
            return 0;
        }
        String count = ways.group(1) != null ? ways.group(1) : ways.group(2).equalsIgnoreCase("tri") ? "three" : "four";
        return NUMBERS.indexOf(count.toLowerCase(java.util.Locale.ROOT)) + 3;
    }

    /**
     * "Both men held separate talks with their host": the host of the gathering named in this sentence or one of the
     * two before, when the words just after the trigger refer to a host.
     */
    private Optional<Actor> referredHost(SentenceView sentence, TriggerHit hit, int clauseEnd) {
        if (gatheringHost == null || gatheringHost.namedIn() != sentence && !previous.contains(gatheringHost.namedIn())
                || !HOST_REFERENCE.matcher(context.text()).region(hit.end(), clauseEnd).lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(gatheringHost.host());
    }

    /** Where the contacts told in the sentence naming the gathering's host took place, when they say. */
    private Optional<Place> gatheringPlace() {
        int told = gatheringHost.namedIn().index();
        return java.util.stream.IntStream.range(0, contacts.size()).map(i -> contacts.size() - 1 - i)
                .filter(i -> sentenceOf.get(i) == told && contacts.get(i).place() != null)
                .mapToObj(i -> contacts.get(i).place()).findFirst();
    }

    /** The people of a contact the words after its trigger name or refer to: its counterparts, whom its subject met. */
    private List<Actor> namedAfter(SentenceView sentence, TriggerHit hit, int clauseEnd, Contact c) {
        Map<String, Actor> after = new LinkedHashMap<>();
        sentence.mentionsIn(hit.end(), clauseEnd).stream().filter(ActorMention::isPerson).forEach(m -> after.putIfAbsent(m.actor().key(), m.actor()));
        referredHost(sentence, hit, clauseEnd).ifPresent(h -> after.putIfAbsent(h.key(), h));
        return c.participants().stream().filter(p -> after.containsKey(p.key())).toList();
    }

    /**
     * The two people the text named last: in the sentence before the phrase at {@code before}, else going back up to
     * two sentences until two are named; empty unless the sentence where the second appears makes them exactly two.
     */
    private List<Actor> lastNamedPair(SentenceView sentence, int before) {
        Map<String, Actor> recent = new LinkedHashMap<>();
        List<List<ActorMention>> back = new ArrayList<>();
        back.add(sentence.mentionsIn(sentence.start(), before));
        previous.descendingIterator().forEachRemaining(p -> back.add(p.mentions()));
        for (List<ActorMention> mentions : back) {
            mentions.stream().filter(ActorMention::isPerson).forEach(m -> recent.putIfAbsent(m.actor().key(), m.actor()));
            if (recent.size() >= 2) {
                break;
            }
        }
        return recent.size() == 2 ? List.copyOf(recent.values()) : List.of();
    }

    /**
     * "X flew to Ankara to see Y. They met for two hours": the two people named last, when the sentence naming them
     * puts them together; people only mentioned side by side are not the "they" of a contact.
     */
    private List<Actor> peopleToldTogether(SentenceView sentence, int before) {
        List<Actor> pair = lastNamedPair(sentence, before);
        if (pair.isEmpty()) {
            return pair;
        }
        List<SentenceView> back = new ArrayList<>();
        previous.descendingIterator().forEachRemaining(back::add);
        for (SentenceView told : back) {
            Optional<ActorMention> first = told.mentions().stream().filter(m -> pair.contains(m.actor())).findFirst();
            Optional<ActorMention> second = first.flatMap(f -> told.mentions().stream()
                    .filter(m -> m.start() >= f.end() && pair.contains(m.actor()) && !m.actor().equals(f.actor())).findFirst());
            if (second.isPresent()) {
                return TOGETHER.matcher(context.text().substring(first.get().end(), second.get().start())).find() ? pair : List.of();
            }
        }
        return List.of();
    }

    /** The part of an office key a group noun names ("presidents": heads of state), or null when it names none. */
    private static String officeOf(String noun) {
        String lower = noun.toLowerCase(java.util.Locale.ROOT);
        return switch (lower) {
            case "presidents", "heads of state" -> "head-of-state";
            case "leaders" -> "head-of";
            case "prime ministers", "premiers", "chancellors", "heads of government" -> "head-of-government";
            case "foreign ministers" -> "foreign-minister";
            case "defence ministers", "defense ministers" -> "defence-minister";
            default -> null;
        };
    }

    /** The two people the article has named so far who hold the office a group noun names; empty unless exactly two. */
    private List<Actor> officeHolders(String noun) {
        String office = officeOf(noun);
        if (office == null) {
            return List.of();
        }
        List<Actor> holders = named.values().stream().filter(a -> a.office() != null && a.office().contains(office)).toList();
        return holders.size() == 2 ? holders : List.of();
    }

    /** "within the framework of the visit": the visitors are the main meeting's people from abroad. */
    private List<Actor> visitorsOfMainMeeting(Place place) {
        Optional<Contact> main = mainContact().filter(c -> c.type() == ContactType.MEETING && c.place() != null);
        if (main.isEmpty()) {
            return List.of();
        }
        String hostIso = main.get().place().country();
        if (place != null && !place.equals(main.get().place()) && !java.util.Objects.equals(place.country(), hostIso)) {
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
        // "After a meeting with X, Y said": the subject follows the fronted phrase; ", and Y presented" starts a clause of its own.
        boolean endsAtComma = clauseEnd < sentence.end() && context.text().charAt(clauseEnd) == ','
                && !context.text().startsWith(", and ", clauseEnd);
        if (Clauses.isFronted(sentence.text(), clauseStart - sentence.start()) && endsAtComma) {
            sentence.mentionsIn(clauseEnd, sentence.end()).stream().filter(ActorMention::isPerson).findFirst()
                    .ifPresent(m -> found.putIfAbsent(m.actor().key(), m.actor()));
        }
        // "The two leaders held talks": the group is the trigger's subject, a few words before it.
        Matcher group = GROUP.matcher(context.text().substring(Math.max(clauseStart, hit.start() - 40), hit.start()));
        Matcher numbered = NUMBERED_GROUP.matcher(context.text().substring(Math.max(clauseStart, hit.start() - 40), hit.start()));
        if (numbered.find()) {
            latestPeople(NUMBERS.indexOf((numbered.group(1) != null ? numbered.group(1) : numbered.group(2)).toLowerCase(java.util.Locale.ROOT)) + 3)
                    .forEach(p -> found.putIfAbsent(p.key(), p));
        } else if (group.find()) {
            int groupStart = Math.max(clauseStart, hit.start() - 40) + group.start();
            String office = officeOf(group.group(2));
            boolean ofTwo = PAIR.matcher(group.group(1)).matches() || group.group(2).equalsIgnoreCase("pair");
            List<Actor> pair = ofTwo ? pairReferredTo(sentence, groupStart) : List.of();
            if (!pair.isEmpty() && pair.stream().allMatch(p -> office == null || p.office() == null || p.office().contains(office))) {
                // "Kim greeted him on the tarmac. ... the two leaders held talks": the two people just named.
                pair.forEach(p -> found.putIfAbsent(p.key(), p));
                return new ArrayList<>(found.values());
            }
            // Else the latest contact between several people (a visit has one side only) who hold the office the noun
            // names: "the two presidents" are none of the ministers of the talks just told.
            Optional<Contact> latest = contacts.stream().filter(c -> c.participants().size() >= 2)
                    .filter(c -> c.participants().stream().allMatch(p -> office == null || p.office() == null || p.office().contains(office)))
                    .reduce((a, b) -> b);
            latest.ifPresent(c -> c.participants().forEach(p -> found.putIfAbsent(p.key(), p)));
            if (latest.isEmpty() && hit.type() != ContactType.VISIT && ofTwo) {
                // Else "the two presidents": the article's only two holders of such an office named so far.
                officeHolders(group.group(2)).forEach(p -> found.putIfAbsent(p.key(), p));
            }
        }
        if (hit.type() == ContactType.VISIT) {
            // "President Biden's trip to Europe": the possessor alone is the visitor.
            Optional<ActorMention> possessor = sentence.mentionsIn(Math.max(sentence.start(), hit.start() - 60), hit.start()).stream()
                    .filter(ActorMention::isPerson)
                    .filter(m -> context.text().substring(m.end(), hit.start()).matches("['’]s?\\s+([\\w-]+\\s+){0,3}")
                            || POSSESSIVE_PRONOUN.matcher(m.text()).matches()
                            && context.text().substring(m.end(), hit.start()).matches("\\s+([\\w-]+\\s+){0,3}"))
                    .reduce((a, b) -> b);
            if (possessor.isPresent()) {
                return new ArrayList<>(List.of(possessor.get().actor()));
            }
            // "The foreign minister flew in": an article that opens the name of the one who went is no noun's.
            boolean namedJustBefore = sentence.mentionsIn(clauseStart, hit.start()).stream()
                    .anyMatch(m -> m.isPerson() && context.text().substring(m.end(), hit.start()).isBlank());
            if (!namedJustBefore && ARTICLE_BEFORE.matcher(context.text().substring(Math.max(clauseStart, hit.start() - 40), hit.start())).find()) {
                // "stressed the importance of the visit of the officials": whoever precedes the noun is not its visitor;
                // the visitors follow it after "of" or "by", or the visit is one already named.
                return new ArrayList<>(sentence.mentionsIn(hit.end(), clauseEnd).stream().filter(ActorMention::isPerson)
                        .filter(m -> context.text().substring(hit.end(), m.start()).matches("\\s+(of|by)\\s+(the\\s+|an?\\s+)?([\\w-]+\\s+){0,4}"))
                        .map(ActorMention::actor).distinct().toList());
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
        if (TOPIC_PERSON.matcher(before).find()) {
            return true; // "raised the case of the detained writer X during the talks": X is what they talked about
        }
        if (m.start() > hit.end() && HOSTED_GATHERING.matcher(context.text()).region(hit.start(), m.start()).find()) {
            // "held talks on the margins of a summit hosted by X": X hosted the gathering, the setting of these talks
            return true;
        }
        if (m.end() <= hit.start()) {
            String between = context.text().substring(m.end(), hit.start());
            return BRIEFED_ON.matcher(between).find();
        }
        return false;
    }

    /**
     * The place: "in Warsaw", "visited Kyiv", "trip to Russia", "here" (the dateline's place). The most specific the
     * clause gives wins: a city over its country ("in Russia's far east, in Vladivostok"); a venue of the gazetteer
     * stands for its city ("at the Kremlin" is Moscow); a venue the gazetteer lacks gives way to the title's place,
     * else the dateline's, since its city is not named; a topic ("the situation in Ukraine") is no place at all.
     */
    private PlaceFinding place(SentenceView sentence, TriggerHit hit, int clauseStart, int clauseEnd) {
        // Each contact's place comes from its own predicate: "began her tour in Osaka ..., and was in Tokyo for the talks".
        int[] own = eventDates.predicate(clauseStart, clauseEnd, hit.start(), hit.end());
        List<PlaceMention> places = context.places(sentence).stream()
                .filter(p -> p.start() >= own[0] && p.end() <= own[1]).toList();
        PlaceMention unknownVenue = null;
        PlaceMention country = null;
        int countryEnd = -1;
        for (PlaceMention p : places) {
            if (country != null && p.start() - countryEnd <= 40 && country.place().country().equals(p.place().country()) && !p.place().isCountry()) {
                // "in China's commercial hub of Shanghai": the city the country phrase goes on to name
                return new PlaceFinding(p.place(), "\"" + said(p) + "\", the city its country's phrase names");
            }
            boolean after = p.start() >= hit.end();
            String between = after ? context.text().substring(hit.end(), p.start()) : "";
            String before = context.text().substring(Math.max(clauseStart, p.start() - 40), p.start());
            Matcher time = TIME_BEFORE_PLACE.matcher(between);
            String route = time.find() && EventDates.DATE_WORDS.matcher(time.group()).find() ? between.substring(time.end()) : between;
            boolean destination = hit.type() == ContactType.VISIT && after
                    && (route.isBlank() || PLACE_AFTER.matcher(route).find()
                    || ENDS_IN_PREPOSITION.matcher(context.text().substring(hit.start(), hit.end())).find() && THE.matcher(between).matches());
            boolean location = hit.type() != ContactType.VISIT && LOCATION_BEFORE.matcher(before).find()
                    && !TOPIC_BEFORE.matcher(before).find();
            if (!destination && !location) {
                continue;
            }
            Place named = p.place();
            String next = context.text().substring(p.end(), Math.min(clauseEnd, p.end() + 20));
            if (named.level() == Place.Level.OTHER && (VENUE.matcher(named.label()).find() || VENUE_NEXT.matcher(next).lookingAt())) {
                unknownVenue = unknownVenue == null ? p : unknownVenue;
            } else if (named.isCountry()) {
                if (country == null) {
                    country = p;
                    countryEnd = p.end();
                }
            } else if (country == null || named.country() == null || country.place().country().equals(named.country())) {
                return new PlaceFinding(named, "\"" + said(p) + "\", " + (destination ? "where the visit went" : "where it was held"));
            }
        }
        if (country != null) {
            return new PlaceFinding(country.place(), "\"" + said(country) + "\", a country: no city named");
        }
        Optional<Place> antecedent = whereAntecedent(sentence, clauseStart, hit);
        if (antecedent.isPresent()) {
            return new PlaceFinding(antecedent.get(), "\"" + antecedent.get().label() + "\", which \"where\" refers to");
        }
        Optional<Place> attributive = attributivePlace(clauseStart, hit);
        if (attributive.isPresent()) {
            return new PlaceFinding(attributive.get(), "\"" + attributive.get().label() + "\" naming the contact");
        }
        Optional<Place> gathering = gatheringPlace(own[0], own[1]);
        if (gathering.isPresent()) {
            return new PlaceFinding(gathering.get(), "the gathering named after \"" + gathering.get().label() + "\"");
        }
        if (HERE.matcher(context.text().substring(clauseStart, clauseEnd)).find() && context.datelinePlace() != null) {
            return new PlaceFinding(context.datelinePlace(), "\"here\": the dateline's place");
        }
        Matcher opening = OPENING_PLACE.matcher(sentence.text());
        if (hit.type() != ContactType.VISIT && opening.find()) {
            // "While in Kyiv, Blinken and Austin met ...": the place opens the sentence.
            int at = sentence.start() + (opening.group(1) != null ? opening.start(1) : opening.start(2));
            Optional<PlaceMention> named = context.places(sentence).stream().filter(p -> p.start() == at).findFirst();
            if (named.isPresent()) {
                return new PlaceFinding(named.get().place(), "\"" + said(named.get()) + "\", opening the sentence");
            }
        }
        SentenceView before = previous.peekLast();
        if (before != null && before.index() == sentence.index() - 1) {
            Optional<Place> scene = ScenePlace.setBy(before, context.places(before));
            if (scene.isPresent()) {
                // "First, Lisbon. The foreign minister flew in on Friday ..."
                return new PlaceFinding(scene.get(), "\"" + scene.get().label() + "\", the scene the sentence before sets");
            }
        }
        if (unknownVenue != null) {
            Place titled = context.titlePlace(hit.type());
            String venue = "\"" + said(unknownVenue) + "\", a venue of no known city";
            return titled != null ? new PlaceFinding(titled, venue + "; the title's place")
                    : context.datelinePlace() != null ? new PlaceFinding(context.datelinePlace(), venue + "; the dateline's place")
                    : new PlaceFinding(unknownVenue.place(), venue);
        }
        return null;
    }

    /** A contact's place and the words or rule it was read from, for {@code parley inspect}. */
    private record PlaceFinding(Place place, String evidence) {
    }

    private String said(PlaceMention p) {
        return context.text().substring(p.start(), p.end());
    }

    /** "had been in the Indian capital, where he held talks": the place a "where" clause refers back to. */
    private Optional<Place> whereAntecedent(SentenceView sentence, int clauseStart, TriggerHit hit) {
        // The clause may begin before "where" or just after it, as the splitter cut it.
        Matcher where = WHERE.matcher(context.text().substring(Math.max(sentence.start(), clauseStart - 8), hit.start()));
        if (!where.find() || where.start() > 8) {
            return Optional.empty();
        }
        int at = Math.max(sentence.start(), clauseStart - 8) + where.start();
        return context.places(sentence).stream()
                .filter(p -> p.end() <= at && context.text().substring(p.end(), at).matches("[\\s,]*"))
                .map(PlaceMention::place).findFirst();
    }

    /** A city or venue of the gazetteer named just before a contact noun: "the Woodside summit", "his Kyiv trip". */
    private Optional<Place> attributivePlace(int clauseStart, TriggerHit hit) {
        if (!CONTACT_NOUN.matcher(context.text().substring(hit.start(), hit.end())).matches()) {
            return Optional.empty();
        }
        Matcher name = ATTRIBUTIVE_PLACE.matcher(context.text().substring(Math.max(clauseStart, hit.start() - 40), hit.start()));
        return name.find() ? context.knownPlace(name.group(1)).filter(p -> !p.isCountry()) : Optional.empty();
    }

    /**
     * A city that names the gathering the contact was held at: "on the sidelines of the Munich Security Conference",
     * "at the Davos Economic Forum". The name's first words must be a city of the gazetteer.
     */
    private Optional<Place> gatheringPlace(int from, int to) {
        Matcher named = GATHERING_NAMED_AFTER_CITY.matcher(context.text()).region(from, to);
        while (named.find()) {
            if (BODY.matcher(named.group(1)).find()) {
                continue; // "the Shanghai Cooperation Organisation summit" meets wherever its members take turns
            }
            String[] words = named.group(1).split("\\s+");
            for (int n = Math.min(2, words.length); n >= 1; n--) {
                Optional<Place> city = context.knownPlace(String.join(" ", java.util.Arrays.copyOf(words, n)))
                        .filter(p -> p.level() == Place.Level.CITY);
                if (city.isPresent()) {
                    return city;
                }
            }
        }
        return Optional.empty();
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
        sentenceOf.add(sentence.index());
    }

    /**
     * How many sentences back the meeting that companions join can be: the one before for "was joined by"; for "the
     * meeting was attended by", whose noun names the meeting told, as far back as a readout goes on about it.
     */
    private static int companionReach(Matcher joined) {
        return joined.group(3).equalsIgnoreCase("attended") ? ATTENDED_REACH : 1;
    }

    /** Whether a meeting, not a recalled one, was told within {@link #ATTENDED_REACH} sentences before this one. */
    private boolean meetingJustTold(SentenceView sentence) {
        return latestMeeting(sentence, ATTENDED_REACH, List.of()) >= 0;
    }

    /**
     * The index of the latest meeting, not a recalled one, told at most {@code reach} sentences before this one and
     * with one of the principals among its people (any, with none); -1 when there is none.
     */
    private int latestMeeting(SentenceView sentence, int reach, List<Actor> principals) {
        for (int i = contacts.size() - 1; i >= 0 && sentenceOf.get(i) >= sentence.index() - reach; i--) {
            Contact c = contacts.get(i);
            if (c.type() == ContactType.MEETING && !c.background() && (principals.isEmpty() || sharesPerson(principals, c.participants()))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "Rubio was accompanied by Waltz and Witkoff, while Lavrov was joined by Ushakov": the companions take part in
     * the meeting just reported (in this sentence or the one before) that their principal, or "they", took part in.
     */
    private void addCompanions(SentenceView sentence) {
        Matcher joined = JOINED.matcher(sentence.text());
        while (joined.find()) {
            int at = sentence.start() + joined.start();
            int[] clause = Clauses.around(sentence.text(), joined.start(), joined.end());
            List<Actor> principals = sentence.mentionsIn(sentence.start() + clause[0], at).stream()
                    .filter(ActorMention::isPerson).map(ActorMention::actor).toList();
            // The names after "by", up to an apposition that describes the last of them (", foreign policy aide to ..."),
            // but not the comma that closes an aside in the list ("A and, from the other side, B").
            Matcher apposition = APPOSITION.matcher(sentence.text()).region(joined.end(), clause[1]);
            int listEnd = sentence.start() + clause[1];
            while (apposition.find()) {
                if (!ASIDE_CLOSED.matcher(sentence.text().substring(joined.end(), apposition.start() + 1)).find()) {
                    listEnd = sentence.start() + apposition.start();
                    break;
                }
            }
            List<Actor> companions = persons(sentence.mentionsIn(sentence.start() + joined.end(), listEnd).stream()
                    .map(ActorMention::actor).distinct().toList());
            int i = companions.isEmpty() ? -1 : latestMeeting(sentence, companionReach(joined), principals);
            if (i >= 0) {
                Contact c = contacts.get(i);
                Map<String, Actor> all = new LinkedHashMap<>();
                c.participants().forEach(p -> all.put(p.key(), p));
                companions.forEach(p -> all.putIfAbsent(p.key(), p));
                contacts.set(i, new Contact(c.type(), List.copyOf(all.values()), c.host(), c.date(), c.dateEvidence(), c.place(),
                        c.background(), c.confidence(), c.flags(), c.evidence(), c.placeEvidence()));
            }
        }
    }

    /**
     * "then flew on to Lima, Quito and Bogotá, where Boluarte, Noboa and Petro received her in turn": places and
     * people named in lists of the same length, in the same order, each of whom met the others in their own place;
     * whoever came from elsewhere visited it. Empty unless the clause opens with "where" right after a list of two or
     * more places and names as many people, listed, before its trigger.
     */
    private List<Contact> respectively(SentenceView sentence, TriggerHit hit, int clauseStart, Contact c) {
        String text = context.text();
        Matcher where = WHERE.matcher(text).region(Math.max(sentence.start(), clauseStart - 8), hit.start());
        if (c.type() != ContactType.MEETING || c.participants().size() < 3 || !where.lookingAt() && !where.find()) {
            return List.of();
        }
        List<PlaceMention> before = context.places(sentence).stream().filter(p -> p.end() <= where.start()).toList();
        if (before.isEmpty() || !LIST_END.matcher(text.substring(before.get(before.size() - 1).end(), where.start())).matches()) {
            return List.of();
        }
        List<PlaceMention> places = new ArrayList<>(List.of(before.get(before.size() - 1)));
        for (int k = before.size() - 2; k >= 0 && LIST_SEPARATOR.matcher(text.substring(before.get(k).end(), places.get(0).start())).matches(); k--) {
            places.add(0, before.get(k));
        }
        List<ActorMention> pair = sentence.mentionsIn(where.end(), hit.start()).stream().filter(ActorMention::isPerson).toList();
        boolean listed = java.util.stream.IntStream.range(1, pair.size())
                .allMatch(k -> LIST_SEPARATOR.matcher(text.substring(pair.get(k - 1).end(), pair.get(k).start())).matches());
        if (places.size() < 2 || pair.size() != places.size() || !listed) {
            return List.of();
        }
        List<Actor> others = c.participants().stream().filter(p -> pair.stream().noneMatch(m -> m.actor().key().equals(p.key()))).toList();
        List<Contact> apart = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Place place = context.placeGazetteer().cityOf(places.get(i).place());
            List<Actor> people = new ArrayList<>(List.of(pair.get(i).actor()));
            people.addAll(others);
            String placed = "\"" + place.label() + "\", named in turn with its host";
            apart.add(new Contact(c.type(), people, c.host(), c.date(), c.dateEvidence(), place, c.background(), c.confidence(), c.flags(),
                    c.evidence(), placed));
            List<Actor> guests = others.stream().filter(p -> p.country() != null && !p.country().equals(place.country())).toList();
            if (!guests.isEmpty() && place.country() != null) {
                apart.add(new Contact(ContactType.VISIT, guests, host(place), c.date(), c.dateEvidence(), place, c.background(),
                        c.confidence(), c.flags(), c.evidence(), placed));
            }
        }
        return apart;
    }

    /**
     * "hosted Lula on Friday, the final leg of an Asian trip that started in Japan on Monday": the
     * traveller of the visit just reported went first to the place the tour began in, on the date told with it.
     */
    private Optional<Contact> tourStart(SentenceView sentence) {
        Matcher began = TOUR_BEGAN.matcher(sentence.text());
        if (!began.find()) {
            return Optional.empty();
        }
        int at = sentence.start() + began.end();
        Optional<PlaceMention> where = context.places(sentence).stream().filter(p -> p.start() == at).findFirst();
        List<Contact> recent = java.util.stream.IntStream.range(0, contacts.size()).map(i -> contacts.size() - 1 - i)
                .filter(i -> sentenceOf.get(i) >= sentence.index() - 1).mapToObj(contacts::get).filter(c -> !c.background()).toList();
        // The one touring: the visitor just reported, else the guest a host of this sentence received.
        Optional<Contact> visit = recent.stream().filter(c -> c.type() == ContactType.VISIT).findFirst()
                .or(() -> recent.stream().filter(c -> c.type() == ContactType.MEETING && HOSTING.matcher(c.evidence().exact()).matches()
                                && sentence.subject() != null && c.evidence().sentenceText().equals(sentence.text()))
                        .map(c -> new Contact(ContactType.VISIT, c.participants().stream()
                                .filter(p -> !p.key().equals(sentence.subject().key())).toList(), null, c.date(), c.dateEvidence(), null,
                                false, c.confidence(), c.flags(), c.evidence()))
                        .findFirst());
        if (where.isEmpty() || visit.isEmpty() || visit.get().place() != null && !apart(visit.get().place(), where.get().place())) {
            return Optional.empty();
        }
        int[] clause = Clauses.around(sentence.text(), began.start(), began.end());
        DateFinding date = eventDates.date(sentence, sentence.start() + began.start(), sentence.start() + clause[1],
                sentence.start() + began.start(), at, false, contacts);
        if (date.date() == null || date.evidence() == null) {
            return Optional.empty(); // a tour's first stop of no told day is no contact the text dates
        }
        Place place = where.get().place();
        List<Actor> travellers = visitors(visit.get().participants(), place);
        return travellers.isEmpty() ? Optional.empty() : Optional.of(new Contact(ContactType.VISIT, travellers, host(place), date.date(),
                date.evidence(), place, false, visit.get().confidence(), visit.get().flags(),
                context.mention(sentence.start() + began.start(), at, sentence), "\"" + place.label() + "\", where the tour began"));
    }

    /**
     * "Meloni was received in Ottawa on Tuesday, and Sánchez followed on Friday": the one who followed had
     * the same contacts as the subject of the clause before, each on the follower's own date when the text gives one.
     */
    private void addFollowers(SentenceView sentence) {
        for (ActorMention follower : sentence.mentions()) {
            Matcher followed = FOLLOWED.matcher(context.text()).region(follower.end(), sentence.end());
            if (!follower.isPerson() || !followed.lookingAt()
                    || !context.text().substring(sentence.start(), follower.start()).matches("(?s).*,\\s*and\\s+(\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}$")) {
                continue;
            }
            // The one followed is this sentence's guest: the visitor it reports, else its first person unless that
            // one hosts ("Lula hosted Meloni on Tuesday, and Sánchez followed" follows Meloni, not Lula).
            Optional<Actor> guest = java.util.stream.IntStream.range(0, contacts.size())
                    .filter(i -> sentenceOf.get(i) == sentence.index() && contacts.get(i).type() == ContactType.VISIT)
                    .mapToObj(i -> contacts.get(i).participants().get(0)).findFirst();
            boolean hostFirst = ACTIVE_HOST.matcher(context.text().substring(sentence.start(), follower.start())).find();
            Optional<Actor> leader = guest.or(() -> hostFirst ? Optional.empty()
                    : sentence.mentionsIn(sentence.start(), follower.start()).stream().filter(ActorMention::isPerson)
                    .map(ActorMention::actor).findFirst());
            if (leader.isEmpty() || leader.get().key().equals(follower.actor().key())) {
                continue;
            }
            int[] clause = Clauses.around(sentence.text(), followed.start() - sentence.start(), followed.end() - sentence.start());
            DateFinding own = eventDates.date(sentence, follower.start(), sentence.start() + clause[1], followed.start(), followed.end(),
                    false, contacts);
            for (int i = 0; i < contacts.size(); i++) {
                Contact c = contacts.get(i);
                if (sentenceOf.get(i) != sentence.index() || c.background() || !sharesPerson(c.participants(), List.of(leader.get()))
                        || sharesPerson(c.participants(), List.of(follower.actor()))) {
                    continue;
                }
                List<Actor> people = c.participants().stream().map(p -> p.key().equals(leader.get().key()) ? follower.actor() : p).toList();
                boolean dated = own.date() != null && own.evidence() != null;
                add(new Contact(c.type(), people, c.host(), dated ? own.date() : c.date(), dated ? own.evidence() : c.dateEvidence(),
                        c.place(), false, c.confidence(), c.flags(), context.mention(follower.start(), followed.end(), sentence),
                        c.placeEvidence()), sentence);
            }
        }
    }

    /**
     * "Talking to the press upon departing the Quirinale, she said": whoever left a venue had been in its city. For
     * someone from abroad that was a visit, on the day of the contact the article reports of them in that city; none
     * when it reports no dated one ("since leaving the Kremlin" alone tells no day).
     */
    private Optional<Contact> leftVenue(SentenceView sentence) {
        Matcher leaving = LEAVING.matcher(sentence.text());
        Actor visitor = sentence.subject();
        if (!leaving.find() || visitor == null || visitor.country() == null) {
            return Optional.empty();
        }
        int at = sentence.start() + leaving.end();
        Optional<PlaceMention> venue = context.places(sentence).stream().filter(p -> p.start() == at && p.place().level() == Place.Level.VENUE)
                .findFirst();
        Optional<Place> city = venue.map(p -> context.placeGazetteer().cityOf(p.place())).filter(c -> c.level() == Place.Level.CITY);
        if (city.isEmpty() || visitor.country().equals(city.get().country())) {
            return Optional.empty();
        }
        return java.util.stream.IntStream.range(0, contacts.size()).map(i -> contacts.size() - 1 - i).mapToObj(contacts::get)
                .filter(c -> !isCall(c.type()) && city.get().equals(c.place()) && c.dateEvidence() != null
                        && sharesPerson(c.participants(), List.of(visitor)))
                .findFirst()
                .map(there -> new Contact(ContactType.VISIT, List.of(visitor), host(city.get()), there.date(), there.dateEvidence(), city.get(),
                        there.background(), there.confidence(), there.flags(),
                        context.mention(sentence.start() + leaving.start(), venue.get().end(), sentence),
                        "\"" + said(venue.get()) + "\", a venue in " + city.get().label() + ", left"));
    }

    /**
     * "the fourth state visit of Mr. Kishida's tenure, following President Joe Biden's in April": the
     * possessive leaves the noun out, and it is the same, a state visit the same leader hosted. The visitor came from
     * abroad to the host's country, at the time the phrase tells; none when it tells none.
     */
    private Optional<Contact> elidedVisit(SentenceView sentence) {
        String text = context.text();
        Matcher visits = STATE_VISIT_OF.matcher(sentence.text());
        if (!visits.find()) {
            return Optional.empty();
        }
        int of = sentence.start() + visits.end();
        List<ActorMention> people = sentence.mentionsIn(of, sentence.end()).stream().filter(ActorMention::isPerson).toList();
        // The host is named right after "of", titles at most between: "of Mr. Kishida's tenure".
        Optional<ActorMention> hostMention = people.stream().filter(m -> m.start() - of <= 25).findFirst();
        Matcher term = TERM_AFTER_NAME.matcher(text).region(hostMention.map(ActorMention::end).orElse(of), sentence.end());
        if (hostMention.isEmpty() || !term.lookingAt() || hostMention.get().actor().country() == null) {
            return Optional.empty();
        }
        String hostIso = hostMention.get().actor().country();
        for (ActorMention guest : people) {
            Matcher elided = ELIDED_NOUN.matcher(text).region(guest.end(), sentence.end());
            if (guest.start() < term.end() || !BEFORE_ELIDED.matcher(text.substring(term.end(), guest.start())).matches()
                    || !elided.lookingAt() || guest.actor().country() == null || hostIso.equals(guest.actor().country())) {
                continue;
            }
            DateFinding date = eventDates.startingAt(sentence, elided.end());
            Optional<Place> country = context.gazetteer().country(hostIso).map(org.parley.link.Places::of);
            if (date.date() == null || date.evidence() == null || country.isEmpty()) {
                return Optional.empty();
            }
            // An earlier contact mentioned in passing, scored as a candidate's background contact is.
            List<String> flags = context.inOffice(guest.actor(), date.date()) ? List.of() : List.of("outside-term:" + guest.actor().key());
            return Optional.of(new Contact(ContactType.VISIT, List.of(guest.actor()), host(country.get()), date.date(), date.evidence(),
                    country.get(), true, 0.7 - 0.3 * flags.size(), flags,
                    context.mention(guest.start(), elided.end() + date.evidence().length(), sentence),
                    "\"" + country.get().label() + "\", the country of the leader who hosted the visits"));
        }
        return Optional.empty();
    }

    /**
     * Whether a later mention is the contact already reported. A later mention without a date of its own
     * refers back to it; one with a date of its own is the same contact only if the dates agree.
     */
    private boolean sameContact(Contact earlier, Contact later) {
        if (!earlier.type().sameFamily(later.type())) {
            return false;
        }
        boolean sameDay = earlier.date() != null && earlier.date().precision() == PartialDate.Precision.DAY
                && earlier.date().equals(later.date()) || sameStay(earlier, later);
        if (earlier.background() != later.background() && later.dateEvidence() != null && !sameDay) {
            return false; // "they last met in April 2019" is another contact than the one reported, unless of the same day
        }
        if (earlier.type() == ContactType.VISIT && later.place() == null && later.dateEvidence() == null
                && !java.util.Objects.equals(earlier.date(), later.date()) && toldElsewhere(earlier)) {
            return false; // "his trip", where the traveller's news is told at other places too: settled by its day later
        }
        if (earlier.type() == ContactType.VISIT && knownPlacesApart(earlier.place(), later.place())) {
            return false; // "flew to Hanoi ... had landed in Pyongyang": a tour's legs are visits of their own
        }
        if (!sameKeys(earlier.participants(), later.participants()) && earlier.participants().size() >= 2
                && later.participants().size() >= 2 && FORMAT.matcher(later.evidence().sentenceText()).find()) {
            return false; // a one-on-one beside a three-way meeting of the same day is a contact of its own
        }
        long shared = earlier.participants().stream().filter(p -> later.participants().stream().anyMatch(q -> q.key().equals(p.key()))).count();
        boolean people = shared >= Math.min(2, Math.min(earlier.participants().size(), later.participants().size()));
        boolean dates = later.dateEvidence() == null || earlier.date() == null || later.date() == null
                || earlier.date().compatibleWith(later.date()) || sameStay(earlier, later);
        return people && dates;
    }

    /**
     * Whether the article's news puts a visitor of the visit at a place apart from the visit's ("met Ruto in Nairobi
     * on Friday ... had been in Addis Ababa on Thursday"): then a later "his trip" that names neither place nor day may be
     * either stop, and only a visit of its day is the one it tells.
     */
    private boolean toldElsewhere(Contact visit) {
        return contacts.stream().anyMatch(c -> c != visit && !c.background() && sharesPerson(c, visit) && knownPlacesApart(c.place(), visit.place()));
    }

    /** Places of the gazetteer, each a city or country, that lie apart: two stops of a tour, not one stay. */
    private boolean knownPlacesApart(Place a, Place b) {
        return apart(a, b) && a.level().compareTo(Place.Level.OTHER) > 0 && b.level().compareTo(Place.Level.OTHER) > 0;
    }

    /**
     * Two reports of one stay: visits to the same place (or one within the other, or one whose words name none) dated
     * a few days apart, by the arrival and by a day of the stay ("began a four-day trip on Wednesday ... had arrived in
     * Belfast late on Tuesday").
     */
    private boolean sameStay(Contact a, Contact b) {
        if (a.type() != ContactType.VISIT || b.type() != ContactType.VISIT || a.date() == null || b.date() == null || a.date().precision() != PartialDate.Precision.DAY
                || b.date().precision() != PartialDate.Precision.DAY) {
            return false;
        }
        long days = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(a.date().start(), b.date().start()));
        return days <= STAY_DAYS && (a.place() == null || b.place() == null || a.place().equals(b.place())
                || finer(a.place(), b.place()) || finer(b.place(), a.place()));
    }

    private static boolean isCall(ContactType type) {
        return type == ContactType.PHONE_CALL || type == ContactType.VIDEO_CALL;
    }

    /** The host of a visit: the country its destination lies in. */
    private Actor host(Place destination) {
        return destination == null || destination.country() == null ? null
                : context.gazetteer().country(destination.country()).map(ActorResolver::countryActor).orElse(null);
    }

    /** A visit carries the visitors alone: nobody from the country visited. */
    private static List<Actor> visitors(List<Actor> participants, Place destination) {
        String hostIso = destination == null ? null : destination.country();
        return participants.stream().filter(p -> hostIso == null || !hostIso.equals(p.country())).toList();
    }

    /** A visit whose place was settled from its talks gets its host then; one still without a place is no report. */
    private List<Contact> withDestinations(List<Contact> settled) {
        List<Contact> kept = new ArrayList<>();
        for (Contact c : settled) {
            if (c.type() != ContactType.VISIT || c.host() != null) {
                kept.add(c);
            } else if (c.place() != null && !visitors(c.participants(), c.place()).isEmpty()
                    && (!visitsOfPair.contains(c.evidence()) || visitors(c.participants(), c.place()).size() == 1)) {
                kept.add(new Contact(c.type(), visitors(c.participants(), c.place()), host(c.place()), c.date(), c.dateEvidence(),
                        c.place(), c.background(), c.confidence(), c.flags(), c.evidence(), c.placeEvidence()));
            }
        }
        return kept;
    }

    private static boolean sameKeys(List<Actor> some, List<Actor> others) {
        return some.stream().map(Actor::key).collect(java.util.stream.Collectors.toSet())
                .equals(others.stream().map(Actor::key).collect(java.util.stream.Collectors.toSet()));
    }

    /** Two places neither of which lies within the other: Hanoi and Pyongyang, not Moscow and Russia. */
    private boolean apart(Place one, Place other) {
        return one != null && other != null && !context.placeGazetteer().within(one, other) && !context.placeGazetteer().within(other, one);
    }

    /** "Kyiv" is a finer place than "Ukraine", and "the Kremlin" than "Moscow". */
    private boolean finer(Place place, Place than) {
        return place.level().compareTo(than.level()) > 0 && !place.equals(than) && context.placeGazetteer().within(place, than);
    }

    private Contact fold(Contact kept, Contact other) {
        Map<String, Actor> participants = new LinkedHashMap<>();
        kept.participants().forEach(p -> participants.put(p.key(), p));
        if (!other.background()) {
            other.participants().forEach(p -> participants.putIfAbsent(p.key(), p));
        }
        ContactType type = kept.type() == ContactType.PHONE_CALL && other.type() == ContactType.VIDEO_CALL ? other.type() : kept.type();
        // A date the words give beats the day of the report; a stay reported by two of its days is dated by its
        // arrival, the earlier; one told "earlier in the week" and then on its day ("was in China ... landed in Beijing
        // on Tuesday") by that day.
        boolean toldOnlyByOther = kept.dateEvidence() == null && other.dateEvidence() != null && other.date() != null
                && other.date().precision() == PartialDate.Precision.DAY;
        boolean finerDay = other.date() != null && kept.date() != null && other.dateEvidence() != null
                && other.date().precision().compareTo(kept.date().precision()) > 0 && kept.date().compatibleWith(other.date());
        PartialDate date = kept.date() == null || toldOnlyByOther || finerDay || sameStay(kept, other) && other.date().compareTo(kept.date()) < 0
                ? other.date() : kept.date();
        Place place = kept.place() == null || other.place() != null && finer(other.place(), kept.place()) ? other.place() : kept.place();
        return new Contact(type, List.copyOf(participants.values()), kept.host() == null ? other.host() : kept.host(), date,
                date == kept.date() ? kept.dateEvidence() : other.dateEvidence(), place, kept.background() && other.background(),
                Math.max(kept.confidence(), other.confidence()), kept.flags(), kept.evidence(),
                place == kept.place() ? kept.placeEvidence() : other.placeEvidence());
    }
}
