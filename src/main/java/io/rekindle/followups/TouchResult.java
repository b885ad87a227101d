package io.rekindle.followups;

/** What came of a touch. */
public enum TouchResult {
    NO_ANSWER,
    VOICEMAIL,
    REPLIED,
    CONVERSATION,
    MEETING_BOOKED;

    /** The person answered: a reply, a conversation or a meeting. */
    public boolean isResponse() {
        return this == REPLIED || this == CONVERSATION || this == MEETING_BOOKED;
    }
}
