package org.parley.export;

/**
 * One contact between two actors: an event of the events graph and one pair of its participants.
 *
 * @param id     unique within one export
 * @param source the participant whose IRI sorts first
 * @param target the other participant
 * @param type   Meeting, PhoneCall, VideoCall or Visit
 * @param date   the event's date as stored (yyyy-mm-dd, yyyy-mm or yyyy), or empty
 * @param span   the days the date covers, or null for an undated event
 * @param weight the number of contact reports (article accounts) of the event
 * @param event  the event's IRI
 */
public record ContactEdge(String id, ActorNode source, ActorNode target, String type, String date, DateSpan span,
                          int weight, String event) {
}
