package io.rekindle.followups;

import io.rekindle.platform.UserId;
import java.util.List;

/**
 * A card another module adds to the Today view: a heading and a few lines, each a count with a link to what it
 * counts. The module implements it as a bean; the Today view asks every card for the signed-in user's lines.
 */
public interface TodayCard {

    /** Where the card stands among the others, lower first. */
    default int order() {
        return 100;
    }

    /** The card's heading as a message key. */
    String titleKey();

    /** What this user should look at today, most pressing first; an empty list hides the card. */
    List<Line> linesFor(UserId user);

    /** One line: a label as the user wrote it (a saved search's name), how many, and where to look. */
    record Line(String label, long count, String href) {}
}
