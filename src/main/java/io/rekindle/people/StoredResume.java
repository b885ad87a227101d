package io.rekindle.people;

import java.nio.file.Path;

/** A resume version and where its original file lies, for download. */
public record StoredResume(ResumeView resume, Path file) {}
