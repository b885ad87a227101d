package io.rekindle.followups;

/** A touch was logged; an inbound one or a response stops cadences. */
public record TouchLogged(TouchView touch) {}
