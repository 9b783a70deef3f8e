package org.parley.extract;

import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * An actor as mentioned at one place in the body text.
 *
 * @param start offset into the body text
 * @param end   offset into the body text
 * @param kind  how the actor is referred to
 */
record ActorMention(int start, int end, String text, Actor actor, Kind kind) {

    enum Kind {
        /** A full name, or a name from NER. */
        NAME,
        /** A family name alone ("Putin"), resolved within the article. */
        FAMILY_NAME,
        /** An office without a name ("the Chinese defence minister", "the President of Russia"). */
        DESCRIPTION,
        /** One of several office holders a collective phrase names ("the leaders of Iran and Turkey"). */
        COLLECTIVE,
        /** A pronoun resolved to an earlier subject. */
        PRONOUN,
        COUNTRY,
        ORGANISATION
    }

    boolean isPerson() {
        return actor.kind() == ActorKind.PERSON;
    }
}
