package org.apparatus.edition;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a check of the edition published with Apparatus (its fidelity to the seed transcriptions, its golden
 * citations, its EPUB, its committed site) rather than of the tool. These checks read the project's own
 * {@code content/} and run only while it holds that edition: in a fork with other content they are skipped, with
 * the reason, and the rest of the suite (which builds fixtures) still decides whether the tool works.
 * Run them alone with {@code mvn test -Dgroups=bundled-edition}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("bundled-edition")
@ExtendWith(BundledEditionCondition.class)
public @interface BundledEdition {}
