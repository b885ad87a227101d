package io.rekindle.openings;

import io.rekindle.people.PersonId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "company_contact")
class CompanyContact {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_contact_seq")
    @SequenceGenerator(name = "company_contact_seq", sequenceName = "company_contact_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    private Long personId;

    @Enumerated(EnumType.STRING)
    private ContactRole role;

    private Instant createdAt;

    protected CompanyContact() {}

    CompanyContact(Company company, PersonId person, ContactRole role, Instant now) {
        this.company = company;
        this.personId = person.value();
        this.role = role;
        this.createdAt = now;
    }

    Contact view() {
        return new Contact(id, company.id(), company.name(), new PersonId(personId), role);
    }
}
