package org.parley.rdf;

/** Wikidata entity IRIs. */
public final class Wikidata {
    public static final String ENTITY = "http://www.wikidata.org/entity/";

    private Wikidata() {
    }

    public static String iri(String qid) {
        return ENTITY + qid;
    }
}
