package org.apparatus.model;

import java.util.Optional;
import org.apparatus.diagnostic.SourcePos;

/**
 * A manuscript, print or recording a text survives in, declared in the text's front matter under {@code witnesses:}.
 *
 * @param siglum the short name the apparatus cites it by, e.g. {@code Q} or {@code F1}
 * @param reference the key of its entry in the reference list, if it has one
 */
public record Witness(String siglum, String description, String date, Optional<String> reference, SourcePos pos) {}
