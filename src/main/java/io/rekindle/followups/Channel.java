package io.rekindle.followups;

/** How a touch happened, or what a cadence step asks for. */
public enum Channel {
    CALL,
    EMAIL,
    MESSAGE,
    MEETING,
    NOTE,
    TASK;

    /** Notes and tasks are work of the recruiter, not contact with the person: no budget applies. */
    public boolean contactsThePerson() {
        return this != NOTE && this != TASK;
    }
}
