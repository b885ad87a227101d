package io.rekindle.people;

/** An uploaded resume file as it arrived: its name, its detected media type and its bytes. */
public record ResumeFile(String fileName, String contentType, byte[] content) {

    public ResumeFile {
        fileName = fileName == null || fileName.isBlank() ? "resume" : fileName.strip();
        if (fileName.length() > 255) {
            fileName = fileName.substring(fileName.length() - 255);
        }
        contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        content = content == null ? new byte[0] : content;
    }
}
