package org.parley.query;

/**
 * A parameter as a named query's header declares it.
 *
 * @param name        the query variable it binds, without the question mark
 * @param kind        what it stands for
 * @param required    whether the query needs it
 * @param example     a value that works on the sample articles
 * @param description what it does, or empty
 */
public record QueryParameter(String name, ParameterKind kind, boolean required, String example, String description) {
}
