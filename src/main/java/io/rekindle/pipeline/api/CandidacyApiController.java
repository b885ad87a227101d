package io.rekindle.pipeline.api;

import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;
import io.rekindle.pipeline.CandidacyId;
import io.rekindle.pipeline.CandidacyStatus;
import io.rekindle.pipeline.CandidacyView;
import io.rekindle.pipeline.NoReason;
import io.rekindle.pipeline.Outcome;
import io.rekindle.pipeline.Pipeline;
import io.rekindle.pipeline.Side;
import io.rekindle.pipeline.Stage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Pipeline")
@RestController
@RequestMapping("/api/v1/candidacies")
class CandidacyApiController {

    private final Pipeline pipeline;

    CandidacyApiController(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Operation(summary = "Candidacies of an opening or of a person")
    @GetMapping
    List<CandidacyResource> list(
            @RequestParam(required = false) Long openingId,
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) CandidacyStatus status) {
        List<CandidacyView> found;
        if (openingId != null) {
            found = pipeline.ofOpening(new OpeningId(openingId));
        } else if (personId != null) {
            found = pipeline.ofPerson(new PersonId(personId));
        } else {
            throw new IllegalArgumentException("Give openingId or personId");
        }
        return found.stream()
                .filter(c -> personId == null || c.person().value() == personId)
                .filter(c -> status == null || c.status() == status)
                .map(CandidacyResource::of)
                .toList();
    }

    @Operation(summary = "Add a person to an opening; addedAt may lie in the past for imported history")
    @PostMapping
    ResponseEntity<CandidacyResource> add(@Valid @RequestBody AddRequest request) {
        CandidacyView created =
                pipeline.add(new PersonId(request.personId()), new OpeningId(request.openingId()), request.addedAt());
        return ResponseEntity.created(URI.create("/api/v1/candidacies/" + created.id()))
                .body(CandidacyResource.of(created));
    }

    @GetMapping("/{id}")
    CandidacyResource get(@PathVariable long id) {
        return CandidacyResource.of(pipeline.get(new CandidacyId(id)));
    }

    @Operation(summary = "Move a candidacy to another stage (not PLACED: record that as an outcome)")
    @PostMapping("/{id}/stage")
    CandidacyResource move(@PathVariable long id, @Valid @RequestBody MoveRequest request) {
        return CandidacyResource.of(pipeline.move(new CandidacyId(id), request.stage(), request.at()));
    }

    @Operation(summary = "End a candidacy: placed, or a no with its side, reason, note, condition and date")
    @PostMapping("/{id}/outcome")
    CandidacyResource outcome(@PathVariable long id, @Valid @RequestBody OutcomeRequest request) {
        var candidacy = new CandidacyId(id);
        if (Boolean.TRUE.equals(request.placed())) {
            return CandidacyResource.of(pipeline.place(candidacy, request.note(), request.date()));
        }
        return CandidacyResource.of(pipeline.recordNo(
                candidacy,
                new Pipeline.NoOutcome(
                        request.side(),
                        request.reason(),
                        request.note(),
                        request.condition(),
                        request.askAgainOn(),
                        request.date())));
    }

    record AddRequest(@NotNull Long personId, @NotNull Long openingId, Instant addedAt) {}

    record MoveRequest(@NotNull Stage stage, Instant at) {}

    record OutcomeRequest(
            Boolean placed,
            Side side,
            NoReason reason,
            @Size(max = 4000) String note,
            @Size(max = 500) String condition,
            LocalDate askAgainOn,
            LocalDate date) {}

    record CandidacyResource(
            long id,
            long personId,
            long openingId,
            long companyId,
            Stage stage,
            CandidacyStatus status,
            Outcome outcome,
            boolean silverMedalist,
            Instant addedAt,
            Instant endedAt,
            long version) {

        static CandidacyResource of(CandidacyView c) {
            return new CandidacyResource(
                    c.id().value(),
                    c.person().value(),
                    c.opening().value(),
                    c.company().value(),
                    c.stage(),
                    c.status(),
                    c.outcome(),
                    c.silverMedalist(),
                    c.addedAt(),
                    c.endedAt(),
                    c.version());
        }
    }
}
