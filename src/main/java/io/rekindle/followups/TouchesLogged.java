package io.rekindle.followups;

import java.util.List;

/** Touches recorded together (the emails of one send): one event for all, read like a {@link TouchLogged} each. */
public record TouchesLogged(List<TouchView> touches) {}
