package io.rekindle.followups.api;

import io.rekindle.followups.Channel;
import io.rekindle.followups.Direction;
import io.rekindle.followups.TouchData;
import io.rekindle.followups.TouchResult;
import io.rekindle.followups.TouchView;
import io.rekindle.followups.Touches;
import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;
import io.rekindle.platform.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Touches")
@RestController
@RequestMapping("/api/v1/touches")
class TouchApiController {

    private final Touches touches;

    TouchApiController(Touches touches) {
        this.touches = touches;
    }

    @Operation(summary = "Log a call, e-mail, message, meeting or note; occurredAt may lie in the past")
    @PostMapping
    ResponseEntity<TouchResource> log(@Valid @RequestBody TouchRequest request) {
        TouchView touch = touches.log(new TouchData(
                new PersonId(request.personId()),
                request.openingId() == null ? null : new OpeningId(request.openingId()),
                request.channel(),
                request.direction(),
                request.result(),
                request.summary(),
                request.occurredAt()));
        return ResponseEntity.created(URI.create("/api/v1/touches?personId=" + request.personId()))
                .body(TouchResource.of(touch));
    }

    @Operation(summary = "The touches with a person, newest first, paged")
    @GetMapping
    PageResponse<TouchResource> list(
            @RequestParam long personId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return PageResponse.of(touches.page(new PersonId(personId), page, size), TouchResource::of);
    }

    record TouchRequest(
            @NotNull Long personId,
            Long openingId,
            @NotNull Channel channel,
            @NotNull Direction direction,
            TouchResult result,
            String summary,
            Instant occurredAt) {}

    record TouchResource(
            long id,
            long personId,
            Long openingId,
            Long userId,
            Channel channel,
            Direction direction,
            TouchResult result,
            String summary,
            Instant occurredAt) {

        static TouchResource of(TouchView t) {
            return new TouchResource(
                    t.id().value(),
                    t.person().value(),
                    t.opening() == null ? null : t.opening().value(),
                    t.by() == null ? null : t.by().value(),
                    t.channel(),
                    t.direction(),
                    t.result(),
                    t.summary(),
                    t.occurredAt());
        }
    }
}
