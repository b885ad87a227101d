package io.rekindle.openings.web;

import io.rekindle.openings.CompanyId;
import io.rekindle.openings.OpeningData;
import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.OpeningStatus;
import io.rekindle.openings.PayRange;
import io.rekindle.openings.Seniority;
import io.rekindle.people.Location;
import io.rekindle.platform.UserId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

record OpeningForm(
        Long companyId,
        String title,
        String city,
        String region,
        String country,
        Integer radiusKm,
        Boolean remote,
        String skills,
        Seniority seniority,
        Long payMin,
        Long payMax,
        String payCurrency,
        String cultureNotes,
        String description,
        OpeningStatus status,
        LocalDate openedOn,
        LocalDate closedOn,
        Long ownerId,
        Long version) {

    static OpeningForm empty(Long companyId, UserId owner, LocalDate today) {
        return new OpeningForm(
                companyId,
                "",
                "",
                "",
                "",
                40,
                false,
                "",
                null,
                null,
                null,
                "USD",
                "",
                "",
                OpeningStatus.OPEN,
                today,
                null,
                owner == null ? null : owner.value(),
                null);
    }

    static OpeningForm of(OpeningDetails o) {
        return new OpeningForm(
                o.company().value(),
                o.title(),
                o.location().city(),
                o.location().region(),
                o.location().country(),
                o.radiusKm(),
                o.remote(),
                String.join(", ", o.skills()),
                o.seniority(),
                o.pay().min(),
                o.pay().max(),
                o.pay().currency(),
                o.cultureNotes(),
                o.description(),
                o.status(),
                o.openedOn(),
                o.closedOn(),
                o.owner() == null ? null : o.owner().value(),
                o.version());
    }

    OpeningData toData() {
        String currency = payCurrency == null || payCurrency.isBlank()
                ? null
                : payCurrency.strip().toUpperCase(Locale.ROOT);
        return new OpeningData(
                companyId == null ? null : new CompanyId(companyId),
                title,
                new Location(city, region, country),
                radiusKm,
                Boolean.TRUE.equals(remote),
                skills == null ? null : Arrays.stream(skills.split(",")).toList(),
                seniority,
                new PayRange(payMin, payMax, currency),
                cultureNotes,
                description,
                status,
                openedOn,
                closedOn,
                UserId.of(ownerId));
    }
}
