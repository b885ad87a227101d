/** Ingestion: resumes read with Apache Tika and their fields found for review, and imports of people from CSV and vCard files; everything that brings people in from files runs in the background. */
package io.rekindle.ingestion;
