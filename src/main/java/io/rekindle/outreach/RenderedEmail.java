package io.rekindle.outreach;

/** A template filled in for one person: what they will read ({@code html} null for plain text only). */
public record RenderedEmail(String subject, String text, String html) {}
