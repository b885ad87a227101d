package io.rekindle.outreach;

import java.time.Instant;

/** A template as pages show it. {@code key} names the built-in ones ("ask-again"). */
public record TemplateView(
        long id,
        String key,
        String name,
        String audience,
        String subject,
        String bodyText,
        String bodyHtml,
        boolean builtIn,
        Instant updatedAt,
        long version) {

    public TemplateData data() {
        return new TemplateData(name, subject, bodyText, bodyHtml);
    }
}
