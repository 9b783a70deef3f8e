package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.parley.model.Span;

/**
 * Stanford CoreNLP, configured once per process. A cheap pipeline (tokenize, ssplit) runs over whole texts, and a
 * costly one (ner) only over the sentences a screen has picked out, since most of an article's sentences hold
 * neither a contact nor a statement. Parts of speech and SUTime's time expressions, which cost as much again, are
 * found apart and only for the sentences that need them; SUTime runs only over the stretches of a sentence around
 * words a time expression could be built on ({@link TimeExpressions}).
 * <p>
 * Thread-safe: CoreNLP's annotate may be called from several threads at once on one pipeline.
 */
public final class Nlp {
    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    private final MaxentTagger posTagger;
    private final TimeExpressions timeExpressions;

    private static final class Holder {
        static final Nlp SHARED = new Nlp();
    }

    /** The process-wide instance; models load on first use. */
    public static Nlp shared() {
        return Holder.SHARED;
    }

    private Nlp() {
        // CoreNLP logs every model it loads to stderr; Parley is quiet by default.
        RedwoodConfiguration.current().clear().apply();
        Properties split = tokenizing("tokenize,ssplit");
        split.setProperty("ssplit.newlineIsSentenceBreak", "two");
        splitter = new StanfordCoreNLP(split);

        // Neither parts of speech nor lemmas, which CoreNLP's NER declares it needs. Its 3-class CRF reads words and
        // their distributional-similarity clusters, and parts of speech in one family of features only (is a name
        // that occurs again preceded by a proper noun?): its names come out the same without them but for a handful
        // in a thousand, at half the cost. Parts of speech are tagged apart, for the sentences that need them
        // (partsOfSpeech); nothing in Parley reads lemmas.
        Properties tag = tokenizing("tokenize,ssplit,ner");
        tag.setProperty("enforceRequirements", "false");
        tag.setProperty("ssplit.isOneSentence", "true");
        tag.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        tag.setProperty("ner.applyFineGrained", "false");
        tag.setProperty("ner.buildEntityMentions", "true");
        // Numbers, money and percentages are of no use to Parley; time expressions come from SUTime below.
        tag.setProperty("ner.applyNumericClassifiers", "false");
        tag.setProperty("ner.useSUTime", "false");
        tagger = new StanfordCoreNLP(tag);
        posTagger = new MaxentTagger(DefaultPaths.DEFAULT_POS_MODEL);

        Properties sutime = new Properties();
        sutime.setProperty("sutime.markTimeRanges", "false");
        sutime.setProperty("sutime.includeRange", "false");
        timeExpressions = new TimeExpressions(sutime);
    }

    /** A pipeline's properties with Parley's tokenizer settings, which the splitter and the taggers share. */
    private static Properties tokenizing(String annotators) {
        Properties properties = new Properties();
        properties.setProperty("annotators", annotators);
        properties.setProperty("tokenize.language", "en");
        properties.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        return properties;
    }

    /** Sentence boundaries of a text; a blank line always ends a sentence. */
    public List<Span> sentences(String text) {
        Annotation annotation = new Annotation(text);
        splitter.annotate(annotation);
        List<Span> spans = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            spans.add(new Span(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
        }
        return spans;
    }

    /** How many tokens Parley's tokenizer makes of a text. */
    public int tokenCount(String text) {
        Annotation annotation = new Annotation(text);
        splitter.annotate(annotation);
        return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    /**
     * Tags one sentence with named entities (PERSON, LOCATION, ORGANIZATION). Offsets in the result are
     * {@code offset} plus offsets into {@code sentence}; entities are in the order they appear. The tokens have no
     * parts of speech yet: see {@link #partsOfSpeech}.
     */
    public AnalysedSentence tag(String sentence, int offset) {
        CoreDocument document = new CoreDocument(sentence);
        tagger.annotate(document);
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel label : document.tokens()) {
            tokens.add(new Token(offset + label.beginPosition(), offset + label.endPosition(), label.word(), null,
                    label.ner()));
        }
        List<EntitySpan> entities = new ArrayList<>();
        for (CoreEntityMention mention : document.entityMentions()) {
            entities.add(new EntitySpan(offset + mention.charOffsets().first(), offset + mention.charOffsets().second(),
                    mention.text(), mention.entityType(), null));
        }
        return new AnalysedSentence(offset, offset + sentence.length(), sentence, tokens, entities);
    }

    /**
     * The sentence with its tokens' parts of speech (Penn Treebank tags), tagged as CoreNLP's POS annotator tags
     * them; the sentence itself when they are there already. A separate step, as only some sentences need them.
     */
    public AnalysedSentence partsOfSpeech(AnalysedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty() || tokens.get(0).pos() != null) {
            return sentence;
        }
        List<TaggedWord> tagged = posTagger.tagSentence(tokens.stream().map(t -> new Word(t.word())).toList());
        List<Token> withTags = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            withTags.add(new Token(t.begin(), t.end(), t.word(), tagged.get(i).tag(), t.ner()));
        }
        return new AnalysedSentence(sentence.begin(), sentence.end(), sentence.text(), withTags, sentence.entities());
    }

    /** False only when a text holds no word a time expression could be built on: it has none, then. */
    public boolean mayHoldTime(String text) {
        return TimeCues.mayHoldTime(text);
    }

    /**
     * The time expressions of a tagged sentence (DATE, TIME, DURATION, SET), in the order they appear. They cost
     * more than the tagging, so they are found only when asked for.
     *
     * @param anchor the date relative expressions are resolved against, or null when it is unknown
     *               (SUTime then leaves "on Thursday" unresolved rather than guess)
     */
    public List<EntitySpan> times(AnalysedSentence sentence, LocalDate anchor) {
        if (!mayHoldTime(sentence.text())) {
            return List.of();
        }
        // SUTime reads parts of speech: a past-tense verb or a modal near a weekday settles which one is meant.
        AnalysedSentence tagged = partsOfSpeech(sentence);
        List<EntitySpan> found = new ArrayList<>(timeExpressions.find(tagged.text(), tagged.tokens(), tagged.begin(), anchor));
        found.sort(Comparator.comparingInt(EntitySpan::begin));
        return List.copyOf(found);
    }
}
