package io.rekindle.ingestion;

import io.rekindle.people.DuplicateCandidate;
import io.rekindle.people.Duplicates;
import io.rekindle.people.Location;
import io.rekindle.people.People;
import io.rekindle.people.PersonData;
import io.rekindle.people.PersonDetails;
import io.rekindle.people.PersonId;
import io.rekindle.people.ResumeFile;
import io.rekindle.people.ResumeView;
import io.rekindle.people.Resumes;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.UserId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ingestion module's API for resumes: read a file (text and fields, for review), keep it as a person's newest
 * resume, or create a person from it. Each call saves all or nothing.
 */
@Service
public class ResumeIntake {

    private final ResumeReader reader;
    private final FieldFinder finder;
    private final People people;
    private final Resumes resumes;
    private final Duplicates duplicates;
    private final StagedUploads staged;
    private final ResumeSettings settings;

    ResumeIntake(
            ResumeReader reader,
            FieldFinder finder,
            People people,
            Resumes resumes,
            Duplicates duplicates,
            StagedUploads staged,
            ResumeSettings settings) {
        this.reader = reader;
        this.finder = finder;
        this.people = people;
        this.resumes = resumes;
        this.duplicates = duplicates;
        this.staged = staged;
        this.settings = settings;
    }

    /** Refuses a resume file larger than {@code rekindle.resumes.max-size} before it is read into memory. */
    public void checkSize(String fileName, long size) {
        if (size > settings.maxSize().toBytes()) {
            throw ResumeReader.tooLarge(fileName, size);
        }
    }

    /** Reads the file's text and finds the fields in it; throws {@link ResumeRejected} when it cannot. */
    public ParsedResume read(String fileName, byte[] content) {
        ExtractedText extracted = reader.read(fileName, content);
        return new ParsedResume(
                fileName, extracted.format(), extracted.mediaType(), extracted.text(), finder.find(extracted.text()));
    }

    /** Keeps the file as the person's newest resume version. */
    @Transactional
    public ResumeView attach(PersonId person, String fileName, byte[] content) {
        ParsedResume parsed = read(fileName, content);
        return resumes.add(person, new ResumeFile(fileName, parsed.mediaType(), content), parsed.text());
    }

    /** Creates the person as reviewed and keeps the file as their first resume, both or neither. */
    @Transactional
    public PersonDetails createPerson(PersonData data, String fileName, byte[] content) {
        ParsedResume parsed = read(fileName, content);
        PersonDetails person = people.create(data);
        resumes.add(person.id(), new ResumeFile(fileName, parsed.mediaType(), content), parsed.text());
        return person;
    }

    /** People already kept who may be the same human, best first. */
    public List<DuplicateCandidate> duplicatesOf(PersonData data) {
        return duplicates.likelyDuplicatesOf(data);
    }

    /** The fields as person data to review, owned by {@code owner}, with "resume" as the source. */
    public static PersonData toPersonData(ResumeFields fields, UserId owner) {
        var loc = fields.location();
        Location location = loc == null ? Location.UNKNOWN : new Location(loc.city(), loc.region(), loc.country());
        return new PersonData(
                fields.fullName(),
                fields.emails(),
                fields.phones(),
                fields.currentTitle(),
                fields.currentEmployer(),
                location,
                fields.skills(),
                List.of(),
                "resume",
                owner,
                false,
                null,
                null);
    }

    /** Keeps an uploaded file until the recruiter confirms the review; returns its token. */
    public String stage(byte[] content) {
        return staged.put(content);
    }

    /** The staged file, or a problem on {@code file} when it expired. */
    public byte[] staged(String token) {
        Optional<byte[]> content = staged.get(token);
        return content.orElseThrow(
                () -> InvalidInputException.of("file", "The uploaded file has expired; upload it again"));
    }

    public void unstage(String token) {
        staged.remove(token);
    }
}
