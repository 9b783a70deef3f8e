package org.parley.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.parley.extract.Extractor;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Article;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.Extraction;
import org.parley.model.Mention;
import org.parley.model.PartialDate;
import org.parley.model.Place;
import org.parley.model.Statement;

/**
 * Maps one article's extraction to the RDF of its own named graph: the article and its metadata, one
 * {@code parley:ContactReport} per contact as this article tells it, its statements, the actors it names,
 * and a NIF mention for every piece of evidence. Events are not minted here: the merger builds them from
 * the reports of all articles.
 */
public final class ArticleGraphs {
    private static final String EXTRACTOR = Parley.ID + "software/parley-extractor/";

    private ArticleGraphs() {
    }

    /** The named graph (and article IRI) for a graph that names no article of its own: by its locator. */
    public static Node graphName(String locator) {
        return NodeFactory.createURI(articleIri(locator));
    }

    public static String articleIri(String locator) {
        return Parley.ID + "article/" + Ids.hash(locator);
    }

    public static String actorIri(Actor actor) {
        return Parley.ID + actor.key();
    }

    public static String placeIri(Place place) {
        return Parley.ID + place.key();
    }

    public static String outletIri(String name) {
        return Parley.ID + "outlet/" + Ids.slug(name);
    }

    /** A date literal typed by its precision: xsd:date, xsd:gYearMonth or xsd:gYear. */
    public static Literal dateLiteral(PartialDate date) {
        XSDDatatype type = switch (date.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return ResourceFactory.createTypedLiteral(date.toString(), type);
    }

    /**
     * A confidence as xsd:decimal, to two places, in canonical form ("0.8", not "0.80"): TDB2 keeps a decimal by its
     * value, and a quad written with another lexical form of it is not reliably deleted.
     */
    public static Literal confidenceLiteral(double value) {
        return ResourceFactory.createTypedLiteral(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    public static String precisionName(PartialDate date) {
        return date.precision().name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Graph toGraph(Extraction extraction) {
        Model model = ModelFactory.createDefaultModel();
        new Writer(model, extraction.article()).write(extraction);
        return Labels.addRdfsLabels(model.getGraph());
    }

    /** Writes one article's triples; holds the article's IRIs so the pieces link up. */
    private static final class Writer {
        private final Model model;
        private final Article article;
        private final String base;
        private final Resource articleNode;

        Writer(Model model, Article article) {
            this.model = model;
            this.article = article;
            this.base = ArticleIdentity.iri(article);
            this.articleNode = model.createResource(base);
        }

        void write(Extraction extraction) {
            writeArticle();
            extraction.actors().forEach(this::actor);
            List<Contact> contacts = extraction.contacts();
            for (int i = 0; i < contacts.size(); i++) {
                contact(i, contacts.get(i));
            }
            List<Statement> statements = extraction.statements();
            for (int i = 0; i < statements.size(); i++) {
                statement(i, statements.get(i));
            }
        }

        private void writeArticle() {
            articleNode.addProperty(RDF.type, Parley.Article)
                    .addProperty(Parley.locator, article.locator())
                    .addProperty(Parley.contentHash, Ids.sha256(article.sourceText()))
                    .addProperty(Parley.extractorVersion, Extractor.VERSION)
                    .addProperty(Prov.wasAttributedTo, model.createResource(EXTRACTOR + Extractor.VERSION)
                            .addProperty(RDF.type, Prov.SoftwareAgent)
                            .addProperty(SKOS.prefLabel, "Parley extractor " + Extractor.VERSION));
            if (article.url() != null && !article.url().isBlank()) {
                articleNode.addProperty(SchemaDO.url, model.createResource(article.url().trim()));
            }
            if (article.title() != null && !article.title().isBlank()) {
                articleNode.addProperty(DCTerms.title, article.title());
            }
            articleNode.addProperty(RDFS.label, article.title() != null && !article.title().isBlank()
                    ? article.title() : article.locator());
            if (article.published() != null) {
                addDate(articleNode, article.published().date(), article.published().method() + ": " + article.published().evidence());
                articleNode.addLiteral(Parley.dateConfidence, confidenceLiteral(article.published().confidence()));
            }
            if (article.outlet() != null) {
                articleNode.addProperty(Parley.outlet, organisation(article.outlet(), Parley.Outlet));
            }
            if (article.agency() != null) {
                articleNode.addProperty(Parley.reportedBy, organisation(article.agency(), Parley.NewsAgency));
            }
        }

        private Resource organisation(String name, Resource type) {
            return model.createResource(outletIri(name))
                    .addProperty(RDF.type, type)
                    .addProperty(SKOS.prefLabel, name, "en");
        }

        private void addDate(Resource subject, PartialDate date, String evidence) {
            subject.addLiteral(Parley.date, dateLiteral(date))
                    .addProperty(Parley.datePrecision, precisionName(date));
            if (evidence != null) {
                subject.addProperty(Parley.dateEvidence, evidence);
            }
        }

        private Resource actor(Actor actor) {
            Resource node = model.createResource(actorIri(actor));
            node.addProperty(RDF.type, switch (actor.kind()) {
                case PERSON -> Parley.Person;
                case COUNTRY -> Parley.Country;
                case ORGANISATION -> Parley.Organisation;
            });
            node.addProperty(SKOS.prefLabel, actor.label(), "en");
            if (actor.wikidata() != null) {
                node.addProperty(SKOS.exactMatch, model.createResource(Wikidata.iri(actor.wikidata())));
            }
            if (actor.country() != null && actor.kind() != ActorKind.COUNTRY) {
                node.addProperty(Parley.country, model.createResource(Parley.ID + "country/" + actor.country()));
            }
            if (actor.office() != null) {
                node.addProperty(Parley.office, model.createResource(Parley.ID + actor.office()));
            }
            return node;
        }

        private Resource mention(Mention mention) {
            Resource sentence = model.createResource(base + "/s/" + mention.sentence().start() + "-" + mention.sentence().end())
                    .addProperty(RDF.type, Nif.Sentence)
                    .addProperty(RDF.type, Nif.OffsetBasedString)
                    .addLiteral(Nif.beginIndex, offset(mention.sentence().start()))
                    .addLiteral(Nif.endIndex, offset(mention.sentence().end()))
                    .addProperty(Nif.anchorOf, mention.sentenceText())
                    .addProperty(Nif.referenceContext, articleNode);
            return model.createResource(base + "/m/" + mention.span().start() + "-" + mention.span().end())
                    .addProperty(RDF.type, Parley.Mention)
                    .addLiteral(Nif.beginIndex, offset(mention.span().start()))
                    .addLiteral(Nif.endIndex, offset(mention.span().end()))
                    .addProperty(Nif.anchorOf, mention.exact())
                    .addProperty(Nif.referenceContext, articleNode)
                    .addProperty(Nif.sentence, sentence);
        }

        private void contact(int index, Contact contact) {
            Resource report = model.createResource(base + "/contact/" + index)
                    .addProperty(RDF.type, Parley.ContactReport)
                    .addProperty(Parley.contactType, model.createResource(Parley.NS + contact.type().localName()))
                    .addProperty(Parley.source, articleNode)
                    .addLiteral(Parley.confidence, confidenceLiteral(contact.confidence()))
                    .addLiteral(Parley.background, contact.background())
                    .addProperty(Parley.evidence, mention(contact.evidence()));
            for (Actor participant : contact.participants()) {
                Resource node = actor(participant);
                report.addProperty(Parley.participant, node);
                if (contact.type() == ContactType.VISIT) {
                    // parley:visitor is a sub-property of parley:participant; the store holds no inferences, so both.
                    report.addProperty(Parley.visitor, node);
                }
            }
            if (contact.host() != null) {
                report.addProperty(Parley.host, actor(contact.host()));
            }
            if (contact.date() != null) {
                addDate(report, contact.date(), contact.dateEvidence());
            }
            if (contact.place() != null) {
                // The label goes with it, so that the article's graph names its places whether or not the place
                // gazetteer knows them (it gives the same label when it does).
                report.addProperty(Parley.place, model.createResource(placeIri(contact.place()))
                        .addProperty(RDF.type, SchemaDO.Place)
                        .addProperty(SKOS.prefLabel, contact.place().label(), "en"));
            }
            contact.flags().forEach(flag -> report.addProperty(Parley.flag, flag));
        }

        private void statement(int index, Statement statement) {
            Resource node = model.createResource(base + "/statement/" + index)
                    .addProperty(RDF.type, Parley.Statement)
                    .addProperty(Parley.speaker, actor(statement.speaker()))
                    .addProperty(Parley.quote, statement.quote())
                    .addLiteral(Parley.direct, statement.direct())
                    .addProperty(Parley.source, articleNode)
                    .addLiteral(Parley.confidence, confidenceLiteral(statement.confidence()))
                    .addProperty(Parley.evidence, mention(statement.evidence()));
            if (statement.addressee() != null) {
                node.addProperty(Parley.addressee, actor(statement.addressee()));
            }
            if (statement.reportedBy() != null) {
                node.addProperty(Parley.reportedBy, organisation(statement.reportedBy(), Parley.Outlet));
            }
            if (statement.date() != null) {
                addDate(node, statement.date(), null);
            }
            if (statement.contactIndex() >= 0) {
                node.addProperty(Parley.duringContact, model.createResource(base + "/contact/" + statement.contactIndex()));
            }
        }

        /** NIF offsets are xsd:nonNegativeInteger. */
        private static Literal offset(int value) {
            return ResourceFactory.createTypedLiteral(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
        }


    }
}
