package org.parley.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * SPARQL queries over the dataset with a cap on the result size: a SELECT, CONSTRUCT or DESCRIBE without a LIMIT,
 * or with a larger one, runs with LIMIT max, and the response says so in the {@value #LIMIT_HEADER} header. (For
 * CONSTRUCT and DESCRIBE the limit counts the solutions of the WHERE clause, not triples.) The time limit is the
 * endpoint's ARQ query timeout, which a client's own {@code timeout} parameter can lower but not raise.
 */
final class LimitedQuery extends SPARQL_QueryDataset {
    static final String LIMIT_HEADER = "Parley-Result-Limit";

    private final long maxRows;

    LimitedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    /** A query sent as the request body, which may turn out too large as it is read. */
    @Override
    protected void executeBody(HttpAction action) {
        try {
            super.executeBody(action);
        } catch (RuntimeException e) {
            if (RequestLimits.bodyTooLarge(e)) {
                RequestLimits.refuseLargeBody();
            }
            throw e;
        }
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        Query toRun = chosen.getRight() == null ? query : chosen.getRight();
        boolean hasRows = toRun.isSelectType() || toRun.isConstructType() || toRun.isDescribeType();
        if (hasRows && (!toRun.hasLimit() || toRun.getLimit() > maxRows)) {
            toRun = toRun.cloneQuery();
            toRun.setLimit(maxRows);
            action.setResponseHeader(LIMIT_HEADER, Long.toString(maxRows));
        }
        return Pair.create(chosen.getLeft(), toRun);
    }
}
