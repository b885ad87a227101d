package io.rekindle.people.api;

import io.rekindle.people.Consent;
import io.rekindle.people.Duplicates;
import io.rekindle.people.LikelyDuplicateException;
import io.rekindle.people.Location;
import io.rekindle.people.People;
import io.rekindle.people.PersonData;
import io.rekindle.people.PersonDetails;
import io.rekindle.people.PersonFilter;
import io.rekindle.people.PersonId;
import io.rekindle.people.PersonSummary;
import io.rekindle.people.Phone;
import io.rekindle.platform.PageResponse;
import io.rekindle.platform.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "People")
@RestController
@RequestMapping("/api/v1/people")
class PersonApiController {

    private static final Map<String, String> SORTS =
            Map.of("name", "nameKey", "updated", "updatedAt", "created", "createdAt", "city", "city");

    private final People people;
    private final Duplicates duplicates;
    private final MessageSource messages;

    PersonApiController(People people, Duplicates duplicates, MessageSource messages) {
        this.people = people;
        this.duplicates = duplicates;
        this.messages = messages;
    }

    @Operation(summary = "List people, filtered, sorted and paged")
    @GetMapping
    PageResponse<PersonRow> list(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) Long owner,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "25") @Min(1) @Max(200) int size,
            @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "asc") String dir) {
        String property = SORTS.get(sort);
        if (property == null) {
            throw new IllegalArgumentException("sort must be one of " + SORTS.keySet());
        }
        var direction = Sort.Direction.fromOptionalString(dir)
                .orElseThrow(() -> new IllegalArgumentException("dir must be asc or desc"));
        var pageable = PageRequest.of(page, size, Sort.by(direction, property).and(Sort.by("id")));
        var filter = new PersonFilter(name, email, city, tag, UserId.of(owner));
        return PageResponse.of(people.find(filter, pageable), PersonRow::of);
    }

    @Operation(
            summary = "Keep a new person; createdAt may lie in the past for imported history",
            description = "A likely duplicate of someone already kept gets 409 with the candidates and their reasons;"
                    + " send allowDuplicate=true (query or body) to keep both")
    @PostMapping
    ResponseEntity<PersonResource> create(
            @Valid @RequestBody PersonRequest request, @RequestParam(defaultValue = "false") boolean allowDuplicate) {
        PersonDetails created =
                people.create(request.toData(), allowDuplicate || Boolean.TRUE.equals(request.allowDuplicate()));
        return ResponseEntity.created(URI.create("/api/v1/people/" + created.id()))
                .body(PersonResource.of(created));
    }

    @Operation(summary = "A person; a merged person (a tombstone) says who they were merged into")
    @GetMapping("/{id}")
    PersonResource get(@PathVariable long id) {
        var person = new PersonId(id);
        return PersonResource.of(people.get(person))
                .mergedInto(duplicates.mergedInto(person).orElse(null));
    }

    @Operation(summary = "Replace a person's data; send the version you read, a stale one gets 409")
    @PutMapping("/{id}")
    PersonResource update(@PathVariable long id, @Valid @RequestBody PersonUpdate request) {
        return PersonResource.of(people.update(
                new PersonId(id), request.version(), request.person().toData()));
    }

    @Operation(summary = "Everything that happened with a person, newest first")
    @GetMapping("/{id}/timeline")
    List<TimelineItem> timeline(@PathVariable long id) {
        return people.timeline(new PersonId(id)).stream()
                .map(e -> new TimelineItem(e.at(), e.kind(), e.text(messages, Locale.ENGLISH), e.detail(), e.link()))
                .toList();
    }

    record PersonRequest(
            String fullName,
            List<String> emails,
            List<String> phones,
            String currentTitle,
            String currentEmployer,
            Location location,
            List<String> skills,
            List<String> tags,
            String source,
            Long ownerId,
            Boolean doNotContact,
            String doNotContactReason,
            Instant createdAt,
            Boolean allowDuplicate) {

        PersonData toData() {
            return new PersonData(
                    fullName,
                    emails,
                    phones,
                    currentTitle,
                    currentEmployer,
                    location,
                    skills,
                    tags,
                    source,
                    UserId.of(ownerId),
                    Boolean.TRUE.equals(doNotContact),
                    doNotContactReason,
                    createdAt);
        }
    }

    record PersonUpdate(@NotNull Long version, @Valid @NotNull PersonRequest person) {}

    record PersonResource(
            long id,
            String fullName,
            List<String> emails,
            List<Phone> phones,
            String currentTitle,
            String currentEmployer,
            Location location,
            List<String> skills,
            List<String> tags,
            String source,
            Long ownerId,
            Consent consent,
            Instant createdAt,
            Instant updatedAt,
            long version,
            Long mergedInto) {

        PersonResource mergedInto(PersonId into) {
            return new PersonResource(
                    id,
                    fullName,
                    emails,
                    phones,
                    currentTitle,
                    currentEmployer,
                    location,
                    skills,
                    tags,
                    source,
                    ownerId,
                    consent,
                    createdAt,
                    updatedAt,
                    version,
                    into == null ? null : into.value());
        }

        static PersonResource of(PersonDetails p) {
            return new PersonResource(
                    p.id().value(),
                    p.fullName(),
                    p.emails(),
                    p.phones(),
                    p.currentTitle(),
                    p.currentEmployer(),
                    p.location(),
                    p.skills(),
                    p.tags(),
                    p.source(),
                    p.owner() == null ? null : p.owner().value(),
                    p.consent(),
                    p.createdAt(),
                    p.updatedAt(),
                    p.version(),
                    null);
        }
    }

    record PersonRow(
            long id,
            String fullName,
            String currentTitle,
            String currentEmployer,
            Location location,
            String email,
            List<String> tags,
            Long ownerId,
            boolean doNotContact,
            Instant updatedAt) {

        static PersonRow of(PersonSummary p) {
            return new PersonRow(
                    p.id().value(),
                    p.fullName(),
                    p.currentTitle(),
                    p.currentEmployer(),
                    p.location(),
                    p.email(),
                    p.tags(),
                    p.owner() == null ? null : p.owner().value(),
                    p.doNotContact(),
                    p.updatedAt());
        }
    }

    @ExceptionHandler(LikelyDuplicateException.class)
    ProblemDetail likelyDuplicate(LikelyDuplicateException e) {
        return DuplicateApiController.likelyDuplicate(e);
    }

    record TimelineItem(Instant at, String kind, String text, String detail, String link) {}
}
