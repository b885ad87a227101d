package io.rekindle.people;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * One dated line on a person's timeline. {@code message} is a message-bundle key rendered with {@code args};
 * {@code detail} is free text (a note), {@code link} an optional page.
 */
public record TimelineEntry(Instant at, String kind, String message, List<Object> args, String detail, String link) {

    /** The entry's line in the reader's language. */
    public String text(MessageSource messages, Locale locale) {
        return messages.getMessage(message, args.toArray(), message, locale);
    }
}
