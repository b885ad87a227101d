/** Pages to upload resumes and review what was found in them. */
package io.rekindle.ingestion.web;
