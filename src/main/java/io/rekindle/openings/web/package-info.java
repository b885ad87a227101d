/** Pages for companies, their contacts, and openings. */
package io.rekindle.openings.web;
