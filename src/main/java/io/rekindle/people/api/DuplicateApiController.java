package io.rekindle.people.api;

import io.rekindle.people.DuplicateCandidate;
import io.rekindle.people.DuplicatePair;
import io.rekindle.people.Duplicates;
import io.rekindle.people.LikelyDuplicateException;
import io.rekindle.people.PersonId;
import io.rekindle.people.PersonMergeView;
import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Duplicates")
@RestController
@RequestMapping("/api/v1")
class DuplicateApiController {

    private final Duplicates duplicates;

    DuplicateApiController(Duplicates duplicates) {
        this.duplicates = duplicates;
    }

    @Operation(summary = "The people already kept who are likely the same human as this one, best first")
    @PostMapping("/people/duplicates")
    List<Candidate> check(@Valid @RequestBody PersonApiController.PersonRequest request) {
        return duplicates.likelyDuplicatesOf(request.toData()).stream()
                .map(Candidate::of)
                .toList();
    }

    @Operation(summary = "The likely duplicates of a person already kept")
    @GetMapping("/people/{id}/duplicates")
    List<Candidate> of(@PathVariable long id) {
        return duplicates.likelyDuplicatesOf(new PersonId(id)).stream()
                .map(Candidate::of)
                .toList();
    }

    @Operation(
            summary = "Merge another person into this one",
            description = "Keeps every e-mail, phone, skill, tag, touch, candidacy and outcome; the merged person"
                    + " becomes a tombstone. Recorded, and undone with POST /api/v1/merges/{id}/undo")
    @PostMapping("/people/{id}/merge")
    org.springframework.http.ResponseEntity<PersonMergeView> merge(
            @PathVariable long id, @Valid @RequestBody MergeRequest request) {
        PersonMergeView merge = duplicates.merge(new PersonId(id), new PersonId(request.merged()), CurrentUser.id());
        return org.springframework.http.ResponseEntity.created(URI.create("/api/v1/merges/" + merge.id()))
                .body(merge);
    }

    @Operation(summary = "The merges a person took part in, newest first")
    @GetMapping("/people/{id}/merges")
    List<PersonMergeView> merges(@PathVariable long id) {
        return duplicates.mergesOf(new PersonId(id));
    }

    @GetMapping("/merges/{id}")
    PersonMergeView getMerge(@PathVariable long id) {
        return duplicates.getMerge(id);
    }

    @Operation(summary = "Undo a merge: the merged person comes back and exactly what moved moves back")
    @PostMapping("/merges/{id}/undo")
    PersonMergeView undo(@PathVariable long id) {
        return duplicates.undo(id, CurrentUser.id());
    }

    @Operation(summary = "Pairs of likely duplicates found by the last scan, most likely first")
    @GetMapping("/duplicates")
    PageResponse<Pair> pairs(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "25") @Min(1) @Max(200) int size) {
        return PageResponse.of(duplicates.pairs(PageRequest.of(page, size)), Pair::of);
    }

    @Operation(summary = "Scan the whole database for duplicate pairs now (also runs daily)")
    @PostMapping("/duplicates/scan")
    Map<String, Integer> scan() {
        return Map.of("pairs", duplicates.scan());
    }

    @Operation(summary = "Mark two people as different humans: the scan stops listing them")
    @PostMapping("/duplicates/not-duplicate")
    void notDuplicate(@Valid @RequestBody PairRequest request) {
        duplicates.notDuplicate(new PersonId(request.first()), new PersonId(request.second()), CurrentUser.id());
    }

    static ProblemDetail likelyDuplicate(LikelyDuplicateException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Likely duplicate");
        problem.setType(URI.create("https://rekindle.io/problems/likely-duplicate"));
        problem.setProperty(
                "candidates", e.candidates().stream().map(Candidate::of).toList());
        return problem;
    }

    record MergeRequest(@NotNull Long merged) {}

    record PairRequest(@NotNull Long first, @NotNull Long second) {}

    record Candidate(long id, String fullName, List<String> reasons, double score, String href) {
        static Candidate of(DuplicateCandidate c) {
            return new Candidate(
                    c.person().value(), c.fullName(), c.reasons(), c.score(), "/api/v1/people/" + c.person());
        }
    }

    record Pair(
            long first,
            String firstName,
            long second,
            String secondName,
            List<String> reasons,
            double score,
            Instant foundAt) {
        static Pair of(DuplicatePair p) {
            return new Pair(
                    p.first().id().value(),
                    p.first().fullName(),
                    p.second().id().value(),
                    p.second().fullName(),
                    p.reasons(),
                    p.score(),
                    p.foundAt());
        }
    }
}
