package org.parley.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Actor;
import org.parley.model.Contact;
import org.parley.model.ContactType;

/**
 * The contact during which words were said, where the text ties them to it: a cue around them ("during the call",
 * "at the talks", "opening the meeting"), an addressee who took part in it ("told Putin"), or, for reported speech
 * in a text that reports one contact of the speaker's, that contact. Words said to reporters, after or before the
 * contact, or on social media were not said during it.
 */
final class ContactTies {
    private static final Pattern DURING = Pattern.compile(
            "(?i)\\b(?:during|in|at|on|over|throughout|opening|closing|at the (?:start|end|opening|close) of)\\s+"
                    + "(?:the|their|this|today's|yesterday's|his|her|a|an)\\s+(?:[\\w-]+\\s+){0,3}?"
                    + "(?<what>phone call|telephone call|call|conversation|video ?call|videoconference|video conference|talks|"
                    + "meeting|summit|visit|exchange|discussion|session|consultations|dinner|lunch|negotiations)s?\\b");
    private static final Pattern NOT_DURING = Pattern.compile(
            "(?i)\\b(?:after|before|ahead of|following|prior to|since)\\s+(?:the|their|this|today's|yesterday's|his|her)\\s+"
                    + "(?:[\\w-]+\\s+){0,2}?(?:call|conversation|talks|meeting|summit|visit|signing|session)"
                    + "|\\b(?:told|to)\\s+(?:reporters|journalists|the press|the media)\\b|\\b(?:news|press) conference\\b"
                    + "|\\bsocial media\\b|\\bwrote on\\b|\\bin a post\\b|\\binterview\\b|\\bposted\\b|\\btweeted\\b|\\bin a statement\\b");

    private final ExtractionContext context;
    private final List<Contact> contacts;

    ContactTies(ExtractionContext context, List<Contact> contacts) {
        this.context = context;
        this.contacts = contacts;
    }

    /** The index of the contact the utterance was made during, or -1. */
    int contactOf(Utterance u, int sourceOffset) {
        List<Integer> candidates = java.util.stream.IntStream.range(0, contacts.size())
                .filter(i -> !contacts.get(i).background() && takesPart(contacts.get(i), u.speaker())).boxed().toList();
        if (candidates.isEmpty()) {
            return -1;
        }
        String setting = outsideQuotes(context.text().substring(u.setting().start(), u.setting().end()));
        Matcher during = DURING.matcher(setting);
        if (during.find()) {
            String what = during.group("what").toLowerCase(java.util.Locale.ROOT);
            Optional<Integer> fitting = nearest(candidates.stream().filter(i -> fits(contacts.get(i).type(), what)).toList(), sourceOffset);
            if (fitting.isPresent()) {
                return fitting.get();
            }
        }
        if (NOT_DURING.matcher(setting).find()) {
            return -1;
        }
        if (u.addressee() != null) {
            Optional<Integer> with = nearest(candidates.stream().filter(i -> takesPart(contacts.get(i), u.addressee())).toList(), sourceOffset);
            if (with.isPresent()) {
                return with.get();
            }
        }
        return candidates.size() == 1 && u.how() == Utterance.How.REPORTED ? candidates.get(0) : -1;
    }

    private static boolean takesPart(Contact c, Actor actor) {
        return c.participants().stream().anyMatch(p -> p.key().equals(actor.key()));
    }

    private static boolean fits(ContactType type, String what) {
        if (what.contains("call") || what.contains("conversation") || what.contains("video")) {
            return type == ContactType.PHONE_CALL || type == ContactType.VIDEO_CALL;
        }
        if (what.equals("visit")) {
            return type == ContactType.VISIT || type == ContactType.MEETING;
        }
        return type == ContactType.MEETING || type == ContactType.VIDEO_CALL;
    }

    /** The contact reported last before the words, else the first after them. */
    private Optional<Integer> nearest(List<Integer> fitting, int sourceOffset) {
        Optional<Integer> before = fitting.stream().filter(i -> contacts.get(i).evidence().span().start() <= sourceOffset)
                .reduce((a, b) -> b);
        return before.isPresent() ? before : fitting.stream().findFirst();
    }

    /** The attribution and narrative around the words, not the words themselves ("in our talks" is a quotation's). */
    private static String outsideQuotes(String text) {
        return text.replaceAll("“[^”]*”|\"[^\"]*\"", " ");
    }
}
