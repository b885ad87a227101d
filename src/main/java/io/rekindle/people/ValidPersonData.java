package io.rekindle.people;

import io.rekindle.platform.GeoPoint;
import io.rekindle.platform.UserId;
import java.util.List;

/** Person data after normalization: trimmed, e-mails lower-cased, phones in E.164, duplicates removed. */
record ValidPersonData(
        String fullName,
        List<String> emails,
        List<String> phones,
        String currentTitle,
        String currentEmployer,
        Location location,
        GeoPoint point,
        List<String> skills,
        List<String> tags,
        String source,
        UserId owner,
        boolean doNotContact,
        String doNotContactReason) {}
