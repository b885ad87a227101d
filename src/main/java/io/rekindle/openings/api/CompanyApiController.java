package io.rekindle.openings.api;

import io.rekindle.openings.Companies;
import io.rekindle.openings.CompanyData;
import io.rekindle.openings.CompanyDetails;
import io.rekindle.openings.CompanyId;
import io.rekindle.openings.Contact;
import io.rekindle.openings.ContactRole;
import io.rekindle.openings.NotNow;
import io.rekindle.openings.Relationship;
import io.rekindle.people.PersonId;
import io.rekindle.platform.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Companies")
@RestController
@RequestMapping("/api/v1/companies")
class CompanyApiController {

    private final Companies companies;

    CompanyApiController(Companies companies) {
        this.companies = companies;
    }

    @GetMapping
    PageResponse<CompanyResource> list(
            @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "25") @Min(1) @Max(200) int size) {
        return PageResponse.of(
                companies.find(name, PageRequest.of(page, size, Sort.by("nameKey", "id"))), CompanyResource::of);
    }

    @PostMapping
    ResponseEntity<CompanyResource> create(@Valid @RequestBody CompanyRequest request) {
        CompanyDetails created = companies.create(request.toData());
        return ResponseEntity.created(URI.create("/api/v1/companies/" + created.id()))
                .body(CompanyResource.of(created));
    }

    @GetMapping("/{id}")
    CompanyResource get(@PathVariable long id) {
        return CompanyResource.of(companies.get(new CompanyId(id)));
    }

    @Operation(summary = "Replace a company's data; send the version you read, a stale one gets 409")
    @PutMapping("/{id}")
    CompanyResource update(@PathVariable long id, @Valid @RequestBody CompanyUpdate request) {
        return CompanyResource.of(companies.update(
                new CompanyId(id), request.version(), request.company().toData()));
    }

    @Operation(summary = "The company says not now (hiring freeze, budget, ...) until a date to ask again")
    @PostMapping("/{id}/not-now")
    CompanyResource notNow(@PathVariable long id, @Valid @RequestBody NotNowRequest request) {
        return CompanyResource.of(companies.notNow(
                new CompanyId(id), new NotNow(request.reason(), request.note(), request.since(), request.until())));
    }

    @DeleteMapping("/{id}/not-now")
    CompanyResource resume(@PathVariable long id) {
        return CompanyResource.of(companies.resume(new CompanyId(id)));
    }

    @GetMapping("/{id}/contacts")
    List<ContactResource> contacts(@PathVariable long id) {
        companies.get(new CompanyId(id));
        return companies.contactsOf(new CompanyId(id)).stream()
                .map(ContactResource::of)
                .toList();
    }

    @Operation(summary = "Link a person to the company with a role (hiring manager, HR, ...)")
    @PostMapping("/{id}/contacts")
    ResponseEntity<ContactResource> addContact(@PathVariable long id, @Valid @RequestBody ContactRequest request) {
        Contact contact = companies.addContact(new CompanyId(id), new PersonId(request.personId()), request.role());
        return ResponseEntity.status(201).body(ContactResource.of(contact));
    }

    @DeleteMapping("/{id}/contacts/{contactId}")
    ResponseEntity<Void> removeContact(@PathVariable long id, @PathVariable long contactId) {
        companies.removeContact(new CompanyId(id), contactId);
        return ResponseEntity.noContent().build();
    }

    record CompanyRequest(
            @NotBlank String name,
            String website,
            String industry,
            String city,
            String region,
            String country,
            String notes,
            Relationship relationship) {

        CompanyData toData() {
            return new CompanyData(name, website, industry, city, region, country, notes, relationship);
        }
    }

    record CompanyUpdate(@NotNull Long version, @Valid @NotNull CompanyRequest company) {}

    record NotNowRequest(
            @NotNull NotNow.Reason reason,
            String note,
            java.time.LocalDate since,
            @NotNull java.time.LocalDate until) {}

    record ContactRequest(@NotNull Long personId, @NotNull ContactRole role) {}

    record ContactResource(long id, long companyId, long personId, ContactRole role) {
        static ContactResource of(Contact c) {
            return new ContactResource(c.id(), c.company().value(), c.person().value(), c.role());
        }
    }

    record CompanyResource(
            long id,
            String name,
            String website,
            String industry,
            String city,
            String region,
            String country,
            String notes,
            Relationship relationship,
            NotNow notNow,
            Instant createdAt,
            long version) {

        static CompanyResource of(CompanyDetails c) {
            return new CompanyResource(
                    c.id().value(),
                    c.name(),
                    c.website(),
                    c.industry(),
                    c.city(),
                    c.region(),
                    c.country(),
                    c.notes(),
                    c.relationship(),
                    c.notNow(),
                    c.createdAt(),
                    c.version());
        }
    }
}
