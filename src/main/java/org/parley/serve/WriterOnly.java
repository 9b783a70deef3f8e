package org.parley.serve;

import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.web.HttpSC;

/** HTTP Basic authentication for the endpoints only the writer may use: nothing else of a request is looked at first. */
final class WriterOnly {
    private WriterOnly() {
    }

    /** Ends the request with 401 unless it carries the writer's user name and password. */
    static void require(Credentials writer, HttpAction action, String what) {
        if (!writer.accepts(action.getRequestHeader("Authorization"))) {
            ActionLib.consumeBody(action);
            action.setResponseHeader("WWW-Authenticate", "Basic realm=\"Parley\", charset=\"UTF-8\"");
            ServletOps.error(HttpSC.UNAUTHORIZED_401, what + " needs this server's user name and password");
        }
    }
}
