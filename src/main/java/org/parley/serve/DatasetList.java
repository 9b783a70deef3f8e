package org.parley.serve;

import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.fuseki.ctl.ActionCtl;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * {@code /$/server} as the Fuseki UI reads it: the datasets and their endpoints, which the server's documentation
 * gives anyway. Fuseki's own status endpoint also tells its version, start time and uptime, which are nobody's
 * business; it is not served.
 */
final class DatasetList extends ActionCtl {
    @Override
    public void validate(HttpAction action) {
        // Nothing to check: a GET without parameters.
    }

    @Override
    public void execGet(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void execute(HttpAction action) {
        JsonBuilder json = new JsonBuilder();
        json.startObject();
        json.key("datasets");
        JsonDescription.arrayDatasets(json, action.getDataAccessPointRegistry());
        json.finishObject();
        ServletOps.sendJsonReponse(action, json.build());
    }
}
