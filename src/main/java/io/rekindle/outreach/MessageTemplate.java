package io.rekindle.outreach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "outreach_template")
class MessageTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "template_key")
    private String key;

    private String name;
    private String audience;
    private String subject;
    private String bodyText;
    private String bodyHtml;
    private boolean builtIn;
    private Instant updatedAt;

    @Version
    private long version;

    protected MessageTemplate() {}

    MessageTemplate(TemplateData data, Instant now) {
        this.audience = "CANDIDATE";
        this.builtIn = false;
        apply(data, now);
    }

    void apply(TemplateData data, Instant now) {
        this.name = data.name().strip();
        this.subject = data.subject().strip();
        this.bodyText = data.bodyText();
        this.bodyHtml = data.bodyHtml() == null || data.bodyHtml().isBlank() ? null : data.bodyHtml();
        this.updatedAt = now;
    }

    long version() {
        return version;
    }

    TemplateView view() {
        return new TemplateView(id, key, name, audience, subject, bodyText, bodyHtml, builtIn, updatedAt, version);
    }
}
