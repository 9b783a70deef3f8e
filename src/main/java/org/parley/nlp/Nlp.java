package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.parley.model.Span;

/**
 * Stanford CoreNLP, configured once per process. A cheap pipeline (tokenize, ssplit) runs over whole texts, and a
 * costly one (pos, lemma, ner with SUTime) only over the sentences a screen has picked out, since most of an
 * article's sentences hold neither a contact nor a statement. SUTime's rule matching is most of the costly
 * pipeline's time, so a sentence without a word a time expression could be built on ({@link TimeCues}) goes
 * through the same pipeline without SUTime, which tags it the same.
 * <p>
 * Thread-safe: CoreNLP's annotate may be called from several threads at once on one pipeline.
 */
public final class Nlp {
    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    /** The tagger without SUTime, for sentences in which SUTime could find nothing (see {@link TimeCues}). */
    private final StanfordCoreNLP untimedTagger;

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

        Properties tag = tokenizing("tokenize,ssplit,pos,lemma,ner");
        tag.setProperty("ssplit.isOneSentence", "true");
        tag.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        tag.setProperty("ner.applyFineGrained", "false");
        tag.setProperty("ner.buildEntityMentions", "true");
        tag.setProperty("ner.useSUTime", "true");
        tag.setProperty("ner.applyNumericClassifiers", "true");
        tag.setProperty("ner.docdate.usePresent", "false");
        tag.setProperty("sutime.markTimeRanges", "false");
        tag.setProperty("sutime.includeRange", "false");
        tagger = new StanfordCoreNLP(tag);
        Properties untimed = new Properties();
        untimed.putAll(tag);
        untimed.setProperty("ner.useSUTime", "false");
        untimedTagger = new StanfordCoreNLP(untimed);
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
     * Tags one sentence. Offsets in the result are {@code offset} plus offsets into {@code sentence}.
     *
     * @param anchor the date relative expressions are resolved against, or null when it is unknown
     *               (SUTime then leaves "on Thursday" unresolved rather than guess)
     */
    public AnalysedSentence analyse(String sentence, int offset, LocalDate anchor) {
        return analyse(sentence, offset, anchor, TimeCues.mayHoldTime(sentence));
    }

    /** Tags one sentence with SUTime or without it. */
    AnalysedSentence analyse(String sentence, int offset, LocalDate anchor, boolean withTime) {
        CoreDocument document = new CoreDocument(sentence);
        if (anchor != null) {
            document.annotation().set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
        }
        (withTime ? tagger : untimedTagger).annotate(document);
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel label : document.tokens()) {
            tokens.add(new Token(offset + label.beginPosition(), offset + label.endPosition(), label.word(),
                    label.tag(), label.lemma(), label.ner()));
        }
        List<EntitySpan> entities = new ArrayList<>();
        for (CoreEntityMention mention : document.entityMentions()) {
            entities.add(new EntitySpan(offset + mention.charOffsets().first(), offset + mention.charOffsets().second(),
                    mention.text(), mention.entityType(), timexValue(mention)));
        }
        return new AnalysedSentence(offset, offset + sentence.length(), sentence, tokens, entities);
    }

    private static String timexValue(CoreEntityMention mention) {
        Timex timex = mention.coreMap().get(TimeAnnotations.TimexAnnotation.class);
        if (timex != null && timex.value() != null) {
            return timex.value();
        }
        return mention.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    }
}
