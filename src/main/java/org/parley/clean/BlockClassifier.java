package org.parley.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.model.TextBlock;

/**
 * Decides which blocks of a page are the article. It finds where the article's prose starts, reads what
 * lies before it as the page's head (title, date line, site furniture) and follows the prose to where the
 * article ends: a sign-off ("(ANI)"), an end mark ("###"), or a heading of other stories ("Related articles");
 * what follows is other stories and page furniture. Teaser cues ("Also Read |") are dropped wherever they stand,
 * and a summary that a later paragraph repeats is dropped so that nothing is read twice.
 */
final class BlockClassifier {
    enum Role {
        BODY, TITLE, DATE_LINE, UPDATE_DATE, SITE_DATE, FURNITURE, TEASER, CREDIT, REPEAT, HEADING, STRUCTURE,
        AFTER_ARTICLE
    }

    record Classified(Candidate candidate, Role role, String reason) {
        boolean kept() {
            return role == Role.BODY;
        }

        String text() {
            return candidate.text();
        }

        TextBlock block() {
            return new TextBlock(candidate.text(), candidate.source(), kept(), reason);
        }
    }

    private static final double LINK_LIST = 0.5;
    private static final double REPEATED = 0.8;
    private static final int RUN_GAP = 2;
    private static final int SUBSTANTIAL = 400;
    /** Words from which a paragraph that opens with a full sentence, or leads in to what follows, is prose. */
    private static final int LONG_PARAGRAPH = 12;
    /** Share of function words above which words run as sentences do, not as names and labels. */
    private static final double RUNNING_TEXT = 0.25;
    private static final String SHORT_LINE = "short line, not a sentence";
    /**
     * A transcript turn whose first line ends in a comma, its sentence going on in the next paragraph: a speaker's
     * label, a colon and a salutation ("President of Finland Jane Doe: Mr Chancellor, dear colleagues,").
     */
    private static final Pattern OPEN_TURN = Pattern.compile("\\s*\\p{Lu}[^:\\n]{1,90}:\\s+\\S[^\\n]*,\\s*");

    private final List<Candidate> candidates;
    private final String knownTitle;
    private final String url;
    private final Role[] roles;
    private final String[] reasons;

    private BlockClassifier(List<Candidate> candidates, String knownTitle, String url) {
        this.candidates = candidates;
        this.knownTitle = knownTitle == null ? null : Titles.key(knownTitle);
        this.url = url;
        this.roles = new Role[candidates.size()];
        this.reasons = new String[candidates.size()];
    }

    /**
     * @param knownTitle the title the page's metadata gives (front matter, HTML head), or null: the block that
     *                   repeats it is the title, not body text
     * @param url        the page's URL, or null: its slug helps tell the headline from other short lines
     */
    static List<Classified> classify(List<Candidate> candidates, String knownTitle, String url) {
        return new BlockClassifier(candidates, knownTitle, url).run();
    }

