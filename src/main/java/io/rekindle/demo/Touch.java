package io.rekindle.demo;

import java.time.Instant;

/** One contact attempt or conversation, as the touch table stores it. */
record Touch(
        long personId,
        Long openingId,
        long userId,
        Channel channel,
        Direction direction,
        Result result,
        Instant at,
        String summary) {

    enum Channel {
        CALL,
        EMAIL,
        MESSAGE,
        MEETING,
        NOTE
    }

    enum Direction {
        OUTBOUND,
        INBOUND
    }

    enum Result {
        NO_ANSWER,
        VOICEMAIL,
        REPLIED,
        CONVERSATION,
        MEETING_BOOKED
    }

    static Touch note(long personId, Long openingId, long userId, Instant at, String summary) {
        return new Touch(personId, openingId, userId, Channel.NOTE, Direction.OUTBOUND, null, at, summary);
    }
}
