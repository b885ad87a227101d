package io.rekindle.people;

import io.rekindle.platform.UserId;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A version of a person's resume: the file's name, type, size and checksum, and the text extracted from it. */
@Entity
@Table(name = "resume")
class Resume {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resume_seq")
    @SequenceGenerator(name = "resume_seq", sequenceName = "resume_seq", allocationSize = 50)
    private Long id;

    private long personId;
    private int version;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private String text;
    private Instant uploadedAt;
    private Long uploadedBy;

    protected Resume() {}

    Resume(PersonId person, int version, ResumeFile file, String sha256, String text, Instant at, UserId by) {
        this.personId = person.value();
        this.version = version;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.content().length;
        this.sha256 = sha256;
        this.text = text;
        this.uploadedAt = at;
        this.uploadedBy = by == null ? null : by.value();
    }

    /** Hands this resume to another person (after a merge), as their version {@code newVersion}. */
    void moveTo(PersonId person, int newVersion) {
        this.personId = person.value();
        this.version = newVersion;
    }

    ResumeView view() {
        return new ResumeView(
                new ResumeId(id),
                new PersonId(personId),
                version,
                fileName,
                contentType,
                sizeBytes,
                sha256,
                uploadedAt);
    }

    PersonId person() {
        return new PersonId(personId);
    }

    String sha256() {
        return sha256;
    }

    String text() {
        return text;
    }

    int version() {
        return version;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }
}
