/** Ingestion: resumes read with Apache Tika, their fields found for review, and bulk uploads run in the background. */
package io.rekindle.ingestion;
