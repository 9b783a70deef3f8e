package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * SUTime, run over the stretches of a tagged sentence that lie around its time cues rather than over the whole
 * sentence. SUTime tries each of its rules at every token, so its cost grows with the tokens it is given, and most of
 * a sentence is far from any word a time expression could be built on ({@link TimeCues}).
 * <p>
 * What SUTime makes of an expression depends on the expression's own tokens and on the three tokens either side of
 * it: its rules read a past-tense verb or a modal there to choose between last and next Saturday. A stretch runs
 * {@link #REACH} tokens past its outermost cues; when an expression it yields comes closer than
 * {@link #CONTEXT} tokens to one of its ends, that end may have cut the expression or the words that settle it,
 * and the stretch is widened and run again. Cues closer than that share a stretch.
 * <p>
 * CoreNLP's NER runs SUTime on its own tokens, hyphenated words joined ("March 16-17", "hour-long"), and labels with
 * a time expression only the tokens its statistical tagger left as no entity, each run of them one entity, typed by
 * the TIMEX3 type (DATE, TIME, DURATION, SET). This class does the same, so that it finds what the NER would.
 * <p>
 * Thread-safe: no two runs share a SUTime.
 */
final class TimeExpressions {
    /** How many tokens a stretch runs past its outermost cue on either side. */
    private static final int REACH = 4;
    /** How many tokens either side of an expression SUTime's rules read to settle it. */
    private static final int CONTEXT = 3;
    /** Words CoreNLP's NER does not join to the word before a hyphen ("Chicago-area", "London-based"). */
    private static final Set<String> UNJOINED = Set.of("based", "area", "registered", "headquartered", "native", "born",
            "raised", "backed", "controlled", "owned", "resident", "trained", "educated");

    private final Properties options;
    /**
     * SUTimes not in use. A run has one to itself, since each run tags the values its rules share (see
     * {@link Sutime}); there are as many as runs have ever been at once, and loading one takes a while.
     */
    private final Queue<Sutime> idle = new ConcurrentLinkedQueue<>();

    /** @param options SUTime's options, named with their {@code sutime.} prefix */
    TimeExpressions(Properties options) {
        this.options = options;
        // One now, so that a SUTime Parley cannot work with fails at start-up rather than on every dated sentence.
        idle.add(Sutime.create(options));
    }

    /**
     * The time expressions of a sentence whose tokens have been tagged (parts of speech and entity tags).
     *
     * @param tokens the sentence's tokens, their offsets {@code offset} plus offsets into {@code sentence}
     * @param anchor the date relative expressions are resolved against, or null
     */
    List<EntitySpan> find(String sentence, List<Token> tokens, int offset, LocalDate anchor) {
        List<CoreLabel> labels = labels(sentence, tokens, offset);
        List<CoreLabel> words = joinHyphenated(labels);
        List<int[]> stretches = stretches(words);
        List<CoreMap> expressions;
        boolean widened;
        do {
            expressions = new ArrayList<>();
            widened = false;
            for (int[] stretch : stretches) {
                List<CoreMap> found = run(sentence, words, stretch, anchor);
                expressions.addAll(found);
                widened |= widen(stretch, found, words);
            }
            stretches = merged(stretches);
        } while (widened);
        List<EntitySpan> entities = new ArrayList<>();
        for (CoreMap expression : expressions) {
            Timex timex = expression.get(TimeAnnotations.TimexAnnotation.class);
            if (timex != null) {
                label(sentence, labels, offset, expression, timex, entities);
            }
        }
        return entities;
    }

    /** SUTime over a stretch [from, to) of the words of a sentence. */
    private List<CoreMap> run(String sentence, List<CoreLabel> words, int[] stretch, LocalDate anchor) {
        List<CoreLabel> part = new ArrayList<>();
        for (CoreLabel word : words.subList(stretch[0], stretch[1])) {
            // SUTime finds an expression's tokens by their positions, which must count from the stretch's start.
            CoreLabel copy = new CoreLabel(word);
            copy.set(CoreAnnotations.TokenBeginAnnotation.class, part.size());
            copy.set(CoreAnnotations.TokenEndAnnotation.class, part.size() + 1);
            copy.setIndex(part.size() + 1);
            part.add(copy);
        }
        // Some of SUTime's rules match the text rather than the tokens, so the text must be the stretch's alone.
        int textBegin = part.get(0).beginPosition();
        int textEnd = part.get(part.size() - 1).endPosition();
        CoreMap text = new ArrayCoreMap();
        text.set(CoreAnnotations.TokensAnnotation.class, part);
        text.set(CoreAnnotations.TextAnnotation.class, sentence.substring(textBegin, textEnd));
        text.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, textBegin);
        text.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, textEnd);
        CoreMap document = new ArrayCoreMap();
        if (anchor != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
        }
        Sutime sutime = idle.poll();
        if (sutime == null) {
            sutime = Sutime.create(options);
        }
        List<CoreMap> found;
        try {
            found = sutime.extractor().extractTimeExpressionCoreMaps(text, document);
        } finally {
            sutime.forgetDirections();
            idle.add(sutime);
        }
        if (found == null) {
            return List.of();
        }
        return found;
    }

    /**
     * Widens a stretch where an expression it yielded lies closer than {@link #CONTEXT} words to one of its ends
     * (other than the sentence's); true when it did.
     */
    private static boolean widen(int[] stretch, List<CoreMap> expressions, List<CoreLabel> words) {
        int from = stretch[0];
        int to = stretch[1];
        for (CoreMap expression : expressions) {
            int first = wordAt(words, expression.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
            int last = wordAt(words, expression.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) - 1);
            if (first - stretch[0] < CONTEXT) {
                from = Math.min(from, Math.max(0, first - REACH));
            }
            if (stretch[1] - 1 - last < CONTEXT) {
                to = Math.max(to, Math.min(words.size(), last + 1 + REACH));
            }
        }
        boolean widened = from != stretch[0] || to != stretch[1];
        stretch[0] = from;
        stretch[1] = to;
        return widened;
    }

    /** The index of the word that holds a character offset. */
    private static int wordAt(List<CoreLabel> words, int position) {
        for (int i = 0; i < words.size(); i++) {
            if (position < words.get(i).endPosition()) {
                return i;
            }
        }
        return words.size() - 1;
    }

    /** The runs of an expression's tokens that the statistical tagger left unlabelled, each an entity. */
    private static void label(String sentence, List<CoreLabel> tokens, int offset, CoreMap expression, Timex timex,
                              List<EntitySpan> entities) {
        int begin = expression.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = expression.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        int runStart = -1;
        int runEnd = -1;
        for (CoreLabel token : tokens) {
            boolean free = token.beginPosition() >= begin && token.endPosition() <= end && isUnlabelled(token.ner());
            if (free) {
                if (runStart < 0) {
                    runStart = token.beginPosition();
                }
                runEnd = token.endPosition();
            } else if (runStart >= 0) {
                entities.add(entity(sentence, offset, runStart, runEnd, timex));
                runStart = -1;
            }
        }
        if (runStart >= 0) {
            entities.add(entity(sentence, offset, runStart, runEnd, timex));
        }
    }

    private static EntitySpan entity(String sentence, int offset, int begin, int end, Timex timex) {
        return new EntitySpan(offset + begin, offset + end, sentence.substring(begin, end), timex.timexType(),
                timex.value());
    }

    private static boolean isUnlabelled(String ner) {
        return ner == null || ner.equals("O");
    }

    /** The tokens as CoreNLP's, with offsets into the sentence. */
    private static List<CoreLabel> labels(String sentence, List<Token> tokens, int offset) {
        List<CoreLabel> labels = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int begin = token.begin() - offset;
            int end = token.end() - offset;
            CoreLabel label = new CoreLabel();
            label.setWord(token.word());
            label.setValue(token.word());
            label.setOriginalText(sentence.substring(begin, end));
            label.setBeginPosition(begin);
            label.setEndPosition(end);
            label.setTag(token.pos());
            label.setNER(token.ner());
            boolean attached = i + 1 < tokens.size() && tokens.get(i + 1).begin() == token.end();
            label.setAfter(attached ? "" : " ");
            labels.add(label);
        }
        return labels;
    }

    /** Copies of the tokens with hyphenated words joined into one, as CoreNLP's NER joins them. */
    private static List<CoreLabel> joinHyphenated(List<CoreLabel> tokens) {
        List<CoreLabel> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            CoreLabel last = words.isEmpty() ? null : words.get(words.size() - 1);
            boolean attached = last != null && "".equals(last.after());
            boolean joinHyphen = attached && token.word().equals("-") && i + 1 < tokens.size()
                    && !UNJOINED.contains(tokens.get(i + 1).word());
            boolean joinAfterHyphen = attached && last.word().endsWith("-") && !UNJOINED.contains(token.word());
            if (joinHyphen || joinAfterHyphen) {
                last.setWord(last.word() + token.word());
                last.setValue(last.word());
                last.setAfter(token.after());
                last.setEndPosition(token.endPosition());
            } else {
                words.add(new CoreLabel(token));
            }
        }
        return words;
    }

    /**
     * A SUTime extractor, and the values its rules share. SUTime's rules tag the value of "Saturday" with the
     * direction the sentence's tense gives it ("said on Wednesday": the past one; "will travel on Saturday": the next
     * one), and that value is the one every "Saturday" of every later sentence is read into. SUTime never takes the
     * tag off, so without {@link #forgetDirections} the next article's "on Saturday" would be resolved by the tense
     * of this one's sentence. CoreNLP gives no access to those values, hence the reflection.
     */
    private record Sutime(TimeExpressionExtractor extractor, List<Value> shared) {
        /** The tag SUTime's rules set on a value to resolve it to the past or the future rather than the nearest. */
        private static final String RESOLVE_TO = "resolveTo";

        static Sutime create(Properties options) {
            TimeExpressionExtractor extractor = TimeExpressionExtractorFactory.createExtractor("sutime", options);
            List<Value> shared = new ArrayList<>();
            try {
                Object patterns = field(extractor, "timexPatterns");
                Env env = (Env) field(patterns, "env");
                env.getVariables().values().forEach(v -> collectValues(v, shared, 3));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("this CoreNLP's SUTime is not the one Parley was built for", e);
            }
            if (shared.stream().noneMatch(v -> v.get() instanceof SUTime.PartialTime)) {
                throw new IllegalStateException("this CoreNLP's SUTime shares no day or month values to untag");
            }
            return new Sutime(extractor, List.copyOf(shared));
        }

        void forgetDirections() {
            for (Value value : shared) {
                if (value.getTags() != null) {
                    value.getTags().removeTag(RESOLVE_TO);
                }
            }
        }

        private static Object field(Object owner, String name) throws ReflectiveOperationException {
            for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
                try {
                    Field field = type.getDeclaredField(name);
                    field.setAccessible(true);
                    return field.get(owner);
                } catch (NoSuchFieldException e) {
                    // declared higher up
                }
            }
            throw new NoSuchFieldException(name);
        }

        /** The values a variable holds, with those inside the maps and lists it holds. */
        private static void collectValues(Object held, List<Value> values, int depth) {
            if (depth == 0 || held == null) {
                return;
            }
            if (held instanceof Value value) {
                values.add(value);
                collectValues(value.get(), values, depth - 1);
            } else if (held instanceof Map<?, ?> map) {
                map.values().forEach(v -> collectValues(v, values, depth - 1));
            } else if (held instanceof Collection<?> collection) {
                collection.forEach(v -> collectValues(v, values, depth - 1));
            }
        }
    }

    /** Word ranges [from, to) around the time cues. */
    private static List<int[]> stretches(List<CoreLabel> words) {
        List<int[]> stretches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (TimeCues.anchorsTime(words.get(i).word())) {
                stretches.add(new int[] {Math.max(0, i - REACH), Math.min(words.size(), i + REACH + 1)});
            }
        }
        return merged(stretches);
    }

    /** Ranges in order with those that touch or overlap joined. */
    private static List<int[]> merged(List<int[]> ranges) {
        List<int[]> merged = new ArrayList<>();
        List<int[]> ordered = new ArrayList<>(ranges);
        ordered.sort(Comparator.comparingInt(range -> range[0]));
        for (int[] range : ordered) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(new int[] {range[0], range[1]});
            }
        }
        return merged;
    }
}
