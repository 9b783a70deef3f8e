package org.parley.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.link.Gazetteer;
import org.parley.link.Gazetteer.MatchKind;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Span;
import org.parley.model.Statement;
import org.parley.model.TextBlock;
import org.parley.rdf.Ids;

/**
 * Transcript turns: the words after a speaker's label, to the next label. Labels name a person ("President of
 * Russia Vladimir Putin:", "MARK DELANEY, CORRESPONDENT (MOSCOW):", "Xi Jinping (retranslated):"), a title the
 * transcript gave a name before ("Foreign Secretary:"), or a briefing's roles: "Q:" asks (its turn is no statement)
 * and "A:" answers for the briefing's host, whom the title names ("Foreign Ministry Spokesperson's Regular Press
 * Conference"). Presenters' and correspondents' turns report, and are not statements of theirs.
 */
final class TranscriptTurns {
    private static final Pattern LABEL = Pattern.compile(
            "(?<bracket>\\[[^\\]\\n]{1,30}\\]\\s*)?(?<who>[^:\\n“”\"]{1,90}?)(?<paren>\\s*\\([^)\\n]{1,40}\\))?\\s*:\\s+(?=\\S)");
    /**
     * Where a label may begin: the start of the text or of a paragraph, after a sentence's end, or after a section
     * mark in a text that lost its paragraph breaks ("… 2027.*** Beginning of the talks President of France Jean
     * Dupont:"), the section's heading then standing before the name as a title would.
     */
    private static final Pattern LABEL_PLACE = Pattern.compile("^|\\n\\n|(?<=[.!?”\"])\\s+|(?<=\\*\\s?\\*\\s?\\*)\\s*");
    private static final Pattern QUESTION = Pattern.compile(
            "(?:Q|Question|QUESTION|Journalist|JOURNALIST|Reporter|REPORTER|Participant|Audience member|Moderator|MODERATOR|"
                    + "Interviewer|INTERVIEWER)");
    private static final Pattern ANSWER = Pattern.compile("(?:A|Answer|ANSWER)");
    private static final Pattern CAPITALS = Pattern.compile(
            "(?<name>[A-Z][A-Z.'’-]+(?:\\s+[A-Z][A-Z.'’-]+){0,4})(?:,\\s*(?<role>[A-Z][A-Z .'’-]{1,40}))?");
    private static final Pattern TITLE_WORDS = Pattern.compile("(?:The\\s+)?[A-Z][\\p{L}'’.-]*(?:\\s+(?:[A-Z][\\p{L}'’.-]*|of|the|for|and)){0,6}");
    /** Roles of people who report, present or ask, rather than make news. */
    private static final Pattern MEDIA_ROLE = Pattern.compile(
            "(?i)\\b(?:anchor|presenter|host|correspondent|reporter|newsreader|moderator|interviewer|editor|journalist)s?\\b");
    private static final Pattern BOUNDARY = Pattern.compile("\\n\\n\\s*(?:\\*\\s*\\*\\s*\\*|<…>|<\\.\\.\\.>|\\[…\\]|-{3,})\\s*(?=\\n\\n|$)");
    /** A briefing's title names its host: "Foreign Ministry Spokesperson's Regular Press Conference", "Briefing by …". */
    private static final Pattern HOST = Pattern.compile(
            "(?i)^(?<owner>.{3,80}?)['’]s\\s+(?:regular\\s+|daily\\s+)?(?:press conference|press briefing|briefing|remarks)"
                    + "|(?:briefing|press conference|remarks)\\s+(?:by|with)\\s+(?:the\\s+)?(?<by>[^,(\\n]{3,80}?)(?:\\s+on\\b|\\s*\\(|$)");
    private static final Pattern TITLE_WORD = Pattern.compile(
            "(?i)president|secretary|minister|chancellor|spokesperson|spokesman|spokeswoman|premier|ambassador|chairman|king");
    /** A lower-case word closing a sentence: a label holds none ("He said so. Putin:" is no label). */
    private static final Pattern SENTENCE_END = Pattern.compile("[a-z]{3,}[.!?]\\s");
    private static final Pattern FIRST_OR_SECOND_PERSON = Pattern.compile("\\b(?:I|we|We|our|Our|us|my|My|you|You|your|Your)\\b");
    private static final int MAX_TURN = 4000;

