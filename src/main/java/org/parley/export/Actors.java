package org.parley.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.parley.rdf.Parley;
import org.parley.rdf.Wikidata;

/**
 * What the exports need to know about actors, looked up in all named graphs (the article graphs and the gazetteer)
 * and remembered per actor: memory grows with the number of distinct actors, not with the number of events.
 * Use inside one read transaction.
 */
final class Actors {
    private static final Node GAZETTEER = NodeFactory.createURI(Parley.GAZETTEER_GRAPH);
    private static final List<Resource> KINDS = List.of(Parley.Person, Parley.Country, Parley.Organisation);

    /** A term of office: the office's country, from start to end (either may be open). */
    record Position(Node country, LocalDate start, LocalDate end) {
    }

    /**
     * The countries an actor belongs to.
     *
     * @param stated    the countries the articles or the gazetteer give it ({@code parley:country})
     * @param offices   the countries of the offices the articles give it ({@code parley:office})
     * @param positions its terms of office in the gazetteer
     */
    record Affiliations(Node actor, List<Node> stated, List<Node> offices, List<Position> positions) {
        /** True when the actor is the country, or belongs to it at some time in the span (at any time if null). */
        boolean represents(Node country, DateSpan span) {
            return actor.equals(country) || stated.contains(country) || offices.contains(country)
                    || positions.stream().anyMatch(p -> p.country().equals(country)
                    && (span == null || span.overlaps(p.start(), p.end())));
        }

        /** The one country to show for the actor: itself, else stated, else an office's, else the latest term's. */
        Optional<Node> main(boolean isCountry) {
            if (isCountry) {
                return Optional.of(actor);
            }
            if (!stated.isEmpty()) {
                return Optional.of(stated.get(0));
            }
            if (!offices.isEmpty()) {
                return Optional.of(offices.get(0));
            }
            return positions.stream()
                    .max(Comparator.comparing(Position::start, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .map(Position::country);
        }
    }

    private final DatasetGraph dsg;
    private final Map<Node, Affiliations> affiliations = new HashMap<>();
    private final Map<Node, ActorNode> nodes = new HashMap<>();

    Actors(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    Affiliations affiliations(Node actor) {
        return affiliations.computeIfAbsent(actor, this::lookUpAffiliations);
    }

    /** The actor as a node of the network: IRI, label, kind, country code and Wikidata IRI. */
    ActorNode node(Node actor) {
        return nodes.computeIfAbsent(actor, this::lookUpNode);
    }

    /** The country with the ISO 3166-1 alpha-3 code, if the store knows it. */
    Optional<Node> country(String code) {
        return first(Node.ANY, Parley.isoAlpha3, NodeFactory.createLiteralString(code), Quad::getSubject);
    }

    private Affiliations lookUpAffiliations(Node actor) {
        List<Node> stated = distinct(objects(actor, Parley.country));
        List<Node> offices = distinct(objects(actor, Parley.office).stream()
                .flatMap(office -> objects(office, Parley.country).stream()).toList());
        List<Position> positions = new ArrayList<>();
        for (Node position : distinct(objects(actor, Parley.positionHeld))) {
            LocalDate start = date(position, Parley.startDate);
            LocalDate end = date(position, Parley.endDate);
            for (Node office : objects(position, Parley.office)) {
                objects(office, Parley.country).forEach(country -> positions.add(new Position(country, start, end)));
            }
        }
        return new Affiliations(actor, stated, offices, positions);
    }

    private ActorNode lookUpNode(Node actor) {
        String kind = KINDS.stream()
                .filter(k -> dsg.findNG(Node.ANY, actor, RDF.type.asNode(), k.asNode()).hasNext())
                .map(Resource::getLocalName).findFirst().orElse(Parley.Actor.getLocalName());
        String country = affiliations(actor).main(kind.equals(Parley.Country.getLocalName()))
                .map(this::isoCode).orElse("");
        String wikidata = objects(actor, SKOS.exactMatch).stream()
                .filter(n -> n.isURI() && n.getURI().startsWith(Wikidata.ENTITY))
                .map(Node::getURI).sorted().findFirst().orElse("");
        return new ActorNode(actor.getURI(), label(actor), kind, country, wikidata);
    }

    /** The gazetteer's label if it has one (it is canonical), else the first of the articles' labels. */
    private String label(Node actor) {
        return first(GAZETTEER, actor, SKOS.prefLabel.asNode(), Node.ANY, q -> q.getObject().getLiteralLexicalForm())
                .or(() -> objects(actor, SKOS.prefLabel).stream().filter(Node::isLiteral)
                        .map(Node::getLiteralLexicalForm).sorted().findFirst())
                .orElse(actor.getURI());
    }

    private String isoCode(Node country) {
        return objects(country, Parley.isoAlpha3).stream().filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).findFirst()
                .orElseGet(() -> country.getURI().substring(country.getURI().lastIndexOf('/') + 1));
    }

    private LocalDate date(Node subject, Property property) {
        return objects(subject, property).stream().filter(Node::isLiteral)
                .map(n -> DateSpan.parse(n.getLiteralLexicalForm()))
                .flatMap(Optional::stream).map(DateSpan::first).findFirst().orElse(null);
    }

    /** The objects of the subject's property in any named graph, each once. */
    private List<Node> objects(Node subject, Property property) {
        List<Node> objects = new ArrayList<>();
        dsg.findNG(Node.ANY, subject, property.asNode(), Node.ANY)
                .forEachRemaining(q -> objects.add(q.getObject()));
        return distinct(objects);
    }

    private <T> Optional<T> first(Node graph, Property property, Node object, Function<Quad, T> part) {
        return first(graph, Node.ANY, property.asNode(), object, part);
    }

    private <T> Optional<T> first(Node graph, Node subject, Node property, Node object, Function<Quad, T> part) {
        Iterator<Quad> quads = dsg.findNG(graph, subject, property, object);
        return quads.hasNext() ? Optional.of(part.apply(quads.next())) : Optional.empty();
    }

    private static List<Node> distinct(List<Node> nodes) {
        return nodes.stream().distinct().toList();
    }
}
