package org.parley.model;

import java.util.List;

/** Everything extracted from one article. */
public record Extraction(Article article, List<Actor> actors, List<Contact> contacts, List<Statement> statements) {

    public Extraction {
        actors = List.copyOf(actors);
        contacts = List.copyOf(contacts);
        statements = List.copyOf(statements);
    }
}