    private final ExtractionContext context;
    private final ActorResolver resolver;
    private final Speakers speakers;
    private final List<SentenceView> sentences;

    TranscriptTurns(ExtractionContext context, ActorResolver resolver, Speakers speakers, List<SentenceView> sentences) {
        this.context = context;
        this.resolver = resolver;
        this.speakers = speakers;
        this.sentences = sentences;
    }

    /** A label: where it and the turn after it begin, who speaks (null for a question or an unknown), media or not. */
    private record Label(int start, int turnStart, Actor speaker, boolean media) {
    }

    List<Utterance> find() {
        String t = context.text();
        List<Label> labels = labels();
        List<Integer> boundaries = new ArrayList<>();
        Matcher b = BOUNDARY.matcher(t);
        while (b.find()) {
            boundaries.add(b.start());
        }
        List<Utterance> turns = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.get(i);
            if (label.speaker() == null || label.media()) {
                continue;
            }
            int end = i + 1 < labels.size() ? labels.get(i + 1).start() : t.length();
            for (int boundary : boundaries) {
                if (boundary > label.turnStart() && boundary < end) {
                    end = boundary;
                }
            }
            end = Math.min(end, label.turnStart() + MAX_TURN);
            turn(label, end).ifPresent(turns::add);
        }
        return turns;
    }

    private Optional<Utterance> turn(Label label, int end) {
        String t = context.text();
        List<Span> pieces = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        int from = label.turnStart();
        while (from < end) {
            int paragraphEnd = t.indexOf("\n\n", from);
            int to = paragraphEnd < 0 || paragraphEnd > end ? end : paragraphEnd;
            if (!pieces.isEmpty() && narrates(from, to, label.speaker())) {
                break; // "Following the talks, Presidential Aide Yuri Ushakov told journalists …": the transcript is over
            }
            // A paragraph keeps its punctuation ("Mr President, dear friend," goes on in the next); the turn's end loses it.
            int e = to == end ? ContentClause.trim(t, from, to) : ContentClause.trimSpaces(t, from, to);
            int s = from;
            while (s < e && Character.isWhitespace(t.charAt(s))) {
                s++;
            }
            if (e - s >= 2) {
                pieces.add(new Span(s, e));
                words.append(words.isEmpty() ? "" : " ").append(t, s, e);
            }
            from = to + 2;
        }
        String said = words.toString().replaceAll("\\s+", " ");
        if (pieces.isEmpty() || said.length() < 10 || said.endsWith("?")) {
            return Optional.empty(); // a question asked, or too little to be a statement
        }
        Span setting = new Span(label.start(), pieces.get(pieces.size() - 1).end());
        return Optional.of(new Utterance(Statement.Kind.DIRECT, label.speaker(), said, pieces, null, null, null, -1, setting,
                Utterance.How.TURN));
    }

    /**
     * A paragraph that tells what someone else said, in the third person, is the reporter's narrative, not the
     * speaker's words: a transcript whose separators the reader did not keep ends there.
     */
    private boolean narrates(int from, int to, Actor speaker) {
        String t = context.text();
        if (FIRST_OR_SECOND_PERSON.matcher(t).region(from, to).find()) {
            return false;
        }
        Optional<SentenceView> first = StatementExtractor.sentenceAt(sentences, from);
        if (first.isEmpty()) {
            return false;
        }
        SentenceView s = first.get();
        return SpeechVerb.find(t, s.start(), Math.min(s.end(), to), offset -> false).stream()
                .filter(v -> v.form() == SpeechVerb.Form.FINITE)
                .map(v -> speakers.before(s, v.start(), s.start()))
                .flatMap(Optional::stream)
                .anyMatch(x -> x.role() == Speakers.Role.PERSON && !x.actor().key().equals(speaker.key()));
    }

    // ------------------------------------------------------------------ labels

    private List<Label> labels() {
        String t = context.text();
        List<Label> labels = new ArrayList<>();
        Map<String, Actor> byTitle = new HashMap<>();
        Map<String, Actor> byFamilyName = new HashMap<>();
        Set<String> media = new HashSet<>();
        Actor host = null;
        boolean hostKnown = false;
        Matcher m = LABEL.matcher(t);
        // A label opens a paragraph, or a sentence in a run-in transcript: only there is it looked for.
        Matcher opening = LABEL_PLACE.matcher(t);
        while (opening.find()) {
            int start = opening.end();
            m.region(start, t.length());
            if (start >= t.length() || !m.lookingAt()) {
                continue;
            }
            boolean paragraphStart = start == 0 || t.startsWith("\n\n", start - 2);
            boolean sentenceStart = !paragraphStart;
            String who = m.group("who").trim();
            int whoStart = m.start("who");
            if (SENTENCE_END.matcher(who).find()) {
                continue;
            }
            Label label = null;
            if (QUESTION.matcher(who).matches()) {
                label = new Label(start, m.end(), null, true);
            } else if (ANSWER.matcher(who).matches()) {
                if (!hostKnown) {
                    host = host();
                    hostKnown = true;
                }
                label = new Label(start, m.end(), host, false);
            } else {
                Optional<ActorMention> named = namedAtEnd(whoStart, m.start("who") + m.group("who").length());
                Matcher capitals = CAPITALS.matcher(who);
                if (named.isPresent()) {
                    Actor speaker = named.get().actor();
                    String title = t.substring(whoStart, named.get().start()).replaceAll("[,\\s]+$", "")
                            .replaceAll("(?i)\\b(?:Shri|Smt|Mr|Mrs|Ms|Dr)\\.?$", "").replaceAll("[,\\s]+$", "").trim();
                    if (!title.isEmpty()) {
                        byTitle.put(title.toLowerCase(Locale.ROOT), speaker);
                    }
                    String role = t.substring(named.get().end(), m.start("who") + m.group("who").length());
                    if (MEDIA_ROLE.matcher(role).find() || MEDIA_ROLE.matcher(title).find()) {
                        media.add(speaker.key());
                    }
                    label = new Label(start, m.end(), speaker, false);
                } else if (capitals.matches() && (sentenceStart || paragraphStart)) {
                    Actor speaker = capitalsName(capitals.group("name"), byFamilyName);
                    if (speaker != null && capitals.group("role") != null && MEDIA_ROLE.matcher(capitals.group("role")).find()) {
                        media.add(speaker.key());
                    }
                    label = new Label(start, m.end(), speaker, false);
                } else if (paragraphStart && TITLE_WORDS.matcher(who).matches()) {
                    Actor speaker = byTitle.get(who.replaceFirst("^The\\s+", "").toLowerCase(Locale.ROOT));
                    label = new Label(start, m.end(), speaker != null ? speaker : introducedAs(who), false);
                }
            }
            if (label != null) {
                labels.add(label);
            }
        }
        List<Label> resolved = new ArrayList<>();
        for (Label label : labels) {
            boolean isMedia = label.speaker() != null && (media.contains(label.speaker().key()) || describedAsMedia(label.speaker()));
            resolved.add(new Label(label.start(), label.turnStart(), label.speaker(), label.media() || isMedia));
        }
        return resolved;
    }

    /** The person whose name ends a label ("President of Russia Vladimir Putin", "Foreign Secretary, Shri Vikram Misri"). */
    private Optional<ActorMention> namedAtEnd(int from, int to) {
        String t = context.text();
        return StatementExtractor.sentenceAt(sentences, from).stream().flatMap(s -> s.mentions().stream())
                .filter(m -> m.isPerson() && m.kind() != ActorMention.Kind.PRONOUN && m.start() >= from && m.end() <= to)
                .filter(m -> t.substring(m.end(), to).matches("(?s)\\s*(?:,\\s*[A-Z][\\p{L} .'’()-]{1,40})?\\s*"))
                .reduce((a, b) -> b);
    }

    /**
     * "HELENE VOSS" is the person of that name, "VOSS" later the same person; "FOREIGN MINISTER LAVROV" is the
     * article's Lavrov. A title alone in capitals ("THE PRESIDENT") names no one here.
     */
    private Actor capitalsName(String capitals, Map<String, Actor> byFamilyName) {
        String name = titleCase(capitals.replaceAll("^(?:(?:MR|MRS|MS|DR|THE|VICE|DEPUTY|PRIME|FOREIGN|DEFENCE|DEFENSE|STATE|"
                + "PRESIDENT|SECRETARY|MINISTER|CHANCELLOR|SENATOR|AMBASSADOR|GENERAL|SPOKESPERSON|SPOKESMAN|SPOKESWOMAN)\\.?\\s+)+", ""));
        String[] words = name.split("\\s+");
        String family = words[words.length - 1];
        if (TITLE_WORD.matcher(family).matches()) {
            return null;
        }
        Actor seen = byFamilyName.get(family.toLowerCase(Locale.ROOT));
        Optional<Actor> known = resolver.byFamilyName(family);
        if (words.length < 2) {
            return seen != null ? seen : known.orElse(null);
        }
        // "SERGEI LAVROV" is the gazetteer's Sergey Lavrov; "HELENE VOSS" a person only the label names
        boolean same = known.filter(a -> a.label().equalsIgnoreCase(name) || !context.gazetteer().personsByName(name).isEmpty()).isPresent();
        Actor actor = same ? known.get() : new Actor("person/" + Ids.slug(name), name, ActorKind.PERSON, null, null, null);
        byFamilyName.put(family.toLowerCase(Locale.ROOT), actor);
        return actor;
    }

    /** "Foreign Secretary:" where the text introduced "Foreign Secretary Shri Vikram Misri". */
    private Actor introducedAs(String title) {
        String t = context.text();
        Pattern introduction = Pattern.compile(Pattern.quote(title.replaceFirst("^The\\s+", "")) + ",?\\s+(?:(?:Shri|Mr\\.?|Ms\\.?|Dr\\.?)\\s+)?$",
                Pattern.CASE_INSENSITIVE);
        for (SentenceView s : sentences) {
            for (ActorMention m : s.mentions()) {
                if (m.isPerson() && m.kind() == ActorMention.Kind.NAME
                        && introduction.matcher(t.substring(Math.max(0, m.start() - title.length() - 12), m.start())).find()) {
                    return m.actor();
                }
            }
        }
        return null;
    }

    private boolean describedAsMedia(Actor person) {
        String t = context.text();
        for (SentenceView s : sentences) {
            for (ActorMention m : s.mentions()) {
                if (m.actor().key().equals(person.key()) && m.kind() == ActorMention.Kind.NAME
                        && MEDIA_ROLE.matcher(t.substring(Math.max(0, m.start() - 25), m.start())).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The briefing's host, who answers "A:": a person the title or the first lines name, else the holder of the
     * office they name ("Foreign Ministry Spokesperson"), as one actor, with the country the first lines name.
     */
    private Actor host() {
        List<String> head = new ArrayList<>();
        if (context.article().title() != null) {
            head.add(context.article().title());
        }
        context.article().blocks().stream().limit(8).map(TextBlock::text).forEach(head::add);
        Gazetteer gazetteer = context.gazetteer();
        String country = head.stream().flatMap(line -> gazetteer.scan(line).stream())
                .filter(x -> x.kind() == MatchKind.COUNTRY_NAME).findFirst()
                .flatMap(x -> gazetteer.country(x.surface())).map(Gazetteer.Country::iso3).orElse(null);
        for (String line : head) {
            Matcher m = HOST.matcher(line.trim());
            if (!m.find()) {
                continue;
            }
            String owner = (m.group("owner") != null ? m.group("owner") : m.group("by")).trim();
            Optional<Actor> named = gazetteer.scan(owner).stream().filter(x -> x.kind() == MatchKind.PERSON_NAME)
                    .map(x -> x.surface().replaceAll(".*\\s", "")).map(resolver::byFamilyName).flatMap(Optional::stream).findFirst();
            if (named.isPresent()) {
                return named.get();
            }
            return speakers.unnamed(speakers.withCountry(owner, country), country);
        }
        return null;
    }

    private static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder();
        for (String w : upper.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ");
                for (String part : w.split("(?<=-)")) {
                    sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                }
            }
        }
        return sb.toString();
    }
}
