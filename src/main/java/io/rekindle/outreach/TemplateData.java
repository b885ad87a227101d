package io.rekindle.outreach;

/** A template as a user writes it; merge fields are written {@code {{person.firstName}}}. */
public record TemplateData(String name, String subject, String bodyText, String bodyHtml) {}
