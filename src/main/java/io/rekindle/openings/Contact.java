package io.rekindle.openings;

import io.rekindle.people.PersonId;

/** A person linked to a company with a role (the hiring manager, HR). */
public record Contact(long id, CompanyId company, String companyName, PersonId person, ContactRole role) {}