    private List<Classified> run() {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).structuralDrop() != null) {
                set(i, Role.STRUCTURE, candidates.get(i).structuralDrop());
            }
        }
        int start = bodyStart();
        if (start < 0) {
            keepWhatIsNotFurniture();
        } else {
            readBody(start);
            readHead(start);
        }
        List<Classified> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            out.add(new Classified(candidates.get(i), roles[i], reasons[i]));
        }
        return out;
    }

    /**
     * Where the article's prose starts: the first run of prose (paragraphs with at most {@value #RUN_GAP} other
     * blocks between them) that has some substance, looking no further than the first mark of an article's end.
     * A lone short paragraph before the article (a site notice) does not start it.
     */
    private int bodyStart() {
        List<List<Integer>> runs = new ArrayList<>();
        int gap = 0;
        for (int i = 0; i < candidates.size(); i++) {
            if (!live(i)) {
                continue;
            }
            String text = candidates.get(i).text();
            if (isLeadProse(candidates.get(i))) {
                if (runs.isEmpty() || gap > RUN_GAP) {
                    runs.add(new ArrayList<>());
                }
                runs.get(runs.size() - 1).add(i);
                gap = 0;
                if (Credits.signOff(text) != null) {
                    break;
                }
            } else if (!runs.isEmpty() && (PageCues.railHeading(text) != null || PageCues.endMark(text) != null)) {
                break;
            } else {
                gap++;
            }
        }
        for (List<Integer> run : runs) {
            int chars = run.stream().mapToInt(i -> candidates.get(i).text().length()).sum();
            if (run.size() >= 2 || chars >= SUBSTANTIAL) {
                return run.get(0);
            }
        }
        return runs.isEmpty() ? -1 : runs.get(0).get(0);
    }

    /** Prose that may open the article: not a cue, a credit, a link list, the title or a date. */
    private boolean isLeadProse(Candidate c) {
        String text = c.text();
        return isProse(text) && PageCues.teaser(text) == null && PageCues.railHeading(text) == null
                && !Credits.isCreditLine(text) && c.linkDensity() <= LINK_LIST && !isTitle(c)
                && PageDateClues.stampLine(text) == null;
    }

    private void readBody(int start) {
        String after = null; // why everything from here on is not the article
        String neighbour = null;
        for (int i = start; i < candidates.size(); i++) {
            if (!live(i)) {
                continue;
            }
            Candidate c = candidates.get(i);
            String text = c.text();
            String cue;
            if ((cue = PageCues.teaser(text)) != null) {
                set(i, Role.TEASER, "teaser cue " + quote(cue));
            } else if (neighbour != null) {
                set(i, Role.TEASER, "teaser after " + quote(neighbour));
                neighbour = null;
            } else if ((cue = PageCues.neighbourLink(text)) != null) {
                set(i, Role.TEASER, "link to another story " + quote(cue));
                neighbour = cue;
            } else if (after != null) {
                boolean credit = Credits.isCreditLine(text);
                set(i, credit ? Role.CREDIT : Role.AFTER_ARTICLE, credit ? "credit line" : after);
            } else if ((cue = PageCues.railHeading(text)) != null) {
                set(i, Role.HEADING, "heading " + quote(cue) + ": the article is over");
                after = "after the " + quote(cue) + " heading";
            } else if ((cue = PageCues.endMark(text)) != null) {
                set(i, Role.CREDIT, "end mark " + quote(cue));
                after = "after the end mark " + quote(cue);
            } else if (isSignOffAlone(text)) {
                set(i, Role.CREDIT, "sign-off " + quote(text.strip()));
                after = "after the sign-off " + quote(text.strip());
            } else if (Credits.isCreditLine(text)) {
                set(i, Role.CREDIT, "credit line");
            } else if ((cue = PageCues.callToAction(text)) != null) {
                set(i, Role.FURNITURE, "call to action " + quote(cue));
            } else if (c.linkDensity() > LINK_LIST) {
                set(i, Role.FURNITURE, linkList(c));
            } else if (isTitle(c)) {
                set(i, Role.TITLE, "title");
            } else if (isBodyText(text)) {
                String signOff = Credits.signOff(text);
                set(i, Role.BODY, signOff == null ? "body" : "body, ends with the sign-off " + quote(signOff));
                if (signOff != null) {
                    after = "after the sign-off " + quote(signOff);
                }
            } else if (OPEN_TURN.matcher(text).matches()) {
                set(i, Role.BODY, "transcript turn, its sentence goes on in the next paragraph");
            } else {
                set(i, Role.HEADING, SHORT_LINE);
            }
        }
        int lastBody = lastIndexOf(Role.BODY);
        for (int i = lastBody + 1; i < candidates.size(); i++) {
            if (roles[i] == Role.HEADING && SHORT_LINE.equals(reasons[i])) {
                set(i, Role.AFTER_ARTICLE, "page furniture after the article");
            }
        }
    }

    /** A summary or standfirst that a later paragraph repeats is dropped: the later paragraph is the article's. */
    private void dropRepeatedSummaries() {
        List<Integer> body = new ArrayList<>();
        List<Set<String>> grams = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (roles[i] == Role.BODY) {
                body.add(i);
                grams.add(Words.trigrams(candidates.get(i).text()));
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (roles[i] != Role.BODY && roles[i] != null) {
                continue;
            }
            Set<String> own = Words.trigrams(Credits.withoutOutletCredits(candidates.get(i).text()));
            if (own.size() < 4) {
                continue;
            }
            for (int k = 0; k < body.size(); k++) {
                int j = body.get(k);
                if (j > i && Words.containment(own, grams.get(k)) >= REPEATED) {
                    set(i, Role.REPEAT, "repeats paragraph " + (j + 1));
                    break;
                }
            }
        }
    }

    private void readHead(int start) {
        boolean titled = false;
        for (int i = 0; i < candidates.size(); i++) {
            titled |= roles[i] == Role.TITLE || live(i) && i < start && isTitle(candidates.get(i));
        }
        for (int i = 0; i < start; i++) {
            if (!live(i)) {
                continue;
            }
            Candidate c = candidates.get(i);
            String text = c.text();
            String cue;
            PageDateClues.StampLine stamp;
            Datelines.Found dateline;
            if ((cue = PageCues.teaser(text)) != null) {
                set(i, Role.TEASER, "teaser cue " + quote(cue));
            } else if ((cue = PageCues.railHeading(text)) != null) {
                set(i, Role.HEADING, "heading " + quote(cue));
            } else if ((cue = PageCues.neighbourLink(text)) != null) {
                set(i, Role.TEASER, "link to another story " + quote(cue));
            } else if (isTitle(c)) {
                set(i, Role.TITLE, "title");
            } else if (PageCues.weather(text)) {
                set(i, Role.FURNITURE, "site furniture: weather");
            } else if ((stamp = PageDateClues.stampLine(text)) != null) {
                boolean update = stamp == PageDateClues.StampLine.UPDATE;
                set(i, update ? Role.UPDATE_DATE : Role.DATE_LINE, update ? "date of an update" : "date line");
            } else if ((dateline = Datelines.alone(text)) != null && dateline.year() != null) {
                set(i, Role.DATE_LINE, "dateline on a line of its own");
            } else if (PageCues.readingTime(text)) {
                set(i, Role.FURNITURE, "reading time");
            } else if (PageCues.emptyLabel(text)) {
                set(i, Role.FURNITURE, "empty label " + quote(text.strip()));
            } else if (PageCues.byline(text)) {
                set(i, Role.FURNITURE, "byline");
            } else if ((cue = PageCues.callToAction(text)) != null) {
                set(i, Role.FURNITURE, "call to action " + quote(cue));
            } else if (Credits.isCreditLine(text)) {
                set(i, Role.CREDIT, "credit line");
            } else if (c.linkDensity() > LINK_LIST) {
                set(i, Role.FURNITURE, linkList(c));
            }
        }
        if (!titled) {
            int title = headline(start);
            if (title >= 0) {
                set(title, Role.TITLE, "title");
            }
        }
        dropRepeatedSummaries();
        for (int i = 0; i < start; i++) {
            if (live(i)) {
                set(i, Role.FURNITURE, "page furniture before the article");
            } else if (roles[i] == Role.DATE_LINE && nextToWeather(i) && !afterByline(i)) {
                set(i, Role.SITE_DATE, "the site's date beside its weather, not the article's");
            }
        }
    }

    /**
     * The headline among the short lines before the article: the one that best matches the URL's slug, if one
     * does, else the longest (site names, section labels and bylines are shorter than headlines). A line that
     * credits the outlet ("…reports Asian Lite News") is a standfirst, not the headline.
     */
    private int headline(int start) {
        List<String> slug = Titles.slugWords(url);
        int bySlug = -1;
        int byLength = -1;
        int bestSlug = 0;
        int bestLength = 0;
        boolean first = true;
        for (int i = 0; i < start; i++) {
            if (!live(i)) {
                continue;
            }
            String text = candidates.get(i).text();
            if (Titles.headlineLike(text, first ? 2 : 3) && Credits.outletIn(text) == null) {
                OptionalInt slugScore = Titles.slugScore(text, slug);
                if (slugScore.isPresent() && (bySlug < 0 || slugScore.getAsInt() > bestSlug)) {
                    bySlug = i;
                    bestSlug = slugScore.getAsInt();
                }
                if (Words.count(text) > bestLength) {
                    byLength = i;
                    bestLength = Words.count(text);
                }
            }
            first = false;
        }
        return bySlug >= 0 ? bySlug : byLength;
    }

    /** No prose at all (a headline, a line of notes): keep what is not recognisably furniture. */
    private void keepWhatIsNotFurniture() {
        for (int i = 0; i < candidates.size(); i++) {
            if (!live(i)) {
                continue;
            }
            Candidate c = candidates.get(i);
            String text = c.text();
            String cue = PageCues.teaser(text) != null ? PageCues.teaser(text) : PageCues.railHeading(text);
            if (cue != null) {
                set(i, Role.TEASER, "teaser cue " + quote(cue));
            } else if (PageCues.weather(text) || PageCues.readingTime(text) || PageCues.emptyLabel(text)
                    || PageDateClues.stampLine(text) != null || c.linkDensity() > LINK_LIST) {
                set(i, Role.FURNITURE, "page furniture");
            } else if (isTitle(c)) {
                set(i, Role.TITLE, "title");
            } else {
                set(i, Role.BODY, "body (the page has no paragraph of prose; kept as it is)");
            }
        }
    }

    /** The article's own date stands right under its byline, wherever the site puts its weather. */
    private boolean afterByline(int i) {
        return i > 0 && PageCues.byline(candidates.get(i - 1).text());
    }

    private boolean nextToWeather(int i) {
        for (int j = Math.max(0, i - 2); j < i; j++) {
            if (PageCues.weather(candidates.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean isTitle(Candidate c) {
        return c.headingLevel() == 1 || knownTitle != null && knownTitle.equals(Titles.key(c.text()));
    }

    /**
     * Prose that may open an article: a sentence of some length; a paragraph of running text that opens with a
     * full sentence or leads in to what follows ("... issued the following statement:"), even though it does not
     * end as a sentence does; or a long run of running text. A short label before a colon ("The below is
     * attributable to Spokesperson Ned Price:") is none of these.
     */
    private static boolean isProse(String text) {
        int words = Words.count(text);
        if (words >= 6 && endsLikeSentence(text)) {
            return true;
        }
        boolean running = Words.stopWordRatio(text) >= RUNNING_TEXT;
        return running && (words > 30
                || words >= LONG_PARAGRAPH && (Words.hasInnerSentenceEnd(text) || text.strip().endsWith(":")));
    }

    /** Inside the article, short paragraphs count too, as long as they are sentences. */
    private static boolean isBodyText(String text) {
        int words = Words.count(text);
        return words >= 2 && endsLikeSentence(text) || words >= 12;
    }

    private static boolean endsLikeSentence(String text) {
        return Words.endsSentence(text) || Credits.signOff(text) != null;
    }

    private static boolean isSignOffAlone(String text) {
        String signOff = Credits.signOff(text);
        return signOff != null && signOff.equals(text.strip());
    }

    private static String linkList(Candidate c) {
        return String.format(Locale.ROOT, "mostly links (link density %.2f)", c.linkDensity());
    }

    private int lastIndexOf(Role role) {
        for (int i = candidates.size() - 1; i >= 0; i--) {
            if (roles[i] == role) {
                return i;
            }
        }
        return -1;
    }

    private boolean live(int i) {
        return roles[i] == null;
    }

    private void set(int i, Role role, String reason) {
        roles[i] = role;
        reasons[i] = reason;
    }

    private static String quote(String cue) {
        return '"' + cue + '"';
    }
}
