package org.parley.model;

/**
 * An actor as extracted and linked: a person, country or organisation.
 *
 * @param key      a stable key: the gazetteer's key when linked ("person/vladimir-putin", "country/RUS"),
 *                 else one minted from the label ("person/jiang-bin")
 * @param label    the canonical label ("Vladimir Putin", not "Putin")
 * @param kind     person, country or organisation
 * @param wikidata the Wikidata Q-id ("Q7747"), or null when not linked
 * @param country  ISO 3166-1 alpha-3 code of the country the actor belongs to or is, or null
 * @param office   the key of the office the text or the gazetteer gives them, or null
 */
public record Actor(String key, String label, ActorKind kind, String wikidata, String country, String office) {
}
