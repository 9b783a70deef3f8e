package org.parley.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The Parley ontology's terms (ontology/parley.ttl), in the style of Jena's vocabulary classes. */
public final class Parley {
    public static final String NS = "https://w3id.org/parley/ns#";
    /** Base of every resource Parley mints. */
    public static final String ID = "https://w3id.org/parley/id/";
    /** The named graph holding the reference gazetteer. */
    public static final String GAZETTEER_GRAPH = ID + "graph/gazetteer";
    /** The named graph holding the ontology itself, so that SHACL and SPARQL see subClassOf. */
    public static final String ONTOLOGY_GRAPH = ID + "graph/ontology";
    /** The named graph holding the world place gazetteer (ontology/places.ttl). */
    public static final String PLACES_GRAPH = ID + "graph/places";
    /** The named graph holding merged events, rebuilt from the articles' contact reports. */
    public static final String EVENTS_GRAPH = ID + "graph/events";

    private Parley() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource Organisation = resource("Organisation");
    public static final Resource Country = resource("Country");
    public static final Resource Outlet = resource("Outlet");
    public static final Resource NewsAgency = resource("NewsAgency");
    public static final Resource Office = resource("Office");
    public static final Resource OfficeRole = resource("OfficeRole");
    public static final Resource PositionHeld = resource("PositionHeld");
    public static final Resource Event = resource("Event");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource PhoneCall = resource("PhoneCall");
    public static final Resource VideoCall = resource("VideoCall");
    public static final Resource Visit = resource("Visit");
    public static final Resource ContactReport = resource("ContactReport");
    public static final Resource Statement = resource("Statement");
    public static final Resource DirectQuotation = resource("DirectQuotation");
    public static final Resource ReportedStatement = resource("ReportedStatement");
    public static final Resource Article = resource("Article");
    public static final Resource Mention = resource("Mention");
    public static final Resource Ingestion = resource("Ingestion");
    public static final Resource Place = resource("Place");
    public static final Resource City = resource("City");
    public static final Resource Region = resource("Region");
    public static final Resource Venue = resource("Venue");

    public static final Resource HeadOfState = resource("HeadOfState");
    public static final Resource HeadOfGovernment = resource("HeadOfGovernment");
    public static final Resource ForeignMinister = resource("ForeignMinister");
    public static final Resource DefenceMinister = resource("DefenceMinister");
    public static final Resource ForeignMinistrySpokesperson = resource("ForeignMinistrySpokesperson");
    public static final Resource DefenceMinistrySpokesperson = resource("DefenceMinistrySpokesperson");
    public static final Resource GovernmentSpokesperson = resource("GovernmentSpokesperson");
    public static final Resource SeniorAide = resource("SeniorAide");
    public static final Resource NationalSecurityAdviser = resource("NationalSecurityAdviser");

    public static final Property participant = property("participant");
    public static final Property visitor = property("visitor");
    public static final Property host = property("host");
    public static final Property speaker = property("speaker");
    public static final Property addressee = property("addressee");
    public static final Property date = property("date");
    public static final Property datePrecision = property("datePrecision");
    public static final Property dateEvidence = property("dateEvidence");
    public static final Property dateConfidence = property("dateConfidence");
    public static final Property place = property("place");
    public static final Property quote = property("quote");
    public static final Property deliveredBy = property("deliveredBy");
    public static final Property reportedBy = property("reportedBy");
    public static final Property duringContact = property("duringContact");
    public static final Property contactType = property("contactType");
    public static final Property evidence = property("evidence");
    public static final Property confidence = property("confidence");
    public static final Property flag = property("flag");
    public static final Property background = property("background");
    public static final Property source = property("source");
    public static final Property report = property("report");
    public static final Property locator = property("locator");
    public static final Property outlet = property("outlet");
    public static final Property contentHash = property("contentHash");
    public static final Property extractorVersion = property("extractorVersion");
    public static final Property office = property("office");
    public static final Property positionHeld = property("positionHeld");
    public static final Property role = property("role");
    public static final Property country = property("country");
    public static final Property masthead = property("masthead");
    public static final Property startDate = property("startDate");
    public static final Property endDate = property("endDate");
    public static final Property isoAlpha2 = property("isoAlpha2");
    public static final Property isoAlpha3 = property("isoAlpha3");
    public static final Property adjective = property("adjective");
    public static final Property demonym = property("demonym");
    public static final Property capital = property("capital");
    public static final Property familyName = property("familyName");
    public static final Property title = property("title");
    public static final Property seat = property("seat");
    /** Place hierarchy: venue → city → country (the Places contract). */
    public static final Property locatedIn = property("locatedIn");
    public static final Property capitalOf = property("capitalOf");
    public static final Property region = property("region");
    public static final Property population = property("population");
    /**
     * Events graph facets: the event's month, its date as the text queries compare (empty when undated), and the
     * country of each participant on the event's date.
     */
    public static final Property month = property("month");
    public static final Property dateText = property("dateText");
    public static final Property participantCountry = property("participantCountry");
    /**
     * Events graph facets for reading an event without its reports: each pair of its participants' countries as one
     * key, its number of reports, its place's name and, per participant, a participation naming the actor as the
     * event's reports name it.
     */
    public static final Property countryPair = property("countryPair");
    public static final Property reportCount = property("reportCount");
    public static final Property placeLabel = property("placeLabel");
    public static final Property participation = property("participation");
    public static final Property actor = property("actor");
    public static final Property actorLabel = property("actorLabel");
    /**
     * An event's date as a node shared by every event with that date text (its IRI from the text, "undated" for
     * none), which carries the text: a filter on dates reads each date once rather than each event's.
     */
    public static final Property onDate = property("onDate");
    public static final Property dateLabel = property("dateLabel");
    /** On a participation: the names of the event's other participants, what that actor's timeline row lists. */
    public static final Property counterpartLabel = property("counterpartLabel");
    public static final Resource Participation = resource("Participation");
    /** A multi-day event's first and last day. */
    public static final Property firstDay = property("firstDay");
    public static final Property lastDay = property("lastDay");
}
