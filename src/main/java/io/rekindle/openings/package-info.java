/** Openings: companies (clients, employers), their contacts, and the jobs to fill. */
package io.rekindle.openings;
