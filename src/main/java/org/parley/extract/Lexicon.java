package org.parley.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.parley.model.ContactType;

/** The words the contact extractor reacts to: triggers, and the cues that cancel a contact or make it background. */
final class Lexicon {
    private Lexicon() {
    }

    /** A contact trigger: a pattern and the type of contact it signals. */
    record Trigger(Pattern pattern, ContactType type, boolean weak) {
    }

    private static Trigger trigger(String regex, ContactType type) {
        return new Trigger(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), type, false);
    }

    /** Weak triggers give a type only when nothing more specific in the sentence or article does. */
    private static Trigger weak(String regex, ContactType type) {
        return new Trigger(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), type, true);
    }

    static final List<Trigger> TRIGGERS = List.of(
            trigger("\\bmet virtually\\b|\\bvirtually met\\b|\\bvirtual(ly)? (meeting|summit|talks|call|conversation)s?\\b", ContactType.VIDEO_CALL),
            trigger("\\bvideo[- ]?(call|conference|conferencing|link|chat|talks|summit|meeting)s?\\b", ContactType.VIDEO_CALL),
            trigger("\\bvideoconferen(ce|cing)s?\\b", ContactType.VIDEO_CALL),
            trigger("\\b(via|by|over) video\\b", ContactType.VIDEO_CALL),
            trigger("\\b(tele)?phon(e|ic) (conversation|call|talk|discussion|exchange)s?\\b", ContactType.PHONE_CALL),
            trigger("\\btelephonic(ally)?\\b", ContactType.PHONE_CALL),
            trigger("\\b(spoke|speaks|speak|talked|talks|conversed|spoken) (by|over|on|via) (the )?(tele)?phone\\b", ContactType.PHONE_CALL),
            trigger("\\b(by|over|on) (the )?(tele)?phone\\b", ContactType.PHONE_CALL),
            trigger("\\b(tele)?phoned\\b", ContactType.PHONE_CALL),
            trigger("\\bdial(l)?ed\\b", ContactType.PHONE_CALL),
            trigger("(?<!so-)\\bcalled (?!on\\b|for\\b|upon\\b|it\\b|the\\b|a\\b|an\\b|this\\b|that\\b|off\\b|back\\b|out\\b|up\\b|in\\b)(?=[A-Z]|his\\b|her\\b|their\\b)", ContactType.PHONE_CALL),
            trigger("\\bcall (with|between)\\b", ContactType.PHONE_CALL),
            trigger("\\b(had|held|made|holds|has) a call\\b", ContactType.PHONE_CALL),
            trigger("\\barrived\\b|\\b(flew|flown|flies) in\\b|\\blanded\\b|\\blands (in|at)\\b|\\b(was|were|(had|has) (also |already |just |previously |briefly )?been) in(?= (the )?(?-i:\\p{Lu}))|\\bstate visit\\b|\\bofficial visit\\b|\\bworking visit\\b|\\bvisit(s|ed|ing)?\\b"
                    + "|\\btrip(s)?\\b|\\btravel(l)?ed to\\b|\\b(flew|flown) to\\b|\\bcrossed (the border )?into\\b|\\bcrossed the border\\b|\\b(went|headed) to\\b|\\btour of\\b"
                    // "attended the G20 summit in Brisbane": to attend a gathering abroad is to go there
                    + "|\\battended (the |a |an )?([\\w-]+ ){0,3}(summit|conference|forum|congress|games) (in|at)\\b"
                    + "|\\btouched down\\b|\\bstopped (briefly |off )?in(?= (the )?(?-i:\\p{Lu}))|\\b(surfaced|turned up|showed up) in(?= (the )?(?-i:\\p{Lu}))"
                    // "was received at the White House": a guest whose host goes unnamed ("received by X" is their meeting)
                    // (the auxiliary alone, so that "received" stays the trigger of the meeting with the host the text names elsewhere)
                    + "|\\b(was|were|had been|has been)(?= (formally |warmly |officially |ceremonially )?(received|welcomed|greeted)\\b(?![^.,;]{0,40}\\bby\\b))",
                    ContactType.VISIT),
            trigger("\\bmet\\b|\\bmeets?\\b|\\bmeeting(s)? (with|between)\\b|\\bmeeting\\b", ContactType.MEETING),
            trigger("\\bheld (extensive |lengthy |bilateral |official |formal |informal |in-depth |separate |productive )*talks\\b|\\bhold talks\\b|\\btalks (with|between)\\b|\\btalks\\b", ContactType.MEETING),
            // What an indefinite or demonstrative opens is a thing received ("received an earlier limousine from X",
            // "welcomed this step"): no one was hosted.
            trigger("\\b(received|hosted|welcomed) (?=[a-z])(?!(a|an|no|some|any|its|this|these|those)\\b)", ContactType.MEETING),
            trigger("\\bon the (sidelines|margins) of\\b", ContactType.MEETING),
            // A courtesy call on someone is a meeting; "called on Russia to ..." is an appeal ("according to" is not).
            trigger("\\b(called|calls|paid a (courtesy )?call) on\\b(?![^.]{0,80}(?<!according )\\bto\\s+[a-z]+)", ContactType.MEETING),
            trigger("\\b(last|first) (saw|seen)\\b|\\b(bilateral|trilateral|three-way) format\\b|\\b(three|four|five)-way (session|meeting|summit)s?\\b|\\b(trilateral|quadrilateral) sessions?\\b|\\bone-on-one\\b|\\b(saw|seen) each other\\b|\\bconsultations\\b|\\bsummit\\b|\\bworking (lunch|dinner|breakfast)\\b|\\bsat down with\\b|\\bshook hands\\b", ContactType.MEETING),
            weak("\\b(spoke|speaks|spoken|talked) (today |yesterday |again |separately |earlier today |this (morning|afternoon|evening) "
                    + "|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday) )*(with|to)\\b", ContactType.PHONE_CALL),
            weak("\\b(conversation|call|discussion|dialogue)s? (with|between)\\b", ContactType.PHONE_CALL),
            weak("\\b(had|held) (a |an )?(lengthy |long |productive |constructive |frank |detailed |extensive |substantive )*(conversation|discussion)\\b", ContactType.PHONE_CALL));

    /** Words before a trigger that make the contact planned, possible, wished for or denied: not a contact ("may" in lower case: "in May" is a month). */
    static final Pattern UNREAL_BEFORE = Pattern.compile(
            "\\b(will|would|shall|could|might|(?-i:may)|must|should|can|going to|plans? to|planned to|planning|plan for|intends? to|intended to|"
                    + "expected to|expects to|is to|are to|set to|due to|agreed to|agree to|agreeing to|decided to|ready to|readiness to|"
                    + "willing(ness)? to|hopes? to|hoped to|look(s|ed|ing)? forward to|wants? to|wanted to|wish(es|ed)? to|seeks? to|sought to|propos(ed|es|al)|"
                    + "invit(ed|es|ation)|offered to|scheduled|upcoming|forthcoming|(their|his|her|our|its) next|next (week|month|year)['’]s|possible|potential|prospect(s|ive)?|"
                    + "did not|didn't|does not|doesn't|do not|don't|has not|hasn't|have not|haven't|had not|hadn't|never|no|not|"
                    + "without|refused to|declined to|cancel(l)?ed|postponed|instead of|request(ed|ing)? (that|to)|called for|urged|"
                    + "prepar(e|ing|ations) for|ahead of|(been|being) set for|set (a |the )?dates? for|to hold|to meet|to visit|to travel|to speak|to talk|to call|"
                    + "to (resume|restart|reopen|start|begin|launch))\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Wishes whose object runs on to the end of their clause, however far: "looked forward to seeing the minister at
     * the ministerial meeting in Lima" wishes for that meeting.
     */
    static final Pattern UNREAL_GOVERNOR = Pattern.compile("\\b(look(s|ed|ing)? forward to|hop(e|es|ed|ing) to)\\b", Pattern.CASE_INSENSITIVE);

    /** Words after a trigger in its clause that place the contact in the future. */
    static final Pattern UNREAL_AFTER = Pattern.compile(
            "\\b(in the coming (days|weeks|months)|next (week|month|year)|later this (week|month|year)|tomorrow|soon|"
                    + "in the near future|at a later date|"
                    + "(will|would|could|might|may|should) (probably |likely |possibly |still |now )?(take place|be held|happen|go ahead)|"
                    // called off: "the summit in Amman ... had been cancelled"
                    + "(was|were|is|are|had been|has been|have been) (cancel(l)?ed|called off|postponed|scrapped|shelved|not held)|"
                    + "never took place|did not take place|(did not|didn't) go ahead|"
                    // a contact told by its noun whose predicate makes it a plan: "a visit by X to Y is under discussion"
                    + "(is|are|was|were|remains?|remained|seems?|seemed|appears?|appeared) (still |now |also )?(possible|likely to|unlikely to|"
                    + "under (discussion|consideration|review)|being (discussed|considered|planned|prepared|arranged)|in the works|on the cards))\\b",
            Pattern.CASE_INSENSITIVE);

    /** Cues that an article mentions an earlier contact in passing rather than reports it. */
    static final Pattern BACKGROUND = Pattern.compile(
            "\\b(recalled|recalling|recall|recent(ly)?|previous(ly)?|last (year|month|time)|former|ago|past|"
                    + "(last|first) (met|spoke|talked|saw|seen)|"
                    // "since" dates an earlier event, but "the first visit since the war" and "since taking office" do not
                    + "(?<!\\bfirst\\b[^.,;]{0,60})since(?!\\s+(taking|took|assuming|assumed|coming to|came to) (office|power))|"
                    // "earlier in the day", "earlier this week", "earlier on Sunday" are the news of the day or the week
                    + "earlier(?!\\s+(in the (day|week)|today|tonight|this (morning|afternoon|evening|week)|on (monday|tuesday|"
                    + "wednesday|thursday|friday|saturday|sunday)))|"
                    // "marking the 70th anniversary of the alliance" celebrates; it does not recall a contact
                    + "(?<!\\bmark(s|ing|ed)?\\s{1,3}(the\\s{1,3})?(\\d{1,3}(st|nd|rd|th)\\s{1,3})?)anniversary|in (19|20)\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);
}
