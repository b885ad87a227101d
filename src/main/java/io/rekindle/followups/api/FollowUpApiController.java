package io.rekindle.followups.api;

import io.rekindle.followups.CadenceStep;
import io.rekindle.followups.CadenceView;
import io.rekindle.followups.Cadences;
import io.rekindle.followups.Channel;
import io.rekindle.followups.Direction;
import io.rekindle.followups.EnrollmentView;
import io.rekindle.followups.FollowUpView;
import io.rekindle.followups.FollowUps;
import io.rekindle.followups.StopReason;
import io.rekindle.followups.TouchData;
import io.rekindle.followups.TouchResult;
import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;
import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
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

@Tag(name = "Follow-ups and cadences")
@RestController
@RequestMapping("/api/v1")
class FollowUpApiController {

    private final FollowUps followUps;
    private final Cadences cadences;
    private final Clock clock;

    FollowUpApiController(FollowUps followUps, Cadences cadences, Clock clock) {
        this.followUps = followUps;
        this.cadences = cadences;
        this.clock = clock;
    }

    @Operation(summary = "Your open follow-ups due on or before a day (default today), overdue first, at most limit")
    @GetMapping("/follow-ups")
    List<FollowUpView> due(
            @RequestParam(required = false) LocalDate until,
            @RequestParam(defaultValue = "100")
                    @jakarta.validation.constraints.Min(1)
                    @jakarta.validation.constraints.Max(1000)
                    int limit) {
        LocalDate day = until != null ? until : LocalDate.now(clock.withZone(CurrentUser.zone()));
        return followUps.dueFor(CurrentUser.id(), day, limit);
    }

    @Operation(summary = "Plan a follow-up with a person, optionally about an opening, for yourself or another user")
    @PostMapping("/follow-ups")
    ResponseEntity<FollowUpView> plan(@Valid @RequestBody PlanRequest request) {
        return ResponseEntity.status(201)
                .body(followUps.plan(
                        new PersonId(request.personId()),
                        request.openingId() == null ? null : new OpeningId(request.openingId()),
                        UserId.of(request.ownerId()),
                        request.dueOn(),
                        request.note()));
    }

    @Operation(summary = "Mark a follow-up done and log the touch that did it")
    @PostMapping("/follow-ups/{id}/done")
    FollowUpView done(@PathVariable long id, @Valid @RequestBody DoneRequest request) {
        FollowUpView f = followUps.get(id);
        return followUps.complete(
                id,
                new TouchData(
                        f.person(),
                        f.opening(),
                        request.channel(),
                        Direction.OUTBOUND,
                        request.result(),
                        request.summary(),
                        null));
    }

    @PostMapping("/follow-ups/{id}/snooze")
    FollowUpView snooze(@PathVariable long id, @Valid @RequestBody SnoozeRequest request) {
        return followUps.snooze(id, request.until());
    }

    @PostMapping("/follow-ups/{id}/reassign")
    FollowUpView reassign(@PathVariable long id, @Valid @RequestBody ReassignRequest request) {
        return followUps.reassign(id, new UserId(request.ownerId()));
    }

    @PostMapping("/follow-ups/{id}/cancel")
    FollowUpView cancel(@PathVariable long id) {
        return followUps.cancel(id);
    }

    @GetMapping("/cadences")
    List<CadenceView> cadences() {
        return cadences.all();
    }

    @PostMapping("/cadences")
    ResponseEntity<CadenceView> create(@Valid @RequestBody CadenceRequest request) {
        CurrentUser.requireAdmin("define cadences");
        return ResponseEntity.status(201).body(cadences.create(request.name(), request.steps()));
    }

    @Operation(summary = "Enroll people in a cadence; each is enrolled or refused with its reason")
    @PostMapping("/cadences/{id}/enrollments")
    List<EnrollmentOutcome> enroll(@PathVariable long id, @Valid @RequestBody EnrollRequest request) {
        return cadences
                .enrollAll(request.personIds().stream().map(PersonId::new).toList(), id, UserId.of(request.ownerId()))
                .stream()
                .map(r -> new EnrollmentOutcome(r.person().value(), r.enrolled(), r.message()))
                .toList();
    }

    @GetMapping("/people/{id}/enrollments")
    List<EnrollmentView> enrollments(@PathVariable long id) {
        return cadences.historyOf(new PersonId(id));
    }

    @PostMapping("/people/{id}/enrollments/stop")
    ResponseEntity<Void> stop(@PathVariable long id) {
        cadences.stop(new PersonId(id), StopReason.BY_USER);
        return ResponseEntity.noContent().build();
    }

    record PlanRequest(@NotNull Long personId, Long openingId, Long ownerId, @NotNull LocalDate dueOn, String note) {}

    record DoneRequest(@NotNull Channel channel, TouchResult result, String summary) {}

    record SnoozeRequest(@NotNull LocalDate until) {}

    record ReassignRequest(@NotNull Long ownerId) {}

    record CadenceRequest(@NotNull String name, @NotEmpty @Size(max = 20) List<CadenceStep> steps) {}

    record EnrollRequest(@NotEmpty @Size(max = 10000) List<Long> personIds, Long ownerId) {}

    record EnrollmentOutcome(long personId, boolean enrolled, String result) {}
}
