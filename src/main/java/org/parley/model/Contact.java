package org.parley.model;

import java.util.List;

/**
 * A contact as one article reports it.
 *
 * @param type         meeting, phone call, video call or visit
 * @param participants the actors who took part (for a visit: the visitors)
 * @param host         for a visit, the host country or actor; else null
 * @param date         the contact's date, or null when the text does not determine it
 * @param dateEvidence the words the date was read from, or null
 * @param place        where it took place, or null
 * @param background   true when the article mentions an earlier contact in passing
 * @param confidence   0..1
 * @param flags        consistency warnings ("outside-term:person/li-shangfu")
 * @param evidence     the trigger words and their sentence
 * @param placeEvidence what the place was read from: the words of the contact's sentence and the rule that took them
 *                     ("\"in Kyiv\", where it was held", "the title's place: the sentence names none"), or the contact
 *                     of the article whose place it shares ("the place of the visit \"arrived\" of 2023-07-13"); null
 *                     when there is no place
 */
public record Contact(
        ContactType type,
        List<Actor> participants,
        Actor host,
        PartialDate date,
        String dateEvidence,
        Place place,
        boolean background,
        double confidence,
        List<String> flags,
        Mention evidence,
        String placeEvidence) {

    public Contact {
        participants = List.copyOf(participants);
        flags = List.copyOf(flags);
    }

    /** A contact whose place, if any, its own words gave. */
    public Contact(ContactType type, List<Actor> participants, Actor host, PartialDate date, String dateEvidence, Place place,
                   boolean background, double confidence, List<String> flags, Mention evidence) {
        this(type, participants, host, date, dateEvidence, place, background, confidence, flags, evidence, null);
    }
}
