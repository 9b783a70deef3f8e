package org.parley.export;

/**
 * An actor as a node of the contact network.
 *
 * @param iri      the actor's IRI, also the node's id
 * @param label    its preferred label
 * @param type     Person, Country, Organisation (or Actor when the store does not say)
 * @param country  the ISO 3166-1 alpha-3 code of its country, or empty
 * @param wikidata its Wikidata entity IRI, or empty
 */
public record ActorNode(String iri, String label, String type, String country, String wikidata) {
}
