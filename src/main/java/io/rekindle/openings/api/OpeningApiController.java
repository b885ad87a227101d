package io.rekindle.openings.api;

import io.rekindle.openings.CompanyId;
import io.rekindle.openings.OpeningData;
import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.OpeningFilter;
import io.rekindle.openings.OpeningId;
import io.rekindle.openings.OpeningStatus;
import io.rekindle.openings.Openings;
import io.rekindle.openings.PayRange;
import io.rekindle.openings.Seniority;
import io.rekindle.people.Location;
import io.rekindle.platform.PageResponse;
import io.rekindle.platform.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Openings")
@RestController
@RequestMapping("/api/v1/openings")
class OpeningApiController {

    private final Openings openings;

    OpeningApiController(Openings openings) {
        this.openings = openings;
    }

    @GetMapping
    PageResponse<OpeningResource> list(
            @RequestParam(required = false) String title,
            @RequestParam(required = false) Long companyId,
            @RequestParam(required = false) OpeningStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "25") @Min(1) @Max(200) int size) {
        var filter = new OpeningFilter(title, companyId == null ? null : new CompanyId(companyId), status);
        return PageResponse.of(
                openings.find(filter, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "openedOn", "id"))),
                OpeningResource::of);
    }

    @Operation(summary = "Open a job to fill; openedOn and closedOn may lie in the past for imported history")
    @PostMapping
    ResponseEntity<OpeningResource> create(@Valid @RequestBody OpeningRequest request) {
        OpeningDetails created = openings.create(request.toData());
        return ResponseEntity.created(URI.create("/api/v1/openings/" + created.id()))
                .body(OpeningResource.of(created));
    }

    @GetMapping("/{id}")
    OpeningResource get(@PathVariable long id) {
        return OpeningResource.of(openings.get(new OpeningId(id)));
    }

    @Operation(summary = "Replace an opening's data; send the version you read, a stale one gets 409")
    @PutMapping("/{id}")
    OpeningResource update(@PathVariable long id, @Valid @RequestBody OpeningUpdate request) {
        return OpeningResource.of(openings.update(
                new OpeningId(id), request.version(), request.opening().toData()));
    }

    record OpeningRequest(
            @NotNull Long companyId,
            @NotBlank String title,
            Location location,
            Integer radiusKm,
            Boolean remote,
            List<String> skills,
            Seniority seniority,
            PayRange pay,
            String cultureNotes,
            String description,
            OpeningStatus status,
            LocalDate openedOn,
            LocalDate closedOn,
            Long ownerId) {

        OpeningData toData() {
            return new OpeningData(
                    new CompanyId(companyId),
                    title,
                    location,
                    radiusKm,
                    Boolean.TRUE.equals(remote),
                    skills,
                    seniority,
                    pay,
                    cultureNotes,
                    description,
                    status,
                    openedOn,
                    closedOn,
                    UserId.of(ownerId));
        }
    }

    record OpeningUpdate(@NotNull Long version, @Valid @NotNull OpeningRequest opening) {}

    record OpeningResource(
            long id,
            long companyId,
            String companyName,
            String title,
            Location location,
            Integer radiusKm,
            boolean remote,
            List<String> skills,
            Seniority seniority,
            PayRange pay,
            String cultureNotes,
            String description,
            OpeningStatus status,
            LocalDate openedOn,
            LocalDate closedOn,
            Long ownerId,
            long version) {

        static OpeningResource of(OpeningDetails o) {
            return new OpeningResource(
                    o.id().value(),
                    o.company().value(),
                    o.companyName(),
                    o.title(),
                    o.location(),
                    o.radiusKm(),
                    o.remote(),
                    o.skills(),
                    o.seniority(),
                    o.pay(),
                    o.cultureNotes(),
                    o.description(),
                    o.status(),
                    o.openedOn(),
                    o.closedOn(),
                    o.owner() == null ? null : o.owner().value(),
                    o.version());
        }
    }
}
