package org.parley.model;

public enum ContactType {
    MEETING("Meeting"), PHONE_CALL("PhoneCall"), VIDEO_CALL("VideoCall"), VISIT("Visit");

    private final String localName;

    ContactType(String localName) {
        this.localName = localName;
    }

    /** The class's local name in the Parley ontology. */
    public String localName() {
        return localName;
    }

    /** Reports of one real contact may disagree between phone and video; they never confuse a call with a meeting. */
    public boolean sameFamily(ContactType other) {
        return family() == other.family();
    }

    private int family() {
        return switch (this) {
            case PHONE_CALL, VIDEO_CALL -> 1;
            case MEETING -> 2;
            case VISIT -> 3;
        };
    }

    public static ContactType fromLocalName(String name) {
        for (ContactType t : values()) {
            if (t.localName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown contact type " + name);
    }
}
