/** Pages for people: the list, the person page with its timeline, and the person form. */
package io.rekindle.people.web;
