/** Imports of people, companies and touches from CSV and vCard files: reading, mapping, background runs, reports. */
package io.rekindle.ingestion.imports;
