package org.apparatus.model;

import java.nio.file.Path;

/**
 * A file the edition's Markdown refers to (an image), copied into the site.
 *
 * @param source the file on disk, inside the content directory
 * @param sitePath where it is published, relative to the site root, e.g. {@code media/texts/fig1.png}
 */
public record MediaFile(Path source, String sitePath) {}
