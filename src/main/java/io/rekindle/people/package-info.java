/** People: one record per human, with emails, phones, location, skills, tags, owner, consent and a timeline. */
package io.rekindle.people;
