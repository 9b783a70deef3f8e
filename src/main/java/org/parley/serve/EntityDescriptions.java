package org.parley.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.parley.export.JsonLdContext;
import org.parley.rdf.Parley;
import org.parley.store.StoreStats;

/**
 * An entity's description, as the linked-data pages give it: the named queries describe.rq (the entity's own
 * triples, with labels of what they point to) and, by the entity's type, describe-actor.rq, describe-event.rq or
 * describe-article.rq, run in one read transaction over the union of the graphs.
 */
final class EntityDescriptions {
    /** What kind of page an entity gets, from its rdf:type. */
    enum Kind { ACTOR, EVENT, ARTICLE, OTHER }

    private static final Var ENTITY = Var.alloc("entity");
    private static final Set<Node> ACTOR_TYPES = Set.of(Parley.Person.asNode(), Parley.Country.asNode(),
            Parley.Organisation.asNode());
    private static final Set<Node> EVENT_TYPES =
            StoreStats.EVENT_TYPES.stream().map(Resource::asNode).collect(Collectors.toUnmodifiableSet());
    private static final Query DESCRIBE = load("describe");
    private static final Query DESCRIBE_ACTOR = load("describe-actor");
    private static final Query DESCRIBE_EVENT = load("describe-event");
    private static final Query DESCRIBE_ARTICLE = load("describe-article");

    /** A description: the triples and the kind of entity they describe. */
    record Description(Resource entity, Kind kind, Model model) {
    }

    private final DatasetGraph dataset;

    EntityDescriptions(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The entity's description; empty when no graph has a triple about it. */
    Optional<Description> describe(Node entity) {
        return Txn.calculateRead(dataset, () -> {
            if (!dataset.findNG(Node.ANY, entity, Node.ANY, Node.ANY).hasNext()) {
                return Optional.empty();
            }
            Kind kind = kind(entity);
            Model model = ModelFactory.createDefaultModel();
            JsonLdContext.prefixes().forEach(model::setNsPrefix);
            construct(DESCRIBE, entity, model);
            switch (kind) {
                case ACTOR -> construct(DESCRIBE_ACTOR, entity, model);
                case EVENT -> construct(DESCRIBE_EVENT, entity, model);
                case ARTICLE -> construct(DESCRIBE_ARTICLE, entity, model);
                case OTHER -> {
                }
            }
            return Optional.of(new Description(model.wrapAsResource(entity), kind, model));
        });
    }

    private Kind kind(Node entity) {
        List<Node> types = new ArrayList<>();
        dataset.findNG(Node.ANY, entity, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> types.add(q.getObject()));
        if (types.stream().anyMatch(EVENT_TYPES::contains)) {
            return Kind.EVENT;
        }
        if (types.contains(Parley.Article.asNode())) {
            return Kind.ARTICLE;
        }
        return types.stream().anyMatch(ACTOR_TYPES::contains) ? Kind.ACTOR : Kind.OTHER;
    }

    private void construct(Query query, Node entity, Model into) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).substitution(ENTITY, entity).build()) {
            exec.construct().find().forEachRemaining(into.getGraph()::add);
        }
    }

    /** A named query from the jar: the server's pages do not change when someone edits ./queries. */
    private static Query load(String name) {
        String resource = "/queries/" + name + ".rq";
        try (InputStream in = EntityDescriptions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
